"""The review queue as a lazily paged Qt table model over ``Library.queue``.

Only the first page is read when a filter is applied; the view asks for more
(``canFetchMore``/``fetchMore``) as the user scrolls, so 100,000 queued clips cost one page of
memory and one indexed query per page. A change to one clip (a decision, a note) refreshes that
row in place instead of reloading the queue.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from reviewer.core.model import Clip
from reviewer.core.search import fold
from reviewer.core.timecode import duration_text
from reviewer.errors import ReviewerError
from reviewer.ui import icons, messages, theme

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

COL_STATUS, COL_TITLE, COL_PLATFORM, COL_DURATION, COL_DEADLINE, COL_POLITICAL, COL_VERSION = range(7)
COLUMN_COUNT = 7

CLIP_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def status_name(status: str) -> str:
    """The translated name of a clip status."""
    names = {
        "pending": translate("Status", "Pending"),
        "approved": translate("Status", "Approved"),
        "changes": translate("Status", "Changes requested"),
        "rejected": translate("Status", "Rejected"),
        "revoked": translate("Status", "Revoked"),
        "all": translate("Status", "All clips"),
    }
    return names.get(status, status)


def format_deadline(deadline: datetime | None, now: datetime) -> str:
    """Local wall-clock deadline: ``HH:MM`` today, else ``DD/MM HH:MM`` (day first, as in Vietnam)."""
    if deadline is None:
        return ""
    local = deadline.astimezone()
    if local.date() == now.astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%d/%m %H:%M")


def is_overdue(clip: Clip, now: datetime) -> bool:
    """A pending clip whose deadline has passed."""
    return clip.status.value == "pending" and clip.deadline is not None and clip.deadline < now


class QueueModel(QAbstractTableModel):
    """Clips in queue order for one status filter and search text, loaded page by page.

    Signals:
        filter_applied(int): a new filter is in place; the argument is how many clips match.
        row_dropping(str): this clip's row is about to leave the list (it no longer matches).
    """

    filter_applied = Signal(int)
    row_dropping = Signal(str)

    def __init__(self, library, *, page_size: int = 200, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._page_size = page_size
        self._rows: list[Clip] = []
        self._index: dict[str, int] = {}
        self._total = 0
        self._status = "pending"
        self._search = ""
        self._now = datetime.now(timezone.utc)
        # A search runs in memory over the status filter's folded keys (read once, in queue order,
        # on the first search; one clip's key is updated when that clip is refreshed, all are dropped
        # on a reload): a keystroke costs a substring test per clip and one read of the first page,
        # not two scans of the table.
        self._keys: list[tuple[str, str]] | None = None
        self._matches: list[str] | None = None  # ids matching the search, in queue order

    # -- filter -----------------------------------------------------------------------------
    @property
    def status(self) -> str:
        """The status filter ("pending", ..., or "all")."""
        return self._status

    @property
    def search(self) -> str:
        """The free-text search."""
        return self._search

    def total(self) -> int:
        """How many clips match the filter (loaded or not)."""
        return self._total

    def set_filter(self, status: str | None = None, search: str | None = None) -> None:
        """Apply a status filter and/or search text; only the first page is read."""
        if status is not None and status != self._status:
            self._status = status
            self._keys = None
        if search is not None:
            self._search = search.strip()
        self._apply()

    def prepare_search(self) -> None:
        """Read the folded search keys now (the search field got the keyboard), so that the first
        keystroke does not wait for them."""
        if self._keys is None:
            try:
                self._keys = self._library.queue_keys(self._status)
            except ReviewerError as exc:
                log.warning("reading the search keys: %s", exc)

    def reload(self) -> None:
        """Read the count and the first page again (after changes made elsewhere)."""
        self._keys = None
        self._apply()

    def _apply(self) -> None:
        try:
            if self._search:
                if self._keys is None:
                    self._keys = self._library.queue_keys(self._status)
                needle = fold(self._search)
                self._matches = [clip_id for clip_id, key in self._keys if needle in key]
                total = len(self._matches)
                first = self._library.clips(self._matches[: self._page_size])
            else:
                self._matches = None
                total = self._library.queue_count(self._status)
                first = self._library.queue(self._status, offset=0, limit=self._page_size)
        except ReviewerError as exc:
            messages.report_exception(exc, translate("QueueModel", "Cannot read the queue"))
            total, first = 0, []
        self.beginResetModel()
        self._now = datetime.now(timezone.utc)
        self._rows = list(first)
        self._index = {c.id: i for i, c in enumerate(self._rows)}
        self._total = max(total, len(self._rows))
        self.endResetModel()
        self.filter_applied.emit(self._total)

    # -- lazy loading -----------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        """More pages exist beyond what is loaded."""
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        """Load the next page."""
        if parent.isValid():
            return
        try:
            if self._matches is not None:
                page = self._library.clips(self._matches[len(self._rows) : len(self._rows) + self._page_size])
            else:
                page = self._library.queue(self._status, offset=len(self._rows), limit=self._page_size)
        except ReviewerError as exc:
            messages.report_exception(exc, translate("QueueModel", "Cannot read the queue"))
            page = []
        # The queue may have changed since the last page: never show a clip twice.
        page = [c for c in page if c.id not in self._index]
        if not page:
            self._total = len(self._rows)  # nothing more to fetch: stop asking
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        for clip in page:
            self._index[clip.id] = len(self._rows)
            self._rows.append(clip)
        self.endInsertRows()

    def ensure_loaded(self, row: int) -> None:
        """Fetch pages until ``row`` is loaded (or nothing more exists)."""
        while row >= len(self._rows) and self.canFetchMore():
            before = len(self._rows)
            self.fetchMore()
            if len(self._rows) == before:
                break

    # -- access -----------------------------------------------------------------------------
    def clip_at(self, row: int) -> Clip | None:
        """The clip on ``row`` (loaded rows only)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, clip_id: str) -> int:
        """Row of a loaded clip, or -1."""
        return self._index.get(clip_id, -1)

    def refresh_clip(self, clip_id: str) -> None:
        """Re-read one clip and update its row in place (or drop it if it left the filter)."""
        self._refresh_key(clip_id)
        row = self._index.get(clip_id, -1)
        if row < 0:
            return
        try:
            clip = self._library.clip(clip_id)
        except ReviewerError:
            clip = None
        if clip is None or (self._status != "all" and clip.status.value != self._status):
            self.row_dropping.emit(clip_id)
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self._index = {c.id: i for i, c in enumerate(self._rows)}
            self._total = max(0, self._total - 1)
            self.endRemoveRows()
            return
        self._rows[row] = clip
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def _refresh_key(self, clip_id: str) -> None:
        """Its status, title or place in the queue may have changed: update this clip's search key
        (drop it if the clip left the filter, add it where it belongs if it joined) instead of
        reading every key again."""
        if self._keys is None:
            return
        try:
            entry = self._library.queue_key(clip_id, self._status)
        except ReviewerError as exc:
            log.warning("reading the search key of %s: %s", clip_id, exc)
            self._keys = None  # the next search reads them all again
            return
        keys = [item for item in self._keys if item[0] != clip_id]
        if entry is not None:
            index, key = entry
            keys.insert(min(index, len(keys)), (clip_id, key))
        self._keys = keys

    def tick(self) -> None:
        """Move the model's clock on, so deadlines turn red as they pass."""
        self._now = datetime.now(timezone.utc)
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_DEADLINE), self.index(len(self._rows) - 1, COL_DEADLINE))

    # -- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        """Loaded rows (not the total: the view fetches more on demand)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        """Seven columns: status, title, platform, duration, deadline, political, version."""
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        """Column titles (translated)."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_STATUS: "",
                COL_TITLE: translate("QueueModel", "Title"),
                COL_PLATFORM: translate("QueueModel", "Platform"),
                COL_DURATION: translate("QueueModel", "Length"),
                COL_DEADLINE: translate("QueueModel", "Deadline"),
                COL_POLITICAL: "",
                COL_VERSION: translate("QueueModel", "Ver."),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                COL_STATUS: translate("QueueModel", "Status"),
                COL_POLITICAL: translate("QueueModel", "Political content"),
                COL_VERSION: translate("QueueModel", "Version under review"),
                COL_DEADLINE: translate("QueueModel", "Publishing deadline (red when overdue)"),
            }.get(section)
        if role == Qt.ItemDataRole.DecorationRole and section == COL_POLITICAL:
            return icons.political_icon()
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """Cell contents, icons, colours and tooltips."""
        if not index.isValid():
            return None
        clip = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_TITLE:
                return clip.title
            if col == COL_PLATFORM:
                return clip.platform
            if col == COL_DURATION:
                return duration_text(clip.duration_ms)
            if col == COL_DEADLINE:
                return format_deadline(clip.deadline, self._now)
            if col == COL_VERSION:
                return f"v{clip.current_version}"
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if col == COL_STATUS:
                return icons.status_icon(clip.status.value)
            if col == COL_POLITICAL and clip.political:
                return icons.political_icon()
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_DEADLINE and is_overdue(clip, self._now):
                return theme.DANGER
            if col in (COL_PLATFORM, COL_DURATION, COL_VERSION):
                return theme.MUTED_TEXT
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_STATUS:
                return status_name(clip.status.value)
            if col == COL_POLITICAL and clip.political:
                return translate("QueueModel", "Political content")
            if col == COL_DEADLINE and is_overdue(clip, self._now):
                return translate("QueueModel", "Overdue")
            if col == COL_TITLE:
                return f"{clip.title}\n{clip.id} · {clip.author}"
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_DURATION, COL_DEADLINE, COL_VERSION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CLIP_ID_ROLE:
            return clip.id
        return None
