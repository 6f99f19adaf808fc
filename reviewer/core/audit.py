"""The tamper-evident audit chain, independent of storage.

Each :class:`AuditEvent` carries the hash of the one before it, so altering, deleting, inserting
or reordering any event breaks the chain at a place :func:`verify_chain` can name. Because anyone
with write access to the database could recompute every hash, signed :class:`Checkpoint` files
(seq + head hash, signed by the head's key and kept outside the database) pin the chain: a
rewrite or rollback behind a checkpoint no longer matches it.

Event hash (version 1), precisely::

    hash = sha256_hex(canonical_bytes({
        "schema": "reviewer/audit/1",
        "seq": <int>,
        "time": <str, YYYY-MM-DDTHH:MM:SS.mmmZ>,
        "actor": <str>,
        "kind": <str>,
        "payload_sha256": sha256_hex(<payload_json bytes exactly as stored>),
        "prev_hash": <64 hex>,
        "signature": <armored SSHSIG str, or null>,
    }))

The payload enters by the SHA-256 of its stored bytes, so those bytes are authoritative and are
never re-serialised to verify (a verifier in another language only needs SHA-256 and JCS). The
payload itself must be canonical JSON of an object; that is checked separately so a payload that
was written non-canonically is reported even when its hash matches. The signature is inside the
hash because it always exists before its event (a signed record names the previous head, then is
signed, then its event is appended), so stripping or swapping a signature breaks the chain too.
The first event has seq 1 and ``prev_hash`` = :data:`GENESIS_HASH` (64 zeros).
"""

from __future__ import annotations

import hashlib
import json.encoder
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from reviewer.core.canonical import (
    CanonicalJSONError,
    canonical_bytes,
    is_rfc3339,
    is_sha256_hex,
    loads_canonical,
    sha256_hex,
    utc_now_rfc3339,
)
from reviewer.errors import IntegrityError, SignatureError

__all__ = [
    "GENESIS_HASH",
    "AUDIT_SCHEMA",
    "CHECKPOINT_SCHEMA",
    "INGEST",
    "NEW_VERSION",
    "VIEW_SESSION",
    "CHECKLIST_ANSWER",
    "NOTE",
    "NOTE_EDITED",
    "NOTE_RESOLVED",
    "NOTE_REOPENED",
    "NOTE_REPLY",
    "DECISION",
    "SIGNOFF",
    "REVOCATION",
    "KEY_ENROLLED",
    "KEY_RETIRED",
    "POLICY_CHANGED",
    "EXPORT",
    "SIGNING_LOCKED",
    "WRONG_PASSPHRASE",
    "CHECKPOINT",
    "STATION_CREATED",
    "KEY_CERTIFIED",
    "KEY_REVOKED",
    "WITNESS_RESET",
    "PUBLICATION",
    "STATS_IMPORT",
    "STATS_MATCH",
    "EVENT_KINDS",
    "SIGNATURE_REQUIRED_KINDS",
    "SIGNATURE_ALLOWED_KINDS",
    "AuditEvent",
    "ChainProblem",
    "Checkpoint",
    "SignatureChecker",
    "event_hash",
    "make_event",
    "verify_chain",
    "raise_for_problems",
    "make_checkpoint",
    "checkpoint_event",
    "parse_checkpoint",
    "verify_checkpoint",
]

GENESIS_HASH = "0" * 64
"""``prev_hash`` of the first event (seq 1)."""

AUDIT_SCHEMA = "reviewer/audit/1"
CHECKPOINT_SCHEMA = "reviewer/checkpoint/1"

# Event kinds. The values are stored and hashed: never rename one.
INGEST = "ingest"
NEW_VERSION = "new_version"
VIEW_SESSION = "view_session"
CHECKLIST_ANSWER = "checklist_answer"
NOTE = "note"
NOTE_EDITED = "note_edited"
NOTE_RESOLVED = "note_resolved"
NOTE_REOPENED = "note_reopened"
NOTE_REPLY = "note_reply"
DECISION = "decision"
SIGNOFF = "signoff"
REVOCATION = "revocation"
KEY_ENROLLED = "key_enrolled"
KEY_RETIRED = "key_retired"
POLICY_CHANGED = "policy_changed"
EXPORT = "export"
SIGNING_LOCKED = "signing_locked"
WRONG_PASSPHRASE = "wrong_passphrase"
CHECKPOINT = "checkpoint"
STATION_CREATED = "station_created"
KEY_CERTIFIED = "key_certified"
KEY_REVOKED = "key_revoked"
WITNESS_RESET = "witness_reset"
PUBLICATION = "publication"  # an approved clip version went out on a platform
STATS_IMPORT = "stats_import"  # a platform's export file was imported
STATS_MATCH = "stats_match"  # an export row was tied to a clip by hand

