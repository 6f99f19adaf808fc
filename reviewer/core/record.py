"""The signed decision record (approval.json): building, serialising, parsing.

A record is a JSON object serialised with RFC 8785 (:func:`record_bytes`). Those bytes are what
is signed (SSHSIG), stored, exported and verified; nothing ever re-serialises a record to check
it. :func:`parse_record` refuses bytes that are not canonical, so a record edited by hand (even
whitespace) is noticed before its signature is even looked at.

Schema ``reviewer/approval/1``; ``kind`` is one of approval, changes, rejection, recommendation
(all built by :func:`build_approval_record`) or revocation (:func:`build_revocation_record`,
which names the revoked record by the SHA-256 of its bytes). All text is NFC; times are
``YYYY-MM-DDTHH:MM:SS.mmmZ`` (see reviewer.core.canonical); ``coverage.fraction`` is rounded to
4 decimals so its JSON form is short and stable.
"""

from __future__ import annotations

import enum
import math
from typing import Any, Iterable, Mapping

from reviewer.core.canonical import (
    CanonicalJSONError,
    canonical_bytes,
    is_rfc3339,
    is_sha256_hex,
    loads_canonical,
    nfc,
    sha256_hex,
)
from reviewer.errors import ReviewerError

__all__ = [
    "RECORD_SCHEMA",
    "RECORD_SCHEMA_V1",
    "RECORD_KINDS",
    "DECISION_KINDS",
    "DECISIONS",
    "RecordError",
    "meaning_text",
    "revocation_meaning",
    "build_approval_record",
    "build_revocation_record",
    "record_bytes",
    "record_sha256",
    "parse_record",
    "validate_record",
]

RECORD_SCHEMA = "reviewer/approval/2"
"""Records signed since the station exists: the signer block names the certificate and station."""
RECORD_SCHEMA_V1 = "reviewer/approval/1"
"""Records signed before the station existed (still verified, never written any more)."""
RECORD_SCHEMAS = (RECORD_SCHEMA, RECORD_SCHEMA_V1)
_SIGNER_V1 = ("principal", "name", "title", "role", "key_fingerprint")
_SIGNER_V2 = _SIGNER_V1 + ("certificate_serial", "station_fingerprint")

APPROVAL = "approval"
CHANGES = "changes"
REJECTION = "rejection"
RECOMMENDATION = "recommendation"
REVOCATION = "revocation"
RECORD_KINDS: tuple[str, ...] = (APPROVAL, CHANGES, REJECTION, RECOMMENDATION, REVOCATION)

DECISIONS: tuple[str, ...] = ("approve", "changes", "reject")
DECISION_KINDS: dict[str, str] = {"approve": APPROVAL, "changes": CHANGES, "reject": REJECTION}
"""The record kind a head's decision produces (a recommendation may carry any decision)."""

SIGNED_FROM = ("desk", "cli")
ROLES = ("head", "editor")
_FRACTION_DECIMALS = 4

_DECISION_FIELDS = (
    "schema",
    "kind",
    "clip_id",
    "version",
    "clip",
    "captions",
    "post_text",
    "checklist",
    "notes",
    "decision",
    "meaning",
    "reason",
    "signer",
    "signed_at",
    "coverage",
    "signed_from",
    "app_version",
    "prev_audit_hash",
)
_REVOCATION_FIELDS = (
    "schema",
    "kind",
    "clip_id",
    "version",
    "revokes",
    "meaning",
    "reason",
    "signer",
    "signed_at",
    "signed_from",
    "app_version",
    "prev_audit_hash",
)


class RecordError(ReviewerError):
    """A signed record is malformed or cannot be built (one line)."""


# ---------------------------------------------------------------- meaning

