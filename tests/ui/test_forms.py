"""The shared form: values in and out, refusals shown at their field."""

from __future__ import annotations

from datetime import date, datetime

from planner.services.errors import InvalidInput
from planner.ui.forms import Field, FormDialog, FormWidget


def test_values_round_trip_through_every_kind_of_widget(qtbot):
    form = FormWidget(
        [
            Field("title", "Title"),
            Field("summary", "Summary", "multiline"),
            Field("topics", "Topics", "lines"),
            Field("kind", "Kind", "choice", choices=[("session", "Session"), ("break", "Break")]),
            Field("moderator_id", "Moderator", "reference", choices=[(7, "Γιώργος Παπαδόπουλος"), (9, "Anna Nowak")]),
            Field("speakers", "Speakers", "references", choices=[(7, "Γιώργος"), (9, "Anna"), (11, "Jürgen")]),
            Field("due", "Due", "optional_date"),
            Field("starts_on", "Starts", "date"),
            Field("starts_at", "Starts at", "datetime"),
            Field("timezone", "Time zone", "timezone"),
        ]
    )
    qtbot.addWidget(form)
    values = {
        "title": "Welcome & <intro>",
        "summary": "Line one\nLine two",
        "topics": ["IPR", "training"],
        "kind": "break",
        "moderator_id": 9,
        "speakers": [7, 11],
        "due": None,
        "starts_on": date(2018, 3, 23),
        "starts_at": datetime(2026, 3, 29, 9, 30),
        "timezone": "Europe/Berlin",
    }
    form.set_values(values)
    assert form.values() == values
    form.set_values({"due": date(2009, 7, 1)})
    assert form.value("due") == date(2009, 7, 1)


def test_a_refusal_is_shown_at_its_field_and_the_dialog_stays_open(qtbot):
    saved = []

    def submit(values):
        if values["amount"] == "12,50":
            raise InvalidInput("cost.amount", "'12,50' is not a decimal amount (use a point: 12.50)")
        saved.append(values)

    dialog = FormDialog("Add cost", [Field("amount", "Amount", aliases=("cost.amount",))], submit)
    qtbot.addWidget(dialog)
    dialog.form.set_values({"amount": "12,50"})
    dialog.accept()
    assert dialog.result() == 0 and not saved
    assert dialog.form.problem_text("amount") == "'12,50' is not a decimal amount (use a point: 12.50)"
    dialog.form.set_values({"amount": "12.50"})
    dialog.accept()
    assert saved == [{"amount": "12.50"}]
    assert dialog.form.problem_text("amount") == ""
