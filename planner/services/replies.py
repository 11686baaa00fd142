"""Replies to invitations read back: who accepted, declined or may come.

A reply (iTIP REPLY, RFC 5546) counts only when it answers an invitation
this database sent (``InvitationSent``): its UID must be the invitation's,
its ATTENDEE the address the invitation went to (case ignored), and its
SEQUENCE the last one sent to that address (an answer to an older version
is out of date; a newer one was never sent). Otherwise it is refused, with
the reason, and changes nothing.

ACCEPTED sets the participation to confirmed, DECLINED to declined, and
TENTATIVE to invited, with the answer kept as the mark "tentative". The
answer and its time (DTSTAMP) are remembered on the ``InvitationSent`` row,
so an older reply read after a newer one does not undo it, and the same
reply read twice changes nothing. A COUNTER (Outlook's "propose new time")
is reported with the time proposed and changes nothing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import PurePath

from babel import Locale
from babel.dates import format_date, format_datetime
from sqlalchemy import select
from sqlmodel import Session, col

from planner.db.enums import ParticipationStatus
from planner.db.models import Event, InvitationSent, Participation, Person
from planner.services import participants, times
from planner.services.common import id_of
from planner.services.invitations import CANCEL
from planner.services.labels import label
from planner.services.language import PLANNER_DOMAIN, interface_language, marked, say, say_n, wording

REPLY = "REPLY"
COUNTER = "COUNTER"
ACCEPTED = "ACCEPTED"
DECLINED = "DECLINED"
TENTATIVE = "TENTATIVE"

# The status each answer sets, and how the answer is named to the user.
STATUS_OF = {
    ACCEPTED: ParticipationStatus.CONFIRMED.value,
    DECLINED: ParticipationStatus.DECLINED.value,
    TENTATIVE: ParticipationStatus.INVITED.value,
}
WORD_OF = {ACCEPTED: marked("accepted"), DECLINED: marked("declined"), TENTATIVE: marked("tentative")}
# The event is over for them: an answer to the invitation changes nothing.
AFTER_THE_EVENT = frozenset({ParticipationStatus.ATTENDED.value, ParticipationStatus.NO_SHOW.value})

CHANGED = "changed"
UNCHANGED = "unchanged"  # already so, or older than the answer already read
PROPOSAL = "proposal"
REFUSED = "refused"


@dataclass(frozen=True)
class Attendee:
    address: str  # without "mailto:"
    partstat: str  # upper case; NEEDS-ACTION when the reply names none
    name: str = ""
    delegated_to: str = ""


@dataclass(frozen=True)
class Answer:
    """One answer read from a reply file, as plain values."""

    source: str  # the file it came from, as the user named it
    method: str  # REPLY or COUNTER
    uid: str
    sequence: int
    attendees: tuple[Attendee, ...]
    answered_at: datetime | None  # DTSTAMP, naive UTC
    sender: str = ""  # the e-mail's From address ("" for an .ics file)
    comment: str = ""
    proposed_start: datetime | date | None = None  # COUNTER: the time proposed
    proposed_end: datetime | date | None = None


@dataclass(frozen=True)
class Outcome:
    """What became of one reply, in the user's words."""

    source: str
    kind: str  # CHANGED, UNCHANGED, PROPOSAL or REFUSED
    text: str  # "Eleni Papadopoulou: invited → confirmed (accepted)"
    event: str = ""  # the event's title, when the reply was matched to one
    event_id: int | None = None


@dataclass(frozen=True)
class RepliesReport:
    outcomes: tuple[Outcome, ...]

    def of_kind(self, kind: str) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.kind == kind]

    @property
    def refused(self) -> list[Outcome]:
        return self.of_kind(REFUSED)

    def lines(self) -> list[str]:
        """The report as the command line prints it and the window shows it:
        each event's replies under its title, then the refused files."""
        shown: list[str] = []
        titles = sorted({outcome.event for outcome in self.outcomes if outcome.event and outcome.kind != REFUSED})
        for title in titles:
            shown.append(title)
            for kind in (CHANGED, UNCHANGED, PROPOSAL):
                shown.extend(
                    f"  {outcome.text}  [{PurePath(outcome.source).name}]"
                    for outcome in self.of_kind(kind)
                    if outcome.event == title
                )
        if self.refused:
            shown.append(say("Refused, nothing changed:"))
            shown.extend(f"  {outcome.text}" for outcome in self.refused)
        shown.append(self.summary())
        return shown

    def summary(self) -> str:
        """ "4 replies read: 1 changed, 1 already so, 1 proposal, 1 refused."."""
        count = len(self.outcomes)
        if not count:
            return say("No replies read.")
        parts = []
        if number := len(self.of_kind(CHANGED)):
            parts.append(say_n("{count} changed", "{count} changed", number))
        if number := len(self.of_kind(UNCHANGED)):
            parts.append(say_n("{count} already so", "{count} already so", number))
        if number := len(self.of_kind(PROPOSAL)):
            parts.append(say_n("{count} proposal of a new time", "{count} proposals of a new time", number))
        if number := len(self.of_kind(REFUSED)):
            parts.append(say_n("{count} refused", "{count} refused", number))
        return say_n("{count} reply read: {parts}.", "{count} replies read: {parts}.", count, parts=", ".join(parts))


