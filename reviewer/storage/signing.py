"""Repository for people, signing keys, checklist answers, sign-offs, policy and signing locks.

Every change appends its audit event inside the same write transaction (``Library.append_audit``),
so the trail and the data never disagree. Methods return core entities, never ORM objects.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import String, cast, func, select, text
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import Select

from reviewer.core import audit as core_audit
from reviewer.core.canonical import format_rfc3339
from reviewer.core.checklist import Answer
from reviewer.core.model import Person, Role
from reviewer.core.signing_model import (
    DEFAULT_POLICY,
    CommitResult,
    LockState,
    Policy,
    SignedDraft,
    SigningKey,
    StoredSignoff,
    policy_from_json,
)
from reviewer.core.trust import TRUST_EVENT_KINDS
from reviewer.errors import NotFoundError, UsageError
from reviewer.storage.db import AUDIT_CHAIN_LOCK_KEY, WITNESS_LOCK_KEY, Database, advisory_xact_lock
from reviewer.storage.library import Library, _event, utcnow
from reviewer.storage.models import (
    AuditRow,
    CaptionRow,
    ChecklistAnswerRow,
    ClipRow,
    KeyRow,
    PersonRow,
    PolicyRow,
    PostTextRow,
    SigningLockRow,
    SignoffRow,
    StationRow,
    VersionRow,
)

# The append-only triggers each backend must have on audit_events (migration 0001).
_SQLITE_TRIGGERS = ("audit_events_no_update", "audit_events_no_delete")
_PG_TRIGGERS = ("audit_events_no_change", "audit_events_no_truncate")

__all__ = ["SigningRepository"]


def _person(row: PersonRow) -> Person:
    return Person(principal=row.principal, name=row.name, title=row.title, role=Role(row.role))


def _key(row: KeyRow) -> SigningKey:
    return SigningKey(
        fingerprint=row.fingerprint,
        principal=row.principal,
        public_key=row.public_key,
        created_at=row.created_at,
        retired_at=row.retired_at,
        certificate=row.certificate,
        serial=row.serial,
        valid_before=row.valid_before,
        revoked_at=row.revoked_at,
        revoke_reason=row.revoke_reason,
    )


def _signoff(row: SignoffRow, version_number: int) -> StoredSignoff:
    return StoredSignoff(
        id=row.id,
        clip_id=row.clip_id,
        version_id=row.version_id,
        version=version_number,
        kind=row.kind,
        decision=row.decision,
        record=bytes(row.record),
        record_sha256=row.record_sha256,
        signature=row.signature,
        principal=row.principal,
        fingerprint=row.fingerprint,
        signed_at=row.signed_at,
        audit_seq=row.audit_seq,
        revokes_id=row.revokes_id,
    )


def _lock(principal: str, row: SigningLockRow | None) -> LockState:
    if row is None:
        return LockState(principal=principal, failures=0, lockouts=0, locked_until=None)
    return LockState(
        principal=principal,
        failures=row.failures,
        lockouts=row.lockouts,
        locked_until=row.locked_until,
    )


class SigningRepository:
    """Sign-off data of one library; see the module docstring."""

    def __init__(self, db: Database, library: Library) -> None:
        self.db = db
        self.library = library

    # -- people and keys --------------------------------------------------------------------
    def person(self, principal: str) -> Person | None:
        """The person with this principal, or None."""
        with self.db.read_scope() as s:
            row = s.get(PersonRow, principal)
            return _person(row) if row else None

    def people(self) -> list[Person]:
        """Everyone enrolled, by principal."""
        with self.db.read_scope() as s:
            return [_person(r) for r in s.execute(select(PersonRow).order_by(PersonRow.principal)).scalars()]

    def keys(self, principal: str | None = None) -> list[SigningKey]:
        """Signing keys (all, or one person's), oldest first."""
        with self.db.read_scope() as s:
            q = select(KeyRow).order_by(KeyRow.created_at, KeyRow.fingerprint)
            if principal is not None:
                q = q.where(KeyRow.principal == principal)
            return [_key(r) for r in s.execute(q).scalars()]

    def key(self, fingerprint: str) -> SigningKey | None:
        """The key with this fingerprint, or None."""
        with self.db.read_scope() as s:
            row = s.get(KeyRow, fingerprint)
            return _key(row) if row else None

    def active_key(self, principal: str) -> SigningKey | None:
        """The person's key that is not retired (there is at most one)."""
        with self.db.read_scope() as s:
            row = s.execute(
                select(KeyRow)
                .where(KeyRow.principal == principal, KeyRow.retired_at.is_(None), KeyRow.revoked_at.is_(None))
                .order_by(KeyRow.created_at.desc())
                .limit(1)
            ).scalar_one_or_none()
            return _key(row) if row else None

    def station_row(self) -> dict[str, Any] | None:
        """The cached station row (name, public_key, fingerprint, library_id, created_at, seq)."""
        with self.db.read_scope() as s:
            row = s.get(StationRow, 1)
            if row is None:
                return None
            return {
                "name": row.name,
                "public_key": row.public_key,
                "fingerprint": row.fingerprint,
                "library_id": row.library_id,
                "created_at": row.created_at,
                "seq": row.audit_seq,
            }

    def trust_events(self) -> list[core_audit.AuditEvent]:
        """The station and key events of the chain, in seq order (what core.trust replays)."""
        with self.db.read_scope() as s:
            rows = s.execute(
                select(AuditRow).where(AuditRow.kind.in_(TRUST_EVENT_KINDS)).order_by(AuditRow.seq)
            ).scalars()
            return [_event(r) for r in rows]

    def create_station(
        self,
        *,
        name: str,
        public_key: str,
        fingerprint: str,
        library_id: str,
        created_at: datetime,
        actor: str,
        payload: dict[str, Any],
        signature: str,
    ) -> core_audit.AuditEvent:
        """Record the station key (audited ``station_created``, signed by the station key itself)."""
        with self.db.write_scope() as s:
            if (
                s.get(StationRow, 1) is not None
                or s.execute(select(AuditRow.seq).where(AuditRow.kind == core_audit.STATION_CREATED).limit(1)).first()
            ):
                raise UsageError("this library already has its station key (reviewer station show)")
            event = self.library.append_audit(
                s, actor=actor, kind=core_audit.STATION_CREATED, payload=payload, signature=signature
            )
            s.add(
                StationRow(
                    id=1,
                    name=name,
                    public_key=public_key,
                    fingerprint=fingerprint,
                    library_id=library_id,
                    created_at=created_at,
                    audit_seq=event.seq,
                )
            )
            return event

    def enroll(
        self,
        person: Person,
        key: SigningKey,
        *,
        actor: str,
        payload: dict[str, Any] | None = None,
        signature: str | None = None,
    ) -> core_audit.AuditEvent:
        """Create or update the person and add their new key (audited ``key_enrolled``).

        ``payload`` is the station-signed enrolment (with the certificate); without one the
        legacy payload is written (only for libraries without a station, in tests of old data).
        """
        with self.db.write_scope() as s:
            active = (
                s.execute(
                    select(KeyRow).where(
                        KeyRow.principal == person.principal, KeyRow.retired_at.is_(None), KeyRow.revoked_at.is_(None)
                    )
                )
                .scalars()
                .first()
            )
            if active is not None:
                raise UsageError(
                    f"{person.principal} already has an active key {active.fingerprint}; "
                    f"retire it first (reviewer keys retire {active.fingerprint})"
                )
            if s.get(KeyRow, key.fingerprint) is not None:
                raise UsageError(f"key {key.fingerprint} is already enrolled")
            row = s.get(PersonRow, person.principal)
            if row is None:
                row = PersonRow(principal=person.principal, created_at=utcnow())
                s.add(row)
            row.name, row.title, row.role = person.name, person.title, person.role.value
            s.flush()  # the person first: signing_keys references people (no ORM relationship)
            s.add(
                KeyRow(
                    fingerprint=key.fingerprint,
                    principal=person.principal,
                    public_key=key.public_key,
                    created_at=key.created_at,
                    retired_at=None,
                    certificate=key.certificate,
                    serial=key.serial,
                    valid_before=key.valid_before,
                )
            )
            s.flush()
            if payload is None:
                payload = {
                    "principal": person.principal,
                    "name": person.name,
                    "title": person.title,
                    "role": person.role.value,
                    "key_fingerprint": key.fingerprint,
                    "public_key": key.public_key,
                }
            return self.library.append_audit(
                s, actor=actor, kind=core_audit.KEY_ENROLLED, payload=payload, signature=signature
            )

    def certify_key(
        self,
        person: Person,
        fingerprint: str,
        *,
        certificate: str,
        serial: int,
        valid_before: datetime,
        actor: str,
        payload: dict[str, Any],
        signature: str,
    ) -> core_audit.AuditEvent:
        """Cache a new certificate of an enrolled key (audited ``key_certified``, station-signed)."""
        with self.db.write_scope() as s:
            row = s.get(KeyRow, fingerprint)
            if row is None:
                raise NotFoundError(f"no enrolled key {fingerprint} (see: reviewer keys list)")
            row.certificate, row.serial, row.valid_before = certificate, serial, valid_before
            prow = s.get(PersonRow, person.principal)
            if prow is not None:
                prow.name, prow.title, prow.role = person.name, person.title, person.role.value
            s.flush()
            return self.library.append_audit(
                s, actor=actor, kind=core_audit.KEY_CERTIFIED, payload=payload, signature=signature
            )

    def retire_key(
        self,
        fingerprint: str,
        *,
        when: datetime,
        actor: str,
        reason: str,
        payload: dict[str, Any] | None = None,
        signature: str | None = None,
    ) -> tuple[SigningKey, core_audit.AuditEvent]:
        """Mark a key retired (audited ``key_retired``); it can never sign again."""
        with self.db.write_scope() as s:
            row = s.get(KeyRow, fingerprint)
            if row is None:
                raise NotFoundError(f"no enrolled key {fingerprint} (see: reviewer keys list)")
            if row.retired_at is not None:
                raise UsageError(f"key {fingerprint} was already retired at {format_rfc3339(row.retired_at)}")
            row.retired_at = when
            s.flush()
            if payload is None:
                payload = {
                    "principal": row.principal,
                    "key_fingerprint": fingerprint,
                    "retired_at": format_rfc3339(when),
                    "reason": reason,
                }
            event = self.library.append_audit(
                s, actor=actor, kind=core_audit.KEY_RETIRED, payload=payload, signature=signature
            )
            return _key(row), event

    def revoke_key(
        self,
        fingerprint: str,
        *,
        when: datetime,
        actor: str,
        reason: str,
        payload: dict[str, Any],
        signature: str,
    ) -> tuple[SigningKey, core_audit.AuditEvent]:
        """Mark a key revoked (audited ``key_revoked``, station-signed): compromised."""
        with self.db.write_scope() as s:
            row = s.get(KeyRow, fingerprint)
            if row is None:
                raise NotFoundError(f"no enrolled key {fingerprint} (see: reviewer keys list)")
            if row.revoked_at is not None:
                raise UsageError(f"key {fingerprint} was already revoked at {format_rfc3339(row.revoked_at)}")
            row.revoked_at, row.revoke_reason = when, reason
            s.flush()
            event = self.library.append_audit(
                s, actor=actor, kind=core_audit.KEY_REVOKED, payload=payload, signature=signature
            )
            return _key(row), event

    def append_event(
        self,
        *,
        kind: str,
        actor: str,
        payload: dict[str, Any],
        signature: str | None = None,
        clip_id: str | None = None,
    ) -> core_audit.AuditEvent:
        """Append one audit event in its own write transaction."""
        with self.db.write_scope() as s:
            return self.library.append_audit(
                s, actor=actor, kind=kind, payload=payload, signature=signature, clip_id=clip_id
            )

        # -- policy -----------------------------------------------------------------------------

    def policy(self) -> Policy:
        """The signing policy in force (defaults for keys never set)."""
        with self.db.read_scope() as s:
            values = {r.key: json.loads(r.value_json) for r in s.execute(select(PolicyRow)).scalars()}
        return policy_from_json(values)

    def set_policy(self, key: str, value: Any, *, actor: str) -> tuple[Any, Any]:
        """Set one policy value (audited ``policy_changed``); returns (old, new)."""
        with self.db.write_scope() as s:
            row = s.get(PolicyRow, key)
            old = json.loads(row.value_json) if row else DEFAULT_POLICY.to_json()[key]
            if row is None:
                row = PolicyRow(key=key, value_json=json.dumps(value))
                s.add(row)
            else:
                row.value_json = json.dumps(value)
            s.flush()
            self.library.append_audit(
                s, actor=actor, kind=core_audit.POLICY_CHANGED, payload={"key": key, "old": old, "new": value}
            )
            return old, value

    # -- checklist answers ------------------------------------------------------------------
    def answers(self, version_id: int, person: str, template_hash: str) -> list[Answer]:
        """The person's latest answers on one version for one template (by template hash)."""
        with self.db.read_scope() as s:
            rows = s.execute(
                select(ChecklistAnswerRow)
                .where(
                    ChecklistAnswerRow.version_id == version_id,
                    ChecklistAnswerRow.person == person,
                    ChecklistAnswerRow.template_hash == template_hash,
                )
                .order_by(ChecklistAnswerRow.id)
            ).scalars()
            return [Answer(r.item_id, r.result, r.note) for r in rows]

    def save_answers(
        self,
        *,
        clip_id: str,
        version_id: int,
        version: int,
        person: str,
        template_id: str,
        template_hash: str,
        answers: Iterable[Answer],
        when: datetime,
    ) -> None:
        """Store answers exactly as given (latest per item) and audit them in one event."""
        answers = list(answers)
        if not answers:
            return
        with self.db.write_scope() as s:
            for a in answers:
                row = s.execute(
                    select(ChecklistAnswerRow).where(
                        ChecklistAnswerRow.version_id == version_id,
                        ChecklistAnswerRow.person == person,
                        ChecklistAnswerRow.template_hash == template_hash,
                        ChecklistAnswerRow.item_id == a.item_id,
                    )
                ).scalar_one_or_none()
                if row is None:
                    row = ChecklistAnswerRow(
                        version_id=version_id,
                        person=person,
                        template_id=template_id,
                        template_hash=template_hash,
                        item_id=a.item_id,
                    )
                    s.add(row)
                row.result, row.note, row.answered_at = a.result, a.note, when
            s.flush()
            self.library.append_audit(
                s,
                actor=person,
                kind=core_audit.CHECKLIST_ANSWER,
                clip_id=clip_id,
                payload={
                    "clip_id": clip_id,
                    "version": version,
                    "template_id": template_id,
                    "template_hash": template_hash,
                    "answers": [a.to_json() for a in answers],
                },
            )

    # -- signing locks ----------------------------------------------------------------------
    def lock(self, principal: str) -> LockState:
        """Wrong-passphrase counters and lock of one signer."""
        with self.db.read_scope() as s:
            return _lock(principal, s.get(SigningLockRow, principal))

    def register_failure(
        self,
        principal: str,
        *,
        fingerprint: str,
        now: datetime,
        max_failures: int,
        delay_for: Callable[[int], float],
        signed_from: str,
    ) -> tuple[LockState, list[core_audit.AuditEvent]]:
        """Count a wrong passphrase (audited); at ``max_failures`` lock signing (audited).

        Returns the new state and the events appended (for the rollback witness).
        """
        from datetime import timedelta

        events: list[core_audit.AuditEvent] = []
        with self.db.write_scope() as s:
            row = s.get(SigningLockRow, principal)
            if row is None:
                row = SigningLockRow(principal=principal, failures=0, lockouts=0, locked_until=None)
                s.add(row)
            row.failures = (row.failures or 0) + 1
            s.flush()
            events.append(
                self.library.append_audit(
                    s,
                    actor=principal,
                    kind=core_audit.WRONG_PASSPHRASE,
                    payload={
                        "principal": principal,
                        "key_fingerprint": fingerprint,
                        "failures": row.failures,
                        "signed_from": signed_from,
                    },
                )
            )
            if row.failures >= max_failures:
                row.lockouts = (row.lockouts or 0) + 1
                delay = delay_for(row.lockouts)
                row.locked_until = now + timedelta(seconds=delay)
                row.failures = 0
                s.flush()
                events.append(
                    self.library.append_audit(
                        s,
                        actor=principal,
                        kind=core_audit.SIGNING_LOCKED,
                        payload={
                            "principal": principal,
                            "lockouts": row.lockouts,
                            "delay_s": delay,
                            "locked_until": format_rfc3339(row.locked_until),
                        },
                    )
                )
            return _lock(principal, row), events

    def clear_failures(self, principal: str) -> None:
        """A correct passphrase: forget failures and past lock-outs."""
        with self.db.write_scope() as s:
            row = s.get(SigningLockRow, principal)
            if row is not None and (row.failures or row.lockouts or row.locked_until):
                row.failures, row.lockouts, row.locked_until = 0, 0, None

    # -- sign-offs --------------------------------------------------------------------------
    def commit_signed(
        self,
        *,
        clip_id: str,
        version_id: int,
        actor: str,
        build: Callable[[core_audit.AuditEvent | None], SignedDraft],
        status: str | None,
        revokes_id: int | None,
        checkpoint: Callable[[core_audit.AuditEvent], tuple[core_audit.Checkpoint, str]],
    ) -> CommitResult:
        """Store a signed record, its audit event and a signed checkpoint in ONE transaction.

        ``build(head)`` is called while the write lock is held, so the record names the true
        previous audit hash and its event follows that head directly; ``checkpoint(event)``
        signs the new head. ``status`` (if given) becomes the clip's status.
        """
        with self.db.write_scope() as s:
            # Hold the chain's append lock (as append_audit does) before reading the head that
            # the record will name; SQLite's BEGIN IMMEDIATE already serialises writers.
            advisory_xact_lock(s, AUDIT_CHAIN_LOCK_KEY)
            last = s.execute(select(AuditRow).order_by(AuditRow.seq.desc()).limit(1)).scalar_one_or_none()
            head = _event(last) if last is not None else None
            draft = build(head)
            seq = (head.seq if head else 0) + 1
            row = SignoffRow(
                clip_id=clip_id,
                version_id=version_id,
                kind=draft.kind,
                decision=draft.decision,
                record=draft.record,
                record_sha256=draft.record_sha256,
                signature=draft.signature,
                principal=draft.principal,
                fingerprint=draft.fingerprint,
                signed_at=draft.signed_at,
                audit_seq=seq,
                revokes_id=revokes_id,
            )
            s.add(row)
            s.flush()
            event = self.library.append_audit(
                s,
                actor=actor,
                kind=draft.event_kind,
                clip_id=clip_id,
                payload=draft.payload,
                signature=draft.signature,
            )
            if event.seq != seq:  # pragma: no cover - the write lock makes this impossible
                raise RuntimeError("audit chain moved during signing")
            if status is not None:
                clip = s.get(ClipRow, clip_id)
                assert clip is not None  # the caller checked the clip inside this transaction
                clip.status = status
                clip.updated_at = utcnow()
            cp, cp_signature = checkpoint(event)
            cp_event = self.library.append_audit(
                s,
                actor=actor,
                kind=core_audit.CHECKPOINT,
                payload=cp.to_dict(),
                signature=cp_signature,
            )
            version_row = s.get(VersionRow, version_id)
            assert version_row is not None  # the record just stored points at it
            version_number = version_row.number
            return CommitResult(
                signoff=_signoff(row, version_number),
                event=event,
                checkpoint=cp,
                checkpoint_signature=cp_signature,
                checkpoint_event=cp_event,
            )

    def _signoffs(self, s: Session, q: Select[Any]) -> list[StoredSignoff]:
        rows = s.execute(
            q.join(VersionRow, VersionRow.id == SignoffRow.version_id).add_columns(VersionRow.number)
        ).all()
        return [_signoff(r[0], r[1]) for r in rows]

    def signoffs(self, clip_id: str | None = None) -> list[StoredSignoff]:
        """Signed records (all, or one clip's), oldest first."""
        with self.db.read_scope() as s:
            q = select(SignoffRow).order_by(SignoffRow.id)
            if clip_id is not None:
                q = q.where(SignoffRow.clip_id == clip_id)
            return self._signoffs(s, q)

    def signoff(self, signoff_id: int) -> StoredSignoff:
        """One signed record by id."""
        with self.db.read_scope() as s:
            found = self._signoffs(s, select(SignoffRow).where(SignoffRow.id == signoff_id))
        if not found:
            raise NotFoundError(f"no sign-off {signoff_id}")
        return found[0]

    def signoff_index(self) -> list[tuple[int, int, str]]:
        """(id, audit_seq, kind) of every stored record, for finding records outside the chain."""
        with self.db.read_scope() as s:
            return [(r[0], r[1], r[2]) for r in s.execute(select(SignoffRow.id, SignoffRow.audit_seq, SignoffRow.kind))]

    def event(self, seq: int) -> core_audit.AuditEvent | None:
        """The audit event with this seq, or None."""
        with self.db.read_scope() as s:
            row = s.get(AuditRow, seq)
            return _event(row) if row else None

    def last_event(self, kind: str) -> core_audit.AuditEvent | None:
        """The newest audit event of one kind (e.g. the newest checkpoint), or None."""
        with self.db.read_scope() as s:
            row = s.scalars(
                select(AuditRow).where(AuditRow.kind == kind).order_by(AuditRow.seq.desc()).limit(1)
            ).first()
            return _event(row) if row else None

    def clip_events(self, clip_id: str) -> list[core_audit.AuditEvent]:
        """The audit events of one clip, in seq order (the desk's history tab)."""
        return list(self.library.audit_events(clip_id=clip_id))

    def chain_segments(self, parts: int) -> list[tuple[int, int | None, tuple[int, str] | None]]:
        """Cut the chain into ``parts`` contiguous pieces of about equal size (equal seq ranges).

        Returns ``(first_seq, before_seq or None, anchor)`` per piece, where anchor is the stored
        ``(seq, hash)`` of the event just before ``first_seq`` (None for the first piece).
        """
        with self.db.read_scope() as s:
            lo, hi = s.execute(select(func.min(AuditRow.seq), func.max(AuditRow.seq))).one()
            if lo is None:
                return [(0, None, None)]
            # Cut by seq, not by row: seq is the primary key, so its bounds cost two index look-ups,
            # where counting rows off (OFFSET) walks the event table once per piece (~0.3 s of
            # 20,000 events before any worker could start). The chain's seqs are consecutive;
            # where events were deleted, the pieces are merely unequal.
            span = hi - lo + 1
            pieces_wanted = max(1, min(parts, span))
            size = -(-span // pieces_wanted)
            starts = [lo + k * size for k in range(pieces_wanted) if lo + k * size <= hi]
            starts[0] = min(starts[0], 0)  # the first piece starts at the very beginning
            pieces = []
            for n, first in enumerate(starts):
                before = starts[n + 1] if n + 1 < len(starts) else None
                anchor = None
                if n:
                    # Where one pass stands there: the last event before it that advanced the chain.
                    # One pass starts at seq 0 (genesis), so an event moved to seq 0 or below never
                    # advances it ("out of order"); it cannot be a piece's anchor either.
                    row = s.execute(
                        select(AuditRow.seq, AuditRow.hash)
                        .where(AuditRow.seq < first, AuditRow.seq > 0)
                        .order_by(AuditRow.seq.desc())
                        .limit(1)
                    ).first()
                    anchor = (row[0], row[1]) if row else None
                pieces.append((first, before, anchor))
            return pieces

    def chain_query(self) -> Select[*tuple[Any, ...]]:
        """The audit events in seq order joined with the record stored for each (what
        :meth:`iter_chain` reads, a batch at a time; ``bench.verify_breakdown`` times it raw)."""
        target = aliased(SignoffRow)
        return (
            select(
                AuditRow.seq,
                AuditRow.time,
                AuditRow.actor,
                AuditRow.kind,
                AuditRow.payload,
                AuditRow.prev_hash,
                AuditRow.hash,
                AuditRow.signature,
                SignoffRow.id,
                SignoffRow.clip_id,
                SignoffRow.version_id,
                SignoffRow.kind,
                SignoffRow.decision,
                SignoffRow.record,
                SignoffRow.record_sha256,
                SignoffRow.signature,
                SignoffRow.principal,
                SignoffRow.fingerprint,
                SignoffRow.id,
                SignoffRow.revokes_id,
                VersionRow.number,
                cast(SignoffRow.signed_at, String),
                target.record_sha256,
                VersionRow.clip_id,
            )
            .outerjoin(SignoffRow, SignoffRow.audit_seq == AuditRow.seq)
            .outerjoin(VersionRow, VersionRow.id == SignoffRow.version_id)
            .outerjoin(target, target.id == SignoffRow.revokes_id)
            .order_by(AuditRow.seq)
        )

    def iter_chain(
        self, batch: int = 5000, *, first: int | None = None, before: int | None = None
    ) -> Iterator[tuple[core_audit.AuditEvent, StoredSignoff | None]]:
        """Audit events in seq order (``first <= seq < before``) with the record stored for each."""
        after = None if first is None else first - 1
        chain = self.chain_query().limit(batch)
        if before is not None:
            chain = chain.where(AuditRow.seq < before)
        while True:
            with self.db.read_scope() as s:
                q = chain if after is None else chain.where(AuditRow.seq > after)
                # On the connection: plain rows without the ORM's per-row loading (a whole library).
                rows = s.connection().execute(q).all()
            if not rows:
                return
            last = rows[-1][0]
            if len(rows) == batch and rows[0][0] != last:
                # Rows sharing the last seq (a duplicated event) are all read in the next batch,
                # so duplicates stay adjacent and none is skipped at a batch boundary.
                rows = [r for r in rows if r[0] != last]
                next_after = last - 1
            else:
                next_after = last
            for r in rows:
                event = core_audit.AuditEvent(
                    seq=r[0],
                    time=r[1],
                    actor=r[2],
                    kind=r[3],
                    payload_json=bytes(r[4]),
                    prev_hash=r[5],
                    hash=r[6],
                    signature=r[7],
                )
                stored = None
                if r[8] is not None:
                    stored = StoredSignoff(
                        id=r[8],
                        clip_id=r[9],
                        version_id=r[10],
                        version=r[20],
                        kind=r[11],
                        decision=r[12],
                        record=bytes(r[13]),
                        record_sha256=r[14],
                        signature=r[15],
                        # signed_at is not read here: verification takes it from the signed event,
                        # and a garbled date in the row must not stop the audit.
                        principal=r[16],
                        fingerprint=r[17],
                        signed_at=None,
                        audit_seq=r[0],
                        revokes_id=r[19],
                        signed_at_text=r[21],
                        revokes_sha256=r[22] or "",
                        version_clip_id=r[23] or "",
                    )
                yield event, stored
            after = next_after

    def audit_count(self) -> int:
        """How many audit events there are."""
        with self.db.read_scope() as s:
            return int(s.execute(select(func.count()).select_from(AuditRow)).scalar_one())

    # -- files named by sign-offs -----------------------------------------------------------
    def media_paths(
        self, clip_id: str | None = None
    ) -> tuple[dict[str, str], dict[str, list[str]], dict[tuple[str, int], str | None]]:
        """(clip sha256 → store path, caption sha256 → store paths, (clip, version) → post sha256).

        Over the whole library, or one clip's versions when ``clip_id`` is given.
        """
        with self.db.read_scope() as s:
            vq = select(VersionRow.sha256, VersionRow.store_path)
            cq = select(CaptionRow.sha256, CaptionRow.store_path).join(
                VersionRow, VersionRow.id == CaptionRow.version_id
            )
            pq = select(VersionRow.clip_id, VersionRow.number, PostTextRow.sha256).outerjoin(
                PostTextRow, PostTextRow.version_id == VersionRow.id
            )
            if clip_id is not None:
                vq = vq.where(VersionRow.clip_id == clip_id)
                cq = cq.where(VersionRow.clip_id == clip_id)
                pq = pq.where(VersionRow.clip_id == clip_id)
            clips = {sha: path for sha, path in s.execute(vq)}
            captions: dict[str, list[str]] = {}
            for sha, path in s.execute(cq):
                captions.setdefault(sha, [])
                if path not in captions[sha]:
                    captions[sha].append(path)
            posts: dict[tuple[str, int], str | None] = {(cid, number): sha for cid, number, sha in s.execute(pq)}
            return clips, captions, posts

    # -- export and other checkpointed events ---------------------------------------------------
    def commit_with_checkpoint(
        self,
        *,
        actor: str,
        kind: str,
        clip_id: str | None,
        payload: dict[str, Any],
        checkpoint: Callable[[core_audit.AuditEvent], tuple[core_audit.Checkpoint, str]],
    ) -> tuple[core_audit.AuditEvent, core_audit.Checkpoint, str, core_audit.AuditEvent]:
        """Append one event and a signed checkpoint right after it, in ONE transaction.

        Used for exports: the exporter's key signs that the chain's head is the export event.
        Returns (event, checkpoint, checkpoint signature, checkpoint event).
        """
        with self.db.write_scope() as s:
            event = self.library.append_audit(s, actor=actor, kind=kind, clip_id=clip_id, payload=payload)
            cp, cp_signature = checkpoint(event)
            cp_event = self.library.append_audit(
                s, actor=actor, kind=core_audit.CHECKPOINT, payload=cp.to_dict(), signature=cp_signature
            )
            return event, cp, cp_signature, cp_event

    def serialised(self, fn: Callable[[], Any]) -> Any:
        """Run ``fn`` holding the library's write lock (BEGIN IMMEDIATE on SQLite, an advisory
        lock on PostgreSQL): one desk at a time, for a read-then-write outside the database such
        as advancing the rollback witness, which must never move back."""
        with self.db.write_scope() as s:
            s.connection()  # begins the transaction: on SQLite that takes the write lock
            advisory_xact_lock(s, WITNESS_LOCK_KEY)
            return fn()

    # -- what verify compares ---------------------------------------------------------------
    def audit_head(self) -> core_audit.AuditEvent | None:
        """The newest audit event."""
        return self.library.audit_head()

    def missing_triggers(self) -> list[str]:
        """The append-only triggers of audit_events that the database no longer has."""
        with self.db.read_scope() as s:
            if self.db.engine.dialect.name == "postgresql":
                present = {
                    r[0]
                    for r in s.execute(
                        text(
                            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_events'::regclass AND NOT tgisinternal"
                        )
                    )
                }
                expected: tuple[str, ...] = _PG_TRIGGERS
            else:
                present = {
                    r[0]
                    for r in s.execute(
                        text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_events'")
                    )
                }
                expected = _SQLITE_TRIGGERS
        return [t for t in expected if t not in present]

    def status_rows(self) -> dict[str, tuple[str, int]]:
        """(status, current version number) of every clip, for comparing with the signed events."""
        with self.db.read_scope() as s:
            return {
                cid: (status, number)
                for cid, status, number in s.execute(select(ClipRow.id, ClipRow.status, ClipRow.current_version))
            }

    def people_rows(self) -> dict[str, tuple[str, str, str]]:
        """principal → (name, title, role) as the people table says."""
        with self.db.read_scope() as s:
            return {r.principal: (r.name, r.title, r.role) for r in s.execute(select(PersonRow)).scalars()}
