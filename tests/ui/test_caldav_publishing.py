"""Calendar ▸ Publish to a calendar server… and Publish now, against a real
CalDAV server (Radicale on 127.0.0.1): the connection tested, the calendar
published off the GUI thread with what changed said, the password kept in
the keyring, a refusal said in words."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from planner.operations.agenda import MoveAgendaItem
from planner.services import agenda, caldav_password
from planner.ui.caldav_publish_dialog import CalDavPublishDialog
from planner.ui.tasks import TaskRunner
from tests.caldav_server import ORGANISER, PASSWORD, running
from tests.ui.conftest import finish


@pytest.fixture(scope="module")
def caldav_server():
    yield from running()


@pytest.fixture
def reports_shown(monkeypatch):
    shown: list[str] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, _title, text, *args, **kwargs: shown.append(text))
    return shown


@pytest.fixture(autouse=True)
def _no_password_given(monkeypatch):
    monkeypatch.delenv(caldav_password.PASSWORD_VARIABLE, raising=False)
    caldav_password.forget_session_passwords()
    yield
    caldav_password.forget_session_passwords()


def test_published_from_the_calendar_menu_then_brought_up_to_date_with_publish_now(
    qtbot, window, context, event_ids, caldav_server, reports_shown, keyring_in_memory
):
    url = caldav_server.new_calendar("ECRI study visit")
    window.open_event(event_ids["ECRI"])
    publishing = window.calendar.caldav
    assert publishing.set_up_action in window.calendar.menu.actions()
    assert publishing.now_action in window.calendar.menu.actions()
    assert publishing.set_up_action.isEnabled() and not publishing.now_action.isEnabled()

    dialog = publishing.set_up()
    qtbot.addWidget(dialog)
    dialog.url.setText(url)
    dialog.user.setText(ORGANISER)
    dialog.password.setText(PASSWORD)
    dialog.test_button.click()
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=30_000)
    assert dialog.status.text() == f"Connected: the calendar “ECRI study visit” at {url} can be published to."

    finish(qtbot, window, dialog.publish())
    with context.read() as session:
        count = len(agenda.agenda_entries(session, event_ids["ECRI"])) + 1
    assert reports_shown[-1].splitlines()[:2] == [f"Published to {url}:", f"{count} created"]
    assert publishing.now_action.isEnabled()
    account = caldav_password.account(url, ORGANISER)
    assert keyring_in_memory.get_password(caldav_password.SERVICE, account) == PASSWORD

    finish(qtbot, window, publishing.publish_now())
    assert reports_shown[-1] == f"The calendar at {url} was up to date: nothing was written ({count} entries)."

    # Stopped: Publish now is off, and the step can be undone.
    again = publishing.set_up()
    qtbot.addWidget(again)
    assert again.stop_button.isVisible() and again.password.text() == PASSWORD
    again.stop_button.click()
    assert not publishing.now_action.isEnabled()
    context.undo()
    assert publishing.now_action.isEnabled()


def test_a_wrong_password_is_said_and_the_connection_test_says_why(
    qtbot, window, event_ids, caldav_server, reports_shown
):
    url = caldav_server.new_calendar()
    window.open_event(event_ids["ECRI"])
    dialog = window.calendar.caldav.set_up()
    qtbot.addWidget(dialog)
    dialog.url.setText(url)
    dialog.user.setText(ORGANISER)
    dialog.password.setText("wrong")
    dialog.test_button.click()
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=30_000)
    refusal = f"{url}: the server refused the user name or the password (401 Unauthorized)"
    assert dialog.status.text() == refusal

    # Publishing with it: the dialog comes back to have the password typed again.
    finish(qtbot, window, dialog.publish())
    (again,) = [shown for shown in window.findChildren(CalDavPublishDialog) if shown.isVisible()]
    qtbot.addWidget(again)
    assert again.status.text() == refusal
    assert again.url.text() == url and again.password.text() == ""
    assert not reports_shown


def test_an_entry_changed_on_the_server_is_replaced_only_when_the_organiser_says_so(
    qtbot, window, context, event_ids, caldav_server, reports_shown, monkeypatch
):
    url = caldav_server.new_calendar()
    event_id = event_ids["ECRI"]
    window.open_event(event_id)
    dialog = window.calendar.caldav.set_up()
    qtbot.addWidget(dialog)
    dialog.url.setText(url)
    dialog.user.setText(ORGANISER)
    dialog.password.setText(PASSWORD)
    finish(qtbot, window, dialog.publish())
    entry = _first_item(context, event_id)
    with caldav_server.client() as client:
        (item,) = [
            each for each in client.calendar(url=url).events() if each.icalendar_component["SUMMARY"] == entry.title
        ]
        item.data = item.data.replace(f"SUMMARY:{entry.title}", "SUMMARY:Changed by a partner")
        item.save()
    context.perform(MoveAgendaItem(entry.id, entry.starts_at + timedelta(minutes=15)))
    questions: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def answer(_parent, _title, text, *args, **kwargs):
        questions.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)

    finish(qtbot, window, window.calendar.caldav.publish_now())
    assert questions[-1].endswith("published them: Changed by a partner\n\nReplace them with the programme?")
    assert _summaries(caldav_server, url).count("Changed by a partner") == 1

    finish(qtbot, window, window.calendar.caldav.publish_now())  # asked again: Yes
    runner = TaskRunner.of(window)
    qtbot.waitUntil(lambda: runner.current is None and len(reports_shown) == 2, timeout=30_000)
    assert reports_shown[-1].splitlines()[:3] == [f"Published to {url}:", "0 created", "1 updated"]
    assert "Changed by a partner" not in _summaries(caldav_server, url)


def _first_item(context, event_id):
    with context.read() as session:
        return agenda.agenda_entries(session, event_id)[0]


def _summaries(caldav_server, url):
    with caldav_server.client() as client:
        return [str(each.icalendar_component["SUMMARY"]) for each in client.calendar(url=url).events()]


def test_personal_calendars_are_off_until_asked_for_and_the_dialog_says_what_that_means(
    qtbot, window, context, event_ids, caldav_server, reports_shown, keyring_in_memory
):
    url = caldav_server.new_calendar("ECRI study visit")
    window.open_event(event_ids["ECRI"])
    dialog = window.calendar.caldav.set_up()
    qtbot.addWidget(dialog)
    assert not dialog.personal.isChecked() and not dialog.personal_base.isEnabled()
    assert not dialog.personal_warning.isVisibleTo(dialog)
    dialog.personal.setChecked(True)
    assert dialog.personal_warning.isVisibleTo(dialog)
    warning = dialog.personal_warning.text()
    assert "travel and hotel" in warning and "its person only" in warning and "can read them all" in warning

    dialog.url.setText(url)
    dialog.user.setText(ORGANISER)
    dialog.password.setText(PASSWORD)
    assert dialog.publish() is None
    assert dialog.status.text() == "Type the address under which the personal calendars are made."
    dialog.personal_base.setText("not an address")
    assert dialog.publish() is None
    assert (
        dialog.status.text()
        == "'not an address' is not a calendar's address (it begins with https:// and names a server)"
    )

    dialog.personal_base.setText(f"{caldav_server.root}{ORGANISER}/")
    finish(qtbot, window, dialog.publish())
    shown = reports_shown[-1].splitlines()
    assert shown[0] == f"Published to {url}:"
    assert any(line.startswith("Personal calendar of Dimitra Alexiou: ") and "created" in line for line in shown)

    again = window.calendar.caldav.set_up()
    qtbot.addWidget(again)
    assert again.personal.isChecked() and again.personal_base.text() == f"{caldav_server.root}{ORGANISER}/"