def refused(source: str, reason: str) -> Outcome:
    return Outcome(source, REFUSED, f"{source}: {reason}")


def bare_address(value: str) -> str:
    """ "MAILTO:P.Los@Example.org " → "p.los@example.org"."""
    text = value.strip()
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:") :]
    return text.strip().lower()


def address_key(value: str) -> str:
    """An address as replies are matched by: bare, and an international
    domain in letters whether it is written so or in its ``xn--`` form (the
    invitation went out with the latter, the list may hold the former)."""
    local, at, domain = bare_address(value).rpartition("@")
    if not at:
        return unicodedata.normalize("NFC", domain)
    return unicodedata.normalize("NFC", f"{local}@{'.'.join(_letters(label) for label in domain.split('.'))}")


def _letters(label: str) -> str:
    if not label.startswith("xn--"):
        return label
    try:
        return label[len("xn--") :].encode("ascii").decode("punycode").lower()
    except (UnicodeError, ValueError):
        return label  # not a valid xn-- label: compared as written


def apply_answers(session: Session, answers: Iterable[Answer]) -> RepliesReport:
    """Apply every answer in the caller's unit of work, newest first (so an
    older answer from the same person, read in the same import, is found
    out of date), and report each in the order of the files."""
    listed = list(answers)
    order = sorted(
        range(len(listed)),
        key=lambda index: (listed[index].answered_at is None, _newest_first(listed[index].answered_at), index),
    )
    outcomes: dict[int, Outcome] = {}
    for index in order:
        outcomes[index] = _apply(session, listed[index])
    return RepliesReport(tuple(outcomes[index] for index in range(len(listed))))


def answers_to_this_database(session: Session, answers: Iterable[Answer]) -> list[Answer]:
    """Only the answers to invitations this database sent: a mailbox also
    holds replies to everyone else's meetings, which are none of Planner's
    business (files chosen by hand are all reported, refused or not)."""
    listed = list(answers)
    uids = {answer.uid for answer in listed}
    if not uids:
        return []
    ours = set(
        session.scalars(select(InvitationSent.uid).where(col(InvitationSent.uid).in_(uids)))  # type: ignore[call-overload]
    )
    return [answer for answer in listed if answer.uid in ours]


def _newest_first(moment: datetime | None) -> float:
    return -moment.replace(tzinfo=UTC).timestamp() if moment is not None else 0.0


def _apply(session: Session, answer: Answer) -> Outcome:
    sent_rows = list(session.scalars(select(InvitationSent).where(col(InvitationSent.uid) == answer.uid)))
    if not sent_rows:
        return refused(
            answer.source, say("answers an invitation this database did not send (UID {uid})", uid=answer.uid)
        )
    by_address = {address_key(row.email): row for row in sent_rows}
    chosen = _who_answers(answer, by_address)
    if isinstance(chosen, str):
        return refused(answer.source, chosen)
    attendee, row = chosen
    event = session.get(Event, row.event_id)
    title = event.title if event is not None else ""
    person = session.get(Person, row.person_id) if row.person_id is not None else None
    name = (person.full_name if person is not None else "") or row.email

    def refuse(reason: str) -> Outcome:
        return Outcome(answer.source, REFUSED, f"{answer.source}: {reason}", title, row.event_id)

    if row.method == CANCEL:
        return refuse(
            say(
                "{name} answers an invitation withdrawn since (a cancellation was sent on {day})",
                name=name,
                day=_day(row.sent_at),
            )
        )
    if answer.sequence < row.sequence:
        return refuse(
            say(
                "{name} answers an older version of the invitation (SEQUENCE {answered}); "
                "the update sent on {day} (SEQUENCE {sent}) is still unanswered",
                name=name,
                answered=answer.sequence,
                day=_day(row.sent_at),
                sent=row.sequence,
            )
        )
    if answer.sequence > row.sequence:
        return refuse(
            say(
                "answers SEQUENCE {answered}, but the latest invitation sent to {address} is SEQUENCE {sent}",
                answered=answer.sequence,
                address=row.email,
                sent=row.sequence,
            )
        )
    if answer.method == COUNTER:
        return _proposal(session, answer, name, row, event)
    if attendee.partstat not in STATUS_OF:
        return refuse(_not_an_answer(name, attendee))
    if answer.answered_at is None:
        return refuse(say("has no DTSTAMP (the time of the answer), which a reply must have"))
    participation = _participation(session, row)
    if participation is None:
        return refuse(say("{name} is no longer a participant of '{event}'", name=name, event=title))
    word = say(WORD_OF[attendee.partstat])
    if row.replied_at is not None:
        if answer.answered_at < row.replied_at:
            return Outcome(
                answer.source,
                UNCHANGED,
                say(
                    "{name}: left as is: this answer ({word}, {moment}) is older than "
                    "the one already read ({earlier_word}, {earlier_moment})",
                    name=name,
                    word=word,
                    moment=_moment(answer.answered_at),
                    earlier_word=say(WORD_OF[row.reply]) if row.reply in WORD_OF else row.reply.lower(),
                    earlier_moment=_moment(row.replied_at),
                ),
                title,
                row.event_id,
            )
        if answer.answered_at == row.replied_at and attendee.partstat == row.reply:
            return Outcome(
                answer.source,
                UNCHANGED,
                say(
                    "{name}: this answer ({word}, {moment}) was read already",
                    name=name,
                    word=word,
                    moment=_moment(answer.answered_at),
                ),
                title,
                row.event_id,
            )
    return _set_status(session, answer, attendee, row, participation, name, title)


