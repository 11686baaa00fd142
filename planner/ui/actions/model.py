"""The actions of every event as a table: overdue ones in red with a
warning sign."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush

from planner.services import minutes
from planner.services.labels import day, label
from planner.services.minutes import ActionState
from planner.ui import theme
from planner.ui.icons import warning_icon
from planner.ui.tables import Column, RowsModel
from planner.ui.translations import month_text

translate = QCoreApplication.translate

EVENT, ACTION, OWNER, DUE, STATE = range(5)


def _event(row: minutes.ActionRow) -> str:
    # The month first: a long title is cut at its end, never the date.
    starts = row.event_starts_on
    return f"{month_text(starts)} · {row.event_title}"


class ActionsModel(RowsModel[minutes.ActionRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    translate("ActionsModel", "Event"),
                    _event,
                    lambda row: f"{row.event_starts_on.isoformat()} {row.event_title.casefold()}",
                    tooltip=_event,
                ),
                Column(
                    translate("ActionsModel", "Action"),
                    lambda row: " ".join(row.text.split()),
                    tooltip=lambda row: row.text,
                ),
                Column(translate("ActionsModel", "Owner"), lambda row: row.owner_name),
                # Without a due date an action sorts last, not first.
                Column(
                    translate("ActionsModel", "Due"),
                    lambda row: day(row.due),
                    lambda row: (row.due or date.max).isoformat(),
                ),
                Column(
                    translate("ActionsModel", "State"),
                    lambda row: translate("ActionsModel", "Overdue") if row.overdue else label(row.state),
                ),
            ],
            lambda row: row.item_id,
            parent,
        )

    def style(self, row: minutes.ActionRow, column: int, role: int):
        if row.overdue:
            if role == Qt.ItemDataRole.ForegroundRole and column in (DUE, STATE):
                return QBrush(theme.colour("error"))
            if role == Qt.ItemDataRole.DecorationRole and column == DUE:
                return warning_icon()
            if role == Qt.ItemDataRole.ToolTipRole and column in (DUE, STATE):
                return translate("ActionsModel", "Overdue: due {day} and still open").format(day=day(row.due))
        elif row.state != ActionState.OPEN and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(theme.colour("muted"))  # done or dropped: shown, but quieter
        return None
