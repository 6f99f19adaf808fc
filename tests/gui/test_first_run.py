"""The desk's first run: the station and its first head set up from the dialog, Vietnamese first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reviewer.ui.first_run import FirstRunDialog, needs_first_run
from tests.signoff_support import (  # noqa: F401 - fixtures
    HEAD,
    PASSPHRASE,
    STATION_PASSPHRASE,
    fast_kdf,
    memory_keyring,
)


def _fill(qtbot, dialog: FirstRunDialog, *, station_pass2: str = STATION_PASSPHRASE) -> None:
    for field, text in (
        (dialog.station_name, "Đài PT-TH Thử nghiệm"),
        (dialog.station_pass, STATION_PASSPHRASE),
        (dialog.station_pass2, station_pass2),
        (dialog.principal, HEAD[0]),
        (dialog.name, HEAD[1]),
        (dialog.title_edit, HEAD[2]),
        (dialog.passphrase, PASSPHRASE),
        (dialog.passphrase2, PASSPHRASE),
    ):
        field.setText(text)  # QTest cannot type Vietnamese letters; the fields take them as pasted


def test_first_run_creates_the_station_and_its_first_head(qtbot, services, memory_keyring, fast_kdf):
    assert needs_first_run(services) == "station"
    dialog = FirstRunDialog(services.station, need="station")
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, station_pass2="không khớp")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible() and services.station.station() is None  # nothing made

    _fill(qtbot, dialog)
    with qtbot.waitSignal(dialog.completed, timeout=20000) as done:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert done.args == [HEAD[0]]
    station = services.station.station()
    assert station is not None and station.name == "Đài PT-TH Thử nghiệm"
    key, cert = services.station.signer(HEAD[0])
    assert cert.role == "head" and key.name == HEAD[1]
    assert needs_first_run(services) is None
    assert services.verifier.verify().ok
    # Neither passphrase stays in the dialog's fields.
    assert not any(f.text() for f in (dialog.station_pass, dialog.passphrase, dialog.passphrase2))


def test_a_refused_signer_does_not_make_a_second_station(qtbot, services, memory_keyring, fast_kdf):
    dialog = FirstRunDialog(services.station, need="station")
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog)
    dialog.principal.setText("có dấu cách")  # not a usable principal
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "principal" in dialog.error_label.text()
    assert services.station.station() is not None and needs_first_run(services) == "person"
    dialog.principal.setText(HEAD[0])
    with qtbot.waitSignal(dialog.completed, timeout=20000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert len(services.station.trust().problems) == 0 and services.verifier.verify().ok
