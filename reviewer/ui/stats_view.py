"""The "Hiệu quả" (effectiveness) view: charts, a sortable table of clips, unmatched rows.

A window of its own (the head keeps the review desk beside it). Filters — period, platform,
political or not, topic — recompute everything from the statistics service. Charts are
matplotlib figures embedded through its Qt backend (FigureCanvasQTAgg). Double-clicking a clip
emits :attr:`EffectivenessView.clip_activated`, which the desk answers by opening the clip.
Rows of the platforms' exports that no publication or clip code claimed are listed with the
service's suggestions; a person ties each to a clip (audited), never the program by itself.
Texts follow the desk's language (``QEvent.LanguageChange``); numbers use the language's marks.
"""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta, timezone
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.platforms import STATISTICS_PLATFORMS
from reviewer.core.stats.model import PLATFORM_NAMES
from reviewer.errors import ReviewerError
from reviewer.media.stats_charts import bars, fmt_float, fmt_int, fmt_pct, grouped_bars, hbars, hours_chart
from reviewer.ui import messages
from reviewer.ui.i18n import fill

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from reviewer.core.stats.service import Effectiveness

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

PERIODS = ("7d", "30d", "month", "last_month", "all", "custom")
PLATFORM_FILTERS = ("", *STATISTICS_PLATFORMS)


def _lang() -> str:
    # The desk's LanguageSwitcher sets the default locale with the language.
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


