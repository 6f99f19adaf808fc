"""Ingest use case: expand inputs, group files by stem, validate metadata, add clip versions.

The service is pure orchestration; the media store, prober, caption parser, package extractor
and library repository are handed in by the composition root (so core imports no storage or
media code). One item failing never stops the others: it is reported ``rejected`` with a
one-line reason.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tomllib
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Protocol

from reviewer.core.model import MediaInfo, ParsedCaptions
from reviewer.core.platforms import PLATFORMS
from reviewer.errors import CaptionError, DiskFullError, InputRejected, ReviewerError, StorageError

#: Video containers cameras, phones and editing desks write (what PyAV and libVLC both read).
VIDEO_EXTENSIONS = frozenset(
    {
        ".mp4",
        ".m4v",
        ".mov",
        ".3gp",
        ".3g2",  # ISO/QuickTime: phones, cameras, editors
        ".mkv",
        ".webm",  # Matroska: editors, browser and phone recorders
        ".avi",
        ".mxf",
        ".dv",  # older editors, broadcast cameras (XDCAM, DNxHD), DV tape
        ".ts",
        ".mts",
        ".m2ts",
        ".m2t",  # MPEG transport streams: broadcast, AVCHD, HDV
        ".mpg",
        ".mpeg",
        ".vob",  # MPEG program streams: older cameras, DVD
        ".wmv",
        ".asf",
        ".flv",  # Windows Media, Flash video
    }
)
CAPTION_EXTENSIONS = frozenset({".srt", ".vtt", ".ass", ".ssa"})
TEXT_EXTENSIONS = frozenset({".txt"})
META_EXTENSIONS = frozenset({".json", ".toml"})
PACKAGE_EXTENSIONS = frozenset({".zip"})
KNOWN_EXTENSIONS = VIDEO_EXTENSIONS | CAPTION_EXTENSIONS | TEXT_EXTENSIONS | META_EXTENSIONS | PACKAGE_EXTENSIONS
#: Sound without a picture: a clip for social platforms needs video.
AUDIO_EXTENSIONS = frozenset(
    {
        ".mp3",
        ".m4a",
        ".aac",
        ".wav",
        ".flac",
        ".ogg",
        ".oga",
        ".opus",
        ".wma",
        ".amr",
        ".aif",
        ".aiff",
        ".ac3",
        ".m4b",
        ".mka",
    }
)
#: Still pictures (an animated GIF included): no sound, no running time a reviewer can watch.
IMAGE_EXTENSIONS = frozenset(
    {
        ".gif",
        ".jpg",
        ".jpeg",
        ".png",
        ".bmp",
        ".webp",
        ".heic",
        ".heif",
        ".tif",
        ".tiff",
        ".svg",
    }
)
#: Files operating systems leave in folders and on USB sticks; never sent, so never reported.
SYSTEM_FILES = frozenset({"thumbs.db", "ehthumbs.db", "desktop.ini"})
_LANG_RE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$")
META_FIELDS = {"id", "title", "platform", "priority", "deadline", "political", "author", "revises", "desk", "topic"}


@dataclass
class IngestResult:
    """What happened to one clip, one file that went with it, or one rejected input (a ``--json`` row)."""

    path: str
    result: str  # "ingested" | "new_version" | "duplicate" | "attached" | "rejected"
    clip_id: str | None = None
    version: int | None = None
    reason: str | None = None
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The documented JSON shape."""
        return {
            "path": self.path,
            "result": self.result,
            "clip_id": self.clip_id,
            "version": self.version,
            "reason": self.reason,
            "warnings": list(self.warnings),
        }


