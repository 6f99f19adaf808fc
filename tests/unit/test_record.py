"""Signed records are canonical, deterministic, and refuse anything malformed."""

from __future__ import annotations

import json
import random
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.core.canonical import canonical_bytes, loads_canonical, sha256_hex
from reviewer.core.checklist import Answer
from reviewer.core.model import Decision, PostText, Role
from reviewer.core.record import (
    RECORD_SCHEMA,
    RecordError,
    build_approval_record,
    build_revocation_record,
    meaning_text,
    parse_record,
    record_bytes,
    record_sha256,
    revocation_meaning,
)

POST = "Chính phủ công bố số liệu tăng trưởng quý I. #tintuc"


def fields(**over):
    base = dict(
        kind="approval",
        clip_id="clip-2024-0001",
        version=2,
        clip={"sha256": "a" * 64, "size": 1234567, "duration_ms": 45_000, "file_name": "bản tin.mp4"},
        captions=[{"file_name": "bản tin.vi.srt", "sha256": "b" * 64, "language": "vi"}],
        post_text={"text": POST, "sha256": sha256_hex(POST.encode())},
        checklist={
            "id": "default",
            "hash": "c" * 64,
            "answers": [
                Answer("political.facts", "pass"),
                {"item_id": "tone.concise", "result": "fail", "note": "Hơi dài"},
            ],
        },
        notes=[{"start_ms": 1000, "end_ms": 2500, "text": "Sửa chức danh", "author": "Trần Thị Bình"}],
        decision=Decision.APPROVE,
        meaning=meaning_text("approve", "Facebook"),
        reason="",
        signer={
            "principal": "giamdoc@dai.vn",
            "name": "Nguyễn Văn An",
            "title": "Giám đốc",
            "role": Role.HEAD,
            "key_fingerprint": "SHA256:abc",
            "certificate_serial": 7,
            "station_fingerprint": "SHA256:station",
        },
        signed_at="2024-05-01T08:30:00.123Z",
        coverage={
            "fraction": 0.987654321,
            "intervals": [[0, 20_000], [21_000, 45_000]],
            "viewed_ms": 44_000,
            "duration_ms": 45_000,
            "rule": "whole clip viewed (gaps <= 1 s)",
        },
        signed_from="desk",
        app_version="0.1.0",
        prev_audit_hash="d" * 64,
    )
    base.update(over)
    return base


@pytest.fixture
def record():
    return build_approval_record(**fields())


def test_build_normalises_and_validates(record):
    assert record["schema"] == RECORD_SCHEMA
    assert record["decision"] == "approve" and record["signer"]["role"] == "head"
    assert record["coverage"]["fraction"] == 0.9877
    assert record["checklist"]["answers"][0] == {"item_id": "political.facts", "result": "pass", "note": ""}
    assert record["meaning"] == "Approved for publication on Facebook"


def test_record_bytes_deterministic_and_key_order_independent(record):
    data = record_bytes(record)
    assert data == record_bytes(record)
    shuffled_keys = list(record)
    random.Random(4).shuffle(shuffled_keys)
    shuffled = {k: record[k] for k in shuffled_keys}
    shuffled["signer"] = dict(reversed(list(record["signer"].items())))
    assert record_bytes(shuffled) == data
    assert data == canonical_bytes(json.loads(data))
    # No insignificant whitespace: re-parsing and re-serialising changes nothing.
    assert data == canonical_bytes(loads_canonical(data))
    assert not data.startswith(b"{ ") and b'": ' not in data and b'", "' not in data


def test_parse_record_round_trip(record):
    data = record_bytes(record)
    assert parse_record(data) == record
    assert record_bytes(parse_record(data)) == data


def test_nfd_input_is_stored_nfc():
    nfd = unicodedata.normalize("NFD", "Nguyễn Văn An")
    r = build_approval_record(
        **fields(reason=unicodedata.normalize("NFD", "Đồng ý"), signer={**fields()["signer"], "name": nfd})
    )
    assert r["signer"]["name"] == "Nguyễn Văn An"
    assert r["reason"] == "Đồng ý"


def test_post_text_forms_and_hash_check():
    assert build_approval_record(**fields(post_text=POST))["post_text"]["sha256"] == sha256_hex(POST.encode())
    pt = PostText(text=POST, sha256=sha256_hex(POST.encode()))
    assert build_approval_record(**fields(post_text=pt))["post_text"]["text"] == POST
    assert build_approval_record(**fields(post_text=None))["post_text"] is None
    with pytest.raises(RecordError, match="post_text.sha256"):
        build_approval_record(**fields(post_text={"text": POST, "sha256": "e" * 64}))


@pytest.mark.parametrize(
    ("over", "message"),
    [
        ({"kind": "approval", "decision": "reject"}, "does not match decision"),
        ({"kind": "bogus"}, "kind must be one of"),
        ({"decision": "maybe", "kind": "recommendation"}, "decision must be one of"),
        ({"version": 0}, "version must be an integer >= 1"),
        ({"signed_at": "2024-05-01T08:30:00Z"}, "signed_at"),
        ({"signed_from": "web"}, "signed_from"),
        ({"prev_audit_hash": "xyz"}, "prev_audit_hash"),
        ({"clip": {"sha256": "a" * 64, "size": 1, "duration_ms": 1}}, "clip: missing field 'file_name'"),
        ({"coverage": {**fields()["coverage"], "fraction": float("nan")}}, "coverage.fraction"),
        ({"coverage": {**fields()["coverage"], "intervals": [[5, 1]]}}, "coverage.intervals[0]"),
        ({"notes": [{"start_ms": 5, "end_ms": 1, "text": "x", "author": "y"}]}, "notes[0].end_ms"),
        ({"meaning": " "}, "meaning must not be empty"),
    ],
)
def test_build_rejects_bad_fields(over, message):
    with pytest.raises(RecordError) as info:
        build_approval_record(**fields(**over))
    assert message in str(info.value) and "\n" not in str(info.value)


