"""A person's preferred language: the language of the documents and
messages written for them ("" while unknown: the organiser's choice then).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 17:40:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('person') as batch:
        batch.add_column(sa.Column('language', sa.String(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('person') as batch:
        batch.drop_column('language')
