"""The Calendar menu: the event's calendar out and partners' calendars in,
replies to invitations read back, and personal calendars (the programme,
their travel and hotel, as an option their open actions) for the
participants selected in the Participants tab: one file for one person, a
folder of files for several."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from planner import output_paths
from planner.errors import PlannerError
from planner.fileio import write_atomically
from planner.ui import tasks
from planner.ui.action import make_action
from planner.ui.caldav_publishing import CalDavPublishing
from planner.ui.output_check import may_write

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow
    from planner.ui.templates_dialog import TemplatesDialog

translate = QCoreApplication.translate

# Translated where shown.
CALENDAR_FILTER = str(QT_TRANSLATE_NOOP("CalendarMenu", "Calendars (*.ics);;All files (*)"))
TITLE = str(QT_TRANSLATE_NOOP("CalendarMenu", "Cannot export the personal calendars"))
# Names listed in the dialog before "and N more".
NAMES_SHOWN = 8


class PersonalCalendarsDialog(QDialog):
    """Whose calendars are written, and whether their open actions go in."""

    def __init__(self, names: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("PersonalCalendarsDialog", "Personal calendars"))
        layout = QVBoxLayout(self)
        shown = ", ".join(names[:NAMES_SHOWN])
        more = len(names) - NAMES_SHOWN
        if more > 0:
            shown = translate("PersonalCalendarsDialog", "{names} and %n more", "", more).format(names=shown)
        if len(names) == 1:
            intro = translate(
                "PersonalCalendarsDialog",
                "A calendar for {name}: the programme with their own items marked, their travel and hotel.",
            ).format(name=shown)
        else:
            intro = translate(
                "PersonalCalendarsDialog",
                "A calendar for each of the %n participants selected ({names}), one file each in "
                "a folder you choose: the programme with their own items marked, their travel and hotel.",
                "",
                len(names),
            ).format(names=shown)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.with_actions = QCheckBox(translate("PersonalCalendarsDialog", "With the open actions they own"))
        layout.addWidget(self.with_actions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("PersonalCalendarsDialog", "Choose where…")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())


class CalendarMenu(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.personal_action = make_action(
            window, translate("CalendarMenu", "Export &personal calendars…"), self.export_personal_calendars
        )
        self.personal_action.setStatusTip(
            translate(
                "CalendarMenu",
                "A calendar for each participant selected in the Participants tab, with their travel and hotel",
            )
        )
        self.invitations_action = make_action(
            window, translate("CalendarMenu", "Send &invitations…"), self.send_invitations
        )
        self.invitations_action.setStatusTip(
            translate(
                "CalendarMenu",
                "Invite the participants by e-mail: who gets a new invitation, an update, a cancellation or nothing",
            )
        )
        self.message_action = make_action(window, translate("CalendarMenu", "Send a &message…"), self.send_message)
        self.message_action.setStatusTip(
            translate(
                "CalendarMenu",
                "A letter from a template (practical information, a reminder, a thank-you) to participants",
            )
        )
        self.menu = QMenu(translate("CalendarMenu", "&Calendar"), window)
        self.menu.setToolTipsVisible(True)
        self.menu.addAction(window.files.export_calendar_action)
        self.menu.addAction(self.personal_action)
        self.caldav = CalDavPublishing(window)  # Publish to a calendar server…, Publish now
        self.menu.addActions(self.caldav.actions)
        self.menu.addSeparator()
        self.menu.addAction(self.invitations_action)
        self.menu.addAction(self.message_action)
        self.menu.addSeparator()
        self.menu.addAction(window.files.import_calendar_action)
        self.menu.addAction(window.replies.import_action)
        self.menu.addAction(window.replies.fetch_action)
        self.menu.addSeparator()
        self.templates_action = make_action(
            window, translate("CalendarMenu", "Message &templates…"), self.edit_templates
        )
        self.menu.addAction(self.templates_action)
        self.context.selection_changed.connect(self._update)
        self.context.current_event_changed.connect(self._update)
        self.context.store_replaced.connect(self._update)
        self._update()

    def edit_templates(self) -> TemplatesDialog:
        from planner.ui.templates_dialog import TemplatesDialog  # the templates' code: when first used

        dialog = TemplatesDialog(self.context, self.window.current_event_id(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _update(self, *_args) -> None:
        chosen = len(self.context.selected_people)
        # Writing one records what it said (its SEQUENCE): not on a read-only database.
        self.personal_action.setEnabled(
            bool(chosen) and self.window.current_event_id() is not None and not self.context.read_only
        )
        self.personal_action.setText(
            translate("CalendarMenu", "Export &personal calendars…")
            if chosen != 1
            else translate("CalendarMenu", "Export &personal calendar…")
        )
        # Sending records what went to whom: not on a read-only database.
        can_send = self.window.current_event_id() is not None and not self.context.read_only
        self.invitations_action.setEnabled(can_send)
        self.message_action.setEnabled(can_send)

    def send_invitations(self):
        from planner.ui.outbox.invitations import send_invitations

        return send_invitations(self.window)

    def send_message(self):
        from planner.ui.outbox.messages import send_message

        return send_message(self.window)

    def export_personal_calendars(
        self, target: Path | None = None, *, with_actions: bool | None = None
    ) -> tasks.Task | None:
        """Ask whose and where (``target`` and ``with_actions`` given skip
        the questions), then write the files on the worker thread."""
        event_id = self.window.current_event_id()
        people = sorted(self.context.selected_people)
        if event_id is None or not people:
            return None
        from planner.services import directory

        with self.context.read() as session:
            names = {person.id: person.full_name for person in directory.people_by_ids(session, set(people))}
        people = sorted((person_id for person_id in people if person_id in names), key=lambda pid: names[pid])
        if with_actions is None:
            dialog = PersonalCalendarsDialog([names[person_id] for person_id in people], self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            with_actions = dialog.with_actions.isChecked()
        # icalendar: loaded when a calendar is first written, not at start-up.
        from planner.calendar.disclosed import personal_calendar_disclosed
        from planner.calendar.invitations import file_name
        from planner.calendar.personal_calendar import participant_calendar
        from planner.services import disclosures

        store = self.context.store
        taken: set[str] = set()
        if len(people) == 1:
            if target is None:
                suggestion = Path.home() / file_name(names[people[0]], taken, extension=".ics")
                chosen, _ = QFileDialog.getSaveFileName(
                    self.window,
                    translate("CalendarMenu", "Export personal calendar"),
                    str(suggestion),
                    translate("CalendarMenu", CALENDAR_FILTER),
                )
                if not chosen:
                    return None
                target = Path(chosen)
            paths = {people[0]: target}
        else:
            if target is None:
                chosen = QFileDialog.getExistingDirectory(
                    self.window, translate("CalendarMenu", "Folder for the personal calendars")
                )
                if not chosen:
                    return None
                target = Path(chosen)
            try:
                output_paths.check_output_folder(target, store.protected())
            except PlannerError as error:
                QMessageBox.warning(self.window, translate("CalendarMenu", TITLE), str(error))
                return None
            paths = {person_id: target / file_name(names[person_id], taken, extension=".ics") for person_id in people}
        for path in paths.values():
            if not may_write(self.window, store, path, output_paths.CALENDAR, translate("CalendarMenu", TITLE)):
                return None

        def export(progress) -> None:
            # All in one unit of work: what each calendar said is recorded
            # only when every file was written.
            with store.write() as session, tasks.watching(session, progress):
                if len(paths) > 1:
                    target.mkdir(parents=True, exist_ok=True)
                for person_id, path in paths.items():
                    write_atomically(path, participant_calendar(session, event_id, person_id, actions=with_actions))
                    whose = personal_calendar_disclosed(session, event_id, person_id=person_id)
                    disclosures.record(session, whose, str(path))

        def written(_result) -> None:
            where = paths[people[0]] if len(paths) == 1 else target
            if len(paths) > 1:
                said = translate("CalendarMenu", "%n personal calendars written to {folder}", "", len(paths))
            else:
                said = translate("CalendarMenu", "The personal calendar written to {folder}")
            self.window.statusBar().showMessage(said.format(folder=where), 8000)

        def failed(error: PlannerError) -> None:
            QMessageBox.warning(
                self.window,
                translate("CalendarMenu", TITLE),
                translate("CalendarMenu", "{error}\n\nNothing was written.").format(error=error),
            )

        try:
            return tasks.TaskRunner.of(self.window).start(
                translate("CalendarMenu", "an export", "what is running, at the start of a sentence"),
                translate("CalendarMenu", "Writing personal calendars…"),
                export,
                on_done=written,
                on_failed=failed,
            )
        except PlannerError as error:  # read-only, or other work still running
            QMessageBox.warning(self.window, translate("CalendarMenu", TITLE), str(error))
            return None
