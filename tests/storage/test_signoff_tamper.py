"""Tampering with a real library behind the program's back is detected and named (seq + kind).

One library with many events of every kind is built once; each test works on a copy, drops the
append-only triggers with raw sqlite3 (as an attacker with file access would), tampers, and runs
``reviewer verify``.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from reviewer.core import audit as core_audit
from reviewer.core.checklist import Answer
from reviewer.errors import WrongPassphraseError

AUDIT_GUARD_SQLITE = [
    "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
    "BEGIN SELECT RAISE(ABORT, 'audit log is append-only: UPDATE refused'); END",
    "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events "
    "BEGIN SELECT RAISE(ABORT, 'audit log is append-only: DELETE refused'); END",
]

from tests.signoff_support import (  # noqa: E402,F401 - fixtures
    EDITOR,
    HEAD,
    PASSPHRASE,
    STATION_PASSPHRASE,
    all_pass_answers,
    enroll,
    make_source,
    memory_keyring,
    run_cli,
    watch_all,
)


@pytest.fixture(scope="module")
def library_home(tmp_path_factory):
    """A home with clips, notes, answers, coverage, policy change, keys, sign-offs of every kind,
    a revocation, a retired key, a wrong passphrase and an export; plus a DB snapshot taken right
    after the first sign-off (for the rollback test)."""
    import keyring

    from reviewer.security import keys, signer
    from reviewer.services import build_services
    from tests.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    mp = pytest.MonkeyPatch()
    mp.setattr(signer, "NEW_KEY_KDF", keys.KdfParams.for_tests())
    root = tmp_path_factory.mktemp("tamper")
    home = root / "home"
    try:
        s = build_services(str(home), None)
        for n in (1, 2, 3):
            res = s.ingest.ingest([make_source(root / f"in{n}", f"news-{n}", variant=n)])
            assert res[0].result == "ingested", res[0]
        enroll(s)
        enroll(s, EDITOR)
        svc = s.signoff
        template = svc.template()
        s.library.add_note("news-1", 1, HEAD[0], 500, 1200, "Kiểm tra lại chức danh")
        for clip in ("news-1", "news-2", "news-3"):
            svc.save_answers(clip, HEAD[0], all_pass_answers(template))
            watch_all(s, clip, HEAD[0])
        svc.sign("news-1", decision="approve", passphrase=PASSPHRASE, principal=HEAD[0])
        s.close()
        snapshot = root / "snapshot.db"
        shutil.copyfile(home / "reviewer.db", snapshot)
        s = build_services(str(home), None)
        svc = s.signoff
        svc.sign("news-2", decision="changes", reason="Sửa phụ đề", passphrase=PASSPHRASE, principal=HEAD[0])
        svc.save_answers("news-3", EDITOR[0], all_pass_answers(template))
        watch_all(s, "news-3", EDITOR[0])
        svc.sign("news-3", decision="approve", passphrase=PASSPHRASE, principal=EDITOR[0])
        svc.set_policy("require_full_view", "false")
        svc.sign("news-3", decision="approve", passphrase=PASSPHRASE, principal=HEAD[0], signed_from="cli")
        with pytest.raises(WrongPassphraseError):
            svc.sign("news-2", decision="reject", reason="x", passphrase="wrong one", principal=HEAD[0])
        svc.revoke("news-3", reason="Sai số liệu", passphrase=PASSPHRASE, principal=HEAD[0])
        svc.save_answers("news-2", HEAD[0], [Answer("tone.concise", "na", "Ngắn")])
        s.station.retire(EDITOR[0], reason="Chuyển công tác", station_passphrase=STATION_PASSPHRASE)
        s.exporter.render_certificate = None  # no Qt in this process; the package is otherwise whole
        s.exporter.export("news-1", root / "pkg", principal=HEAD[0], passphrase=PASSPHRASE)
        s.library.add_note("news-2", 1, HEAD[0], 0, None, "Ghi chú sau cùng")
        s.close()
    finally:
        keyring.set_keyring(previous)
        mp.undo()
    return home, snapshot, dict(backend.passwords)


@pytest.fixture
def lib(library_home, tmp_path, memory_keyring):
    """A private copy of the library home (and of its keyring: keys, station key, rollback
    witness) and a raw sqlite3 connection without the audit guards."""
    home, snapshot, passwords = library_home
    memory_keyring.passwords = dict(passwords)
    copy = tmp_path / "home"
    shutil.copytree(home, copy)
    con = sqlite3.connect(copy / "reviewer.db")
    con.execute("DROP TRIGGER audit_events_no_update")
    con.execute("DROP TRIGGER audit_events_no_delete")
    con.commit()
    yield copy, con, snapshot
    con.close()


def _rearm(home: Path) -> None:
    """Put the append-only triggers back, as a careful attacker would after tampering (verify
    reports triggers that are missing; these tests are about what the chain itself reveals)."""
    con = sqlite3.connect(home / "reviewer.db")
    try:
        present = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        for stmt in AUDIT_GUARD_SQLITE:
            if stmt.split()[2] not in present:
                con.execute(stmt)
        con.commit()
    finally:
        con.close()


def _disarm(con) -> None:
    """Drop the append-only triggers again (to tamper after a verify put them back)."""
    con.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
    con.execute("DROP TRIGGER IF EXISTS audit_events_no_delete")
    con.commit()


def _verify(home: Path, *extra: str) -> list[tuple[int, str, str]]:
    _rearm(home)
    r = run_cli(home, "verify", "--json", *extra)
    data = r.json()
    assert (r.code == 0) == data["ok"]
    return [(p["seq"], p["kind"], p["problem"]) for p in data["problems"]]


def _events(con) -> list[tuple]:
    return con.execute(
        "SELECT seq, time, actor, kind, payload, prev_hash, hash, signature FROM audit_events ORDER BY seq"
    ).fetchall()


def _seq_of(con, kind: str, clip_id: str | None = None, nth: int = 0) -> int:
    rows = [r for r in _events(con) if r[3] == kind and (clip_id is None or f'"clip_id":"{clip_id}"' in r[4].decode())]
    return rows[nth][0]


def _flip(value):
    if isinstance(value, bytes):
        i = len(value) // 2
        return value[:i] + bytes([value[i] ^ 0x01]) + value[i + 1 :]
    i = len(value) // 2
    return value[:i] + chr(ord(value[i]) ^ 0x01) + value[i + 1 :]


def test_the_untouched_library_verifies_and_has_every_event_kind(lib):
    home, con, _ = lib
    kinds = {r[3] for r in _events(con)}
    assert kinds >= {
        "ingest",
        "note",
        "view_session",
        "checklist_answer",
        "key_enrolled",
        "key_retired",
        "policy_changed",
        "signoff",
        "revocation",
        "checkpoint",
        "wrong_passphrase",
        "export",
    }
    assert _verify(home, "--files") == []
    assert run_cli(home, "verify").out.endswith("every signature verifies with the station's authority\n")


# slow (make test only): 150+ full verifications of the library, one per flipped field. make
# test-fast keeps the same detection per field and event on the chain itself
# (tests/unit/test_audit.py::test_flipping_any_field_of_any_event_is_reported_at_that_event) and
# on this library (the other tests here: an altered seq, deleted, reordered or duplicated events,
# a moved signature, a chain rewritten with new hashes).
@pytest.mark.slow
def test_flipping_a_byte_of_any_field_of_any_event_is_reported_at_that_seq(lib):
    home, con, _ = lib
    from reviewer.services import build_services

    services = build_services(str(home), None)
    try:
        rows = _events(con)
        fields = ("time", "actor", "kind", "payload", "prev_hash", "hash", "signature")
        checked = 0
        for row in rows:
            seq, kind = row[0], row[3]
            for name, value in zip(fields, row[1:], strict=True):
                if value is None:
                    continue
                tampered = _flip(value)
                con.execute(f"UPDATE audit_events SET {name} = ? WHERE seq = ?", (tampered, seq))
                con.commit()
                found = {(p.seq, p.kind) for p in services.verifier.verify().problems}
                expected_kind = tampered if name == "kind" else kind
                assert (seq, expected_kind) in found, f"{name} of event {seq} ({kind}) flipped: {found}"
                con.execute(f"UPDATE audit_events SET {name} = ? WHERE seq = ?", (value, seq))
                con.commit()
                checked += 1
        assert checked > 150
        problems = services.verifier.verify(check_files=True).problems
        assert [p.problem for p in problems] == [
            "the append-only trigger audit_events_no_update of audit_events is missing (dropped: events "
            "could have been edited or deleted)",
            "the append-only trigger audit_events_no_delete of audit_events is missing (dropped: events "
            "could have been edited or deleted)",
        ]
        _rearm(home)
        assert services.verifier.verify(check_files=True).ok
    finally:
        services.close()


def test_an_altered_seq_is_reported(lib):
    home, con, _ = lib
    seq = _seq_of(con, "note")
    con.execute("UPDATE audit_events SET seq = 9999 WHERE seq = ?", (seq,))
    con.commit()
    problems = _verify(home)
    assert (seq, "", f"event {seq} missing before seq {seq + 1} (deleted?)") in problems


def test_a_deleted_event_is_reported_missing_and_its_record_orphaned(lib):
    home, con, _ = lib
    seq = _seq_of(con, "signoff", "news-2")
    con.execute("DELETE FROM audit_events WHERE seq = ?", (seq,))
    con.commit()
    problems = _verify(home)
    assert (seq, "", f"event {seq} missing before seq {seq + 1} (deleted?)") in problems
    assert any(p[:2] == (seq, "signoff") and "not linked to a valid event" in p[2] for p in problems)


def test_reordered_events_are_reported_at_both_places(lib):
    home, con, _ = lib
    a = _seq_of(con, "note")
    kinds = {r[0]: r[3] for r in _events(con)}
    b = a + 1
    con.execute("UPDATE audit_events SET seq = -1 WHERE seq = ?", (a,))
    con.execute("UPDATE audit_events SET seq = ? WHERE seq = ?", (a, b))
    con.execute("UPDATE audit_events SET seq = ? WHERE seq = -1", (b,))
    con.commit()
    found = {p[:2] for p in _verify(home)}
    assert (a, kinds[b]) in found and (b, kinds[a]) in found


def test_a_duplicated_event_is_reported(lib):
    home, con, _ = lib
    seq = _seq_of(con, "checklist_answer")
    # The attacker rebuilds the table without its unique constraints to insert a copy.
    con.executescript(
        "CREATE TABLE audit_copy AS SELECT * FROM audit_events; DROP TABLE audit_events;"
        "ALTER TABLE audit_copy RENAME TO audit_events;"
    )
    con.execute("INSERT INTO audit_events SELECT * FROM audit_events WHERE seq = ?", (seq,))
    con.commit()
    assert (seq, "checklist_answer", "duplicate seq (the event appears twice)") in _verify(home)


def test_truncated_events_are_caught_by_the_signed_checkpoint(lib):
    home, con, _ = lib
    seq = _seq_of(con, "signoff", "news-2")
    last_cp = max(int(p.stem.split("-")[1]) for p in (home / "checkpoints").glob("checkpoint-*.json"))
    con.execute("DELETE FROM audit_events WHERE seq > ?", (seq,))
    con.commit()
    problems = _verify(home)
    assert (
        seq + 1,
        "",
        f"chain ends at seq {seq} but the signed checkpoint covers seq {last_cp} (events truncated)",
    ) in problems


def test_rolling_the_database_back_to_an_older_copy_is_detected(lib):
    home, con, snapshot = lib
    con.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{home / 'reviewer.db'}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(snapshot, home / "reviewer.db")
    old = sqlite3.connect(home / "reviewer.db")
    old_last = old.execute("SELECT max(seq) FROM audit_events").fetchone()[0]
    old.close()
    problems = _verify(home)
    assert problems and problems[0][:2] == (old_last + 1, "")
    assert "events truncated" in problems[0][2]


def test_a_chain_rewritten_with_recomputed_hashes_is_caught_by_the_checkpoint(lib):
    home, con, _ = lib
    rows = _events(con)
    target = _seq_of(con, "note", "news-1")
    prev_hash = None
    for seq, time, actor, kind, payload, old_prev, _old_hash, sig in rows:
        if seq < target:
            continue
        if seq == target:
            payload = payload.replace("Kiểm tra lại chức danh".encode(), "Đã kiểm tra, không có lỗi".encode())
            prev_hash = old_prev
        new_hash = core_audit.event_hash(seq, time, actor, kind, bytes(payload), prev_hash, sig)
        con.execute(
            "UPDATE audit_events SET payload = ?, prev_hash = ?, hash = ? WHERE seq = ?",
            (payload, prev_hash, new_hash, seq),
        )
        prev_hash = new_hash
    con.commit()
    problems = _verify(home)
    last_cp = max(int(p.stem.split("-")[1]) for p in (home / "checkpoints").glob("checkpoint-*.json"))
    assert any(p[0] == last_cp and "does not match the signed checkpoint" in p[2] for p in problems)
    # Every sign-off after the rewrite also names a previous hash that no longer exists.
    signoff = _seq_of(con, "signoff", "news-1")
    assert any(p[:2] == (signoff, "signoff") and "prev_audit_hash" in p[2] for p in problems)


def test_a_signature_moved_to_another_record_is_reported(lib):
    home, con, _ = lib
    a = _seq_of(con, "signoff", "news-1")
    b = _seq_of(con, "signoff", "news-2")
    sig_a = con.execute("SELECT signature FROM audit_events WHERE seq = ?", (a,)).fetchone()[0]
    con.execute("UPDATE audit_events SET signature = ? WHERE seq = ?", (sig_a, b))
    con.execute("UPDATE signoffs SET signature = ? WHERE audit_seq = ?", (sig_a, b))
    con.commit()
    problems = [p for p in _verify(home) if p[:2] == (b, "signoff")]
    text = " ".join(p[2] for p in problems)
    assert "hash mismatch" in text and "signature does not verify" in text


def test_swapped_records_in_the_signoffs_table_are_reported(lib):
    home, con, _ = lib
    a = _seq_of(con, "signoff", "news-1")
    b = _seq_of(con, "signoff", "news-2")
    rec_a = con.execute("SELECT record, signature FROM signoffs WHERE audit_seq = ?", (a,)).fetchone()
    rec_b = con.execute("SELECT record, signature FROM signoffs WHERE audit_seq = ?", (b,)).fetchone()
    con.execute("UPDATE signoffs SET record = ?, signature = ? WHERE audit_seq = ?", (*rec_b, a))
    con.execute("UPDATE signoffs SET record = ?, signature = ? WHERE audit_seq = ?", (*rec_a, b))
    con.commit()
    problems = _verify(home)
    for seq in (a, b):
        assert any(p[:2] == (seq, "signoff") and "stored record does not match" in p[2] for p in problems)


def test_a_key_backdated_as_retired_in_the_table_is_reported_and_changes_nothing(lib):
    """Retirement is what the station signed, not a row: an edited row is named as an edited
    table, and the signatures made before the (real) retirement stay valid."""
    home, con, _ = lib
    enrolled = _seq_of(con, "key_enrolled")
    con.execute("UPDATE signing_keys SET retired_at = '2000-01-01 00:00:00.000000' WHERE principal = ?", (HEAD[0],))
    con.commit()
    problems = _verify(home)
    assert [p[:2] for p in problems] == [(enrolled, "key_enrolled")]
    assert "signing_keys row" in problems[0][2] and "retirement (table edited)" in problems[0][2]


def _store_file(con, home: Path, clip_id: str, caption: bool = False) -> Path:
    if caption:
        rel = con.execute(
            "SELECT c.store_path FROM caption_tracks c JOIN clip_versions v ON v.id = c.version_id WHERE v.clip_id = ?",
            (clip_id,),
        ).fetchone()[0]
    else:
        rel = con.execute("SELECT store_path FROM clip_versions WHERE clip_id = ?", (clip_id,)).fetchone()[0]
    path = home / rel
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    return path


def test_a_replaced_media_file_is_reported_with_verify_files(lib):
    home, con, _ = lib
    seq = _seq_of(con, "signoff", "news-1")
    path = _store_file(con, home, "news-1")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    assert _verify(home) == []  # the chain itself is intact
    problems = _verify(home, "--files")
    assert problems and {p[:2] for p in problems} == {(seq, "signoff")}
    assert "media file bản tin news-1.mp4 changed since sign-off" in problems[0][2]


def test_a_caption_edited_after_signoff_is_reported_with_verify_files(lib):
    home, con, _ = lib
    # The three clips came with the same caption bytes, so the store keeps one file that every
    # decision names: each of those sign-offs is reported (the revocation names no files).
    seqs = [r[0] for r in _events(con) if r[3] == "signoff"]
    assert len(seqs) == 4
    path = _store_file(con, home, "news-3", caption=True)
    path.write_bytes(path.read_bytes().replace("phấn khởi".encode(), "bức xúc".encode()))
    problems = _verify(home, "--files")
    assert {p[:2] for p in problems} == {(s, "signoff") for s in seqs}
    assert all(re.search(r"caption file bản tin news-\d.vi.srt changed since sign-off", p[2]) for p in problems)


def test_a_deleted_or_forged_checkpoint_file_is_reported(lib):
    home, _con, _ = lib
    files = sorted((home / "checkpoints").glob("checkpoint-*.json"))
    newest = files[-1]
    newest_seq = int(newest.stem.split("-")[1])
    newest.write_bytes(newest.read_bytes().replace(b'"seq":', b'"seq": '))
    problems = _verify(home)
    assert any(p[:2] == (newest_seq, "checkpoint") and newest.name in p[2] for p in problems)
    newest.unlink()
    problems = _verify(home)
    assert any(p[:2] == (newest_seq + 1, "checkpoint") and "has no valid file" in p[2] for p in problems)


def test_repair_writes_a_lost_newest_checkpoint_file_again_byte_for_byte(lib):
    """A desk killed between a sign-off's commit and its checkpoint file leaves the file missing;
    `verify --repair-checkpoints` writes the committed bytes and signature again."""
    home, _con, _ = lib
    newest = sorted((home / "checkpoints").glob("checkpoint-*.json"))[-1]
    sig = newest.with_name(newest.name + ".sig")
    data, signature = newest.read_bytes(), sig.read_bytes()
    newest.unlink()
    sig.unlink()
    problems = _verify(home)
    assert len(problems) == 1 and "--repair-checkpoints" in problems[0][2]
    _rearm(home)
    r = run_cli(home, "verify", "--repair-checkpoints")
    assert r.code == 0, r.out + r.err
    assert f"restored {newest.name} from the audit chain" in r.out
    assert newest.read_bytes() == data and sig.read_bytes() == signature
    _rearm(home)
    r = run_cli(home, "verify", "--repair-checkpoints", "--json")
    assert r.code == 0 and r.json()["repaired"] is None and r.json()["ok"]


def test_repair_leaves_evidence_alone_and_copies_nothing_that_does_not_verify(lib):
    home, con, snapshot = lib
    newest = sorted((home / "checkpoints").glob("checkpoint-*.json"))[-1]
    # A forged file stays as it is (it is evidence) and is still reported.
    forged = newest.read_bytes().replace(b'"seq":', b'"seq": ')
    newest.write_bytes(forged)
    _rearm(home)
    assert run_cli(home, "verify", "--repair-checkpoints", "--json").json()["repaired"] is None
    assert newest.read_bytes() == forged
    assert any(newest.name in p[2] for p in _verify(home))
    # A checkpoint event whose signature was altered is not copied out to a file.
    newest.unlink()
    newest.with_name(newest.name + ".sig").unlink()
    seq, signature = con.execute(
        "SELECT seq, signature FROM audit_events WHERE kind = 'checkpoint' ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    _disarm(con)
    con.execute("UPDATE audit_events SET signature = ? WHERE seq = ?", (signature.replace("A", "B", 1), seq))
    con.commit()
    _rearm(home)
    r = run_cli(home, "verify", "--repair-checkpoints", "--json")
    assert r.code == 1 and r.json()["repaired"] is None and not newest.exists()
    # Nor is one whose payload is no checkpoint.
    _disarm(con)
    con.execute("UPDATE audit_events SET payload = ?, signature = ? WHERE seq = ?", (b'{"seq":1}', signature, seq))
    con.commit()
    _rearm(home)
    r = run_cli(home, "verify", "--repair-checkpoints", "--json")
    assert r.code == 1 and r.json()["repaired"] is None and not newest.exists()
    # A database rolled back to an older copy: the newer files pin the chain, nothing is written.
    con.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{home / 'reviewer.db'}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(snapshot, home / "reviewer.db")
    before = sorted(p.name for p in (home / "checkpoints").iterdir())
    _rearm(home)
    r = run_cli(home, "verify", "--repair-checkpoints", "--json")
    assert r.code == 1 and r.json()["repaired"] is None
    assert sorted(p.name for p in (home / "checkpoints").iterdir()) == before
    assert any("events truncated" in p["problem"] for p in r.json()["problems"])


def test_opening_the_desk_restores_a_lost_checkpoint_file(lib):
    from reviewer.services import services_for_desk

    home, _con, _ = lib
    newest = sorted((home / "checkpoints").glob("checkpoint-*.json"))[-1]
    data = newest.read_bytes()
    newest.unlink()
    services = services_for_desk(str(home), None)
    services.close()
    assert newest.read_bytes() == data
    assert _verify(home) == []


def test_cli_verify_prints_each_problem_with_seq_and_kind(lib):
    home, con, _ = lib
    seq = _seq_of(con, "signoff", "news-2")
    con.execute("UPDATE audit_events SET actor = 'mallory' WHERE seq = ?", (seq,))
    con.commit()
    _rearm(home)
    r = run_cli(home, "verify")
    assert r.code == 1
    assert f"PROBLEM  seq {seq} signoff: hash mismatch: the event was altered after it was written" in r.out


def _segmented(services, parts: int, runner=None):
    """The library's verifier, cutting the chain into ``parts`` segments for any size."""
    from reviewer.core.verification import Verifier

    v = services.verifier
    seg = Verifier(
        repo=v.repo,
        library=v.library,
        crypto=v.crypto,
        home=v.home,
        witness=v.witness,
        workers=parts,
        parallel_threshold=0,
        segment_runner=runner or (lambda specs, local=None: [v.verify_segment(s) for s in specs]),
    )
    return seg


