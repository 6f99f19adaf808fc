"""stat_effects: the newest numbers of each (clip, platform), maintained at import time

``stats summary`` read every snapshot row of every post to pick the newest ones; this table keeps
their sums per (clip, platform), updated in the transaction of every import, publication and match
by hand (``reviewer/storage/stat_effects.py``), and an index for a clip's first publication on a
platform. The upgrade fills the table from the rows already imported.
The backfill's SQL is a frozen copy of the rule as of this revision (a released revision must not
change when the application's code does).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 02:30:00
"""

import sqlalchemy as sa
from alembic import op

from reviewer.storage.models import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_KEY = "COALESCE(NULLIF(r.post_id, ''), NULLIF(r.alt_id, ''), NULLIF(r.url_key, ''), '')"
_NEWEST = (
    f"CASE WHEN {_KEY} = '' THEN DENSE_RANK() OVER (PARTITION BY r.clip_id, r.platform, {_KEY}"
    f" ORDER BY f.exported_at DESC, r.file_id DESC)"
    f" ELSE ROW_NUMBER() OVER (PARTITION BY r.clip_id, r.platform, {_KEY}"
    f" ORDER BY f.exported_at DESC, r.id DESC) END"
)
_BACKFILL = f"""
INSERT INTO stat_effects (clip_id, platform, posts, views, reach, interactions, through_num, through_den,
                          seconds_num, seconds_den, first_published_at, own_published_at)
SELECT n.clip_id, n.platform, COUNT(*), SUM(n.views), SUM(n.reach), SUM(n.inter),
  CASE WHEN COUNT(*) = 1 THEN MAX(n.kt) ELSE SUM(CASE WHEN n.views > 0 THEN n.kt * n.views END) END,
  CASE WHEN COUNT(*) = 1 THEN MAX(CASE WHEN n.kt IS NOT NULL THEN 1.0 END)
       ELSE SUM(CASE WHEN n.views > 0 AND n.kt IS NOT NULL THEN n.views END) END,
  CASE WHEN COUNT(*) = 1 THEN MAX(n.sv) ELSE SUM(CASE WHEN n.views > 0 THEN n.sv * n.views END) END,
  CASE WHEN COUNT(*) = 1 THEN MAX(CASE WHEN n.sv IS NOT NULL THEN 1.0 END)
       ELSE SUM(CASE WHEN n.views > 0 AND n.sv IS NOT NULL THEN n.views END) END,
  (SELECT MIN(p.published_at) FROM publications p WHERE p.clip_id = n.clip_id AND p.platform = n.platform),
  MIN(n.published_at)
FROM (
  SELECT r.clip_id, r.platform, r.published_at, r.views, r.reach,
    COALESCE(r.reactions + r.comments + r.shares, r.interactions) AS inter,
    CASE WHEN r.avg_pct_viewed IS NOT NULL THEN r.avg_pct_viewed / 100.0
         WHEN r.avg_seconds_viewed IS NOT NULL AND r.duration_s IS NOT NULL AND r.duration_s <> 0
           THEN r.avg_seconds_viewed / r.duration_s END AS kt,
    CASE WHEN r.avg_pct_viewed IS NULL AND (r.duration_s IS NULL OR r.duration_s = 0)
         THEN r.avg_seconds_viewed END AS sv,
    {_NEWEST} AS newest
  FROM stat_rows r JOIN stat_files f ON f.id = r.file_id
  WHERE r.clip_id IS NOT NULL
) n WHERE n.newest = 1
GROUP BY n.clip_id, n.platform
"""


def upgrade() -> None:
    op.create_table(
        "stat_effects",
        sa.Column("clip_id", sa.String(length=120), nullable=False),
        sa.Column("platform", sa.String(length=40), nullable=False),
        sa.Column("posts", sa.Integer(), nullable=False),
        sa.Column("views", sa.BigInteger(), nullable=True),
        sa.Column("reach", sa.BigInteger(), nullable=True),
        sa.Column("interactions", sa.BigInteger(), nullable=True),
        sa.Column("through_num", sa.Float(), nullable=True),
        sa.Column("through_den", sa.Float(), nullable=True),
        sa.Column("seconds_num", sa.Float(), nullable=True),
        sa.Column("seconds_den", sa.Float(), nullable=True),
        sa.Column("first_published_at", UTCDateTime(), nullable=True),
        sa.Column("own_published_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["clip_id"], ["clips.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("clip_id", "platform"),
    )
    # Without it the backfill's first-publication lookup scans a platform's publications per clip.
    with op.batch_alter_table("publications", schema=None) as batch_op:
        batch_op.create_index("ix_publications_first", ["clip_id", "platform", "published_at"], unique=False)
    op.execute(_BACKFILL)


def downgrade() -> None:
    with op.batch_alter_table("publications", schema=None) as batch_op:
        batch_op.drop_index("ix_publications_first")
    op.drop_table("stat_effects")
