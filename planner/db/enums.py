"""The closed vocabularies of the domain, as in the event file format.

Stored as their string values (plain VARCHAR columns) so that adding a value
later needs no schema change; the services refuse values not listed here.
"""

from enum import StrEnum


class EventKind(StrEnum):
    WORKSHOP = "workshop"
    MEETING = "meeting"
    STUDY_VISIT = "study_visit"
    CONFERENCE = "conference"
    TRAINING = "training"
    OTHER = "other"


class EventStatus(StrEnum):
    DRAFT = "draft"
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    HELD = "held"
    CANCELLED = "cancelled"


class OrganisationKind(StrEnum):
    CLUSTER = "cluster"
    COMPANY = "company"
    UNIVERSITY = "university"
    RESEARCH = "research"
    HOSPITAL = "hospital"
    PUBLIC_BODY = "public_body"
    ASSOCIATION = "association"
    OTHER = "other"


class Role(StrEnum):
    ORGANISER = "organiser"
    HOST = "host"
    SPEAKER = "speaker"
    MODERATOR = "moderator"
    PARTICIPANT = "participant"
    OBSERVER = "observer"


class ParticipationStatus(StrEnum):
    INVITED = "invited"
    REGISTERED = "registered"
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    CANCELLED = "cancelled"
    ATTENDED = "attended"
    NO_SHOW = "no_show"


class AgendaKind(StrEnum):
    SESSION = "session"
    PRESENTATION = "presentation"
    DISCUSSION = "discussion"
    BREAK = "break"
    MEAL = "meal"
    SITE_VISIT = "site_visit"
    NETWORKING = "networking"
    TRAVEL = "travel"
    OTHER = "other"


class TravelMode(StrEnum):
    FLIGHT = "flight"
    TRAIN = "train"
    BUS = "bus"
    CAR = "car"
    TAXI = "taxi"
    FERRY = "ferry"
    OTHER = "other"


class CostCategory(StrEnum):
    TRAVEL = "travel"
    ACCOMMODATION = "accommodation"
    SUBSISTENCE = "subsistence"
    VENUE = "venue"
    CATERING = "catering"
    FEES = "fees"
    OTHER = "other"


class MinutesKind(StrEnum):
    CONCLUSION = "conclusion"
    PROPOSAL = "proposal"
    DECISION = "decision"
    ACTION = "action"
    BEST_PRACTICE = "best_practice"
    DISCUSSION_POINT = "discussion_point"


class ActionState(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class Relation(StrEnum):
    HELD_ALONGSIDE = "held_alongside"
    OUTCOMES_PRESENTED_AT = "outcomes_presented_at"
    FOLLOW_UP_OF = "follow_up_of"
    PART_OF = "part_of"


class Gender(StrEnum):
    """As a person states it. Stored as "" while not stated: the value
    NOT_STATED is how files and forms may say so."""

    WOMAN = "woman"
    MAN = "man"
    ANOTHER = "another"
    NOT_STATED = "not_stated"


class ConsentPurpose(StrEnum):
    SHARED_LIST = "shared_list"  # on the participant list given to others
    PHOTOS = "photos"
    NEEDS = "needs"  # dietary and access needs kept for catering
    CONTACT_AFTER = "contact_after"  # contacted after the event


class ConsentWay(StrEnum):
    FORM = "form"
    EMAIL = "email"
    PAPER = "paper"
    ORAL = "oral"


class PurgeKind(StrEnum):
    NEEDS = "needs"  # dietary and access needs of an event's participants
    EVENT = "event"  # an event anonymised
    PERSON = "person"  # one person erased or anonymised


class DisclosureKind(StrEnum):
    EXPORT = "export"  # a file of participants, an event file, a person's data
    DOCUMENT = "document"  # a printed document written to a file
    MESSAGE = "message"  # an e-mail sent (or written as .eml)
    LIST = "list"  # a list given out (to a caterer, a host)
