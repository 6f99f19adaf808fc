"""Keep secrets out of core files: called before any private key is decrypted.

A process that unlocks a signing or station key sets its core-file limit to zero and, on Linux,
marks itself non-dumpable (``prctl(PR_SET_DUMPABLE, 0)``): no core file, no ``/proc/<pid>/mem``
reading or ptrace by other processes of the same user. Both are one-way for the process, which is
what we want: once a key was in memory, it stays protected until the process ends.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

__all__ = ["dumpable", "no_core_dumps"]

log = logging.getLogger(__name__)
_PR_SET_DUMPABLE = 4
_PR_GET_DUMPABLE = 3
_done = False


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    return ctypes.CDLL(name, use_errno=True) if name else None


def no_core_dumps() -> None:
    """RLIMIT_CORE 0 (soft and hard) and, on Linux, PR_SET_DUMPABLE 0; idempotent."""
    global _done
    if _done:
        return
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError) as exc:  # Windows has no resource module
        log.debug("cannot lower RLIMIT_CORE: %s", exc)
    if sys.platform.startswith("linux"):
        try:
            libc = _libc()
            if libc is not None and libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                log.warning("prctl(PR_SET_DUMPABLE, 0) failed: errno %d", ctypes.get_errno())
        except (OSError, AttributeError) as exc:
            log.warning("prctl(PR_SET_DUMPABLE) unavailable: %s", exc)
    _done = True


def dumpable() -> bool | None:
    """Whether this process may still dump core (None where it cannot be asked)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = _libc()
        return bool(libc.prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0)) if libc is not None else None
    except (OSError, AttributeError):
        return None
