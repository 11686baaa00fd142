"""The Qt models of the Logistics tab: travellers, their legs and stays,
arrivals and departures by day, costs and their totals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache

from babel.numbers import format_decimal, get_currency_precision
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QFont, QStandardItem, QStandardItemModel

from planner.services import costs, labels, times
from planner.services.labels import label
from planner.services.language import SOURCE_LANGUAGE, interface_language
from planner.services.logistics import StayRow, TravelLegRow
from planner.services.movements import ARRIVAL, DEPARTURE, Movement, Traveller, movements_by_day
from planner.ui import theme
from planner.ui.participants.marked import QT_TRANSLATE_NOOP
from planner.ui.participants.model import short_day
from planner.ui.tables import ID_ROLE, RIGHT, Column, RowsModel

translate = QCoreApplication.translate

# A row of totals: a category (or funder) and its amount in each currency.
Total = tuple[str, dict[str, int]]
# Stays without a guest are listed under this pseudo-traveller.
NO_PERSON = 0


def duration_text(value: timedelta) -> str:
    """ "2 h 40 min" as the window's language abbreviates hours and
    minutes: "2 Std. 40 Min.", "2 ώ. 40 λ.", "2 godz. 40 min"."""
    return _duration_text(int(value.total_seconds() // 60), interface_language())


@lru_cache(maxsize=1024)
def _duration_text(total_minutes: int, language: str) -> str:
    if language == SOURCE_LANGUAGE:
        return times.format_duration(timedelta(minutes=total_minutes))
    from babel.units import format_unit  # CLDR's units: when the first duration is shown

    hours, minutes = divmod(total_minutes, 60)
    parts = [format_unit(hours, "duration-hour", length="short", locale=language)] if hours else []
    if minutes or not hours:
        parts.append(format_unit(minutes, "duration-minute", length="short", locale=language))
    return " ".join(parts)


def amount(minor: int, currency: str) -> str:
    """212.40, never 212.4 (as many decimals as the currency has), with the
    decimal sign of the window's language: 212,40 in German."""
    digits = get_currency_precision(currency)
    pattern = "0." + "0" * digits if digits else "0"
    return format_decimal(Decimal(minor).scaleb(-digits), format=pattern, locale=interface_language())


def money(minor: int | None, currency: str) -> str:
    return "" if minor is None else f"{amount(minor, currency)} {currency}"


def at_place(place: str, wall_clock: datetime, zone: str) -> str:
    """'Athens 08:20 EET': the time as the traveller's ticket shows it."""
    return f"{place} {labels.clock(wall_clock)} {times.zone_abbreviation(wall_clock, zone)}"


def _arrival(leg: TravelLegRow) -> str:
    text = at_place(leg.to_place, leg.to_at, leg.to_timezone)
    days = (leg.to_at.date() - leg.from_at.date()).days
    if not days:
        return text
    later = translate("LegsModel", "%n day(s)", "days between departure and arrival", abs(days))
    return f"{text} ({'+' if days > 0 else '-'}{later})"


def _leg_tooltip(leg: TravelLegRow) -> str:
    lines = [f"{leg.from_place} ({leg.from_timezone}) → {leg.to_place} ({leg.to_timezone})"]
    if leg.reference:
        lines.append(translate("LegsModel", "Booking reference: {reference}").format(reference=leg.reference))
    return "\n".join(lines)


def _short_day(value: datetime | date) -> str:
    return short_day(value.date() if isinstance(value, datetime) else value)