EVENT_KINDS: frozenset[str] = frozenset(
    {
        INGEST,
        NEW_VERSION,
        VIEW_SESSION,
        CHECKLIST_ANSWER,
        NOTE,
        NOTE_EDITED,
        NOTE_RESOLVED,
        NOTE_REOPENED,
        NOTE_REPLY,
        DECISION,
        SIGNOFF,
        REVOCATION,
        KEY_ENROLLED,
        KEY_RETIRED,
        POLICY_CHANGED,
        EXPORT,
        SIGNING_LOCKED,
        WRONG_PASSPHRASE,
        CHECKPOINT,
        STATION_CREATED,
        KEY_CERTIFIED,
        KEY_REVOKED,
        WITNESS_RESET,
        PUBLICATION,
        STATS_IMPORT,
        STATS_MATCH,
    }
)
"""Every kind an event may have."""

STATION_SIGNED_KINDS: frozenset[str] = frozenset({STATION_CREATED, KEY_CERTIFIED, KEY_REVOKED, WITNESS_RESET})
"""Kinds the station key signs (over the event's payload bytes); always signed."""

SIGNATURE_REQUIRED_KINDS: frozenset[str] = frozenset({SIGNOFF, REVOCATION}) | STATION_SIGNED_KINDS
"""Kinds that must carry a signature (over the signed record the payload names, or the payload)."""

SIGNATURE_ALLOWED_KINDS: frozenset[str] = SIGNATURE_REQUIRED_KINDS | {CHECKPOINT, KEY_ENROLLED, KEY_RETIRED}
"""Kinds that may carry a signature; a checkpoint event's signature is over its payload bytes, an
enrolment's or retirement's (signed by the station key since the library has one) too."""

_ACTOR_MAX = 200  # matches the storage column; longer would be silently cut by some databases


@dataclass(frozen=True)
class AuditEvent:
    """One event of the chain, exactly as stored.

    ``payload_json`` is the canonical JSON bytes of the payload object, stored as is;
    ``signature`` is an armored SSHSIG for signoff/revocation (required) and checkpoint (optional).
    """

    seq: int
    time: str
    actor: str
    kind: str
    payload_json: bytes
    prev_hash: str
    hash: str
    signature: str | None = None

    @property
    def payload(self) -> dict[str, Any]:
        """The payload parsed (raises :class:`CanonicalJSONError` if it is not canonical JSON)."""
        value = loads_canonical(self.payload_json)
        if not isinstance(value, dict):
            raise CanonicalJSONError("payload is not a JSON object")
        return value


@dataclass(frozen=True)
class ChainProblem:
    """One thing wrong with the chain.

    ``seq`` and ``kind`` name the event concerned. For events that are absent (a gap, or a
    truncation behind a checkpoint) ``seq`` is the first missing seq and ``kind`` is ``""``.
    """

    seq: int
    kind: str
    problem: str

    def __str__(self) -> str:
        return f"audit event {self.seq} ({self.kind or 'missing'}): {self.problem}"


SignatureChecker = Callable[[AuditEvent], "str | None"]
"""``checker(event) -> problem or None``: verifies ``event.signature`` over what the event signs.

For signoff/revocation the checker should load the signed record the payload names, check that
its SHA-256 matches the payload, and verify the signature over those record bytes with the signer's
key, so a signature moved to another event fails. For checkpoint events, it verifies over
``event.payload_json`` (which is exactly the checkpoint's signed bytes).
"""


