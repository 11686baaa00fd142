"""Event ▸ New event…: a working day proposed, the last day following the
first, a refusal said in the user's words and gone once put right."""

from __future__ import annotations

from datetime import date, timedelta

from planner.services import events
from planner.ui.forms import FormDialog


def _opened_dialog(window, monkeypatch) -> FormDialog:
    opened: list[FormDialog] = []

    def exec_(dialog):
        opened.append(dialog)
        return 0  # looked at, then cancelled

    monkeypatch.setattr(FormDialog, "exec", exec_)
    window.new_event_action.trigger()
    return opened[0]


def test_the_first_day_proposed_is_a_working_day_a_month_ahead():
    for offset in range(7):  # whatever day of the week it is today
        today = date(2027, 1, 1) + timedelta(days=offset)
        proposed = events.proposed_first_day(today)
        assert proposed.weekday() < 5, proposed
        assert timedelta(days=30) <= proposed - today <= timedelta(days=32)


def test_the_new_event_dialog_keeps_the_length_and_says_what_is_wrong_in_words(window, monkeypatch):
    dialog = _opened_dialog(window, monkeypatch)
    form = dialog.form
    assert form.value("starts_on").weekday() < 5
    form.set_values({"title": "Partner meeting", "starts_on": date(2027, 1, 4), "ends_on": date(2027, 1, 5)})
    form.set_values({"starts_on": date(2027, 1, 12)})
    assert form.value("ends_on") == date(2027, 1, 13)  # two days, as before
    form.set_values({"ends_on": date(2027, 1, 2)})
    dialog.accept()
    assert form.problem_text("ends_on") == "The last day (Sat 02 Jan 2027) is before the first day (Tue 12 Jan 2027)"
    form.set_values({"ends_on": date(2027, 1, 12)})
    assert form.problem_text("ends_on") == ""


def test_moving_the_first_day_in_the_overview_moves_an_event_without_agenda_in_one_step(window, context):
    from planner.operations.events import CreateEvent

    first, last = date(2027, 3, 9), date(2027, 3, 10)
    created = context.perform(
        CreateEvent(
            {
                "title": "Partner meeting",
                "kind": "meeting",
                "starts_on": first,
                "ends_on": last,
                "timezone": "Europe/Warsaw",
            }
        )
    )
    window.open_event(created)
    overview = window.event_view.pages[0]
    steps = context.undo_stack.count()
    overview.form.widgets["starts_on"].setDate(date(2027, 3, 16))  # saved as it changes
    with context.read() as session:
        after = events.get_event(session, created)
    assert (after.starts_on, after.ends_on) == (date(2027, 3, 16), date(2027, 3, 17))
    assert overview.form.value("ends_on") == date(2027, 3, 17)
    assert context.undo_stack.count() == steps + 1


def test_an_event_whose_agenda_would_not_fit_gets_only_its_new_first_day(window, context):
    from tests.ui.conftest import event_id_of

    munich = event_id_of(context, "study_visit")
    window.open_event(munich)
    overview = window.event_view.pages[0]
    with context.read() as session:
        before = events.get_event(session, munich)
        first, last = before.starts_on, before.ends_on
    overview.form.widgets["starts_on"].setDate(first - timedelta(days=7))
    with context.read() as session:
        after = events.get_event(session, munich)
    assert (after.starts_on, after.ends_on) == (first - timedelta(days=7), last)  # longer, the agenda kept