class TravellersModel(RowsModel[Traveller]):
    plain_cells = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    translate("TravellersModel", "Name"),
                    lambda row: row.name,
                    lambda row: row.sort_key,
                    tooltip=lambda row: row.organisation or None,
                ),
                Column(
                    translate("TravellersModel", "Legs"),
                    lambda row: str(row.legs) if row.legs else "–",
                    lambda row: row.legs,
                    RIGHT,
                ),
                Column(
                    translate("TravellersModel", "Stays"),
                    lambda row: str(row.stays) if row.stays else "–",
                    lambda row: row.stays,
                    RIGHT,
                ),
            ],
            lambda row: row.person_id,
            parent,
        )

    def style(self, row: Traveller, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and not (row.legs or row.stays):
            return QBrush(theme.colour("muted"))  # nothing booked yet: shown, but quieter
        return None


class LegsModel(RowsModel[TravelLegRow]):
    plain_cells = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    translate("LegsModel", "Date"),
                    lambda leg: _short_day(leg.from_at),
                    lambda leg: _utc(leg),
                    tooltip=_leg_tooltip,
                ),
                Column(translate("LegsModel", "Mode"), lambda leg: label(leg.mode)),
                Column(translate("LegsModel", "Service"), lambda leg: leg.service, tooltip=_leg_tooltip),
                Column(
                    translate("LegsModel", "From"),
                    lambda leg: at_place(leg.from_place, leg.from_at, leg.from_timezone),
                    lambda leg: _utc(leg),
                ),
                Column(
                    translate("LegsModel", "To"),
                    _arrival,
                    lambda leg: times.to_utc(leg.to_at, leg.to_timezone).isoformat(),
                ),
                Column(
                    translate("LegsModel", "Duration"),
                    lambda leg: duration_text(leg.duration),
                    lambda leg: int(leg.duration.total_seconds()),
                    RIGHT,
                ),
                Column(
                    translate("LegsModel", "Cost"),
                    lambda leg: money(leg.cost_minor, leg.cost_currency),
                    lambda leg: leg.cost_minor or 0,
                    RIGHT,
                ),
            ],
            lambda leg: leg.id,
            parent,
        )


def _utc(leg: TravelLegRow) -> str:
    # ISO text in UTC: Qt compares strings, not Python datetimes.
    return times.to_utc(leg.from_at, leg.from_timezone).isoformat()


class StaysModel(RowsModel[StayRow]):
    plain_cells = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    translate("StaysModel", "Hotel"),
                    lambda stay: stay.name,
                    tooltip=lambda stay: (
                        stay.reference
                        and translate("StaysModel", "Booking reference: {reference}").format(reference=stay.reference)
                    ),
                ),
                Column(translate("StaysModel", "Address"), lambda stay: " ".join(stay.address.split())),
                Column(
                    translate("StaysModel", "Check-in"),
                    lambda stay: _short_day(stay.check_in),
                    lambda stay: stay.check_in.toordinal(),
                ),
                Column(
                    translate("StaysModel", "Check-out"),
                    lambda stay: _short_day(stay.check_out),
                    lambda stay: stay.check_out.toordinal(),
                ),
                Column(
                    translate("StaysModel", "Nights"), lambda stay: str(stay.nights), lambda stay: stay.nights, RIGHT
                ),
                Column(
                    translate("StaysModel", "Cost"),
                    lambda stay: money(stay.cost_minor, stay.cost_currency),
                    lambda stay: stay.cost_minor or 0,
                    RIGHT,
                ),
            ],
            lambda stay: stay.id,
            parent,
        )


# -- arrivals and departures --------------------------------------------------

# Translated where shown (movements_model).
MOVEMENT_HEADERS = {
    ARRIVAL: [
        QT_TRANSLATE_NOOP("ArrivalsPage", "Time"),
        QT_TRANSLATE_NOOP("ArrivalsPage", "Who"),
        QT_TRANSLATE_NOOP("ArrivalsPage", "Travel"),
        QT_TRANSLATE_NOOP("ArrivalsPage", "From"),
        QT_TRANSLATE_NOOP("ArrivalsPage", "Arrives at"),
    ],
    DEPARTURE: [
        QT_TRANSLATE_NOOP("ArrivalsPage", "Time"),
        QT_TRANSLATE_NOOP("ArrivalsPage", "Who"),
        QT_TRANSLATE_NOOP("ArrivalsPage", "Travel"),
        QT_TRANSLATE_NOOP("ArrivalsPage", "To"),
        QT_TRANSLATE_NOOP("ArrivalsPage", "Leaves from"),
    ],
}


