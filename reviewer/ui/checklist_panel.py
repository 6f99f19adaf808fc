"""The compliance checklist as a stepper: one item large with its note, every item as a chip.

The whole checklist fits the side column without scrolling at 1280×720: the current item is
shown in full (group, number, label, guidance, Pass / Fail / N/A, note) and every item is a small
numbered chip coloured by its answer, grouped as the template groups them; a click on a chip
makes it the current item. The checklist opens on the first unanswered item of each clip.

Keyboard on the current item: 1 / 2 / 3 answer Pass / Fail / N/A and move on to the next
unanswered item (a Fail first asks for its note: type it, Enter moves on); ↑ / ↓ step through
the items; Tab goes to the note. Every answer is written at once through
``SignoffService.save_answers`` (one audited ``checklist_answer`` event per change).

Changing an answer that has a note asks whether to keep or clear it; a kept note is marked with
the result it was written under (:func:`reviewer.core.checklist.keep_note`), so a fail note under
a pass reads as such in the desk, the signed record and the certificate.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.checklist import (
    FAIL,
    NA,
    PASS,
    Answer,
    ChecklistGroup,
    ChecklistItem,
    ChecklistState,
    ChecklistTemplate,
    evaluate,
    keep_note,
    kept_note_origin,
)
from reviewer.errors import ReviewerError
from reviewer.ui.flow_layout import flow_widget
from reviewer.ui.i18n import fill
from reviewer.ui.signoff_text import (
    RESULT_COLOURS,
    error_style,
    muted_style,
    result_name,
    ui_language,
)

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

RESULT_KEYS = {Qt.Key.Key_1: PASS, Qt.Key.Key_2: FAIL, Qt.Key.Key_3: NA}
_ORDER = (PASS, FAIL, NA)
_MARKS = {PASS: "✓", FAIL: "✗", NA: "–"}

PANEL_STYLE = """
QFrame#checklistCard { border: 1px solid #3a3d43; border-radius: 5px; background: #23262b; }
QFrame#checklistCard:focus { border: 1px solid #4c8dde; }
QFrame#checklistCard[answer="fail"] { background: #2c2022; }
QLabel#checklistItemLabel { font-size: 10.5pt; font-weight: 600; }
QLabel#criticalBadge {
    color: #ffd9d6; background: #5c2624; border-radius: 3px; padding: 0px 5px; font-size: 8.5pt;
}
QPushButton[result] { padding: 4px 8px; }
QPushButton[result="pass"]:checked { background: %(pass)s; border-color: #3fae6a; color: #ffffff; }
QPushButton[result="fail"]:checked { background: %(fail)s; border-color: #e05252; color: #ffffff; }
QPushButton[result="na"]:checked { background: %(na)s; border-color: #7d93b8; color: #ffffff; }
QLineEdit#checklistNote { padding: 2px 6px; }
QToolButton#checklistChip {
    min-width: 30px; max-width: 44px; padding: 2px 3px; border: 1px solid #3a3d43; border-radius: 4px;
    background: #2a2d31; color: #c5c9cf;
}
QToolButton#checklistChip[answer="pass"] { background: %(pass)s; color: #ffffff; border-color: #3fae6a; }
QToolButton#checklistChip[answer="fail"] { background: %(fail)s; color: #ffffff; border-color: #e05252; }
QToolButton#checklistChip[answer="na"] { background: %(na)s; color: #ffffff; border-color: #7d93b8; }
QToolButton#checklistChip[current="true"] { border: 1px solid #f2c14e; text-decoration: underline; }
QLabel#checklistGroupName { color: #9aa0a8; font-size: 8.5pt; }
QProgressBar#checklistProgress { border: none; background: #3a3d43; border-radius: 2px; max-height: 4px; }
QProgressBar#checklistProgress::chunk { background: #3fae6a; border-radius: 2px; }
""" % {"pass": RESULT_COLOURS[PASS], "fail": RESULT_COLOURS[FAIL], "na": RESULT_COLOURS[NA]}


def note_display(note: str) -> tuple[str, str]:
    """``(mark, text)``: the mark says under which result a kept note was written ("" if not kept)."""
    origin, text = kept_note_origin(note)
    if origin is None:
        return "", text
    return fill(translate("ChecklistPanel", "Note written when the answer was %1:"), result_name(origin)), text


class ChecklistChip(QToolButton):
    """One item in the compact list: its number and answer mark; a click makes it current."""

    def __init__(self, item: ChecklistItem, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.number = number
        self.setObjectName("checklistChip")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.set_answer(None, current=False)

    def set_answer(self, result: str | None, *, current: bool) -> None:
        """Show the item's answer and whether it is the current item."""
        self.setText(f"{self.number}{_MARKS.get(result or '', '')}")
        self.setProperty("answer", result or "")
        self.setProperty("current", "true" if current else "false")
        self.style().unpolish(self)
        self.style().polish(self)
        self.updateGeometry()  # the text (and so the size) may have changed: re-flow

    def answer(self) -> str:
        """The answer shown ("" when unanswered)."""
        return self.property("answer") or ""


class ItemCard(QFrame):
    """The current item in full: group, number, label, guidance, Pass / Fail / N/A and the note.

    Signals:
        result_chosen(str): the user chose a result for the current item.
        move_requested(int): ↑ (-1) / ↓ (+1).
        note_committed(): Enter in the note field.
    """

    result_chosen = Signal(str)
    move_requested = Signal(int)
    note_committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("answer", "")
        self.where = QLabel(objectName="checklistGroupName")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.where.setWordWrap(True)
        self.critical = QLabel(objectName="criticalBadge")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.where, 1)
        top.addWidget(self.critical, 0, Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(objectName="checklistItemLabel")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        self.guidance.setTextFormat(Qt.TextFormat.PlainText)
        self.guidance.setStyleSheet(muted_style() + " font-size: 9pt;")
        self.guidance.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for result in _ORDER:
            b = QPushButton()
            b.setCheckable(True)
            b.setProperty("result", result)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the card is the one focus stop; 1/2/3 for the keys
            b.clicked.connect(lambda _c=False, r=result: self._clicked(r))
            self.buttons[result] = b
            row.addWidget(b)
        row.addStretch(1)
        self.kept_label = QLabel()
        self.kept_label.setWordWrap(True)
        self.kept_label.setStyleSheet("color: #e0a030; font-size: 8.5pt;")
        self.kept_label.hide()
        self.note = QLineEdit(objectName="checklistNote")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.note.setClearButtonEnabled(True)
        self.note.returnPressed.connect(self.note_committed)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 8)
        lay.setSpacing(5)
        lay.addLayout(top)
        lay.addWidget(self.label)
        lay.addWidget(self.guidance)
        lay.addLayout(row)
        lay.addWidget(self.kept_label)
        lay.addWidget(self.note)
        self._result: str | None = None

    def _clicked(self, result: str) -> None:
        # Show the saved state until the panel has stored the choice (it calls show_result).
        for r, b in self.buttons.items():
            b.setChecked(r == self._result)
        self.result_chosen.emit(result)

    def show_result(self, result: str | None) -> None:
        """The saved answer of the current item."""
        self._result = result
        for r, b in self.buttons.items():
            b.setChecked(r == result)
        self.setProperty("answer", result or "")
        self.style().unpolish(self)
        self.style().polish(self)

    def keyPressEvent(self, event) -> None:
        """1 / 2 / 3 answer; ↑ / ↓ move to the previous / next item."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.NoModifier:
            if event.key() in RESULT_KEYS:
                self.result_chosen.emit(RESULT_KEYS[event.key()])
                return
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else +1)
                return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        """A click on the card gives it the keys."""
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)


class ChecklistPanel(QWidget):
    """The active checklist for one clip version and the person at the desk.

    ``signoff`` is the :class:`reviewer.core.signoff.SignoffService`; ``principal`` whose answers
    these are (the person at the desk; None: nobody, nothing can be answered).

    Signals:
        state_changed(object): the :class:`ChecklistState` after answers were loaded or saved.
        answer_saved(str, str): an answer was stored (item id, result).
        current_changed(str): the item shown large is now this one.
    """

    state_changed = Signal(object)
    answer_saved = Signal(str, str)
    current_changed = Signal(str)

    def __init__(self, signoff, principal: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistPanel")
        self.setStyleSheet(PANEL_STYLE)
        self._signoff = signoff
        self._principal = principal
        self._clip_id = ""
        self._version = 0
        self._template: ChecklistTemplate | None = None
        self._answers: dict[str, Answer] = {}
        self._state: ChecklistState | None = None
        self._chips: dict[str, ChecklistChip] = {}
        self._order: list[str] = []
        self._group_labels: list[tuple[QLabel, ChecklistGroup]] = []
        self._current = ""
        self._template_error = ""
        self._blocked_text = ""
        self.note_question: QMessageBox | None = None

        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.progress_bar = QProgressBar(objectName="checklistProgress")  # type: ignore[call-arg]  # stubs omit inherited Qt properties as keywords
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(4)
        self.card = ItemCard()
        self.card.result_chosen.connect(self._card_result)
        self.card.move_requested.connect(self._move)
        self.card.note_committed.connect(self._note_committed)
        self.card.note.editingFinished.connect(self._note_finished)
        self.keys_label = QLabel()
        self.keys_label.setWordWrap(True)
        self.keys_label.setStyleSheet(muted_style() + " font-size: 8.5pt;")
        self.strip = QWidget()
        self.strip_layout = QGridLayout(self.strip)
        self.strip_layout.setContentsMargins(0, 0, 0, 0)
        self.strip_layout.setHorizontalSpacing(6)
        self.strip_layout.setVerticalSpacing(4)
        self.strip_layout.setColumnStretch(1, 1)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(muted_style())
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(error_style())
        self.error_label.hide()

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 4)
        lay.setSpacing(6)
        lay.addWidget(self.progress_label)
        lay.addWidget(self.progress_bar)
        lay.addWidget(self.error_label)
        lay.addWidget(self.card)
        lay.addWidget(self.keys_label)
        lay.addWidget(self.strip)
        lay.addStretch(1)
        lay.addWidget(self.empty_label, 1)
        self.retranslate()
        self._show_rows()

    # -- who answers ------------------------------------------------------------------------------
    def set_principal(self, principal: str | None, blocked_text: str = "") -> None:
        """Answers are now this person's (None: nobody at the desk; ``blocked_text`` says why)."""
        self._principal = principal
        self._blocked_text = blocked_text
        self.set_clip(self._clip_id, self._version)

    # -- loading ----------------------------------------------------------------------------
    def set_clip(self, clip_id: str, version: int) -> None:
        """Show the checklist of ``clip_id`` version ``version`` ("" = nothing under review)."""
        self._clip_id, self._version = clip_id, int(version or 0)
        self._answers = {}
        self._state = None
        self.error_label.hide()
        if not clip_id or not self._principal:
            self._current = ""
            self._show_rows()
            self.state_changed.emit(None)
            return
        try:
            template = self._signoff.template()
        except ReviewerError as exc:
            # A broken station template: say so instead of showing a checklist that is not in force.
            self._template, self._template_error = None, exc.message
            self._rebuild()
            self._show_rows()
            self.state_changed.emit(None)
            return
        self._template_error = ""
        if self._template is None or template.hash != self._template.hash:
            self._template = template
            self._rebuild()
        try:
            self._answers = self._signoff.answers(clip_id, self._principal, self._version or None)
        except ReviewerError as exc:
            self._show_error(exc.message)
            self._answers = {}
        # Every clip opens on its first unanswered item (never where the last clip was left).
        self._current = self._first_open() or (self._order[0] if self._order else "")
        self._show_all()
        self._update_state()
        self._show_rows()

    def reload(self) -> None:
        """Read the answers again (e.g. after a change made elsewhere)."""
        self.set_clip(self._clip_id, self._version)

    def _rebuild(self) -> None:
        while self.strip_layout.count():
            child = self.strip_layout.takeAt(0)
            assert child is not None  # count() > 0
            w = child.widget()
            if w is not None:
                w.hide()
                w.deleteLater()
        self._chips, self._order, self._group_labels = {}, [], []
        template = self._template
        if template is None:
            return
        number = 0
        for row, group in enumerate(template.groups):
            name = QLabel(objectName="checklistGroupName")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
            name.setWordWrap(True)
            name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self._group_labels.append((name, group))
            chips, flow = flow_widget(4)
            for item in template.items_in(group.id):
                number += 1
                chip = ChecklistChip(item, number)
                chip.clicked.connect(lambda _c=False, i=item.id: self.select(i, focus=True))
                flow.addWidget(chip)
                self._chips[item.id] = chip
                self._order.append(item.id)
            self.strip_layout.addWidget(name, row, 0)
            self.strip_layout.addWidget(chips, row, 1)
        self.retranslate()

    def _show_rows(self) -> None:
        has = bool(self._clip_id) and self._template is not None and bool(self._principal) and bool(self._order)
        for w in (self.card, self.keys_label, self.strip, self.progress_bar, self.progress_label):
            w.setVisible(has)
        self.empty_label.setVisible(not has)
        if self._template_error:
            self.empty_label.setText(self._template_error)
            self.empty_label.setStyleSheet(error_style())
        elif not self._principal and self._blocked_text:
            self.empty_label.setText(self._blocked_text)
            self.empty_label.setStyleSheet("color: #e0a030; font-weight: 600;")
        else:
            self.empty_label.setText(
                translate("ChecklistPanel", "Choose a clip in the queue to fill in its checklist.")
            )
            self.empty_label.setStyleSheet(muted_style())

    def _first_open(self, after: str = "") -> str:
        """The first unanswered item (after ``after``, wrapping around), or ""."""
        order = self._order
        if after in order:
            i = order.index(after)
            order = order[i + 1 :] + order[: i + 1]
        return next((i for i in order if i not in self._answers), "")

    def _show_all(self) -> None:
        for item_id, chip in self._chips.items():
            a = self._answers.get(item_id)
            chip.set_answer(a.result if a else None, current=item_id == self._current)
        self._chip_tips()
        self._show_card()

    def _chip_tips(self) -> None:
        """Each chip's tooltip: the item in full, and its answer."""
        if self._template is None:
            return
        lang = ui_language()
        for item_id, chip in self._chips.items():
            tip = f"{chip.number}. {self._template.item(item_id).label.get(lang)}"
            a = self._answers.get(item_id)
            if a is not None:
                tip += f" — {result_name(a.result)}"
            chip.setToolTip(tip)

    def _show_card(self) -> None:
        if not self._current or self._template is None:
            return
        item = self._template.item(self._current)
        lang = ui_language()
        number = self._order.index(item.id) + 1
        group = next((g for g in self._template.groups if g.id == item.group), None)
        self.card.where.setText(
            fill(
                translate("ChecklistPanel", "%1 · item %2 of %3"),
                group.label.get(lang) if group else "",
                number,
                len(self._order),
            )
        )
        self.card.critical.setVisible(item.blocking)
        self.card.label.setText(f"{number}. {item.label.get(lang)}")
        self.card.guidance.setText(item.guidance.get(lang))
        a = self._answers.get(item.id)
        self.card.show_result(a.result if a else None)
        mark, text = note_display(a.note if a else "")
        if self.card.note.text().strip() != text or not self.card.note.hasFocus():
            self.card.note.setText(text)
        self.card.kept_label.setText(mark)
        self.card.kept_label.setVisible(bool(mark))
        if a is not None and a.result == FAIL:
            self.card.note.setPlaceholderText(translate("ChecklistPanel", "Why does it fail? (note)"))
        else:
            self.card.note.setPlaceholderText(translate("ChecklistPanel", "Note (optional)"))

    def _update_state(self) -> None:
        if self._template is None:
            self._state = None
            self.state_changed.emit(None)
            return
        self._state = evaluate(self._template, self._answers)
        done, total = self._state.progress
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)
        self._show_progress()
        self.state_changed.emit(self._state)

    def _show_progress(self) -> None:
        state = self._state
        if state is None:
            self.progress_label.setText("")
            return
        done, total = state.progress
        parts = [fill(translate("ChecklistPanel", "%1 of %2 answered"), done, total)]
        if state.failed_blocking:
            parts.append(
                fill(
                    translate("ChecklistPanel", "%1 failed (%2 blocking)"),
                    len(state.failed),
                    len(state.failed_blocking),
                )
            )
        elif state.failed:
            parts.append(fill(translate("ChecklistPanel", "%1 failed"), len(state.failed)))
        if state.complete and not state.failed_blocking:
            parts.append(translate("ChecklistPanel", "complete"))
        self.progress_label.setText(" · ".join(parts))
        if state.failed_blocking:
            self.progress_label.setStyleSheet(error_style())
        elif state.complete:
            self.progress_label.setStyleSheet("color: #3fae6a; font-weight: 600;")
        else:
            self.progress_label.setStyleSheet("")
        if self._template is not None:
            lang = ui_language()
            self.progress_label.setToolTip(
                fill(
                    translate("ChecklistPanel", "%1 (version %2)"),
                    self._template.title.get(lang),
                    self._template.version,
                )
            )

    # -- moving ---------------------------------------------------------------------------------
    def select(self, item_id: str, *, focus: bool = False) -> None:
        """Show ``item_id`` large (and give it the keys)."""
        if item_id not in self._chips:
            return
        self._save_typed_note()
        self._current = item_id
        self._show_all()
        if focus:
            self.card.setFocus(Qt.FocusReason.OtherFocusReason)
        self.current_changed.emit(item_id)

    def current_item(self) -> str:
        """The item shown large ("" when none)."""
        return self._current

    def _move(self, step: int) -> None:
        if not self._current:
            return
        i = self._order.index(self._current) + step
        if 0 <= i < len(self._order):
            self.select(self._order[i], focus=True)

    def focus_first_open(self) -> None:
        """The first unanswered item (or the current one), with the keys."""
        if not self._order:
            return
        self.select(self._first_open() or self._current or self._order[0], focus=True)

    def _advance(self) -> None:
        """On to the next unanswered item after the current one; stay when all are answered."""
        nxt = self._first_open(self._current)
        if nxt:
            self.select(nxt, focus=True)
        else:
            self.card.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving -----------------------------------------------------------------------------
    def set_result(self, item_id: str, result: str, note: str | None = None) -> bool:
        """Answer an item now (saved and audited); False if the library refused it.

        ``note`` None keeps the note as it stands (typed or saved).
        """
        if item_id not in self._chips or not self._clip_id or not self._principal:
            return False
        if note is None:
            if item_id == self._current:
                note = self._typed_note_full()
            else:
                a = self._answers.get(item_id)
                note = a.note if a else ""
        try:
            self._answers = self._signoff.save_answers(
                self._clip_id, self._principal, [Answer(item_id, result, note.strip())], self._version or None
            )
        except ReviewerError as exc:
            self._show_error(exc.message)
            self._show_all()
            return False
        self.error_label.hide()
        if item_id == self._current:
            # The stored note replaces what was typed (it may carry a kept-note mark).
            saved = self._answers.get(item_id)
            self.card.note.setText(note_display(saved.note if saved else "")[1])
        self._show_all()
        self._update_state()
        self.answer_saved.emit(item_id, result)
        return True

    def _typed_note_full(self) -> str:
        """The current item's note as it would be stored: the typed text, with its kept mark."""
        typed = self.card.note.text().strip()
        a = self._answers.get(self._current)
        origin = kept_note_origin(a.note)[0] if a else None
        if typed and origin is not None and a is not None:
            return keep_note(typed, origin, a.result) if origin != a.result else typed
        return typed

    def answer_current(self, result: str) -> None:
        """1 / 2 / 3 or a click: answer the current item, asking about its note if the answer changes."""
        item_id = self._current
        if not item_id or not self._principal:
            return
        a = self._answers.get(item_id)
        note = self._typed_note_full()
        if a is not None and a.result != result and note:
            self._ask_about_note(item_id, a.result, result, note)
            return
        self._store_and_move(item_id, result, note)

    def _card_result(self, result: str) -> None:
        self.answer_current(result)

    def _store_and_move(self, item_id: str, result: str, note: str) -> None:
        if not self.set_result(item_id, result, note):
            return
        if result == FAIL and not kept_note_origin(note)[1]:
            # A failed item needs a word of why: the note first, Enter then moves on.
            self.card.note.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._advance()

    def _ask_about_note(self, item_id: str, previous: str, result: str, note: str) -> None:
        box = QMessageBox(self)
        box.setObjectName("keepNoteQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("ChecklistPanel", "The answer changes"))
        _mark, text = note_display(note)
        box.setText(
            fill(
                translate(
                    "ChecklistPanel",
                    "This item had the note “%1”, written when it was %2. Keep the note with the new answer %3?",
                ),
                text,
                result_name(kept_note_origin(note)[0] or previous),
                result_name(result),
            )
        )
        keep = box.addButton(translate("ChecklistPanel", "Keep the note"), QMessageBox.ButtonRole.AcceptRole)
        clear = box.addButton(translate("ChecklistPanel", "Clear the note"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(translate("ChecklistPanel", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(cancel)
        self.note_question = box

        def done(_r: int) -> None:
            self.note_question = None
            clicked = box.clickedButton()
            box.deleteLater()
            self.window().activateWindow()  # the keys come back to the checklist
            if clicked is keep:
                self._store_and_move(item_id, result, keep_note(note, previous, result))
            elif clicked is clear:
                self.card.note.clear()
                self._store_and_move(item_id, result, "")
            else:
                self._show_all()
                self.card.setFocus(Qt.FocusReason.OtherFocusReason)

        box.finished.connect(done)
        box.open()

    def _note_finished(self) -> None:
        self._save_typed_note()

    def _save_typed_note(self) -> None:
        item_id = self._current
        a = self._answers.get(item_id) if item_id else None
        if a is None:
            # A note is stored with its answer: keep it typed until a result is chosen.
            return
        full = self._typed_note_full()
        if full != a.note:
            self.set_result(item_id, a.result, full)

    def _note_committed(self) -> None:
        self._save_typed_note()
        if self._current in self._answers:
            self._advance()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # -- reading ----------------------------------------------------------------------------
    def template(self) -> ChecklistTemplate | None:
        """The template shown."""
        return self._template

    def answers(self) -> dict[str, Answer]:
        """The saved answers shown, by item id."""
        return dict(self._answers)

    def state(self) -> ChecklistState | None:
        """Where the checklist stands (None when nothing is under review)."""
        return self._state

    def chip(self, item_id: str) -> ChecklistChip:
        """The chip of one item."""
        return self._chips[item_id]

    def chips(self) -> list[ChecklistChip]:
        """All chips in display order."""
        return [self._chips[i] for i in self._order]

    def item_ids(self) -> list[str]:
        """Item ids in display order."""
        return list(self._order)

    # -- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Re-read every visible text (labels follow the UI language)."""
        lang = ui_language()
        for label, group in self._group_labels:
            label.setText(group.label.get(lang))
        self._chip_tips()
        keys = {PASS: "1", FAIL: "2", NA: "3"}
        for r, b in self.card.buttons.items():
            b.setText(f"{result_name(r)} ({keys[r]})")
            b.setToolTip(fill(translate("ChecklistPanel", "%1 (key %2)"), result_name(r), keys[r]))
        self.card.critical.setText(translate("ChecklistPanel", "Blocking"))
        self.card.critical.setToolTip(translate("ChecklistPanel", "Blocking item: a Fail here blocks approval."))
        self.keys_label.setText(
            translate(
                "ChecklistPanel",
                "Keys: 1 Pass · 2 Fail · 3 N/A, then on to the next open item · ↑↓ other items · Tab note",
            )
        )
        self._show_card()
        self._show_progress()
        self._show_rows()

    def changeEvent(self, event) -> None:
        """Follow language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
