"""File → Add clips…: files, folders and .zip packages into the library, with progress and results.

The same ingest as ``reviewer ingest`` (``IngestService.ingest``), run on a worker thread so the
desk keeps playing; the person at the desk is recorded as having added the clips. A progress bar
follows the bytes read; every clip or rejected item gets a line in the desk's language
(ingested, new version, already in the library, rejected and why). The captions, post text and
metadata that came with a clip follow its line, one line each ("Attached", with what the file
is), and then the clip's warnings, which name the file they are about. Dropping files on the queue,
or starting the desk with ``reviewer PACKAGE.zip``, opens the same dialog with those paths.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ReviewerError
from reviewer.ui import theme
from reviewer.ui.core_text import core_message
from reviewer.ui.i18n import fill

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

FILE_FILTER_EXTS = "*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.mxf *.ts *.mts *.m2ts *.zip"


def result_name(result: str) -> str:
    """What happened to one item, in the UI language."""
    return {
        "ingested": translate("IngestDialog", "Added"),
        "new_version": translate("IngestDialog", "New version"),
        "duplicate": translate("IngestDialog", "Already in the library"),
        "rejected": translate("IngestDialog", "Rejected"),
        "attached": translate("IngestDialog", "Attached"),
    }.get(result, result)


def companion_text(path: str) -> str:
    """What a file that came with a clip is, and its name: "Captions (vi): clip.vi.srt"."""
    from reviewer.core.ingest import split_stem

    # A package member is shown as "usb.zip:pkg/clip.vi.srt": the clip's line above says where.
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    package, sep, member = name.partition(":")
    if sep and package.lower().endswith(".zip"):
        name = member
    _stem, language, role = split_stem(name)
    if role == "caption":
        kind = (
            fill(translate("IngestDialog", "Captions (%1)"), language)
            if language
            else translate("IngestDialog", "Captions")
        )
    elif role == "post":
        kind = translate("IngestDialog", "Post text")
    elif role == "meta":
        kind = translate("IngestDialog", "Metadata")
    else:
        return name
    return f"{kind}: {name}"


def warning_text(warning: str, fps: float | None = None) -> str:
    """An ingest warning in the desk's language (caption findings with the desk's timecode)."""
    from reviewer.ui.transcript_panel import describe_warning

    name, sep, _rest = warning.partition(": ")
    text = describe_warning(warning, fps)
    if text == warning:
        return warning
    return f"{name}: {text}" if sep else text


RESULT_COLOURS = {
    "ingested": theme.COVERED,
    "new_version": theme.ACCENT,
    "duplicate": theme.MUTED_TEXT,
    "rejected": theme.DANGER,
    "attached": theme.MUTED_TEXT,
}
# The order of the summary under the results.
SUMMARY_ORDER = ("ingested", "new_version", "attached", "duplicate", "rejected")


class IngestWorker(QThread):
    """Runs one ingest off the GUI thread.

    Signals:
        progressed(int, int, str): bytes done, bytes in all, the file being read.
        done(object): the list of IngestResult.
        failed(str): the ingest stopped (a full disk, the library unreachable).
    """

    progressed = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, ingest, paths: list[Path], actor: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ingest = ingest
        self._paths = list(paths)
        self._actor = actor

    def run(self) -> None:  # noqa: D102 - QThread API
        try:
            results = self._ingest.ingest(
                self._paths,
                progress=lambda d, t, label: self.progressed.emit(int(d), int(t), str(label)),
                actor=self._actor,
            )
        except ReviewerError as exc:
            self.failed.emit(exc.message)
            return
        except Exception as exc:  # reported to the user, logged with its traceback
            log.exception("ingest from the desk failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.done.emit(results)


class IngestDialog(QDialog):
    """Choose what to add, add it, see what happened to each item.

    ``services`` gives ``ingest``; ``actor`` is the person at the desk.

    Signals:
        ingested(object): the clip ids added or given a new version (list, in order).
    """

    ingested = Signal(object)

    def __init__(self, services, actor: str, paths: list[Path] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ingestDialog")
        self._services = services
        self._actor = actor
        self._paths: list[Path] = []
        self._worker: IngestWorker | None = None
        self.results: list = []
        self.file_dialog: QFileDialog | None = None

        self.heading = QLabel(objectName="clipTitle")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.heading.setWordWrap(True)
        self.paths_list = QListWidget()
        self.paths_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.paths_list.setMaximumHeight(110)
        self.files_button = QPushButton()
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.choose_folder)
        choose = QHBoxLayout()
        choose.addWidget(self.files_button)
        choose.addWidget(self.folder_button)
        choose.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.results_tree = QTreeWidget()
        self.results_tree.setColumnCount(3)
        self.results_tree.setRootIsDecorated(False)
        self.results_tree.setWordWrap(True)
        self.results_tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.results_tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.start_button = QPushButton(objectName="startIngest")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary_label, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.start_button)

        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addLayout(choose)
        lay.addWidget(self.paths_list)
        lay.addWidget(self.progress)
        lay.addWidget(self.progress_label)
        lay.addWidget(self.results_tree, 1)
        lay.addLayout(buttons)
        self.resize(760, 520)
        self.retranslate()
        if paths:
            self.add_paths(paths)
        self._update_buttons()

    # -- choosing ---------------------------------------------------------------------------
    def add_paths(self, paths) -> None:
        """Add files, folders or packages to what will be ingested."""
        for p in paths:
            p = Path(p)
            if p not in self._paths:
                self._paths.append(p)
                self.paths_list.addItem(str(p))
        self._update_buttons()

    def paths(self) -> list[Path]:
        """What will be ingested."""
        return list(self._paths)

    def choose_files(self) -> QFileDialog:
        """Clip files and .zip packages, from a file dialog."""
        dlg = QFileDialog(self, translate("IngestDialog", "Choose clips or .zip packages"))
        dlg.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dlg.setNameFilters(
            [
                fill(translate("IngestDialog", "Clips and packages (%1)"), FILE_FILTER_EXTS),
                translate("IngestDialog", "All files (*)"),
            ]
        )
        dlg.filesSelected.connect(self.add_paths)
        self._open_file_dialog(dlg)
        return dlg

    def choose_folder(self) -> QFileDialog:
        """A folder (searched with its subfolders), from a file dialog."""
        dlg = QFileDialog(self, translate("IngestDialog", "Choose a folder of clips"))
        dlg.setFileMode(QFileDialog.FileMode.Directory)
        dlg.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dlg.fileSelected.connect(lambda p: self.add_paths([p]))
        self._open_file_dialog(dlg)
        return dlg

    def _open_file_dialog(self, dlg: QFileDialog) -> None:
        if self.file_dialog is not None:
            self.file_dialog.deleteLater()
        self.file_dialog = dlg
        dlg.open()

    # -- ingesting --------------------------------------------------------------------------
    def start(self) -> bool:
        """Ingest the chosen paths on a worker thread; False if there is nothing to do or it runs."""
        if self._worker is not None or not self._paths:
            return False
        self.results = []
        self.results_tree.clear()
        self.progress.setValue(0)
        self.progress_label.setText(translate("IngestDialog", "Reading…"))
        worker = IngestWorker(self._services.ingest, self._paths, self._actor, self)
        worker.progressed.connect(self._progressed)
        worker.done.connect(self._done)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._worker_finished)
        self._worker = worker
        self._update_buttons()
        worker.start()
        return True

    def is_running(self) -> bool:
        """Whether an ingest runs now."""
        return self._worker is not None

    def _progressed(self, done: int, total: int, label: str) -> None:
        if total > 0:
            self.progress.setValue(min(1000, done * 1000 // total))
        loc = QLocale()
        self.progress_label.setText(
            fill(
                translate("IngestDialog", "%1 — %2 of %3 MB"),
                label,
                loc.toString(done / 1e6, "f", 1),
                loc.toString(total / 1e6, "f", 1),
            )
        )

    def _done(self, results) -> None:
        self.results = list(results)
        self.progress.setValue(1000)
        self.progress_label.setText(translate("IngestDialog", "Done."))
        warnings_due: list = []  # the last clip's warnings, written once its attached files are listed
        for r in self.results:
            if r.result != "attached":
                self._add_warning_rows(warnings_due)
                warnings_due = []
            what = r.clip_id + (f" v{r.version}" if r.version else "") if r.clip_id else ""
            if r.result == "attached":
                detail = companion_text(r.path)
            else:
                detail = core_message(r.reason) if r.reason else r.path
            item = QTreeWidgetItem([result_name(r.result), what, detail])
            item.setForeground(0, RESULT_COLOURS.get(r.result, theme.TEXT))
            if r.result == "attached":
                # Quieter than its clip: the clip is what the director reviews.
                item.setForeground(1, theme.MUTED_TEXT)
                item.setForeground(2, theme.MUTED_TEXT)
            item.setToolTip(2, "\n".join([r.path, *(r.warnings or [])]))
            self.results_tree.addTopLevelItem(item)
            if r.warnings and r.result != "attached":
                # An attached file's own warnings are among its clip's too, naming the file.
                warnings_due = [(r, w) for w in r.warnings]
        self._add_warning_rows(warnings_due)
        counts: dict[str, int] = {}
        for r in self.results:
            counts[r.result] = counts.get(r.result, 0) + 1
        order = [k for k in SUMMARY_ORDER if k in counts] + [k for k in counts if k not in SUMMARY_ORDER]
        parts = [fill(translate("IngestDialog", "%1: %2"), result_name(k), counts[k]) for k in order]
        self.summary_label.setText(" · ".join(parts) if parts else translate("IngestDialog", "Nothing to add."))
        added = [r.clip_id for r in self.results if r.result in ("ingested", "new_version") and r.clip_id]
        self._paths = []
        self.paths_list.clear()
        if added:
            self.ingested.emit(added)

    def _add_warning_rows(self, due: list) -> None:
        if not due:
            return
        fps = self._fps_of(due[0][0].clip_id, due[0][0].version)
        for _r, w in due:
            sub = QTreeWidgetItem(["", "", "⚠ " + warning_text(w, fps)])
            sub.setForeground(2, theme.WARNING)
            sub.setToolTip(2, sub.text(2))  # a long finding is cut at the column's edge
            self.results_tree.addTopLevelItem(sub)

    def _fps_of(self, clip_id: str | None, version: int | None) -> float | None:
        if not clip_id:
            return None
        try:
            return self._services.library.version(clip_id, version).fps or None
        except ReviewerError:
            return None

    def _failed(self, message: str) -> None:
        text = core_message(message)
        self.progress_label.setText(fill(translate("IngestDialog", "Stopped: %1"), text))
        self.progress_label.setStyleSheet(f"color: {theme.DANGER.name()}; font-weight: 600;")
        self.summary_label.setText(text)

    def _worker_finished(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.deleteLater()
        self._update_buttons()

    def wait_done(self, ms: int = 60_000) -> bool:
        """Block until the worker finished (for closing and tests)."""
        return self._worker.wait(ms) if self._worker is not None else True

    def _update_buttons(self) -> None:
        running = self._worker is not None
        self.start_button.setEnabled(bool(self._paths) and not running)
        self.files_button.setEnabled(not running)
        self.folder_button.setEnabled(not running)
        self.close_button.setEnabled(not running)

    def reject(self) -> None:  # noqa: D102 - Qt API
        if self._worker is not None:
            return  # the ingest finishes first: nothing is left half-added
        super().reject()

    def closeEvent(self, event) -> None:
        """Closing waits for a running ingest (it is short and must not be cut)."""
        if self._worker is not None:
            event.ignore()
            return
        super().closeEvent(event)

    # -- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts in the UI language."""
        self.setWindowTitle(translate("IngestDialog", "Add clips"))
        self.heading.setText(
            translate(
                "IngestDialog",
                "Add clips from files, folders or .zip packages (a USB stick). "
                "Captions, post text and metadata beside a clip come with it.",
            )
        )
        self.files_button.setText(translate("IngestDialog", "Files or packages…"))
        self.folder_button.setText(translate("IngestDialog", "Folder…"))
        self.results_tree.setHeaderLabels(
            [
                translate("IngestDialog", "Result"),
                translate("IngestDialog", "Clip"),
                translate("IngestDialog", "File or reason"),
            ]
        )
        self.start_button.setText(translate("IngestDialog", "Add to the library"))
        self.close_button.setText(translate("IngestDialog", "Close"))

    def changeEvent(self, event) -> None:
        """Follow language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
