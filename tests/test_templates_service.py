"""Message templates kept and chosen: names unique across the shipped
ones and the user's own, the shipped ones read-only, every change an
operation undone whole; recipients chosen by status, role, address or
who they are."""

from __future__ import annotations

import pytest

from planner.operations import perform
from planner.operations.base import replay
from planner.operations.templates import AddTemplate, ChangeTemplate, CopyTemplate, DeleteTemplate
from planner.services import directory, message_recipients, participants, templates
from planner.services.errors import InvalidInput, NotFound

pytestmark = pytest.mark.both_back_ends  # each test on a database file and on PostgreSQL

REMINDER = "Reminder (the day before)"


def own(store) -> list[tuple[str, str, str]]:
    with store.read() as session:
        return [(template.name, template.subject, template.body) for template in templates.own_templates(session)]


def test_a_template_is_added_changed_copied_and_deleted_and_each_step_undone(store):
    added = perform(store, AddTemplate("Welcome", "Welcome to {event_title}", "Dear {given_name},"))
    changed = perform(store, ChangeTemplate(added.result, body="Dear {full_name},"))
    assert own(store) == [("Welcome", "Welcome to {event_title}", "Dear {full_name},")]
    copied = perform(store, CopyTemplate(REMINDER))
    with store.read() as session:
        shipped = templates.find_template(session, REMINDER)
    assert ("Copy of Reminder (the day before)", shipped.subject, shipped.body) in own(store)
    deleted = perform(store, DeleteTemplate(added.result))
    assert [name for name, _subject, _body in own(store)] == ["Copy of Reminder (the day before)"]

    for done in (deleted, copied, changed):
        replay(store, done.changes, "before")
    assert own(store) == [("Welcome", "Welcome to {event_title}", "Dear {given_name},")]


def test_names_are_unique_whatever_their_case_and_the_shipped_ones_cannot_be_changed(store):
    with store.write() as session:
        with pytest.raises(
            InvalidInput, match=r"name: 'reminder \(THE day before\)' is the name of a template shipped"
        ):
            templates.create_template(session, "reminder (THE day before)", "", "")
        with pytest.raises(InvalidInput, match="name: a template needs a name"):
            templates.create_template(session, "  ", "", "")
        mine = templates.create_template(session, "Mine", "", "")
        with pytest.raises(InvalidInput, match="'MINE' is the name of another template"):
            templates.create_template(session, "MINE", "", "")
        with pytest.raises(InvalidInput, match="subject: the subject is one line"):
            templates.update_template(session, mine.id, subject="Two\nlines")
        with pytest.raises(NotFound, match="those shipped cannot be changed"):
            templates.update_template(session, mine.id + 1, body="x")
        assert templates.copy_template(session, "Mine").name == "Copy of Mine"
        assert templates.copy_template(session, "Mine").name == "Copy of Mine (2)"


def test_recipients_by_status_role_address_or_who_they_are(samples, store):
    munich = samples["ECRI"]
    with store.write() as session:
        rows = {
            person.email: participation for participation, person in participants.participations_of(session, munich)
        }
        participants.update_participation(session, rows["p.los@example.org"].id, status="declined")
        participants.update_participation(session, rows["j.pons@example.org"].id, status="confirmed")

        def emails(**chosen) -> set[str]:
            return {person.email for _p, person in message_recipients.recipients(session, munich, **chosen)}

        everyone = emails()
        assert "p.los@example.org" not in everyone and "j.pons@example.org" in everyone  # those coming
        assert emails(to=["Confirmed"]) == {"j.pons@example.org"}
        assert emails(to=["declined", "P.Los@example.org"]) == {"p.los@example.org"}
        moderators = {email for email, row in rows.items() if row.role == "moderator"}
        assert emails(to=["moderator"]) == moderators
        los = directory.find_person_by_email(session, "p.los@example.org")
        assert emails(person_ids=[los.id]) == {"p.los@example.org"}
        assert emails(person_ids=[]) == set()  # nothing selected: nobody
        with pytest.raises(InvalidInput, match=r"recipients: nobody@example\.org: not the address of a participant"):
            emails(to=["nobody@example.org"])


def test_undoing_a_deletion_is_refused_when_another_template_took_the_name_since(store):
    from planner.services.history import ReplayRefused

    added = perform(store, AddTemplate("Welcome", "Hi", "Dear {given_name},"))
    deleted = perform(store, DeleteTemplate(added.result))
    perform(store, AddTemplate("Welcome", "Another", ""))
    with pytest.raises(ReplayRefused):
        replay(store, deleted.changes, "before")
    assert own(store) == [("Welcome", "Another", "")]
