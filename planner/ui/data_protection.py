"""File ▸ Data protection…: how long this database keeps dietary and
access needs (health data), what is past its retention date today, and
the removals made so far. The user chooses what to remove and confirms a
list that says exactly what goes; a backup is made first, and each removal
is a step Edit ▸ Undo takes back while the window is open."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.ui.translations import date_text

if TYPE_CHECKING:
    from planner.services.retention import Due
    from planner.ui.context import AppContext

translate = QCoreApplication.translate

NEEDS = "needs"  # services.retention.NEEDS, named here so that the window loads no database code at start


def removal_text(item: Due) -> str:
    """What removing ``item`` takes away, in one sentence naming nobody."""
    when = date_text(item.starts_on)
    if item.kind == NEEDS:
        text = translate(
            "DataProtectionDialog",
            "{event} ({day}): the dietary and access needs of %n participant(s)",
            "",
            item.people,
        )
    else:
        text = translate(
            "DataProtectionDialog",
            "{event} ({day}): the names, positions, e-mail addresses, phone numbers and needs of %n participant(s); "
            "their countries, organisations and genders stay for the statistics",
            "",
            item.people,
        )
    return text.format(event=item.title, day=when)


def kept_text(item: Due) -> str:
    """Who keeps their data, and why ("" when nobody does)."""
    if not item.kept:
        return ""
    if item.kind == NEEDS:
        return translate(
            "DataProtectionDialog", "%n participant(s) keep their needs: they come to a later event", "", item.kept
        )
    return translate(
        "DataProtectionDialog",
        "%n participant(s) stay named: another event whose records are still kept lists them",
        "",
        item.kept,
    )


class DataProtectionDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.context = context
        self.today = today or date.today()
        self.due: list[Due] = []
        self.setWindowTitle(translate("DataProtectionDialog", "Data protection"))
        self.setMinimumSize(720, 520)

        intro = QLabel(
            translate(
                "DataProtectionDialog",
                "Dietary and access needs are health data. Planner proposes removing them a set time after each "
                "event, and the names and contact details of an event's participants once its programme's audit "
                "date has passed (the statistics stay). Nothing is removed until you agree.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.days = QSpinBox(self)
        self.days.setRange(0, 3650)
        self.days.setSuffix(translate("DataProtectionDialog", " days"))
        self.days.setAccessibleName(translate("DataProtectionDialog", "Days needs are kept after each event"))
        days_row = QHBoxLayout()
        days_label = QLabel(translate("DataProtectionDialog", "&Keep dietary and access needs for"), self)
        days_label.setBuddy(self.days)
        days_row.addWidget(days_label)
        days_row.addWidget(self.days)
        days_row.addWidget(QLabel(translate("DataProtectionDialog", "after each event's last day"), self))
        days_row.addStretch()
        days_note = QLabel(
            translate("DataProtectionDialog", "An event may keep them longer or shorter: see its Overview."), self
        )
        days_note.setStyleSheet("color: palette(placeholder-text);")

        self.items = QListWidget(self)
        self.items.setWordWrap(True)
        self.items.setAccessibleName(translate("DataProtectionDialog", "Past its retention date"))
        self.items.setSpacing(2)
        self.nothing_due = QLabel(translate("DataProtectionDialog", "Nothing is past its retention date."), self)
        self.remove_button = QPushButton(translate("DataProtectionDialog", "&Remove checked…"), self)
        self.remove_button.clicked.connect(self.remove_checked)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        due_box = QGroupBox(translate("DataProtectionDialog", "Past its retention date"), self)
        due_layout = QVBoxLayout(due_box)
        due_layout.addWidget(self.items)
        due_layout.addWidget(self.nothing_due)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.outcome, 1)
        buttons_row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        due_layout.addLayout(buttons_row)

        self.records = QListWidget(self)
        self.records.setWordWrap(True)
        records_box = QGroupBox(translate("DataProtectionDialog", "Removed so far"), self)
        QVBoxLayout(records_box).addWidget(self.records)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(days_row)
        layout.addWidget(days_note)
        layout.addWidget(due_box, 3)
        layout.addWidget(records_box, 1)
        layout.addWidget(close)
        self.reload()
        self.days.valueChanged.connect(self._days_changed)
        read_only = context.read_only
        self.days.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only and bool(self.due))

    # -- reading ---------------------------------------------------------------

    def reload(self) -> None:
        from planner.services import retention

        with self.context.read() as session:
            days = retention.database_days(session)
            self.due = retention.due_on(session, self.today)
            records = retention.recorded_purges(session)
        self.days.blockSignals(True)
        self.days.setValue(days)
        self.days.blockSignals(False)
        self.items.clear()
        for index, item in enumerate(self.due):
            since = translate("DataProtectionDialog", "Due since {day}").format(day=date_text(item.since))
            row = QListWidgetItem("\n".join(part for part in (removal_text(item), kept_text(item), since) if part))
            row.setData(Qt.ItemDataRole.UserRole, index)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            self.items.addItem(row)
        self.items.setVisible(bool(self.due))
        self.nothing_due.setVisible(not self.due)
        self.remove_button.setEnabled(bool(self.due) and not self.context.read_only)
        self.records.clear()
        for record in records:
            where = record.event_title or translate("DataProtectionDialog", "an event since deleted")
            self.records.addItem(f"{date_text(record.done_at.date())} · {where} · {record.what}")
        if not records:
            self.records.addItem(translate("DataProtectionDialog", "Nothing has been removed yet."))

    def checked(self) -> list[Due]:
        chosen = []
        for index in range(self.items.count()):
            row = self.items.item(index)
            if row is not None and row.checkState() == Qt.CheckState.Checked:
                chosen.append(self.due[row.data(Qt.ItemDataRole.UserRole)])
        return chosen

    # -- changing ---------------------------------------------------------------

    def _days_changed(self, days: int) -> None:
        from planner.operations.retention import SetDatabaseNeedsDays

        if self.context.try_perform(self, SetDatabaseNeedsDays(days)) is not None:
            self.reload()

    def confirmation(self, chosen: list[Due]) -> str:
        lines = []
        for item in chosen:
            lines.append(f"• {removal_text(item)}")
            kept = kept_text(item)
            if kept:
                lines.append(f"   ({kept})")
        lines.append("")
        lines.append(
            translate(
                "DataProtectionDialog",
                "A backup is made first. Edit ▸ Undo brings it all back until you close Planner.",
            )
        )
        return "\n".join(lines)

    def remove_checked(self) -> None:
        chosen = self.checked()
        if not chosen:
            return
        answer = QMessageBox.question(
            self,
            translate("DataProtectionDialog", "Remove personal data?"),
            translate("DataProtectionDialog", "This will be removed:") + "\n\n" + self.confirmation(chosen),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.outcome.setText(self.remove(chosen))
        self.reload()

    def remove(self, chosen: list[Due]) -> str:
        """Back up, then remove each item as its own undoable step; what
        was done, to be shown."""
        from planner.errors import PlannerError
        from planner.operations.retention import AnonymiseEvent, PurgeNeeds, back_up_first

        try:
            back_up_first(self.context.store)
        except PlannerError as error:
            QMessageBox.warning(
                self,
                translate("DataProtectionDialog", "Nothing was removed"),
                translate("DataProtectionDialog", "{problem}.\n\nWithout a backup, nothing was removed.").format(
                    problem=error
                ),
            )
            return ""
        done, kept = 0, 0
        for item in chosen:
            if item.kind == NEEDS:
                purged = self.context.try_perform(self, PurgeNeeds(item.event_id, self.today))
                if purged is not None:
                    done, kept = done + 1, kept + purged.kept_for_later
            else:
                anonymised = self.context.try_perform(self, AnonymiseEvent(item.event_id, self.today))
                if anonymised is not None:
                    done, kept = done + 1, kept + anonymised.kept_for_other_events
        text = translate("DataProtectionDialog", "Removed: %n item(s).", "", done)
        if kept:
            text += " " + translate(
                "DataProtectionDialog",
                "%n participant(s) kept: a later event, or another event whose records are still kept, needs them.",
                "",
                kept,
            )
        return text


def show_data_protection(context: AppContext, parent: QWidget | None) -> DataProtectionDialog:
    dialog = DataProtectionDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
