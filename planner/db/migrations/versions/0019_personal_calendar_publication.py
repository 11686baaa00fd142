"""Each participant's personal calendar published, as an option, to a
calendar collection of its own on the CalDAV server: the base URL under
which Planner makes those collections ("" = not published), and per
participant the collection made and what Planner put there, by UID.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04 21:15:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A column with a constant default is added in place on SQLite and on
    # PostgreSQL: calendar_publication is not rebuilt.
    op.add_column('calendar_publication', sa.Column('personal_base_url', sa.String(), server_default='', nullable=False))
    op.create_table(
        'personal_publication',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('event_id', sa.Integer(), nullable=False),
        # No key to person: a person taken out of the Directory still has
        # items on the server that the next publication removes.
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('url', sa.String(), nullable=False),
        sa.Column('items', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ['event_id'], ['event.id'], name=op.f('fk_personal_publication_event_id_event'), ondelete='CASCADE'
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_personal_publication')),
        sa.UniqueConstraint('event_id', 'person_id', name=op.f('uq_personal_publication_event_id')),
    )
    with op.batch_alter_table('personal_publication') as batch:
        batch.create_index(batch.f('ix_personal_publication_event_id'), ['event_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('personal_publication') as batch:
        batch.drop_index(batch.f('ix_personal_publication_event_id'))
    op.drop_table('personal_publication')
    with op.batch_alter_table('calendar_publication') as batch:
        batch.drop_column('personal_base_url')
