"""The station's authority: its key, and who it enrols, renews, retires and revokes.

``reviewer station init`` makes the station's Ed25519 certificate authority key once per library.
Its private half is encrypted under the station passphrase (Argon2id + ChaCha20-Poly1305) and kept
only in the OS keyring; its public half, name and fingerprint are the ``station_created`` event,
signed by the key itself. Whoever holds the station passphrase (the head, or a security officer)
is the only one who can enrol, renew, retire or revoke signers: each of those is an audit event
whose payload the station key signs, and each enrolment carries an OpenSSH user certificate
(principal ``head:<id>`` or ``editor:<id>``, a unique serial, a validity window).

The station publishes one file, :meth:`StationService.trust_file` (``cert-authority``
allowed_signers lines with per-role namespaces), and a revocation list,
:meth:`StationService.revocations` (an OpenSSH KRL).
"""

from __future__ import annotations

import re
import secrets
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from reviewer.core import audit as core_audit
from reviewer.core.audit import AuditEvent
from reviewer.core.canonical import canonical_bytes, format_rfc3339, nfc
from reviewer.core.lockout import unlock_with_lockout
from reviewer.core.model import Person, Role
from reviewer.core.signing_model import Crypto, KeyVault, SigningKey, SigningRepo, UnlockedKey
from reviewer.core.trust import (
    EDITOR,
    HEAD,
    ROLE_NAMESPACES,
    STATION_NAMESPACE,
    CertRecord,
    KeyTrust,
    Station,
    TrustState,
    build_trust,
)
from reviewer.core.witness import Witness
from reviewer.errors import NotFoundError, PolicyError, ReviewerError, UsageError

__all__ = [
    "DEFAULT_VALIDITY_DAYS",
    "STATION_LOCK",
    "StationInit",
    "StationService",
    "check_principal",
    "clean_text",
]

DEFAULT_VALIDITY_DAYS = 730
STATION_LOCK = "station"
"""The lock-out counter of the station passphrase (signing_locks row)."""
STATION_SCHEMA = "reviewer/station/1"
ENROLMENT_SCHEMA = "reviewer/enrolment/1"
KEY_EVENT_SCHEMA = "reviewer/key-event/1"

# allowed_signers principals: no whitespace, quotes, commas, wildcards or negation (pattern
# syntax), no colon (it separates the role in a certificate's principal).
_PRINCIPAL_RE = re.compile(r'^[^\s",*?!:]{1,200}$')


def check_principal(principal: str) -> str:
    """The principal, NFC, or UsageError: no spaces, quotes, commas, wildcards, colons, control or
    zero-width (format) characters; at most 200 characters."""
    text = (principal or "").strip()
    if nfc(text) != text:
        text = nfc(text)
    bad = [c for c in text if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp", "Co", "Cn")]
    if bad or not _PRINCIPAL_RE.match(text):
        raise UsageError(
            f"principal {text!r} is not usable: 1–200 characters, no spaces, quotes, commas, "
            "wildcards, colons, control or invisible characters (e.g. giamdoc@dai.vn)"
        )
    return text


def clean_text(text: str | None, what: str, *, required: bool = False, limit: int = 200) -> str:
    """A printed name, title or station name: NFC, trimmed, without control or invisible characters."""
    value = nfc(text or "").strip()
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in value):
        raise UsageError(f"the {what} contains control or invisible characters")
    if required and not value:
        raise UsageError(f"the {what} must not be empty")
    if len(value) > limit:
        raise UsageError(f"the {what} is longer than {limit} characters")
    return value


def _role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise UsageError(f"role must be head or editor, not {role!r}") from None


@dataclass(frozen=True)
class StationInit:
    """What ``station init`` did: the station, and the keys it certified that existed before it."""

    station: Station
    certified: tuple[SigningKey, ...]
    warnings: tuple[str, ...] = ()


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


