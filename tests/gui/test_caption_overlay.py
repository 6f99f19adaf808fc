"""The caption over the picture is the caption that was checked (issue 13, problem 1).

Real libvlc under Xvfb, through the desk: one clip with the same Vietnamese caption in three
files, UTF-8, Windows-1258 and UTF-16 without a byte-order mark. The caption region libvlc draws
for each legacy file is compared, pixel by pixel, with the one drawn for the UTF-8 original.
Given the stored files as they came (what the desk did before), libvlc drew "chaÌo" for the
Windows-1258 file and nothing for the UTF-16 one; the test shows its comparison sees that too.

Run: ``xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m pytest tests/gui/test_caption_overlay.py``
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from reviewer.media.synth import make_clip
from reviewer.ui.desk import application, create_desk
from tests.fixtures_captions import encode_cp1258

pytestmark = pytest.mark.video

LINES = ("Xin chào, chào mừng đến với bản tin", "Nghệ An – Đà Nẵng – Cửu Long")
GREY = 24
# Every file holds the same first cue (compared) and a marker cue of its own in a window no other
# file covers: a caption in a file's window, and none in the others', shows which file libvlc is
# drawing (a track switch that has not taken effect yet would otherwise pass for a match).
WINDOWS = {"ban-tin.vi.srt": (2_000, 2_500), "ban-tin.en.srt": (2_500, 3_000), "ban-tin.fr.srt": (3_000, 3_500)}


def _srt(window: tuple[int, int]) -> str:
    start, end = (f"00:00:0{ms // 1000},{ms % 1000:03d}" for ms in window)
    return (
        f"1\r\n00:00:00,000 --> 00:00:02,000\r\n{LINES[0]}\r\n{LINES[1]}\r\n\r\n"
        f"2\r\n{start} --> {end}\r\nĐây là tệp này\r\n"
    )


def _caption_sources(root: Path) -> Path:
    src = root / "incoming"
    make_clip(
        src / "ban-tin.mp4",
        seconds=4.0,
        width=640,
        height=360,
        fps=25,
        audio=False,
        painter=lambda _i, w, h: bytes([GREY, GREY, GREY]) * (w * h),
    )
    (src / "ban-tin.vi.srt").write_bytes(_srt(WINDOWS["ban-tin.vi.srt"]).encode("utf-8"))
    (src / "ban-tin.en.srt").write_bytes(encode_cp1258(_srt(WINDOWS["ban-tin.en.srt"])))
    # UTF-16 without a byte-order mark.
    (src / "ban-tin.fr.srt").write_bytes(_srt(WINDOWS["ban-tin.fr.srt"]).encode("utf-16-le"))
    (src / "ban-tin.json").write_text(json.dumps({"id": "ban-tin", "title": "Phụ đề ba mã"}), encoding="utf-8")
    return src


def _surface_image(window) -> QImage:
    surface = window.video_view.surface
    return surface.screen().grabWindow(surface.winId()).toImage()


def _bright_box(image: QImage, step: int = 1) -> tuple[int, int, int, int] | None:
    """Bounding box (x0, y0, x1, y1) of near-white pixels: the caption text on the dark clip."""
    xs, ys = [], []
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if min(c.red(), c.green(), c.blue()) > 200:
                xs.append(x)
                ys.append(y)
    if len(xs) < 50 // step:
        return None
    return min(xs), min(ys), max(xs) + 2, max(ys) + 1


def _differing_share(a: QImage, b: QImage, box: tuple[int, int, int, int]) -> float:
    """Share of pixels in ``box`` whose colour differs by more than 48 in some channel."""
    x0, y0, x1, y1 = box
    differ = total = 0
    for y in range(max(0, y0 - 4), min(a.height(), y1 + 4)):
        for x in range(max(0, x0 - 4), min(a.width(), x1 + 4)):
            p, q = a.pixelColor(x, y), b.pixelColor(x, y)
            total += 1
            differ += max(abs(p.red() - q.red()), abs(p.green() - q.green()), abs(p.blue() - q.blue())) > 48
    return differ / max(1, total)


def _steady_caption(qtbot, window) -> QImage:
    """The video surface once a caption is drawn and two grabs 100 ms apart agree."""
    last: list[QImage] = []

    def steady() -> bool:
        image = _surface_image(window)
        same = bool(last) and last[-1] == image
        last.append(image)
        return same and _bright_box(image, step=2) is not None

    qtbot.waitUntil(steady, timeout=8000)
    return last[-1]


def _no_caption(qtbot, window) -> None:
    """Wait until no caption is drawn, five grabs in a row (a seek may blank it for a moment)."""
    clear = [0]

    def settled() -> bool:
        clear[0] = clear[0] + 1 if _bright_box(_surface_image(window), step=2) is None else 0
        return clear[0] >= 5

    qtbot.waitUntil(settled, timeout=8000)


def _drawing(qtbot, window, name: str) -> None:
    """Wait until libvlc draws the file ``name``: its marker cue shows, no other file's does."""
    start, _ = WINDOWS[name]
    window.seek(start + 250)
    _steady_caption(qtbot, window)
    for other, (other_start, _) in WINDOWS.items():
        if other != name:
            window.seek(other_start + 250)
            _no_caption(qtbot, window)


