"""Concurrent desks on one home: two processes ingesting at once, also into a brand-new home.

No 'database is locked' (or any other error) reaches either user, every clip is in the library
once, and the audit chain stays linear (seq 1..n, each event linked to the one before) and
verifies. A third process reading the queue meanwhile always gets an answer.
"""

from __future__ import annotations

import json
import random
import subprocess
import time
from pathlib import Path

from tests.reliability.checks import library_problems, snapshot
from tests.reliability.conftest import (
    ROOT,
    child_env,
    clip_package,
    clip_with_companions,
    count,
    reviewer_cmd,
    user_error_problems,
)

CHECK = "concurrent desks on one home"
ROUNDS = count("concurrent_rounds", 4, 40)


def _sources(folder: Path, tag: str) -> Path:
    for i in range(4):
        clip_with_companions(
            folder, f"{tag}{i}", meta={"id": f"{tag}-{i}", "title": f"Tin {tag} {i}"} if i % 2 else None
        )
    clip_package(folder / f"{tag}.zip", [f"{tag}z0", f"{tag}z1"])
    return folder


def _start(home: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        reviewer_cmd(home, *args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env(), cwd=ROOT
    )


def _run_desks(home: Path, folders: list[Path], rng: random.Random) -> tuple[list[tuple[int, list, str]], list[str]]:
    """Start one ingesting desk per folder (random stagger) and a queue reader; collect results."""
    desks = []
    for folder in folders:
        desks.append(_start(home, "ingest", "--json", str(folder)))
        time.sleep(rng.uniform(0, 0.3))  # a random offset between the desks is the point of the trial
    reader_problems = []
    while any(d.poll() is None for d in desks):
        q = subprocess.run(
            reviewer_cmd(home, "queue", "--status", "all", "--json"),
            capture_output=True,
            text=True,
            env=child_env(),
            cwd=ROOT,
            timeout=120,
        )
        if q.returncode != 0 or user_error_problems(q.stderr):
            reader_problems.append(f"queue while ingesting failed: {q.stderr.strip()[:200]}")
    out = []
    for d in desks:
        stdout, stderr = d.communicate(timeout=300)
        try:
            rows = json.loads(stdout)
        except json.JSONDecodeError:
            rows = []
        out.append((d.returncode, rows, stderr))
    return out, reader_problems


def test_two_desks_ingesting_different_clips(tmp_path, proof):
    rng = random.Random()
    for n in range(ROUNDS):
        home = tmp_path / f"home{n}"  # fresh: both desks also race to create and migrate it
        folders = [_sources(tmp_path / f"src{n}" / t, f"r{n}{t}") for t in ("a", "b")]
        results, problems = _run_desks(home, folders, rng)
        for code, rows, stderr in results:
            problems += user_error_problems(stderr)
            if code != 0 or stderr.strip():
                problems.append(f"a desk failed (exit {code}): {stderr.strip()[:200]}")
            problems += [
                f"{r['path']}: {r['result']} {r['reason']}" for r in rows if r["result"] not in ("ingested", "attached")
            ]
        found, _ = library_problems(home)
        snap = snapshot(home / "reviewer.db")
        if len(snap.versions) != 12:
            found.append(f"{len(snap.versions)} of 12 clips in the library")
        if snap.events != len(snap.versions):
            found.append(f"{snap.events} audit events for {len(snap.versions)} ingests")
        proof.trial(problems + found, label=f"round {n}")
    proof.assert_clean()


def test_two_desks_ingesting_the_same_clips_keep_one_copy(tmp_path, proof):
    proof.check = CHECK
    rng = random.Random()
    for n in range(max(2, ROUNDS // 2)):
        home = tmp_path / f"home{n}"
        folder = _sources(tmp_path / f"src{n}", f"s{n}")
        results, problems = _run_desks(home, [folder, folder], rng)
        outcomes: dict[str, list[str]] = {}
        for code, rows, stderr in results:
            problems += user_error_problems(stderr)
            if code != 0:
                problems.append(f"a desk failed (exit {code}): {stderr.strip()[:200]}")
            for r in rows:
                outcomes.setdefault(r["path"], []).append(r["result"])
        for path, got in outcomes.items():
            # A clip's companion files (captions, post text, metadata) go with it, or are duplicates.
            first = "ingested" if Path(path).suffix.lower() == ".mp4" else "attached"
            if sorted(got) != sorted(["duplicate", first]):
                problems.append(f"{path}: {got} (one desk must take it, the other see a duplicate)")
        found, _ = library_problems(home)
        snap = snapshot(home / "reviewer.db")
        if len(snap.versions) != 6 or snap.events != 6:
            found.append(f"{len(snap.versions)} versions and {snap.events} events for 6 clips")
        proof.trial(problems + found, label=f"round {n}")
    proof.assert_clean()


def _watch_witness(keyring_file: Path, stop, seen: list[int]) -> None:
    """Poll the shared keyring file's rollback witness while the desks run (the file is replaced
    atomically, so every read is whole): the sequence of marks it held."""
    import base64

    from reviewer.core.witness import WitnessMark
    from reviewer.security.witness import WITNESS_SERVICE
    from tests.reliability.checks import keyring_entries

    while True:
        try:
            marks = [v for (svc, _u), v in keyring_entries(keyring_file).items() if svc == WITNESS_SERVICE]
        except (OSError, ValueError):
            marks = []
        for text in marks:
            seq = WitnessMark.parse(base64.b64decode(text)).seq
            if not seen or seen[-1] != seq:
                seen.append(seq)
        if stop.is_set():
            return
        time.sleep(0.01)  # polling an outside store: there is no signal to await


def test_two_desks_signing_while_a_third_ingests(tmp_path, proof):
    """Two desks sign different clips at once (approve / changes / reject in turn) while a third
    ingests new clips into the same home, all three sharing one keyring (the signers' keys and the
    rollback witness): every sign-off lands once and verifies with its certificate, nothing reaches
    a user, the chain stays linear (seq 1..n, each event linked to the one before) and verifies,
    and the witness only moves forward and ends naming an event of the chain."""
    import shutil
    import sys
    import threading

    from tests.reliability.checks import (
        copy_keyring,
        keyring_problems,
        outside_trust,
        signed_record_problems,
        verify_problems,
    )
    from tests.reliability.test_crash_signoff import PASSPHRASES, make_template

    proof.check = "concurrent desks signing on one home"
    t = make_template(tmp_path)
    clip_ids = t.clip_ids
    rng = random.Random()
    for n in range(count("concurrent_sign_rounds", 3, 30)):
        home = tmp_path / f"sign-home{n}"
        shutil.copytree(t.home, home)
        keyring_file = copy_keyring(t.keyring, tmp_path / f"sign-home{n}-keyring.json")
        src = tmp_path / f"sign-src{n}"
        for i in range(3):
            clip_with_companions(src, f"moi{n}-{i}")
        stop, marks = threading.Event(), []
        watcher = threading.Thread(target=_watch_witness, args=(keyring_file, stop, marks), daemon=True)
        watcher.start()
        lanes = [clip_ids[:2] * 3, clip_ids[2:] * 3]
        desks = []
        for lane in lanes:
            desks.append(
                subprocess.Popen(
                    [sys.executable, "-m", "tests.reliability.driver", "sign", str(home), str(keyring_file), *lane],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                    env=child_env(),
                    cwd=ROOT,
                )
            )
            time.sleep(rng.uniform(0, 0.2))
        ingest = _start(home, "ingest", "--json", str(src))
        problems, reported = [], []
        for d in desks:
            out, err = d.communicate(timeout=300)
            problems += user_error_problems(err)
            if d.returncode != 0 or err.strip() or "DONE" not in out:
                problems.append(f"a signing desk failed (exit {d.returncode}): {err.strip()[-300:]}")
            reported += [tuple(line.split()[1:3]) for line in out.splitlines() if line.startswith("SIGNED ")]
        out, err = ingest.communicate(timeout=300)
        stop.set()
        watcher.join(timeout=60)
        problems += user_error_problems(err)
        if ingest.returncode != 0:
            problems.append(f"the ingesting desk failed (exit {ingest.returncode}): {err.strip()[-300:]}")
        if len(reported) != sum(map(len, lanes)):
            problems.append(f"{len(reported)} of {sum(map(len, lanes))} sign-offs reported")
        found, _ = library_problems(home)
        problems += found
        trust = outside_trust(home / "reviewer.db", t.station_public_key)
        problems += trust.problems
        found, facts = signed_record_problems(home, reported, trust)
        problems += found
        found, kfacts = keyring_problems(keyring_file, trust, PASSPHRASES)
        problems += found
        problems += verify_problems(home, keyring_file)
        if facts["signoffs"] != len(reported):
            problems.append(f"{facts['signoffs']} sign-offs stored for {len(reported)} reported")
        backwards = [(a, b) for a, b in zip(marks, marks[1:]) if b < a]
        if backwards:
            problems.append(f"the rollback witness moved back: {backwards[:3]} (marks seen {marks[:12]})")
        if kfacts["witness"] is None:
            problems.append("no rollback witness after the signings")
        elif kfacts["witness"] < facts["newest_checkpoint_event"]:
            proof.tally("rounds_ending_with_the_witness_behind_the_newest_checkpoint", "total")
        snap = snapshot(home / "reviewer.db")
        if len(snap.versions) != len(clip_ids) + 3:
            problems.append(f"{len(snap.versions)} of {len(clip_ids) + 3} clips in the library")
        proof.trial(problems, label=f"round {n}")
        proof.tally("signoffs", "total", len(reported))
        proof.tally("witness_marks_seen", "total", len(marks))
    proof.assert_clean()


def test_two_desks_advancing_the_witness_at_once_never_move_it_back(tmp_path, proof):
    """The rollback witness is read, compared and written outside the database. Two desks on one
    home advancing it at the same moment, forced into the worst order — desk A has read the old
    mark and is about to write seq 20 when desk B writes seq 22 — must leave it at 22: a witness
    moved back would let a rollback to seq 21 pass ``reviewer verify``."""
    import threading

    from reviewer.core.audit import AuditEvent
    from tests.reliability.checks import open_signing_services, signing_template

    proof.check = "concurrent desks signing on one home"
    t = signing_template(tmp_path, [], enrol=False)
    a = open_signing_services(t.home, t.keyring)
    b = open_signing_services(t.home, t.keyring)
    try:
        station = a.station.station()

        def event(seq: int) -> AuditEvent:
            return AuditEvent(seq, "2026-11-29T00:00:00Z", "test", "checkpoint", b"{}", "0" * 64, format(seq, "064x"))

        gate, a_read = threading.Event(), threading.Event()
        store = a.station.witness.store
        read, write = store.read, store.write

        def read_then_wait(library_id):
            value = read(library_id)
            a_read.set()
            return value

        def held_write(library_id, data):
            gate.wait(30)  # desk A stalls between its read and its write
            write(library_id, data)

        store.read, store.write = read_then_wait, held_write
        desk_a = threading.Thread(target=a.station.note, args=(station, event(20)))
        desk_a.start()
        assert a_read.wait(30)
        desk_b = threading.Thread(target=b.station.note, args=(station, event(22)))
        desk_b.start()
        desk_b.join(timeout=1)  # B either finished (no lock: the race is open) or waits on A's lock
        gate.set()
        desk_a.join(timeout=60)
        desk_b.join(timeout=60)
        final = b.station.witness.read(station.library_id).seq
    finally:
        a.close()
        b.close()
    proof.trial(
        [] if final == 22 else [f"the witness moved back to seq {final} after seq 22 was written"],
        label="witness advanced by two desks at once, worst order",
    )
    proof.assert_clean()
