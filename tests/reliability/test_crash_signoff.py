"""Crash during sign-off: a child signing clips one by one is killed with SIGKILL at random moments.

The child (``python -m tests.reliability.driver sign``) holds the home's test keyring (a file it
shares with this process, as a desk and ``reviewer verify`` share the OS keyring): the head's key,
enrolled with cheap test KDF parameters and certified by the station key, and the rollback
witness. It signs approve / changes / reject in turn, printing ``SIGNED <clip_id>
<record_sha256>`` after each commit. TRIALS kills are delivered (a run that finished before its
kill moment is checked too and counted as a trial, not as a kill).

After every kill, from the outside (the SQLite file read with the standard module, signatures
checked here, trust taken only from the station key known since the template was made):

- the station event names that station key and signed itself; every enrolment is signed by it
  and carries a certificate it issued for that key and ``head:``/``editor:`` principal;
- every sign-off the child reported is stored, its bytes hash to its recorded sha256 and its
  SSHSIG verifies over exactly those bytes under the namespace of its kind, with the enrolled
  key, carrying a certificate the station issued for it, for a role that may sign that kind; the
  newest reported one also passes ``ssh-keygen -Y verify`` against the station's published trust
  file (an independent reader);
- no partial record: every signoff row has its ``signoff`` audit event (same record sha256 and
  signature) and every ``signoff`` event its row; every signoff event is covered by a signed
  ``checkpoint`` event, which verifies the same way under the checkpoint namespace;
- ``PRAGMA integrity_check`` is ok (on the file exactly as the kill left it); the audit chain
  verifies; the keyring holds the station's and the head's keys, which open with their
  passphrases; the rollback witness names an event of the chain (it may lag: it is written after
  the commit) and never one beyond its end;
- no half-written checkpoint file: each ``checkpoints/checkpoint-*.json`` parses, has its
  ``.sig``, verifies, and its bytes are the payload of a checkpoint event in the chain (a file may
  be absent: the file is written after the commit);
- ``reviewer verify --files`` (the Verifier, with the witness) is clean; when it names the one
  thing a kill may leave — the newest checkpoint's file missing — ``reviewer verify
  --repair-checkpoints`` is run on the command line and verify must then be clean.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

from tests.reliability.checks import (
    SigningTemplate,
    copy_keyring,
    keyring_problems,
    library_problems,
    outside_trust,
    run_kill_lanes,
    signed_record_problems,
    signing_template,
    verify_and_repair,
    verify_problems,
)
from tests.reliability.conftest import DriverChild, count, new_clip
from tests.signoff_support import HEAD, PASSPHRASE, STATION_PASSPHRASE

CHECK = "crash during sign-off (SIGKILL)"
TRIALS = count("sign_kill_trials", 50, 1000)
LANES = max(1, min(2, os.cpu_count() or 1))
TRIALS_PER_HOME = 10
STARTUP_KILLS = 0.15
CLIPS = 4
SIGNINGS_PER_CHILD = 8  # the child goes round the clips; a decision on a decided clip is a new sign-off
PASSPHRASES = {HEAD[0]: PASSPHRASE, "station": STATION_PASSPHRASE}


def make_template(root: Path) -> SigningTemplate:
    """A home with CLIPS clips, the station, an enrolled head (cheap KDF) and headless signing allowed."""
    src = root / "template-src"
    for i in range(CLIPS):
        new_clip(src / f"tin-{i}.mp4")
    t = signing_template(root, [src])
    assert len(t.clip_ids) == CLIPS, t.clip_ids
    return t


def ssh_keygen_problems(home: Path, clip_id: str, sha: str, trust_file: Path) -> list[str]:
    """An independent reader: ``ssh-keygen -Y verify`` of one stored sign-off against the station's
    published trust file, under the namespace of its kind and the signer's certified identity."""
    import sqlite3

    from reviewer.core.trust import namespace_for

    con = sqlite3.connect(home / "reviewer.db", timeout=60)
    try:
        row = con.execute(
            "SELECT kind, record, signature, principal FROM signoffs WHERE record_sha256 = ?", (sha,)
        ).fetchone()
    finally:
        con.close()
    if row is None:
        return [f"sign-off {sha[:12]} of {clip_id} not stored"]
    kind, record, signature, principal = row
    sig = home.parent / f".{home.name}-{sha[:12]}.sig"
    sig.write_text(signature, encoding="ascii")
    try:
        r = subprocess.run(
            [
                "ssh-keygen",
                "-Y",
                "verify",
                "-f",
                str(trust_file),
                "-I",
                f"head:{principal}",
                "-n",
                namespace_for(kind),
                "-s",
                str(sig),
            ],
            input=bytes(record),
            capture_output=True,
            timeout=60,
        )
    finally:
        sig.unlink()
    if r.returncode != 0:
        return [
            f"ssh-keygen -Y verify refuses the sign-off of {clip_id}: {r.stderr.decode(errors='replace').strip()[:200]}"
        ]
    return []


