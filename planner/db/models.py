"""The tables of a Planner database (SQLModel on SQLAlchemy 2).

Conventions:
- Optional text is stored as an empty string, never NULL, so that "missing"
  and "empty" are one state; optional references, dates and amounts are NULL.
- Agenda times are naive wall-clock times in the event's IANA time zone and
  travel times naive wall-clock times in each end's zone: SQLite keeps no
  tzinfo, and a wall-clock time plus its zone restores exactly, across DST.
- Money is an integer number of minor units (cents) with an ISO 4217 code.
- Enumerations are stored as their string values (see ``enums``).
- References to people and organisations never cascade: deleting one that
  is still referred to fails, and the services say why. Parts owned by an
  event (agenda, participations, travel, stays, costs, minutes, links) go
  with it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Column, DateTime, ForeignKey, Integer, LargeBinary, MetaData, UniqueConstraint
from sqlalchemy.orm import declared_attr
from sqlmodel import Field, SQLModel

# A naming convention from the first migration on, so that batch migrations
# on SQLite can find and alter constraints by name.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _wall_clock() -> Column:
    """A naive date and time: wall-clock time in a zone stored beside it."""
    return Column(DateTime(timezone=False), nullable=False)


def _version() -> Column:
    """A row's version, counted up by every change (migration 0017)."""
    return Column(Integer, nullable=False, server_default="1")


class Versioned:
    """A row two organisers may edit at once: each change counts its
    ``version`` up, and a change made over a version no longer stored (someone
    saved in between) fails instead of overwriting theirs (SQLAlchemy's
    StaleDataError, told to the user by operations.base)."""

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def _fk(target: str, *, ondelete: str, nullable: bool = True, index: bool = True) -> Column:
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=index)


class Organisation(Versioned, SQLModel, table=True):
    __tablename__ = "organisation"

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1, sa_column=_version())
    name: str = Field(index=True)
    kind: str = "other"
    region: str = ""
    country: str = ""  # ISO 3166 alpha-2, or empty
    website: str = ""
    is_sample: bool = False
    # Looked up by name with case ignored through an index on
    # "name COLLATE NOCASE", made by migration 0005 only (Alembic cannot
    # compare expression indexes with the models).


class Person(Versioned, SQLModel, table=True):
    __tablename__ = "person"
    # Looked up by e-mail and family name with case ignored: indexes on
    # "email COLLATE NOCASE" and "family_name COLLATE NOCASE" (migration 0005).

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1, sa_column=_version())
    honorific: str = ""
    given_name: str = ""
    family_name: str = Field(default="", index=True)
    organisation_id: int | None = Field(default=None, sa_column=_fk("organisation.id", ondelete="RESTRICT"))
    position: str = ""
    region: str = ""
    country: str = ""
    # NULL when unknown, so that the uniqueness holds only for real addresses.
    email: str | None = Field(default=None, unique=True)
    phone: str = ""
    dietary: str = ""
    accessibility: str = ""
    # A code of services.language.LANGUAGES ("de", "el" ...), "" when not known.
    language: str = ""
    # "woman", "man" or "another" (enums.Gender); "" while not stated.
    gender: str = ""
    is_sample: bool = False
    # The day the person's name and contact details were removed (GDPR
    # erasure, or their event anonymised); what is left is statistics.
    anonymised_on: date | None = None

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.given_name, self.family_name) if part)


class Event(Versioned, SQLModel, table=True):
    __tablename__ = "event"

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1, sa_column=_version())
    title: str
    kind: str
    status: str = "draft"
    starts_on: date = Field(index=True)
    ends_on: date
    timezone: str
    venue_name: str = ""
    venue_address: str = ""
    venue_city: str = ""
    venue_country: str = ""
    host_id: int | None = Field(default=None, sa_column=_fk("organisation.id", ondelete="RESTRICT"))
    programme: str = Field(default="", index=True)
    funding: str = ""
    organiser_email: str = ""
    summary: str = ""
    objectives: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    minutes_summary: str = ""
    is_sample: bool = False
    # Signature sheets with a morning and an afternoon column for each day.
    attendance_halves: bool = False
    # Lists given to others hold only those who agreed (Consent "shared_list").
    consent_needed: bool = False
    # Days after its last day that its participants' dietary and access needs
    # are kept; NULL: the database's DataPolicy.needs_kept_days.
    needs_kept_days: int | None = None
    needs_purged_on: date | None = None  # when they were removed
    anonymised_on: date | None = None  # names and contacts removed, statistics kept


