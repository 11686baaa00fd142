"""Invitation memory: what was sent to whom for each event (UID, SEQUENCE, method).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 10:00:00.000000
"""

from alembic import op
import sqlalchemy as sa



revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('invitation_sent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('uid', sa.String(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(), nullable=False),
    sa.Column('content_hash', sa.String(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_invitation_sent_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_invitation_sent_person_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invitation_sent')),
    sa.UniqueConstraint('event_id', 'email', name=op.f('uq_invitation_sent_event_id'))
    )
    with op.batch_alter_table('invitation_sent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invitation_sent_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_invitation_sent_person_id'), ['person_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('invitation_sent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invitation_sent_person_id'))
        batch_op.drop_index(batch_op.f('ix_invitation_sent_event_id'))

    op.drop_table('invitation_sent')
