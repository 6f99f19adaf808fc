"""The sign-off panels of the desk: checklist, decision, sign dialog, history, revocation.

Real services on a fresh home with generated clips and keys in the in-memory keyring; no fakes of
the library, the signing service or the verifier. The panels are those of the real MainWindow
(they are always built); its player is the test stand-in without libvlc (``FakePlayer``), so these
run offscreen. ``test_in_the_real_desk`` runs the flow with the real libvlc player under Xvfb.
"""

from __future__ import annotations

import subprocess
import unicodedata

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from reviewer.core.checklist import Answer
from reviewer.core.record import parse_record
from reviewer.errors import KeyringError
from reviewer.ui.desk import application, create_desk
from reviewer.ui.i18n import LanguageSwitcher, catalogs
from reviewer.ui.sign_dialog import SignDialog
from reviewer.ui.signoff_integration import SignoffDesk
from tests.gui.desk_support import FakePlayer
from tests.signoff_support import (  # noqa: F401 - fixtures
    EDITOR,
    HEAD,
    PASSPHRASE,
    enroll,
    fast_kdf,
    make_source,
    memory_keyring,
    run_cli_subprocess,
    watch_all,
)


def show_clip(desk, clip_id: str) -> None:
    """Put ``clip_id`` under review again (as choosing it in the queue does) and announce it now."""
    desk.load_clip(clip_id, force=True)
    desk._announce_clip()


def tab_title(desk, widget) -> str:
    return desk.side_tabs.tabText(desk.side_tabs.indexOf(widget))


def open_desk(qtbot, services, clip: str = "news-1"):
    """The real window with the test player, 1280×800, showing ``clip``."""
    window = create_desk(services, application(), player=FakePlayer())
    window.resize(1280, 800)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    show_clip(window, clip)
    return window


def close_desk(window) -> None:
    for dialog in (window.signoff.decision_panel.dialog,):
        if dialog is not None:
            dialog.reject()
    window.close()
    window.deleteLater()
    QApplication.processEvents()


class Languages:
    """Switches the UI language with the desk's own switcher (it loads ``reviewer_<lang>.qm``)."""

    def __init__(self, app) -> None:
        self.switcher = LanguageSwitcher(app)

    def apply(self, lang: str) -> None:
        assert self.switcher.apply(lang)
        assert [p.name for p in catalogs(lang)] == [f"reviewer_{lang}.qm"], "run `make translations`"

    def reset(self) -> None:
        self.apply("en")
        QCoreApplication.processEvents()


@pytest.fixture
def languages(qapp):
    lang = Languages(application())
    lang.apply("en")
    yield lang
    lang.reset()


@pytest.fixture
def library(services, tmp_path, memory_keyring, fast_kdf):
    """Two generated clips (2 s, captions, post text) and the head enrolled: the desk opens as the head."""
    for n in (1, 2):
        results = services.ingest.ingest([make_source(tmp_path / f"in{n}", f"news-{n}", variant=n)])
        assert results[0].result == "ingested"
    enroll(services)
    services.settings.language = "en"
    return services


@pytest.fixture
def desk(qtbot, library, languages):
    """The real desk window (test player), showing clip news-1, the head at the desk."""
    window = open_desk(qtbot, library)
    assert window.identity.principal == HEAD[0]
    yield window
    close_desk(window)


def _template(services):
    return services.signoff.template()


def _answer_all(services, result="pass", clip="news-1", **override):
    answers = [Answer(i, override.get(i, result), "") for i in _template(services).item_ids]
    services.signoff.save_answers(clip, HEAD[0], answers)


def _ready_to_approve(desk, services, clip="news-1"):
    _answer_all(services, clip=clip)
    watch_all(services, clip, HEAD[0])
    show_clip(desk, clip)
    panel = desk.signoff.decision_panel
    assert panel.approve_button.isEnabled(), panel.blocked_reasons()
    return panel


def _open_dialog(qtbot, panel, decision="approve") -> SignDialog:
    if decision == "approve":
        qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    else:
        button = {"changes": panel.changes_button, "reject": panel.reject_button, "revoke": panel.revoke_button}[
            decision
        ]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None, panel.message()
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks only knows ASCII; Vietnamese needs the event text)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _type_and_sign(qtbot, dialog: SignDialog, passphrase: str) -> None:
    dialog.passphrase_edit.setFocus()
    type_text(dialog.passphrase_edit, passphrase)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)


