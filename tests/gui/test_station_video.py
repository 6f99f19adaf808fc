"""Camera and phone files in the real player (libvlc under Xvfb): they play, and a portrait phone
video stands upright (issue 13, problems 2 and 4).

libvlc applies a file's rotation flag (display matrix) by itself: looked at first (screenshots of
a 640x360 clip flagged -90, 90 and 180 degrees), the picture is turned as a phone shows it. The
test keeps it so: the white corner of the test picture must be where an upright picture has it.

Run: ``xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m pytest tests/gui/test_station_video.py``
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from reviewer.media.player import Player
from tests import station_media as media
from tests.gui.video_support import grab

pytestmark = pytest.mark.video


def _open(qtbot, player: Player, path: Path) -> None:
    with qtbot.waitSignal(player.first_frame_shown, timeout=10_000):
        player.load(str(path))
    qtbot.waitUntil(lambda: player.state() == "paused", timeout=10_000)


@pytest.mark.parametrize("name", sorted(media.CAMERA_FORMATS))
def test_camera_and_phone_formats_play_in_the_desk_player(qtbot, player, view, tmp_path, name):
    clip = media.camera_clip(tmp_path, name)
    _open(qtbot, player, clip)
    assert player.duration_ms() > 400

    def centre_red() -> int:
        image = grab(view)
        return image.pixelColor(image.width() // 2, image.height() // 2).red()

    # Flat grey, not the black window. "Paused" says the frame was decoded; on a loaded machine
    # the X server may draw it a moment later (a single grab once failed at load 8), so wait.
    try:
        qtbot.waitUntil(lambda: centre_red() > 20, timeout=5000)
    except qtbot.TimeoutError:
        pytest.fail(f"{name}: no picture in the player")
    player.play()
    qtbot.waitUntil(lambda: player.position_ms() > 300, timeout=8000)


def test_a_recorder_webm_without_a_duration_plays_to_its_length(qtbot, player, tmp_path):
    _open(qtbot, player, media.recorder_webm(tmp_path / "ghi.webm", seconds=2.0))
    assert abs(player.duration_ms() - 2000) < 100


def _picture_box(image: QImage) -> tuple[int, int, int, int]:
    """Where libvlc drew the picture: the bounding box of non-black pixels (x0, y0, x1, y1)."""
    xs, ys = [], []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if max(c.red(), c.green(), c.blue()) > 40:
                xs.append(x)
                ys.append(y)
    return min(xs), min(ys), max(xs), max(ys)


def _colour(image: QImage, x: int, y: int) -> str:
    c = image.pixelColor(x, y)
    if min(c.red(), c.green(), c.blue()) > 200:
        return "white"
    if c.red() > 180 and c.green() < 90:
        return "red"
    if c.green() > 120 and c.red() < 90:
        return "green"
    return "?"


@pytest.mark.parametrize(
    ("rotation", "white_corner", "portrait"),
    [
        (-90, "top-right", True),
        (90, "bottom-left", True),
        (180, "bottom-right", False),
    ],
)
def test_a_phone_video_with_a_rotation_flag_is_shown_upright(
    qtbot, player, view, tmp_path, rotation, white_corner, portrait
):
    _open(qtbot, player, media.portrait_phone_mov(tmp_path / "dien-thoai.mov", rotation=rotation))
    qtbot.wait(200)
    image = grab(view)
    if os.environ.get("STATION_SCREENSHOTS"):
        image.save(str(Path(os.environ["STATION_SCREENSHOTS"]) / f"rotation{rotation}.png"))
    x0, y0, x1, y1 = _picture_box(image)
    assert ((y1 - y0) > (x1 - x0)) == portrait, (x0, y0, x1, y1)
    inset = 8
    corners = {
        "top-left": (x0 + inset, y0 + inset),
        "top-right": (x1 - inset, y0 + inset),
        "bottom-left": (x0 + inset, y1 - inset),
        "bottom-right": (x1 - inset, y1 - inset),
    }
    assert {name for name, (x, y) in corners.items() if _colour(image, x, y) == "white"} == {white_corner}
    QApplication.processEvents()
