"""Indexes for finding people and organisations with case ignored: by e-mail
address, family name and organisation name (COLLATE NOCASE), so that a
5,000-row participant list does not read the whole Directory for each row.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21 18:40:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_person_email_nocase", "person", "email"),
    ("ix_person_family_name_nocase", "person", "family_name"),
    ("ix_organisation_name_nocase", "organisation", "name"),
)


def upgrade() -> None:
    # PostgreSQL has no NOCASE: its lookups compare lower() of both sides.
    caseless = "{} COLLATE NOCASE" if op.get_bind().dialect.name == "sqlite" else "lower({})"
    for name, table, column in INDEXES:
        op.create_index(name, table, [sa.text(caseless.format(column))], unique=False)


def downgrade() -> None:
    for name, table, _column in INDEXES:
        op.drop_index(name, table_name=table)