def event_hash(
    seq: int,
    time: str,
    actor: str,
    kind: str,
    payload_json: bytes,
    prev_hash: str,
    signature: str | None = None,
) -> str:
    """The hash of an event from its fields (see the module docstring for the exact bytes)."""
    fast = _fast_event_hash(seq, time, actor, kind, payload_json, prev_hash, signature)
    if fast is not None:
        return fast
    return sha256_hex(
        canonical_bytes(
            {
                "schema": AUDIT_SCHEMA,
                "seq": seq,
                "time": time,
                "actor": actor,
                "kind": kind,
                "payload_sha256": sha256_hex(bytes(payload_json)),
                "prev_hash": prev_hash,
                "signature": signature,
            }
        )
    )


_encode_str = json.encoder.encode_basestring
_SAFE_INT = 2**53 - 1


def _fast_event_hash(
    seq: object,
    time: object,
    actor: object,
    kind: object,
    payload_json: object,
    prev_hash: object,
    signature: object,
) -> str | None:
    """The same bytes as canonical_bytes() of the hashed object, written out directly.

    Verifying a library hashes every event; the object always has these eight keys, so their
    RFC 8785 order is fixed (actor, kind, payload_sha256, prev_hash, schema, seq, signature,
    time). Anything but plain str/int/None values returns None and takes the general path.
    """
    if not (
        type(time) is str
        and type(actor) is str
        and type(kind) is str
        and type(prev_hash) is str
        and type(seq) is int
        and -_SAFE_INT <= seq <= _SAFE_INT
        and (signature is None or type(signature) is str)
        and isinstance(payload_json, (bytes, bytearray))
    ):
        return None
    text = (
        '{"actor":'
        + _encode_str(actor)
        + ',"kind":'
        + _encode_str(kind)
        + ',"payload_sha256":"'
        + hashlib.sha256(payload_json).hexdigest()
        + '","prev_hash":'
        + _encode_str(prev_hash)
        + ',"schema":"'
        + AUDIT_SCHEMA
        + '","seq":'
        + str(seq)
        + ',"signature":'
        + ("null" if signature is None else _encode_str(signature))
        + ',"time":'
        + _encode_str(time)
        + "}"
    )
    try:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()
    except UnicodeEncodeError:  # lone surrogates: let the reference path raise its error
        return None


