"""File → Export approval package… and File → Print approval certificate…, from the desk.

:func:`export_package` is the desk's one call into the exporter. The dialog asks the exporting
person's passphrase and hands it to this function: the exporter signs the package's SHA256SUMS with that
person's key (certified by the station) and never keeps the passphrase.

Printing lays out the approval certificate (the same HTML the package's certificate is made of)
and prints it through Qt's print dialog, to a printer or to a PDF file.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import PolicyError, ReviewerError
from reviewer.ui.core_text import core_message
from reviewer.ui.i18n import fill
from reviewer.ui.signoff_text import error_style, muted_style

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


def export_package(services, clip_id: str, out_dir: Path, *, principal: str, passphrase: str):
    """Write the approval package of ``clip_id`` into ``out_dir`` (new or empty) as ``principal``.

    The one place the desk calls the exporter (see the module docstring about ``passphrase``).
    Returns the exporter's ExportResult; raises ReviewerError with a one-line message.
    """
    return services.exporter.export(clip_id, Path(out_dir), principal=principal, passphrase=passphrase)


def default_package_folder(parent: Path, clip_id: str, version: int) -> Path:
    """``<parent>/<clip id>-v<version>``, numbered when that name is taken."""
    base = f"{clip_id}-v{version}"
    candidate = parent / base
    n = 2
    while candidate.exists() and (not candidate.is_dir() or any(candidate.iterdir())):
        candidate = parent / f"{base}-{n}"
        n += 1
    return candidate


class ExportDialog(QDialog):
    """Where to write the package, the exporting person's passphrase, and the result.

    Signals:
        exported(object): the ExportResult.
    """

    exported = Signal(object)

    def __init__(
        self, services, clip_id: str, version: int, principal: str, person_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self._services = services
        self._clip_id = clip_id
        self._version = version
        self._principal = principal
        self._person_name = person_name
        self.result_value = None
        self.folder_dialog: QFileDialog | None = None

        self.heading = QLabel(objectName="clipTitle")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.heading.setWordWrap(True)
        self.folder_edit = QLineEdit(objectName="exportFolder")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.folder_edit.setText(str(default_package_folder(Path.home(), clip_id, version)))
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.passphrase_edit = QLineEdit(objectName="exportPassphrase")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhSensitiveData
        )
        self.passphrase_edit.returnPressed.connect(self.export)
        self.form = QFormLayout()
        self.folder_caption = QLabel()
        self.passphrase_caption = QLabel()
        self.form.addRow(self.folder_caption, folder_row)
        self.form.addRow(self.passphrase_caption, self.passphrase_edit)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(muted_style())
        self.message = QLabel(objectName="exportMessage")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.message.setWordWrap(True)
        self.message.hide()
        self.export_button = QPushButton(objectName="exportButton")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addLayout(self.form)
        lay.addWidget(self.hint)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        self.setMinimumWidth(600)
        self.retranslate()
        self.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_folder(self) -> QFileDialog:
        """Pick the folder the package folder goes into."""
        dlg = QFileDialog(self, translate("ExportDialog", "Where should the package go?"))
        dlg.setFileMode(QFileDialog.FileMode.Directory)
        dlg.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dlg.fileSelected.connect(
            lambda p: self.folder_edit.setText(str(default_package_folder(Path(p), self._clip_id, self._version)))
        )
        self.folder_dialog = dlg
        dlg.open()
        return dlg

    def export(self) -> bool:
        """Write the package; True when it was written (the dialog then shows where)."""
        folder = self.folder_edit.text().strip()
        passphrase = self.passphrase_edit.text()
        self.passphrase_edit.clear()  # the passphrase leaves the field at once
        if not folder:
            self._show(translate("ExportDialog", "Choose where the package goes."), error=True)
            return False
        if not passphrase:
            self._show(
                translate("ExportDialog", "Enter your passphrase: the package is handed over in your name."), error=True
            )
            self.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = export_package(
                self._services,
                self._clip_id,
                Path(folder).expanduser(),
                principal=self._principal,
                passphrase=passphrase,
            )
        except (PolicyError, ReviewerError) as exc:
            self._show(core_message(exc.message), error=True)
            return False
        finally:
            del passphrase
            QGuiApplication.restoreOverrideCursor()
        self.result_value = result
        text = fill(
            translate(
                "ExportDialog",
                "Package written to %1 (%2 files). The publishing desk checks it with "
                "VERIFY.txt, without this program.",
            ),
            str(result.folder),
            len(result.files) + 1,
        )
        for w in result.warnings:
            text += "\n⚠ " + core_message(w)
        self._show(text, error=False)
        self.export_button.setEnabled(False)
        self.close_button.setText(translate("ExportDialog", "Close"))
        self.exported.emit(result)
        return True

    def _show(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(error_style() if error else "color: #3fae6a; font-weight: 600;")
        self.message.show()

    def message_text(self) -> str:
        """The result or refusal shown ("" before exporting)."""
        return "" if self.message.isHidden() else self.message.text()

    def retranslate(self) -> None:
        """Texts in the UI language."""
        self.setWindowTitle(translate("ExportDialog", "Export the approval package"))
        self.heading.setText(
            fill(translate("ExportDialog", "Approval package of %1, version %2"), self._clip_id, self._version)
        )
        self.folder_caption.setText(translate("ExportDialog", "Folder:"))
        self.browse_button.setText(translate("ExportDialog", "Choose…"))
        self.passphrase_caption.setText(translate("ExportDialog", "Your passphrase:"))
        self.passphrase_edit.setPlaceholderText(
            fill(translate("ExportDialog", "%1's signing passphrase"), self._person_name)
        )
        self.hint.setText(
            translate(
                "ExportDialog",
                "The package holds the clip, its captions and post text, the signed "
                "approval, the certificate and the commands to check them.",
            )
        )
        self.export_button.setText(translate("ExportDialog", "Export"))
        if self.result_value is None:
            self.close_button.setText(translate("ExportDialog", "Cancel"))

    def changeEvent(self, event) -> None:
        """Follow language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# ------------------------------------------------------------------------------------ printing


