"""A person's gender, for the statistics funders ask for: "woman", "man"
or "another"; "" while not stated (the default: it is asked, never
guessed).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 18:00:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('person') as batch:
        batch.add_column(sa.Column('gender', sa.String(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('person') as batch:
        batch.drop_column('gender')
