"""The sign-off part of the desk: checklist, decision bar and history, wired to the window.

Built by the window itself (always: the desk is a sign-off desk). The checklist and the history
are side tabs; the decision bar sits under the tabs and is always visible. The person at the desk
(:class:`reviewer.ui.identity.DeskIdentity`) answers, decides and signs; a switch of person
reloads every panel. The window's shortcut table routes Ctrl+Shift+C / A / R / H here.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from reviewer.ui import messages
from reviewer.ui.checklist_panel import ChecklistPanel
from reviewer.ui.decision_panel import DecisionPanel
from reviewer.ui.history_panel import HistoryPanel
from reviewer.ui.i18n import fill
from reviewer.ui.signoff_text import record_kind_name

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


def nobody_text(identity) -> str:
    """Why nothing can be answered or signed while nobody is at the desk."""
    if identity.nobody_enrolled():
        return translate(
            "SignoffDesk", "No one is enrolled: set up the station first (status bar → No one is enrolled)."
        )
    return translate("SignoffDesk", "Choose who is at the desk first (status bar → Who is at the desk?).")


class SignoffDesk(QObject):
    """Checklist, decision and history panels for the clip under review and the person at the desk.

    ``window`` is the MainWindow (its ``playback`` controller reports coverage), ``services`` the
    desk's services, ``identity`` the person at the desk.

    Signals:
        signed(object): a decision or revocation was signed (:class:`SignResult`).
    """

    signed = Signal(object)

    def __init__(self, window, services, identity) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.identity = identity
        principal = identity.principal
        self.checklist_panel = ChecklistPanel(services.signoff, principal)
        self.decision_panel = DecisionPanel(
            services.signoff,
            services.verifier,
            principal,
            coverage=window.coverage_intervals,
            save_coverage=window.save_coverage,
            current_version=window.current_version,
        )
        self.history_panel = HistoryPanel(services.signoff, services.verifier)
        self.review_page = self.checklist_panel  # the side tab that holds the checklist

        self.checklist_panel.state_changed.connect(self.decision_panel.set_checklist_state)
        self.checklist_panel.state_changed.connect(lambda _s: self.update_titles())
        self.checklist_panel.answer_saved.connect(lambda _i, _r: self.history_panel.mark_changed())
        self.decision_panel.signed.connect(self._signed)
        self.decision_panel.dialog_opened.connect(
            lambda dialog: dialog.finished.connect(lambda _r: window.take_keys_back())
        )
        window.clip_changed.connect(self.set_clip)
        window.coverage_changed.connect(self.decision_panel.set_coverage_fraction)
        identity.changed.connect(lambda _p: self.set_person())
        self.set_person()

    # -- following the window ---------------------------------------------------------------
    def set_clip(self, clip_id: str, version: int) -> None:
        """A clip version is under review now ("" = none)."""
        self.checklist_panel.set_clip(clip_id, version)
        self.decision_panel.set_clip(clip_id, version)
        self.history_panel.set_clip(clip_id)
        self.update_titles()

    def set_person(self) -> None:
        """The person at the desk changed: their answers, their coverage, their signature."""
        principal = self.identity.principal
        why = nobody_text(self.identity) if principal is None else ""
        self.checklist_panel.set_principal(principal, why)
        self.decision_panel.set_principal(principal, why)
        self.update_titles()

    def _signed(self, result) -> None:
        so = result.signoff
        self.history_panel.mark_changed()
        try:
            self.window.refresh_clip(so.clip_id)  # status badge, queue row, counts
        except Exception:  # the signature is stored; a stale header must not hide that
            log.exception("refreshing the clip after signing failed")
        for warning in result.warnings:
            messages.warning(warning)
        messages.info(
            fill(
                translate("SignoffDesk", "Signed: %1 of %2 (version %3)."),
                record_kind_name(so.kind),
                so.clip_id,
                so.version,
            )
        )
        self.signed.emit(result)

    # -- commands ---------------------------------------------------------------------------
    def focus_checklist(self) -> None:
        """Show the checklist and put the keyboard on its first unanswered item."""
        self.window.show_side_panel(self.checklist_panel)
        self.checklist_panel.focus_first_open()

    def approve(self) -> None:
        """Approve & sign: the dialog when allowed, else a short note near the bar saying why."""
        if self.decision_panel.approve_button.isEnabled():
            self.decision_panel.approve()
        else:
            self.decision_panel.refresh()
            if self.decision_panel.approve_button.isEnabled():
                self.decision_panel.approve()
            else:
                self.decision_panel.explain_blocked("approve")

    def focus_reason(self) -> None:
        """Keyboard to the reason field (request changes, reject, revoke)."""
        self.decision_panel.reason_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_history(self) -> None:
        """Bring the History tab to the front."""
        self.window.show_side_panel(self.history_panel)

    # -- titles -----------------------------------------------------------------------------
    def checklist_title(self) -> str:
        """The tab title: "Checklist 3/15"."""
        state = self.checklist_panel.state()
        if state is None:
            return translate("SignoffDesk", "Checklist")
        done, total = state.progress
        return fill(translate("SignoffDesk", "Checklist %1/%2"), done, total)

    def update_titles(self) -> None:
        """Tab titles in the UI language."""
        self.window.set_side_panel_title(self.checklist_panel, self.checklist_title())
        self.window.set_side_panel_title(self.history_panel, translate("SignoffDesk", "History"))

    def retranslate(self) -> None:
        """Tab titles, and why nobody can answer, in the UI language (the panels follow language
        switches on their own)."""
        if self.identity.principal is None:
            self.set_person()
        else:
            self.update_titles()


__all__ = ["SignoffDesk", "nobody_text"]
