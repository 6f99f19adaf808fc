"""clip search key: accent- and case-folded title, id, author and platform

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 03:50:00
"""

import sqlalchemy as sa
from alembic import op

from reviewer.core.search import search_key

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clips", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_key", sa.Text(), nullable=False, server_default=""))
    clips = sa.table(
        "clips",
        sa.column("id", sa.String),
        sa.column("title", sa.Text),
        sa.column("author", sa.Text),
        sa.column("platform", sa.String),
        sa.column("search_key", sa.Text),
    )
    bind = op.get_bind()
    rows = bind.execute(sa.select(clips.c.id, clips.c.title, clips.c.author, clips.c.platform)).all()
    for row in rows:
        bind.execute(
            clips.update()
            .where(clips.c.id == row.id)
            .values(search_key=search_key(row.title, row.id, row.author, row.platform))
        )


def downgrade() -> None:
    with op.batch_alter_table("clips", schema=None) as batch_op:
        batch_op.drop_column("search_key")
