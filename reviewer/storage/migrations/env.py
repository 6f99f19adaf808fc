"""Alembic environment: runs on the engine the library handed over (never a URL from a file)."""

from alembic import context
from sqlalchemy import engine_from_config, pool

# One Base holds every table, the library's and (once stats_models is imported) the statistics'.
import reviewer.storage.stats_models  # noqa: F401 - registers the statistics tables on Base
from reviewer.storage.db import MIGRATION_LOCK_KEY
from reviewer.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    """Upgrade on the library's own engine; batch mode so SQLite can alter tables."""
    engine = config.attributes.get("engine")
    if engine is None:
        engine = engine_from_config(
            config.get_section(config.config_ini_section, {}), prefix="sqlalchemy.", poolclass=pool.NullPool
        )
    with engine.connect() as connection:
        # One transaction for the whole upgrade, and the revision read inside it, so that two desks
        # opening a library at once cannot interleave: on SQLite the library's write engine begins
        # with BEGIN IMMEDIATE (the second desk waits, then finds the library at head); SQLite has
        # transactional DDL once pysqlite's own transaction handling is off, which the library does.
        # Without transactional_ddl Alembic commits after each revision, and a second desk could
        # step in between and apply the next revision twice ("index ... already exists").
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            transactional_ddl=True,
            transaction_per_migration=False,
        )
        with context.begin_transaction():
            if connection.dialect.name == "postgresql":
                # PostgreSQL reads without locking: serialise migrating desks on an advisory lock
                # held to the end of this transaction.
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
            context.run_migrations()
        connection.commit()


run_migrations_online()