def make_event(
    prev: AuditEvent | None,
    actor: str,
    kind: str,
    payload: dict[str, Any],
    time: str | None = None,
    signature: str | None = None,
) -> AuditEvent:
    """The event that follows ``prev`` (or the first event when ``prev`` is None).

    Raises ValueError for an unknown kind, a bad time or actor, a payload that is not a JSON
    object, or a signature missing (signoff/revocation) or not allowed (other kinds); these are
    programming errors, never user input. A ``checkpoint`` event's payload must be the
    checkpoint of ``prev`` (use :func:`checkpoint_event`).
    """
    if kind not in EVENT_KINDS:
        raise ValueError(f"unknown audit event kind {kind!r}")
    if not isinstance(actor, str) or not actor or len(actor) > _ACTOR_MAX:
        raise ValueError("audit actor must be a non-empty string of at most 200 characters")
    if not isinstance(payload, dict):
        raise ValueError("audit payload must be a dict")
    time = utc_now_rfc3339() if time is None else time
    if not is_rfc3339(time):
        raise ValueError(f"audit time {time!r} is not YYYY-MM-DDTHH:MM:SS.mmmZ")
    if signature is not None and (not isinstance(signature, str) or not signature):
        raise ValueError("signature must be a non-empty string or None")
    if kind in SIGNATURE_REQUIRED_KINDS and signature is None:
        raise ValueError(f"a {kind} event must carry a signature")
    if kind not in SIGNATURE_ALLOWED_KINDS and signature is not None:
        raise ValueError(f"a {kind} event is never signed")
    seq = 1 if prev is None else prev.seq + 1
    prev_hash = GENESIS_HASH if prev is None else prev.hash
    if kind == CHECKPOINT:
        try:
            cp = Checkpoint.from_dict(payload)
        except IntegrityError as exc:
            raise ValueError(f"checkpoint event payload: {exc}") from None
        if cp.expected_head != (seq - 1, prev_hash):
            raise ValueError("a checkpoint event must record the event just before it")
    payload_json = canonical_bytes(payload)
    return AuditEvent(
        seq=seq,
        time=time,
        actor=actor,
        kind=kind,
        payload_json=payload_json,
        prev_hash=prev_hash,
        hash=event_hash(seq, time, actor, kind, payload_json, prev_hash, signature),
        signature=signature,
    )


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _event_problems(
    event: AuditEvent, signature_checker: SignatureChecker | None
) -> tuple[list[str], dict[str, Any] | None]:
    """What is wrong with one event on its own (not counting its place in the chain).

    Also returns the parsed payload (None when unreadable), so callers need not parse it again.
    """
    problems: list[str] = []
    payload: Any = None
    computed = None
    try:
        computed = event_hash(
            event.seq,
            event.time,
            event.actor,
            event.kind,
            event.payload_json,
            event.prev_hash,
            event.signature,
        )
    except (CanonicalJSONError, TypeError, ValueError) as exc:
        problems.append(f"malformed event, hash cannot be computed ({exc})")
    else:
        if computed != event.hash:
            problems.append("hash mismatch: the event was altered after it was written")
    if event.kind not in EVENT_KINDS:
        problems.append(f"unknown event kind {event.kind!r}")
    if not is_rfc3339(event.time):
        problems.append(f"time {event.time!r} is not YYYY-MM-DDTHH:MM:SS.mmmZ")
    if not isinstance(event.actor, str) or not event.actor:
        problems.append("actor is empty")
    if computed != event.hash and not is_sha256_hex(event.hash):  # equal to a hexdigest: it is one
        problems.append("stored hash is not 64 lower-case hex digits")
    try:
        payload = loads_canonical(event.payload_json)
        if not isinstance(payload, dict):
            problems.append("payload is not a JSON object")
            payload = None
    except CanonicalJSONError as exc:
        problems.append(f"payload is not canonical JSON ({exc})")
    if event.kind in SIGNATURE_REQUIRED_KINDS and not event.signature:
        problems.append("signature missing")
    elif event.signature and event.kind not in SIGNATURE_ALLOWED_KINDS:
        problems.append("signature present on a kind that is never signed")
    elif event.signature and signature_checker is not None:
        try:
            # A checker marked ``with_payload`` also gets the payload parsed here (a whole library
            # is verified: parsing it once per event matters).
            if getattr(signature_checker, "with_payload", False):
                verdict = signature_checker(event, payload)  # type: ignore[call-arg]  # the with_payload form
            else:
                verdict = signature_checker(event)
        except Exception as exc:  # noqa: BLE001 - one bad record must not stop the audit
            verdict = f"check failed ({type(exc).__name__}: {exc})"
        if verdict:
            problems.append(f"signature: {verdict}")
    return problems, payload


