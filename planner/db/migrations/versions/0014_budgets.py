"""Budgets by funder: the planned budget of an event by funder, category
and currency; the rates a funder pays per day or per distance band; and on
each cost what an auditor asks for (the day it was spent, whom it was paid
to, the reference of its receipt or invoice).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 17:50:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'budget_line',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('event_id', sa.Integer(), nullable=False),
        sa.Column('funder', sa.String(), nullable=False),
        sa.Column('category', sa.String(), nullable=False),
        sa.Column('amount_minor', sa.Integer(), nullable=False),
        sa.Column('currency', sa.String(), nullable=False),
        sa.Column('note', sa.String(), nullable=False, server_default=''),
        sa.ForeignKeyConstraint(
            ['event_id'], ['event.id'], name=op.f('fk_budget_line_event_id_event'), ondelete='CASCADE'
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_budget_line')),
    )
    with op.batch_alter_table('budget_line') as batch:
        batch.create_index(batch.f('ix_budget_line_event_id'), ['event_id'], unique=False)
    op.create_table(
        'allowance_rate',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('funder', sa.String(), nullable=False),
        sa.Column('basis', sa.String(), nullable=False),
        sa.Column('from_km', sa.Integer(), nullable=True),
        sa.Column('to_km', sa.Integer(), nullable=True),
        sa.Column('amount_minor', sa.Integer(), nullable=False),
        sa.Column('currency', sa.String(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_allowance_rate')),
    )
    with op.batch_alter_table('allowance_rate') as batch:
        batch.create_index(batch.f('ix_allowance_rate_funder'), ['funder'], unique=False)
    with op.batch_alter_table('cost') as batch:
        batch.add_column(sa.Column('spent_on', sa.Date(), nullable=True))
        batch.add_column(sa.Column('payee', sa.String(), nullable=False, server_default=''))
        batch.add_column(sa.Column('evidence', sa.String(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('cost') as batch:
        batch.drop_column('evidence')
        batch.drop_column('payee')
        batch.drop_column('spent_on')
    op.drop_table('allowance_rate')
    op.drop_table('budget_line')