def _cell(text: str, leg_id: int | None = None, tooltip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if leg_id is not None:
        item.setData(leg_id, ID_ROLE)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def movements_model(movements: list[Movement], kind: str, event_zone: str, parent=None) -> QStandardItemModel:
    """Arrivals (or departures) under one heading per day, in the event's
    time zone: 'Wed 21 Mar 2018 · 4 arrivals', then '10:00  Dimitra Alexiou
    (HBio)  A3 820  Athens  Munich'. The first column's row holds the leg id."""
    model = QStandardItemModel(parent)
    model.setHorizontalHeaderLabels([translate("ArrivalsPage", header) for header in MOVEMENT_HEADERS[kind]])
    bold = QFont()
    bold.setBold(True)
    for day, found in movements_by_day(movements, kind):
        count = len(found)
        if kind == ARRIVAL:
            moves = translate("ArrivalsPage", "%n arrival(s)", "", count)
        else:
            moves = translate("ArrivalsPage", "%n departure(s)", "", count)
        heading = _cell(f"{labels.day(day)} · {moves}")
        heading.setFont(bold)
        heading.setSelectable(False)
        model.appendRow(heading)
        for movement in found:
            heading.appendRow(_movement_row(movement, event_zone))
    return model


def _movement_row(movement: Movement, event_zone: str) -> list[QStandardItem]:
    leg, ident = movement.leg, movement.leg.id
    when = labels.clock(movement.at)
    local = at_place(movement.place, movement.local_at, movement.local_zone)
    if movement.local_zone != event_zone and movement.local_at != movement.at:
        when += (
            f" ({labels.clock(movement.local_at)} {times.zone_abbreviation(movement.local_at, movement.local_zone)})"
        )
    who = f"{movement.person_name} ({movement.organisation})" if movement.organisation else movement.person_name
    travel = leg.service or label(leg.mode)
    return [
        _cell(when, ident, local),
        _cell(who, ident),
        _cell(travel, ident, f"{label(leg.mode)}{' · ' + leg.reference if leg.reference else ''}"),
        _cell(movement.other_place, ident),
        _cell(movement.place, ident, local),
    ]


# -- costs ---------------------------------------------------------------------

# Translated where shown (CostsModel).
SOURCE_LABELS = {
    costs.COST: QT_TRANSLATE_NOOP("CostsModel", "Cost"),
    costs.TRAVEL_LEG: QT_TRANSLATE_NOOP("CostsModel", "Travel leg"),
    costs.STAY: QT_TRANSLATE_NOOP("CostsModel", "Stay"),
}


def line_key(line: costs.CostLine) -> str:
    """A cost line's id in the table: 'cost:4', 'travel_leg:12', 'stay:3'."""
    return f"{line.source}:{line.source_id}"


class CostsModel(RowsModel[costs.CostLine]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(translate("CostsModel", "Category"), lambda line: label(line.category)),
                Column(
                    translate("CostsModel", "Description"),
                    lambda line: " ".join(line.description.split()),
                    tooltip=lambda line: line.description,
                ),
                Column(translate("CostsModel", "Person"), lambda line: line.person_name),
                Column(translate("CostsModel", "Funded by"), lambda line: line.funded_by),
                Column(
                    translate("CostsModel", "Amount"),
                    lambda line: money(line.amount_minor, line.currency),
                    lambda line: line.amount_minor,
                    RIGHT,
                ),
                Column(
                    translate("CostsModel", "Entered as"),
                    lambda line: translate("CostsModel", SOURCE_LABELS[line.source]),
                ),
            ],
            line_key,
            parent,
        )

    def style(self, line: costs.CostLine, column: int, role: int):
        # A booked price is shown for checking, not counted: it looks quieter.
        if line.source != costs.COST:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(theme.colour("muted"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        return None


def _amount_in(amounts: dict[str, int], code: str) -> str:
    return amount(amounts[code], code) if code in amounts else ""


def _currency_column(code: str) -> Column[Total]:
    # The header names the currency; the cells show the amounts alone.
    return Column(code, lambda row: _amount_in(row[1], code), align=RIGHT)


class TotalsModel(RowsModel[Total]):
    """A small pivot: one row per category (or funder), one column per
    currency, a bold Total row when asked. Currencies are never added up."""

    def __init__(self, first_header: str, parent: QObject | None = None) -> None:
        super().__init__([], lambda row: row[0], parent)
        self.first_header = first_header
        self.with_total = True

    def set_totals(
        self, table: dict[str, dict[str, int]], currencies: list[str], names: Callable[[str], str] = label
    ) -> None:
        columns: list[Column[Total]] = [Column(self.first_header, lambda row: row[0])]
        columns += [_currency_column(code) for code in currencies]
        rows: list[Total] = sorted(
            ((names(key) or translate("TotalsModel", "(not given)"), amounts) for key, amounts in table.items()),
            key=lambda row: row[0].casefold(),
        )
        if self.with_total and rows:
            total: dict[str, int] = {}
            for _name, amounts in rows:
                for code, amount in amounts.items():
                    total[code] = total.get(code, 0) + amount
            rows.append((translate("TotalsModel", "Total"), total))
        self.beginResetModel()
        self.columns = columns
        self.rows = rows
        self.endResetModel()

    def style(self, row: Total, column: int, role: int) -> QFont | None:
        if role == Qt.ItemDataRole.FontRole and self.with_total and row is self.rows[-1]:
            font = QFont()
            font.setBold(True)
            return font
        return None
