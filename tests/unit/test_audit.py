"""The audit chain notices every kind of tampering and names the event concerned."""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.core import audit
from reviewer.core.audit import (
    CHECKPOINT,
    EVENT_KINDS,
    GENESIS_HASH,
    REVOCATION,
    SIGNOFF,
    AuditEvent,
    Checkpoint,
    checkpoint_event,
    event_hash,
    make_checkpoint,
    make_event,
    parse_checkpoint,
    raise_for_problems,
    verify_chain,
    verify_checkpoint,
)
from reviewer.core.canonical import (
    CanonicalJSONError,
    canonical_bytes,
    format_rfc3339,
    loads_canonical,
    sha256_hex,
)
from reviewer.errors import IntegrityError, SignatureError

# A stand-in for SSHSIG: an HMAC under a key the "attacker" does not have. The real checker
# (security/) verifies SSHSIG over the same bytes; the chain logic is the same.
_KEY = b"test signing key"
PRINCIPAL = "head@station.vn"
FINGERPRINT = "SHA256:testfingerprint"


def fake_sign(data: bytes) -> str:
    return (
        "-----BEGIN SSH SIGNATURE-----\n"
        + hmac.new(_KEY, data, hashlib.sha256).hexdigest()
        + "\n-----END SSH SIGNATURE-----"
    )


class Records:
    """Signed records by SHA-256, as storage would hold them; builds the signature checker."""

    def __init__(self) -> None:
        self.by_sha: dict[str, bytes] = {}

    def add(self, data: bytes) -> str:
        digest = sha256_hex(data)
        self.by_sha[digest] = data
        return digest

    def checker(self, event: AuditEvent) -> str | None:
        if event.kind == CHECKPOINT or event.kind in audit.STATION_SIGNED_KINDS:
            signed = event.payload_json
        else:
            digest = event.payload.get("record_sha256")
            signed = self.by_sha.get(digest)
            if signed is None:
                return "signed record not found"
            if sha256_hex(signed) != digest:
                return "signed record does not match its hash"
        if event.signature != fake_sign(signed):
            return "signature does not verify over the signed record"
        return None


# Checkpoint first would need a predecessor; every kind still appears in every round.
KIND_ORDER = sorted(EVENT_KINDS - {CHECKPOINT}) + [CHECKPOINT]
ROUNDS = 4  # 4 x 15 = 60 events


def build_chain(records: Records, rounds: int = ROUNDS) -> list[AuditEvent]:
    events: list[AuditEvent] = []
    prev = None
    n = 0
    for r in range(rounds):
        for kind in KIND_ORDER:
            n += 1
            time = f"2024-05-{1 + r:02d}T08:{n % 60:02d}:{(7 * n) % 60:02d}.{n:03d}Z"
            actor = "Nguyễn Văn An" if n % 2 else "editor@station.vn"
            if kind == CHECKPOINT:
                cp = make_checkpoint(prev, PRINCIPAL, FINGERPRINT, time=time)
                ev = checkpoint_event(prev, PRINCIPAL, cp, fake_sign(cp.checkpoint_bytes()))
            elif kind in (SIGNOFF, REVOCATION):
                record = canonical_bytes({"kind": kind, "clip_id": f"clip-{n}", "note": "Phê duyệt đăng trên Facebook"})
                digest = records.add(record)
                ev = make_event(
                    prev,
                    PRINCIPAL,
                    kind,
                    {"clip_id": f"clip-{n}", "record_sha256": digest},
                    time=time,
                    signature=fake_sign(record),
                )
            else:
                payload = {"clip_id": f"clip-{n}", "n": n, "text": "Chính xác chính trị", "ok": True}
                # The station key signs its own events over their payload bytes.
                signature = fake_sign(canonical_bytes(payload)) if kind in audit.STATION_SIGNED_KINDS else None
                ev = make_event(prev, actor, kind, payload, time=time, signature=signature)
            events.append(ev)
            prev = ev
    return events


def rehash_from(events: list[AuditEvent], index: int) -> list[AuditEvent]:
    """What an attacker with database access can do: recompute hashes and links from ``index``."""
    out = list(events[:index])
    for ev in events[index:]:
        prev_hash = out[-1].hash if out else GENESIS_HASH
        h = event_hash(ev.seq, ev.time, ev.actor, ev.kind, ev.payload_json, prev_hash, ev.signature)
        out.append(dataclasses.replace(ev, prev_hash=prev_hash, hash=h))
    return out


