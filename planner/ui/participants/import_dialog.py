"""The participant import dialog: what each column of the file holds (a
mapping the user can correct), a preview of what the import would do row by
row, and the Import button, enabled only when every row can be imported.

The preview is planned again a moment after the mapping last changed, in
the background, and the import itself is an operation
(ImportParticipantList) run by the dialog's task runner: a 5,000-row list
takes seconds, and the dialog stays responsive, shows progress, and can
stop the import with nothing saved.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.exchange.participant_import import ImportPlan, plan_import
from planner.exchange.participant_table import SheetTable, guess_mapping, read_table
from planner.operations import Done
from planner.operations.participant_lists import ImportParticipantList
from planner.services import participants
from planner.ui import theme
from planner.ui.context import AppContext
from planner.ui.participants import import_models as models
from planner.ui.participants.import_columns import MUTED, ColumnChoices
from planner.ui.participants.import_encoding import EncodingCombo
from planner.ui.tables import make_list_table
from planner.ui.tasks import Progress, Task, TaskRunner, watching

translate = QCoreApplication.translate

Mapping = dict[int, str | None]
DEBOUNCE_MS = 200
# The least width of the preview's columns: Row, Name, E-mail, Organisation, Action, Problems.
MINIMUMS = (52, 110, 120, 100, 100, 140)


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


class ImportDialog(QDialog):
    """Accepted once the participants are imported and saved (``imported``
    holds the plan carried out; Edit ▸ Undo takes it back). Given the
    file's bytes, a text file can be read again in another encoding."""

    def __init__(
        self,
        context: AppContext,
        event_id: int,
        table: SheetTable,
        parent: QWidget | None = None,
        data: bytes | None = None,
    ):
        super().__init__(parent)
        self.context, self.event_id, self.table, self.data = context, event_id, table, data
        # Plans and the import run here; its progress dialog shows over this one.
        self.runner = TaskRunner.of(self)
        self.plan: ImportPlan | None = None
        self.imported: ImportPlan | None = None
        self.planning = False
        self.guessed = guess_mapping(table.headers)
        self.mapping = models.initial_mapping(table, self.guessed, context.settings)
        self._planned_mapping: Mapping = {}
        self._generation = 0  # of the latest mapping
        self._plan_task: Task[ImportPlan] | None = None
        self._import_task: Task[Done[ImportPlan]] | None = None
        self._closing = False

        with context.read() as session:
            title = participants.listed_event(session, event_id).title
        self.setWindowTitle(translate("ImportDialog", "Import participants"))
        self.setSizeGripEnabled(True)

        heading = QLabel(f"<b>{_escape(models.table_description(table))}</b>", self)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading = heading
        hint = QLabel(
            translate(
                "ImportDialog",
                "Into “{title}”. Check what each column holds and correct it where it is wrong; the preview "
                "shows what the import will do. Nothing is saved until you press Import, and Edit ▸ Undo takes it back.",
            ).format(title=_escape(title)),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._plan)

        self.encoding: EncodingCombo | None = None
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        if data is not None and table.encoding:
            self.encoding = EncodingCombo(table.encoding, self)
            self.encoding.currentIndexChanged.connect(lambda _index: self._encoding_changed())
            encoding_label = QLabel(translate("ImportDialog", "&Encoding:"), self)
            encoding_label.setBuddy(self.encoding)
            top.addWidget(encoding_label)
            top.addWidget(self.encoding)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter = splitter
        self.columns = ColumnChoices(table, self.mapping, self)
        self.columns.changed.connect(self._choice_changed)
        splitter.addWidget(self.columns)
        splitter.addWidget(self._preview_area())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(translate("ImportDialog", "Import"), self)
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._fit_to_screen()
        self._plan()

    # -- building ------------------------------------------------------------------

    def _preview_area(self) -> QWidget:
        self.model = models.PreviewModel(self)
        self.proxy = models.PreviewFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table_view = make_list_table(self.proxy, self, minimums=MINIMUMS)
        self.table_view.sortByColumn(models.ROW, Qt.SortOrder.AscendingOrder)
        self.table_view.setAccessibleName(translate("ImportDialog", "Preview"))
        self.only_problems = QCheckBox(translate("ImportDialog", "Only rows with problems"), self)
        self.only_problems.setEnabled(False)
        self.only_problems.toggled.connect(self.proxy.set_only_problems)
        self.problems_note = QLabel(self)
        self.problems_note.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_note.setWordWrap(True)
        self.problems_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_note.setStyleSheet(theme.style("error"))
        self.problems_note.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(f"<b>{_escape(translate('ImportDialog', 'Preview'))}</b>", self))
        top.addStretch(1)
        top.addWidget(self.only_problems)
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.problems_note)
        layout.addWidget(self.table_view, 1)
        return box

    def _fit_to_screen(self) -> None:
        parent = self.parentWidget()
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen else None
        # Most of a laptop's screen; on a large one, room for more rows.
        width = min(max(1180, room.width() * 3 // 4), room.width() - 60) if room else 1180
        height = min(max(700, room.height() * 3 // 4), room.height() - 60) if room else 700
        self.resize(max(width, self.minimumSizeHint().width()), height)

    # -- the mapping --------------------------------------------------------------------

    def set_choice(self, column: int, field: str | None) -> None:
        """Choose what a column holds, as the user would in its combo."""
        self.columns.choose(column, field)

    def _choice_changed(self, column: int) -> None:
        field = self.columns.choice(column)
        self.mapping[column] = field
        models.remember_choice(self.context.settings, self.table.headers[column], field, self.guessed.get(column))
        self.columns.mark(self.mapping)
        # The plan on screen no longer holds: no import until the new one is there.
        self._generation += 1
        self._show_planning()
        self.timer.start()

    # -- the encoding -------------------------------------------------------------------

    def set_encoding(self, codec: str) -> None:
        """Read the file in another encoding, as the user would in the combo."""
        if self.encoding is not None:
            self.encoding.setCurrentIndex(self.encoding.findData(codec))

    def _encoding_changed(self) -> None:
        assert self.encoding is not None and self.data is not None
        codec = self.encoding.currentData()
        try:
            table = read_table(self.data, self.table.file_name, codec)
        except PlannerError as error:
            self.encoding.select(self.table.encoding)
            QMessageBox.warning(self, translate("ImportDialog", "Cannot read the list in this encoding"), str(error))
            return
        # Headers and names read otherwise: the columns and the preview start again.
        self.table = table
        self.heading.setText(f"<b>{_escape(models.table_description(table))}</b>")
        self.guessed = guess_mapping(table.headers)
        self.mapping = models.initial_mapping(table, self.guessed, self.context.settings)
        columns = ColumnChoices(table, self.mapping, self)
        columns.changed.connect(self._choice_changed)
        self.splitter.replaceWidget(0, columns)
        self.columns.deleteLater()
        self.columns = columns
        self.plan = None
        self.model.set_rows([])
        self._generation += 1
        self._show_planning()
        self.timer.start()

    # -- planning ---------------------------------------------------------------------

    def _plan(self) -> None:
        """Plan the current mapping in the background, unless a plan is under
        way: then this mapping is planned when that one is done (only the
        latest counts)."""
        self._show_planning()
        if self._plan_task is not None or self._closing:
            return
        store, event_id, table = self.context.store, self.event_id, self.table
        generation, mapping = self._generation, dict(self.mapping)

        def work(progress: Progress) -> ImportPlan:
            # Each query a place to stop, should the dialog close meanwhile.
            with store.read() as session, watching(session, progress):
                return plan_import(session, event_id, table, mapping)

        self._plan_task = self.runner.start_background(
            translate("ImportDialog", "the preview of the import"),
            work,
            on_done=lambda plan: self._planned(generation, mapping, plan),
            on_failed=lambda error: self._plan_failed(generation, mapping, str(error)),
        )

    def _is_latest(self, generation: int, mapping: Mapping) -> bool:
        """A plan is done; True when it is the current mapping's."""
        self._plan_task = None
        if self._closing:
            return False
        if generation != self._generation:
            if not self.timer.isActive():
                self._plan()
            return False
        self._planned_mapping = mapping
        return True

    def _planned(self, generation: int, mapping: Mapping, plan: ImportPlan) -> None:
        if not self._is_latest(generation, mapping):
            return
        self.plan = plan
        self.model.set_rows(plan.rows)
        self._show_plan()

    def _plan_failed(self, generation: int, mapping: Mapping, message: str) -> None:
        if not self._is_latest(generation, mapping):
            return
        self.plan = None
        self.model.set_rows([])
        self._show_plan(refusal=message)

    def _show_planning(self) -> None:
        self.planning = True
        self.summary.setText(
            translate("ImportDialog", "Checking {rows}…").format(rows=models.rows_text(len(self.table.rows)))
        )
        self.import_button.setEnabled(False)
        self.import_button.setToolTip(translate("ImportDialog", "Wait for the preview of these columns"))

    def _show_plan(self, refusal: str = "") -> None:
        self.planning = False
        plan = self.plan
        if refusal or plan is None:
            self.summary.setText(f"<span style='color:{theme.current().error}'>{_escape(refusal)}</span>")
            self.problems_note.hide()
            self.only_problems.setEnabled(False)
            self.import_button.setEnabled(False)
            self.import_button.setText(translate("ImportDialog", "Import"))
            self.import_button.setToolTip(translate("ImportDialog", "Say which columns hold what first"))
            return
        summary = _escape(models.plan_summary(plan))
        if plan.rows_with_problems:
            head, _, tail = summary.rpartition(" · ")
            summary = f"{head} · <span style='color:{theme.current().error}'><b>{tail}</b></span>"
        self.summary.setText(summary)
        self.problems_note.setText(models.problems_note(plan))
        self.problems_note.setVisible(bool(plan.rows_with_problems))
        self.only_problems.setEnabled(bool(plan.rows_with_problems) or self.only_problems.isChecked())
        count = len(plan.rows)
        can_import = count > 0 and not plan.rows_with_problems
        self.import_button.setEnabled(can_import)
        if can_import:
            self.import_button.setText(translate("ImportDialog", "Import %Ln participant(s)", "", count))
            self.import_button.setToolTip(
                translate("ImportDialog", "Add them to the event in one step (Edit ▸ Undo takes it back)")
            )
        elif plan.rows_with_problems:
            self.import_button.setText(translate("ImportDialog", "Import"))
            self.import_button.setToolTip(
                translate(
                    "ImportDialog",
                    "Nothing is imported while a row has a problem: correct those rows in the file and open it "
                    "again, or ignore the column that causes them",
                )
            )
        else:
            self.import_button.setText(translate("ImportDialog", "Import"))
            self.import_button.setToolTip(translate("ImportDialog", "The list has no rows to import"))

    # -- importing ------------------------------------------------------------------------

    def importing(self) -> bool:
        return self._import_task is not None

    def do_import(self) -> None:
        """Import in the background as one undoable step; accepted when saved."""
        if self.planning or self.plan is None or not self.import_button.isEnabled() or self.importing():
            return
        plan = self.plan
        operation = ImportParticipantList(self.event_id, self.table, self._planned_mapping)
        try:
            self._import_task = self.runner.perform(
                operation,
                translate("ImportDialog", "Importing %Ln participant(s)…", "", len(plan.rows)),
                # Rows added: a person and a participation for each new person,
                # a participation for each found in the Directory.
                expect=2 * plan.new_people + plan.matched_people,
                on_done=self._imported,
                on_failed=self._import_failed,
                on_cancelled=self._import_cancelled,
            )
        except PlannerError as error:  # read-only, or other work still running
            QMessageBox.warning(self, translate("ImportDialog", "Cannot import the participants"), str(error))
            return
        self._set_editable(False)
        self.summary.setText(
            translate("ImportDialog", "Importing {rows}… (Cancel stops it; nothing is saved then)").format(
                rows=models.rows_text(len(plan.rows))
            )
        )

    def _set_editable(self, editable: bool) -> None:
        self.columns.setEnabled(editable)
        if self.encoding is not None:
            self.encoding.setEnabled(editable)
        self.import_button.setEnabled(editable)

    def _imported(self, plan: ImportPlan) -> None:
        # Saved, and one undoable step ("Import participants").
        self._import_task = None
        self.imported = plan
        self._closing = True
        self.accept()

    def _import_ended_without_saving(self) -> bool:
        """After a failed or cancelled import: close if the user asked to,
        else make the dialog editable again. True when it stays open."""
        self._import_task = None
        if self._closing:
            super().reject()
            return False
        self._set_editable(True)
        return True

    def _import_failed(self, error: PlannerError) -> None:
        if not self._import_ended_without_saving():
            return
        message = str(error)
        if "nothing was imported" not in message.lower():
            message = translate("ImportDialog", "{problem}\n\nNothing was imported.").format(problem=message)
        QMessageBox.warning(self, translate("ImportDialog", "Cannot import the participants"), message)
        self._generation += 1
        self._plan()  # what the database holds may have changed

    def _import_cancelled(self) -> None:
        if self._import_ended_without_saving():
            self._show_plan()

    # -- closing -----------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel: during the import, stop it (nothing is saved) and close
        once it has stopped."""
        self._closing = True
        self.timer.stop()
        if self._plan_task is not None:
            self._plan_task.cancel()  # nobody waits for it any more
        if self._import_task is not None:
            self._import_task.cancel()
            self.cancel_button.setEnabled(False)
            self.summary.setText(translate("ImportDialog", "Stopping the import; nothing of it is saved…"))
            return
        super().reject()

    def accept(self) -> None:
        """Only an import that was saved accepts (Enter imports)."""
        if self.imported is None:
            self.do_import()
            return
        self.timer.stop()
        super().accept()
