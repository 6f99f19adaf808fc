"""The queue pane: status filter, debounced search and the lazily loaded clip table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.timecode import duration_text
from reviewer.ui import theme
from reviewer.ui.i18n import fill
from reviewer.ui.queue_model import (
    COL_DEADLINE,
    COL_DURATION,
    COL_PLATFORM,
    COL_POLITICAL,
    COL_STATUS,
    COL_TITLE,
    COL_VERSION,
    COLUMN_COUNT,
    QueueModel,
    status_name,
)

translate = QCoreApplication.translate

FILTER_STATUSES = ("pending", "changes", "approved", "rejected", "revoked", "all")
# The search runs when typing pauses this long: a search over 100,000 clips takes 15-50 ms now
# (in memory, bench.desk), so the pause can be short; a fast typist's keys come ~150 ms apart.
SEARCH_DELAY_MS = 120
SELECT_DELAY_MS = 120


ROW_HEIGHT = 62


class TitleDelegate(QStyledItemDelegate):
    """The title on up to two lines; platform, length, version and deadline, muted, under it.

    The queue pane is narrow beside the video: wrapping keeps the title readable and every fact
    of the clip visible without a horizontal scroll bar (the deadline turns red when overdue).
    The separate columns can still be shown from the header's context menu.
    """

    def __init__(self, model: QueueModel, parent=None) -> None:
        super().__init__(parent)
        self._model = model

    def paint(self, painter, option, index) -> None:
        """Background from the style, then the text lines."""
        from datetime import datetime, timezone

        from reviewer.ui.queue_model import format_deadline, is_overdue

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        clip = self._model.clip_at(index.row())
        if clip is None:
            return
        rect = option.rect.adjusted(6, 3, -6, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        f1 = QFontMetrics(option.font)
        painter.setFont(option.font)
        painter.setPen(theme.TEXT if not selected else theme.TEXT.lighter(110))
        line_h = f1.height()
        lines = _wrap(clip.title, f1, rect.width(), 2)
        for i, line in enumerate(lines):
            painter.drawText(rect.x(), rect.y() + i * line_h + f1.ascent(), line)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1.0))
        painter.setFont(small)
        f2 = QFontMetrics(small)
        now = datetime.now(timezone.utc)
        facts = "  ·  ".join(
            x for x in (clip.platform, duration_text(clip.duration_ms), f"v{clip.current_version}") if x
        )
        deadline = format_deadline(clip.deadline, now)
        y = rect.y() + 2 * line_h + 1 + f2.ascent()
        painter.setPen(theme.MUTED_TEXT)
        facts = f2.elidedText(facts, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.x(), y, facts)
        if deadline:
            width = f2.horizontalAdvance(deadline)
            if f2.horizontalAdvance(facts) + width + 12 <= rect.width():
                painter.setPen(theme.DANGER if is_overdue(clip, now) else theme.MUTED_TEXT)
                painter.drawText(rect.right() - width, y, deadline)
        painter.restore()

    def sizeHint(self, option, index):
        """Three lines."""
        size = super().sizeHint(option, index)
        size.setHeight(ROW_HEIGHT)
        return size


def _wrap(text: str, fm: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """``text`` in at most ``max_lines`` lines of ``width`` pixels, words kept whole where they fit."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for i, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if fm.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[i:])
            break
    if current:
        lines.append(current)
    return [fm.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines[:max_lines]]


def dropped_paths(mime) -> list[str]:
    """Local files and folders in a drag's data (anything else is not for the desk)."""
    if mime is None or not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]


