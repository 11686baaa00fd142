"""Events taken on the road: on a laptop copy, where it came from (the
server's location without its password, when, how far the server's change
log had gone) and which events are checked out to it; on the server, which
events are checked out, by whom, to which copy, since when.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04 21:10:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # New tables only: no parent table is rebuilt on SQLite.
    op.create_table(
        'copy_origin',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('server', sa.String(), nullable=False),
        sa.Column('copied_at', sa.DateTime(), nullable=False),
        sa.Column('server_mark', sa.Integer(), nullable=False),
        sa.Column('copy_mark', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_copy_origin')),
    )
    op.create_table(
        'event_checkout',
        sa.Column('event_id', sa.Integer(), nullable=False),
        sa.Column('author', sa.String(), nullable=False),
        sa.Column('copy_name', sa.String(), nullable=False),
        sa.Column('since', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('event_id', name=op.f('pk_event_checkout')),
    )


def downgrade() -> None:
    op.drop_table('event_checkout')
    op.drop_table('copy_origin')
