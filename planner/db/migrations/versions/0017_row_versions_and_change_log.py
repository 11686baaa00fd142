"""Several organisers at once: a version on every row the window edits,
so that a save over a newer change is refused instead of losing it, and
a log of who changed what and when.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04 20:50:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

# The tables the window edits row by row (a single-column key).
VERSIONED = (
    'organisation',
    'person',
    'event',
    'event_link',
    'agenda_item',
    'participation',
    'travel_leg',
    'stay',
    'cost',
    'budget_line',
    'allowance_rate',
    'minutes_item',
    'message_template',
    'programme',
    'consent',
)


def upgrade() -> None:
    # A column with a constant default is added in place on SQLite and on
    # PostgreSQL: no parent table is rebuilt (its rows keep their keys).
    for table in VERSIONED:
        op.add_column(table, sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    op.create_table(
        'change_log',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('happened_at', sa.DateTime(), nullable=False),
        sa.Column('author', sa.String(), nullable=False),
        sa.Column('table_name', sa.String(), nullable=False),
        sa.Column('row_id', sa.Integer(), nullable=False),
        sa.Column('event_id', sa.Integer(), nullable=True),
        sa.Column('action', sa.String(), nullable=False),
        sa.Column('fields', sa.String(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_change_log')),
    )
    with op.batch_alter_table('change_log') as batch:
        batch.create_index(batch.f('ix_change_log_event_id'), ['event_id'], unique=False)
        batch.create_index(batch.f('ix_change_log_row_id'), ['row_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('change_log') as batch:
        batch.drop_index(batch.f('ix_change_log_row_id'))
        batch.drop_index(batch.f('ix_change_log_event_id'))
    op.drop_table('change_log')
    for table in reversed(VERSIONED):
        op.drop_column(table, 'version')
