"""Content-addressed media store: ``media/ab/<sha256>.<ext>``, files read-only.

A file is copied and hashed in one streaming read into a temporary file inside the home, flushed
and fsynced, then renamed into place, so a crash or a full disk never leaves a half-written file
under a content address.
"""

from __future__ import annotations

import errno
import hashlib
import os
import queue
import re
import shutil
import stat
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from reviewer.errors import DiskFullError, InputRejected, StorageError, disk_full_errno

CHUNK = 4 * 1024 * 1024

# Temporary names carry the writer's process id ("stage-<pid>-<hex>", "pkg-<pid>-<hex>",
# ".thumb-<pid>-<hex>.tmp.jpg", the desk's caption overlays "caption-<pid>-<hex>.srt"), so a
# desk opening the home removes only what a dead process left behind and never the file
# another desk on the same home is writing right now.
_OWNED_TEMP = re.compile(r"^(?:stage|pkg|caption|\.thumb)-(\d+)-")


def temp_name(prefix: str, suffix: str = "") -> str:
    """A temporary file or folder name owned by this process (see ``clean_stale``)."""
    return f"{prefix}-{os.getpid()}-{uuid.uuid4().hex}{suffix}"


def first_frame_still(home: Path, sha256: str) -> Path:
    """Where the whole first frame of the media with this hash is kept (written at ingest by
    :func:`reviewer.media.probe.make_stills`, beside its thumbnail ``thumbs/<sha256>.jpg``)."""
    return home / "thumbs" / f"{sha256}.frame0.jpg"


def _owner_alive(name: str) -> bool:
    """Whether the process that made this temporary name may still be using it."""
    m = _OWNED_TEMP.match(name)
    if m is None:
        return False  # an older name without an owner: stale once nobody writes it
    pid = int(m.group(1))
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


class _ThreadedHasher:
    """SHA-256 on a second thread, so hashing overlaps the copy's writes (hashlib and file
    writes both release the GIL); the bytes are still read from the source exactly once."""

    def __init__(self) -> None:
        self._h = hashlib.sha256()
        self._q: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
        self._t = threading.Thread(target=self._run, name="stage-hasher", daemon=True)
        self._t.start()

    def _run(self) -> None:
        while (chunk := self._q.get()) is not None:
            self._h.update(chunk)

    def feed(self, chunk: bytes) -> None:
        """Queue a chunk (bytes are immutable, so the writer may go on using it)."""
        self._q.put(chunk)

    def hexdigest(self) -> str:
        """Wait for the queued chunks and return the digest."""
        self._q.put(None)
        self._t.join()
        return self._h.hexdigest()

    def abandon(self) -> None:
        """Stop the thread after an error."""
        if self._t.is_alive():
            self._q.put(None)
            self._t.join()


@dataclass(frozen=True)
class StagedFile:
    """A file copied into the home's tmp/ and hashed, not yet in the store."""

    temp_path: Path
    sha256: str
    size: int
    suffix: str


