"""Helpers shared by the real-video tests (test_player.py, test_station_video.py); their ``view``
and ``player`` fixtures are in tests/gui/conftest.py."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget


def grab(widget: QWidget) -> QImage:
    """What the X server shows in the widget's window (libvlc's child window included)."""
    return widget.screen().grabWindow(widget.winId()).toImage()
