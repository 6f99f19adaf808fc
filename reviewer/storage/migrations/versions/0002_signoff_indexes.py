"""signoff indexes: one audit event per signed record, revocation lookup

Revision ID: 0002
Revises: 0001
Verification walks the audit chain and joins each signoff/revocation event to its stored record
by ``audit_seq``; the unique index makes that join fast and refuses a second record claiming the
same event. ``revokes_id`` is indexed for the per-clip approval state.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("signoffs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signoffs_audit_seq"), ["audit_seq"], unique=True)
        batch_op.create_index(batch_op.f("ix_signoffs_revokes_id"), ["revokes_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("signoffs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signoffs_revokes_id"))
        batch_op.drop_index(batch_op.f("ix_signoffs_audit_seq"))
