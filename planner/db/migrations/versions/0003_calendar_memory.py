"""Calendar memory: the database's UID part and each exported item's SEQUENCE.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 10:00:00.000000
"""

from alembic import op
import sqlalchemy as sa



revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('calendar_identity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('database_uid', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calendar_identity'))
    )
    op.create_table('calendar_item_state',
    sa.Column('uid', sa.String(), nullable=False),
    sa.Column('content_hash', sa.String(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('uid', name=op.f('pk_calendar_item_state'))
    )


def downgrade() -> None:
    op.drop_table('calendar_item_state')
    op.drop_table('calendar_identity')
