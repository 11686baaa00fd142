"""Replies fetched from a mailbox: where the mailbox is (IMAP server, port,
security, user, folder) and where the last fetch stopped (UIDVALIDITY and
the highest UID read).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 12:40:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'reply_mailbox',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('host', sa.String(), nullable=False),
        sa.Column('port', sa.Integer(), nullable=False),
        sa.Column('security', sa.String(), nullable=False),
        sa.Column('user', sa.String(), nullable=False),
        sa.Column('folder', sa.String(), nullable=False),
        sa.Column('uidvalidity', sa.Integer(), nullable=False),
        sa.Column('last_uid', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade() -> None:
    op.drop_table('reply_mailbox')
