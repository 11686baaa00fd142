"""The forms for travel legs, stays and costs: each opens a FormDialog that
saves through the logistics services as one undoable edit."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QLineEdit, QWidget

from planner.db.enums import CostCategory, TravelMode
from planner.db.models import Cost, Event, Stay, TravelLeg
from planner.services import logistics, times, values
from planner.services.errors import InvalidInput
from planner.services.labels import choices
from planner.ui.context import AppContext
from planner.ui.forms import Field, FormDialog

DEFAULT_CURRENCY = "EUR"


def _amount(minor: int | None, currency: str) -> str:
    return "" if minor is None else values.format_minor_units(minor, currency)


def _without_empty_cost(fields: dict[str, Any]) -> dict[str, Any]:
    """A currency alone is no cost: the default EUR must not make the
    service ask for an amount the user never meant to give."""
    if not str(fields.get("cost_minor") or "").strip():
        return fields | {"cost_minor": None, "cost_currency": ""}
    return fields


def leg_fields(people: list[tuple[int, str]]) -> list[Field]:
    return [
        Field("person_id", "Traveller", "reference", choices=people, allow_empty=False, aliases=("person",)),
        Field("mode", "Mode", "choice", choices=choices(TravelMode)),
        Field("carrier", "Carrier", placeholder="Aegean Airlines"),
        Field("number", "Number", placeholder="A3 820"),
        Field("reference", "Booking reference"),
        Field("from_place", "From", aliases=("from.place",), placeholder="Athens"),
        Field("from_at", "Departs (local time)", "datetime", aliases=("from.at",)),
        Field("from_timezone", "Time zone there", "timezone", aliases=("from.timezone",)),
        Field("to_place", "To", aliases=("to.place",), placeholder="Munich"),
        Field("to_at", "Arrives (local time)", "datetime", aliases=("to.at",)),
        Field("to_timezone", "Time zone there", "timezone", aliases=("to.timezone",)),
        Field("cost_minor", "Cost", aliases=("cost.amount", "cost"), placeholder="246.00"),
        Field("cost_currency", "Currency", aliases=("cost.currency",), placeholder=DEFAULT_CURRENCY),
    ]


def leg_values(leg: TravelLeg) -> dict[str, Any]:
    return {
        "person_id": leg.person_id,
        "mode": leg.mode,
        "carrier": leg.carrier,
        "number": leg.number,
        "reference": leg.reference,
        "from_place": leg.from_place,
        "from_at": leg.from_at,
        "from_timezone": leg.from_timezone,
        "to_place": leg.to_place,
        "to_at": leg.to_at,
        "to_timezone": leg.to_timezone,
        "cost_minor": _amount(leg.cost_minor, leg.cost_currency),
        "cost_currency": leg.cost_currency,
    }


def new_leg_values(event: Event, person_id: int | None, legs: list[TravelLeg]) -> dict[str, Any]:
    """A new leg starts where the person's last leg ended, or on the day
    before the event, towards the event's city."""
    mine = [leg for leg in legs if leg.person_id == person_id]
    if mine:
        last = mine[-1]
        start = last.to_at + timedelta(hours=2)
        return {
            "person_id": person_id,
            "mode": last.mode,
            "from_place": last.to_place,
            "from_at": start,
            "from_timezone": last.to_timezone,
            "to_place": last.from_place,
            "to_at": start + timedelta(hours=2),
            "to_timezone": last.from_timezone,
            "cost_currency": last.cost_currency or DEFAULT_CURRENCY,
        }
    start = datetime.combine(event.starts_on - timedelta(days=1), time(9, 0))
    return {
        "person_id": person_id,
        "mode": TravelMode.FLIGHT.value,
        "from_at": start,
        "from_timezone": event.timezone,
        "to_place": event.venue_city,
        "to_at": start + timedelta(hours=2),
        "to_timezone": event.timezone,
        "cost_currency": DEFAULT_CURRENCY,
    }


def leg_dialog(
    context: AppContext,
    parent: QWidget,
    event: Event,
    people: list[tuple[int, str]],
    legs: list[TravelLeg],
    leg: TravelLeg | None = None,
    person_id: int | None = None,
) -> FormDialog:
    """Add a leg (``leg`` None) or change one. The dialog shows the true
    duration as the times are typed, and fills in the time zone of a place
    already used by another leg of the event."""
    if leg is None:
        title, initial = "Add travel leg", new_leg_values(event, person_id, legs)

        def submit(fields: dict[str, Any]):
            return context.edit(
                title, lambda session: logistics.add_leg(session, event.id, **_without_empty_cost(fields))
            )
    else:
        title, initial = "Change travel leg", leg_values(leg)
        ident = leg.id

        def submit(fields: dict[str, Any]):
            return context.edit(
                title, lambda session: logistics.update_leg(session, ident, **_without_empty_cost(fields))
            )

    dialog = FormDialog(title, leg_fields(people), submit, parent, initial)
    _watch_leg_form(dialog, {place.casefold(): zone for leg_ in legs for place, zone in _places(leg_)})
    return dialog


def _places(leg: TravelLeg):
    return ((leg.from_place, leg.from_timezone), (leg.to_place, leg.to_timezone))


