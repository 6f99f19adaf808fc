"""Start the review desk: QApplication, language, theme, window, player, and a clean shutdown.

Startup is in steps so that the window is on screen at once: the light window (menus, status
bar, "Opening the library…") is shown first; right after its first paint libvlc starts and the top
clip is put on screen paused on its first frame (read straight from the database);
then the library opens on a thread and the panels are built (:meth:`MainWindow.bind`), taking
that clip over, with the keyboard focus on the queue.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from reviewer.errors import ReviewerError
from reviewer.ui import messages
from reviewer.ui.i18n import LanguageSwitcher, resolve_language
from reviewer.ui.main_window import MainWindow
from reviewer.ui.theme import apply_theme

log = logging.getLogger(__name__)


# The library opens at the latest this long after the top clip began opening, on screen or not.
_LIBRARY_WAIT_MS = 1500


def _when_on_screen(window: MainWindow, player, start: Callable[[], None]) -> None:
    """Call ``start`` once the early player has its clip on screen (paused, or it ended or failed),
    or after :data:`_LIBRARY_WAIT_MS`, whichever comes first; once."""
    started: list[bool] = []

    def go(state: str | None = None) -> None:
        if started or (state is not None and state not in ("paused", "ended", "error", "playing")):
            return
        started.append(True)
        player.state_changed.disconnect(go)
        start()

    player.state_changed.connect(go)
    QTimer.singleShot(_LIBRARY_WAIT_MS, window, go)


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once, reused if it exists), themed."""
    app = QApplication.instance()
    made = app is None
    if app is None:
        args = argv if argv is not None else [sys.argv[0] if sys.argv else "reviewer"]
        # The desk's style given as Qt's own -style option: the application's first style is then
        # Fusion. Set after the application is made, Qt re-polishes the application for it (bench.desk:
        # ~6 ms of the window's first paint).
        app = QApplication([*args[:1], "-style", "fusion", *args[1:]])
        app.setApplicationName("reviewer")
        app.setApplicationDisplayName("Reviewer")
        app.setOrganizationName("reviewer")
    assert isinstance(app, QApplication)  # the desk needs a widgets application, not a bare QCoreApplication
    apply_theme(app, fusion=made)
    return app


def _switcher(app: QApplication, settings) -> LanguageSwitcher:
    switcher = LanguageSwitcher(app, app)
    switcher.apply(resolve_language(settings.language))
    return switcher


def _install_extensions(window: MainWindow, services) -> None:
    """Add the desk's other parts through the window's public hooks: the round trip with the
    editors (Changes tab, A/B compare, note actions, change request) and the statistics
    (publications, the "Hiệu quả" view). The desk still opens for reviewing if one fails."""
    try:
        from reviewer.ui.roundtrip_integration import install_roundtrip

        window.roundtrip = install_roundtrip(window, services)
    except Exception as exc:  # the desk must still open for reviewing
        log.exception("round-trip panels could not be installed")
        messages.report_exception(exc, "")
    try:
        from reviewer.ui.stats_integration import install_stats

        window.stats = install_stats(window, services)
    except Exception as exc:  # the desk must still open for reviewing
        log.exception("statistics could not be installed")
        messages.report_exception(exc, "")


def bind_desk(window: MainWindow, services, *, player=None) -> MainWindow:
    """Give a light window its library and player (the one it already opened the top clip with,
    else a new libvlc Player, unless one is given)."""
    if player is None:
        player = window.early_player()
    if player is None:
        from reviewer.media.player import Player

        player = Player()
    window.bind(services, player)
    _install_extensions(window, services)
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
        # Some platforms (offscreen) may never paint an unexposed window: do not wait forever. A
        # child timer (it dies with this filter) rather than singleShot() with a context object,
        # whose first call builds PySide6's QMetaMethod enums before the first paint (~1 ms).
        fallback = QTimer(self)
        fallback.setSingleShot(True)
        fallback.timeout.connect(self._fire)
        fallback.start(fallback_ms)

    def eventFilter(self, obj, event) -> bool:
        """Wait for the first Paint."""
        if event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        if self._done:
            return
        self._done = True
        widget = self.parent()
        assert widget is not None  # the watched widget owns this filter
        widget.removeEventFilter(self)
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


