"""The sign-off service as the desk uses it: coverage rule, roles, passphrase lock-out, keyring, secrets."""

from __future__ import annotations

import base64
import json
import os
import stat
import unicodedata
from datetime import datetime, timedelta, timezone

import keyring
import pytest

from reviewer.core.blockers import NOT_FULLY_WATCHED, REASON_REQUIRED, SIGNING_LOCKED
from reviewer.core.checklist import Answer
from reviewer.errors import (
    KeyringError,
    PolicyError,
    SigningLockedError,
    UsageError,
    WrongPassphraseError,
)
from reviewer.security import keys
from tests.signoff_support import (  # noqa: F401 - fixtures
    EDITOR,
    HEAD,
    PASSPHRASE,
    STATION_NAME,
    STATION_PASSPHRASE,
    all_pass_answers,
    enroll,
    fast_kdf,
    make_source,
    memory_keyring,
    run_cli,
    run_cli_subprocess,
    watch_all,
)


@pytest.fixture
def desk(services, tmp_path, memory_keyring, fast_kdf):
    """Services with one ingested clip 'news-1' and an enrolled head."""
    results = services.ingest.ingest([make_source(tmp_path / "in")])
    assert results[0].result == "ingested"
    enroll(services)
    return services


def _template(services):
    return services.signoff.template()


def test_desk_approval_waits_for_full_coverage_then_signs(desk):
    svc = desk.signoff
    svc.save_answers("news-1", HEAD[0], all_pass_answers(_template(desk)))
    watch_all(desk, "news-1", HEAD[0], upto_ms=1000)

    ready = svc.readiness("news-1", HEAD[0], "approve")
    assert not ready.can_sign and not ready.fully_viewed
    assert any("require_full_view" in r and "watched 50.0%" in r for r in ready.reasons)
    (watched,) = [b for b in ready.blockers if b.code == NOT_FULLY_WATCHED]
    assert watched.params["fraction"] == pytest.approx(0.5) and watched.params["version"] == 1
    assert watched.params["principal"] == HEAD[0] and watched.params["gaps"][0][0] == 1000
    with pytest.raises(PolicyError, match=r"watched 50\.0% of version 1.*require_full_view"):
        svc.sign("news-1", decision="approve", passphrase=PASSPHRASE, principal=HEAD[0], signed_from="desk")
    assert desk.library.clip("news-1").status.value == "pending"

    watch_all(desk, "news-1", HEAD[0])
    assert svc.readiness("news-1", HEAD[0], "approve").can_sign
    result = svc.sign("news-1", decision="approve", passphrase=PASSPHRASE, principal=HEAD[0], signed_from="desk")
    assert result.record["signed_from"] == "desk" and result.record["coverage"]["fraction"] == 1.0
    assert result.record["coverage"]["rule"] == {"require_full_view": True, "tolerance_ms": 250}
    assert desk.library.clip("news-1").status.value == "approved"
    assert result.checkpoint_path is not None and result.checkpoint_path.is_file()
    assert desk.verifier.approval_state("news-1").state == "valid"
    assert desk.verifier.verify(check_files=True).ok


def test_coverage_counts_only_this_signer_and_this_version(desk, tmp_path):
    svc = desk.signoff
    svc.save_answers("news-1", HEAD[0], all_pass_answers(_template(desk)))
    watch_all(desk, "news-1", "someone-else")
    assert not svc.readiness("news-1", HEAD[0], "approve").fully_viewed
    watch_all(desk, "news-1", HEAD[0])
    assert svc.readiness("news-1", HEAD[0], "approve").can_sign
    # A new version needs watching (and answering) again.
    desk.ingest.ingest([make_source(tmp_path / "v2", variant=2)])
    assert desk.library.clip("news-1").current_version == 2
    ready = svc.readiness("news-1", HEAD[0], "approve")
    assert not ready.fully_viewed and not ready.checklist.complete


