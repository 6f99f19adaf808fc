"""publications, imported platform statistics (files, their rows, matched rows, daily series, audience), clip topic

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 12:00:00
"""

import sqlalchemy as sa
from alembic import op

from reviewer.storage.models import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clips", schema=None) as batch_op:
        batch_op.add_column(sa.Column("topic", sa.Text(), nullable=False, server_default=""))

    op.create_table(
        "publications",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("clip_id", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("version_sha256", sa.String(length=64), nullable=False),
        sa.Column("platform", sa.String(length=40), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("url_key", sa.String(length=500), nullable=False),
        sa.Column("post_id", sa.String(length=200), nullable=True),
        sa.Column("published_at", UTCDateTime(), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("approval_sha256", sa.String(length=64), nullable=False),
        sa.Column("audit_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["clip_id"], ["clips.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("platform", "url_key", name="uq_publication_url"),
    )
    with op.batch_alter_table("publications", schema=None) as batch_op:
        batch_op.create_index("ix_publications_clip_id", ["clip_id"], unique=False)
        batch_op.create_index("ix_publications_post", ["platform", "post_id"], unique=False)

    op.create_table(
        "stat_files",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("platform", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("format", sa.String(length=40), nullable=False),
        sa.Column("exported_at", UTCDateTime(), nullable=False),
        sa.Column("imported_at", UTCDateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=200), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("matched", sa.Integer(), nullable=False),
        sa.Column("unmatched", sa.Integer(), nullable=False),
        sa.Column("warnings_json", sa.Text(), nullable=False),
        sa.Column("audit_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("sha256"),
    )

    op.create_table(
        "stat_file_data",
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["file_id"], ["stat_files.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("file_id"),
    )

    op.create_table(
        "stat_rows",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("row_no", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=40), nullable=False),
        sa.Column("post_id", sa.String(length=200), nullable=True),
        sa.Column("alt_id", sa.String(length=200), nullable=True),
        sa.Column("url_key", sa.String(length=500), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("post_type", sa.String(length=40), nullable=False),
        sa.Column("published_at", UTCDateTime(), nullable=True),
        sa.Column("duration_s", sa.Float(), nullable=True),
        sa.Column("views", sa.BigInteger(), nullable=True),
        sa.Column("reach", sa.BigInteger(), nullable=True),
        sa.Column("reactions", sa.BigInteger(), nullable=True),
        sa.Column("comments", sa.BigInteger(), nullable=True),
        sa.Column("shares", sa.BigInteger(), nullable=True),
        sa.Column("interactions", sa.BigInteger(), nullable=True),
        sa.Column("impressions", sa.BigInteger(), nullable=True),
        sa.Column("engaged_views", sa.BigInteger(), nullable=True),
        sa.Column("seconds_viewed", sa.Float(), nullable=True),
        sa.Column("avg_seconds_viewed", sa.Float(), nullable=True),
        sa.Column("avg_pct_viewed", sa.Float(), nullable=True),
        sa.Column("watch_hours", sa.Float(), nullable=True),
        sa.Column("ctr_pct", sa.Float(), nullable=True),
        sa.Column("stayed_pct", sa.Float(), nullable=True),
        sa.Column("clip_id", sa.String(length=120), nullable=True),
        sa.Column("publication_id", sa.Integer(), nullable=True),
        sa.Column("match", sa.String(length=20), nullable=True),
        sa.ForeignKeyConstraint(["clip_id"], ["clips.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["file_id"], ["stat_files.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["publication_id"], ["publications.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("file_id", "row_no", name="uq_stat_row"),
    )
    with op.batch_alter_table("stat_rows", schema=None) as batch_op:
        batch_op.create_index("ix_stat_rows_file_id", ["file_id"], unique=False)
        batch_op.create_index("ix_stat_rows_clip_id", ["clip_id"], unique=False)
        batch_op.create_index("ix_stat_rows_publication_id", ["publication_id"], unique=False)
        batch_op.create_index("ix_stat_rows_post", ["platform", "post_id"], unique=False)

    op.create_table(
        "series_points",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=40), nullable=False),
        sa.Column("metric", sa.String(length=200), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(["file_id"], ["stat_files.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("series_points", schema=None) as batch_op:
        batch_op.create_index("ix_series_points_file_id", ["file_id"], unique=False)
        batch_op.create_index("ix_series_metric_day", ["platform", "metric", "day"], unique=False)

    op.create_table(
        "audience_items",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=40), nullable=False),
        sa.Column("dimension", sa.String(length=40), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=True),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(["file_id"], ["stat_files.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audience_items", schema=None) as batch_op:
        batch_op.create_index("ix_audience_items_file_id", ["file_id"], unique=False)


def downgrade() -> None:
    op.drop_table("audience_items")
    op.drop_table("series_points")
    op.drop_table("stat_rows")
    op.drop_table("stat_file_data")
    op.drop_table("stat_files")
    op.drop_table("publications")
    with op.batch_alter_table("clips", schema=None) as batch_op:
        batch_op.drop_column("topic")