@pytest.fixture(scope="module")
def records() -> Records:
    return Records()


@pytest.fixture(scope="module")
def chain(records: Records) -> list[AuditEvent]:
    return build_chain(records)


def flip_str(s: str, pos: int) -> str:
    pos %= len(s)
    return s[:pos] + chr(ord(s[pos]) ^ 1) + s[pos + 1 :]


def flip_bytes(b: bytes, pos: int) -> bytes:
    pos %= len(b)
    return b[:pos] + bytes([b[pos] ^ 1]) + b[pos + 1 :]


FIELDS = ("seq", "time", "actor", "kind", "payload_json", "prev_hash", "hash", "signature")


def tamper(ev: AuditEvent, field: str, pos: int) -> AuditEvent:
    value = getattr(ev, field)
    if field == "seq":
        new = value ^ (1 + pos % 7)
    elif isinstance(value, bytes):
        new = flip_bytes(value, pos)
    else:
        new = flip_str(value, pos)
    return dataclasses.replace(ev, **{field: new})


def without_checkpoint_events(problems):
    """Problems other than the embedded checkpoint events noticing a rewrite behind them."""
    return [p for p in problems if p.kind != CHECKPOINT or "checkpoint payload" not in p.problem]


def assert_detected_at(chain, index, tampered, records) -> None:
    altered = list(chain)
    altered[index] = tampered
    problems = verify_chain(altered, signature_checker=records.checker)
    original = chain[index]
    assert any(p.seq == original.seq and p.kind == tampered.kind for p in problems), problems
    # Reports stay local: the event itself, and at most a broken link right after it.
    assert {p.seq for p in problems} <= {original.seq, original.seq + 1}, problems


def test_chain_has_every_kind_and_enough_events(chain):
    assert len(chain) >= 50
    assert {ev.kind for ev in chain} == EVENT_KINDS
    assert [ev.seq for ev in chain] == list(range(1, len(chain) + 1))


def test_clean_chain_has_no_problems(chain, records):
    head = chain[-1]
    assert verify_chain(chain, signature_checker=records.checker, expected_head=(head.seq, head.hash)) == []
    assert verify_chain(iter(chain)) == []  # a one-shot iterator is enough (streaming)
    assert verify_chain([]) == []


@pytest.mark.parametrize("field", FIELDS)
def test_flipping_any_field_of_any_event_is_reported_at_that_event(chain, records, field):
    rng = random.Random(field)
    checked = 0
    for index, ev in enumerate(chain):
        if getattr(ev, field) is None:
            continue  # unsigned kinds: adding a signature is covered below
        for _ in range(3):
            tampered = tamper(ev, field, rng.randrange(1 << 16))
            assert_detected_at(chain, index, tampered, records)
            checked += 1
    assert checked >= 3 * (len(chain) if field != "signature" else 12)


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_flipping_any_byte_anywhere_is_reported(chain, records, data):
    index = data.draw(st.integers(0, len(chain) - 1))
    ev = chain[index]
    field = data.draw(st.sampled_from([f for f in FIELDS if getattr(ev, f) is not None]))
    pos = data.draw(st.integers(0, 10_000))
    assert_detected_at(chain, index, tamper(ev, field, pos), records)


def test_adding_or_stripping_a_signature_is_reported(chain, records):
    unsigned = next(i for i, ev in enumerate(chain) if ev.kind == audit.NOTE)
    forged = dataclasses.replace(chain[unsigned], signature=fake_sign(b"x"))
    problems = verify_chain(rehash_from([*chain[:unsigned], forged, *chain[unsigned + 1 :]], unsigned))
    problems = without_checkpoint_events(problems)
    assert [(p.seq, p.kind) for p in problems] == [(forged.seq, audit.NOTE)]
    assert "never signed" in problems[0].problem

    signed = next(i for i, ev in enumerate(chain) if ev.kind == SIGNOFF)
    stripped = dataclasses.replace(chain[signed], signature=None)
    problems = verify_chain(rehash_from([*chain[:signed], stripped, *chain[signed + 1 :]], signed))
    problems = without_checkpoint_events(problems)
    assert [(p.seq, p.kind, p.problem) for p in problems] == [(stripped.seq, SIGNOFF, "signature missing")]


