"""Disk full during ingest: a clear one-line message, a consistent library, nothing lost.

The home lives on a small tmpfs (mounted here when the tests run as root and may mount) with a
ballast file beside it that the "user" deletes to free space. Where mounting is not permitted
the tmpfs trials skip, saying so, and the RLIMIT_FSIZE trial (a child whose files may not grow
past a limit, as on FAT32 or under ``ulimit -f``) still runs; it runs in both cases.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import clip_bytes
from tests.reliability.checks import library_problems, snapshot, temp_leftovers
from tests.reliability.conftest import (
    clip_with_companions,
    count,
    new_clip,
    run_reviewer,
    user_error_problems,
)

CHECK = "disk full during ingest"
DISK_FULL_MESSAGES = (
    "reviewer: the disk holding the library is full; the file was not added",
    "reviewer: the disk holding the library is full; the package was not unpacked",
    "reviewer: the disk holding the library is full; nothing was changed",
    "reviewer: the library database reached the file size limit (ulimit -f); nothing was changed",
)


def _mount_tmpfs(where: Path, size: str) -> bool:
    where.mkdir(parents=True, exist_ok=True)
    if os.environ.get("REVIEWER_PROOF_DISK") == "rlimit" or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True)
    return r.returncode == 0


def _umount(where: Path) -> None:
    if subprocess.run(["umount", str(where)], capture_output=True).returncode != 0:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


@pytest.fixture
def small_disk(tmp_path):
    """A mounter of small tmpfs disks, unmounted at the end; skips when mounting is not permitted."""
    mounted: list[Path] = []

    def mount(name: str, size: str) -> Path:
        where = tmp_path / name
        if not _mount_tmpfs(where, size):
            pytest.skip(
                "cannot mount a tmpfs here (not root or not permitted); the RLIMIT_FSIZE trial covers disk full"
            )
        mounted.append(where)
        return where

    yield mount
    for where in reversed(mounted):
        _umount(where)


def _free(path: Path) -> int:
    st = os.statvfs(path)
    return st.f_bavail * st.f_frsize


def _fill(disk: Path, leave: int) -> Path:
    """A ballast file taking all free space on ``disk`` but ``leave`` bytes."""
    ballast = disk / "ballast"
    with open(ballast, "ab") as f:
        f.write(b"\0" * max(0, _free(disk) - leave))
    return ballast


def _one_line_disk_full(r: subprocess.CompletedProcess) -> list[str]:
    problems = user_error_problems(r.stderr)
    lines = r.stderr.strip().splitlines()
    if r.returncode == 0:
        problems.append("exit 0 although the disk was full")
    if len(lines) != 1 or lines[0] not in DISK_FULL_MESSAGES:
        problems.append(f"not the one-line disk-full message: {r.stderr.strip()[:300]!r}")
    return problems


def test_ingesting_more_than_fits_says_so_and_keeps_everything(small_disk, tmp_path, proof):
    proof.check = "disk full during ingest (tmpfs)"
    disk = small_disk("disk", "8m")
    home = disk / "home"
    src = tmp_path / "src"
    for i in range(12):  # about 1 MB each: more than the 8 MiB disk holds
        clip_with_companions(src / "all", f"c{i:02d}", seconds=6, width=640, height=360)
    first = src / "all" / "c00.mp4"
    r = run_reviewer(home, "ingest", str(first))
    assert r.returncode == 0, r.stderr
    (disk / "ballast").write_bytes(b"\0" * 512 * 1024)  # what the user will delete to free space
    before = snapshot(home / "reviewer.db")

    r = run_reviewer(home, "ingest", "--json", str(src / "all"))
    proof.trial(_one_line_disk_full(r), label="ingest of a folder larger than the disk")
    proof.note("message", r.stderr.strip())
    proof.trial(
        [f"temporary files left: {temp_leftovers(home)}"] if temp_leftovers(home) else [],
        label="no staged file left behind by the failed ingest",
    )

    # The queue on the full disk: the clips already in, or the same one-line message.
    q = run_reviewer(home, "queue", "--status", "all", "--json")
    if q.returncode == 0:
        import json

        shown = {c["sha256"] for c in json.loads(q.stdout)}
        proof.trial(
            [] if set(before.versions) <= shown else ["a clip ingested before is not in the queue"],
            label="queue on the full disk",
        )
        proof.note("queue_on_full_disk", "works")
    else:
        proof.trial(_one_line_disk_full(q), label="queue on the full disk")
        proof.note("queue_on_full_disk", q.stderr.strip())

    (disk / "ballast").unlink()
    problems, _ = library_problems(home)
    after = snapshot(home / "reviewer.db")
    lost = [sha for sha in before.versions if sha not in after.versions]
    proof.trial(problems + [f"lost {len(lost)} clips"] * bool(lost), label="library after space was freed")
    proof.note("clips_in_library", len(after.versions))

    # Trying again on the still too small disk fails the same way and still loses nothing.
    r = run_reviewer(home, "ingest", str(src / "all"))
    again, _ = library_problems(home)
    proof.trial(_one_line_disk_full(r) + again, label="second attempt")
    proof.assert_clean()


def _sweep_points() -> list[int]:
    """Free-space levels around one ingest: from less than the clip to enough for everything."""
    clip = len(clip_bytes())
    every = max(1, 66 // count("disk_full_points", 13, 66))
    return [clip - 8192 + 4096 * k for k in range(0, 66, every)]


def test_disk_full_at_every_step_of_one_ingest(small_disk, tmp_path, proof):
    """Free space swept so the disk fills while staging, storing captions, writing the thumbnail
    and inside SQLite's own write: each gives the one-line message and a consistent library."""
    proof.check = "disk full during ingest (tmpfs)"
    template = tmp_path / "template"
    seed = new_clip(tmp_path / "seed" / "seed.mp4")
    r = run_reviewer(template, "ingest", str(seed))
    assert r.returncode == 0, r.stderr
    src = tmp_path / "src"
    clip_with_companions(src, "news", meta={"id": "news", "title": "Tin", "political": True})
    for n, leave in enumerate(_sweep_points()):
        disk = small_disk(f"disk{n}", "4m")
        home = disk / "home"
        shutil.copytree(template, home)
        _fill(disk, leave)
        before = snapshot(home / "reviewer.db")
        r = run_reviewer(home, "ingest", "--json", str(src))
        problems = user_error_problems(r.stderr)
        if r.returncode == 0:
            import json

            row = json.loads(r.stdout)[0]  # the clip; the rows after it are its companion files
            outcome = "ingested" if not any("thumbnail" in w for w in row["warnings"]) else "ingested without thumbnail"
            if row["result"] != "ingested":
                problems.append(f"exit 0 but {row['result']}: {row['reason']}")
        else:
            problems += _one_line_disk_full(r)
            outcome = {
                "the file was not added": "refused while storing the file",
                "nothing was changed": "refused by the database (SQLite disk full)",
                "package": "refused while unpacking",
            }.get(
                next((k for k in ("the file was not added", "nothing was changed", "package") if k in r.stderr), ""),
                "other",
            )
        (disk / "ballast").unlink()
        found, _ = library_problems(home)
        after = snapshot(home / "reviewer.db")
        if not set(before.versions) <= set(after.versions):
            found.append("the clip ingested before is gone")
        if r.returncode == 0 and "news" not in after.clips:
            found.append("reported ingested but not in the library")
        if r.returncode != 0 and len(after.versions) != len(before.versions):
            found.append("refused, yet the library changed")
        proof.trial(problems + found, label=f"free {leave} bytes: {outcome}")
        proof.tally("outcomes", outcome)
    proof.assert_clean()
    if len(_sweep_points()) >= 10:
        assert proof.notes["outcomes"].get("refused by the database (SQLite disk full)"), (
            "the sweep never filled the disk inside SQLite; widen it",
            proof.notes,
        )


