"""Decisions and their signatures: policy, checklist answers, readiness, signing, revocation.

:class:`SignoffService` is the one use-case service the desk and the CLI share for decisions. It
is pure: its repository (storage), key vault (OS keyring), crypto (SSHSIG, certificates) and clock
are injected, so core imports none of them. Who may sign, with which key and certificate, comes
from :class:`reviewer.core.station.StationService` (the station-signed events), never from the
library's tables. What one signing does, in order (21 CFR Part 11 §11.50, §11.70, §11.200 in mind):

1. who: the signer's active key and its certificate in force (only a certified head signs
   approvals, changes and rejections; an editor's decision becomes a signed *recommendation*);
2. policy: the checklist rule (approve needs every item answered and no blocking item failed),
   a reason for changes/reject, the coverage rule (``require_full_view``: 100 % of THIS version
   watched by THIS signer before approving) and no headless signing while that rule is on;
3. the passphrase, asked at every signing (:mod:`reviewer.core.lockout`);
4. in one write transaction: the record (RFC 8785 bytes naming the previous audit hash) is
   signed (SSHSIG under the namespace of its kind, carrying the signer's certificate), stored with
   its ``signoff`` event, the clip's status set, and a checkpoint of the new head signed and
   appended; after commit the checkpoint file goes to ``checkpoints/`` and the rollback witness
   in the OS keyring advances.

Verification lives in :mod:`reviewer.core.verification`, the export package in
:mod:`reviewer.core.export`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from reviewer.core import audit as core_audit
from reviewer.core.audit import AuditEvent, Checkpoint
from reviewer.core.blockers import (
    HEADLESS_NEEDS_FULL_VIEW_OFF,
    NOT_FULLY_WATCHED,
    REASON_REQUIRED,
    SIGNING_LOCKED,
    Blocker,
)
from reviewer.core.canonical import format_rfc3339, nfc, parse_rfc3339
from reviewer.core.checklist import (
    Answer,
    ChecklistTemplate,
    answers_for_record,
    evaluate,
)
from reviewer.core.checkpoints import restore_checkpoint_file, write_checkpoint_file
from reviewer.core.coverage import IntervalSet, coverage_of, is_fully_covered
from reviewer.core.lockout import locked_message, unlock_with_lockout
from reviewer.core.model import ClipDetail, ClipStatus, ClipVersion, Person, Role
from reviewer.core.platforms import meaning_name as platform_name  # how a meaning text names it
from reviewer.core.record import (
    APPROVAL,
    DECISION_KINDS,
    DECISIONS,
    RECOMMENDATION,
    REVOCATION,
    build_approval_record,
    build_revocation_record,
    meaning_text,
    parse_record,
    record_bytes,
    record_sha256,
    revocation_meaning,
)
from reviewer.core.signing_model import (
    POLICY_TYPES,
    CommitResult,
    Crypto,
    KeyVault,
    LibraryReader,
    LockState,
    Policy,
    Readiness,
    SignedDraft,
    SigningKey,
    SigningRepo,
    SignResult,
    StoredSignoff,
    UnlockedKey,
)
from reviewer.core.station import StationService
from reviewer.core.timecode import clock_tenths
from reviewer.core.trust import CHECKPOINT_NAMESPACE, HEAD, CertRecord, KeyTrust, Station, namespace_for
from reviewer.errors import (
    NotFoundError,
    PolicyError,
    ReviewerError,
    SigningLockedError,
    UsageError,
)

__all__ = ["SignoffService", "platform_name"]

_STATUS_FOR_KIND = {"approval": "approved", "changes": "changes", "rejection": "rejected"}


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _clean(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "").strip()


def _signer_block(key: KeyTrust, cert: CertRecord, station: Station) -> dict[str, Any]:
    """The ``signer`` object of a signed record: who signs, in what capacity, with which key and
    certificate — all as the station's signed events state them."""
    return {
        "principal": key.principal,
        "name": key.name,
        "title": key.title,
        "role": cert.role,
        "key_fingerprint": key.fingerprint,
        "certificate_serial": cert.serial,
        "station_fingerprint": station.fingerprint,
    }


