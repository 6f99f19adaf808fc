"""The review desk without real video: queue model, shortcuts, notes, languages, panels.

These tests drive the real window with a fake player (no libvlc needed); the video behaviour is in
test_desk_video.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from reviewer.core.timecode import timecode
from reviewer.ui.desk import application, create_desk
from reviewer.ui.notes_panel import parse_timecode
from reviewer.ui.queue_model import COL_DEADLINE, QueueModel
from reviewer.ui.shortcuts import shortcut_table
from tests.gui.desk_support import FakePlayer, build_library, bulk_insert_clips
from tests.signoff_support import HEAD, enroll, fast_kdf, memory_keyring  # noqa: F401 - fixtures


@pytest.fixture
def desk(qtbot, services, tmp_path, memory_keyring, fast_kdf):
    """The desk window on a real library of three generated clips, with a fake player, English UI;
    the head is enrolled, so the desk opens as them."""
    build_library(services, tmp_path, count=3)
    enroll(services)
    services.settings.language = "en"
    app = application()
    player = FakePlayer()
    window = create_desk(services, app, player=player)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.load_first_clip()
    yield window
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def test_opens_with_the_top_clip_loaded_and_focus_on_the_queue(desk, services, qtbot):
    top = services.library.queue("pending")[0]
    assert desk.current_clip().id == top.id
    assert desk.player.loads and desk.player.loads[-1].endswith(top.current_sha256 + ".mp4")
    assert desk.player.state() == "paused"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.queue_pane.table)
    assert desk.title_label.text() == top.title
    assert desk.political_badge.isVisible() == top.political


def test_space_and_k_play_from_the_queue_but_type_into_the_search_field(desk, qtbot):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.queue_pane.table)
    qtbot.keyClick(desk.queue_pane.table, Qt.Key.Key_Space)
    assert desk.player.state() == "playing"
    qtbot.keyClick(desk.queue_pane.table, Qt.Key.Key_K)
    assert desk.player.state() == "paused"
    desk.queue_pane.focus_search()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.queue_pane.search_edit)
    qtbot.keyClicks(desk.queue_pane.search_edit, "k l")
    assert desk.queue_pane.search_edit.text() == "k l"
    assert desk.player.state() == "paused"
    # Ctrl combinations stay desk commands while typing.
    qtbot.keyClick(desk.queue_pane.search_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)


def test_next_and_previous_clip_keys_follow_the_queue(desk, services, qtbot):
    order = [c.id for c in services.library.queue("pending")]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.queue_pane.table)
    qtbot.keyClick(desk.queue_pane.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert desk.current_clip().id == order[1]
    qtbot.keyClick(desk.queue_pane.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert desk.current_clip().id == order[2]
    qtbot.keyClick(desk.queue_pane.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert desk.current_clip().id == order[1]
    with qtbot.waitSignal(desk.clip_changed) as sig:
        desk.previous_clip()
    assert sig.args == [order[0], 1]


def test_arrow_keys_seek_and_home_end_jump(desk, qtbot):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.queue_pane.table)
    qtbot.keyClick(desk.queue_pane.table, Qt.Key.Key_Right)
    assert desk.player.position_ms() == 4000  # clamped to the 4 s clip
    qtbot.keyClick(desk.queue_pane.table, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert desk.player.position_ms() == 3000
    qtbot.keyClick(desk.queue_pane.table, Qt.Key.Key_Home)
    assert desk.player.position_ms() == 0
    assert desk.transport.timecode_label.text() == "00:00:00:00"


def test_speed_volume_and_mute_keys(desk, qtbot):
    table = desk.queue_pane.table
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(table, Qt.Key.Key_BracketRight)
    assert desk.player.rate() == 1.25
    for _ in range(6):
        qtbot.keyClick(table, Qt.Key.Key_BracketRight)
    assert desk.player.rate() == 2.0
    qtbot.keyClick(table, Qt.Key.Key_Backslash)
    assert desk.player.rate() == 1.0
    before = desk.settings.volume
    qtbot.keyClick(table, Qt.Key.Key_Minus)
    assert desk.settings.volume == before - 5
    qtbot.keyClick(table, Qt.Key.Key_M)
    assert desk.settings.muted is True
    assert desk.transport.rate_label.text() == "1×"


def _dialog_rows(dialog) -> list[tuple[str, str, str | None]]:
    """(keys column, command column, command id or None for a group header) of every row."""
    tree = dialog.tree
    return [
        (
            tree.topLevelItem(i).text(0),
            tree.topLevelItem(i).text(1),
            tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole),
        )
        for i in range(tree.topLevelItemCount())
    ]


def test_shortcuts_dialog_lists_every_command_with_its_keys(desk, qtbot):
    from reviewer.ui.roundtrip_integration import SHORTCUTS as ROUNDTRIP_SHORTCUTS
    from reviewer.ui.stats_integration import SHORTCUTS as STATS_SHORTCUTS

    dialog = desk.show_shortcuts()
    # One table for the desk's own commands (the dialog, the window's actions and the menus come
    # from shortcut_table()), then the round trip's and the statistics' commands.
    assert dialog.commands() == (
        [s.command for s in shortcut_table()]
        + [f"roundtrip_{name}" for name in ROUNDTRIP_SHORTCUTS]
        + [f"stats_{name}" for name in STATS_SHORTCUTS]
    )
    rows = _dialog_rows(dialog)
    texts = [keys for keys, _label, _cmd in rows]
    assert "Space" in texts and "K" in texts  # K is its own command: it always pauses
    every = [seq for a in desk.actions() for seq in a.shortcuts() if seq.count()]
    assert len(every) == len(set(seq.toString() for seq in every)), "two commands share keys"
    assert any("Ctrl+Down" in t for t in texts)
    # Every command is reachable from the window, menu bar hidden or not, and the dialog shows
    # the keys its action really has (the sign-off ones included).
    actions = {a.objectName(): a for a in desk.actions()}
    assert set(dialog.commands()) <= set(actions)
    for keys, label, cmd in rows:
        if cmd:
            shown = ", ".join(seq.toString(QKeySequence.SequenceFormat.NativeText) for seq in actions[cmd].shortcuts())
            assert keys == shown, (cmd, keys, shown)
            assert label, cmd
            # ...and the key guard knows them, so a focused widget cannot take them away.
            assert all(seq[0].toCombined() in desk.guard._keys for seq in actions[cmd].shortcuts()), cmd

    def signoff_rows():
        rows = _dialog_rows(dialog)
        start = next(i for i, (_k, _l, cmd) in enumerate(rows) if cmd == "checklist")
        return rows[start - 1], rows[start : start + 4]

    header, rows = signoff_rows()
    assert header == ("Sign-off", "", None)
    assert [keys for keys, _l, _c in rows] == ["Ctrl+Shift+C", "Ctrl+Shift+A", "Ctrl+Shift+R", "Ctrl+Shift+H"]
    assert [label for _k, label, _c in rows] == [desk.actions_by_name[c].text() for _k, _l, c in rows]
    desk.set_language("vi")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Phím tắt" and signoff_rows()[0][0] == "Ký duyệt")
    qtbot.waitUntil(lambda: desk.actions_by_name["reason"].text().startswith("Nhập lý do"))
    header, rows = signoff_rows()
    assert [label for _k, label, _c in rows] == [desk.actions_by_name[c].text() for _k, _l, c in rows]
    assert rows[2][1] == "Nhập lý do (yêu cầu sửa, từ chối, thu hồi)"
    desk.set_language("en")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Keyboard shortcuts" and signoff_rows()[0][0] == "Sign-off")


def test_note_dialog_stores_a_note_at_the_current_time(desk, services, qtbot):
    desk.seek(2040)
    qtbot.keyClick(desk.queue_pane.table, Qt.Key.Key_N)
    dialog = desk.note_dialog
    assert dialog is not None and dialog.start_edit.text() == "00:00:02:01"
    dialog.text_edit.setPlainText("Kiểm tra lại phụ đề ở đây")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    notes = services.library.notes(desk.current_clip().id, 1)
    assert [(n.start_ms, n.end_ms, n.text) for n in notes] == [(2040, None, "Kiểm tra lại phụ đề ở đây")]
    assert desk.note_dialog is None
    assert desk.notes_panel.tree.topLevelItemCount() == 1
    assert desk.transport.seek_bar._markers == [(2040, None)]


def test_a_note_range_and_an_invalid_range(desk, services, qtbot):
    desk.seek(1000)
    desk.add_note_at_current_time()
    dialog = desk.note_dialog
    dialog.range_check.setChecked(True)
    dialog.end_edit.setText("00:00:00:10")
    dialog.text_edit.setPlainText("range")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "before its start" in dialog.error_label.text()
    dialog.end_edit.setText("00:00:03:00")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    notes = services.library.notes(desk.current_clip().id, 1)
    assert [(n.start_ms, n.end_ms) for n in notes] == [(1000, 3000)]


def test_clicking_a_note_or_a_cue_seeks(desk, services, qtbot):
    clip = desk.current_clip()
    services.library.add_note(clip.id, 1, "x", 3000, None, "ghi chú")
    desk.refresh_clip(clip.id)
    desk.load_clip(clip.id, force=True)
    item = desk.notes_panel.tree.topLevelItem(0)
    desk.notes_panel.tree.itemClicked.emit(item, 0)
    assert desk.player.position_ms() == 3000
    desk.side_tabs.setCurrentWidget(desk.transcript_panel)
    view = desk.transcript_panel.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=desk.transcript_panel.cue_rect_center(1))
    assert desk.player.position_ms() == 1000
    assert desk.transcript_panel.current_row() == 1


def test_transcript_marks_cues_with_warnings(qtbot):
    from reviewer.core.model import CaptionTrack, Cue
    from reviewer.ui.transcript_panel import TranscriptPanel

    track = CaptionTrack(
        1,
        "a.vi.srt",
        "srt",
        "vi",
        "utf-8",
        "0" * 64,
        "media/x.srt",
        "",
        (Cue(0, 1000, "một"), Cue(800, 2000, "hai")),
        (
            "a.vi.srt: cue 2 (00:00:00,800) overlaps cue 1 by 200 ms",
            "decoded as windows-1258 (legacy Vietnamese encoding)",
        ),
    )
    panel = TranscriptPanel()
    qtbot.addWidget(panel)
    panel.set_tracks((track,), 25.0)
    assert panel.model.data(panel.model.index(1, 0), Qt.ItemDataRole.DecorationRole) is not None
    assert panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None
    assert "overlaps cue 1 by 200 ms" in panel.model.data(panel.model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert "Windows-1258" in panel.banner.text()
    panel.set_time(900)
    assert panel.current_row() == 1  # the latest-starting cue on overlap
    panel.set_time(2500)
    assert panel.current_row() is None


def test_post_panel_counts_against_the_platform_limit(qtbot):
    from reviewer.core.model import PostText
    from reviewer.ui.post_panel import PostPanel

    panel = PostPanel({"x": 10, "facebook": 100})
    qtbot.addWidget(panel)
    panel.set_post(PostText("Tin nóng #VTV @vtv24", "0" * 64), "x")
    assert panel.length() == 20 and panel.over_limit()
    assert "10 too long" in panel.count_label.text()
    assert "#VTV" in panel.tags_label.text() and "@vtv24" in panel.tags_label.text()
    panel.set_post(PostText("Tin nóng #VTV @vtv24", "0" * 64), "facebook")
    assert not panel.over_limit() and panel.count_label.text().startswith("20 / 100")


def test_language_switch_to_vietnamese_changes_the_menus(desk, qtbot):
    assert desk.file_menu.title() == "&File"
    desk.set_language("vi")
    qtbot.waitUntil(lambda: desk.file_menu.title() == "&Tệp")
    assert desk.playback_menu.title() == "&Phát"
    assert desk.queue_pane._title.text() == "HÀNG ĐỢI DUYỆT"
    assert desk.actions_by_name["play_pause"].text() == "Phát ở tốc độ thường / tạm dừng"
    assert desk.actions_by_name["forward_5s"].text() == "Tiến 5 giây"
    assert desk.settings.language == "vi"
    desk.set_language("en")
    qtbot.waitUntil(lambda: desk.file_menu.title() == "&File")


# slow (make test only): 100,000 rows inserted. make test-fast keeps the queue model's paging,
# filter and search on 5,000 rows (test_queue_view_fetches_pages_as_the_user_scrolls) and the
# search on the desk's clips (test_search_is_debounced_and_keeps_the_clip_under_review).
@pytest.mark.slow
def test_queue_model_over_100000_clips_is_lazy_and_searchable(services, qtbot):
    bulk_insert_clips(services.db, 100_000)
    model = QueueModel(services.library, page_size=200)
    model.set_filter(status="all", search="")
    assert model.total() == 100_000
    assert model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    # Same order as `reviewer queue`.
    assert [model.clip_at(i).id for i in range(400)] == [c.id for c in services.library.queue("all", limit=400)]
    model.set_filter(search="000042")
    assert model.total() == 1 and model.clip_at(0).id == "bulk-000042"
    model.set_filter(status="pending", search="Quốc hội")
    expected = services.library.queue_count("pending", search="Quốc hội")
    assert model.total() == expected and 0 < model.rowCount() <= 200
    assert all(
        "Quốc hội" in model.clip_at(i).title and model.clip_at(i).status.value == "pending"
        for i in range(model.rowCount())
    )
    model.ensure_loaded(1000)
    assert model.rowCount() >= 1001


def test_queue_search_finds_what_the_library_finds_and_follows_changes(services, qtbot):
    bulk_insert_clips(services.db, 3000)
    model = QueueModel(services.library, page_size=50)
    model.set_filter(status="pending", search="")
    model.prepare_search()
    for text in ("quoc hoi", "Quốc Hội kinh", "ZALO", "editor1", "000300", "Bản tin 002", "không có", "a_%"):
        model.set_filter(search=text)
        expected = [c.id for c in services.library.queue("pending", search=text)]
        assert model.total() == len(expected), text
        model.ensure_loaded(len(expected) - 1)
        assert [model.clip_at(i).id for i in range(model.rowCount())] == expected, text
    # A clip that leaves the filter is no longer found; one added elsewhere is, after a reload.
    model.set_filter(search="000301")
    assert [model.clip_at(i).id for i in range(model.rowCount())] == ["bulk-000301"]
    from sqlalchemy import update

    from reviewer.storage.models import ClipRow

    with services.db.engine.begin() as conn:
        conn.execute(update(ClipRow).where(ClipRow.id == "bulk-000301").values(status="approved"))
    model.refresh_clip("bulk-000301")
    model.set_filter(search="")
    model.set_filter(search="000301")
    assert model.total() == 0
    bulk_insert_clips(services.db, 1, start=5002)  # pending
    model.reload()
    model.set_filter(search="005002")
    assert [model.clip_at(i).id for i in range(model.rowCount())] == ["bulk-005002"]


def test_a_refreshed_clip_is_searched_by_its_new_title_without_reading_every_key_again(services, qtbot, monkeypatch):
    from sqlalchemy import select, update

    from reviewer.core.search import search_key
    from reviewer.storage.models import ClipRow

    bulk_insert_clips(services.db, 600)
    with services.db.engine.begin() as conn:  # some clips without a deadline: they queue last
        conn.execute(update(ClipRow).where(ClipRow.id.like("%5")).values(deadline=None))

    def change(clip_id: str, **values) -> None:
        """Change a clip elsewhere (another desk), its stored search key with it."""
        with services.db.engine.begin() as conn:
            row = conn.execute(select(ClipRow).where(ClipRow.id == clip_id)).one()
            title = values.get("title", row.title)
            key = search_key(title, row.id, row.author, row.platform)
            conn.execute(update(ClipRow).where(ClipRow.id == clip_id).values(search_key=key, **values))

    model = QueueModel(services.library, page_size=50)
    model.set_filter(status="pending", search="")
    model.prepare_search()
    reads = []
    real_queue_keys = services.library.queue_keys
    monkeypatch.setattr(services.library, "queue_keys", lambda *a, **k: reads.append(a) or real_queue_keys(*a, **k))

    def found(text: str) -> list[str]:
        model.set_filter(search=text)
        model.ensure_loaded(model.total())
        return [model.clip_at(i).id for i in range(model.rowCount())]

    # A new title: found by it (accents and case folded), no longer by the old one.
    change("bulk-000301", title="Phóng sự Đặc biệt")
    model.refresh_clip("bulk-000301")
    assert found("phong su dac biet") == ["bulk-000301"]
    assert found("Bản tin 000301") == []
    # A clip that moves in the queue (now political, most urgent), one that leaves the filter and
    # one that joins it (a new version put it back to pending; no deadline), each refreshed as the
    # desk does after a change: each is found where `reviewer queue` lists it.
    change("bulk-000401", political=True, priority=1)
    model.refresh_clip("bulk-000401")
    change("bulk-000302", status="approved")
    model.refresh_clip("bulk-000302")
    change("bulk-000300", status="pending")
    model.refresh_clip("bulk-000300")
    change("bulk-000303", status="pending", deadline=None)
    model.refresh_clip("bulk-000303")
    for text in ("ban tin", "000302", "000300", "000303", "quoc hoi"):
        assert found(text) == [c.id for c in services.library.queue("pending", search=text)], text
    assert found("000300") == ["bulk-000300"] and found("000302") == []
    assert reads == []  # every search above ran on the keys read once, kept up to date


def test_queue_view_fetches_pages_as_the_user_scrolls(desk, services, qtbot):
    reviewed = desk.current_clip().id
    bulk_insert_clips(services.db, 5_000)
    desk.queue_pane.set_status_filter("all")
    table = desk.queue_pane.table
    assert desk.queue_model.rowCount() == 200
    table.scrollToBottom()
    qtbot.waitUntil(lambda: desk.queue_model.rowCount() > 200)
    assert desk.queue_model.rowCount() < 5_003
    # Changing the filter never changes what is under review.
    assert desk.current_clip().id == reviewed
    desk.queue_pane.search_edit.setText(reviewed)
    qtbot.waitUntil(lambda: desk.queue_model.total() == 1)
    assert desk.queue_pane.current_clip_id() == reviewed


def test_search_is_debounced_and_keeps_the_clip_under_review(desk, services, qtbot):
    clip = desk.current_clip()
    edit = desk.queue_pane.search_edit
    desk.queue_pane.focus_search()
    qtbot.keyClicks(edit, "clip01")
    assert desk.queue_model.search == ""  # not yet: the search waits for a pause in typing
    qtbot.waitUntil(lambda: desk.queue_model.search == "clip01")
    assert desk.queue_model.total() == 1
    assert desk.current_clip().id == clip.id  # searching never changes what is being reviewed
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: desk.queue_model.total() == 3)


def test_overdue_deadline_is_red(services, qtbot):
    from datetime import datetime, timedelta, timezone

    bulk_insert_clips(services.db, 3)  # deadlines in 2026-01-01, long past
    model = QueueModel(services.library)
    model.set_filter(status="pending")
    colour = model.data(model.index(0, COL_DEADLINE), Qt.ItemDataRole.ForegroundRole)
    assert colour is not None and colour.name() == "#e05252"
    assert datetime.now(timezone.utc) > datetime(2026, 1, 1, tzinfo=timezone.utc) - timedelta(days=1)


def test_status_bar_shows_pending_overdue_and_person(desk, services):
    assert desk.pending_label.text() == "Pending: 3"
    assert desk.overdue_label.text() == "Overdue: 0"
    # The enrolled head, by printed name: never the operating-system account.
    assert desk.person_button.text() == f"Reviewer: {HEAD[1]}"


def test_timecode_parse_round_trips_at_common_frame_rates():
    for fps in (25.0, 30.0, 29.97, 23.976, 50.0, 60.0):
        for ms in (0, 40, 999, 1001, 61_234, 3_599_999):
            tc = timecode(ms, fps)
            back = parse_timecode(tc, fps)
            assert timecode(back, fps) == tc, (fps, ms, tc, back)
    assert parse_timecode("00:00:01:25", 25.0) is None
    assert parse_timecode("nonsense", 25.0) is None


def test_settings_persist_language_splitters_and_subtitle_overlay(desk, services):
    from reviewer.config import Settings

    desk.actions_by_name["subtitles"].trigger()
    desk.set_language("vi")
    desk.close()
    stored = Settings.load(services.home)
    assert stored.language == "vi"
    assert stored.subtitle_overlay is False
    assert stored.window_geometry and stored.splitter_main
    assert stored.desk_person == HEAD[0]  # remembered for this workstation
    assert desk.player.shut_down


def test_a_missing_media_file_is_explained_in_the_video_area(desk, services, qtbot):
    version = services.library.version(desk.current_clip().id)
    (services.home / version.store_path).unlink()
    desk.load_clip(desk.current_clip().id, force=True)
    assert desk.video_view.is_showing_message()
    assert "missing" in desk.video_view.message_text()
    qtbot.keyClick(desk.queue_pane.table, Qt.Key.Key_Space)  # nothing to play: no crash, still responsive
    assert desk.next_clip()
    assert not desk.video_view.is_showing_message()


def test_viewing_coverage_credits_playback_only_and_saves_merged_intervals(services, tmp_path, qtbot):
    from reviewer.ui.viewing import ViewingCoverage

    ids = build_library(services, tmp_path, count=1)
    version = services.library.version(ids[0])
    now = [100.0]
    cov = ViewingCoverage(services.library, services.person, clock=lambda: now[0])
    cov.start(ids[0], version.id, 4000)

    def play(frm: int, to: int, rate: float = 1.0) -> None:
        cov.seeked(frm)
        for ms in range(frm, to + 1, 40):
            cov.observe(ms, playing=True, rate=rate)
            now[0] += 0.04 / rate

    play(0, 1000)
    assert cov.intervals().intervals == ((0, 1000),)
    cov.seeked(3000)  # a jump forward is not watching
    cov.observe(3000, playing=True, rate=1.0)
    assert not cov.intervals().covers(2000)
    play(3000, 3400, rate=4.0)  # skimming at 4x is not watching either
    assert cov.intervals().intervals == ((0, 1000),)
    assert cov.save()
    assert services.library.coverage(version.id, services.person) == [[0, 1000]]
    assert not cov.save()  # nothing new: no empty view session in the audit trail
    play(2000, 2400)
    cov.save()
    assert services.library.coverage(version.id, services.person) == [[0, 1000], [2000, 2400]]
    # A restart reads what was stored.
    again = ViewingCoverage(services.library, services.person, clock=lambda: now[0])
    again.start(ids[0], version.id, 4000)
    assert again.fraction() == pytest.approx(1400 / 4000)


_STYLE_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from reviewer.ui.desk import application
calls = []
set_style = QApplication.setStyle
QApplication.setStyle = staticmethod(lambda style: (calls.append(style), set_style(style))[1])
if sys.argv[1] == "elsewhere":
    QApplication(["elsewhere", "-style", "windows"])  # made by someone else, in another style
app = application(["reviewer", "--home", "H"])
style = app.style()
same = application().style() is style
app.setStyleSheet("")  # the style under the stylesheet's proxy
print(calls, same, app.arguments()[1:], app.style().name().lower())
"""


