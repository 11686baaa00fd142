"""The Overview tab, the event's home page: what needs attention, each need
a click away from where it is dealt with; the event's details, saved field
by field as they are edited; its links to other events; and its conflicts,
each a click away from the item concerned."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.services import event_reads, labels
from planner.services.change_set import ChangedElsewhere
from planner.services.errors import InvalidInput
from planner.services.places import zone_for_place
from planner.services.vocabulary import EventKind, EventStatus, Relation
from planner.services.zone_choices import is_read as zones_read
from planner.services.zone_choices import read_in_steps as zone_reading_steps
from planner.services.zone_choices import zone_label
from planner.ui import after_paint, needs_kept
from planner.ui.consent.switch import ConsentSwitch
from planner.ui.context import AppContext
from planner.ui.forms import Field, FormDialog, FormWidget
from planner.ui.growing_text import GrowingText
from planner.ui.icons import warning_icon
from planner.ui.marking import QT_TRANSLATE_NOOP
from planner.ui.translations import date_text
from planner.ui.views import View
from planner.ui.zone_picker import list_zones

translate = QCoreApplication.translate

# The first paint shows the event's details (services/event_reads.py, read
# before the database code is loaded); what needs the models (the needs,
# the host's full list, every change) loads them when first used.
if TYPE_CHECKING:
    from planner.services import attention
    from planner.services.change_set import ChangeSet

DETAIL_FIELDS = [
    ("title", QT_TRANSLATE_NOOP("OverviewTab", "Title"), "text", ()),
    ("kind", QT_TRANSLATE_NOOP("OverviewTab", "Kind"), "choice", ()),
    ("status", QT_TRANSLATE_NOOP("OverviewTab", "Status"), "choice", ()),
    ("starts_on", QT_TRANSLATE_NOOP("OverviewTab", "First day"), "date", ()),
    ("ends_on", QT_TRANSLATE_NOOP("OverviewTab", "Last day"), "date", ()),
    ("timezone", QT_TRANSLATE_NOOP("OverviewTab", "Time zone"), "timezone", ()),
    ("venue_name", QT_TRANSLATE_NOOP("OverviewTab", "Venue"), "text", ("venue.name",)),
    ("venue_address", QT_TRANSLATE_NOOP("OverviewTab", "Address"), "text", ("venue.address",)),
    ("venue_city", QT_TRANSLATE_NOOP("OverviewTab", "City"), "text", ("venue.city",)),
    ("venue_country", QT_TRANSLATE_NOOP("OverviewTab", "Country"), "country", ("venue.country",)),
    ("host_id", QT_TRANSLATE_NOOP("OverviewTab", "Host organisation"), "reference", ("host",)),
    ("programme", QT_TRANSLATE_NOOP("OverviewTab", "Programme"), "text", ()),
    ("funding", QT_TRANSLATE_NOOP("OverviewTab", "Funding"), "text", ()),
    ("organiser_email", QT_TRANSLATE_NOOP("OverviewTab", "Organiser e-mail"), "text", ()),
    ("summary", QT_TRANSLATE_NOOP("OverviewTab", "About the event"), "multiline", ()),
    ("objectives", QT_TRANSLATE_NOOP("OverviewTab", "Objectives (one a line)"), "lines", ()),
]
DAYS = ("starts_on", "ends_on")
# After the window is on screen, the places are read (about a second, a
# step at a time) once the user has had this long to begin.
READING_DELAY_MS = 2_000
LINK_TARGET = Qt.ItemDataRole.UserRole + 1
CONFLICT = Qt.ItemDataRole.UserRole + 2
NEED = Qt.ItemDataRole.UserRole + 3


def _where_a_click_goes(kind: str) -> str:
    """Where a click on a need of this kind goes, said in its tooltip."""
    from planner.services import attention

    return {
        attention.CONFLICTS: translate("OverviewTab", "Click to see the conflicts, below"),
        attention.NO_TRAVEL: translate("OverviewTab", "Click to go to the first of them in the Logistics tab"),
        attention.NO_HOTEL: translate("OverviewTab", "Click to go to the first of them in the Logistics tab"),
        attention.UNANSWERED: translate("OverviewTab", "Click to list them in the Participants tab"),
        attention.OVERDUE: translate("OverviewTab", "Click to see the first in the Minutes tab"),
    }[kind]


def _need_tip(need: attention.Need) -> str:
    """Who the need is about (the first few), and where a click goes."""
    names = ", ".join(need.first_names)
    more = need.count - len(need.first_names)
    if names and more > 0:
        names = translate("OverviewTab", "{names} and %n more", "", more).format(names=names)
    goes = _where_a_click_goes(need.kind)
    return f"{names}\n{goes}" if names else goes


class _FocusOut(QObject):
    """Calls back when a multi-line field loses focus: that is when it is saved."""

    def __init__(self, callback, parent):
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.FocusOut:
            self.callback()
        return False


class OverviewTab(View):
    # Only these people in the Participants tab: (person ids, who they are).
    people_requested = Signal(object, str)

    # The event's details, its links, and what needs attention in its rows.
    WATCHES = frozenset(
        {
            "event",
            "invitation_sent",
            "minutes_item",
            "event_link",
            "organisation",
            "person",
            "agenda_item",
            "agenda_speaker",
            "participation",
            "travel_leg",
            "stay",
        }
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self._loading = False
        self._heard_elsewhere = False  # the next reading is of a change made elsewhere
        self._asking = False  # a question about someone else's change is open
        self._reading_places = False

        self.form = FormWidget([self._field(*spec) for spec in DETAIL_FIELDS], self)
        # A city whose zone is not the event's: its zone proposed under the zone, one click to take it.
        self.zone_proposal = QLabel(self)
        self.zone_proposal.setObjectName("zone_proposal")
        self.zone_proposal.setWordWrap(True)
        self.zone_proposal.linkActivated.connect(self._take_proposed_zone)
        self.zone_proposal.hide()
        zone_row = self.form.rows["timezone"].layout()
        assert zone_row is not None
        zone_row.addWidget(self.zone_proposal)
        # The programme's logos, funding statement and grant number, printed on its events' documents.
        self.programme_details = QPushButton(translate("OverviewTab", "Logos, funding statement, grant number…"), self)
        self.programme_details.setToolTip(
            translate("OverviewTab", "The programme's logos, funding statement and grant agreement number")
        )
        self.programme_details.setObjectName("programme_details")
        self.programme_details.clicked.connect(self._programme_details)
        programme_row = self.form.rows["programme"].layout()
        assert isinstance(programme_row, QVBoxLayout)
        programme_row.addWidget(self.programme_details, 0, Qt.AlignmentFlag.AlignLeft)
        self.consent_switch = ConsentSwitch(context, self.form.form_layout, self.form)
        self.needs_kept = needs_kept.attach(self.form, context)  # how long the event keeps needs (health data)
        self.form.widget("organiser_email", QLineEdit).setPlaceholderText(
            translate("OverviewTab", "e.g. the organiser's address")
        )
        # About the event and Objectives: as high as their text, not three lines and a scroll bar.
        for name in ("summary", "objectives"):
            GrowingText(self.form.widget(name, QPlainTextEdit))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)

        self.links = QListWidget(self)
        self.links.setWordWrap(True)
        self.links.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.links.itemActivated.connect(self._open_link)
        self.add_link_button = add_link = QPushButton(translate("OverviewTab", "Add…"), self)
        add_link.clicked.connect(self.add_link)
        self.remove_link_button = QPushButton(translate("OverviewTab", "Remove"), self)
        self.remove_link_button.clicked.connect(self.remove_link)
        link_buttons = QHBoxLayout()
        link_buttons.addWidget(add_link)
        link_buttons.addWidget(self.remove_link_button)
        link_buttons.addStretch()
        links_box = QGroupBox(translate("OverviewTab", "Related events"), self)
        links_layout = QVBoxLayout(links_box)
        links_layout.addWidget(self.links)
        links_layout.addLayout(link_buttons)

        self.conflicts = QListWidget(self)
        self.conflicts.setWordWrap(True)
        self.conflicts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conflicts.itemActivated.connect(self._open_conflict)
        self.conflicts.itemClicked.connect(self._open_conflict)
        conflicts_box = QGroupBox(translate("OverviewTab", "Conflicts and problems"), self)
        QVBoxLayout(conflicts_box).addWidget(self.conflicts)

        self.attention = QListWidget(self)
        self.attention.setObjectName("attention")
        self.attention.setAccessibleName(translate("OverviewTab", "Needs attention"))
        self.attention.setWordWrap(True)
        self.attention.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attention.itemActivated.connect(self.open_need)
        self.attention.itemClicked.connect(self.open_need)
        attention_box = QGroupBox(translate("OverviewTab", "Needs attention"), self)
        QVBoxLayout(attention_box).addWidget(self.attention)

        side = QVBoxLayout()
        side.addWidget(attention_box, 2)
        side.addWidget(links_box, 2)
        side.addWidget(conflicts_box, 3)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll, 3)
        layout.addLayout(side, 2)

        # Tab: the details as shown, then the right-hand column from the top.
        self.form.chain_tab_order([self.attention, self.links, add_link, self.remove_link_button, self.conflicts])
        self._connect_saving()
        self.setEnabled(False)

    def _field(self, name: str, label: str, kind: str, aliases: tuple[str, ...]) -> Field:
        choices: list[tuple[Any, str]] = []
        if name == "kind":
            choices = labels.choices(EventKind)
        elif name == "status":
            choices = labels.choices(EventStatus)
        # The zone shown at once, every zone's name read after the window is on screen.
        extra = {"list_later": True} if kind == "timezone" else {}
        return Field(name, translate("OverviewTab", label), kind, choices=choices, aliases=aliases, extra=extra)

    # -- loading --------------------------------------------------------------

    def event_changed(self, event_id: int | None) -> None:
        self.setEnabled(event_id is not None)

    def changes_seen(self, changes: ChangeSet) -> None:
        if changes.heard_from_elsewhere():
            self._heard_elsewhere = True

    def reload(self) -> None:
        self.form.clear_problems()
        event_id = self.event_id
        with self.context.rows() as rows:
            if event_id is not None and not event_reads.event_exists(rows, event_id):
                event_id = None  # deleted meanwhile
        if event_id is None:
            self.setEnabled(False)
            self.links.clear()
            self.conflicts.clear()
            self.attention.clear()
            return
        self.setEnabled(True)
        read_only = self.context.read_only
        self.form.set_read_only(read_only)
        self.consent_switch.show_event(event_id, read_only)
        self.add_link_button.setEnabled(not read_only)
        # At start-up the event's details are shown first; every organisation
        # (the host's list), the conflicts and the needs once the window is on screen.
        starting = after_paint.holding()
        with self.context.rows() as rows:
            event = event_reads.event_details(rows, event_id)
            host_id = event.value("host_id")
            shown_host = event_reads.host_choice(rows, host_id)
            related = event_reads.related_events(rows, event_id)
        if starting:
            hosts = [shown_host] if shown_host is not None else []
        else:
            hosts = self._host_choices()
        self._fill_hosts(hosts, host_id)
        self._loading = True
        # Read again for a change made elsewhere: the field being typed in keeps what is typed.
        typing = self.form.being_typed() if self._heard_elsewhere else None
        self._heard_elsewhere = False
        if typing is not None and event.value(typing) != self.form.value(typing):
            self.context.elsewhere.hold("event", event_id)  # saving what is typed must not go over theirs unasked
        self.form.set_values({name: event.value(name) for name, *_ in DETAIL_FIELDS if name != typing})
        self._loading = False
        self._show_links(related)
        if starting:
            after_paint.later(lambda: self._read_later(event_id))
            # The cities of the world are read once the window is on screen, a step at a time.
            after_paint.later(self._propose_zone_when_read)
            return
        self._show_problems(event_id)
        if zones_read():
            self._propose_zone()
        else:  # still being read since start-up: the window does not wait for them
            self._propose_zone_when_read()

    def _host_choices(self) -> list[tuple[int, str]]:
        """Every organisation, as the host's list shows them."""
        from planner.services import events

        with self.context.read() as session:
            return events.host_choices(session)

    def _fill_hosts(self, hosts: list[tuple[int, str]], shown: int | None) -> None:
        """The host's list, with the host ``shown`` chosen."""
        self._loading = True
        try:
            host = self.form.widget("host_id", QComboBox)
            host.clear()
            host.addItem("—", None)
            for ident, text in hosts:
                host.addItem(text, ident)
            host.setCurrentIndex(max(0, host.findData(shown)))
        finally:
            self._loading = False

    def _read_later(self, event_id: int) -> None:
        """What start-up left until the window was on screen, for the event
        still shown (read afresh when another one is shown meanwhile)."""
        if self.event_id != event_id or self.stale:
            return
        with self.context.rows() as rows:
            if not event_reads.event_exists(rows, event_id):
                return
            host_id = event_reads.event_details(rows, event_id).value("host_id")
        self._fill_hosts(self._host_choices(), host_id)
        self._show_problems(event_id)

    def _show_problems(self, event_id: int) -> None:
        from planner.services import attention

        with self.context.read() as session:
            problems = self.context.conflicts.of(session, event_id)
            needs = attention.needs_of(session, event_id, date.today(), problems)
        self._show_conflicts(problems)
        self._show_needs(needs)

    def _show_needs(self, needs: list[attention.Need]) -> None:
        warnings = [(need.text, NEED, need, _need_tip(need)) for need in needs]
        _list_warnings(self.attention, warnings, translate("OverviewTab", "Nothing needs attention."))

    def _show_links(self, related: list[event_reads.RelatedEvent]) -> None:
        self.links.clear()
        for link in related:
            when = labels.days(link.starts_on, link.ends_on or link.starts_on) if link.starts_on else ""
            details = ", ".join(part for part in (when, link.city) if part)
            item = QListWidgetItem(
                f"{labels.label(link.relation)}: {link.title}" + (f" ({details})" if details else ""), self.links
            )
            item.setData(Qt.ItemDataRole.UserRole, link.link_id)
            item.setData(LINK_TARGET, link.target_event_id)
            if link.target_event_id is not None:
                item.setToolTip(translate("OverviewTab", "Press Enter or double-click to open this event"))
        self.remove_link_button.setEnabled(bool(related) and not self.context.read_only)

    def _show_conflicts(self, problems) -> None:
        warnings = [
            (
                problem.message,
                CONFLICT,
                (problem.target, problem.target_id),
                translate("OverviewTab", "Click to go to the item"),
            )
            for problem in problems
        ]
        _list_warnings(self.conflicts, warnings, translate("OverviewTab", "No conflicts found."))

    # -- saving ---------------------------------------------------------------

    def _connect_saving(self) -> None:
        for name, widget in self.form.widgets.items():
            save = lambda _value=None, name=name: self.save_field(name)  # noqa: E731
            if isinstance(widget, QLineEdit):
                widget.editingFinished.connect(save)
            elif isinstance(widget, QComboBox):
                widget.activated.connect(save)
                typed = widget.lineEdit()
                if typed is not None:  # editable: what is typed is saved too
                    typed.editingFinished.connect(save)
            elif isinstance(widget, QDateEdit):
                widget.dateChanged.connect(save)
            elif isinstance(widget, QPlainTextEdit):
                widget.installEventFilter(_FocusOut(save, widget))

    def save_field(self, name: str) -> bool:
        """Save one field if it differs from the database. A refused value
        stays in the field, marked with the reason; nothing is saved."""
        if self._loading or self.event_id is None or self._asking:
            return False  # (asking: the question took the focus, which would save the field again)
        value = self.form.value(name)
        with self.context.rows() as rows:
            current = event_reads.event_details(rows, self.event_id).value(name)
        if value == current:
            return False
        try:
            self._perform_change(name, value, current)
        except ChangedElsewhere as refused:  # someone else saved this field since: Reload or Keep mine
            return self._settle(name, value, current, refused)
        except InvalidInput as problem:
            problem = InvalidInput(name, problem.message) if self.form.field_for(problem.field) is None else problem
            self.form.show_problem(problem, focus=False, exclusive=False)
            return False
        except PlannerError as error:  # read-only, locked, disk full: the stored value comes back
            QMessageBox.warning(self, translate("OverviewTab", "Cannot save this"), str(error))
            self._loading = True
            try:
                self.form.set_values({name: current})
            finally:
                self._loading = False
            return False
        # A refused pair of days is put right by either of them.
        self.form.clear_problems(list(DAYS) if name in DAYS else [name])
        if name in ("venue_city", "venue_country", "timezone"):
            self._propose_zone()
        return True

    def _settle(self, name: str, value: Any, current: Any, refused: ChangedElsewhere) -> bool:
        """Ask whether to keep what was typed over their change; Reload shows theirs."""
        from planner.ui.changed_elsewhere import ChangedElsewhereBox

        self._asking = True
        try:
            box = ChangedElsewhereBox(refused.message, self)
            box.exec()
            if box.clickedButton() is box.keep_button:
                try:
                    self._perform_change(name, value, current, over_newer=True)
                except PlannerError as error:
                    QMessageBox.warning(self, translate("OverviewTab", "Cannot save this"), str(error))
                else:
                    return True
            self.context.elsewhere.reload(refused)  # theirs shown, in this field too
            if self.event_id is not None:
                self._loading = True
                try:
                    with self.context.rows() as rows:
                        self.form.set_values({name: event_reads.event_details(rows, self.event_id).value(name)})
                finally:
                    self._loading = False
            return False
        finally:
            self._asking = False

    def _perform_change(self, name: str, value: Any, current: Any, *, over_newer: bool = False) -> None:
        """Save one field; a new first day moves the last day with it (the
        event keeps its length) where the agenda still fits, else only the
        first day changes."""
        from planner.operations.events import ChangeEvent

        event_id = self.event_id
        assert event_id is not None
        if name == "starts_on":
            with self.context.rows() as rows:
                last = event_reads.event_details(rows, event_id).ends_on
            moved = {"starts_on": value, "ends_on": last + (value - current)}
            try:
                self.context.perform(ChangeEvent(event_id, moved), over_newer=over_newer)
            except InvalidInput:
                pass
            else:
                self._loading = True
                try:
                    self.form.set_values({"ends_on": moved["ends_on"]})
                finally:
                    self._loading = False
                return
        self.context.perform(ChangeEvent(event_id, {name: value}), over_newer=over_newer)

    def _propose_zone(self) -> None:
        """Under the zone, the zone of the venue's city when it is another."""
        city = self.form.value("venue_city").strip()
        self._show_proposal(city, zone_for_place(city, self.form.value("venue_country")) if city else None)

    def _propose_zone_when_read(self) -> None:
        """``_propose_zone`` once the places (and the list of zones) are read:
        a step at a time, starting when the user has had time to begin (a
        place looked up meanwhile reads them at once, as it always did)."""
        self.zone_proposal.hide()  # not the last event's
        if self._reading_places:
            return

        def read() -> None:
            self._reading_places = False
            list_zones(self.form.widget("timezone", QComboBox))
            if self.event_id is not None:
                self._propose_zone()

        self._reading_places = True
        after_paint.in_steps(self, zone_reading_steps(), read, delay_ms=READING_DELAY_MS)

    def _show_proposal(self, city: str, zone: str | None) -> None:
        if not zone or zone == self.form.value("timezone"):
            self.zone_proposal.hide()
            return
        self.zone_proposal.setText(
            translate("OverviewTab", '{city} is in {zone}. <a href="{link}">Use this time zone</a>').format(
                city=html.escape(city), zone=html.escape(zone_label(zone)), link=html.escape(zone)
            )
        )
        self.zone_proposal.show()

    def _programme_details(self) -> None:
        from planner.ui.programme_dialog import open_programme_details

        open_programme_details(self.context, self.event_id, self)

    def _take_proposed_zone(self, zone: str) -> None:
        self.form.set_values({"timezone": zone})
        self.save_field("timezone")

    # -- links and conflicts ----------------------------------------------------

    def add_link(self) -> None:
        from planner.operations.events import AddEventLink
        from planner.services import events

        if self.event_id is None:
            return
        with self.context.read() as session:
            others = events.event_choices(session, leaving_out=self.event_id)
        fields = [
            Field("relation", translate("OverviewTab", "Relation"), "choice", choices=labels.choices(Relation)),
            Field(
                "target_event_id",
                translate("OverviewTab", "Event in Planner"),
                "reference",
                choices=[(e.id, f"{e.title} ({date_text(e.starts_on)})") for e in others],
            ),
            Field(
                "title",
                translate("OverviewTab", "…or its title"),
                placeholder=translate("OverviewTab", "Only for an event not in Planner"),
            ),
            Field("starts_on", translate("OverviewTab", "First day"), "optional_date"),
            Field("ends_on", translate("OverviewTab", "Last day"), "optional_date"),
            Field("city", translate("OverviewTab", "City")),
        ]
        event_id = self.event_id

        def submit(values: dict[str, Any]):
            return self.context.perform(AddEventLink(event_id, values))

        FormDialog(translate("OverviewTab", "Add a related event"), fields, submit, self).exec()

    def remove_link(self) -> None:
        item = self.links.currentItem()
        if item is None:
            return
        from planner.operations.events import RemoveEventLink

        link_id = item.data(Qt.ItemDataRole.UserRole)
        self.context.try_perform(self, RemoveEventLink(link_id))

    def _open_link(self, item: QListWidgetItem) -> None:
        target = item.data(LINK_TARGET)
        if target:
            self.open_event.emit(target)

    def open_need(self, item: QListWidgetItem) -> None:
        """Go where the need is dealt with."""
        from planner.services import attention

        need: attention.Need | None = item.data(NEED)
        if need is None:
            return
        if need.kind == attention.CONFLICTS:
            self.conflicts.setCurrentRow(0)
            self.conflicts.setFocus()
        elif need.kind == attention.UNANSWERED:
            self.people_requested.emit(
                need.person_ids, translate("OverviewTab", "the people whose invitation is not answered")
            )
        elif need.target and need.target_id is not None:
            self.navigate.emit(need.target, need.target_id)

    def _open_conflict(self, item: QListWidgetItem) -> None:
        target = item.data(CONFLICT)
        if target:
            self.navigate.emit(*target)


def _list_warnings(box: QListWidget, warnings: list[tuple[str, int, Any, str]], empty: str) -> None:
    """``box`` showing one warning per (text, role, data, tooltip), the data
    kept under its role; ``empty`` (not selectable) when there is none."""
    box.clear()
    if not warnings:
        QListWidgetItem(empty, box).setFlags(Qt.ItemFlag.NoItemFlags)
        return
    icon = warning_icon()
    for text, role, data, tip in warnings:
        item = QListWidgetItem(icon, text, box)
        item.setData(role, data)
        item.setToolTip(tip)
