"""The time zone picker: zones shown as "Athens (Greece) · UTC+2/+3",
Europe's first, found by typing a city, an airport or a country in the
usual European languages ("Ateny", "Kraków", "MUC", "Griechenland")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from planner.services.places import zone_for_place

if TYPE_CHECKING:
    from planner.ui.forms import FormWidget
from planner.services.zone_choices import find_zones, zone_choices, zone_label
from planner.ui.search_combo import searchable

translate = QCoreApplication.translate


class _ZoneCombo(QComboBox):
    """Lists every zone when the list is first needed (dropped down, or a
    place typed): a form on screen at start-up shows its zone without
    reading the names of every zone's city in fifteen languages first."""

    def __init__(self, parent: QWidget | None):
        super().__init__(parent)
        self.listed = False

    def list_zones(self) -> None:
        if self.listed:
            return
        self.listed = True
        shown = self.currentData() if self.currentIndex() >= 0 else None
        typed = self.currentText()
        # Something typed that is not the zone shown (yet) stays as typed.
        editing = self.currentIndex() < 0 or typed != self.itemText(self.currentIndex())
        blocked = self.blockSignals(True)  # the value shown stays what it was
        try:
            self.clear()
            choices = zone_choices()
            for choice in choices:
                self.addItem(choice.label, choice.zone)
            european = sum(choice.european for choice in choices)
            self.insertSeparator(european)  # Europe's zones above, the world's below
            self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 24)
            if shown is not None:
                set_zone(self, shown)
            else:
                self.setCurrentIndex(-1)
            if editing:
                self.setEditText(typed)
        finally:
            self.blockSignals(blocked)

    def showPopup(self) -> None:
        self.list_zones()
        super().showPopup()


def zone_picker(parent: QWidget | None = None, *, list_later: bool = False) -> QComboBox:
    """The picker; with ``list_later`` its list of zones is read when first
    needed (or by ``list_zones``), not now."""
    combo = _ZoneCombo(parent)
    combo.setMaxVisibleItems(15)
    # As wide as the form gives it, not as its longest zone (which pushed the
    # Overview's fields past its edge); the list that drops down shows them whole.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(24)
    if not list_later:
        combo.list_zones()

    def finder(query: str) -> list[int]:
        combo.list_zones()
        return [row for choice in find_zones(query) if (row := combo.findData(choice.zone)) >= 0]

    searchable(combo, translate("ZonePicker", "No time zone or place matches '{}'"), finder)
    typed = combo.lineEdit()
    assert typed is not None
    typed.setPlaceholderText(translate("ZonePicker", "Type a city, an airport or a country: Athens, ATH, Greece"))
    combo.setToolTip(
        translate("ZonePicker", "Type a city, an airport or a country, in any of the usual European languages")
    )
    typed.editingFinished.connect(lambda: _settle(combo))
    return combo


def list_zones(combo: QComboBox) -> None:
    """Every zone in a picker made with ``list_later``, the zone shown kept."""
    if isinstance(combo, _ZoneCombo):
        combo.list_zones()


def set_zone(combo: QComboBox, zone: str) -> None:
    """Show ``zone``; one that is no longer listed (an old name such as
    "Europe/Kiev") is added, so that what is stored is what is shown."""
    row = combo.findData(zone)
    if row < 0 and zone:
        combo.addItem(zone_label(zone), zone)
        row = combo.count() - 1
    combo.setCurrentIndex(row)
    if row < 0:
        combo.setEditText("")


def picked_zone(combo: QComboBox) -> str:
    """The zone picked, or the zone of the place typed ("Athens"), or what
    was typed when it is neither (the service says why it is refused)."""
    text = combo.currentText().strip()
    if combo.currentIndex() >= 0 and text == combo.itemText(combo.currentIndex()):
        return combo.currentData() or ""
    return zone_for_place(text) or text


def _settle(combo: QComboBox) -> None:
    """A place typed and left becomes its zone's entry, so that the user
    sees which zone it is."""
    text = combo.currentText().strip()
    if combo.currentIndex() >= 0 and text == combo.itemText(combo.currentIndex()):
        return
    zone = zone_for_place(text)
    if zone:
        set_zone(combo, zone)


def follow_place(form: FormWidget, place_field: str, zone_field: str, known: dict[str, str] | None = None) -> None:
    """When a place is typed in the form's ``place_field`` ("Athens"), its
    ``zone_field`` takes the place's zone: one of ``known`` (place in lower
    case → zone, such as the event's other legs) or the place's own. A place
    Planner cannot place leaves the zone as it was."""
    place, combo = form.widget(place_field, QLineEdit), form.widget(zone_field, QComboBox)
    # Said under the zone when the place is one Planner cannot place, so the zone left is checked.
    note = QLabel(form)
    note.setObjectName(f"{zone_field}_note")
    note.setStyleSheet("color: palette(placeholder-text);")
    note.setWordWrap(True)
    note.hide()
    row = form.rows[zone_field].layout()
    assert row is not None  # each field's row has its widget and message in a column
    row.addWidget(note)
    followed = {"text": place.text().strip()}

    def left() -> None:
        text = place.text().strip()
        if text == followed["text"]:  # only passing through the field: nothing to follow
            return
        followed["text"] = text
        zone = (known or {}).get(text.casefold()) or zone_for_place(text)
        if zone:
            set_zone(combo, zone)
        unknown = translate("ZonePicker", "Planner does not know where “{place}” is: check the time zone.")
        note.setText(unknown.format(place=text) if text and not zone else "")
        note.setVisible(bool(note.text()))

    place.editingFinished.connect(left)
