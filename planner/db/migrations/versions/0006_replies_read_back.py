"""Replies read back: the last answer read from each address an invitation
went to (ACCEPTED, DECLINED, TENTATIVE) and when it was given (DTSTAMP).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 04:00:00.000000
"""

from alembic import op
import sqlalchemy as sa



revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('invitation_sent', schema=None) as batch_op:
        # Rows already there have no answer read: "" and NULL.
        batch_op.add_column(sa.Column('reply', sa.String(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('replied_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('invitation_sent', schema=None) as batch_op:
        batch_op.drop_column('replied_at')
        batch_op.drop_column('reply')
