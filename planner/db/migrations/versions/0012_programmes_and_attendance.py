"""Evidence for funders: programmes with their logos, funding statement and
grant agreement number; who was present on which day of an event; and
whether an event's signature sheets have a morning and an afternoon.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 18:00:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'programme',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(), nullable=False),
        sa.Column('funding_statement', sa.String(), nullable=False),
        sa.Column('grant_number', sa.String(), nullable=False),
        sa.Column('logo', sa.LargeBinary(), nullable=True),
        sa.Column('emblem', sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_programme')),
        sa.UniqueConstraint('name', name=op.f('uq_programme_name')),
    )
    op.create_table(
        'attendance_mark',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('participation_id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('part', sa.String(), nullable=False),
        sa.Column('source', sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ['participation_id'],
            ['participation.id'],
            name=op.f('fk_attendance_mark_participation_id_participation'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance_mark')),
        sa.UniqueConstraint('participation_id', 'day', 'part', name=op.f('uq_attendance_mark_participation_id')),
    )
    op.create_index(
        op.f('ix_attendance_mark_participation_id'), 'attendance_mark', ['participation_id'], unique=False
    )
    with op.batch_alter_table('event') as batch:
        # A constant default: SQLite adds the column in place (an expression would make
        # Alembic rebuild the table, and dropping the old one would cascade to its rows).
        batch.add_column(sa.Column('attendance_halves', sa.Boolean(), nullable=False, server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('event') as batch:
        batch.drop_column('attendance_halves')
    op.drop_index(op.f('ix_attendance_mark_participation_id'), table_name='attendance_mark')
    op.drop_table('attendance_mark')
    op.drop_table('programme')