_MEANINGS = {
    # (decision, recommendation): (en with platform, en without, vi with, vi without)
    ("approve", False): (
        "Approved for publication on {p}",
        "Approved for publication",
        "Phê duyệt đăng phát trên {p}",
        "Phê duyệt đăng phát",
    ),
    ("changes", False): (
        "Changes requested before publication on {p}",
        "Changes requested before publication",
        "Yêu cầu chỉnh sửa trước khi đăng phát trên {p}",
        "Yêu cầu chỉnh sửa trước khi đăng phát",
    ),
    ("reject", False): (
        "Rejected for publication on {p}",
        "Rejected for publication",
        "Từ chối đăng phát trên {p}",
        "Từ chối đăng phát",
    ),
    ("approve", True): (
        "Recommended for publication on {p}",
        "Recommended for publication",
        "Đề xuất phê duyệt đăng phát trên {p}",
        "Đề xuất phê duyệt đăng phát",
    ),
    ("changes", True): (
        "Recommends changes before publication on {p}",
        "Recommends changes before publication",
        "Đề xuất chỉnh sửa trước khi đăng phát trên {p}",
        "Đề xuất chỉnh sửa trước khi đăng phát",
    ),
    ("reject", True): (
        "Recommends against publication on {p}",
        "Recommends against publication",
        "Đề xuất không đăng phát trên {p}",
        "Đề xuất không đăng phát",
    ),
}


