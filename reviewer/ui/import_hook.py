"""PySide6's import hook, answered more cheaply.

PySide6 replaces ``__import__`` and, after every module imported in the process, asks whether
that module's source mentions "PySide6" (PYSIDE-2029: for its opt-in ``from __feature__ import``
switches, which the desk does not use). It asks through ``inspect.getsource``, which decodes the
whole file, splits it into lines and keeps them in ``linecache``: for the desk ~4 ms before its
window's first paint and ~45 ms while the library opens (~280 modules; bench.desk).

:func:`install` gives the same answer by searching the file's bytes for ``b"PySide6"``. Anything
else (no ``__file__``, not a ``.py`` file, a file that cannot be read) still goes to PySide6's own
function, and where PySide6 has no such hook nothing is changed.
"""

from __future__ import annotations

import sys
from types import ModuleType

_HOOK = "_mod_uses_pyside"  # the function of shibokensupport.feature that feature_imported() calls
_MARK = "_reviewer_reads_bytes"
_UPSTREAM = "upstream"  # PySide6's own function, kept on ours (the tests compare the two)


def install() -> bool:
    """Answer PySide6's per-import question from the file's bytes; False when there is no hook
    (another PySide6) or it is already installed."""
    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, _HOOK, None)
    if feature is None or not callable(upstream) or getattr(upstream, _MARK, False):
        return False

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(upstream(module))

    setattr(uses_pyside, _MARK, True)
    setattr(uses_pyside, _UPSTREAM, upstream)
    setattr(feature, _HOOK, uses_pyside)
    return True
