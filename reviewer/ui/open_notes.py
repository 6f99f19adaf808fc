"""The notes nobody marked resolved yet, listed in the sign dialog before an approval is signed."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from reviewer.core.timecode import timecode
from reviewer.errors import ReviewerError
from reviewer.ui.i18n import fill

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

MAX_LISTED = 8


def open_notes(signoff, clip_id: str) -> list:
    """The clip's notes (every version) not marked resolved, oldest version first."""
    from reviewer.storage.notes import NotesRepository

    try:
        return NotesRepository(signoff.library).notes(clip_id, open_only=True)
    except ReviewerError as exc:
        log.warning("open notes of %s: %s", clip_id, exc)
        return []


def open_notes_box(signoff, clip_id: str, parent: QWidget | None = None) -> QFrame | None:
    """A framed warning listing the open notes (None when every note is resolved).

    It does not stop the signing: the head may approve over an open note, but sees them first.
    """
    notes = open_notes(signoff, clip_id)
    if not notes:
        return None
    fps = 25.0
    try:
        fps = signoff.library.clip_detail(clip_id).current.fps or 25.0
    except ReviewerError:
        pass
    box = QFrame(parent, objectName="openNotes")  # type: ignore[call-arg]  # stubs omit inherited Qt properties as keywords
    box.setStyleSheet("QFrame#openNotes { border: 1px solid #e0a030; border-radius: 4px; }")
    lay = QVBoxLayout(box)
    lay.setContentsMargins(10, 6, 10, 6)
    lay.setSpacing(2)
    title = QLabel(fill(translate("RoundTrip", "Notes not marked resolved yet: %1"), len(notes)))
    title.setStyleSheet("color: #e0a030; font-weight: 600;")
    title.setWordWrap(True)
    lay.addWidget(title)
    lines = [
        fill(translate("RoundTrip", "Version %1 at %2: %3"), n.version, timecode(n.start_ms, fps), n.text)
        for n in notes[:MAX_LISTED]
    ]
    if len(notes) > MAX_LISTED:
        lines.append(fill(translate("RoundTrip", "… and %1 more (Notes and Changes tabs)"), len(notes) - MAX_LISTED))
    body = QLabel("\n".join(f"• {line}" for line in lines), objectName="openNotesList")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
    body.setWordWrap(True)
    body.setTextFormat(Qt.TextFormat.PlainText)
    lay.addWidget(body)
    return box
