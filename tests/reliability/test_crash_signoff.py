"""Crash during sign-off: a child signing clips one by one is killed with SIGKILL at random moments.

The child (``python -m tests.reliability.driver sign``) holds the head's encrypted key in an
in-memory keyring filled from a file this test wrote (the key was enrolled with cheap test KDF
parameters, recorded in the blob), and signs approve / changes / reject in turn, printing
``SIGNED <clip_id> <record_sha256>`` after each commit. TRIALS kills are delivered (a run that
finished before its kill moment is checked too and counted as a trial, not as a kill).

After every kill, from the outside (the SQLite file read with the standard module, signatures
checked with the public keys stored in it):

- every sign-off the child reported is stored, its bytes hash to its recorded sha256 and its
  SSHSIG signature verifies over exactly those bytes;
- no partial record: every signoff row has its ``signoff`` audit event (same record sha256) and
  every ``signoff`` event its row; every signoff event is covered by a signed ``checkpoint`` event;
- ``PRAGMA integrity_check`` is ok (on the file exactly as the kill left it); the audit chain
  verifies (``verify_chain``, as ``reviewer verify`` does) and every signature in it verifies
  (``Verifier.verify``);
- no half-written checkpoint file: each ``checkpoints/checkpoint-*.json`` parses, has its
  ``.sig``, the signature verifies, and its bytes are the payload of a checkpoint event in the
  chain (a file may be absent: the file is written after the commit).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import keyring

from reviewer.core import audit as core_audit
from reviewer.core.record import record_sha256
from reviewer.core.signoff import checkpoint_namespace
from reviewer.security import keys, signer
from reviewer.security.signer import SshCrypto
from tests.memory_keyring import MemoryKeyring
from tests.reliability.checks import library_problems, open_services, run_kill_lanes
from tests.reliability.conftest import DriverChild, count, new_clip
from tests.signoff_support import HEAD, PASSPHRASE

CHECK = "crash during sign-off (SIGKILL)"
TRIALS = count("sign_kill_trials", 50, 1000)
LANES = max(1, min(2, os.cpu_count() or 1))
TRIALS_PER_HOME = 10
STARTUP_KILLS = 0.15
CLIPS = 4
SIGNINGS_PER_CHILD = 8  # the child goes round the clips; a decision on a decided clip is a new sign-off


def make_template(root: Path) -> tuple[Path, Path, list[str], str]:
    """A home with CLIPS clips, an enrolled head (cheap KDF) and headless signing allowed.

    Returns (home, secrets file for the child, clip ids, signature namespace)."""
    from reviewer.app import build_services

    home = root / "template"
    src = root / "template-src"
    for i in range(CLIPS):
        new_clip(src / f"tin-{i}.mp4")
    previous_backend, previous_kdf = keyring.get_keyring(), signer.NEW_KEY_KDF
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    signer.NEW_KEY_KDF = keys.KdfParams.for_tests()
    try:
        services = build_services(str(home), None)
        try:
            results = services.ingest.ingest([src])
            clip_ids = sorted(r.clip_id for r in results if r.result == "ingested")
            assert len(clip_ids) == CLIPS, [(r.result, r.reason) for r in results]
            principal, name, title, role = HEAD
            services.signoff.init_key(principal=principal, name=name, title=title, role=role, passphrase=PASSPHRASE)
            services.signing.set_policy("require_full_view", False, actor="test")
            namespace = services.signoff.namespace
        finally:
            services.close()
    finally:
        keyring.set_keyring(previous_backend)
        signer.NEW_KEY_KDF = previous_kdf
    secrets = root / "child-keyring.json"
    secrets.write_text(json.dumps({"keyring": [[s, u, p] for (s, u), p in backend.passwords.items()],
                                   "principal": HEAD[0], "passphrase": PASSPHRASE}), encoding="utf-8")
    return home, secrets, clip_ids, namespace


def signoff_problems(home: Path, reported: list[tuple[str, str]], namespace: str) -> tuple[list[str], dict]:
    """Rows, events, signatures and checkpoint files, read from the outside (see the docstring)."""
    problems: list[str] = []
    crypto = SshCrypto()
    con = sqlite3.connect(home / "reviewer.db", timeout=60)
    try:
        rows = con.execute("SELECT id, clip_id, record, record_sha256, signature, fingerprint, audit_seq "
                           "FROM signoffs").fetchall()
        events = {seq: (kind, json.loads(bytes(payload)), bytes(payload), sig) for seq, kind, payload, sig in
                  con.execute("SELECT seq, kind, payload, signature FROM audit_events "
                              "WHERE kind IN ('signoff', 'revocation', 'checkpoint')")}
        public = dict(con.execute("SELECT fingerprint, public_key FROM signing_keys"))
    finally:
        con.close()
    by_sha = {}
    for sid, clip_id, record, sha, sig, fp, seq in rows:
        record = bytes(record)
        by_sha[sha] = clip_id
        if record_sha256(record) != sha:
            problems.append(f"signoff #{sid}: stored bytes do not hash to its record_sha256")
        verdict = crypto.verify(sig or "", record, namespace, public.get(fp, "")) if fp in public else "unknown key"
        if verdict:
            problems.append(f"signoff #{sid}: signature does not verify over the stored bytes ({verdict})")
        ev = events.get(seq)
        if ev is None or ev[0] != core_audit.SIGNOFF:
            problems.append(f"signoff #{sid}: its audit event seq {seq} is missing")
        elif ev[1].get("record_sha256") != sha or ev[1].get("clip_id") != clip_id:
            problems.append(f"signoff #{sid}: audit event seq {seq} names another record")
    row_seqs = {r[6] for r in rows}
    checkpointed = {p.get("seq") for kind, p, _raw, _sig in events.values() if kind == core_audit.CHECKPOINT}
    for seq, (kind, payload, _raw, _sig) in events.items():
        if kind == core_audit.SIGNOFF:
            if seq not in row_seqs:
                problems.append(f"audit seq {seq}: a signoff event without its signed record")
            if seq not in checkpointed:
                problems.append(f"audit seq {seq}: a signoff event no checkpoint event covers")
    for clip_id, sha in reported:
        if by_sha.get(sha) != clip_id:
            problems.append(f"reported sign-off of {clip_id} ({sha[:12]}) is missing after the kill")

    # Checkpoint files: whole, signed, and naming a checkpoint of the chain; or absent.
    cp_payloads = {raw for kind, _p, raw, _sig in events.values() if kind == core_audit.CHECKPOINT}
    folder = home / "checkpoints"
    files = sorted(folder.glob("checkpoint-*.json")) if folder.is_dir() else []
    for f in files:
        data = f.read_bytes()
        try:
            cp = core_audit.parse_checkpoint(data)
        except Exception as exc:  # noqa: BLE001 - any failure to parse is a half-written file
            problems.append(f"{f.name}: does not parse ({exc})")
            continue
        sig_path = f.with_name(f.name + ".sig")
        if not sig_path.is_file():
            problems.append(f"{f.name}: no .sig beside it")
            continue
        verdict = crypto.verify(sig_path.read_text(encoding="ascii"), data, checkpoint_namespace(namespace),
                                public.get(cp.key_fingerprint, ""))
        if verdict:
            problems.append(f"{f.name}: signature does not verify ({verdict})")
        if data not in cp_payloads:
            problems.append(f"{f.name}: names no checkpoint of the chain")
    newest_event = max((p.get("seq", 0) for kind, p, _r, _s in events.values() if kind == core_audit.CHECKPOINT),
                       default=0)
    newest_file = max((int(f.stem.split("-")[1]) for f in files), default=0)
    facts = {"signoffs": len(rows), "checkpoint_files": len(files),
             "checkpoint_file_missing": newest_event > newest_file,
             "tmp_files": len(list(folder.glob(".*.tmp"))) if folder.is_dir() else 0}
    return problems, facts


def verifier_problems(home: Path) -> list[str]:
    """``reviewer verify --files`` in-process: every signature, the chain, the checkpoint file."""
    services = open_services(home)
    try:
        report = services.verifier.verify(check_files=True)
        return [f"verify: {p}" for p in report.problems]
    finally:
        services.close()


def repair_checkpoints(home: Path) -> Path | None:
    """What ``reviewer verify --repair-checkpoints`` (and the desk on opening) does first."""
    services = open_services(home)
    try:
        return services.signoff.restore_checkpoint_file()
    finally:
        services.close()


def calibrate(home: Path, secrets: Path, clip_ids: list[str]) -> tuple[float, float]:
    t0 = time.monotonic()
    child = DriverChild.start("sign", str(home), str(secrets), *clip_ids)
    assert child.ready.wait(120)
    t_ready = time.monotonic() - t0
    err = child.finish()
    assert child.proc.returncode == 0 and "DONE" in child.lines, err
    return t_ready, max(0.05, time.monotonic() - t0 - t_ready)


def one_trial(home: Path, secrets: Path, clip_ids: list[str], namespace: str, rng: random.Random,
              t_ready: float, t_work: float) -> tuple[list[str], dict]:
    order = [clip_ids[(rng.randrange(len(clip_ids)) + k) % len(clip_ids)] for k in range(SIGNINGS_PER_CHILD)]
    child = DriverChild.start("sign", str(home), str(secrets), *order)
    if rng.random() < STARTUP_KILLS:
        aim, delay = "startup", rng.uniform(0, t_ready)
    else:
        aim, delay = "signing", rng.uniform(0, t_work)
        child.ready.wait(120)
    try:
        child.proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        os.kill(child.proc.pid, signal.SIGKILL)
    err = child.finish()
    phase = "finished" if "DONE" in child.lines else ("signing" if "READY" in child.lines else "startup")
    problems: list[str] = []
    if child.proc.returncode not in (0, -signal.SIGKILL) or (err.strip() and child.proc.returncode == 0):
        problems.append(f"child failed on its own (exit {child.proc.returncode}): {err.strip()[-300:]}")
    found, _ = library_problems(home)  # integrity_check first, then the next open: chain, files, temp
    problems += found
    signed = child.reported("SIGNED")
    found, facts = signoff_problems(home, signed, namespace)
    problems += found
    verify = verifier_problems(home)
    # The checkpoint file is written just after the commit: a kill in between leaves the newest
    # checkpoint without its file. ``reviewer verify`` must say so, the repair (which the next
    # desk also runs on opening) must write it again, and verify must then be clean.
    missing_file = [p for p in verify if "has no valid file" in p]
    if facts["checkpoint_file_missing"]:
        if not missing_file:
            problems.append("the newest checkpoint file is missing and verify did not report it")
        restored = repair_checkpoints(home)
        if restored is None:
            problems.append("the missing checkpoint file was not restored from the chain")
        facts["checkpoint_file_restored"] = restored is not None
        verify = verifier_problems(home)
    problems += verify
    facts.update(aim=aim, phase=phase, delay=delay, signed=len(signed))
    return problems, facts


def test_sigkill_during_signoff_never_loses_or_half_writes_a_signoff(tmp_path, proof):
    template, secrets, clip_ids, namespace = make_template(tmp_path)
    cal_home = tmp_path / "calibration"
    shutil.copytree(template, cal_home)
    t_ready, t_work = calibrate(cal_home, secrets, clip_ids * 2)
    proof.note("child_seconds_to_ready", round(t_ready, 3))
    proof.note("child_seconds_signing_8", round(t_work, 3))
    problems, _ = signoff_problems(cal_home, [], namespace)
    assert not problems and not verifier_problems(cal_home), problems

    def trial(k: int, j: int, _n: int, rng: random.Random, work: float, state: dict) -> tuple[list[str], dict]:
        if j % TRIALS_PER_HOME == 0:
            state["home"] = tmp_path / f"lane{k}" / f"home{j // TRIALS_PER_HOME}"
            shutil.copytree(template, state["home"])
        return one_trial(state["home"], secrets, clip_ids, namespace, rng, t_ready, work)

    def tally(facts: dict) -> None:
        proof.tally("signoffs_reported_before_kill", "total", facts.get("signed", 0))
        proof.tally("checkpoint_tmp_files_left", "total", facts.get("tmp_files", 0))
        if facts.get("checkpoint_file_restored"):
            proof.tally("kills_between_commit_and_checkpoint_file_then_restored", "total")

    run_kill_lanes(proof, trials=TRIALS, lanes=LANES, t_work=t_work, seed="sign-kill-lane", trial=trial, tally=tally)
    proof.assert_clean()