def run_desk(
    services,
    demo: bool = False,
    *,
    home: Path | None = None,
    settings=None,
    offer=None,
    db_url: str | None = None,
    after_paint: Callable[[], None] | None = None,
) -> int:
    """Open the desk and run the event loop until the window closes; returns the exit code.

    ``services`` is either the built ``Services`` or a zero-argument callable that builds them
    (then pass ``home`` or ``settings`` for the window's geometry and language, and the desk
    closes the services it built). With the callable, the window is on screen before the library
    is opened — given ``db_url``, the top clip's first frame is put on screen right after its
    first paint, then the heavy imports and the database come on a thread of their own.
    ``offer`` (paths) opens Add clips with them once the first clip is on screen
    (``reviewer PACKAGE.zip``). ``after_paint`` runs first thing after the first paint (the log).
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

    def fail(message: str, exit_code: int) -> None:
        log.error("cannot open the desk: %s", message)
        window.show_startup_error(message)
        from PySide6.QtWidgets import QMessageBox  # here: only a failed start needs it

        box = QMessageBox(
            QMessageBox.Icon.Critical, window.windowTitle(), message, QMessageBox.StandardButton.Ok, window
        )
        box.exec()
        failure.append(exit_code)
        window.close()

    def bind(svc) -> None:
        if lazy:
            built.append(svc)
        try:
            bind_desk(window, svc)
        except ReviewerError as exc:
            fail(exc.message, exc.exit_code)
            return
        window.load_first_clip()
        # A library without a station (or without anyone enrolled) offers its setup, without
        # blocking the review: the dialog is window-modal and opens after the first clip.
        from reviewer.ui.first_run import offer_first_run

        QTimer.singleShot(0, window, lambda: setattr(window, "first_run", offer_first_run(window, svc)))

    def crashed(exc: BaseException) -> None:
        messages.report_exception(exc, "")
        failure.append(3)
        window.close()

    threads: list = []  # the library opening (LibraryThread)

    def build() -> None:
        _close_on_signals(window)  # here: the window's first paint does not wait for it
        if after_paint is not None:
            after_paint()
        if not lazy:
            bind(services)
            return
        # The top clip first, the library after: the library's imports and queries would hold
        # Python's lock against the player's steps while it opens the clip, and both would be
        # later (bench.desk: the first clip on screen 1.22 -> 0.91 s, the panels no later).
        early = False
        if db_url and home is not None:
            try:
                early = window.start_picture(db_url, Path(home))
            except Exception:  # only a head start: the library opens anyway
                log.exception("could not put the top clip on screen early")
        from reviewer.ui.library_thread import LibraryThread  # after the first paint: QThread's type

        thread = LibraryThread(services, window)
        thread.ready.connect(bind)
        thread.failed.connect(fail)
        thread.crashed.connect(crashed)
        threads.append(thread)
        player = window.early_player() if early else None
        if player is None:
            thread.start()
        else:
            _when_on_screen(window, player, thread.start)

    try:
        window.show()
        window.raise_()
        window.activateWindow()
        _AfterFirstPaint(window, build)
        code = app.exec()
        for thread in threads:
            thread.wait()  # the library finishes opening (then closes) before the process ends
            late = getattr(thread, "services", None)
            if late is not None and late not in built:
                built.append(late)
        window.shutdown()  # no-op after closeEvent; covers app.quit() from elsewhere
        window.deleteLater()
        app.processEvents()
        return failure[0] if failure else int(code)
    finally:
        messages.uninstall_excepthook()
        for svc in built:
            svc.close()
