"""Entities of signing (keys, stored records, drafts, results, policy) and the Protocols of the parts
the signing services are given (repository, crypto, key vault, witness store).

Pure data and interfaces: the services live in :mod:`reviewer.core.station` (station, enrolment,
retirement, revocation), :mod:`reviewer.core.signoff` (decisions), :mod:`reviewer.core.verification`
and :mod:`reviewer.core.export`; storage implements :class:`SigningRepo`, security implements
:class:`Crypto`, :class:`KeyVault` and :class:`WitnessStore`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from reviewer.core.audit import AuditEvent, Checkpoint
from reviewer.core.blockers import Blocker
from reviewer.core.checklist import Answer, ChecklistState
from reviewer.core.model import Clip, ClipDetail, ClipVersion, Person

__all__ = [
    "DEFAULT_POLICY",
    "POLICY_TYPES",
    "CommitResult",
    "Crypto",
    "KeyVault",
    "LibraryReader",
    "LockState",
    "NewKeyMaterial",
    "Policy",
    "Readiness",
    "SignResult",
    "SignedDraft",
    "SigningKey",
    "SigningRepo",
    "StoredSignoff",
    "UnlockedKey",
    "WitnessStore",
    "policy_from_json",
]


# --------------------------------------------------------------------------- entities


@dataclass(frozen=True)
class SigningKey:
    """The public half of a signing key as the library caches it (the private half lives only in
    the OS keyring; the truth about it is in the station-signed events, see core.trust)."""

    fingerprint: str
    principal: str
    public_key: str  # "ssh-ed25519 AAAA..."
    created_at: datetime
    retired_at: datetime | None = None
    certificate: str | None = None  # "ssh-ed25519-cert-v01@openssh.com AAAA..."
    serial: int | None = None
    valid_before: datetime | None = None
    revoked_at: datetime | None = None
    revoke_reason: str | None = None

    @property
    def active(self) -> bool:
        """Whether the key may still sign (neither retired nor revoked)."""
        return self.retired_at is None and self.revoked_at is None


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
    signed_at: datetime | None  # None where a reader skipped it (the signed event holds the truth)
    audit_seq: int
    revokes_id: int | None = None
    # Read by verification only: the row's signing time as stored (text, whatever it holds) and
    # the SHA-256 of the record its revokes_id points at (both caches of the signed bytes).
    signed_at_text: str | None = None
    revokes_sha256: str | None = None
    version_clip_id: str | None = None  # the clip of the version row version_id points at


@dataclass(frozen=True)
class LockState:
    """Wrong-passphrase counter and lock of one signer (or of the station key)."""

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
    return replace(DEFAULT_POLICY, **known)  # type: ignore[arg-type]  # each value's type was checked against POLICY_TYPES


@dataclass(frozen=True)
class SignedDraft:
    """What a service's ``build`` hands the repository inside the signing transaction."""

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
    """Whether a decision may be signed now, and if not, every reason (``blockers``: codes the desk
    words in its language; ``reasons``: their English text, for the CLI)."""

    can_sign: bool
    blockers: tuple[Blocker, ...]
    kind: str
    checklist: ChecklistState
    coverage_fraction: float
    fully_viewed: bool
    locked_until: datetime | None

    @property
    def reasons(self) -> tuple[str, ...]:
        """Every blocker in English, one line each."""
        return tuple(b.text for b in self.blockers)


class NewKeyMaterial(Protocol):
    """A freshly made key: its public half and the encrypted blob for the keyring
    (reviewer.security.signer.NewKey)."""

    @property
    def public_key(self) -> str: ...

    @property
    def fingerprint(self) -> str: ...

    @property
    def blob(self) -> bytes: ...


# --------------------------------------------------------------------------- injected parts


class UnlockedKey(Protocol):
    """A decrypted key that can only sign, and certify when it is the station key."""

    fingerprint: str
    public_key: str
    certificate: str | None

    def sign(self, data: bytes, namespace: str) -> str: ...

    def with_certificate(self, certificate: str) -> UnlockedKey: ...

    def certify(
        self, public_key: str, *, principal: str, key_id: str, serial: int, valid_after: int, valid_before: int
    ) -> str: ...


class Verdict(Protocol):
    """One signature check: ``problem`` (None = good) and the certificate it carries (read-only)."""

    @property
    def problem(self) -> str | None: ...

    @property
    def certificate(self) -> str | None: ...


class Crypto(Protocol):
    """Keys, certificates and SSHSIG (implemented by reviewer.security.signer.SshCrypto)."""

    def check_passphrase(self, passphrase: str, hints: tuple[str, ...] = ()) -> None: ...

    def new_key(self, passphrase: str) -> NewKeyMaterial: ...

    def unlock(self, blob: bytes, passphrase: str, certificate: str | None = None) -> UnlockedKey: ...

    def blob_fingerprint(self, blob: bytes) -> str: ...

    def fingerprint(self, public_key: str) -> str: ...

    def certificate(self, line: str) -> Any: ...

    def cert_authority_line(self, principals: str, station_key: str, namespaces: list[str]) -> str: ...

    def krl(
        self,
        station_key: str,
        *,
        serials: list[int],
        keys_revoked: list[str],
        version: int,
        generated_at: int,
        comment: str = "",
    ) -> bytes: ...

    def read_krl(self, data: bytes) -> Any: ...

    def key_blob(self, public_key: str) -> bytes: ...

    def signature_problem(self, armored: str, data: bytes, namespace: str, public_key: str) -> str | None: ...

    def check(self, armored: str, data: bytes, namespace: str, public_key: str) -> Verdict: ...

    def check_fast(self, armored: str, data: bytes, namespace: str, public_key: str) -> Verdict: ...

    def signer_of(self, armored: str) -> tuple[str | None, str | None]: ...


