"""Crash during ingest: a child ingesting clips is killed with SIGKILL at random moments.

TRIALS kills are delivered (a run whose child finished before its kill moment is checked too and
counted as a trial, but does not count towards the kills).

After every kill, as a user would find the library on the next start: every clip the child had
reported committed is there; ``PRAGMA integrity_check`` is ok; the audit chain verifies; every
version's file, captions and thumbnail are whole; the media store holds no half-written file;
staging leftovers are gone after the next open and were never visible; ingesting the same items
again completes the rest (the clips already in are reported duplicates, nothing is doubled).
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import time
import zipfile
from pathlib import Path

from tests.reliability.checks import (
    library_problems,
    open_services,
    run_kill_lanes,
    snapshot,
    unreferenced_media,
)
from tests.reliability.conftest import (
    DriverChild,
    clip_package,
    clip_with_companions,
    count,
    new_clip,
)

CHECK = "crash during ingest (SIGKILL)"
TRIALS = count("kill_trials", 50, 1000)
LANES = max(1, min(2, os.cpu_count() or 1))
TRIALS_PER_HOME = 10  # the first kill of each home may land in its very first migration
STARTUP_KILLS = 0.15  # share of kills aimed at the start (opening, migrating, cleaning)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_items(folder: Path, tag: str, revises: str | None) -> tuple[list[Path], set[str], str]:
    """The items of one trial: clips with captions/post/metadata, a big clip, a package and a
    new version of the previous trial's clip. Returns (items, clip sha256s, id of clip 'a')."""
    folder.mkdir(parents=True)
    a_id = f"{tag}-a"
    items = [
        clip_with_companions(folder, "a", meta={"id": a_id, "title": f"Tin {tag}", "political": True}),
        clip_with_companions(folder, "b"),
        new_clip(folder / "c.mp4", seconds=4, width=640, height=360, audio=False),
        clip_package(folder / "pkg.zip", ["p1", "p2"]),
    ]
    if revises:
        items.append(clip_with_companions(folder / "rev", "r", meta={"revises": revises}))
    shas = set()
    for item in items:
        if item.suffix == ".zip":
            with zipfile.ZipFile(item) as zf:
                shas |= {_sha(zf.read(n)) for n in zf.namelist() if n.endswith(".mp4")}
        else:
            shas.add(_sha(item.read_bytes()))
    return items, shas, a_id


def calibrate(root: Path) -> tuple[float, float]:
    """(seconds to READY, seconds from READY to DONE) of one uninterrupted child."""
    items, _, _ = make_items(root / "src", "cal", None)
    t0 = time.monotonic()
    child = DriverChild.start("ingest", str(root / "home"), *map(str, items))
    assert child.ready.wait(120)
    t_ready = time.monotonic() - t0
    err = child.finish()
    t_done = time.monotonic() - t0
    assert child.proc.returncode == 0 and "DONE" in child.lines, err
    return t_ready, max(0.05, t_done - t_ready)


def one_trial(
    root: Path, home: Path, n: int, revises: str | None, rng: random.Random, t_ready: float, t_work: float
) -> tuple[list[str], dict, str | None]:
    """Kill one child at a random moment and check the library; returns (problems, facts, a_id)."""
    items, shas, a_id = make_items(root / f"src-{n}", f"t{n}", revises)
    child = DriverChild.start("ingest", str(home), *map(str, items))
    if rng.random() < STARTUP_KILLS:
        aim, delay = "startup", rng.uniform(0, t_ready)
    else:
        aim, delay = "ingest", rng.uniform(0, t_work)
        child.ready.wait(120)
    try:
        child.proc.wait(timeout=delay)  # returns early if the child already finished
    except subprocess.TimeoutExpired:
        os.kill(child.proc.pid, signal.SIGKILL)
    err = child.finish()
    phase = "finished" if "DONE" in child.lines else ("ingest" if "READY" in child.lines else "startup")
    problems: list[str] = []
    if child.proc.returncode not in (0, -signal.SIGKILL) or (err.strip() and child.proc.returncode == 0):
        problems.append(f"child failed on its own (exit {child.proc.returncode}): {err.strip()[-300:]}")

    found, leftovers = library_problems(home)  # the next open: integrity, chain, files, temp
    problems += found
    unreferenced = unreferenced_media(home)
    snap = snapshot(home / "reviewer.db")
    committed = child.reported("COMMITTED")
    for clip_id, sha in committed:
        if snap.versions.get(sha) != clip_id:
            problems.append(f"committed clip {clip_id} ({sha[:12]}) is missing after the crash")

    # Ingesting the same items again completes what the crash interrupted.
    services = open_services(home)
    try:
        results = services.ingest.ingest(items)
    finally:
        services.close()
    problems += [f"re-run rejected {r.path}: {r.reason}" for r in results if r.result == "rejected"]
    after = snapshot(home / "reviewer.db")
    missing = shas - after.versions.keys()
    if missing:
        problems.append(f"{len(missing)} clips still missing after the re-run")
    if revises and after.versions.get(next(iter(_shas_of(items[-1])))) != revises:
        problems.append("the new version did not land on the clip it revises")
    found, _ = library_problems(home)
    problems += [f"after re-run: {p}" for p in found]
    facts = {
        "aim": aim,
        "phase": phase,
        "delay": delay,
        "committed": len(committed),
        "leftovers": leftovers,
        "unreferenced": unreferenced,
    }
    return problems, facts, a_id


def _shas_of(video: Path) -> set[str]:
    return {_sha(video.read_bytes())}


def test_sigkill_during_ingest_never_loses_or_half_writes_a_clip(tmp_path, proof):
    t_ready, t_work = calibrate(tmp_path / "calibration")
    proof.note("child_seconds_to_ready", round(t_ready, 3))
    proof.note("child_seconds_ingesting", round(t_work, 3))

    def trial(k: int, j: int, n: int, rng: random.Random, work: float, state: dict) -> tuple[list[str], dict]:
        if j % TRIALS_PER_HOME == 0:
            state.update(home=tmp_path / f"lane{k}" / f"home{j // TRIALS_PER_HOME}", revises=None)
        problems, facts, state["revises"] = one_trial(
            tmp_path / f"lane{k}", state["home"], n, state["revises"], rng, t_ready, work
        )
        return problems, facts

    def tally(facts: dict) -> None:
        proof.tally("clips_committed_before_kill", "total", facts.get("committed", 0))
        proof.tally("staging_leftovers_cleaned_on_next_open", "total", facts.get("leftovers", 0))
        proof.tally("whole_unreferenced_store_files_after_kill", "total", facts.get("unreferenced", 0))

    run_kill_lanes(proof, trials=TRIALS, lanes=LANES, t_work=t_work, seed="kill-lane", trial=trial, tally=tally)
    proof.assert_clean()