@pytest.mark.parametrize("tamper", ["none", "delete", "truncate", "flip", "swap", "hole", "far", "before"])
def test_segmented_verification_finds_exactly_what_one_pass_finds(lib, tamper):
    """The chain is cut by seq ranges: a hole wider than a piece (empty pieces), an event moved far
    beyond the end (a huge range) or before the start (seq 0 and below) are found as in one pass."""
    home, con, _ = lib
    seq = _seq_of(con, "signoff", "news-2")
    last = con.execute("SELECT max(seq) FROM audit_events").fetchone()[0]
    if tamper == "hole":
        con.execute("DELETE FROM audit_events WHERE seq BETWEEN ? AND ?", (2, last - 2))
    elif tamper == "far":
        con.execute("UPDATE audit_events SET seq = ? WHERE seq = ?", (10**12, last))
    elif tamper == "before":
        con.execute("UPDATE audit_events SET seq = -5 WHERE seq = ?", (seq,))
    elif tamper == "delete":
        con.execute("DELETE FROM audit_events WHERE seq = ?", (seq,))
    elif tamper == "truncate":
        con.execute("DELETE FROM audit_events WHERE seq > ?", (seq,))
    elif tamper == "flip":
        con.execute("UPDATE audit_events SET actor = 'x' WHERE seq IN (?, ?)", (seq - 7, seq + 3))
    elif tamper == "swap":
        con.execute("UPDATE audit_events SET seq = -1 WHERE seq = ?", (seq,))
        con.execute("UPDATE audit_events SET seq = ? WHERE seq = ?", (seq, seq + 1))
        con.execute("UPDATE audit_events SET seq = ? WHERE seq = -1", (seq + 1,))
    con.commit()
    _rearm(home)
    from reviewer.services import build_services

    services = build_services(str(home), None)
    try:
        one = services.verifier.verify(check_files=True, workers=1)
        for parts in (2, 3, 7):
            many = _segmented(services, parts).verify(check_files=True)
            assert many.problems == one.problems, parts
            assert (many.events, many.signatures, many.signoffs) == (one.events, one.signatures, one.signoffs)
        assert one.ok == (tamper == "none")
    finally:
        services.close()


