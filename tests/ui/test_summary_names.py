"""The event's own summary and the summary of its meeting are two fields:
the window names them apart."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from planner.ui.minutes import MinutesTab
from planner.ui.overview import OverviewTab
from tests.ui.conftest import event_id_of


def test_the_overview_and_the_minutes_name_their_summaries_apart(window, context):
    window.open_event(event_id_of(context, "study_visit"))
    overview = window.event_view.page_of(OverviewTab)
    about = overview.form.form_layout.labelForField(overview.form.rows["summary"])
    assert isinstance(about, QLabel) and about.text() == "About the event"
    minutes = window.event_view.page_of(MinutesTab)
    headings = [label.text() for label in minutes.findChildren(QLabel)]
    assert "Summary of the meeting" in "".join(headings)
    assert "Summary" not in [text.strip() for text in headings]
