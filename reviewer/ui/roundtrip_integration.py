"""Puts the round trip with the editors into the desk through the window's public hooks.

:func:`install_roundtrip` is called once after the window is built (``reviewer.ui.desk``). It adds
the "Changes" side tab (what this version changed since the one before: captions and post text at
once, pictures and sound compared in the background), marks the changed segments on the seek
bar, opens the A/B compare window (key B), makes the notes panel's edit / reply / resolve buttons
work (every change audited by the library), and adds Review → "Send change request…" (the
package for the editor). Hooks used: ``add_side_panel``, ``set_side_panel_title``,
``show_side_panel``, ``clip_changed``, ``current_detail``, ``current_version``, ``seek``,
``refresh_notes``, ``review_menu``, ``add_shortcut_specs``, ``notes_panel``, ``transport``,
``player``.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from reviewer.errors import ReviewerError
from reviewer.ui import messages
from reviewer.ui.changes_panel import ChangesPanel
from reviewer.ui.i18n import fill
from reviewer.ui.shortcuts import ShortcutSpec

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

SHORTCUTS = {
    "compare": "B",
    "changes": "Ctrl+Shift+D",
    "change_request": "Ctrl+Shift+E",
}


class NoteTextDialog(QDialog):
    """Edit a note's text or write its reply line (multi-line; Ctrl+Enter saves)."""

    def __init__(self, title: str, label: str, text: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(460)
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        self.edit = QPlainTextEdit(text)
        self.edit.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #e05252")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("RoundTrip", "Save (Ctrl+Enter)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("RoundTrip", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        from PySide6.QtGui import QShortcut

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)  # type: ignore[call-overload]  # stubs omit signals as keywords
        lay = QVBoxLayout(self)
        lay.addWidget(self.label)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.edit.setFocus()

    def text(self) -> str:
        """The text typed."""
        return self.edit.toPlainText()