def _who_answers(answer: Answer, by_address: dict[str, InvitationSent]) -> tuple[Attendee, InvitationSent] | str:
    """The attendee who answers and what was sent to them, or why none can
    be taken. A REPLY names only the one who answers (RFC 5546); a COUNTER
    may repeat the whole list, and then the sender tells who it is."""
    if not answer.attendees:
        return say("names no ATTENDEE, so it does not say who answers")
    if answer.method == REPLY and len(answer.attendees) > 1:
        return say("names {count} attendees; a reply names only the one who answers", count=len(answer.attendees))
    known = [attendee for attendee in answer.attendees if address_key(attendee.address) in by_address]
    if len(known) > 1:
        sender = address_key(answer.sender)
        known = [attendee for attendee in known if address_key(attendee.address) == sender]
        if len(known) != 1:
            return say("names several invited attendees and cannot tell which of them answers")
    if not known:
        written = ", ".join(bare_address(attendee.address) for attendee in answer.attendees)
        return say("comes from {addresses}, an address this invitation was not sent to", addresses=written)
    return known[0], by_address[address_key(known[0].address)]


def _not_an_answer(name: str, attendee: Attendee) -> str:
    if attendee.partstat == "DELEGATED":
        if attendee.delegated_to:
            return say(
                "{name} delegated the invitation to {address}; add that person as a participant if they are to come",
                name=name,
                address=bare_address(attendee.delegated_to),
            )
        return say("{name} delegated the invitation; add that person as a participant if they are to come", name=name)
    if attendee.partstat == "NEEDS-ACTION":
        return say("{name} has not answered yet (PARTSTAT NEEDS-ACTION)", name=name)
    return say(
        "{name} answers '{answer}', which is not accepted, declined or tentative", name=name, answer=attendee.partstat
    )


def _participation(session: Session, row: InvitationSent) -> Participation | None:
    if row.person_id is None:
        return None
    return session.scalars(
        select(Participation).where(
            col(Participation.event_id) == row.event_id, col(Participation.person_id) == row.person_id
        )
    ).first()


def _set_status(
    session: Session,
    answer: Answer,
    attendee: Attendee,
    row: InvitationSent,
    participation: Participation,
    name: str,
    title: str,
) -> Outcome:
    word = say(WORD_OF[attendee.partstat])
    old = participation.status
    new = STATUS_OF[attendee.partstat]

    def outcome(kind: str, text: str) -> Outcome:
        return Outcome(answer.source, kind, say("{name}: {text}", name=name, text=text), title, row.event_id)

    if old in AFTER_THE_EVENT:
        return outcome(
            REFUSED,
            say("is marked {status}; an answer to the invitation does not change that", status=label(old).lower()),
        )
    if old == ParticipationStatus.CANCELLED.value and new != ParticipationStatus.DECLINED.value:
        return outcome(
            REFUSED,
            say(
                "{word}, but was called off (cancelled) by the organiser; change the status by hand if they are to come",
                word=word,
            ),
        )
    was_tentative = row.reply == TENTATIVE
    # The answer is remembered even when the status holds already, so that an
    # older answer read later cannot undo it.
    row.reply = attendee.partstat
    row.replied_at = answer.answered_at
    if old == ParticipationStatus.CANCELLED.value or (old == new and (attendee.partstat != TENTATIVE or was_tentative)):
        session.flush()
        shown = say("declined") if old == ParticipationStatus.CANCELLED.value else label(old).lower()
        if attendee.partstat == TENTATIVE:
            return outcome(UNCHANGED, say("already {status} and marked tentative ({word})", status=shown, word=word))
        return outcome(UNCHANGED, say("already {status} ({word})", status=shown, word=word))
    if old != new:
        participants.update_participation(session, id_of(participation), status=new)
    session.flush()
    if attendee.partstat == TENTATIVE:
        if old == new:
            return outcome(CHANGED, say("still {status}, now marked tentative (tentative)", status=label(old).lower()))
        return outcome(
            CHANGED,
            say("{old} → {new}, marked tentative (tentative)", old=label(old).lower(), new=label(new).lower()),
        )
    return outcome(CHANGED, say("{old} → {new} ({word})", old=label(old).lower(), new=label(new).lower(), word=word))


