"""Signed checkpoints of the audit chain as files in ``<home>/checkpoints``.

A checkpoint ("the chain's head is event N with hash H", :class:`reviewer.core.audit.Checkpoint`)
is signed by the person who just signed a record or exported a package, committed in the chain
with that event and then written as ``checkpoint-<N>.json`` + ``.sig``. The newest file whose
signature verifies pins the chain for ``reviewer verify``; a crash between commit and file write is
repaired from the chain by :func:`restore_checkpoint_file`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from reviewer.core import audit as core_audit
from reviewer.core.audit import Checkpoint
from reviewer.errors import ReviewerError

__all__ = [
    "checkpoint_file_name",
    "checkpoint_files",
    "read_checkpoint_files",
    "remove_dead_writers_leftovers",
    "restore_checkpoint_file",
    "write_checkpoint_file",
]


def checkpoint_file_name(seq: int) -> str:
    """``checkpoint-00000042.json`` (zero-padded so names sort by seq)."""
    return f"checkpoint-{seq:08d}.json"


def write_checkpoint_file(folder: Path, checkpoint: Checkpoint, signature: str) -> Path:
    """Write ``checkpoint-<seq>.json`` and its ``.sig`` atomically; returns the .json path."""
    folder.mkdir(parents=True, exist_ok=True)
    remove_dead_writers_leftovers(folder)
    path = folder / checkpoint_file_name(checkpoint.seq)
    for target, data in (
        (path.with_name(path.name + ".sig"), signature.encode("ascii")),
        (path, checkpoint.checkpoint_bytes()),
    ):
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    return path


def remove_dead_writers_leftovers(folder: Path) -> None:
    """Temporary checkpoint files of a process that died mid-write (their name carries its pid)."""
    for tmp in folder.glob(".checkpoint-*.tmp"):
        try:
            pid = int(tmp.name.rsplit(".", 2)[-2])
        except (ValueError, IndexError):
            continue
        if pid == os.getpid():
            continue
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass  # alive but not ours to signal: leave it


def checkpoint_files(folder: Path) -> list[tuple[int, Path]]:
    """``(seq, path)`` of every ``checkpoint-<seq>.json`` in ``folder``, newest first (names only)."""
    found = []
    for path in folder.glob("checkpoint-*.json"):
        m = re.fullmatch(r"checkpoint-(\d+)\.json", path.name)
        if m:
            found.append((int(m.group(1)), path))
    found.sort(key=lambda t: t[0], reverse=True)
    return found


def read_checkpoint_files(folder: Path) -> Iterator[tuple[Path, bytes, str | None]]:
    """Every checkpoint file with its bytes and signature text, newest first, read one at a time
    (a reader that stops at the newest valid one reads one file, not one per sign-off)."""
    for _seq, path in checkpoint_files(folder):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        try:
            sig = path.with_name(path.name + ".sig").read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError):
            sig = None
        yield path, data, sig


def restore_checkpoint_file(
    folder: Path,
    event: core_audit.AuditEvent | None,
    verifies: Callable[[core_audit.AuditEvent, Checkpoint], bool],
) -> Path | None:
    """Write the newest checkpoint's file again from the chain, when it is missing.

    The checkpoint is committed with its event and its file is written just after, so a desk
    killed in between (power cut, SIGKILL) leaves a signed checkpoint in the chain with no file.
    Nothing is lost; this writes exactly the committed bytes and signature. It never overwrites
    or outranks a file that is there: when a file for this checkpoint or a newer one exists (valid
    or not), that file is evidence for ``reviewer verify`` and is left as is. ``verifies(event,
    checkpoint)`` says whether the event's signature is good (one that is not is never copied
    out). Returns the file written, or None when there was nothing to restore.
    """
    if event is None or not event.signature:
        return None
    try:
        cp = core_audit.parse_checkpoint(event.payload_json)
    except ReviewerError:
        return None
    if (folder / checkpoint_file_name(cp.seq)).exists():
        return None  # the usual case, answered without listing one file per sign-off
    present = checkpoint_files(folder)
    if present and present[0][0] > cp.seq:  # a newer file: it pins the chain, leave it to verify
        return None
    if not verifies(event, cp):
        return None
    return write_checkpoint_file(folder, cp, event.signature)
