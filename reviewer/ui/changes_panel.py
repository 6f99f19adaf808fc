"""The "Changes" tab (Thay đổi): what this version changed since the one before.

Shows the JSON of ``reviewer diff`` for people: the changed segments of pictures and sound, the
caption changes cue by cue, the metadata that changed, the post text with the words taken out
struck through and the words put in underlined, and the earlier versions' notes with a box the
head ticks when a note was dealt with (đã xử lý) or unticks (chưa xử lý). A click on any row
with a time seeks the player there. The panel only shows: the round-trip wiring computes the
diff (the pictures in the background) and stores the ticks.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.timecode import timecode
from reviewer.ui import theme
from reviewer.ui.i18n import fill
from reviewer.ui.notes_panel import _WrappingDelegate
from reviewer.ui.qt_items import child_items, top_level_items

translate = QCoreApplication.translate

_MS = Qt.ItemDataRole.UserRole
_NOTE_ID = Qt.ItemDataRole.UserRole + 1
COL_TIME, COL_TEXT = 0, 1


def _tc(ms: int | None, fps: float) -> str:
    return "" if ms is None else timecode(int(ms), fps)


def post_diff_html(before: str, after: str, ops: list[dict]) -> str:
    """The new post text with the replaced words struck through before their replacement."""
    import re

    words = re.findall(r"\S+|\s+", after or "")
    inserts: dict[int, list[dict]] = {}
    for op in ops:
        inserts.setdefault(op["at_word"], []).append(op)
    out: list[str] = []
    skip_until = -1
    k = 0  # word number in the new text
    for w in words:
        if w.isspace():
            out.append(html.escape(w).replace("\n", "<br>"))
            continue
        for op in inserts.pop(k, []):
            if op["before"]:
                out.append(f'<s style="color:#e05252">{html.escape(op["before"])}</s> ')
            n_after = len(op["after"].split()) if op["after"] else 0
            skip_until = max(skip_until, k + n_after - 1)
        if k <= skip_until:
            out.append(f'<u style="color:#3fae6a"><b>{html.escape(w)}</b></u>')
        else:
            out.append(html.escape(w))
        k += 1
    for ops_left in inserts.values():  # deletions at the very end
        for op in ops_left:
            out.append(f' <s style="color:#e05252">{html.escape(op["before"])}</s>')
    return "".join(out)


class ChangesPanel(QWidget):
    """What changed since the earlier version (see the module docstring).

    Signals:
        seek_requested(int): the user chose a change or note at this time (ms).
        compare_requested(): open the A/B comparison of the two versions.
        resolved_toggled(int, bool): a note of an earlier version was ticked (True) or unticked.
    """

    seek_requested = Signal(int)
    compare_requested = Signal()
    resolved_toggled = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changesPanel")
        self._data: dict | None = None
        self._fps = 25.0
        self._media_state = "none"  # none | running | done | error
        self._media_error = ""
        self._filling = False
        self._post = ("", "")

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        # A wrapped label asks for a wide minimum of its own: it would widen the whole side column
        # (past a 1280 px screen for a new version); it wraps to whatever width it gets instead.
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.compare_button = QPushButton(objectName="compareButton")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.compare_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.compare_button.clicked.connect(self.compare_requested)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.summary, 1)
        top.addWidget(self.compare_button, 0, Qt.AlignmentFlag.AlignTop)

        self.tree = QTreeWidget()
        self.tree.setObjectName("changesTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(8)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        delegate = _WrappingDelegate(self.tree)
        self.tree.setItemDelegate(delegate)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(COL_TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_a: self.tree.scheduleDelayedItemsLayout())
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemChanged.connect(self._changed)

        self.post_title = QLabel(objectName="paneTitle")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        # Its one line ("POST TEXT (struck through: …)") would widen the side column past a
        # 1280 px screen: it wraps instead (see the summary above).
        self.post_title.setWordWrap(True)
        self.post_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.post_view = QTextBrowser(objectName="postDiff")  # type: ignore[call-arg]  # stubs omit inherited Qt properties as keywords
        self.post_view.setOpenLinks(False)
        self.post_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        post = QWidget()
        pl = QVBoxLayout(post)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.setSpacing(2)
        pl.addWidget(self.post_title)
        pl.addWidget(self.post_view, 1)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.tree)
        self.split.addWidget(post)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)

        self.empty_label = QLabel(objectName="clipMeta")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.setSpacing(6)
        lay.addLayout(top)
        lay.addWidget(self.split, 1)
        lay.addWidget(self.empty_label, 1)
        self.retranslate()

    # -- data -------------------------------------------------------------------------------
    def show_diff(self, data: dict | None, fps: float, post_texts: tuple[str, str] = ("", "")) -> None:
        """Show a ``reviewer diff`` result (None: this version has no earlier one); ``post_texts``
        are the earlier and this version's post text (for the word diff)."""
        self._data = data
        self._post = post_texts
        self._fps = fps if fps and fps > 0 else 25.0
        if data is not None and data["media"]["changed_segments"] is not None:
            self._media_state = "done"
        self._fill()

    def set_media_state(self, state: str, error: str = "") -> None:
        """The pictures and sound are being compared ("running"), were ("done") or failed ("error")."""
        self._media_state, self._media_error = state, error
        self._fill()

    def set_segments(self, segments: list[dict]) -> None:
        """The pictures and sound were compared: show the changed segments."""
        if self._data is not None:
            self._data["media"]["changed_segments"] = segments
        self._media_state = "done"
        self._fill()

    def data(self) -> dict | None:
        """The diff shown."""
        return self._data

    def change_count(self) -> int:
        """How many changes are listed (segments, cue changes, post text ops, metadata fields)."""
        d = self._data
        if d is None:
            return 0
        return (
            len(d["media"]["changed_segments"] or [])
            + sum(len(t["changes"]) for t in d["captions"])
            + len(d["post_text"]["ops"])
            + len(d["metadata"])
        )

    def open_note_count(self) -> int:
        """Notes of earlier versions not resolved yet."""
        return sum(1 for n in (self._data or {}).get("notes", []) if not n["resolved"])

    def rows(self) -> list[tuple[str, str, int | None]]:
        """Every row under a section: (time text, text, ms or None), in order."""
        out = []
        for section in top_level_items(self.tree):
            for item in child_items(section):
                ms = item.data(COL_TIME, _MS)
                out.append((item.text(COL_TIME), item.text(COL_TEXT), None if ms is None else int(ms)))
        return out

    def note_item(self, note_id: int) -> QTreeWidgetItem | None:
        """The row of an earlier version's note."""
        for section in top_level_items(self.tree):
            for item in child_items(section):
                if item.data(COL_TIME, _NOTE_ID) == note_id:
                    return item
        return None

    # -- filling ----------------------------------------------------------------------------
    def _section(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(["", title])
        font = QFont(self.tree.font())
        font.setBold(True)
        item.setFont(COL_TEXT, font)
        item.setFirstColumnSpanned(False)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(item)
        return item

    def _row(self, section: QTreeWidgetItem, ms: int | None, time_text: str, text: str, colour=None) -> QTreeWidgetItem:
        item = QTreeWidgetItem([time_text, text])
        item.setTextAlignment(COL_TIME, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if ms is not None:
            item.setData(COL_TIME, _MS, int(ms))
            item.setToolTip(COL_TEXT, translate("RoundTrip", "Click to see this moment"))
        item.setForeground(COL_TIME, theme.NOTE_MARKER)
        if colour is not None:
            item.setForeground(COL_TEXT, colour)
        section.addChild(item)
        return item

    def _fill(self) -> None:
        self._filling = True
        try:
            self.tree.clear()
            d = self._data
            has = d is not None
            self.split.setVisible(has)
            self.empty_label.setVisible(not has)
            self.compare_button.setEnabled(has)
            if d is None:
                self.summary.setText("")
                self.post_view.clear()
                return
            self._fill_media(d)
            self._fill_captions(d)
            self._fill_metadata(d)
            self._fill_notes(d)
            for section in top_level_items(self.tree):
                section.setExpanded(True)
            post = d["post_text"]
            before, after = self._post
            if post["changed"]:
                self.post_view.setHtml(post_diff_html(before, after, post["ops"]))
            else:
                self.post_view.setPlainText(
                    translate("RoundTrip", "The post text is the same as in version %1.").replace("%1", str(d["from"]))
                )
            self.summary.setText(self._summary_text(d))
        finally:
            self._filling = False

    def _summary_text(self, d: dict) -> str:
        parts = [fill(translate("RoundTrip", "Version %1 compared with version %2."), d["to"], d["from"])]
        segs = d["media"]["changed_segments"]
        if self._media_state == "running" and segs is None:
            parts.append(translate("RoundTrip", "Comparing pictures and sound…"))
        elif segs is not None:
            parts.append(fill(translate("RoundTrip", "Changed segments of pictures and sound: %1."), len(segs)))
        cues = sum(len(t["changes"]) for t in d["captions"])
        parts.append(fill(translate("RoundTrip", "Caption changes: %1."), cues))
        parts.append(
            translate("RoundTrip", "Post text changed.")
            if d["post_text"]["changed"]
            else translate("RoundTrip", "Post text unchanged.")
        )
        if d["notes"]:
            parts.append(
                fill(
                    translate("RoundTrip", "Notes of earlier versions: %1 open of %2."),
                    self.open_note_count(),
                    len(d["notes"]),
                )
            )
        return " ".join(parts)

    def _fill_media(self, d: dict) -> None:
        m = d["media"]
        section = self._section(translate("RoundTrip", "Pictures and sound"))
        a, b = m["duration_ms"]
        if a != b:
            self._row(
                section, None, "", fill(translate("RoundTrip", "Length %1 → %2"), _tc(a, self._fps), _tc(b, self._fps))
            )
        if m["same_bytes"]:
            self._row(section, None, "", translate("RoundTrip", "The same file as the earlier version."))
            return
        segs = m["changed_segments"]
        if segs is None:
            if self._media_state == "error":
                self._row(
                    section,
                    None,
                    "",
                    fill(translate("RoundTrip", "Could not compare: %1"), self._media_error),
                    theme.DANGER,
                )
            else:
                self._row(section, None, "", translate("RoundTrip", "Comparing pictures and sound…"))
            return
        if not segs:
            self._row(
                section,
                None,
                "",
                translate("RoundTrip", "No change in pictures or sound (a new encoding of the same content)."),
            )
        for seg in segs:
            what = {("video",): translate("RoundTrip", "pictures"), ("audio",): translate("RoundTrip", "sound")}.get(
                tuple(seg["what"]), translate("RoundTrip", "pictures and sound")
            )
            if seg["kind"] == "removed":
                text = fill(
                    translate("RoundTrip", "Cut here: %1–%2 of version %3 (%4)"),
                    _tc(seg["from_start_ms"], self._fps),
                    _tc(seg["from_end_ms"], self._fps),
                    d["from"],
                    what,
                )
                time_text = _tc(seg["start_ms"], self._fps)
            elif seg["kind"] == "added":
                text = fill(translate("RoundTrip", "New: %1"), what)
                time_text = f"{_tc(seg['start_ms'], self._fps)}\n– {_tc(seg['end_ms'], self._fps)}"
            else:
                text = fill(translate("RoundTrip", "Changed: %1"), what)
                time_text = f"{_tc(seg['start_ms'], self._fps)}\n– {_tc(seg['end_ms'], self._fps)}"
            self._row(section, seg["start_ms"], time_text, text)

    def _fill_captions(self, d: dict) -> None:
        for track in d["captions"]:
            old, new = track["file"]
            section = self._section(
                fill(translate("RoundTrip", "Captions [%1]: %2"), track["language"] or "?", new or old or "")
            )
            if not track["changes"]:
                self._row(section, None, "", translate("RoundTrip", "No caption changed."))
            for c in track["changes"]:
                ms = c["start_ms"]
                if c["kind"] == "text":
                    text = fill(
                        translate("RoundTrip", "Cue %1 rewritten: “%2” → “%3”"), c["to_index"], c["before"], c["after"]
                    )
                elif c["kind"] == "timing":
                    (b0, b1), (a0, a1) = c["before_ms"], c["after_ms"]
                    text = fill(
                        translate("RoundTrip", "Cue %1 moved: %2–%3 → %4–%5"),
                        c["to_index"],
                        _tc(b0, self._fps),
                        _tc(b1, self._fps),
                        _tc(a0, self._fps),
                        _tc(a1, self._fps),
                    )
                elif c["kind"] == "added":
                    text = fill(translate("RoundTrip", "Cue %1 added: “%2”"), c["to_index"], c["after"])
                else:
                    text = fill(
                        translate("RoundTrip", "Cue %1 of version %2 removed: “%3”"),
                        c["from_index"],
                        d["from"],
                        c["before"],
                    )
                self._row(section, ms, _tc(ms, self._fps), text, theme.DANGER if c["kind"] == "removed" else None)

    def _fill_metadata(self, d: dict) -> None:
        if not d["metadata"]:
            return
        section = self._section(translate("RoundTrip", "Clip information"))
        for key, (before, after) in d["metadata"].items():
            self._row(
                section,
                None,
                "",
                f"{key}: {before if before not in (None, '') else '—'} → {after if after not in (None, '') else '—'}",
            )

    def _fill_notes(self, d: dict) -> None:
        if not d["notes"]:
            return
        section = self._section(translate("RoundTrip", "Notes of earlier versions (tick when dealt with)"))
        for n in d["notes"]:
            state = translate("RoundTrip", "resolved") if n["resolved"] else translate("RoundTrip", "open")
            text = (
                fill(translate("RoundTrip", "Version %1: %2"), n["version"], n["text"]) + f"\n— {n['author']} · {state}"
            )
            if n.get("reply"):
                text += "\n↳ " + n["reply"]
            item = self._row(
                section, n["at_ms"], _tc(n["at_ms"], self._fps), text, theme.MUTED_TEXT if n["resolved"] else None
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(COL_TIME, Qt.CheckState.Checked if n["resolved"] else Qt.CheckState.Unchecked)
            item.setData(COL_TIME, _NOTE_ID, n["id"])
            item.setToolTip(COL_TIME, translate("RoundTrip", "Ticked: resolved. Click the box to change."))

    # -- events -----------------------------------------------------------------------------
    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        ms = item.data(COL_TIME, _MS)
        if ms is not None:
            self.seek_requested.emit(int(ms))

    def _changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != COL_TIME:
            return
        note_id = item.data(COL_TIME, _NOTE_ID)
        if note_id is None:
            return
        resolved = item.checkState(COL_TIME) == Qt.CheckState.Checked
        for n in (self._data or {}).get("notes", []):
            if n["id"] == note_id and n["resolved"] != resolved:
                # Later: the receiver refills this tree, which must not delete the item whose
                # own signal is still running.
                QTimer.singleShot(0, self, lambda i=int(note_id), r=resolved: self.resolved_toggled.emit(i, r))

    def retranslate(self) -> None:
        """Every text in the UI language."""
        self.compare_button.setText(translate("RoundTrip", "Compare A/B (B)"))
        self.compare_button.setToolTip(
            translate("RoundTrip", "Play the earlier and this version in turn at the same timecode")
        )
        self.post_title.setText(translate("RoundTrip", "POST TEXT (struck through: taken out; underlined: new)"))
        self.empty_label.setText(
            translate(
                "RoundTrip", "This is the first version of the clip: there is no earlier version to compare with."
            )
        )
        self._fill()

    def changeEvent(self, event) -> None:
        """Follow language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
