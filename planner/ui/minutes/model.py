"""The outcomes of an event's minutes as a table, in the user's order: each
badged by its kind; actions with owner, due date and state, overdue in red."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from planner.services import minutes
from planner.services.labels import day, label
from planner.services.minutes import ActionState, MinutesKind
from planner.ui import theme
from planner.ui.icons import warning_icon
from planner.ui.tables import Column, RowsModel

KIND, TEXT, TOPIC, WHO, DUE, STATE = range(6)

translate = QCoreApplication.translate


def follow_up_text(outcome: minutes.Outcome) -> str:
    return f"→ {outcome.follow_up_title}" if outcome.follow_up_title else ""


def _text(outcome: minutes.Outcome) -> str:
    lines = [" ".join(outcome.item.text.split())]
    if outcome.follow_up_title:
        lines.append(follow_up_text(outcome))
    return "\n".join(lines)


def who(outcome: minutes.Outcome) -> str:
    """'by Jocelyne Le Seyec' for what someone proposed; the owner of an action."""
    if outcome.item.is_action:
        return outcome.owner_name
    return translate("OutcomesModel", "by {name}").format(name=outcome.by_name) if outcome.by_name else ""


class OutcomesModel(RowsModel[minutes.Outcome]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(translate("OutcomesModel", "Kind"), lambda row: label(row.item.kind)),
                Column(translate("OutcomesModel", "Outcome"), _text, tooltip=lambda row: row.item.text),
                Column(translate("OutcomesModel", "Topic"), lambda row: row.item.topic),
                Column(translate("OutcomesModel", "By / owner"), who),
                Column(translate("OutcomesModel", "Due"), lambda row: day(row.item.due)),
                Column(translate("OutcomesModel", "State"), lambda row: label(row.item.state)),
            ],
            lambda row: row.item.id,
            parent,
        )
        self.today = date.today()

    def outcome(self, ident: int) -> minutes.Outcome | None:
        row = self.row_of(ident)
        return self.rows[row] if row >= 0 else None

    def style(self, row: minutes.Outcome, column: int, role: int):
        item = row.item
        if column == KIND:
            if role == Qt.ItemDataRole.BackgroundRole:
                # Pale badges (dark ones in dark mode) that keep the text readable; one per kind.
                badges = theme.current().minutes
                return QBrush(QColor(badges.get(item.kind, badges["discussion_point"])))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if column in (DUE, STATE) and row.item.overdue_on(self.today):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(theme.colour("error"))
            if role == Qt.ItemDataRole.DecorationRole and column == DUE:
                return warning_icon()
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("OutcomesModel", "Overdue: due {day} and still open").format(day=day(item.due))
        if column == STATE and item.state == ActionState.DONE and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(theme.colour("success"))
        if role == Qt.ItemDataRole.ForegroundRole and item.state == ActionState.DROPPED:
            return QBrush(theme.colour("muted"))
        return None


def counts_text(outcomes: Sequence[minutes.Outcome], today: date) -> str:
    """'2 proposals · 1 decision · 2 actions (1 open, 1 overdue)'."""
    kinds = Counter(outcome.item.kind for outcome in outcomes)
    parts = []
    for kind in MinutesKind:
        number = kinds.get(kind.value, 0)
        if not number:
            continue
        text = kind_count(kind, number)
        if kind == MinutesKind.ACTION:
            still_open = sum(1 for o in outcomes if o.item.kind == kind and o.item.state == ActionState.OPEN)
            overdue = sum(1 for o in outcomes if o.item.overdue_on(today))
            details = [translate("OutcomesModel", "{count} open").format(count=still_open)]
            if overdue:
                details.append(translate("OutcomesModel", "{count} overdue").format(count=overdue))
            text += f" ({', '.join(details)})"
        parts.append(text)
    return " · ".join(parts) if parts else translate("OutcomesModel", "No outcomes yet")


def kind_count(kind: str, number: int) -> str:
    """ "2 proposals": each kind counted in the window's language."""
    if kind == MinutesKind.CONCLUSION:
        text = translate("OutcomesModel", "%n conclusion(s)", "", number)
    elif kind == MinutesKind.PROPOSAL:
        text = translate("OutcomesModel", "%n proposal(s)", "", number)
    elif kind == MinutesKind.DECISION:
        text = translate("OutcomesModel", "%n decision(s)", "", number)
    elif kind == MinutesKind.ACTION:
        text = translate("OutcomesModel", "%n action(s)", "", number)
    elif kind == MinutesKind.BEST_PRACTICE:
        text = translate("OutcomesModel", "%n best practice(s)", "", number)
    elif kind == MinutesKind.DISCUSSION_POINT:
        text = translate("OutcomesModel", "%n discussion point(s)", "", number)
    else:
        return f"{number} {label(kind).lower()}"
    return text
