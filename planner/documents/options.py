"""What the user chose for a document: language, paper, whose itinerary,
which participants, which extra columns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from planner.documents.marked import N_

PAPER_SIZES = ("a4", "letter")
# The languages a document is printed in: services.language.LANGUAGES's
# codes, named here so that reading a command line loads no Babel.
LANGUAGES = ("en", "es", "de", "fr", "it", "pl", "el")

# The participant list's optional columns, by the name the CLI takes
# (their headings are translated where they are printed).
PARTICIPANT_COLUMNS = {
    "email": N_("E-mail"),
    "needs": N_("Dietary and access needs"),
    "stay": N_("Arrival and departure"),
    "status": N_("Status"),
    "card": N_("Contact card (QR code)"),
}
GROUPINGS = ("", "country", "organisation")


@dataclass(frozen=True)
class DocumentOptions:
    paper: str = "a4"
    printed_on: date = field(default_factory=date.today)
    # Itinerary: only this traveller's (by e-mail address).
    person_email: str | None = None
    # A selection of participants (person ids), for the documents that
    # list people; None means everyone who is coming.
    person_ids: frozenset[int] | None = None
    # Participant list: extra columns (keys of PARTICIPANT_COLUMNS) and grouping.
    columns: tuple[str, ...] = ()
    group_by: str = ""
    # Signature sheets: empty rows for people who come unannounced.
    blank_rows: int = 8
    # The language of the fixed wording, dates and numbers (a code of
    # services.language.LANGUAGES). None: the reader's own where the
    # document has one reader (one traveller's itinerary), else English.
    language: str | None = None
    # Conclusions report: the day its open actions are judged on (past
    # their due date: overdue). None: the event's last day.
    report_date: date | None = None
    # Cost report: the funder whose costs it lists, as the costs name it.
    funder: str = ""
    # Catering needs: the names beside the needs (health data), only when
    # the organiser asks; else counts only.
    catering_names: bool = False