@dataclass
class ClipGroup:
    """A video file and the files sharing its stem.

    ``shown`` maps every companion file to the name it is reported under; companions of a
    video found in a folder or package get a result row of their own (``report_companions``).
    """

    video: Path
    display: str
    captions: list[tuple[Path, str | None]] = field(default_factory=list)  # (path, language)
    post: Path | None = None
    meta: Path | None = None
    shown: dict[Path, str] = field(default_factory=dict)
    report_companions: bool = False
    unused: list[Path] = field(default_factory=list)  # companions another file of its kind won over

    def companions(self) -> list[Path]:
        """Every companion file, in the order they are reported."""
        files = [path for path, _ in self.captions]
        files += [f for f in (self.post, self.meta) if f is not None]
        return sorted(files + self.unused)


@dataclass(frozen=True)
class ClipMetadata:
    """Validated metadata of one clip file (all optional)."""

    id: str | None = None
    title: str | None = None
    platform: str | None = None
    priority: int | None = None
    deadline: datetime | None = None
    political: bool | None = None
    author: str | None = None
    revises: str | None = None
    unknown: tuple[str, ...] = ()
    topic: str | None = None


@dataclass(frozen=True)
class NewVersion:
    """Everything the repository needs to add one version atomically."""

    clip_id: str
    create_clip: bool
    metadata: ClipMetadata
    default_title: str
    sha256: str
    size: int
    original_name: str
    media: MediaInfo
    store_path: str
    thumbnail_path: str | None
    captions: tuple[tuple[ParsedCaptions, str], ...]  # (parsed, store path)
    post_text: tuple[str, str] | None  # (NFC text, sha256)
    warnings: tuple[str, ...]
    actor: str
    source: str


class LibraryPort(Protocol):
    """What ingest needs from the library repository."""

    def version_by_sha(self, sha256: str) -> tuple[str, int] | None:
        """(clip id, version number) of the stored file with this hash, if any."""

    def clip_exists(self, clip_id: str) -> bool:
        """Whether the library has a clip with this id."""

    def add_version(self, new: NewVersion) -> tuple[str, str, int]:
        """Store a new clip or version; returns (result, clip id, version number)."""

    def version(self, clip_id: str, number: int | None = None) -> Any:
        """One version of a clip (the current one when ``number`` is None)."""


def not_a_clip_reason(shown: str, name: str) -> str:
    """Why a file that is neither a video nor a companion of one is not taken, in one line."""
    ext = Path(name).suffix.lower()
    if ext in AUDIO_EXTENSIONS:
        return f"{shown}: an audio file ({ext}): sound without a picture is not a clip; send the video"
    if ext in IMAGE_EXTENSIONS:
        kind = "an animated or still GIF" if ext == ".gif" else "a still picture"
        return f"{shown}: unsupported file type '{ext}': {kind}, not a video clip; send it as a video (MP4)"
    return f"{shown}: unsupported file type '{ext or name}'"


def _is_system_file(path: Path, root: Path) -> bool:
    parts = path.relative_to(root).parts
    return any(part.startswith(".") or part == "__MACOSX" for part in parts) or path.name.lower() in SYSTEM_FILES


def split_stem(name: str) -> tuple[str, str | None, str]:
    """(stem, language, role) of a companion file name; role is caption/post/meta/video/other."""
    p = Path(name)
    ext = p.suffix.lower()
    base = p.name[: -len(p.suffix)] if p.suffix else p.name
    if ext in VIDEO_EXTENSIONS:
        return base, None, "video"
    if ext in CAPTION_EXTENSIONS:
        head, dot, tail = base.rpartition(".")
        if dot and head and _LANG_RE.match(tail):
            return head, tail.replace("_", "-"), "caption"
        return base, None, "caption"
    if ext in TEXT_EXTENSIONS:
        if base.lower().endswith(".post"):
            return base[:-5], None, "post"
        return base, None, "post"
    if ext in META_EXTENSIONS:
        return base, None, "meta"
    return base, None, "other"


