"""The fast canonical serialiser is byte-for-byte the rfc8785 reference, and errors are unchanged."""

from __future__ import annotations

import enum
import json

import pytest
import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.core.canonical import CanonicalJSONError, canonical_bytes, loads_canonical

_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20)
_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | _text
)
_json = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(_text, inner, max_size=5),
    max_leaves=30,
)


@settings(max_examples=400, deadline=None)
@given(_json)
def test_same_bytes_as_the_reference(value):
    assert canonical_bytes(value) == rfc8785.dumps(value)


def test_keys_sort_by_utf16_code_units_not_code_points():
    # U+FF5E sorts after U+1F600 in UTF-16 (the emoji is a surrogate pair starting 0xD83D).
    value = {"\uff5e": 1, "\U0001f600": 2, "a": 3, "é": 4}
    assert canonical_bytes(value) == rfc8785.dumps(value)
    assert canonical_bytes(value).index("\U0001f600".encode()) < canonical_bytes(value).index("\uff5e".encode())


def test_control_characters_and_quotes_escape_as_jcs():
    value = {"s": 'a"b\\c\b\f\n\r\t\x00\x1f\x7f\u2028 Việt'}
    assert canonical_bytes(value) == rfc8785.dumps(value)


def test_str_enums_serialise_as_their_value():
    class Kind(str, enum.Enum):
        A = "approval"

    assert canonical_bytes({"k": Kind.A}) == b'{"k":"approval"}'


@pytest.mark.parametrize(
    "bad",
    [2**53, {"x": float("nan")}, {"x": b"bytes"}, {1: "non-string key"}, "\ud800", {"s": {1, 2}}],
)
def test_invalid_values_still_raise_the_precise_error(bad):
    with pytest.raises(CanonicalJSONError):
        canonical_bytes(bad)


@settings(max_examples=300, deadline=None)
@given(
    seq=st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1),
    time=_text,
    actor=_text,
    kind=_text,
    prev=_text,
    payload=st.binary(max_size=50),
    signature=st.none() | _text,
)
def test_the_event_hash_fast_path_equals_the_canonical_definition(seq, time, actor, kind, prev, payload, signature):
    from reviewer.core import audit
    from reviewer.core.canonical import sha256_hex

    reference = sha256_hex(
        rfc8785.dumps(
            {
                "schema": audit.AUDIT_SCHEMA,
                "seq": seq,
                "time": time,
                "actor": actor,
                "kind": kind,
                "payload_sha256": sha256_hex(payload),
                "prev_hash": prev,
                "signature": signature,
            }
        )
    )
    assert audit.event_hash(seq, time, actor, kind, payload, prev, signature) == reference


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)  # fmt: skip


def _reference_accepts(raw: bytes) -> bool:
    """RFC 8785 judged by the rfc8785 package alone: no duplicate keys, and the bytes re-serialise."""

    def pairs(items):
        keys = [k for k, _ in items]
        if len(set(keys)) != len(keys):
            raise ValueError("duplicate")
        return dict(items)

    def ints(text):
        value = int(text)
        return value if abs(value) <= 2**53 - 1 else float(text)

    def constant(name):
        raise ValueError(name)

    try:
        value = json.loads(raw.decode("utf-8"), object_pairs_hook=pairs, parse_int=ints, parse_constant=constant)
        return rfc8785.dumps(value) == raw
    except (ValueError, UnicodeError, rfc8785.CanonicalizationError):
        return False


def _json_module_styles(value) -> list[bytes]:
    """``value`` as the json module writes it, in every style: indented or compact, keys sorted or
    not, non-ASCII escaped or not."""
    return [
        json.dumps(value, indent=indent, sort_keys=sort, ensure_ascii=ascii_only,
                   separators=None if indent else (",", ":")).encode("utf-8")
        for indent in (None, 1) for sort in (False, True) for ascii_only in (False, True)
    ]  # fmt: skip


def _near_misses(canonical: bytes) -> list[bytes]:
    """Near misses of canonical bytes a tampered or foreign payload could be."""
    out = [canonical + b" ", b" " + canonical, canonical.replace(b":", b": ", 1)]
    if canonical.startswith(b"{") and len(canonical) > 2:
        first = canonical[1 : canonical.index(b":") + 1] if b":" in canonical else b""
        out.append(b"{" + first + b"0," + canonical[1:])  # a duplicate of the first key
    return out


