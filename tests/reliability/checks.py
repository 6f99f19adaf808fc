"""What "the library is consistent" means, checked from the outside after every trial.

The checks read the SQLite file with the standard ``sqlite3`` module and hash the files on disk
themselves, so a bug in the library code cannot hide behind itself; only the audit chain goes
through ``Library.audit_events()`` and ``verify_chain``, as ``reviewer verify`` does.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import sqlite3
import stat
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

# build_services runs Alembic, whose context is module-global: one opener at a time per process.
_OPEN_LOCK = threading.Lock()

_SHA_NAME = re.compile(r"^([0-9a-f]{64})(\.[A-Za-z0-9]+)?$")
TEMP_PATTERNS = (("tmp", "stage-*"), ("tmp", "pkg-*"), ("thumbs", ".thumb-*"))


def sha256_file(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def temp_leftovers(home: Path) -> list[Path]:
    """Staged files, unpacked packages and half-written thumbnails present in the home."""
    found: list[Path] = []
    for sub, pattern in TEMP_PATTERNS:
        found.extend(sorted((home / sub).glob(pattern)))
    return found


def open_services(home: Path):
    """Open the library the way the desk does (migrations, stale temp cleaning); caller closes."""
    from reviewer.app import build_services

    with _OPEN_LOCK:
        return build_services(str(home), None)


def integrity(db_file: Path) -> str:
    """``PRAGMA integrity_check`` of the SQLite file, read with the standard module."""
    con = sqlite3.connect(db_file, timeout=60)
    try:
        rows = con.execute("PRAGMA integrity_check").fetchall()
    finally:
        con.close()
    return "; ".join(str(r[0]) for r in rows)


@dataclass
class Snapshot:
    """What a user could see of the library: versions (sha -> clip id) and clips."""

    versions: dict[str, str] = field(default_factory=dict)
    clips: set[str] = field(default_factory=set)
    events: int = 0


def snapshot(db_file: Path) -> Snapshot:
    """Read the versions, clips and audit length straight from the database file."""
    snap = Snapshot()
    if not db_file.exists():
        return snap
    con = sqlite3.connect(db_file, timeout=60)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "clip_versions" not in tables:
            return snap
        snap.versions = dict(con.execute("SELECT sha256, clip_id FROM clip_versions"))
        snap.clips = {r[0] for r in con.execute("SELECT id FROM clips")}
        snap.events = con.execute("SELECT count(*) FROM audit_events").fetchone()[0]
    finally:
        con.close()
    return snap


def data_problems(home: Path) -> list[str]:
    """Everything wrong between the database rows, the audit events and the files on disk."""
    problems: list[str] = []
    db_file = home / "reviewer.db"
    con = sqlite3.connect(db_file, timeout=60)
    try:
        versions = con.execute(
            "SELECT id, clip_id, number, sha256, size, store_path, thumbnail_path FROM clip_versions"
        ).fetchall()
        clips = con.execute("SELECT id, current_version, current_sha256 FROM clips").fetchall()
        captions = con.execute("SELECT version_id, file_name, sha256, store_path FROM caption_tracks").fetchall()
        events = con.execute(
            "SELECT seq, kind, clip_id, payload FROM audit_events WHERE kind IN ('ingest', 'new_version')"
        ).fetchall()
    finally:
        con.close()

    by_clip: dict[str, list[tuple[int, str]]] = {}
    for _vid, clip_id, number, sha, size, store_path, thumb in versions:
        by_clip.setdefault(clip_id, []).append((number, sha))
        f = home / store_path
        if not store_path.startswith("media/"):
            problems.append(f"version {clip_id} v{number}: store path {store_path!r} is outside media/")
        if not f.is_file():
            problems.append(f"version {clip_id} v{number}: file {store_path} is missing")
        else:
            if f.stat().st_size != size:
                problems.append(f"version {clip_id} v{number}: file size {f.stat().st_size} != recorded {size}")
            if sha256_file(f) != sha:
                problems.append(f"version {clip_id} v{number}: file {store_path} does not hash to its recorded sha256")
        if thumb:
            t = home / thumb
            if not t.is_file():
                problems.append(f"version {clip_id} v{number}: thumbnail {thumb} is missing")
            else:
                data = t.read_bytes()
                if not (data[:2] == b"\xff\xd8" and data[-2:] == b"\xff\xd9"):
                    problems.append(f"version {clip_id} v{number}: thumbnail {thumb} is not a whole JPEG")
    for clip_id, current, current_sha in clips:
        numbers = sorted(by_clip.get(clip_id, []))
        if not numbers:
            problems.append(f"clip {clip_id} has no version")
            continue
        if [n for n, _ in numbers] != list(range(1, len(numbers) + 1)):
            problems.append(f"clip {clip_id}: version numbers {[n for n, _ in numbers]} are not 1..n")
        if current != numbers[-1][0] or current_sha != numbers[-1][1]:
            problems.append(f"clip {clip_id}: current version {current} does not match its newest version")
    version_ids = {v[0] for v in versions}
    for version_id, name, sha, store_path in captions:
        if version_id not in version_ids:
            problems.append(f"caption {name} belongs to no version")
        f = home / store_path
        if not f.is_file():
            problems.append(f"caption {name}: file {store_path} is missing")
        elif sha256_file(f) != sha:
            problems.append(f"caption {name}: file {store_path} does not hash to its recorded sha256")

    # The trail and the data never disagree: one ingest/new_version event per version, same bytes.
    recorded = {(v[1], v[2]): v[3] for v in versions}
    seen: set[tuple[str, int]] = set()
    for seq, kind, clip_id, payload in events:
        p = json.loads(bytes(payload))
        key = (p.get("clip_id"), p.get("version"))
        if clip_id != p.get("clip_id"):
            problems.append(f"audit seq {seq}: filed under clip {clip_id!r} but its payload names {p.get('clip_id')!r}")
        if key in seen:
            problems.append(f"audit seq {seq}: a second {kind} event for {key}")
        seen.add(key)
        if recorded.get(key) != p.get("sha256"):
            problems.append(f"audit seq {seq}: {kind} of {key} names bytes the library does not hold")
    for key in recorded:
        if key not in seen:
            problems.append(f"version {key[0]} v{key[1]} has no audit event")

    # The media store holds only whole files under their content address, read-only.
    media = home / "media"
    for f in sorted(media.rglob("*")) if media.is_dir() else []:
        if f.is_dir():
            continue
        m = _SHA_NAME.match(f.name)
        if m is None or f.parent.name != f.name[:2]:
            problems.append(f"media/{f.relative_to(media)}: not a content address (a temporary or stray file)")
            continue
        if sha256_file(f) != m.group(1):
            problems.append(f"media/{f.relative_to(media)}: half-written or altered (hash does not match its name)")
        if f.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            problems.append(f"media/{f.relative_to(media)}: writable")
    return problems


def unreferenced_media(home: Path) -> int:
    """Whole files in the store that no version or caption names yet (a crash between storing a
    file and committing its row leaves one; the next ingest of the same bytes reuses it)."""
    db_file = home / "reviewer.db"
    media = home / "media"
    if not db_file.exists() or not media.is_dir():
        return 0
    con = sqlite3.connect(db_file, timeout=60)
    try:
        named = {r[0] for r in con.execute("SELECT store_path FROM clip_versions UNION SELECT store_path FROM caption_tracks")}
    finally:
        con.close()
    return sum(1 for f in media.rglob("*") if f.is_file() and f.relative_to(home).as_posix() not in named)


def chain_problems(library) -> list[str]:
    """``verify_chain`` over the library's audit events, as text."""
    from reviewer.core.audit import verify_chain

    return [f"audit chain: {p}" for p in verify_chain(library.audit_events())]


