"""PostgreSQL through the same models and migrations.

Uses ``$REVIEWER_TEST_PG_URL`` when set; otherwise starts a throwaway PostgreSQL cluster on a
Unix socket in the test's temp folder when the server binaries are installed (Debian's
postgresql-15). Skips, saying why, when neither is possible.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.postgres


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


@pytest.fixture(scope="module")
def pg_url(tmp_path_factory):
    url = os.environ.get("REVIEWER_TEST_PG_URL")
    if url:
        yield url
        return
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("PostgreSQL tests skipped: psycopg is not installed (pip install -e '.[postgres]')")
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip(
            "PostgreSQL tests skipped: no server reachable (set REVIEWER_TEST_PG_URL) and no "
            "PostgreSQL binaries to start one (apt-get install postgresql)"
        )
    import tempfile

    # Not under pytest's root-only temp folder: the postgres user must be able to reach it.
    base = Path(tempfile.mkdtemp(prefix="reviewer-pg-"))
    data, sock = base / "data", base / "sock"
    sock.mkdir()
    run_as: list[str] = []
    if os.geteuid() == 0:
        # PostgreSQL refuses to run as root: run the throwaway cluster as the postgres user.
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("PostgreSQL tests skipped: running as root and there is no 'postgres' user")
        shutil.chown(base, "postgres")
        shutil.chown(sock, "postgres")
        os.chmod(base, 0o755)
        run_as = ["runuser", "-u", "postgres", "--"]
    subprocess.run(
        run_as + [str(bindir / "initdb"), "-D", str(data), "-U", "reviewer", "--auth=trust", "-E", "UTF8"],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        run_as
        + [
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-w",
            "-l",
            str(base / "log"),
            "-o",
            f"-k {sock} -c listen_addresses='' -p 54329",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://reviewer@/postgres?host={sock}&port=54329"
    finally:
        subprocess.run(
            run_as + [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], capture_output=True
        )
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def fresh_pg(pg_url):
    from sqlalchemy import create_engine, text

    eng = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with eng.connect() as c:
        c.execute(text("DROP SCHEMA public CASCADE"))
        c.execute(text("CREATE SCHEMA public"))
    eng.dispose()
    return pg_url


def test_migrations_reach_head_on_postgres_and_match_the_models(fresh_pg):
    from alembic import command

    from reviewer.storage.db import Database

    db = Database(fresh_pg)
    db.upgrade()
    assert db.current_revision() == db.head_revision()
    command.check(db.alembic_config())
    db.dispose()


def test_desks_opening_a_new_postgres_library_at_once_migrate_it_once(fresh_pg):
    """PostgreSQL reads the version table without locking: without the advisory lock every
    desk saw an empty database and the later ones failed creating tables that now existed.
    Separate processes, as desks are (Alembic's context is process-global: threads can't)."""
    import sys

    from reviewer.storage.db import Database

    code = "import sys; from reviewer.storage.db import Database; Database(sys.argv[1]).upgrade()"
    desks = [
        subprocess.Popen(
            [sys.executable, "-c", code, fresh_pg], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    failed = []
    for d in desks:
        _, err = d.communicate(timeout=120)
        if d.returncode != 0:
            failed.append(err.strip().splitlines()[-1] if err.strip() else f"exit {d.returncode}")
    assert not failed, failed
    db = Database(fresh_pg)
    assert db.current_revision() == db.head_revision()
    db.dispose()


def test_ingest_queue_and_append_only_audit_on_postgres(fresh_pg, cli, tmp_path):
    """The CLI flow on PostgreSQL, and the database refusing to rewrite the audit log."""
    from sqlalchemy import text

    from reviewer.errors import StorageError
    from reviewer.storage.db import Database
    from tests.conftest import write_clip

    src = tmp_path / "in"
    write_clip(src / "a.mp4")
    (src / "a.json").write_text('{"id": "pg-1", "title": "Quốc hội", "political": true}', encoding="utf-8")
    r = cli("--db", fresh_pg, "ingest", "--json", str(src))
    assert r.code == 0, r.out + r.err
    rows = cli("--db", fresh_pg, "queue", "--json").json()
    assert [(c["id"], c["title"], c["political"]) for c in rows] == [("pg-1", "Quốc hội", True)]
    assert cli("--db", fresh_pg, "show", "pg-1", "--json").json()["versions"][0]["duration_ms"] > 0
    db = Database(fresh_pg)
    with pytest.raises(StorageError, match="append-only"):
        with db.write_scope() as s:
            s.execute(text("UPDATE audit_events SET actor = 'mallory'"))
    with pytest.raises(StorageError, match="append-only"):
        with db.write_scope() as s:
            s.execute(text("DELETE FROM audit_events"))
    db.dispose()
