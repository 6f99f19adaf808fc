"""The one way non-UI code reaches the user, and the hook for uncaught exceptions.

Modeled on qutebrowser's ``utils/message.py``: code anywhere calls :func:`error`, :func:`warning`
or :func:`info`; the bridge is a QObject whose queued signals deliver the text to whichever window
listens (the main window shows errors in a dialog and infos in the status bar). Calls from a worker
thread are safe because the signals are queued onto the GUI thread.

:func:`install_excepthook` replaces ``sys.excepthook``: a bug is logged with its traceback and
shown as one readable dialog instead of killing the desk in the middle of a review.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal

from reviewer.errors import ReviewerError

log = logging.getLogger("reviewer.ui")


class MessageBridge(QObject):
    """Carries messages from any code to the UI.

    Signals:
        error_reported(str): a problem the user must see (shown in a dialog).
        warning_reported(str): something worth attention (status bar, highlighted).
        info_reported(str): a passing confirmation (status bar).
        internal_error_reported(str, str): a bug: one-line summary and the traceback text.
    """

    error_reported = Signal(str)
    warning_reported = Signal(str)
    info_reported = Signal(str)
    internal_error_reported = Signal(str, str)


global_bridge = MessageBridge()


def error(text: str) -> None:
    """Show ``text`` to the user as an error."""
    log.error("message: %s", text)
    global_bridge.error_reported.emit(text)


def warning(text: str) -> None:
    """Show ``text`` to the user as a warning."""
    log.warning("message: %s", text)
    global_bridge.warning_reported.emit(text)


def info(text: str) -> None:
    """Show ``text`` to the user in passing."""
    log.info("message: %s", text)
    global_bridge.info_reported.emit(text)


def report_exception(exc: BaseException, what: str) -> None:
    """Report an exception from an action: a ReviewerError's own message, anything else as a bug."""
    if isinstance(exc, ReviewerError):
        error(f"{what}: {exc.message}" if what else exc.message)
        return
    _report_bug(type(exc), exc, exc.__traceback__)


def _report_bug(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    import traceback

    text = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("internal error\n%s", text)
    summary = QCoreApplication.translate(
        "Messages", "Internal error: %1. The desk keeps running; details are in the log."
    ).replace("%1", f"{exc_type.__name__}: {exc}")
    global_bridge.internal_error_reported.emit(summary, text)


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    try:
        if isinstance(exc, ReviewerError):
            error(exc.message)
        else:
            _report_bug(exc_type, exc, tb)
    except Exception:  # noqa: BLE001 - the hook itself must never raise
        sys.__excepthook__(exc_type, exc, tb)


_previous_hook = None


def install_excepthook() -> None:
    """Route uncaught exceptions (e.g. raised in a Qt slot) to the log and a dialog."""
    global _previous_hook
    if sys.excepthook is not _excepthook:
        _previous_hook = sys.excepthook
        sys.excepthook = _excepthook


def uninstall_excepthook() -> None:
    """Restore the hook that was there before :func:`install_excepthook`."""
    global _previous_hook
    if sys.excepthook is _excepthook:
        sys.excepthook = _previous_hook or sys.__excepthook__
        _previous_hook = None


def connection_type():
    """How windows should connect to the bridge: queued, so messages from threads are safe."""
    # Imported here: the desk's first paint must not wait for the Qt namespace's enums.
    from PySide6.QtCore import Qt

    return Qt.ConnectionType.QueuedConnection
