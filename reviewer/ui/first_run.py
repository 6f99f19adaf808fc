"""First run: set up the station's authority key and its first head, from the desk.

Offered when the library has no station yet (or a station but nobody enrolled). The station's
key holder (the head, or a security officer) names the station and chooses its passphrase; the
first head chooses their own signing passphrase. Both keys go only into the OS keyring; the
station's trust file can then be published (``reviewer station trust``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ReviewerError
from reviewer.ui.i18n import fill

__all__ = ["FirstRunDialog", "needs_first_run", "offer_first_run"]

log = logging.getLogger(__name__)


def translate(text: str) -> str:
    """The desk's language for this dialog's texts (context ``FirstRunDialog``)."""
    return QCoreApplication.translate("FirstRunDialog", text)


def needs_first_run(services) -> str | None:
    """``"station"`` (no station yet), ``"person"`` (a station, nobody enrolled) or None."""
    try:
        trust = services.station.trust()
    except ReviewerError:
        return None
    if trust.station is None:
        return "station"
    if not any(k.active for k in trust.keys.values()):
        return "person"
    return None


class FirstRunDialog(QDialog):
    """Station name and passphrase (when there is no station), then the first signer.

    Signals:
        completed(str): the principal of the person enrolled.
    """

    completed = Signal(str)

    def __init__(self, station_service, *, need: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station_service = station_service
        self.need = need
        self.setObjectName("firstRunDialog")
        self.setModal(True)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True)
        layout.addWidget(self.intro)

        self.station_box = QGroupBox()
        form = QFormLayout(self.station_box)
        self.station_name = QLineEdit()
        self.station_pass = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.station_pass2 = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self._station_labels = [QLabel(), QLabel(), QLabel()]
        form.addRow(self._station_labels[0], self.station_name)
        form.addRow(self._station_labels[1], self.station_pass)
        form.addRow(self._station_labels[2], self.station_pass2)
        layout.addWidget(self.station_box)

        self.person_box = QGroupBox()
        pform = QFormLayout(self.person_box)
        self.principal = QLineEdit()
        self.principal.setPlaceholderText("giamdoc@dai.vn")
        self.name = QLineEdit()
        self.title_edit = QLineEdit()
        self.role = QComboBox()
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase2 = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.existing_station_pass = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self._person_labels = [QLabel() for _ in range(7)]
        for label, field in zip(
            self._person_labels,
            (
                self.principal,
                self.name,
                self.title_edit,
                self.role,
                self.passphrase,
                self.passphrase2,
                self.existing_station_pass,
            ),
        ):
            pform.addRow(label, field)
        pform.setRowVisible(6, need == "person")
        layout.addWidget(self.person_box)
        self.station_box.setVisible(need == "station")

        self.error_label = QLabel(wordWrap=True)
        self.error_label.setObjectName("firstRunError")
        self.error_label.setStyleSheet("color: #b3261e; font-weight: 600")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        (self.station_name if need == "station" else self.principal).setFocus()

    def retranslate(self) -> None:
        """All texts in the desk's language (Vietnamese first)."""
        self.setWindowTitle(translate("Set up the station"))
        if self.need == "station":
            self.intro.setText(
                translate(
                    "This library has no station key yet. The station key certifies who is a head (who may approve) "
                    "and who is an editor; only whoever holds its passphrase can enrol, retire or revoke signers. "
                    "Keep that passphrase apart from everyone's signing passphrase."
                )
            )
        else:
            self.intro.setText(translate("Nobody is enrolled yet: enrol the first signer with the station passphrase."))
        self.station_box.setTitle(translate("Station key"))
        for label, text in zip(self._station_labels, ("Station name", "Station passphrase", "Repeat it")):
            label.setText(translate(text))
        self.person_box.setTitle(translate("First signer"))
        texts = (
            "Identity (principal)",
            "Printed name",
            "Title",
            "Role",
            "Signing passphrase",
            "Repeat it",
            "Station passphrase",
        )
        for label, text in zip(self._person_labels, texts):
            label.setText(translate(text))
        current = self.role.currentIndex()
        self.role.clear()
        self.role.addItem(translate("head (approves)"), "head")
        self.role.addItem(translate("editor (recommends)"), "editor")
        self.role.setCurrentIndex(max(0, current))
        self.create_button.setText(translate("Create"))
        self.later_button.setText(translate("Later"))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _create(self) -> None:
        if self.need == "station" and self.station_pass.text() != self.station_pass2.text():
            self._show_error(translate("The two station passphrases differ."))
            return
        if self.passphrase.text() != self.passphrase2.text():
            self._show_error(translate("The two signing passphrases differ."))
            return
        station_pass = self.station_pass.text() if self.need == "station" else self.existing_station_pass.text()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.need == "station":
                self.station_service.init(name=self.station_name.text(), passphrase=station_pass)
                self.need = "person"  # a retry after a refused enrolment must not make a second station
            self.station_service.enrol_new_key(
                principal=self.principal.text(),
                name=self.name.text(),
                title=self.title_edit.text(),
                role=self.role.currentData(),
                passphrase=self.passphrase.text(),
                station_passphrase=station_pass,
            )
        except ReviewerError as exc:
            self._show_error(exc.message)
            if self.need == "person":
                self.station_box.setEnabled(False)
                person_form = self.person_box.layout()
                assert isinstance(person_form, QFormLayout)  # made with the box in __init__
                person_form.setRowVisible(6, True)
                self.existing_station_pass.setText(station_pass)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        for field in (
            self.station_pass,
            self.station_pass2,
            self.passphrase,
            self.passphrase2,
            self.existing_station_pass,
        ):
            field.clear()
        self.completed.emit(self.principal.text().strip())
        self.accept()


def offer_first_run(window: QWidget, services) -> FirstRunDialog | None:
    """Open the first-run dialog over ``window`` when the library needs it (non-blocking)."""
    need = needs_first_run(services)
    if need is None:
        return None
    dialog = FirstRunDialog(services.station, need=need, parent=window)

    def done(principal: str) -> None:
        services.set_actor(principal)
        identity = getattr(window, "identity", None)
        if identity is not None:  # the desk now knows who can sit at it
            identity.reload()
            identity.resolve()
        from reviewer.ui import messages

        messages.info(
            fill(translate("%1 is enrolled. Publish the station's trust file: reviewer station trust"), principal)
        )

    dialog.completed.connect(done)
    take_keys_back = getattr(window, "take_keys_back", None)
    if take_keys_back is not None:  # set up or not, the director's keys work on the desk after it
        dialog.finished.connect(lambda _r: take_keys_back())
    dialog.open()
    return dialog