class EventLink(Versioned, SQLModel, table=True):
    """A related event: one in this database (``target_event_id``), or one
    known only by its title, dates and city."""

    __tablename__ = "event_link"

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1, sa_column=_version())
    event_id: int = Field(sa_column=_fk("event.id", ondelete="CASCADE", nullable=False))
    relation: str
    target_event_id: int | None = Field(default=None, sa_column=_fk("event.id", ondelete="SET NULL"))
    title: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    city: str = ""


class AgendaItem(Versioned, SQLModel, table=True):
    __tablename__ = "agenda_item"

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1, sa_column=_version())
    event_id: int = Field(sa_column=_fk("event.id", ondelete="CASCADE", nullable=False))
    starts_at: datetime = Field(sa_column=_wall_clock())
    ends_at: datetime = Field(sa_column=_wall_clock())
    kind: str = "session"
    title: str
    location: str = ""
    moderator_id: int | None = Field(default=None, sa_column=_fk("person.id", ondelete="RESTRICT"))
    description: str = ""
    topics: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class AgendaSpeaker(SQLModel, table=True):
    """A speaker of an agenda item, in the order they are listed."""

    __tablename__ = "agenda_speaker"

    item_id: int = Field(sa_column=Column(Integer, ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True))
    person_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True, index=True)
    )
    position: int = 0


class Participation(Versioned, SQLModel, table=True):
    __tablename__ = "participation"
    __table_args__ = (UniqueConstraint("event_id", "person_id"),)

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1, sa_column=_version())
    event_id: int = Field(sa_column=_fk("event.id", ondelete="CASCADE", nullable=False))
    person_id: int = Field(sa_column=_fk("person.id", ondelete="RESTRICT", nullable=False))
    role: str = "participant"
    status: str = "invited"
    arrives_on: date | None = None
    departs_on: date | None = None
    notes: str = ""


class TravelLeg(Versioned, SQLModel, table=True):
    __tablename__ = "travel_leg"

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1, sa_column=_version())
    event_id: int = Field(sa_column=_fk("event.id", ondelete="CASCADE", nullable=False))
    person_id: int = Field(sa_column=_fk("person.id", ondelete="RESTRICT", nullable=False))
    mode: str = "other"
    carrier: str = ""
    number: str = ""
    reference: str = ""
    from_place: str
    from_at: datetime = Field(sa_column=_wall_clock())
    from_timezone: str
    to_place: str
    to_at: datetime = Field(sa_column=_wall_clock())
    to_timezone: str
    cost_minor: int | None = None
    cost_currency: str = ""


class Stay(Versioned, SQLModel, table=True):
    __tablename__ = "stay"

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1, sa_column=_version())
    event_id: int = Field(sa_column=_fk("event.id", ondelete="CASCADE", nullable=False))
    person_id: int | None = Field(default=None, sa_column=_fk("person.id", ondelete="RESTRICT"))
    name: str
    address: str = ""
    check_in: date
    check_out: date
    reference: str = ""
    cost_minor: int | None = None
    cost_currency: str = ""


class Cost(Versioned, SQLModel, table=True):
    __tablename__ = "cost"

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1, sa_column=_version())
    event_id: int = Field(sa_column=_fk("event.id", ondelete="CASCADE", nullable=False))
    category: str
    description: str = ""
    amount_minor: int
    currency: str
    person_id: int | None = Field(default=None, sa_column=_fk("person.id", ondelete="RESTRICT"))
    funded_by: str = ""
    # What an auditor follows a cost by: the day it was spent, whom it was
    # paid to (a hotel, a caterer; the person when paid to them), the
    # reference of its invoice or receipt.
    spent_on: date | None = None
    payee: str = ""
    evidence: str = ""


class BudgetLine(Versioned, SQLModel, table=True):
    """What a funder is planned to pay for one category of an event's costs."""

    __tablename__ = "budget_line"

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1, sa_column=_version())
    event_id: int = Field(sa_column=_fk("event.id", ondelete="CASCADE", nullable=False))
    funder: str  # as costs name it in "funded by"
    category: str
    amount_minor: int
    currency: str
    note: str = ""