def test_file_size_limit_rlimit_fsize(tmp_path, proof):
    """RLIMIT_FSIZE in the child (works without root): a clip over the limit is rejected alone;
    the database reaching the limit stops the ingest with one line; nothing is lost."""
    proof.check = "disk full during ingest (RLIMIT_FSIZE)"
    limit = 700 * 1024

    def limited():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    home = tmp_path / "home"
    big = new_clip(tmp_path / "big" / "big.mp4", seconds=6, width=640, height=360)
    assert big.stat().st_size > limit
    r = run_reviewer(home, "ingest", str(big), preexec_fn=limited)
    problems = user_error_problems(r.stderr)
    if r.returncode != 1 or "too large for the disk holding the library (file size limit)" not in r.stdout:
        problems.append(f"big clip not rejected with its reason (exit {r.returncode}): {r.stdout.strip()[:200]}")
    proof.trial(problems, label="clip larger than the file size limit")

    for i in range(40):
        clip_with_companions(tmp_path / "small", f"s{i:02d}")
    first = run_reviewer(home, "ingest", str(tmp_path / "small" / "s00.mp4"), preexec_fn=limited)
    assert first.returncode == 0, first.stderr
    before = snapshot(home / "reviewer.db")
    r = run_reviewer(home, "ingest", str(tmp_path / "small"), preexec_fn=limited)
    problems = _one_line_disk_full(r) if r.returncode != 0 else []
    proof.note("message", r.stderr.strip() or "(all fitted)")
    found, _ = library_problems(home)
    after = snapshot(home / "reviewer.db")
    if not set(before.versions) <= set(after.versions):
        found.append("a clip ingested before is gone")
    proof.trial(problems + found, label="database reaching the file size limit")
    proof.note("clips_in_before_the_limit", len(after.versions))

    r = run_reviewer(home, "ingest", str(tmp_path / "small"))  # the limit lifted: the rest goes in
    found, _ = library_problems(home)
    final = snapshot(home / "reviewer.db")
    if r.returncode != 0 or len(final.clips) != 40:
        found.append(f"re-run without the limit: exit {r.returncode}, {len(final.clips)} of 40 clips")
    proof.trial(found, label="ingest again without the limit")
    proof.assert_clean()


