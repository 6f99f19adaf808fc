"""Opening the desk from the command line: the Qt platform, the window first, the library after.

:mod:`reviewer.app` calls :func:`open_desk` when no command was given (and the CLI's ``demo``
command through the opener it is handed), so the command line itself never imports the desk.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reviewer.config import resolve_db_url, resolve_home


def open_desk(
    home_arg: str | None,
    db_arg: str | None,
    services_factory: Callable[[str | None, str | None], Any],
    *,
    demo: bool = False,
    offer: Sequence[Path] | None = None,
    after_paint: Callable[[Path], None] | None = None,
) -> int:
    """Open the review desk on the home's library and run it until it closes; the exit code.

    ``services_factory(home_arg, db_arg)`` builds the services (after the window's first paint
    and the top clip's first frame, on a thread of its own); ``after_paint(home)`` runs right after that paint (the log is set
    up there, before the player starts: it may speak before the library is open).
    """
    if sys.platform.startswith("linux") and os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        # libvlc can only embed into an X11 window: run Qt through XWayland.
        os.environ["QT_QPA_PLATFORM"] = "xcb"
    from reviewer.ui.desk import run_desk

    home = resolve_home(home_arg)
    return run_desk(
        lambda: services_factory(home_arg, db_arg),
        demo=demo,
        home=home,
        offer=list(offer) if offer else None,
        db_url=resolve_db_url(db_arg, home),
        after_paint=(lambda: after_paint(home)) if after_paint is not None else None,
    )
