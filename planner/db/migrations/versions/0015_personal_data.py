"""Personal data kept as the GDPR asks: what each participant agreed to
(consent), how long dietary and access needs are kept (per database and per
event), until when a programme's funder evidence is kept, the purges the
organiser agreed to, and a record of what left the laptop (disclosures).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04 20:05:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'consent',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('participation_id', sa.Integer(), nullable=False),
        sa.Column('purpose', sa.String(), nullable=False),
        sa.Column('given', sa.Boolean(), nullable=False),
        sa.Column('given_on', sa.Date(), nullable=True),
        sa.Column('how', sa.String(), nullable=False),
        sa.Column('wording', sa.String(), nullable=False),
        sa.Column('withdrawn_on', sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ['participation_id'],
            ['participation.id'],
            name=op.f('fk_consent_participation_id_participation'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_consent')),
        sa.UniqueConstraint('participation_id', 'purpose', name=op.f('uq_consent_participation_id')),
    )
    with op.batch_alter_table('consent') as batch:
        batch.create_index(batch.f('ix_consent_participation_id'), ['participation_id'], unique=False)
    op.create_table(
        'data_policy',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('needs_kept_days', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_data_policy')),
    )
    for table, moment in (('purge', 'done_at'), ('disclosure', 'happened_at')):
        columns: list[sa.schema.SchemaItem] = [
            sa.Column('id', sa.Integer(), nullable=False),
            sa.Column(moment, sa.DateTime(), nullable=False),
            sa.Column('kind', sa.String(), nullable=False),
            sa.Column('event_id', sa.Integer(), nullable=True),
            sa.Column('what', sa.String(), nullable=False),
        ]
        if table == 'purge':
            columns.append(sa.Column('count', sa.Integer(), nullable=False))
        else:
            columns += [
                sa.Column('recipients', sa.JSON(), nullable=False),
                sa.Column('destination', sa.String(), nullable=False),
                sa.Column('person_ids', sa.JSON(), nullable=False),
            ]
        op.create_table(
            table,
            *columns,
            sa.ForeignKeyConstraint(
                ['event_id'], ['event.id'], name=op.f(f'fk_{table}_event_id_event'), ondelete='SET NULL'
            ),
            sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{table}')),
        )
        with op.batch_alter_table(table) as batch:
            batch.create_index(batch.f(f'ix_{table}_event_id'), ['event_id'], unique=False)
    # Columns added in place (constant defaults): rebuilding a parent table
    # would fire the ON DELETE of the tables that refer to it.
    with op.batch_alter_table('event') as batch:
        batch.add_column(sa.Column('consent_needed', sa.Boolean(), nullable=False, server_default='0'))
        batch.add_column(sa.Column('needs_kept_days', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('needs_purged_on', sa.Date(), nullable=True))
        batch.add_column(sa.Column('anonymised_on', sa.Date(), nullable=True))
    with op.batch_alter_table('person') as batch:
        batch.add_column(sa.Column('anonymised_on', sa.Date(), nullable=True))
    with op.batch_alter_table('programme') as batch:
        batch.add_column(sa.Column('audit_until', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('programme') as batch:
        batch.drop_column('audit_until')
    with op.batch_alter_table('person') as batch:
        batch.drop_column('anonymised_on')
    with op.batch_alter_table('event') as batch:
        batch.drop_column('anonymised_on')
        batch.drop_column('needs_purged_on')
        batch.drop_column('needs_kept_days')
        batch.drop_column('consent_needed')
    op.drop_table('disclosure')
    op.drop_table('purge')
    op.drop_table('data_policy')
    op.drop_table('consent')
