"""The caption reader's notes reach the reviewer in the desk's language (issue 13, problem 5).

A WebVTT file with a cue the WebVTT rules skip and an SRT file with an unusual timestamp: the
transcript's banner names them, in Vietnamese on a Vietnamese desk.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from reviewer.core.model import CaptionTrack
from reviewer.media.captions import parse_caption_file
from reviewer.ui.i18n import LanguageSwitcher
from reviewer.ui.transcript_panel import TranscriptPanel

VTT = (
    "WEBVTT\n\n00:00.000 --> 00:01.00\nBỏ qua\n\n00:01.000 --> 00:02.000\nXin chào\n2\n"
    "00:02.000 --> 00:03.500\nBản tin\n"
).encode("utf-8")
SRT = "1\n00:00:00,50 --> 00:00:02,000\nChào buổi tối\n".encode("utf-8")


def _track(name: str, raw: bytes) -> CaptionTrack:
    parsed = parse_caption_file(name, raw)
    return CaptionTrack(
        1,
        name,
        parsed.format,
        parsed.language,
        parsed.encoding,
        parsed.raw_sha256,
        "media/x",
        parsed.text,
        parsed.cues,
        parsed.warnings,
    )


@pytest.fixture
def vietnamese(qapp):
    switcher = LanguageSwitcher(QApplication.instance())
    assert switcher.apply("vi")
    yield
    switcher.apply("en")


def test_reader_notes_in_vietnamese(qtbot, vietnamese):
    panel = TranscriptPanel()
    qtbot.addWidget(panel)
    panel.set_tracks((_track("ban-tin.vi.vtt", VTT),), 25.0)
    banner = panel.banner.text()
    if os.environ.get("CAPTION_SCREENSHOTS"):
        panel.resize(520, 420)
        panel.show()
        qtbot.waitExposed(panel)
        panel.grab().save(str(Path(os.environ["CAPTION_SCREENSHOTS"]) / "transcript-notes-vi.png"))
    assert (
        "Dòng 3: bỏ qua câu phụ đề vì mốc thời gian sai '00:00.000 --> 00:01.00': thời điểm kết thúc: "
        "phần nghìn giây có 2 chữ số (WebVTT cần đúng 3)" in banner
    )
    assert (
        "Dòng 8: thiếu dòng trống trước mốc thời gian ở dòng 9: '2' hiện thành dòng cuối của câu phụ đề phía trên"
        in banner
    )
    panel.set_tracks((_track("ban-tin.vi.srt", SRT),), 25.0)
    assert (
        "Dòng 2: mốc thời gian bất thường '00:00:00,50 --> 00:00:02,000': phần nghìn giây có 2 chữ số, "
        "được đọc là 500 ms (trình phát dùng FFmpeg đọc là 050)" in panel.banner.text()
    )


def test_reader_notes_in_english(qtbot):
    panel = TranscriptPanel()
    qtbot.addWidget(panel)
    panel.set_tracks((_track("ban-tin.vi.vtt", VTT),), 25.0)
    assert (
        "Line 3: cue skipped: malformed timing '00:00.000 --> 00:01.00': end time: 2-digit milliseconds "
        "(WebVTT needs exactly 3)" in panel.banner.text()
    )
