"""The decision under the checklist: approve & sign, request changes, reject, revoke; the approval badge.

"Approve & sign" stays disabled, with every reason written under it, until the checklist is
complete, no critical item failed, the coverage rule holds and signing is not locked. The reasons
are worded in the UI language from the codes of the service's :class:`Readiness` (``blockers``; their
English text is the CLI's); a code the desk does not know how to word is shown as the service wrote
it, so a refusal is never silent.

Coverage: the window reports the watched share while the clip plays (stored + not yet saved), the
service checks what is stored. The panel enables "Approve" on the live figure and, when clicked,
has the window save its coverage first, then asks the service again before the dialog opens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.blockers import NOT_FULLY_WATCHED, SIGNING_LOCKED
from reviewer.core.coverage import IntervalSet, coverage_of, is_fully_covered
from reviewer.core.model import ClipDetail, Role
from reviewer.errors import ReviewerError
from reviewer.ui import messages
from reviewer.ui.i18n import fill
from reviewer.ui.sign_dialog import SignDialog, SignRequest, signed_meaning
from reviewer.ui.signoff_text import (
    badge_style,
    blocker_text,
    coverage_reason,
    error_style,
    local_time,
    muted_style,
    no_key_reason,
    percent,
    reason_required,
    record_kind_name,
    signed_from_name,
    state_name,
    ui_language,
    warning_style,
)

if TYPE_CHECKING:
    from reviewer.core.verification import ApprovalState

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

APPROVAL_DELAY_MS = 150  # re-hashing a clip's files waits until the clip is on screen

PANEL_STYLE = """
QPushButton#approveButton {
    background: #2f7d4f; border: 1px solid #3fae6a; color: #ffffff; font-weight: 700; padding: 7px 12px;
}
QPushButton#approveButton:hover { background: #358a58; }
QPushButton#approveButton:disabled { background: #2a2d31; border: 1px solid #3a3d43; color: #6b7078; }
QPushButton#rejectButton { border: 1px solid #8a3a3a; }
QPushButton#revokeButton { border: 1px solid #8a6a2a; }
QPlainTextEdit#reasonEdit { padding: 2px; }
"""


class BlockedPopup(QFrame):
    """A short note near the decision bar saying why an action cannot be done now.

    A frameless tool tip window: it goes away after a few seconds, or at the next click or key.
    """

    SHOW_MS = 6000

    def __init__(self, anchor: QWidget) -> None:
        super().__init__(anchor, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("blockedPopup")
        self._anchor = anchor
        self.setStyleSheet(
            "QFrame#blockedPopup { background: #3a2c12; border: 1px solid #e0a030; border-radius: 4px; }"
            "QLabel { color: #ffe3b0; }"
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        lay.addWidget(self.label)
        self._timer = QTimer(self, singleShot=True, interval=self.SHOW_MS)
        self._timer.timeout.connect(self.hide)

    def show_text(self, text: str, near: QWidget) -> None:
        """Show ``text`` just above ``near`` (inside the screen), for a few seconds."""
        self.label.setText(text)
        width = max(260, near.width())
        self.label.setFixedWidth(width - 20)
        self.adjustSize()
        pos = near.mapToGlobal(near.rect().topLeft())
        y = pos.y() - self.height() - 4
        if y < 0:
            y = pos.y() + near.height() + 4
        screen = near.screen().availableGeometry() if near.screen() else None
        x = pos.x()
        if screen is not None:
            x = max(screen.left(), min(x, screen.right() - self.width()))
        self.move(x, y)
        self.show()
        self.raise_()
        self._timer.start()

    def text(self) -> str:
        """The text shown."""
        return self.label.text()


class DecisionPanel(QWidget):
    """Decide and sign the clip under review (the person at the desk signs).

    ``signoff`` is the SignoffService, ``verifier`` the Verifier (approval badge), ``principal``
    the person at the desk. ``coverage`` returns what they watched of the version under review
    (stored and unsaved), ``save_coverage`` writes it to the library, ``current_version`` says
    which version that is; all three come from the window.

    Signals:
        signed(object): a decision or revocation was signed (:class:`SignResult`).
        dialog_opened(object): the sign dialog was opened (tests and the window may watch it).
    """

    signed = Signal(object)
    dialog_opened = Signal(object)

    def __init__(
        self,
        signoff,
        verifier,
        principal: str | None,
        *,
        coverage: Callable[[], IntervalSet] | None = None,
        save_coverage: Callable[[], bool] | None = None,
        current_version: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("decisionPanel")
        self.setStyleSheet(PANEL_STYLE)
        self._signoff = signoff
        self._verifier = verifier
        self._principal = principal
        self._coverage = coverage
        self._save_coverage = save_coverage
        self._window_version = current_version
        self._clip_id = ""
        self._version_number = 0
        self._detail: ClipDetail | None = None
        self._person = None
        self._has_key = False
        self._reasons: list[str] = []
        self._blocked_other: list[str] = []
        self._ready = None
        self._template = None
        self._error = ""
        self._require_full = True
        self._live_fraction: float | None = None
        self._stored_fraction = 0.0
        self._approval: ApprovalState | None = None
        self._state = "none"
        self._nobody_text = ""
        self.dialog: SignDialog | None = None
        self.reapprove_question: QMessageBox | None = None

        self.badge = QLabel(objectName="approvalBadge")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.coverage_label = QLabel()
        # One row: what you watched, and where the approval stands.
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.coverage_label, 1)
        top.addWidget(self.badge, 0)
        self.badge_detail = QLabel()
        self.badge_detail.setWordWrap(True)
        self.badge_detail.setStyleSheet(muted_style() + " font-size: 9pt;")
        self.badge_detail.setTextFormat(Qt.TextFormat.PlainText)

        self.approve_button = QPushButton(objectName="approveButton")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.approve_button.setAutoDefault(True)
        self.approve_button.clicked.connect(self.approve)
        self.blocked_label = QLabel(objectName="blockedReasons")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.blocked_label.setWordWrap(True)
        self.blocked_label.setTextFormat(Qt.TextFormat.PlainText)
        self.blocked_label.setStyleSheet(warning_style() + " font-size: 9pt;")
        self.blocked_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # The meaning goes into the sign dialog in full; here it is the approve button's tooltip.
        self.meaning_label = QLabel()
        self.meaning_label.hide()

        # No label above it (the side pane is short): its grey hint text says what it is for.
        self.reason_edit = QPlainTextEdit(objectName="reasonEdit")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 2 + 14)
        self.changes_button = QPushButton(objectName="changesButton")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.reject_button = QPushButton(objectName="rejectButton")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.revoke_button = QPushButton(objectName="revokeButton")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        for b, decision in (
            (self.changes_button, "changes"),
            (self.reject_button, "reject"),
            (self.revoke_button, "revoke"),
        ):
            b.setAutoDefault(True)  # Enter on a focused button presses it
            b.clicked.connect(lambda _c=False, d=decision: self.decide(d))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(6)
        buttons.addWidget(self.changes_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revoke_button)
        self.message_label = QLabel(objectName="decisionMessage")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(error_style())
        self.message_label.hide()
        self.blocked_popup = BlockedPopup(self)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.setSpacing(4)
        lay.addLayout(top)
        lay.addWidget(self.badge_detail)
        lay.addWidget(self.approve_button)
        lay.addWidget(self.blocked_label)
        lay.addWidget(self.reason_edit)
        lay.addLayout(buttons)
        lay.addWidget(self.message_label)

        self._unlock_timer = QTimer(self, singleShot=True)
        self._unlock_timer.timeout.connect(self.refresh)
        self._approval_timer = QTimer(self, singleShot=True, interval=APPROVAL_DELAY_MS)
        self._approval_timer.timeout.connect(self.refresh_approval)
        self.retranslate()
        self.set_clip("", 0)

    # -- inputs -----------------------------------------------------------------------------
    def set_clip(self, clip_id: str, version: int) -> None:
        """Decide on ``clip_id`` version ``version`` ("" = nothing under review)."""
        self._clip_id, self._version_number = clip_id, int(version or 0)
        self._detail = None
        self._live_fraction = None
        self._approval, self._state = None, "none"
        self.message_label.hide()
        self.blocked_popup.hide()
        self.reason_edit.clear()
        if self.dialog is not None:
            self.dialog.reject()
        if self.reapprove_question is not None:
            self.reapprove_question.reject()
        self._read_person()
        if clip_id:
            try:
                self._detail = self._signoff.detail(clip_id)
            except ReviewerError as exc:
                self._show_message(exc.message)
        self.refresh()
        self.retranslate()  # the button reads "Recommend …" for an editor
        self._approval_timer.stop()
        if clip_id:
            self._approval_timer.start()

    def _read_person(self) -> None:
        self._person, self._has_key = None, False
        if not self._principal:
            return
        try:
            # As the station's signed events state it (printed name, certified role), never a table.
            self._person = self._signoff.person(self._principal)
            self._has_key = self._signoff.can_sign(self._principal)
        except ReviewerError as exc:
            log.warning("signer lookup: %s", exc)

    def set_principal(self, principal: str | None, nobody_text: str = "") -> None:
        """The person at the desk signs from now on (None: nobody; ``nobody_text`` says why)."""
        self._principal = principal
        self._nobody_text = nobody_text
        self._read_person()
        self.refresh()
        self.retranslate()

    def set_checklist_state(self, _state=None) -> None:
        """The checklist changed: recompute what may be signed."""
        self.refresh()

    def set_coverage_fraction(self, fraction: float) -> None:
        """The window's live coverage of the version under review (0..1).

        Arrives several times a second while playing: only the coverage part of the reasons is
        recomputed here (no library access); the rest waits for the next :meth:`refresh`.
        """
        self._live_fraction = float(fraction)
        self._compose()

    # -- what may be signed -----------------------------------------------------------------
    def _live_applies(self) -> bool:
        """Whether the window's live coverage is about the version shown here (the window
        announces a new clip a moment after loading it; until then it reports the new one)."""
        if self._coverage is None or self._detail is None:
            return False
        if self._window_version is None:
            return True
        version = self._window_version()
        return version is not None and getattr(version, "id", None) == self._detail.current.id

    def _live_full(self) -> bool:
        if not self._live_applies():
            return False
        assert self._coverage is not None and self._detail is not None  # _live_applies()
        try:
            intervals = self._coverage()
            return is_fully_covered(
                intervals, self._detail.current.duration_ms, tolerance_ms=self._signoff.coverage_tolerance_ms
            )
        except (ValueError, TypeError):
            return False

    def _live_coverage_fraction(self) -> float | None:
        if not self._live_applies():
            return None
        assert self._coverage is not None and self._detail is not None  # _live_applies()
        try:
            return coverage_of(self._coverage(), self._detail.current.duration_ms)
        except (ValueError, TypeError):
            return self._live_fraction

    def refresh(self) -> None:
        """Ask the service what blocks an approval now and show it."""
        self._ready = self._template = None
        self._error = ""
        self._require_full = True
        if self._clip_id and self._detail is not None and self._person is not None and self._has_key:
            try:
                self._ready = self._signoff.readiness(self._clip_id, self._principal, "approve", signed_from="desk")
                self._template = self._signoff.template()
                self._require_full = self._signoff.policy().require_full_view
            except ReviewerError as exc:
                self._ready, self._error = None, exc.message
            else:
                self._stored_fraction = self._ready.coverage_fraction
                self._unlock_timer.stop()
                if self._ready.locked_until is not None:
                    # Say so the moment signing is possible again.
                    left = (self._ready.locked_until - datetime.now(timezone.utc)).total_seconds()
                    self._unlock_timer.start(int(min(max(left, 0.0), 3600.0) * 1000) + 500)
        self._compose()

    def _compose(self) -> None:
        """Word the reasons from the last readiness and the live coverage, in the UI language."""
        reasons: list[str] = []
        other: list[str] = []  # what blocks every decision, not only approval
        ready = self._ready
        if not self._clip_id or self._detail is None:
            reasons = other = [translate("DecisionPanel", "No clip under review.")]
        elif not self._principal:
            reasons = other = [self._nobody_text or translate("DecisionPanel", "Choose who is at the desk first.")]
        elif self._person is None or not self._has_key:
            reasons = other = [no_key_reason(self._principal)]
        elif ready is None:
            reasons = other = [self._error or translate("DecisionPanel", "No clip under review.")]
        else:
            for blocker in ready.blockers:
                if blocker.code == NOT_FULLY_WATCHED:
                    # The service counts what is stored; the live figure includes what is not saved yet.
                    if self._live_full():
                        continue
                    live = self._live_coverage_fraction()
                    shown = max(ready.coverage_fraction, live if live is not None else 0.0)
                    reasons.append(coverage_reason(shown, self._detail.current.number))
                    continue
                text = blocker_text(blocker, self._template)
                reasons.append(text)
                if blocker.code == SIGNING_LOCKED:
                    other.append(text)  # a lock blocks every decision, not only approval
        self._reasons, self._blocked_other = list(reasons), list(other)
        self._show_state()

    def _show_state(self) -> None:
        has_clip = bool(self._clip_id) and self._detail is not None
        self.approve_button.setEnabled(not self._reasons)
        if self._reasons and has_clip and not self._principal:
            # Nobody at the desk: the checklist says so, in one place (the tooltip and the popup
            # on a blocked approval still do); the same sentence here would be said twice.
            self.blocked_label.setText("")
            self.blocked_label.hide()
            self.approve_button.setToolTip(self.blocked_text())
        elif self._reasons:
            self.blocked_label.setText("\n".join(f"• {r}" for r in self._reasons))
            self.blocked_label.show()
            self.approve_button.setToolTip(self.blocked_text())
        else:
            self.blocked_label.setText("")
            self.blocked_label.hide()
        can_decide = has_clip and not self._blocked_other
        self.changes_button.setEnabled(can_decide)
        self.reject_button.setEnabled(can_decide)
        self.reason_edit.setEnabled(has_clip)
        is_head = self._person is not None and self._person.role == Role.HEAD
        revocable = self._state in ("valid", "file_changed", "invalid")
        self.revoke_button.setVisible(is_head and revocable)
        self.revoke_button.setEnabled(can_decide and is_head and revocable)
        self._show_meanings()
        self._show_coverage()

    def blocked_reasons(self) -> list[str]:
        """Why "Approve & sign" is disabled now (empty when it is enabled)."""
        return list(self._reasons)

    def blocked_text(self) -> str:
        """The reasons as the popup and the tooltip say them."""
        head = translate("DecisionPanel", "Approval is not possible yet:")
        return head + "\n" + "\n".join(f"• {r}" for r in self._reasons)

    def explain_blocked(self, decision: str = "approve") -> None:
        """Say, near the decision bar, why ``decision`` cannot be signed now."""
        if decision == "approve" and self._reasons:
            self.blocked_popup.show_text(self.blocked_text(), self.approve_button)
        elif self._blocked_other:
            self.blocked_popup.show_text(self._blocked_other[0], self.changes_button)

    # -- approval badge ---------------------------------------------------------------------
    def refresh_approval(self) -> None:
        """Verify the clip's latest approval (signature, chain link, files) and show the badge."""
        self._approval_timer.stop()
        if not self._clip_id:
            self._approval, self._state = None, "none"
        else:
            try:
                self._approval = self._verifier.approval_state(self._clip_id, check_files=True)
                self._state = self._approval.state
            except ReviewerError as exc:
                log.warning("approval state of %s: %s", self._clip_id, exc)
                self._approval, self._state = None, "invalid"
        self._show_badge()
        self._show_state()

    def approval_state(self) -> str:
        """The badge's state: none, valid, file_changed, invalid or revoked."""
        return self._state

    def _show_badge(self) -> None:
        self.badge.setText(state_name(self._state))
        self.badge.setStyleSheet(badge_style(self._state))
        self.badge.setVisible(bool(self._clip_id))
        a = self._approval
        if a is None or a.signoff is None:
            self.badge_detail.setText("")
            self.badge_detail.setToolTip("")
            self.badge_detail.setVisible(False)
            return
        rec = a.record or {}
        signer = (rec.get("signer") or {}).get("name") or a.signoff.principal
        parts = [
            fill(translate("DecisionPanel", "%1 of version %2"), record_kind_name(a.signoff.kind), a.signoff.version),
            signer,
            local_time(a.signoff.signed_at, seconds=False),
        ]
        if rec.get("signed_from"):
            parts.append(signed_from_name(rec["signed_from"]))
        text = " · ".join(parts)
        if self._state == "file_changed":
            text += "\n" + translate(
                "DecisionPanel", "The clip, a caption file or the post text no longer has the signed bytes."
            )
        elif self._state == "invalid":
            text += "\n" + translate(
                "DecisionPanel", "The signature or the audit record does not verify: do not publish."
            )
        elif self._state == "revoked" and a.revocation is not None:
            text += "\n" + fill(
                translate("DecisionPanel", "Revoked at %1"), local_time(a.revocation.signed_at, seconds=False)
            )
        self.badge_detail.setText(text)
        self.badge_detail.setToolTip("\n".join(a.problems))
        self.badge_detail.setVisible(True)

    # -- actions ----------------------------------------------------------------------------
    def reason(self) -> str:
        """The reason typed."""
        return self.reason_edit.toPlainText().strip()

    def approve(self) -> SignDialog | None:
        """Approve & sign: save coverage, check again, open the sign dialog."""
        return self.decide("approve")

    def decide(self, decision: str, *, confirmed: bool = False) -> SignDialog | None:
        """Open the sign dialog for a decision ("approve", "changes", "reject") or "revoke".

        Approving a version that already has a valid approval first asks (``confirmed`` skips it).
        """
        self.message_label.hide()
        self.blocked_popup.hide()
        if not self._clip_id or self.dialog is not None or self.reapprove_question is not None:
            return None
        if decision in ("changes", "reject", "revoke") and not self.reason():
            self._show_message(reason_required(decision))
            self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        if decision == "approve":
            if self._save_coverage is not None:
                try:
                    self._save_coverage()  # the service checks the stored coverage
                except ReviewerError as exc:
                    messages.report_exception(exc, "")
            self.refresh()
            if self._reasons:
                self.explain_blocked("approve")
                return None
            if self._already_approved() and not confirmed:
                self._ask_reapprove()
                return None
        elif self._blocked_other:
            self._show_message(self._blocked_other[0])
            self.explain_blocked(decision)
            return None
        assert self._principal  # nobody at the desk blocks every decision (_compose)
        request = SignRequest(self._clip_id, decision, self.reason() if decision != "approve" else "", self._principal)
        try:
            dialog = SignDialog(self._signoff, request, self)
        except ReviewerError as exc:
            self._show_message(exc.message)
            return None
        dialog.signed.connect(self._after_signing)
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _already_approved(self) -> bool:
        """Whether this version already has a valid, unrevoked approval."""
        a = self._approval
        return (
            self._state == "valid"
            and a is not None
            and a.signoff is not None
            and a.signoff.kind == "approval"
            and self._detail is not None
            and a.signoff.version == self._detail.current.number
        )

    def _ask_reapprove(self) -> None:
        a = self._approval
        assert a is not None and a.signoff is not None  # asked only when _already_approved()
        rec = a.record or {}
        signer = (rec.get("signer") or {}).get("name") or a.signoff.principal
        box = QMessageBox(self)
        box.setObjectName("reapproveQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("DecisionPanel", "Already approved"))
        box.setText(
            fill(
                translate(
                    "DecisionPanel",
                    "Version %1 of this clip was already approved by %2 at %3, and that "
                    "approval is valid. Sign another approval of the same version?",
                ),
                a.signoff.version,
                signer,
                local_time(a.signoff.signed_at, seconds=False),
            )
        )
        again = box.addButton(translate("DecisionPanel", "Sign again"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(translate("DecisionPanel", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        self.reapprove_question = box

        def done(_r: int) -> None:
            self.reapprove_question = None
            clicked = box.clickedButton()
            box.deleteLater()
            self.window().activateWindow()  # the keys come back to the desk
            if clicked is again:
                self.decide("approve", confirmed=True)

        box.finished.connect(done)
        box.open()

    def _dialog_closed(self, dialog: SignDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _after_signing(self, result) -> None:
        if result.signoff.kind != "approval":
            self.reason_edit.clear()
        try:
            self._detail = self._signoff.detail(self._clip_id)
        except ReviewerError:
            pass
        self.refresh_approval()
        self.refresh()
        self.signed.emit(result)

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    def message(self) -> str:
        """The refusal shown under the buttons, or ""."""
        return "" if self.message_label.isHidden() else self.message_label.text()

    # -- texts ------------------------------------------------------------------------------
    def _recommendation(self) -> bool:
        return self._person is not None and self._person.role != Role.HEAD

    def _show_meanings(self) -> None:
        platform = self._detail.clip.platform if self._detail is not None else ""
        rec = self._recommendation()
        lang = ui_language()

        def meaning(decision: str) -> str:
            full = signed_meaning(decision, platform, recommendation=rec)
            vi, _sep, en = full.partition(" / ")
            return vi if lang == "vi" else en

        self.meaning_label.setText(fill(translate("DecisionPanel", "Meaning of the signature: %1"), meaning("approve")))
        self.changes_button.setToolTip(meaning("changes"))
        self.reject_button.setToolTip(meaning("reject"))
        if not self._reasons:
            self.approve_button.setToolTip(
                fill(translate("DecisionPanel", "Meaning of the signature: %1"), meaning("approve"))
            )
        self.revoke_button.setToolTip(meaning("revoke"))

    def _show_coverage(self) -> None:
        if not self._clip_id:
            self.coverage_label.setText("")
            return
        live = self._live_coverage_fraction()
        fraction = max(self._stored_fraction, live if live is not None else 0.0)
        full = self._live_full() or self._stored_fraction >= 1.0
        self.coverage_label.setText(
            fill(translate("DecisionPanel", "Watched by you: %1"), percent(1.0 if full else fraction))
        )
        self.coverage_label.setStyleSheet("color: #3fae6a; font-weight: 600;" if full else "")

    def retranslate(self) -> None:
        """Re-read every visible text in the current language."""
        self.setAccessibleName(translate("DecisionPanel", "Decision"))
        if self._recommendation():
            self.approve_button.setText(translate("DecisionPanel", "Recommend approval && sign…"))
        else:
            self.approve_button.setText(translate("DecisionPanel", "Approve && sign…"))
        reason = translate("DecisionPanel", "Reason — required to request changes, reject or revoke (Ctrl+Shift+R)")
        self.reason_edit.setPlaceholderText(reason)
        self.reason_edit.setAccessibleName(reason)
        self.reason_edit.setToolTip(translate("DecisionPanel", "What must change, or why it cannot be published"))
        self.changes_button.setText(translate("DecisionPanel", "Request changes…"))
        self.reject_button.setText(translate("DecisionPanel", "Reject…"))
        self.revoke_button.setText(translate("DecisionPanel", "Revoke…"))
        self._show_badge()
        self._compose()  # the reasons, in the new language

    def changeEvent(self, event) -> None:
        """Follow language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
