"""Where an event's calendar is published on a CalDAV server (its URL, the
user name; the password stays in the system keyring) and what Planner put
there, by UID, with each resource's address and ETag.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 20:20:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A new table only: no parent table is rebuilt.
    op.create_table(
        'calendar_publication',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('event_id', sa.Integer(), nullable=False),
        sa.Column('url', sa.String(), nullable=False),
        sa.Column('user_name', sa.String(), nullable=False),
        sa.Column('published_at', sa.DateTime(), nullable=True),
        sa.Column('items', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ['event_id'], ['event.id'], name=op.f('fk_calendar_publication_event_id_event'), ondelete='CASCADE'
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_calendar_publication')),
        sa.UniqueConstraint('event_id', name=op.f('uq_calendar_publication_event_id')),
    )
    with op.batch_alter_table('calendar_publication') as batch:
        batch.create_index(batch.f('ix_calendar_publication_event_id'), ['event_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('calendar_publication') as batch:
        batch.drop_index(batch.f('ix_calendar_publication_event_id'))
    op.drop_table('calendar_publication')
