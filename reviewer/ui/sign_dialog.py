"""The signing dialog: shows exactly what will be signed, asks for the passphrase, signs.

21 CFR Part 11 in mind: the signer sees their printed name, title, role and the meaning of the
signature (§11.50), the time, and what the signature binds to — the clip's SHA-256, the coverage,
the checklist and the reason (§11.70) — and enters the passphrase at every signing (§11.200).
The meaning is shown exactly as it goes into the record (Vietnamese / English).

Ctrl+Enter signs; Esc cancels. A wrong passphrase says how many attempts are left before signing
locks; a lock says how long it lasts; keyring problems show their own one-line message.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.checklist import evaluate
from reviewer.core.lockout import MAX_FAILURES, lock_delay_s
from reviewer.core.record import (
    APPROVAL,
    REVOCATION,
    meaning_text,
    parse_record,
    revocation_meaning,
)
from reviewer.core.signing_model import SignResult
from reviewer.core.signoff import platform_name
from reviewer.errors import (
    KeyringError,
    NotFoundError,
    PolicyError,
    ReviewerError,
    SigningLockedError,
    WrongPassphraseError,
)
from reviewer.ui.checklist_panel import note_display
from reviewer.ui.i18n import fill
from reviewer.ui.signoff_text import (
    checklist_summary,
    decision_name,
    duration_text,
    error_style,
    item_label,
    local_time,
    locked_reason,
    muted_style,
    percent,
    result_name,
    role_name,
    utc_offset_text,
)

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

DECISIONS = ("approve", "changes", "reject", "revoke")


@dataclass(frozen=True)
class SignRequest:
    """What the user asked to sign: a decision ("approve", "changes", "reject") or "revoke"."""

    clip_id: str
    decision: str
    reason: str
    principal: str


def signed_meaning(decision: str, platform: str, *, recommendation: bool) -> str:
    """The meaning text exactly as the service writes it into the record (vi / en)."""
    if decision == "revoke":
        return f"{revocation_meaning('vi')} / {revocation_meaning('en')}"
    name = platform_name(platform)
    return (
        f"{meaning_text(decision, name, 'vi', recommendation=recommendation)} / "
        f"{meaning_text(decision, name, 'en', recommendation=recommendation)}"
    )


def revocation_target(signoff, clip_id: str):
    """The approval a revocation would revoke (the latest one not yet revoked), or None."""
    rows = signoff.signoffs(clip_id)
    revoked = {r.revokes_id for r in rows if r.kind == REVOCATION}
    approvals = [r for r in rows if r.kind == APPROVAL and r.id not in revoked]
    return approvals[-1] if approvals else None


class SignDialog(QDialog):
    """Confirm and sign one decision or revocation with the passphrase.

    ``signoff`` is the :class:`reviewer.core.signoff.SignoffService`. Raises
    :class:`reviewer.errors.ReviewerError` from the constructor when the facts cannot be read
    (no key, unknown clip); the caller shows that message.

    Signals:
        signed(object): the :class:`reviewer.core.signoff.SignResult` of a successful signing.
    """

    signed = Signal(object)

    def __init__(self, signoff, request: SignRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if request.decision not in DECISIONS:
            raise ValueError(f"unknown decision {request.decision!r}")
        self.setObjectName("signDialog")
        self.setModal(True)
        self._signoff = signoff
        self.request = request
        self.result_value: SignResult | None = None
        self._locked_until: datetime | None = None
        self._busy = False

        person = signoff.person(request.principal)
        if person is None or not signoff.can_sign(request.principal):
            raise NotFoundError(f"{request.principal} has no active, certified signing key")
        key, _cert = signoff.station.signer(request.principal)
        self.person, self.key = person, key
        self.detail = signoff.detail(request.clip_id)
        self.version = self.detail.current
        self.recommendation = person.role.value != "head"
        self.meaning = signed_meaning(request.decision, self.detail.clip.platform, recommendation=self.recommendation)
        self.target = None
        self.target_record = None
        if request.decision == "revoke":
            self.target = revocation_target(signoff, request.clip_id)
            if self.target is None:
                raise NotFoundError(f"clip {request.clip_id} has no approval to revoke")
            try:
                self.target_record = parse_record(self.target.record)
            except ReviewerError:
                self.target_record = None
        else:
            self.template = signoff.template()
            self.answers = signoff.answers(request.clip_id, request.principal)
            self.checklist = evaluate(self.template, self.answers)
            self.readiness = signoff.readiness(
                request.clip_id, request.principal, request.decision, reason=request.reason, signed_from="desk"
            )

        self._build()
        self.retranslate()
        self._tick()
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- layout -----------------------------------------------------------------------------
    def _value(self, text: str = "", *, mono: bool = False, strong: bool = False, wrap: bool = False) -> QLabel:
        label = QLabel(text)
        # Hashes and short facts stay on one line (a hash must never be cut); free text wraps.
        label.setWordWrap(wrap and not mono)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if mono:
            font = QFont("DejaVu Sans Mono")
            font.setStyleHint(QFont.StyleHint.Monospace)
            font.setPointSizeF(max(8.0, label.font().pointSizeF() - 1))
            label.setFont(font)
        if strong:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        return label

    def _build(self) -> None:
        self.heading = QLabel(objectName="clipTitle")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.heading.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(4)
        self.fields: dict[str, tuple[QLabel, QLabel]] = {}

        def add(name: str, value: QLabel) -> None:
            caption = QLabel()
            caption.setStyleSheet(muted_style())
            self.fields[name] = (caption, value)
            self.form.addRow(caption, value)

        p, v = self.person, self.version
        add("name", self._value(p.name, strong=True))
        add("title", self._value(p.title or "—"))
        add("role", self._value())
        add("decision", self._value(strong=True))
        add("meaning", self._value(self.meaning, strong=True, wrap=True))
        add("reason", self._value(self.request.reason or "—", wrap=True))
        add("clip", self._value(wrap=True))
        if self.request.decision == "revoke":
            add("revoked", self._value(wrap=True))
            assert self.target is not None  # a revocation has its target (__init__)
            add("record", self._value(self.target.record_sha256, mono=True))
        else:
            add("sha256", self._value(v.sha256, mono=True))
            add("coverage", self._value())
            add("checklist", self._value(wrap=True))
            add("items", self._value(wrap=True))
            add("notes", self._value(wrap=True))
        add("time", self._value(wrap=True))
        add("key", self._value(self.key.fingerprint, mono=True))

        box = QFrame(objectName="signFacts")  # type: ignore[call-arg]  # stubs omit inherited Qt properties as keywords
        box.setStyleSheet("QFrame#signFacts { background: #1a1b1e; border: 1px solid #3a3d43; border-radius: 4px; }")
        box.setLayout(self.form)
        self.form.setContentsMargins(12, 8, 12, 8)

        self.attestation = QLabel()
        self.attestation.setWordWrap(True)
        self.passphrase_label = QLabel()
        self.passphrase_edit = QLineEdit(objectName="passphrase")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhSensitiveData
        )
        self.passphrase_edit.returnPressed.connect(self._enter_pressed)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.message = QLabel(objectName="signMessage")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.message.setWordWrap(True)
        self.message.setStyleSheet(error_style())
        self.message.hide()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(muted_style())

        self.sign_button = QPushButton(objectName="signButton")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.sign_button.setAutoDefault(False)
        self.sign_button.setDefault(False)
        self.sign_button.clicked.connect(self.sign)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.sign_button)
        # Ctrl+Enter (main keyboard and keypad) signs, from anywhere in the dialog.
        self._shortcuts = []
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(self.sign)
            self._shortcuts.append(sc)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 14, 16, 14)
        lay.setSpacing(8)
        lay.addWidget(self.heading)
        # The facts scroll only when they are taller than the screen (many items with notes).
        self.facts_scroll = QScrollArea()
        self.facts_scroll.setWidgetResizable(True)
        self.facts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.facts_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.facts_scroll.setWidget(box)
        lay.addWidget(self.facts_scroll, 1)
        # Round trip (issue 9): notes not marked resolved are listed before an approval is signed.
        self.open_notes = None
        if self.request.decision == "approve":
            from reviewer.ui.open_notes import open_notes_box

            self.open_notes = open_notes_box(self._signoff, self.request.clip_id, self)
            if self.open_notes is not None:
                lay.addWidget(self.open_notes)
        lay.addWidget(self.attestation)
        row = QHBoxLayout()
        row.addWidget(self.passphrase_label)
        row.addWidget(self.passphrase_edit, 1)
        lay.addLayout(row)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        self.setMinimumWidth(640)

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every label in the UI language (the signed values themselves do not change)."""
        d = self.request.decision
        captions = {
            "name": translate("SignDialog", "Signer"),
            "title": translate("SignDialog", "Title"),
            "role": translate("SignDialog", "Role"),
            "decision": translate("SignDialog", "Decision"),
            "meaning": translate("SignDialog", "Meaning"),
            "reason": translate("SignDialog", "Reason"),
            "clip": translate("SignDialog", "Clip"),
            "sha256": translate("SignDialog", "Clip SHA-256"),
            "coverage": translate("SignDialog", "Watched"),
            "checklist": translate("SignDialog", "Checklist"),
            "items": translate("SignDialog", "Not passed, or with a note"),
            "notes": translate("SignDialog", "Notes on this version"),
            "revoked": translate("SignDialog", "Revokes"),
            "record": translate("SignDialog", "Record SHA-256"),
            "time": translate("SignDialog", "Time of signing"),
            "key": translate("SignDialog", "Signing key"),
        }
        for name, (caption, _value) in self.fields.items():
            caption.setText(captions[name])
        if d == "revoke":
            self.setWindowTitle(translate("SignDialog", "Sign the revocation"))
            self.heading.setText(translate("SignDialog", "You are about to revoke this approval"))
        else:
            self.setWindowTitle(translate("SignDialog", "Sign the decision"))
            self.heading.setText(translate("SignDialog", "You are about to sign this decision"))
        self._set("role", role_name(self.person.role.value))
        name = decision_name(d)
        if self.recommendation and d != "revoke":
            name = fill(translate("SignDialog", "%1 (recommendation: only a head approves)"), name)
        self._set("decision", name)
        clip, v = self.detail.clip, self.version
        self._set("clip", fill(translate("SignDialog", "%1 — %2, version %3"), clip.title, clip.id, v.number))
        if d == "revoke":
            assert self.target is not None  # a revocation has its target (__init__)
            rec = self.target_record or {}
            signer = (rec.get("signer") or {}).get("name") or self.target.principal
            self._set(
                "revoked",
                fill(
                    translate("SignDialog", "approval of version %1 signed by %2 at %3"),
                    self.target.version,
                    signer,
                    local_time(self.target.signed_at),
                ),
            )
        else:
            self._set("coverage", percent(self.readiness.coverage_fraction))
            self._set("checklist", checklist_summary(self.checklist, self.answers))
            self._set("items", self._items_text())
            self._set("notes", self._notes_text())
        self.attestation.setText(
            translate(
                "SignDialog",
                "By entering your passphrase you sign the facts above with your own key. "
                "The signature binds you to this decision like your handwritten signature.",
            )
        )
        self.passphrase_label.setText(translate("SignDialog", "&Passphrase:"))
        self.passphrase_edit.setPlaceholderText(translate("SignDialog", "Your signing passphrase"))
        self.sign_button.setText(translate("SignDialog", "Sign (Ctrl+Enter)"))
        self.cancel_button.setText(translate("SignDialog", "Cancel"))
        self.hint.setText(translate("SignDialog", "The passphrase is asked at every signing."))
        self._tick()

    def _items_text(self) -> str:
        """Every failed or N/A item, and every item with a note, with the note as it will be signed."""
        marks = {"pass": "✓", "fail": "✗", "na": "–"}
        lines = []
        for number, item_id in enumerate(self.template.item_ids, 1):
            a = self.answers.get(item_id)
            if a is None or (a.result == "pass" and not a.note):
                continue
            line = (
                f"{marks.get(a.result, '?')} {number}. {item_label(self.template, item_id)} — {result_name(a.result)}"
            )
            if a.note:
                mark, text = note_display(a.note)
                line += f"\n     {mark + ' ' if mark else ''}“{text}”"
            lines.append(line)
        return "\n".join(lines) or translate("SignDialog", "none: every item passed, without notes")

    def _notes_text(self) -> str:
        """The timecoded notes on this version (they go into the signed record)."""
        from reviewer.core.timecode import timecode

        fps = self.version.fps if self.version.fps and self.version.fps > 0 else 25.0
        lines = []
        for n in self.detail.notes:
            if n.version != self.version.number:
                continue
            when = timecode(n.start_ms, fps) + (f" – {timecode(n.end_ms, fps)}" if n.end_ms is not None else "")
            lines.append(f"{when}  {self._name_of(n.author)}: {n.text}")
        return "\n".join(lines) or translate("SignDialog", "none")

    def _name_of(self, principal: str) -> str:
        try:
            person = self._signoff.repo.person(principal)
        except ReviewerError:
            person = None
        return person.name if person is not None else principal

    def _set(self, name: str, text: str) -> None:
        if name in self.fields:
            self.fields[name][1].setText(text)

    def _tick(self) -> None:
        now = datetime.now(timezone.utc)
        self._set(
            "time",
            fill(translate("SignDialog", "%1 (%2) — recorded when you sign"), local_time(now), utc_offset_text(now)),
        )
        if self._locked_until is not None:
            if now >= self._locked_until:
                self._locked_until = None
                self._set_enabled(True)
                self.message.hide()
            else:
                self.show_message(locked_reason(self._locked_until, now))

    # -- signing ----------------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        """Show a one-line problem under the passphrase field."""
        changed = self.message.isHidden() or self.message.text() != text
        self.message.setText(text)
        self.message.show()
        if changed:
            self._fit()

    def _fit(self) -> None:
        """Height for the current width: wrapped labels get every line (top-level windows do not
        apply height-for-width on their own)."""
        lay = self.layout()
        if lay is None or not self.isVisible():
            return
        lay.activate()
        facts = self.facts_scroll.widget()
        assert facts is not None  # the facts form, set in __init__
        margins = lay.contentsMargins()
        # A scroll area hides its content's size: the facts (a hash on one line) set the width…
        facts_width = facts.minimumSizeHint().width() + self.facts_scroll.verticalScrollBar().sizeHint().width()
        width = max(self.width(), self.minimumSizeHint().width(), facts_width + margins.left() + margins.right())
        inner = width - margins.left() - margins.right()
        # …and their height for that width, instead of the scroll area's own hint.
        need = facts.heightForWidth(inner) if facts.hasHeightForWidth() else facts.sizeHint().height()
        base = lay.totalHeightForWidth(width) if lay.hasHeightForWidth() else lay.sizeHint().height()
        height = base - self.facts_scroll.sizeHint().height() + need
        # Never taller than the screen, nor than the desk it belongs to (the facts scroll then).
        limits = [self.screen().availableGeometry().height()] if self.screen() else []
        desk = self.parentWidget()
        if desk is not None:
            limits.append(desk.window().height())
        if limits:
            height = min(height, int(min(limits) * 0.94))
        if height > 0 and height != self.height():
            self.resize(width, height)

    def showEvent(self, event) -> None:
        """Fit the height to the wrapped texts once the dialog has its width."""
        super().showEvent(event)
        self._fit()

    def message_text(self) -> str:
        """The problem shown, or ""."""
        return "" if self.message.isHidden() else self.message.text()

    def _set_enabled(self, on: bool) -> None:
        self.sign_button.setEnabled(on)
        self.passphrase_edit.setEnabled(on)
        if on:
            self.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _enter_pressed(self) -> None:
        self.hint.setText(translate("SignDialog", "Press Ctrl+Enter to sign."))

    def sign(self) -> bool:
        """Sign with the passphrase typed; True when the record was stored."""
        if self._busy or not self.sign_button.isEnabled():
            return False
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self.show_message(translate("SignDialog", "Enter your passphrase to sign."))
            self.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        # The passphrase leaves the field at once, whatever happens next.
        self.passphrase_edit.clear()
        req = self.request
        try:
            current = self._signoff.library.version(req.clip_id)
        except ReviewerError as exc:
            self.show_message(exc.message)
            return False
        if req.decision != "revoke" and current.id != self.version.id:
            del passphrase
            self.show_message(
                translate(
                    "SignDialog",
                    "A new version of this clip has arrived since this dialog opened. "
                    "Close it and review the new version.",
                )
            )
            self._set_enabled(False)
            return False
        self._busy = True
        self.message.hide()
        self.hint.setText(translate("SignDialog", "Signing…"))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()
        try:
            if req.decision == "revoke":
                result = self._signoff.revoke(
                    req.clip_id, reason=req.reason, passphrase=passphrase, principal=req.principal, signed_from="desk"
                )
            else:
                result = self._signoff.sign(
                    req.clip_id,
                    decision=req.decision,
                    passphrase=passphrase,
                    principal=req.principal,
                    reason=req.reason,
                    signed_from="desk",
                )
        except WrongPassphraseError:
            self._wrong_passphrase()
            return False
        except SigningLockedError as exc:
            self._locked(exc)
            return False
        except KeyringError as exc:
            self.show_message(exc.message)
            return False
        except PolicyError as exc:
            self.show_message(exc.message)
            return False
        except ReviewerError as exc:
            self.show_message(exc.message)
            return False
        finally:
            del passphrase
            QGuiApplication.restoreOverrideCursor()
            self._busy = False
            self.hint.setText(translate("SignDialog", "The passphrase is asked at every signing."))
        self.result_value = result
        log.info(
            "signed %s %s v%s (%s)", req.decision, req.clip_id, result.signoff.version, result.signoff.record_sha256
        )
        self.signed.emit(result)
        self.accept()
        return True

    def _wrong_passphrase(self) -> None:
        lock = self._signoff.lock_state(self.request.principal)
        left = max(0, MAX_FAILURES - lock.failures)
        self.show_message(
            fill(
                translate("SignDialog", "Wrong passphrase. %1 of %2 attempts left before signing locks for %3."),
                left,
                MAX_FAILURES,
                duration_text(lock_delay_s(lock.lockouts + 1)),
            )
        )
        self.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _locked(self, exc: SigningLockedError) -> None:
        lock = self._signoff.lock_state(self.request.principal)
        now = datetime.now(timezone.utc)
        if lock.locked_until is not None and lock.locked_at(now):
            self._locked_until = lock.locked_until
            self.show_message(locked_reason(lock.locked_until, now))
        else:
            self.show_message(exc.message)
        self._set_enabled(False)

    # -- lifecycle --------------------------------------------------------------------------
    def done(self, r: int) -> None:  # noqa: D102 - Qt API
        self._clock.stop()
        self.passphrase_edit.clear()
        super().done(r)

    def changeEvent(self, event) -> None:
        """Follow language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
