"""station authority: the station key (one row), certificates and revocations of signer keys

Revision ID: 0005
Revises: 0004
The station row and the new signing_keys columns are caches: who may sign what follows only from
the station-signed audit events (station_created, key_enrolled, key_certified, key_retired,
key_revoked); ``reviewer verify`` reports any row that disagrees with them.
"""

import sqlalchemy as sa
from alembic import op

from reviewer.storage.models import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "station",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("public_key", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(length=100), nullable=False),
        sa.Column("library_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("audit_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("fingerprint"),
    )
    with op.batch_alter_table("signing_keys", schema=None) as batch_op:
        batch_op.add_column(sa.Column("certificate", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("serial", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("valid_before", UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("revoked_at", UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("revoke_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("signing_keys", schema=None) as batch_op:
        batch_op.drop_column("revoke_reason")
        batch_op.drop_column("revoked_at")
        batch_op.drop_column("valid_before")
        batch_op.drop_column("serial")
        batch_op.drop_column("certificate")
    op.drop_table("station")
