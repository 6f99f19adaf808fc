"""The clip's history: its audit events (newest first) with each signed record's validity.

Read-only and exact: every row is one event of the tamper-evident chain (seq, time, actor, kind)
with a one-line summary of its payload in the UI language. Sign-offs and revocations are verified
when the tab is shown (signature, chain link and, for decisions, the files they name) and say
whether they are valid, their file changed, invalid or revoked. Verifying re-hashes media, so it
runs only while the tab is visible; "Verify again" repeats it.
"""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.audit import AuditEvent
from reviewer.core.timecode import minutes_seconds
from reviewer.errors import ReviewerError
from reviewer.ui import theme
from reviewer.ui.i18n import fill
from reviewer.ui.signoff_text import (
    decision_name,
    item_label,
    local_time,
    muted_style,
    record_kind_name,
    result_name,
    signed_from_name,
    validity_name,
)

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

COL_SEQ, COL_TIME, COL_ACTOR, COL_KIND = range(4)
COL_SUMMARY = 4  # the summary row spans the columns after the seq

VALIDITY_COLOURS = {
    "valid": QColor("#3fae6a"),
    "file_changed": QColor("#e0a030"),
    "invalid": QColor("#e05252"),
    "revoked": QColor("#9aa0a8"),
    "superseded": QColor("#9aa0a8"),  # an approval of an older version (round trip, issue 9)
}


def kind_name(kind: str) -> str:
    """An audit event kind in the UI language."""
    return {
        "ingest": translate("HistoryPanel", "Ingested"),
        "new_version": translate("HistoryPanel", "New version"),
        "view_session": translate("HistoryPanel", "Viewing"),
        "checklist_answer": translate("HistoryPanel", "Checklist"),
        "note": translate("HistoryPanel", "Note"),
        "decision": translate("HistoryPanel", "Decision"),
        "signoff": translate("HistoryPanel", "Sign-off"),
        "revocation": translate("HistoryPanel", "Revocation"),
        "export": translate("HistoryPanel", "Export"),
        "checkpoint": translate("HistoryPanel", "Checkpoint"),
        "key_enrolled": translate("HistoryPanel", "Key enrolled"),
        "key_retired": translate("HistoryPanel", "Key retired"),
        "policy_changed": translate("HistoryPanel", "Policy changed"),
        "wrong_passphrase": translate("HistoryPanel", "Wrong passphrase"),
        "signing_locked": translate("HistoryPanel", "Signing locked"),
        "note_edited": translate("RoundTrip", "Note edited"),
        "note_resolved": translate("RoundTrip", "Note resolved"),
        "note_reopened": translate("RoundTrip", "Note reopened"),
        "note_reply": translate("RoundTrip", "Note reply"),
    }.get(kind, kind)


