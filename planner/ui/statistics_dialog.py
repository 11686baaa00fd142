"""The statistics a project reports, in the window: for the event shown,
for all events or a programme's, optionally only those starting in a
period; a table per breakdown, and the same figures saved as a PDF or an
Excel workbook (written by planner.documents, in the window's language)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner import output_paths
from planner.documents.options import DocumentOptions
from planner.documents.statistics import statistics_pdf
from planner.documents.statistics_workbook import statistics_workbook
from planner.documents.wording import share
from planner.errors import PlannerError
from planner.fileio import write_atomically
from planner.services import events
from planner.services.genders import gender_word
from planner.services.labels import days, label
from planner.services.language import interface_language
from planner.services.search import fold
from planner.services.statistics import Scope, Statistics, programmes, statistics
from planner.services.values import country_name
from planner.ui.context import AppContext
from planner.ui.output_check import may_write

translate = QCoreApplication.translate

FOLDER_SETTING = "statistics/folder"
THIS_EVENT, ALL_EVENTS = "event", "all"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class StatisticsDialog(QDialog):
    """``event_id``: the event shown, offered first; None to start with all events."""

    def __init__(self, context: AppContext, event_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statistics")
        self.context = context
        self.event_id = event_id
        self.figures: Statistics | None = None
        self.setWindowTitle(translate("StatisticsDialog", "Statistics"))
        self.resize(760, 560)

        self.scope_box = QComboBox(self)
        self.scope_box.setObjectName("scope")
        with context.read() as session:
            if event_id is not None:
                title = events.get_event(session, event_id).title
                self.scope_box.addItem(
                    translate("StatisticsDialog", "This event: {title}").format(title=title), THIS_EVENT
                )
            self.scope_box.addItem(translate("StatisticsDialog", "All events"), ALL_EVENTS)
            for name in programmes(session):
                self.scope_box.addItem(
                    translate("StatisticsDialog", "Programme: {programme}").format(programme=name), name
                )
        self.period = QCheckBox(translate("StatisticsDialog", "Only events starting from"), self)
        self.period.setObjectName("period")
        today = date.today()
        self.starts = self._date_box("starts", date(today.year, 1, 1))
        self.ends = self._date_box("ends", date(today.year, 12, 31))
        self.to_label = QLabel(translate("StatisticsDialog", "to"), self)
        choose = QHBoxLayout()
        shown_for = QLabel(translate("StatisticsDialog", "&Figures of:"), self)
        shown_for.setBuddy(self.scope_box)
        choose.addWidget(shown_for)
        choose.addWidget(self.scope_box, 1)
        period = QHBoxLayout()
        period.addWidget(self.period)
        period.addWidget(self.starts)
        period.addWidget(self.to_label)
        period.addWidget(self.ends)
        period.addStretch(1)

        self.note = QLabel(self)
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tables: dict[str, QTableWidget] = {}
        for key, name in (
            ("indicators", translate("StatisticsDialog", "In numbers")),
            ("countries", translate("StatisticsDialog", "Countries")),
            ("genders", translate("StatisticsDialog", "Gender")),
            ("organisations", translate("StatisticsDialog", "Types of organisation")),
            ("network", translate("StatisticsDialog", "New or returning")),
            ("events", translate("StatisticsDialog", "Events")),
        ):
            table = QTableWidget(self)
            table.setObjectName(key)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            table.setAlternatingRowColors(True)
            self.tables[key] = table
            self.tabs.addTab(table, name)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.pdf_button = QPushButton(translate("StatisticsDialog", "Save as &PDF…"), self)
        self.pdf_button.setObjectName("save_pdf")
        self.workbook_button = QPushButton(translate("StatisticsDialog", "Save as &Excel…"), self)
        self.workbook_button.setObjectName("save_workbook")
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.workbook_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.workbook_button.clicked.connect(lambda: self.save_workbook())

        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addLayout(period)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

        self.scope_box.currentIndexChanged.connect(self.refresh)
        self.period.toggled.connect(self.refresh)
        self.starts.dateChanged.connect(self.refresh)
        self.ends.dateChanged.connect(self.refresh)
        self.refresh()

    def _date_box(self, name: str, value: date) -> QDateEdit:
        box = QDateEdit(QDate(value.year, value.month, value.day), self)
        box.setObjectName(name)
        box.setCalendarPopup(True)
        box.setDisplayFormat("yyyy-MM-dd")
        return box

    # -- what is shown ----------------------------------------------------------------

    def scope(self) -> Scope:
        chosen = self.scope_box.currentData()
        if chosen == THIS_EVENT:
            return Scope(event_id=self.event_id)
        starts: date | None = None
        ends: date | None = None
        if self.period.isChecked():
            starts, ends = _day(self.starts.date()), _day(self.ends.date())
        return Scope(programme=None if chosen == ALL_EVENTS else chosen, starts=starts, ends=ends)

    def refresh(self) -> None:
        for_one_event = self.scope_box.currentData() == THIS_EVENT
        self.period.setEnabled(not for_one_event)
        for box in (self.starts, self.to_label, self.ends):  # the dates count only when ticked
            box.setEnabled(not for_one_event and self.period.isChecked())
        try:
            with self.context.read() as session:
                figures = statistics(session, self.scope())
        except PlannerError as problem:
            self.figures = None
            self.note.setText(str(problem))
            for table in self.tables.values():
                table.setRowCount(0)
            self._enable_saving()
            return
        self.figures = figures
        self.note.setText(self._note(figures))
        self._fill(figures)
        self._enable_saving()

    def _enable_saving(self) -> None:
        has_events = self.figures is not None and bool(self.figures.events)
        self.pdf_button.setEnabled(has_events)
        self.workbook_button.setEnabled(has_events)

    @staticmethod
    def _note(figures: Statistics) -> str:
        if not figures.events:
            return translate("StatisticsDialog", "No event is in this selection.")
        if figures.attendance == "recorded":
            counted = translate("StatisticsDialog", "Counted: the people who attended, as recorded.")
        elif figures.attendance == "expected":
            counted = translate(
                "StatisticsDialog", "Attendance has not been recorded: counted are the people who were coming."
            )
        else:
            counted = translate(
                "StatisticsDialog",
                "Counted: at events whose attendance is recorded, the people who attended; "
                "at the others, the people who were coming.",
            )
        rule = translate(
            "StatisticsDialog",
            "Returning: took part in an earlier event of the same programme "
            "(for an event without a programme, in any earlier event).",
        )
        return f"{counted} {rule}"

    def _fill(self, figures: Statistics) -> None:
        language = interface_language()
        total = figures.participations
        several = len(figures.events) > 1
        indicators: list[tuple[str, int]] = []
        if several:
            indicators += [
                (translate("StatisticsDialog", "Events"), len(figures.events)),
                (translate("StatisticsDialog", "Events held"), figures.events_held),
                (translate("StatisticsDialog", "Participations in joint actions"), figures.participations),
                (translate("StatisticsDialog", "Different people"), figures.people),
            ]
        else:
            indicators.append((translate("StatisticsDialog", "Participants"), figures.participations))
        indicators += [
            (translate("StatisticsDialog", "Of them women"), dict(figures.by_gender).get("woman", 0)),
            (translate("StatisticsDialog", "New to the network"), figures.new),
            (translate("StatisticsDialog", "Organisations involved (participants' and hosts)"), figures.organisations),
            (translate("StatisticsDialog", "Countries of the participants"), figures.countries),
        ]
        self._put(
            "indicators",
            [translate("StatisticsDialog", "Indicator"), translate("StatisticsDialog", "Number")],
            [[name, count] for name, count in indicators],
        )
        # Most first; as many: by name; not known last.
        countries = sorted(
            ((country_name(code, language), count) for code, count in figures.by_country if code),
            key=lambda item: (-item[1], fold(item[0])),
        )
        countries += [
            (translate("StatisticsDialog", "Not known"), count) for code, count in figures.by_country if not code
        ]
        self._breakdown("countries", translate("StatisticsDialog", "Country"), countries, total)
        genders = [(gender_word(gender, language), count) for gender, count in figures.by_gender]
        self._breakdown("genders", translate("StatisticsDialog", "Gender"), genders, total)
        kinds = [
            (label(kind, language) if kind else translate("StatisticsDialog", "No organisation"), count)
            for kind, count in figures.by_organisation_kind
        ]
        self._breakdown("organisations", translate("StatisticsDialog", "Type of organisation"), kinds, total)
        network = [
            (translate("StatisticsDialog", "New"), figures.new),
            (translate("StatisticsDialog", "Returning"), figures.returning),
        ]
        self._breakdown("network", translate("StatisticsDialog", "New or returning"), network, total)
        headers = [
            translate("StatisticsDialog", "Event"),
            translate("StatisticsDialog", "Dates"),
            translate("StatisticsDialog", "Counted"),
            translate("StatisticsDialog", "Participants"),
            *(gender_word(gender, language) for gender, _ in figures.by_gender),
            translate("StatisticsDialog", "New"),
            translate("StatisticsDialog", "Returning"),
        ]
        rows: list[list[str | int]] = [
            [
                event.title,
                days(event.starts_on, event.ends_on, language),
                translate("StatisticsDialog", "attended")
                if event.attendance_recorded
                else translate("StatisticsDialog", "coming"),
                event.participants,
                *(count for _, count in event.by_gender),
                event.new,
                event.returning,
            ]
            for event in figures.events
        ]
        self._put("events", headers, rows)
        self.tabs.setTabVisible(self.tabs.indexOf(self.tables["events"]), several)

    def _breakdown(self, key: str, heading: str, counted: list[tuple[str, int]], total: int) -> None:
        language = interface_language()
        rows: list[list[str | int]] = [
            [name, count, share(count / total if total else 0, language)] for name, count in counted
        ]
        rows.append(
            [
                translate("StatisticsDialog", "Total"),
                total,
                share(1 if total else 0, language),
            ]
        )
        self._put(
            key, [heading, translate("StatisticsDialog", "Participants"), translate("StatisticsDialog", "Share")], rows
        )

    def _put(self, key: str, headers: list[str], rows: list[list[str | int]]) -> None:
        table = self.tables[key]
        language = interface_language()
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for row_number, row in enumerate(rows):
            for column, value in enumerate(row):
                if isinstance(value, int):
                    item = QTableWidgetItem(format_decimal(value, locale=language))
                    item.setTextAlignment(RIGHT)
                else:
                    item = QTableWidgetItem(value)
                    if value.endswith("%"):
                        item.setTextAlignment(RIGHT)
                table.setItem(row_number, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    # -- saving -----------------------------------------------------------------------

    def _suggested(self, suffix: str) -> Path:
        folder = (
            self.context.settings.value(FOLDER_SETTING)
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or str(Path.home())
        )
        return Path(str(folder)) / f"{translate('StatisticsDialog', 'Statistics')}{suffix}"

    def save_pdf(self, path: Path | None = None) -> Path | None:
        return self._save(path, ".pdf", output_paths.PDF, translate("StatisticsDialog", "PDF files (*.pdf)"))

    def save_workbook(self, path: Path | None = None) -> Path | None:
        return self._save(
            path, ".xlsx", output_paths.WORKBOOK, translate("StatisticsDialog", "Excel workbooks (*.xlsx)")
        )

    def _save(self, path: Path | None, suffix: str, kind: output_paths.FileKind, file_filter: str) -> Path | None:
        if self.figures is None or not self.figures.events:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, translate("StatisticsDialog", "Save the statistics"), str(self._suggested(suffix)), file_filter
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != suffix:
                path = path.with_name(f"{path.name}{suffix}")
        cannot = translate("StatisticsDialog", "Cannot save the statistics")
        if not may_write(self, self.context.store, path, kind, cannot):
            return None
        options = DocumentOptions(language=interface_language())
        try:
            with self.context.read() as session:
                write = statistics_pdf if suffix == ".pdf" else statistics_workbook
                data = write(session, self.scope(), options)
            # Counts name nobody: not in the record of what left the laptop.
            write_atomically(path, data)
        except PlannerError as error:
            QMessageBox.warning(
                self,
                cannot,
                translate("StatisticsDialog", "{file} could not be saved.\n\n{error}").format(
                    file=path.name, error=error
                ),
            )
            return None
        self.context.settings.setValue(FOLDER_SETTING, str(path.parent))
        return path
