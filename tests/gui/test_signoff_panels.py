"""The sign-off panels of the desk: checklist, decision, sign dialog, history, revocation.

Real services on a fresh home with generated clips and keys in the in-memory keyring; no fakes of
the library, the signing service or the verifier. The panels are installed with
``install_signoff`` into :class:`HookHost`, a small QMainWindow offering the same hook API as the
desk's MainWindow (signals ``clip_changed``/``coverage_changed``, ``add_side_panel`` …), because
the real window needs ``reviewer.media.player`` to exist; ``test_in_the_real_desk`` runs the same
flow in the real window when the player and an X11 display are there.
"""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget

from reviewer.core.checklist import Answer
from reviewer.core.coverage import IntervalSet, coverage_of
from reviewer.core.record import parse_record
from reviewer.errors import KeyringError
from reviewer.ui.desk import application
from reviewer.ui.i18n import LanguageSwitcher, catalogs
from reviewer.ui.sign_dialog import SignDialog
from reviewer.ui.signoff_integration import SignoffDesk, install_signoff
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


# The offscreen platform cannot pass a window's size constraints on and says so at every layout
# change of a top-level window (dialogs included); it is not about anything the desk does.



class HookHost(QMainWindow):
    """The MainWindow hook API the sign-off panels use, over the real library (no player).

    Coverage is what the library stores for the person (the desk's ViewingCoverage without an
    unsaved part); ``load_clip`` emits ``clip_changed`` like the desk does after loading.
    """

    clip_changed = Signal(str, int)
    coverage_changed = Signal(float)

    def __init__(self, services) -> None:
        super().__init__()
        self.services = services
        self.library = services.library
        self.side_tabs = QTabWidget()
        self.setCentralWidget(self.side_tabs)
        self.review_menu = self.menuBar().addMenu("Review")
        self._detail = None
        self.saved_coverage = 0
        self.refreshed: list[str] = []

    def add_side_panel(self, widget, title: str) -> int:
        return self.side_tabs.addTab(widget, title)

    def set_side_panel_title(self, widget, title: str) -> None:
        i = self.side_tabs.indexOf(widget)
        if i >= 0:
            self.side_tabs.setTabText(i, title)

    def show_side_panel(self, widget) -> None:
        i = self.side_tabs.indexOf(widget)
        if i >= 0:
            self.side_tabs.setCurrentIndex(i)

    def tab_title(self, widget) -> str:
        return self.side_tabs.tabText(self.side_tabs.indexOf(widget))

    def load_clip(self, clip_id: str) -> None:
        self._detail = self.library.clip_detail(clip_id)
        self.clip_changed.emit(clip_id, self._detail.current.number)
        self.coverage_changed.emit(self.coverage_fraction())

    def current_clip(self):
        return self._detail.clip if self._detail else None

    def current_detail(self):
        return self._detail

    def current_version(self):
        return self._detail.current if self._detail else None

    def coverage_intervals(self) -> IntervalSet:
        v = self.current_version()
        return IntervalSet(self.library.coverage(v.id, self.services.person)) if v else IntervalSet()

    def coverage_fraction(self) -> float:
        v = self.current_version()
        return coverage_of(self.coverage_intervals(), v.duration_ms) if v else 0.0

    def save_coverage(self) -> bool:
        self.saved_coverage += 1
        return True

    def refresh_clip(self, clip_id: str) -> None:
        self.refreshed.append(clip_id)
        if self._detail is not None and self._detail.clip.id == clip_id:
            self._detail = self.library.clip_detail(clip_id)

    def retranslate(self) -> None:
        pass


class Languages:
    """Switches the UI language with the desk's own switcher (it loads every ``*_<lang>.qm``)."""

    def __init__(self, app) -> None:
        self.switcher = LanguageSwitcher(app)

    def apply(self, lang: str) -> None:
        assert self.switcher.apply(lang)
        assert any(p.name == f"signoff_{lang}.qm" for p in catalogs(lang)), "run `make translations`"

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
    """Two generated clips (2 s, captions, post text) and the head enrolled; the desk's person is the head."""
    for n in (1, 2):
        results = services.ingest.ingest([make_source(tmp_path / f"in{n}", f"news-{n}", variant=n)])
        assert results[0].result == "ingested"
    enroll(services)
    services.person = HEAD[0]
    return services


