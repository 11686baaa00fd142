"""Event ▸ New event and Delete event: the form of a new event (its
time zone following the city typed), and the question before an event
goes with all it holds."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from planner.errors import PlannerError
from planner.services import event_reads, labels
from planner.services.vocabulary import EventKind
from planner.ui.forms import Field, FormDialog
from planner.ui.zone_picker import follow_place

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow

translate = QCoreApplication.translate


def new_event(window: MainWindow) -> None:
    from planner.operations.events import CreateEvent
    from planner.services.events import proposed_first_day

    last_zone = window.context.settings.value("event/last_timezone", "Europe/Brussels")
    fields = [
        Field("title", translate("MainWindow", "Title")),
        Field("kind", translate("MainWindow", "Kind"), "choice", choices=labels.choices(EventKind)),
        Field("starts_on", translate("MainWindow", "First day"), "date"),
        Field("ends_on", translate("MainWindow", "Last day"), "date"),
        Field(
            "venue_city",
            translate("MainWindow", "City"),
            aliases=("venue.city",),
            placeholder=translate("MainWindow", "e.g. Kraków: the time zone follows"),
        ),
        Field("timezone", translate("MainWindow", "Time zone"), "timezone"),
    ]
    start = proposed_first_day(date.today())

    def submit(values):
        created = window.context.perform(CreateEvent(values))
        window.context.settings.setValue("event/last_timezone", values["timezone"])
        return created

    dialog = FormDialog(
        translate("MainWindow", "New event"),
        fields,
        submit,
        window,
        values={"kind": "workshop", "starts_on": start, "ends_on": start, "timezone": last_zone},
    )
    dialog.form.keep_length("starts_on", "ends_on")
    follow_place(dialog.form, "venue_city", "timezone")  # Kraków: Europe/Warsaw, not the last event's zone
    if dialog.exec():
        window.open_event(dialog.result_value)


def delete_event(window: MainWindow) -> None:
    event_id = window.current_event_id()
    if event_id is None:
        return
    with window.context.rows() as rows:
        title = event_reads.event_details(rows, event_id).title
    answer = QMessageBox.question(
        window,
        translate("MainWindow", "Delete event"),
        translate(
            "MainWindow",
            "Delete “{title}” with its agenda, participants, travel, stays, costs and minutes?\n\n"
            "People and organisations stay in the Directory. You can undo this with Edit ▸ Undo.",
        ).format(title=title),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    from planner.operations.events import DeleteEvent

    try:
        window.context.perform(DeleteEvent(event_id))
    except PlannerError as error:
        QMessageBox.warning(window, translate("MainWindow", "Cannot delete the event"), str(error))
        return
    window.show_event(None)
