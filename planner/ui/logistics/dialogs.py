"""The forms for travel legs, stays and costs: each opens a FormDialog
whose OK performs an operation (``planner.operations.logistics``), one
undoable step. What a new one proposes is worked out there, not here."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QFormLayout, QLabel, QWidget

from planner.operations import Operation
from planner.operations.logistics import (
    DEFAULT_CURRENCY,
    AddCost,
    AddStay,
    AddTravelLeg,
    ChangeCost,
    ChangeStay,
    ChangeTravelLeg,
)
from planner.services import logistics, times
from planner.services.errors import InvalidInput
from planner.services.logistics import TravelLegRow
from planner.ui.budget.forms import audit_fields
from planner.ui.context import AppContext
from planner.ui.forms import Field, FormDialog
from planner.ui.logistics.models import duration_text
from planner.ui.zone_picker import follow_place

translate = QCoreApplication.translate

People = list[tuple[int, str]]


def _saving(context: AppContext, operation: Callable[[dict[str, Any]], Operation[int]]) -> Callable[..., int]:
    """The dialog's OK: the operation made of what the form holds, performed
    (a refusal raises and keeps the dialog open at the field it names)."""
    return lambda fields: context.perform(operation(fields))


def leg_fields(people: People) -> list[Field]:
    return [
        Field(
            "person_id",
            translate("LegDialog", "Traveller"),
            "reference",
            choices=people,
            allow_empty=False,
            aliases=("person",),
        ),
        Field("mode", translate("LegDialog", "Mode"), "choice", choices=logistics.travel_modes()),
        Field(
            "carrier",
            translate("LegDialog", "Carrier"),
            placeholder=translate("LegDialog", "e.g. airline or rail company"),
        ),
        Field(
            "number",
            translate("LegDialog", "Number"),
            placeholder=translate("LegDialog", "e.g. flight or train number"),
        ),
        Field("reference", translate("LegDialog", "Booking reference")),
        Field(
            "from_place",
            translate("LegDialog", "From"),
            aliases=("from.place",),
            placeholder=translate("LegDialog", "e.g. city or airport"),
        ),
        Field("from_at", translate("LegDialog", "Departs (local time)"), "datetime", aliases=("from.at",)),
        Field("from_timezone", translate("LegDialog", "Time zone there"), "timezone", aliases=("from.timezone",)),
        Field(
            "to_place",
            translate("LegDialog", "To"),
            aliases=("to.place",),
            placeholder=translate("LegDialog", "e.g. city or airport"),
        ),
        Field("to_at", translate("LegDialog", "Arrives (local time)"), "datetime", aliases=("to.at",)),
        Field("to_timezone", translate("LegDialog", "Time zone there"), "timezone", aliases=("to.timezone",)),
        Field(
            "cost_minor",
            translate("LegDialog", "Cost"),
            aliases=("cost.amount", "cost"),
            placeholder=translate("LegDialog", "e.g. 120.50"),
        ),
        Field(
            "cost_currency",
            translate("LegDialog", "Currency"),
            aliases=("cost.currency",),
            placeholder=translate("LegDialog", "e.g. {currency}").format(currency=DEFAULT_CURRENCY),
        ),
    ]


def leg_dialog(
    context: AppContext,
    parent: QWidget,
    event_id: int,
    people: People,
    legs: Iterable[TravelLegRow],
    values: dict[str, Any],
    leg_id: int | None = None,
) -> FormDialog:
    """Add a leg (``leg_id`` None) or change one, the form holding
    ``values``. The dialog shows the true duration as the times are typed,
    and fills in the time zone of a place typed: the one another leg of the
    event gave it, else the place's own (a city, an airport, a code)."""
    if leg_id is None:
        title, submit = (
            translate("LegDialog", "Add travel leg"),
            _saving(context, lambda fields: AddTravelLeg(event_id, fields)),
        )
    else:
        title, submit = (
            translate("LegDialog", "Change travel leg"),
            _saving(context, lambda fields: ChangeTravelLeg(leg_id, fields)),
        )
    dialog = FormDialog(title, leg_fields(people), submit, parent, values)
    _watch_leg_form(dialog, logistics.place_zones(legs))
    return dialog


