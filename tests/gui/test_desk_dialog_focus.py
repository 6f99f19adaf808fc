"""After every dialog of the desk the director's keys work again (real libvlc under Xvfb).

Each dialog is opened as the desk opens it, closed as a user closes it (Esc, or its own accept),
and then Space must play the clip and K stop it: the keyboard is back with the player, not on the
button that opened the dialog (where Space would press it again) nor nowhere.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from reviewer.core.checklist import Answer
from tests.gui.real_desk import Keys, close_real_desk, open_real_desk, type_text
from tests.signoff_support import HEAD, PASSPHRASE, enroll, fast_kdf, make_source, memory_keyring, watch_all  # noqa: F401

pytestmark = pytest.mark.video


@pytest.fixture
def library(services, tmp_path, memory_keyring, fast_kdf):
    """A 2 s clip, watched in full and every checklist item passed by the enrolled head."""
    results = services.ingest.ingest([make_source(tmp_path / "in1", "news-1")])
    assert results[0].result == "ingested"
    enroll(services)
    principal = HEAD[0]
    template = services.signoff.template()
    services.signoff.save_answers("news-1", principal, [Answer(i, "pass", "") for i in template.item_ids])
    watch_all(services, "news-1", principal)
    return services


def _keys_act(qtbot, window, what: str) -> None:
    """Space plays and K stops: the player has the keys again after ``what``."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)
    qtbot.wait(50)
    focus = QApplication.focusWidget()
    assert focus is not None and focus.window() is window, f"after {what}: keyboard focus on {focus!r}"
    assert not isinstance(focus, QAbstractButton), f"after {what}: Space would press {focus.text()!r}"
    keys = Keys(qtbot, window)
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.player.state() == "playing", timeout=5000)
    keys.press(Qt.Key.Key_K)
    qtbot.waitUntil(lambda: window.player.state() != "playing", timeout=5000)


def _escape(qtbot, dialog) -> None:
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus if focus is not None and focus.window() is dialog else dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def test_after_each_dialog_space_plays_and_k_stops(qtbot, library, tmp_path):
    window = open_real_desk(qtbot, library)
    try:
        with qtbot.waitSignal(window.clip_changed, timeout=15000):
            window.load_clip("news-1", force=True)
        panel = window.signoff.decision_panel
        qtbot.waitUntil(panel.approve_button.isEnabled, timeout=5000)

        # The sign dialog, cancelled (opened from the approve button, as a click does).
        panel.approve_button.setFocus()
        panel.approve_button.click()
        qtbot.waitUntil(lambda: panel.dialog is not None, timeout=5000)
        _escape(qtbot, panel.dialog)
        _keys_act(qtbot, window, "the sign dialog, cancelled")

        # The sign dialog, signed: the signed banner's buttons appear, the keys stay with the player.
        panel.approve_button.click()
        qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=5000)
        dialog = panel.dialog
        type_text(dialog.passphrase_edit, PASSPHRASE)
        with qtbot.waitSignal(panel.signed, timeout=20000, raising=False) as signed:
            dialog.sign_button.click()
        assert signed.signal_triggered, (dialog.message_text(), dialog.passphrase_edit.text(), dialog.isVisible())
        _keys_act(qtbot, window, "signing")

        # Export and publish (the clip is approved now), cancelled.
        _escape(qtbot, window.export_current())
        _keys_act(qtbot, window, "the export dialog")
        _escape(qtbot, window.stats.publish_current())
        _keys_act(qtbot, window, "the publish dialog")

        # The note dialog: saved, then cancelled.
        Keys(qtbot, window).press(Qt.Key.Key_N)
        qtbot.waitUntil(lambda: window.note_dialog is not None and window.note_dialog.isVisible(), timeout=5000)
        note = window.note_dialog
        type_text(note.text_edit, "Kiểm tra logo")
        with qtbot.waitSignal(window.note_added, timeout=5000):
            note.save_button.click()
        _keys_act(qtbot, window, "the note dialog, saved")
        Keys(qtbot, window).press(Qt.Key.Key_N)
        qtbot.waitUntil(lambda: window.note_dialog is not None and window.note_dialog.isVisible(), timeout=5000)
        _escape(qtbot, window.note_dialog)
        _keys_act(qtbot, window, "the note dialog, cancelled")

        # Who is at the desk (the status bar's button), cancelled.
        window.person_button.setFocus()
        _escape(qtbot, window.choose_person())
        _keys_act(qtbot, window, "the person chooser")

        # Add clips, cancelled.
        _escape(qtbot, window.add_clips(paths=[make_source(tmp_path / "in2", "news-2")]))
        _keys_act(qtbot, window, "the add-clips dialog")
    finally:
        close_real_desk(window)


def test_after_the_station_set_up_space_plays_and_k_stops(qtbot, services, tmp_path):
    results = services.ingest.ingest([make_source(tmp_path / "in1", "news-1")])
    assert results[0].result == "ingested"
    window = open_real_desk(qtbot, services)
    try:
        with qtbot.waitSignal(window.clip_changed, timeout=15000):
            window.load_clip("news-1", force=True)
        window.person_button.setFocus()
        dialog = window.start_station_setup()
        assert dialog is not None
        _escape(qtbot, dialog)
        _keys_act(qtbot, window, "the station set-up")
    finally:
        close_real_desk(window)
