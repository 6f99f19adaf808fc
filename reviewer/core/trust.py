"""Who may sign what, and when: derived only from signatures, never from the library's tables.

The station's authority key (an Ed25519 certificate authority) is created once per library by a
``station_created`` event that the key signs itself. From then on every enrolment, certificate
renewal, retirement and revocation is an audit event whose payload the station key signs (SSHSIG,
namespace :data:`STATION_NAMESPACE`), and every signer key carries an OpenSSH user certificate
issued by the station key naming exactly one principal, ``head:<id>`` or ``editor:<id>``.

:func:`build_trust` replays those events (in chain order) into a :class:`TrustState`: the station,
and for each key its certificates, role, printed name and title, and the chain positions of its
enrolment, retirement and revocation. The ``people`` and ``signing_keys`` tables are caches of
this; :class:`TrustState` is what signing and verification believe.

Namespaces: each record kind has its own, permitted only to the roles that may sign it, so the
station's published ``allowed_signers`` file makes ``ssh-keygen -Y verify`` enforce the role.
Records signed before the station existed (libraries from before this change) used
``clip-approval`` for every kind; they are verified with the key their enrolment event names and
reported as signed before the station existed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Protocol

from reviewer.core import audit as core_audit
from reviewer.core.audit import AuditEvent
from reviewer.core.canonical import format_rfc3339, parse_json, parse_rfc3339
from reviewer.core.record import APPROVAL, CHANGES, RECOMMENDATION, REJECTION, REVOCATION

__all__ = [
    "CHECKPOINT_NAMESPACE",
    "HEAD",
    "EDITOR",
    "LEGACY_NAMESPACE",
    "NAMESPACE_BY_KIND",
    "PACKAGE_NAMESPACE",
    "ROLE_NAMESPACES",
    "STATION_NAMESPACE",
    "TRUST_EVENT_KINDS",
    "CertRecord",
    "KeyTrust",
    "Station",
    "TrustState",
    "SignerCheck",
    "build_trust",
    "check_signer",
    "expected_namespace",
    "namespace_for",
    "role_may_sign",
]

HEAD = "head"
EDITOR = "editor"
ROLES = (HEAD, EDITOR)

NAMESPACE_BY_KIND: dict[str, str] = {
    APPROVAL: "clip-approval",
    CHANGES: "clip-changes",
    REJECTION: "clip-rejection",
    REVOCATION: "clip-revocation",
    RECOMMENDATION: "clip-recommendation",
}
"""SSHSIG namespace of each signed record kind."""
CHECKPOINT_NAMESPACE = "clip-approval-checkpoint"
PACKAGE_NAMESPACE = "clip-package"
STATION_NAMESPACE = "reviewer-station"
"""The station key signs its own audit events (enrolments, retirements…) under this namespace."""
LEGACY_NAMESPACE = "clip-approval"
"""Every record kind was signed under this namespace before the station existed."""

_HEAD_KINDS = (APPROVAL, CHANGES, REJECTION, REVOCATION, RECOMMENDATION)
_EDITOR_KINDS = (RECOMMENDATION,)
ROLE_NAMESPACES: dict[str, list[str]] = {
    HEAD: [NAMESPACE_BY_KIND[k] for k in _HEAD_KINDS] + [CHECKPOINT_NAMESPACE, PACKAGE_NAMESPACE],
    EDITOR: [NAMESPACE_BY_KIND[k] for k in _EDITOR_KINDS] + [CHECKPOINT_NAMESPACE, PACKAGE_NAMESPACE],
}
"""What each role's certificates may sign: the namespaces of the station's allowed_signers lines."""

TRUST_EVENT_KINDS = (
    core_audit.STATION_CREATED,
    core_audit.KEY_ENROLLED,
    core_audit.KEY_CERTIFIED,
    core_audit.KEY_RETIRED,
    core_audit.KEY_REVOKED,
    core_audit.WITNESS_RESET,
)
"""The audit event kinds :func:`build_trust` reads."""


def namespace_for(kind: str) -> str:
    """The SSHSIG namespace of a record kind."""
    return NAMESPACE_BY_KIND[kind]


def role_may_sign(role: str, kind: str) -> bool:
    """Whether a certified role may sign records of ``kind`` (approvals and revocations: heads)."""
    return kind in (_HEAD_KINDS if role == HEAD else _EDITOR_KINDS if role == EDITOR else ())


class TrustCrypto(Protocol):
    """What :func:`build_trust` needs from security/ (reviewer.security.signer.SshCrypto)."""

    def signature_problem(self, armored: str, data: bytes, namespace: str, public_key: str) -> str | None: ...

    def certificate(self, line: str) -> Any: ...

    def fingerprint(self, public_key: str) -> str: ...


# --------------------------------------------------------------------------- entities


@dataclass(frozen=True)
class Station:
    """The station's authority: its name and public key, as its own signed event states them."""

    name: str
    public_key: str
    fingerprint: str
    library_id: str
    created_at: str
    seq: int


