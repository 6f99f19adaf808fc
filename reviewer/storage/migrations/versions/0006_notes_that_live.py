"""notes that live: edited, resolved / reopened, with a reply line; each version's metadata

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 09:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("edited_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("resolved_by", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("reply", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("reply_by", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("replied_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("clip_versions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("metadata_json", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("clip_versions", schema=None) as batch_op:
        batch_op.drop_column("metadata_json")
    with op.batch_alter_table("notes", schema=None) as batch_op:
        for name in ("replied_at", "reply_by", "reply", "resolved_by", "resolved_at", "edited_at"):
            batch_op.drop_column(name)
