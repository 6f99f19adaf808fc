"""Work-arounds for defects of the Qt binding that would otherwise crash the desk.

PySide6 6.12 on CPython 3.11 hands ``None``, ``True`` and ``False`` back to Python without taking
the reference it gives away: every call of a void method (``setText``, ``update``), every Python
slot or virtual override that returns ``None`` (``paintEvent``) and every ``Signal.emit`` costs the
singleton one reference. The desk makes tens of thousands of such calls a minute, so within seconds
the count reaches zero and the interpreter aborts ("Fatal Python error: none_dealloc"). CPython 3.12
made these objects immortal, which is exactly the state restored here for older interpreters: their
reference counts are lifted far out of reach once, before any Qt object exists.
"""

from __future__ import annotations

import ctypes
import sys

# 2**40 lost references is more than a desk running flat out for years can make, and far from the
# 2**63 where the signed count would overflow.
_HEADROOM = 1 << 40


def make_singletons_immortal() -> None:
    """Lift the reference counts of None/True/False out of reach (CPython < 3.12 only; idempotent)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in (None, True, False, ...):
        # ob_refcnt is the first field of every object in a CPython release build.
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value < _HEADROOM:
            count.value += _HEADROOM
