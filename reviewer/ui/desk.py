"""Start the review desk: QApplication, language, theme, window, player, and a clean shutdown.

Startup is in two steps so that the window is on screen at once: the light window (menus, status
bar, "Opening the library…") is shown first; the library, the player and the panels are built
right after its first paint (:meth:`MainWindow.bind`), then the top clip is loaded paused on its
first frame with the keyboard focus on the queue.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewer.errors import ReviewerError
from reviewer.ui import messages
from reviewer.ui.i18n import LanguageSwitcher, resolve_language
from reviewer.ui.main_window import MainWindow
from reviewer.ui.theme import apply_theme

log = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once, reused if it exists), themed."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0] if sys.argv else "reviewer"])
        app.setApplicationName("reviewer")
        app.setApplicationDisplayName("Reviewer")
        app.setOrganizationName("reviewer")
    apply_theme(app)
    return app


def _switcher(app: QApplication, settings) -> LanguageSwitcher:
    switcher = LanguageSwitcher(app, app)
    switcher.apply(resolve_language(settings.language))
    return switcher


def bind_desk(window: MainWindow, services, *, player=None) -> MainWindow:
    """Give a light window its library and player (a new libvlc Player unless one is given)."""
    if player is None:
        from reviewer.media.player import Player

        player = Player()
    window.bind(services, player)
    return window


def create_desk(services, app: QApplication, *, demo: bool = False, player=None) -> MainWindow:
    """Build the complete main window on ``services`` (not shown yet); tests and benchmarks use this."""
    window = MainWindow(services.settings, _switcher(app, services.settings), demo=demo)
    return bind_desk(window, services, player=player)


def show_desk(window: MainWindow) -> None:
    """Show a bound window, then load the top clip paused on its first frame, focus on the queue."""
    window.show()
    window.raise_()
    window.activateWindow()
    # After the first show: the video surface has its native window id for libvlc by then.
    QTimer.singleShot(0, window.load_first_clip)


class _AfterFirstPaint(QObject):
    """Runs ``action`` once, on the event loop turn after ``widget`` was first painted."""

    def __init__(self, widget, action: Callable[[], None], fallback_ms: int = 500) -> None:
        super().__init__(widget)
        self._action = action
        self._done = False
        widget.installEventFilter(self)
        # Some platforms (offscreen) may never paint an unexposed window: do not wait forever.
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        """Wait for the first Paint."""
        if event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        if self._done:
            return
        self._done = True
        self.parent().removeEventFilter(self)
        self._action()


def _close_on_signals(window: MainWindow) -> None:
    """Ctrl+C in the terminal or SIGTERM closes the window the normal way (coverage saved)."""
    import signal

    def close(_signum, _frame) -> None:
        QTimer.singleShot(0, window.close)

    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            signal.signal(sig, close)
        except (ValueError, OSError):  # not the main thread, or not supported here
            pass
    # Python runs signal handlers only between bytecodes: wake it up now and then.
    timer = QTimer(window, interval=250)
    timer.timeout.connect(lambda: None)
    timer.start()


def run_desk(services, demo: bool = False, *, home: Path | None = None, settings=None, offer=None) -> int:
    """Open the desk and run the event loop until the window closes; returns the exit code.

    ``services`` is either the built ``Services`` or a zero-argument callable that builds them
    (then pass ``home`` or ``settings`` for the window's geometry and language, and the desk
    closes the services it built). With the callable, the window is on screen before the library
    is opened — the heavy imports and the database come after its first paint. ``offer`` (paths)
    opens Add clips with them once the first clip is on screen (``reviewer PACKAGE.zip``).
    """
    lazy = callable(services) and not hasattr(services, "library")
    if lazy and settings is None:
        from reviewer.config import Settings

        if home is None:
            raise ValueError("run_desk with a services factory needs home= or settings=")
        settings = Settings.load(Path(home))
    elif not lazy:
        settings = services.settings
    app = application()
    messages.install_excepthook()
    built: list = []
    failure: list[int] = []
    window = MainWindow(settings, _switcher(app, settings), demo=demo)
    if offer:
        window.offer_for_ingest(offer)

    def build() -> None:
        try:
            svc = services() if lazy else services
            if lazy:
                built.append(svc)
            bind_desk(window, svc)
        except ReviewerError as exc:
            log.error("cannot open the desk: %s", exc.message)
            window.show_startup_error(exc.message)
            box = QMessageBox(QMessageBox.Icon.Critical, window.windowTitle(), exc.message, QMessageBox.StandardButton.Ok, window)
            box.exec()
            failure.append(exc.exit_code)
            window.close()
            return
        window.load_first_clip()

    _close_on_signals(window)
    try:
        window.show()
        window.raise_()
        window.activateWindow()
        _AfterFirstPaint(window, build)
        code = app.exec()
        window.shutdown()  # no-op after closeEvent; covers app.quit() from elsewhere
        window.deleteLater()
        app.processEvents()
        return failure[0] if failure else int(code)
    finally:
        messages.uninstall_excepthook()
        for svc in built:
            svc.close()
