"""Crash during the station's own steps: ``station init``, enrolment (``keys init``) and export.

Two kinds of child (``python -m tests.reliability.driver``), each holding the home's test keyring
(a file shared with this process, as the OS keyring is shared between a desk and ``reviewer
verify``), killed with SIGKILL at random moments:

``enrol``
    creates the station key when the library has none, then enrols signers one by one (each a new
    key certified by the station key; the station passphrase opens it every time), printing each
    commit. After every kill, from the outside (``sqlite3``, the keyring file, the signatures
    checked here): the library names at most one station and it signed itself; every enrolment is
    signed by the station key and carries a certificate it issued for that key and principal;
    **the keyring and the library agree** — the station key and every key the library names is in
    the keyring and opens with its passphrase (a key made but killed before the library recorded
    it stays in the keyring as an orphan, encrypted: counted); every station or key the child
    reported is there; the rollback witness never names an event the chain lacks; ``reviewer
    verify`` is clean, or names the one thing such a kill leaves (the station recorded but the
    witness never written) with its way out, ``reviewer station witness --reset``, which is then
    run, and verify must be clean. The next child on the same home must carry on (its enrolments
    need the station key), and each home ends with one that must finish.

``export``
    writes the approval package of a signed clip into new folders one after the other (verify,
    unlock the exporter's key, files, SHA256SUMS signed, export event and checkpoint). After every
    kill: **no package without its audit event** — every folder (and every leftover staging folder)
    that passes ``verify-package`` against the station's trust file is named, with the hash of its
    SHA256SUMS, by an ``export`` event of the chain; every package the child reported is there and
    verifies; the chain, its signatures and checkpoints hold as in the sign-off trial, and
    ``reviewer verify`` is clean after the way out it names.
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

from tests.reliability.checks import (
    copy_keyring,
    driver_cli,
    keyring_problems,
    library_problems,
    outside_trust,
    run_kill_lanes,
    signed_record_problems,
    signing_template,
    verify_and_repair,
)
from tests.reliability.conftest import DriverChild, clip_with_companions, count
from tests.signoff_support import HEAD, PASSPHRASE, STATION_PASSPHRASE

CHECK = "crash during station init and enrolment (SIGKILL)"
ENROL_TRIALS = count("enrol_kill_trials", 30, 500)
EXPORT_TRIALS = count("export_kill_trials", 30, 500)
LANES = max(1, min(2, os.cpu_count() or 1))
TRIALS_PER_HOME = 5
STARTUP_KILLS = 0.15
ENROLMENTS_PER_CHILD = 3
EXPORTS_PER_CHILD = 2


def _kill_at(child: DriverChild, rng: random.Random, t_ready: float, t_work: float) -> tuple[str, float]:
    if rng.random() < STARTUP_KILLS:
        aim, delay = "startup", rng.uniform(0, t_ready)
    else:
        # A little past the calibrated length: some runs finish, which keeps the lane's estimate
        # of the working time honest (run_kill_lanes shrinks it then), and the last commit is hit too.
        aim, delay = "work", rng.uniform(0, 1.3 * t_work)
        child.ready.wait(120)
    try:
        child.proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        os.kill(child.proc.pid, signal.SIGKILL)
    return aim, delay


def _child_failed(child: DriverChild, err: str) -> list[str]:
    if child.proc.returncode not in (0, -signal.SIGKILL) or (err.strip() and child.proc.returncode == 0):
        return [f"child failed on its own (exit {child.proc.returncode}): {err.strip()[-300:]}"]
    return []


def _calibrate(*args: str) -> tuple[float, float, DriverChild]:
    t0 = time.monotonic()
    child = DriverChild.start(*args)
    assert child.ready.wait(120)
    t_ready = time.monotonic() - t0
    err = child.finish()
    assert child.proc.returncode == 0 and "DONE" in child.lines, err
    return t_ready, max(0.05, time.monotonic() - t0 - t_ready), child


# -- station init and enrolment ---------------------------------------------------------------
def enrolment_problems(home: Path, keyring_file: Path, child: DriverChild | None) -> tuple[list[str], dict]:
    """The checks after a kill during ``station init`` / ``keys init`` (see the module docstring)."""
    problems, _ = library_problems(home)
    trust = outside_trust(home / "reviewer.db", None)
    problems += trust.problems
    passphrases = {"station": STATION_PASSPHRASE} | {k["principal"]: PASSPHRASE for k in trust.keys.values()}
    found, facts = keyring_problems(keyring_file, trust, passphrases)
    problems += found
    if child is not None:
        for fp, _seq in child.reported("STATION"):
            if trust.station_fp != fp:
                problems.append(f"the child reported station {fp} but the library names {trust.station_fp}")
        for principal, fp in child.reported("ENROLLED"):
            if trust.keys.get(fp, {}).get("principal") != principal:
                problems.append(f"the child reported {principal}'s key {fp} enrolled but the library does not name it")
    facts["checkpoint_file_missing"] = False
    problems += verify_and_repair(home, keyring_file, facts)
    facts["station"] = trust.station_fp is not None
    facts["keys"] = len(trust.keys)
    return problems, facts


def test_sigkill_during_station_init_and_enrolment(tmp_path, proof):
    src = tmp_path / "src"
    clip_with_companions(src, "tin", meta={"id": "tin", "title": "Tin", "political": True})
    t = signing_template(tmp_path, [src], station=False, enrol=False)
    cal_home = tmp_path / "calibration"
    shutil.copytree(t.home, cal_home)
    cal_keyring = copy_keyring(t.keyring, tmp_path / "calibration-keyring.json")
    t_ready, t_work, child = _calibrate("enrol", str(cal_home), str(cal_keyring), "cal", str(ENROLMENTS_PER_CHILD))
    problems, facts = enrolment_problems(cal_home, cal_keyring, child)
    assert not problems and facts["keys"] == ENROLMENTS_PER_CHILD and facts["orphan_keys"] == 0, (problems, facts)
    # The instrument: a witness lost from the keyring (what a kill between the station's commit and
    # the witness write leaves) is reported by verify and repaired by its way out.
    entries = json.loads(cal_keyring.read_text(encoding="utf-8"))
    entries["keyring"] = [e for e in entries["keyring"] if e[0] != "reviewer-witness"]
    cal_keyring.write_text(json.dumps(entries), encoding="utf-8")
    problems, facts = enrolment_problems(cal_home, cal_keyring, None)
    assert not problems and facts.get("witness_reset"), (problems, facts)
    proof.note("child_seconds_to_ready", round(t_ready, 3))
    proof.note("child_seconds_station_init_and_3_enrolments", round(t_work, 3))

    def trial(k: int, j: int, n: int, rng: random.Random, work: float, state: dict) -> tuple[list[str], dict]:
        if j % TRIALS_PER_HOME == 0:
            name = f"home{j // TRIALS_PER_HOME}"
            state["home"] = tmp_path / f"enrol-lane{k}" / name
            shutil.copytree(t.home, state["home"])
            state["keyring"] = copy_keyring(t.keyring, state["home"].parent / f"{name}-keyring.json")
        home, keyring_file = state["home"], state["keyring"]
        child = DriverChild.start("enrol", str(home), str(keyring_file), f"t{n}", str(ENROLMENTS_PER_CHILD))
        aim, delay = _kill_at(child, rng, t_ready, work)
        err = child.finish()
        phase = "finished" if "DONE" in child.lines else ("work" if "READY" in child.lines else "startup")
        problems = _child_failed(child, err)
        found, facts = enrolment_problems(home, keyring_file, child)
        problems += found
        if j % TRIALS_PER_HOME == TRIALS_PER_HOME - 1:
            # Whatever the kills left, the next enrolment on this library works.
            last = DriverChild.start("enrol", str(home), str(keyring_file), f"t{n}-next", "1")
            err = last.finish()
            if last.proc.returncode != 0 or "DONE" not in last.lines:
                problems.append(f"the next enrolment after the kills failed: {err.strip()[-300:]}")
            else:
                found, _ = enrolment_problems(home, keyring_file, last)
                problems += found
        # Orphans are counted once each: those this kill added to the home's keyring.
        facts["new_orphan_keys"] = (
            facts["orphan_keys"] - state.get("orphans", 0) if j % TRIALS_PER_HOME else facts["orphan_keys"]
        )
        state["orphans"] = facts["orphan_keys"]
        facts.update(
            aim=aim,
            phase=phase,
            delay=delay,
            enrolled=len(child.reported("ENROLLED")),
            station_made=bool(child.reported("STATION")),
        )
        return problems, facts

    def tally(facts: dict) -> None:
        proof.tally("enrolments_reported_before_kill", "total", facts.get("enrolled", 0))
        if facts.get("station_made"):
            proof.tally("station_inits_reported_before_kill", "total")
        if facts.get("witness_reset"):
            proof.tally("killed_after_station_commit_before_witness_then_reset", "total")
        proof.tally(
            "orphan_keys_left_in_keyring (made, killed before the library recorded them)",
            "total",
            facts.get("new_orphan_keys", 0),
        )

    run_kill_lanes(
        proof, trials=ENROL_TRIALS, lanes=LANES, t_work=t_work, seed="enrol-kill-lane", trial=trial, tally=tally
    )
    proof.assert_clean()


# -- export -----------------------------------------------------------------------------------
def _export_events(home: Path) -> list[dict]:
    con = sqlite3.connect(home / "reviewer.db", timeout=60)
    try:
        return [json.loads(bytes(p)) for (p,) in con.execute("SELECT payload FROM audit_events WHERE kind = 'export'")]
    finally:
        con.close()


def package_problems(
    home: Path, out_root: Path, trust_lines, reported: list[tuple[str, str]]
) -> tuple[list[str], dict]:
    """No package without its audit event; every reported package there and verifying."""
    from reviewer.core.canonical import sha256_file
    from reviewer.core.package import verify_package
    from reviewer.security.signer import SshCrypto

    crypto = SshCrypto()
    problems: list[str] = []
    events = _export_events(home)
    audited = {(e.get("destination"), e.get("sha256sums_sha256")) for e in events}
    audited_sums = {e.get("sha256sums_sha256") for e in events}
    facts = {"packages": 0, "staging_left": 0, "valid_staging_left": 0, "events_without_package": 0}
    folders = sorted(p for p in out_root.iterdir()) if out_root.is_dir() else []
    for folder in folders:
        staging = folder.name.startswith(".")
        report = verify_package(folder, crypto, trust=trust_lines)
        sums = folder / "SHA256SUMS"
        digest = sha256_file(sums) if sums.is_file() else None
        if staging:
            facts["staging_left"] += 1
            if report.ok:
                facts["valid_staging_left"] += 1
                if digest not in audited_sums:
                    problems.append(
                        f"{folder.name}: a leftover staging folder holds a package that verifies "
                        "but no export event names it"
                    )
            continue
        facts["packages"] += 1
        if not report.ok:
            problems.append(f"{folder.name}: a package folder that does not verify: {report.problems[:2]}")
        if (str(folder), digest) not in audited:
            problems.append(f"{folder.name}: a package folder without its export audit event")
    for destination, _sums in audited:
        if not Path(destination).exists():
            facts["events_without_package"] += 1
    for folder, _files in reported:
        if not Path(folder).is_dir():
            problems.append(f"reported export {Path(folder).name} is missing")
    return problems, facts


def test_sigkill_during_export(tmp_path, proof):
    from reviewer.core.package import parse_trust_file
    from reviewer.security.signer import SshCrypto

    proof.check = "crash during export (SIGKILL)"
    src = tmp_path / "src"
    clip_with_companions(src, "tin", meta={"id": "tin", "title": "Tin", "political": True})
    t = signing_template(tmp_path, [src])
    r = driver_cli(
        t.home,
        t.keyring,
        "sign",
        "tin",
        "--decision",
        "approve",
        "--checklist",
        str(t.answers),
        "--principal",
        HEAD[0],
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert r.returncode == 0, r.stderr
    trust_file = tmp_path / "station_allowed_signers"
    r = driver_cli(t.home, t.keyring, "station", "trust", "--out", str(trust_file))
    assert r.returncode == 0, r.stderr
    trust_lines = parse_trust_file(trust_file.read_text(encoding="utf-8"), SshCrypto())

    def after(home: Path, keyring_file: Path, out_root: Path, child: DriverChild | None) -> tuple[list[str], dict]:
        problems, _ = library_problems(home)
        trust = outside_trust(home / "reviewer.db", t.station_public_key)
        problems += trust.problems
        found, facts = signed_record_problems(home, [], trust)
        problems += found
        found, kfacts = keyring_problems(keyring_file, trust, {HEAD[0]: PASSPHRASE, "station": STATION_PASSPHRASE})
        problems += found
        facts.update(kfacts)
        found, pfacts = package_problems(home, out_root, trust_lines, child.reported("EXPORTED") if child else [])
        problems += found
        facts.update(pfacts)
        problems += verify_and_repair(home, keyring_file, facts)
        return problems, facts

    cal_home = tmp_path / "calibration"
    shutil.copytree(t.home, cal_home)
    cal_keyring = copy_keyring(t.keyring, tmp_path / "calibration-keyring.json")
    outs = [str(tmp_path / "cal-out" / f"p{i}") for i in range(EXPORTS_PER_CHILD)]
    t_ready, t_work, child = _calibrate("export", str(cal_home), str(cal_keyring), "tin", *outs)
    problems, facts = after(cal_home, cal_keyring, tmp_path / "cal-out", child)
    assert not problems and facts["packages"] == EXPORTS_PER_CHILD, (problems, facts)
    # The instrument: a package folder that no export event names is found.
    shutil.copytree(tmp_path / "cal-out" / "p0", tmp_path / "cal-out" / "copy")
    found, _ = package_problems(cal_home, tmp_path / "cal-out", trust_lines, [])
    assert any("copy: a package folder without its export audit event" in p for p in found), found
    proof.note("child_seconds_to_ready", round(t_ready, 3))
    proof.note("child_seconds_exporting_2", round(t_work, 3))

    def trial(k: int, j: int, n: int, rng: random.Random, work: float, state: dict) -> tuple[list[str], dict]:
        if j % TRIALS_PER_HOME == 0:
            name = f"home{j // TRIALS_PER_HOME}"
            state["home"] = tmp_path / f"export-lane{k}" / name
            shutil.copytree(t.home, state["home"])
            state["keyring"] = copy_keyring(t.keyring, state["home"].parent / f"{name}-keyring.json")
        home, keyring_file = state["home"], state["keyring"]
        out_root = home.parent / f"out{n}"
        out_root.mkdir()
        folders = [str(out_root / f"p{i}") for i in range(EXPORTS_PER_CHILD)]
        child = DriverChild.start("export", str(home), str(keyring_file), "tin", *folders)
        aim, delay = _kill_at(child, rng, t_ready, work)
        err = child.finish()
        phase = "finished" if "DONE" in child.lines else ("work" if "READY" in child.lines else "startup")
        problems = _child_failed(child, err)
        found, facts = after(home, keyring_file, out_root, child)
        problems += found
        facts.update(aim=aim, phase=phase, delay=delay, exported=len(child.reported("EXPORTED")))
        return problems, facts

    def tally(facts: dict) -> None:
        proof.tally("exports_reported_before_kill", "total", facts.get("exported", 0))
        for key in ("staging_left", "valid_staging_left", "events_without_package"):
            proof.tally(key, "total", facts.get(key, 0))
        if facts.get("checkpoint_file_restored"):
            proof.tally("kills_between_commit_and_checkpoint_file_then_restored", "total")

    run_kill_lanes(
        proof, trials=EXPORT_TRIALS, lanes=LANES, t_work=t_work, seed="export-kill-lane", trial=trial, tally=tally
    )
    proof.assert_clean()
