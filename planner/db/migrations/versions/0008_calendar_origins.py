"""Calendar origins: the UID of the VEVENT each imported event or agenda item
came from, and the SEQUENCE last applied.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 12:40:00.000000
"""

from alembic import op
import sqlalchemy as sa



revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('calendar_origin',
    sa.Column('uid', sa.String(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=True),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_calendar_origin_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_calendar_origin_event_id_event'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('uid', name=op.f('pk_calendar_origin'))
    )
    with op.batch_alter_table('calendar_origin', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_calendar_origin_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_calendar_origin_event_id'), ['event_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('calendar_origin', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_calendar_origin_event_id'))
        batch_op.drop_index(batch_op.f('ix_calendar_origin_agenda_item_id'))
    op.drop_table('calendar_origin')
