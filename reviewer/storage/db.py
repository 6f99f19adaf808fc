"""Engine, connection pragmas, short session scopes and Alembic upgrade on open.

SQLite (default): WAL, synchronous=FULL, foreign_keys=ON and a busy timeout on every connection;
write transactions begin with BEGIN IMMEDIATE so two desks on one home serialise instead of
failing with 'database is locked' half-way through. PostgreSQL works through the same models and
migrations.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from reviewer.errors import DiskFullError, StorageError, disk_full_errno

if TYPE_CHECKING:
    from alembic.config import Config

# PostgreSQL advisory locks, each named by an arbitrary constant: the one list, so none is reused
# by accident. SQLite needs none (BEGIN IMMEDIATE already serialises writers).
MIGRATION_LOCK_KEY = 0x7265766965776572 & 0x7FFFFFFFFFFFFFFF
"""Held while a desk migrates the schema (two desks opening a library at once)."""
AUDIT_CHAIN_LOCK_KEY = 727274
"""Held while appending to the audit chain: it must stay linear across desks."""
WITNESS_LOCK_KEY = 7_206_447_311
"""Held while the rollback witness advances: it must never move back."""


def advisory_xact_lock(session: Session, key: int) -> None:
    """On PostgreSQL, take the advisory lock ``key`` until the session's transaction ends."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"SELECT pg_advisory_xact_lock({int(key)})"))


MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"""^revision\s*=\s*['"]([^'"]+)['"]""", re.M)
_DOWN = re.compile(r"""^down_revision\s*=\s*(.+)$""", re.M)


def shipped_head() -> str | None:
    """The single head revision of the shipped migrations, read from the files (None if unclear)."""
    revisions: set[str] = set()
    downs: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        try:
            source = path.read_text(encoding="utf-8")
        except OSError:
            return None
        rev = _REVISION.search(source)
        down = _DOWN.search(source)
        if rev is None or down is None:
            return None
        revisions.add(rev.group(1))
        downs.update(re.findall(r"""['"]([^'"]+)['"]""", down.group(1)))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


BUSY_TIMEOUT_MS = 30_000


def _is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own is deferred).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


# Below this much free space an SQLite I/O error is taken to mean "disk full": SQLite reports a
# full disk as SQLITE_FULL only for writes to the database and journal; failing to grow the WAL
# index (-shm, needed even to read in WAL mode) comes back as a plain "disk I/O error"
# (SQLITE_IOERR_SHMSIZE), and RLIMIT_FSIZE as SQLITE_IOERR_WRITE.
_LOW_SPACE_BYTES = 1024 * 1024
_SQLITE_FULL = 13
_SQLITE_IOERR = 10


def _nearly_full(folder: Path | None) -> bool:
    if folder is None:
        return False
    try:
        st = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        try:
            return shutil.disk_usage(folder).free < _LOW_SPACE_BYTES
        except OSError:
            return False
    return st.f_bavail * st.f_frsize < _LOW_SPACE_BYTES


def _at_file_size_limit(db_path: Path | None) -> bool:
    """Whether a process file size limit (``ulimit -f``) stops the database or its WAL growing."""
    if db_path is None:
        return False
    try:
        import resource

        soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    except (ImportError, OSError, ValueError):
        return False
    if soft == resource.RLIM_INFINITY:
        return False
    for p in (db_path, db_path.with_name(db_path.name + "-wal")):
        try:
            if p.stat().st_size + 256 * 1024 >= soft:
                return True
        except OSError:
            pass
    return False


def translate_db_error(exc: BaseException, db_path: Path | None = None) -> StorageError:
    """Turn a driver error into a one-line StorageError (disk full gets its own class).

    ``db_path`` (the SQLite file) lets an I/O error on a nearly full disk be reported as the
    full disk it is, instead of a bare "disk I/O error".
    """
    orig = getattr(exc, "orig", exc)
    msg = str(orig).splitlines()[0] if str(orig) else type(orig).__name__
    if isinstance(orig, sqlite3.Error):
        code = getattr(orig, "sqlite_errorcode", None)
        if code == _SQLITE_FULL or ("disk" in msg and "full" in msg):
            return DiskFullError("the disk holding the library is full; nothing was changed")
        if (code is not None and code & 0xFF == _SQLITE_IOERR) or msg == "disk I/O error":
            if _nearly_full(db_path.parent if db_path is not None else None):
                return DiskFullError("the disk holding the library is full; nothing was changed")
            if _at_file_size_limit(db_path):
                return DiskFullError(
                    "the library database reached the file size limit (ulimit -f); nothing was changed"
                )
    if disk_full_errno(orig):
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
        kwargs: dict[str, Any] = {"echo": echo, "future": True}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        else:
            kwargs["pool_pre_ping"] = True
        try:
            self.engine = create_engine(url, **kwargs)
        except Exception as exc:  # noqa: BLE001 - bad URL, missing driver: any of them is one message
            raise StorageError(f"cannot open database {self.safe_url}: {exc}") from None
        if self.is_sqlite:
            _install_sqlite_pragmas(self.engine)
            self._write_engine: Engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        else:
            self._write_engine = self.engine
        self.db_path = self._sqlite_path()
        self._read = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._write = sessionmaker(bind=self._write_engine, expire_on_commit=False)

    def _sqlite_path(self) -> Path | None:
        """The SQLite file (None for other databases and in-memory ones)."""
        if not self.is_sqlite:
            return None
        try:
            database = self.engine.url.database
        except Exception:  # noqa: BLE001 - an odd URL simply has no file to look at
            return None
        if not database or database == ":memory:" or database.startswith("file:"):
            return None
        return Path(database)

    @property
    def safe_url(self) -> str:
        """The URL without its password, for messages and logs."""
        try:
            from sqlalchemy.engine import make_url

            return make_url(self.url).render_as_string(hide_password=True)
        except Exception:  # noqa: BLE001 - an unparsable URL is never shown (it may hold a password)
            return "<database>"

    def alembic_config(self) -> Config:
        """An Alembic config pointing at our migrations and this database."""
        # Alembic is imported only when a migration is looked at: opening an up-to-date library
        # (every desk start) does not pay for it (see upgrade).
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        cfg.attributes["engine"] = self._write_engine
        return cfg

    def current_revision(self) -> str | None:
        """The revision the database is at (None when empty)."""
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def head_revision(self) -> str | None:
        """The newest revision shipped with this program."""
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(self.alembic_config()).get_current_head()

    def _up_to_date(self) -> bool:
        """Quick check without Alembic: the database's one revision is the one shipped head.

        Anything unusual (no version table, several heads or rows) is left to Alembic.
        """
        head = shipped_head()
        if head is None:
            return False
        try:
            with self.engine.connect() as conn:
                rows = conn.execute(text("SELECT version_num FROM alembic_version")).fetchall()
        except DBAPIError:
            return False
        return [r[0] for r in rows] == [head]

    def upgrade(self) -> None:
        """Apply all pending Alembic revisions (called when the library opens)."""
        try:
            if self._up_to_date():
                return
            if self.current_revision() == self.head_revision():
                return
            from alembic import command

            command.upgrade(self.alembic_config(), "head")
        except (OperationalError, DBAPIError) as exc:
            raise translate_db_error(exc, self.db_path) from None

    @contextmanager
    def read_scope(self) -> Iterator[Session]:
        """A short read-only session."""
        session = self._read()
        try:
            yield session
            session.rollback()
        except (OperationalError, DBAPIError) as exc:
            session.rollback()
            raise translate_db_error(exc, self.db_path) from None
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
            raise translate_db_error(exc, self.db_path) from None
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
