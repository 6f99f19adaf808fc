"""Canonical JSON (RFC 8785), SHA-256 and RFC 3339 times: the byte-level formats that outlive us.

Everything signed or hashed by the desk goes through :func:`canonical_bytes`, so the same value
always yields the same bytes on every machine, and a verifier can compare bytes instead of
re-serialising (DESIGN.md: "the stored bytes are the signed bytes").

Times: every time the desk writes is UTC with **millisecond** precision and a ``Z`` suffix,
``YYYY-MM-DDTHH:MM:SS.mmmZ`` (always exactly three fraction digits, truncated, never rounded, so
a formatted time never lies in the future of the instant it describes). Fixed width makes the
strings sort in time order and keeps hashes stable across round trips through storage.
"""

from __future__ import annotations

import functools
import hashlib
import json
import json.encoder
import math
import re
import unicodedata
from datetime import datetime, timezone
from typing import Any, TypeGuard

import orjson
import rfc8785

__all__ = [
    "CanonicalJSONError",
    "canonical_bytes",
    "loads_canonical",
    "parse_json",
    "sha256_hex",
    "is_sha256_hex",
    "utc_now_rfc3339",
    "format_rfc3339",
    "parse_rfc3339",
    "is_rfc3339",
    "nfc",
    "is_nfc",
]


class CanonicalJSONError(ValueError):
    """A value cannot be canonicalised, or bytes are not canonical JSON."""


_encode_str = json.encoder.encode_basestring  # the C escaper when available

_RFC3339_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})Z$")
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


def _check_value(obj: Any, path: str) -> None:
    """Reject what rfc8785 would mangle or reject with a vague message, naming where it is."""
    if obj is None or isinstance(obj, (bool, int, str)):
        return
    if isinstance(obj, float):
        if not math.isfinite(obj):
            raise CanonicalJSONError(f"{path}: non-finite number {obj!r} cannot be canonical JSON")
        return
    if isinstance(obj, (list, tuple)):
        for i, item in enumerate(obj):
            _check_value(item, f"{path}[{i}]")
        return
    if isinstance(obj, dict):
        for key, value in obj.items():
            if not isinstance(key, str):
                raise CanonicalJSONError(f"{path}: object key {key!r} is not a string")
            _check_value(value, f"{path}.{key}")
        return
    if isinstance(obj, datetime):
        # Datetimes must be formatted by the caller so the precision rule is applied once.
        raise CanonicalJSONError(f"{path}: datetime must be pre-formatted with format_rfc3339()")
    raise CanonicalJSONError(f"{path}: {type(obj).__name__} is not a JSON value")


class _SlowPath(Exception):
    """Internal: the fast serialiser met something only the reference path should judge."""


_INT_LIMIT = 2**53 - 1


def _utf16_key(key: str) -> bytes:
    return key.encode("utf-16-be")


def _fast(obj: Any, out: list[str]) -> None:
    r"""JCS into ``out`` for the common JSON types; raises _SlowPath for anything unusual.

    Strings go through the stdlib's C escaper, whose escapes (``\b \t \n \f \r``, other
    control characters as lower-case ``\u00xx``, everything else literal) are exactly RFC 8785's.
    Keys sort by UTF-16 code units as JCS requires; for keys without astral characters that is
    plain code-point order. Floats and every error case are left to the reference serialiser.
    """
    t = type(obj)
    if t is str:
        out.append(_encode_str(obj))
    elif t is dict:
        keys = list(obj)
        for k in keys:
            if type(k) is not str:
                raise _SlowPath
        if any(not k.isascii() and max(k) > "\uffff" for k in keys):
            keys.sort(key=_utf16_key)
        else:
            keys.sort()
        out.append("{")
        first = True
        for k in keys:
            if not first:
                out.append(",")
            first = False
            out.append(_encode_str(k))
            out.append(":")
            _fast(obj[k], out)
        out.append("}")
    elif t is int:
        if -_INT_LIMIT <= obj <= _INT_LIMIT:
            out.append(str(obj))
        else:
            raise _SlowPath
    elif obj is None:
        out.append("null")
    elif obj is True:
        out.append("true")
    elif obj is False:
        out.append("false")
    elif t is list or t is tuple:
        out.append("[")
        first = True
        for item in obj:
            if not first:
                out.append(",")
            first = False
            _fast(item, out)
        out.append("]")
    else:  # floats, str/int subclasses (enums), anything invalid
        raise _SlowPath


