"""`planner publish`: an event's calendar published to a calendar on a
CalDAV server, so that partners who subscribe to it once always see the
current programme."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from planner.errors import PlannerError

if TYPE_CHECKING:
    from planner.calendar.caldav_publish import PublishReport
    from planner.db.store import Store

PASSWORD_VARIABLE = "PLANNER_CALDAV_PASSWORD"

HELP = f"""\
The event's calendar (the event and each agenda item) published to a
calendar on a CalDAV server (Nextcloud, Radicale, Baïkal, SOGo, Fastmail,
iCloud...): partners subscribe to that calendar once and always see the
current programme. Each item is one entry with a UID of its own: the first
run creates them; later runs replace what changed (same UID, a higher
SEQUENCE, so calendar apps update it), remove what the event no longer
has, and write nothing when nothing changed. Planner touches only the
entries it published: a partner's own entries in a shared calendar stay.

An entry someone changed on the server since Planner published it is left
as it is and named (exit 1); --overwrite replaces it with the programme.
--stop publishes the event no more (the calendar keeps what it holds).

--caldav URL is the calendar's address (e.g.
https://cloud.example.org/remote.php/dav/calendars/USER/programme/), --user
its user name; both are remembered for the event: later runs need neither.
The password comes from ${PASSWORD_VARIABLE}, else from the system keyring,
else it is asked for; once the server has accepted it, it is kept in the
system keyring (never in the database) where one is available.

