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
from reviewer.errors import CaptionError, DiskFullError, InputRejected, ReviewerError, StorageError

VIDEO_EXTENSIONS = frozenset({".mp4", ".mov", ".m4v", ".mkv", ".webm", ".avi", ".mxf", ".ts", ".mts"})
CAPTION_EXTENSIONS = frozenset({".srt", ".vtt", ".ass", ".ssa"})
TEXT_EXTENSIONS = frozenset({".txt"})
META_EXTENSIONS = frozenset({".json", ".toml"})
PACKAGE_EXTENSIONS = frozenset({".zip"})
KNOWN_EXTENSIONS = VIDEO_EXTENSIONS | CAPTION_EXTENSIONS | TEXT_EXTENSIONS | META_EXTENSIONS | PACKAGE_EXTENSIONS
PLATFORMS = ("facebook", "youtube", "tiktok", "zalo", "instagram", "x", "web", "other")
_LANG_RE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$")
META_FIELDS = {"id", "title", "platform", "priority", "deadline", "political", "author", "revises", "desk"}

@dataclass
class IngestResult:
    """What happened to one clip or one rejected input (the ``--json`` row)."""

    path: str
    result: str  # "ingested" | "new_version" | "duplicate" | "rejected"
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
    """A video file and the files sharing its stem."""

    video: Path
    display: str
    captions: list[tuple[Path, str | None]] = field(default_factory=list)  # (path, language)
    post: Path | None = None
    meta: Path | None = None

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

    def version_by_sha(self, sha256: str) -> tuple[str, int] | None: ...
    def clip_exists(self, clip_id: str) -> bool: ...
    def add_version(self, new: NewVersion) -> tuple[str, str, int]: ...

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
        raise InputRejected(f"{name}: metadata is not valid {path.suffix[1:].upper()} ({str(exc).splitlines()[0]})") from None
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
        seen_videos: set[Path] = set()
        for raw in paths:
            path = Path(raw)
            shown = str(raw)
            try:
                if not path.exists() and not path.is_symlink():
                    raise InputRejected(f"{shown}: no such file or folder")
                if path.is_dir():
                    found = self._group_dir(path, shown, recursive=True, seen=seen_videos, rejected=rejected,
                                            temp_dirs=temp_dirs)
                    if not found:
                        raise InputRejected(f"{shown}: no clips found in this folder")
                    groups.extend(found)
                    continue
                ext = path.suffix.lower()
                if ext in PACKAGE_EXTENSIONS:
                    folder = self.extract_package(path, self.store.tmp)
                    temp_dirs.append(folder)
                    found = self._group_dir(folder, shown, recursive=True, seen=seen_videos, rejected=rejected, base=folder)
                    if not found:
                        raise InputRejected(f"{shown}: no clips found in this package")
                    groups.extend(found)
                    continue
                if ext in VIDEO_EXTENSIONS:
                    if path.resolve() in seen_videos:
                        continue
                    seen_videos.add(path.resolve())
                    groups.append(self._group_for(path, shown))
                    continue
                if ext in CAPTION_EXTENSIONS | TEXT_EXTENSIONS | META_EXTENSIONS:
                    raise InputRejected(f"{shown}: a {ext} file is taken with the video of the same name; give the video or the folder")
                raise InputRejected(f"{shown}: unsupported file type '{ext or path.name}'")
            except InputRejected as exc:
                rejected.append(IngestResult(path=shown, result="rejected", reason=exc.message))
            except PermissionError as exc:
                rejected.append(IngestResult(path=shown, result="rejected", reason=f"{shown}: cannot read ({exc.strerror})"))
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
                group.post = path
        elif role == "meta":
            if group.meta is None or path.suffix.lower() == ".json":
                group.meta = path

    def _group_dir(
        self,
        folder: Path,
        shown: str,
        *,
        recursive: bool,
        seen: set[Path],
        rejected: list[IngestResult],
        base: Path | None = None,
        temp_dirs: list[Path] | None = None,
    ) -> list[ClipGroup]:
        """Group the files under ``folder``; ``.zip`` packages found in a folder (not inside a
        package) are unpacked and grouped too when ``temp_dirs`` collects their folders."""
        groups: list[ClipGroup] = []
        by_dir: dict[Path, list[Path]] = {}
        try:
            walker = sorted(folder.rglob("*") if recursive else folder.iterdir())
        except OSError as exc:
            raise InputRejected(f"{shown}: cannot list folder ({exc.strerror or exc})") from None
        for p in walker:
            if any(part.startswith(".") or part == "__MACOSX" for part in p.relative_to(folder).parts):
                continue
            if p.is_file():
                if p.suffix.lower() in PACKAGE_EXTENSIONS:
                    groups.extend(self._group_package_in_folder(p, folder, shown, seen, rejected, base, temp_dirs))
                    continue
                by_dir.setdefault(p.parent, []).append(p)
        for directory, files in sorted(by_dir.items()):
            videos = {}
            for f in files:
                stem, _, role = split_stem(f.name)
                if role == "video":
                    videos.setdefault(stem, f)
            for stem, video in sorted(videos.items()):
                if video.resolve() in seen:
                    continue
                seen.add(video.resolve())
                rel = video.relative_to(base if base else folder).as_posix()
                display = f"{shown}:{rel}" if base else str(Path(shown) / rel)
                group = ClipGroup(video=video, display=display)
                for f in files:
                    s, lang, role = split_stem(f.name)
                    if f is not video and s == stem and role != "video":
                        self._attach(group, f, lang, role)
                groups.append(group)
            for f in files:
                s, _, role = split_stem(f.name)
                if role in ("caption", "post", "meta") and s not in videos:
                    rel = f.relative_to(base if base else folder).as_posix()
                    display = f"{shown}:{rel}" if base else str(Path(shown) / rel)
                    rejected.append(
                        IngestResult(path=display, result="rejected", reason=f"{display}: no video named '{s}.*' beside it")
                    )
        return groups

    def _group_package_in_folder(
        self,
        package: Path,
        folder: Path,
        shown: str,
        seen: set[Path],
        rejected: list[IngestResult],
        base: Path | None,
        temp_dirs: list[Path] | None,
    ) -> list[ClipGroup]:
        rel = package.relative_to(base if base else folder).as_posix()
        display = f"{shown}:{rel}" if base else str(Path(shown) / rel)
        if base is not None or temp_dirs is None:
            rejected.append(IngestResult(path=display, result="rejected",
                                         reason=f"{display}: a package inside a package is not opened; unpack it first"))
            return []
        try:
            unpacked = self.extract_package(package, self.store.tmp)
        except InputRejected as exc:
            rejected.append(IngestResult(path=display, result="rejected", reason=exc.message))
            return []
        temp_dirs.append(unpacked)
        found = self._group_dir(unpacked, display, recursive=True, seen=seen, rejected=rejected, base=unpacked)
        if not found and not any(r.path.startswith(display) for r in rejected):
            rejected.append(IngestResult(path=display, result="rejected", reason=f"{display}: no clips found in this package"))
        return found

    # -- ingest ------------------------------------------------------------------------------
    def ingest(
        self,
        paths: Iterable[Path],
        *,
        progress: Callable[[int, int, str], None] | None = None,
        actor: str | None = None,
    ) -> list[IngestResult]:
        """Ingest every input; returns one result per clip or rejected item, in input order.

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
                try:
                    results.append(self._ingest_group(group, advance, actor or self.actor))
                except DiskFullError:
                    raise
                except InputRejected as exc:
                    results.append(IngestResult(path=group.display, result="rejected", reason=exc.message))
                except StorageError:
                    raise
                except ReviewerError as exc:
                    results.append(IngestResult(path=group.display, result="rejected", reason=exc.message))
            return results
        finally:
            for d in temp_dirs:
                shutil.rmtree(d, ignore_errors=True)

    def _ingest_group(self, group: ClipGroup, advance: Callable[[int, str], None], actor: str) -> IngestResult:
        warnings: list[str] = []
        meta = ClipMetadata()
        if group.meta is not None:
            meta = parse_metadata(group.meta, _read(group.meta))
            if meta.unknown:
                warnings.append(f"{group.meta.name}: unknown fields ignored: {', '.join(meta.unknown)}")
        staged = self.store.stage(group.video, max_bytes=self.max_clip_bytes, progress=lambda n: advance(n, group.video.name))
        try:
            existing = self.library.version_by_sha(staged.sha256)
            if existing is not None:
                self.store.discard(staged)
                return IngestResult(
                    path=group.display, result="duplicate", clip_id=existing[0], version=existing[1],
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
                try:
                    raw = _read(cap_path)
                    parsed = self.parse_captions(cap_path.name, raw, language=lang)
                except CaptionError as exc:
                    warnings.append(f"caption file {cap_path.name} not used: {exc.message}")
                    continue
                except InputRejected as exc:
                    warnings.append(f"caption file {cap_path.name} not used: {exc.message}")
                    continue
                cap_staged = self.store.stage_bytes(raw, cap_path.suffix)
                cap_store = self.store.commit(cap_staged)
                captions.append((parsed, self.store.relative(cap_store)))
                warnings.extend(f"{cap_path.name}: {w}" for w in parsed.warnings)
            post = None
            if group.post is not None:
                try:
                    text, _enc = self.decode_text(_read(group.post))
                    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n")).strip("\ufeff")

                    post = (text, hashlib.sha256(text.encode("utf-8")).hexdigest())
                except (CaptionError, InputRejected) as exc:
                    warnings.append(f"post text {group.post.name} not used: {exc.message}")
            stored = self.store.commit(staged)
            thumb_rel = None
            try:
                thumb = self.thumbnail(stored, self.store.home / "thumbs" / f"{staged.sha256}.jpg")
                thumb_rel = Path(thumb).relative_to(self.store.home).as_posix()
            except Exception as exc:  # a thumbnail is a convenience; the clip is still valid
                warnings.append(f"no thumbnail: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
            title = stem.replace("_", " ").strip() or stem
            new = NewVersion(
                clip_id=clip_id, create_clip=create, metadata=meta, default_title=title,
                sha256=staged.sha256, size=staged.size, original_name=group.video.name, media=info,
                store_path=self.store.relative(stored), thumbnail_path=thumb_rel,
                captions=tuple(captions), post_text=post, warnings=tuple(warnings),
                actor=actor, source=group.display,
            )
            result, clip_id, number = self.library.add_version(new)
            return IngestResult(path=group.display, result=result, clip_id=clip_id, version=number, warnings=warnings)
        except BaseException:
            self.store.discard(staged)
            raise

def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputRejected(f"{path.name}: cannot read ({exc.strerror or exc})") from None
