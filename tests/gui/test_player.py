"""The libvlc player facade with real decoding and real video output (Xvfb, Qt on xcb).

Run: ``xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/pytest tests/gui/test_player.py``.
Pictures are checked by grabbing the widget's window from the X server: a black or uniform
frame means libvlc found no video output (vlc-plugin-video-output missing) or drew elsewhere.
"""

from __future__ import annotations

import itertools
import os
import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from reviewer.core.coverage import IntervalSet, PlaybackTracker, is_fully_covered
from reviewer.media.player import Player
from reviewer.media.synth import make_clip
from tests.gui.video_support import grab

pytestmark = pytest.mark.video

INDEX_FPS = 25
INDEX_FRAMES = 60  # 2.4 s


def _index_painter(i: int, width: int, height: int) -> bytes:
    # The frame number in two colour channels, 8 levels each: survives YUV 4:2:0 and scaling.
    return bytes([(i % 8) * 32 + 16, ((i // 8) % 8) * 32 + 16, 128]) * (width * height)


@pytest.fixture(scope="module")
def index_clip(tmp_path_factory) -> Path:
    """Every frame a flat colour that encodes its number (0..59), 25 fps, GOP of 25 frames."""
    path = tmp_path_factory.mktemp("index") / "index.mp4"
    return make_clip(
        path, seconds=INDEX_FRAMES / INDEX_FPS, width=320, height=240, fps=INDEX_FPS, painter=_index_painter
    )


# --------------------------------------------------------------------------------------------
# helpers (the ``view`` and ``player`` fixtures: tests/gui/conftest.py)


def luminance_stats(image: QImage, step: int = 8) -> tuple[float, float]:
    """Mean and variance of luminance (0..255) on a grid of samples."""
    values = []
    for y in range(step // 2, image.height(), step):
        for x in range(step // 2, image.width(), step):
            c = image.pixelColor(x, y)
            values.append(0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue())
    mean = sum(values) / len(values)
    return mean, sum((v - mean) ** 2 for v in values) / len(values)


def shown_frame(widget: QWidget) -> int:
    """The frame number of the index clip on screen (see ``_index_painter``), -1 for no such frame."""
    image = grab(widget)
    c = image.pixelColor(image.width() // 2, image.height() // 2)
    if abs(c.blue() - 128) > 12 or abs(c.red() % 32 - 16) > 10 or abs(c.green() % 32 - 16) > 10:
        return -1  # black, background, or not a frame of the index clip
    return c.red() // 32 + 8 * (c.green() // 32)


def wait_frame(qtbot, widget: QWidget, frame: int, timeout: int = 3000) -> None:
    """Wait until the index clip's ``frame`` is on screen; say what was shown instead."""
    seen: list[int] = []

    def shown() -> bool:
        seen.append(shown_frame(widget))
        return seen[-1] == frame

    try:
        qtbot.waitUntil(shown, timeout=timeout)
    except qtbot.TimeoutError:
        pytest.fail(f"frame {frame} never shown; saw {seen[:3]}...{seen[-3:]}")


def has_picture(widget: QWidget) -> bool:
    mean, variance = luminance_stats(grab(widget))
    return mean > 20 and variance > 100


def open_paused(qtbot, player: Player, path: Path, fps: float | None = None) -> None:
    """Load and wait until the clip sits paused on its first frame."""
    with (
        qtbot.waitSignals([player.media_loaded, player.first_frame_shown], timeout=10_000),
        qtbot.waitSignal(player.state_changed, timeout=10_000, check_params_cb=lambda s: s == "paused"),
    ):
        player.load(str(path), fps=fps)


def play_until(qtbot, player: Player, ms: int, timeout: int = 8000) -> None:
    player.play()
    qtbot.waitUntil(lambda: player.position_ms() >= ms, timeout=timeout)


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS in /proc/self/status")


# --------------------------------------------------------------------------------------------
# opening


def test_opens_paused_on_its_first_frame(qtbot, player, view, index_clip):
    loaded = []
    player.media_loaded.connect(lambda d, f: loaded.append((d, f)))
    open_paused(qtbot, player, index_clip)
    assert loaded == [(2400, 25.0)]
    assert player.state() == "paused"
    assert player.position_ms() == 0
    wait_frame(qtbot, view, 0)
    # Still paused a moment later: nothing plays on its own.
    with qtbot.assertNotEmitted(player.position_changed, wait=300):
        pass
    assert shown_frame(view) == 0


def test_plays_into_the_widget_and_the_picture_is_not_black(qtbot, player, view, generated_clip, tmp_path):
    open_paused(qtbot, player, generated_clip)
    with qtbot.waitSignal(player.state_changed, check_params_cb=lambda s: s == "playing", timeout=5000):
        player.play()
    qtbot.waitUntil(lambda: player.position_ms() >= 800, timeout=5000)
    qtbot.waitUntil(lambda: has_picture(view), timeout=3000)
    first = grab(view)
    shot = tmp_path / "player_playing_640x360.png"
    assert first.save(str(shot))
    if os.environ.get("PLAYER_SCREENSHOT"):
        shutil.copy(shot, os.environ["PLAYER_SCREENSHOT"])
    mean, variance = luminance_stats(first)
    assert mean > 40 and variance > 500, f"frame looks black/flat: mean={mean:.0f} var={variance:.0f}"
    # The pattern scrolls every frame: a later grab differs.
    qtbot.waitUntil(lambda: grab(view) != first, timeout=2000)


def test_position_advances_smoothly_while_playing(qtbot, player, generated_clip):
    open_paused(qtbot, player, generated_clip)
    seen: list[int] = []
    player.position_changed.connect(seen.append)
    play_until(qtbot, player, 1500)
    assert seen == sorted(seen), "the playhead went backwards during playback"
    steps = [b - a for a, b in itertools.pairwise(seen)]
    # Reported every ~40 ms, not in libvlc's 250 ms steps.
    assert len(seen) >= 20 and max(steps) <= 300, steps


# --------------------------------------------------------------------------------------------
# transport


def test_pause_stops_position_and_picture(qtbot, player, view, generated_clip):
    open_paused(qtbot, player, generated_clip)
    play_until(qtbot, player, 700)
    with qtbot.waitSignal(player.state_changed, check_params_cb=lambda s: s == "paused"):
        player.pause()
    at = player.position_ms()
    qtbot.wait(150)  # the snap to the reported frame lands
    still = grab(view)
    with qtbot.assertNotEmitted(player.position_changed, wait=500):
        pass
    assert player.position_ms() == at
    assert grab(view) == still


def test_pause_shows_the_frame_it_reports(qtbot, player, view, index_clip):
    open_paused(qtbot, player, index_clip)
    play_until(qtbot, player, 900)
    player.pause()
    expected = player.position_ms() * INDEX_FPS // 1000
    wait_frame(qtbot, view, expected % 64)


def test_seek_moves_position_and_picture(qtbot, player, view, index_clip):
    open_paused(qtbot, player, index_clip)
    with qtbot.waitSignals([player.seeked, player.position_changed], timeout=1000):
        player.seek(1000)
    assert player.position_ms() == 1000 and player.state() == "paused"
    wait_frame(qtbot, view, 25)
    player.seek(480)  # backwards, to an exact frame boundary that is not a keyframe
    wait_frame(qtbot, view, 12)
    # While playing, a seek continues from the new place.
    play_until(qtbot, player, 600)
    player.seek(1600)
    assert player.position_ms() >= 1600
    qtbot.waitUntil(lambda: player.position_ms() >= 1800, timeout=3000)
    assert player.state() == "playing"


def test_frame_steps_show_the_neighbouring_frames(qtbot, player, view, index_clip):
    open_paused(qtbot, player, index_clip, fps=25.0)
    player.seek(400)
    wait_frame(qtbot, view, 10)
    for direction, frame in ((+1, 11), (+1, 12), (+1, 13), (-1, 12), (-1, 11), (-1, 10), (-1, 9)):
        player.step_frame(direction)
        assert player.position_ms() == frame * 40
        wait_frame(qtbot, view, frame)
    # Stepping while playing pauses first.
    play_until(qtbot, player, 800)
    player.step_frame(+1)
    assert player.state() == "paused"


def test_stepping_backwards_through_the_ending(qtbot, player, view, index_clip):
    """libvlc 3 leaves paused seeks near the end stale; the player hops around that."""
    open_paused(qtbot, player, index_clip, fps=25.0)
    player.seek(10_000)  # clamped to the last frame
    assert player.position_ms() == (INDEX_FRAMES - 1) * 40
    wait_frame(qtbot, view, INDEX_FRAMES - 1)
    for frame in range(INDEX_FRAMES - 2, INDEX_FRAMES - 10, -1):
        player.step_frame(-1)
        wait_frame(qtbot, view, frame)


def test_playing_to_the_end(qtbot, player, view, generated_clip):
    open_paused(qtbot, player, generated_clip)
    player.seek(2000)
    reports: list[tuple[int, str]] = []
    player.position_changed.connect(lambda ms: reports.append((ms, player.state())))
    with qtbot.waitSignal(player.state_changed, check_params_cb=lambda s: s == "ended", timeout=8000):
        player.play()
    # The end is reported while still playing, so it can count as watched.
    assert (3000, "playing") in reports
    # Play again starts from the beginning.
    reports.clear()
    with qtbot.waitSignal(player.state_changed, check_params_cb=lambda s: s == "playing", timeout=8000):
        player.play()
    qtbot.waitUntil(lambda: player.position_ms() >= 300, timeout=5000)
    assert reports[0][0] == 0 and player.position_ms() < 2000


def test_loop_starts_again_instead_of_ending(qtbot, player, generated_clip):
    open_paused(qtbot, player, generated_clip)
    player.set_loop(True)
    states: list[str] = []
    player.state_changed.connect(states.append)
    player.seek(2500)
    with qtbot.waitSignal(player.seeked, check_params_cb=lambda ms: ms == 0, timeout=8000):
        player.play()
    qtbot.waitUntil(lambda: 200 <= player.position_ms() < 2000, timeout=5000)
    assert "ended" not in states and player.state() == "playing"


def test_rate_is_clamped_and_jkl_shuttles(qtbot, player, generated_clip):
    open_paused(qtbot, player, generated_clip)
    rates: list[float] = []
    player.rate_changed.connect(rates.append)
    player.set_rate(0.1)
    player.set_rate(10)
    assert rates == [0.25, 4.0]
    player.set_rate(1.0)
    rates.clear()
    for _ in range(3):
        player.shuttle(+1)  # L, L, L
    assert rates == [1.0, 2.0, 4.0] and player.rate() == 4.0
    qtbot.waitUntil(lambda: player.state() == "playing", timeout=5000)
    qtbot.waitUntil(lambda: player.position_ms() >= 1500, timeout=5000)
    # J: libvlc cannot play backwards; the playhead walks back while paused.
    player.shuttle(-1)
    assert rates[-1] == -1.0 and player.state() == "paused"
    start = player.position_ms()
    qtbot.waitUntil(lambda: player.position_ms() <= start - 200, timeout=3000)
    player.shuttle(-1)
    assert rates[-1] == -2.0 and player.shuttle_speed() == -2.0
    player.shuttle(0)  # K
    assert player.state() == "paused" and rates[-1] == 4.0
    here = player.position_ms()
    with qtbot.assertNotEmitted(player.position_changed, wait=300):
        pass
    assert player.position_ms() == here
    player.shuttle(+1)  # L after J starts again at 1x forwards
    assert rates[-1] == 1.0
    qtbot.waitUntil(lambda: player.state() == "playing", timeout=5000)


def test_volume_and_mute(qtbot, player, generated_clip):
    changes: list[tuple[int, bool]] = []
    player.volume_changed.connect(lambda v, m: changes.append((v, m)))
    player.set_volume(150)
    player.set_muted(True)
    player.set_volume(-3)
    player.set_muted(False)
    assert changes == [(100, False), (100, True), (0, True), (0, False)]
    open_paused(qtbot, player, generated_clip)
    play_until(qtbot, player, 300)
    assert player.volume() == 0 and not player.is_muted()


def test_caption_overlay_shows_and_hides(qtbot, player, view, tmp_path):
    # A flat grey clip: white caption text is then the only thing with contrast.
    grey = make_clip(
        tmp_path / "grey.mp4",
        seconds=2.0,
        width=640,
        height=360,
        fps=25,
        audio=False,
        painter=lambda i, w, h: bytes([90, 90, 90]) * (w * h),
    )
    srt = tmp_path / "captions.srt"
    srt.write_text("1\n00:00:00,000 --> 00:00:10,000\nKIỂM DUYỆT ĐÃ XEM\n", encoding="utf-8")
    open_paused(qtbot, player, grey)
    player.set_subtitle_file(srt)
    player.set_subtitles_visible(True)
    play_until(qtbot, player, 400)
    qtbot.waitUntil(lambda: luminance_stats(grab(view), step=2)[1] > 20, timeout=5000)
    if os.environ.get("PLAYER_SCREENSHOT"):
        grab(view).save(str(Path(os.environ["PLAYER_SCREENSHOT"]).with_name("captions.png")))
    player.set_subtitles_visible(False)
    qtbot.waitUntil(lambda: luminance_stats(grab(view), step=2)[1] < 5, timeout=5000)
    # Captions belong to their clip: the next clip opens without them.
    player.set_subtitles_visible(True)
    open_paused(qtbot, player, grey)
    play_until(qtbot, player, 400)
    assert luminance_stats(grab(view), step=2)[1] < 5


# --------------------------------------------------------------------------------------------
# coverage through the real player


def wire_tracker(player: Player) -> PlaybackTracker:
    tracker = PlaybackTracker()
    player.seeked.connect(lambda ms: tracker.on_seek(ms, time.monotonic()))
    player.position_changed.connect(
        lambda ms: tracker.on_position(ms, time.monotonic(), playing=player.state() == "playing", rate=player.rate())
    )
    return tracker


def test_watching_to_the_end_at_1x_is_full_coverage(qtbot, player, generated_clip):
    tracker = wire_tracker(player)
    open_paused(qtbot, player, generated_clip)
    with qtbot.waitSignal(player.state_changed, check_params_cb=lambda s: s == "ended", timeout=10_000):
        player.play()
    watched = tracker.flush()
    assert is_fully_covered(watched, player.duration_ms(), tolerance_ms=250), watched


def test_seeking_past_a_stretch_leaves_it_unwatched(qtbot, player, generated_clip):
    tracker = wire_tracker(player)
    open_paused(qtbot, player, generated_clip)
    play_until(qtbot, player, 500)
    player.seek(2000)
    with qtbot.waitSignal(player.state_changed, check_params_cb=lambda s: s == "ended", timeout=10_000):
        pass
    watched = tracker.flush()
    assert not is_fully_covered(watched, player.duration_ms())
    gap = watched.gaps(0, 3000)
    assert gap.intersect_range(700, 1900) == IntervalSet([(700, 1900)]), watched
    assert watched.covers(2500) and watched.covers(100)


# --------------------------------------------------------------------------------------------
# failures and robustness


def test_a_broken_file_reports_an_error_and_the_player_recovers(qtbot, player, view, broken_clip, generated_clip):
    with qtbot.waitSignal(player.error_occurred, timeout=15_000) as blocker:
        player.load(str(broken_clip))
    assert "broken.mp4" in blocker.args[0]
    assert player.state() == "error"
    player.play()  # harmless
    assert player.state() == "error"
    open_paused(qtbot, player, generated_clip)
    play_until(qtbot, player, 300)
    qtbot.waitUntil(lambda: has_picture(view), timeout=3000)


def test_a_missing_file_reports_an_error(qtbot, player, tmp_path):
    with qtbot.waitSignal(player.error_occurred, timeout=5000) as blocker:
        player.load(str(tmp_path / "gone.mp4"))
    assert "gone.mp4" in blocker.args[0] and player.state() == "error"


def test_200_rapid_switches_neither_crash_nor_leak(qtbot, player, view, generated_clip, second_clip):
    open_paused(qtbot, player, generated_clip)
    for i in range(20):  # warm up decoders, windows and caches before measuring
        player.load(str((generated_clip, second_clip)[i % 2]))
        QApplication.processEvents()
    open_paused(qtbot, player, second_clip)
    before = rss_mb()
    for i in range(200):
        player.load(str((generated_clip, second_clip)[i % 2]), paused_on_first_frame=i % 3 != 0)
        if i % 5 == 0:
            player.play()
        QApplication.processEvents()
    open_paused(qtbot, player, generated_clip)
    after = rss_mb()
    assert after - before < 150, f"RSS grew {after - before:.0f} MB over 200 loads"
    assert player.duration_ms() == 3000
    play_until(qtbot, player, 300)
    qtbot.waitUntil(lambda: has_picture(view), timeout=3000)


@pytest.mark.timeout(30)
def test_shutdown_while_playing_returns_and_silences_the_player(qtbot, player, generated_clip):
    open_paused(qtbot, player, generated_clip)
    play_until(qtbot, player, 500)
    emitted: list[object] = []
    for signal in (player.position_changed, player.state_changed, player.error_occurred, player.first_frame_shown):
        signal.connect(lambda *a: emitted.append(a))
    player.shutdown()  # a hang here is a failure (timeout above)
    player.shutdown()  # idempotent
    player.play()
    player.seek(100)
    player.load(str(generated_clip))
    qtbot.wait(300)
    assert emitted == []
    assert player.state() == "idle"