class StationService:
    """The station key and the signers it vouches for (see the module docstring)."""

    def __init__(
        self,
        *,
        repo: SigningRepo,
        crypto: Crypto,
        vault: KeyVault,
        witness: Witness,
        actor: str = "unknown",
        validity_days: int = DEFAULT_VALIDITY_DAYS,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.repo = repo
        self.crypto = crypto
        self.vault = vault
        self.witness = witness
        self.actor = actor
        self.validity_days = validity_days
        self.clock = clock

    # ------------------------------------------------------------------ reading
    def trust(self) -> TrustState:
        """Who may sign what, from the signed events (never from the tables)."""
        return build_trust(self.repo.trust_events(), self.crypto)

    def station(self) -> Station | None:
        """The station, as its own signed event states it (None before ``station init``)."""
        return self.trust().station

    def require_station(self, trust: TrustState | None = None) -> Station:
        """The station, or a one-line error saying how to create it."""
        station = (trust or self.trust()).station
        if station is None:
            raise NotFoundError(
                "this library has no station key yet: the station's key holder runs "
                "'reviewer station init --name \"<station name>\"' first"
            )
        return station

    def show(self) -> dict[str, Any]:
        """``{"name", "fingerprint", "public_key", "created_at"}`` of the station."""
        st = self.require_station()
        return {
            "name": st.name,
            "fingerprint": st.fingerprint,
            "public_key": st.public_key,
            "created_at": st.created_at,
        }

    def uncertified_keys(self) -> list[KeyTrust]:
        """Active keys enrolled before the station existed (``station init`` certifies them)."""
        return [k for k in self.trust().keys.values() if k.legacy and k.active and not k.certs]

    def find_key(self, ref: str, trust: TrustState | None = None) -> KeyTrust:
        """A key by fingerprint, or the active key of a principal; NotFoundError otherwise."""
        trust = trust or self.trust()
        key = trust.key(ref) or trust.active_key_of(ref)
        if key is None:
            raise NotFoundError(f"no enrolled key or person with an active key named {ref!r} (see: reviewer keys list)")
        return key

    # ------------------------------------------------------------------ witness
    def note(self, station: Station | None, events: list[AuditEvent] | AuditEvent | None) -> tuple[str, ...]:
        """Advance the rollback witness to the newest of ``events`` (after their commit)."""
        if station is None or not events:
            return ()
        newest = max(events, key=lambda e: e.seq) if isinstance(events, list) else events
        # Under the library's write lock: two desks advancing at once could otherwise each read
        # the old mark and the later writer put back the lower one (the witness moving back).
        try:
            warning = self.repo.serialised(
                lambda: self.witness.advance(station.library_id, station.fingerprint, newest)
            )
        except ReviewerError as exc:
            warning = f"the rollback witness could not be written ({exc})"
        return (warning,) if warning else ()

    # ------------------------------------------------------------------ the station key
    def init(self, *, name: str, passphrase: str, certify_existing: bool = True) -> StationInit:
        """Create the station key (once per library) and certify the keys enrolled before it.

        The keyring backend is checked and the passphrase judged before anything is made; the
        library records the station only once the keyring holds its key.
        """
        name = clean_text(name, "station name", required=True)
        trust = self.trust()
        if trust.station is not None:
            raise UsageError(
                f"this library already has its station key {trust.station.fingerprint} "
                f"({trust.station.name}); there is one per library"
            )
        self.crypto.check_passphrase(passphrase, (name,))
        self.vault.check_backend()
        new = self.crypto.new_key(passphrase)
        self.vault.store(new.fingerprint, new.blob)
        try:
            unlocked = self.crypto.unlock(new.blob, passphrase)
            now = self.clock()
            payload = {
                "schema": STATION_SCHEMA,
                "name": name,
                "public_key": new.public_key,
                "fingerprint": new.fingerprint,
                "library_id": uuid.uuid4().hex,
                "created_at": format_rfc3339(now),
            }
            signature = unlocked.sign(canonical_bytes(payload), STATION_NAMESPACE)
            event = self.repo.create_station(
                name=name,
                public_key=new.public_key,
                fingerprint=new.fingerprint,
                library_id=payload["library_id"],
                created_at=now,
                actor=self.actor,
                payload=payload,
                signature=signature,
            )
        except BaseException:
            try:  # the library refused it: no orphan station key in the keyring
                self.vault.delete(new.fingerprint)
            except Exception:  # noqa: BLE001 - best effort; the first error is the one to report
                pass
            raise
        station = Station(
            name=name,
            public_key=new.public_key,
            fingerprint=new.fingerprint,
            library_id=payload["library_id"],
            created_at=payload["created_at"],
            seq=event.seq,
        )
        warnings = list(self.note(station, event))
        certified = []
        if certify_existing:
            for legacy in self.uncertified_keys():
                key, ev = self._certify(unlocked, station, legacy, renewal=False)
                certified.append(key)
                warnings.extend(self.note(station, ev))
        return StationInit(station, tuple(certified), tuple(warnings))

    def unlock_station(self, passphrase: str, *, signed_from: str = "cli") -> tuple[Station, UnlockedKey]:
        """Open the station key with its passphrase (wrong entries count and lock, as for signers)."""
        station = self.require_station()
        events: list[AuditEvent] = []
        try:
            unlocked = unlock_with_lockout(
                repo=self.repo,
                crypto=self.crypto,
                vault=self.vault,
                principal=STATION_LOCK,
                fingerprint=station.fingerprint,
                passphrase=passphrase,
                signed_from=signed_from,
                now=self.clock(),
                on_events=events.extend,
            )
        finally:
            self.note(station, events)
        return station, unlocked

    # ------------------------------------------------------------------ certificates
    def _new_serial(self, trust: TrustState) -> int:
        while True:
            serial = secrets.randbelow(2**52) + 1  # JSON (RFC 8785) integers stay below 2**53
            if serial not in trust.serials:
                return serial

    def _issue(
        self,
        unlocked: UnlockedKey,
        station: Station,
        *,
        public_key: str,
        principal: str,
        role: str,
        serial: int,
    ) -> tuple[str, datetime, datetime]:
        now = self.clock()
        valid_after = now.replace(microsecond=0)
        valid_before = valid_after + timedelta(days=self.validity_days)
        cert = unlocked.certify(
            public_key,
            principal=f"{role}:{principal}",
            key_id=f"{role}:{principal} #{serial}",
            serial=serial,
            valid_after=int(valid_after.timestamp()),
            valid_before=int(valid_before.timestamp()),
        )
        return cert, valid_after, valid_before

    def _enrolment_payload(
        self,
        station: Station,
        person: Person,
        *,
        fingerprint: str,
        public_key: str,
        cert: str,
        serial: int,
        valid_after: datetime,
        valid_before: datetime,
    ) -> dict[str, Any]:
        return {
            "schema": ENROLMENT_SCHEMA,
            "principal": person.principal,
            "name": person.name,
            "title": person.title,
            "role": person.role.value,
            "key_fingerprint": fingerprint,
            "public_key": public_key,
            "certificate": cert,
            "serial": serial,
            "valid_after": format_rfc3339(valid_after),
            "valid_before": format_rfc3339(valid_before),
            "station_fingerprint": station.fingerprint,
        }

    def _certify(
        self, unlocked: UnlockedKey, station: Station, key: KeyTrust, *, renewal: bool, role: str | None = None
    ) -> tuple[SigningKey, AuditEvent]:
        trust = self.trust()
        role = role or (key.role if key.role in (HEAD, EDITOR) else EDITOR)
        serial = self._new_serial(trust)
        cert, valid_after, valid_before = self._issue(
            unlocked, station, public_key=key.public_key, principal=key.principal, role=role, serial=serial
        )
        person = Person(key.principal, key.name, key.title, Role(role))
        payload = self._enrolment_payload(
            station,
            person,
            fingerprint=key.fingerprint,
            public_key=key.public_key,
            cert=cert,
            serial=serial,
            valid_after=valid_after,
            valid_before=valid_before,
        )
        payload["renewal"] = renewal
        signature = unlocked.sign(canonical_bytes(payload), STATION_NAMESPACE)
        event = self.repo.certify_key(
            person,
            key.fingerprint,
            certificate=cert,
            serial=serial,
            valid_before=valid_before,
            actor=self.actor,
            payload=payload,
            signature=signature,
        )
        cached = self.repo.key(key.fingerprint)
        assert cached is not None
        return cached, event

    def _check_new_person(self, trust: TrustState, principal: str, fingerprint: str | None = None) -> None:
        active = trust.active_key_of(principal)
        if active is not None:
            raise UsageError(
                f"{principal} already has an active key {active.fingerprint}; one person has one "
                f"active key: retire it first (reviewer keys retire {active.fingerprint})"
            )
        if fingerprint is not None and trust.key(fingerprint) is not None:
            raise UsageError(f"key {fingerprint} is already enrolled")

    def enrol_new_key(
        self,
        *,
        principal: str,
        name: str,
        title: str,
        role: str,
        passphrase: str,
        station_passphrase: str,
    ) -> SigningKey:
        """Make a signer's Ed25519 key here and certify it: private half only in the keyring."""
        principal = check_principal(principal)
        name = clean_text(name, "printed name", required=True)
        title = clean_text(title, "title")
        role_value = _role(role)
        trust = self.trust()
        self.require_station(trust)
        self._check_new_person(trust, principal)
        self.crypto.check_passphrase(passphrase, (principal, name, title))
        if passphrase == station_passphrase:
            raise PolicyError(
                "the signing passphrase must differ from the station passphrase / cụm mật khẩu ký phải "
                "khác cụm mật khẩu của khóa gốc của Đài"
            )
        self.vault.check_backend()
        station, ca = self.unlock_station(station_passphrase)
        new = self.crypto.new_key(passphrase)
        self.vault.store(new.fingerprint, new.blob)
        try:
            key, _cert = self._enrol(
                ca, station, Person(principal, name, title, role_value), new.public_key, new.fingerprint
            )
        except BaseException:
            try:
                self.vault.delete(new.fingerprint)
            except Exception:  # noqa: BLE001
                pass
            raise
        return key

    def enrol_public_key(
        self,
        *,
        public_key: str,
        principal: str,
        name: str,
        title: str,
        role: str,
        station_passphrase: str,
    ) -> tuple[SigningKey, str]:
        """Certify an Ed25519 key made elsewhere (``ssh-keygen -t ed25519``); returns the key and
        its certificate line (what ``<key>-cert.pub`` holds)."""
        principal = check_principal(principal)
        name = clean_text(name, "printed name", required=True)
        title = clean_text(title, "title")
        role_value = _role(role)
        try:
            fingerprint = self.crypto.fingerprint(public_key)
        except ReviewerError as exc:
            raise UsageError(f"the public key is not usable: {exc}") from None
        public_key = " ".join(public_key.split()[:2])
        trust = self.trust()
        self.require_station(trust)
        self._check_new_person(trust, principal, fingerprint)
        station, ca = self.unlock_station(station_passphrase)
        return self._enrol(ca, station, Person(principal, name, title, role_value), public_key, fingerprint)

    def _enrol(
        self, ca: UnlockedKey, station: Station, person: Person, public_key: str, fingerprint: str
    ) -> tuple[SigningKey, str]:
        serial = self._new_serial(self.trust())
        cert, valid_after, valid_before = self._issue(
            ca, station, public_key=public_key, principal=person.principal, role=person.role.value, serial=serial
        )
        payload = self._enrolment_payload(
            station,
            person,
            fingerprint=fingerprint,
            public_key=public_key,
            cert=cert,
            serial=serial,
            valid_after=valid_after,
            valid_before=valid_before,
        )
        signature = ca.sign(canonical_bytes(payload), STATION_NAMESPACE)
        key = SigningKey(
            fingerprint,
            person.principal,
            public_key,
            self.clock(),
            certificate=cert,
            serial=serial,
            valid_before=valid_before,
        )
        event = self.repo.enroll(person, key, actor=self.actor, payload=payload, signature=signature)
        self.note(station, event)
        return key, cert

    def renew(self, ref: str, *, station_passphrase: str) -> SigningKey:
        """A new certificate for an active key, valid ``validity_days`` from now."""
        key = self.find_key(ref)
        if not key.active:
            raise UsageError(f"key {key.fingerprint} is no longer active; enrol a new one instead")
        station, ca = self.unlock_station(station_passphrase)
        cached, event = self._certify(ca, station, key, renewal=True)
        self.note(station, event)
        return cached

    def _key_event_payload(self, station: Station, key: KeyTrust, **fields: Any) -> dict[str, Any]:
        return {
            "schema": KEY_EVENT_SCHEMA,
            "principal": key.principal,
            "key_fingerprint": key.fingerprint,
            "station_fingerprint": station.fingerprint,
            **fields,
        }

    def retire(self, ref: str, *, reason: str = "", station_passphrase: str) -> SigningKey:
        """The person leaves: the key never signs again; what it signed before stays valid.

        The encrypted private key is also removed from this workstation's keyring.
        """
        trust = self.trust()
        key = self.find_key(ref, trust)
        if key.retired_seq is not None:
            raise UsageError(f"key {key.fingerprint} was already retired at {key.retired_at}")
        reason = clean_text(reason, "reason", limit=2000)
        station, ca = self.unlock_station(station_passphrase)
        now = self.clock()
        payload = self._key_event_payload(station, key, retired_at=format_rfc3339(now), reason=reason)
        signature = ca.sign(canonical_bytes(payload), STATION_NAMESPACE)
        cached, event = self.repo.retire_key(
            key.fingerprint, when=now, actor=self.actor, reason=reason, payload=payload, signature=signature
        )
        self.note(station, event)
        try:
            if self.vault.has(key.fingerprint):
                self.vault.delete(key.fingerprint)
        except ReviewerError:
            pass  # the key is retired in the chain either way; the keyring entry can be removed by hand
        return cached

    def revoke(self, ref: str, *, reason: str, station_passphrase: str) -> SigningKey:
        """The key is compromised: every signature by it is reported as made by a revoked key, and
        its certificates go into the station's revocation list."""
        trust = self.trust()
        key = self.find_key(ref, trust)
        if key.revoked_seq is not None:
            raise UsageError(f"key {key.fingerprint} was already revoked at {key.revoked_at}")
        reason = clean_text(reason, "reason", required=True, limit=2000)
        station, ca = self.unlock_station(station_passphrase)
        now = self.clock()
        payload = self._key_event_payload(
            station, key, revoked_at=format_rfc3339(now), reason=reason, serials=[c.serial for c in key.certs]
        )
        signature = ca.sign(canonical_bytes(payload), STATION_NAMESPACE)
        cached, event = self.repo.revoke_key(
            key.fingerprint, when=now, actor=self.actor, reason=reason, payload=payload, signature=signature
        )
        self.note(station, event)
        return cached

    def reset_witness(self, *, station_passphrase: str, reason: str = "") -> AuditEvent:
        """Write the rollback witness anew at the chain's head (after a keyring was lost or reset).

        Only the station's key holder may do this; the reset is itself a station-signed event.
        """
        station, ca = self.unlock_station(station_passphrase)
        head = self.repo.audit_head()
        payload = {
            "schema": KEY_EVENT_SCHEMA,
            "station_fingerprint": station.fingerprint,
            "head_seq": head.seq if head else 0,
            "head_hash": head.hash if head else core_audit.GENESIS_HASH,
            "reason": clean_text(reason, "reason", limit=2000),
        }
        signature = ca.sign(canonical_bytes(payload), STATION_NAMESPACE)
        event = self.repo.append_event(
            kind=core_audit.WITNESS_RESET, actor=self.actor, payload=payload, signature=signature
        )
        self.repo.serialised(lambda: self.witness.reset(station.library_id, station.fingerprint, event))
        return event

    # ------------------------------------------------------------------ what the station publishes
    def trust_lines(self, station: Station | None = None) -> list[str]:
        """The ``cert-authority`` allowed_signers lines, one per role (heads, then editors)."""
        station = station or self.require_station()
        return [
            self.crypto.cert_authority_line(f"{role}:*", station.public_key, ROLE_NAMESPACES[role])
            for role in (HEAD, EDITOR)
        ]

    def trust_file(self) -> str:
        """The one file a station publishes so anyone can verify its approvals with ssh-keygen."""
        station = self.require_station()
        name = station.name.replace("\n", " ")
        return (
            f"# {name} — khóa gốc của Đài / station key {station.fingerprint}\n"
            "# ssh-keygen -Y verify -f THIS_FILE -I head:<principal> -n clip-approval -s approval.json.sig < approval.json\n"
            + "\n".join(self.trust_lines(station))
            + "\n"
        )

    def revocations(self) -> bytes:
        """The station's revocation list (an OpenSSH KRL): every certificate of a revoked key, and
        the revoked keys themselves."""
        trust = self.trust()
        station = self.require_station(trust)
        revoked = trust.revoked_keys()
        return self.crypto.krl(
            station.public_key,
            serials=trust.revoked_serials(),
            keys_revoked=[k.public_key for k in revoked],
            version=max([k.revoked_seq or 0 for k in revoked] + [0]),
            generated_at=int(self.clock().timestamp()),
            comment=f"{station.name} {station.fingerprint}",
        )

    def signer(self, principal: str, trust: TrustState | None = None) -> tuple[KeyTrust, CertRecord]:
        """The active key of ``principal`` and its certificate in force now (for signing)."""
        trust = trust or self.trust()
        self.require_station(trust)
        key = trust.active_key_of(principal)
        if key is None:
            raise NotFoundError(
                f"{principal} has no active signing key (the station's key holder enrols it: "
                f"reviewer keys init --principal {principal} ...)"
            )
        cert = key.current_cert
        if cert is None:
            raise PolicyError(
                f"the key of {principal} was never certified by the station; the station's key holder runs "
                f"'reviewer keys renew {principal}'"
            )
        now = self.clock()
        if not cert.valid_at(now):
            raise PolicyError(
                f"the certificate of {principal} is not valid now (valid until "
                f"{datetime.fromtimestamp(cert.valid_before, timezone.utc):%d/%m/%Y}); the station's key "
                f"holder renews it: reviewer keys renew {principal}"
            )
        return key, cert

    def people(self) -> list[tuple[KeyTrust, SigningKey | None]]:
        """Every key the station's events name, with the library's cached row (oldest first)."""
        trust = self.trust()
        return [(k, self.repo.key(k.fingerprint)) for k in sorted(trust.keys.values(), key=lambda k: k.enrolled_seq)]