class QueueTable(QTableView):
    """The clip table; Up/Down move through the queue, Return opens the clip at once.

    Files, folders and .zip packages dropped on it are offered for ingest (``paths_dropped``).
    """

    activated_now = Signal()
    paths_dropped = Signal(list)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def dragEnterEvent(self, event) -> None:
        """Accept local files and folders."""
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        """Anywhere on the queue."""
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        """Offer what was dropped for ingest."""
        paths = dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.paths_dropped.emit(paths)
        else:
            event.ignore()

    def keyPressEvent(self, event) -> None:
        """Return/Enter load the selected clip without waiting for the selection delay."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated_now.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class QueuePane(QWidget):
    """Filter, search and table over a :class:`QueueModel`.

    Selecting a row (mouse or Up/Down) asks for that clip after a short pause, so holding an arrow
    key does not load every clip on the way.

    Signals:
        clip_selected(str): the user chose this clip id.
    """

    clip_selected = Signal(str)
    paths_dropped = Signal(list)

    def __init__(self, model: QueueModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._title = QLabel(objectName="paneTitle")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self._count = QLabel(objectName="paneTitle")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self._count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status_combo = QComboBox()
        for status in FILTER_STATUSES:
            self.status_combo.addItem(status_name(status), status)
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_combo.setMinimumContentsLength(9)
        self.search_edit = QLineEdit()
        self.search_edit.setMinimumWidth(120)
        self.search_edit.setClearButtonEnabled(True)
        # Esc here clears the search, then goes back to the list (see eventFilter).
        self.search_edit.setProperty("escapeHandled", True)
        self.table = QueueTable()
        self.table.paths_dropped.connect(self.paths_dropped)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setItemDelegateForColumn(COL_TITLE, TitleDelegate(model, self.table))
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(False)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        for col, width in (
            (COL_STATUS, 26),
            (COL_POLITICAL, 26),
            (COL_VERSION, 36),
            (COL_DURATION, 46),
            (COL_PLATFORM, 74),
            (COL_DEADLINE, 96),
        ):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, width)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # Political flag beside the status, then the title: what matters most reads first.
        header.moveSection(COL_POLITICAL, 1)
        # Platform, length, version and deadline are on the title's last line; the columns are optional.
        for col in (COL_PLATFORM, COL_DURATION, COL_VERSION, COL_DEADLINE):
            self.table.setColumnHidden(col, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self._title)
        top.addStretch(1)
        top.addWidget(self._count)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.status_combo)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 3, 6)
        lay.setSpacing(6)
        lay.addLayout(top)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self._select_timer = QTimer(self, singleShot=True, interval=SELECT_DELAY_MS)
        self._select_timer.timeout.connect(self._emit_selected)
        self._suppress_selection = False
        self._reviewed_id = ""  # the clip under review: reselected whenever the list changes

        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._search_now)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.clicked.connect(lambda _i: self._emit_selected())
        self.table.activated_now.connect(self._emit_selected)
        model.filter_applied.connect(self._update_count)
        model.rowsInserted.connect(lambda *_: self._update_count(model.total()))
        model.row_dropping.connect(self._row_leaving)
        model.rowsRemoved.connect(self._rows_left)
        self.search_edit.installEventFilter(self)
        self.retranslate()

    # -- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Re-read every visible text in the current language."""
        self._title.setText(translate("QueuePane", "REVIEW QUEUE"))
        self.search_edit.setPlaceholderText(translate("QueuePane", "Search title, id, author, platform (Ctrl+F)"))
        for i, status in enumerate(FILTER_STATUSES):
            self.status_combo.setItemText(i, status_name(status))
        self.status_combo.setToolTip(translate("QueuePane", "Show clips with this status"))
        self._update_count(self.model.total())

    def changeEvent(self, event) -> None:
        """Follow language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, obj, event) -> bool:
        """Escape in the search field clears it (if empty: back to the table); Down goes to the table;
        focusing it prepares the search."""
        if obj is self.search_edit and event.type() == QEvent.Type.FocusIn:
            # Read the search keys once the field is drawn focused, before the first keystroke.
            QTimer.singleShot(0, self, self.model.prepare_search)
        if obj is self.search_edit and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                if self.search_edit.text():
                    self.search_edit.clear()
                else:
                    self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
            if event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return super().eventFilter(obj, event)

    def _header_menu(self, pos) -> None:
        menu = QMenu(self)
        for col in range(COLUMN_COUNT):
            if col in (COL_STATUS, COL_TITLE):
                continue
            name = self.model.headerData(
                col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
            ) or self.model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(col))
            action.toggled.connect(lambda on, c=col: self.table.setColumnHidden(c, not on))
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    # -- filter -----------------------------------------------------------------------------
    def _update_count(self, total: int) -> None:
        self._count.setText(fill(translate("QueuePane", "%1 clips"), QLocale().toString(total)))

    def _status_changed(self, _index: int) -> None:
        self._apply(status=self.status_combo.currentData())

    def _search_now(self) -> None:
        self._search_timer.stop()
        self._apply_search()

    def _apply_search(self) -> None:
        if self.search_edit.text().strip() != self.model.search:
            self._apply(search=self.search_edit.text())

    def _apply(self, *, status: str | None = None, search: str | None = None) -> None:
        current = self._reviewed_id or self.current_clip_id()
        self._suppress_selection = True
        try:
            self.model.set_filter(status=status, search=search)
            # Keep the clip under review selected if it is still in the list, without reloading it.
            row = self.model.row_of(current) if current else -1
            if row >= 0:
                self._select_row(row)
        finally:
            self._suppress_selection = False

    def set_status_filter(self, status: str) -> None:
        """Show clips with ``status`` ("all" for every clip)."""
        i = self.status_combo.findData(status)
        if i >= 0:
            self.status_combo.setCurrentIndex(i)

    def focus_search(self) -> None:
        """Put the cursor in the search field, text selected."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # -- selection --------------------------------------------------------------------------
    def current_clip_id(self) -> str:
        """Id of the selected clip, or ""."""
        clip = self.model.clip_at(self.table.currentIndex().row())
        return clip.id if clip else ""

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, COL_TITLE)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def select_clip(self, clip_id: str, *, emit: bool = False) -> bool:
        """Select the row of ``clip_id`` if loaded; with ``emit`` also load it."""
        self._reviewed_id = clip_id
        row = self.model.row_of(clip_id)
        if row < 0:
            return False
        self._suppress_selection = not emit
        try:
            self._select_row(row)
        finally:
            self._suppress_selection = False
        if emit:
            self._emit_selected()
        return True

    def select_first(self) -> str:
        """Select the top clip without loading it; returns its id ("" if the queue is empty)."""
        if self.model.rowCount() == 0:
            return ""
        self._suppress_selection = True
        try:
            self._select_row(0)
        finally:
            self._suppress_selection = False
        return self.current_clip_id()

    def step(self, delta: int) -> bool:
        """Select and load the next (+1) or previous (-1) clip; False at either end."""
        row = self.table.currentIndex().row()
        if row < 0 and self._reviewed_id:
            row = self.model.row_of(self._reviewed_id)
        target = 0 if row < 0 else row + delta
        if target < 0:
            return False
        self.model.ensure_loaded(target)
        if target >= self.model.rowCount():
            return False
        self._suppress_selection = True
        try:
            self._select_row(target)
        finally:
            self._suppress_selection = False
        self._emit_selected()
        return True

    def _row_leaving(self, _clip_id: str) -> None:
        # A clip leaves the list (decided, so no longer "pending"): the clip under review stays
        # under review; Qt moving the selection to a neighbour must not load that one.
        self._suppress_selection = True

    def _rows_left(self, *_args) -> None:
        self._suppress_selection = False
        self._update_count(self.model.total())
        if self._reviewed_id and self.model.row_of(self._reviewed_id) < 0:
            self.table.selectionModel().clearSelection()

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._suppress_selection or not current.isValid():
            return
        self._select_timer.start()

    def _emit_selected(self) -> None:
        self._select_timer.stop()
        clip_id = self.current_clip_id()
        if clip_id:
            self._reviewed_id = clip_id
            self.clip_selected.emit(clip_id)