def verify_chain(
    events: Iterable[AuditEvent],
    *,
    signature_checker: SignatureChecker | None = None,
    expected_head: tuple[int, str] | None = None,
    anchor: tuple[int, str] | None = None,
) -> list[ChainProblem]:
    """Check a chain in seq order; returns every problem found (empty list = intact).

    Iterates ``events`` once, keeping O(1) state besides the problems, so a whole database
    cursor can be streamed. Detects: altered fields (hash mismatch), broken ``prev_hash`` links,
    gaps (deleted events), duplicated and reordered events, an altered ``seq``, non-canonical
    payloads, unknown kinds, bad times, missing/unexpected signatures, signatures the
    ``signature_checker`` rejects (only called when given), and — when ``expected_head`` =
    (seq, hash) from a verified checkpoint is given — truncation (the chain ends before that seq)
    and rewrite/rollback (the event at that seq has another hash).

    ``anchor`` = (seq, hash) of the event just before the first one given, to verify a tail of
    the chain; default (0, GENESIS_HASH), i.e. the chain from its start.
    """
    problems: list[ChainProblem] = []
    last_seq, last_hash = anchor if anchor is not None else (0, GENESIS_HASH)
    head_seq, head_hash = expected_head if expected_head is not None else (None, None)
    head_seen = False
    if head_seq is not None and head_seq <= last_seq:
        # The checkpoint lies at or before the anchor; only an exact match can be checked.
        head_seen = True
        if head_seq == last_seq and head_hash != last_hash:
            problems.append(ChainProblem(head_seq, "", "anchor does not match the signed checkpoint"))

    for event in events:
        seq = event.seq
        kind = event.kind if isinstance(event.kind, str) else repr(event.kind)
        expected = last_seq + 1
        linked = event.prev_hash == last_hash
        # Where problems about this event are reported, and whether it advances the chain.
        at = seq if _is_int(seq) else expected
        advances = True
        if not _is_int(seq):
            problems.append(ChainProblem(expected, kind, f"seq {seq!r} is not an integer"))
        elif seq != expected and linked:
            # It links to its predecessor, so it stands where it belongs: its seq was edited.
            at = expected
            problems.append(ChainProblem(at, kind, f"seq field altered: reads {seq}, should be {expected}"))
        elif seq > expected:
            missing = f"event {expected}" if seq == expected + 1 else f"events {expected}-{seq - 1}"
            problems.append(ChainProblem(expected, "", f"{missing} missing before seq {seq} (deleted?)"))
        elif seq == last_seq:
            advances = False
            problems.append(ChainProblem(at, kind, "duplicate seq (the event appears twice)"))
        elif seq < expected:
            # O(1) memory: a reordered and a duplicated event look alike once the chain moved on.
            advances = False
            problems.append(
                ChainProblem(at, kind, f"out of order: seq {seq} after seq {last_seq} (moved or duplicated)")
            )
        elif not linked:
            problems.append(
                ChainProblem(at, kind, "broken link: prev_hash does not match the hash of the event before")
            )

        texts, payload = _event_problems(event, signature_checker)
        for text in texts:
            problems.append(ChainProblem(at, kind, text))

        if kind == CHECKPOINT:
            problems.extend(_checkpoint_event_problems(event, at, kind, payload))

        if head_seq is not None and at == head_seq and advances:
            head_seen = True
            if event.hash != head_hash:
                problems.append(
                    ChainProblem(
                        at,
                        kind,
                        "does not match the signed checkpoint (chain rewritten or rolled back)",
                    )
                )

        if advances:
            last_seq, last_hash = at, event.hash

    if head_seq is not None and not head_seen:
        if last_seq < head_seq:
            problems.append(
                ChainProblem(
                    last_seq + 1,
                    "",
                    f"chain ends at seq {last_seq} but the signed checkpoint covers seq {head_seq} (events truncated)",
                )
            )
        else:
            problems.append(ChainProblem(head_seq, "", "the event named by the signed checkpoint is missing"))
    return problems


def _checkpoint_event_problems(
    event: AuditEvent, at: int, kind: str, payload: dict[str, Any] | None
) -> list[ChainProblem]:
    """A checkpoint event records the head just before it; check it says so."""
    try:
        cp = Checkpoint.from_dict(payload if payload is not None else event.payload)
    except (CanonicalJSONError, IntegrityError) as exc:
        return [ChainProblem(at, kind, f"checkpoint payload invalid ({exc})")]
    if cp.seq != at - 1 or cp.head_hash != event.prev_hash:
        return [ChainProblem(at, kind, "checkpoint payload does not name the event before it")]
    return []


def checkpoint_event(prev: AuditEvent, actor: str, checkpoint: Checkpoint, signature: str | None) -> AuditEvent:
    """The ``checkpoint`` event recording ``checkpoint`` of the chain ending at ``prev``.

    Its payload bytes are exactly ``checkpoint.checkpoint_bytes()``, so the signature over the
    checkpoint file also verifies over the event's payload.
    """
    if checkpoint.expected_head != (prev.seq, prev.hash):
        raise ValueError("a checkpoint event must record the event just before it")
    return make_event(prev, actor, CHECKPOINT, checkpoint.to_dict(), time=checkpoint.time, signature=signature)


def raise_for_problems(problems: list[ChainProblem]) -> None:
    """Raise :class:`IntegrityError` naming the first problem (and how many) if there are any."""
    if problems:
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise IntegrityError(f"{problems[0]}{more}")


