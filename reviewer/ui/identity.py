"""Who is at the desk: one of the enrolled people, chosen, remembered for this workstation.

The desk never uses the operating-system account as a reviewer. It opens as:

* the person remembered for this workstation (``desk_person`` in ``config.toml``) if they still
  have an active signing key;
* otherwise the only enrolled person, if there is exactly one;
* otherwise nobody yet: the desk asks who is there (several people) or says that no one is
  enrolled and offers the station set-up (:func:`start_station_setup`, the hook for the first-run
  wizard).

Every note, checklist answer and view session recorded from the desk carries this person's
principal; the desk shows their printed name. The person is switched from the status bar.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.model import Person
from reviewer.errors import ReviewerError
from reviewer.ui.i18n import fill

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


def start_station_setup(window, services, on_done: Callable[[], None] | None = None):
    """The first-run hook: open the station set-up (station key and first signer, or, with a
    station, the first signer) over ``window``; ``on_done()`` runs once someone was enrolled.
    Returns the dialog (window-modal, not blocking), or None when nothing needs setting up."""
    from reviewer.ui.first_run import FirstRunDialog, needs_first_run

    need = needs_first_run(services)
    if need is None:
        return None
    dialog = FirstRunDialog(services.station, need=need, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_done is not None:
        dialog.completed.connect(lambda _principal: on_done())
    dialog.open()
    return dialog


def person_text(person: Person | None) -> str:
    """``Nguyễn Văn An (Giám đốc)``: the printed name, with the title when there is one."""
    if person is None:
        return ""
    return f"{person.name} ({person.title})" if person.title else person.name


class DeskIdentity(QObject):
    """The person at the desk (None until chosen), from the enrolled people with an active key.

    ``signoff`` is the SignoffService (``list_keys``), ``settings`` the desk's Settings (the
    choice is remembered in ``desk_person``), ``save_settings`` writes them.

    Signals:
        changed(object): the person at the desk is now this :class:`Person` (or None).
    """

    changed = Signal(object)

    def __init__(
        self, signoff, settings, save_settings: Callable[[], None] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._signoff = signoff
        self._settings = settings
        self._save = save_settings
        self._people: list[Person] = []
        self._person: Person | None = None
        self.reload()

    # -- who may sit here ----------------------------------------------------------------------
    def reload(self) -> None:
        """Read the enrolled people again (after an enrolment or a retirement)."""
        people: dict[str, Person] = {}
        try:
            for person, key in self._signoff.list_keys():
                if person is not None and key.active:
                    people[person.principal] = person
        except ReviewerError as exc:
            log.warning("enrolled people: %s", exc)
        self._people = sorted(people.values(), key=lambda p: (p.role.value != "head", p.name, p.principal))
        if self._person is not None and self._person.principal not in people:
            # Their key was retired meanwhile: they cannot sit here any more.
            self._set(None, remember=False)
        elif self._person is not None:
            self._person = people[self._person.principal]

    def people(self) -> list[Person]:
        """Everyone enrolled with an active key, heads first, by name."""
        return list(self._people)

    def nobody_enrolled(self) -> bool:
        """True when no one at all can sit at the desk yet."""
        return not self._people

    def resolve(self) -> str:
        """Choose the opening person: "chosen", "ask" (several, none remembered) or "nobody"."""
        by_principal = {p.principal: p for p in self._people}
        remembered = self._settings.desk_person
        if remembered and remembered in by_principal:
            self._set(by_principal[remembered], remember=False)
            return "chosen"
        if len(self._people) == 1:
            self._set(self._people[0], remember=True)
            return "chosen"
        self._set(None, remember=False)
        return "nobody" if not self._people else "ask"

    # -- the person ------------------------------------------------------------------------------
    @property
    def person(self) -> Person | None:
        """Who is at the desk (None: nobody chosen)."""
        return self._person

    @property
    def principal(self) -> str | None:
        """Their principal, as recorded in the audit trail (None: nobody chosen)."""
        return self._person.principal if self._person else None

    def choose(self, principal: str) -> bool:
        """``principal`` sits at the desk now (remembered for this workstation); False if unknown."""
        for p in self._people:
            if p.principal == principal:
                self._set(p, remember=True)
                return True
        return False

    def name_of(self, principal: str) -> str:
        """The printed name of an enrolled person, else the principal as recorded."""
        for p in self._people:
            if p.principal == principal:
                return p.name
        try:
            person = self._signoff.repo.person(principal)
        except ReviewerError:
            person = None
        return person.name if person is not None else principal

    def _set(self, person: Person | None, *, remember: bool) -> None:
        changed = (person.principal if person else None) != self.principal
        self._person = person
        if remember and person is not None and self._settings.desk_person != person.principal:
            self._settings.desk_person = person.principal
            if self._save is not None:
                self._save()
        if changed:
            self.changed.emit(person)


class PersonChooser(QDialog):
    """The "Who is at the desk?" chooser: the enrolled people by printed name and title; Enter chooses.

    Signals:
        chosen(str): the principal chosen.
    """

    chosen = Signal(str)

    def __init__(self, identity: DeskIdentity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personChooser")
        self._identity = identity
        self.heading = QLabel(objectName="clipTitle")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.itemActivated.connect(lambda _i: self._accept())
        self.ok_button = QPushButton()
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._accept)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.list, 1)
        lay.addLayout(row)
        self.setMinimumWidth(420)
        self._fill()
        self.retranslate()

    def _fill(self) -> None:
        from reviewer.ui.signoff_text import role_name

        self.list.clear()
        current = self._identity.principal
        for p in self._identity.people():
            item = QListWidgetItem(f"{person_text(p)} — {role_name(p.role.value)}")
            item.setData(Qt.ItemDataRole.UserRole, p.principal)
            item.setToolTip(p.principal)
            self.list.addItem(item)
            if p.principal == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)

    def principals(self) -> list[str]:
        """The principals offered, in order."""
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def choose(self, principal: str) -> None:
        """Select ``principal`` and accept (what a click and Enter do)."""
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == principal:
                self.list.setCurrentRow(i)
                self._accept()
                return
        raise KeyError(principal)

    def _accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def retranslate(self) -> None:
        """Texts in the UI language."""
        self.setWindowTitle(translate("Identity", "Who is at the desk?"))
        self.heading.setText(
            translate(
                "Identity",
                "Who is at the desk? Your notes, checklist answers and viewing are recorded under your name.",
            )
        )
        self.ok_button.setText(translate("Identity", "This is me"))
        self.cancel_button.setText(translate("Identity", "Cancel"))

    def changeEvent(self, event) -> None:
        """Follow language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PersonButton(QToolButton):
    """The status bar's "Reviewer: <name>" with a menu to switch person (or set up the station).

    Signals:
        choose_requested(): open the chooser.
        setup_requested(): nobody is enrolled: start the station set-up.
    """

    choose_requested = Signal()
    setup_requested = Signal()

    def __init__(self, identity: DeskIdentity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personButton")
        self._identity = identity
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._menu = QMenu(self)
        self._menu.aboutToShow.connect(self._fill_menu)
        self.setMenu(self._menu)
        identity.changed.connect(lambda _p: self.retranslate())
        self.retranslate()

    def _fill_menu(self) -> None:
        self._menu.clear()
        if self._identity.nobody_enrolled():
            action = self._menu.addAction(translate("Identity", "Set up the station…"))
            action.triggered.connect(self.setup_requested)
            return
        for p in self._identity.people():
            action = self._menu.addAction(person_text(p))
            action.setCheckable(True)
            action.setChecked(p.principal == self._identity.principal)
            action.triggered.connect(lambda _c=False, pr=p.principal: self._identity.choose(pr))
        self._menu.addSeparator()
        action = self._menu.addAction(translate("Identity", "Someone else…"))
        action.triggered.connect(self.choose_requested)

    def retranslate(self) -> None:
        """Who is at the desk, in the UI language."""
        person = self._identity.person
        if person is not None:
            self.setText(fill(translate("Identity", "Reviewer: %1"), person.name))
            self.setToolTip(
                fill(
                    translate("Identity", "%1 — recorded as %2. Click to switch person."),
                    person_text(person),
                    person.principal,
                )
            )
            self.setStyleSheet("")
        elif self._identity.nobody_enrolled():
            self.setText(translate("Identity", "No one is enrolled"))
            self.setToolTip(translate("Identity", "No one is enrolled: set up the station first."))
            self.setStyleSheet("QToolButton#personButton { color: #e0a030; font-weight: 600; }")
        else:
            self.setText(translate("Identity", "Who is at the desk?"))
            self.setToolTip(translate("Identity", "Choose who is at the desk before reviewing."))
            self.setStyleSheet("QToolButton#personButton { color: #e0a030; font-weight: 600; }")

    def changeEvent(self, event) -> None:
        """Follow language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
