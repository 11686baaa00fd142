"""Deleting an event, a person or an organisation asks first, can be undone
to the byte, and takes nothing else with it silently."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from planner.operations.directory import DeleteOrganisation, DeletePerson
from planner.services import directory, events
from planner.services.errors import InUse
from tests.test_disk_full import contents


def _dump(context) -> dict[str, list[tuple]]:
    """Every row's values, in a stable order (a restored row may sit at
    another place in its table; its version is counted on)."""
    return contents(context.store.path, values_only=True)


def _counts(context) -> dict[str, int]:
    with sqlite3.connect(context.store.path) as connection:
        return {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in ("event", "person", "organisation", "participation", "agenda_item")
        }


def test_deleting_an_event_asks_and_no_leaves_everything(window, context, event_ids, monkeypatch):
    asked: list[str] = []

    def say_no(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", say_no)
    before = _dump(context)
    window.open_event(event_ids["ECRI"])
    window.delete_event()
    assert asked and "ECRI study visit to BioM, Munich" in asked[0]
    assert "People and organisations stay in the Directory" in asked[0]
    assert _dump(context) == before


def test_a_deleted_event_leaves_people_organisations_and_other_events_and_undo_restores_it(
    window, context, event_ids, answer_yes
):
    before, counts = _dump(context), _counts(context)
    window.open_event(event_ids["ECRI"])
    window.delete_event()
    after = _counts(context)
    assert after["event"] == counts["event"] - 1
    assert after["person"] == counts["person"] and after["organisation"] == counts["organisation"]
    with context.read() as session:
        assert events.event_exists(session, event_ids["Improvement"]) and events.event_exists(
            session, event_ids["CLUNET"]
        )
    window.undo_action.trigger()
    assert _dump(context) == before


def test_deleting_a_person_or_organisation_in_use_is_refused_and_changes_nothing(context, event_ids):
    before = _dump(context)
    with context.read() as session:
        someone = directory.people_rows(session)[0]
        organisation = directory.organisation_rows(session)[0]
    for operation in (DeletePerson(someone.id), DeleteOrganisation(organisation.id)):
        with pytest.raises(InUse) as refused:  # the services refuse with a message naming what uses it
            context.perform(operation)
        assert any(word in str(refused.value).lower() for word in ("event", "member", "particip"))
    assert _dump(context) == before