# ------------------------------------------------------------------------------- checklist


def test_checklist_answers_are_saved_as_given_and_audited(desk, library, qtbot):
    checklist = desk.signoff.checklist_panel
    card = checklist.card
    template = _template(library)
    assert checklist.item_ids() == list(template.item_ids)
    first, second, third, fourth = template.item_ids[:4]
    assert checklist.current_item() == first  # a clip opens on its first unanswered item

    qtbot.mouseClick(card.buttons["pass"], Qt.MouseButton.LeftButton)
    assert checklist.current_item() == second  # on to the next unanswered item
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_2)  # 2 = Fail; the note field is offered right away
    qtbot.waitUntil(lambda: card.note.hasFocus())
    assert checklist.current_item() == second
    type_text(card.note, "Sai chức danh Bộ trưởng")
    qtbot.keyClick(card.note, Qt.Key.Key_Return)  # saved with the answer, then on to the next
    assert checklist.current_item() == third and card.hasFocus()
    qtbot.keyClick(card, Qt.Key.Key_3)
    assert checklist.current_item() == fourth
    qtbot.keyClick(card, Qt.Key.Key_Up)
    assert checklist.current_item() == third and card.buttons["na"].isChecked()

    saved = library.signoff.answers("news-1", HEAD[0])
    assert saved[first] == Answer(first, "pass", "")
    assert saved[second] == Answer(second, "fail", "Sai chức danh Bộ trưởng")
    assert saved[third] == Answer(third, "na", "")
    assert [c.answer() for c in checklist.chips()[:4]] == ["pass", "fail", "na", ""]
    total = len(template.items)
    assert f"3 of {total} answered" in checklist.progress_label.text()
    assert tab_title(desk, checklist) == f"Checklist 3/{total}"

    events = [e for e in library.signoff.history("news-1") if e.kind == "checklist_answer"]
    recorded = [a for e in events for a in e.payload["answers"]]
    assert recorded == [
        {"item_id": first, "result": "pass", "note": ""},
        {"item_id": second, "result": "fail", "note": ""},
        {"item_id": second, "result": "fail", "note": "Sai chức danh Bộ trưởng"},
        {"item_id": third, "result": "na", "note": ""},
    ]
    assert all(e.actor == HEAD[0] for e in events)

    # Another clip has its own answers and opens on its own first item; coming back shows the
    # saved ones and opens on the first unanswered item, never where the last clip was left.
    show_clip(desk, "news-2")
    assert checklist.state().progress == (0, total) and checklist.current_item() == first
    assert not card.buttons["pass"].isChecked()
    show_clip(desk, "news-1")
    assert checklist.current_item() == fourth
    qtbot.mouseClick(checklist.chip(second), Qt.MouseButton.LeftButton)
    assert card.note.text() == "Sai chức danh Bộ trưởng" and card.buttons["fail"].isChecked()
    # Guidance is shown with the item; blocking items are marked.
    item = template.item(second)
    assert card.guidance.text() == item.guidance.en
    assert card.critical.isVisibleTo(checklist) == item.blocking


def test_incomplete_checklist_keeps_approve_disabled_with_the_reason(desk, library, qtbot):
    watch_all(library, "news-1", HEAD[0])
    show_clip(desk, "news-1")
    panel = desk.signoff.decision_panel
    ids = _template(library).item_ids
    assert not panel.approve_button.isEnabled()
    assert panel.blocked_label.isVisible()
    assert f"Checklist not finished: {len(ids)} of {len(ids)} items not answered yet" in panel.blocked_label.text()

    checklist = desk.signoff.checklist_panel
    for item_id in ids[:-1]:
        checklist.set_result(item_id, "pass")
    assert f"1 of {len(ids)} items not answered yet" in panel.blocked_label.text()
    assert not panel.approve_button.isEnabled()
    checklist.select(ids[-1])
    qtbot.mouseClick(checklist.card.buttons["na"], Qt.MouseButton.LeftButton)
    assert panel.approve_button.isEnabled()
    assert not panel.blocked_label.isVisible()