def test_sqlite_own_disk_full_errors_are_translated(small_disk, proof):
    """SQLite's own words for a full disk, as the library's database layer meets them: a write
    fails with SQLITE_FULL "database or disk is full"; opening a WAL database to read when its
    -shm index cannot be created fails with SQLITE_IOERR_SHMSIZE "disk I/O error". Both must
    reach the user as the one-line DiskFullError, not as "library database error: ..."."""
    import sqlite3

    from sqlalchemy import text

    from reviewer.errors import DiskFullError
    from reviewer.storage.db import Database

    proof.check = "disk full during ingest (tmpfs)"
    disk = small_disk("sqlite", "1m")
    db_file = disk / "lib.db"
    raw = sqlite3.connect(db_file)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("CREATE TABLE t (b BLOB)")
    raw.commit()
    seen = None
    try:
        for _ in range(1000):
            raw.execute("INSERT INTO t VALUES (randomblob(65536))")
            raw.commit()
    except sqlite3.OperationalError as exc:
        seen = (str(exc), exc.sqlite_errorname)
    raw.close()
    proof.note("sqlite_write_error", f"{seen[1]}: {seen[0]}" if seen else None)
    proof.trial(
        [] if seen and seen[1] == "SQLITE_FULL" else [f"unexpected SQLite error {seen}"],
        label="SQLite's own message on a full disk",
    )

    db = Database(f"sqlite:///{db_file}")
    problems = []
    try:
        with db.write_scope() as s:
            s.execute(text("INSERT INTO t VALUES (randomblob(65536))"))
        problems.append("a write on the full disk succeeded")
    except DiskFullError as exc:
        proof.note("write_message", exc.message)
    except Exception as exc:  # noqa: BLE001 - the point: which error the user would get
        problems.append(f"write on a full disk raised {type(exc).__name__}: {exc}")
    db.dispose()
    proof.trial(problems, label="write on a full disk says the disk is full")

    # A library closed cleanly (no -wal, no -shm) on a disk that then filled up: even reading
    # needs the -shm index created first.
    disk = small_disk("sqlite-read", "1m")
    db_file = disk / "lib.db"
    raw = sqlite3.connect(db_file)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("CREATE TABLE t (b BLOB)")
    raw.execute("INSERT INTO t VALUES (x'00')")
    raw.commit()
    raw.close()
    _fill(disk, 0)
    db = Database(f"sqlite:///{db_file}")
    problems = []
    try:
        with db.read_scope() as s:
            s.execute(text("SELECT count(*) FROM t")).scalar()
        proof.note("read_on_full_disk", "works")
    except DiskFullError as exc:
        proof.note("read_on_full_disk", exc.message)
    except Exception as exc:  # noqa: BLE001
        problems.append(f"read on a full disk raised {type(exc).__name__}: {exc}")
    db.dispose()
    proof.trial(problems, label="read on a full disk: works or says the disk is full")
    proof.assert_clean()


