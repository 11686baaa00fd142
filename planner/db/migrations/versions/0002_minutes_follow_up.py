"""Minutes: an outcome may lead to a follow-up event.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 10:00:00.000000
"""

from alembic import op
import sqlalchemy as sa



revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite adds a foreign key only by copying the table: batch mode does it.
    with op.batch_alter_table('minutes_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('follow_up_event_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f('fk_minutes_item_follow_up_event_id_event'), 'event', ['follow_up_event_id'], ['id'],
            ondelete='SET NULL',
        )
        batch_op.create_index(batch_op.f('ix_minutes_item_follow_up_event_id'), ['follow_up_event_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('minutes_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_minutes_item_follow_up_event_id'))
        batch_op.drop_constraint(batch_op.f('fk_minutes_item_follow_up_event_id_event'), type_='foreignkey')
        batch_op.drop_column('follow_up_event_id')
