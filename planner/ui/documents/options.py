"""The preview's options: which document, its language, the paper, and the
choices that apply to the document shown (columns and grouping of the participant list,
whose itinerary, blank rows on signature sheets, only the selected people).
Rows that do not apply to the document shown are hidden."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.documents.catalogue import KINDS, window_kinds
from planner.documents.options import PARTICIPANT_COLUMNS, DocumentOptions
from planner.services.language import LANGUAGES
from planner.services.movements import Traveller
from planner.ui.documents import names

translate = QCoreApplication.translate

# Translated where shown.
PAPERS = (("a4", "A4"), ("letter", str(QT_TRANSLATE_NOOP("OptionsPanel", "Letter"))))
GROUPS = (
    ("", str(QT_TRANSLATE_NOOP("OptionsPanel", "None"))),
    ("country", str(QT_TRANSLATE_NOOP("OptionsPanel", "Country"))),
    ("organisation", str(QT_TRANSLATE_NOOP("OptionsPanel", "Organisation"))),
)
# The participant list's extra columns (planner/documents/options.py).
COLUMN_NAMES = {
    "email": QT_TRANSLATE_NOOP("OptionsPanel", "E-mail"),
    "needs": QT_TRANSLATE_NOOP("OptionsPanel", "Dietary and access needs"),
    "stay": QT_TRANSLATE_NOOP("OptionsPanel", "Arrival and departure"),
    "status": QT_TRANSLATE_NOOP("OptionsPanel", "Status"),
    "card": QT_TRANSLATE_NOOP("OptionsPanel", "Contact card (QR code)"),
}


def default_paper() -> str:
    """Letter where letter paper is what the printer holds (US, Canada…)."""
    return "letter" if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


def _combo(parent: QWidget, entries) -> QComboBox:
    combo = QComboBox(parent)
    for value, text in entries:
        combo.addItem(translate("OptionsPanel", text), value)
    return combo


def _select(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class OptionsPanel(QWidget):
    # Something that changes the document was chosen.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._selection: frozenset[int] = frozenset()
        self._quiet = False

        self.kind = QComboBox(self)
        for name in window_kinds():
            self.kind.addItem(names.title(name), name)
        self.kind.setToolTip(translate("OptionsPanel", "Which document to make; the options below follow it"))
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        small = self.about.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.about.setFont(small)
        # None: for each reader (a traveller's own itinerary in their
        # language, the rest in the window's); else one of the seven,
        # each named in itself.
        self.language = QComboBox(self)
        self.language.addItem(translate("OptionsPanel", "For each reader"), None)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setToolTip(
            translate(
                "OptionsPanel",
                "Words, dates and numbers in this language; for each reader: a traveller's itinerary in theirs",
            )
        )
        self.paper = _combo(self, PAPERS)
        self.columns = {
            key: QCheckBox(translate("OptionsPanel", str(COLUMN_NAMES.get(key, text))), self)
            for key, text in PARTICIPANT_COLUMNS.items()
        }
        columns = QWidget(self)
        column_layout = QVBoxLayout(columns)
        column_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.columns.values():
            column_layout.addWidget(box)
        self.group_by = _combo(self, GROUPS)
        self.group_by.setToolTip(
            translate("OptionsPanel", "Headings by country or organisation, with the people of each under it")
        )
        self.traveller = QComboBox(self)
        self.traveller.setToolTip(translate("OptionsPanel", "Everyone's itinerary, or one traveller's own"))
        self.blank_rows = QSpinBox(self)
        self.blank_rows.setRange(0, 200)
        self.blank_rows.setValue(DocumentOptions().blank_rows)
        self.blank_rows.setToolTip(
            translate("OptionsPanel", "Empty numbered rows at the end of each sheet, for people who come unannounced")
        )
        self.catering_names = QCheckBox(translate("OptionsPanel", "Names beside the needs"), self)
        self.catering_names.setToolTip(
            translate(
                "OptionsPanel", "Dietary and access needs are health data: give names only if the caterer must know"
            )
        )
        self.only_selected = QCheckBox(self)
        self.selection_note = QLabel(translate("OptionsPanel", "as selected in the Participants tab"), self)
        self.selection_note.setIndent(22)
        self.selection_note.setWordWrap(True)  # long in some languages: wrapped, never cut

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(translate("OptionsPanel", "&Document"), self.kind)
        self.form.addRow(self.about)
        self.form.addRow(translate("OptionsPanel", "&Language"), self.language)
        self.form.addRow(translate("OptionsPanel", "&Paper"), self.paper)
        self._rows: dict[str, list[int]] = {}
        self._add_row("participants", translate("OptionsPanel", "Also show"), columns)
        self._add_row("participants", translate("OptionsPanel", "&Group by"), self.group_by)
        self._add_row("itinerary", translate("OptionsPanel", "&Traveller"), self.traveller)
        self._add_row("attendance", translate("OptionsPanel", "&Blank rows"), self.blank_rows)
        self._add_row("catering", None, self.catering_names)
        self._add_row("people", None, self.only_selected)
        self._add_row("people", None, self.selection_note)

        for combo in (self.kind, self.language, self.paper, self.group_by, self.traveller):
            combo.currentIndexChanged.connect(self._changed)
        for box in (*self.columns.values(), self.only_selected, self.catering_names):
            box.toggled.connect(self._changed)
        self.blank_rows.valueChanged.connect(self._changed)
        self.set_travellers([])
        self.set_selection(frozenset())
        self._follow_kind()

    def _add_row(self, group: str, label: str | None, widget: QWidget) -> None:
        if label is None:
            self.form.addRow(widget)
        else:
            self.form.addRow(label, widget)
        self._rows.setdefault(group, []).append(self.form.rowCount() - 1)

    def needed_width(self) -> int:
        """The width its longest row needs, whichever document is shown
        (rows of other documents are hidden, yet must fit when shown)."""
        role = QFormLayout.ItemRole

        def width(row: int, part: QFormLayout.ItemRole) -> int:
            item = self.form.itemAt(row, part)
            widget = item.widget() if item is not None else None
            # A list to choose from shows its choice cut if need be: it never decides.
            return widget.sizeHint().width() if widget is not None and not isinstance(widget, QComboBox) else 0

        rows = range(self.form.rowCount())
        labels = max(width(row, role.LabelRole) for row in rows)
        fields = max(width(row, role.FieldRole) for row in rows)
        # Of the rows across the whole form, only the check box cannot wrap.
        return max(labels + self.form.horizontalSpacing() + fields, self.only_selected.sizeHint().width())

    # -- what is shown ------------------------------------------------------------

    def set_kind(self, name: str) -> None:
        _select(self.kind, name)

    def set_paper(self, paper: str) -> None:
        _select(self.paper, paper)

    def set_language(self, code: str | None) -> None:
        """One of the seven, or None for each reader's own."""
        _select(self.language, code)

    def reader(self) -> int | None:
        """The one person the document is for (a traveller's itinerary), if any."""
        person_ids = self.options().person_ids
        if self.kind_name() == "itinerary" and person_ids is not None and len(person_ids) == 1:
            return next(iter(person_ids))
        return None

    def kind_name(self) -> str:
        return self.kind.currentData()

    def set_travellers(self, travellers: list[Traveller]) -> None:
        """The event's travellers, for one person's itinerary."""
        kept = self.traveller.currentData()
        self._quiet = True
        try:
            self.traveller.clear()
            self.traveller.addItem(translate("OptionsPanel", "Everyone"), None)
            for traveller in travellers:
                text = f"{traveller.name} ({traveller.organisation})" if traveller.organisation else traveller.name
                self.traveller.addItem(text, traveller.person_id)
            _select(self.traveller, kept)
        finally:
            self._quiet = False

    def traveller_name(self) -> str:
        """The one traveller chosen, by name; "" for everyone."""
        if self.kind_name() != "itinerary" or self.traveller.currentData() is None:
            return ""
        return self.traveller.currentText().split(" (", 1)[0]

    def set_selection(self, person_ids: frozenset[int]) -> None:
        """The people selected in the Participants tab when the preview opened."""
        self._selection = frozenset(person_ids)
        count = len(self._selection)
        self._quiet = True
        try:
            if count == 0:
                self.only_selected.setChecked(False)
                self.only_selected.setText(translate("OptionsPanel", "Only the selected participants"))
                self.only_selected.setToolTip(
                    translate("OptionsPanel", "Select participants in the Participants tab first (Ctrl+click adds one)")
                )
                self.selection_note.setText(translate("OptionsPanel", "none selected in the Participants tab"))
            elif count == 1:
                self.only_selected.setText(translate("OptionsPanel", "Only the selected participant"))
                self.only_selected.setToolTip(
                    translate("OptionsPanel", "Make the document for the participant selected in the Participants tab")
                )
                self.selection_note.setText(translate("OptionsPanel", "as selected in the Participants tab"))
            else:
                self.only_selected.setText(translate("OptionsPanel", "Only the %n selected participants", "", count))
                self.only_selected.setToolTip(
                    translate(
                        "OptionsPanel",
                        "Make the document for the %n participants selected in the Participants tab",
                        "",
                        count,
                    )
                )
                self.selection_note.setText(translate("OptionsPanel", "as selected in the Participants tab"))
        finally:
            self._quiet = False
        self._follow_kind()

    # -- what was chosen ------------------------------------------------------------

    def options(self) -> DocumentOptions:
        kind = KINDS[self.kind_name()]
        person_ids: frozenset[int] | None = None
        if kind.name == "itinerary" and self.traveller.currentData() is not None:
            person_ids = frozenset({self.traveller.currentData()})
        elif kind.for_people and self.only_selected.isChecked() and self._selection:
            person_ids = self._selection
        participants = kind.name == "participants"
        return DocumentOptions(
            language=self.language.currentData(),
            paper=self.paper.currentData(),
            person_ids=person_ids,
            columns=tuple(key for key, box in self.columns.items() if box.isChecked()) if participants else (),
            group_by=self.group_by.currentData() if participants else "",
            blank_rows=self.blank_rows.value(),
            catering_names=kind.name == "catering" and self.catering_names.isChecked(),
        )

    def _changed(self) -> None:
        if self._quiet:
            return
        self._follow_kind()
        self.changed.emit()

    def _follow_kind(self) -> None:
        """Show the rows that apply to the document chosen."""
        kind = KINDS[self.kind_name()]
        self.about.setText(names.description(kind.name) + ".")
        for group, rows in self._rows.items():
            shown = kind.for_people if group == "people" else group == kind.name
            for row in rows:
                self.form.setRowVisible(row, shown)
        one_traveller = kind.name == "itinerary" and self.traveller.currentData() is not None
        self.only_selected.setEnabled(bool(self._selection) and not one_traveller)
        self.selection_note.setEnabled(self.only_selected.isEnabled())