# -- sign-off and export ------------------------------------------------------------------------
def _clear_one_line(r: subprocess.CompletedProcess) -> list[str]:
    """A refusal must be one clear line naming the full disk, never a traceback."""
    problems = user_error_problems(r.stderr)
    lines = r.stderr.strip().splitlines()
    if len(lines) != 1 or not lines[0].startswith("reviewer: ") or "full" not in lines[0]:
        problems.append(f"not a one-line disk-full message: {r.stderr.strip()[-300:]!r}")
    return problems


def _signoff_count(home: Path) -> int:
    import sqlite3

    con = sqlite3.connect(home / "reviewer.db", timeout=60)
    try:
        return con.execute("SELECT count(*) FROM signoffs").fetchone()[0]
    finally:
        con.close()


def _after_refill(home: Path, disk: Path, keyring_file: Path, station_key: str, proof) -> list[str]:
    """Free the space again, then: integrity, chain, data, every signature with its certificate,
    checkpoint files, keyring and witness, and ``reviewer verify`` (after the way out it names)."""
    from tests.reliability.checks import (
        keyring_problems,
        outside_trust,
        signed_record_problems,
        verify_and_repair,
    )
    from tests.signoff_support import HEAD, PASSPHRASE, STATION_PASSPHRASE

    (disk / "ballast").unlink()
    problems, _ = library_problems(home)
    trust = outside_trust(home / "reviewer.db", station_key)
    problems += trust.problems
    found, facts = signed_record_problems(home, [], trust)
    problems += found
    found, kfacts = keyring_problems(keyring_file, trust, {HEAD[0]: PASSPHRASE, "station": STATION_PASSPHRASE})
    problems += found
    facts.update(kfacts)
    problems += verify_and_repair(home, keyring_file, facts)
    if facts.get("checkpoint_file_restored"):
        proof.tally("signed_without_checkpoint_file_then_restored", "total")
    return problems


