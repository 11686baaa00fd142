"""The Logistics tab of an event: Travellers, Arrivals & departures, Costs.
Every change goes through a form and a service as one undoable edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QTabWidget, QToolButton, QVBoxLayout, QWidget

from planner.db.models import Cost, Event, Stay, TravelLeg
from planner.services import costs, events, logistics, movements
from planner.services.errors import NotFound
from planner.ui import shortcuts
from planner.ui.context import AppContext, changed_for
from planner.ui.logistics import dialogs
from planner.ui.logistics.arrivals import ArrivalsPage
from planner.ui.logistics.costs import CostsPage
from planner.ui.logistics.models import NO_PERSON, money
from planner.ui.logistics.travellers import LEG, STAY, TravellersPage, people_choices

TABLES = {"travel_leg", "stay", "cost", "person", "organisation", "participation", "event"}
TRAVELLERS, ARRIVALS, COSTS = range(3)
LABELS = {LEG: "travel leg", STAY: "stay", costs.COST: "cost"}


class LogisticsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.event_id: int | None = None
        self.current_event: Event | None = None
        self.travellers: list[movements.Traveller] = []
        self.legs: list[TravelLeg] = []
        self.stays: list[Stay] = []
        self.costs: dict[int, Cost] = {}

        self.travellers_page = TravellersPage(self)
        self.arrivals_page = ArrivalsPage(self)
        self.costs_page = CostsPage(self)
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.travellers_page, "Travellers")
        self.pages.addTab(self.arrivals_page, "Arrivals && departures")
        self.pages.addTab(self.costs_page, "Costs")
        self.pages.currentChanged.connect(lambda *_args: self._page_shown())
        # Pages read when first shown after a change: Arrivals and Costs of a
        # 5,000-person event need not be worked out to show its travellers.
        self._stale_pages: set[int] = set()
        for page in (self.travellers_page, self.arrivals_page, self.costs_page):
            page.edit_requested.connect(self.edit_selected)

        self.add_leg_action = self._action("Add travel leg", self.add_leg)
        self.add_stay_action = self._action("Add stay", self.add_stay)
        self.add_cost_action = self._action("Add cost", self.add_cost)
        self.add_action = self._action("Add", self.add_here, shortcuts.ADD_ITEM, visible=False)
        self.edit_action = self._action("Edit…", self.edit_selected, shortcuts.EDIT)
        self.duplicate_action = self._action("Duplicate", self.duplicate_selected, shortcuts.DUPLICATE)
        self.delete_action = self._action("Delete", self.delete_selected, shortcuts.DELETE)
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
        for action in (
            self.add_leg_action,
            self.add_stay_action,
            self.add_cost_action,
            None,
            self.edit_action,
            self.duplicate_action,
            self.delete_action,
        ):
            if action is None:
                toolbar.addSpacing(12)
                continue
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(toolbar)
        layout.addWidget(self.pages)

        for page in (self.travellers_page, self.arrivals_page, self.costs_page):
            page.selection_changed.connect(self._update_actions)
        context.data_changed.connect(self._data_changed)
        context.store_replaced.connect(lambda: self.set_event(None))
        self._update_actions()

    def _action(self, text: str, slot, shortcut: QKeySequence | None = None, *, visible: bool = True) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text.rstrip('…')} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.setVisible(visible)
        action.triggered.connect(lambda *_args: slot())
        self.addAction(action)
        return action

    # -- the contract of a tab -------------------------------------------

    def set_event(self, event_id: int | None) -> None:
        if event_id != self.event_id:
            self.travellers_page.filter.clear()
        self.event_id = event_id
        self.reload()

    def show_item(self, target: str, target_id: int) -> bool:
        if target in (LEG, STAY):
            self.pages.setCurrentIndex(TRAVELLERS)
            return self.travellers_page.select(target, target_id)
        if target == costs.COST:
            self.pages.setCurrentIndex(COSTS)
            return self.costs_page.select(target, target_id)
        return False

    def _data_changed(self, changes) -> None:
        if self.event_id is not None and changed_for(changes, self.event_id, TABLES):
            self.reload()

    def reload(self) -> None:
        if self.event_id is None:
            self.current_event, self.travellers, self.legs, self.stays, self.costs = None, [], [], [], {}
            self.travellers_page.load([], [], [])
            self.arrivals_page.load([], "", "")
            self.costs_page.load([])
            self._update_actions()
            return
        with self.context.read() as session:
            try:
                self.current_event = events.get_event(session, self.event_id)
            except NotFound:  # the event was deleted (or its creation undone)
                self.event_id = None
                self.reload()
                return
            # What every page's actions need (the people, legs and stays).
            self.travellers = movements.travellers(session, self.event_id)
            self.legs = logistics.legs_of(session, self.event_id)
            self.stays = logistics.stays_of(session, self.event_id)
            self.costs = {cost.id: cost for cost in logistics.costs_of(session, self.event_id)}
        self.travellers_page.load(self.travellers, self.legs, self.stays)
        self._stale_pages = {ARRIVALS, COSTS}
        self._page_shown()

    def _page_shown(self) -> None:
        """Fill the page shown if it missed a change, then the actions."""
        page = self.pages.currentIndex()
        if page in self._stale_pages and self.current_event is not None:
            self._stale_pages.discard(page)
            with self.context.read() as session:
                if page == ARRIVALS:
                    moves = movements.arrivals_and_departures(session, self.event_id)
                    self.arrivals_page.load(moves, self.current_event.timezone, self.current_event.venue_city)
                else:
                    self.costs_page.load(costs.cost_lines(session, self.event_id))
        self._update_actions()

    # -- what the actions act on --------------------------------------------

    def target(self) -> tuple[str, int] | None:
        page = self.pages.currentIndex()
        if page == TRAVELLERS:
            return self.travellers_page.target()
        if page == ARRIVALS:
            leg = self.arrivals_page.leg_id()
            return (LEG, leg) if leg is not None else None
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

    def _row(self, kind: str, ident: int):
        if kind == LEG:
            return next((leg for leg in self.legs if leg.id == ident), None)
        if kind == STAY:
            return next((stay for stay in self.stays if stay.id == ident), None)
        return self.costs.get(ident)

    # -- adding, editing, deleting --------------------------------------------

    def _run(self, dialog, kind: str) -> None:
        if dialog.exec() and dialog.result_value is not None:
            self.show_item(kind, dialog.result_value.id)
        self._update_actions()

    def add_leg(self, values: dict | None = None) -> None:
        if self.current_event is None:
            return
        dialog = dialogs.leg_dialog(
            self.context, self, self.current_event, self._people(), self.legs, person_id=self._person()
        )
        if values:
            dialog.form.set_values(values)
        self._run(dialog, LEG)

    def add_stay(self, values: dict | None = None) -> None:
        if self.current_event is None:
            return
        dialog = dialogs.stay_dialog(self.context, self, self.current_event, self._people(), person_id=self._person())
        if values:
            dialog.form.set_values(values)
        self._run(dialog, STAY)

    def add_cost(self, values: dict | None = None) -> None:
        if self.current_event is None:
            return
        self._run(
            dialogs.cost_dialog(self.context, self, self.current_event, self._people(), defaults=values), costs.COST
        )

    def add_here(self) -> None:
        """Ctrl+Shift+A adds what the page shows: a cost on Costs, a stay
        when a stay is selected, otherwise a travel leg."""
        target = self.target()
        if self.pages.currentIndex() == COSTS:
            self.add_cost()
        elif target is not None and target[0] == STAY:
            self.add_stay()
        else:
            self.add_leg()

    def edit_selected(self) -> None:
        target = self.target()
        row = self._row(*target) if target else None
        if row is None or self.current_event is None:
            return
        kind = target[0]
        if kind == LEG:
            dialog = dialogs.leg_dialog(self.context, self, self.current_event, self._people(), self.legs, leg=row)
        elif kind == STAY:
            dialog = dialogs.stay_dialog(self.context, self, self.current_event, self._people(), stay=row)
        else:
            dialog = dialogs.cost_dialog(self.context, self, self.current_event, self._people(), cost=row)
        self._run(dialog, kind)

    def duplicate_selected(self) -> None:
        """Add a copy of the selected row, for another person on the same
        flight or in the same hotel."""
        target = self.target()
        row = self._row(*target) if target else None
        if row is None:
            return
        if target[0] == LEG:
            self.add_leg(dialogs.leg_values(row))
        elif target[0] == STAY:
            self.add_stay(dialogs.stay_values(row))
        else:
            self.add_cost(dialogs.cost_values(row))

    def delete_selected(self) -> None:
        target = self.target()
        row = self._row(*target) if target else None
        if row is None:
            return
        kind, ident = target
        if QMessageBox.question(self, f"Delete {LABELS[kind]}", f"Delete {self._describe(kind, row)}?") != (
            QMessageBox.StandardButton.Yes
        ):
            return
        work = {LEG: logistics.delete_leg, STAY: logistics.delete_stay, costs.COST: logistics.delete_cost}[kind]
        self.context.try_edit(self, f"Delete {LABELS[kind]}", lambda session: work(session, ident))
        self._update_actions()

    def _describe(self, kind: str, row) -> str:
        names = dict(self._people())
        if kind == LEG:
            who = names.get(row.person_id, "")
            return f"the travel leg {row.from_place} → {row.to_place} on {row.from_at:%a %d %b} of {who}"
        if kind == STAY:
            who = names.get(row.person_id, "")
            return f"the stay at {row.name} from {row.check_in:%a %d %b}" + (f" of {who}" if who else "")
        return f"the cost “{row.description or row.category}” of {money(row.amount_minor, row.currency)}"
