"""Puts publications and the "Hiệu quả" view into the review desk through its public hooks.

View → Effectiveness (Ctrl+Shift+I) opens :class:`EffectivenessView` in its own window; a
double-click on a clip there opens it in the desk. Review → Record publication (Ctrl+Shift+U)
records where the approved clip under review went out. Uses only ``view_menu``,
``review_menu``, ``current_clip``, ``load_clip``, ``clip_changed`` and ``add_shortcut_specs``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from reviewer.ui import messages
from reviewer.ui.i18n import fill
from reviewer.ui.shortcuts import ShortcutSpec

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

SHORTCUTS = {"effectiveness": "Ctrl+Shift+I", "publish": "Ctrl+Shift+U"}


class StatsDesk(QObject):
    """The statistics part of the desk: the effectiveness window and the publish dialog."""

    def __init__(self, window, services) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.view = None
        self.dialog = None
        self.actions: dict[str, QAction] = {}
        menus = {"effectiveness": getattr(window, "view_menu", None), "publish": getattr(window, "review_menu", None)}
        handlers = {"effectiveness": self.show_view, "publish": self.publish_current}
        for name, keys in SHORTCUTS.items():
            action = QAction(window)
            action.setObjectName(f"stats_{name}")
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handlers[name])
            window.addAction(action)
            menu = menus[name]
            if menu is not None:
                menu.addSeparator()
                menu.addAction(action)
            self.actions[name] = action
        add_specs = getattr(window, "add_shortcut_specs", None)
        if add_specs is not None:
            add_specs(self.shortcut_specs)
        clip_changed = getattr(window, "clip_changed", None)
        if clip_changed is not None:
            clip_changed.connect(lambda *_: self._update_publish())
        window.installEventFilter(self)
        self.retranslate()
        self._update_publish()

    def show_view(self):
        """Open (or raise) the effectiveness window, computed afresh."""
        from reviewer.ui.stats_view import EffectivenessView

        if self.view is None:
            self.view = EffectivenessView(self.services.stats)
            self.view.clip_activated.connect(self.open_clip)
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()
        self.view.refresh()
        return self.view

    def open_clip(self, clip_id: str) -> None:
        """Bring the desk forward on ``clip_id``."""
        if self.window.load_clip(clip_id):
            self.window.raise_()
            self.window.activateWindow()

    def _update_publish(self) -> None:
        clip = self.window.current_clip() if hasattr(self.window, "current_clip") else None
        self.actions["publish"].setEnabled(clip is not None and clip.status.value == "approved")

    def publish_current(self):
        """The publish dialog for the approved clip under review."""
        from reviewer.ui.publish_dialog import PublishDialog

        clip = self.window.current_clip()
        if clip is None:
            return None
        if clip.status.value != "approved":
            messages.warning(
                fill(translate("StatsDesk", "%1 is not approved: only an approved clip can be published."), clip.id)
            )
            return None
        self.dialog = PublishDialog(self.services.stats, clip.id, clip.title, clip.platform, self.window)
        self.dialog.published.connect(self._published)
        self.dialog.finished.connect(lambda _r: self.window.take_keys_back())
        self.dialog.open()
        return self.dialog

    def _published(self, result) -> None:
        p = result.publication
        text = (
            translate("StatsDesk", "Already recorded: %1 on %2.")
            if result.duplicate
            else translate("StatsDesk", "Publication recorded: %1 on %2.")
        )
        messages.info(fill(text, p.clip_id, p.platform))
        if self.view is not None and self.view.isVisible():
            self.view.refresh()

    def _texts(self) -> dict[str, str]:
        return {
            "effectiveness": translate("StatsDesk", "Effectiveness…"),
            "publish": translate("StatsDesk", "Record publication…"),
        }

    def shortcut_specs(self) -> list[ShortcutSpec]:
        """The commands for Help → Keyboard shortcuts."""
        group = translate("StatsDesk", "Publications and statistics")
        texts = self._texts()
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
        """Menu texts in the desk's language."""
        for name, text in self._texts().items():
            self.actions[name].setText(text)

    def eventFilter(self, obj, event) -> bool:
        """Re-word the statistics actions after a language switch."""
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install_stats(window, services) -> StatsDesk:
    """Add the effectiveness view and the publish command to ``window`` (a MainWindow)."""
    return StatsDesk(window, services)


__all__ = ["SHORTCUTS", "StatsDesk", "install_stats"]
