"""Who is at the desk (real desk, real libvlc under Xvfb): one of the enrolled people, never the OS account.

The desk opens as the person remembered for this workstation, else the only enrolled person,
else it asks (several people) or says no one is enrolled and offers the station set-up. Every
note, checklist answer and view session is recorded as that person; names are printed names.
"""

from __future__ import annotations

import getpass

import pytest
from PySide6.QtCore import Qt

from reviewer.config import Settings
from reviewer.core.checklist import Answer
from tests.gui.real_desk import Keys, close_real_desk, open_real_desk, type_text
from tests.signoff_support import EDITOR, HEAD, enroll, fast_kdf, make_source, memory_keyring  # noqa: F401

pytestmark = pytest.mark.video


@pytest.fixture
def library(services, tmp_path, memory_keyring, fast_kdf):
    results = services.ingest.ingest([make_source(tmp_path / "in1", "news-1")])
    assert results[0].result == "ingested"
    return services


def _events(services, kind):
    return [e for e in services.signoff.history("news-1") if e.kind == kind]


def test_the_only_enrolled_person_sits_at_the_desk_and_everything_is_recorded_as_them(qtbot, library):
    enroll(library)
    library.settings.person = getpass.getuser()  # an old `person` setting must not matter
    window = open_real_desk(qtbot, library)
    try:
        assert window.identity.principal == HEAD[0]
        assert window.person_button.text() == f"Reviewer: {HEAD[1]}"
        keys = Keys(qtbot, window)
        # A view session, a checklist answer and a note: all as the head.
        keys.press(Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: window.player.state() == "ended", timeout=15000)
        keys.press(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        keys.press(Qt.Key.Key_1)
        keys.press(Qt.Key.Key_N)
        qtbot.waitUntil(lambda: window.note_dialog is not None)
        dialog = window.note_dialog
        type_text(dialog.text_edit, "Kiểm tra lại")
        with qtbot.waitSignal(window.note_added, timeout=5000):
            dialog.save_button.click()
        for kind in ("view_session", "checklist_answer", "note"):
            actors = {e.actor for e in _events(library, kind)}
            assert actors == {HEAD[0]}, (kind, actors)
        # The notes list shows the printed name with the note, never the principal.
        item = window.notes_panel.tree.topLevelItem(0)
        assert f"— {HEAD[1]} ·" in item.text(1) and HEAD[0] not in item.text(1)
    finally:
        close_real_desk(window)
    assert Settings.load(library.home).desk_person == HEAD[0]  # remembered for this workstation


def test_with_several_people_the_desk_asks_remembers_and_switches(qtbot, library):
    enroll(library)
    enroll(library, EDITOR)
    window = open_real_desk(qtbot, library)
    try:
        assert window.identity.principal is None
        qtbot.waitUntil(lambda: window.person_chooser is not None and window.person_chooser.isVisible())
        chooser = window.person_chooser
        assert chooser.principals() == [HEAD[0], EDITOR[0]]  # heads first
        assert window.person_button.text() == "Who is at the desk?"
        # Until someone is chosen nothing is recorded and nothing can be signed.
        assert window.signoff.decision_panel.blocked_reasons() == [
            "Choose who is at the desk first (status bar → Who is at the desk?)."
        ]
        chooser.choose(EDITOR[0])
        assert window.identity.principal == EDITOR[0]
        assert window.person_button.text() == f"Reviewer: {EDITOR[1]}"
        assert window.signoff.decision_panel.approve_button.text() == "Recommend approval && sign…"
    finally:
        close_real_desk(window)
    assert Settings.load(library.home).desk_person == EDITOR[0]

    library.settings.desk_person = EDITOR[0]
    window = open_real_desk(qtbot, library)
    try:
        assert window.identity.principal == EDITOR[0] and window.person_chooser is None  # not asked again
        library.signoff.save_answers("news-1", EDITOR[0], [Answer(library.signoff.template().item_ids[0], "fail", "")])
        # Switch from the status bar: the head's own answers and coverage, not the editor's.
        menu = window.person_button.menu()
        menu.aboutToShow.emit()
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert texts == [f"{HEAD[1]} ({HEAD[2]})", f"{EDITOR[1]} ({EDITOR[2]})", "Someone else…"]
        next(a for a in menu.actions() if a.text().startswith(HEAD[1])).trigger()
        assert window.identity.principal == HEAD[0]
        assert window.signoff.checklist_panel.state().progress[0] == 0
        assert window.signoff.decision_panel.approve_button.text() == "Approve && sign…"
        window.toggle_play()
        qtbot.waitUntil(lambda: window.player.state() == "ended", timeout=15000)
        sessions = _events(library, "view_session")
        assert sessions and {e.actor for e in sessions} == {HEAD[0]}
        assert library.library.coverage(library.library.version("news-1").id, EDITOR[0]) == []
    finally:
        close_real_desk(window)
    assert Settings.load(library.home).desk_person == HEAD[0]


def test_nobody_enrolled_says_so_and_offers_the_station_set_up(qtbot, library):
    library.settings.person = getpass.getuser()
    window = open_real_desk(qtbot, library)
    try:
        assert window.identity.principal is None  # never the operating-system account
        assert window.person_button.text() == "No one is enrolled"
        # Said once, by the checklist; not again in the status bar's message.
        assert not window.statusBar().currentMessage().startswith("No one is enrolled")
        checklist = window.signoff.checklist_panel
        assert checklist.empty_label.text().startswith("No one is enrolled: set up the station first")
        # N records nothing without a person, and says why.
        Keys(qtbot, window).press(Qt.Key.Key_N)
        assert window.note_dialog is None
        assert window.statusBar().currentMessage().startswith("No one is enrolled: set up the station first")
        # The status bar's menu starts the set-up (the first-run hook).
        menu = window.person_button.menu()
        menu.aboutToShow.emit()
        [setup] = menu.actions()
        assert setup.text() == "Set up the station…"
        setup.trigger()
        dialog = window.station_setup_dialog
        assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Set up the station"
        assert dialog.station_box.isVisible()  # this library has no station yet: its key comes first
        dialog.reject()
        assert not _events(library, "note") and not _events(library, "view_session")
    finally:
        close_real_desk(window)