def library_problems(home: Path) -> tuple[list[str], int]:
    """Open the library as the next desk would and check it completely.

    Returns (problems, leftovers): the temporary files crashed runs had left, which the open
    must have removed. ``PRAGMA integrity_check`` runs before the open, on the file exactly as
    the crash left it.
    """
    problems: list[str] = []
    db_file = home / "reviewer.db"
    if db_file.exists():
        ic = integrity(db_file)
        if ic != "ok":
            problems.append(f"integrity_check: {ic}")
    before = temp_leftovers(home)
    services = open_services(home)
    try:
        after = temp_leftovers(home)
        if after:
            problems.append(f"temporary files left after the next open: {[p.name for p in after]}")
        problems += chain_problems(services.library)
        if services.db.integrity_check() != "ok":
            problems.append("integrity_check after open is not ok")
    finally:
        services.close()
    problems += data_problems(home)
    return problems, len(before)


def run_kill_lanes(proof, *, trials: int, lanes: int, t_work: float, seed: str,
                   trial: Callable[[int, int, int, random.Random, float, dict], tuple[list[str], dict]],
                   tally: Callable[[dict], None]) -> None:
    """Deliver ``trials`` SIGKILLs from ``lanes`` parallel lanes, each trial's outcome to ``proof``.

    ``trial(lane, j, n, rng, work, state)`` runs the lane's j-th trial (global number n) and returns
    (problems, facts); facts hold at least aim, phase ("finished" when the child ended before its
    kill moment) and delay. ``state`` is the lane's own dict, kept between its trials. ``work``, the
    expected length of the child's working phase, adapts as the lane goes: the machine may be busier
    or idler than at calibration. ``tally(facts)`` adds the check's own counts (under the lock).
    A crash of the harness itself is a failed trial, not a lost run.
    """
    lock = threading.Lock()

    def lane(k: int) -> None:
        rng = random.Random(f"{seed}-{k}-{os.getpid()}-{time.time_ns()}")
        quota = len(range(k, trials, lanes))  # SIGKILLs this lane must deliver
        kills, j, work, state = 0, 0, t_work, {}
        while kills < quota:
            n = j * lanes + k
            try:
                problems, facts = trial(k, j, n, rng, work, state)
            except Exception as exc:  # noqa: BLE001 - reported as the trial's failure
                problems, facts = [f"{type(exc).__name__}: {exc}"], {"aim": "?", "phase": "?", "delay": 0}
            j += 1
            if facts["phase"] != "finished":
                kills += 1
                work *= 1.02
            elif j > 3 * quota + 10:
                problems.append("the child keeps finishing before the kill: the timing calibration is off")
                kills = quota
            else:
                work *= 0.85
            with lock:
                proof.trial(problems, label=f"trial {n} (aimed at {facts['aim']}, killed in {facts['phase']} "
                                            f"after {facts['delay']:.3f}s)")
                if facts["phase"] == "finished":
                    proof.tally("runs_that_finished_before_their_kill_moment", "total")
                else:
                    proof.tally("killed_in_phase", facts["phase"])
                tally(facts)

    started = time.monotonic()
    with ThreadPoolExecutor(lanes) as pool:
        for f in [pool.submit(lane, k) for k in range(lanes)]:
            f.result()
    proof.note("sigkills_delivered", trials)
    proof.note("seconds", round(time.monotonic() - started, 1))
    proof.note("lanes", lanes)
