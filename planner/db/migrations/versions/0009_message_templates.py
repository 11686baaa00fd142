"""Messages from templates: the user's own templates (name, subject, body)
and every message made from one that was sent or written (to whom, for which
event, when, from which template, its subject, its attachments, and how).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 13:00:00.000000
"""

from alembic import op
import sqlalchemy as sa



revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('message_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('subject', sa.String(), nullable=False),
    sa.Column('body', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message_template')),
    sa.UniqueConstraint('name', name=op.f('uq_message_template_name'))
    )
    op.create_table('message_sent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('email', sa.String(), nullable=False),
    sa.Column('template', sa.String(), nullable=False),
    sa.Column('subject', sa.String(), nullable=False),
    sa.Column('attachments', sa.JSON(), nullable=False),
    sa.Column('how', sa.String(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_message_sent_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_message_sent_person_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message_sent'))
    )
    with op.batch_alter_table('message_sent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_message_sent_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_message_sent_person_id'), ['person_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('message_sent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_message_sent_person_id'))
        batch_op.drop_index(batch_op.f('ix_message_sent_event_id'))

    op.drop_table('message_sent')
    op.drop_table('message_template')