_extra = st.sampled_from([1e16, 1.5, 1e21, 0.1, 2**53 - 1, -(2**53 - 1), "x\U0001f600", "\x7f", "\u2028"])


@settings(max_examples=600, deadline=None)
@given(_json_values | st.dictionaries(_text, _json | _extra, max_size=6))
def test_loads_canonical_accepts_exactly_the_rfc8785_bytes(value):
    """loads_canonical accepts the reference's own bytes (floats, astral keys and big numbers
    included) as the same value; of the json module's other styles and of near misses (spaces,
    another separator, a duplicate key) it accepts exactly what the reference accepts: the
    C-encoder shortcut never accepts bytes the reference would refuse."""
    canonical = rfc8785.dumps(value)
    assert loads_canonical(canonical) == value
    styles = _json_module_styles(value)
    for raw in [canonical, *styles, *_near_misses(canonical)]:
        accepted = True
        try:
            parsed = loads_canonical(raw)
        except CanonicalJSONError:
            accepted = False
        assert accepted == _reference_accepts(raw), raw
        if accepted:
            assert rfc8785.dumps(parsed) == raw, raw
        if raw in styles:  # the same value written otherwise: accepted only as the canonical bytes
            assert accepted == (raw == canonical), raw


def test_long_numbers_and_floats_take_the_full_path():
    assert loads_canonical(b'{"n":9007199254740991}') == {"n": 9007199254740991}
    assert loads_canonical(b'{"n":10000000000000000}') == {"n": 1e16}
    with pytest.raises(CanonicalJSONError):
        loads_canonical(b'{"n":1e+16}')
    with pytest.raises(CanonicalJSONError, match="duplicate key"):
        loads_canonical(b'{"a":1,"a":1}')
    with pytest.raises(CanonicalJSONError):
        loads_canonical(b'{"a":NaN}')


_plain_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1)
    | st.text(alphabet=st.characters(max_codepoint=0xFFFF, blacklist_categories=("Cs",))),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(alphabet=st.characters(max_codepoint=0xFFFF, blacklist_categories=("Cs",)), max_size=6),
                      inner, max_size=4),
    max_leaves=12,
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(_plain_values)
def test_the_orjson_path_decides_plain_payloads_exactly_as_the_reference(value):
    """Payloads without floats or astral characters (every audit payload) are judged by orjson alone:
    it accepts the reference's bytes and, of every other style and near miss, only what the
    reference accepts; a value it cannot judge is left to the stdlib paths, never accepted."""
    from reviewer.core.canonical import _NOT_DECIDED, _loads_canonical_orjson

    canonical = rfc8785.dumps(value)
    decided = _loads_canonical_orjson(canonical)
    assert decided is _NOT_DECIDED or decided == value
    for raw in [*_json_module_styles(value), *_near_misses(canonical)]:
        decided = _loads_canonical_orjson(raw)
        if decided is not _NOT_DECIDED:
            assert _reference_accepts(raw) and rfc8785.dumps(decided) == raw, raw


def test_the_orjson_path_leaves_floats_long_integers_and_astral_text_to_the_others():
    from reviewer.core.canonical import _NOT_DECIDED, _loads_canonical_orjson

    payload = rfc8785.dumps(
        {"clip_id": "c-1", "version": 2, "principal": "giamdoc@dai.vn", "note": "Bản tin \u2028 \x7f"}
    )
    assert _loads_canonical_orjson(payload) == json.loads(payload)  # what a whole library's payloads take
    for raw in [b'{"n":1.0}', b'{"n":100.0}', b"[1e21]", b'{"n":9007199254740992}', b'{"s":"\xf0\x9f\x98\x80"}']:
        assert _loads_canonical_orjson(raw) is _NOT_DECIDED, raw
    assert loads_canonical(b'{"n":100}') == {"n": 100}
    with pytest.raises(CanonicalJSONError):
        loads_canonical(b'{"n":100.0}')  # orjson would write 100.0 back; RFC 8785 writes 100