--personal BASE_URL (off unless given; remembered) also publishes each
participant's personal calendar (the programme with their own part marked,
their travel and their hotel) to a calendar of its own that Planner makes
under BASE_URL (e.g. https://cloud.example.org/remote.php/dav/calendars/USER/),
named after the event and the participant ("Munich study visit — Anna
Schmidt"). Each of those calendars holds that person's travel and hotel:
share each one on the server with its person only. The account Planner
publishes with sees them all. A participant taken out of the event has
Planner's entries removed from their calendar (the empty calendar stays,
with its sharing). --no-personal publishes them no more."""


def add_parser(commands: argparse._SubParsersAction) -> None:
    publishing = commands.add_parser(
        "publish",
        help="publish an event's calendar to a CalDAV calendar server (only what changed is written)",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    publishing.add_argument("event_id", metavar="ID", type=int)
    publishing.add_argument("--caldav", metavar="URL", help="the calendar's address on the CalDAV server (remembered)")
    publishing.add_argument("--user", metavar="NAME", help="the user name on the server (remembered)")
    publishing.add_argument(
        "--personal",
        metavar="BASE_URL",
        help="also publish each participant's personal calendar (their travel and hotel) to a calendar of its own "
        "made under this address; share each only with its person (remembered)",
    )
    publishing.add_argument(
        "--no-personal",
        action="store_true",
        help="publish the participants' personal calendars no more (their calendars on the server stay)",
    )
    publishing.add_argument(
        "--stop",
        action="store_true",
        help="publish this event no more (the calendar on the server keeps what it holds)",
    )
    publishing.add_argument(
        "--overwrite",
        action="store_true",
        help="also replace or remove entries someone else changed on the server since the last publication",
    )


def _publication(store: Store, args: argparse.Namespace):
    """Where the event is published: as given (and then remembered), or as
    remembered."""
    from planner.operations import perform
    from planner.operations.calendar_publication import PublishToCalendarServer
    from planner.services import calendar_publications

    with store.read() as session:
        saved = calendar_publications.publication_of(session, args.event_id)
    personal = "" if args.no_personal else args.personal
    if args.caldav is None and args.user is None and personal is None:
        if saved is None:
            raise PlannerError(
                f"event {args.event_id} is not published yet: give the calendar's address with --caldav URL "
                "(and --user NAME)"
            )
        return saved
    if args.caldav is None and saved is None:
        raise PlannerError("--caldav URL is needed the first time: the address of the calendar on the server")
    url = args.caldav if args.caldav is not None else saved.url if saved is not None else ""
    user = args.user if args.user is not None else saved.user_name if saved is not None else ""
    try:
        url = calendar_publications.checked_url(url)
    except PlannerError as error:
        raise PlannerError(f"--caldav {args.caldav}: {getattr(error, 'message', error)}") from None
    if personal:
        try:
            personal = calendar_publications.checked_url(personal)
        except PlannerError as error:
            raise PlannerError(f"--personal {args.personal}: {getattr(error, 'message', error)}") from None
    before = (saved.url, saved.user_name, saved.personal_base_url) if saved is not None else None
    after = (url, user.strip(), personal if personal is not None else before[2] if before else "")
    if before != after:
        return perform(store, PublishToCalendarServer(args.event_id, url, user, personal)).result
    return saved


def _password(url: str, user: str) -> tuple[str | None, bool]:
    """The password (None without a user name) and whether it was typed or
    given in the environment rather than taken from the keyring."""
    from planner.services import caldav_password

    if not user:
        return None, False
    if caldav_password.from_environment():
        return caldav_password.stored_password(url, user), caldav_password.kept_password(url, user) is None
    password = caldav_password.stored_password(url, user)
    if password:
        return password, False
    if not sys.stdin.isatty():
        raise PlannerError(
            f"the password of {user} on the calendar server: set it in the environment as {PASSWORD_VARIABLE}"
        )
    return getpass.getpass(f"Password of {user} at {url}: "), True


def _print(report: PublishReport) -> None:
    _print_one(report)
    for each in report.personal:
        print(f"Personal calendar of {each.person or 'a former participant'}:")
        _print_one(each)
        if each.problem:
            print(f"  not finished: {each.problem}")


def _print_one(report: PublishReport) -> None:
    done = [
        f"{len(report.created)} created",
        f"{len(report.updated)} updated",
        f"{len(report.removed)} removed",
        f"{report.unchanged} unchanged",
    ]
    if not (report.created or report.updated or report.removed or report.kept or report.problem):
        print(f"{report.url}: up to date, nothing written ({report.unchanged} entries).")
    else:
        print(f"{report.url}: {', '.join(done)}.")
    for what, titles in (("created", report.created), ("updated", report.updated), ("removed", report.removed)):
        for title in titles:
            print(f"  {what}: {title}")
    for title in report.kept:
        print(f"  left as it is, changed on the server by someone else: {title}")
    if report.kept and not report.person:
        print("Give --overwrite to replace those entries with the programme.")


def run(store: Store, args: argparse.Namespace) -> int:
    from planner.calendar.caldav_publish import publish
    from planner.services import caldav_password

    if args.stop:
        return _stop(store, args.event_id)
    publication = _publication(store, args)
    password, to_keep = _password(publication.url, publication.user_name)
    with store.write() as session:
        report = publish(session, args.event_id, password, overwrite=args.overwrite)
    _print(report)
    if to_keep and password:
        # Accepted by the server: kept for the next run and the window.
        print(caldav_password.store_password(publication.url, publication.user_name, password))
    if report.problem:
        print(f"planner: {report.problem}", file=sys.stderr)
        print("What was written before is recorded: run the command again to finish.", file=sys.stderr)
    if report.any_kept and not report.kept:
        print("Give --overwrite to replace those entries with the programme.")
    elif any(each.problem for each in report.personal) and not report.problem:
        print("What was written before is recorded: run the command again to finish.", file=sys.stderr)
    return 1 if report.problems or report.any_kept else 0


def _stop(store: Store, event_id: int) -> int:
    from planner.operations import perform
    from planner.operations.calendar_publication import StopPublishingToCalendarServer
    from planner.services import calendar_publications

    with store.read() as session:
        publication = calendar_publications.publication_of(session, event_id)
    if publication is None:
        print(f"Event {event_id} is not published to a calendar server.")
        return 0
    perform(store, StopPublishingToCalendarServer(event_id))
    print(f"Event {event_id} is no longer published to {publication.url}; the calendar there keeps its entries.")
    return 0


COMMANDS = {"publish": run}
