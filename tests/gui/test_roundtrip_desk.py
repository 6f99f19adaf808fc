"""The round trip in the desk: the Changes tab, notes that are resolved, edited and replied to,
open notes before signing, History calling an older approval superseded, and compare mode.

The first tests use the fake player (offscreen works); the compare-mode test plays both versions
with the real libvlc player under Xvfb and saves screenshots in $REVIEWER_SHOTS (if set).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from reviewer.core.checklist import Answer
from reviewer.storage.notes import NotesRepository
from reviewer.ui.desk import application, create_desk
from tests.cli.test_diff_cli import META, POST_V1, POST_V2, SRT_V1, SRT_V2, V1_PICTURES
from tests.gui.desk_support import FakePlayer
from tests.roundtrip.versions import REPLACED, write_version
from tests.signoff_support import HEAD, PASSPHRASE, enroll, fast_kdf, memory_keyring, watch_all  # noqa: F401

SHOTS = os.environ.get("REVIEWER_SHOTS")


def _source(folder: Path, pictures, sounds, srt: str, post: str) -> Path:
    folder.mkdir(parents=True)
    write_version(folder / "qh.mp4", pictures, sounds)
    (folder / "qh.vi.srt").write_text(srt, encoding="utf-8")
    (folder / "qh.post.txt").write_text(post, encoding="utf-8")
    (folder / "qh.json").write_text(json.dumps(META, ensure_ascii=False), encoding="utf-8")
    return folder


@pytest.fixture
def two_versions(services, tmp_path, memory_keyring, fast_kdf):
    """qh-1: v1 approved by the head, with a note; then v2 (one cue rewritten, one moved, one
    added, one word of the post text, 2 s of new pictures at 4 s)."""
    assert (
        services.ingest.ingest([_source(tmp_path / "v1", V1_PICTURES, None, SRT_V1, POST_V1)])[0].result == "ingested"
    )
    services.library.add_note("qh-1", 1, services.person, 2500, None, "Câu 2: ghi rõ đại biểu Quốc hội")
    enroll(services)
    template = services.signoff.template()
    services.signoff.save_answers("qh-1", HEAD[0], [Answer(i, "pass", "") for i in template.item_ids])
    watch_all(services, "qh-1", HEAD[0])
    services.signoff.sign("qh-1", decision="approve", passphrase=PASSPHRASE, principal=HEAD[0])
    pictures = V1_PICTURES[:100] + [REPLACED + k for k in range(50)] + V1_PICTURES[150:]
    assert (
        services.ingest.ingest([_source(tmp_path / "v2", pictures, V1_PICTURES, SRT_V2, POST_V2)])[0].result
        == "new_version"
    )
    return services


def _desk(qtbot, services, player=None, language="en"):
    services.settings.language = language
    services.settings.person = HEAD[0]
    services.person = HEAD[0]
    window = create_desk(services, application(), player=player)
    window.resize(1500, 900)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def _close(window) -> None:
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def _shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / name))


def test_changes_tab_lists_exactly_the_edits_and_clicks_seek(qtbot, two_versions):
    services = two_versions
    window = _desk(qtbot, services, FakePlayer())
    rt = window.roundtrip
    with qtbot.waitSignal(rt.diff_shown, timeout=10000):
        window.load_first_clip()
    panel = rt.panel
    # Captions and post text at once; the pictures after the background comparison.
    qtbot.waitUntil(lambda: panel.data()["media"]["changed_segments"] is not None, timeout=30000)
    window.show_side_panel(panel)
    texts = [t for _tc, t, _ms in panel.rows()]
    assert "Changed: pictures" in texts
    assert (
        "Cue 2 rewritten: “Các đại biểu thảo luận dự thảo luật” → “Đại biểu Quốc hội thảo luận dự thảo Luật Báo chí”"
        in texts
    )
    assert "Cue 4 added: “Phóng viên VTV đưa tin”" in texts
    assert "Cue 5 moved: 00:00:07:00–00:00:09:00 → 00:00:07:12–00:00:09:12" in texts
    assert panel.change_count() == 5  # 1 segment, 3 cue changes, 1 word of the post text
    assert window.side_tabs.tabText(window.side_tabs.indexOf(panel)) == "Changes (5)"
    assert window.transport.seek_bar.changes() == [(4000, 6000)]
    html = panel.post_view.toHtml()
    assert "Các" in html and "Nhiều" in html
    _shot(window, "desk-changes-tab.png")

    # A click on a change seeks there.
    section = panel.tree.topLevelItem(1)  # captions
    panel.tree.itemClicked.emit(section.child(0), 1)
    assert window.player.position_ms() == 2000

    # The earlier version's note: the head ticks it (audited), History shows it.
    notes = NotesRepository(services.library)
    [note] = notes.notes("qh-1", version=1)
    item = panel.note_item(note.id)
    assert item.checkState(0) == Qt.CheckState.Unchecked
    item.setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: notes.note(note.id).resolved)
    assert notes.note(note.id).resolved_by == HEAD[0]
    kinds = [e.kind for e in services.library.audit_events(clip_id="qh-1")]
    assert kinds.count("note_resolved") == 1
    assert panel.open_note_count() == 0

    # History: v1's approval is superseded by v2, not "valid".
    history = window.signoff.history_panel
    with qtbot.waitSignal(history.reloaded, timeout=15000):
        window.signoff.show_history()
    approvals = [row[-1] for row in history.rows() if row[3] == "Sign-off"]
    assert approvals and "superseded by a newer version, not valid for publishing" in approvals[0]
    assert "— valid" not in approvals[0]
    _shot(window, "desk-history-superseded.png")
    _close(window)


def test_notes_panel_edits_replies_resolves_and_wraps(qtbot, two_versions):
    services = two_versions
    long_text = (
        "Phụ đề câu cuối quá dài, đọc không kịp; rút gọn còn một dòng, tối đa 42 ký tự mỗi dòng, "
        "và kiểm tra lại chức danh của người phát biểu ở giây thứ mười"
    )
    note = services.library.add_note("qh-1", 2, HEAD[0], 9600, None, long_text)
    window = _desk(qtbot, services, FakePlayer())
    with qtbot.waitSignal(window.roundtrip.diff_shown, timeout=10000):
        window.load_first_clip()
    panel = window.notes_panel
    window.side_tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1)
    line = panel.tree.fontMetrics().height()
    qtbot.waitUntil(lambda: panel.row_heights()[0] >= 3 * line)  # the long note wraps
    assert panel.select_note(note.id)

    dialog = window.roundtrip.edit_note(note.id)
    dialog.edit.setPlainText("Rút gọn phụ đề câu cuối còn một dòng")
    dialog.accept()
    dialog = window.roundtrip.reply_note(note.id)
    dialog.edit.setPlainText("Đã gửi yêu cầu cho biên tập viên")
    dialog.accept()
    panel.resolve_button.click()
    repo = NotesRepository(services.library)
    now = repo.note(note.id)
    assert (now.text, now.reply, now.resolved) == (
        "Rút gọn phụ đề câu cuối còn một dòng",
        "Đã gửi yêu cầu cho biên tập viên",
        True,
    )
    shown = panel.tree.topLevelItem(0).text(1)
    assert "Rút gọn phụ đề" in shown and "↳ Đã gửi yêu cầu" in shown and "resolved" in shown
    assert panel.tree.topLevelItem(0).checkState(0) == Qt.CheckState.Checked
    events = [(e.kind, e.payload) for e in services.library.audit_events(clip_id="qh-1") if e.kind.startswith("note_")]
    assert [k for k, _ in events] == ["note_edited", "note_reply", "note_resolved"]
    assert events[0][1]["before"] == long_text  # the first text stays in the audit trail
    _shot(window.side, "notes-panel.png")
    _close(window)


def test_sign_dialog_lists_open_notes_before_an_approval(qtbot, two_versions):
    from reviewer.ui.sign_dialog import SignDialog, SignRequest

    services = two_versions
    services.library.add_note("qh-1", 2, HEAD[0], 1000, None, "Hình mở đầu còn logo cũ")
    dialog = SignDialog(services.signoff, SignRequest("qh-1", "approve", "", HEAD[0]))
    qtbot.addWidget(dialog)
    assert dialog.open_notes is not None
    text = dialog.open_notes.findChild(type(dialog.heading), "openNotesList").text()
    assert "Version 1 at 00:00:02:12: Câu 2: ghi rõ đại biểu Quốc hội" in text
    assert "Version 2 at 00:00:01:00: Hình mở đầu còn logo cũ" in text
    _shot(dialog, "sign-dialog-open-notes.png")
    # Not before a request for changes: there the notes are the request.
    changes = SignDialog(services.signoff, SignRequest("qh-1", "changes", "Sửa", HEAD[0]))
    qtbot.addWidget(changes)
    assert changes.open_notes is None


@pytest.mark.video
def test_compare_mode_switches_versions_at_the_same_timecode_with_real_video(qtbot, two_versions):
    if QGuiApplication.platformName() != "xcb":
        pytest.skip("real video needs an X11 display (run under xvfb-run)")
    services = two_versions
    window = _desk(qtbot, services)
    rt = window.roundtrip
    with qtbot.waitSignal(window.player.first_frame_shown, timeout=15000):
        window.load_first_clip()
    qtbot.waitUntil(
        lambda: rt.panel.data() is not None and rt.panel.data()["media"]["changed_segments"] is not None, timeout=30000
    )
    window.seek(4600)  # inside the replaced pictures
    qtbot.waitUntil(lambda: abs(window.player.position_ms() - 4600) <= 40, timeout=5000)

    # B opens compare mode on the new version (B) at the desk's timecode.
    window.focus_queue()
    qtbot.keyClick(window.queue_pane.table, Qt.Key.Key_B)
    compare = rt.compare_window
    assert compare is not None
    qtbot.waitUntil(lambda: compare.side == "B" and compare.player.state() == "paused", timeout=15000)
    qtbot.waitUntil(lambda: abs(compare.position() - 4600) <= 80, timeout=5000)
    assert compare.seek_bar.changes() == [(4000, 6000)]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is compare, timeout=5000)
    _screen(compare, "compare-B.png")

    # B again: the earlier version at the same timecode.
    with qtbot.waitSignal(compare.version_shown, timeout=15000) as shown:
        qtbot.keyClick(compare, Qt.Key.Key_B)
    assert shown.args == ["A", 1]
    qtbot.waitUntil(lambda: compare.player.state() == "paused", timeout=5000)
    qtbot.waitUntil(lambda: abs(compare.position() - 4600) <= 80, timeout=5000)
    assert "A · version 1" in compare.badge.text()
    _screen(compare, "compare-A.png")

    # Back to B, and what is watched in compare mode counts for the version played (v2; v1 was
    # watched in full before it was approved).
    with qtbot.waitSignal(compare.version_shown, timeout=15000) as shown:
        qtbot.keyClick(compare, Qt.Key.Key_B)
    assert shown.args == ["B", 2]
    qtbot.waitUntil(lambda: compare.player.state() == "paused", timeout=5000)
    v2 = services.library.version("qh-1", 2)
    assert services.library.coverage(v2.id, HEAD[0]) == []
    compare.toggle_play()
    qtbot.waitUntil(lambda: compare.position() >= 5800, timeout=8000)
    compare.toggle_play()
    qtbot.waitUntil(lambda: compare.player.state() == "paused", timeout=5000)
    watched = services.library.coverage(v2.id, HEAD[0])
    assert any(s <= 4800 and e >= 5600 for s, e in watched), watched
    compare.close()
    qtbot.waitUntil(lambda: rt.compare_window is None, timeout=5000)
    _close(window)


def _screen(widget, name: str) -> None:
    """The real screen (libvlc draws into its own X11 window, which grab() does not see)."""
    if not SHOTS:
        return
    Path(SHOTS).mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    geo = widget.frameGeometry()
    subprocess.run(
        [
            "import",
            "-window",
            "root",
            "-crop",
            f"{geo.width()}x{geo.height()}+{geo.x()}+{geo.y()}",
            str(Path(SHOTS) / name),
        ],
        check=False,
        timeout=30,
    )


def test_review_menu_sends_the_change_request_in_the_desk_language(qtbot, two_versions, tmp_path):
    services = two_versions
    services.library.add_note("qh-1", 2, HEAD[0], 4200, 5800, "Đoạn hình mới chưa có bản quyền")
    services.signoff.sign(
        "qh-1", decision="changes", reason="Thay đoạn hình 4–6 giây", passphrase=PASSPHRASE, principal=HEAD[0]
    )
    window = _desk(qtbot, services, FakePlayer(), language="vi")
    with qtbot.waitSignal(window.roundtrip.diff_shown, timeout=10000):
        window.load_clip("qh-1")  # decided: no longer in the pending queue
    action = window.roundtrip.actions["change_request"]
    assert action in window.review_menu.actions() and action.text() == "Gửi yêu cầu sửa…"
    result = window.roundtrip.send_change_request(tmp_path / "gửi biên tập")
    assert result is not None and result.notes == 1 and result.kind == "changes"
    html = (tmp_path / "gửi biên tập" / "notes.html").read_text(encoding="utf-8")
    assert "YÊU CẦU SỬA CLIP" in html and "Thay đoạn hình 4–6 giây" in html and "00:00:04:05" in html
    assert (tmp_path / "gửi biên tập" / "notes.pdf").stat().st_size > 1000
    _close(window)
