"""The window's geometry and splitter positions, kept in ``config.toml`` between sessions.

One owner for what the user arranged: the main window's size and place, its state, and the
splitter between queue, clip and side column. Nothing else reads or writes those settings. A first start without saved positions gives the video the most room.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1400, 860)
# Shares of the width for the queue and the side column on a first start (the video gets the rest).
QUEUE_SHARE = 0.22
SIDE_SHARE = 0.34


def _b64(data: QByteArray) -> str:
    return bytes(data.toBase64()).decode("ascii")  # type: ignore[call-overload]  # QByteArray has the buffer protocol; stubs omit it


def _unb64(text: str) -> QByteArray:
    return QByteArray.fromBase64(text.encode("ascii"))


class WindowState(QObject):
    """Restores and saves the main window's geometry and splitters (``settings`` is the Settings)."""

    def __init__(self, window, settings, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.window = window
        self.settings = settings
        self.main_splitter: QSplitter | None = None
        self._placed = False

    def restore_geometry(self) -> None:
        """Size and place of the window (before it is shown)."""
        s = self.settings
        if s.window_geometry:
            self.window.restoreGeometry(_unb64(s.window_geometry))
        else:
            self.window.resize(*DEFAULT_SIZE)
        if s.window_state:
            self.window.restoreState(_unb64(s.window_state))
        self.fit_screen()

    def fit_screen(self) -> None:
        """Keep the window on its screen: a size saved on a larger screen, or the default size on a
        1280x720 one, would otherwise run past the edge (nothing clamps it without a window manager)."""
        screen = self.window.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        avail = screen.availableGeometry()
        g = self.window.geometry()
        w, h = min(g.width(), avail.width()), min(g.height(), avail.height())
        if (w, h) != (g.width(), g.height()):
            self.window.resize(w, h)
        x = min(max(g.x(), avail.x()), avail.x() + avail.width() - w)
        y = min(max(g.y(), avail.y()), avail.y() + avail.height() - h)
        if (x, y) != (g.x(), g.y()):
            self.window.move(x, y)

    def attach_splitters(self, main_splitter: QSplitter) -> None:
        """The splitter exists now: give it its saved positions."""
        self.main_splitter = main_splitter
        s = self.settings
        if s.splitter_main:
            main_splitter.restoreState(_unb64(s.splitter_main))

    def place_once(self) -> None:
        """After the first show: default positions where none were saved."""
        if self._placed or self.main_splitter is None:
            return
        self._placed = True
        # After the first layout pass, when the splitters know their real size.
        QTimer.singleShot(0, self._place_defaults)

    def _place_defaults(self) -> None:
        assert self.main_splitter is not None  # place_once() runs only after attach_splitters()
        if not self.settings.splitter_main:
            w = max(900, self.main_splitter.width())
            queue_column, side_column = self.main_splitter.widget(0), self.main_splitter.widget(2)
            assert queue_column is not None and side_column is not None  # the window's three columns
            queue = max(queue_column.minimumSizeHint().width(), int(w * QUEUE_SHARE))
            side = max(side_column.minimumSizeHint().width(), int(w * SIDE_SHARE))
            self.main_splitter.setSizes([queue, max(320, w - queue - side), side])

    def save(self) -> None:
        """Write the current arrangement into the settings (the caller saves the file)."""
        s = self.settings
        if not self.window.isFullScreen() and not getattr(self.window, "_fullscreen", False):
            s.window_geometry = _b64(self.window.saveGeometry())
        s.window_state = _b64(self.window.saveState())
        if self.main_splitter is not None:
            s.splitter_main = _b64(self.main_splitter.saveState())
