"""The desk laid out at 1280×720 and 1600×1000, in Vietnamese and English (real libvlc under Xvfb).

Fails when any label, tab or button text is elided or clipped, when the window does not fit the
size, or when a checklist item's answer or one of the three decisions cannot be reached without
scrolling. Screenshots of every case go to ``tmp_path`` (and to ``$DESK_SCREENSHOTS`` if set).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from reviewer.core.checklist import Answer
from tests.gui.layout_check import clipped_texts
from tests.gui.real_desk import close_real_desk, open_real_desk
from tests.signoff_support import HEAD, enroll, fast_kdf, make_source, memory_keyring, watch_all  # noqa: F401

pytestmark = pytest.mark.video

CASES = [("vi", (1280, 720)), ("en", (1280, 720)), ("vi", (1600, 1000)), ("en", (1600, 1000))]
LONG_TITLE = (
    "Quốc hội thảo luận dự thảo Luật Báo chí (sửa đổi): ý kiến đại biểu về quản lý báo chí "
    "trên không gian mạng và trách nhiệm của cơ quan chủ quản"
)


@pytest.fixture
def library(services, tmp_path, memory_keyring, fast_kdf):
    for n, title in ((1, LONG_TITLE), (2, "Bản tin sáng")):
        results = services.ingest.ingest([make_source(tmp_path / f"in{n}", f"news-{n}", variant=n, title=title)])
        assert results[0].result == "ingested"
    enroll(services)
    return services


def _shot(window, tmp_path: Path, name: str) -> None:
    QApplication.processEvents()
    g = window.frameGeometry()
    image = window.screen().grabWindow(0, g.x(), g.y(), g.width(), g.height())
    assert image.save(str(tmp_path / f"{name}.png"))
    target = os.environ.get("DESK_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(target) / f"{name}.png"))


def _inside(widget, window) -> bool:
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return widget.isVisible() and window.rect().contains(rect)


def _second_version(library, tmp_path: Path) -> None:
    """news-1 sent back and brought again as version 2: other pictures, a caption rewritten, the
    post text changed, a note of version 1 to tick off; the desk shows a "Changes (N)" tab."""
    library.library.add_note("news-1", 1, HEAD[0], 480, 1200, "Sai chức danh đại biểu, sửa theo văn bản gốc")
    folder = make_source(tmp_path / "in-v2", "news-1", variant=7, title=LONG_TITLE)
    srt = next(folder.glob("*.vi.srt"))
    text = srt.read_text(encoding="utf-8")
    lines = text.splitlines()
    lines[2] = lines[2] + " (đã sửa theo góp ý của lãnh đạo)"
    srt.write_text("\n".join(lines) + "\n", encoding="utf-8")
    post = next(folder.glob("*.post.txt"))
    post.write_text(post.read_text(encoding="utf-8") + "\nCập nhật: bổ sung ý kiến đại biểu Quốc hội.\n", "utf-8")
    results = library.ingest.ingest([folder])
    assert results[0].result == "new_version", results


@pytest.mark.parametrize("language,size", CASES, ids=[f"{lang}-{w}x{h}" for lang, (w, h) in CASES])
def test_every_text_fits_and_every_answer_and_decision_is_in_sight(qtbot, library, tmp_path, language, size):
    _check_layout(qtbot, library, tmp_path, language, size, f"desk-{language}-{size[0]}x{size[1]}")


@pytest.mark.parametrize("language,size", CASES, ids=[f"{lang}-{w}x{h}" for lang, (w, h) in CASES])
def test_a_second_version_with_its_changes_tab_fits_too(qtbot, library, tmp_path, language, size):
    _second_version(library, tmp_path)
    _check_layout(qtbot, library, tmp_path, language, size, f"desk-v2-{language}-{size[0]}x{size[1]}", version=2)


def _check_layout(qtbot, library, tmp_path, language, size, name, *, version: int = 1) -> None:
    template = library.signoff.template()
    # The busiest state: some answers, a blocking fail with a note, half watched: every reason shows.
    ids = template.item_ids
    answers = [Answer(i, "pass", "") for i in ids[:6]]
    answers[1] = Answer(ids[1], "fail", "Sai chức danh đại biểu ở giây thứ 12, cần sửa lại theo văn bản gốc")
    library.signoff.save_answers("news-1", HEAD[0], answers)
    watch_all(library, "news-1", HEAD[0], upto_ms=1000)
    window = open_real_desk(qtbot, library, language=language, size=size)
    try:
        assert (window.width(), window.height()) == size, "the window does not fit this size"
        assert window.current_clip().id == "news-1" and window.current_version().number == version
        if version > 1:
            changes = window.roundtrip.panel
            start = "Thay đổi (" if language == "vi" else "Changes ("

            def title() -> str:
                return window.side_tabs.tabText(window.side_tabs.indexOf(changes))

            qtbot.waitUntil(lambda: title().startswith(start), timeout=15000)
            QApplication.processEvents()
            assert (window.width(), window.height()) == size, f"with the {title()!r} tab the window is wider"
        qtbot.wait(300)
        checklist = window.signoff.checklist_panel
        panel = window.signoff.decision_panel
        assert len(panel.blocked_reasons()) == 3
        # The item with the most text, large: its label and guidance must fit too.
        lang = "vi" if language == "vi" else "en"
        longest = max(template.items, key=lambda i: len(i.label.get(lang)) + len(i.guidance.get(lang)))
        checklist.select(longest.id)
        QApplication.processEvents()
        problems = clipped_texts(window)
        _shot(window, tmp_path, name)
        assert problems == [], "\n".join(problems)
        # Every item's answer is in sight (its chip), and the three decisions.
        assert all(_inside(chip, window) for chip in checklist.chips())
        for button in (
            panel.approve_button,
            panel.changes_button,
            panel.reject_button,
            *checklist.card.buttons.values(),
        ):
            assert _inside(button, window), button.text()
        # The other side tabs lay out just as well.
        for i in range(window.side_tabs.count()):
            window.side_tabs.setCurrentIndex(i)
            QApplication.processEvents()
            qtbot.wait(100)
            problems = clipped_texts(window)
            if problems:
                _shot(window, tmp_path, f"{name}-tab{i}")
            assert problems == [], f"tab {window.side_tabs.tabText(i)!r}:\n" + "\n".join(problems)
            assert _inside(panel.changes_button, window)  # the decision bar stays in sight
        window.side_tabs.setCurrentIndex(0)
    finally:
        close_real_desk(window)


@pytest.mark.parametrize("language,size", CASES[:2], ids=[f"{lang}-{w}x{h}" for lang, (w, h) in CASES[:2]])
def test_the_sign_dialog_fits_a_1280x720_screen(qtbot, library, tmp_path, language, size):
    ids = library.signoff.template().item_ids
    answers = [Answer(i, "pass", "") for i in ids]
    for k in (1, 4, 7):
        answers[k] = Answer(ids[k], "na", "Không có bản đồ, quốc kỳ hay đường biên giới nào trong clip này")
    library.signoff.save_answers("news-1", HEAD[0], answers)
    library.library.add_note("news-1", 1, HEAD[0], 480, 1200, "Kiểm tra logo góc phải và tên người phát biểu")
    watch_all(library, "news-1", HEAD[0])
    window = open_real_desk(qtbot, library, language=language, size=size)
    try:
        with qtbot.waitSignal(window.clip_changed, timeout=15000):
            window.load_clip("news-1", force=True)
        dialog = window.signoff.decision_panel.approve()
        qtbot.waitUntil(dialog.isVisible)
        qtbot.wait(200)
        screen = dialog.screen().availableGeometry()
        assert dialog.frameGeometry().height() <= size[1] and dialog.width() <= size[0]
        assert screen.contains(dialog.frameGeometry()) or dialog.frameGeometry().height() <= screen.height()
        problems = clipped_texts(dialog)
        _shot(dialog, tmp_path, f"sign-dialog-{language}")
        assert problems == [], "\n".join(problems)
        assert _inside(dialog.sign_button, dialog) and _inside(dialog.passphrase_edit, dialog)
        dialog.reject()
    finally:
        close_real_desk(window)