@pytest.fixture
def desk(qtbot, library, languages):
    """The hook host with the sign-off panels installed, showing clip news-1."""
    host = HookHost(library)
    signoff = install_signoff(host, library)
    host.resize(560, 1000)
    with qtbot.waitActive(host):
        host.show()
        host.activateWindow()
    host.load_clip("news-1")
    host.signoff = signoff
    yield host
    if signoff.decision_panel.dialog is not None:
        signoff.decision_panel.dialog.reject()
    host.close()
    host.deleteLater()
    QApplication.processEvents()


def _template(services):
    return services.signoff.template()


def _answer_all(services, result="pass", clip="news-1", **override):
    answers = [Answer(i, override.get(i, result), "") for i in _template(services).item_ids]
    services.signoff.save_answers(clip, HEAD[0], answers)


def _ready_to_approve(desk, services, clip="news-1"):
    _answer_all(services, clip=clip)
    watch_all(services, clip, HEAD[0])
    desk.load_clip(clip)
    panel = desk.signoff.decision_panel
    assert panel.approve_button.isEnabled(), panel.blocked_reasons()
    return panel


def _open_dialog(qtbot, panel, decision="approve") -> SignDialog:
    if decision == "approve":
        qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    else:
        button = {"changes": panel.changes_button, "reject": panel.reject_button, "revoke": panel.revoke_button}[decision]
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
    template = _template(library)
    assert [r.item.id for r in checklist.rows()] == list(template.item_ids)
    first, second, third = template.item_ids[:3]

    qtbot.mouseClick(checklist.row(first).buttons["pass"], Qt.MouseButton.LeftButton)
    row = checklist.row(second)
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_2)  # 2 = Fail; the note field is offered right away
    qtbot.waitUntil(lambda: row.note.hasFocus())
    type_text(row.note, "Sai chức danh Bộ trưởng")
    qtbot.keyClick(row.note, Qt.Key.Key_Return)
    checklist.row(third).setFocus()
    qtbot.keyClick(checklist.row(third), Qt.Key.Key_3)
    qtbot.keyClick(checklist.row(third), Qt.Key.Key_Down)
    assert checklist.rows()[3].hasFocus()

    saved = library.signoff.answers("news-1", HEAD[0])
    assert saved[first] == Answer(first, "pass", "")
    assert saved[second] == Answer(second, "fail", "Sai chức danh Bộ trưởng")
    assert saved[third] == Answer(third, "na", "")
    assert row.buttons["fail"].isChecked() and not row.buttons["pass"].isChecked()
    total = len(template.items)
    assert f"3 of {total} answered" in checklist.progress_label.text()
    assert desk.tab_title(desk.signoff.review_page) == f"Checklist 3/{total}"

    events = [e for e in library.signoff.history("news-1") if e.kind == "checklist_answer"]
    recorded = [a for e in events for a in e.payload["answers"]]
    assert recorded == [
        {"item_id": first, "result": "pass", "note": ""},
        {"item_id": second, "result": "fail", "note": ""},
        {"item_id": second, "result": "fail", "note": "Sai chức danh Bộ trưởng"},
        {"item_id": third, "result": "na", "note": ""},
    ]
    assert all(e.actor == HEAD[0] for e in events)

    # Another clip has its own answers; coming back shows the saved ones.
    desk.load_clip("news-2")
    assert checklist.state().progress == (0, total) and not checklist.row(first).buttons["pass"].isChecked()
    desk.load_clip("news-1")
    assert checklist.row(second).note.text() == "Sai chức danh Bộ trưởng"
    assert checklist.row(second).buttons["fail"].isChecked()
    # Guidance is the tooltip; critical items are marked.
    item = template.item(first)
    assert item.guidance.en in checklist.row(first).label.toolTip()
    assert checklist.row(first).critical.isVisibleTo(checklist) == item.blocking


def test_incomplete_checklist_keeps_approve_disabled_with_the_reason(desk, library, qtbot):
    watch_all(library, "news-1", HEAD[0])
    desk.load_clip("news-1")
    panel = desk.signoff.decision_panel
    ids = _template(library).item_ids
    assert not panel.approve_button.isEnabled()
    assert panel.blocked_label.isVisible()
    assert f"Checklist incomplete: {len(ids)} of {len(ids)} items not answered yet" in panel.blocked_label.text()

    checklist = desk.signoff.checklist_panel
    for item_id in ids[:-1]:
        checklist.set_result(item_id, "pass")
    assert f"1 of {len(ids)} items not answered yet" in panel.blocked_label.text()
    assert not panel.approve_button.isEnabled()
    last = checklist.row(ids[-1])
    qtbot.mouseClick(last.buttons["na"], Qt.MouseButton.LeftButton)
    assert panel.approve_button.isEnabled()
    assert not panel.blocked_label.isVisible()


