"""Decisions and signatures: keys, policy, checklist answers, signing, revocation, checkpoints.

:class:`SignoffService` is the one use-case service the desk and the CLI share. It is pure: its
repository (storage), key store (OS keyring), crypto (SSHSIG + key blobs) and clock are injected,
so core imports none of them. What one signing does, in order (21 CFR Part 11 §11.50, §11.70,
§11.200 in mind):

1. who: the signer's person record and active key (only a head signs approvals; an editor's
   decision becomes a signed *recommendation*);
2. policy: the checklist rule (approve needs every item answered and no blocking item failed),
   a reason for changes/reject, the coverage rule (``require_full_view``: 100 % of THIS version
   watched by THIS signer before approving) and no headless signing while that rule is on;
3. the passphrase, asked at every signing: five wrong entries lock signing for a growing delay
   (both audited);
4. in one write transaction: the record (RFC 8785 bytes naming the previous audit hash) is
   signed (SSHSIG), stored with its ``signoff`` event, the clip's status set, and a checkpoint of
   the new head signed and appended; after commit the checkpoint file goes to ``checkpoints/``.

Verification lives in :mod:`reviewer.core.verification`, the export package in
:mod:`reviewer.core.export`.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Protocol

from reviewer.core import audit as core_audit
from reviewer.core.audit import AuditEvent, Checkpoint
from reviewer.core.canonical import format_rfc3339, nfc
from reviewer.core.checklist import (
    Answer,
    ChecklistState,
    ChecklistTemplate,
    answers_for_record,
    evaluate,
)
from reviewer.core.coverage import IntervalSet, coverage_of, is_fully_covered
from reviewer.core.model import ClipDetail, ClipStatus, ClipVersion, Person, Role
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
from reviewer.errors import (
    KeyringError,
    NotFoundError,
    PolicyError,
    ReviewerError,
    SigningLockedError,
    UsageError,
    WrongPassphraseError,
)

__all__ = [
    "checkpoint_file_name",
    "checkpoint_files",
    "read_checkpoint_files",
    "sha256_file",
    "write_checkpoint_file",
    "CHECKPOINT_SUFFIX",
    "DEFAULT_POLICY",
    "MAX_FAILURES",
    "CommitResult",
    "LockState",
    "Policy",
    "Readiness",
    "SignResult",
    "SignedDraft",
    "SigningKey",
    "SignoffService",
    "StoredSignoff",
    "checkpoint_namespace",
    "lock_delay_s",
    "platform_name",
    "policy_from_json",
]

MAX_FAILURES = 5
"""Wrong passphrases in a row that lock signing."""
BASE_LOCK_S = 60
MAX_LOCK_S = 24 * 3600
CHECKPOINT_SUFFIX = "-checkpoint"
_PRINCIPAL_RE = re.compile(r'^[^\s",*?!]{1,200}$')
_STATUS_FOR_KIND = {"approval": "approved", "changes": "changes", "rejection": "rejected"}
_PLATFORMS = {
    "facebook": "Facebook", "youtube": "YouTube", "tiktok": "TikTok", "zalo": "Zalo",
    "instagram": "Instagram", "x": "X", "web": "web",
}  # fmt: skip


def lock_delay_s(lockouts: int) -> int:
    """How long the ``lockouts``-th lock lasts: 1 min, 2, 4, 8 … doubling, at most one day."""
    return int(min(BASE_LOCK_S * 2 ** max(0, lockouts - 1), MAX_LOCK_S))


def checkpoint_namespace(namespace: str) -> str:
    """SSHSIG namespace of checkpoints: separate from approvals, so neither passes for the other."""
    return namespace + CHECKPOINT_SUFFIX


def platform_name(platform: str) -> str:
    """How a platform id is written in a meaning text ("" for unknown/other)."""
    return _PLATFORMS.get((platform or "").strip().lower(), "")


# --------------------------------------------------------------------------- entities


@dataclass(frozen=True)
class SigningKey:
    """The public half of a signing key; the private half lives only in the OS keyring."""

    fingerprint: str
    principal: str
    public_key: str  # "ssh-ed25519 AAAA..."
    created_at: datetime
    retired_at: datetime | None = None

    @property
    def active(self) -> bool:
        """Whether the key may still sign."""
        return self.retired_at is None


@dataclass(frozen=True)
class StoredSignoff:
    """A signed record as stored: ``record`` are the exact signed bytes."""

    id: int
    clip_id: str
    version_id: int
    version: int
    kind: str
    decision: str
    record: bytes = field(repr=False)
    record_sha256: str
    signature: str | None = field(repr=False)
    principal: str
    fingerprint: str | None
    signed_at: datetime
    audit_seq: int
    revokes_id: int | None = None


@dataclass(frozen=True)
class LockState:
    """Wrong-passphrase counter and lock of one signer."""

    principal: str
    failures: int
    lockouts: int
    locked_until: datetime | None

    def locked_at(self, now: datetime) -> bool:
        """Whether signing is locked at ``now``."""
        return self.locked_until is not None and now < self.locked_until


@dataclass(frozen=True)
class Policy:
    """The signing policy; every value is audited when it changes."""

    require_full_view: bool = True

    def to_json(self) -> dict[str, Any]:
        """``{"require_full_view": true}``."""
        return {"require_full_view": self.require_full_view}


DEFAULT_POLICY = Policy()
POLICY_TYPES: dict[str, type] = {"require_full_view": bool}


def policy_from_json(values: Mapping[str, Any]) -> Policy:
    """A Policy from stored values (unknown keys ignored, defaults for missing ones)."""
    known = {k: v for k, v in values.items() if k in POLICY_TYPES and isinstance(v, POLICY_TYPES[k])}
    return replace(DEFAULT_POLICY, **known)


@dataclass(frozen=True)
class SignedDraft:
    """What ``build`` hands the repository inside the signing transaction."""

    kind: str
    decision: str
    record: bytes = field(repr=False)
    record_sha256: str
    signature: str = field(repr=False)
    principal: str
    fingerprint: str
    signed_at: datetime
    event_kind: str
    payload: dict[str, Any]


@dataclass(frozen=True)
class CommitResult:
    """A stored sign-off with its audit event and the signed checkpoint that followed it."""

    signoff: StoredSignoff
    event: AuditEvent
    checkpoint: Checkpoint
    checkpoint_signature: str = field(repr=False)
    checkpoint_event: AuditEvent


@dataclass(frozen=True)
class SignResult:
    """What a signing produced: the stored record, its parsed form and the checkpoint file."""

    signoff: StoredSignoff
    record: dict[str, Any]
    event: AuditEvent
    checkpoint_path: Path | None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Readiness:
    """Whether a decision may be signed now, and if not, every reason (for the sign dialog)."""

    can_sign: bool
    reasons: tuple[str, ...]
    kind: str
    checklist: ChecklistState
    coverage_fraction: float
    fully_viewed: bool
    locked_until: datetime | None


# --------------------------------------------------------------------------- injected parts


class UnlockedKey(Protocol):
    """A decrypted key that can only sign (security/ keeps the private bytes)."""

    fingerprint: str
    public_key: str

    def sign(self, data: bytes, namespace: str) -> str: ...


class Crypto(Protocol):
    """Key making/unlocking and SSHSIG (implemented by reviewer.security.signer.SshCrypto)."""

    def check_passphrase(self, passphrase: str) -> None: ...
    def new_key(self, passphrase: str) -> Any: ...
    def unlock(self, blob: bytes, passphrase: str) -> UnlockedKey: ...
    def blob_fingerprint(self, blob: bytes) -> str: ...
    def fingerprint(self, public_key: str) -> str: ...
    def allowed_signers_line(self, principal: str, public_key: str, namespaces: list[str]) -> str: ...
    def verify(self, armored: str, data: bytes, namespace: str, public_key: str) -> str | None: ...
    def verify_fast(self, armored: str, data: bytes, namespace: str, public_key: str) -> str | None: ...


class KeyVault(Protocol):
    """Encrypted key blobs by fingerprint (reviewer.security.keystore.KeyStore)."""

    def check_backend(self) -> Any: ...
    def store(self, fingerprint: str, blob: bytes) -> None: ...
    def load(self, fingerprint: str) -> bytes: ...
    def delete(self, fingerprint: str) -> None: ...


# --------------------------------------------------------------------------- the service


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _clean(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "").strip()


def _signer_block(person: Person, key: Any) -> dict[str, str]:
    """The ``signer`` object of a signed record: who signs, in what capacity, with which key."""
    return {
        "principal": person.principal, "name": person.name, "title": person.title,
        "role": person.role.value, "key_fingerprint": key.fingerprint,
    }  # fmt: skip


def _fmt_ms(ms: int) -> str:
    s, ms = divmod(int(ms), 1000)
    m, s = divmod(s, 60)
    return f"{m:02d}:{s:02d}.{ms // 100}"


def _remaining(delta: timedelta) -> str:
    secs = max(1, int(delta.total_seconds() + 0.999))
    if secs < 120:
        return f"{secs} s"
    if secs < 7200:
        return f"{(secs + 59) // 60} min"
    return f"{secs / 3600:.1f} h"


class SignoffService:
    """Keys, policy, checklist answers, signing, revocation (see the module docstring).

    ``repo`` is a :class:`reviewer.storage.signing.SigningRepository`, ``library`` the
    :class:`reviewer.storage.library.Library`; ``template`` returns the active checklist;
    ``clock`` returns an aware UTC now (tests inject their own).
    """

    def __init__(
        self,
        *,
        repo: Any,
        library: Any,
        crypto: Crypto,
        vault: KeyVault,
        template: Callable[[], ChecklistTemplate],
        home: Path,
        namespace: str = "clip-approval",
        coverage_tolerance_ms: int = 250,
        app_version: str = "0",
        actor: str = "unknown",
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.repo = repo
        self.library = library
        self.crypto = crypto
        self.vault = vault
        self.template = template
        self.home = Path(home)
        self.namespace = namespace
        self.coverage_tolerance_ms = coverage_tolerance_ms
        self.app_version = app_version
        self.actor = actor
        self.clock = clock

    @property
    def checkpoints_dir(self) -> Path:
        """Where signed checkpoint files are written."""
        return self.home / "checkpoints"

    @property
    def namespaces(self) -> list[str]:
        """The SSHSIG namespaces this library signs under: records, then checkpoints."""
        return [self.namespace, checkpoint_namespace(self.namespace)]

    # ------------------------------------------------------------------ keys
    def init_key(self, *, principal: str, name: str, title: str, role: str, passphrase: str) -> SigningKey:
        """Make an Ed25519 key for a person; private half encrypted into the keyring only.

        Order matters: the keyring backend is checked (insecure ones refused) before anything
        is generated, and the library entry is written only once the keyring holds the key.
        """
        principal = (principal or "").strip()
        if not _PRINCIPAL_RE.match(principal):
            raise UsageError(
                f"principal {principal!r} is not usable in allowed_signers: 1–200 characters, "
                "no spaces, quotes, commas or wildcards (e.g. giamdoc@dai.vn)"
            )
        name, title = _clean(name), _clean(title)
        if not name:
            raise UsageError("the signer needs a printed name (--name)")
        try:
            role_value = Role(role)
        except ValueError:
            raise UsageError(f"role must be head or editor, not {role!r}") from None
        active = self.repo.active_key(principal)
        if active is not None:
            raise UsageError(
                f"{principal} already has an active key {active.fingerprint}; "
                f"retire it first (reviewer keys retire {active.fingerprint})"
            )
        self.crypto.check_passphrase(passphrase)
        self.vault.check_backend()
        new = self.crypto.new_key(passphrase)
        self.vault.store(new.fingerprint, new.blob)
        key = SigningKey(new.fingerprint, principal, new.public_key, self.clock())
        try:
            self.repo.enroll(Person(principal, name, title, role_value), key, actor=self.actor)
        except BaseException:
            try:  # the library refused it: do not leave an orphan private key behind
                self.vault.delete(new.fingerprint)
            except Exception:
                pass
            raise
        return key

    def list_keys(self) -> list[tuple[Person | None, SigningKey]]:
        """Every key with its person, oldest first."""
        people = {p.principal: p for p in self.repo.people()}
        return [(people.get(k.principal), k) for k in self.repo.keys()]

    def allowed_signers(self, *, include_retired: bool = False, principal: str | None = None) -> list[str]:
        """``allowed_signers`` lines (ssh-keygen -Y verify -f) for the enrolled keys."""
        lines = []
        for key in self.repo.keys(principal):
            if not key.active and include_retired:
                # A comment, so the file still says which key may no longer sign.
                lines.append(f"# {key.fingerprint} retired {format_rfc3339(key.retired_at)}; verifies older records only")
            if key.active or include_retired:
                lines.append(self.crypto.allowed_signers_line(key.principal, key.public_key, self.namespaces))
        return lines

    def retire_key(self, ref: str, *, reason: str = "") -> SigningKey:
        """Retire a key by fingerprint or by its person's principal (active key); audited."""
        key = self.repo.key(ref)
        if key is None:
            key = self.repo.active_key(ref)
            if key is None:
                raise NotFoundError(f"no enrolled key or person with an active key named {ref!r} (see: reviewer keys list)")
        return self.repo.retire_key(key.fingerprint, when=self.clock(), actor=self.actor, reason=_clean(reason))

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
            clip_id=clip_id, version_id=v.id, version=v.number, person=principal,
            template_id=template.id, template_hash=template.hash, answers=answers, when=self.clock(),
        )  # fmt: skip
        return {a.item_id: a for a in self.repo.answers(v.id, principal, template.hash)}

    # ------------------------------------------------------------------ readiness
    def _signer(self, principal: str) -> tuple[Person, SigningKey]:
        person = self.repo.person(principal)
        key = self.repo.active_key(principal) if person else None
        if person is None or key is None:
            raise NotFoundError(
                f"{principal} has no active signing key (reviewer keys init --principal {principal} ...)"
            )
        return person, key

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
        person, _key = self._signer(principal)
        detail = self.library.clip_detail(clip_ref)
        version = detail.current
        template = self.template()
        state = evaluate(template, self.repo.answers(version.id, principal, template.hash))
        policy = self.repo.policy()
        intervals, fraction, full = self._coverage(version, principal)
        kind = DECISION_KINDS[decision] if person.role == Role.HEAD else RECOMMENDATION
        reasons: list[str] = []
        if signed_from == "cli" and policy.require_full_view:
            reasons.append(
                "headless signing is not allowed while the policy require_full_view is on: "
                "sign in the desk after watching the whole clip, or turn the rule off with "
                "'reviewer policy set require_full_view false'"
            )
        if decision in ("changes", "reject") and not _clean(reason):
            reasons.append(f"a decision to {'request changes' if decision == 'changes' else 'reject'} needs a reason")
        if decision == "approve":
            if not state.can_approve:
                reasons.extend(state.reasons)
            if policy.require_full_view and not full:
                gaps = IntervalSet(intervals).gaps(0, max(1, version.duration_ms - self.coverage_tolerance_ms))
                shown = ", ".join(f"{_fmt_ms(s)}–{_fmt_ms(e)}" for s, e in list(gaps)[:3])
                more = " …" if len(gaps) > 3 else ""
                reasons.append(
                    f"{principal} has watched {fraction * 100:.1f}% of version {version.number}; the "
                    f"policy require_full_view needs the whole clip watched before approving "
                    f"(not yet watched: {shown}{more})"
                )
        lock = self.repo.lock(principal)
        now = self.clock()
        if lock.locked_at(now):
            reasons.append(self._locked_message(principal, lock, now))
        return Readiness(
            can_sign=not reasons,
            reasons=tuple(reasons),
            kind=kind,
            checklist=state,
            coverage_fraction=fraction,
            fully_viewed=full,
            locked_until=lock.locked_until if lock.locked_at(now) else None,
        )

    @staticmethod
    def _locked_message(principal: str, lock: LockState, now: datetime) -> str:
        assert lock.locked_until is not None
        return (
            f"signing is locked for {principal} after {MAX_FAILURES} wrong passphrases; try again in "
            f"{_remaining(lock.locked_until - now)} (at {format_rfc3339(lock.locked_until)})"
        )

    # ------------------------------------------------------------------ unlocking
    def _unlock(self, principal: str, key: SigningKey, passphrase: str, signed_from: str) -> UnlockedKey:
        """The passphrase check with its lock-out; every wrong entry is audited."""
        now = self.clock()
        lock = self.repo.lock(principal)
        if lock.locked_at(now):
            raise SigningLockedError(self._locked_message(principal, lock, now))
        blob = self.vault.load(key.fingerprint)
        if self.crypto.blob_fingerprint(blob) != key.fingerprint:
            raise KeyringError(f"the keyring entry for {key.fingerprint} holds another key")
        try:
            unlocked = self.crypto.unlock(blob, passphrase)
        except WrongPassphraseError:
            state = self.repo.register_failure(
                principal, fingerprint=key.fingerprint, now=now, max_failures=MAX_FAILURES,
                delay_for=lock_delay_s, signed_from=signed_from,
            )  # fmt: skip
            if state.locked_at(now):
                raise SigningLockedError(
                    f"wrong passphrase; {self._locked_message(principal, state, now)}"
                ) from None
            left = MAX_FAILURES - state.failures
            raise WrongPassphraseError(
                f"wrong passphrase for {principal} ({left} attempt{'s' if left != 1 else ''} left "
                f"before signing locks for {_remaining(timedelta(seconds=lock_delay_s(state.lockouts + 1)))})"
            ) from None
        if lock.failures or lock.lockouts:
            self.repo.clear_failures(principal)
        return unlocked

    # ------------------------------------------------------------------ signing
    def _checkpoint_fn(self, unlocked: UnlockedKey, principal: str):
        def make(event: AuditEvent) -> tuple[Checkpoint, str]:
            cp = core_audit.make_checkpoint(event, principal, unlocked.fingerprint)
            return cp, unlocked.sign(cp.checkpoint_bytes(), checkpoint_namespace(self.namespace))

        return make

    def _write_checkpoint(self, result: CommitResult) -> tuple[Path | None, tuple[str, ...]]:
        """Write the checkpoint file after commit (so a file never names an uncommitted head)."""
        try:
            path = write_checkpoint_file(self.checkpoints_dir, result.checkpoint, result.checkpoint_signature)
        except OSError as exc:
            warning = (
                f"the checkpoint file could not be written ({exc.strerror or exc}); "
                "the checkpoint is still in the audit chain"
            )
            return None, (warning,)
        return path, ()

    def restore_checkpoint_file(self) -> Path | None:
        """Write the newest checkpoint's file again from the chain, when it is missing.

        The checkpoint is committed with its sign-off and its file is written just after, so a
        desk killed in between (power cut, SIGKILL) leaves a signed checkpoint in the chain with
        no file. Nothing is lost; this writes exactly the committed bytes and signature. It never
        overwrites or outranks a file that is there: when a file for this checkpoint or a newer
        one exists (valid or not), that file is evidence for ``reviewer verify`` and is left as is.
        Returns the file written, or None when there was nothing to restore.
        """
        event = self.repo.last_event(core_audit.CHECKPOINT)
        if event is None or not event.signature:
            return None
        try:
            cp = core_audit.parse_checkpoint(event.payload_json)
        except ReviewerError:
            return None
        if (self.checkpoints_dir / checkpoint_file_name(cp.seq)).exists():
            return None  # the usual case, answered without listing one file per sign-off
        present = checkpoint_files(self.checkpoints_dir)
        if present and present[0][0] > cp.seq:  # a newer file: it pins the chain, leave it to verify
            return None
        key = self.repo.key(cp.key_fingerprint)
        if key is None or self.crypto.verify(
            event.signature, event.payload_json, checkpoint_namespace(self.namespace), key.public_key
        ):
            return None  # an event that does not verify is for ``reviewer verify`` to report, not to copy
        return write_checkpoint_file(self.checkpoints_dir, cp, event.signature)

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
        person, key = self._signer(principal)
        if answers is not None:
            self.save_answers(clip_id, principal, answers)
        ready = self.readiness(clip_id, principal, decision, reason=reason, signed_from=signed_from)
        if ready.locked_until is not None:
            raise SigningLockedError(self._locked_message(principal, self.repo.lock(principal), self.clock()))
        if not ready.can_sign:
            raise PolicyError(f"cannot sign: {'; '.join(ready.reasons)}")
        unlocked = self._unlock(principal, key, passphrase, signed_from)
        if unlocked.fingerprint != key.fingerprint:  # pragma: no cover - checked via the blob
            raise KeyringError("the unlocked key is not the enrolled one")

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
        signer = _signer_block(person, key)

        def build(head: AuditEvent | None) -> SignedDraft:
            record = build_approval_record(
                kind=kind,
                clip_id=clip_id,
                version=version.number,
                clip={"sha256": version.sha256, "size": version.size,
                      "duration_ms": version.duration_ms, "file_name": version.original_name},
                captions=[{"file_name": c.file_name, "sha256": c.sha256, "language": c.language}
                          for c in version.captions],
                post_text=version.post_text,
                checklist={"id": template.id, "hash": template.hash,
                           "answers": answers_for_record(template, saved)},
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
                    "rule": {"require_full_view": policy.require_full_view,
                             "tolerance_ms": self.coverage_tolerance_ms},
                },
                signed_from=signed_from,
                app_version=self.app_version,
                prev_audit_hash=head.hash if head else core_audit.GENESIS_HASH,
            )  # fmt: skip
            data = record_bytes(record)
            sha = record_sha256(data)
            return SignedDraft(
                kind=kind, decision=decision, record=data, record_sha256=sha,
                signature=unlocked.sign(data, self.namespace), principal=principal,
                fingerprint=key.fingerprint, signed_at=signed_at_dt, event_kind=core_audit.SIGNOFF,
                payload={
                    "clip_id": clip_id, "version": version.number, "record_kind": kind,
                    "decision": decision, "record_sha256": sha, "principal": principal,
                    "key_fingerprint": key.fingerprint, "signed_at": signed_at,
                    "signed_from": signed_from, "namespace": self.namespace,
                },
            )  # fmt: skip

        result = self.repo.commit_signed(
            clip_id=clip_id, version_id=version.id, actor=principal, build=build,
            status=_STATUS_FOR_KIND.get(kind), revokes_id=None,
            checkpoint=self._checkpoint_fn(unlocked, principal),
        )  # fmt: skip
        path, warnings = self._write_checkpoint(result)
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
        person, key = self._signer(principal)
        if person.role != Role.HEAD:
            raise PolicyError(f"only a head can revoke an approval; {principal} is an editor")
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
        unlocked = self._unlock(principal, key, passphrase, signed_from)
        signed_at_dt = self.clock()
        signed_at = format_rfc3339(signed_at_dt)
        signer = _signer_block(person, key)

        def build(head: AuditEvent | None) -> SignedDraft:
            record = build_revocation_record(
                clip_id=clip_id, version=target.version, revoked_record=target.record, reason=reason,
                signer=signer, signed_at=signed_at, signed_from=signed_from,
                app_version=self.app_version,
                prev_audit_hash=head.hash if head else core_audit.GENESIS_HASH,
                meaning=f"{revocation_meaning('vi')} / {revocation_meaning('en')}",
            )  # fmt: skip
            data = record_bytes(record)
            sha = record_sha256(data)
            return SignedDraft(
                kind=REVOCATION, decision="revoke", record=data, record_sha256=sha,
                signature=unlocked.sign(data, self.namespace), principal=principal,
                fingerprint=key.fingerprint, signed_at=signed_at_dt,
                event_kind=core_audit.REVOCATION,
                payload={
                    "clip_id": clip_id, "version": target.version, "record_kind": REVOCATION,
                    "decision": "revoke", "record_sha256": sha, "revokes_sha256": target.record_sha256,
                    "principal": principal, "key_fingerprint": key.fingerprint,
                    "signed_at": signed_at, "signed_from": signed_from, "namespace": self.namespace,
                    "reason": reason,
                },
            )  # fmt: skip

        status = ClipStatus.REVOKED.value if target.version == clip.current_version else None
        result = self.repo.commit_signed(
            clip_id=clip_id, version_id=target.version_id, actor=principal, build=build,
            status=status, revokes_id=target.id, checkpoint=self._checkpoint_fn(unlocked, principal),
        )  # fmt: skip
        path, warnings = self._write_checkpoint(result)
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