def _when(text: str | None) -> datetime | None:
    try:
        return parse_rfc3339(text) if text else None
    except ValueError:
        return None


class SignoffService:
    """Policy, checklist answers, readiness, signing and revocation (see the module docstring).

    ``station`` answers who may sign (and holds the rollback witness); ``template`` returns the
    active checklist; ``clock`` returns an aware UTC now (tests inject their own).
    """

    def __init__(
        self,
        *,
        repo: SigningRepo,
        library: LibraryReader,
        crypto: Crypto,
        vault: KeyVault,
        station: StationService,
        template: Callable[[], ChecklistTemplate],
        home: Path,
        coverage_tolerance_ms: int = 250,
        app_version: str = "0",
        actor: str = "unknown",
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.repo = repo
        self.library = library
        self.crypto = crypto
        self.vault = vault
        self.station = station
        self.template = template
        self.home = Path(home)
        self.coverage_tolerance_ms = coverage_tolerance_ms
        self.app_version = app_version
        self.actor = actor
        self.clock = clock

    @property
    def checkpoints_dir(self) -> Path:
        """Where signed checkpoint files are written."""
        return self.home / "checkpoints"

    # ------------------------------------------------------------------ people
    def person(self, principal: str) -> Person | None:
        """The person as the station's events state them (printed name, title, certified role)."""
        key = self.station.trust().active_key_of(principal)
        if key is None:
            return None
        try:
            role = Role(key.role)
        except ValueError:
            role = Role.EDITOR
        return Person(key.principal, key.name, key.title, role)

    def list_keys(self) -> list[tuple[Person, SigningKey]]:
        """Every key the station's events name, with its person (printed name, title, certified
        role), oldest first: who can sit at the desk and who could before."""
        out = []
        for key in sorted(self.station.trust().keys.values(), key=lambda k: k.enrolled_seq):
            try:
                role = Role(key.role)
            except ValueError:
                role = Role.EDITOR
            cert = key.current_cert
            out.append(
                (
                    Person(key.principal, key.name, key.title, role),
                    SigningKey(
                        fingerprint=key.fingerprint,
                        principal=key.principal,
                        public_key=key.public_key,
                        created_at=_when(key.enrolled_at) or self.clock(),
                        retired_at=_when(key.retired_at),
                        certificate=cert.line if cert else None,
                        serial=cert.serial if cert else None,
                        revoked_at=_when(key.revoked_at),
                        revoke_reason=key.revoke_reason or None,
                    ),
                )
            )
        return out

    def can_sign(self, principal: str) -> bool:
        """Whether ``principal`` has an active, certified key valid now."""
        try:
            self.station.signer(principal)
        except ReviewerError:
            return False
        return True

    # ------------------------------------------------------------------ policy
    def policy(self) -> Policy:
        """The policy in force."""
        return self.repo.policy()

    def set_policy(self, key: str, value: str | bool) -> tuple[Any, Any]:
        """Set one policy value from text ("true"/"false"...) or a typed value; audited."""
        if key not in POLICY_TYPES:
            raise UsageError(f"unknown policy key {key!r} (known: {', '.join(sorted(POLICY_TYPES))})")
        if POLICY_TYPES[key] is bool and isinstance(value, str):
            text = value.strip().lower()
            if text in ("true", "yes", "on", "1"):
                value = True
            elif text in ("false", "no", "off", "0"):
                value = False
            else:
                raise UsageError(f"{key} takes true or false, not {value!r}")
        if not isinstance(value, POLICY_TYPES[key]):
            raise UsageError(f"{key} takes a {POLICY_TYPES[key].__name__}")
        return self.repo.set_policy(key, value, actor=self.actor)

    # ------------------------------------------------------------------ checklist
    def answers(self, clip_ref: str, principal: str, version: int | None = None) -> dict[str, Answer]:
        """The person's saved answers on a version (current by default), by item id."""
        template = self.template()
        v = self.library.version(self.library.resolve_clip_id(clip_ref), version)
        return {a.item_id: a for a in self.repo.answers(v.id, principal, template.hash)}

    def save_answers(
        self, clip_ref: str, principal: str, answers: Iterable[Answer], version: int | None = None
    ) -> dict[str, Answer]:
        """Save answers exactly as given (audited); returns all saved answers of the person."""
        template = self.template()
        known = set(template.item_ids)
        answers = [Answer(a.item_id, a.result, nfc(a.note or "").strip()) for a in answers]
        for a in answers:
            if a.item_id not in known:
                raise UsageError(f"unknown checklist item {a.item_id!r} (template {template.id})")
            if a.result not in ("pass", "fail", "na"):
                raise UsageError(f"checklist item {a.item_id!r}: result must be pass, fail or na")
        clip_id = self.library.resolve_clip_id(clip_ref)
        v = self.library.version(clip_id, version)
        self.repo.save_answers(
            clip_id=clip_id,
            version_id=v.id,
            version=v.number,
            person=principal,
            template_id=template.id,
            template_hash=template.hash,
            answers=answers,
            when=self.clock(),
        )
        return {a.item_id: a for a in self.repo.answers(v.id, principal, template.hash)}

    # ------------------------------------------------------------------ readiness
    def _signer(self, principal: str) -> tuple[KeyTrust, CertRecord, Station]:
        trust = self.station.trust()
        key, cert = self.station.signer(principal, trust)
        assert trust.station is not None
        return key, cert, trust.station

    def _coverage(self, version: ClipVersion, principal: str) -> tuple[IntervalSet, float, bool]:
        intervals = IntervalSet.from_json(self.library.coverage(version.id, principal))
        fraction = coverage_of(intervals, version.duration_ms)
        full = is_fully_covered(intervals, version.duration_ms, tolerance_ms=self.coverage_tolerance_ms)
        return intervals, fraction, full

    def readiness(
        self,
        clip_ref: str,
        principal: str,
        decision: str,
        *,
        reason: str = "",
        signed_from: str = "desk",
    ) -> Readiness:
        """Every reason the decision cannot be signed now (empty = it can), without a passphrase."""
        if decision not in DECISIONS:
            raise UsageError(f"decision must be approve, changes or reject, not {decision!r}")
        if signed_from not in ("desk", "cli"):
            raise UsageError("signed_from must be desk or cli")
        key, cert, _station = self._signer(principal)
        detail = self.library.clip_detail(clip_ref)
        version = detail.current
        template = self.template()
        state = evaluate(template, self.repo.answers(version.id, principal, template.hash))
        policy = self.repo.policy()
        intervals, fraction, full = self._coverage(version, principal)
        kind = DECISION_KINDS[decision] if cert.role == HEAD else RECOMMENDATION
        blockers: list[Blocker] = []
        if signed_from == "cli" and policy.require_full_view:
            blockers.append(
                Blocker(
                    HEADLESS_NEEDS_FULL_VIEW_OFF,
                    "headless signing is not allowed while the policy require_full_view is on: "
                    "sign in the desk after watching the whole clip, or turn the rule off with "
                    "'reviewer policy set require_full_view false'",
                )
            )
        if decision in ("changes", "reject") and not _clean(reason):
            blockers.append(
                Blocker(
                    REASON_REQUIRED,
                    f"a decision to {'request changes' if decision == 'changes' else 'reject'} needs a reason",
                    {"decision": decision},
                )
            )
        if decision == "approve":
            if not state.can_approve:
                blockers.extend(state.blockers)
            if policy.require_full_view and not full:
                gaps = list(IntervalSet(intervals).gaps(0, max(1, version.duration_ms - self.coverage_tolerance_ms)))
                shown = ", ".join(f"{clock_tenths(s)}–{clock_tenths(e)}" for s, e in gaps[:3])
                more = " …" if len(gaps) > 3 else ""
                blockers.append(
                    Blocker(
                        NOT_FULLY_WATCHED,
                        f"{principal} has watched {fraction * 100:.1f}% of version {version.number}; the "
                        f"policy require_full_view needs the whole clip watched before approving "
                        f"(not yet watched: {shown}{more})",
                        {"principal": principal, "fraction": fraction, "version": version.number, "gaps": tuple(gaps)},
                    )
                )
        lock = self.repo.lock(principal)
        now = self.clock()
        if lock.locked_at(now):
            blockers.append(
                Blocker(
                    SIGNING_LOCKED,
                    locked_message(principal, lock, now),
                    {"principal": principal, "locked_until": lock.locked_until},
                )
            )
        return Readiness(
            can_sign=not blockers,
            blockers=tuple(blockers),
            kind=kind,
            checklist=state,
            coverage_fraction=fraction,
            fully_viewed=full,
            locked_until=lock.locked_until if lock.locked_at(now) else None,
        )

    # ------------------------------------------------------------------ unlocking
    def _unlock(
        self, key: KeyTrust, cert: CertRecord, station: Station, passphrase: str, signed_from: str
    ) -> UnlockedKey:
        """The passphrase check with its lock-out; the key then signs carrying its certificate."""
        events: list[AuditEvent] = []
        try:
            return unlock_with_lockout(
                repo=self.repo,
                crypto=self.crypto,
                vault=self.vault,
                principal=key.principal,
                fingerprint=key.fingerprint,
                passphrase=passphrase,
                signed_from=signed_from,
                now=self.clock(),
                certificate=cert.line,
                on_events=events.extend,
            )
        finally:
            self.station.note(station, events)

    # ------------------------------------------------------------------ signing
    def checkpoint_fn(self, unlocked: UnlockedKey, principal: str) -> Callable[[AuditEvent], tuple[Checkpoint, str]]:
        """Signs a checkpoint of the chain head (the event just appended) with ``unlocked``."""

        def make(event: AuditEvent) -> tuple[Checkpoint, str]:
            cp = core_audit.make_checkpoint(event, principal, unlocked.fingerprint)
            return cp, unlocked.sign(cp.checkpoint_bytes(), CHECKPOINT_NAMESPACE)

        return make

    def write_checkpoint(self, cp: Checkpoint, signature: str) -> tuple[Path | None, tuple[str, ...]]:
        """Write the checkpoint file after commit (so a file never names an uncommitted head)."""
        try:
            path = write_checkpoint_file(self.checkpoints_dir, cp, signature)
        except OSError as exc:
            warning = (
                f"the checkpoint file could not be written ({exc.strerror or exc}); "
                "the checkpoint is still in the audit chain"
            )
            return None, (warning,)
        return path, ()

    def _after_commit(self, result: CommitResult, station: Station) -> tuple[Path | None, tuple[str, ...]]:
        path, warnings = self.write_checkpoint(result.checkpoint, result.checkpoint_signature)
        return path, warnings + self.station.note(station, result.checkpoint_event)

    def restore_checkpoint_file(self) -> Path | None:
        """Write the newest checkpoint's file again from the chain when a crash lost it (see
        :func:`reviewer.core.checkpoints.restore_checkpoint_file`); only a checkpoint whose
        signature verifies with a key the station's events name is copied out."""
        trust = self.station.trust()

        def verifies(event: AuditEvent, cp: Checkpoint) -> bool:
            key = trust.key(cp.key_fingerprint)
            return (
                key is not None
                and self.crypto.signature_problem(
                    event.signature or "", event.payload_json, CHECKPOINT_NAMESPACE, key.public_key
                )
                is None
            )

        return restore_checkpoint_file(self.checkpoints_dir, self.repo.last_event(core_audit.CHECKPOINT), verifies)

    def sign(
        self,
        clip_ref: str,
        *,
        decision: str,
        passphrase: str,
        principal: str,
        reason: str = "",
        signed_from: str = "desk",
        answers: Iterable[Answer] | None = None,
    ) -> SignResult:
        """Sign a decision on the clip's current version (see the module docstring)."""
        clip_id = self.library.resolve_clip_id(clip_ref)
        key, cert, station = self._signer(principal)
        if answers is not None:
            self.save_answers(clip_id, principal, answers)
        ready = self.readiness(clip_id, principal, decision, reason=reason, signed_from=signed_from)
        if ready.locked_until is not None:
            raise SigningLockedError(locked_message(principal, self.repo.lock(principal), self.clock()))
        if not ready.can_sign:
            raise PolicyError(f"cannot sign: {'; '.join(ready.reasons)}")
        unlocked = self._unlock(key, cert, station, passphrase, signed_from)

        detail = self.library.clip_detail(clip_id)
        version = detail.current
        template = self.template()
        saved = self.repo.answers(version.id, principal, template.hash)
        intervals, fraction, _full = self._coverage(version, principal)
        policy = self.repo.policy()
        kind = ready.kind
        recommendation = kind == RECOMMENDATION
        platform = platform_name(detail.clip.platform)
        meaning = (
            f"{meaning_text(decision, platform, 'vi', recommendation=recommendation)} / "
            f"{meaning_text(decision, platform, 'en', recommendation=recommendation)}"
        )
        signed_at_dt = self.clock()
        signed_at = format_rfc3339(signed_at_dt)
        notes = [
            {"start_ms": n.start_ms, "end_ms": n.end_ms, "text": n.text, "author": n.author}
            for n in detail.notes
            if n.version == version.number
        ]
        signer = _signer_block(key, cert, station)
        namespace = namespace_for(kind)

        def build(head: AuditEvent | None) -> SignedDraft:
            record = build_approval_record(
                kind=kind,
                clip_id=clip_id,
                version=version.number,
                clip={
                    "sha256": version.sha256,
                    "size": version.size,
                    "duration_ms": version.duration_ms,
                    "file_name": version.original_name,
                },
                captions=[
                    {"file_name": c.file_name, "sha256": c.sha256, "language": c.language} for c in version.captions
                ],
                post_text=version.post_text,
                checklist={"id": template.id, "hash": template.hash, "answers": answers_for_record(template, saved)},
                notes=notes,
                decision=decision,
                meaning=meaning,
                reason=_clean(reason),
                signer=signer,
                signed_at=signed_at,
                coverage={
                    "fraction": fraction,
                    "intervals": intervals.intersect_range(0, max(version.duration_ms, 1)),
                    "viewed_ms": intervals.intersect_range(0, max(version.duration_ms, 1)).total_ms(),
                    "duration_ms": version.duration_ms,
                    "rule": {"require_full_view": policy.require_full_view, "tolerance_ms": self.coverage_tolerance_ms},
                },
                signed_from=signed_from,
                app_version=self.app_version,
                prev_audit_hash=head.hash if head else core_audit.GENESIS_HASH,
            )
            data = record_bytes(record)
            sha = record_sha256(data)
            return SignedDraft(
                kind=kind,
                decision=decision,
                record=data,
                record_sha256=sha,
                signature=unlocked.sign(data, namespace),
                principal=principal,
                fingerprint=key.fingerprint,
                signed_at=signed_at_dt,
                event_kind=core_audit.SIGNOFF,
                payload={
                    "clip_id": clip_id,
                    "version": version.number,
                    "record_kind": kind,
                    "decision": decision,
                    "record_sha256": sha,
                    "principal": principal,
                    "key_fingerprint": key.fingerprint,
                    "signed_at": signed_at,
                    "signed_from": signed_from,
                    "namespace": namespace,
                    "certificate_serial": cert.serial,
                },
            )

        result = self.repo.commit_signed(
            clip_id=clip_id,
            version_id=version.id,
            actor=principal,
            build=build,
            status=_STATUS_FOR_KIND.get(kind),
            revokes_id=None,
            checkpoint=self.checkpoint_fn(unlocked, principal),
        )
        path, warnings = self._after_commit(result, station)
        return SignResult(result.signoff, parse_record(result.signoff.record), result.event, path, warnings)

    def revoke(
        self,
        clip_ref: str,
        *,
        reason: str,
        passphrase: str,
        principal: str,
        signed_from: str = "desk",
    ) -> SignResult:
        """Revoke the clip's latest approval with a signed revocation record (head only)."""
        clip_id = self.library.resolve_clip_id(clip_ref)
        key, cert, station = self._signer(principal)
        if cert.role != HEAD:
            raise PolicyError(f"only a head can revoke an approval; {principal} is certified as {cert.role}")
        reason = _clean(reason)
        if not reason:
            raise UsageError("a revocation needs a reason (--reason)")
        if signed_from not in ("desk", "cli"):
            raise UsageError("signed_from must be desk or cli")
        rows = self.repo.signoffs(clip_id)
        revoked_ids = {r.revokes_id for r in rows if r.kind == REVOCATION}
        approvals = [r for r in rows if r.kind == APPROVAL and r.id not in revoked_ids]
        if not approvals:
            raise NotFoundError(f"clip {clip_id} has no approval to revoke")
        target = approvals[-1]
        clip = self.library.clip(clip_id)
        unlocked = self._unlock(key, cert, station, passphrase, signed_from)
        signed_at_dt = self.clock()
        signed_at = format_rfc3339(signed_at_dt)
        signer = _signer_block(key, cert, station)
        namespace = namespace_for(REVOCATION)

        def build(head: AuditEvent | None) -> SignedDraft:
            record = build_revocation_record(
                clip_id=clip_id,
                version=target.version,
                revoked_record=target.record,
                reason=reason,
                signer=signer,
                signed_at=signed_at,
                signed_from=signed_from,
                app_version=self.app_version,
                prev_audit_hash=head.hash if head else core_audit.GENESIS_HASH,
                meaning=f"{revocation_meaning('vi')} / {revocation_meaning('en')}",
            )
            data = record_bytes(record)
            sha = record_sha256(data)
            return SignedDraft(
                kind=REVOCATION,
                decision="revoke",
                record=data,
                record_sha256=sha,
                signature=unlocked.sign(data, namespace),
                principal=principal,
                fingerprint=key.fingerprint,
                signed_at=signed_at_dt,
                event_kind=core_audit.REVOCATION,
                payload={
                    "clip_id": clip_id,
                    "version": target.version,
                    "record_kind": REVOCATION,
                    "decision": "revoke",
                    "record_sha256": sha,
                    "revokes_sha256": target.record_sha256,
                    "principal": principal,
                    "key_fingerprint": key.fingerprint,
                    "signed_at": signed_at,
                    "signed_from": signed_from,
                    "namespace": namespace,
                    "reason": reason,
                    "certificate_serial": cert.serial,
                },
            )

        status = ClipStatus.REVOKED.value if target.version == clip.current_version else None
        result = self.repo.commit_signed(
            clip_id=clip_id,
            version_id=target.version_id,
            actor=principal,
            build=build,
            status=status,
            revokes_id=target.id,
            checkpoint=self.checkpoint_fn(unlocked, principal),
        )
        path, warnings = self._after_commit(result, station)
        return SignResult(result.signoff, parse_record(result.signoff.record), result.event, path, warnings)

    # ------------------------------------------------------------------ reading
    def signoffs(self, clip_ref: str) -> list[StoredSignoff]:
        """Every signed record of a clip, oldest first."""
        return self.repo.signoffs(self.library.resolve_clip_id(clip_ref))

    def history(self, clip_ref: str) -> list[AuditEvent]:
        """The clip's audit events in order (the desk's history tab)."""
        return self.repo.clip_events(self.library.resolve_clip_id(clip_ref))

    def lock_state(self, principal: str) -> LockState:
        """The signer's wrong-passphrase counter and lock."""
        return self.repo.lock(principal)

    def detail(self, clip_ref: str) -> ClipDetail:
        """The clip with versions and notes (convenience for callers holding only this service)."""
        return self.library.clip_detail(clip_ref)
