"""`planner do`: every change the window makes, by name, from the command
line, checked by the same rules and saved whole or not at all."""

from __future__ import annotations

from datetime import datetime

import pytest

from planner.cli import main
from planner.operations import registry
from planner.services import agenda, events
from tests.conftest import saved_database


@pytest.fixture
def database(tmp_path):
    return saved_database(tmp_path / "work.sqlite")


def do(capsys, database, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(database), "do", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_every_operation_of_the_window_can_be_given_on_the_command_line():
    found = registry.operations()
    assert {"create-event", "change-event", "delete-event", "move-agenda-item", "import-event-file"} <= set(found)
    for name, operation in found.items():
        for parameter in registry.parameters(operation):
            assert registry.readable(parameter.kind), f"{name}: {parameter.name} cannot be typed on the command line"


def test_the_list_names_each_change_with_its_parameters(capsys, database):
    code, out, _err = do(capsys, database, "--list")
    assert code == 0
    assert "planner do move-agenda-item item_id=N starts_at=YYYY-MM-DDTHH:MM\n" in out
    assert "planner do change-event event_id=N changes.FIELD=VALUE…\n" in out


def test_an_event_is_created_changed_and_its_agenda_moved(capsys, database):
    code, out, err = do(
        capsys, database, "create-event", "fields.title=Partner meeting in Kraków", "fields.kind=meeting",
        "fields.starts_on=2027-03-09", "fields.ends_on=2027-03-10", "fields.timezone=Europe/Warsaw",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "New event: done."
    event_id = int(out.splitlines()[1])
    code, out, _err = do(
        capsys, database, "add-agenda-item", f"event_id={event_id}", "values.title=Welcome",
        "values.starts_at=2027-03-09T09:00", "values.ends_at=2027-03-09T09:30",
    )  # fmt: skip
    item_id = int(out.splitlines()[1])
    assert do(capsys, database, "move-agenda-item", f"item_id={item_id}", "starts_at=2027-03-09T10:15")[0] == 0
    from planner.db.store import Store

    store = Store.open(database)
    try:
        with store.read() as session:
            assert events.get_event(session, event_id).title == "Partner meeting in Kraków"
            item = agenda.get_item(session, item_id)
            assert (item.starts_at, item.ends_at) == (datetime(2027, 3, 9, 10, 15), datetime(2027, 3, 9, 10, 45))
    finally:
        store.close()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["change-event", "event_id=2", "changes.ends_on=2018-03-01"],
            "ends_on: The last day (Thu 01 Mar 2018) is before the first day",
        ),
        (["move-agenda-item", "item_id=1", "starts_at=soon"], "starts_at=soon: is not YYYY-MM-DDTHH:MM"),
        (["delete-event"], "delete-event: event_id is missing (planner do delete-event event_id=N)"),
        (["delete-event", "event_id=999"], "event 999: there is no such event"),
        (["change-event", "event_id=2", "title=x"], "change-event: has no parameter title"),
        (["rename-everything"], "rename-everything: there is no such operation"),
    ],
)
def test_a_mistake_is_one_line_and_changes_nothing(capsys, database, arguments, message):
    before = database.read_bytes()
    code, out, err = do(capsys, database, *arguments)
    assert code == 1 and out == ""
    assert err.startswith("planner: ") and message in err and err.count("\n") == 1
    assert database.read_bytes() == before
