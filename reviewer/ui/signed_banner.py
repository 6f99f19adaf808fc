"""The confirmation on the clip after signing, with what comes next (export, print).

Shown over the clip's header the moment a decision is signed, and again whenever that clip is
reviewed during the session, until closed: a signature is not a grey status line that fades.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from reviewer.ui.i18n import fill
from reviewer.ui.signoff_text import local_time, record_kind_name

translate = QCoreApplication.translate


class SignedBanner(QFrame):
    """The banner "✓ Approval of version 1 signed by … at …" with Export… and Print… for approvals.

    Signals:
        export_requested(str): the clip id whose package to export.
        print_requested(str): the clip id whose certificate to print.
    """

    export_requested = Signal(str)
    print_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signedBanner")
        self.setStyleSheet(
            "QFrame#signedBanner { background: #1f4d33; border: 1px solid #3fae6a; border-radius: 4px; }"
            'QFrame#signedBanner[kind="other"] { background: #27364f; border-color: #4c8dde; }'
            "QFrame#signedBanner QLabel { color: #e8f7ee; font-weight: 600; }"
        )
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.export_button = QPushButton(objectName="bannerExport")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.print_button = QPushButton(objectName="bannerPrint")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        for b in (self.export_button, self.print_button, self.close_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.export_button.clicked.connect(lambda: self.export_requested.emit(self._clip_id))
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self._clip_id))
        self.close_button.clicked.connect(self.dismiss)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 4, 4)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.export_button)
        lay.addWidget(self.print_button)
        lay.addWidget(self.close_button)
        self._clip_id: str = ""
        self._signed: dict[str, object] = {}  # clip id -> the last SignResult signed this session
        self.hide()
        self.retranslate()

    def signed(self, result) -> None:
        """A decision was just signed on the clip under review: confirm it."""
        self._signed[result.signoff.clip_id] = result
        self.show_for(result.signoff.clip_id)

    def show_for(self, clip_id: str) -> None:
        """The clip under review changed: its confirmation, if it was signed this session."""
        self._clip_id = clip_id
        result = self._signed.get(clip_id)
        if result is None:
            self.hide()
            return
        self._fill(result)
        self.show()

    def dismiss(self) -> None:
        """Close the confirmation of the clip shown (for the rest of the session)."""
        self._signed.pop(self._clip_id, None)
        self.hide()

    def _fill(self, result) -> None:
        so = result.signoff
        signer = (result.record.get("signer") or {}).get("name") or so.principal
        approval = so.kind == "approval"
        self.setProperty("kind", "approval" if approval else "other")
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText(
            fill(
                translate("SignedBanner", "✓ Signed: %1 of version %2, by %3 at %4."),
                record_kind_name(so.kind),
                so.version,
                signer,
                local_time(so.signed_at, seconds=False),
            )
        )
        self.export_button.setVisible(approval)
        self.print_button.setVisible(approval)

    def text(self) -> str:
        """The confirmation shown ("" when hidden)."""
        return self.label.text() if self.isVisible() else ""

    def retranslate(self) -> None:
        """Texts in the UI language."""
        self.export_button.setText(translate("SignedBanner", "Export the approval package…"))
        self.print_button.setText(translate("SignedBanner", "Print the certificate…"))
        self.close_button.setToolTip(translate("SignedBanner", "Close"))
        result = self._signed.get(self._clip_id)
        if result is not None:
            self._fill(result)

    def changeEvent(self, event) -> None:
        """Follow language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