def test_blocking_failure_forbids_approval_but_not_changes(desk):
    svc = desk.signoff
    answers = all_pass_answers(_template(desk))
    answers[0] = Answer(answers[0].item_id, "fail", "Sai chức danh")
    svc.save_answers("news-1", HEAD[0], answers)
    watch_all(desk, "news-1", HEAD[0])
    ready = svc.readiness("news-1", HEAD[0], "approve")
    assert not ready.can_sign and any("blocking item failed" in r for r in ready.reasons)
    ready = svc.readiness("news-1", HEAD[0], "changes")
    assert not ready.can_sign and ready.reasons == ("a decision to request changes needs a reason",)
    assert [(b.code, dict(b.params)) for b in ready.blockers] == [(REASON_REQUIRED, {"decision": "changes"})]
    result = svc.sign("news-1", decision="changes", reason="Sửa chức danh", passphrase=PASSPHRASE, principal=HEAD[0])
    assert result.record["kind"] == "changes"
    assert {"item_id": answers[0].item_id, "result": "fail", "note": "Sai chức danh"} in result.record["checklist"][
        "answers"
    ]
    assert desk.library.clip("news-1").status.value == "changes"


def test_an_editor_approval_is_recorded_as_a_signed_recommendation(desk):
    svc = desk.signoff
    enroll(desk, EDITOR)
    svc.save_answers("news-1", EDITOR[0], all_pass_answers(_template(desk)))
    watch_all(desk, "news-1", EDITOR[0])
    result = svc.sign("news-1", decision="approve", passphrase=PASSPHRASE, principal=EDITOR[0], signed_from="desk")
    assert result.record["kind"] == "recommendation" and result.record["decision"] == "approve"
    assert result.record["meaning"].startswith("Đề xuất phê duyệt đăng phát trên Facebook")
    assert desk.library.clip("news-1").status.value == "pending"
    assert desk.verifier.approval_state("news-1").state == "none"
    states = desk.verifier.signoff_states("news-1")
    assert [(s.signoff.kind, s.state) for s in states] == [("recommendation", "valid")]
    assert desk.verifier.verify().ok


def test_answers_are_saved_as_given_and_audited(desk):
    svc = desk.signoff
    saved = svc.save_answers("news-1", HEAD[0], [Answer("tone.concise", "fail", "  Hơi dài  ")])
    assert saved == {"tone.concise": Answer("tone.concise", "fail", "Hơi dài")}
    saved = svc.save_answers("news-1", HEAD[0], [Answer("tone.concise", "na", "")])
    assert saved["tone.concise"].result == "na"
    events = [e for e in desk.library.audit_events() if e.kind == "checklist_answer"]
    assert [e.payload["answers"] for e in events] == [
        [{"item_id": "tone.concise", "result": "fail", "note": "Hơi dài"}],
        [{"item_id": "tone.concise", "result": "na", "note": ""}],
    ]
    with pytest.raises(UsageError, match="unknown checklist item"):
        svc.save_answers("news-1", HEAD[0], [Answer("nope", "pass", "")])


def test_five_wrong_passphrases_lock_signing_for_a_growing_delay(desk):
    svc = desk.signoff
    # One moving clock for signing, the station and the audit trail (verify compares them).
    now = [datetime.now(timezone.utc)]
    svc.clock = desk.station.clock = desk.library.clock = lambda: now[0]
    desk.signing.set_policy("require_full_view", False, actor="test")
    args = dict(decision="reject", reason="Không phù hợp", principal=HEAD[0])

    for attempt in range(1, 5):
        with pytest.raises(WrongPassphraseError, match=f"{5 - attempt} attempt"):
            svc.sign("news-1", passphrase="sai mật khẩu", **args)
    with pytest.raises(SigningLockedError, match=r"try again in 60 s"):
        svc.sign("news-1", passphrase="sai mật khẩu", **args)
    # Even the right passphrase is not tried while locked.
    now[0] += timedelta(seconds=59)
    with pytest.raises(SigningLockedError, match=r"try again in 1 s"):
        svc.sign("news-1", passphrase=PASSPHRASE, **args)
    locked = svc.readiness("news-1", HEAD[0], "reject", reason="x")
    assert locked.locked_until is not None
    assert [b.code for b in locked.blockers] == [SIGNING_LOCKED]
    assert locked.blockers[0].params["locked_until"] == locked.locked_until

    # After the lock, five more wrong entries lock for twice as long.
    now[0] += timedelta(seconds=2)
    for _ in range(4):
        with pytest.raises(WrongPassphraseError):
            svc.sign("news-1", passphrase="sai", **args)
    with pytest.raises(SigningLockedError, match=r"try again in 2 min"):
        svc.sign("news-1", passphrase="sai", **args)
    assert svc.lock_state(HEAD[0]).lockouts == 2

    events = [e for e in desk.library.audit_events() if e.kind in ("wrong_passphrase", "signing_locked")]
    assert [e.kind for e in events].count("wrong_passphrase") == 10
    locks = [e.payload for e in events if e.kind == "signing_locked"]
    assert [(p["lockouts"], p["delay_s"]) for p in locks] == [(1, 60), (2, 120)]
    assert all(PASSPHRASE not in e.payload_json.decode() and "sai" not in e.payload_json.decode() for e in events)

    # When the lock ends, the right passphrase signs and the counters reset.
    now[0] += timedelta(seconds=121)
    result = svc.sign("news-1", passphrase=PASSPHRASE, **args)
    assert result.record["kind"] == "rejection"
    state = svc.lock_state(HEAD[0])
    assert (state.failures, state.lockouts, state.locked_until) == (0, 0, None)
    assert desk.verifier.verify().ok


