"""The Logistics tab of an event: Travellers, Arrivals & departures, Costs.
Every change goes through a form and an operation as one undoable step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QTabWidget, QToolButton, QVBoxLayout, QWidget

from planner.operations import Operation
from planner.operations.logistics import (
    DeleteCost,
    DeleteStay,
    DeleteTravelLeg,
    new_cost_values,
    new_leg_values,
    new_stay_values,
)
from planner.services import costs, logistics, movements
from planner.services.costs import CostLine
from planner.services.errors import NotFound
from planner.services.labels import label
from planner.services.logistics import LogisticsEvent, StayRow, TravelLegRow
from planner.ui import shortcuts
from planner.ui.action import make_action
from planner.ui.budget.page import BudgetPage, page_title
from planner.ui.context import AppContext
from planner.ui.forms import FormDialog
from planner.ui.logistics import dialogs
from planner.ui.logistics.arrivals import ArrivalsPage
from planner.ui.logistics.costs import CostsPage
from planner.ui.logistics.models import NO_PERSON, money
from planner.ui.logistics.travellers import LEG, STAY, TRAVELLER, TravellersPage, people_choices
from planner.ui.participants.marked import QT_TRANSLATE_NOOP
from planner.ui.participants.model import short_day
from planner.ui.views import View

TRAVELLERS, ARRIVALS, COSTS, BUDGET = range(4)
translate = QCoreApplication.translate

# The titles of the questions before a deletion, translated where shown.
DELETE_TITLES = {
    LEG: QT_TRANSLATE_NOOP("LogisticsTab", "Delete travel leg"),
    STAY: QT_TRANSLATE_NOOP("LogisticsTab", "Delete stay"),
    costs.COST: QT_TRANSLATE_NOOP("LogisticsTab", "Delete cost"),
}
DELETE: dict[str, Callable[[int], Operation[None]]] = {
    LEG: DeleteTravelLeg,
    STAY: DeleteStay,
    costs.COST: DeleteCost,
}

Row = TravelLegRow | StayRow | CostLine


class LogisticsTab(View):
    # The names of people and organisations show beside their legs and stays.
    WATCHES = frozenset(
        {
            "travel_leg",
            "stay",
            "cost",
            "person",
            "organisation",
            "participation",
            "event",
            "budget_line",
            "allowance_rate",
        }
    )
    ITEMS = frozenset({LEG, STAY, costs.COST, TRAVELLER})

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.current_event: LogisticsEvent | None = None
        self.travellers: list[movements.Traveller] = []
        self.legs: list[TravelLegRow] = []
        self.stays: list[StayRow] = []

        self.travellers_page = TravellersPage(self)
        self.arrivals_page = ArrivalsPage(self)
        self.costs_page = CostsPage(self)
        self.budget_page = BudgetPage(context, self)
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.travellers_page, translate("LogisticsTab", "Travellers"))
        self.pages.addTab(self.arrivals_page, translate("LogisticsTab", "Arrivals && departures"))
        self.pages.addTab(self.costs_page, translate("LogisticsTab", "Costs"))
        self.pages.addTab(self.budget_page, page_title())
        self.pages.currentChanged.connect(lambda *_args: self._page_shown())
        # Arrivals and Costs are worked out when their page is shown: those of
        # a 5,000-person event need not be read to show its travellers.
        self._unread_pages: set[int] = set()
        for page in (self.travellers_page, self.arrivals_page, self.costs_page):
            page.edit_requested.connect(self.edit_selected)

        def action(text: str, slot: Any, shortcut: Any = None, *, visible: bool = True) -> Any:
            return make_action(self, text, slot, shortcut=shortcut, scope="widget", visible=visible)

        self.add_leg_action = action(translate("LogisticsTab", "Add travel leg"), self.add_leg)
        self.add_stay_action = action(translate("LogisticsTab", "Add stay"), self.add_stay)
        self.add_cost_action = action(translate("LogisticsTab", "Add cost"), self.add_cost)
        self.add_action = action(translate("LogisticsTab", "Add"), self.add_here, shortcuts.ADD_ITEM, visible=False)
        self.edit_action = action(translate("LogisticsTab", "Edit…"), self.edit_selected, shortcuts.EDIT)
        self.duplicate_action = action(
            translate("LogisticsTab", "Duplicate"), self.duplicate_selected, shortcuts.DUPLICATE
        )
        self.delete_action = action(translate("LogisticsTab", "Delete"), self.delete_selected, shortcuts.DELETE)
        for table in (
            self.travellers_page.legs_table,
            self.travellers_page.stays_table,
            self.costs_page.table,
            self.arrivals_page.arrivals,
            self.arrivals_page.departures,
        ):
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            table.addActions([self.edit_action, self.duplicate_action, self.delete_action])
        toolbar = QHBoxLayout()
        toolbar.setSpacing(4)
        for item in (
            self.add_leg_action,
            self.add_stay_action,
            self.add_cost_action,
            None,
            self.edit_action,
            self.duplicate_action,
            self.delete_action,
        ):
            if item is None:
                toolbar.addSpacing(12)
                continue
            button = QToolButton(self)
            button.setDefaultAction(item)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(True)  # flat, as the buttons of the Agenda's and Participants' toolbars
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(toolbar)
        layout.addWidget(self.pages)

        for page in (self.travellers_page, self.arrivals_page, self.costs_page):
            page.selection_changed.connect(self._update_actions)
        self._update_actions()

    # -- the contract of a view ----------------------------------------------

    def event_changed(self, event_id: int | None) -> None:
        self.travellers_page.filter.clear()

    def show_item(self, target: str, target_id: int) -> bool:
        self.ensure_loaded()
        if target in (LEG, STAY):
            self.pages.setCurrentIndex(TRAVELLERS)
            return self.travellers_page.select(target, target_id)
        if target == TRAVELLER:
            self.pages.setCurrentIndex(TRAVELLERS)
            return self.travellers_page.select_person(target_id)
        if target == costs.COST:
            self.pages.setCurrentIndex(COSTS)
            return self.costs_page.select(target, target_id)
        return False

    def reload(self) -> None:
        self.current_event, self.travellers, self.legs, self.stays = None, [], [], []
        if self.event_id is not None:
            with self.context.read() as session:
                try:
                    self.current_event = logistics.logistics_event(session, self.event_id)
                except NotFound:  # the event was deleted (or its creation undone)
                    self.event_id = None
                else:
                    # What every page's actions need: the people, legs and stays.
                    self.travellers = movements.travellers(session, self.event_id)
                    self.legs = logistics.leg_rows(session, self.event_id)
                    self.stays = logistics.stay_rows(session, self.event_id)
        self.travellers_page.load(self.travellers, self.legs, self.stays)
        if self.current_event is None:
            self.arrivals_page.load([], "", "")
            self.costs_page.load([])
            self.budget_page.load(None)
            self._unread_pages = set()
        else:
            self._unread_pages = {ARRIVALS, COSTS, BUDGET}
        self._page_shown()

    def _page_shown(self) -> None:
        """Fill the page shown if it has not been read since the last change,
        then the actions."""
        if self.stale:  # not read yet for this event: reading it fills the page
            self.ensure_loaded()
            return
        page = self.pages.currentIndex()
        if page in self._unread_pages and self.current_event is not None:
            self._unread_pages.discard(page)
            with self.context.read() as session:
                if page == ARRIVALS:
                    moves = movements.arrivals_and_departures(session, self.current_event.id)
                    self.arrivals_page.load(moves, self.current_event.timezone, self.current_event.venue_city)
                elif page == BUDGET:
                    self.budget_page.load(self.current_event.id)
                else:
                    self.costs_page.load(costs.cost_lines(session, self.current_event.id))
        self._update_actions()

    # -- what the actions act on --------------------------------------------

    def target(self) -> tuple[str, int] | None:
        page = self.pages.currentIndex()
        if page == TRAVELLERS:
            return self.travellers_page.target()
        if page == ARRIVALS:
            leg = self.arrivals_page.leg_id()
            return (LEG, leg) if leg is not None else None
        if page == BUDGET:  # its own buttons act on its rows
            return None
        return self.costs_page.target()

    def _person(self) -> int | None:
        person = self.travellers_page.person_id() if self.pages.currentIndex() == TRAVELLERS else None
        return None if person == NO_PERSON else person

    def _update_actions(self) -> None:
        has_event = self.current_event is not None
        has_target = self.target() is not None
        for action in (self.add_leg_action, self.add_stay_action, self.add_cost_action, self.add_action):
            action.setEnabled(has_event)
        for action in (self.edit_action, self.duplicate_action, self.delete_action):
            action.setEnabled(has_event and has_target)

    def _people(self) -> list[tuple[int, str]]:
        return people_choices(self.travellers)

    def _row(self, kind: str, ident: int) -> Row | None:
        if kind == LEG:
            return next((leg for leg in self.legs if leg.id == ident), None)
        if kind == STAY:
            return next((stay for stay in self.stays if stay.id == ident), None)
        return self.costs_page.line(kind, ident)

    def _selected(self) -> tuple[str, int, Row] | None:
        target = self.target()
        row = self._row(*target) if target is not None else None
        return (target[0], target[1], row) if target is not None and row is not None else None

    # -- adding, editing, deleting --------------------------------------------

    def _run(self, dialog: FormDialog, kind: str) -> None:
        if dialog.exec() and isinstance(dialog.result_value, int):
            self.show_item(kind, dialog.result_value)
        self._update_actions()

    def add_leg(self, values: dict[str, Any] | None = None) -> None:
        """Add a leg; ``values`` fill the form over what it proposes."""
        if self.current_event is None:
            return
        with self.context.read() as session:
            proposed = new_leg_values(session, self.current_event.id, self._person())
        dialog = dialogs.leg_dialog(
            self.context, self, self.current_event.id, self._people(), self.legs, proposed | (values or {})
        )
        self._run(dialog, LEG)

    def add_stay(self, values: dict[str, Any] | None = None) -> None:
        if self.current_event is None:
            return
        with self.context.read() as session:
            proposed = new_stay_values(session, self.current_event.id, self._person())
        self._run(
            dialogs.stay_dialog(self.context, self, self.current_event.id, self._people(), proposed | (values or {})),
            STAY,
        )

    def add_cost(self, values: dict[str, Any] | None = None) -> None:
        if self.current_event is None:
            return
        proposed = new_cost_values() | (values or {})
        self._run(dialogs.cost_dialog(self.context, self, self.current_event.id, self._people(), proposed), costs.COST)

    def add_here(self) -> None:
        """Ctrl+Shift+A adds what the page shows: a cost on Costs, a stay
        when a stay is selected, otherwise a travel leg."""
        target = self.target()
        if self.pages.currentIndex() == COSTS:
            self.add_cost()
        elif self.pages.currentIndex() == BUDGET:
            self.budget_page.add_line()
        elif target is not None and target[0] == STAY:
            self.add_stay()
        else:
            self.add_leg()

    def edit_selected(self) -> None:
        selected = self._selected()
        if selected is None or self.current_event is None:
            return
        kind, ident, row = selected
        people, event_id = self._people(), self.current_event.id
        if isinstance(row, TravelLegRow):
            dialog = dialogs.leg_dialog(self.context, self, event_id, people, self.legs, row.values(), leg_id=ident)
        elif isinstance(row, StayRow):
            dialog = dialogs.stay_dialog(self.context, self, event_id, people, row.values(), stay_id=ident)
        else:
            dialog = dialogs.cost_dialog(self.context, self, event_id, people, row.values(), cost_id=ident)
        self._run(dialog, kind)

    def duplicate_selected(self) -> None:
        """Add a copy of the selected row, for another person on the same
        flight or in the same hotel: the add form, filled in."""
        selected = self._selected()
        if selected is None:
            return
        row = selected[2]
        if isinstance(row, TravelLegRow):
            self.add_leg(row.values())
        elif isinstance(row, StayRow):
            self.add_stay(row.values())
        else:
            self.add_cost(row.values())

    def delete_selected(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        kind, ident, row = selected
        title = translate("LogisticsTab", DELETE_TITLES[kind])
        if QMessageBox.question(self, title, self._question(row)) != (QMessageBox.StandardButton.Yes):
            return
        self.context.try_perform(self, DELETE[kind](ident))
        self._update_actions()

    def _question(self, row: Row) -> str:
        """ "Delete the travel leg Athens → Munich on Wed 21 Mar of …?" """
        names = dict(self._people())
        if isinstance(row, TravelLegRow):
            return translate(
                "LogisticsTab", "Delete the travel leg {origin} → {destination} on {day} of {person}?"
            ).format(
                origin=row.from_place,
                destination=row.to_place,
                day=short_day(row.from_at.date()),
                person=names.get(row.person_id, ""),
            )
        if isinstance(row, StayRow):
            who = names.get(row.person_id, "") if row.person_id is not None else ""
            day = short_day(row.check_in)
            if who:
                return translate("LogisticsTab", "Delete the stay at {hotel} from {day} of {person}?").format(
                    hotel=row.name, day=day, person=who
                )
            return translate("LogisticsTab", "Delete the stay at {hotel} from {day}?").format(hotel=row.name, day=day)
        return translate("LogisticsTab", "Delete the cost “{name}” of {amount}?").format(
            name=row.description or label(row.category), amount=money(row.amount_minor, row.currency)
        )