def _watch_leg_form(dialog: FormDialog, zones: dict[str, str]) -> None:
    form = dialog.form
    duration = QLabel(form)
    duration.setObjectName("duration")
    layout = form.form_layout
    # PySide6's stubs say ``object``; Qt gives the row and the role.
    row, _role = cast(tuple[int, QFormLayout.ItemRole], layout.getWidgetPosition(form.rows["to_timezone"]))
    layout.insertRow(row + 1, translate("LegDialog", "Duration"), duration)  # right under the arrival, where the eye is

    def show_duration() -> None:
        try:
            picked = form.values()
            took = times.duration(picked["from_at"], picked["from_timezone"], picked["to_at"], picked["to_timezone"])
        except (InvalidInput, KeyError, ValueError):  # a zone still being typed
            duration.setText("")
            return
        duration.setText(
            duration_text(took) if took.total_seconds() > 0 else translate("LegDialog", "arrives before it departs")
        )

    for name in ("from_at", "to_at"):
        form.widget(name, QDateTimeEdit).dateTimeChanged.connect(show_duration)
    for name in ("from_timezone", "to_timezone"):
        form.widget(name, QComboBox).currentTextChanged.connect(show_duration)
    for place, zone in (("from_place", "from_timezone"), ("to_place", "to_timezone")):
        follow_place(form, place, zone, zones)
    show_duration()


def stay_fields(people: People) -> list[Field]:
    return [
        Field("person_id", translate("StayDialog", "Guest"), "reference", choices=people, aliases=("person",)),
        Field("name", translate("StayDialog", "Hotel"), placeholder=translate("StayDialog", "e.g. the hotel's name")),
        Field("address", translate("StayDialog", "Address")),
        Field("check_in", translate("StayDialog", "Check-in"), "date"),
        Field("check_out", translate("StayDialog", "Check-out"), "date"),
        Field("reference", translate("StayDialog", "Booking reference")),
        Field(
            "cost_minor",
            translate("StayDialog", "Cost"),
            aliases=("cost.amount", "cost"),
            placeholder=translate("StayDialog", "e.g. 120.50"),
        ),
        Field(
            "cost_currency",
            translate("StayDialog", "Currency"),
            aliases=("cost.currency",),
            placeholder=translate("StayDialog", "e.g. {currency}").format(currency=DEFAULT_CURRENCY),
        ),
    ]


def stay_dialog(
    context: AppContext,
    parent: QWidget,
    event_id: int,
    people: People,
    values: dict[str, Any],
    stay_id: int | None = None,
) -> FormDialog:
    if stay_id is None:
        title, submit = translate("StayDialog", "Add stay"), _saving(context, lambda fields: AddStay(event_id, fields))
    else:
        title, submit = (
            translate("StayDialog", "Change stay"),
            _saving(context, lambda fields: ChangeStay(stay_id, fields)),
        )
    return FormDialog(title, stay_fields(people), submit, parent, values)


def cost_fields(people: People) -> list[Field]:
    return [
        Field("category", translate("CostDialog", "Category"), "choice", choices=logistics.cost_categories()),
        Field(
            "description",
            translate("CostDialog", "Description"),
            placeholder=translate("CostDialog", "e.g. dinner, with the number of guests"),
        ),
        Field(
            "amount_minor",
            translate("CostDialog", "Amount"),
            aliases=("amount",),
            placeholder=translate("CostDialog", "e.g. 120.50"),
        ),
        Field(
            "currency",
            translate("CostDialog", "Currency"),
            placeholder=translate("CostDialog", "e.g. {currency}").format(currency=DEFAULT_CURRENCY),
        ),
        Field("person_id", translate("CostDialog", "Person"), "reference", choices=people, aliases=("person",)),
        Field(
            "funded_by",
            translate("CostDialog", "Funded by"),
            placeholder=translate("CostDialog", "e.g. project or sponsor"),
        ),
        *audit_fields(),
    ]


def cost_dialog(
    context: AppContext,
    parent: QWidget,
    event_id: int,
    people: People,
    values: dict[str, Any],
    cost_id: int | None = None,
) -> FormDialog:
    if cost_id is None:
        title, submit = translate("CostDialog", "Add cost"), _saving(context, lambda fields: AddCost(event_id, fields))
    else:
        title, submit = (
            translate("CostDialog", "Change cost"),
            _saving(context, lambda fields: ChangeCost(cost_id, fields)),
        )
    return FormDialog(title, cost_fields(people), submit, parent, values)
