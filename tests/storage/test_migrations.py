"""Alembic: a linear revision chain, upgrade from empty to head, and the models match it."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from reviewer.storage.db import Database


def test_revision_chain_is_linear(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'x.db'}")
    script = ScriptDirectory.from_config(db.alembic_config())
    heads = script.get_heads()
    assert len(heads) == 1, f"several heads: {heads}"
    revs = list(script.walk_revisions())
    bases = [r for r in revs if r.down_revision is None]
    assert len(bases) == 1
    for r in revs:
        assert not isinstance(r.down_revision, (tuple, list)), f"merge revision {r.revision}"


def test_upgrade_from_empty_reaches_head_and_matches_models(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'x.db'}")
    assert db.current_revision() is None
    db.upgrade()
    assert db.current_revision() == db.head_revision()
    command.check(db.alembic_config())  # raises if models and migrations disagree
    db.upgrade()  # idempotent


def test_upgrade_is_one_write_transaction_that_reads_the_revision_inside_it(tmp_path):
    """Two desks opening a new library at once must not interleave revisions.

    Alembic's default on SQLite commits after each revision; a second desk waiting on the write
    lock then stepped in between, read the half-way revision and applied the next one a second
    time (CI: "index ix_clips_search already exists"). One BEGIN IMMEDIATE around the whole
    upgrade, with the version table read after it, leaves no such gap.
    """
    from sqlalchemy import event

    db = Database(f"sqlite:///{tmp_path / 'x.db'}")
    statements: list[str] = []
    commits: list[int] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2].strip()))
    event.listen(db.engine, "commit", lambda conn: commits.append(1))
    db.upgrade()
    assert db.current_revision() == db.head_revision()
    begins = [i for i, s in enumerate(statements) if s.upper().startswith("BEGIN IMMEDIATE")]
    assert len(begins) == 1, f"{len(begins)} write transactions during one upgrade"
    version_reads = [i for i, s in enumerate(statements) if "alembic_version" in s and i > begins[0]]
    assert version_reads, "the revision was not read inside the write transaction"
    assert len(commits) == 1


def test_sqlite_connections_have_the_required_pragmas(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'x.db'}")
    db.upgrade()
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_writes_begin_immediate(tmp_path):
    """A write scope takes the write lock at BEGIN, so a second writer waits instead of failing later."""
    path = tmp_path / "x.db"
    db = Database(f"sqlite:///{path}")
    db.upgrade()
    with db.write_scope() as s:
        s.execute(text("SELECT 1"))
        other = sqlite3.connect(path, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()


def test_audit_rows_cannot_be_updated_or_deleted(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'x.db'}")
    db.upgrade()
    with db.write_scope() as s:
        s.execute(
            text(
                "INSERT INTO audit_events(seq,time,actor,kind,payload,prev_hash,hash) VALUES (1,'t','a','k',x'7b7d','0','h1')"
            )
        )
    from reviewer.errors import StorageError

    with pytest.raises(StorageError, match="append-only"):
        with db.write_scope() as s:
            s.execute(text("UPDATE audit_events SET actor='mallory'"))
    with pytest.raises(StorageError, match="append-only"):
        with db.write_scope() as s:
            s.execute(text("DELETE FROM audit_events"))
    with db.read_scope() as s:
        assert s.execute(text("SELECT actor FROM audit_events")).scalar() == "a"
