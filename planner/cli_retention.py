"""`planner retention`: what personal data is past its time, and how long
it is kept; `planner purge-needs EVENT` and `planner anonymise EVENT`
remove it, after saying what will go and asking (unless --yes), with a
backup made first."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from planner.errors import PlannerError

if TYPE_CHECKING:
    from planner.db.store import Store

_DAY = timedelta(days=1)

RETENTION_HELP = """\
Dietary and access needs are health data: they may be removed a number of
days after an event's last day (28 unless changed: --days N for the
database, --event ID --days N for one event, --event ID --days default to
follow the database again). A person coming to a later event keeps theirs
until that event is past its own date. The funder's evidence of an event
(who came) is kept until its programme's audit date (--programme NAME
--audit-until DATE, or none); then the event may be anonymised: names and
contact details removed, the statistics kept. Without options: what is due
today (--on DATE: on another day). Nothing is removed here: see
`planner purge-needs` and `planner anonymise`."""


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write it as YYYY-MM-DD (2031-12-31)") from None


def _audit_day(text: str) -> date | None:
    return None if text.strip().lower() == "none" else _day(text)


def _days(text: str) -> int | None:
    if text.strip().lower() == "default":
        return None
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of days") from None


def add_parsers(
    commands: argparse._SubParsersAction, _add_overwrite: Callable[[argparse.ArgumentParser], None]
) -> None:
    command = commands.add_parser(
        "retention",
        help="what personal data is past its time (needs to purge, events to anonymise), and how long it is kept",
        description=RETENTION_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument("--on", dest="today", type=_day, metavar="DATE", help="what is due on DATE (default: today)")
    command.add_argument(
        "--days",
        type=_days,
        metavar="N",
        default=argparse.SUPPRESS,
        help="days after an event its needs are kept (with --event: that event's, or default)",
    )
    command.add_argument("--event", dest="event_id", type=int, metavar="ID", help="set one event's --days")
    command.add_argument("--programme", metavar="NAME", help="set a programme's --audit-until")
    command.add_argument(
        "--audit-until",
        type=_audit_day,
        metavar="DATE",
        default=argparse.SUPPRESS,
        help="the funder's evidence is kept until DATE (or none)",
    )
    for name, what in (("purge-needs", "remove the dietary and access needs of an event's participants"),
                       ("anonymise", "remove the names and contact details of an event's participants, keep the statistics")):  # fmt: skip
        removing = commands.add_parser(
            name, help=what, description=f"{what[0].upper()}{what[1:]}; a backup is made first."
        )
        removing.add_argument("event_id", metavar="EVENT", type=int, help="the event's id (see `planner events`)")
        removing.add_argument("--yes", action="store_true", help="do not ask")
        removing.add_argument("--on", dest="today", type=_day, metavar="DATE", help=argparse.SUPPRESS)


def retention_command(store: Store, args: argparse.Namespace) -> int:
    from planner.operations import perform
    from planner.operations.retention import SetAuditDate, SetDatabaseNeedsDays, SetEventNeedsDays

    days_given, audit_given = hasattr(args, "days"), hasattr(args, "audit_until")
    if args.event_id is not None and not days_given:
        raise PlannerError("--event: give the event's --days N (or --days default)")
    if bool(args.programme) != audit_given:
        raise PlannerError("--programme and --audit-until go together: --programme NAME --audit-until DATE|none")
    if days_given and args.event_id is None and args.days is None:
        raise PlannerError("--days default: is for one --event; give the database's days as a number")
    if args.event_id is not None:
        kept = perform(store, SetEventNeedsDays(args.event_id, args.days)).result
        print(f"Event {args.event_id}: dietary and access needs kept {kept} days after its last day")
    elif days_given:
        perform(store, SetDatabaseNeedsDays(args.days))
        print(f"Dietary and access needs kept {args.days} days after each event (unless the event says otherwise)")
    if audit_given:
        named = perform(store, SetAuditDate(args.programme, args.audit_until)).result
        until = args.audit_until
        print(f"{named}: funder evidence kept {f'until {until}' if until else 'until an audit date is set'}")
    if not (days_given or audit_given):
        _print_due(store, args.today or date.today())
    return 0


def _participants(count: int) -> str:
    return f"{count} participant{'s' if count != 1 else ''}"


def _confirmed(args: argparse.Namespace, question: str) -> bool:
    if args.yes:
        return True
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        answer = ""
    return answer.strip().lower() in ("y", "yes")


def purge_needs_command(store: Store, args: argparse.Namespace) -> int:
    from planner.db.models import Event
    from planner.operations import perform
    from planner.operations.retention import PurgeNeeds, back_up_first
    from planner.services import directory, retention
    from planner.services.common import fetch

    today = args.today or date.today()
    with store.read() as session:
        event = fetch(session, Event, args.event_id, "event")
        plan = retention.needs_purge(session, event, today)
        due = retention.needs_date(session, event)
        people = [directory.get_person(session, person_id) for person_id in plan.removed]
        title = f"{event.title} ({event.starts_on})"
    print(f"{title}: needs kept until {due - _DAY}" + (" (not yet reached)" if today < due else ""))
    if not people:
        print("No participant has dietary or access needs that would be removed.")
    else:
        print(f"The dietary and access needs of {_participants(len(people))} will be removed:")
        for person in people:
            print(f"  {person.full_name or '(no name)'}")
    if plan.kept_for_later:
        print(f"{_participants(len(plan.kept_for_later))} keep theirs: they come to a later event.")
    if not _confirmed(args, "Remove them?"):
        print("Nothing was removed.")
        return 1
    backup = back_up_first(store)
    done = perform(store, PurgeNeeds(args.event_id, today)).result
    print(f"Removed the dietary and access needs of {_participants(done.removed)}; a backup is in {backup}")
    return 0


def anonymise_command(store: Store, args: argparse.Namespace) -> int:
    from planner.db.models import Event
    from planner.operations import perform
    from planner.operations.retention import AnonymiseEvent, back_up_first, evidence_still_kept
    from planner.services import directory, retention
    from planner.services.common import fetch

    today = args.today or date.today()
    with store.read() as session:
        event = fetch(session, Event, args.event_id, "event")
        refusal = evidence_still_kept(session, event, today) if event.anonymised_on is None else ""
        if refusal:
            raise PlannerError(refusal)
        plan = retention.anonymising(session, event, today)
        people = [directory.get_person(session, person_id) for person_id in plan.stripped]
        title = f"{event.title} ({event.starts_on})"
    print(f"{title}: the names, positions, e-mail addresses, phone numbers, languages and needs of")
    print(
        f"{_participants(len(people))} will be removed (also where notes, minutes and records of messages name them):"
    )
    for person in people:
        print(f"  {person.full_name or '(no name)'}")
    print("Their countries, regions, organisations and genders stay for the statistics.")
    if plan.kept_for_other_events:
        count = len(plan.kept_for_other_events)
        print(f"{_participants(count)} stay named: another event still keeps its records of them.")
    if not _confirmed(args, "Anonymise the event?"):
        print("Nothing was removed.")
        return 1
    backup = back_up_first(store)
    done = perform(store, AnonymiseEvent(args.event_id, today)).result
    print(f"Anonymised {_participants(done.stripped)} of {title}; a backup is in {backup}")
    return 0


def _print_due(store: Store, today: date) -> None:
    from planner.services import retention

    with store.read() as session:
        items = retention.due_on(session, today)
        days = retention.database_days(session)
    print(f"Dietary and access needs are kept {days} days after each event (unless the event says otherwise).")
    if not items:
        print(f"Nothing is past its retention date on {today}.")
        return
    count = retention.due_events(items)
    print(
        f"{count} event{'s' if count != 1 else ''} past {'their' if count != 1 else 'its'} retention date on {today}:"
    )
    for item in items:
        if item.kind == retention.NEEDS:
            what = f"dietary and access needs of {item.people} participant{'s' if item.people != 1 else ''}"
            print(f"  {item.event_id:>4}  {item.title} ({item.starts_on}): {what}, due since {item.since}")
            print(f"        planner purge-needs {item.event_id}")
        else:
            what = f"names and contact details of {item.people} participant{'s' if item.people != 1 else ''}"
            print(f"  {item.event_id:>4}  {item.title} ({item.starts_on}): {what}, due since {item.since}")
            print(f"        planner anonymise {item.event_id}")


COMMANDS = {"retention": retention_command, "purge-needs": purge_needs_command, "anonymise": anonymise_command}