def test_a_failed_critical_item_disables_approve_with_the_reason_visible(desk, library, qtbot):
    template = _template(library)
    critical = next(i for i in template.items if i.blocking)
    minor = next(i for i in template.items if not i.blocking)
    _answer_all(library)
    watch_all(library, "news-1", HEAD[0])
    desk.load_clip("news-1")
    panel, checklist = desk.signoff.decision_panel, desk.signoff.checklist_panel
    assert panel.approve_button.isEnabled()

    # A non-critical Fail does not block approval.
    qtbot.mouseClick(checklist.row(minor.id).buttons["fail"], Qt.MouseButton.LeftButton)
    assert panel.approve_button.isEnabled()

    qtbot.mouseClick(checklist.row(critical.id).buttons["fail"], Qt.MouseButton.LeftButton)
    assert not panel.approve_button.isEnabled()
    assert panel.blocked_label.isVisible()
    assert f"Critical item failed: {critical.label.en}" in panel.blocked_label.text()
    assert checklist.progress_label.text().endswith("2 failed (1 critical)")
    # Request changes is still possible: a failed item is exactly why one asks for changes.
    assert panel.changes_button.isEnabled()

    qtbot.mouseClick(checklist.row(critical.id).buttons["pass"], Qt.MouseButton.LeftButton)
    assert panel.approve_button.isEnabled()


def test_coverage_below_full_disables_approve_until_the_whole_clip_is_watched(desk, library, qtbot):
    _answer_all(library)
    watch_all(library, "news-1", HEAD[0], upto_ms=1000)  # half of the 2 s clip
    desk.load_clip("news-1")
    panel = desk.signoff.decision_panel
    assert not panel.approve_button.isEnabled()
    assert "You have watched 50.0% of version 1; the whole clip must be watched before approving" in panel.blocked_label.text()
    assert panel.coverage_label.text() == "Watched by you: 50.0%"

    # The window loads another clip and reports its coverage a moment before it announces the
    # clip: a fully watched news-2 must not unlock news-1, still shown here.
    watch_all(library, "news-2", HEAD[0])
    desk._detail = library.library.clip_detail("news-2")
    desk.coverage_changed.emit(1.0)
    assert not panel.approve_button.isEnabled()
    assert panel.coverage_label.text() == "Watched by you: 50.0%"
    desk._detail = library.library.clip_detail("news-1")

    version = library.library.version("news-1")
    library.library.save_coverage("news-1", version.id, HEAD[0], [[0, version.duration_ms]],
                                  [[1000, version.duration_ms]], version.duration_ms)
    desk.coverage_changed.emit(1.0)  # what the window reports as playback reaches the end
    qtbot.waitUntil(lambda: panel.approve_button.isEnabled(), timeout=3000)
    assert panel.blocked_reasons() == []
    assert panel.coverage_label.text() == "Watched by you: 100.0%"


def test_no_signing_key_disables_every_decision_and_says_how_to_get_one(qtbot, library, languages):
    library.person = "khach@dai.vn"
    host = HookHost(library)
    signoff = install_signoff(host, library)
    host.show()
    host.load_clip("news-1")
    panel = signoff.decision_panel
    assert not panel.approve_button.isEnabled() and not panel.changes_button.isEnabled()
    assert "khach@dai.vn has no signing key" in panel.blocked_label.text()
    assert "reviewer keys init --principal khach@dai.vn" in panel.blocked_label.text()
    host.close()


# ------------------------------------------------------------------------------- signing


