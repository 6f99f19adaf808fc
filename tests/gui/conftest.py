"""Shared fixtures for the GUI tests: real generated clips, a broken clip, an X11 display guard,
and the real player on a shown video surface (``view``, ``player``: test_player.py and
test_station_video.py).

Only fixtures live here (``tests/gui/video_support.py`` has the helpers the real-video tests
share): nothing changes the environment or the Qt platform. Real-video tests run under
``xvfb-run`` where Qt picks xcb by itself; elsewhere they skip (see ``x11_display``).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from reviewer.media.player import Player
from reviewer.media.synth import make_clip


@pytest.fixture(scope="session")
def generated_clip(tmp_path_factory) -> Path:
    """A real 3 s, 640×360, 25 fps H.264/AAC MP4 with a moving colour pattern."""
    return make_clip(tmp_path_factory.mktemp("clips") / "pattern-3s.mp4", seconds=3.0, width=640, height=360, fps=25)


@pytest.fixture(scope="session")
def second_clip(tmp_path_factory) -> Path:
    """Another real clip, different in every way: 2 s, 320×240, 30 fps, no audio."""
    return make_clip(
        tmp_path_factory.mktemp("clips") / "pattern-2s.mp4", seconds=2.0, width=320, height=240, fps=30, audio=False
    )


@pytest.fixture
def broken_clip(tmp_path) -> Path:
    """An .mp4 file of random bytes: no container, no stream, nothing to decode."""
    path = tmp_path / "broken.mp4"
    path.write_bytes(random.Random(2026).randbytes(256 * 1024))  # fixed: the same garbage every run
    return path


@pytest.fixture
def x11_display(qapp):
    """Skip unless Qt runs on X11 (xcb): libvlc can only draw into a native X11 child window."""
    if qapp.platformName() != "xcb":
        pytest.skip("real video needs an X11 display: run under xvfb-run (Qt then picks xcb)")
    return qapp


@pytest.fixture
def view(qtbot, x11_display) -> QWidget:
    """A shown 640×360 native widget with a black background, as the desk's video surface."""
    w = QWidget()
    w.setAttribute(Qt.WidgetAttribute.WA_NativeWindow, True)
    pal = w.palette()
    pal.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
    w.setPalette(pal)
    w.setAutoFillBackground(True)
    w.setFixedSize(640, 360)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def player(view) -> Player:
    """A real player bound to ``view``; shut down before the widget goes (the desk's order)."""
    p = Player()
    p.attach(view)
    yield p
    p.shutdown()
