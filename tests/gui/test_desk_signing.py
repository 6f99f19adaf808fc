"""What gets signed, and what comes after, in the real desk (real libvlc under Xvfb).

* changing an answer asks what to do with its note; a fail note kept under a pass reads as such in
  the desk, the sign dialog, the signed record and the printed certificate;
* the sign dialog lists the failed and N/A items with their notes, and the open timecoded notes;
* re-approving an approved version says so and asks;
* after signing, a banner on the clip offers the export (with the exporting person's passphrase)
  and the certificate print (Qt's print dialog).
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewer.core.checklist import Answer, kept_note_origin
from tests.gui.real_desk import Keys, close_real_desk, open_real_desk, type_text
from tests.signoff_support import (  # noqa: F401 - fixtures
    HEAD,
    PASSPHRASE,
    enroll,
    fast_kdf,
    make_source,
    memory_keyring,
    run_cli,
    watch_all,
)

pytestmark = pytest.mark.video

CS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def library(services, tmp_path, memory_keyring, fast_kdf):
    results = services.ingest.ingest([make_source(tmp_path / "in1", "news-1")])
    assert results[0].result == "ingested"
    enroll(services)
    return services


@pytest.fixture
def desk(qtbot, library):
    window = open_real_desk(qtbot, library)
    yield window
    close_real_desk(window)


def reopen(qtbot, desk, clip_id: str = "news-1") -> None:
    with qtbot.waitSignal(desk.clip_changed, timeout=15000):
        desk.load_clip(clip_id, force=True)


def _click(qtbot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _sign(qtbot, desk, keys) -> object:
    panel = desk.signoff.decision_panel
    dialog = panel.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.passphrase_edit.hasFocus)
    type_text(dialog.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(panel.signed, timeout=15000) as signed:
        keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return signed.args[0]


def test_a_kept_fail_note_under_a_pass_reads_as_such_everywhere(desk, library, qtbot, tmp_path):
    template = library.signoff.template()
    ids = template.item_ids
    # Everything answered but items 2 and 5; the clip watched; a timecoded note on it.
    library.signoff.save_answers("news-1", HEAD[0], [Answer(i, "pass", "") for i in ids if i not in (ids[1], ids[4])])
    watch_all(library, "news-1", HEAD[0])
    library.library.add_note("news-1", 1, HEAD[0], 480, None, "Kiểm tra logo góc phải")
    reopen(qtbot, desk)
    keys = Keys(qtbot, desk)
    checklist, card = desk.signoff.checklist_panel, desk.signoff.checklist_panel.card
    keys.press(Qt.Key.Key_C, CS)
    assert checklist.current_item() == ids[1]  # the first unanswered item
    keys.press(Qt.Key.Key_2)  # Fail: the note first
    qtbot.waitUntil(card.note.hasFocus)
    type_text(card.note, "Sai chức danh đại biểu")
    keys.press(Qt.Key.Key_Return)
    assert checklist.current_item() == ids[4]
    keys.press(Qt.Key.Key_3)  # N/A
    qtbot.waitUntil(lambda: checklist.answers().get(ids[4]) is not None)
    checklist.select(ids[4], focus=True)
    type_text(card.note, "Không có bản đồ trong clip")
    keys.press(Qt.Key.Key_Return)

    # Item 2 turns out fine: changing the answer asks about its note.
    qtbot.mouseClick(checklist.chip(ids[1]), Qt.MouseButton.LeftButton)
    keys.press(Qt.Key.Key_1)
    qtbot.waitUntil(lambda: checklist.note_question is not None and checklist.note_question.isVisible())
    box = checklist.note_question
    assert "Sai chức danh đại biểu" in box.text() and "Fail" in box.text()
    assert sorted(b.text() for b in box.buttons()) == ["Cancel", "Clear the note", "Keep the note"]
    _click(qtbot, box, "Keep the note")
    saved = library.signoff.answers("news-1", HEAD[0])[ids[1]]
    assert saved.result == "pass" and kept_note_origin(saved.note) == ("fail", "Sai chức danh đại biểu")
    checklist.select(ids[1])
    assert card.buttons["pass"].isChecked() and card.kept_label.isVisible()
    assert card.kept_label.text() == "Note written when the answer was Fail:"
    assert card.note.text() == "Sai chức danh đại biểu"

    # The sign dialog lists it, the N/A item with its note, and the open timecoded note.
    panel = desk.signoff.decision_panel
    qtbot.waitUntil(panel.approve_button.isEnabled, timeout=5000)
    keys.press(Qt.Key.Key_A, CS)
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=5000)
    items = panel.dialog.fields["items"][1].text()
    assert f"✓ 2. {template.item(ids[1]).label.en} — Pass" in items
    assert "Note written when the answer was Fail: “Sai chức danh đại biểu”" in items
    assert f"– 5. {template.item(ids[4]).label.en} — N/A" in items and "“Không có bản đồ trong clip”" in items
    assert panel.dialog.fields["notes"][1].text() == f"00:00:00:12  {HEAD[1]}: Kiểm tra logo góc phải"
    result = _sign(qtbot, desk, keys)
    answers = {a["item_id"]: a for a in result.record["checklist"]["answers"]}
    assert answers[ids[1]]["result"] == "pass"
    assert answers[ids[1]]["note"] == "[Ghi chú khi còn Không đạt / note written under Fail] Sai chức danh đại biểu"

    # After signing: a banner on the clip, with the export and the certificate.
    banner = desk.banner
    qtbot.waitUntil(banner.isVisible, timeout=3000)
    assert banner.text().startswith(f"✓ Signed: Approval of version 1, by {HEAD[1]} at ")
    assert banner.export_button.isVisible() and banner.print_button.isVisible()
    qtbot.mouseClick(banner.export_button, Qt.MouseButton.LeftButton)
    export = desk.export_dialog
    qtbot.waitUntil(lambda: export is not None and export.isVisible())
    out = tmp_path / "gói phê duyệt"
    export.folder_edit.setText(str(out))
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    assert export.message_text() == "Enter your passphrase: the package is handed over in your name."
    assert not out.exists()
    type_text(export.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(export.exported, timeout=60000):
        qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    assert export.message_text().startswith(f"Package written to {out} (")
    assert export.passphrase_edit.text() == ""
    r = run_cli(library.home, "verify-package", str(out))
    assert r.code == 0, r.out + r.err
    certificate = (out / "certificate.html").read_text(encoding="utf-8")
    assert "[Ghi chú khi còn Không đạt / note written under Fail]" in certificate
    exports = [e for e in library.signoff.history("news-1") if e.kind == "export"]
    assert [e.actor for e in exports] == [HEAD[0]]  # exported in the name of the person at the desk
    export.close()

    # Print: Qt's print dialog, here printing to a PDF file.
    printer = desk.print_certificate("news-1")
    qtbot.waitUntil(lambda: printer.dialog.isVisible())
    printer.dialog.reject()
    from reviewer.ui.export_dialog import CertificatePrinter

    pdf = tmp_path / "giấy chứng nhận.pdf"
    printer = CertificatePrinter(library, "news-1", desk, pdf_file=pdf)
    printer.open()
    qtbot.waitUntil(lambda: printer.dialog.isVisible())
    printer.dialog.accept()
    assert printer.printed and pdf.is_file()
    if shutil.which("pdftotext"):
        text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
        assert "GIẤY CHỨNG NHẬN PHÊ DUYỆT" in text and "Sai chức danh đại biểu" in text
        assert "Ghi chú khi còn Không đạt" in text


def test_re_approving_an_approved_version_says_so_and_asks(desk, library, qtbot):
    library.signoff.save_answers(
        "news-1", HEAD[0], [Answer(i, "pass", "") for i in library.signoff.template().item_ids]
    )
    watch_all(library, "news-1", HEAD[0])
    reopen(qtbot, desk)
    keys = Keys(qtbot, desk)
    panel = desk.signoff.decision_panel
    keys.press(Qt.Key.Key_A, CS)
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=5000)
    _sign(qtbot, desk, keys)
    qtbot.waitUntil(lambda: panel.approval_state() == "valid", timeout=5000)
    # The keys are back with the desk after the dialog (no window manager here to say so).
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.video_view)

    keys.press(Qt.Key.Key_A, CS)
    qtbot.waitUntil(lambda: panel.reapprove_question is not None and panel.reapprove_question.isVisible())
    box = panel.reapprove_question
    assert box.text().startswith(f"Version 1 of this clip was already approved by {HEAD[1]} at ")
    assert panel.dialog is None
    _click(qtbot, box, "Cancel")
    qtbot.waitUntil(lambda: panel.reapprove_question is None)
    assert panel.dialog is None and len(library.signoff.signoffs("news-1")) == 1

    keys.press(Qt.Key.Key_A, CS)
    qtbot.waitUntil(lambda: panel.reapprove_question is not None and panel.reapprove_question.isVisible())
    _click(qtbot, panel.reapprove_question, "Sign again")
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=5000)
    _sign(qtbot, desk, keys)
    assert [s.kind for s in library.signoff.signoffs("news-1")] == ["approval", "approval"]
    QApplication.processEvents()