def test_signature_moved_to_another_signoff_is_caught_by_the_checker(chain, records):
    signoffs = [i for i, ev in enumerate(chain) if ev.kind == SIGNOFF]
    a, b = signoffs[0], signoffs[1]
    moved = dataclasses.replace(chain[b], signature=chain[a].signature)
    # Even with every hash recomputed, the signature does not cover event b's record.
    rewritten = rehash_from([*chain[:b], moved, *chain[b + 1 :]], b)
    problems = verify_chain(rewritten, signature_checker=records.checker)
    bad_sigs = [p for p in problems if p.problem.startswith("signature:")]
    assert [(p.seq, p.kind) for p in bad_sigs] == [(chain[b].seq, SIGNOFF)]
    # Without rewriting, the hash gives it away too.
    problems = verify_chain([*chain[:b], moved, *chain[b + 1 :]], signature_checker=records.checker)
    assert any(p.seq == chain[b].seq and "hash mismatch" in p.problem for p in problems)


def test_payload_swapped_to_another_record_is_caught_by_the_checker(chain, records):
    signoffs = [i for i, ev in enumerate(chain) if ev.kind == SIGNOFF]
    a, b = signoffs[0], signoffs[1]
    swapped = dataclasses.replace(chain[b], payload_json=chain[a].payload_json)
    problems = verify_chain(rehash_from([*chain[:b], swapped, *chain[b + 1 :]], b), signature_checker=records.checker)
    assert any(p.seq == chain[b].seq and p.kind == SIGNOFF and p.problem.startswith("signature:") for p in problems)


@pytest.mark.parametrize("index", [0, 1, 17, 30, 58])
def test_deleted_event_is_reported_as_a_gap(chain, index):
    gone = chain[index]
    problems = verify_chain(chain[:index] + chain[index + 1 :])
    assert any(p.seq == gone.seq and p.kind == "" and "missing" in p.problem for p in problems), problems


def test_deleted_run_names_the_whole_range(chain):
    problems = verify_chain(chain[:10] + chain[15:])
    assert [(p.seq, p.kind) for p in problems] == [(11, "")]
    assert "events 11-15 missing" in problems[0].problem


def test_deleted_event_with_renumbered_tail_is_still_caught(chain):
    # Attacker deletes event 20 and shifts seq of all later events down, without re-signing hashes.
    tail = [dataclasses.replace(ev, seq=ev.seq - 1) for ev in chain[20:]]
    problems = verify_chain(chain[:19] + tail)
    assert any(p.seq == 20 and "broken link" in p.problem for p in problems), problems


@pytest.mark.parametrize("index", [0, 10, 40, 58])
def test_reordered_events_are_reported(chain, index):
    swapped = list(chain)
    swapped[index], swapped[index + 1] = swapped[index + 1], swapped[index]
    problems = verify_chain(swapped)
    moved = chain[index]
    assert any(p.seq == moved.seq and p.kind == moved.kind and "out of order" in p.problem for p in problems)


def test_duplicated_event_is_reported(chain):
    dup = chain[25]
    problems = verify_chain(chain[:26] + [dup] + chain[26:])
    assert [(p.seq, p.kind) for p in problems] == [(dup.seq, dup.kind)]
    assert "duplicate" in problems[0].problem
    # A copy replayed much later is reported too.
    problems = verify_chain(chain + [chain[3]])
    assert [(p.seq, p.kind) for p in problems] == [(chain[3].seq, chain[3].kind)]


def test_truncation_is_caught_only_with_a_checkpoint(chain):
    head = chain[-1]
    assert verify_chain(chain[:50]) == []  # a plain chain cannot know it lost its tail
    problems = verify_chain(chain[:50], expected_head=(head.seq, head.hash))
    assert [(p.seq, p.kind) for p in problems] == [(51, "")]
    assert "truncated" in problems[0].problem
    assert verify_chain([], expected_head=(head.seq, head.hash))[0].seq == 1


