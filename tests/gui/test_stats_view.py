"""The "Hiệu quả" view and the publish dialog on a real library (offscreen Qt, real SQLite,
real signatures; the charts are real matplotlib figures on their Qt canvas)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDateTime, QPoint, Qt
from PySide6.QtWidgets import QMainWindow, QMenu

from reviewer.ui.desk import application
from reviewer.ui.i18n import LanguageSwitcher
from reviewer.ui.publish_dialog import PublishDialog
from reviewer.ui.stats_integration import install_stats
from reviewer.ui.stats_view import ClipTableModel, EffectivenessView
from tests.stats_support import CLIPS, build_template_home, copy_template


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template_home(tmp_path_factory.mktemp("stats-template"))


@pytest.fixture
def services(home, template):
    """Services on a fresh copy of the statistics library."""
    from reviewer.services import build_services

    copy_template(template[0], home)
    s = build_services(str(home), None)
    yield s
    s.close()


@pytest.fixture
def made(services, template):
    return template[1]


@pytest.fixture
def languages(qapp):
    app = application()
    switcher = LanguageSwitcher(app, app)
    yield switcher
    switcher.apply("en")


def _col(name: str) -> int:
    return ClipTableModel.COLUMNS.index(name)


def _cell(view, row: int, name: str) -> str:
    return view.proxy.index(row, _col(name)).data()


@pytest.fixture
def view(qtbot, services, made, languages):
    languages.apply("en")
    v = EffectivenessView(services.stats)
    qtbot.addWidget(v)
    v.show()
    with qtbot.waitSignal(v.refreshed):
        v.set_filters(period="all")
    return v


def test_the_table_shows_each_clip_with_the_numbers_of_its_newest_exports(view, services):
    effects = services.stats.effects()
    assert view.model.rowCount() == len({c for c, _p in effects})
    for row in range(view.proxy.rowCount()):
        clip_id = _cell(view, row, "clip")
        views = sum(e.views or 0 for (c, _p), e in effects.items() if c == clip_id)
        reach = sum(e.reach or 0 for (c, _p), e in effects.items() if c == clip_id)
        assert _cell(view, row, "views") == f"{views:,}"
        assert _cell(view, row, "reach") == f"{reach:,}"
    # The charts were drawn: each canvas has axes with bars.
    assert view.chart_platforms.figure.axes and view.chart_platforms.figure.axes[0].patches


def test_sorting_by_a_column_sorts_on_the_numbers(view, qtbot):
    header = view.table.horizontalHeader()
    view.table.sortByColumn(_col("reach"), Qt.SortOrder.AscendingOrder)
    reach = [view.proxy.index(r, _col("reach")).data(Qt.ItemDataRole.UserRole) for r in range(view.proxy.rowCount())]
    assert reach == sorted(reach) and len(set(reach)) > 2
    pos = QPoint(header.sectionViewportPosition(_col("reach")) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    after = [view.proxy.index(r, _col("reach")).data(Qt.ItemDataRole.UserRole) for r in range(view.proxy.rowCount())]
    assert after == sorted(after, reverse=True)


def test_double_click_opens_the_clip(view, qtbot):
    view.tabs.setCurrentWidget(view.table)
    index = view.proxy.index(2, _col("title"))
    expected = _cell(view, 2, "clip")
    qtbot.waitUntil(lambda: view.table.viewport().isVisible() and view.table.visualRect(index).height() > 0)
    rect = view.table.visualRect(index)
    with qtbot.waitSignal(view.clip_activated) as sig:
        # A real double click: press and release, then the double-click event on the same row.
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert sig.args == [expected]


def test_filters_by_platform_political_and_topic(view, qtbot, services, made):
    everything = view.model.rowCount()
    with qtbot.waitSignal(view.refreshed):
        view.set_filters(political="yes")
    political = {c[0] for c in CLIPS if c[2]}
    assert {view.model.clip_id(r) for r in range(view.model.rowCount())} <= political
    assert view.model.rowCount() < everything
    with qtbot.waitSignal(view.refreshed):
        view.set_filters(political="", platform="youtube")
    assert all(r["platforms"] == ["youtube"] for r in view.model.rows)
    with qtbot.waitSignal(view.refreshed):
        view.set_filters(platform="", topic="Giáo dục")
    assert [r["clip_id"] for r in view.model.rows] == ["gd-thi-cu"]
    # A period before anything was published shows nothing, and says so in the totals (a fixed
    # range: "last month" holds this library's posts during the first days of a station month).
    first = min(when for _cid, _platform, when in made["publications"]).astimezone(view.stats.zone).date()
    view.from_edit.setDate(first - timedelta(days=90))
    view.to_edit.setDate(first - timedelta(days=31))
    with qtbot.waitSignal(view.refreshed):
        view.set_filters(topic="", period="custom")
    assert view.model.rowCount() == 0 and view.totals_label.text().startswith("<b>0</b>")
    # "Last month" is the station's previous calendar month: exactly the clips posted in it.
    with qtbot.waitSignal(view.refreshed):
        view.set_filters(period="last_month")
    start, end = view.period_bounds()
    assert start is not None and end is not None
    assert start.astimezone(view.stats.zone).day == 1 and end.astimezone(view.stats.zone).day == 1
    posted = {cid for cid, _platform, when in made["publications"] if start <= when < end}
    assert {r["clip_id"] for r in view.model.rows} == posted


def test_an_unmatched_row_is_tied_by_hand_to_the_suggested_clip(view, qtbot, services):
    view.tabs.setCurrentIndex(2)
    assert view.tabs.tabText(2) == "Unmatched (1)"
    assert view.unmatched_model.rowCount() == 1
    assert view.candidate_combo.currentData() == "vh-le-hoi"  # the suggestion comes first
    assert "suggested" in view.candidate_combo.currentText()
    with qtbot.waitSignal(view.matched) as sig:
        qtbot.mouseClick(view.match_button, Qt.MouseButton.LeftButton)
    assert sig.args[1] == "vh-le-hoi"
    assert view.unmatched_model.rowCount() == 0 and view.tabs.tabText(2) == "Unmatched"
    # Not recorded as published, the post's own publish time places it in the period.
    assert next(r for r in view.model.rows if r["clip_id"] == "vh-le-hoi")["views"] == 3120
    assert services.stats.clip_stats("vh-le-hoi")["metrics"][0]["views"] == 3120
    assert [e.kind for e in services.library.audit_events()].count("stats_match") == 1


def test_the_view_speaks_vietnamese_with_vietnamese_numbers(view, qtbot, languages):
    with qtbot.waitSignal(view.refreshed):
        languages.apply("vi")
    assert view.windowTitle() == "Hiệu quả"
    assert [view.tabs.tabText(i) for i in range(5)] == [
        "Tổng quan",
        "Clip",
        "Chưa khớp (1)",
        "Quá trình duyệt",
        "Công chúng",
    ]
    assert view.model.headerData(_col("engagement"), Qt.Orientation.Horizontal) == "Tỷ lệ tương tác"
    big = max(view.model.rows, key=lambda r: r["views"])
    row = next(r for r in range(view.proxy.rowCount()) if _cell(view, r, "clip") == big["clip_id"])
    assert _cell(view, row, "views") == f"{big['views']:,}".replace(",", ".")
    assert "," in _cell(view, row, "engagement") and _cell(view, row, "engagement").endswith(" %")
    assert "lượt tiếp cận" in view.totals_label.text()


def test_publish_dialog_records_or_shows_the_refusal(qtbot, services, made):
    clip = services.library.clip("kt-gia-vang")  # rejected
    dlg = PublishDialog(services.stats, clip.id, clip.title, "facebook")
    qtbot.addWidget(dlg)
    dlg.url_edit.setText("https://www.facebook.com/reel/990011")
    assert not dlg.record()
    assert "has no approval" in dlg.error_label.text()
    clip = services.library.clip("vh-le-hoi")  # approved, not published
    dlg = PublishDialog(services.stats, clip.id, clip.title, "facebook")
    qtbot.addWidget(dlg)
    dlg.url_edit.setText("https://www.facebook.com/reel/880099887766")
    dlg.when_edit.setDateTime(QDateTime.currentDateTime())
    with qtbot.waitSignal(dlg.published) as sig:
        assert dlg.record()
    pub = sig.args[0].publication
    assert (pub.clip_id, pub.platform, pub.post_id) == ("vh-le-hoi", "facebook", "880099887766")
    assert sig.args[0].rows_tied == 1  # the export row that was waiting for it


class _Host(QMainWindow):
    """The few MainWindow hooks install_stats uses."""

    from PySide6.QtCore import Signal

    clip_changed = Signal(str, int)

    def __init__(self, services):
        super().__init__()
        self.services = services
        self.view_menu = QMenu("View", self)
        self.review_menu = QMenu("Review", self)
        self.loaded = []
        self._clip = None

    def current_clip(self):
        return self._clip

    def load_clip(self, clip_id):
        self._clip = self.services.library.clip(clip_id)
        self.loaded.append(clip_id)
        self.clip_changed.emit(clip_id, self._clip.current_version)
        return True


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen cannot raise windows
def test_desk_hook_opens_the_view_and_a_double_click_loads_the_clip(qtbot, services, made, languages):
    languages.apply("en")
    host = _Host(services)
    qtbot.addWidget(host)
    desk = install_stats(host, services)
    texts = [a.text() for a in host.view_menu.actions() + host.review_menu.actions() if a.text()]
    assert texts == ["Effectiveness…", "Record publication…"]
    assert not desk.actions["publish"].isEnabled()
    host.load_clip("vh-le-hoi")
    assert desk.actions["publish"].isEnabled()  # approved
    host.load_clip("kt-gia-vang")
    assert not desk.actions["publish"].isEnabled()  # rejected
    view = desk.show_view()
    qtbot.addWidget(view)
    view.clip_activated.emit("ts-quoc-hoi")
    assert host.loaded[-1] == "ts-quoc-hoi"
    languages.apply("vi")  # LanguageChange is posted: wait for it
    qtbot.waitUntil(lambda: desk.actions["effectiveness"].text() == "Hiệu quả…")