def parse_metadata(path: Path, raw: bytes) -> ClipMetadata:
    """Parse and validate clip.json / clip.toml; raises InputRejected naming the problem."""
    name = path.name
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputRejected(f"{name}: metadata is not UTF-8 text") from None
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else tomllib.loads(text)
    except (json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputRejected(
            f"{name}: metadata is not valid {path.suffix[1:].upper()} ({str(exc).splitlines()[0]})"
        ) from None
    if not isinstance(data, dict):
        raise InputRejected(f"{name}: metadata must be an object of fields")

    def text_field(key: str) -> str | None:
        v = data.get(key)
        if v is None:
            return None
        if not isinstance(v, str):
            raise InputRejected(f"{name}: '{key}' must be text")
        v = unicodedata.normalize("NFC", v).strip()
        return v or None

    clip_id = text_field("id")
    if clip_id is not None and not _ID_RE.match(clip_id):
        raise InputRejected(f"{name}: id '{clip_id}' may use only letters, digits, '.', '_' and '-'")
    revises = text_field("revises")
    platform = text_field("platform")
    if platform is not None:
        platform = platform.lower()
        if platform not in PLATFORMS:
            raise InputRejected(f"{name}: unknown platform '{platform}' (one of {', '.join(PLATFORMS)})")
    priority = data.get("priority")
    if priority is not None and (isinstance(priority, bool) or not isinstance(priority, int) or not 1 <= priority <= 5):
        raise InputRejected(f"{name}: priority must be a whole number from 1 (most urgent) to 5")
    political = data.get("political")
    if political is not None and not isinstance(political, bool):
        raise InputRejected(f"{name}: 'political' must be true or false")
    deadline = data.get("deadline")
    if deadline is not None:
        deadline = parse_deadline(deadline, name)
    author = text_field("author") or text_field("desk")
    unknown = tuple(sorted(set(data) - META_FIELDS))
    return ClipMetadata(
        id=clip_id,
        title=text_field("title"),
        platform=platform,
        priority=priority,
        deadline=deadline,
        political=political,
        author=author,
        revises=revises,
        unknown=unknown,
        topic=text_field("topic"),
    )


def parse_deadline(value: Any, name: str = "metadata") -> datetime:
    """An ISO-8601 deadline as aware UTC (a time without zone is taken as local time)."""
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, str):
        try:
            dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise InputRejected(f"{name}: deadline '{value}' is not an ISO-8601 date and time") from None
    else:
        raise InputRejected(f"{name}: deadline must be an ISO-8601 date and time")
    if dt.tzinfo is None:
        dt = dt.astimezone()
    return dt.astimezone(timezone.utc)