@dataclass(frozen=True)
class Checkpoint:
    """A signed statement "the audit chain's head was event ``seq`` with hash ``head_hash``".

    ``checkpoint_bytes()`` are the bytes signed (SSHSIG) and written to the checkpoint file;
    the same bytes are the payload of the ``checkpoint`` audit event.
    """

    seq: int
    head_hash: str
    time: str
    signer: str
    key_fingerprint: str

    def to_dict(self) -> dict[str, Any]:
        """The checkpoint as a JSON object (with its schema)."""
        return {
            "schema": CHECKPOINT_SCHEMA,
            "seq": self.seq,
            "head_hash": self.head_hash,
            "time": self.time,
            "signer": self.signer,
            "key_fingerprint": self.key_fingerprint,
        }

    def checkpoint_bytes(self) -> bytes:
        """Canonical JSON bytes to sign and store."""
        return canonical_bytes(self.to_dict())

    @property
    def expected_head(self) -> tuple[int, str]:
        """(seq, head_hash), the argument :func:`verify_chain` takes."""
        return (self.seq, self.head_hash)

    @classmethod
    def from_dict(cls, data: object) -> Checkpoint:
        """Validate a parsed checkpoint object; raises :class:`IntegrityError` (one line)."""
        if not isinstance(data, dict):
            raise IntegrityError("checkpoint is not a JSON object")
        if data.keys() != _CHECKPOINT_KEYS:
            missing = sorted(_CHECKPOINT_KEYS - set(data))
            extra = sorted(set(data) - _CHECKPOINT_KEYS)
            detail = "; ".join(
                part
                for part in (
                    f"missing {', '.join(missing)}" if missing else "",
                    f"unexpected {', '.join(extra)}" if extra else "",
                )
                if part
            )
            raise IntegrityError(f"checkpoint fields wrong: {detail}")
        if data["schema"] != CHECKPOINT_SCHEMA:
            raise IntegrityError(f"checkpoint schema {data['schema']!r} is not {CHECKPOINT_SCHEMA}")
        if not _is_int(data["seq"]) or data["seq"] < 0:
            raise IntegrityError("checkpoint seq must be a non-negative integer")
        if not is_sha256_hex(data["head_hash"]):
            raise IntegrityError("checkpoint head_hash must be 64 lower-case hex digits")
        if not is_rfc3339(data["time"]):
            raise IntegrityError("checkpoint time is not YYYY-MM-DDTHH:MM:SS.mmmZ")
        for key in ("signer", "key_fingerprint"):
            if not isinstance(data[key], str) or not data[key]:
                raise IntegrityError(f"checkpoint {key} must be a non-empty string")
        return cls(
            seq=data["seq"],
            head_hash=data["head_hash"],
            time=data["time"],
            signer=data["signer"],
            key_fingerprint=data["key_fingerprint"],
        )


_CHECKPOINT_KEYS = frozenset({"schema", "seq", "head_hash", "time", "signer", "key_fingerprint"})


def make_checkpoint(head: AuditEvent | None, signer: str, key_fingerprint: str, time: str | None = None) -> Checkpoint:
    """A checkpoint of the chain whose last event is ``head`` (None = empty chain, seq 0)."""
    cp = Checkpoint(
        seq=0 if head is None else head.seq,
        head_hash=GENESIS_HASH if head is None else head.hash,
        time=utc_now_rfc3339() if time is None else time,
        signer=signer,
        key_fingerprint=key_fingerprint,
    )
    Checkpoint.from_dict(cp.to_dict())  # same validation as on the way in
    return cp


def parse_checkpoint(data: bytes) -> Checkpoint:
    """Parse checkpoint bytes (must be canonical JSON); raises :class:`IntegrityError`."""
    try:
        value = loads_canonical(data)
    except CanonicalJSONError as exc:
        raise IntegrityError(f"checkpoint is not canonical JSON: {exc}") from None
    return Checkpoint.from_dict(value)


def verify_checkpoint(
    data: bytes,
    signature: str,
    verify_signature: Callable[[bytes, str, Checkpoint], "str | None"],
) -> Checkpoint:
    """Parse ``data`` and verify ``signature`` over exactly those bytes.

    ``verify_signature(data, signature, checkpoint)`` does the cryptography (security/ owns it)
    and returns a problem string or None. Raises :class:`IntegrityError` for a malformed
    checkpoint and :class:`SignatureError` for a bad signature.
    """
    cp = parse_checkpoint(data)
    if not signature:
        raise SignatureError(f"checkpoint at seq {cp.seq} has no signature")
    problem = verify_signature(bytes(data), signature, cp)
    if problem:
        raise SignatureError(f"checkpoint at seq {cp.seq}: signature does not verify ({problem})")
    return cp