class KeyVault(Protocol):
    """Encrypted key blobs by fingerprint (reviewer.security.keystore.KeyStore)."""

    def check_backend(self) -> Any: ...

    def store(self, fingerprint: str, blob: bytes) -> None: ...

    def load(self, fingerprint: str) -> bytes: ...

    def has(self, fingerprint: str) -> bool: ...

    def delete(self, fingerprint: str) -> None: ...


class WitnessStore(Protocol):
    """The rollback witness outside the data home (reviewer.security.witness.KeyringWitness)."""

    def read(self, library_id: str) -> bytes | None: ...

    def write(self, library_id: str, data: bytes) -> None: ...


class LibraryReader(Protocol):
    """What the signing services read of the library (reviewer.storage.library.Library)."""

    def resolve_clip_id(self, ref: str) -> str: ...

    def clip(self, clip_id: str) -> Clip: ...

    def clip_detail(self, ref: str) -> ClipDetail: ...

    def version(self, clip_id: str, number: int | None = None) -> ClipVersion: ...

    def coverage(self, version_id: int, person: str) -> Any: ...


class SigningRepo(Protocol):
    """Sign-off data of one library (reviewer.storage.signing.SigningRepository)."""

    def station_row(self) -> dict[str, Any] | None: ...

    def trust_events(self) -> list[AuditEvent]: ...

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
    ) -> AuditEvent: ...

    def enroll(
        self,
        person: Person,
        key: SigningKey,
        *,
        actor: str,
        payload: dict[str, Any] | None = None,
        signature: str | None = None,
    ) -> AuditEvent: ...

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
    ) -> AuditEvent: ...

    def retire_key(
        self,
        fingerprint: str,
        *,
        when: datetime,
        actor: str,
        reason: str,
        payload: dict[str, Any] | None = None,
        signature: str | None = None,
    ) -> tuple[SigningKey, AuditEvent]: ...

    def revoke_key(
        self,
        fingerprint: str,
        *,
        when: datetime,
        actor: str,
        reason: str,
        payload: dict[str, Any],
        signature: str,
    ) -> tuple[SigningKey, AuditEvent]: ...

    def append_event(
        self,
        *,
        kind: str,
        actor: str,
        payload: dict[str, Any],
        signature: str | None = None,
        clip_id: str | None = None,
    ) -> AuditEvent: ...

    def people_rows(self) -> dict[str, tuple[str, str, str]]: ...

    def person(self, principal: str) -> Person | None: ...

    def people(self) -> list[Person]: ...

    def keys(self, principal: str | None = None) -> list[SigningKey]: ...

    def key(self, fingerprint: str) -> SigningKey | None: ...

    def active_key(self, principal: str) -> SigningKey | None: ...

    def policy(self) -> Policy: ...

    def set_policy(self, key: str, value: Any, *, actor: str) -> tuple[Any, Any]: ...

    def answers(self, version_id: int, person: str, template_hash: str) -> list[Answer]: ...

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
    ) -> None: ...

    def lock(self, principal: str) -> LockState: ...

    def register_failure(
        self,
        principal: str,
        *,
        fingerprint: str,
        now: datetime,
        max_failures: int,
        delay_for: Callable[[int], float],
        signed_from: str,
    ) -> tuple[LockState, list[AuditEvent]]: ...

    def clear_failures(self, principal: str) -> None: ...

    def commit_signed(
        self,
        *,
        clip_id: str,
        version_id: int,
        actor: str,
        build: Callable[[AuditEvent | None], SignedDraft],
        status: str | None,
        revokes_id: int | None,
        checkpoint: Callable[[AuditEvent], tuple[Checkpoint, str]],
    ) -> CommitResult: ...

    def commit_with_checkpoint(
        self,
        *,
        actor: str,
        kind: str,
        clip_id: str | None,
        payload: dict[str, Any],
        checkpoint: Callable[[AuditEvent], tuple[Checkpoint, str]],
    ) -> tuple[AuditEvent, Checkpoint, str, AuditEvent]: ...

    def signoffs(self, clip_id: str | None = None) -> list[StoredSignoff]: ...

    def signoff_index(self) -> list[tuple[int, int, str]]: ...

    def event(self, seq: int) -> AuditEvent | None: ...

    def last_event(self, kind: str) -> AuditEvent | None: ...

    def clip_events(self, clip_id: str) -> list[AuditEvent]: ...

    def chain_segments(self, parts: int) -> list[tuple[int, int | None, tuple[int, str] | None]]: ...

    def iter_chain(
        self, batch: int = 5000, *, first: int | None = None, before: int | None = None
    ) -> Iterator[tuple[AuditEvent, StoredSignoff | None]]: ...

    def audit_count(self) -> int: ...

    def audit_head(self) -> AuditEvent | None: ...

    def media_paths(
        self, clip_id: str | None = None
    ) -> tuple[dict[str, str], dict[str, list[str]], dict[tuple[str, int], str | None]]: ...

    def missing_triggers(self) -> list[str]: ...

    def serialised(self, fn: Callable[[], Any]) -> Any: ...

    def status_rows(self) -> dict[str, tuple[str, int]]: ...