class RoundTripDesk(QObject):
    """The round-trip part of the desk (see the module docstring).

    Signals:
        media_compared(str, object): the background comparison of a version pair finished
            (pair key, list of segments, or the ReviewerError that stopped it). Emitted from the
            worker thread, delivered on the GUI thread.
        diff_shown(str, int): the Changes tab shows the diff of (clip id, version).
    """

    media_compared = Signal(str, object)
    diff_shown = Signal(str, int)

    def __init__(self, window, services, *, player_factory=None) -> None:
        super().__init__(window)
        from reviewer.core.diff import DiffService
        from reviewer.storage.notes import NotesRepository

        def compare(old: Path, new: Path) -> list[dict]:
            # numpy and the decoder come in with the first comparison, not at desk start-up.
            from reviewer.media.compare import compare_media

            return [s.to_json() for s in compare_media(old, new)]

        self.window = window
        self.services = services
        self.notes = NotesRepository(services.library)
        self.diffs = DiffService(library=services.library, notes=self.notes, home=services.home, compare_media=compare)
        self.player_factory = player_factory
        self.panel = ChangesPanel()
        self.compare_window = None
        self._pair: tuple[str, int, int] | None = None  # (clip id, from, to) shown
        self._pending: set[str] = set()
        self._segments: dict[str, list[dict]] = {}

        window.add_side_panel(self.panel, self._title())
        self.panel.seek_requested.connect(self._seek)
        self.panel.compare_requested.connect(self.open_compare)
        self.panel.resolved_toggled.connect(self.set_resolved)
        self.media_compared.connect(self._media_compared, Qt.ConnectionType.QueuedConnection)
        window.clip_changed.connect(self.set_clip)
        notes_panel = window.notes_panel
        notes_panel.edit_requested.connect(self.edit_note)
        notes_panel.reply_requested.connect(self.reply_note)
        notes_panel.resolved_toggled.connect(self.set_resolved)

        self.actions: dict[str, QAction] = {}
        handlers = {
            "compare": self.open_compare,
            "changes": self.show_changes,
            "change_request": self.send_change_request,
        }
        menu = getattr(window, "review_menu", None)
        if menu is not None:
            menu.addSeparator()
        for name, keys in SHORTCUTS.items():
            action = QAction(window)
            action.setObjectName(f"roundtrip_{name}")
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _c=False, h=handlers[name]: h())
            window.addAction(action)
            if menu is not None:
                menu.addAction(action)
            self.actions[name] = action
        window.add_shortcut_specs(self.shortcut_specs)
        self.panel.installEventFilter(self)
        self.retranslate()
        clip, version = window.current_clip(), window.current_version()
        if clip is not None and version is not None:
            self.set_clip(clip.id, version.number)

    # -- following the window ---------------------------------------------------------------
    def set_clip(self, clip_id: str, version: int) -> None:
        """A clip version is under review: show what changed since the version before."""
        self._pair = None
        self.window.transport.seek_bar.set_changes([])
        detail = self.window.current_detail()
        if not clip_id or detail is None or detail.clip.id != clip_id or version <= 1:
            self.panel.show_diff(None, 25.0)
            self._update_title()
            return
        try:
            data = self.diffs.diff(clip_id, None, version, media=False)
            _detail, old, new = self.diffs.versions(clip_id, None, version)
        except ReviewerError as exc:
            log.warning("diff of %s v%s: %s", clip_id, version, exc)
            self.panel.show_diff(None, 25.0)
            self._update_title()
            return
        self._pair = (clip_id, old.number, new.number)
        self._old, self._new = old, new
        posts = (old.post_text.text if old.post_text else "", new.post_text.text if new.post_text else "")
        self.panel.show_diff(data, new.fps, posts)
        key = self._key(old, new)
        segments = data["media"]["changed_segments"]
        if segments is None:
            self.panel.set_media_state("running")
            self._compare_in_background(key, old, new)
        else:
            self._segments[key] = segments
            self._mark(segments)
        self._update_title()
        self.diff_shown.emit(clip_id, version)

    @staticmethod
    def _key(old, new) -> str:
        return f"{old.sha256}:{new.sha256}"

    def _compare_in_background(self, key: str, old, new) -> None:
        if key in self._pending:
            return
        self._pending.add(key)

        def work() -> None:
            try:
                result: object = self.diffs.segments(old, new)
            except ReviewerError as exc:
                result = exc
            except Exception as exc:  # a decoder crash must not take the desk down
                log.exception("comparing %s and %s failed", old.store_path, new.store_path)
                result = ReviewerError(f"{type(exc).__name__}: {exc}")
            try:
                self.media_compared.emit(key, result)
            except RuntimeError:  # the desk closed while comparing: nobody is left to tell
                log.debug("comparison of %s finished after the desk closed", key)

        # A daemon thread: closing the desk never waits for a minute of 1080p to decode.
        threading.Thread(target=work, name="compare-versions", daemon=True).start()

    def _media_compared(self, key: str, result: ReviewerError | list[dict]) -> None:
        self._pending.discard(key)
        if isinstance(result, ReviewerError):
            if self._pair and self._key(self._old, self._new) == key:
                self.panel.set_media_state("error", result.message)
            return
        self._segments[key] = list(result)
        if self._pair and self._key(self._old, self._new) == key:
            self.panel.set_segments(list(result))
            self._mark(list(result))
            self._update_title()
            if self.compare_window is not None:
                self.compare_window.set_segments(list(result))

    def _mark(self, segments: list[dict]) -> None:
        self.window.transport.seek_bar.set_changes([(s["start_ms"], s["end_ms"]) for s in segments])

    def _seek(self, ms: int) -> None:
        self.window.seek(ms)

    # -- notes ------------------------------------------------------------------------------
    def _after_note_change(self) -> None:
        self.window.refresh_notes()
        if self._pair is not None:
            clip_id, _old, new = self._pair
            self.set_clip(clip_id, new)

    def set_resolved(self, note_id: int, resolved: bool) -> None:
        """Mark a note resolved (đã xử lý) or open (chưa xử lý); audited by the library."""
        try:
            self.notes.set_resolved(note_id, self.services.person, resolved)
        except ReviewerError as exc:
            messages.report_exception(exc, "")
        self._after_note_change()

    def edit_note(self, note_id: int) -> NoteTextDialog | None:
        """Open the editor for a note's text (the old text stays in the audit trail)."""
        try:
            note = self.notes.note(note_id)
        except ReviewerError as exc:
            messages.report_exception(exc, "")
            return None
        dlg = NoteTextDialog(
            translate("RoundTrip", "Edit note"),
            translate("RoundTrip", "The earlier text stays in the audit trail."),
            note.text,
            self.window,
        )
        dlg.accepted.connect(
            lambda: self._store(dlg, lambda text: self.notes.edit(note_id, self.services.person, text))
        )
        dlg.open()
        return dlg

    def reply_note(self, note_id: int) -> NoteTextDialog | None:
        """Open the reply line of a note (empty clears it)."""
        try:
            note = self.notes.note(note_id)
        except ReviewerError as exc:
            messages.report_exception(exc, "")
            return None
        dlg = NoteTextDialog(
            translate("RoundTrip", "Reply to note"),
            fill(translate("RoundTrip", "Note: “%1”"), note.text),
            note.reply,
            self.window,
        )
        dlg.accepted.connect(
            lambda: self._store(dlg, lambda text: self.notes.reply(note_id, self.services.person, text))
        )
        dlg.open()
        return dlg

    def _store(self, dlg: NoteTextDialog, store) -> None:
        try:
            store(dlg.text())
        except ReviewerError as exc:
            messages.report_exception(exc, "")
            return
        self._after_note_change()
        self.window.statusBar().showMessage(translate("RoundTrip", "Note saved."), 3000)

    # -- compare mode -----------------------------------------------------------------------
    def open_compare(self):
        """B: the A/B compare window of this version and the one before (None without one)."""
        if self._pair is None:
            self.window.statusBar().showMessage(
                translate("RoundTrip", "This is the first version of the clip: nothing to compare with."), 4000
            )
            return None
        if self.compare_window is not None:
            self.compare_window.raise_()
            self.compare_window.activateWindow()
            return self.compare_window
        from reviewer.ui.compare_window import CompareWindow

        if self.player_factory is not None:
            player = self.player_factory()
        else:
            from reviewer.media.player import Player

            player = Player()
        window = self.window
        if window.player is not None and window.player.state() == "playing":
            window.player.pause()
        start = window.player.position_ms() if window.player is not None else 0
        segments = self._segments.get(self._key(self._old, self._new), [])
        dlg = CompareWindow(
            self.services,
            window.current_detail(),
            self._old,
            self._new,
            player,
            segments=segments,
            start_ms=max(0, start or 0),
            parent=window,
        )
        dlg.closed_at.connect(self._compare_closed)
        dlg.finished.connect(lambda _r: self._forget_compare(dlg))
        self.compare_window = dlg
        dlg.show()
        dlg.raise_()
        dlg.activateWindow()  # its keys (B, Space) work at once, with or without a window manager
        return dlg

    def _compare_closed(self, at_ms: int) -> None:
        # Back in the desk at the timecode the comparison ended on.
        self.window.seek(at_ms)

    def _forget_compare(self, dlg) -> None:
        if self.compare_window is dlg:
            self.compare_window = None
        dlg.deleteLater()

    def show_changes(self) -> None:
        """Ctrl+Shift+D: bring the Changes tab to the front."""
        self.window.show_side_panel(self.panel)

    # -- the change request -----------------------------------------------------------------
    def send_change_request(self, folder: Path | None = None):
        """Review → Send change request…: write the package for the editor (asks where)."""
        clip = self.window.current_clip()
        if clip is None:
            return None
        if folder is None:
            parent = QFileDialog.getExistingDirectory(
                self.window, translate("RoundTrip", "Where to put the change request")
            )
            if not parent:
                return None
            stamp = datetime.now().strftime("%Y%m%d-%H%M")
            folder = Path(parent) / f"yeu-cau-sua-{clip.id}-{stamp}"
        from reviewer.core.change_request import ChangeRequestExporter
        from reviewer.media.change_request_report import render_report
        from reviewer.media.stills import frame_still, start_timecode

        language = "en" if self.window.switcher.language == "en" else "vi"
        exporter = ChangeRequestExporter(
            signoff=self.services.signoff,
            verifier=self.services.verifier,
            render_report=render_report,
            still=frame_still,
            start_timecode=start_timecode,
        )
        try:
            result = exporter.export(clip.id, Path(folder), actor=self.services.person, language=language)
        except ReviewerError as exc:
            messages.report_exception(exc, translate("RoundTrip", "The change request was not written"))
            return None
        messages.info(
            fill(translate("RoundTrip", "Change request written to %1 (notes: %2)"), str(result.folder), result.notes)
        )
        signoff = getattr(self.window, "signoff", None)
        if signoff is not None:
            signoff.history_panel.mark_changed()
        return result

    # -- language ---------------------------------------------------------------------------
    def _title(self) -> str:
        n = self.panel.change_count() if self.panel.data() is not None else 0
        return (
            fill(translate("RoundTrip", "Changes (%1)"), n)
            if self.panel.data() is not None
            else translate("RoundTrip", "Changes")
        )

    def _update_title(self) -> None:
        self.window.set_side_panel_title(self.panel, self._title())

    @staticmethod
    def _command_texts() -> dict[str, str]:
        return {
            "compare": translate(
                "RoundTrip", "Compare with the earlier version: A/B at the same timecode (B again switches)"
            ),
            "changes": translate("RoundTrip", "Changes since the earlier version"),
            "change_request": translate("RoundTrip", "Send change request…"),
        }

    def shortcut_specs(self) -> list[ShortcutSpec]:
        """The round-trip commands for Help → Keyboard shortcuts (with the keys they really have)."""
        group = translate("RoundTrip", "Versions and changes")
        texts = self._command_texts()
        return [
            ShortcutSpec(
                a.objectName(),
                tuple(s.toString(QKeySequence.SequenceFormat.PortableText) for s in a.shortcuts()),
                group,
                texts[n],
            )
            for n, a in self.actions.items()
        ]

    def retranslate(self) -> None:
        """Menu texts and the tab title in the UI language."""
        texts = self._command_texts()
        for name, action in self.actions.items():
            action.setText(texts[name])
        self._update_title()

    def eventFilter(self, obj, event) -> bool:
        """Retitle on language switches."""
        if obj is self.panel and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install_roundtrip(window, services, *, player_factory=None) -> RoundTripDesk:
    """Add the Changes tab, compare mode and note actions to ``window`` (a MainWindow)."""
    return RoundTripDesk(window, services, player_factory=player_factory)


__all__ = ["SHORTCUTS", "NoteTextDialog", "RoundTripDesk", "install_roundtrip"]