class AllowanceRate(Versioned, SQLModel, table=True):
    """A unit cost a funder pays for each traveller: an amount per day away
    (``basis`` "day"), or one amount for a journey whose distance falls in
    a band (``basis`` "distance", from_km to to_km, both included)."""

    __tablename__ = "allowance_rate"

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1, sa_column=_version())
    funder: str = Field(index=True)
    basis: str
    from_km: int | None = None
    to_km: int | None = None
    amount_minor: int
    currency: str


class MinutesItem(Versioned, SQLModel, table=True):
    __tablename__ = "minutes_item"

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1, sa_column=_version())
    event_id: int = Field(sa_column=_fk("event.id", ondelete="CASCADE", nullable=False))
    position: int = 0
    kind: str
    text: str
    by_person_id: int | None = Field(default=None, sa_column=_fk("person.id", ondelete="RESTRICT"))
    by_organisation_id: int | None = Field(default=None, sa_column=_fk("organisation.id", ondelete="RESTRICT"))
    topic: str = ""
    owner_id: int | None = Field(default=None, sa_column=_fk("person.id", ondelete="RESTRICT"))
    due: date | None = None
    state: str = ""  # for actions: open, done or dropped
    # The event an outcome leads to (a follow-up meeting, the conference where
    # it is presented); cleared when that event is deleted.
    follow_up_event_id: int | None = Field(default=None, sa_column=_fk("event.id", ondelete="SET NULL"))


class CalendarIdentity(SQLModel, table=True):
    """One row: the random part of every calendar UID this database makes,
    so that two databases never hand out the same UID."""

    __tablename__ = "calendar_identity"

    id: int | None = Field(default=None, primary_key=True)
    database_uid: str


class CalendarItemState(SQLModel, table=True):
    """What a calendar last said about an item (a hash of it) and its
    SEQUENCE, so that a changed item is sent with a higher one."""

    __tablename__ = "calendar_item_state"

    uid: str = Field(primary_key=True)
    content_hash: str
    sequence: int = 0
    updated_at: datetime = Field(sa_column=Column(DateTime(timezone=False), nullable=False))  # UTC


class InvitationSent(SQLModel, table=True):
    """The last invitation (or cancellation) sent to one address for an
    event: its UID, SEQUENCE and a hash of what it said, so that the next
    run sends only what is new, changed or to be cancelled."""

    __tablename__ = "invitation_sent"
    __table_args__ = (UniqueConstraint("event_id", "email"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(sa_column=_fk("event.id", ondelete="CASCADE", nullable=False))
    email: str
    # The person it went to; the address stays when the person is deleted.
    person_id: int | None = Field(default=None, sa_column=_fk("person.id", ondelete="SET NULL"))
    uid: str
    sequence: int = 0
    method: str = "REQUEST"  # REQUEST or CANCEL
    content_hash: str
    sent_at: datetime = Field(sa_column=Column(DateTime(timezone=False), nullable=False))  # UTC
    # The last answer read back from this address (ACCEPTED, DECLINED or
    # TENTATIVE; "" for none) and when they gave it (the reply's DTSTAMP, UTC):
    # an older reply read later does not undo a newer one.
    reply: str = ""
    replied_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=False), nullable=True))


class MailAccount(SQLModel, table=True):
    """One row (id 1): the mail account invitations are sent from. Its
    password is never here: it is in the system keyring."""

    __tablename__ = "mail_settings"

    id: int | None = Field(default=None, primary_key=True)
    host: str
    port: int
    security: str  # starttls, tls or none
    user_name: str = ""
    sender_name: str = ""
    sender_email: str


class ReplyMailbox(SQLModel, table=True):
    """The mailbox replies to invitations arrive in (one per database; the
    password is kept in the system keyring, never here), and where the
    last fetch stopped: the folder's UIDVALIDITY and the highest UID read."""

    __tablename__ = "reply_mailbox"

    id: int | None = Field(default=None, primary_key=True)
    host: str = ""
    port: int = 993
    security: str = "tls"  # tls, starttls or none
    user: str = ""
    folder: str = "INBOX"
    uidvalidity: int = 0
    last_uid: int = 0


class CalendarOrigin(SQLModel, table=True):
    """Where an imported event or agenda item came from: the UID of its
    VEVENT in a partner's calendar and the SEQUENCE last applied, so that
    the same calendar imported again updates it instead of adding a copy."""

    __tablename__ = "calendar_origin"

    uid: str = Field(primary_key=True)
    event_id: int = Field(sa_column=_fk("event.id", ondelete="CASCADE", nullable=False))
    # None: the VEVENT is the event itself (an invitation, a conference's whole days).
    agenda_item_id: int | None = Field(default=None, sa_column=_fk("agenda_item.id", ondelete="CASCADE"))
    sequence: int = 0