class ClipTableModel(QAbstractTableModel):
    """One row per clip with its numbers, sorted here on the raw values (so 9.833 sorts below
    22.123): one sort key per row, where a sorting proxy asked Python for two cells per comparison
    (1.4 s for 100,000 clips)."""

    COLUMNS = (
        "clip",
        "title",
        "platforms",
        "published",
        "views",
        "reach",
        "interactions",
        "engagement",
        "watch_through",
        "political",
        "topic",
        "author",
    )
    NUMERIC = {"views", "reach", "interactions", "engagement", "watch_through"}

    def __init__(self, zone, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[dict] = []
        self.zone = zone

    # The row key of each column's raw value (platforms: joined, below).
    _KEYS = {
        "clip": "clip_id",
        "title": "title",
        "published": "published_at",
        "views": "views",
        "reach": "reach",
        "interactions": "interactions",
        "engagement": "engagement_rate",
        "watch_through": "watch_through",
        "political": "political",
        "topic": "topic",
        "author": "author",
    }

    def set_rows(self, rows: list[dict]) -> None:
        """Replace the rows (kept in the order of the last sort)."""
        self.beginResetModel()
        self.rows = rows
        if self._sorted is not None:
            self._sort_rows(*self._sorted)
        self.endResetModel()

    _sorted: tuple[int, Qt.SortOrder] | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows on a column's raw value (the table's header asks)."""
        self.layoutAboutToBeChanged.emit()
        old = {id(r): i for i, r in enumerate(self.rows)}
        self._sort_rows(column, order)
        self._sorted = (column, order)
        moved = {old[id(r)]: i for i, r in enumerate(self.rows)}
        for index in self.persistentIndexList():
            self.changePersistentIndex(index, self.index(moved[index.row()], index.column()))
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        col = self.COLUMNS[column]
        keyed = [(self._sort_key(r, col), r) for r in self.rows]
        try:
            keyed.sort(key=lambda kr: kr[0], reverse=order == Qt.SortOrder.DescendingOrder)
        except TypeError:  # values of two kinds in one column: as text
            keyed.sort(key=lambda kr: str(kr[0]), reverse=order == Qt.SortOrder.DescendingOrder)
        self.rows = [r for _, r in keyed]

    def _sort_key(self, row: dict, col: str):
        value = self._raw(row, col)
        if value is None:
            return -1.0 if col in self.NUMERIC else ""
        if isinstance(value, datetime):
            return value.timestamp()
        return value

    def rowCount(self, parent=QModelIndex()) -> int:
        """One row per clip and platform."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        """One column per measure."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        """The column titles, in the UI language."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return column_title(self.COLUMNS[section])

    def _raw(self, row: dict, col: str):
        return ", ".join(row["platforms"]) if col == "platforms" else row[self._KEYS[col]]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        """A cell's text, alignment or sort key."""
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        value = self._raw(row, col)
        if role == Qt.ItemDataRole.UserRole:
            return self._sort_key(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == "political" and value:
            return QColor("#b3261e")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        lang = _lang()
        if col in ("views", "reach", "interactions"):
            return fmt_int(value if row["reach"] or col != "reach" else None, lang) if value is not None else "–"
        if col in ("engagement", "watch_through"):
            return fmt_pct(value, lang)
        if col == "published":
            return (
                value.astimezone(self.zone).strftime("%d/%m/%Y %H:%M" if lang == "vi" else "%Y-%m-%d %H:%M")
                if value
                else "–"
            )
        if col == "political":
            return translate("EffectivenessView", "Political") if value else ""
        if col == "platforms":
            return ", ".join(PLATFORM_NAMES.get(p, p) for p in row["platforms"])
        return value

    def clip_id(self, row: int) -> str:
        """The clip id of a source row."""
        return self.rows[row]["clip_id"]


def column_title(col: str) -> str:
    """The translated title of a table column."""
    return {
        "clip": translate("EffectivenessView", "Clip"),
        "title": translate("EffectivenessView", "Title"),
        "platforms": translate("EffectivenessView", "Platforms"),
        "published": translate("EffectivenessView", "Published"),
        "views": translate("EffectivenessView", "Views"),
        "reach": translate("EffectivenessView", "Reach"),
        "interactions": translate("EffectivenessView", "Reactions, comments, shares"),
        "engagement": translate("EffectivenessView", "Engagement rate"),
        "watch_through": translate("EffectivenessView", "Watch-through"),
        "political": translate("EffectivenessView", "Political clip"),
        "topic": translate("EffectivenessView", "Topic"),
        "author": translate("EffectivenessView", "Author"),
    }[col]


class ChartPanel(QWidget):
    """A matplotlib figure on a Qt canvas; ``draw(fn)`` redraws it with ``fn(figure)``."""

    def __init__(self, height_in: float = 3.0, parent=None) -> None:
        super().__init__(parent)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(6.0, height_in), dpi=96, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(int(height_in * 80))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)

    def draw(self, fn) -> None:
        """Clear the figure, let ``fn(figure)`` draw, show it."""
        self.figure.clear()
        fn(self.figure)
        self.canvas.draw_idle()