@pytest.mark.parametrize("backend_name", ["fail", "null", "keyrings.alt"])
def test_keys_init_refuses_insecure_keyrings_with_a_fix(services, fast_kdf, backend_name):
    if backend_name == "fail":
        from keyring.backends.fail import Keyring as Backend
    elif backend_name == "null":
        from keyring.backends.null import Keyring as Backend
    else:  # keyrings.alt may not be installed: an equivalent class from that package's namespace
        from tests.memory_keyring import MemoryKeyring

        Backend = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})  # noqa: N806 - a class
    previous = keyring.get_keyring()
    keyring.set_keyring(Backend())
    try:
        with pytest.raises(KeyringError, match="gnome-keyring-daemon") as info:
            enroll(services)
        assert "not safe for a private key" in str(info.value) or "no secure keyring" in str(info.value)
    finally:
        keyring.set_keyring(previous)
    assert services.signing.people() == [] and services.signing.keys() == []


def test_weak_passphrase_is_refused(services, memory_keyring, fast_kdf):
    from tests.signoff_support import ensure_station

    ensure_station(services)
    before = dict(memory_keyring.passwords)
    with pytest.raises(PolicyError, match="too short"):
        enroll(services, passphrase="1234567")
    with pytest.raises(PolicyError, match="too easy to guess"):
        enroll(services, passphrase="giamdoc2024")
    assert memory_keyring.passwords == before  # no key was made or stored