class MessageTemplate(Versioned, SQLModel, table=True):
    """A letter the user wrote once to send again: a subject and a body
    with placeholders ("{given_name}"). Those shipped with Planner are
    files, not rows."""

    __tablename__ = "message_template"

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1, sa_column=_version())
    name: str = Field(unique=True)
    subject: str = ""
    body: str = ""


class MessageSent(SQLModel, table=True):
    """One message made from a template that went out: to whom, for which
    event, when, from which template, what it said on the subject line,
    what was attached, and how (sent by mail, or written to a file)."""

    __tablename__ = "message_sent"

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(sa_column=_fk("event.id", ondelete="CASCADE", nullable=False))
    # The person it went to; the address stays when the person is deleted.
    person_id: int | None = Field(default=None, sa_column=_fk("person.id", ondelete="SET NULL"))
    email: str
    template: str  # the template's name as it was then
    subject: str
    attachments: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))  # file names
    how: str = "mail"  # "mail" (accepted by the mail server) or "file" (written as .eml)
    sent_at: datetime = Field(sa_column=Column(DateTime(timezone=False), nullable=False))  # UTC


class Programme(Versioned, SQLModel, table=True):
    """A funding programme or project as its documents show it: its logo,
    the funder's emblem with the funding statement, the grant agreement
    number. Events belong to it by name (``Event.programme``). The images
    are the user's own files, kept here as PNG or JPEG bytes."""

    __tablename__ = "programme"

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1, sa_column=_version())
    name: str = Field(unique=True)
    funding_statement: str = ""  # "Co-funded by the European Union"
    grant_number: str = ""
    logo: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    emblem: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    # The funder's evidence (names, organisations, signed sheets) of its
    # events is kept until this day; NULL while not known (kept).
    audit_until: date | None = None


class AttendanceMark(SQLModel, table=True):
    """A participant present on one day of the event (or one half of it,
    where the event's sheets have a morning and an afternoon): ticked at
    the door, or entered from a signed sheet."""

    __tablename__ = "attendance_mark"
    __table_args__ = (UniqueConstraint("participation_id", "day", "part"),)

    id: int | None = Field(default=None, primary_key=True)
    participation_id: int = Field(sa_column=_fk("participation.id", ondelete="CASCADE", nullable=False))
    day: date
    part: str = "day"  # day, morning or afternoon
    source: str = "door"  # door (ticked in Planner) or sheet (from a signed sheet)


class Consent(Versioned, SQLModel, table=True):
    """What a participant agreed to (or refused) for one purpose of one
    event (enums.ConsentPurpose): when, how (enums.ConsentWay) and in which
    words, and the day they withdrew it. No row: never asked."""

    __tablename__ = "consent"
    __table_args__ = (UniqueConstraint("participation_id", "purpose"),)

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1, sa_column=_version())
    participation_id: int = Field(sa_column=_fk("participation.id", ondelete="CASCADE", nullable=False))
    purpose: str
    given: bool = True  # False: asked, and refused
    given_on: date | None = None
    how: str = ""
    wording: str = ""
    withdrawn_on: date | None = None


class DataPolicy(SQLModel, table=True):
    """One row (id 1): how long this database keeps personal data."""

    __tablename__ = "data_policy"

    id: int | None = Field(default=None, primary_key=True)
    # Days after an event's last day that dietary and access needs are kept.
    needs_kept_days: int = 28


class Purge(SQLModel, table=True):
    """A removal of personal data the organiser agreed to (enums.PurgeKind):
    when, of which event or person, and what it removed, in words that name
    nobody."""

    __tablename__ = "purge"

    id: int | None = Field(default=None, primary_key=True)
    done_at: datetime = Field(sa_column=Column(DateTime(timezone=False), nullable=False))  # UTC
    kind: str
    event_id: int | None = Field(default=None, sa_column=_fk("event.id", ondelete="SET NULL"))
    what: str = ""
    count: int = 0


