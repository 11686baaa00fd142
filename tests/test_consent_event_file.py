"""Consents travel with the event file, and so does the event's asking
for them; an export of the import is the same file; older files read as
before (nobody asked), and a purpose given twice is refused by place."""

from __future__ import annotations

import json
from datetime import date

import pytest

from planner.exchange.event_export import export_event
from planner.exchange.event_file import EventFileError, dumps
from planner.exchange.event_import import import_event_bytes
from planner.services import consent, participants


def _as_bytes(written) -> bytes:
    return written.encode() if isinstance(written, str) else written


def _consents(session, event_id: int) -> dict[str, dict[str, tuple]]:
    found = {}
    for row in participants.participant_rows(session, event_id):
        found[row.full_name] = {
            purpose: (given.given, given.given_on, given.how, given.wording, given.withdrawn_on)
            for purpose, given in consent.consents_of(session, row.participation_id).items()
        }
    return found


def test_consents_and_the_events_need_of_them_survive_an_event_file(store, samples):
    munich = samples["ECRI"]
    with store.write() as session:
        first, second = participants.participant_rows(session, munich)[:2]
        consent.record(
            session,
            first.participation_id,
            "shared_list",
            given=True,
            given_on=date(2018, 3, 1),
            how="form",
            wording="Dürfen wir Ihren Namen auf die Teilnehmerliste setzen?",
            withdrawn_on=date(2018, 3, 20),
        )
        consent.record(session, first.participation_id, "photos", given=False, given_on=date(2018, 3, 1), how="oral")
        consent.record(session, second.participation_id, "needs", given=True)
        consent.set_consent_needed(session, munich, True)
        written = dumps(export_event(session, munich))
    document = json.loads(written)
    assert document["event"]["consent_needed"] is True
    listed = next(part for part in document["participants"] if part.get("consents") and len(part["consents"]) == 2)
    assert listed["consents"] == [
        {
            "purpose": "shared_list",
            "given": True,
            "given_on": "2018-03-01",
            "how": "form",
            "wording": "Dürfen wir Ihren Namen auf die Teilnehmerliste setzen?",
            "withdrawn_on": "2018-03-20",
        },
        {"purpose": "photos", "given": False, "given_on": "2018-03-01", "how": "oral"},
    ]
    with store.write() as session:
        copy = import_event_bytes(session, _as_bytes(written)).id
        assert consent.consent_needed(session, copy)
        assert _consents(session, copy) == _consents(session, munich)
        assert dumps(export_event(session, copy)) == written


def test_a_file_without_consents_reads_as_before_and_writes_none(store, samples):
    with store.write() as session:
        written = dumps(export_event(session, samples["CLUNET"]))
        document = json.loads(written)
        assert "consent_needed" not in document["event"]
        assert not any("consents" in part for part in document["participants"])
        copy = import_event_bytes(session, _as_bytes(written)).id
        assert not consent.consent_needed(session, copy)
        assert all(not found for found in _consents(session, copy).values())


def test_a_purpose_given_twice_or_unknown_is_refused_by_its_place(store, samples):
    with store.read() as session:
        document = json.loads(dumps(export_event(session, samples["CLUNET"])))
    document["participants"][1]["consents"] = [{"purpose": "photos", "given": True}, {"purpose": "photos"}]
    with store.write() as session, pytest.raises(EventFileError, match=r"participants\[1\]\.consents\[1\]"):
        import_event_bytes(session, json.dumps(document).encode())
    document["participants"][1]["consents"] = [{"purpose": "selfies"}]
    with store.write() as session, pytest.raises(EventFileError, match=r"participants\[1\]\.consents\[0\]\.purpose"):
        import_event_bytes(session, json.dumps(document).encode())
