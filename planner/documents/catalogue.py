"""The documents Planner prints, by the name the command line and the
Documents menu use, and the one entry point that renders them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

from planner.documents.options import GROUPINGS, LANGUAGES, PAPER_SIZES, PARTICIPANT_COLUMNS, DocumentOptions
from planner.services.errors import InvalidInput

if TYPE_CHECKING:
    from sqlmodel import Session

Builder = Callable[["Session", int, DocumentOptions], bytes]


@dataclass(frozen=True)
class DocumentKind:
    name: str  # as typed: "attendance"
    title: str  # as shown: "Signature sheets"
    description: str
    module: str  # planner.documents.<module>.build makes it
    for_people: bool  # may be made for a selection of participants
    # Listed in the window's Documents menu; the cost report is made from
    # Logistics ▸ Budget instead, where its funder is chosen.
    in_window: bool = True

    def builder(self) -> Builder:
        return import_module(f"planner.documents.{self.module}").build


KINDS: dict[str, DocumentKind] = {
    kind.name: kind
    for kind in (
        DocumentKind("agenda", "Agenda", "the programme day by day, for the room", "agenda", False),
        DocumentKind(
            "participants", "Participant list", "who takes part, for the host and the hotel", "participant_list", True
        ),
        DocumentKind(
            "attendance", "Signature sheets", "one sheet per day to sign, as funders ask for", "attendance", True
        ),
        DocumentKind("itinerary", "Itinerary", "travel, hotels and visits day by day", "itinerary", True),
        DocumentKind("badges", "Name badges", "badges to cut out, several per page", "badges", True),
        DocumentKind(
            "minutes", "Conclusions report", "summary, conclusions, decisions and actions", "minutes_report", False
        ),
        DocumentKind(
            "statistics",
            "Statistics",
            "participants by country, gender, organisation, new or returning",
            "statistics",
            False,
        ),
        DocumentKind(
            "catering",
            "Catering needs",
            "dietary and access needs counted, without names, for the caterer",
            "catering",
            False,
        ),
        DocumentKind(
            "costs", "Cost report", "one funder's costs line by line, for the auditor", "cost_report", False, False
        ),
    )
}


def window_kinds() -> list[str]:
    """The documents the Documents menu and the preview offer."""
    return [name for name, kind in KINDS.items() if kind.in_window]


def check_options(kind: DocumentKind, options: DocumentOptions) -> None:
    """Refuse choices that do not apply, naming the option."""
    if options.language is not None and options.language not in LANGUAGES:
        raise InvalidInput("language", f"{options.language!r} is not one of {', '.join(LANGUAGES)}")
    if options.paper not in PAPER_SIZES:
        raise InvalidInput("paper", f"{options.paper!r} is not one of {', '.join(PAPER_SIZES)}")
    if options.person_email and kind.name != "itinerary":
        raise InvalidInput("person", f"a single person's document is the itinerary, not the {kind.title.lower()}")
    if options.person_ids is not None and not kind.for_people:
        raise InvalidInput("participants", f"the {kind.title.lower()} is for the whole event, not for a selection")
    unknown = [column for column in options.columns if column not in PARTICIPANT_COLUMNS]
    if unknown:
        raise InvalidInput("columns", f"{', '.join(unknown)}: the choices are {', '.join(PARTICIPANT_COLUMNS)}")
    if options.columns and kind.name != "participants":
        raise InvalidInput("columns", "extra columns are for the participant list")
    if options.group_by not in GROUPINGS:
        raise InvalidInput("group_by", f"{options.group_by!r} is not one of {', '.join(filter(None, GROUPINGS))}")
    if options.group_by and kind.name != "participants":
        raise InvalidInput("group_by", "grouping is for the participant list")
    if options.report_date is not None and kind.name != "minutes":
        raise InvalidInput("report date", "the date actions are judged on is for the conclusions report")
    if kind.name == "costs" and not options.funder.strip():
        raise InvalidInput("funder", "the cost report is for one funder: name it (--funder)")
    if options.funder and kind.name != "costs":
        raise InvalidInput("funder", "a funder is chosen for the cost report only")
    if options.catering_names and kind.name != "catering":
        raise InvalidInput("names", "names beside the needs are for the catering needs")
    if not 0 <= options.blank_rows <= 200:
        raise InvalidInput("blank_rows", "must be between 0 and 200")


def render(session: Session, kind_name: str, event_id: int, options: DocumentOptions | None = None) -> bytes:
    """The PDF of one document of an event."""
    kind = KINDS.get(kind_name)
    if kind is None:
        raise InvalidInput("kind", f"{kind_name!r} is not a document; the choices are {', '.join(KINDS)}")
    options = options or DocumentOptions()
    check_options(kind, options)
    return kind.builder()(session, event_id, options)


def render_word(session: Session, event_id: int, options: DocumentOptions | None = None) -> bytes:
    """The conclusions report as an editable Word document (.docx)."""
    options = options or DocumentOptions()
    check_options(KINDS["minutes"], options)
    return import_module("planner.documents.minutes_docx").build(session, event_id, options)