# --------------------------------------------------------------------------- checkpoint files


def checkpoint_file_name(seq: int) -> str:
    """``checkpoint-00000042.json`` (zero-padded so names sort by seq)."""
    return f"checkpoint-{seq:08d}.json"


def write_checkpoint_file(folder: Path, checkpoint: Checkpoint, signature: str) -> Path:
    """Write ``checkpoint-<seq>.json`` and its ``.sig`` atomically; returns the .json path."""
    folder.mkdir(parents=True, exist_ok=True)
    _remove_dead_writers_leftovers(folder)
    path = folder / checkpoint_file_name(checkpoint.seq)
    for target, data in ((path.with_name(path.name + ".sig"), signature.encode("ascii")),
                         (path, checkpoint.checkpoint_bytes())):  # fmt: skip
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    return path


def _remove_dead_writers_leftovers(folder: Path) -> None:
    """Temporary checkpoint files of a process that died mid-write (their name carries its pid)."""
    for tmp in folder.glob(".checkpoint-*.tmp"):
        try:
            pid = int(tmp.name.rsplit(".", 2)[-2])
        except (ValueError, IndexError):
            continue
        if pid == os.getpid():
            continue
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass  # alive but not ours to signal: leave it


def checkpoint_files(folder: Path) -> list[tuple[int, Path]]:
    """``(seq, path)`` of every ``checkpoint-<seq>.json`` in ``folder``, newest first (names only)."""
    found = []
    for path in folder.glob("checkpoint-*.json"):
        m = re.fullmatch(r"checkpoint-(\d+)\.json", path.name)
        if m:
            found.append((int(m.group(1)), path))
    found.sort(key=lambda t: t[0], reverse=True)
    return found


def read_checkpoint_files(folder: Path) -> Iterator[tuple[Path, bytes, str | None]]:
    """Every checkpoint file with its bytes and signature text, newest first, read one at a time
    (a reader that stops at the newest valid one reads one file, not one per sign-off)."""
    for _seq, path in checkpoint_files(folder):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        try:
            sig = path.with_name(path.name + ".sig").read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError):
            sig = None
        yield path, data, sig


def sha256_file(path: Path) -> str:
    """SHA-256 of a file's bytes, streamed."""
    import hashlib

    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()

