"""The library repository: clips, versions, captions, notes, coverage and the audit log.

Every method opens its own short session and returns core entities (never ORM objects). Each
change appends its audit event in the same transaction, so the trail and the data never
disagree.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator

from sqlalchemy import and_, case, func, literal, or_, select
from sqlalchemy.exc import IntegrityError as SAIntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql import ColumnElement, Select, operators
from sqlalchemy.sql.elements import UnaryExpression

from reviewer.core import audit as core_audit
from reviewer.core.canonical import format_rfc3339
from reviewer.core.ingest import NewVersion
from reviewer.core.model import (
    CaptionTrack,
    Clip,
    ClipDetail,
    ClipStatus,
    ClipVersion,
    Cue,
    Note,
    PostText,
)
from reviewer.core.search import fold, search_key
from reviewer.errors import NotFoundError, UsageError
from reviewer.storage.db import AUDIT_CHAIN_LOCK_KEY, Database, advisory_xact_lock
from reviewer.storage.models import (
    AuditRow,
    CaptionRow,
    ClipRow,
    CoverageRow,
    NoteRow,
    PostTextRow,
    VersionRow,
)

STATUSES = ("pending", "approved", "changes", "rejected", "revoked")


def utcnow() -> datetime:
    """Aware UTC now (one place, so tests can reason about it)."""
    return datetime.now(timezone.utc)


def queue_order() -> tuple[Any, ...]:
    """Political first, then priority (1 = most urgent), then deadline (none last), then age."""
    return (
        ClipRow.political.desc(),
        ClipRow.priority.asc(),
        case((ClipRow.deadline.is_(None), 1), else_=0),
        ClipRow.deadline.asc(),
        ClipRow.created_at.asc(),
        ClipRow.id.asc(),
    )


def _ordered_before(values: tuple[Any, ...]) -> ColumnElement[bool]:
    """Rows that ``queue_order`` puts before a row whose order expressions have ``values``.

    Derived from ``queue_order`` itself (term by term: equal on the terms before, then strictly
    before on this one), so the two cannot drift. A NULL value sorts with its equals only: the
    deadline's NULL flag, one term earlier, already ordered it against the others.
    """
    terms: list[ColumnElement[bool]] = []
    equal: list[ColumnElement[bool]] = []
    for term, value in zip(queue_order(), values):
        expr = _order_expression(term)
        if value is None:
            equal.append(expr.is_(None))
            continue
        bound = literal(value, expr.type)  # a bound value, also for True/False
        descending = isinstance(term, UnaryExpression) and term.modifier is operators.desc_op
        terms.append(and_(*equal, expr > bound if descending else expr < bound))
        equal.append(expr == bound)
    return or_(*terms)


def _order_expression(term: Any) -> Any:
    """The expression a ``queue_order`` term sorts by (without its ASC/DESC)."""
    return term.element if isinstance(term, UnaryExpression) else term


def _clip(row: ClipRow) -> Clip:
    return Clip(
        id=row.id,
        title=row.title,
        platform=row.platform,
        priority=row.priority,
        deadline=row.deadline,
        political=row.political,
        author=row.author,
        status=ClipStatus(row.status),
        created_at=row.created_at,
        current_version=row.current_version,
        current_sha256=row.current_sha256,
        duration_ms=row.duration_ms,
        topic=row.topic or "",
    )


def _version(row: VersionRow) -> ClipVersion:
    caps = tuple(
        CaptionTrack(
            id=c.id,
            file_name=c.file_name,
            format=c.format,
            language=c.language,
            encoding=c.encoding,
            sha256=c.sha256,
            store_path=c.store_path,
            text=c.text,
            cues=tuple(Cue(*cue) for cue in json.loads(c.cues_json)),
            warnings=tuple(json.loads(c.warnings_json)),
        )
        for c in row.captions
    )
    post = PostText(row.post_text.text, row.post_text.sha256) if row.post_text else None
    return ClipVersion(
        id=row.id,
        clip_id=row.clip_id,
        number=row.number,
        sha256=row.sha256,
        size=row.size,
        original_name=row.original_name,
        duration_ms=row.duration_ms,
        width=row.width,
        height=row.height,
        display_aspect=row.display_aspect,
        fps=row.fps,
        video_codec=row.video_codec,
        audio_codec=row.audio_codec,
        ingested_at=row.ingested_at,
        store_path=row.store_path,
        thumbnail_path=row.thumbnail_path,
        captions=caps,
        post_text=post,
        warnings=tuple(json.loads(row.warnings_json)),
        metadata=json.loads(row.metadata_json) if row.metadata_json else None,
    )


def version_metadata(clip: ClipRow) -> dict[str, Any]:
    """The clip's editorial metadata as stored with each new version (for ``reviewer diff``)."""
    return {
        "title": clip.title,
        "platform": clip.platform,
        "priority": clip.priority,
        "deadline": clip.deadline.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
        if clip.deadline
        else None,
        "political": bool(clip.political),
        "author": clip.author,
    }