def test_rewrite_behind_a_checkpoint_is_caught(chain):
    index = next(i for i, ev in enumerate(chain) if i > 20 and ev.kind == audit.NOTE)
    ev = chain[index]
    edited = dataclasses.replace(ev, payload_json=canonical_bytes({"text": "edited"}))
    rewritten = rehash_from([*chain[:index], edited, *chain[index + 1 :]], index)
    head = chain[-1]
    with_cp = verify_chain(rewritten, expected_head=(head.seq, head.hash))
    assert any(p.seq == head.seq and "checkpoint" in p.problem for p in with_cp)
    # The signed checkpoint events inside the chain also no longer name their predecessor.
    later_cps = [e for e in chain[index + 1 :] if e.kind == CHECKPOINT]
    assert later_cps
    for cp in later_cps:
        assert any(p.seq == cp.seq and p.kind == CHECKPOINT for p in with_cp)


def test_rollback_and_regrowth_is_caught(chain, records):
    head = chain[-1]
    kept = chain[:40]
    prev = kept[-1]
    regrown = list(kept)
    for n in range(len(chain) - 40):
        prev = make_event(prev, "editor@station.vn", audit.NOTE, {"n": n}, time=prev.time)
        regrown.append(prev)
    assert verify_chain(regrown) == []
    problems = verify_chain(regrown, expected_head=(head.seq, head.hash))
    assert [(p.seq, p.kind) for p in problems] == [(head.seq, audit.NOTE)]


def test_checkpoint_named_event_missing_in_a_gap(chain):
    cp_event = chain[30]
    problems = verify_chain(chain[:30] + chain[31:], expected_head=(cp_event.seq, cp_event.hash))
    assert {(p.seq, p.kind) for p in problems} == {(cp_event.seq, "")}


def test_non_canonical_payload_is_reported_even_when_rehashed(chain):
    index = next(i for i, ev in enumerate(chain) if ev.kind == audit.INGEST)
    loose = dataclasses.replace(chain[index], payload_json=b'{"n": 1, "clip_id": "x"}')
    problems = verify_chain(rehash_from([*chain[:index], loose, *chain[index + 1 :]], index))
    problems = without_checkpoint_events(problems)
    assert [(p.seq, p.kind) for p in problems] == [(loose.seq, audit.INGEST)]
    assert "not canonical" in problems[0].problem


def test_verifying_a_tail_from_an_anchor(chain):
    anchor = chain[29]
    assert verify_chain(chain[30:], anchor=(anchor.seq, anchor.hash)) == []
    assert verify_chain(chain[31:], anchor=(anchor.seq, anchor.hash))[0].seq == 31


def test_raise_for_problems_gives_one_line(chain):
    raise_for_problems([])
    with pytest.raises(IntegrityError) as info:
        raise_for_problems(verify_chain(chain[:5] + chain[6:]))
    assert "\n" not in str(info.value) and "audit event 6" in str(info.value)


def test_signature_checker_exceptions_become_problems(chain):
    def broken(event):
        raise RuntimeError("keyring gone")

    problems = verify_chain(chain, signature_checker=broken)
    signed = [ev for ev in chain if ev.signature]
    assert len(problems) == len(signed)
    assert all("keyring gone" in p.problem for p in problems)


def test_make_event_refuses_programming_errors():
    first = make_event(None, "a", audit.INGEST, {})
    assert first.seq == 1 and first.prev_hash == GENESIS_HASH
    with pytest.raises(ValueError):
        make_event(first, "a", "bogus", {})
    with pytest.raises(ValueError):
        make_event(first, "a", SIGNOFF, {})  # unsigned signoff
    with pytest.raises(ValueError):
        make_event(first, "a", audit.NOTE, {}, signature="sig")
    with pytest.raises(ValueError):
        make_event(first, "", audit.NOTE, {})
    with pytest.raises(ValueError):
        make_event(first, "a", audit.NOTE, {}, time="2024-05-01 08:00:00")
    with pytest.raises(CanonicalJSONError):
        make_event(first, "a", audit.NOTE, {"x": float("nan")})