@pytest.mark.parametrize(
    ("made", "expected"),
    [("desk", "[] True ['--home', 'H'] fusion"), ("elsewhere", "['Fusion'] True [] fusion")],
)
def test_the_desk_application_is_made_in_fusion_and_keeps_its_style_when_themed_again(made, expected) -> None:
    """application() gives Qt the style as its own -style option (the application's first style,
    no re-polish for a second one); an application made elsewhere is set to Fusion by the theme.
    Themed again, the style is kept, and the option never reaches the arguments. The desk's own
    application is not asked for its style (the -style option wins over QT_STYLE_OVERRIDE)."""
    import os
    import subprocess
    import sys

    # Another default style than Fusion (as on Windows, or a KDE desktop), so that both paths show.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_STYLE_OVERRIDE="windows")
    out = subprocess.run(
        [sys.executable, "-c", _STYLE_PROBE, made], capture_output=True, text=True, env=env, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0] == expected


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_window_before_the_library_is_open_says_so_centred_and_wraps_a_startup_error(qtbot, language) -> None:
    """The first paint: the menus and one plain-text line in the middle (the stylesheet centres and
    wraps it: no rich text, no Qt enums before the first paint); a startup error in its place,
    wrapped inside the window, never cut."""
    from reviewer.config import Settings
    from reviewer.ui.desk import _switcher
    from reviewer.ui.main_window import MainWindow

    app = application()
    settings = Settings()
    settings.language = language
    window = MainWindow(settings, _switcher(app, settings))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    label = window.centralWidget()
    assert label.objectName() == "openingMessage"
    expected = {"vi": "Đang mở thư viện…", "en": "Opening the library…"}[language]
    from PySide6 import QtGui

    assert label.text() == expected and not QtGui.Qt.mightBeRichText(label.text())
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter and label.wordWrap()
    assert label.font().bold() and label.font().pointSizeF() == 14
    # Its text in the middle of the window, below the menu bar.
    centre = label.mapTo(window, label.rect().center())
    assert abs(centre.x() - window.width() / 2) <= 2
    message = "database is locked: " + "/home/giamdoc/.local/share/reviewer/reviewer.db " * 4
    window.show_startup_error(message)
    QApplication.processEvents()
    assert label.text().count("reviewer.db") == 4 and "color:#e05252" in label.text()
    assert label.heightForWidth(label.width()) > label.fontMetrics().height()  # wrapped
    assert label.sizeHint().width() <= window.width()
    window.close()