@dataclass(frozen=True)
class CertRecord:
    """One certificate the station issued for a key (enrolment or renewal)."""

    line: str
    serial: int
    role: str
    principal: str
    valid_after: int  # epoch seconds
    valid_before: int
    seq: int  # the event that recorded it

    def valid_at(self, when: datetime) -> bool:
        """Whether ``when`` lies inside the certificate's validity window."""
        t = when.timestamp()
        return self.valid_after <= t < self.valid_before


@dataclass
class KeyTrust:
    """Everything signed about one key, in chain order."""

    fingerprint: str
    public_key: str
    principal: str
    name: str
    title: str
    role: str
    enrolled_seq: int
    enrolled_at: str = ""
    legacy: bool = False  # enrolled before the station existed (role only claimed)
    certs: list[CertRecord] = field(default_factory=list)
    retired_seq: int | None = None
    retired_at: str | None = None
    retire_reason: str = ""
    revoked_seq: int | None = None
    revoked_at: str | None = None
    revoke_reason: str = ""

    def cert_at_seq(self, seq: int) -> CertRecord | None:
        """The newest certificate issued before chain position ``seq``."""
        found = None
        for cert in self.certs:
            if cert.seq < seq:
                found = cert
        return found

    def cert_by_line(self, line: str) -> CertRecord | None:
        """The issued certificate with exactly this OpenSSH line."""
        for cert in self.certs:
            if cert.line == line:
                return cert
        return None

    @property
    def current_cert(self) -> CertRecord | None:
        """The newest certificate."""
        return self.certs[-1] if self.certs else None

    def active_at(self, seq: int) -> bool:
        """Enrolled before ``seq`` and neither retired nor revoked before it."""
        if self.enrolled_seq >= seq:
            return False
        if self.retired_seq is not None and self.retired_seq < seq:
            return False
        return not (self.revoked_seq is not None and self.revoked_seq < seq)

    @property
    def active(self) -> bool:
        """May sign from now on: neither retired nor revoked."""
        return self.retired_seq is None and self.revoked_seq is None


@dataclass
class TrustState:
    """The station and every key's trust, with problems found while replaying the events."""

    station: Station | None = None
    keys: dict[str, KeyTrust] = field(default_factory=dict)
    problems: list[tuple[int, str, str]] = field(default_factory=list)
    serials: dict[int, str] = field(default_factory=dict)
    last_seq: int = 0

    def key(self, fingerprint: str) -> KeyTrust | None:
        """The key's trust, or None when no enrolment names it."""
        return self.keys.get(fingerprint)

    def active_key_of(self, principal: str) -> KeyTrust | None:
        """The one active key of a person (the newest, if events somehow name several)."""
        found = [k for k in self.keys.values() if k.principal == principal and k.active]
        return max(found, key=lambda k: k.enrolled_seq) if found else None

    def people(self) -> list[KeyTrust]:
        """The newest key of each person (active first), for choosing who is at the desk."""
        best: dict[str, KeyTrust] = {}
        for k in self.keys.values():
            cur = best.get(k.principal)
            if cur is None or (k.active, k.enrolled_seq) > (cur.active, cur.enrolled_seq):
                best[k.principal] = k
        return sorted(best.values(), key=lambda k: k.principal)

    def revoked_serials(self) -> list[int]:
        """Serials of every certificate of a revoked key (for the KRL)."""
        return sorted(c.serial for k in self.keys.values() if k.revoked_seq is not None for c in k.certs)

    def revoked_keys(self) -> list[KeyTrust]:
        """Keys the station revoked."""
        return [k for k in self.keys.values() if k.revoked_seq is not None]


# --------------------------------------------------------------------------- replay


def _epoch(text: Any) -> int | None:
    try:
        return int(parse_rfc3339(text).timestamp())
    except (TypeError, ValueError):
        return None