def canonical_bytes(obj: Any) -> bytes:
    """The RFC 8785 (JCS) serialisation of ``obj`` as UTF-8 bytes.

    Accepts dict (string keys), list/tuple, str, int (within ±2**53), finite float, bool, None.
    Raises :class:`CanonicalJSONError` for anything else (NaN, datetimes, bytes, sets...).
    """
    # Audit verification canonicalises every event of a large library, so the common types take
    # a fast path (tested byte-for-byte against the rfc8785 package); everything else, and every
    # error with its precise message, goes through the reference serialiser below.
    parts: list[str] = []
    try:
        _fast(obj, parts)
        return "".join(parts).encode("utf-8")
    except (_SlowPath, UnicodeEncodeError, RecursionError):
        pass
    _check_value(obj, "$")
    try:
        return rfc8785.dumps(obj)
    except rfc8785.CanonicalizationError as exc:
        raise CanonicalJSONError(str(exc)) from None


def _reject_constant(name: str) -> Any:
    raise CanonicalJSONError(f"{name} is not valid JSON")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads silently keeps the last duplicate; a signed document must be unambiguous.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise CanonicalJSONError(f"duplicate key {key!r}")
        result[key] = value
    return result


_SAFE_INT = 2**53 - 1


def _parse_int(text: str) -> int | float:
    # JCS numbers are IEEE doubles: an integral number beyond 2**53 is a float that printed
    # without a fraction, so read it back as one (else re-serialising would refuse it).
    value = int(text)
    return value if -_SAFE_INT <= value <= _SAFE_INT else float(text)


def loads_canonical(data: bytes) -> Any:
    """Parse ``data`` and check it is exactly the canonical serialisation of what it encodes.

    Raises :class:`CanonicalJSONError` if the bytes are not UTF-8, not JSON, hold duplicate keys,
    or differ in any byte from ``canonical_bytes(parsed)``.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise CanonicalJSONError("canonical JSON must be bytes")
    raw = bytes(data)
    fast = _loads_canonical_orjson(raw)
    if fast is not _NOT_DECIDED:
        return fast
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise CanonicalJSONError("not valid UTF-8") from None
    try:
        value = json.loads(
            text, object_pairs_hook=_no_duplicate_keys, parse_constant=_reject_constant, parse_int=_parse_int
        )
    except CanonicalJSONError:
        raise
    except ValueError as exc:
        raise CanonicalJSONError(f"not valid JSON ({exc.args[0] if exc.args else exc})") from None
    if canonical_bytes(value) != raw:
        raise CanonicalJSONError("JSON is not in RFC 8785 canonical form")
    return value


def parse_json(data: bytes | str) -> Any:
    """Parse JSON text (not checked canonical): orjson for speed, the json module for what orjson
    refuses and json reads (integers beyond 64 bits, NaN), so both accept the same texts.
    Raises ValueError (``json.JSONDecodeError``) for anything else."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)


_NOT_DECIDED = object()
# Left to the full path: an astral character (lead byte of a 4-byte UTF-8 sequence: UTF-16 key
# order differs from code-point order).
_ASTRAL_BYTE = re.compile(rb"[\xf0-\xff]")


_PLAIN_TYPES = frozenset({str, bool, type(None)})
_PLAIN_TYPES_AND_INT = _PLAIN_TYPES | {int}