def _note(row: NoteRow) -> Note:
    return Note(
        id=row.id,
        clip_id=row.clip_id,
        version=row.version_number,
        author=row.author,
        start_ms=row.start_ms,
        end_ms=row.end_ms,
        text=row.text,
        created_at=row.created_at,
        edited_at=row.edited_at,
        resolved_at=row.resolved_at,
        resolved_by=row.resolved_by,
        reply=row.reply or "",
        reply_by=row.reply_by,
        replied_at=row.replied_at,
    )


def _event(row: AuditRow) -> core_audit.AuditEvent:
    return core_audit.AuditEvent(
        seq=row.seq,
        time=row.time,
        actor=row.actor,
        kind=row.kind,
        payload_json=bytes(row.payload),
        prev_hash=row.prev_hash,
        hash=row.hash,
        signature=row.signature,
    )


class Library:
    """Repository over one library database (see module docstring)."""

    def __init__(self, db: Database, home: Path) -> None:
        self.db = db
        self.home = home
        # When set (tests that move time), audit events take their time from it.
        self.clock: Callable[[], datetime] | None = None

    # -- audit ------------------------------------------------------------------------------
    def append_audit(
        self,
        session: Session,
        *,
        actor: str,
        kind: str,
        payload: dict[str, Any],
        clip_id: str | None = None,
        signature: str | None = None,
    ) -> core_audit.AuditEvent:
        """Append one event to the chain inside the caller's write transaction."""
        advisory_xact_lock(session, AUDIT_CHAIN_LOCK_KEY)  # one appender at a time, across desks
        last = session.execute(select(AuditRow).order_by(AuditRow.seq.desc()).limit(1)).scalar_one_or_none()
        prev = _event(last) if last is not None else None
        when = format_rfc3339(self.clock()) if self.clock is not None else None
        ev = core_audit.make_event(prev, actor, kind, payload, signature=signature, time=when)
        session.add(
            AuditRow(
                seq=ev.seq,
                time=ev.time,
                actor=ev.actor,
                kind=ev.kind,
                clip_id=clip_id,
                payload=ev.payload_json,
                prev_hash=ev.prev_hash,
                hash=ev.hash,
                signature=ev.signature,
            )
        )
        session.flush()
        return ev

    def audit_events(self, *, clip_id: str | None = None, batch: int = 5000) -> Iterator[core_audit.AuditEvent]:
        """All audit events in seq order (streamed in batches), or those of one clip."""
        after = 0
        while True:
            with self.db.read_scope() as s:
                q = select(AuditRow).where(AuditRow.seq > after).order_by(AuditRow.seq).limit(batch)
                if clip_id is not None:
                    q = q.where(AuditRow.clip_id == clip_id)
                rows = [_event(r) for r in s.execute(q).scalars()]
            if not rows:
                return
            yield from rows
            after = rows[-1].seq

    def audit_head(self) -> core_audit.AuditEvent | None:
        """The newest audit event."""
        with self.db.read_scope() as s:
            row = s.execute(select(AuditRow).order_by(AuditRow.seq.desc()).limit(1)).scalar_one_or_none()
            return _event(row) if row else None

    # -- ingest -----------------------------------------------------------------------------
    def version_by_sha(self, sha256: str) -> tuple[str, int] | None:
        """(clip id, version number) of the version with these bytes, if any."""
        with self.db.read_scope() as s:
            row = s.execute(select(VersionRow.clip_id, VersionRow.number).where(VersionRow.sha256 == sha256)).first()
            return (row[0], row[1]) if row else None

    def clip_exists(self, clip_id: str) -> bool:
        """Whether a clip with this id exists."""
        with self.db.read_scope() as s:
            return s.get(ClipRow, clip_id) is not None

    def add_version(self, new: NewVersion) -> tuple[str, str, int]:
        """Add a clip (or a new version of one) atomically; returns (result, clip id, number)."""
        now = utcnow()
        m = new.metadata
        try:
            with self.db.write_scope() as s:
                dup = s.execute(
                    select(VersionRow.clip_id, VersionRow.number).where(VersionRow.sha256 == new.sha256)
                ).first()
                if dup:
                    return "duplicate", dup[0], dup[1]
                clip = s.get(ClipRow, new.clip_id)
                if clip is None:
                    clip = ClipRow(
                        id=new.clip_id,
                        title=m.title or new.default_title,
                        platform=m.platform or "",
                        priority=m.priority or 3,
                        deadline=m.deadline,
                        political=bool(m.political),
                        author=m.author or new.actor,
                        topic=m.topic or "",
                        status="pending",
                        created_at=now,
                        updated_at=now,
                        current_version=0,
                    )
                    s.add(clip)
                    result = "ingested"
                else:
                    result = "new_version"
                    # New metadata that came with the new version updates the clip.
                    for attr in ("title", "platform", "priority", "deadline", "political", "author", "topic"):
                        value = getattr(m, attr)
                        if value is not None:
                            setattr(clip, attr, value)
                clip.search_key = search_key(clip.title, clip.id, clip.author, clip.platform)
                number = clip.current_version + 1
                clip.current_version = number
                clip.current_sha256 = new.sha256
                clip.duration_ms = new.media.duration_ms
                clip.status = "pending"
                clip.updated_at = now
                v = VersionRow(
                    clip_id=new.clip_id,
                    number=number,
                    sha256=new.sha256,
                    size=new.size,
                    original_name=new.original_name,
                    duration_ms=new.media.duration_ms,
                    width=new.media.width,
                    height=new.media.height,
                    display_aspect=new.media.display_aspect or None,
                    fps=new.media.fps,
                    video_codec=new.media.video_codec,
                    audio_codec=new.media.audio_codec,
                    container=new.media.container,
                    ingested_at=now,
                    store_path=new.store_path,
                    thumbnail_path=new.thumbnail_path,
                    warnings_json=json.dumps(list(new.warnings), ensure_ascii=False),
                    metadata_json=json.dumps(version_metadata(clip), ensure_ascii=False),
                )
                s.add(v)
                s.flush()
                for parsed, store_path in new.captions:
                    s.add(
                        CaptionRow(
                            version_id=v.id,
                            file_name=parsed.file_name,
                            format=parsed.format,
                            language=parsed.language,
                            encoding=parsed.encoding,
                            sha256=parsed.raw_sha256,
                            store_path=store_path,
                            text=parsed.text,
                            cues_json=json.dumps(
                                [[c.start_ms, c.end_ms, c.text] for c in parsed.cues], ensure_ascii=False
                            ),
                            warnings_json=json.dumps(list(parsed.warnings), ensure_ascii=False),
                        )
                    )
                if new.post_text is not None:
                    from reviewer.core.stats.measures import hashtags  # statistics: not on the desk's start

                    s.add(
                        PostTextRow(
                            version_id=v.id,
                            text=new.post_text[0],
                            sha256=new.post_text[1],
                            hashtags=" ".join(hashtags(new.post_text[0])),
                        )
                    )
                self.append_audit(
                    s,
                    actor=new.actor,
                    kind="ingest" if result == "ingested" else "new_version",
                    clip_id=new.clip_id,
                    payload={
                        "clip_id": new.clip_id,
                        "version": number,
                        "sha256": new.sha256,
                        "size": new.size,
                        "file_name": new.original_name,
                        "duration_ms": new.media.duration_ms,
                        "captions": [{"file_name": p.file_name, "sha256": p.raw_sha256} for p, _ in new.captions],
                        "post_text_sha256": new.post_text[1] if new.post_text else None,
                        "source": new.source,
                    },
                )
                return result, new.clip_id, number
        except SAIntegrityError:
            # Another desk added the same bytes between our check and our insert.
            found = self.version_by_sha(new.sha256)
            if found:
                return "duplicate", found[0], found[1]
            raise

    # -- reading ----------------------------------------------------------------------------
    def _queue_filter(self, q: Select[Any], status: str, search: str | None) -> Select[Any]:
        if status != "all":
            if status not in STATUSES:
                raise UsageError(f"unknown status '{status}' (one of {', '.join(STATUSES)}, all)")
            q = q.where(ClipRow.status == status)
        if search and search.strip():
            # One pre-folded column: a plain LIKE, case- and accent-insensitive on every backend.
            needle = fold(search).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            q = q.where(ClipRow.search_key.like(f"%{needle}%", escape="\\"))
            # A substring search reads every key anyway: read them from the narrow index, then
            # sort the few matches (SQLite would otherwise walk whole rows in queue order).
            q = q.with_hint(ClipRow, "INDEXED BY ix_clips_search", "sqlite")
        return q

    def queue(
        self, status: str = "pending", *, search: str | None = None, offset: int = 0, limit: int | None = None
    ) -> list[Clip]:
        """Clips in queue order (see ``queue_order``), optionally filtered and paged."""
        with self.db.read_scope() as s:
            q = self._queue_filter(select(ClipRow), status, search).order_by(*queue_order()).offset(offset)
            if limit is not None:
                q = q.limit(limit)
            return [_clip(r) for r in s.execute(q).scalars()]

    def queue_count(self, status: str = "pending", *, search: str | None = None) -> int:
        """How many clips ``queue`` would return."""
        with self.db.read_scope() as s:
            q = self._queue_filter(select(func.count()).select_from(ClipRow), status, search)
            return int(s.execute(q).scalar_one())

    def queue_keys(self, status: str = "pending") -> list[tuple[str, str]]:
        """(clip id, folded search key) of every clip of ``status``, in queue order.

        ``needle in key`` with ``needle = fold(text)`` finds exactly what ``queue(search=text)``
        finds, so the desk can search as the user types without reading the table again.
        """
        with self.db.read_scope() as s:
            ids = self._queue_filter(select(ClipRow.id), status, None).order_by(*queue_order())
            q = ids.add_columns(ClipRow.search_key)
            return [(clip_id, key) for clip_id, key in s.execute(q)]

    def queue_key(self, clip_id: str, status: str = "pending") -> tuple[int, str] | None:
        """One clip's entry in ``queue_keys(status)``: (its index there, its folded search key), or
        None when the clip is not of ``status`` (or not in the library).

        The same filter and the same stored key as ``queue_keys``, so a list of keys kept in memory
        can follow a change to one clip without reading every key again.
        """
        with self.db.read_scope() as s:
            order = [_order_expression(term) for term in queue_order()]
            q = self._queue_filter(select(ClipRow.search_key, *order), status, None).where(ClipRow.id == clip_id)
            found = s.execute(q).first()
            if found is None:
                return None
            key, values = found[0], tuple(found[1:])
            before = self._queue_filter(select(func.count()).select_from(ClipRow), status, None)
            index = s.execute(before.where(_ordered_before(values))).scalar_one()
            return int(index), key

    def clips(self, clip_ids: list[str]) -> list[Clip]:
        """These clips, in the order given (ids no longer in the library are left out)."""
        found: dict[str, Clip] = {}
        with self.db.read_scope() as s:
            for k in range(0, len(clip_ids), 500):
                for row in s.execute(select(ClipRow).where(ClipRow.id.in_(clip_ids[k : k + 500]))).scalars():
                    found[row.id] = _clip(row)
        return [found[i] for i in clip_ids if i in found]

    def status_counts(self) -> dict[str, int]:
        """Clips per status, plus 'overdue' (pending past deadline)."""
        with self.db.read_scope() as s:
            counts = {st: 0 for st in STATUSES}
            for st, n in s.execute(select(ClipRow.status, func.count()).group_by(ClipRow.status)):
                counts[st] = n
            counts["overdue"] = int(
                s.execute(
                    select(func.count())
                    .select_from(ClipRow)
                    .where(and_(ClipRow.status == "pending", ClipRow.deadline < utcnow()))
                ).scalar_one()
            )
            return counts

    def resolve_clip_id(self, ref: str) -> str:
        """A clip id from an exact id or a unique prefix; NotFoundError otherwise."""
        with self.db.read_scope() as s:
            if s.get(ClipRow, ref) is not None:
                return ref
            like = ref.replace("%", r"\%").replace("_", r"\_") + "%"
            ids = list(s.execute(select(ClipRow.id).where(ClipRow.id.like(like, escape="\\")).limit(3)).scalars())
        if len(ids) == 1:
            return ids[0]
        if not ids:
            raise NotFoundError(f"no clip '{ref}' in the library (see: reviewer queue --status all)")
        raise NotFoundError(f"'{ref}' matches several clips ({', '.join(ids[:2])}, ...); give more of the id")

    def clip(self, clip_id: str) -> Clip:
        """One clip."""
        with self.db.read_scope() as s:
            row = s.get(ClipRow, clip_id)
            if row is None:
                raise NotFoundError(f"no clip '{clip_id}' in the library")
            return _clip(row)

    def clip_detail(self, clip_ref: str) -> ClipDetail:
        """A clip with its versions, captions, post texts and notes."""
        clip_id = self.resolve_clip_id(clip_ref)
        with self.db.read_scope() as s:
            row = s.execute(
                select(ClipRow)
                .where(ClipRow.id == clip_id)
                .options(
                    selectinload(ClipRow.versions).selectinload(VersionRow.captions),
                    selectinload(ClipRow.versions).selectinload(VersionRow.post_text),
                )
            ).scalar_one()
            notes = s.execute(
                select(NoteRow)
                .where(NoteRow.clip_id == clip_id)
                .order_by(NoteRow.version_number, NoteRow.start_ms, NoteRow.id)
            ).scalars()
            return ClipDetail(
                clip=_clip(row), versions=tuple(_version(v) for v in row.versions), notes=tuple(_note(n) for n in notes)
            )

    def version(self, clip_id: str, number: int | None = None) -> ClipVersion:
        """One version of a clip (the current one by default)."""
        detail = self.clip_detail(clip_id)
        if number is None:
            return detail.current
        for v in detail.versions:
            if v.number == number:
                return v
        raise NotFoundError(f"clip '{clip_id}' has no version {number}")

    # -- notes ------------------------------------------------------------------------------
    def add_note(self, clip_id: str, version: int, author: str, start_ms: int, end_ms: int | None, text_: str) -> Note:
        """Add a timecoded note (audited)."""
        import unicodedata

        body = unicodedata.normalize("NFC", text_).strip()
        if not body:
            raise UsageError("a note needs some text")
        if start_ms < 0 or (end_ms is not None and end_ms < start_ms):
            raise UsageError("a note's end must not be before its start")
        with self.db.write_scope() as s:
            v = s.execute(
                select(VersionRow).where(VersionRow.clip_id == clip_id, VersionRow.number == version)
            ).scalar_one_or_none()
            if v is None:
                raise NotFoundError(f"clip '{clip_id}' has no version {version}")
            row = NoteRow(
                clip_id=clip_id,
                version_id=v.id,
                version_number=version,
                author=author,
                start_ms=start_ms,
                end_ms=end_ms,
                text=body,
                created_at=utcnow(),
            )
            s.add(row)
            s.flush()
            self.append_audit(
                s,
                actor=author,
                kind="note",
                clip_id=clip_id,
                payload={
                    "clip_id": clip_id,
                    "version": version,
                    "note_id": row.id,
                    "start_ms": start_ms,
                    "end_ms": end_ms,
                    "text": body,
                },
            )
            return _note(row)

    def notes(self, clip_id: str, version: int | None = None) -> list[Note]:
        """Notes on a clip (one version, or all), in time order."""
        with self.db.read_scope() as s:
            q = select(NoteRow).where(NoteRow.clip_id == clip_id)
            if version is not None:
                q = q.where(NoteRow.version_number == version)
            return [_note(r) for r in s.execute(q.order_by(NoteRow.start_ms, NoteRow.id)).scalars()]

    # -- coverage ---------------------------------------------------------------------------
    def coverage(self, version_id: int, person: str) -> list[list[int]]:
        """The stored viewed intervals [[start, end), ...] of one person on one version."""
        with self.db.read_scope() as s:
            row = s.execute(
                select(CoverageRow).where(CoverageRow.version_id == version_id, CoverageRow.person == person)
            ).scalar_one_or_none()
            return json.loads(row.intervals_json) if row else []

    def save_coverage(
        self,
        clip_id: str,
        version_id: int,
        person: str,
        intervals: list[list[int]],
        session_intervals: list[list[int]],
        viewed_ms: int,
    ) -> None:
        """Store the merged intervals and audit the view session that added ``session_intervals``."""
        with self.db.write_scope() as s:
            row = s.execute(
                select(CoverageRow).where(CoverageRow.version_id == version_id, CoverageRow.person == person)
            ).scalar_one_or_none()
            if row is None:
                row = CoverageRow(
                    version_id=version_id, person=person, intervals_json="[]", viewed_ms=0, updated_at=utcnow()
                )
                s.add(row)
            row.intervals_json = json.dumps(intervals)
            row.viewed_ms = viewed_ms
            row.updated_at = utcnow()
            v = s.get(VersionRow, version_id)
            self.append_audit(
                s,
                actor=person,
                kind="view_session",
                clip_id=clip_id,
                payload={
                    "clip_id": clip_id,
                    "version": v.number if v else None,
                    "session": session_intervals,
                    "coverage": intervals,
                    "viewed_ms": viewed_ms,
                },
            )
