"""Puts the sign-off panels into the review desk through the window's public hooks.

:func:`install_signoff` is called once by ``create_desk`` after the window is built. It adds two
side tabs — "Checklist" (checklist above, decision below) and "History" — follows the window's
``clip_changed`` and ``coverage_changed`` signals, adds the sign-off commands to the Review menu
with their keys and lists them in Help → Keyboard shortcuts, and keeps tab titles and menu texts
in the UI language. It uses only the hooks the window documents (``add_side_panel``,
``set_side_panel_title``, ``show_side_panel``, ``current_clip``, ``current_version``,
``coverage_intervals``, ``save_coverage``, ``refresh_clip``, ``review_menu``,
``add_shortcut_specs``), never its private parts.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter

from reviewer.ui import messages
from reviewer.ui.checklist_panel import ChecklistPanel
from reviewer.ui.decision_panel import DecisionPanel
from reviewer.ui.history_panel import HistoryPanel
from reviewer.ui.i18n import fill
from reviewer.ui.shortcuts import ShortcutSpec
from reviewer.ui.signoff_text import decision_name, record_kind_name

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

SHORTCUTS = {
    "checklist": "Ctrl+Shift+C",
    "approve": "Ctrl+Shift+A",
    "reason": "Ctrl+Shift+R",
    "history": "Ctrl+Shift+H",
}


class SignoffDesk(QObject):
    """The sign-off part of the desk: checklist, decision and history panels wired to the window."""

    def __init__(self, window, services) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.checklist_panel = ChecklistPanel(services.signoff, services.person)
        self.decision_panel = DecisionPanel(
            services.signoff,
            services.verifier,
            services.person,
            coverage=window.coverage_intervals,
            save_coverage=window.save_coverage,
            current_version=window.current_version,
        )
        self.history_panel = HistoryPanel(services.signoff, services.verifier)

        # Checklist on top (it grows), the decision under it: both visible while answering.
        self.review_page = QSplitter(Qt.Orientation.Vertical)
        self.review_page.setObjectName("signoffPage")
        self.review_page.setChildrenCollapsible(False)
        self.review_page.addWidget(self.checklist_panel)
        # Scrolled, so a long list of reasons never forces the window taller than the screen.
        self.decision_scroll = QScrollArea()
        self.decision_scroll.setWidgetResizable(True)
        self.decision_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.decision_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.decision_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.decision_scroll.setWidget(self.decision_panel)
        self.review_page.addWidget(self.decision_scroll)
        self.review_page.setStretchFactor(0, 3)
        self.review_page.setStretchFactor(1, 2)
        self._placed = False
        self.review_page.installEventFilter(self)

        window.add_side_panel(self.review_page, self._review_title())
        window.add_side_panel(self.history_panel, translate("SignoffDesk", "History"))

        self.checklist_panel.state_changed.connect(self.decision_panel.set_checklist_state)
        self.checklist_panel.state_changed.connect(lambda _s: self._update_titles())
        self.checklist_panel.answer_saved.connect(lambda _i, _r: self.history_panel.mark_changed())
        self.decision_panel.signed.connect(self._signed)
        window.clip_changed.connect(self.set_clip)
        window.coverage_changed.connect(self.decision_panel.set_coverage_fraction)

        self.actions: dict[str, QAction] = {}
        handlers = {
            "checklist": self.focus_checklist,
            "approve": self.approve,
            "reason": self.focus_reason,
            "history": self.show_history,
        }
        menu = getattr(window, "review_menu", None)
        if menu is not None:
            menu.addSeparator()
        for name, keys in SHORTCUTS.items():
            action = QAction(window)
            action.setObjectName(f"signoff_{name}")
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handlers[name])
            window.addAction(action)
            if menu is not None:
                menu.addAction(action)
            self.actions[name] = action
        add_specs = getattr(window, "add_shortcut_specs", None)
        if add_specs is not None:
            add_specs(self.shortcut_specs)
        self.retranslate()

        clip, version = window.current_clip(), window.current_version()
        if clip is not None and version is not None:
            self.set_clip(clip.id, version.number)

    # -- following the window ---------------------------------------------------------------
    def set_clip(self, clip_id: str, version: int) -> None:
        """A clip version is under review now ("" = none)."""
        self.checklist_panel.set_clip(clip_id, version)
        self.decision_panel.set_clip(clip_id, version)
        self.history_panel.set_clip(clip_id)
        self._update_titles()

    def _signed(self, result) -> None:
        so = result.signoff
        self.history_panel.mark_changed()
        try:
            self.window.refresh_clip(so.clip_id)  # status badge, queue row, counts
        except Exception:  # noqa: BLE001 - the signature is stored; a stale header must not hide that
            log.exception("refreshing the clip after signing failed")
        text = fill(translate("SignoffDesk", "Signed: %1 of %2 (version %3)."),
                    record_kind_name(so.kind), so.clip_id, so.version)
        for warning in result.warnings:
            messages.warning(warning)
        messages.info(text)

    # -- commands ---------------------------------------------------------------------------
    def focus_checklist(self) -> None:
        """Show the checklist and put the keyboard on its first unanswered item."""
        self.window.show_side_panel(self.review_page)
        self.checklist_panel.focus_first_open()

    def approve(self) -> None:
        """Approve & sign (the button's rules apply: disabled with reasons, dialog otherwise)."""
        self.window.show_side_panel(self.review_page)
        if self.decision_panel.approve_button.isEnabled():
            self.decision_panel.approve()
        else:
            self.decision_panel.refresh()

    def focus_reason(self) -> None:
        """Keyboard to the reason field (request changes, reject, revoke)."""
        self.window.show_side_panel(self.review_page)
        self.decision_panel.reason_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_history(self) -> None:
        """Bring the History tab to the front."""
        self.window.show_side_panel(self.history_panel)

    # -- language ---------------------------------------------------------------------------
    def _review_title(self) -> str:
        state = self.checklist_panel.state()
        if state is None:
            return translate("SignoffDesk", "Checklist")
        done, total = state.progress
        return fill(translate("SignoffDesk", "Checklist %1/%2"), done, total)

    def _update_titles(self) -> None:
        self.window.set_side_panel_title(self.review_page, self._review_title())
        self.window.set_side_panel_title(self.history_panel, translate("SignoffDesk", "History"))

    @staticmethod
    def _command_texts() -> dict[str, str]:
        return {
            "checklist": translate("SignoffDesk", "Checklist: first open item"),
            "approve": fill(translate("SignoffDesk", "%1 and sign…"), decision_name("approve")),
            "reason": translate("SignoffDesk", "Write the reason (request changes, reject, revoke)"),
            "history": translate("SignoffDesk", "History of the clip"),
        }

    def shortcut_specs(self) -> list[ShortcutSpec]:
        """The sign-off commands for Help → Keyboard shortcuts, in the UI language, with the
        keys their actions really have (command = the action's object name)."""
        group = translate("SignoffDesk", "Sign-off")
        texts = self._command_texts()
        return [
            ShortcutSpec(action.objectName(),
                         tuple(seq.toString(QKeySequence.SequenceFormat.PortableText) for seq in action.shortcuts()),
                         group, texts[name])
            for name, action in self.actions.items()
        ]

    def retranslate(self) -> None:
        """Tab titles and commands in the UI language (the panels follow on their own)."""
        self._update_titles()
        texts = self._command_texts()
        for name, action in self.actions.items():
            action.setText(texts[name])
            action.setToolTip(f"{texts[name]} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Retitle the tabs on LanguageChange; share the page out when it is first shown."""
        if obj is self.review_page:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Show and not self._placed:
                self._placed = True
                QTimer.singleShot(0, self._place_splitter)
        return False

    def _place_splitter(self) -> None:
        # The checklist is where the work is: it gets the room, the decision what it needs
        # (at most 42 %; it scrolls beyond). The user's own split is kept after that.
        total = self.review_page.height()
        if total <= 0:
            return
        wanted = self.decision_panel.sizeHint().height() + 16
        decision = max(min(wanted, int(total * 0.42)), min(total // 3, 150))
        self.review_page.setSizes([total - decision, decision])


def install_signoff(window, services) -> SignoffDesk:
    """Add the checklist, decision and history panels to ``window`` (a MainWindow); returns them."""
    # Parented to the window: Qt (and shiboken's reference) keep it alive as long as the window.
    return SignoffDesk(window, services)


__all__ = ["SHORTCUTS", "SignoffDesk", "install_signoff"]
