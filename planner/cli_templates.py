"""`planner mail` and `planner templates`: messages made from templates.

planner mail 3 --template "Reminder (the day before)" --to confirmed --attach itinerary --smtp host:587 --starttls
planner templates
planner templates --show "Reminder (the day before)"
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from planner import cli_smtp

if TYPE_CHECKING:
    from planner.db.store import Store

EXIT_PROBLEMS = 1

MAIL_HELP = """\
A message made from a template for each participant chosen: a letter with
placeholders such as {given_name} or {hotel} filled in for each of them
(`planner templates` lists the templates, --show one with its placeholders).
--to chooses by status (confirmed), role (speaker) or e-mail address, and
may be repeated; without it, everyone who is coming. --attach adds their
own itinerary or calendar, or the event's agenda or conclusions report.
Each message is written in the recipient's preferred language (English
where it is not known): the templates shipped with Planner in that
language's version, dates and the like in its words; --lang writes them
all in one language.

When a placeholder the template uses is empty for someone (no hotel
booked), they are named with what is missing and get nothing, unless
--send-incomplete. Every message sent (--smtp) or written (--out) is
recorded, and shown with the participant and in the person's history.
--smtp alone sends through the account saved with `planner mail-settings`;
--smtp HOST:PORT --smtp-user logs in with the password in
$PLANNER_SMTP_PASSWORD."""

ATTACH_CHOICES = ("itinerary", "calendar", "agenda", "minutes")
# services.language.LANGUAGES, written out: the command line starts without Babel.
LANGUAGE_CODES = ("en", "es", "de", "fr", "it", "pl", "el")


def add_parsers(commands: argparse._SubParsersAction) -> None:
    """The two commands, added to the command line's."""
    mailing = commands.add_parser(
        "mail",
        help="send (--smtp) or write (--out) a message made from a template to participants of an event",
        description=MAIL_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    mailing.add_argument("event_id", metavar="ID", type=int)
    mailing.add_argument("--template", metavar="NAME", required=True, help="the template, by name")
    mailing.add_argument(
        "--to", metavar="STATUS|ROLE|EMAIL", nargs="+", action="extend", default=[], help="who gets it"
    )
    mailing.add_argument(
        "--attach",
        metavar="WHAT",
        nargs="+",
        action="extend",
        default=[],
        choices=ATTACH_CHOICES,
        help=f"attach {', '.join(ATTACH_CHOICES)}",
    )
    where = mailing.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", metavar="DIR", help="write one .eml per recipient into DIR")
    cli_smtp.add_options(mailing, where, "send through this mail server, each message recorded as it goes")
    mailing.add_argument(
        "--send-incomplete", action="store_true", help="send to those for whom a placeholder is empty as well"
    )
    mailing.add_argument("--overwrite", action="store_true", help="replace .eml files already in DIR")
    mailing.add_argument(
        "--lang",
        metavar="LANGUAGE",
        choices=LANGUAGE_CODES,
        help=f"write every message in this language ({', '.join(LANGUAGE_CODES)}) rather than in each "
        "recipient's own (English where it is not known)",
    )

    listing = commands.add_parser("templates", help="list the message templates, or --show one")
    listing.add_argument("--show", metavar="NAME", help="print one template with the placeholders it uses")
    listing.add_argument(
        "--lang", metavar="LANGUAGE", choices=LANGUAGE_CODES, help="with --show: the template in this language"
    )


def _templates(store: Store, args: argparse.Namespace) -> int:
    from planner.services import template_text, templates

    with store.read() as session:
        if args.show is None:
            for template in templates.all_templates(session):
                print(f"{template.name}  ({'shipped with Planner' if template.shipped else 'your own'})")
            return 0
        template = templates.find_template(session, args.show)
    if args.lang:
        template = templates.in_language(template, args.lang)
    print(f"Name: {template.name}")
    print(f"Subject: {template.subject}")
    print()
    print(template.body.rstrip("\n"))
    print()
    used = [
        *template_text.placeholders_in(template.subject, "subject"),
        *template_text.placeholders_in(template.body, "body"),
    ]
    print("Placeholders: " + (", ".join(f"{{{name}}}" for name in dict.fromkeys(used)) or "none"))
    return 0


def _mail(store: Store, args: argparse.Namespace) -> int:
    from planner import output_paths
    from planner.mail import delivery, template_messages

    server = cli_smtp.server_of(store, args)
    if server is None:
        output_paths.check_output_folder(Path(args.out), store.protected())
    # A writing unit of work: a personal calendar attached notes what it said.
    with store.write() as session:
        batch = template_messages.compose(
            session,
            args.event_id,
            args.template,
            to=args.to,
            attach=args.attach,
            sender=server.sender if server else None,
            language=args.lang,
        )
    for name in batch.without_address:
        print(f"no e-mail address, left out: {name}")
    for recipient, reason in batch.unusable:
        print(f"NOT {'sent to' if server else 'written for'} {recipient}: {reason}")
    for recipient, reason in batch.held_back:
        print(f"{recipient}: {reason}")
    for message in batch.incomplete:
        fate = "sent all the same" if args.send_incomplete else "held back (--send-incomplete sends it all the same)"
        print(f"missing: {message.problem}; {fate}")
    due = batch.to_deliver(send_incomplete=args.send_incomplete)
    if not batch.messages:
        print("Nobody to write to: no participant chosen has an e-mail address.")
    failed = len(batch.unusable)
    if server is None:
        outcome = delivery.write(
            store,
            Path(args.out),
            batch,
            due,
            overwrite=args.overwrite,
            on_written=lambda message, path: print(f"wrote {path} (to {message.recipient})"),
            on_failed=lambda message, why: print(f"NOT written for {message.recipient}: {why}"),
        )
        failed += len(outcome.failed)
    elif due:
        with server.connection() as connection:
            outcome = delivery.send(
                store,
                connection,
                batch,
                due,
                on_sent=lambda message: print(f"sent to {message.recipient}"),
                on_failed=lambda message, why: print(f"NOT sent to {message.recipient}: {why}"),
            )
        failed += len(outcome.failed)
    held = len(batch.messages) - len(due)
    if failed or held:
        total = len(batch.messages) + len(batch.unusable)
        verb = "sent" if server else "written"
        print(f"planner: {failed + held} of {total} message{'s' if total != 1 else ''} not {verb}", file=sys.stderr)
        return EXIT_PROBLEMS
    return 0


COMMANDS = {"mail": _mail, "templates": _templates}