def _sweep(name: str, reduced: int, full: int, top: int) -> list[int]:
    """Free-space levels 0..top (whole pages) for ``REVIEWER_PROOF_<NAME>`` points."""
    points = count(name, reduced, full)
    return [top * n // max(1, points - 1) // 4096 * 4096 for n in range(points)]


def _export_events(home: Path) -> int:
    import sqlite3

    con = sqlite3.connect(home / "reviewer.db", timeout=60)
    try:
        return con.execute("SELECT count(*) FROM audit_events WHERE kind = 'export'").fetchone()[0]
    finally:
        con.close()


def test_disk_full_during_signoff_and_export(small_disk, tmp_path, proof):
    """Free space swept around one signing (SQLite's write, the checkpoint file) and around one
    export (the exporter's passphrase, the package files, SHA256SUMS signed, its audit event):
    each either completes or stops with one clear line; the library stays consistent and
    verifiable, a refused signing stores nothing, nothing signed before is lost, an export that
    reports success verifies against the station's trust file, and no package that verifies is
    left without its export event."""
    from tests.reliability.checks import copy_keyring, driver_cli, signing_template
    from tests.signoff_support import HEAD, PASSPHRASE

    proof.check = "disk full during sign-off and export (tmpfs)"
    src = tmp_path / "src"
    clip_with_companions(src, "tin", meta={"id": "tin", "title": "Tin", "political": True})
    t = signing_template(tmp_path, [src])
    sign = ("--checklist", str(t.answers), "--principal", HEAD[0], "--passphrase-stdin")
    for decision in (("changes", "--reason", "Sửa tên"), ("approve",)):  # already in: must survive every trial
        r = driver_cli(t.home, t.keyring, "sign", "tin", "--decision", *decision, *sign, stdin=PASSPHRASE + "\n")
        assert r.returncode == 0, r.stderr
    trust_file = tmp_path / "station_allowed_signers"
    r = driver_cli(t.home, t.keyring, "station", "trust", "--out", str(trust_file))
    assert r.returncode == 0, r.stderr

    for n, leave in enumerate(_sweep("disk_full_sign_points", 6, 24, 256 * 1024)):
        disk = small_disk(f"sign{n}", "8m")
        home = disk / "home"
        shutil.copytree(t.home, home)
        keyring_file = copy_keyring(t.keyring, tmp_path / f"sign{n}-keyring.json")  # the keyring is not on the disk
        before = _signoff_count(home)  # read first: even a read needs room for the -shm index
        _fill(disk, leave)
        r = driver_cli(home, keyring_file, "sign", "tin", "--decision", "approve", *sign, stdin=PASSPHRASE + "\n")
        if r.returncode == 0:
            outcome = "signed" + (" (with a warning)" if r.stderr.strip() or "warning" in r.stdout else "")
            problems = user_error_problems(r.stderr)
        else:
            outcome = "refused"
            problems = _clear_one_line(r)
            proof.tally("signing_messages", r.stderr.strip()[:160])
        proof.tally("signing_outcomes", outcome)
        problems += _after_refill(home, disk, keyring_file, t.station_public_key, proof)
        after = _signoff_count(home)
        if r.returncode == 0 and after != before + 1:
            problems.append(f"reported signed but {after - before} new sign-offs stored")
        if r.returncode != 0 and after != before:
            problems.append("refused, yet a sign-off was stored")
        proof.trial(problems, label=f"sign with {leave} bytes free: {outcome}")

    for n, leave in enumerate(_sweep("disk_full_export_points", 6, 24, 1 << 20)):
        disk = small_disk(f"export{n}", "8m")
        home = disk / "home"
        shutil.copytree(t.home, home)
        keyring_file = copy_keyring(t.keyring, tmp_path / f"export{n}-keyring.json")
        _signoff_count(home)
        out = disk / "out"
        _fill(disk, leave)
        e = driver_cli(
            home,
            keyring_file,
            "export",
            "tin",
            "--out",
            str(out),
            "--as",
            HEAD[0],
            "--passphrase-stdin",
            stdin=PASSPHRASE + "\n",
        )
        if e.returncode == 0:
            outcome, problems = "exported", user_error_problems(e.stderr)
        else:
            outcome, problems = "refused", _clear_one_line(e)
            proof.tally("export_messages", e.stderr.strip()[:160])
        problems += _after_refill(home, disk, keyring_file, t.station_public_key, proof)
        events = _export_events(home)
        if e.returncode == 0:
            v = driver_cli(home, keyring_file, "verify-package", str(out), "--trust", str(trust_file))
            if v.returncode != 0:
                problems.append(f"the export reported success but does not verify: {v.stdout.strip()[-200:]}")
            if events != 1:
                problems.append(f"exported, with {events} export events")
        else:
            if events:
                outcome += " (after its audit event: the attempt is recorded)"
            leftovers = [p for p in disk.iterdir() if p.name.startswith(".out.partial-")]
            if leftovers:
                problems.append(f"a refused export left its staging folder: {[p.name for p in leftovers]}")
            if out.exists() and (out / "SHA256SUMS").exists():
                v = driver_cli(home, keyring_file, "verify-package", str(out), "--trust", str(trust_file))
                if v.returncode == 0 and not events:
                    problems.append("a refused export left a folder that passes verify-package, with no export event")
                proof.tally("refused_exports_leaving_a_folder", "total")
        proof.tally("export_outcomes", outcome)
        proof.trial(problems, label=f"export with {leave} bytes free: {outcome}")
    proof.assert_clean()
