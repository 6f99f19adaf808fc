"""The real desk (MainWindow, real libvlc under Xvfb) on a fresh library, for the desk's GUI tests.

``open_real_desk`` shows the window at a given size and language and waits until the top clip is
paused on its first frame; ``Keys`` presses keys where the keyboard focus is (as a user does) and
counts them.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication

from reviewer.ui.desk import application, create_desk


def needs_display() -> None:
    """Skip unless Qt runs on X11 (libvlc draws into a native X11 child window)."""
    if QGuiApplication.platformName() != "xcb":
        pytest.skip("real video needs an X11 display (run under xvfb-run with QT_QPA_PLATFORM=xcb)")


def open_real_desk(qtbot, services, *, language: str = "en", size=(1280, 800), player=None):
    """The desk with the real player, shown, the top clip paused on its first frame."""
    needs_display()
    services.settings.language = language
    window = create_desk(services, application(), player=player)
    window.resize(*size)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    with qtbot.waitSignal(window.clip_changed, timeout=15000):
        window.load_first_clip()
    qtbot.waitUntil(lambda: window.player.state() == "paused", timeout=8000)
    return window


def close_real_desk(window) -> None:
    panel = window.signoff.decision_panel
    if panel.dialog is not None:
        panel.dialog.reject()
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks only knows ASCII; Vietnamese needs the event text)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


class Keys:
    """Presses keys on whatever has the keyboard focus, and counts them."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot = qtbot
        self.window = window
        self.count = 0
        self.log: list[str] = []

    def press(self, key, modifiers=Qt.KeyboardModifier.NoModifier, *, text: str = "") -> None:
        target = QApplication.focusWidget() or self.window
        self.qtbot.keyClick(target, key, modifiers)
        self.count += 1
        self.log.append(text or str(key))