def test_sign_dialog_shows_what_is_signed_wrong_passphrase_then_signs(desk, library, qtbot):
    panel = _ready_to_approve(desk, library)
    dialog = _open_dialog(qtbot, panel)
    assert desk.saved_coverage >= 1  # the window saved its coverage before the service checked it
    version = library.library.version("news-1")
    shown = {name: value.text() for name, (_caption, value) in dialog.fields.items()}
    assert shown["name"] == HEAD[1] and shown["title"] == HEAD[2]
    assert shown["role"] == "Head (approves)"
    assert shown["meaning"] == "Phê duyệt đăng trên Facebook / Approved for publication on Facebook"
    assert shown["sha256"] == version.sha256
    assert shown["coverage"] == "100.0%"
    n = len(_template(library).items)
    assert shown["checklist"] == f"{n}/{n} answered: {n} pass · 0 fail · 0 N/A"
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
    assert desk.refreshed == ["news-1"]
    assert panel.approval_state() == "valid"
    assert panel.badge.text() == "Approval valid" and panel.badge.isVisible()
    assert "Approval of version 1" in panel.badge_detail.text() and HEAD[1] in panel.badge_detail.text()

    history = desk.signoff.history_panel
    desk.signoff.show_history()
    qtbot.waitUntil(lambda: history.rows() and history.rows()[0][3] == "Checkpoint" or
                    any(r[3] == "Sign-off" for r in history.rows()))
    signoffs = [r for r in history.rows() if r[3] == "Sign-off"]
    assert len(signoffs) == 1
    seq, _time, actor, _kind, summary = signoffs[0]
    assert int(seq) == result.signoff.audit_seq and actor == HEAD[1]
    assert summary == "Approval of version 1 (Approve), signed in the desk — valid"
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
    desk.load_clip("news-1")
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
    assert shown["meaning"] == ("Yêu cầu chỉnh sửa trước khi đăng trên Facebook / "
                                "Changes requested before publication on Facebook")
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
    assert shown["meaning"] == "Thu hồi phê duyệt; clip không được đăng / Approval revoked; the clip must not be published"
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
    library.person = EDITOR[0]
    library.signoff.save_answers("news-1", EDITOR[0], [Answer(i, "pass", "") for i in _template(library).item_ids])
    watch_all(library, "news-1", EDITOR[0])
    host = HookHost(library)
    signoff = install_signoff(host, library)
    host.show()
    host.load_clip("news-1")
    panel = signoff.decision_panel
    assert panel.approve_button.text() == "Recommend approval && sign…"
    dialog = _open_dialog(qtbot, panel)
    assert dialog.fields["meaning"][1].text() == ("Đề xuất phê duyệt đăng trên Facebook / "
                                                  "Recommended for publication on Facebook")
    with qtbot.waitSignal(panel.signed, timeout=10000) as signed:
        _type_and_sign(qtbot, dialog, PASSPHRASE)
    assert signed.args[0].signoff.kind == "recommendation"
    assert library.library.clip("news-1").status.value == "pending"
    assert not panel.revoke_button.isVisible()
    host.close()


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
    r = run_cli_subprocess(home, "export", "news-1", "--out", str(out), "--passphrase-stdin",
                           keyring=memory_keyring, stdin=PASSPHRASE + "\n")
    assert r.code == 0, r.err
    assert (out / "approval.json").read_bytes() == stored.record

    for where in (folder, out):
        verify = subprocess.run(
            ["ssh-keygen", "-Y", "verify", "-f", "station_allowed_signers", "-I", f"head:{HEAD[0]}",
             "-n", "clip-approval", "-s", "approval.json.sig"],
            stdin=open(where / "approval.json", "rb"), cwd=where, capture_output=True, text=True,
        )  # fmt: skip
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
    desk.show_side_panel(signoff.history_panel)
    signoff.actions["checklist"].trigger()
    assert desk.side_tabs.currentWidget() is signoff.review_page
    first = signoff.checklist_panel.rows()[0]
    qtbot.waitUntil(lambda: first.hasFocus())
    qtbot.keyClick(first, Qt.Key.Key_1)
    assert library.signoff.answers("news-1", HEAD[0])[first.item.id].result == "pass"
    signoff.actions["reason"].trigger()
    assert signoff.decision_panel.reason_edit.hasFocus()
    signoff.actions["history"].trigger()
    assert desk.side_tabs.currentWidget() is signoff.history_panel
    assert [a.shortcut().toString() for a in signoff.actions.values()] == [
        "Ctrl+Shift+C", "Ctrl+Shift+A", "Ctrl+Shift+R", "Ctrl+Shift+H"]
    assert all(a in desk.review_menu.actions() for a in signoff.actions.values())


# ------------------------------------------------------------------------------- language