def certificate_document(services, clip_id: str) -> QTextDocument:
    """The approval certificate of the clip's current, valid approval, laid out for printing.

    Raises PolicyError (in the core's words) when there is no valid approval to certify.
    """
    from reviewer.core import audit as core_audit
    from reviewer.core.export import certificate_facts
    from reviewer.core.trust import namespace_for
    from reviewer.media.certificate import certificate_html

    svc = services.signoff
    state = services.verifier.approval_state(clip_id, check_files=True)
    if state.state != "valid" or state.signoff is None or state.record is None:
        raise PolicyError(
            fill(
                translate(
                    "ExportDialog",
                    "Clip %1 has no valid approval of its current version: there is no certificate to print.",
                ),
                clip_id,
            )
        )
    so, record = state.signoff, state.record
    event = svc.repo.event(so.audit_seq)
    cp_event = svc.repo.event(so.audit_seq + 1)
    if event is None or cp_event is None or cp_event.kind != core_audit.CHECKPOINT:
        raise PolicyError(
            fill(
                translate("ExportDialog", "The approval of %1 has no signed checkpoint after it; run reviewer verify."),
                clip_id,
            )
        )
    cp = core_audit.parse_checkpoint(cp_event.payload_json)
    detail = svc.library.clip_detail(clip_id)
    version = next(v for v in detail.versions if v.number == so.version)
    thumb = None
    if version.thumbnail_path and (svc.home / version.thumbnail_path).is_file():
        thumb = QUrl.fromLocalFile(str(svc.home / version.thumbnail_path)).toString()
    from datetime import datetime, timezone

    facts = certificate_facts(
        detail=detail,
        version=version,
        record=record,
        stored=so,
        event=event,
        checkpoint=cp,
        template=svc.template(),
        clip_file=record["clip"]["file_name"],
        caption_files=[c["file_name"] for c in record["captions"]],
        thumbnail=thumb,
        namespace=namespace_for(record["kind"]),
        exported_at=datetime.now(timezone.utc),
    )
    station = services.station.station()
    if station is not None:  # the same station lines as the package's certificate
        facts["station"] = {"name": station.name, "fingerprint": station.fingerprint}
    doc = QTextDocument()
    doc.setHtml(certificate_html(facts, for_pdf=True))
    return doc


class CertificatePrinter(QObject):
    """Prints one clip's approval certificate through Qt's print dialog.

    ``dialog`` is the QPrintDialog shown (accepting it prints); ``printed`` is True afterwards.
    """

    def __init__(self, services, clip_id: str, parent: QWidget, *, pdf_file: Path | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        self.document = certificate_document(services, clip_id)
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(fill(translate("ExportDialog", "Approval certificate %1"), clip_id))
        if pdf_file is not None:
            # Offered in the dialog as "print to file" (it stays the user's choice).
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(pdf_file))
        self.printed = False
        self.dialog = QPrintDialog(self.printer, parent)
        self.dialog.setWindowTitle(translate("ExportDialog", "Print the approval certificate"))
        self.dialog.accepted.connect(self._print)
        self.dialog.finished.connect(lambda _r: self.deleteLater())

    def open(self) -> None:
        """Show the print dialog (window-modal, like every dialog of the desk)."""
        # QPrintDialog overloads open(receiver, member); the plain QDialog.open is the one meant.
        QDialog.open(self.dialog)

    def _print(self) -> None:
        self.document.print_(self.printer)
        self.printed = True
        log.info("certificate printed (%s)", self.printer.outputFileName() or self.printer.printerName())
