"""clip search index: (status, search_key), so a search scans a narrow index, not the rows

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 04:20:00
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clips", schema=None) as batch_op:
        batch_op.create_index("ix_clips_search", ["status", "search_key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("clips", schema=None) as batch_op:
        batch_op.drop_index("ix_clips_search")