def test_vietnamese_panels_and_screenshot(desk, library, languages, qtbot, tmp_path):
    template = _template(library)
    critical = next(i for i in template.items if i.blocking)
    answers = [Answer(i, "pass", "") for i in template.item_ids[:9]]
    answers[1] = Answer(answers[1].item_id, "fail", "Sai chức danh Thứ trưởng ở giây 0:12")
    library.signoff.save_answers("news-1", HEAD[0], answers)
    watch_all(library, "news-1", HEAD[0], upto_ms=1500)
    desk.load_clip("news-1")
    checklist, panel = desk.signoff.checklist_panel, desk.signoff.decision_panel
    row = checklist.row(critical.id)
    assert "Critical item failed" in panel.blocked_label.text() and row.buttons["na"].text() == "N/A"
    # Switching the language re-words everything in place, template labels included.
    languages.apply("vi")
    qtbot.waitUntil(lambda: desk.signoff.decision_panel.approve_button.text() == "Phê duyệt và ký…")
    assert [row.buttons[r].text() for r in ("pass", "fail", "na")] == ["Đạt", "Không đạt", "Không áp dụng"]
    assert row.label.text().endswith(critical.label.vi)
    assert critical.guidance.vi in row.label.toolTip()
    assert panel.approve_button.text() == "Phê duyệt và ký…"
    assert panel.changes_button.text() == "Yêu cầu sửa…" and panel.reject_button.text() == "Từ chối…"
    assert "Phê duyệt đăng trên Facebook" in panel.meaning_label.text()
    assert panel.badge.text() == "Chưa có phê duyệt"
    text = panel.blocked_label.text()
    assert "Mục trọng yếu không đạt" in text and "75,0%" in text, text
    assert desk.tab_title(desk.signoff.review_page) == f"Kiểm duyệt 9/{len(template.items)}"
    assert desk.tab_title(desk.signoff.history_panel) == "Lịch sử"
    for label in (text, panel.reason_edit.placeholderText(), checklist.progress_label.text()):
        assert unicodedata.normalize("NFC", label) == label

    desk.resize(480, 1060)
    QApplication.processEvents()
    shot = desk.signoff.review_page.grab()
    for path in (tmp_path / "signoff_panel.png", Path("/tmp/signoff_panel.png")):
        assert shot.save(str(path))
    dialog = None
    _answer_all(library)
    watch_all(library, "news-1", HEAD[0])
    desk.load_clip("news-1")
    dialog = _open_dialog(qtbot, panel)
    assert dialog.windowTitle() == "Ký quyết định"
    assert dialog.fields["name"][0].text() == "Người ký"
    qtbot.keyClicks(dialog.passphrase_edit, "sai")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.message_text() == "Sai cụm mật khẩu. Còn 4/5 lần thử trước khi ký số bị khóa 60 giây."
    assert dialog.grab().save("/tmp/signoff_dialog.png")
    dialog.reject()
    # The history tab, after a signing, in Vietnamese.
    dialog = _open_dialog(qtbot, panel)
    with qtbot.waitSignal(panel.signed, timeout=10000):
        _type_and_sign(qtbot, dialog, PASSPHRASE)
    desk.signoff.show_history()
    qtbot.waitUntil(lambda: any(r[3] == "Ký duyệt" for r in desk.signoff.history_panel.rows()))
    qtbot.wait(50)  # let the tab lay out before the picture
    assert desk.signoff.history_panel.grab().save("/tmp/signoff_history.png")
    assert panel.badge.text() == "Phê duyệt hợp lệ"


# ------------------------------------------------------------------------------- the real desk


@pytest.mark.video
def test_in_the_real_desk_watching_the_clip_to_the_end_enables_approve_and_signs(qtbot, x11_display, library,
                                                                                   languages):
    """The real MainWindow (create_desk installs the panels) with the real libvlc player under Xvfb."""
    from reviewer.ui.desk import create_desk

    library.settings.language = "en"
    window = create_desk(library, application())
    signoff = window.signoff
    assert isinstance(signoff, SignoffDesk)  # desk.py installed the panels through the hooks
    window.resize(1280, 800)
    with qtbot.waitExposed(window):
        window.show()
    try:
        # The window announces the clip (clip_changed) once its first frame is on screen.
        with qtbot.waitSignal(window.clip_changed, timeout=15000, check_params_cb=lambda c, _v: c == "news-1"):
            window.load_clip("news-1")
        panel = signoff.decision_panel
        assert window.side_tabs.indexOf(signoff.review_page) >= 0
        assert window.side_tabs.indexOf(signoff.history_panel) >= 0
        assert signoff.checklist_panel.state().progress == (0, len(_template(library).items))
        for row in signoff.checklist_panel.rows():
            qtbot.mouseClick(row.buttons["pass"], Qt.MouseButton.LeftButton)
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