class HistoryPanel(QWidget):
    """The audit events of the clip under review.

    ``signoff`` is the SignoffService (events, records, people, template), ``verifier`` the
    Verifier (validity of each signed record).

    Signals:
        reloaded(int): the table was filled with this many events.
    """

    reloaded = Signal(int)

    def __init__(self, signoff, verifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self._signoff = signoff
        self._verifier = verifier
        self._clip_id = ""
        self._dirty = False
        self._events: list[AuditEvent] = []
        self._validity: dict[int, str] = {}
        self._names: dict[str, str] = {}
        self._template = None

        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet(muted_style())
        self.verify_button = QPushButton()
        self.verify_button.setAutoDefault(True)
        self.verify_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.caption, 1)
        top.addWidget(self.verify_button)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("historyTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        # Widths from the meta texts only: a spanned summary must not widen the time column.
        for col in (COL_SEQ, COL_TIME, COL_KIND):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_ACTOR, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setStyleSheet("QTableWidget::item { padding: 1px 4px; }")
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._rows_timer = QTimer(self, singleShot=True, interval=0)
        self._rows_timer.timeout.connect(self._size_rows)
        header.sectionResized.connect(lambda *_a: self._rows_timer.start())

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(muted_style())

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.setSpacing(6)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty_label, 1)
        self.retranslate()
        self._fill()

    # -- loading ----------------------------------------------------------------------------
    def set_clip(self, clip_id: str) -> None:
        """Show ``clip_id``'s history ("" = none); read now if visible, else when shown."""
        self._clip_id = clip_id
        self._events, self._validity = [], {}
        self._dirty = bool(clip_id)
        if self.isVisible() and clip_id:
            self.reload()
        else:
            self._fill()

    def mark_changed(self) -> None:
        """Something was recorded for the clip: read again now if visible, else when shown."""
        self._dirty = bool(self._clip_id)
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Read the clip's events and verify its signed records."""
        self._dirty = False
        self._events, self._validity = [], {}
        if self._clip_id:
            try:
                self._events = self._signoff.history(self._clip_id)
                self._names = {p.principal: p.name for p in self._signoff.repo.people()}
            except ReviewerError as exc:
                log.warning("history of %s: %s", self._clip_id, exc)
                self.caption.setText(exc.message)
                self._events = []
            try:
                self._template = self._signoff.template()
            except ReviewerError:
                self._template = None  # answers are then named by item id
            self._validity = self._verify()
        self._fill()
        self.reloaded.emit(len(self._events))

    def _verify(self) -> dict[int, str]:
        """audit seq -> validity of the signed record written by that event."""
        out: dict[int, str] = {}
        try:
            current = self._signoff.library.clip(self._clip_id).current_version
            for state in self._verifier.signoff_states(self._clip_id, check_files=True):
                if state.signoff is not None:
                    validity = state.state
                    # A new version arrived after it: that approval no longer approves the clip.
                    if validity == "valid" and state.signoff.kind == "approval" and state.signoff.version < current:
                        validity = "superseded"
                    out[state.signoff.audit_seq] = validity
            for stored in self._signoff.signoffs(self._clip_id):
                if stored.kind == "revocation":
                    out[stored.audit_seq] = "invalid" if self._verifier.signoff_problems(stored) else "valid"
        except ReviewerError as exc:
            log.warning("verifying %s: %s", self._clip_id, exc)
        return out

    def showEvent(self, event) -> None:
        """Read when first shown after a change."""
        super().showEvent(event)
        if self._dirty:
            self.reload()

    # -- table ------------------------------------------------------------------------------
    def _fill(self) -> None:
        # Two table rows per event: seq | time | actor | kind, then the summary across the
        # columns under it, so the side pane stays readable however narrow it is.
        self.table.clearSpans()
        self.table.setRowCount(0)
        events = list(reversed(self._events))  # newest first: the latest decision is on top
        self.table.setRowCount(2 * len(events))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for i, ev in enumerate(events):
            validity = self._validity.get(ev.seq)
            signed = ev.kind in ("signoff", "revocation")
            summary, details = self._summary_and_details(ev, validity)
            cells = [
                str(ev.seq),
                local_time(ev.time, seconds=False),
                self._names.get(ev.actor, ev.actor),
                kind_name(ev.kind),
            ]
            top = 2 * i
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, ev.seq)
                item.setTextAlignment(
                    (Qt.AlignmentFlag.AlignRight if col == COL_SEQ else Qt.AlignmentFlag.AlignLeft)
                    | Qt.AlignmentFlag.AlignVCenter
                )
                if col in (COL_SEQ, COL_TIME, COL_ACTOR):
                    item.setForeground(QBrush(theme.MUTED_TEXT))
                if col == COL_ACTOR:
                    item.setToolTip(ev.actor)
                elif col == COL_TIME:
                    item.setToolTip(local_time(ev.time) + "  (" + ev.time + ")")
                if col == COL_KIND and signed:
                    item.setFont(bold)
                    if validity in VALIDITY_COLOURS:
                        item.setForeground(QBrush(VALIDITY_COLOURS[validity]))
                self.table.setItem(top, col, item)
            item = QTableWidgetItem(summary)
            item.setData(Qt.ItemDataRole.UserRole, ev.seq)
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            item.setToolTip(details)
            if signed:
                item.setFont(bold)
                if validity in VALIDITY_COLOURS:
                    item.setForeground(QBrush(VALIDITY_COLOURS[validity]))
            self.table.setItem(top + 1, COL_SEQ, QTableWidgetItem(""))
            self.table.setItem(top + 1, COL_TIME, item)
            self.table.setSpan(top + 1, COL_TIME, 1, COL_SUMMARY - COL_TIME)
        self._size_columns(events)
        self._size_rows()
        has = bool(self._clip_id)
        self.table.setVisible(has and bool(events))
        self.empty_label.setVisible(not (has and events))
        self.verify_button.setEnabled(has)
        self._caption()

    def _size_columns(self, events: list[AuditEvent]) -> None:
        fm = self.table.fontMetrics()
        pad = 26
        header = self.table.horizontalHeader()
        seq = max([fm.horizontalAdvance(str(e.seq)) for e in events] + [fm.horizontalAdvance("#")])
        self.table.setColumnWidth(COL_SEQ, seq + pad)
        self.table.setColumnWidth(COL_TIME, fm.horizontalAdvance("00:00 00/00/0000") + pad)
        bold = QFont(self.table.font())
        bold.setBold(True)
        kinds = [kind_name(e.kind) for e in events] + [
            header.model().headerData(COL_KIND, Qt.Orientation.Horizontal) or ""
        ]
        self.table.setColumnWidth(COL_KIND, max(QFontMetrics(bold).horizontalAdvance(k) for k in kinds) + pad)

    def _size_rows(self) -> None:
        # Qt sizes a row by its first cell's column width; the summary spans several columns.
        # The text gets the span minus the cell padding and the style's text margins.
        width = sum(self.table.columnWidth(c) for c in range(COL_TIME, COL_SUMMARY)) - 24
        line = self.table.fontMetrics().height()
        for r in range(self.table.rowCount()):
            item = self.table.item(r, COL_TIME)
            if r % 2 == 0 or item is None:
                self.table.setRowHeight(r, line + 8)
                continue
            fm = QFontMetrics(item.font())
            rect = fm.boundingRect(0, 0, max(40, width), 100_000, int(Qt.TextFlag.TextWordWrap), item.text())
            self.table.setRowHeight(r, rect.height() + 8)

    def _caption(self) -> None:
        if not self._clip_id:
            self.caption.setText("")
            return
        signed = sum(1 for e in self._events if e.kind in ("signoff", "revocation"))
        self.caption.setText(
            fill(
                translate("HistoryPanel", "%1 events in the audit trail of this clip, %2 signed; newest first."),
                len(self._events),
                signed,
            )
        )

    def summary(self, ev: AuditEvent, validity: str | None = None) -> str:
        """One line saying what the event recorded, in the UI language."""
        return self._summary_and_details(ev, validity)[0]

    def _summary_and_details(self, ev: AuditEvent, validity: str | None) -> tuple[str, str]:
        """The summary shown and the full text for its tooltip."""
        try:
            p = json.loads(ev.payload_json)
        except ValueError:
            text = translate("HistoryPanel", "(payload unreadable)")
            return text, text
        if not isinstance(p, dict):
            return "", ""
        try:
            if ev.kind == "checklist_answer":
                return self._answers_summary(p)
            text = self._summary(ev.kind, p, validity)
        except (KeyError, TypeError, ValueError, AttributeError):
            text = json.dumps(p, ensure_ascii=False)[:200]
        return text, text

    def _answers_summary(self, p: dict) -> tuple[str, str]:
        """A few answers are listed; many (a whole checklist at once) are counted, fails named."""
        answers = p.get("answers") or []
        template = self._template if self._template and self._template.hash == p.get("template_hash") else None

        def one(a: dict) -> str:
            label = item_label(template, a["item_id"]) if template else a["item_id"]
            text = f"{label}: {result_name(a['result'])}"
            if a.get("note"):
                text += f" — “{a['note']}”"
            return text

        v = p.get("version")
        details = fill(translate("HistoryPanel", "Version %1: %2"), v, "\n".join(one(a) for a in answers))
        if len(answers) <= 2:
            return fill(translate("HistoryPanel", "Version %1: %2"), v, "; ".join(one(a) for a in answers)), details
        counts = {r: sum(1 for a in answers if a.get("result") == r) for r in ("pass", "fail", "na")}
        text = fill(
            translate("HistoryPanel", "Version %1: %2 answers — %3 pass · %4 fail · %5 N/A"),
            v,
            len(answers),
            counts["pass"],
            counts["fail"],
            counts["na"],
        )
        failed = [one(a) for a in answers if a.get("result") == "fail"]
        if failed:
            text += "\n" + "\n".join(failed)
        return text, details

    def _summary(self, kind: str, p: dict, validity: str | None) -> str:
        v = p.get("version")
        if kind in ("ingest", "new_version"):
            return fill(
                translate("HistoryPanel", "Version %1: %2, caption files: %3, SHA-256 %4…"),
                v,
                p.get("file_name", ""),
                len(p.get("captions") or []),
                str(p.get("sha256", ""))[:12],
            )
        if kind == "view_session":
            session = sum(max(0, int(e) - int(s)) for s, e in (p.get("session") or []))
            return fill(
                translate("HistoryPanel", "Version %1: watched %2 in this session, %3 in all"),
                v,
                minutes_seconds(session),
                minutes_seconds(int(p.get("viewed_ms") or 0)),
            )
        if kind == "note":
            when = minutes_seconds(int(p.get("start_ms") or 0))
            if p.get("end_ms") is not None:
                when += "–" + minutes_seconds(int(p["end_ms"]))
            return fill(translate("HistoryPanel", "Version %1 at %2: “%3”"), v, when, p.get("text", ""))
        if kind == "signoff":
            record_kind = p.get("record_kind", "")
            if record_kind == "recommendation":
                # A recommendation's decision is not in its kind: say which one.
                text = fill(
                    translate("HistoryPanel", "%1 of version %2 (%3), %4"),
                    record_kind_name(record_kind),
                    v,
                    decision_name(p.get("decision", "")),
                    signed_from_name(p.get("signed_from", "")),
                )
            else:
                text = fill(
                    translate("HistoryPanel", "%1 of version %2, %3"),
                    record_kind_name(record_kind),
                    v,
                    signed_from_name(p.get("signed_from", "")),
                )
            if validity == "superseded":
                text += " — " + translate("RoundTrip", "superseded by a newer version, not valid for publishing")
            elif validity:
                text += " — " + validity_name(validity)
            return text
        if kind == "revocation":
            text = fill(translate("HistoryPanel", "Approval of version %1 revoked: “%2”"), v, p.get("reason", ""))
            if validity:
                text += " — " + fill(translate("HistoryPanel", "signature %1"), validity_name(validity))
            return text
        if kind == "export" and p.get("package") == "change_request":
            return fill(
                translate("RoundTrip", "Change request for version %1 written to %2"), v, p.get("destination", "")
            )
        if kind == "export":
            return fill(translate("HistoryPanel", "Package of version %1 exported to %2"), v, p.get("destination", ""))
        if kind == "note_edited":
            return fill(
                translate("RoundTrip", "Version %1, note %2: “%3” → “%4”"),
                v,
                p.get("note_id"),
                p.get("before", ""),
                p.get("after", ""),
            )
        if kind in ("note_resolved", "note_reopened"):
            text = (
                translate("RoundTrip", "Version %1, note %2 resolved: “%3”")
                if kind == "note_resolved"
                else translate("RoundTrip", "Version %1, note %2 open again: “%3”")
            )
            return fill(text, v, p.get("note_id"), p.get("text", ""))
        if kind == "note_reply":
            return fill(
                translate("RoundTrip", "Version %1, note %2, reply: “%3”"), v, p.get("note_id"), p.get("after", "")
            )
        return json.dumps(p, ensure_ascii=False)[:200]

    # -- reading ----------------------------------------------------------------------------
    def rows(self) -> list[tuple[str, ...]]:
        """One tuple per event, newest first: (seq, time, actor, kind, summary)."""
        out = []
        for r in range(0, self.table.rowCount(), 2):
            meta = tuple(self._cell_text(r, c) for c in range(self.table.columnCount()))
            out.append(meta + (self._cell_text(r + 1, COL_TIME),))
        return out

    def _cell_text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        assert item is not None  # every cell read here is set in the event's two rows
        return item.text()

    def validity(self) -> dict[int, str]:
        """audit seq -> validity of each signed record shown."""
        return dict(self._validity)

    # -- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Re-read every visible text in the current language."""
        self.table.setHorizontalHeaderLabels(
            [
                translate("HistoryPanel", "#"),
                translate("HistoryPanel", "Time"),
                translate("HistoryPanel", "By"),
                translate("HistoryPanel", "Event"),
            ]
        )
        self.verify_button.setText(translate("HistoryPanel", "Verify again"))
        self.verify_button.setToolTip(
            translate("HistoryPanel", "Check every signature and re-hash the files the sign-offs name")
        )
        self.empty_label.setText(translate("HistoryPanel", "The history of the clip under review appears here."))
        self._fill()

    def changeEvent(self, event) -> None:
        """Follow language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
