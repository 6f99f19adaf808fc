"""The desk with real libvlc video under Xvfb: playback, transcript, coverage, notes, errors, switching.

Run with ``xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/pytest tests/gui -m video``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from reviewer.core.coverage import IntervalSet
from reviewer.core.timecode import timecode
from reviewer.ui.desk import application, create_desk
from tests.gui.desk_support import build_library
from tests.signoff_support import HEAD, enroll, fast_kdf, memory_keyring  # noqa: F401 - fixtures

pytestmark = pytest.mark.video

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def head_at_the_desk(services, memory_keyring, fast_kdf):
    """The head is enrolled (and the only one): the desk opens as them."""
    enroll(services)
    return HEAD[0]


def _needs_display():
    if QGuiApplication.platformName() != "xcb":
        pytest.skip("real video needs an X11 display (run under xvfb-run with QT_QPA_PLATFORM=xcb)")


def _open(qtbot, services, *, language: str = "en", size=(1280, 800)):
    _needs_display()
    services.settings.language = language
    app = application()
    window = create_desk(services, app)
    window.resize(*size)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    with qtbot.waitSignal(window.player.first_frame_shown, timeout=15000):
        window.load_first_clip()
    qtbot.waitUntil(lambda: window.player.state() == "paused", timeout=5000)
    return window


def _close(window) -> None:
    window.close()
    window.deleteLater()
    QApplication.processEvents()


@pytest.fixture
def video_desk(qtbot, services, tmp_path):
    """The desk with the real player on three 4-second generated clips."""
    build_library(services, tmp_path, count=3, seconds=4.0)
    window = _open(qtbot, services)
    yield window
    _close(window)


def _play_until(qtbot, window, ms: int, timeout: int = 8000) -> None:
    if window.player.state() != "playing":
        window.toggle_play()
    qtbot.waitUntil(lambda: window.player.position_ms() >= ms, timeout=timeout)


def test_opens_paused_on_the_first_frame_and_space_plays(video_desk, qtbot, services):
    w = video_desk
    assert w.current_clip().id == services.library.queue("pending")[0].id
    assert w.player.state() == "paused"
    assert w.player.position_ms() < 100
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.queue_pane.table)
    qtbot.keyClick(w.queue_pane.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: w.player.state() == "playing", timeout=5000)
    qtbot.waitUntil(lambda: w.player.position_ms() > 600, timeout=5000)
    assert w.transport.timecode_label.text() != "00:00:00:00"
    assert w.transport.seek_bar.position() > 0


def test_the_transcript_highlight_follows_playback(video_desk, qtbot):
    w = video_desk
    assert w.transcript_panel.current_row() == 0
    w.toggle_play()
    qtbot.waitUntil(lambda: w.transcript_panel.current_row() == 1, timeout=5000)
    assert 1000 <= w.player.position_ms() < 2300
    qtbot.waitUntil(lambda: w.transcript_panel.current_row() == 2, timeout=5000)


def test_coverage_grows_while_playing_and_not_while_seeking(video_desk, qtbot, services):
    w = video_desk
    version = w.current_version()
    assert w.coverage_fraction() == 0.0
    _play_until(qtbot, w, 1000)
    w.toggle_play()
    qtbot.waitUntil(lambda: w.player.state() == "paused")
    watched = w.coverage_intervals()
    assert 0.2 <= w.coverage_fraction() <= 0.5, watched
    assert watched.covers(500) and not watched.covers(2000)
    # Saved on pause, per person and version, so it survives a restart.
    stored = IntervalSet(services.library.coverage(version.id, HEAD[0]))
    assert stored == watched
    w.seek(3000)
    assert not w.coverage_intervals().covers(2000)  # the jump itself never counts
    with qtbot.waitSignal(w.player.state_changed, timeout=8000, check_params_cb=lambda s: s == "ended"):
        w.toggle_play()
    final = w.coverage_intervals()
    assert final.covers(3100) and final.covers(3800)
    assert not final.covers(2000) and not final.covers(2900)
    assert w.transport.coverage_text().endswith("%")
    assert 0.4 < w.coverage_fraction() < 0.8


def test_n_adds_a_note_at_the_current_time(video_desk, qtbot, services):
    w = video_desk
    _play_until(qtbot, w, 1500)
    qtbot.keyClick(w.queue_pane.table, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: w.note_dialog is not None)
    qtbot.waitUntil(lambda: w.player.state() == "paused")
    dialog = w.note_dialog
    at = w.player.position_ms()
    assert dialog.start_edit.text() == timecode(at, w.current_version().fps) or abs(at - 1500) < 800
    dialog.text_edit.setPlainText("Âm thanh bị rè ở đoạn này")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    notes = services.library.notes(w.current_clip().id, w.current_version().number)
    assert len(notes) == 1
    note = notes[0]
    assert note.text == "Âm thanh bị rè ở đoạn này" and note.author == HEAD[0]
    assert timecode(note.start_ms, 25.0) == dialog.start_edit.text()
    assert abs(note.start_ms - at) <= 40  # the frame shown when N was pressed
    assert w.notes_panel.tree.topLevelItemCount() == 1


def test_clicking_a_cue_seeks_there(video_desk, qtbot):
    w = video_desk
    w.side_tabs.setCurrentWidget(w.transcript_panel)
    view = w.transcript_panel.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=w.transcript_panel.cue_rect_center(2))
    qtbot.waitUntil(lambda: abs(w.player.position_ms() - 2000) <= 80, timeout=5000)
    assert w.transcript_panel.current_row() == 2
    assert w.transport.timecode_label.text() == "00:00:02:00"


CAPTION = "KIỂM DUYỆT ĐÃ XEM"


def _dark_captioned_clip(services, root: Path) -> str:
    """Ingest one 3 s clip of flat dark grey whose single caption cue covers all of it."""
    import json

    from reviewer.media.synth import make_clip

    src = root / "captioned"
    make_clip(
        src / "dark.mp4",
        seconds=3.0,
        width=320,
        height=240,
        fps=25,
        audio=False,
        painter=lambda _i, w, h: bytes([24, 24, 24]) * (w * h),
    )
    (src / "dark.vi.srt").write_text(f"1\n00:00:00,000 --> 00:00:03,000\n{CAPTION}\n", encoding="utf-8")
    meta = {"id": "test-captioned", "title": "Phụ đề trên video", "platform": "facebook"}
    (src / "dark.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    results = services.ingest.ingest([src])
    assert [r.result for r in results] == ["ingested", "attached", "attached"], results
    return meta["id"]


def _caption_pixels(window) -> int:
    """Near-white pixels (every channel > 200) libvlc shows in the video area, sampled every 2 px.

    The clip is flat dark grey and the letterbox black: white caption text is the only thing that
    can be that bright. Grabbed from the X server, as libvlc draws into its own child window.
    """
    surface = window.video_view.surface
    image = surface.screen().grabWindow(surface.winId()).toImage()
    bright = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            bright += min(c.red(), c.green(), c.blue()) > 200
    return bright


def _no_caption_for(qtbot, window, ms: int) -> int:
    """The most caption pixels seen over ``ms`` (sampled every 50 ms)."""
    most = 0
    for _ in range(max(1, ms // 50)):
        qtbot.wait(50)
        most = max(most, _caption_pixels(window))
    return most


def test_c_shows_the_caption_over_the_video(services, qtbot, tmp_path):
    """The C key puts the clip's caption over the picture, and takes it away again.

    Pins the desk's order of calls: the caption file must be given to the player after
    ``Player.load`` (which drops the previous clip's captions); given before, C showed nothing.
    libvlc itself draws a cue only from its start or after a seek; the caption must show as soon
    as C is pressed in the middle of a cue (paused: no playback timing involved).
    """
    clip_id = _dark_captioned_clip(services, tmp_path)
    services.settings.subtitle_overlay = False
    w = _open(qtbot, services)
    try:
        assert w.current_clip().id == clip_id
        subtitles = w.actions_by_name["subtitles"]
        assert not subtitles.isChecked()
        assert w.transcript_panel.current_track() is not None
        table = w.queue_pane.table
        qtbot.waitUntil(lambda: QApplication.focusWidget() is table)

        # Off: a moment inside the cue shows no caption pixels at all.
        w.seek(1000)
        assert _no_caption_for(qtbot, w, 400) == 0

        qtbot.keyClick(table, Qt.Key.Key_C)
        assert subtitles.isChecked() and services.settings.subtitle_overlay is True
        seen: list[int] = []

        def caption_shown() -> bool:
            seen.append(_caption_pixels(w))
            return seen[-1] >= 50

        try:
            qtbot.waitUntil(caption_shown, timeout=5000)
        except qtbot.TimeoutError:
            pytest.fail(f"C pressed, no caption over the video (bright pixels seen: {seen[-5:]})")
        assert w.player.state() == "paused"

        qtbot.keyClick(table, Qt.Key.Key_C)
        assert not subtitles.isChecked()
        w.seek(1000)
        qtbot.waitUntil(lambda: _caption_pixels(w) == 0, timeout=5000)
    finally:
        _close(w)


def test_with_subtitles_on_the_first_frame_shows_its_caption(services, qtbot, tmp_path):
    """A cue starting at 0 is over the first frame the desk opens on, and over frame 0 after Home
    (libvlc, paused at exactly 0, drew the picture without the cue)."""
    _dark_captioned_clip(services, tmp_path)
    services.settings.subtitle_overlay = True
    w = _open(qtbot, services)
    try:
        assert w.player.position_ms() == 0
        qtbot.waitUntil(lambda: _caption_pixels(w) >= 50, timeout=5000)
        w.seek(1500)
        w.seek(0)
        qtbot.wait(300)
        qtbot.waitUntil(lambda: _caption_pixels(w) >= 50, timeout=5000)
        assert w.player.state() == "paused" and w.player.position_ms() == 0
    finally:
        _close(w)


def test_a_broken_file_shows_its_error_in_the_video_area(services, qtbot, tmp_path):
    ids = build_library(services, tmp_path, count=2, seconds=2.0)
    broken = services.library.version(ids[0])
    path = services.home / broken.store_path
    path.chmod(0o644)
    path.write_bytes(b"\x00not a video at all" * 1000)
    w = _open_on_broken(qtbot, services)
    try:
        assert w.current_clip().id == ids[0]
        qtbot.waitUntil(w.video_view.is_showing_message, timeout=10000)
        assert "cannot be played" in w.video_view.message_text()
        # Still responsive: Space does nothing harmful, the next clip plays.
        qtbot.keyClick(w.queue_pane.table, Qt.Key.Key_Space)
        with qtbot.waitSignal(w.player.first_frame_shown, timeout=15000):
            assert w.next_clip()
        assert not w.video_view.is_showing_message()
        w.toggle_play()
        qtbot.waitUntil(lambda: w.player.position_ms() > 300, timeout=5000)
    finally:
        _close(w)


def _open_on_broken(qtbot, services):
    _needs_display()
    services.settings.language = "en"
    window = create_desk(services, application())
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.load_first_clip()
    return window


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def test_200_rapid_clip_switches_neither_crash_nor_leak(video_desk, qtbot, services):
    w = video_desk
    ids = [c.id for c in services.library.queue("pending")]

    def switch(n: int) -> None:
        for i in range(n):
            w.load_clip(ids[i % len(ids)])
            if i % 3 == 0:
                w.toggle_play()
            QApplication.processEvents()

    switch(30)
    qtbot.wait(500)
    before = _rss_mb()
    switch(200)
    with qtbot.waitSignal(w.player.first_frame_shown, timeout=15000):
        w.load_clip(ids[1])
    qtbot.wait(500)
    after = _rss_mb()
    print(f"RSS {before:.0f} MB -> {after:.0f} MB over 200 switches")
    assert after - before < 60, f"memory grew {after - before:.0f} MB over 200 switches"
    assert w.current_clip().id == ids[1]
    w.toggle_play()
    qtbot.waitUntil(lambda: w.player.position_ms() > 300, timeout=5000)


def test_closing_while_playing_exits_cleanly(services, tmp_path):
    _needs_display()
    build_library(services, tmp_path, count=2, seconds=4.0)
    version = services.library.version(services.library.queue("pending")[0].id)
    home = services.home
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QTimer
        from reviewer.services import build_services
        from reviewer.ui import desk
        from reviewer.ui.main_window import MainWindow

        original = MainWindow.load_first_clip

        def load_and_schedule(self):
            original(self)
            self.player.first_frame_shown.connect(lambda: QTimer.singleShot(100, self.toggle_play))
            QTimer.singleShot(2500, self.close)

        MainWindow.load_first_clip = load_and_schedule
        # As `reviewer` opens it: the window first, the library after its first paint.
        code = desk.run_desk(lambda: build_services(sys.argv[1], None), home=sys.argv[1])
        print("EXITED", code, flush=True)
        """
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="xcb")
    proc = subprocess.run(
        [sys.executable, "-c", script, str(home)], capture_output=True, text=True, timeout=60, env=env, cwd=str(ROOT)
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "EXITED 0" in proc.stdout
    watched = IntervalSet(services.library.coverage(version.id, HEAD[0]))
    assert watched.total_ms() > 1000, "coverage was not saved when the window closed during playback"


def test_whole_window_screenshot_on_the_demo_library(qtbot, services, tmp_path):
    """1280×800, Vietnamese, a demo clip playing: saved for a human to look at; the picture is not black."""
    from reviewer.media.demo import write_demo_sources

    src = tmp_path / "demo"
    write_demo_sources(src)
    services.ingest.ingest([src])
    w = _open(qtbot, services, language="vi")
    try:
        w.setFixedSize(1280, 800)
        qtbot.wait(200)
        _play_until(qtbot, w, 2600)
        w.toggle_play()
        qtbot.waitUntil(lambda: w.player.state() == "paused")
        qtbot.wait(300)
        origin = w.mapToGlobal(QPoint(0, 0))
        shot = w.screen().grabWindow(0, origin.x(), origin.y(), w.width(), w.height())
        path = tmp_path / "desk_vi.png"
        assert shot.save(str(path))
        if os.environ.get("DESK_SCREENSHOT"):
            shutil.copy(path, os.environ["DESK_SCREENSHOT"])
        image = shot.toImage()
        video = w.video_view.surface
        top_left = video.mapTo(w, QPoint(0, 0))
        lit = 0
        samples = 0
        for y in range(top_left.y() + 10, top_left.y() + video.height() - 10, 12):
            for x in range(top_left.x() + 10, top_left.x() + video.width() - 10, 12):
                c = image.pixelColor(x, y)
                samples += 1
                lit += (c.red() + c.green() + c.blue()) > 90
        assert lit / samples > 0.2, "the video frame is (almost) black"
        assert w.file_menu.title() == "&Tệp"
    finally:
        _close(w)


@pytest.mark.video
def test_accepted_hostile_clips_play_or_explain_in_the_desk(services, qtbot, tmp_path):
    """The odd clips ingest accepts (8K, one frame, variable frame rate) open in the desk: each
    shows a first frame or its error in the video area, plays to its end, and the desk goes on."""
    from tests.reliability import corpus

    src = tmp_path / "odd"
    corpus.encode_video(src / "a-8k.mp4", width=7680, height=4320, frames=2)
    corpus.single_frame(src / "b-one-frame.mp4")
    corpus.encode_video(
        src / "c-vfr.mp4", width=320, height=240, frames=10, pts_ms=[0, 40, 50, 300, 310, 900, 1000, 1040, 1900, 2500]
    )
    results = services.ingest.ingest([src])
    assert [r.result for r in results] == ["ingested"] * 3, results
    w = _open_on_broken(qtbot, services)
    try:
        for clip in services.library.queue("pending"):
            w.load_clip(clip.id, force=True)
            try:
                qtbot.waitUntil(
                    lambda: w.player.state() in ("paused", "ended", "error") or w.video_view.is_showing_message(),
                    timeout=20000,
                )
            except Exception as exc:  # any timeout is reported with the player's state
                raise AssertionError(
                    f"{clip.id}: state {w.player.state()}, message {w.video_view.message_text()!r}"
                ) from exc
            if w.player.state() == "paused" and not w.video_view.is_showing_message():
                w.toggle_play()
                qtbot.waitUntil(lambda: w.player.state() in ("ended", "paused", "error"), timeout=20000)
        # Still responsive after all of them: a normal clip plays.
        ids = build_library(services, tmp_path / "normal", count=1, seconds=2.0)
        w.refresh_queue()
        with qtbot.waitSignal(w.player.first_frame_shown, timeout=15000):
            w.load_clip(ids[0], force=True)
    finally:
        _close(w)