class MediaStore:
    """The content-addressed store under ``<home>/media`` with staging in ``<home>/tmp``."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.root = home / "media"
        self.tmp = home / "tmp"
        self.root.mkdir(parents=True, exist_ok=True)
        self.tmp.mkdir(parents=True, exist_ok=True)

    def path_for(self, sha256: str, suffix: str) -> Path:
        """Where the bytes with this hash live."""
        return self.root / sha256[:2] / f"{sha256}{suffix.lower()}"

    def relative(self, path: Path) -> str:
        """A store path relative to the home (what the database keeps)."""
        return path.relative_to(self.home).as_posix()

    def absolute(self, rel: str) -> Path:
        """The absolute path of a stored relative path."""
        return self.home / rel

    def stage(
        self,
        source: Path,
        *,
        max_bytes: int | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> StagedFile:
        """Copy ``source`` into tmp/ while hashing it (one read); fsync before returning."""
        temp = self.tmp / temp_name("stage", source.suffix.lower())
        hasher = _ThreadedHasher()
        size = 0
        try:
            with open(source, "rb", buffering=0) as src, open(temp, "xb", buffering=0) as dst:
                while True:
                    chunk = src.read(CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    if max_bytes is not None and size > max_bytes:
                        raise InputRejected(f"{source.name}: larger than the {max_bytes // 1024**3} GiB limit")
                    hasher.feed(chunk)
                    view = memoryview(chunk)
                    while view:
                        view = view[dst.write(view) :]
                    if progress:
                        progress(len(chunk))
                os.fsync(dst.fileno())
            digest = hasher.hexdigest()
        except OSError as exc:
            hasher.abandon()
            temp.unlink(missing_ok=True)
            if exc.errno == errno.EFBIG:
                # A per-file limit (FAT32's 4 GiB, ulimit -f): this file cannot go in, others can.
                raise InputRejected(
                    f"{source.name}: too large for the disk holding the library (file size limit)"
                ) from None
            if disk_full_errno(exc):
                raise DiskFullError("the disk holding the library is full; the file was not added") from None
            raise InputRejected(f"{source.name}: cannot read ({exc.strerror or exc})") from None
        except BaseException:
            hasher.abandon()
            temp.unlink(missing_ok=True)
            raise
        return StagedFile(temp, digest, size, source.suffix.lower())

    def stage_bytes(self, data: bytes, suffix: str) -> StagedFile:
        """Stage bytes already in memory (caption files, post texts)."""
        temp = self.tmp / temp_name("stage", suffix.lower())
        try:
            with open(temp, "xb") as dst:
                dst.write(data)
                dst.flush()
                os.fsync(dst.fileno())
        except OSError as exc:
            temp.unlink(missing_ok=True)
            if exc.errno == errno.EFBIG:  # a per-file limit: this file cannot go in, others can
                raise InputRejected(
                    f"file too large for the disk holding the library (file size limit, {len(data)} bytes)"
                ) from None
            if disk_full_errno(exc):
                raise DiskFullError("the disk holding the library is full; the file was not added") from None
            raise StorageError(
                f"cannot write to the library's folder ({exc.strerror or exc}); the file was not added"
            ) from None
        return StagedFile(temp, hashlib.sha256(data).hexdigest(), len(data), suffix.lower())

    def commit(self, staged: StagedFile) -> Path:
        """Move a staged file to its content address (read-only); idempotent for equal bytes."""
        dest = self.path_for(staged.sha256, staged.suffix)
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            if dest.exists():
                staged.temp_path.unlink(missing_ok=True)
                return dest
            os.chmod(staged.temp_path, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
            os.replace(staged.temp_path, dest)
        except OSError as exc:
            staged.temp_path.unlink(missing_ok=True)
            if disk_full_errno(exc):
                raise DiskFullError("the disk holding the library is full; the file was not added") from None
            raise StorageError(f"cannot store the file in the library ({exc.strerror or exc})") from None
        _fsync_dir(dest.parent)
        return dest

    def discard(self, staged: StagedFile) -> None:
        """Drop a staged file that will not be kept."""
        staged.temp_path.unlink(missing_ok=True)

    def clean_stale(self) -> int:
        """Remove what crashed runs left behind (staged files, unpacked packages, half-written
        thumbnails); returns how many. Leftovers of a process still running are kept: another
        desk on the same home may be writing them."""
        n = 0
        candidates = [
            *self.tmp.glob("stage-*"),
            *self.tmp.glob("pkg-*"),
            *self.tmp.glob("caption-*"),
            *(self.home / "thumbs").glob(".thumb-*.tmp.jpg"),
        ]
        for p in candidates:
            if _owner_alive(p.name):
                continue
            try:
                if p.is_dir() and not p.is_symlink():
                    shutil.rmtree(p)
                else:
                    p.unlink()
                n += 1
            except OSError:
                pass
        return n


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