def test_a_failed_blocking_item_disables_approve_with_the_reason_visible(desk, library, qtbot):
    template = _template(library)
    critical = next(i for i in template.items if i.blocking)
    minor = next(i for i in template.items if not i.blocking)
    _answer_all(library)
    watch_all(library, "news-1", HEAD[0])
    show_clip(desk, "news-1")
    panel, checklist = desk.signoff.decision_panel, desk.signoff.checklist_panel
    assert panel.approve_button.isEnabled()

    # A non-blocking Fail does not block approval.
    checklist.select(minor.id)
    qtbot.mouseClick(checklist.card.buttons["fail"], Qt.MouseButton.LeftButton)
    assert panel.approve_button.isEnabled()

    checklist.select(critical.id)
    qtbot.mouseClick(checklist.card.buttons["fail"], Qt.MouseButton.LeftButton)
    assert not panel.approve_button.isEnabled()
    assert panel.blocked_label.isVisible()
    assert f"Blocking item failed: {critical.label.en}" in panel.blocked_label.text()
    assert checklist.progress_label.text().endswith("2 failed (1 blocking)")
    # Request changes is still possible: a failed item is exactly why one asks for changes.
    assert panel.changes_button.isEnabled()

    checklist.select(critical.id)
    qtbot.mouseClick(checklist.card.buttons["pass"], Qt.MouseButton.LeftButton)
    assert panel.approve_button.isEnabled()


def test_coverage_below_full_disables_approve_until_the_whole_clip_is_watched(desk, library, qtbot):
    _answer_all(library)
    watch_all(library, "news-1", HEAD[0], upto_ms=1000)  # half of the 2 s clip
    show_clip(desk, "news-1")
    panel = desk.signoff.decision_panel
    assert not panel.approve_button.isEnabled()
    assert "You have watched 50.0% of version 1; watch the whole clip before approving" in panel.blocked_label.text()
    assert panel.coverage_label.text() == "Watched by you: 50.0%"

    # The window loads another clip and reports its coverage a moment before it announces the
    # clip: a fully watched news-2 must not unlock news-1, still shown here.
    watch_all(library, "news-2", HEAD[0])
    news1 = desk._version
    desk._version = library.library.version("news-2")
    desk.coverage_changed.emit(1.0)
    assert not panel.approve_button.isEnabled()
    assert panel.coverage_label.text() == "Watched by you: 50.0%"
    desk._version = news1

    version = library.library.version("news-1")
    library.library.save_coverage(
        "news-1", version.id, HEAD[0], [[0, version.duration_ms]], [[1000, version.duration_ms]], version.duration_ms
    )
    show_clip(desk, "news-1")
    qtbot.waitUntil(lambda: panel.approve_button.isEnabled(), timeout=3000)
    assert panel.blocked_reasons() == []
    assert panel.coverage_label.text() == "Watched by you: 100.0%"