def _payload(event: AuditEvent) -> dict[str, Any] | None:
    try:
        value = parse_json(event.payload_json)
    except (ValueError, TypeError):
        return None
    return value if isinstance(value, dict) else None


class _Replay:
    def __init__(self, crypto: TrustCrypto) -> None:
        self.crypto = crypto
        self.state = TrustState()

    def problem(self, event: AuditEvent, text: str) -> None:
        self.state.problems.append((event.seq, event.kind, text))

    def station_signed(self, event: AuditEvent) -> bool:
        """The event's payload is signed by the station key; report it otherwise."""
        station = self.state.station
        assert station is not None
        if not event.signature:
            self.problem(event, "not signed by the station key: only the station's key holder may do this")
            return False
        verdict = self.crypto.signature_problem(
            event.signature, event.payload_json, STATION_NAMESPACE, station.public_key
        )
        if verdict:
            self.problem(event, f"the station key's signature does not verify ({verdict})")
            return False
        return True

    def certificate(self, event: AuditEvent, p: dict[str, Any], key_fp: str) -> CertRecord | None:
        """Check the certificate an enrolment or renewal carries; None (reported) when it is bad."""
        station = self.state.station
        assert station is not None
        line = p.get("certificate")
        if not isinstance(line, str):
            self.problem(event, "the enrolment carries no certificate")
            return None
        try:
            info = self.crypto.certificate(line)
        except Exception as exc:  # noqa: BLE001 - any unreadable certificate is one problem line
            self.problem(event, f"certificate unreadable: {exc}")
            return None
        problems = []
        if info.ca_fingerprint != station.fingerprint:
            problems.append(f"issued by {info.ca_fingerprint}, not the station key {station.fingerprint}")
        if info.key_fingerprint != key_fp:
            problems.append(f"certifies key {info.key_fingerprint}, not {key_fp}")
        rp = info.role_principal
        if rp is None or rp[0] not in ROLES:
            problems.append(f"names principals {list(info.principals)}, not one head:… or editor:…")
        elif rp[1] != p.get("principal") or rp[0] != p.get("role"):
            problems.append(f"names {info.principals[0]}, but the event says {p.get('role')}:{p.get('principal')}")
        if info.serial in self.state.serials and self.state.serials[info.serial] != line:
            problems.append(f"serial {info.serial} was already used by another certificate")
        if problems:
            self.problem(event, "certificate refused: " + "; ".join(problems))
            return None
        self.state.serials[info.serial] = line
        return CertRecord(
            line=info.line,
            serial=info.serial,
            role=rp[0],
            principal=rp[1],
            valid_after=info.valid_after,
            valid_before=info.valid_before,
            seq=event.seq,
        )

    def feed(self, event: AuditEvent) -> None:
        state = self.state
        state.last_seq = max(state.last_seq, event.seq if isinstance(event.seq, int) else 0)
        p = _payload(event)
        if p is None:
            self.problem(event, "payload unreadable")
            return
        kind = event.kind
        if kind == core_audit.STATION_CREATED:
            self.station_created(event, p)
            return
        if state.station is None:
            self.before_station(event, p)
            return
        if not self.station_signed(event):
            return
        if p.get("station_fingerprint") != state.station.fingerprint:
            self.problem(event, "names another station than this library's")
            return
        if kind == core_audit.WITNESS_RESET:
            return  # needs nothing beyond its station signature (and names no key)
        fp = p.get("key_fingerprint")
        if not isinstance(fp, str):
            self.problem(event, "names no key")
            return
        if kind == core_audit.KEY_ENROLLED:
            self.enrolled(event, p, fp)
        elif kind == core_audit.KEY_CERTIFIED:
            key = state.keys.get(fp)
            if key is None:
                self.problem(event, f"certifies key {fp}, which no enrolment names")
                return
            cert = self.certificate(event, p, fp)
            if cert is not None:
                key.certs.append(cert)
                key.role, key.legacy = cert.role, False
                if isinstance(p.get("name"), str):
                    key.name = p["name"]
                if isinstance(p.get("title"), str):
                    key.title = p["title"]
        elif kind in (core_audit.KEY_RETIRED, core_audit.KEY_REVOKED):
            key = state.keys.get(fp)
            if key is None:
                self.problem(event, f"names key {fp}, which no enrolment names")
                return
            if kind == core_audit.KEY_RETIRED:
                if key.retired_seq is None:
                    key.retired_seq, key.retired_at = event.seq, str(p.get("retired_at") or event.time)
                    key.retire_reason = str(p.get("reason") or "")
            elif key.revoked_seq is None:
                key.revoked_seq, key.revoked_at = event.seq, str(p.get("revoked_at") or event.time)
                key.revoke_reason = str(p.get("reason") or "")

    def station_created(self, event: AuditEvent, p: dict[str, Any]) -> None:
        if self.state.station is not None:
            self.problem(
                event,
                "a second station key: this library already has its station "
                f"{self.state.station.fingerprint} (seq {self.state.station.seq})",
            )
            return
        public_key = p.get("public_key")
        fp = p.get("fingerprint")
        if not isinstance(public_key, str) or not isinstance(fp, str):
            self.problem(event, "the station event names no key")
            return
        try:
            actual = self.crypto.fingerprint(public_key)
        except Exception as exc:  # noqa: BLE001
            self.problem(event, f"the station key is unreadable ({exc})")
            return
        if actual != fp:
            self.problem(event, "the station's fingerprint does not match its key")
            return
        verdict = (
            self.crypto.signature_problem(event.signature, event.payload_json, STATION_NAMESPACE, public_key)
            if event.signature
            else "not signed"
        )
        if verdict:
            self.problem(event, f"the station event is not signed by its own key ({verdict})")
            return
        self.state.station = Station(
            name=str(p.get("name", "")),
            public_key=public_key,
            fingerprint=fp,
            library_id=str(p.get("library_id", "")),
            created_at=str(p.get("created_at", event.time)),
            seq=event.seq,
        )

    def before_station(self, event: AuditEvent, p: dict[str, Any]) -> None:
        """Libraries from before the station: enrolments and retirements were plain events."""
        fp = p.get("key_fingerprint")
        if event.kind == core_audit.KEY_ENROLLED and isinstance(fp, str):
            public_key = p.get("public_key")
            if not isinstance(public_key, str):
                self.problem(event, "the enrolment names no public key")
                return
            try:
                if self.crypto.fingerprint(public_key) != fp:
                    self.problem(event, "the enrolled key does not have the fingerprint the event names")
                    return
            except Exception as exc:  # noqa: BLE001
                self.problem(event, f"the enrolled key is unreadable ({exc})")
                return
            self.state.keys[fp] = KeyTrust(
                fingerprint=fp,
                public_key=public_key,
                principal=str(p.get("principal", "")),
                name=str(p.get("name", "")),
                title=str(p.get("title", "")),
                role=str(p.get("role", "")),
                enrolled_seq=event.seq,
                enrolled_at=event.time,
                legacy=True,
            )
        elif event.kind == core_audit.KEY_RETIRED and isinstance(fp, str):
            key = self.state.keys.get(fp)
            if key is not None and key.retired_seq is None:
                key.retired_seq, key.retired_at = event.seq, str(p.get("retired_at") or event.time)
                key.retire_reason = str(p.get("reason") or "")
        else:
            self.problem(event, "recorded before this library had a station, which cannot be")

    def enrolled(self, event: AuditEvent, p: dict[str, Any], fp: str) -> None:
        state = self.state
        if fp in state.keys:
            self.problem(event, f"key {fp} is already enrolled (seq {state.keys[fp].enrolled_seq})")
            return
        public_key = p.get("public_key")
        if not isinstance(public_key, str):
            self.problem(event, "the enrolment names no public key")
            return
        try:
            if self.crypto.fingerprint(public_key) != fp:
                self.problem(event, "the enrolled key does not have the fingerprint the event names")
                return
        except Exception as exc:  # noqa: BLE001
            self.problem(event, f"the enrolled key is unreadable ({exc})")
            return
        cert = self.certificate(event, p, fp)
        if cert is None:
            return
        principal = str(p.get("principal", ""))
        other = state.active_key_of(principal)
        if other is not None:
            self.problem(
                event, f"{principal} already has an active key {other.fingerprint}; one person has one active key"
            )
        state.keys[fp] = KeyTrust(
            fingerprint=fp,
            public_key=public_key,
            principal=principal,
            name=str(p.get("name", "")),
            title=str(p.get("title", "")),
            role=cert.role,
            enrolled_seq=event.seq,
            enrolled_at=event.time,
            certs=[cert],
        )


