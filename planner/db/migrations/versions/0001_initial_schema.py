"""Initial schema: events, people, organisations, agenda, logistics, minutes.

Revision ID: 0001
Revises: 
Create Date: 2026-11-21 12:31:04.748978
"""

from alembic import op
import sqlalchemy as sa



revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('region', sa.String(), nullable=False),
    sa.Column('country', sa.String(), nullable=False),
    sa.Column('website', sa.String(), nullable=False),
    sa.Column('is_sample', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation'))
    )
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisation_name'), ['name'], unique=False)

    op.create_table('event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('timezone', sa.String(), nullable=False),
    sa.Column('venue_name', sa.String(), nullable=False),
    sa.Column('venue_address', sa.String(), nullable=False),
    sa.Column('venue_city', sa.String(), nullable=False),
    sa.Column('venue_country', sa.String(), nullable=False),
    sa.Column('host_id', sa.Integer(), nullable=True),
    sa.Column('programme', sa.String(), nullable=False),
    sa.Column('funding', sa.String(), nullable=False),
    sa.Column('organiser_email', sa.String(), nullable=False),
    sa.Column('summary', sa.String(), nullable=False),
    sa.Column('objectives', sa.JSON(), nullable=False),
    sa.Column('minutes_summary', sa.String(), nullable=False),
    sa.Column('is_sample', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['host_id'], ['organisation.id'], name=op.f('fk_event_host_id_organisation'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_host_id'), ['host_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_programme'), ['programme'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_starts_on'), ['starts_on'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('honorific', sa.String(), nullable=False),
    sa.Column('given_name', sa.String(), nullable=False),
    sa.Column('family_name', sa.String(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.String(), nullable=False),
    sa.Column('region', sa.String(), nullable=False),
    sa.Column('country', sa.String(), nullable=False),
    sa.Column('email', sa.String(), nullable=True),
    sa.Column('phone', sa.String(), nullable=False),
    sa.Column('dietary', sa.String(), nullable=False),
    sa.Column('accessibility', sa.String(), nullable=False),
    sa.Column('is_sample', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_person_organisation_id_organisation'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('email', name=op.f('uq_person_email'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_family_name'), ['family_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('agenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('location', sa.String(), nullable=False),
    sa.Column('moderator_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('topics', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_agenda_item_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['moderator_id'], ['person.id'], name=op.f('fk_agenda_item_moderator_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agenda_item_moderator_id'), ['moderator_id'], unique=False)

    op.create_table('cost',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('amount_minor', sa.Integer(), nullable=False),
    sa.Column('currency', sa.String(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('funded_by', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_cost_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_cost_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cost'))
    )
    with op.batch_alter_table('cost', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cost_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_cost_person_id'), ['person_id'], unique=False)

    op.create_table('event_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('relation', sa.String(), nullable=False),
    sa.Column('target_event_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('city', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_event_link_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['target_event_id'], ['event.id'], name=op.f('fk_event_link_target_event_id_event'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_link'))
    )
    with op.batch_alter_table('event_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_link_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_link_target_event_id'), ['target_event_id'], unique=False)

    op.create_table('minutes_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('by_person_id', sa.Integer(), nullable=True),
    sa.Column('by_organisation_id', sa.Integer(), nullable=True),
    sa.Column('topic', sa.String(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('state', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['by_organisation_id'], ['organisation.id'], name=op.f('fk_minutes_item_by_organisation_id_organisation'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['by_person_id'], ['person.id'], name=op.f('fk_minutes_item_by_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_minutes_item_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['person.id'], name=op.f('fk_minutes_item_owner_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_minutes_item'))
    )
    with op.batch_alter_table('minutes_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_minutes_item_by_organisation_id'), ['by_organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_minutes_item_by_person_id'), ['by_person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_minutes_item_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_minutes_item_owner_id'), ['owner_id'], unique=False)

    op.create_table('participation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('arrives_on', sa.Date(), nullable=True),
    sa.Column('departs_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_participation_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_participation_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participation')),
    sa.UniqueConstraint('event_id', 'person_id', name=op.f('uq_participation_event_id'))
    )
    with op.batch_alter_table('participation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participation_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participation_person_id'), ['person_id'], unique=False)

    op.create_table('stay',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('address', sa.String(), nullable=False),
    sa.Column('check_in', sa.Date(), nullable=False),
    sa.Column('check_out', sa.Date(), nullable=False),
    sa.Column('reference', sa.String(), nullable=False),
    sa.Column('cost_minor', sa.Integer(), nullable=True),
    sa.Column('cost_currency', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_stay_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_stay_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stay'))
    )
    with op.batch_alter_table('stay', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stay_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stay_person_id'), ['person_id'], unique=False)

    op.create_table('travel_leg',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('mode', sa.String(), nullable=False),
    sa.Column('carrier', sa.String(), nullable=False),
    sa.Column('number', sa.String(), nullable=False),
    sa.Column('reference', sa.String(), nullable=False),
    sa.Column('from_place', sa.String(), nullable=False),
    sa.Column('from_at', sa.DateTime(), nullable=False),
    sa.Column('from_timezone', sa.String(), nullable=False),
    sa.Column('to_place', sa.String(), nullable=False),
    sa.Column('to_at', sa.DateTime(), nullable=False),
    sa.Column('to_timezone', sa.String(), nullable=False),
    sa.Column('cost_minor', sa.Integer(), nullable=True),
    sa.Column('cost_currency', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_travel_leg_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_travel_leg_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_travel_leg'))
    )
    with op.batch_alter_table('travel_leg', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_travel_leg_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_travel_leg_person_id'), ['person_id'], unique=False)

    op.create_table('agenda_speaker',
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_item.id'], name=op.f('fk_agenda_speaker_item_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_agenda_speaker_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('item_id', 'person_id', name=op.f('pk_agenda_speaker'))
    )
    with op.batch_alter_table('agenda_speaker', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_speaker_person_id'), ['person_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('agenda_speaker', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_speaker_person_id'))

    op.drop_table('agenda_speaker')
    with op.batch_alter_table('travel_leg', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_travel_leg_person_id'))
        batch_op.drop_index(batch_op.f('ix_travel_leg_event_id'))

    op.drop_table('travel_leg')
    with op.batch_alter_table('stay', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stay_person_id'))
        batch_op.drop_index(batch_op.f('ix_stay_event_id'))

    op.drop_table('stay')
    with op.batch_alter_table('participation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participation_person_id'))
        batch_op.drop_index(batch_op.f('ix_participation_event_id'))

    op.drop_table('participation')
    with op.batch_alter_table('minutes_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_minutes_item_owner_id'))
        batch_op.drop_index(batch_op.f('ix_minutes_item_event_id'))
        batch_op.drop_index(batch_op.f('ix_minutes_item_by_person_id'))
        batch_op.drop_index(batch_op.f('ix_minutes_item_by_organisation_id'))

    op.drop_table('minutes_item')
    with op.batch_alter_table('event_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_link_target_event_id'))
        batch_op.drop_index(batch_op.f('ix_event_link_event_id'))

    op.drop_table('event_link')
    with op.batch_alter_table('cost', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cost_person_id'))
        batch_op.drop_index(batch_op.f('ix_cost_event_id'))

    op.drop_table('cost')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_moderator_id'))
        batch_op.drop_index(batch_op.f('ix_agenda_item_event_id'))

    op.drop_table('agenda_item')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_person_family_name'))

    op.drop_table('person')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_starts_on'))
        batch_op.drop_index(batch_op.f('ix_event_programme'))
        batch_op.drop_index(batch_op.f('ix_event_host_id'))

    op.drop_table('event')
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisation_name'))

    op.drop_table('organisation')
