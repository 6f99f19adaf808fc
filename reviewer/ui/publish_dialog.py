"""Record a publication of the clip under review: platform, the post's address, when it went out.

The service refuses what may not be recorded (no valid approval of this version, a time before
the approval or in the future, a URL of another platform); the refusal is shown in the dialog,
one line, and nothing is recorded.
"""

from __future__ import annotations

from datetime import timezone

from PySide6.QtCore import QCoreApplication, QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from reviewer.core.platforms import PLATFORMS
from reviewer.core.stats.model import PLATFORM_NAMES
from reviewer.errors import ReviewerError
from reviewer.ui.i18n import fill

translate = QCoreApplication.translate


class PublishDialog(QDialog):
    """Platform, URL and time of one publication of ``clip_id`` (the approved version).

    Signals:
        published(object): the PublishResult of a recorded (or already recorded) publication.
    """

    published = Signal(object)

    def __init__(self, stats, clip_id: str, title: str, platform: str = "", parent=None) -> None:
        super().__init__(parent)
        self.stats = stats
        self.clip_id = clip_id
        self.setObjectName("PublishDialog")
        self.setWindowTitle(translate("PublishDialog", "Record a publication"))
        layout = QVBoxLayout(self)
        self.heading = QLabel(
            fill(translate("PublishDialog", "Where and when did the approved version of “%1” go out?"), title)
        )
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.platform_combo = QComboBox(objectName="platformCombo")  # type: ignore[call-arg]  # stubs omit inherited Qt properties as keywords
        for p in PLATFORMS:
            self.platform_combo.addItem(PLATFORM_NAMES.get(p, p), p)
        if platform in PLATFORMS:
            self.platform_combo.setCurrentIndex(PLATFORMS.index(platform))
        self.url_edit = QLineEdit(objectName="urlEdit")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.url_edit.setPlaceholderText("https://www.facebook.com/reel/…")
        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime(), objectName="whenEdit", calendarPopup=True)  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.when_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        form.addRow(translate("PublishDialog", "Platform"), self.platform_combo)
        form.addRow(translate("PublishDialog", "Address of the post"), self.url_edit)
        form.addRow(translate("PublishDialog", "Published at"), self.when_edit)
        layout.addLayout(form)
        self.error_label = QLabel(objectName="publishError")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e")
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("PublishDialog", "Record"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("PublishDialog", "Cancel"))
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.result_value = None

    def record(self) -> bool:
        """Ask the service to record it; stays open with the reason when refused."""
        when = self.when_edit.dateTime().toPython().astimezone(timezone.utc)
        try:
            result = self.stats.publish(self.clip_id, self.platform_combo.currentData(), self.url_edit.text(), at=when)
        except ReviewerError as exc:
            self.error_label.setText(exc.message)
            return False
        self.result_value = result
        self.published.emit(result)
        self.accept()
        return True
