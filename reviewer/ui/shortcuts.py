"""The desk's keyboard map (one table) and the Help → Shortcuts dialog that lists it.

Every command of the desk, the sign-off ones included, is one entry of :func:`shortcut_table`:
the window makes one action per entry, the menus and the dialog list them from here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.ui.qt_items import top_level_items

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ShortcutSpec:
    """One command: its id (the action's object name), keys, group and description."""

    command: str
    keys: tuple[str, ...]
    group: str
    label: str


def shortcut_table() -> list[ShortcutSpec]:
    """Every keyboard command of the desk, translated now (call again after a language switch).

    The one table: the window makes one action per entry (its object name is ``command``), the
    menus and Help → Keyboard shortcuts list them from here.
    """
    play = translate("Shortcuts", "Playback")
    nav = translate("Shortcuts", "Moving in the clip")
    sound = translate("Shortcuts", "Speed and sound")
    view = translate("Shortcuts", "View")
    review = translate("Shortcuts", "Review")
    signoff = translate("Shortcuts", "Sign-off")
    queue = translate("Shortcuts", "Queue")
    files = translate("Shortcuts", "Files")
    return [
        ShortcutSpec("play_pause", ("Space",), play, translate("Shortcuts", "Play at normal speed / pause")),
        ShortcutSpec("pause", ("K",), play, translate("Shortcuts", "Stop (always pauses, shuttles too)")),
        ShortcutSpec("shuttle_back", ("J",), play, translate("Shortcuts", "Shuttle backward (press again: faster)")),
        ShortcutSpec("shuttle_forward", ("L",), play, translate("Shortcuts", "Shuttle forward (press again: faster)")),
        ShortcutSpec("play_unwatched", ("U",), play, translate("Shortcuts", "Play the parts not yet watched")),
        ShortcutSpec("loop", ("Ctrl+L",), play, translate("Shortcuts", "Loop the clip on/off")),
        ShortcutSpec("back_5s", ("Left",), nav, translate("Shortcuts", "Back 5 seconds")),
        ShortcutSpec("forward_5s", ("Right",), nav, translate("Shortcuts", "Forward 5 seconds")),
        ShortcutSpec("back_1s", ("Shift+Left",), nav, translate("Shortcuts", "Back 1 second")),
        ShortcutSpec("forward_1s", ("Shift+Right",), nav, translate("Shortcuts", "Forward 1 second")),
        ShortcutSpec("frame_back", (",",), nav, translate("Shortcuts", "One frame back")),
        ShortcutSpec("frame_forward", (".",), nav, translate("Shortcuts", "One frame forward")),
        ShortcutSpec("go_start", ("Home",), nav, translate("Shortcuts", "Go to the start")),
        ShortcutSpec("go_end", ("End",), nav, translate("Shortcuts", "Go to the end")),
        ShortcutSpec("slower", ("[",), sound, translate("Shortcuts", "Slower (down to 0.5×)")),
        ShortcutSpec("faster", ("]",), sound, translate("Shortcuts", "Faster (up to 2×)")),
        ShortcutSpec("normal_speed", ("\\",), sound, translate("Shortcuts", "Normal speed (1×)")),
        ShortcutSpec("volume_down", ("-",), sound, translate("Shortcuts", "Volume down")),
        ShortcutSpec("volume_up", ("=", "+"), sound, translate("Shortcuts", "Volume up")),
        ShortcutSpec("mute", ("M",), sound, translate("Shortcuts", "Mute on/off")),
        ShortcutSpec("fullscreen", ("F", "F11"), view, translate("Shortcuts", "Full screen on/off (Esc leaves)")),
        ShortcutSpec("subtitles", ("C",), view, translate("Shortcuts", "Captions over the video on/off")),
        ShortcutSpec("captions_top", ("Shift+C",), view, translate("Shortcuts", "Captions at the top of the picture")),
        ShortcutSpec("add_note", ("N",), review, translate("Shortcuts", "Add a note at the current time")),
        ShortcutSpec("switch_person", ("Ctrl+Shift+P",), review, translate("Shortcuts", "Who is at the desk…")),
        ShortcutSpec("checklist", ("Ctrl+Shift+C",), signoff, translate("Shortcuts", "Checklist: first open item")),
        ShortcutSpec("approve", ("Ctrl+Shift+A",), signoff, translate("Shortcuts", "Approve and sign…")),
        ShortcutSpec(
            "reason",
            ("Ctrl+Shift+R",),
            signoff,
            translate("Shortcuts", "Write the reason (request changes, reject, revoke)"),
        ),
        ShortcutSpec("history", ("Ctrl+Shift+H",), signoff, translate("Shortcuts", "History of the clip")),
        ShortcutSpec(
            "next_clip", ("Ctrl+Down", "Ctrl+PgDown"), queue, translate("Shortcuts", "Next clip in the queue")
        ),
        ShortcutSpec(
            "previous_clip", ("Ctrl+Up", "Ctrl+PgUp"), queue, translate("Shortcuts", "Previous clip in the queue")
        ),
        ShortcutSpec("focus_search", ("Ctrl+F",), queue, translate("Shortcuts", "Search the queue")),
        ShortcutSpec(
            "focus_queue", ("Ctrl+1",), queue, translate("Shortcuts", "Back to the queue list (↑/↓ choose a clip)")
        ),
        ShortcutSpec("add_clips", ("Ctrl+O",), files, translate("Shortcuts", "Add clips (files, folders, .zip)…")),
        ShortcutSpec("export_package", ("Ctrl+E",), files, translate("Shortcuts", "Export the approval package…")),
        ShortcutSpec(
            "print_certificate", ("Ctrl+P",), files, translate("Shortcuts", "Print the approval certificate…")
        ),
    ]


def key_text(keys: tuple[str, ...]) -> str:
    """Keys as the user's platform writes them, e.g. ``Space, K``."""
    return ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


def is_typing_widget(widget: QWidget | None) -> bool:
    """Whether ``widget`` takes typed text (editable line/text edit, spin box, editable combo)."""
    if widget is None:
        return False
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return not widget.isReadOnly()
    if isinstance(widget, QAbstractSpinBox):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return False


class ShortcutGuard(QObject):
    """Application event filter deciding who gets a key that is also a desk shortcut.

    While the user types in a text field, plain keys (letters, Space, arrows, Home/End...) belong to
    the field; combinations with Ctrl or Alt stay desk commands. Everywhere else (queue, buttons,
    read-only text) the desk's shortcuts win over the focused widget's own use of the key.
    Esc in a text field of the desk's window leaves it: ``leave_field(widget)`` gives the keys
    back to the player (fields with the property ``escapeHandled`` handle Esc themselves).
    """

    def __init__(
        self,
        shortcut_keys: set[int],
        parent: QObject | None = None,
        leave_field: Callable[[QWidget], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._keys = shortcut_keys  # QKeyCombination.toCombined() values
        self._leave_field = leave_field

    def set_keys(self, keys: set[int]) -> None:
        """Replace the key set (after the table changed)."""
        self._keys = keys

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Accept ShortcutOverride for typing widgets; take it away from the others; Esc leaves fields."""
        if not isinstance(event, QKeyEvent):  # KeyPress and ShortcutOverride are key events
            return False
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape and self._leave_field:
            focus = QApplication.focusWidget()
            if (
                obj is focus
                and is_typing_widget(focus)
                and not focus.property("escapeHandled")
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            ):
                return bool(self._leave_field(focus))
            return False
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        combined = event.keyCombination().toCombined()
        if combined not in self._keys:
            return False
        focus = QApplication.focusWidget()
        if obj is not focus:
            return False
        mods = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
        )
        if is_typing_widget(focus) and not mods:
            event.accept()  # the key types into the field
            return True
        # Returning True without accepting: the widget never claims the key, the shortcut fires.
        return True


ShortcutSpecs = Callable[[], Iterable[ShortcutSpec]]
"""Returns commands to list, translated in the current language (called on every refill)."""


class ShortcutsDialog(QDialog):
    """Help → Shortcuts: every command with its keys, grouped.

    ``specs`` gives the commands to list (default: :func:`shortcut_table`); it is called again on
    every language switch and :meth:`retranslate`, so it returns texts in the current language.
    """

    def __init__(self, parent: QWidget | None = None, specs: ShortcutSpecs | None = None) -> None:
        super().__init__(parent)
        self._specs: ShortcutSpecs = specs or shortcut_table
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.note = QLabel(objectName="clipMeta")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.note.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.note)
        lay.addLayout(row)
        self.resize(620, 700)
        self.retranslate()

    def retranslate(self) -> None:
        """Fill the table in the current language (also after commands were added)."""
        self.setWindowTitle(translate("Shortcuts", "Keyboard shortcuts"))
        self.tree.setHeaderLabels([translate("Shortcuts", "Keys"), translate("Shortcuts", "Command")])
        self.note.setText(
            translate(
                "Shortcuts", "The keys work wherever the keyboard focus is, except while you type in a text field."
            )
        )
        self.close_button.setText(translate("Shortcuts", "Close"))
        self.tree.clear()
        group = None
        for spec in self._specs():
            if spec.group != group:
                group = spec.group
                header = QTreeWidgetItem([group, ""])
                font = header.font(0)
                font.setBold(True)
                header.setFont(0, font)
                header.setFirstColumnSpanned(False)
                self.tree.addTopLevelItem(header)
            item = QTreeWidgetItem([key_text(spec.keys), spec.label])
            item.setData(0, Qt.ItemDataRole.UserRole, spec.command)
            self.tree.addTopLevelItem(item)

    def commands(self) -> list[str]:
        """Command ids listed (tests check the dialog is complete)."""
        out = []
        for item in top_level_items(self.tree):
            cmd = item.data(0, Qt.ItemDataRole.UserRole)
            if cmd:
                out.append(cmd)
        return out

    def changeEvent(self, event) -> None:
        """Follow language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