def test_event_hash_is_the_documented_formula():
    payload = canonical_bytes({"b": 2, "a": "Phê duyệt"})
    expected = hashlib.sha256(
        canonical_bytes(
            {
                "schema": "reviewer/audit/1",
                "seq": 7,
                "time": "2024-05-01T08:00:00.000Z",
                "actor": "x",
                "kind": "note",
                "payload_sha256": hashlib.sha256(payload).hexdigest(),
                "prev_hash": "ab" * 32,
                "signature": None,
            }
        )
    ).hexdigest()
    assert event_hash(7, "2024-05-01T08:00:00.000Z", "x", "note", payload, "ab" * 32) == expected


# ---------------------------------------------------------------- checkpoints


def test_checkpoint_round_trip_and_signature(chain):
    cp = make_checkpoint(chain[-1], PRINCIPAL, FINGERPRINT, time="2024-06-01T00:00:00.000Z")
    data = cp.checkpoint_bytes()
    assert loads_canonical(data)["schema"] == "reviewer/checkpoint/1"
    assert parse_checkpoint(data) == cp
    assert cp.expected_head == (chain[-1].seq, chain[-1].hash)

    def verifier(d: bytes, sig: str, c: Checkpoint) -> str | None:
        return None if sig == fake_sign(d) else "bad signature"

    assert verify_checkpoint(data, fake_sign(data), verifier) == cp
    with pytest.raises(SignatureError):
        verify_checkpoint(data, fake_sign(data + b" "), verifier)
    with pytest.raises(SignatureError):
        verify_checkpoint(data, "", verifier)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.replace(b'"seq":', b'"seq" :'),  # not canonical
        lambda d: d.replace(b"reviewer/checkpoint/1", b"reviewer/checkpoint/9"),
        lambda d: canonical_bytes({k: v for k, v in loads_canonical(d).items() if k != "signer"}),
        lambda d: canonical_bytes({**loads_canonical(d), "seq": -1}),
        lambda d: canonical_bytes({**loads_canonical(d), "head_hash": "zz"}),
        lambda d: canonical_bytes({**loads_canonical(d), "extra": 1}),
        lambda d: b"[]",
    ],
)
def test_malformed_checkpoints_are_rejected(chain, mutate):
    data = make_checkpoint(chain[-1], PRINCIPAL, FINGERPRINT).checkpoint_bytes()
    with pytest.raises(IntegrityError) as info:
        parse_checkpoint(mutate(data))
    assert "\n" not in str(info.value)


def test_empty_chain_checkpoint():
    cp = make_checkpoint(None, PRINCIPAL, FINGERPRINT)
    assert cp.expected_head == (0, GENESIS_HASH)
    assert verify_chain([], expected_head=cp.expected_head) == []
    assert verify_chain([], expected_head=(0, "1" * 64))[0].seq == 0


def test_checkpoint_event_must_follow_its_head(chain):
    cp = make_checkpoint(chain[10], PRINCIPAL, FINGERPRINT)
    with pytest.raises(ValueError):
        checkpoint_event(chain[-1], PRINCIPAL, cp, fake_sign(cp.checkpoint_bytes()))


def test_times_are_millisecond_utc():
    from datetime import datetime, timedelta, timezone

    dt = datetime(2024, 5, 1, 15, 4, 5, 678999, tzinfo=timezone(timedelta(hours=7)))
    assert format_rfc3339(dt) == "2024-05-01T08:04:05.678Z"
    with pytest.raises(ValueError):
        format_rfc3339(datetime(2024, 5, 1))


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53) + 1, 2**53 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_canonical_bytes_round_trip(value):
    try:
        data = canonical_bytes(value)
    except CanonicalJSONError:
        return  # lone surrogates in generated text cannot be UTF-8
    assert canonical_bytes(loads_canonical(data)) == data


def test_canonical_rejects_what_cannot_be_signed():
    from datetime import datetime, timezone

    for bad in (float("inf"), float("nan"), datetime.now(timezone.utc), b"x", {1: "a"}, {"a"}, 2**60):
        with pytest.raises(CanonicalJSONError):
            canonical_bytes(bad)
    for bad in (b'{"a":1,"a":2}', b"NaN", b'{"a":1.0}', b"\xff", b"{ }"):
        with pytest.raises(CanonicalJSONError):
            loads_canonical(bad)