def slugify(text: str) -> str:
    """ASCII slug of a file stem (Vietnamese letters lose their marks; đ becomes d)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text[:80] or "clip"


class IngestService:
    """Adds clips from files, folders and zip packages to the library.

    Collaborators (all injected): ``library`` (LibraryPort), ``store`` (media store with stage,
    stage_bytes, commit, discard, relative, tmp, home), ``probe(path, display_name=)``,
    ``thumbnail(path, dest)``, ``parse_captions(name, raw, language=)``,
    ``decode_text(raw) -> (text, encoding)``, ``extract_package(path, tmp_root) -> folder``.
    """

    def __init__(
        self,
        *,
        library: LibraryPort,
        store: Any,
        probe: Callable[..., MediaInfo],
        thumbnail: Callable[[Path, Path], Path],
        parse_captions: Callable[..., ParsedCaptions],
        decode_text: Callable[[bytes], tuple[str, str]],
        extract_package: Callable[[Path, Path], Path],
        actor: str,
        max_clip_bytes: int | None = None,
    ) -> None:
        self.library = library
        self.store = store
        self.probe = probe
        self.thumbnail = thumbnail
        self.parse_captions = parse_captions
        self.decode_text = decode_text
        self.extract_package = extract_package
        self.actor = actor
        self.max_clip_bytes = max_clip_bytes

    # -- expansion -------------------------------------------------------------------------
    def collect(self, paths: Iterable[Path], temp_dirs: list[Path]) -> tuple[list[ClipGroup], list[IngestResult]]:
        """Expand files, folders and packages into clip groups; unusable items become rejections."""
        groups: list[ClipGroup] = []
        rejected: list[IngestResult] = []
        # Resolved path of every video and companion file already taken -> its clip group (None
        # when it was rejected): a file reached twice (named, and inside a folder) is answered once.
        seen_videos: dict[Path, ClipGroup | None] = {}
        for raw in paths:
            path = Path(raw)
            shown = str(raw)
            try:
                if not path.exists() and not path.is_symlink():
                    raise InputRejected(f"{shown}: no such file or folder")
                if path.is_dir():
                    found = self._group_dir(
                        path, shown, recursive=True, seen=seen_videos, rejected=rejected, temp_dirs=temp_dirs
                    )
                    if not found:
                        raise InputRejected(f"{shown}: no clips found in this folder")
                    groups.extend(found)
                    continue
                ext = path.suffix.lower()
                if ext in PACKAGE_EXTENSIONS:
                    folder = self.extract_package(path, self.store.tmp)
                    temp_dirs.append(folder)
                    found = self._group_dir(
                        folder, shown, recursive=True, seen=seen_videos, rejected=rejected, base=folder
                    )
                    if not found:
                        raise InputRejected(f"{shown}: no clips found in this package")
                    groups.extend(found)
                    continue
                if ext in VIDEO_EXTENSIONS:
                    if path.resolve() in seen_videos:
                        continue
                    group = self._group_for(path, shown)
                    seen_videos[path.resolve()] = group
                    for f in group.companions():
                        seen_videos[f.resolve()] = group
                    groups.append(group)
                    continue
                if ext in CAPTION_EXTENSIONS | TEXT_EXTENSIONS | META_EXTENSIONS:
                    raise InputRejected(
                        f"{shown}: a {ext} file is taken with the video of the same name; give the video or the folder"
                    )
                raise InputRejected(not_a_clip_reason(shown, path.name))
            except InputRejected as exc:
                rejected.append(IngestResult(path=shown, result="rejected", reason=exc.message))
            except PermissionError as exc:
                rejected.append(
                    IngestResult(path=shown, result="rejected", reason=f"{shown}: cannot read ({exc.strerror})")
                )
        return groups, rejected

    def _group_for(self, video: Path, shown: str) -> ClipGroup:
        stem, _, _ = split_stem(video.name)
        group = ClipGroup(video=video, display=shown)
        try:
            siblings = sorted(video.parent.iterdir())
        except OSError:
            siblings = []
        for sib in siblings:
            if sib == video or not sib.is_file():
                continue
            s, lang, role = split_stem(sib.name)
            if s != stem:
                continue
            self._attach(group, sib, lang, role)
        return group

    @staticmethod
    def _attach(group: ClipGroup, path: Path, lang: str | None, role: str) -> None:
        if role == "caption":
            group.captions.append((path, lang))
        elif role == "post":
            # clip.post.txt wins over clip.txt when both exist.
            if group.post is None or path.name.lower().endswith(".post.txt"):
                if group.post is not None:
                    group.unused.append(group.post)
                group.post = path
            else:
                group.unused.append(path)
        elif role == "meta":
            if group.meta is None or path.suffix.lower() == ".json":
                if group.meta is not None:
                    group.unused.append(group.meta)
                group.meta = path
            else:
                group.unused.append(path)

    def _group_dir(
        self,
        folder: Path,
        shown: str,
        *,
        recursive: bool,
        seen: dict[Path, ClipGroup | None],
        rejected: list[IngestResult],
        base: Path | None = None,
        temp_dirs: list[Path] | None = None,
    ) -> list[ClipGroup]:
        """Group the files under ``folder``; ``.zip`` packages found in a folder (not inside a
        package) are unpacked and grouped too when ``temp_dirs`` collects their folders.

        Every file gets exactly one answer: it is a clip's video, goes with one (its result row
        comes after the clip's), or is added to ``rejected`` with the reason. Only the files
        operating systems leave behind (hidden files, ``__MACOSX``, Thumbs.db) pass unreported.
        """
        groups: list[ClipGroup] = []
        by_dir: dict[Path, list[Path]] = {}
        try:
            walker = sorted(folder.rglob("*") if recursive else folder.iterdir())
        except OSError as exc:
            raise InputRejected(f"{shown}: cannot list folder ({exc.strerror or exc})") from None

        def display_of(f: Path) -> str:
            rel = f.relative_to(base if base else folder).as_posix()
            return f"{shown}:{rel}" if base else str(Path(shown) / rel)

        def reject(f: Path, reason: str) -> None:
            rejected.append(IngestResult(path=display_of(f), result="rejected", reason=reason))

        for p in walker:
            if _is_system_file(p, folder):
                continue
            if p.is_file():
                if p.suffix.lower() in PACKAGE_EXTENSIONS:
                    groups.extend(self._group_package_in_folder(p, folder, shown, seen, rejected, base, temp_dirs))
                    continue
                by_dir.setdefault(p.parent, []).append(p)
            elif not p.is_dir():
                reject(p, f"{display_of(p)}: not a regular file")
        for _directory, files in sorted(by_dir.items()):
            videos: dict[str, list[Path]] = {}
            others: dict[str, list[Path]] = {}  # stem -> files that are neither video nor companion
            companions: dict[str, list[tuple[Path, str | None, str]]] = {}
            for f in files:
                stem, lang, role = split_stem(f.name)
                if role == "video":
                    videos.setdefault(stem, []).append(f)
                elif role in ("caption", "post", "meta"):
                    companions.setdefault(stem, []).append((f, lang, role))
                else:
                    others.setdefault(stem, []).append(f)
                    reject(f, not_a_clip_reason(display_of(f), f.name))
            for stem, stem_videos in sorted(videos.items()):
                for v in stem_videos:
                    earlier = seen.get(v.resolve())
                    if earlier is not None and not earlier.report_companions:
                        # Named on its own before: its companions in this folder still get rows.
                        earlier.report_companions = True
                        for f in earlier.companions():
                            earlier.shown[f] = display_of(f)
                fresh = [v for v in stem_videos if v.resolve() not in seen]
                # A companion already taken by a clip (named on its own before) is not taken twice.
                items = [c for c in companions.get(stem, []) if c[0].resolve() not in seen]
                if len(stem_videos) > 1 and items:
                    # Captions, post text and metadata named after "news" could belong to either.
                    names = ", ".join(v.name for v in stem_videos)
                    for v in fresh:
                        seen[v.resolve()] = None
                        reject(
                            v,
                            f"{display_of(v)}: two videos are named '{stem}' ({names}): the files "
                            f"beside them could belong to either; give each video its own name",
                        )
                    for f, _, _ in items:
                        seen[f.resolve()] = None
                        reject(f, f"{display_of(f)}: goes with '{stem}', which names two videos ({names})")
                    continue
                for video in fresh:
                    group = ClipGroup(video=video, display=display_of(video), report_companions=True)
                    for f, lang, role in items:
                        self._attach(group, f, lang, role)
                        group.shown[f] = display_of(f)
                        seen[f.resolve()] = group
                    seen[video.resolve()] = group
                    groups.append(group)
            for stem, items in sorted(companions.items()):
                if stem in videos:
                    continue
                for f, _, _ in items:
                    reason = f"{display_of(f)}: no video named '{stem}.*' beside it"
                    if others.get(stem):
                        names = ", ".join(o.name for o in others[stem])
                        reason += f" ({names} is not a video clip)"
                    reject(f, reason)
        return groups

    def _group_package_in_folder(
        self,
        package: Path,
        folder: Path,
        shown: str,
        seen: dict[Path, ClipGroup | None],
        rejected: list[IngestResult],
        base: Path | None,
        temp_dirs: list[Path] | None,
    ) -> list[ClipGroup]:
        rel = package.relative_to(base if base else folder).as_posix()
        display = f"{shown}:{rel}" if base else str(Path(shown) / rel)
        if base is not None or temp_dirs is None:
            rejected.append(
                IngestResult(
                    path=display,
                    result="rejected",
                    reason=f"{display}: a package inside a package is not opened; unpack it first",
                )
            )
            return []
        try:
            unpacked = self.extract_package(package, self.store.tmp)
        except InputRejected as exc:
            rejected.append(IngestResult(path=display, result="rejected", reason=exc.message))
            return []
        temp_dirs.append(unpacked)
        found = self._group_dir(unpacked, display, recursive=True, seen=seen, rejected=rejected, base=unpacked)
        if not found and not any(r.path.startswith(display) for r in rejected):
            rejected.append(
                IngestResult(path=display, result="rejected", reason=f"{display}: no clips found in this package")
            )
        return found

    # -- ingest ------------------------------------------------------------------------------
    def ingest(
        self,
        paths: Iterable[Path],
        *,
        progress: Callable[[int, int, str], None] | None = None,
        actor: str | None = None,
    ) -> list[IngestResult]:
        """Ingest every input; one result per clip, per companion file of a clip found in a folder
        or package (after its clip's), and per rejected item.

        ``actor`` (default: the service's) is who is recorded as having added the clips.
        """
        temp_dirs: list[Path] = []
        try:
            groups, results = self.collect(paths, temp_dirs)
            total = 0
            for g in groups:
                try:
                    total += g.video.stat().st_size
                except OSError:
                    pass
            done = [0]

            def advance(n: int, label: str) -> None:
                done[0] += n
                if progress:
                    progress(done[0], total, label)

            for group in groups:
                outcome: dict[Path, IngestResult] = {}
                try:
                    row = self._ingest_group(group, advance, outcome, actor or self.actor)
                except DiskFullError:
                    raise
                except InputRejected as exc:
                    row = IngestResult(path=group.display, result="rejected", reason=exc.message)
                except StorageError:
                    raise
                except ReviewerError as exc:
                    row = IngestResult(path=group.display, result="rejected", reason=exc.message)
                results.append(row)
                if group.report_companions:
                    results.extend(self._companion_rows(group, row, outcome))
            return results
        finally:
            for d in temp_dirs:
                shutil.rmtree(d, ignore_errors=True)

    @staticmethod
    def _companion_rows(group: ClipGroup, row: IngestResult, outcome: dict[Path, IngestResult]) -> list[IngestResult]:
        """One row per companion file of a clip found in a folder or package, after the clip's."""
        rows = []
        for f in group.companions():
            shown = group.shown.get(f, f.name)
            if f in outcome:
                rows.append(outcome[f])
            elif f in group.unused:
                winner = group.post if f.suffix.lower() in TEXT_EXTENSIONS else group.meta
                kind = "post text" if f.suffix.lower() in TEXT_EXTENSIONS else "metadata"
                rows.append(
                    IngestResult(
                        path=shown,
                        result="rejected",
                        clip_id=row.clip_id,
                        version=row.version,
                        reason=f"{shown}: not used: {winner.name if winner else '?'} is this clip's {kind}",
                    )
                )
            elif row.result == "rejected":
                rows.append(
                    IngestResult(
                        path=shown,
                        result="rejected",
                        reason=f"{shown}: not taken: its video {group.video.name} was rejected",
                    )
                )
            else:  # the clip went in without reading it (cannot happen today; never drop a row)
                rows.append(IngestResult(path=shown, result=row.result, clip_id=row.clip_id, version=row.version))
        return rows

    def _duplicate_companions(
        self, group: ClipGroup, clip_id: str, number: int, outcome: dict[Path, IngestResult]
    ) -> None:
        """Companions of a video already in the library: the same content, or why it was not taken."""
        try:
            stored = self.library.version(clip_id, number)
            caption_shas: set[str] | None = {c.sha256 for c in stored.captions}
            post_sha = stored.post_text.sha256 if stored.post_text is not None else None
        except Exception:  # noqa: BLE001 - the comparison is a courtesy; say plainly it was not made
            caption_shas, post_sha = None, None
        where = f"clip {clip_id} version {number}"
        for f in group.companions():
            shown = group.shown.get(f, f.name)
            if f in group.unused:
                continue
            same: bool | None
            try:
                if f == group.meta:
                    outcome[f] = IngestResult(
                        path=shown,
                        result="duplicate",
                        clip_id=clip_id,
                        version=number,
                        reason=f"its video is already in the library ({where}); metadata is not applied again",
                    )
                    continue
                raw = _read(f)
                if caption_shas is None:
                    same = None  # the library could not say what this version holds
                elif f == group.post:
                    text, _enc = self.decode_text(raw)
                    same = post_sha is not None and _post_sha(_normalise_post(text)) == post_sha
                else:
                    same = hashlib.sha256(raw).hexdigest() in caption_shas
            except (CaptionError, InputRejected):
                same = False
            if same is None:
                outcome[f] = IngestResult(
                    path=shown,
                    result="rejected",
                    clip_id=clip_id,
                    version=number,
                    reason=f"{shown}: not taken: {group.video.name} is already in the library ({where}) and this "
                    "file could not be compared with what that version holds",
                )
            elif same:
                outcome[f] = IngestResult(
                    path=shown,
                    result="duplicate",
                    clip_id=clip_id,
                    version=number,
                    reason=f"the same content is already in the library with {where}",
                )
            else:
                outcome[f] = IngestResult(
                    path=shown,
                    result="rejected",
                    clip_id=clip_id,
                    version=number,
                    reason=f"{shown}: not taken: {group.video.name} is the same bytes as {where}, which holds "
                    "other content for this file; captions and post text change only with a new "
                    "version of the video",
                )

    def _ingest_group(
        self,
        group: ClipGroup,
        advance: Callable[[int, str], None],
        outcome: dict[Path, IngestResult] | None = None,
        actor: str | None = None,
    ) -> IngestResult:
        """Ingest one clip (added by ``actor``, default the service's); record what became of
        each companion file in ``outcome``."""
        outcome = {} if outcome is None else outcome
        actor = actor or self.actor
        warnings: list[str] = []
        attached: list[tuple[Path, list[str]]] = []  # companions taken, with their own warnings
        meta = ClipMetadata()
        if group.meta is not None:
            try:
                meta = parse_metadata(group.meta, _read(group.meta))
            except InputRejected as exc:
                shown = group.shown.get(group.meta, group.meta.name)
                outcome[group.meta] = IngestResult(path=shown, result="rejected", reason=exc.message)
                raise
            meta_warnings = []
            if meta.unknown:
                meta_warnings.append(f"{group.meta.name}: unknown fields ignored: {', '.join(meta.unknown)}")
                warnings.extend(meta_warnings)
            attached.append((group.meta, meta_warnings))
        staged = self.store.stage(
            group.video, max_bytes=self.max_clip_bytes, progress=lambda n: advance(n, group.video.name)
        )
        try:
            existing = self.library.version_by_sha(staged.sha256)
            if existing is not None:
                self.store.discard(staged)
                if group.report_companions:
                    self._duplicate_companions(group, existing[0], existing[1], outcome)
                return IngestResult(
                    path=group.display,
                    result="duplicate",
                    clip_id=existing[0],
                    version=existing[1],
                    reason="the same bytes are already in the library",
                )
            info = self.probe(staged.temp_path, display_name=group.video.name)
            stem, _, _ = split_stem(group.video.name)
            if meta.revises:
                if not self.library.clip_exists(meta.revises):
                    raise InputRejected(f"{group.video.name}: revises unknown clip '{meta.revises}'")
                clip_id, create = meta.revises, False
            elif meta.id:
                clip_id = meta.id
                create = not self.library.clip_exists(clip_id)
            else:
                clip_id, create = f"{slugify(stem)}-{staged.sha256[:8]}", True
            captions = []
            for cap_path, lang in group.captions:
                shown = group.shown.get(cap_path, cap_path.name)
                try:
                    raw = _read(cap_path)
                    parsed = self.parse_captions(cap_path.name, raw, language=lang)
                except (CaptionError, InputRejected) as exc:
                    warnings.append(f"caption file {cap_path.name} not used: {exc.message}")
                    outcome[cap_path] = IngestResult(path=shown, result="rejected", reason=exc.message)
                    continue
                cap_staged = self.store.stage_bytes(raw, cap_path.suffix)
                cap_store = self.store.commit(cap_staged)
                captions.append((parsed, self.store.relative(cap_store)))
                warnings.extend(f"{cap_path.name}: {w}" for w in parsed.warnings)
                attached.append((cap_path, list(parsed.warnings)))
            post = None
            if group.post is not None:
                try:
                    text, _enc = self.decode_text(_read(group.post))
                    text = _normalise_post(text)
                    post = (text, _post_sha(text))
                    attached.append((group.post, []))
                except (CaptionError, InputRejected) as exc:
                    warnings.append(f"post text {group.post.name} not used: {exc.message}")
                    shown = group.shown.get(group.post, group.post.name)
                    outcome[group.post] = IngestResult(path=shown, result="rejected", reason=exc.message)
            stored = self.store.commit(staged)
            thumb_rel = None
            try:
                thumb = self.thumbnail(stored, self.store.home / "thumbs" / f"{staged.sha256}.jpg")
                thumb_rel = Path(thumb).relative_to(self.store.home).as_posix()
            except Exception as exc:  # noqa: BLE001 - a thumbnail is a convenience; the clip is still valid
                warnings.append(f"no thumbnail: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
            title = stem.replace("_", " ").strip() or stem
            new = NewVersion(
                clip_id=clip_id,
                create_clip=create,
                metadata=meta,
                default_title=title,
                sha256=staged.sha256,
                size=staged.size,
                original_name=group.video.name,
                media=info,
                store_path=self.store.relative(stored),
                thumbnail_path=thumb_rel,
                captions=tuple(captions),
                post_text=post,
                warnings=tuple(warnings),
                actor=actor,
                source=group.display,
            )
            result, clip_id, number = self.library.add_version(new)
            if result == "duplicate":
                # Another desk added the same bytes since the check above: nothing of ours went in.
                if group.report_companions:
                    self._duplicate_companions(group, clip_id, number, outcome)
                return IngestResult(
                    path=group.display,
                    result=result,
                    clip_id=clip_id,
                    version=number,
                    reason="the same bytes are already in the library",
                )
            for path, own in attached:
                outcome[path] = IngestResult(
                    path=group.shown.get(path, path.name),
                    result="attached",
                    clip_id=clip_id,
                    version=number,
                    warnings=own,
                )
            return IngestResult(path=group.display, result=result, clip_id=clip_id, version=number, warnings=warnings)
        except BaseException:
            self.store.discard(staged)
            raise


def _normalise_post(text: str) -> str:
    """A post text as stored: NFC, LF line ends, no byte-order mark."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n")).strip("\ufeff")


def _post_sha(text: str) -> str:
    """SHA-256 of a post text's UTF-8 bytes (the text already NFC)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputRejected(f"{path.name}: cannot read ({exc.strerror or exc})") from None
