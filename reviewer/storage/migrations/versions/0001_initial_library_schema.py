"""initial library schema

Revision ID: 0001
Revises:
The audit log is append-only: the database itself refuses UPDATE and DELETE of its rows
(SQLite triggers; PostgreSQL trigger function), so no code path, bug or hand-typed SQL can
rewrite history without leaving the database refusing it.

Create Date: 2026-11-27 02:23:20.266091
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


AUDIT_GUARD_SQLITE = [
    "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
    "BEGIN SELECT RAISE(ABORT, 'audit log is append-only: UPDATE refused'); END",
    "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events "
    "BEGIN SELECT RAISE(ABORT, 'audit log is append-only: DELETE refused'); END",
]
AUDIT_GUARD_POSTGRES = [
    "CREATE FUNCTION audit_events_refuse() RETURNS trigger AS $$ BEGIN "
    "RAISE EXCEPTION 'audit log is append-only: % refused', TG_OP; END; $$ LANGUAGE plpgsql",
    "CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events "
    "FOR EACH ROW EXECUTE FUNCTION audit_events_refuse()",
    "CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse()",
]


def _guard_audit() -> None:
    dialect = op.get_bind().dialect.name
    for stmt in AUDIT_GUARD_SQLITE if dialect == "sqlite" else AUDIT_GUARD_POSTGRES if dialect == "postgresql" else []:
        op.execute(stmt)


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("time", sa.String(length=40), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("clip_id", sa.String(length=120), nullable=True),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("hash"),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_events_clip_id"), ["clip_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_events_kind"), ["kind"], unique=False)

    op.create_table(
        "clips",
        sa.Column("id", sa.String(length=120), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("platform", sa.String(length=40), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("deadline", sa.DateTime(timezone=True), nullable=True),
        sa.Column("political", sa.Boolean(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("current_version", sa.Integer(), nullable=False),
        sa.Column("current_sha256", sa.String(length=64), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("clips", schema=None) as batch_op:
        batch_op.create_index("ix_clips_queue_order", ["political", "priority", "deadline", "created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_clips_status"), ["status"], unique=False)

    op.create_table(
        "people",
        sa.Column("principal", sa.String(length=200), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("principal"),
    )
    op.create_table(
        "policy",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "signing_locks",
        sa.Column("principal", sa.String(length=200), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("lockouts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("principal"),
    )
    op.create_table(
        "clip_versions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("clip_id", sa.String(length=120), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("original_name", sa.Text(), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("fps", sa.Float(), nullable=False),
        sa.Column("video_codec", sa.String(length=40), nullable=False),
        sa.Column("audio_codec", sa.String(length=40), nullable=True),
        sa.Column("container", sa.String(length=80), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("store_path", sa.Text(), nullable=False),
        sa.Column("thumbnail_path", sa.Text(), nullable=True),
        sa.Column("warnings_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["clip_id"], ["clips.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("clip_id", "number", name="uq_version_number"),
        sa.UniqueConstraint("sha256"),
    )
    with op.batch_alter_table("clip_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clip_versions_clip_id"), ["clip_id"], unique=False)

    op.create_table(
        "signing_keys",
        sa.Column("fingerprint", sa.String(length=100), nullable=False),
        sa.Column("principal", sa.String(length=200), nullable=False),
        sa.Column("public_key", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["principal"], ["people.principal"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("fingerprint"),
    )
    with op.batch_alter_table("signing_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signing_keys_principal"), ["principal"], unique=False)

    op.create_table(
        "caption_tracks",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("format", sa.String(length=10), nullable=False),
        sa.Column("language", sa.String(length=20), nullable=True),
        sa.Column("encoding", sa.String(length=40), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("store_path", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("cues_json", sa.Text(), nullable=False),
        sa.Column("warnings_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["version_id"], ["clip_versions.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("caption_tracks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_caption_tracks_version_id"), ["version_id"], unique=False)

    op.create_table(
        "checklist_answers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("person", sa.String(length=200), nullable=False),
        sa.Column("template_id", sa.String(length=100), nullable=False),
        sa.Column("template_hash", sa.String(length=64), nullable=False),
        sa.Column("item_id", sa.String(length=100), nullable=False),
        sa.Column("result", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["version_id"], ["clip_versions.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("version_id", "person", "template_hash", "item_id", name="uq_answer"),
    )
    op.create_table(
        "coverage",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("person", sa.String(length=200), nullable=False),
        sa.Column("intervals_json", sa.Text(), nullable=False),
        sa.Column("viewed_ms", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["version_id"], ["clip_versions.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("version_id", "person", name="uq_coverage_person"),
    )
    op.create_table(
        "notes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("clip_id", sa.String(length=120), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("version_number", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("start_ms", sa.Integer(), nullable=False),
        sa.Column("end_ms", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["clip_id"], ["clips.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["version_id"], ["clip_versions.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notes_clip_id"), ["clip_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_notes_version_id"), ["version_id"], unique=False)

    op.create_table(
        "post_texts",
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["version_id"], ["clip_versions.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("version_id"),
    )
    op.create_table(
        "signoffs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("clip_id", sa.String(length=120), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("record", sa.LargeBinary(), nullable=False),
        sa.Column("record_sha256", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.Text(), nullable=True),
        sa.Column("principal", sa.String(length=200), nullable=False),
        sa.Column("fingerprint", sa.String(length=100), nullable=True),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("audit_seq", sa.Integer(), nullable=False),
        sa.Column("revokes_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["clip_id"], ["clips.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(
            ["revokes_id"],
            ["signoffs.id"],
        ),
        sa.ForeignKeyConstraint(["version_id"], ["clip_versions.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("record_sha256"),
    )
    with op.batch_alter_table("signoffs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signoffs_clip_id"), ["clip_id"], unique=False)

    _guard_audit()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_delete")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_change ON audit_events")
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events")
        op.execute("DROP FUNCTION IF EXISTS audit_events_refuse()")
    with op.batch_alter_table("signoffs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signoffs_clip_id"))

    op.drop_table("signoffs")
    op.drop_table("post_texts")
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notes_version_id"))
        batch_op.drop_index(batch_op.f("ix_notes_clip_id"))

    op.drop_table("notes")
    op.drop_table("coverage")
    op.drop_table("checklist_answers")
    with op.batch_alter_table("caption_tracks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_caption_tracks_version_id"))

    op.drop_table("caption_tracks")
    with op.batch_alter_table("signing_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signing_keys_principal"))

    op.drop_table("signing_keys")
    with op.batch_alter_table("clip_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clip_versions_clip_id"))

    op.drop_table("clip_versions")
    op.drop_table("signing_locks")
    op.drop_table("policy")
    op.drop_table("people")
    with op.batch_alter_table("clips", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clips_status"))
        batch_op.drop_index("ix_clips_queue_order")

    op.drop_table("clips")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_events_kind"))
        batch_op.drop_index(batch_op.f("ix_audit_events_clip_id"))

    op.drop_table("audit_events")
