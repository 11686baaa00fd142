"""Writing an event's participant list as CSV or as an Excel workbook.

The columns carry the labels of ``FIELDS``, so that a list written here,
edited in a spreadsheet and imported again maps itself. The whole name is
left out: given and family name say it, and one column per fact leaves
nothing to contradict. Countries are written by their English names,
roles and statuses as the app shows them ("No-show"), languages named in
themselves ("Deutsch"), dates as ISO dates.

A list written here is given out: when the event needs consent, only
those who agreed to be on a shared list are in it (services.consent);
``left_off`` says who is not, for telling the organiser.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import TYPE_CHECKING

from planner.exchange.participant_table import FIELDS, ParticipantFileError, escape_cell
from planner.services import consent, participants, values
from planner.services.events import get_event
from planner.services.labels import label
from planner.services.language import LANGUAGES

if TYPE_CHECKING:
    from sqlmodel import Session

# Consents are the organiser's record, not part of a list given out.
COLUMNS = tuple(key for key in FIELDS if key != "full_name" and not key.startswith("consent"))
FORMATS = ("csv", "xlsx")


def export_participants(session: Session, event_id: int, file_format: str, *, on: date | None = None) -> bytes:
    """The event's participants by family name: "csv" (UTF-8 with BOM so
    Excel reads the accents, commas, CRLF) or "xlsx"; when the event needs
    consent, those who agreed to the shared list on ``on`` (today)."""
    if file_format not in FORMATS:
        raise ParticipantFileError(f"'{file_format}' is not a format for participant lists; write .csv or .xlsx")
    get_event(session, event_id)
    headers = [FIELDS[key] for key in COLUMNS]
    rows = [_values(row) for row in exported_people(session, event_id, on=on)]
    if file_format == "xlsx":
        from planner.exchange.participant_xlsx import write_workbook  # openpyxl: only for workbooks

        return write_workbook("Participants", headers, rows)
    stream = io.StringIO(newline="")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([escape_cell(value.isoformat() if isinstance(value, date) else value) for value in row])
    return stream.getvalue().encode("utf-8-sig")


def exported_people(session: Session, event_id: int, *, on: date | None = None) -> list[participants.ParticipantRow]:
    """Who an export on ``on`` (today) holds: when the event needs consent,
    those who agreed to the shared list."""
    rows = participants.participant_rows(session, event_id)
    return consent.shared_list(session, event_id, rows, on or date.today())[0]


def left_off(session: Session, event_id: int, *, on: date | None = None) -> list[consent.LeftOff]:
    """Who an export on ``on`` (today) leaves off, and why."""
    rows = participants.participant_rows(session, event_id)
    return consent.shared_list(session, event_id, rows, on or date.today())[1]


def _values(row: participants.ParticipantRow) -> list[str | date]:
    shown = {
        "honorific": row.honorific,
        "given_name": row.given_name,
        "family_name": row.family_name,
        "email": row.email,
        "organisation": row.organisation,
        "position": row.position,
        "region": row.region,
        "country": values.country_name(row.country),
        "phone": row.phone,
        "role": label(row.role),
        "status": label(row.status),
        "dietary": row.dietary,
        "accessibility": row.accessibility,
        # Named in itself, as the window shows it ("Deutsch"); read back by name.
        "language": LANGUAGES.get(row.language, ""),
        # As the app shows it ("Woman"); left empty while not stated.
        "gender": label(row.gender),
        "arrives_on": row.arrives_on or "",
        "departs_on": row.departs_on or "",
        "notes": row.notes,
    }
    return [shown[key] for key in COLUMNS]
