"""The desk at a director's speed, with the real libvlc player under Xvfb: keys that never surprise.

* a whole review of a 15-item political clip — play, answer every item, sign — in at most 20
  keystrokes plus the passphrase;
* K always stops, Space plays at 1×, the J/L shuttle starts over after a stop, a badge says when
  playback runs faster than what counts as watched;
* Esc leaves a text field to the player (nothing typed into a reason that will be signed), a click
  on the picture gives the player the keys, and a blocked Ctrl+Shift+A says why near the bar.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.real_desk import Keys, close_real_desk, open_real_desk, type_text
from tests.signoff_support import HEAD, PASSPHRASE, enroll, fast_kdf, make_source, memory_keyring, watch_all  # noqa: F401

pytestmark = pytest.mark.video

C = Qt.KeyboardModifier.ControlModifier
CS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def library(services, tmp_path, memory_keyring, fast_kdf):
    """A political 2 s clip with captions and post text; the head enrolled (so at the desk)."""
    results = services.ingest.ingest([make_source(tmp_path / "in1", "news-1")])
    assert results[0].result == "ingested"
    enroll(services)
    return services


@pytest.fixture
def desk(qtbot, library):
    window = open_real_desk(qtbot, library)
    yield window
    close_real_desk(window)


def _ended(window) -> bool:
    return window.player.state() == "ended"


def test_a_full_review_takes_at_most_20_keystrokes_plus_the_passphrase(desk, library, qtbot):
    keys = Keys(qtbot, desk)
    template = library.signoff.template()
    assert len(template.items) == 15
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.queue_pane.table)

    keys.press(Qt.Key.Key_Space, text="Space")  # play at 1×, watch it all
    qtbot.waitUntil(lambda: _ended(desk), timeout=15000)
    keys.press(Qt.Key.Key_C, CS, text="Ctrl+Shift+C")  # the checklist, on its first open item
    checklist = desk.signoff.checklist_panel
    assert checklist.current_item() == template.item_ids[0] and checklist.card.hasFocus()
    for _ in template.item_ids:
        keys.press(Qt.Key.Key_1, text="1")  # Pass, and on to the next open item
    assert checklist.state().complete and not checklist.state().failed
    panel = desk.signoff.decision_panel
    qtbot.waitUntil(panel.approve_button.isEnabled, timeout=5000)
    keys.press(Qt.Key.Key_A, CS, text="Ctrl+Shift+A")  # approve and sign…
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=5000)
    dialog = panel.dialog
    qtbot.waitUntil(lambda: dialog.passphrase_edit.hasFocus())
    type_text(dialog.passphrase_edit, PASSPHRASE)  # the passphrase is not counted
    with qtbot.waitSignal(panel.signed, timeout=15000) as signed:
        keys.press(Qt.Key.Key_Return, C, text="Ctrl+Enter")

    assert keys.count <= 20, keys.log
    record = signed.args[0].record
    assert record["kind"] == "approval" and record["coverage"]["fraction"] == 1.0
    assert [a["result"] for a in record["checklist"]["answers"]] == ["pass"] * 15
    assert record["signer"]["principal"] == HEAD[0]
    print(f"\nfull review: {keys.count} keystrokes plus the passphrase: {' '.join(keys.log)}")


def test_k_always_stops_and_space_plays_at_normal_speed(desk, qtbot):
    keys = Keys(qtbot, desk)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.queue_pane.table)
    badge = desk.transport.uncounted_badge
    keys.press(Qt.Key.Key_L)
    qtbot.waitUntil(lambda: desk.player.state() == "playing", timeout=5000)
    assert desk.player.rate() == 1.0 and not badge.isVisible()
    keys.press(Qt.Key.Key_L)
    keys.press(Qt.Key.Key_L)
    qtbot.waitUntil(lambda: desk.player.rate() == 4.0)
    # Faster than what counts as watching: said on screen while it happens.
    qtbot.waitUntil(badge.isVisible, timeout=3000)
    assert badge.text() == "not counted as watched"
    qtbot.waitUntil(lambda: _ended(desk), timeout=10000)
    keys.press(Qt.Key.Key_K)  # after the end K stays stopped (it started playback before)
    qtbot.wait(400)
    assert desk.player.state() in ("ended", "paused") and not badge.isVisible()
    keys.press(Qt.Key.Key_Space)  # from the start, at 1× (it played at 4× before)
    qtbot.waitUntil(lambda: desk.player.state() == "playing", timeout=5000)
    assert desk.player.rate() == 1.0 and desk.transport.rate_label.text() == "1×"
    keys.press(Qt.Key.Key_L)  # 2×: still counted, no badge
    qtbot.waitUntil(lambda: desk.player.rate() == 2.0)
    assert not badge.isVisible()
    keys.press(Qt.Key.Key_K)
    qtbot.waitUntil(lambda: desk.player.state() == "paused", timeout=5000)
    assert desk.player.rate() == 1.0  # the shuttle starts over
    keys.press(Qt.Key.Key_L)
    qtbot.waitUntil(lambda: desk.player.state() == "playing", timeout=5000)
    assert desk.player.rate() == 1.0
    keys.press(Qt.Key.Key_K)
    qtbot.waitUntil(lambda: desk.player.state() == "paused", timeout=5000)
    # J runs backwards (not counted), K stops it too.
    keys.press(Qt.Key.Key_J)
    qtbot.waitUntil(badge.isVisible, timeout=3000)
    keys.press(Qt.Key.Key_K)
    qtbot.waitUntil(lambda: not badge.isVisible(), timeout=3000)
    assert desk.player.shuttle_speed() == 1.0


def test_esc_leaves_the_reason_field_and_the_keys_go_back_to_the_player(desk, qtbot):
    keys = Keys(qtbot, desk)
    reason = desk.signoff.decision_panel.reason_edit
    keys.press(Qt.Key.Key_R, CS)
    qtbot.waitUntil(reason.hasFocus)
    type_text(reason, "Sai chức danh")
    keys.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not reason.hasFocus())
    assert QApplication.focusWidget() is desk.video_view
    for key in (Qt.Key.Key_Period, Qt.Key.Key_K):
        keys.press(key)
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: desk.player.state() == "playing", timeout=5000)
    keys.press(Qt.Key.Key_K)
    qtbot.waitUntil(lambda: desk.player.state() == "paused", timeout=5000)
    assert reason.toPlainText() == "Sai chức danh"  # nothing of the player's keys typed into it

    # Back in the field, a click on the picture gives the player the keys.
    keys.press(Qt.Key.Key_R, CS)
    qtbot.waitUntil(reason.hasFocus)
    qtbot.mouseClick(desk.video_view.surface, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.video_view)
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: desk.player.state() == "playing", timeout=5000)
    keys.press(Qt.Key.Key_K)
    qtbot.waitUntil(lambda: desk.player.state() == "paused", timeout=5000)
    assert reason.toPlainText() == "Sai chức danh"


def test_a_blocked_approve_says_why_near_the_decision_bar(desk, library, qtbot):
    keys = Keys(qtbot, desk)
    panel = desk.signoff.decision_panel
    assert not panel.approve_button.isEnabled()
    keys.press(Qt.Key.Key_A, CS)
    popup = panel.blocked_popup
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    assert popup.text().startswith("Approval is not possible yet:")
    assert "Checklist not finished: 15 of 15 items not answered yet" in popup.text()
    assert "You have watched 0.0% of version 1" in popup.text()
    assert panel.dialog is None
    # Near the bar: just above the approve button, inside the window.
    button_top = panel.approve_button.mapToGlobal(panel.approve_button.rect().topLeft()).y()
    assert 0 < button_top - (popup.geometry().bottom()) < 40
    assert desk.frameGeometry().contains(popup.geometry().topLeft())
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=popup.SHOW_MS + 2000)
