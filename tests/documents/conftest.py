"""Helpers for the document tests: render a document from a real
database, read it back with pypdf (an independent PDF reader), and an
event whose every field tries to break a document."""

from __future__ import annotations

import copy
import io

import pikepdf
import pypdf
import pytest

from planner.documents.catalogue import render
from planner.documents.options import DocumentOptions
from planner.exchange.event_file import dumps, parse
from planner.exchange.event_import import import_event
from planner.services import budget

GREEK = "Παπαδόπουλος"
POLISH = "Żurawska"
GERMAN = "Großmann"
HOSTILE_TITLE = '<b>R&D</b> & <img src="http://127.0.0.1:9/logo.png"/> meeting'

HOSTILE_EVENT = {
    "format": "planner-event",
    "version": 1,
    "event": {
        "title": HOSTILE_TITLE,
        "kind": "study_visit",
        "status": "confirmed",
        "programme": "Interreg <Central> Europe",
        "funding": "ERDF 80% & partners' own funds",
        "starts_on": "2026-03-28",
        "ends_on": "2026-03-29",
        "timezone": "Europe/Berlin",
        "venue": {
            "name": "Haus der Wissenschaft",
            "address": "Straße des 17. Juni 1\n10623 Berlin",
            "city": "Berlin",
            "country": "DE",
        },
        "host": "bio-netzwerk-süd",
        "organiser_email": "buero@example.org",
        "summary": "Line one\nLine two with <b>bold</b> & <img src=x>",
        "objectives": ["Agree the <work plan>", "Ορισμός στόχων", "Ustalić budżet"],
    },
    "organisations": [
        {"key": "bio-netzwerk-süd", "name": "Bio-Netzwerk Süd", "kind": "cluster", "region": "Bayern", "country": "DE"},
        {
            "key": "klaster-życia",
            "name": "Klaster Życia",
            "kind": "association",
            "region": "Małopolska",
            "country": "PL",
        },
        {
            "key": "ελληνικό-biocluster",
            "name": "Ελληνικό BioCluster",
            "kind": "cluster",
            "region": "Αττική",
            "country": "GR",
        },
    ],
    "people": [
        {
            "key": "jürgen-großmann",
            "honorific": "Dr.",
            "given_name": "Jürgen",
            "family_name": GERMAN,
            "organisation": "bio-netzwerk-süd",
            "country": "DE",
            "email": "j.grossmann@example.org",
            "phone": "+49 89 123456",
            "dietary": "vegetarisch; keine Nüsse",
        },
        {
            "key": "małgorzata-żurawska",
            "given_name": "Małgorzata",
            "family_name": POLISH,
            "organisation": "klaster-życia",
            "country": "PL",
            "email": "m.zurawska@example.org",
            "accessibility": "wheelchair <access> & lift",
        },
        {
            "key": "γιώργος-παπαδόπουλος",
            "given_name": "Γιώργος",
            "family_name": GREEK,
            "organisation": "ελληνικό-biocluster",
            "country": "GR",
            "email": "g.papadopoulos@example.org",
        },
    ],
    "participants": [
        {
            "person": "jürgen-großmann",
            "role": "host",
            "status": "confirmed",
            "arrives_on": "2026-03-28",
            "departs_on": "2026-03-29",
        },
        {
            "person": "małgorzata-żurawska",
            "role": "moderator",
            "status": "confirmed",
            "arrives_on": "2026-03-28",
            "departs_on": "2026-03-29",
        },
        {
            "person": "γιώργος-παπαδόπουλος",
            "role": "speaker",
            "status": "registered",
            "arrives_on": "2026-03-27",
            "departs_on": "2026-03-30",
        },
    ],
    "agenda": [
        {
            "starts_at": "2026-03-28T10:00",
            "ends_at": "2026-03-28T11:30",
            "kind": "session",
            "title": "Welcome & <introductions>",
            "location": "Saal 1",
            "speakers": ["jürgen-großmann"],
            "moderator": "małgorzata-żurawska",
        },
        {"starts_at": "2026-03-28T11:30", "ends_at": "2026-03-28T12:00", "kind": "break", "title": "Coffee & cake"},
        {
            "starts_at": "2026-03-28T14:00",
            "ends_at": "2026-03-28T16:00",
            "kind": "site_visit",
            "title": "Visit to <the> lab",
            "location": "BioM, Am Klopferspitz 19a, Martinsried",
        },
        {
            "starts_at": "2026-03-29T09:00",
            "ends_at": "2026-03-29T10:30",
            "kind": "presentation",
            "title": "Ελληνικές εμπειρίες",
            "location": "Saal 1",
            "speakers": ["γιώργος-παπαδόπουλος"],
            "description": 'Slides: "Ευχαριστώ" & more\nsecond line',
        },
        {
            "starts_at": "2026-03-29T09:00",
            "ends_at": "2026-03-29T10:30",
            "kind": "session",
            "title": "Parallel: Wspólne szkolenia",
            "location": "Saal 2",
            "speakers": ["małgorzata-żurawska"],
        },
    ],
    "travel": [
        {
            "person": "γιώργος-παπαδόπουλος",
            "mode": "flight",
            "carrier": "Aegean",
            "number": "A3 820",
            "reference": "Q&A;1",
            "from": {"place": "Αθήνα", "at": "2026-03-27T08:20", "timezone": "Europe/Athens"},
            "to": {"place": "Berlin BER", "at": "2026-03-27T10:30", "timezone": "Europe/Berlin"},
        },
        {
            "person": "γιώργος-παπαδόπουλος",
            "mode": "flight",
            "carrier": "Aegean",
            "number": "A3 821",
            "from": {"place": "Berlin BER", "at": "2026-03-30T11:10", "timezone": "Europe/Berlin"},
            "to": {"place": "Αθήνα", "at": "2026-03-30T15:05", "timezone": "Europe/Athens"},
        },
    ],
    "stays": [
        {
            "person": "γιώργος-παπαδόπουλος",
            "name": "Hotel <Am> Spreebogen",
            "address": "Alt-Moabit 99, 10559 Berlin",
            "check_in": "2026-03-27",
            "check_out": "2026-03-30",
        },
    ],
    "costs": [
        {
            "category": "travel",
            "description": "Flight <Athens> & back",
            "amount": "412.30",
            "currency": "EUR",
            "person": "γιώργος-παπαδόπουλος",
            "funded_by": "Programme <Interreg>",
            "spent_on": "2026-03-20",
            "evidence": "E-ticket 048-2210",
        },
        {
            "category": "subsistence",
            "description": "Daily allowance",
            "amount": "960.00",
            "currency": "PLN",
            "person": "małgorzata-żurawska",
            "funded_by": "Programme <Interreg>",
        },
        {
            "category": "venue",
            "amount": "1500.00",
            "currency": "EUR",
            "payee": "Jürgen Großmann Veranstaltungen",
            "funded_by": "Programme <Interreg>",
        },
    ],
    "minutes": {
        "summary": "We met.\nWe agreed <many> things & more",
        "items": [
            {"kind": "conclusion", "text": "Clusters & <labs> should meet twice a year"},
            {"kind": "proposal", "text": "Μοιραζόμαστε εργαλεία", "by": "γιώργος-παπαδόπουλος", "topic": "tools"},
            {"kind": "proposal", "text": "Wspólne szkolenia", "organisation": "klaster-życia"},
            {"kind": "decision", "text": "Continue & extend"},
            {
                "kind": "action",
                "text": "Send the <minutes>",
                "owner": "jürgen-großmann",
                "due": "2026-04-15",
                "state": "open",
            },
            {"kind": "best_practice", "text": "Mentoring for start-ups"},
        ],
    },
}