def build_trust(events: Iterable[AuditEvent], crypto: TrustCrypto) -> TrustState:
    """Replay the station and key events (in seq order) into a :class:`TrustState`."""
    replay = _Replay(crypto)
    for event in events:
        if event.kind in TRUST_EVENT_KINDS:
            replay.feed(event)
    return replay.state


# --------------------------------------------------------------------------- one signature


@dataclass(frozen=True)
class SignerCheck:
    """What the trust says about one signature at one place in the chain."""

    problems: tuple[str, ...]
    legacy: bool = False  # signed before the station existed
    key: KeyTrust | None = None


def check_signer(
    trust: TrustState,
    *,
    seq: int,
    fingerprint: Any,
    kind: str | None,
    signed_at: Any,
    certificate: str | None,
) -> SignerCheck:
    """Whether the key ``fingerprint`` could sign a ``kind`` record (None = a checkpoint or a
    package manifest) at chain position ``seq`` and time ``signed_at``, with ``certificate``
    embedded in its signature. Every reason it could not is a problem. The namespace is the
    caller's to check (:func:`expected_namespace`): the signature is verified under it."""
    key = trust.keys.get(fingerprint) if isinstance(fingerprint, str) else None
    if key is None:
        return SignerCheck((f"signed with key {fingerprint}, which no enrolment in this library names",))
    problems: list[str] = []
    station = trust.station
    legacy = station is None or seq < station.seq
    if key.enrolled_seq >= seq:
        problems.append(f"signed at seq {seq}, before its key was enrolled (seq {key.enrolled_seq})")
    if key.retired_seq is not None and key.retired_seq < seq:
        problems.append(
            f"key {key.fingerprint} was retired at seq {key.retired_seq} ({key.retired_at}); it cannot sign after that"
        )
    if key.revoked_seq is not None:
        reason = f": {key.revoke_reason}" if key.revoke_reason else ""
        problems.append(f"signed by a revoked key {key.fingerprint} (revoked at seq {key.revoked_seq}{reason})")
    if isinstance(signed_at, datetime):
        when: datetime | None = signed_at
    else:
        try:
            when = parse_rfc3339(signed_at) if signed_at is not None else None
        except (TypeError, ValueError):
            problems.append(f"signing time {signed_at!r} is unreadable")
            when = None
    if legacy:
        if kind is not None and kind != RECOMMENDATION and key.role != HEAD and kind in NAMESPACE_BY_KIND:
            problems.append(f"a {kind} record signed by {key.principal}, who was enrolled as {key.role}")
        return SignerCheck(tuple(problems), legacy=True, key=key)
    assert station is not None  # not legacy, so the station exists
    if key.legacy and not key.certs:
        problems.append(
            f"key {key.fingerprint} was never certified by the station; it cannot sign after seq {station.seq}"
        )
        return SignerCheck(tuple(problems), key=key)
    cert = key.cert_by_line(certificate) if certificate else None
    if cert is None:
        problems.append(
            "the signature does not carry a certificate the station issued for this key"
            if certificate
            else "the signature carries no certificate (signed with the bare key)"
        )
    else:
        if cert.seq >= seq:
            problems.append(f"its certificate was issued at seq {cert.seq}, after this signature")
        if when is not None and not cert.valid_at(when):
            problems.append(
                f"signed at {signed_at if isinstance(signed_at, str) else format_rfc3339(when)}, outside its "
                "certificate's validity "
                f"({datetime.fromtimestamp(cert.valid_after, timezone.utc):%Y-%m-%d %H:%M} – "
                f"{datetime.fromtimestamp(cert.valid_before, timezone.utc):%Y-%m-%d %H:%M} UTC)"
            )
        if kind is not None and not role_may_sign(cert.role, kind):
            problems.append(
                f"a {kind} record signed by {cert.role}:{cert.principal}; only "
                f"{'heads' if kind != RECOMMENDATION else 'heads and editors'} may sign it"
            )
    return SignerCheck(tuple(problems), key=key)


def expected_namespace(trust: TrustState, seq: int, kind: str, stated: Any) -> tuple[str, str | None]:
    """(namespace to verify a ``kind`` record's signature under, problem or None).

    Before the station every kind was signed under the namespace its event states (the setting
    ``clip-approval`` by default); from the station on, each kind has its own.
    """
    station = trust.station
    if station is None or seq < station.seq:
        return (stated if isinstance(stated, str) and stated else LEGACY_NAMESPACE), None
    expected = NAMESPACE_BY_KIND.get(kind)
    if expected is None:
        return LEGACY_NAMESPACE, f"unknown record kind {kind!r}"
    if stated != expected:
        return expected, f"the event names namespace {stated!r}; a {kind} record is signed under {expected!r}"
    return expected, None
