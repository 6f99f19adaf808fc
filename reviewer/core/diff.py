r"""What changed between two versions of a clip: captions cue by cue, post text word by word,
metadata, the earlier versions' notes (pure Python; the pictures and sound are compared in
``reviewer.media.compare`` and handed in).

Captions are aligned like a text diff whose tokens are cues: cues with the same text are paired
in order (:class:`difflib.SequenceMatcher`), so inserting or deleting a cue does not shift every
later cue into a "change". Inside a stretch that differs, cues are paired by overlap in time (or,
failing that, similar text); a pair whose text differs is a ``text`` change, a pair whose start or
end moved by more than one frame a ``timing`` change, and what is left over ``added`` / ``removed``.
Indexes count from 1 in time order, as the desk's transcript numbers cues.

The post text is compared word by word (``\S+`` tokens, NFC), so changing "Các" to "Nhiều" is one
``replace`` op, not a rewritten paragraph.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

from reviewer.core.captions import sort_cues
from reviewer.core.model import CaptionTrack, ClipDetail, ClipVersion, Cue, Note
from reviewer.errors import NotFoundError, UsageError

__all__ = [
    "caption_changes",
    "diff_versions",
    "metadata_changes",
    "note_json",
    "pick_versions",
    "post_text_ops",
    "track_changes",
]

_WORD = re.compile(r"\S+")
_PAIR_TEXT_RATIO = 0.5


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _overlap(a: Cue, b: Cue) -> float:
    """Intersection over union of two cues' time spans (0 when they do not meet)."""
    inter = min(a.end_ms, b.end_ms) - max(a.start_ms, b.start_ms)
    union = max(a.end_ms, b.end_ms) - min(a.start_ms, b.start_ms)
    return inter / union if inter > 0 and union > 0 else 0.0


def _timing_moved(a: Cue, b: Cue, frame_ms: float) -> bool:
    return abs(a.start_ms - b.start_ms) > frame_ms or abs(a.end_ms - b.end_ms) > frame_ms