def check_after_kill(
    home: Path, keyring_file: Path, t: SigningTemplate, reported: list[tuple[str, str]], trust_file: Path | None = None
) -> tuple[list[str], dict]:
    """Everything a kill (or a full disk) may not break, read from the outside, then ``reviewer
    verify`` (with its way out taken when it names one)."""
    problems, _ = library_problems(home)  # integrity_check first, then the next open: chain, files, temp
    trust = outside_trust(home / "reviewer.db", t.station_public_key)
    problems += trust.problems
    found, facts = signed_record_problems(home, reported, trust)
    problems += found
    found, kfacts = keyring_problems(keyring_file, trust, PASSPHRASES)
    problems += found
    facts.update(kfacts)
    if trust_file is not None and reported:
        problems += ssh_keygen_problems(home, *reported[-1], trust_file)
    problems += verify_and_repair(home, keyring_file, facts)
    facts["witness_behind"] = facts.get("witness") is not None and facts["witness"] < facts["newest_checkpoint_event"]
    return problems, facts


def calibrate(home: Path, keyring_file: Path, clip_ids: list[str]) -> tuple[float, float]:
    t0 = time.monotonic()
    child = DriverChild.start("sign", str(home), str(keyring_file), *clip_ids)
    assert child.ready.wait(120)
    t_ready = time.monotonic() - t0
    err = child.finish()
    assert child.proc.returncode == 0 and "DONE" in child.lines, err
    return t_ready, max(0.05, time.monotonic() - t0 - t_ready)


def one_trial(
    home: Path,
    keyring_file: Path,
    t: SigningTemplate,
    trust_file: Path,
    rng: random.Random,
    t_ready: float,
    t_work: float,
) -> tuple[list[str], dict]:
    clip_ids = t.clip_ids
    order = [clip_ids[(rng.randrange(len(clip_ids)) + k) % len(clip_ids)] for k in range(SIGNINGS_PER_CHILD)]
    child = DriverChild.start("sign", str(home), str(keyring_file), *order)
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
    signed = child.reported("SIGNED")
    found, facts = check_after_kill(home, keyring_file, t, signed, trust_file)
    problems += found
    facts.update(aim=aim, phase=phase, delay=delay, signed=len(signed))
    return problems, facts


def station_trust_file(home: Path, keyring_file: Path, to: Path) -> Path:
    """The station's published trust file (``reviewer station trust --out``), for ssh-keygen."""
    from tests.reliability.checks import driver_cli

    r = driver_cli(home, keyring_file, "station", "trust", "--out", str(to))
    assert r.returncode == 0, r.stderr
    return to


def test_sigkill_during_signoff_never_loses_or_half_writes_a_signoff(tmp_path, proof):
    t = make_template(tmp_path)
    trust_file = station_trust_file(t.home, t.keyring, tmp_path / "station_allowed_signers")
    cal_home = tmp_path / "calibration"
    shutil.copytree(t.home, cal_home)
    cal_keyring = copy_keyring(t.keyring, tmp_path / "calibration-keyring.json")
    t_ready, t_work = calibrate(cal_home, cal_keyring, t.clip_ids * 2)
    proof.note("child_seconds_to_ready", round(t_ready, 3))
    proof.note("child_seconds_signing_8", round(t_work, 3))
    problems, facts = check_after_kill(cal_home, cal_keyring, t, [])
    assert not problems and facts["signoffs"] == 2 * CLIPS and facts["witness"] == facts["newest_checkpoint_event"], (
        problems,
        facts,
    )
    assert not verify_problems(cal_home, cal_keyring)

    def trial(k: int, j: int, _n: int, rng: random.Random, work: float, state: dict) -> tuple[list[str], dict]:
        if j % TRIALS_PER_HOME == 0:
            state["home"] = tmp_path / f"lane{k}" / f"home{j // TRIALS_PER_HOME}"
            shutil.copytree(t.home, state["home"])
            state["keyring"] = copy_keyring(
                t.keyring, state["home"].parent / f"home{j // TRIALS_PER_HOME}-keyring.json"
            )
        return one_trial(state["home"], state["keyring"], t, trust_file, rng, t_ready, work)

    def tally(facts: dict) -> None:
        proof.tally("signoffs_reported_before_kill", "total", facts.get("signed", 0))
        proof.tally("checkpoint_tmp_files_left", "total", facts.get("tmp_files", 0))
        if facts.get("checkpoint_file_restored"):
            proof.tally("kills_between_commit_and_checkpoint_file_then_restored", "total")
        if facts.get("witness_behind"):
            proof.tally("kills_between_commit_and_witness_write (witness behind, allowed)", "total")
        if facts.get("witness_reset"):
            proof.tally("witness_reset_by_station_holder", "total")

    run_kill_lanes(proof, trials=TRIALS, lanes=LANES, t_work=t_work, seed="sign-kill-lane", trial=trial, tally=tally)
    proof.assert_clean()
