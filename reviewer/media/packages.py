"""Safe extraction of zip packages brought on a USB stick.

Members are checked before anything is written: absolute paths, ``..``, drive letters, symlinks,
device files, duplicate names (also after Unicode/case folding), too many members, too many bytes
and suspicious compression ratios are refused. Extraction goes only into a fresh folder inside
``<home>/tmp`` and every written path is checked to resolve inside it.
"""

from __future__ import annotations

import os
import shutil
import stat
import unicodedata
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from reviewer.errors import DiskFullError, PackageError, disk_full_errno


@dataclass(frozen=True)
class ZipLimits:
    """Caps on what one package may contain."""

    max_members: int = 2000
    max_total_bytes: int = 8 * 1024**3
    max_ratio: float = 200.0


_RATIO_CHECK_BYTES = 16 * 1024 * 1024


def _member_problem(info: zipfile.ZipInfo) -> str | None:
    name = info.filename
    if "\x00" in name:
        return "a member name contains a NUL byte"
    if name.startswith(("/", "\\")):
        return f"member '{name}' has an absolute path"
    if len(name) >= 2 and name[1] == ":":
        return f"member '{name}' has a drive letter"
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if any(p == ".." for p in parts):
        return f"member '{name}' climbs out of the package ('..')"
    mode = (info.external_attr >> 16) & 0xFFFF
    # Only Unix-made entries carry a file type; many tools store permission bits alone.
    if info.create_system == 3 and stat.S_IFMT(mode):
        if stat.S_ISLNK(mode):
            return f"member '{name}' is a symbolic link"
        if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            return f"member '{name}' is not a regular file"
    return None


def check_package(path: Path, limits: ZipLimits) -> list[zipfile.ZipInfo]:
    """Validate a package without extracting; returns the file members to extract."""
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise PackageError(f"{path.name}: not a valid zip package") from None
    except OSError as exc:
        raise PackageError(f"{path.name}: cannot read ({exc.strerror or exc})") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.max_members:
            raise PackageError(f"{path.name}: {len(infos)} members, more than the limit of {limits.max_members}")
        seen: set[str] = set()
        total = 0
        packed = 0
        files = []
        for info in infos:
            problem = _member_problem(info)
            if problem:
                raise PackageError(f"{path.name}: {problem}")
            key = unicodedata.normalize("NFC", info.filename.replace("\\", "/")).rstrip("/").casefold()
            if key in seen:
                raise PackageError(f"{path.name}: duplicate member name '{info.filename}'")
            seen.add(key)
            if info.is_dir():
                continue
            if info.flag_bits & 0x1:
                raise PackageError(f"{path.name}: member '{info.filename}' is encrypted")
            total += info.file_size
            packed += info.compress_size
            if total > limits.max_total_bytes:
                raise PackageError(
                    f"{path.name}: unpacks to more than {limits.max_total_bytes // 1024**2} MiB (zip bomb?)"
                )
            if info.file_size > 1024 * 1024 and info.compress_size > 0:
                ratio = info.file_size / info.compress_size
                if ratio > limits.max_ratio:
                    raise PackageError(f"{path.name}: member '{info.filename}' compresses {ratio:.0f}:1 (zip bomb?)")
            files.append(info)
        # Many members just under the per-member check add up to a bomb too (video barely
        # compresses, so a real package never comes near this ratio as a whole).
        if total > _RATIO_CHECK_BYTES and total > limits.max_ratio * max(1, packed):
            raise PackageError(
                f"{path.name}: unpacks to {total // 1024**2} MiB from {max(1, packed // 1024)} KiB (zip bomb?)"
            )
        return files


def extract_package(path: Path, tmp_root: Path, limits: ZipLimits) -> Path:
    """Extract a checked package into a new folder under ``tmp_root``; returns that folder.

    The caller removes the folder when done (``shutil.rmtree``). Sizes are enforced while
    writing too, since a zip's declared sizes can lie.
    """
    members = check_package(path, limits)
    # "pkg-<pid>-<hex>": the owner's pid lets the next desk remove it after a crash (store.py).
    dest = tmp_root / f"pkg-{os.getpid()}-{uuid.uuid4().hex}"
    dest.mkdir(parents=True)
    root = dest.resolve()
    written = 0
    try:
        with zipfile.ZipFile(path) as zf:
            for info in members:
                rel = PurePosixPath(info.filename.replace("\\", "/"))
                target = (dest / Path(*rel.parts)).resolve()
                if root not in target.parents:
                    raise PackageError(f"{path.name}: member '{info.filename}' would land outside the package folder")
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(info) as src, open(target, "xb") as out:
                    remaining = info.file_size
                    while True:
                        chunk = src.read(1024 * 1024)
                        if not chunk:
                            break
                        remaining -= len(chunk)
                        written += len(chunk)
                        if remaining < 0 or written > limits.max_total_bytes:
                            raise PackageError(f"{path.name}: member '{info.filename}' is larger than declared")
                        out.write(chunk)
    except PackageError:
        shutil.rmtree(dest, ignore_errors=True)
        raise
    except (zipfile.BadZipFile, EOFError, NotImplementedError, RuntimeError) as exc:
        shutil.rmtree(dest, ignore_errors=True)
        raise PackageError(
            f"{path.name}: damaged package ({str(exc).splitlines()[0] if str(exc) else 'corrupt'})"
        ) from None
    except OSError as exc:
        shutil.rmtree(dest, ignore_errors=True)
        if disk_full_errno(exc, file_size_limit=False):  # a member over the size limit: this package's problem
            raise DiskFullError("the disk holding the library is full; the package was not unpacked") from None
        raise PackageError(f"{path.name}: cannot unpack ({exc.strerror or exc})") from None
    return dest
