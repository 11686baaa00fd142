"""The catering needs for the caterer: how many need each meal and each
kind of access, with no name unless the organiser asks for the names."""

from __future__ import annotations

import io

import pypdf

from planner.documents.catalogue import render
from planner.documents.options import DocumentOptions
from planner.services import participants


def _text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def test_the_caterer_gets_counts_and_no_names_by_default(store, samples):
    with store.read() as session:
        rows = participants.participant_rows(session, samples["Improvement"])
        text = _text(render(session, "catering", samples["Improvement"], DocumentOptions()))
    assert "13 people coming: 2 with dietary needs, 1 with access needs." in text
    assert "Gluten-free 1" in text and "Vegetarian 1" in text
    assert "Wheelchair user: step-free access to rooms, lift and restaurant needed 1" in text
    for row in rows:
        assert row.family_name not in text and row.given_name not in text and (row.email or "@") not in text


def test_names_are_printed_only_when_asked_for(store, samples):
    with store.read() as session:
        text = _text(render(session, "catering", samples["Improvement"], DocumentOptions(catering_names=True)))
    assert "Großmann, Jürgen Vegetarian" in text and "Żurawska, Małgorzata Gluten-free" in text


def test_the_counts_are_worded_in_the_reader_s_language(store, samples):
    with store.read() as session:
        text = _text(render(session, "catering", samples["Improvement"], DocumentOptions(language="de")))
    assert "13 Personen angemeldet: 2 mit Ernährungsbedürfnissen, 1 mit Bedarf an Barrierefreiheit." in text


def test_the_command_line_writes_it_and_records_it_only_when_it_names_people(tmp_path, capsys):
    from planner.cli import main
    from planner.db.store import Store
    from planner.services import disclosures
    from tests.databases import saved_database

    database = saved_database(tmp_path / "work.sqlite")
    counts, named = tmp_path / "catering.pdf", tmp_path / "catering-names.pdf"
    assert main(["--db", str(database), "pdf", "catering", "2", "-o", str(counts)]) == 0
    assert main(["--db", str(database), "pdf", "catering", "2", "--names", "-o", str(named)]) == 0
    assert "Catering needs" in _text(counts.read_bytes())
    store = Store.open(database)
    try:
        with store.read() as session:
            recorded = disclosures.disclosures(session, event_id=2)
            with_needs = {
                row.person_id
                for row in participants.participant_rows(session, 2)
                if row.dietary.strip() or row.accessibility.strip()
            }
    finally:
        store.close()
    # The counts name nobody: only the list with names left the laptop as personal data.
    assert [(row.what, set(row.person_ids)) for row in recorded] == [("Catering needs (PDF)", with_needs)]
