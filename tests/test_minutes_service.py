"""Minutes: outcomes with their names, open actions of every event, the
link from an outcome to a follow-up event, and the migration that adds it."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from planner.db import sqlite as planner_sqlite
from planner.db.recognition import MIGRATIONS_DIR, migration_config
from planner.db.store import Store
from planner.services import events, history, minutes
from planner.services.errors import InvalidInput

pytestmark = pytest.mark.both_back_ends  # each test on a database file and on PostgreSQL


def test_outcomes_name_who_proposed_a_person_or_an_organisation(store, samples):
    with store.read() as session:
        outcomes = minutes.outcomes_of(session, samples["Improvement"])
    proposals = [(o.item.topic, o.by_name) for o in outcomes if o.item.kind == "proposal"]
    assert proposals == [("IPR", "Jocelyne Le Seyec"), ("training", "Madrid Biocluster")]
    actions = [(o.owner_name, o.item.due, o.item.state) for o in outcomes if o.item.kind == "action"]
    assert actions == [
        ("Elena Martínez Ruiz", date(2009, 6, 5), "done"),
        ("Lucía Fernández Gil", date(2009, 7, 15), "open"),
    ]


def test_open_actions_of_every_event_with_the_overdue_marked(store, samples):
    with store.read() as session:
        rows = minutes.open_actions(session, date(2018, 5, 1))
        everything = minutes.open_actions(session, date(2018, 5, 1), include_done=True)
    assert [(row.event_id, row.owner_name, row.due, row.overdue) for row in rows] == [
        (samples["Improvement"], "Lucía Fernández Gil", date(2009, 7, 15), True),
        (samples["ECRI"], "Marta Ferrer Vidal", date(2018, 6, 30), False),
    ]
    assert len(everything) == 4
    # A done action is never overdue, however old.
    assert [row.overdue for row in everything if row.state == "done"] == [False, False]


def test_an_action_without_a_due_date_comes_last_and_is_never_overdue(store, samples):
    with store.write() as session:
        minutes.add_item(session, samples["CLUNET"], kind="action", text="Publish the proceedings")
    with store.read() as session:
        rows = minutes.open_actions(session, date(2030, 1, 1))
    assert (rows[-1].text, rows[-1].due, rows[-1].overdue) == ("Publish the proceedings", None, False)


def test_an_outcome_can_lead_to_another_event_but_not_its_own(store, samples):
    madrid, clunet = samples["Improvement"], samples["CLUNET"]
    with store.write() as session:
        item = minutes.add_item(
            session, madrid, kind="decision", text="Present at the final conference", follow_up_event_id=clunet
        )
        item_id = item.id
    with store.read() as session:
        shown = next(o for o in minutes.outcomes_of(session, madrid) if o.item.id == item_id)
        choices = minutes.follow_up_choices(session, madrid)
    assert (shown.follow_up_title, shown.follow_up_starts_on) == ("CLUNET final conference", date(2009, 6, 5))
    assert madrid not in [ident for ident, _title, _day in choices]
    with store.write() as session, pytest.raises(InvalidInput) as refused:
        minutes.update_item(session, item_id, follow_up_event_id=madrid)
    assert refused.value.field == "follow_up_event_id"
    with store.write() as session, pytest.raises(InvalidInput, match="no event 999"):
        minutes.update_item(session, item_id, follow_up_event_id=999)


def test_deleting_the_follow_up_event_clears_the_link_and_undo_brings_it_back(store, samples):
    madrid, clunet = samples["Improvement"], samples["CLUNET"]
    with store.write() as session:
        item_id = minutes.add_item(
            session, madrid, kind="action", text="Present the outcomes", follow_up_event_id=clunet
        ).id
    with store.write() as session:
        recorder = history.record(session)
        events.delete_event(session, clunet)
        changes = recorder.finish()
    with store.read() as session:
        assert minutes.get_item(session, item_id).follow_up_event_id is None
        assert clunet not in [event.id for event in events.list_events(session)]
    with store.write() as session:
        history.replay(session, changes, "before")
    with store.read() as session:
        assert minutes.get_item(session, item_id).follow_up_event_id == clunet
        assert events.get_event(session, clunet).title == "CLUNET final conference"
    with store.write() as session:
        history.replay(session, changes, "after")  # redo
    with store.read() as session:
        assert minutes.get_item(session, item_id).follow_up_event_id is None
        assert store.integrity_problems() == []


def test_the_outcomes_of_the_deleted_event_itself_go_with_it(store, samples):
    with store.write() as session:
        minutes.add_item(
            session, samples["CLUNET"], kind="decision", text="Follow up in Munich", follow_up_event_id=samples["ECRI"]
        )
        events.delete_event(session, samples["CLUNET"])
    with store.read() as session:
        assert minutes.items_of(session, samples["CLUNET"]) == []


def test_migration_0002_adds_the_follow_up_link_and_keeps_the_minutes(tmp_path):
    """A database made before follow-up links opens with its minutes intact."""
    path = tmp_path / "old.sqlite"
    # Store.open would migrate to the head at once: build revision 0001 by hand.
    engine = planner_sqlite.make_engine(path, busy_timeout_ms=1000)
    config = migration_config(MIGRATIONS_DIR)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.exec_driver_sql(
            "INSERT INTO event (id, title, kind, status, starts_on, ends_on, timezone, venue_name, venue_address,"
            " venue_city, venue_country, programme, funding, organiser_email, summary, objectives,"
            " minutes_summary, is_sample) VALUES (1, 'Old workshop', 'workshop', 'held', '2009-06-03',"
            " '2009-06-04', 'Europe/Madrid', '', '', '', '', '', '', '', '', '[]', '', 0)"
        )
        conn.exec_driver_sql(
            "INSERT INTO minutes_item (id, event_id, position, kind, text, topic, state)"
            " VALUES (7, 1, 0, 'decision', 'Continue the cooperation', '', '')"
        )
    engine.dispose()
    store = Store.open(path, backup_dir=tmp_path / "backups")
    try:
        assert store.schema_revision() == ScriptDirectory.from_config(config).get_current_head()  # 0002 and later
        with store.read() as session:
            item = minutes.get_item(session, 7)
            assert (item.text, item.follow_up_event_id) == ("Continue the cooperation", None)
        with store.engine.connect() as conn:
            indexes = {row[1] for row in conn.exec_driver_sql("PRAGMA index_list(minutes_item)")}
            keys = list(conn.exec_driver_sql("PRAGMA foreign_key_list(minutes_item)"))
        assert "ix_minutes_item_follow_up_event_id" in indexes
        follow_up = [key for key in keys if key[3] == "follow_up_event_id"]
        assert [(key[2], key[4], key[6]) for key in follow_up] == [("event", "id", "SET NULL")]
        assert list((tmp_path / "backups").glob("old-*-before-upgrade.sqlite"))
    finally:
        store.close()