class Disclosure(SQLModel, table=True):
    """Personal data that left the laptop (enums.DisclosureKind): a file
    exported or printed to, a message sent, a list given out; what, when,
    to whom (e-mail addresses, or the file) and whose data it held."""

    __tablename__ = "disclosure"

    id: int | None = Field(default=None, primary_key=True)
    happened_at: datetime = Field(sa_column=Column(DateTime(timezone=False), nullable=False))  # UTC
    kind: str
    event_id: int | None = Field(default=None, sa_column=_fk("event.id", ondelete="SET NULL"))
    what: str = ""  # "Participant list (PDF)"
    recipients: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    destination: str = ""  # the file written, or the mail server
    person_ids: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class CalendarPublication(SQLModel, table=True):
    """Where an event's calendar is published on a CalDAV server: the
    calendar's URL and the user name (the password is kept in the system
    keyring, never here), when it was last published, and what Planner put
    there: for each UID its resource's address and ETag, so that only
    Planner's own items are updated or removed, and an item someone else
    changed on the server is not overwritten blindly."""

    __tablename__ = "calendar_publication"
    __table_args__ = (UniqueConstraint("event_id"),)  # one calendar per event

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(sa_column=_fk("event.id", ondelete="CASCADE", nullable=False))
    url: str
    user_name: str = ""
    published_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=False)))  # UTC
    # UID -> {"href": ..., "etag": ...}
    items: dict[str, dict[str, str]] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    # Where each participant's personal calendar gets a collection of its
    # own ("" = personal calendars are not published).
    personal_base_url: str = Field(default="", sa_column_kwargs={"server_default": ""})


class PersonalPublication(SQLModel, table=True):
    """One participant's personal calendar published to a calendar
    collection of its own (made by Planner under the publication's base
    URL), so that the server's sharing can give each person their own only:
    the collection's URL and what Planner put there, by UID."""

    __tablename__ = "personal_publication"
    __table_args__ = (UniqueConstraint("event_id", "person_id"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(sa_column=_fk("event.id", ondelete="CASCADE", nullable=False))
    # Not a key: a person gone from the Directory still has items to remove.
    person_id: int
    url: str
    items: dict[str, dict[str, str]] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class ChangeLog(SQLModel, table=True):
    """One row changed by one organiser: when (UTC), who (the name set in
    Preferences, or the database's or computer's user name), which row of
    which table, the event it belongs to, and the names of the fields
    changed; never the values, so that nothing personal is kept twice."""

    __tablename__ = "change_log"

    id: int | None = Field(default=None, primary_key=True)
    happened_at: datetime = Field(sa_column=Column(DateTime(timezone=False), nullable=False))  # UTC
    author: str
    table_name: str
    row_id: int = Field(index=True)
    event_id: int | None = Field(default=None, index=True)  # kept when the event goes: its history ends there
    action: str  # "added", "changed" or "removed"
    fields: str = ""  # the columns changed, space-separated


class CopyOrigin(SQLModel, table=True):
    """On a laptop copy of chosen events: the server it came from (never
    its password), when it was copied (UTC), how far the server's change
    log had gone then, and how far this copy's own log had gone (what a
    check-in carries back starts after it)."""

    __tablename__ = "copy_origin"

    id: int | None = Field(default=None, primary_key=True)
    server: str
    copied_at: datetime = Field(sa_column=Column(DateTime(timezone=False), nullable=False))
    server_mark: int = 0
    copy_mark: int = 0


class EventCheckout(SQLModel, table=True):
    """An event checked out: on the server, to which copy, by whom and since
    when (UTC), so that other organisers' writes to it are refused; on a
    laptop copy, the events it may change."""

    __tablename__ = "event_checkout"

    event_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    author: str
    copy_name: str
    since: datetime = Field(sa_column=Column(DateTime(timezone=False), nullable=False))


ALL_TABLES = (
    Organisation,
    Person,
    Event,
    EventLink,
    AgendaItem,
    AgendaSpeaker,
    Participation,
    TravelLeg,
    Stay,
    Cost,
    BudgetLine,
    AllowanceRate,
    MinutesItem,
    CalendarIdentity,
    CalendarItemState,
    InvitationSent,
    MailAccount,
    ReplyMailbox,
    CalendarOrigin,
    MessageTemplate,
    MessageSent,
    Programme,
    AttendanceMark,
    Consent,
    DataPolicy,
    Purge,
    Disclosure,
    CalendarPublication,
    PersonalPublication,
)
# Not in ALL_TABLES: ChangeLog, the record of who changed them.
