"""Exports of the largest event, by Planner and by the bare library doing
the same work: each function returns the seconds it took."""

from __future__ import annotations

import io
import time
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from planner.db.store import Store

LARGEST_EVENT_ID = 1


def planner_calendar(store: Store) -> float:
    from planner.calendar.event_calendar import event_calendar

    with store.read() as session:  # the SEQUENCE bookkeeping is not kept
        started = time.perf_counter()
        data = event_calendar(session, LARGEST_EVENT_ID)
        elapsed = time.perf_counter() - started
    assert b"BEGIN:VEVENT" in data
    return elapsed


def bare_calendar(store: Store) -> float:
    """icalendar alone: the event and one VEVENT per agenda item with the
    same fields (summary, times in the zone, place, speakers), no VTIMEZONE
    rules of our own."""
    import sqlite3

    from icalendar import Calendar, Event

    connection = sqlite3.connect(store.path)
    started = time.perf_counter()
    zone_name, title = connection.execute(
        "SELECT timezone, title FROM event WHERE id = ?", (LARGEST_EVENT_ID,)
    ).fetchone()
    zone = ZoneInfo(zone_name)
    rows = connection.execute(
        "SELECT a.id, a.title, a.starts_at, a.ends_at, a.location, a.kind, "
        "group_concat(p.given_name || ' ' || p.family_name, ', ') FROM agenda_item a "
        "LEFT JOIN agenda_speaker s ON s.item_id = a.id LEFT JOIN person p ON p.id = s.person_id "
        "WHERE a.event_id = ? GROUP BY a.id ORDER BY a.starts_at",
        (LARGEST_EVENT_ID,),
    ).fetchall()
    calendar = Calendar()
    calendar.add("PRODID", "-//bare//EN")
    calendar.add("VERSION", "2.0")
    whole = Event()
    whole.add("SUMMARY", title)
    whole.add("UID", "event-1@bare")
    whole.add("DTSTAMP", datetime.now(UTC))
    calendar.add_component(whole)
    for ident, summary, starts, ends, location, kind, speakers in rows:
        item = Event()
        item.add("UID", f"item-{ident}@bare")
        item.add("DTSTAMP", datetime.now(UTC))
        item.add("SUMMARY", summary)
        item.add("DTSTART", datetime.fromisoformat(starts).replace(tzinfo=zone))
        item.add("DTEND", datetime.fromisoformat(ends).replace(tzinfo=zone))
        item.add("LOCATION", location)
        item.add("DESCRIPTION", speakers or "")
        item.add("CATEGORIES", [kind])
        calendar.add_component(item)
    calendar.add_missing_timezones()
    data = calendar.to_ical()
    elapsed = time.perf_counter() - started
    assert b"BEGIN:VEVENT" in data
    return elapsed


def planner_participant_pdf(store: Store) -> float:
    from planner.documents.catalogue import render

    with store.read() as session:
        started = time.perf_counter()
        data = render(session, "participants", LARGEST_EVENT_ID)
    elapsed = time.perf_counter() - started
    assert data.startswith(b"%PDF")
    return elapsed


def bare_participant_pdf(store: Store) -> float:
    """reportlab alone: the same rows in a Table with a repeated header, in
    a TrueType font (Helvetica cannot print Greek names), page numbers."""
    import sqlite3

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from planner.documents.fonts import SANS, register_fonts

    register_fonts()  # loading the font file is not what is compared
    connection = sqlite3.connect(store.path)
    started = time.perf_counter()
    rows = connection.execute(
        "SELECT pe.family_name || ', ' || pe.given_name, coalesce(o.name, ''), pe.country, p.role "
        "FROM participation p JOIN person pe ON pe.id = p.person_id "
        "LEFT JOIN organisation o ON o.id = pe.organisation_id WHERE p.event_id = ? "
        "AND p.status NOT IN ('declined', 'cancelled') ORDER BY pe.family_name, pe.given_name",
        (LARGEST_EVENT_ID,),
    ).fetchall()
    style = ParagraphStyle("cell", fontName=SANS, fontSize=8.5, leading=10.5)
    data = [["#", "Name", "Organisation", "Country", "Role"]]
    data += [
        [str(number), Paragraph(name, style), Paragraph(organisation, style), country, role]
        for number, (name, organisation, country, role) in enumerate(rows, start=1)
    ]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4)
    table = Table(data, repeatRows=1, colWidths=[30, 150, 170, 60, 80])
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), SANS), ("FONTSIZE", (0, 0), (-1, -1), 8.5)])

    def number_page(canvas, _document):
        canvas.setFont(SANS, 7.5)
        canvas.drawRightString(560, 20, f"Page {canvas.getPageNumber()}")

    document.build([table], onFirstPage=number_page, onLaterPages=number_page)
    elapsed = time.perf_counter() - started
    assert buffer.getvalue().startswith(b"%PDF")
    return elapsed
