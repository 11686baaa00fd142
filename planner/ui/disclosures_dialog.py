"""File ▸ What left this laptop…: the record of every file of personal data
Planner wrote, every document it printed and every e-mail it sent, newest
first; narrowed to one event and to a person (a name or an address typed
in), and exported as a CSV for whoever asks (a person, the data protection
officer, an auditor)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import output_paths
from planner.errors import PlannerError
from planner.services import disclosures, event_reads
from planner.services.labels import clock, day, label
from planner.ui.context import AppContext
from planner.ui.output_check import may_write

translate = QCoreApplication.translate

# Translated where shown.
COLUMNS = (
    str(QT_TRANSLATE_NOOP("DisclosuresDialog", "When")),
    str(QT_TRANSLATE_NOOP("DisclosuresDialog", "Kind")),
    str(QT_TRANSLATE_NOOP("DisclosuresDialog", "Event")),
    str(QT_TRANSLATE_NOOP("DisclosuresDialog", "What")),
    str(QT_TRANSLATE_NOOP("DisclosuresDialog", "To whom")),
    str(QT_TRANSLATE_NOOP("DisclosuresDialog", "File, printer or server")),
    str(QT_TRANSLATE_NOOP("DisclosuresDialog", "Whose data")),
)
CSV_FILTER = str(QT_TRANSLATE_NOOP("DisclosuresDialog", "CSV lists (*.csv);;All files (*)"))
ALL_EVENTS = -1
FOLDER_SETTING = "disclosures/folder"
NAMES_SHOWN = 3  # in the table; the tooltip and the CSV name everyone
LONGEST = {2: 220, 3: 200, 4: 220, 5: 240}  # column -> widest, in pixels


def _whose(row: disclosures.Shown) -> str:
    names = list(row.names[:NAMES_SHOWN])
    more = len(row.person_ids) - len(names)
    if more > 0:
        names.append(translate("DisclosuresDialog", "and {count} more").format(count=more))
    return ", ".join(names)


class DisclosuresDialog(QDialog):
    def __init__(self, context: AppContext, event_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("disclosures")
        self.context = context
        self.everything: list[disclosures.Shown] = []
        self.shown: list[disclosures.Shown] = []
        self.setWindowTitle(translate("DisclosuresDialog", "What left this laptop"))
        self.resize(1180, 520)

        intro = QLabel(
            translate(
                "DisclosuresDialog",
                "Every file of personal data Planner wrote, every document it printed and every e-mail it sent, "
                "with whose data it held: newest first.",
            ),
            self,
        )
        intro.setWordWrap(True)

        self.event_box = QComboBox(self)
        self.event_box.setObjectName("event")
        self.event_box.addItem(translate("DisclosuresDialog", "All events"), ALL_EVENTS)
        with context.rows() as rows:
            for entry in reversed(event_reads.event_entries(rows)):  # the latest first
                self.event_box.addItem(entry.title, entry.id)
        if event_id is not None:
            self.event_box.setCurrentIndex(max(0, self.event_box.findData(event_id)))
        self.event_box.currentIndexChanged.connect(self.reload)
        self.person_box = QLineEdit(self)
        self.person_box.setObjectName("person")
        self.person_box.setClearButtonEnabled(True)
        self.person_box.setPlaceholderText(translate("DisclosuresDialog", "Name or e-mail address"))
        self.person_box.textChanged.connect(self._filter)
        filters = QHBoxLayout()
        event_label = QLabel(translate("DisclosuresDialog", "&Event:"), self)
        event_label.setBuddy(self.event_box)
        person_label = QLabel(translate("DisclosuresDialog", "&Person:"), self)
        person_label.setBuddy(self.person_box)
        filters.addWidget(event_label)
        filters.addWidget(self.event_box, 2)
        filters.addSpacing(12)
        filters.addWidget(person_label)
        filters.addWidget(self.person_box, 1)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("record")
        self.table.setHorizontalHeaderLabels([translate("DisclosuresDialog", heading) for heading in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)

        buttons = QDialogButtonBox(self)
        self.export_button = QPushButton(translate("DisclosuresDialog", "E&xport as CSV…"), self)
        self.export_button.setToolTip(
            translate("DisclosuresDialog", "Save what is listed as a CSV list, for a spreadsheet")
        )
        self.export_button.clicked.connect(lambda: self.export_csv())
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.reload()

    def event_id(self) -> int | None:
        chosen = self.event_box.currentData()
        return None if chosen in (None, ALL_EVENTS) else int(chosen)

    def reload(self, *_args: object) -> None:
        with self.context.read() as session:
            self.everything = disclosures.disclosures(session, event_id=self.event_id())
        self._filter()

    def _filter(self, *_args: object) -> None:
        text = self.person_box.text()
        self.shown = [row for row in self.everything if row.matches(text)]
        self.table.setRowCount(len(self.shown))
        for number, row in enumerate(self.shown):
            local = row.local_time
            cells = (
                f"{day(local.date())} {clock(local)}",
                label(row.kind),
                row.event_title,
                row.what_in(),
                ", ".join(row.recipients),
                row.destination,
                _whose(row),
            )
            for column, text_shown in enumerate(cells):
                item = QTableWidgetItem(text_shown)
                if column == len(cells) - 1 and row.names:
                    item.setToolTip("\n".join(row.names))
                elif column in LONGEST:
                    item.setToolTip(text_shown)
                self.table.setItem(number, column, item)
        if not self.everything:
            said = translate("DisclosuresDialog", "Nothing has left this laptop yet, as far as Planner knows.")
        elif not self.shown:
            said = translate("DisclosuresDialog", "Nothing that left names “{text}”.").format(text=text.strip())
        else:
            said = ""
        self.empty.setText(said)
        self.empty.setVisible(bool(said))
        self.table.resizeColumnsToContents()
        # Long titles, paths and lists of addresses: a tooltip shows them whole.
        for column, widest in LONGEST.items():
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.export_button.setEnabled(bool(self.shown))

    def export_csv(self, path: Path | None = None) -> Path | None:
        """Ask where (unless ``path`` is given) and write what is listed."""
        title = translate("DisclosuresDialog", "Export as CSV")
        if path is None:
            folder = (
                self.context.settings.value(FOLDER_SETTING)
                or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                or str(Path.home())
            )
            suggested = translate("DisclosuresDialog", "What left this laptop") + ".csv"
            chosen, _ = QFileDialog.getSaveFileName(
                self, title, str(Path(folder) / suggested), translate("DisclosuresDialog", CSV_FILTER)
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != ".csv":
                path = path.with_name(f"{path.name}.csv")
        cannot = translate("DisclosuresDialog", "Cannot export the record")
        if not may_write(self, self.context.store, path, output_paths.CSV, cannot):
            return None
        shown = list(self.shown)
        try:
            # The record names people and addresses: written out, it left too.
            what = disclosures.record_disclosed(shown, self.event_id())
            disclosures.write_and_record(self.context.store, path, disclosures.csv_of(shown), what)
        except PlannerError as error:
            QMessageBox.warning(self, cannot, str(error))
            return None
        self.context.settings.setValue(FOLDER_SETTING, str(path.parent))
        self.reload()  # the export itself is now in the record
        return path