def _enum_value(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def meaning_text(decision: Any, platform: str | None, lang: str = "en", *, recommendation: bool = False) -> str:
    """What signing means, in one sentence: "Approved for publication on Facebook".

    ``lang`` "vi" gives Vietnamese ("Phê duyệt đăng phát trên Facebook"), anything else English;
    an empty ``platform`` drops the "on …" part.
    """
    decision = _enum_value(decision)
    try:
        en_p, en, vi_p, vi = _MEANINGS[(decision, recommendation)]
    except KeyError:
        raise RecordError(f"unknown decision {decision!r} (approve, changes or reject)") from None
    platform = nfc(platform.strip()) if platform else ""
    vietnamese = lang.lower().startswith("vi")
    if platform:
        return (vi_p if vietnamese else en_p).format(p=platform)
    return vi if vietnamese else en


def revocation_meaning(lang: str = "en") -> str:
    """What signing a revocation means."""
    if lang.lower().startswith("vi"):
        return "Thu hồi phê duyệt; clip không được đăng phát"
    return "Approval revoked; the clip must not be published"


# ---------------------------------------------------------------- validation helpers


def _fail(problem: str) -> RecordError:
    return RecordError(f"approval record: {problem}")


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _exact_keys(obj: Any, keys: Iterable[str], where: str) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise _fail(f"{where} must be an object")
    keys = tuple(keys)
    for k in keys:
        if k not in obj:
            raise _fail(f"{where}: missing field {k!r}")
    extra = sorted(set(obj) - set(keys))
    if extra:
        raise _fail(f"{where}: unexpected field {extra[0]!r}")
    return obj


def _text(v: Any, where: str, *, empty: bool = False, nullable: bool = False) -> None:
    if v is None and nullable:
        return
    if not isinstance(v, str):
        raise _fail(f"{where} must be text")
    if not empty and not v.strip():
        raise _fail(f"{where} must not be empty")
    if nfc(v) != v:
        raise _fail(f"{where} is not NFC-normalised")


def _count(v: Any, where: str, *, minimum: int = 0) -> None:
    if not _is_int(v) or v < minimum:
        raise _fail(f"{where} must be an integer >= {minimum}")


def _sha(v: Any, where: str) -> None:
    if not is_sha256_hex(v):
        raise _fail(f"{where} must be a SHA-256 (64 lower-case hex digits)")


def _one_of(v: Any, allowed: Iterable[str], where: str) -> None:
    allowed = tuple(allowed)
    if v not in allowed:
        raise _fail(f"{where} must be one of {', '.join(allowed)}, not {v!r}")


def _check_signer(v: Any, schema: str) -> None:
    s = _exact_keys(v, _SIGNER_V2 if schema == RECORD_SCHEMA else _SIGNER_V1, "signer")
    _text(s["principal"], "signer.principal")
    _text(s["name"], "signer.name")
    _text(s["title"], "signer.title", empty=True)
    _one_of(s["role"], ROLES, "signer.role")
    _text(s["key_fingerprint"], "signer.key_fingerprint")
    if schema == RECORD_SCHEMA:
        _count(s["certificate_serial"], "signer.certificate_serial", minimum=1)
        _text(s["station_fingerprint"], "signer.station_fingerprint")


def _check_common(r: dict[str, Any]) -> None:
    _text(r["clip_id"], "clip_id")
    _count(r["version"], "version", minimum=1)
    _text(r["meaning"], "meaning")
    _check_signer(r["signer"], r["schema"])
    if not is_rfc3339(r["signed_at"]):
        raise _fail("signed_at must be YYYY-MM-DDTHH:MM:SS.mmmZ (UTC)")
    _one_of(r["signed_from"], SIGNED_FROM, "signed_from")
    _text(r["app_version"], "app_version")
    _sha(r["prev_audit_hash"], "prev_audit_hash")


def _check_decision_record(r: dict[str, Any]) -> None:
    _exact_keys(r, _DECISION_FIELDS, "record")
    _check_common(r)
    _one_of(r["decision"], DECISIONS, "decision")
    if r["kind"] != RECOMMENDATION and DECISION_KINDS[r["decision"]] != r["kind"]:
        raise _fail(f"kind {r['kind']!r} does not match decision {r['decision']!r}")
    _text(r["reason"], "reason", empty=True)

    clip = _exact_keys(r["clip"], ("sha256", "size", "duration_ms", "file_name"), "clip")
    _sha(clip["sha256"], "clip.sha256")
    _count(clip["size"], "clip.size")
    _count(clip["duration_ms"], "clip.duration_ms")
    _text(clip["file_name"], "clip.file_name")

    if not isinstance(r["captions"], list):
        raise _fail("captions must be a list")
    for n, cap in enumerate(r["captions"]):
        where = f"captions[{n}]"
        _exact_keys(cap, ("file_name", "sha256", "language"), where)
        _text(cap["file_name"], f"{where}.file_name")
        _sha(cap["sha256"], f"{where}.sha256")
        _text(cap["language"], f"{where}.language", nullable=True)

    post = r["post_text"]
    if post is not None:
        _exact_keys(post, ("sha256", "text"), "post_text")
        _text(post["text"], "post_text.text", empty=True)
        _sha(post["sha256"], "post_text.sha256")
        if sha256_hex(post["text"].encode("utf-8")) != post["sha256"]:
            raise _fail("post_text.sha256 is not the SHA-256 of its text")

    cl = _exact_keys(r["checklist"], ("id", "hash", "answers"), "checklist")
    _text(cl["id"], "checklist.id")
    _sha(cl["hash"], "checklist.hash")
    if not isinstance(cl["answers"], list):
        raise _fail("checklist.answers must be a list")
    seen: set[str] = set()
    for n, ans in enumerate(cl["answers"]):
        where = f"checklist.answers[{n}]"
        _exact_keys(ans, ("item_id", "result", "note"), where)
        _text(ans["item_id"], f"{where}.item_id")
        if ans["item_id"] in seen:
            raise _fail(f"{where}: item {ans['item_id']!r} answered twice")
        seen.add(ans["item_id"])
        _one_of(ans["result"], ("pass", "fail", "na"), f"{where}.result")
        _text(ans["note"], f"{where}.note", empty=True)

    if not isinstance(r["notes"], list):
        raise _fail("notes must be a list")
    for n, note in enumerate(r["notes"]):
        where = f"notes[{n}]"
        _exact_keys(note, ("start_ms", "end_ms", "text", "author"), where)
        _count(note["start_ms"], f"{where}.start_ms")
        if note["end_ms"] is not None:
            _count(note["end_ms"], f"{where}.end_ms", minimum=note["start_ms"])
        _text(note["text"], f"{where}.text")
        _text(note["author"], f"{where}.author")

    cov = _exact_keys(r["coverage"], ("fraction", "intervals", "viewed_ms", "duration_ms", "rule"), "coverage")
    frac = cov["fraction"]
    if isinstance(frac, bool) or not isinstance(frac, (int, float)) or not 0 <= frac <= 1:
        raise _fail("coverage.fraction must be a number from 0 to 1")
    if not isinstance(cov["intervals"], list):
        raise _fail("coverage.intervals must be a list of [start_ms, end_ms]")
    prev_end = -1
    for n, iv in enumerate(cov["intervals"]):
        if (
            not isinstance(iv, list)
            or len(iv) != 2
            or not all(_is_int(x) for x in iv)
            or not 0 <= iv[0] < iv[1]
            or iv[0] <= prev_end
        ):
            raise _fail(f"coverage.intervals[{n}] must be [start_ms, end_ms], sorted, disjoint")
        prev_end = iv[1]
    _count(cov["viewed_ms"], "coverage.viewed_ms")
    _count(cov["duration_ms"], "coverage.duration_ms")
    rule = cov["rule"]
    if not isinstance(rule, (str, dict)):
        raise _fail("coverage.rule must be text or an object")


def _check_revocation_record(r: dict[str, Any]) -> None:
    _exact_keys(r, _REVOCATION_FIELDS, "record")
    _check_common(r)
    rev = _exact_keys(r["revokes"], ("kind", "sha256", "signed_at"), "revokes")
    _one_of(rev["kind"], (APPROVAL, RECOMMENDATION), "revokes.kind")
    _sha(rev["sha256"], "revokes.sha256")
    if not is_rfc3339(rev["signed_at"]):
        raise _fail("revokes.signed_at must be YYYY-MM-DDTHH:MM:SS.mmmZ (UTC)")
    _text(r["reason"], "reason")


def validate_record(record: Any) -> dict[str, Any]:
    """Check a parsed record's schema, kind and every field; raises :class:`RecordError`."""
    if not isinstance(record, dict):
        raise _fail("must be a JSON object")
    if record.get("schema") not in RECORD_SCHEMAS:
        raise _fail(f"schema {record.get('schema')!r} is not {RECORD_SCHEMA!r}")
    kind = record.get("kind")
    _one_of(kind, RECORD_KINDS, "kind")
    if kind == REVOCATION:
        _check_revocation_record(record)
    else:
        _check_decision_record(record)
    return record


# ---------------------------------------------------------------- building


def _nfc_text(v: Any) -> Any:
    return nfc(v) if isinstance(v, str) else v


def _post_text(post: Any) -> dict[str, str] | None:
    """Normalise post text given as None, str, {"text", "sha256"?} or a PostText."""
    if post is None:
        return None
    text: Any
    given: Any
    if isinstance(post, str):
        text, given = post, None
    elif isinstance(post, Mapping):
        text, given = post.get("text"), post.get("sha256")
    else:
        text, given = getattr(post, "text", None), getattr(post, "sha256", None)
    if not isinstance(text, str):
        raise _fail("post_text.text must be text")
    text = nfc(text)
    digest = sha256_hex(text.encode("utf-8"))
    if given is not None and given != digest:
        raise _fail("post_text.sha256 is not the SHA-256 of its NFC UTF-8 text")
    return {"sha256": digest, "text": text}


def _intervals(value: Any) -> list[list[int]]:
    if hasattr(value, "to_json"):  # reviewer.core.coverage.IntervalSet
        value = value.to_json()
    return [[int(s), int(e)] for s, e in value]


def _fraction(value: Any) -> float | int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _fail("coverage.fraction must be a finite number")
    return round(float(value), _FRACTION_DECIMALS)


def _answer(answer: Any) -> dict[str, Any]:
    """An Answer (reviewer.core.checklist) or a mapping, as the record stores it."""
    data = answer.to_json() if hasattr(answer, "to_json") else dict(answer)
    return {k: _nfc_text(v) for k, v in data.items()}


def _signer(signer: Any) -> dict[str, Any]:
    if not isinstance(signer, Mapping):
        raise _fail("signer must be a mapping")
    return {k: _nfc_text(_enum_value(v)) for k, v in signer.items()}


def _schema_for(signer: Mapping[str, Any]) -> str:
    """v2 when the signer block names a certificate (every record since the station exists)."""
    return RECORD_SCHEMA if "certificate_serial" in signer else RECORD_SCHEMA_V1


def build_approval_record(
    *,
    kind: str,
    clip_id: str,
    version: int,
    clip: Mapping[str, Any],
    captions: Iterable[Mapping[str, Any]],
    post_text: Any,
    checklist: Mapping[str, Any],
    notes: Iterable[Mapping[str, Any]],
    decision: Any,
    meaning: str,
    reason: str,
    signer: Mapping[str, Any],
    signed_at: str,
    coverage: Mapping[str, Any],
    signed_from: str,
    app_version: str,
    prev_audit_hash: str,
) -> dict[str, Any]:
    """A validated decision record (approval, changes, rejection or recommendation).

    Text is NFC-normalised, enums become their values, ``post_text`` may be a str, a mapping or a
    PostText (its SHA-256 is computed and, if given, checked), ``coverage.intervals`` may be an
    IntervalSet. Raises :class:`RecordError` naming the first bad field.
    """
    record: dict[str, Any] = {
        "schema": _schema_for(signer),
        "kind": _enum_value(kind),
        "clip_id": clip_id,
        "version": version,
        "clip": {k: _nfc_text(v) for k, v in dict(clip).items()},
        "captions": [{k: _nfc_text(v) for k, v in dict(c).items()} for c in captions],
        "post_text": _post_text(post_text),
        "checklist": {
            "id": checklist.get("id"),
            "hash": checklist.get("hash"),
            "answers": [_answer(a) for a in checklist.get("answers", [])],
        },
        "notes": [{k: _nfc_text(v) for k, v in dict(n).items()} for n in notes],
        "decision": _enum_value(decision),
        "meaning": _nfc_text(meaning),
        "reason": _nfc_text(reason if reason is not None else ""),
        "signer": _signer(signer),
        "signed_at": signed_at,
        "coverage": {
            **dict(coverage),
            "fraction": _fraction(coverage.get("fraction")),
            "intervals": _intervals(coverage.get("intervals", [])),
        },
        "signed_from": signed_from,
        "app_version": app_version,
        "prev_audit_hash": prev_audit_hash,
    }
    if record["kind"] == REVOCATION:
        raise _fail("use build_revocation_record for a revocation")
    validate_record(record)
    _ensure_canonicalisable(record)
    return record


def build_revocation_record(
    *,
    clip_id: str,
    version: int,
    revoked_record: bytes,
    reason: str,
    signer: Mapping[str, Any],
    signed_at: str,
    signed_from: str,
    app_version: str,
    prev_audit_hash: str,
    meaning: str | None = None,
) -> dict[str, Any]:
    """A record revoking an earlier approval (or recommendation), named by its bytes' SHA-256.

    ``revoked_record`` is the exact stored bytes of the record revoked; it is parsed to make sure
    it is a valid record for the same clip and version. ``reason`` is required.
    """
    revoked = parse_record(revoked_record)
    if revoked["kind"] not in (APPROVAL, RECOMMENDATION):
        raise _fail(f"only an approval or recommendation can be revoked, not a {revoked['kind']}")
    if revoked["clip_id"] != clip_id or revoked["version"] != version:
        raise _fail("the revoked record is for another clip or version")
    record: dict[str, Any] = {
        "schema": _schema_for(signer),
        "kind": REVOCATION,
        "clip_id": clip_id,
        "version": version,
        "revokes": {
            "kind": revoked["kind"],
            "sha256": record_sha256(revoked_record),
            "signed_at": revoked["signed_at"],
        },
        "meaning": _nfc_text(meaning) if meaning else revocation_meaning("en"),
        "reason": _nfc_text(reason.strip() if isinstance(reason, str) else reason),
        "signer": _signer(signer),
        "signed_at": signed_at,
        "signed_from": signed_from,
        "app_version": app_version,
        "prev_audit_hash": prev_audit_hash,
    }
    validate_record(record)
    _ensure_canonicalisable(record)
    return record


def _ensure_canonicalisable(record: dict[str, Any]) -> None:
    try:
        canonical_bytes(record)
    except CanonicalJSONError as exc:
        raise _fail(str(exc)) from None


# ---------------------------------------------------------------- bytes


def record_bytes(record: Mapping[str, Any]) -> bytes:
    """The canonical bytes of a record: exactly what is signed, stored and exported."""
    try:
        return canonical_bytes(dict(record))
    except CanonicalJSONError as exc:
        raise _fail(str(exc)) from None


def record_sha256(data: bytes) -> str:
    """SHA-256 of a record's bytes (how events and revocations refer to it)."""
    return sha256_hex(bytes(data))


def parse_record(data: bytes) -> dict[str, Any]:
    """Parse and validate record bytes; they must be canonical. Raises :class:`RecordError`."""
    try:
        value = loads_canonical(data)
    except CanonicalJSONError as exc:
        raise _fail(f"not canonical JSON ({exc})") from None
    return validate_record(value)