def _pair_block(old: Sequence[Cue], new: Sequence[Cue]) -> list[tuple[int | None, int | None]]:
    """Pairs (old index, new index) inside a differing stretch; None for an unpaired side."""
    candidates = []
    for i, a in enumerate(old):
        for j, b in enumerate(new):
            time_score = _overlap(a, b)
            text_score = difflib.SequenceMatcher(None, _norm(a.text), _norm(b.text), autojunk=False).ratio()
            if time_score > 0 or text_score >= _PAIR_TEXT_RATIO:
                candidates.append((time_score + text_score, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs: list[tuple[int | None, int | None]] = []
    for _score, i, j in candidates:
        if i in used_old or j in used_new:
            continue
        # Keep the order: a pair may not cross one already made.
        if any((pi is not None and pj is not None) and ((pi < i) != (pj < j)) for pi, pj in pairs):
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((i, j))
    pairs += [(i, None) for i in range(len(old)) if i not in used_old]
    pairs += [(None, j) for j in range(len(new)) if j not in used_new]
    return pairs


def caption_changes(old_cues: Iterable[Cue], new_cues: Iterable[Cue], fps: float) -> list[dict[str, Any]]:
    """Cue-by-cue changes from ``old_cues`` to ``new_cues`` (see the module docstring)."""
    old = sort_cues(old_cues)
    new = sort_cues(new_cues)
    frame_ms = 1000.0 / fps if fps and fps > 0 else 40.0
    matcher = difflib.SequenceMatcher(None, [_norm(c.text) for c in old], [_norm(c.text) for c in new], autojunk=False)
    pairs: list[tuple[int | None, int | None]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs += [(i1 + k, j1 + k) for k in range(i2 - i1)]
        else:
            pairs += [
                (None if i is None else i1 + i, None if j is None else j1 + j)
                for i, j in _pair_block(old[i1:i2], new[j1:j2])
            ]
    changes: list[dict[str, Any]] = []
    for i, j in pairs:
        if i is not None and j is not None:
            a, b = old[i], new[j]
            if _norm(a.text) != _norm(b.text):
                changes.append(
                    {
                        "kind": "text",
                        "from_index": i + 1,
                        "to_index": j + 1,
                        "start_ms": b.start_ms,
                        "before": a.text,
                        "after": b.text,
                    }
                )
            if _timing_moved(a, b, frame_ms):
                changes.append(
                    {
                        "kind": "timing",
                        "from_index": i + 1,
                        "to_index": j + 1,
                        "start_ms": b.start_ms,
                        "before_ms": [a.start_ms, a.end_ms],
                        "after_ms": [b.start_ms, b.end_ms],
                    }
                )
        elif j is not None:
            b = new[j]
            changes.append(
                {
                    "kind": "added",
                    "to_index": j + 1,
                    "start_ms": b.start_ms,
                    "after_ms": [b.start_ms, b.end_ms],
                    "after": b.text,
                }
            )
        elif i is not None:
            a = old[i]
            changes.append(
                {
                    "kind": "removed",
                    "from_index": i + 1,
                    "start_ms": a.start_ms,
                    "before_ms": [a.start_ms, a.end_ms],
                    "before": a.text,
                }
            )
    order = {"removed": 0, "text": 1, "timing": 2, "added": 3}
    changes.sort(key=lambda c: (c["start_ms"], order[c["kind"]]))
    return changes


def _pair_tracks(
    old: Sequence[CaptionTrack], new: Sequence[CaptionTrack]
) -> list[tuple[CaptionTrack | None, CaptionTrack | None]]:
    """Caption files of two versions paired by language (then format, then file name, then order)."""
    left = list(old)
    pairs: list[tuple[CaptionTrack | None, CaptionTrack | None]] = []
    for track in new:

        def score(t: CaptionTrack, track: CaptionTrack = track) -> tuple[bool, bool, bool]:
            return (
                (t.language or "") == (track.language or ""),
                t.format == track.format,
                t.file_name == track.file_name,
            )

        best = max(left, key=score, default=None)
        if best is not None and (best.language or "") == (track.language or ""):
            left.remove(best)
            pairs.append((best, track))
        else:
            pairs.append((None, track))
    pairs += [(t, None) for t in left]
    return pairs


def track_changes(old: ClipVersion, new: ClipVersion) -> list[dict[str, Any]]:
    """One entry per caption language: its files in both versions and the cue changes."""
    out = []
    fps = new.fps or old.fps or 25.0
    for a, b in _pair_tracks(old.captions, new.captions):
        track = b or a
        assert track is not None  # _pair_tracks never pairs None with None
        lang = track.language
        entry: dict[str, Any] = {"language": lang, "file": [a.file_name if a else None, b.file_name if b else None]}
        if a is not None and b is not None and a.sha256 == b.sha256:
            entry["changes"] = []
        else:
            entry["changes"] = caption_changes(a.cues if a else (), b.cues if b else (), fps)
        out.append(entry)
    return out


def post_text_ops(before: str | None, after: str | None) -> dict[str, Any]:
    """``{"changed", "ops": [{"op", "before", "after", "at_word"}]}``: a word-level diff of the post text.

    ``op`` is replace / insert / delete; ``at_word`` the 0-based word index in the new text.
    """
    a = _WORD.findall(unicodedata.normalize("NFC", before or ""))
    b = _WORD.findall(unicodedata.normalize("NFC", after or ""))
    if before is None and after is None:
        return {"changed": False, "ops": []}
    ops = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        ops.append({"op": tag, "before": " ".join(a[i1:i2]), "after": " ".join(b[j1:j2]), "at_word": j1})
    changed = ops != [] or (before is None) != (after is None)
    return {"changed": changed, "ops": ops}


_TECH_FIELDS = (
    ("file_name", "original_name"),
    ("fps", "fps"),
    ("video_codec", "video_codec"),
    ("audio_codec", "audio_codec"),
)


def metadata_changes(old: ClipVersion, new: ClipVersion) -> dict[str, list[Any]]:
    """``{field: [before, after]}`` for every editorial or technical field that differs."""
    out: dict[str, list[Any]] = {}
    if old.metadata is not None and new.metadata is not None:
        for key in sorted(set(old.metadata) | set(new.metadata)):
            if old.metadata.get(key) != new.metadata.get(key):
                out[key] = [old.metadata.get(key), new.metadata.get(key)]
    for name, attr in _TECH_FIELDS:
        if getattr(old, attr) != getattr(new, attr):
            out[name] = [getattr(old, attr), getattr(new, attr)]
    if (old.width, old.height) != (new.width, new.height):
        out["frame_size"] = [f"{old.width}x{old.height}", f"{new.width}x{new.height}"]
    return out


def note_json(note: Note) -> dict[str, Any]:
    """A note as ``reviewer diff`` and ``reviewer notes list`` print it."""
    return {
        "id": note.id,
        "version": note.version,
        "at_ms": note.start_ms,
        "end_ms": note.end_ms,
        "author": note.author,
        "text": note.text,
        "resolved": note.resolved,
        "resolved_by": note.resolved_by,
        "reply": note.reply,
    }


def pick_versions(detail: ClipDetail, from_n: int | None, to_n: int | None) -> tuple[ClipVersion, ClipVersion]:
    """The two versions to compare: by default the two newest; one given, the other follows."""
    numbers = [v.number for v in detail.versions]
    if len(numbers) < 2 and (from_n is None or to_n is None):
        raise UsageError(f"clip {detail.clip.id} has only one version; there is nothing to compare yet")
    to_n = to_n if to_n is not None else (numbers[-1] if from_n is None or from_n < numbers[-1] else None)
    if to_n is None:
        raise UsageError(f"--from {from_n} is the newest version of {detail.clip.id}; give --to too")
    from_n = from_n if from_n is not None else max((n for n in numbers if n < to_n), default=None)
    if from_n is None:
        raise UsageError(f"version {to_n} of {detail.clip.id} has no earlier version to compare with")
    by = {v.number: v for v in detail.versions}
    for n in (from_n, to_n):
        if n not in by:
            raise NotFoundError(f"clip {detail.clip.id} has no version {n} (it has {', '.join(map(str, numbers))})")
    if from_n == to_n:
        raise UsageError("--from and --to name the same version")
    return by[from_n], by[to_n]


def diff_versions(
    detail: ClipDetail,
    old: ClipVersion,
    new: ClipVersion,
    *,
    notes: Sequence[Note],
    changed_segments: list[dict[str, Any]] | None,
) -> dict[str, Any]:
    """The documented JSON of ``reviewer diff``. ``changed_segments`` None: pictures not compared
    (identical bytes need no decoding: then it is [])."""
    same = old.sha256 == new.sha256
    media = {
        "same_bytes": same,
        "duration_ms": [old.duration_ms, new.duration_ms],
        "size": [old.size, new.size],
        "frame_size": [f"{old.width}x{old.height}", f"{new.width}x{new.height}"],
        "sha256": [old.sha256, new.sha256],
        "changed_segments": [] if same else changed_segments,
    }
    earlier = [n for n in notes if n.version < new.number]
    return {
        "clip_id": detail.clip.id,
        "from": old.number,
        "to": new.number,
        "media": media,
        "captions": track_changes(old, new),
        "post_text": post_text_ops(
            old.post_text.text if old.post_text else None, new.post_text.text if new.post_text else None
        ),
        "metadata": metadata_changes(old, new),
        "notes": [note_json(n) for n in sorted(earlier, key=lambda n: (n.version, n.start_ms, n.id))],
    }


MEDIA_COMPARE_VERSION = 1
"""Bump when the comparison changes: cached results of older ones are then not used."""

MediaComparer = Any
"""``compare(old_path, new_path) -> list[dict]`` (reviewer.media.compare segments as JSON)."""


class ClipDetails(Protocol):
    """What the diff reads of the library (reviewer.storage.library.Library)."""

    def clip_detail(self, ref: str) -> ClipDetail: ...


class NoteReader(Protocol):
    """The clip's notes (reviewer.storage.notes.NotesRepository)."""

    def notes(self, clip_id: str, *, version: int | None = None, open_only: bool = False) -> list[Note]: ...


class DiffService:
    """``reviewer diff`` and the desk's Changes panel: both versions' facts, compared.

    ``compare_media(old_path, new_path)`` decodes both files (seconds for a minute of 1080p), so
    its result is cached under ``<home>/cache/diff/`` by the two files' SHA-256: the desk and the
    CLI then compare a pair once. The cache is only a cache: delete it any time.
    """

    def __init__(self, *, library: ClipDetails, notes: NoteReader, home: Path, compare_media: MediaComparer) -> None:
        self.library = library
        self.notes = notes
        self.home = home
        self.compare_media = compare_media

    def _cache_path(self, old: ClipVersion, new: ClipVersion) -> Path:
        return self.home / "cache" / "diff" / f"{old.sha256[:24]}-{new.sha256[:24]}-v{MEDIA_COMPARE_VERSION}.json"

    def cached_segments(self, old: ClipVersion, new: ClipVersion) -> list[dict[str, Any]] | None:
        """The media comparison of this pair if it was made before, else None (never decodes)."""
        import json

        if old.sha256 == new.sha256:
            return []
        try:
            data = json.loads(self._cache_path(old, new).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, list) else None

    def segments(self, old: ClipVersion, new: ClipVersion) -> list[dict[str, Any]]:
        """Changed segments of the pictures and sound (cached; decodes both files the first time)."""
        import json
        import os

        found = self.cached_segments(old, new)
        if found is not None:
            return found
        segments = list(self.compare_media(self.home / old.store_path, self.home / new.store_path))
        path = self._cache_path(old, new)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps(segments), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            pass  # a full or read-only disk: the comparison is still right, only not kept
        return segments

    def versions(
        self, clip_ref: str, from_n: int | None = None, to_n: int | None = None
    ) -> tuple[ClipDetail, ClipVersion, ClipVersion]:
        """(detail, old, new) for a clip reference and optional version numbers."""
        detail = self.library.clip_detail(clip_ref)
        old, new = pick_versions(detail, from_n, to_n)
        return detail, old, new

    def diff(
        self, clip_ref: str, from_n: int | None = None, to_n: int | None = None, *, media: bool = True
    ) -> dict[str, Any]:
        """The documented JSON of ``reviewer diff`` (``media=False``: only a cached comparison)."""
        detail, old, new = self.versions(clip_ref, from_n, to_n)
        segments = self.segments(old, new) if media else self.cached_segments(old, new)
        notes = self.notes.notes(detail.clip.id)
        return diff_versions(detail, old, new, notes=notes, changed_segments=segments)