def test_segments_really_run_in_worker_processes(lib):
    home, _con, _ = lib
    _rearm(home)
    from reviewer.services import SegmentRunner, build_services

    services = build_services(str(home), None)
    try:
        runner = SegmentRunner(services.db.url, home, 2)
        report = _segmented(services, 2, runner).verify()
        assert report.ok and report.events == services.signing.audit_count()
    finally:
        services.close()


_FORKED_VERIFY = """
import sys, threading
from reviewer.core.verification import Verifier
from reviewer.services import SegmentRunner, _process_context, build_services

services = build_services(sys.argv[1], None)
v = services.verifier
method = _process_context().get_start_method()
runner = SegmentRunner(services.db.url, v.home, 2)
many = Verifier(repo=v.repo, library=v.library, crypto=v.crypto, home=v.home, witness=v.witness,
                workers=3, parallel_threshold=0, segment_runner=runner).verify(check_files=True)
one = v.verify(check_files=True, workers=1)
same = many.problems == one.problems and (many.events, many.signatures) == (one.events, one.signatures)
flag = threading.Event()
threading.Thread(target=flag.wait, daemon=True).start()
with_thread = _process_context().get_start_method()
flag.set()
print("METHOD", method, "SAME", same, "PROBLEMS", len(one.problems), "WITH_THREAD", with_thread, flush=True)
services.close()
"""


def test_a_plain_command_forks_its_workers_and_they_find_what_one_pass_finds(lib):
    """`reviewer verify` is a single-threaded process without Qt: its workers are forked (ready at
    once) and find exactly what one pass finds; with another thread running, they are spawned."""
    import subprocess
    import sys

    home, con, _ = lib
    seq = _seq_of(con, "signoff", "news-2")
    con.execute("UPDATE audit_events SET actor = 'x' WHERE seq IN (?, ?)", (seq - 7, seq + 3))
    con.commit()
    _rearm(home)
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root))
    out = subprocess.run(
        [sys.executable, "-c", _FORKED_VERIFY, str(home)], capture_output=True, text=True, timeout=300, env=env
    )
    assert out.returncode == 0, out.stderr[-2000:]
    line = next(x for x in out.stdout.splitlines() if x.startswith("METHOD"))
    method, same, problems, with_thread = line.split()[1::2]
    assert (method, same, with_thread) == ("fork", "True", "spawn"), line
    assert int(problems) >= 2  # the two altered events at least