def _orjson_may_judge(value: Any) -> bool:
    """Whether ``value`` holds no float and no integer beyond 2**53 (where orjson's output is not
    RFC 8785's: it writes 1.0 as "1.0" and 1e21 as "1e21"; JCS reads a long integer as a double)."""
    if type(value) is dict:  # the common case, an audit payload: a flat object of plain values
        values = value.values()
        kinds = set(map(type, values))
        if kinds <= _PLAIN_TYPES:
            return True
        if kinds <= _PLAIN_TYPES_AND_INT:
            return all(-_SAFE_INT <= v <= _SAFE_INT for v in values if type(v) is int)
    stack = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is dict:
            stack.extend(item.values())
        elif kind is list:
            stack.extend(item)
        elif kind is float or (kind is int and not -_SAFE_INT <= item <= _SAFE_INT):
            return False
    return True


def _loads_canonical_orjson(raw: bytes) -> Any:
    """The commonest case of :func:`loads_canonical`, parsed and re-written by orjson (Rust).

    orjson reads strict UTF-8 JSON and writes it back compact, keys sorted by code point (= UTF-16
    order without astral characters), with RFC 8785's escapes: for values without floats, long
    integers or astral characters its output is exactly RFC 8785's (checked byte for byte against
    the rfc8785 package by tests/unit/test_canonical_fast.py), so equal bytes mean canonical. Any
    difference, or any doubt, returns ``_NOT_DECIDED``: the full path decides and names the problem.
    """
    if _ASTRAL_BYTE.search(raw):
        return _NOT_DECIDED
    try:
        value = orjson.loads(raw)
        same = orjson.dumps(value, option=orjson.OPT_SORT_KEYS) == raw
    except (orjson.JSONDecodeError, orjson.JSONEncodeError, RecursionError):
        return _NOT_DECIDED
    return value if same and _orjson_may_judge(value) else _NOT_DECIDED


def sha256_hex(data: bytes) -> str:
    """Lower-case hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Any) -> str:
    """SHA-256 of a file's bytes, streamed (large clips are never read into memory at once)."""
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def is_sha256_hex(value: object) -> TypeGuard[str]:
    """Whether ``value`` is a 64-character lower-case hex string."""
    return isinstance(value, str) and _SHA256_RE.match(value) is not None


def format_rfc3339(dt: datetime) -> str:
    """``dt`` (timezone-aware) as ``YYYY-MM-DDTHH:MM:SS.mmmZ`` in UTC, milliseconds truncated.

    Naive datetimes are refused: guessing their zone would silently shift signed times.
    """
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError("format_rfc3339 needs a timezone-aware datetime")
    utc = dt.astimezone(timezone.utc)
    return utc.strftime("%Y-%m-%dT%H:%M:%S") + f".{utc.microsecond // 1000:03d}Z"


def utc_now_rfc3339() -> str:
    """The current time in the desk's RFC 3339 format (UTC, milliseconds, ``Z``)."""
    return format_rfc3339(datetime.now(timezone.utc))


def parse_rfc3339(value: str) -> datetime:
    """Parse a time written by :func:`format_rfc3339` into an aware UTC datetime.

    Only the desk's own fixed format is accepted, so a hand-edited time is noticed.
    """
    if not isinstance(value, str):
        raise ValueError("time must be a string")
    return _parse_rfc3339(value)


@functools.lru_cache(maxsize=256)
def _parse_rfc3339(value: str) -> datetime:
    # Cached: verifying a library reads each event's and checkpoint's time two or three times
    # (datetimes are immutable; a refused value raises and is not cached).
    m = _RFC3339_RE.match(value)
    if m is None:
        raise ValueError(f"time {value!r} is not YYYY-MM-DDTHH:MM:SS.mmmZ")
    try:
        # The regex fixed the shape; the C parser does the rest (a whole library is verified
        # with several times per record).
        return datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"time {value!r} is not a valid date and time") from None


def is_rfc3339(value: object) -> bool:
    """Whether ``value`` is a valid time in the desk's format."""
    try:
        parse_rfc3339(value)  # type: ignore[arg-type]  # any object: a non-string raises ValueError
    except ValueError:
        return False
    return True


def nfc(s: str) -> str:
    """``s`` in Unicode NFC (how the desk stores and hashes all text)."""
    return unicodedata.normalize("NFC", s)


def is_nfc(s: str) -> bool:
    """Whether ``s`` is already in NFC."""
    return unicodedata.is_normalized("NFC", s)