def _proposal(session: Session, answer: Answer, name: str, row: InvitationSent, event: Event | None) -> Outcome:
    participation = _participation(session, row)
    status = label(participation.status).lower() if participation is not None else say("not on the list")
    zone = event.timezone if event is not None else "UTC"
    when = _proposed(answer.proposed_start, answer.proposed_end, zone)
    if answer.comment:
        text = say(
            '{name} proposes a new time: {when}; status unchanged ({status}): "{comment}"',
            name=name,
            when=when,
            status=status,
            comment=answer.comment,
        )
    else:
        text = say(
            "{name} proposes a new time: {when}; status unchanged ({status})", name=name, when=when, status=status
        )
    return Outcome(answer.source, PROPOSAL, text, event.title if event is not None else "", row.event_id)


def _proposed(start: datetime | date | None, end: datetime | date | None, zone: str) -> str:
    """ "Fri 23 Mar 2018, 15:00–22:00 (Europe/Berlin)", in the event's zone."""
    if start is None:
        return say("no time given")
    if not isinstance(start, datetime):
        last = end if isinstance(end, date) and not isinstance(end, datetime) and end > start else None
        # An all-day DTEND is exclusive: the day before is the last.
        if last is not None and (last - start).days > 1:
            return say(
                "{first} – {last} (all day)",
                first=_weekday(start),
                last=_weekday(date.fromordinal(last.toordinal() - 1)),
            )
        return say("{day} (all day)", day=_weekday(start))
    local_zone = times.zone(zone)
    first = start.astimezone(local_zone) if start.tzinfo is not None else start
    if isinstance(end, datetime):
        last_time = end.astimezone(local_zone) if end.tzinfo is not None and start.tzinfo is not None else end
        if last_time.date() == first.date():
            span = f"{_weekday(first)}, {first:%H:%M}–{last_time:%H:%M}"
        else:
            span = f"{_weekday(first)}, {first:%H:%M} – {_weekday(last_time)}, {last_time:%H:%M}"
    else:
        span = f"{_weekday(first)}, {first:%H:%M}"
    if start.tzinfo is None:
        return say("{when} (as written, no time zone)", when=span)
    return f"{span} ({zone})"


def _locale() -> Locale:
    return wording(interface_language(), PLANNER_DOMAIN).locale


def _weekday(value: date) -> str:
    """ "Fri 23 Mar 2018", in the window's language."""
    return format_date(value, "EEE dd MMM yyyy", locale=_locale())


def _day(value: datetime) -> str:
    return format_date(value, "dd MMM yyyy", locale=_locale())


def _moment(value: datetime) -> str:
    return format_datetime(value, "dd MMM yyyy HH:mm", locale=_locale()) + " UTC"


# -- read models ---------------------------------------------------------------


@dataclass(frozen=True)
class LastAnswer:
    """The last answer read from a participant, for the participant list."""

    person_id: int
    answer: str  # ACCEPTED, DECLINED or TENTATIVE
    answered_at: datetime  # UTC


def last_answers(session: Session, event_id: int) -> dict[int, LastAnswer]:
    """The last answer read back from each person invited to the event."""
    rows = session.scalars(
        select(InvitationSent).where(
            col(InvitationSent.event_id) == event_id,
            col(InvitationSent.person_id).is_not(None),
            col(InvitationSent.replied_at).is_not(None),
        )
    )
    found: dict[int, LastAnswer] = {}
    for row in rows:
        if row.person_id is not None and row.replied_at is not None and row.reply:
            found[row.person_id] = LastAnswer(row.person_id, row.reply, row.replied_at)
    return found