def _watch_leg_form(dialog: FormDialog, zones: dict[str, str]) -> None:
    form = dialog.form
    duration = QLabel(form)
    duration.setObjectName("duration")
    layout = form.layout()
    row, _role = layout.getWidgetPosition(form.widgets["to_timezone"].parentWidget())
    layout.insertRow(row + 1, "Duration", duration)  # right under the arrival, where the eye is

    def show_duration() -> None:
        try:
            picked = form.values()
            took = times.duration(picked["from_at"], picked["from_timezone"], picked["to_at"], picked["to_timezone"])
        except (InvalidInput, KeyError, ValueError):  # a zone still being typed
            duration.setText("")
            return
        duration.setText(times.format_duration(took) if took.total_seconds() > 0 else "arrives before it departs")

    def fill_zone(place_field: str, zone_field: str) -> None:
        zone = zones.get(form.value(place_field).strip().casefold())
        if zone:
            form.widgets[zone_field].setCurrentText(zone)

    for name in ("from_at", "to_at"):
        widget: QDateTimeEdit = form.widgets[name]
        widget.dateTimeChanged.connect(show_duration)
    for name in ("from_timezone", "to_timezone"):
        combo: QComboBox = form.widgets[name]
        combo.currentTextChanged.connect(show_duration)
    for place, zone in (("from_place", "from_timezone"), ("to_place", "to_timezone")):
        line: QLineEdit = form.widgets[place]
        line.editingFinished.connect(lambda place=place, zone=zone: fill_zone(place, zone))
    show_duration()


def stay_fields(people: list[tuple[int, str]]) -> list[Field]:
    return [
        Field("person_id", "Guest", "reference", choices=people, aliases=("person",)),
        Field("name", "Hotel", placeholder="Hotel Isarbogen Garten"),
        Field("address", "Address"),
        Field("check_in", "Check-in", "date"),
        Field("check_out", "Check-out", "date"),
        Field("reference", "Booking reference"),
        Field("cost_minor", "Cost", aliases=("cost.amount", "cost"), placeholder="387.00"),
        Field("cost_currency", "Currency", aliases=("cost.currency",), placeholder=DEFAULT_CURRENCY),
    ]


def stay_values(stay: Stay) -> dict[str, Any]:
    return {
        "person_id": stay.person_id,
        "name": stay.name,
        "address": stay.address,
        "check_in": stay.check_in,
        "check_out": stay.check_out,
        "reference": stay.reference,
        "cost_minor": _amount(stay.cost_minor, stay.cost_currency),
        "cost_currency": stay.cost_currency,
    }


def stay_dialog(
    context: AppContext,
    parent: QWidget,
    event: Event,
    people: list[tuple[int, str]],
    stay: Stay | None = None,
    person_id: int | None = None,
) -> FormDialog:
    if stay is None:
        title = "Add stay"
        initial = {
            "person_id": person_id,
            "check_in": event.starts_on - timedelta(days=1),
            "check_out": event.ends_on + timedelta(days=1),
            "cost_currency": DEFAULT_CURRENCY,
        }

        def submit(fields: dict[str, Any]):
            return context.edit(
                title, lambda session: logistics.add_stay(session, event.id, **_without_empty_cost(fields))
            )
    else:
        title, initial, ident = "Change stay", stay_values(stay), stay.id

        def submit(fields: dict[str, Any]):
            return context.edit(
                title, lambda session: logistics.update_stay(session, ident, **_without_empty_cost(fields))
            )

    return FormDialog(title, stay_fields(people), submit, parent, initial)


def cost_fields(people: list[tuple[int, str]]) -> list[Field]:
    return [
        Field("category", "Category", "choice", choices=choices(CostCategory)),
        Field("description", "Description", placeholder="Dinner after the study visit (11 covers)"),
        Field("amount_minor", "Amount", aliases=("amount",), placeholder="612.00"),
        Field("currency", "Currency", placeholder=DEFAULT_CURRENCY),
        Field("person_id", "Person", "reference", choices=people, aliases=("person",)),
        Field("funded_by", "Funded by", placeholder="ECRI (COSME)"),
    ]


def cost_values(cost: Cost) -> dict[str, Any]:
    return {
        "category": cost.category,
        "description": cost.description,
        "amount_minor": values.format_minor_units(cost.amount_minor, cost.currency),
        "currency": cost.currency,
        "person_id": cost.person_id,
        "funded_by": cost.funded_by,
    }


def cost_dialog(
    context: AppContext,
    parent: QWidget,
    event: Event,
    people: list[tuple[int, str]],
    cost: Cost | None = None,
    defaults: dict[str, Any] | None = None,
) -> FormDialog:
    if cost is None:
        title, initial = "Add cost", {"currency": DEFAULT_CURRENCY} | (defaults or {})

        def submit(fields: dict[str, Any]):
            return context.edit(title, lambda session: logistics.add_cost(session, event.id, **fields))
    else:
        title, initial, ident = "Change cost", cost_values(cost), cost.id

        def submit(fields: dict[str, Any]):
            return context.edit(title, lambda session: logistics.update_cost(session, ident, **fields))

    return FormDialog(title, cost_fields(people), submit, parent, initial)