def hostile_event_data(**changes) -> dict:
    """A copy of the hostile event, with ``changes`` made to its "event" part."""
    data = copy.deepcopy(HOSTILE_EVENT)
    data["event"].update(changes)
    return data


def add_event(store, data: dict) -> int:
    with store.write() as session:
        return import_event(session, parse(dumps(data))).id


@pytest.fixture
def hostile_event(store) -> int:
    """An event with Greek, Polish and German names and markup in its text."""
    return add_event(store, hostile_event_data())


def make_pdf(store, kind: str, event_id: int, **options) -> bytes:
    with store.read() as session:
        if kind == "costs" and "funder" not in options:  # the report is one funder's: the event's first
            options["funder"] = next(iter(budget.funders(session, event_id)), "Interreg")
        return render(session, kind, event_id, DocumentOptions(**options))


def pdf_pages(data: bytes) -> list[str]:
    """The text of every page, read by pypdf; reading every page is also
    the check that the file is well formed."""
    reader = pypdf.PdfReader(io.BytesIO(data), strict=True)
    return [page.extract_text() for page in reader.pages]


def pdf_text(data: bytes) -> str:
    return "\n".join(pdf_pages(data))


def pdf_info(data: bytes) -> dict:
    return dict(pypdf.PdfReader(io.BytesIO(data)).metadata or {})


def pdf_image_count(data: bytes) -> int:
    return sum(len(page.images) for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def page_size(data: bytes, index: int = 0) -> tuple[float, float]:
    box = pypdf.PdfReader(io.BytesIO(data)).pages[index].mediabox
    return float(box.width), float(box.height)


def structure_problems(data: bytes) -> list[str]:
    """What qpdf (through pikepdf) finds wrong in the file's structure."""
    with pikepdf.open(io.BytesIO(data)) as document:
        return [str(problem) for problem in document.check_pdf_syntax()]