def test_private_key_and_passphrase_never_reach_disk(home, tmp_path, memory_keyring, fast_kdf):
    passphrase = "Khóa bí mật của Giám đốc 2024"
    src = make_source(tmp_path / "in")
    assert run_cli(home, "ingest", str(src)).code == 0
    outputs = [
        run_cli(home, "station", "init", "--name", STATION_NAME, "--passphrase-stdin", stdin=STATION_PASSPHRASE + "\n")
    ]
    assert outputs[-1].code == 0, outputs[-1].err
    r = run_cli(
        home,
        "keys",
        "init",
        "--principal",
        HEAD[0],
        "--name",
        HEAD[1],
        "--title",
        HEAD[2],
        "--role",
        "head",
        "--passphrase-stdin",
        stdin=f"{passphrase}\n{STATION_PASSPHRASE}\n",
    )
    assert r.code == 0, r.err
    assert run_cli(home, "policy", "set", "require_full_view", "false").code == 0
    template = run_cli(home, "checklist", "show", "--json").json()
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({i["id"]: {"result": "pass"} for i in template["items"]}), encoding="utf-8")
    outputs.append(r)
    outputs.append(
        run_cli(
            home,
            "sign",
            "news-1",
            "--decision",
            "approve",
            "--checklist",
            str(answers),
            "--principal",
            HEAD[0],
            "--passphrase-stdin",
            stdin=passphrase + "\n",
        )
    )
    assert outputs[-1].code == 0, outputs[-1].err
    outputs.append(
        run_cli(
            home,
            "sign",
            "news-1",
            "--decision",
            "approve",
            "--checklist",
            str(answers),
            "--principal",
            HEAD[0],
            "--passphrase-stdin",
            stdin="wrong passphrase\n",
        )
    )
    assert outputs[-1].code == 1
    out = tmp_path / "export"
    outputs.append(
        run_cli_subprocess(
            home,
            "export",
            "news-1",
            "--out",
            str(out),
            "--passphrase-stdin",
            keyring=memory_keyring,
            stdin=passphrase + "\n",
        )
    )
    assert outputs[-1].code == 0, outputs[-1].err

    # The keyring holds two encrypted blobs (the head's key, the station key) and the rollback
    # witness; decrypt the blobs to know what must never leak.
    blobs = {a: base64.b64decode(p) for (s, a), p in memory_keyring.passwords.items() if s == "reviewer"}
    assert len(blobs) == 2 and all(a.startswith("SHA256:") for a in blobs)
    assert any(s == "reviewer-witness" for s, _a in memory_keyring.passwords)
    secrets = {}
    for n, secret_passphrase in enumerate((passphrase, STATION_PASSPHRASE)):
        secrets[f"passphrase {n}"] = secret_passphrase.encode()
        secrets[f"passphrase {n} nfd"] = unicodedata.normalize("NFD", secret_passphrase).encode()
    for account, blob in blobs.items():
        opened = None
        for secret_passphrase in (passphrase, STATION_PASSPHRASE):
            try:
                opened = keys.decrypt_private_key(blob, secret_passphrase)
            except Exception:  # noqa: BLE001 - the other passphrase opens it
                continue
        assert opened is not None
        raw = opened.private_bytes_raw()
        secrets.update(
            {
                f"raw key {account}": raw,
                f"raw key b64 {account}": base64.b64encode(raw),
                f"raw key hex {account}": raw.hex().encode(),
                f"encrypted blob {account}": blob,
                f"blob ciphertext {account}": json.loads(blob)["ciphertext"].encode(),
            }
        )
    files = [p for root in (home, out) for p in root.rglob("*") if p.is_file()]
    assert any(p.name == "reviewer.db" for p in files) and any(p.suffix == ".log" for p in files)
    for path in files:
        data = path.read_bytes()
        for what, secret in secrets.items():
            assert secret not in data, f"{what} found in {path}"
    for result in outputs:
        assert passphrase not in result.out + result.err
        assert STATION_PASSPHRASE not in result.out + result.err


def test_revocation_needs_a_head_and_a_reason(desk):
    svc = desk.signoff
    desk.signing.set_policy("require_full_view", False, actor="test")
    svc.save_answers("news-1", HEAD[0], all_pass_answers(_template(desk)))
    approval = svc.sign("news-1", decision="approve", passphrase=PASSPHRASE, principal=HEAD[0])
    with pytest.raises(UsageError, match="needs a reason"):
        svc.revoke("news-1", reason="  ", passphrase=PASSPHRASE, principal=HEAD[0])
    rev = svc.revoke("news-1", reason="Sai số liệu", passphrase=PASSPHRASE, principal=HEAD[0])
    assert rev.record["kind"] == "revocation"
    assert rev.record["revokes"]["sha256"] == approval.signoff.record_sha256
    state = desk.verifier.approval_state("news-1")
    assert state.state == "revoked" and state.revocation.id == rev.signoff.id
    assert desk.library.clip("news-1").status.value == "revoked"
    assert desk.verifier.verify().ok


def test_approval_state_reports_a_changed_caption(desk):
    svc = desk.signoff
    desk.signing.set_policy("require_full_view", False, actor="test")
    svc.save_answers("news-1", HEAD[0], all_pass_answers(_template(desk)))
    result = svc.sign("news-1", decision="approve", passphrase=PASSPHRASE, principal=HEAD[0])
    assert desk.verifier.approval_state("news-1").state == "valid"
    caption = desk.home / desk.library.version("news-1").captions[0].store_path
    os.chmod(caption, stat.S_IRUSR | stat.S_IWUSR)
    caption.write_bytes(caption.read_bytes().replace("Thủ tướng".encode(), "Thủ trưởng".encode()))
    state = desk.verifier.approval_state("news-1")
    assert state.state == "file_changed"
    assert any("caption file bản tin news-1.vi.srt changed since sign-off" in p for p in state.problems)
    assert desk.verifier.approval_state("news-1", check_files=False).state == "valid"
    report = desk.verifier.verify(check_files=True)
    assert [(p.seq, p.kind) for p in report.problems] == [(result.signoff.audit_seq, "signoff")]
    assert desk.verifier.verify().ok  # without --files the chain itself is intact
