"""Notes that live: edit, resolve / reopen and reply, each change audited in the same transaction.

The note row holds the current state; the audit trail holds every step (the original ``note``
event with its text, then ``note_edited`` with the text before and after, ``note_resolved``,
``note_reopened``, ``note_reply``), so an edit never loses what was first written.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer.core import audit as core_audit
from reviewer.core.model import Note
from reviewer.errors import NotFoundError, UsageError
from reviewer.storage.library import Library, _note, utcnow
from reviewer.storage.models import NoteRow

MAX_NOTE_CHARS = 4000


def _clean(text: str, what: str) -> str:
    body = unicodedata.normalize("NFC", text or "").strip()
    if not body:
        raise UsageError(f"{what} needs some text")
    if len(body) > MAX_NOTE_CHARS:
        raise UsageError(f"{what} is longer than {MAX_NOTE_CHARS} characters")
    return body


class NotesRepository:
    """Reads and changes notes of the library (see the module docstring)."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.db = library.db

    def note(self, note_id: int) -> Note:
        """One note by id; NotFoundError when there is none."""
        with self.db.read_scope() as s:
            row = s.get(NoteRow, int(note_id))
            if row is None:
                raise NotFoundError(f"no note {note_id} in the library (see: reviewer notes list CLIP)")
            return _note(row)

    def notes(self, clip_id: str, *, version: int | None = None, open_only: bool = False) -> list[Note]:
        """The clip's notes (one version or all), oldest version first, then in time order."""
        with self.db.read_scope() as s:
            q = select(NoteRow).where(NoteRow.clip_id == clip_id)
            if version is not None:
                q = q.where(NoteRow.version_number == version)
            if open_only:
                q = q.where(NoteRow.resolved_at.is_(None))
            q = q.order_by(NoteRow.version_number, NoteRow.start_ms, NoteRow.id)
            return [_note(r) for r in s.execute(q).scalars()]

    def _row(self, s: Session, note_id: int) -> NoteRow:
        row = s.get(NoteRow, int(note_id))
        if row is None:
            raise NotFoundError(f"no note {note_id} in the library (see: reviewer notes list CLIP)")
        return row

    @staticmethod
    def _base(row: NoteRow) -> dict[str, Any]:
        return {"clip_id": row.clip_id, "version": row.version_number, "note_id": row.id}

    def edit(self, note_id: int, actor: str, text: str) -> Note:
        """Replace a note's text (only its author may); the old text goes into the audit trail."""
        body = _clean(text, "a note")
        with self.db.write_scope() as s:
            row = self._row(s, note_id)
            if row.author != actor:
                raise UsageError(
                    f"note {row.id} was written by {row.author}; only its author can change its text "
                    "(a reply line is for the follow-up)"
                )
            if row.text == body:
                return _note(row)
            before = row.text
            row.text = body
            row.edited_at = utcnow()
            s.flush()
            self.library.append_audit(
                s,
                actor=actor,
                kind=core_audit.NOTE_EDITED,
                clip_id=row.clip_id,
                payload=self._base(row) | {"before": before, "after": body},
            )
            return _note(row)

    def set_resolved(self, note_id: int, actor: str, resolved: bool) -> Note:
        """Mark a note resolved (``đã xử lý``) or open again; audited. No change, no event."""
        with self.db.write_scope() as s:
            row = self._row(s, note_id)
            if (row.resolved_at is not None) == bool(resolved):
                return _note(row)
            if resolved:
                row.resolved_at = utcnow()
                row.resolved_by = actor
                kind = core_audit.NOTE_RESOLVED
            else:
                row.resolved_at = None
                row.resolved_by = None
                kind = core_audit.NOTE_REOPENED
            s.flush()
            self.library.append_audit(
                s, actor=actor, kind=kind, clip_id=row.clip_id, payload=self._base(row) | {"text": row.text}
            )
            return _note(row)

    def reply(self, note_id: int, actor: str, text: str) -> Note:
        """Set the note's reply line (the head's own follow-up); an empty text clears it. Audited."""
        body = unicodedata.normalize("NFC", text or "").strip()
        if len(body) > MAX_NOTE_CHARS:
            raise UsageError(f"a reply is longer than {MAX_NOTE_CHARS} characters")
        with self.db.write_scope() as s:
            row = self._row(s, note_id)
            if (row.reply or "") == body:
                return _note(row)
            before = row.reply or ""
            row.reply = body
            row.reply_by = actor if body else None
            row.replied_at = utcnow() if body else None
            s.flush()
            self.library.append_audit(
                s,
                actor=actor,
                kind=core_audit.NOTE_REPLY,
                clip_id=row.clip_id,
                payload=self._base(row) | {"before": before, "after": body},
            )
            return _note(row)