def _visible_texts(window) -> list[str]:
    """Every text the desk shows now: labels, buttons, tabs, the status bar's message."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    texts = [window.statusBar().currentMessage()]
    for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if w.isVisible() and w.text():
            texts.append(w.text())
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            texts += [bar.tabText(i) for i in range(bar.count())]
    return texts


@pytest.mark.parametrize(
    "lang, sentence, short",
    [
        ("en", "No one is enrolled: set up the station first", "No one is enrolled"),
        ("vi", "Chưa có ai được đăng ký: hãy thiết lập đài trước", "Chưa có ai được đăng ký"),
    ],
)
def test_nobody_enrolled_disables_every_decision_and_says_so_once(
    qtbot, services, tmp_path, languages, lang, sentence, short
):
    results = services.ingest.ingest([make_source(tmp_path / "in", "news-1")])
    assert results[0].result == "ingested"
    services.settings.language = lang
    window = open_desk(qtbot, services)
    try:
        window._after_first_clip()  # what the desk does once the first clip is on screen
        QApplication.processEvents()
        assert window.identity.principal is None  # never the operating-system account
        panel = window.signoff.decision_panel
        assert not panel.approve_button.isEnabled() and not panel.changes_button.isEnabled()
        assert len(panel.blocked_reasons()) == 1 and panel.blocked_reasons()[0].startswith(sentence)
        # Said once, where the answers would go: the checklist (not again in the decision bar or
        # the status bar's message); the status bar's person button names the state and offers
        # the set-up.
        checklist = window.signoff.checklist_panel
        assert not checklist.card.isVisible() and checklist.empty_label.isVisible()
        assert checklist.empty_label.text().startswith(sentence)
        assert [t for t in _visible_texts(window) if sentence in t] == [checklist.empty_label.text()]
        assert not panel.blocked_label.isVisible()
        assert window.person_button.text() == short
        # A blocked approval still explains itself near the bar.
        window.signoff.approve()
        assert panel.blocked_popup.isVisible() and sentence in panel.blocked_popup.text()
        panel.blocked_popup.hide()
        if lang != "en":  # a language switch rewords it, still once
            languages.apply("en")
            QApplication.processEvents()
            english = "No one is enrolled: set up the station first"
            assert [t for t in _visible_texts(window) if english in t] == [checklist.empty_label.text()]
            assert panel.blocked_reasons()[0].startswith(english)
        # The status bar offers the station set-up (the first-run hook).
        window.person_button.menu().aboutToShow.emit()
        assert [a.text() for a in window.person_button.menu().actions()] == ["Set up the station…"]
    finally:
        close_desk(window)


# ------------------------------------------------------------------------------- signing


def test_sign_dialog_shows_what_is_signed_wrong_passphrase_then_signs(desk, library, qtbot):
    panel = _ready_to_approve(desk, library)
    dialog = _open_dialog(qtbot, panel)
    version = library.library.version("news-1")
    shown = {name: value.text() for name, (_caption, value) in dialog.fields.items()}
    assert shown["name"] == HEAD[1] and shown["title"] == HEAD[2]
    assert shown["role"] == "Head (approves)"
    assert shown["meaning"] == "Phê duyệt đăng phát trên Facebook / Approved for publication on Facebook"
    assert shown["sha256"] == version.sha256
    assert shown["coverage"] == "100.0%"
    n = len(_template(library).items)
    assert shown["checklist"] == f"{n}/{n} answered: {n} pass · 0 fail · 0 N/A"
    assert shown["items"] == "none: every item passed, without notes"
    assert shown["notes"] == "none"
    assert shown["decision"] == "Approve" and shown["reason"] == "—"
    assert "recorded when you sign" in shown["time"]
    assert dialog.passphrase_edit.echoMode() == dialog.passphrase_edit.EchoMode.Password

    _type_and_sign(qtbot, dialog, "sai mật khẩu")
    assert dialog.isVisible()
    assert dialog.message_text() == "Wrong passphrase. 4 of 5 attempts left before signing locks for 60 s."
    assert dialog.passphrase_edit.text() == ""  # never left in the field
    assert library.library.clip("news-1").status.value == "pending"

    with qtbot.waitSignal(panel.signed, timeout=10000) as signed:
        _type_and_sign(qtbot, dialog, PASSPHRASE)
    result = signed.args[0]
    assert not dialog.isVisible()
    assert library.library.clip("news-1").status.value == "approved"
    assert result.record["meaning"] == shown["meaning"]  # the dialog showed exactly what was signed
    assert result.record["clip"]["sha256"] == shown["sha256"]
    assert result.record["signed_from"] == "desk"
    assert desk.current_clip().status.value == "approved"  # the window re-read the clip
    assert desk.status_badge.text() == "Approved"
    assert panel.approval_state() == "valid"
    assert panel.badge.text() == "Approval valid" and panel.badge.isVisible()
    assert "Approval of version 1" in panel.badge_detail.text() and HEAD[1] in panel.badge_detail.text()

    history = desk.signoff.history_panel
    desk.signoff.show_history()
    qtbot.waitUntil(
        lambda: (
            history.rows() and history.rows()[0][3] == "Checkpoint" or any(r[3] == "Sign-off" for r in history.rows())
        )
    )
    signoffs = [r for r in history.rows() if r[3] == "Sign-off"]
    assert len(signoffs) == 1
    seq, _time, actor, _kind, summary = signoffs[0]
    assert int(seq) == result.signoff.audit_seq and actor == HEAD[1]
    assert summary == "Approval of version 1, signed in the desk — valid"
    assert history.validity()[result.signoff.audit_seq] == "valid"
    assert any(r[3] == "Wrong passphrase" for r in history.rows()) is False  # not a clip event
    assert [r[3] for r in history.rows()][-1] == "Ingested"


def test_the_badge_says_file_changed_when_the_signed_clip_bytes_change(desk, library, qtbot):
    panel = _ready_to_approve(desk, library)
    dialog = _open_dialog(qtbot, panel)
    with qtbot.waitSignal(panel.signed, timeout=10000):
        _type_and_sign(qtbot, dialog, PASSPHRASE)
    assert panel.approval_state() == "valid"
    stored = library.home / library.library.version("news-1").store_path
    stored.chmod(0o644)
    with open(stored, "ab") as f:
        f.write(b"\0")  # one byte appended to the stored clip after it was approved
    show_clip(desk, "news-1")
    qtbot.waitUntil(lambda: panel.approval_state() == "file_changed")
    assert panel.badge.text() == "File changed since approval"
    assert "no longer has the signed bytes" in panel.badge_detail.text()
    assert "changed" in panel.badge_detail.toolTip()  # the verifier's own words, for the details
    history = desk.signoff.history_panel
    history.reload()
    assert next(r for r in history.rows() if r[3] == "Sign-off")[4].endswith("— file changed")


def test_ctrl_enter_signs(desk, library, qtbot):
    panel = _ready_to_approve(desk, library)
    dialog = _open_dialog(qtbot, panel)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.passphrase_edit.hasFocus())
    type_text(dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)  # plain Enter does not sign
    assert dialog.isVisible() and "Ctrl+Enter" in dialog.hint.text()
    with qtbot.waitSignal(dialog.signed, timeout=10000):
        qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert library.library.clip("news-1").status.value == "approved"


def test_five_wrong_passphrases_lock_signing_and_say_for_how_long(desk, library, qtbot):
    panel = _ready_to_approve(desk, library)
    dialog = _open_dialog(qtbot, panel)
    for n in range(4):
        _type_and_sign(qtbot, dialog, f"sai {n}")
        assert f"{4 - n} of 5 attempts left" in dialog.message_text()
    _type_and_sign(qtbot, dialog, "sai 5")
    assert dialog.message_text().startswith("Signing is locked after too many wrong passphrases; try again in 60 s")
    assert not dialog.sign_button.isEnabled()
    dialog.reject()
    panel.refresh()
    assert not panel.approve_button.isEnabled()
    assert any(r.startswith("Signing is locked") for r in panel.blocked_reasons())


def test_keyring_problems_show_their_own_message(desk, library, qtbot, monkeypatch):
    panel = _ready_to_approve(desk, library)
    dialog = _open_dialog(qtbot, panel)

    def locked(_fingerprint):
        raise KeyringError("the keyring is locked: unlock your login keyring and try again")

    monkeypatch.setattr(library.signoff.vault, "load", locked)
    _type_and_sign(qtbot, dialog, PASSPHRASE)
    assert dialog.message_text() == "the keyring is locked: unlock your login keyring and try again"
    assert dialog.isVisible() and library.library.clip("news-1").status.value == "pending"


def test_request_changes_needs_a_reason_then_signs_it(desk, library, qtbot):
    panel = desk.signoff.decision_panel
    assert panel.changes_button.isEnabled()  # no checklist or coverage needed to ask for changes
    qtbot.mouseClick(panel.changes_button, Qt.MouseButton.LeftButton)
    assert panel.dialog is None
    assert panel.message() == "Write the reason first: requesting changes needs a reason."
    assert panel.reason_edit.hasFocus()
    assert library.signoff.signoffs("news-1") == []

    type_text(panel.reason_edit, "Sửa chức danh ở giây thứ 12")
    dialog = _open_dialog(qtbot, panel, "changes")
    shown = {name: value.text() for name, (_caption, value) in dialog.fields.items()}
    assert shown["reason"] == "Sửa chức danh ở giây thứ 12"
    assert shown["meaning"] == (
        "Yêu cầu chỉnh sửa trước khi đăng phát trên Facebook / Changes requested before publication on Facebook"
    )
    with qtbot.waitSignal(panel.signed, timeout=10000) as signed:
        _type_and_sign(qtbot, dialog, PASSPHRASE)
    assert signed.args[0].record["reason"] == "Sửa chức danh ở giây thứ 12"
    assert library.library.clip("news-1").status.value == "changes"
    assert panel.reason_edit.toPlainText() == ""


def test_reject_without_reason_is_refused(desk, library, qtbot):
    panel = desk.signoff.decision_panel
    qtbot.mouseClick(panel.reject_button, Qt.MouseButton.LeftButton)
    assert panel.dialog is None and panel.message() == "Write the reason first: a rejection needs a reason."


def test_revoke_with_a_reason_marks_the_approval_revoked(desk, library, qtbot):
    panel = _ready_to_approve(desk, library)
    assert not panel.revoke_button.isVisible()  # nothing to revoke yet
    dialog = _open_dialog(qtbot, panel)
    with qtbot.waitSignal(panel.signed, timeout=10000):
        _type_and_sign(qtbot, dialog, PASSPHRASE)
    assert panel.revoke_button.isVisible() and panel.revoke_button.isEnabled()

    qtbot.mouseClick(panel.revoke_button, Qt.MouseButton.LeftButton)
    assert panel.dialog is None
    assert panel.message() == "Write the reason first: revoking an approval needs a reason."
    type_text(panel.reason_edit, "Thông tin đã được cải chính")
    dialog = _open_dialog(qtbot, panel, "revoke")
    shown = {name: value.text() for name, (_caption, value) in dialog.fields.items()}
    assert (
        shown["meaning"]
        == "Thu hồi phê duyệt; clip không được đăng phát / Approval revoked; the clip must not be published"
    )
    assert shown["revoked"].startswith(f"approval of version 1 signed by {HEAD[1]}")
    with qtbot.waitSignal(panel.signed, timeout=10000) as signed:
        _type_and_sign(qtbot, dialog, PASSPHRASE)
    assert signed.args[0].record["reason"] == "Thông tin đã được cải chính"
    assert library.library.clip("news-1").status.value == "revoked"
    assert panel.approval_state() == "revoked" and panel.badge.text() == "Approval revoked"
    assert not panel.revoke_button.isVisible()
    assert library.verifier.approval_state("news-1").state == "revoked"

    history = desk.signoff.history_panel
    history.reload()
    kinds = [r[3] for r in history.rows()]
    assert kinds[:2] == ["Revocation", "Sign-off"]
    assert history.rows()[0][4] == "Approval of version 1 revoked: “Thông tin đã được cải chính” — signature valid"
    assert history.rows()[1][4].endswith("— revoked")


def test_an_editor_records_a_recommendation_and_cannot_revoke(qtbot, library, languages):
    enroll(library, EDITOR)
    library.settings.desk_person = EDITOR[0]  # this workstation's desk last had the editor
    library.signoff.save_answers("news-1", EDITOR[0], [Answer(i, "pass", "") for i in _template(library).item_ids])
    watch_all(library, "news-1", EDITOR[0])
    window = open_desk(qtbot, library)
    try:
        assert window.identity.principal == EDITOR[0]
        panel = window.signoff.decision_panel
        assert panel.approve_button.text() == "Recommend approval && sign…"
        dialog = _open_dialog(qtbot, panel)
        assert dialog.fields["meaning"][1].text() == (
            "Đề xuất phê duyệt đăng phát trên Facebook / Recommended for publication on Facebook"
        )
        with qtbot.waitSignal(panel.signed, timeout=10000) as signed:
            _type_and_sign(qtbot, dialog, PASSPHRASE)
        assert signed.args[0].signoff.kind == "recommendation"
        assert library.library.clip("news-1").status.value == "pending"
        assert not panel.revoke_button.isVisible()
    finally:
        close_desk(window)


def test_a_desk_signed_record_verifies_with_real_ssh_keygen(desk, library, qtbot, tmp_path, home, memory_keyring):
    panel = _ready_to_approve(desk, library)
    dialog = _open_dialog(qtbot, panel)
    with qtbot.waitSignal(panel.signed, timeout=10000) as signed:
        _type_and_sign(qtbot, dialog, PASSPHRASE)
    stored = signed.args[0].signoff

    # 1) The stored bytes and signature, as the library holds them.
    folder = tmp_path / "stored"
    folder.mkdir()
    (folder / "approval.json").write_bytes(stored.record)
    (folder / "approval.json.sig").write_text(stored.signature, encoding="ascii")
    (folder / "station_allowed_signers").write_text(library.station.trust_file(), encoding="utf-8")
    # 2) The export package for the publishing desk (rendered in a child process: it lays out a PDF).
    out = tmp_path / "gói xuất"
    r = run_cli_subprocess(
        home,
        "export",
        "news-1",
        "--out",
        str(out),
        "--passphrase-stdin",
        keyring=memory_keyring,
        stdin=PASSPHRASE + "\n",
    )
    assert r.code == 0, r.err
    assert (out / "approval.json").read_bytes() == stored.record

    for where in (folder, out):
        verify = subprocess.run(
            [
                "ssh-keygen",
                "-Y",
                "verify",
                "-f",
                "station_allowed_signers",
                "-I",
                f"head:{HEAD[0]}",
                "-n",
                "clip-approval",
                "-s",
                "approval.json.sig",
            ],
            stdin=open(where / "approval.json", "rb"),
            cwd=where,
            capture_output=True,
            text=True,
        )
        assert verify.returncode == 0, verify.stderr
        assert f'Good "clip-approval" signature for head:{HEAD[0]}' in verify.stdout + verify.stderr
    record = parse_record(stored.record)
    assert record["signed_from"] == "desk"
    assert record["decision"] == "approve" and record["coverage"]["fraction"] == 1.0
    assert record["signer"]["name"] == HEAD[1]
    sums = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=out, capture_output=True, text=True)
    assert sums.returncode == 0, sums.stdout + sums.stderr


# ------------------------------------------------------------------------------- keyboard


def test_the_desk_commands_work_from_the_keyboard(desk, library, qtbot):
    signoff = desk.signoff
    actions = desk.actions_by_name
    desk.show_side_panel(signoff.history_panel)
    actions["checklist"].trigger()
    assert desk.side_tabs.currentWidget() is signoff.checklist_panel
    card = signoff.checklist_panel.card
    qtbot.waitUntil(lambda: card.hasFocus())
    first = signoff.checklist_panel.current_item()
    qtbot.keyClick(card, Qt.Key.Key_1)
    assert library.signoff.answers("news-1", HEAD[0])[first].result == "pass"
    actions["reason"].trigger()
    assert signoff.decision_panel.reason_edit.hasFocus()
    actions["history"].trigger()
    assert desk.side_tabs.currentWidget() is signoff.history_panel
    names = ("checklist", "approve", "reason", "history")
    assert [actions[n].shortcut().toString() for n in names] == [
        "Ctrl+Shift+C",
        "Ctrl+Shift+A",
        "Ctrl+Shift+R",
        "Ctrl+Shift+H",
    ]
    assert all(actions[n] in desk.review_menu.actions() for n in names)


# ------------------------------------------------------------------------------- language


def test_vietnamese_panels_and_screenshot(desk, library, languages, qtbot, tmp_path):
    template = _template(library)
    critical = next(i for i in template.items if i.blocking)
    answers = [Answer(i, "pass", "") for i in template.item_ids[:9]]
    answers[1] = Answer(answers[1].item_id, "fail", "Sai chức danh Thứ trưởng ở giây 0:12")
    library.signoff.save_answers("news-1", HEAD[0], answers)
    watch_all(library, "news-1", HEAD[0], upto_ms=1500)
    show_clip(desk, "news-1")
    checklist, panel = desk.signoff.checklist_panel, desk.signoff.decision_panel
    card = checklist.card
    checklist.select(critical.id)
    assert "Blocking item failed" in panel.blocked_label.text() and card.buttons["na"].text() == "N/A (3)"
    # Switching the language re-words everything in place, template labels included.
    languages.apply("vi")
    qtbot.waitUntil(lambda: desk.signoff.decision_panel.approve_button.text() == "Phê duyệt và ký…")
    assert [card.buttons[r].text() for r in ("pass", "fail", "na")] == ["Đạt (1)", "Không đạt (2)", "Không áp dụng (3)"]
    assert card.label.text().endswith(critical.label.vi)
    assert card.guidance.text() == critical.guidance.vi
    assert card.critical.text() == "Bắt buộc"  # one word for blocking items, as on the certificate
    assert panel.approve_button.text() == "Phê duyệt và ký…"
    assert panel.changes_button.text() == "Yêu cầu sửa…" and panel.reject_button.text() == "Từ chối…"
    assert panel.badge.text() == "Chưa có phê duyệt"
    text = panel.blocked_label.text()
    assert "Mục bắt buộc không đạt" in text and "75,0%" in text, text
    assert tab_title(desk, checklist) == f"Kiểm duyệt 9/{len(template.items)}"
    assert tab_title(desk, desk.signoff.history_panel) == "Lịch sử"
    for label in (text, panel.reason_edit.placeholderText(), checklist.progress_label.text()):
        assert unicodedata.normalize("NFC", label) == label

    assert desk.grab().save(str(tmp_path / "signoff_panel.png"))
    _answer_all(library)
    watch_all(library, "news-1", HEAD[0])
    show_clip(desk, "news-1")
    dialog = _open_dialog(qtbot, panel)
    assert dialog.windowTitle() == "Ký quyết định"
    assert dialog.fields["name"][0].text() == "Người ký"
    qtbot.keyClicks(dialog.passphrase_edit, "sai")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.message_text() == "Sai cụm mật khẩu. Còn 4/5 lần thử trước khi bị tạm khóa ký 60 giây."
    assert dialog.grab().save(str(tmp_path / "signoff_dialog.png"))
    dialog.reject()
    # The history tab, after a signing, in Vietnamese.
    dialog = _open_dialog(qtbot, panel)
    with qtbot.waitSignal(panel.signed, timeout=10000):
        _type_and_sign(qtbot, dialog, PASSPHRASE)
    desk.signoff.show_history()
    qtbot.waitUntil(lambda: any(r[3] == "Ký duyệt" for r in desk.signoff.history_panel.rows()))
    summary = next(r for r in desk.signoff.history_panel.rows() if r[3] == "Ký duyệt")[4]
    assert summary == "Phê duyệt phiên bản 1, ký tại bàn duyệt — hợp lệ"  # not "Phê duyệt … (Phê duyệt)"
    assert desk.signoff.history_panel.grab().save(str(tmp_path / "signoff_history.png"))
    assert panel.badge.text() == "Phê duyệt hợp lệ"


# ------------------------------------------------------------------------------- the real desk


@pytest.mark.video
def test_in_the_real_desk_watching_the_clip_to_the_end_enables_approve_and_signs(
    qtbot, x11_display, library, languages
):
    """The real MainWindow with the real libvlc player under Xvfb."""
    library.settings.language = "en"
    window = create_desk(library, application())
    signoff = window.signoff
    assert isinstance(signoff, SignoffDesk)  # always built by the window
    window.resize(1280, 800)
    with qtbot.waitExposed(window):
        window.show()
    try:
        # The window announces the clip (clip_changed) once its first frame is on screen.
        with qtbot.waitSignal(window.clip_changed, timeout=15000, check_params_cb=lambda c, _v: c == "news-1"):
            window.load_clip("news-1")
        panel = signoff.decision_panel
        assert window.side_tabs.indexOf(signoff.checklist_panel) >= 0
        assert window.side_tabs.indexOf(signoff.history_panel) >= 0
        checklist = signoff.checklist_panel
        assert checklist.state().progress == (0, len(_template(library).items))
        for _item in checklist.item_ids():
            qtbot.mouseClick(checklist.card.buttons["pass"], Qt.MouseButton.LeftButton)  # and on to the next
        assert not panel.approve_button.isEnabled()
        assert any(r.startswith("You have watched 0.0%") for r in panel.blocked_reasons())

        # Watch the whole 2 s clip with the real player: the window's coverage reports enable Approve.
        with qtbot.waitSignal(window.player.state_changed, timeout=10000, check_params_cb=lambda s: s == "ended"):
            window.toggle_play()
        duration = window.current_version().duration_ms
        qtbot.waitUntil(lambda: window.coverage_intervals().total_ms() >= duration - 300, timeout=5000)
        # Playback that starts on the first frame counts from 0, even though libvlc reports a few ms.
        assert window.coverage_intervals().intervals[0][0] == 0
        qtbot.waitUntil(panel.approve_button.isEnabled, timeout=5000)
        assert panel.coverage_label.text() == "Watched by you: 100.0%"

        dialog = _open_dialog(qtbot, panel)
        assert dialog.fields["coverage"][1].text() == "100.0%"  # saved by the window, checked by the service
        with qtbot.waitSignal(panel.signed, timeout=10000) as signed:
            _type_and_sign(qtbot, dialog, PASSPHRASE)
        record = signed.args[0].record
        assert record["signed_from"] == "desk" and record["coverage"]["fraction"] == 1.0
        assert window.current_clip().status.value == "approved"  # refresh_clip updated the header
        qtbot.waitUntil(lambda: panel.approval_state() == "valid")
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
