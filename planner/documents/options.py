"""What the user chose for a document: paper, whose itinerary, which
participants, which extra columns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

PAPER_SIZES = ("a4", "letter")

# The participant list's optional columns, by the name the CLI takes.
PARTICIPANT_COLUMNS = {
    "email": "E-mail",
    "needs": "Dietary and access needs",
    "stay": "Arrival and departure",
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