class EffectivenessView(QMainWindow):
    """The "Hiệu quả" window over a ``StatsService``.

    Signals:
        clip_activated(str): the user double-clicked a clip (its id): the desk opens it.
        refreshed(): the numbers were recomputed for the current filters.
        matched(int, str): an unmatched row was tied to a clip by hand (row id, clip id).
    """

    clip_activated = Signal(str)
    refreshed = Signal()
    matched = Signal(int, str)

    def __init__(self, stats, parent=None) -> None:
        super().__init__(parent)
        self.stats = stats
        self.data: Effectiveness | None = None
        self._unmatched: list = []
        self.setObjectName("EffectivenessView")
        self.resize(1280, 860)

        central = QWidget()
        outer = QVBoxLayout(central)
        filters = QHBoxLayout()
        self.period_label = QLabel()
        self.period_combo = QComboBox(objectName="periodFilter")  # type: ignore[call-arg]  # stubs omit inherited Qt properties as keywords
        self.from_edit = QDateEdit(calendarPopup=True, objectName="fromDate")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.to_edit = QDateEdit(calendarPopup=True, objectName="toDate")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        today = QDate.currentDate()
        self.from_edit.setDate(today.addDays(-30))
        self.to_edit.setDate(today)
        self.from_edit.setDisplayFormat("dd/MM/yyyy")
        self.to_edit.setDisplayFormat("dd/MM/yyyy")
        self.platform_label = QLabel()
        self.platform_combo = QComboBox(objectName="platformFilter")  # type: ignore[call-arg]  # stubs omit inherited Qt properties as keywords
        self.political_label = QLabel()
        self.political_combo = QComboBox(objectName="politicalFilter")  # type: ignore[call-arg]  # stubs omit inherited Qt properties as keywords
        self.topic_label = QLabel()
        self.topic_combo = QComboBox(objectName="topicFilter")  # type: ignore[call-arg]  # stubs omit inherited Qt properties as keywords
        self.topic_combo.setMinimumContentsLength(14)
        self.import_button = QPushButton(objectName="importButton")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.refresh_button = QPushButton(objectName="refreshButton")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        for w in (
            self.period_label,
            self.period_combo,
            self.from_edit,
            self.to_edit,
            self.platform_label,
            self.platform_combo,
            self.political_label,
            self.political_combo,
            self.topic_label,
            self.topic_combo,
        ):
            filters.addWidget(w)
        filters.addStretch(1)
        filters.addWidget(self.import_button)
        filters.addWidget(self.refresh_button)
        outer.addLayout(filters)

        self.totals_label = QLabel(objectName="totalsLabel")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.totals_label)

        self.tabs = QTabWidget(objectName="statsTabs")  # type: ignore[call-arg]  # stubs omit inherited Qt properties as keywords
        outer.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        # Overview: four charts.
        overview = QWidget()
        grid = QGridLayout(overview)
        self.chart_platforms = ChartPanel(2.6)
        self.chart_political = ChartPanel(2.6)
        self.chart_hours = ChartPanel(3.0)
        self.chart_top = ChartPanel(3.0)
        grid.addWidget(self.chart_platforms, 0, 0)
        grid.addWidget(self.chart_political, 0, 1)
        grid.addWidget(self.chart_hours, 1, 0)
        grid.addWidget(self.chart_top, 1, 1)
        self.tabs.addTab(overview, "")

        # Clips: the sortable table.
        self.model = ClipTableModel(stats.zone, self)
        # The header's sort goes through to the model (QAbstractProxyModel.sort).
        self.proxy = QIdentityProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(objectName="clipTable")  # type: ignore[call-arg]  # stubs omit inherited Qt properties as keywords
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Column widths from the first 200 rows (the default, 1,000, read 12,000 cells: 1.2 s).
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.table.sortByColumn(ClipTableModel.COLUMNS.index("views"), Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(self._open_clip)
        self.tabs.addTab(self.table, "")

        # Unmatched rows.
        unmatched = QWidget()
        ul = QVBoxLayout(unmatched)
        self.unmatched_hint = QLabel(wordWrap=True)
        ul.addWidget(self.unmatched_hint)
        self.unmatched_table = QTableView(objectName="unmatchedTable")  # type: ignore[call-arg]  # stubs omit inherited Qt properties as keywords
        self.unmatched_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unmatched_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unmatched_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unmatched_table.verticalHeader().setVisible(False)
        from PySide6.QtGui import QStandardItemModel

        self.unmatched_model = QStandardItemModel(self)
        self.unmatched_table.setModel(self.unmatched_model)
        self.unmatched_table.selectionModel().selectionChanged.connect(lambda *_: self._fill_candidates())
        ul.addWidget(self.unmatched_table, 1)
        row = QHBoxLayout()
        self.candidate_label = QLabel()
        self.candidate_combo = QComboBox(objectName="candidateCombo")  # type: ignore[call-arg]  # stubs omit inherited Qt properties as keywords
        self.candidate_combo.setMinimumContentsLength(40)
        self.match_button = QPushButton(objectName="matchButton")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.match_button.clicked.connect(self.match_selected)
        row.addWidget(self.candidate_label)
        row.addWidget(self.candidate_combo, 1)
        row.addWidget(self.match_button)
        ul.addLayout(row)
        self.tabs.addTab(unmatched, "")

        # Review and audience, as text.
        self.review_text = QTextBrowser(objectName="reviewText")  # type: ignore[call-arg]  # stubs omit inherited Qt properties as keywords
        self.tabs.addTab(self.review_text, "")
        self.audience_text = QTextBrowser(objectName="audienceText")  # type: ignore[call-arg]  # stubs omit inherited Qt properties as keywords
        self.tabs.addTab(self.audience_text, "")

        self._fill_combos()
        for combo in (self.period_combo, self.platform_combo, self.political_combo, self.topic_combo):
            combo.currentIndexChanged.connect(lambda *_: self.refresh())
        self.from_edit.dateChanged.connect(lambda *_: self.refresh() if self._period() == "custom" else None)
        self.to_edit.dateChanged.connect(lambda *_: self.refresh() if self._period() == "custom" else None)
        self.refresh_button.clicked.connect(self.refresh)
        self.import_button.clicked.connect(self.import_files)
        self.retranslate()

    # -- filters ----------------------------------------------------------------------------------
    def _fill_combos(self) -> None:
        for combo, values in (
            (self.period_combo, PERIODS),
            (self.platform_combo, PLATFORM_FILTERS),
            (self.political_combo, ("", "yes", "no")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for v in values:
                combo.addItem("", v)
            i = combo.findData(current)
            combo.setCurrentIndex(i if i >= 0 else (PERIODS.index("30d") if combo is self.period_combo else 0))
            combo.blockSignals(False)
        self._label_combos()

    def _label_combos(self) -> None:
        texts = {
            "7d": translate("EffectivenessView", "Last 7 days"),
            "30d": translate("EffectivenessView", "Last 30 days"),
            "month": translate("EffectivenessView", "This month"),
            "last_month": translate("EffectivenessView", "Last month"),
            "all": translate("EffectivenessView", "All time"),
            "custom": translate("EffectivenessView", "From – to"),
        }
        for i, v in enumerate(PERIODS):
            self.period_combo.setItemText(i, texts[v])
        for i, v in enumerate(PLATFORM_FILTERS):
            self.platform_combo.setItemText(
                i, PLATFORM_NAMES.get(v, v) if v else translate("EffectivenessView", "All platforms")
            )
        for i, text in enumerate(
            (
                translate("EffectivenessView", "Political and other"),
                translate("EffectivenessView", "Political clips"),
                translate("EffectivenessView", "Other clips"),
            )
        ):
            self.political_combo.setItemText(i, text)
        if self.topic_combo.count():
            self.topic_combo.setItemText(0, translate("EffectivenessView", "All topics"))

    def _period(self) -> str:
        return self.period_combo.currentData() or "30d"

    def period_bounds(self) -> tuple[datetime | None, datetime | None]:
        """[start, end) in UTC of the chosen period (station days)."""
        zone = self.stats.zone
        now = self.stats.clock()
        today = now.astimezone(zone).date()

        def at(d):
            return datetime.combine(d, time(0), tzinfo=zone).astimezone(timezone.utc)

        p = self._period()
        if p == "7d":
            return at(today - timedelta(days=6)), None
        if p == "30d":
            return at(today - timedelta(days=29)), None
        if p == "month":
            return at(today.replace(day=1)), None
        if p == "last_month":
            first = today.replace(day=1)
            prev = (first - timedelta(days=1)).replace(day=1)
            return at(prev), at(first)
        if p == "custom":
            a, b = self.from_edit.date().toPython(), self.to_edit.date().toPython()
            return at(a), at(b + timedelta(days=1))
        return None, None

    def set_filters(
        self,
        *,
        period: str | None = None,
        platform: str | None = None,
        political: str | None = None,
        topic: str | None = None,
    ) -> None:
        """Set filters by their values (tests, and the desk remembering them); refreshes once."""
        for combo, value in (
            (self.period_combo, period),
            (self.platform_combo, platform),
            (self.political_combo, political),
            (self.topic_combo, topic),
        ):
            if value is not None:
                combo.blockSignals(True)
                i = combo.findData(value)
                if i < 0:
                    raise ValueError(f"no filter value {value!r}")
                combo.setCurrentIndex(i)
                combo.blockSignals(False)
        self.refresh()

    # -- data ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute everything for the filters."""
        start, end = self.period_bounds()
        self.from_edit.setEnabled(self._period() == "custom")
        self.to_edit.setEnabled(self._period() == "custom")
        political = {"yes": True, "no": False}.get(self.political_combo.currentData() or "")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.data = self.stats.effectiveness(
                start=start,
                end=end,
                platform=self.platform_combo.currentData() or None,
                political=political,
                topic=self.topic_combo.currentData() or None,
            )
            self._unmatched = self.stats.unmatched(limit=200)
        except ReviewerError as exc:
            messages.report_exception(exc, translate("EffectivenessView", "Cannot compute the numbers"))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._fill_topics(self.data.topics)
        self.model.set_rows(self.data.clips)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._show_totals()
        self._draw_charts()
        self._show_unmatched()
        self._show_review()
        self._show_audience()
        self._retitle_tabs()
        self.refreshed.emit()

    def _fill_topics(self, topics: list[str]) -> None:
        current = self.topic_combo.currentData()
        self.topic_combo.blockSignals(True)
        self.topic_combo.clear()
        self.topic_combo.addItem(translate("EffectivenessView", "All topics"), "")
        for t in topics:
            self.topic_combo.addItem(t, t)
        i = self.topic_combo.findData(current)
        self.topic_combo.setCurrentIndex(max(0, i))
        self.topic_combo.blockSignals(False)

    def _show_totals(self) -> None:
        lang = _lang()
        assert self.data is not None  # shown by refresh() once it has the numbers
        t = self.data.summary.totals.to_json()
        self.totals_label.setText(
            fill(
                translate(
                    "EffectivenessView",
                    "<b>%1</b> clips published · views <b>%2</b> · reach <b>%3</b> · "
                    "engagement rate <b>%4</b> · watch-through <b>%5</b>",
                ),
                fmt_int(t["clips"], lang),
                fmt_int(t["views"], lang),
                fmt_int(t["reach"], lang),
                fmt_pct(t["engagement_rate"], lang),
                fmt_pct(t["watch_through"], lang),
            )
        )

    def _draw_charts(self) -> None:
        lang = _lang()
        data = self.data
        assert data is not None  # drawn by refresh() once it has the numbers
        s = data.summary
        plat = s.by.get("platform", [])

        def platforms(fig):
            grouped_bars(
                fig.subplots(),
                [PLATFORM_NAMES.get(g.key, g.key) for g in plat],
                {
                    translate("EffectivenessView", "Views"): [g.views for g in plat],
                    translate("EffectivenessView", "Reach"): [g.reach for g in plat],
                },
                translate("EffectivenessView", "Views and reach by platform"),
                lang,
            )

        def political(fig):
            pol = {g.key: g.to_json() for g in s.by.get("political", [])}
            ax1, ax2 = fig.subplots(1, 2)
            names = [translate("EffectivenessView", "Political"), translate("EffectivenessView", "Other")]
            bars(
                ax1,
                names,
                [pol.get(k, {}).get("reach") for k in ("political", "other")],
                translate("EffectivenessView", "Reach"),
                lang,
                colors=("#b8433e", "#1f5a99"),
            )
            bars(
                ax2,
                names,
                [pol.get(k, {}).get("engagement_rate") for k in ("political", "other")],
                translate("EffectivenessView", "Engagement rate"),
                lang,
                percent=True,
                colors=("#b8433e", "#1f5a99"),
            )

        def hours(fig: Figure) -> None:
            aud = data.audience
            active: dict[str, float] = {}
            for per_platform in aud["active_followers_by_hour"].values():
                for h, v in per_platform.items():
                    active[h] = active.get(h, 0) + v
            posts: dict[str, int] = {}
            for g in s.by.get("hour", []):
                posts[g.key] = g.clips
            vpc: dict[str, float | None] = {g.key: g.views / g.clips for g in s.by.get("hour", []) if g.clips}
            ax, ax2 = fig.subplots(2, 1, height_ratios=[3, 2], sharex=True)
            hours_chart(
                ax,
                active,
                posts,
                vpc,
                {
                    "title": translate("EffectivenessView", "Audience online and our publications by hour"),
                    "posts": translate("EffectivenessView", "Clips published"),
                    "active": translate("EffectivenessView", "Active followers"),
                    "views": translate("EffectivenessView", "Views per clip by hour of publication"),
                },
                lang,
                ax_views=ax2,
            )

        def top(fig: Figure) -> None:
            rows = sorted(data.clips, key=lambda c: -(c["reach"] or c["views"] or 0))[:6]
            by_reach = any(c["reach"] for c in rows)
            hbars(
                fig.subplots(),
                [c["title"] for c in rows],
                [c["reach"] if by_reach else c["views"] for c in rows],
                translate("EffectivenessView", "Top clips by reach")
                if by_reach
                else translate("EffectivenessView", "Top clips by views"),
                lang,
            )

        self.chart_platforms.draw(platforms)
        self.chart_political.draw(political)
        self.chart_hours.draw(hours)
        self.chart_top.draw(top)

    def _show_unmatched(self) -> None:
        from PySide6.QtGui import QStandardItem

        lang = _lang()
        m = self.unmatched_model
        m.clear()
        m.setHorizontalHeaderLabels(
            [
                translate("EffectivenessView", "Row"),
                translate("EffectivenessView", "Platform"),
                translate("EffectivenessView", "Published"),
                translate("EffectivenessView", "Title"),
                translate("EffectivenessView", "Views"),
                translate("EffectivenessView", "Best suggestion"),
                translate("EffectivenessView", "File"),
            ]
        )
        for r, sugg in self._unmatched:
            when = r.published_at.astimezone(self.stats.zone).strftime("%d/%m/%Y %H:%M") if r.published_at else "–"
            best = (
                fill(
                    translate("EffectivenessView", "%1 (score %2)"), sugg[0].clip_id, fmt_float(sugg[0].score, lang, 0)
                )
                if sugg
                else "–"
            )
            items = [
                QStandardItem(str(r.id)),
                QStandardItem(PLATFORM_NAMES.get(r.platform, r.platform)),
                QStandardItem(when),
                QStandardItem(r.title or r.text[:80]),
                QStandardItem(fmt_int(r.views, lang)),
                QStandardItem(best),
                QStandardItem(r.source),
            ]
            m.appendRow(items)
        self.unmatched_table.resizeColumnsToContents()
        self.unmatched_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        if self._unmatched:
            self.unmatched_table.selectRow(0)
        self._fill_candidates()

    def _fill_candidates(self) -> None:
        self.candidate_combo.clear()
        idx = self.unmatched_table.selectionModel().selectedRows()
        if not idx or not self._unmatched:
            self.match_button.setEnabled(False)
            return
        _row, sugg = self._unmatched[idx[0].row()]
        seen = set()
        for s in sugg:
            self.candidate_combo.addItem(
                fill(
                    translate("EffectivenessView", "%1 — suggested (score %2)"),
                    s.clip_id,
                    fmt_float(s.score, _lang(), 0),
                ),
                s.clip_id,
            )
            seen.add(s.clip_id)
        for c in sorted(self.data.clips if self.data else [], key=lambda c: c["clip_id"]):
            if c["clip_id"] not in seen:
                self.candidate_combo.addItem(f"{c['clip_id']} — {c['title']}", c["clip_id"])
        for cid in sorted(self.stats.clip_facts()):
            if cid not in seen and self.candidate_combo.findData(cid) < 0:
                self.candidate_combo.addItem(cid, cid)
        self.match_button.setEnabled(self.candidate_combo.count() > 0)

    def match_selected(self) -> None:
        """Tie the selected unmatched row to the chosen clip (audited)."""
        idx = self.unmatched_table.selectionModel().selectedRows()
        clip_id = self.candidate_combo.currentData()
        if not idx or not clip_id:
            return
        row, _sugg = self._unmatched[idx[0].row()]
        try:
            n = self.stats.match(row.id, clip_id)
        except ReviewerError as exc:
            messages.report_exception(exc, translate("EffectivenessView", "Cannot match the row"))
            return
        messages.info(
            fill(translate("EffectivenessView", "Row %1 tied to %2 (%3 rows across snapshots)."), row.id, clip_id, n)
        )
        self.matched.emit(row.id, clip_id)
        self.refresh()

    def _show_review(self) -> None:
        lang = _lang()
        assert self.data is not None  # shown by refresh() once it has the numbers
        r = self.data.review
        d = r["decisions"]
        w = r["time_to_decision"]
        a = r["approval_to_publication"]
        rounds = r["rounds_of_changes"]
        hours = translate("EffectivenessView", "h")
        lines = [
            "<h3>" + translate("EffectivenessView", "The review in this period") + "</h3>",
            "<p>"
            + fill(
                translate("EffectivenessView", "%1 clips vetted: %2 approved, %3 sent back for changes, %4 rejected."),
                fmt_int(r["vetted"], lang),
                fmt_int(d["approval"], lang),
                fmt_int(d["changes"], lang),
                fmt_int(d["rejection"], lang),
            )
            + "</p>",
            "<p>"
            + fill(
                translate("EffectivenessView", "From ingest to the head's decision: median %1 %3, mean %2 %3."),
                fmt_float(w["median_h"], lang),
                fmt_float(w["mean_h"], lang),
                hours,
            )
            + "</p>",
            "<p>"
            + fill(
                translate("EffectivenessView", "Rounds of changes per clip: mean %1, most %2."),
                fmt_float(rounds["mean"], lang, 2),
                fmt_int(rounds["max"], lang),
            )
            + "</p>",
            "<p>"
            + fill(
                translate("EffectivenessView", "From approval to publication: median %1 %2."),
                fmt_float(a["median_h"], lang),
                hours,
            )
            + "</p>",
        ]
        if r["failed_items"]:
            lines.append(
                "<p><b>"
                + translate("EffectivenessView", "Failed checklist items")
                + "</b>: "
                + ", ".join(f"{k} ({v})" for k, v in r["failed_items"].items())
                + "</p>"
            )
        never = r["approved_never_published"]
        lines.append(
            "<p><b>"
            + fill(translate("EffectivenessView", "Approved but never published: %1"), len(never))
            + "</b> "
            + ", ".join(never[:20])
            + "</p>"
        )
        self.review_text.setHtml("".join(lines))

    def _show_audience(self) -> None:
        lang = _lang()
        assert self.data is not None  # shown by refresh() once it has the numbers
        aud = self.data.audience
        lines = [
            "<h3>" + translate("EffectivenessView", "Who follows and watches") + "</h3>",
            "<p><i>"
            + translate("EffectivenessView", "Aggregates the platforms give; nothing about any person.")
            + "</i></p>",
        ]
        if not aud["sources"]:
            lines.append("<p>" + translate("EffectivenessView", "No audience file imported yet.") + "</p>")
        for platform, dims in aud["shares"].items():
            for dim, values in dims.items():
                shown = ", ".join(f"{k.replace('|', ' · ')} {fmt_pct(v, lang)}" for k, v in list(values.items())[:8])
                lines.append(f"<p><b>{PLATFORM_NAMES.get(platform, platform)} — {dim_title(dim)}</b>: {shown}</p>")
        for platform, hours in aud["active_followers_by_hour"].items():
            peak = sorted(hours.items(), key=lambda kv: -kv[1])[:3]
            lines.append(
                "<p>"
                + fill(
                    translate("EffectivenessView", "%1: followers online most at %2."),
                    PLATFORM_NAMES.get(platform, platform),
                    ", ".join(f"{h}h" for h, _v in peak),
                )
                + "</p>"
            )
        if aud["best_hours"]:
            lines.append(
                "<p>"
                + fill(
                    translate("EffectivenessView", "Our clips do best when published at %1."),
                    ", ".join(f"{g['key']}h" for g in aud["best_hours"][:3]),
                )
                + "</p>"
            )
        self.audience_text.setHtml("".join(lines))

    # -- actions -----------------------------------------------------------------------------------
    def _open_clip(self, index) -> None:
        source = self.proxy.mapToSource(index)
        if source.isValid():
            self.clip_activated.emit(self.model.clip_id(source.row()))

    def import_files(self) -> None:
        """Ask for export files and import them; the result of each is shown."""
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            translate("EffectivenessView", "Import platform export files"),
            "",
            translate("EffectivenessView", "Exports (*.csv *.zip);;All files (*)"),
        )
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> list:
        """Import files (the dialog's choice) and refresh; returns the results."""
        from pathlib import Path

        try:
            results = self.stats.import_paths([Path(p) for p in paths])
        except ReviewerError as exc:
            messages.report_exception(exc, translate("EffectivenessView", "Cannot import"))
            return []
        for r in results:
            if r.result == "rejected":
                messages.warning(fill(translate("EffectivenessView", "Not imported: %1"), r.reason))
            else:
                messages.info(
                    fill(
                        translate("EffectivenessView", "%1: %2 rows, %3 matched, %4 unmatched (%5)."),
                        r.path,
                        r.rows,
                        r.matched,
                        r.unmatched,
                        r.result,
                    )
                )
        self.refresh()
        return results

    # -- language -----------------------------------------------------------------------------------
    def _retitle_tabs(self) -> None:
        n = len(self._unmatched)
        titles = [
            translate("EffectivenessView", "Overview"),
            translate("EffectivenessView", "Clips"),
            fill(translate("EffectivenessView", "Unmatched (%1)"), n)
            if n
            else translate("EffectivenessView", "Unmatched"),
            translate("EffectivenessView", "Review"),
            translate("EffectivenessView", "Audience"),
        ]
        for i, t in enumerate(titles):
            self.tabs.setTabText(i, t)

    def retranslate(self) -> None:
        """Every text in the desk's language."""
        self.setWindowTitle(translate("EffectivenessView", "Effectiveness"))
        self.period_label.setText(translate("EffectivenessView", "Period"))
        self.platform_label.setText(translate("EffectivenessView", "Platform"))
        self.political_label.setText(translate("EffectivenessView", "Clips"))
        self.topic_label.setText(translate("EffectivenessView", "Topic"))
        self.import_button.setText(translate("EffectivenessView", "Import exports…"))
        self.refresh_button.setText(translate("EffectivenessView", "Refresh"))
        self.candidate_label.setText(translate("EffectivenessView", "Clip"))
        self.match_button.setText(translate("EffectivenessView", "Tie to this clip"))
        self.unmatched_hint.setText(
            translate(
                "EffectivenessView",
                "Rows of the platforms' exports that no recorded publication or clip code claimed. "
                "Suggestions come from the publish time, the duration and the title; tie each row "
                "to its clip yourself (the choice is recorded in the audit trail).",
            )
        )
        self._label_combos()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(ClipTableModel.COLUMNS) - 1)
        self._retitle_tabs()
        if self.data is not None:
            self.refresh()

    def changeEvent(self, event) -> None:
        """Re-word the view after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def dim_title(dim: str) -> str:
    """The translated name of an audience dimension."""
    return {
        "age_gender": translate("EffectivenessView", "Age and gender"),
        "city": translate("EffectivenessView", "Cities"),
        "country": translate("EffectivenessView", "Countries"),
        "gender": translate("EffectivenessView", "Gender"),
        "subscription": translate("EffectivenessView", "Subscription status"),
        "age": translate("EffectivenessView", "Age"),
    }.get(dim, dim)