def test_recommendation_may_carry_any_decision():
    r = build_approval_record(
        **fields(
            kind="recommendation", decision="reject", meaning=meaning_text("reject", "TikTok", recommendation=True)
        )
    )
    assert r["meaning"] == "Recommends against publication on TikTok"


REQUIRED = (
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


@pytest.mark.parametrize("missing", REQUIRED)
def test_parse_rejects_missing_fields(record, missing):
    broken = {k: v for k, v in record.items() if k != missing}
    with pytest.raises(RecordError) as info:
        parse_record(canonical_bytes(broken))
    text = str(info.value)
    assert "\n" not in text
    assert missing in text or (missing == "kind" and "kind must be one of" in text)


@pytest.mark.parametrize("nested", ["clip", "signer", "coverage", "checklist"])
def test_parse_rejects_missing_nested_fields(record, nested):
    inner = dict(record[nested])
    dropped = sorted(inner)[0]
    del inner[dropped]
    with pytest.raises(RecordError, match=f"{nested}: missing field '{dropped}'"):
        parse_record(canonical_bytes({**record, nested: inner}))


def test_parse_rejects_non_canonical_and_foreign_bytes(record):
    data = record_bytes(record)
    pretty = json.dumps(json.loads(data), indent=2, ensure_ascii=False).encode()
    for bad, message in [
        (pretty, "not canonical"),
        (data + b"\n", "not canonical"),
        (b"\xff\xfe", "not canonical"),
        (canonical_bytes({**record, "schema": "reviewer/approval/3"}), "schema"),
        (canonical_bytes({**record, "schema": "reviewer/approval/1"}), "unexpected field 'certificate_serial'"),
        (canonical_bytes({**record, "extra": 1}), "unexpected field 'extra'"),
        (canonical_bytes([record]), "must be a JSON object"),
    ]:
        with pytest.raises(RecordError, match=message):
            parse_record(bad)


def test_parse_rejects_tampered_post_text(record):
    tampered = {**record, "post_text": {**record["post_text"], "text": POST + "!"}}
    with pytest.raises(RecordError, match="post_text.sha256"):
        parse_record(canonical_bytes(tampered))


def test_meaning_texts():
    assert meaning_text("approve", "Facebook") == "Approved for publication on Facebook"
    assert meaning_text(Decision.APPROVE, "Facebook", "vi") == "Phê duyệt đăng phát trên Facebook"
    assert meaning_text("changes", "YouTube") == "Changes requested before publication on YouTube"
    assert meaning_text("changes", "YouTube", "vi") == "Yêu cầu chỉnh sửa trước khi đăng phát trên YouTube"
    assert meaning_text("reject", "TikTok") == "Rejected for publication on TikTok"
    assert meaning_text("reject", "TikTok", "vi-VN") == "Từ chối đăng phát trên TikTok"
    assert meaning_text("approve", "") == "Approved for publication"
    assert unicodedata.is_normalized("NFC", revocation_meaning("vi"))
    with pytest.raises(RecordError):
        meaning_text("nope", "Facebook")


def test_revocation_refers_to_the_exact_approval_bytes(record):
    approval = record_bytes(record)
    rev = build_revocation_record(
        clip_id=record["clip_id"],
        version=record["version"],
        revoked_record=approval,
        reason="Phát hiện sai số liệu",
        signer=record["signer"],
        signed_at="2024-05-02T09:00:00.000Z",
        signed_from="cli",
        app_version="0.1.0",
        prev_audit_hash="f" * 64,
    )
    assert rev["kind"] == "revocation"
    assert rev["revokes"] == {"kind": "approval", "sha256": record_sha256(approval), "signed_at": record["signed_at"]}
    assert rev["meaning"] == revocation_meaning("en")
    assert parse_record(record_bytes(rev)) == rev

    common = dict(
        clip_id=record["clip_id"],
        version=record["version"],
        revoked_record=approval,
        reason="x",
        signer=record["signer"],
        signed_at="2024-05-02T09:00:00.000Z",
        signed_from="cli",
        app_version="0.1.0",
        prev_audit_hash="f" * 64,
    )
    with pytest.raises(RecordError, match="reason must not be empty"):
        build_revocation_record(**{**common, "reason": "  "})
    with pytest.raises(RecordError, match="another clip"):
        build_revocation_record(**{**common, "version": 3})
    with pytest.raises(RecordError, match="not canonical"):
        build_revocation_record(**{**common, "revoked_record": approval + b" "})
    rejection = record_bytes(build_approval_record(**fields(kind="rejection", decision="reject", reason="Sai")))
    with pytest.raises(RecordError, match="only an approval"):
        build_revocation_record(**{**common, "revoked_record": rejection})
    without = {k: v for k, v in rev.items() if k != "revokes"}
    with pytest.raises(RecordError, match="missing field 'revokes'"):
        parse_record(canonical_bytes(without))


texts = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30).filter(str.strip)


@settings(max_examples=100, deadline=None)
@given(reason=st.text(st.characters(blacklist_categories=("Cs",)), max_size=40), note=texts, seed=st.integers())
def test_any_text_round_trips_byte_for_byte(reason, note, seed):
    r = build_approval_record(
        **fields(reason=reason, notes=[{"start_ms": 0, "end_ms": None, "text": note, "author": "Bình"}])
    )
    data = record_bytes(r)
    keys = list(r)
    random.Random(seed).shuffle(keys)
    assert record_bytes({k: r[k] for k in keys}) == data
    assert parse_record(data) == r == loads_canonical(data)
