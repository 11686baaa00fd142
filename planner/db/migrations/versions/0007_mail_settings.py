"""Mail settings: the one SMTP account invitations are sent from (server,
port, security, user name, sender). The password is kept in the system
keyring, never here.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 12:30:00.000000
"""

from alembic import op
import sqlalchemy as sa



revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mail_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('host', sa.String(), nullable=False),
    sa.Column('port', sa.Integer(), nullable=False),
    sa.Column('security', sa.String(), nullable=False),
    sa.Column('user_name', sa.String(), nullable=False),
    sa.Column('sender_name', sa.String(), nullable=False),
    sa.Column('sender_email', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mail_settings'))
    )


def downgrade() -> None:
    op.drop_table('mail_settings')
