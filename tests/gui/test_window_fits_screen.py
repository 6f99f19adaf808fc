"""A window size saved on a larger screen (or the default size) never runs past a smaller screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from reviewer.ui.window_state import WindowState, _b64


class _Settings:
    window_geometry = ""
    window_state = ""


@pytest.mark.parametrize("saved", [(3000, 1900), None])
def test_a_restored_window_fits_the_available_screen(qtbot, saved):
    settings = _Settings()
    if saved is not None:
        big = QWidget()
        qtbot.addWidget(big)
        big.resize(*saved)
        settings.window_geometry = _b64(big.saveGeometry())
    window = QWidget()
    qtbot.addWidget(window)
    window.restoreState = lambda state: None  # a plain widget has no dock state
    screen = window.screen().availableGeometry()
    WindowState(window, settings).restore_geometry()
    assert window.width() <= screen.width() and window.height() <= screen.height()
    assert screen.contains(window.geometry())
