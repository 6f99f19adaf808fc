"""Shared fixtures for the GUI tests: real generated clips, a broken clip, an X11 display guard.

Only fixtures live here: nothing changes the environment or the Qt platform. Real-video tests
run under ``xvfb-run`` where Qt picks xcb by itself; elsewhere they skip (see ``x11_display``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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
    path.write_bytes(os.urandom(256 * 1024))
    return path


@pytest.fixture
def x11_display(qapp):
    """Skip unless Qt runs on X11 (xcb): libvlc can only draw into a native X11 child window."""
    if qapp.platformName() != "xcb":
        pytest.skip("real video needs an X11 display: run under xvfb-run (Qt then picks xcb)")
    return qapp
