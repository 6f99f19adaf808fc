"""Engine, connection pragmas, short session scopes and Alembic upgrade on open.

SQLite (default): WAL, synchronous=FULL, foreign_keys=ON and a busy timeout on every connection;
write transactions begin with BEGIN IMMEDIATE so two desks on one home serialise instead of
failing with 'database is locked' half-way through. PostgreSQL works through the same models and
migrations.
"""

from __future__ import annotations

import errno
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from reviewer.errors import DiskFullError, StorageError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 30_000


def _is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001 - SQLAlchemy callback
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own is deferred).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001 - SQLAlchemy callback
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def translate_db_error(exc: BaseException) -> StorageError:
    """Turn a driver error into a one-line StorageError (disk full gets its own class)."""
    orig = getattr(exc, "orig", exc)
    msg = str(orig).splitlines()[0] if str(orig) else type(orig).__name__
    if isinstance(orig, sqlite3.OperationalError) and ("disk" in msg and "full" in msg):
        return DiskFullError("the disk holding the library is full; nothing was changed")
    if isinstance(orig, OSError) and orig.errno == errno.ENOSPC:
        return DiskFullError("the disk holding the library is full; nothing was changed")
    return StorageError(f"library database error: {msg}")


class Database:
    """One library database: engine, read/write session scopes, migrations.

    ``read_scope()`` for queries, ``write_scope()`` for changes (BEGIN IMMEDIATE on SQLite).
    Sessions are short; nothing outside storage/ holds a session or an ORM object.
    """

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.is_sqlite = _is_sqlite(url)
        kwargs: dict = {"echo": echo, "future": True}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        else:
            kwargs["pool_pre_ping"] = True
        try:
            self.engine = create_engine(url, **kwargs)
        except Exception as exc:  # bad URL, missing driver
            raise StorageError(f"cannot open database {self.safe_url}: {exc}") from None
        if self.is_sqlite:
            _install_sqlite_pragmas(self.engine)
            self._write_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        else:
            self._write_engine = self.engine
        self._read = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._write = sessionmaker(bind=self._write_engine, expire_on_commit=False)

    @property
    def safe_url(self) -> str:
        """The URL without its password, for messages and logs."""
        try:
            from sqlalchemy.engine import make_url

            return make_url(self.url).render_as_string(hide_password=True)
        except Exception:
            return "<database>"

    def alembic_config(self) -> Config:
        """An Alembic config pointing at our migrations and this database."""
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        cfg.attributes["engine"] = self._write_engine
        return cfg

    def current_revision(self) -> str | None:
        """The revision the database is at (None when empty)."""
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def head_revision(self) -> str | None:
        """The newest revision shipped with this program."""
        return ScriptDirectory.from_config(self.alembic_config()).get_current_head()

    def upgrade(self) -> None:
        """Apply all pending Alembic revisions (called when the library opens)."""
        try:
            if self.current_revision() == self.head_revision():
                return
            command.upgrade(self.alembic_config(), "head")
        except (OperationalError, DBAPIError) as exc:
            raise translate_db_error(exc) from None

    @contextmanager
    def read_scope(self) -> Iterator[Session]:
        """A short read-only session."""
        session = self._read()
        try:
            yield session
            session.rollback()
        except (OperationalError, DBAPIError) as exc:
            session.rollback()
            raise translate_db_error(exc) from None
        finally:
            session.close()

    @contextmanager
    def write_scope(self) -> Iterator[Session]:
        """A short write transaction, committed on success, rolled back on any error."""
        session = self._write()
        try:
            if not self.is_sqlite:
                session.connection()
            yield session
            session.commit()
        except (OperationalError, DBAPIError) as exc:
            session.rollback()
            raise translate_db_error(exc) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def integrity_check(self) -> str:
        """SQLite's PRAGMA integrity_check ('ok' when sound); 'ok' on other backends."""
        if not self.is_sqlite:
            return "ok"
        with self.engine.connect() as conn:
            return str(conn.execute(text("PRAGMA integrity_check")).scalar())

    def dispose(self) -> None:
        """Close all pooled connections."""
        self.engine.dispose()
