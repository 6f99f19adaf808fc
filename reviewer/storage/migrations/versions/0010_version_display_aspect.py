"""clip_versions.display_aspect: each version's picture shape on screen

A clip with non-square pixels (anamorphic SD: 480x360 or 720x576 stored, 16:9 on screen) was shaped
on the desk by its stored size until libvlc, having opened it, said its shape; the surface was then
reshaped under a paused picture, and its edges could keep what was drawn before. The shape on
screen is now found at ingest (the probe reads the pixels' aspect) and kept with the version, so
the desk shapes the picture before the clip opens. Versions stored before this revision keep NULL
(the desk then shapes them as before); their files are not probed again here.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 00:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clip_versions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("display_aspect", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("clip_versions", schema=None) as batch_op:
        batch_op.drop_column("display_aspect")