def _show_track(qtbot, window, file_name: str) -> None:
    panel = window.transcript_panel
    names = [panel.track_combo.itemText(i).split(" (")[0] for i in range(panel.track_combo.count())]
    panel.track_combo.setCurrentIndex(names.index(file_name))  # as the reviewer picks a track
    assert panel.current_track().file_name == file_name


def test_legacy_encoded_captions_draw_the_same_text_as_the_utf8_original(services, qtbot, tmp_path):
    if QGuiApplication.platformName() != "xcb":
        pytest.skip("real video needs an X11 display (run under xvfb-run)")
    results = services.ingest.ingest([_caption_sources(tmp_path)])
    assert [r.result for r in results if r.path.endswith(".mp4")] == ["ingested"]
    version = services.library.clip_detail("ban-tin").current
    encodings = {t.file_name: t.encoding for t in version.captions}
    assert encodings == {"ban-tin.vi.srt": "utf-8", "ban-tin.en.srt": "cp1258", "ban-tin.fr.srt": "utf-16-le"}

    services.settings.subtitle_overlay = True
    services.settings.language = "en"
    window = create_desk(services, application())
    window.resize(1280, 800)
    window.show()
    qtbot.waitActive(window)
    try:
        with qtbot.waitSignal(window.player.first_frame_shown, timeout=15000):
            window.load_first_clip()
        qtbot.waitUntil(lambda: window.player.state() == "paused", timeout=5000)
        _show_track(qtbot, window, "ban-tin.vi.srt")
        _drawing(qtbot, window, "ban-tin.vi.srt")
        window.seek(1000)
        reference = _steady_caption(qtbot, window)
        box = _bright_box(reference)
        shots = Path(os.environ.get("CAPTION_SCREENSHOTS", tmp_path))
        reference.save(str(shots / "overlay-utf8.png"))

        for name in ("ban-tin.en.srt", "ban-tin.fr.srt"):
            _show_track(qtbot, window, name)
            _drawing(qtbot, window, name)
            window.seek(1000)
            drawn = _steady_caption(qtbot, window)
            drawn.save(str(shots / f"overlay-{name}.png"))
            share = _differing_share(reference, drawn, box)
            assert share < 0.01, f"{name}: {share:.1%} of the caption region differs from the UTF-8 original"

        # The comparison is not blind: libvlc given the Windows-1258 file as it came (what the
        # desk did before) draws other letters in that region.
        track = next(t for t in version.captions if t.file_name == "ban-tin.en.srt")
        window.player.set_subtitle_file(services.home / track.store_path)
        window.player.set_subtitles_visible(True)
        _drawing(qtbot, window, "ban-tin.en.srt")
        window.seek(1000)
        raw = _steady_caption(qtbot, window)
        raw.save(str(shots / "overlay-raw-cp1258.png"))
        assert _differing_share(reference, raw, box) > 0.05
        # The overlay files live in the home's tmp/ while the clip is open, and go when it closes.
        assert list((services.home / "tmp").glob("caption-*.srt"))
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    assert not list((services.home / "tmp").glob("caption-*.srt"))
