"""The main window: navigator on the left, the chosen event (or the
Directory, or the open actions) on the right; menus, toolbar, status bar."""

from __future__ import annotations

from functools import partial
from importlib import import_module

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
)

from planner import __version__
from planner.services import event_reads
from planner.ui import after_paint, event_commands, icons, retention_notice, shortcuts
from planner.ui.accessibility import name_icon_buttons
from planner.ui.action import make_action
from planner.ui.calendar_menu import CalendarMenu
from planner.ui.context import AppContext
from planner.ui.documents import DocumentsMenu
from planner.ui.event_view import EventView
from planner.ui.file_actions import FileActions
from planner.ui.help import getting_started
from planner.ui.help.shortcuts_dialog import LISTED_AS, shortcuts_dialog
from planner.ui.last_event import LastEvent
from planner.ui.navigator import ACTIONS, DIRECTORY, EventNavigator
from planner.ui.replies_actions import ReplyActions
from planner.ui.road_copies_menu import RoadCopiesMenu
from planner.ui.tasks import stop_before_closing
from planner.ui.views import View

# The views of all events, by the navigator's name: module and class. Each
# is made (with its module) once the window is on screen, or when first shown.
VIEWS = {
    DIRECTORY: ("planner.ui.directory", "DirectoryView"),
    ACTIONS: ("planner.ui.actions", "ActionsView"),
}

translate = QCoreApplication.translate


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.setMinimumSize(1024, 600)
        self.resize(1280, 720)

        self.navigator = EventNavigator(context, self)
        self.event_view = EventView(context, self)
        self.empty = QLabel(
            translate("MainWindow", "Choose an event on the left, or create one with Event ▸ New event (Ctrl+N)."), self
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.event_view)
        self._views: dict[str, View] = {}
        self.last_event = LastEvent(context.settings, self)
        for name in VIEWS:  # at once, but for the window's first paint
            after_paint.later(partial(self.make_view, name), unseen=True)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.pages)
        # A wider window widens the event list a little too, so that titles
        # cut at 1280 pixels are read whole on a large screen.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([280, 1000])
        self.setCentralWidget(self.splitter)

        self.files = FileActions(self)
        self.replies = ReplyActions(self)  # Import replies…, and replies dropped on the window
        self.calendar = CalendarMenu(self)  # calendars out and in, personal calendars, replies
        self.read_only_label = QLabel(translate("MainWindow", "Read-only"), self)
        self.read_only_label.setToolTip(
            translate(
                "MainWindow",
                "Opened read-only: nothing can be changed. Close it where it is open, then open it again to change it.",
            )
        )
        self.read_only_label.setStyleSheet(
            "QLabel { color: palette(highlighted-text); background: palette(highlight); padding: 1px 8px; border-radius: 3px; }"
        )
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.documents = DocumentsMenu(self)  # the Documents menu, toolbar button and preview
        self.road_copies = RoadCopiesMenu(self)  # Event ▸ Check out to a laptop copy…, Check in…
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        icons.dress_window(self)  # one icon set for menus, toolbar and tabs
        self.navigator.event_selected.connect(self.show_event)
        self.navigator.view_selected.connect(self.show_view)
        self.event_view.open_event.connect(self.open_event)
        self.event_view.open_event_item.connect(self.open_event_item)
        context.store_replaced.connect(self._store_replaced)
        context.data_changed.connect(self._data_changed)
        context.current_event_changed.connect(self._event_shown)
        context.refused.connect(self._show_refusal)
        name_icon_buttons(self)
        self._dressed = True  # from now on a view made is dressed as the window was
        self._restore_layout()
        self._store_replaced()
        self._reopen_last_event()

    @property
    def views(self) -> dict[str, View]:
        """The views of all events, by name (made now if they were not yet)."""
        for name in VIEWS:
            self._make_view(name)
        return self._views

    def make_view(self, name: str) -> None:
        self._make_view(name)

    def _make_view(self, name: str) -> View:
        view = self._views.get(name)
        if view is not None:
            return view
        module, class_name = VIEWS[name]
        view = getattr(import_module(module), class_name)(self.context, self)
        assert isinstance(view, View)
        self._views[name] = view
        view.open_event.connect(self.open_event)
        view.open_event_item.connect(self.open_event_item)
        self.pages.addWidget(view)
        if getattr(self, "_dressed", False):  # made after the window dressed its widgets
            icons.dress_widget(view)
            name_icon_buttons(view)
        return view

    # -- actions, menus, toolbar ------------------------------------------------

    def _build_actions(self) -> None:
        pixmap = QStyle.StandardPixmap
        self.new_event_action = make_action(
            self,
            translate("MainWindow", "&New event…"),
            self.new_event,
            shortcut=shortcuts.NEW_EVENT,
            icon=pixmap.SP_FileIcon,
            tip=translate("MainWindow", "Create an event"),
        )
        self.delete_event_action = make_action(
            self, translate("MainWindow", "&Delete event…"), self.delete_event, icon=pixmap.SP_TrashIcon
        )
        # Undo and redo go through the context, which refuses to overwrite
        # what someone else changed since (Qt's own undo actions would not).
        self.undo_action = make_action(
            self, translate("MainWindow", "&Undo"), self.context.undo, shortcut=shortcuts.UNDO, icon=pixmap.SP_ArrowBack
        )
        self.redo_action = make_action(
            self,
            translate("MainWindow", "&Redo"),
            self.context.redo,
            shortcut=shortcuts.REDO,
            icon=pixmap.SP_ArrowForward,
        )
        # Help ▸ Keyboard shortcuts calls them by their verb, not the step they name.
        self.undo_action.setProperty(LISTED_AS, translate("MainWindow", "Undo"))
        self.redo_action.setProperty(LISTED_AS, translate("MainWindow", "Redo"))
        stack = self.context.undo_stack
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        # Bound methods: Qt lets go of them when the window goes (the stack stays).
        stack.undoTextChanged.connect(self._name_undo)
        stack.redoTextChanged.connect(self._name_redo)
        self._name_undo(stack.undoText())
        self._name_redo(stack.redoText())
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.find_action = make_action(
            self, translate("MainWindow", "&Find event"), self._find, shortcut=shortcuts.FIND
        )
        self.directory_action = make_action(
            self,
            translate("MainWindow", "&Directory"),
            lambda: self.navigator.select_view(DIRECTORY),
            shortcut=shortcuts.DIRECTORY,
            icon=pixmap.SP_DirHomeIcon,
            tip=translate("MainWindow", "People and organisations of all events"),
        )
        self.actions_action = make_action(
            self,
            translate("MainWindow", "Open &actions"),
            lambda: self.navigator.select_view(ACTIONS),
            shortcut=shortcuts.ACTIONS,
            icon=pixmap.SP_DialogApplyButton,
            tip=translate("MainWindow", "Open actions of all events"),
        )
        self.tab_actions = [
            make_action(
                self,
                translate("MainWindow", "&{number} {tab}").format(
                    number=index + 1, tab=self.event_view.tabs.tabText(index)
                ),
                partial(self._show_tab, index),
                shortcut=shortcuts.TABS[index],
            )
            for index in range(self.event_view.tabs.count())
        ]
        for index, action in enumerate(self.tab_actions):
            action.setProperty(
                LISTED_AS, translate("MainWindow", "Show the {tab} tab").format(tab=self.event_view.tabs.tabText(index))
            )
        self.import_participants_action = make_action(
            self,
            translate("MainWindow", "Import participants…"),
            self._import_participants,
            tip=translate("MainWindow", "Add participants from a CSV or Excel list, with a preview"),
        )
        self.export_participants_action = make_action(
            self,
            translate("MainWindow", "Export participants…"),
            self._export_participants,
            tip=translate("MainWindow", "Save the participant list as an Excel or CSV file"),
        )
        self.statistics_action = make_action(
            self,
            translate("MainWindow", "&Statistics…"),
            self.show_statistics,
            tip=translate("MainWindow", "Participants by country, gender, organisation, new or returning"),
        )

    def _name_undo(self, step: str) -> None:
        verb = translate("MainWindow", "Undo")
        named = translate("MainWindow", "&Undo {step}").format(step=step) if step else translate("MainWindow", "&Undo")
        self._name_step(self.undo_action, verb, named)

    def _name_redo(self, step: str) -> None:
        verb = translate("MainWindow", "Redo")
        named = translate("MainWindow", "&Redo {step}").format(step=step) if step else translate("MainWindow", "&Redo")
        self._name_step(self.redo_action, verb, named)

    @staticmethod
    def _name_step(action: QAction, verb: str, named: str) -> None:
        """The menu says which step ("Undo Move agenda item"); the toolbar keeps the verb."""
        action.setText(named)
        action.setIconText(verb)
        action.setToolTip(named.replace("&", "", 1))

    def _mail_settings(self) -> None:
        from planner.ui.mail_settings_dialog import open_mail_settings  # keyring and smtplib: when first used

        open_mail_settings(self)

    def _programme_details(self) -> None:
        from planner.ui.programme_dialog import open_programme_details

        open_programme_details(self.context, self.current_event_id(), self)

    def _door_check_in(self) -> None:
        from planner.ui.door_check_in import open_door_check_in

        open_door_check_in(self.context, self.current_event_id(), self)

    def _event_history(self) -> None:
        from planner.ui.event_history_dialog import show_event_history

        show_event_history(self.context, self.current_event_id(), self)

    def show_preferences(self) -> QDialog:
        from planner.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.context.settings, self)
        if dialog.exec() and dialog.restart_needed():
            QMessageBox.information(
                self,
                translate("MainWindow", "Preferences"),
                translate("MainWindow", "Planner will speak the language chosen from its next start."),
            )
        return dialog

    def _show_refusal(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.addAction(self.files.new_database_action)
        file_menu.addAction(self.files.open_database_action)
        file_menu.addAction(self.files.open_shared_action)
        file_menu.addMenu(self.files.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.files.import_event_action)
        file_menu.addAction(self.files.export_event_action)
        participants_menu = file_menu.addMenu(translate("MainWindow", "&Participant lists"))
        participants_menu.setToolTipsVisible(True)
        participants_menu.addAction(self.import_participants_action)
        participants_menu.addAction(self.export_participants_action)
        file_menu.addSeparator()
        file_menu.addAction(self.files.back_up_action)
        file_menu.addAction(self.files.restore_backup_action)
        self.retention = retention_notice.install(self, file_menu)  # Data protection…, and the notice of what is due
        file_menu.addSeparator()
        file_menu.addAction(import_module("planner.ui.disclosures_menu").disclosures_action(self))
        file_menu.addSeparator()
        file_menu.addAction(make_action(self, translate("MainWindow", "&Quit"), self.close, shortcut=shortcuts.QUIT))

        edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(make_action(self, translate("MainWindow", "&Mail settings…"), self._mail_settings))
        self.preferences_action = make_action(
            self, translate("MainWindow", "&Preferences…"), self.show_preferences, shortcut=shortcuts.PREFERENCES
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: in the application menu
        edit_menu.addAction(self.preferences_action)

        event_menu = bar.addMenu(translate("MainWindow", "Eve&nt"))
        event_menu.addAction(self.new_event_action)
        event_menu.addAction(self.delete_event_action)
        event_menu.addSeparator()
        event_menu.addAction(make_action(self, translate("MainWindow", "&Programme details…"), self._programme_details))
        event_menu.addAction(make_action(self, translate("MainWindow", "&Attendance…"), self._door_check_in))
        event_menu.addAction(make_action(self, translate("MainWindow", "&History…"), self._event_history))
        event_menu.addSeparator()
        event_menu.addAction(self.road_copies.check_out_action)
        event_menu.addAction(self.road_copies.check_in_action)
        event_menu.aboutToShow.connect(self.road_copies.update)
        event_menu.addSeparator()
        for action in self.tab_actions:
            event_menu.addAction(action)
        event_menu.addSeparator()
        event_menu.addAction(self.statistics_action)

        bar.addMenu(self.calendar.menu)
        bar.addMenu(self.documents.menu)

        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        view_menu.addAction(self.directory_action)
        view_menu.addAction(self.actions_action)

        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self.shortcuts_action = make_action(
            self,
            translate("MainWindow", "&Keyboard shortcuts"),
            self.show_shortcuts,
            tip=translate("MainWindow", "Every keyboard shortcut, and where it works"),
        )
        self.getting_started_action = make_action(
            self,
            translate("MainWindow", "&Getting started"),
            self.show_getting_started,
            tip=translate("MainWindow", "What Planner keeps, and where to find it"),
        )
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.getting_started_action)
        help_menu.addSeparator()
        help_menu.addAction(make_action(self, translate("MainWindow", "&About Planner"), self._about))

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(translate("MainWindow", "Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        for action in (self.new_event_action, self.files.import_event_action, self.files.export_event_action):
            toolbar.addAction(action)
        toolbar.addWidget(self.documents.button)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.directory_action)
        toolbar.addAction(self.actions_action)

    # -- showing things -----------------------------------------------------------

    def _data_changed(self, changes) -> None:
        """The event shown may be gone (deleted, or its creation undone), and
        the count of events in the status line may have changed."""
        if "event" not in changes.tables():
            return
        self._update_status()
        shown = self.current_event_id()
        if shown is not None:
            with self.context.rows() as rows:
                if not event_reads.event_exists(rows, shown):
                    self.show_event(None)

    def _reopen_last_event(self) -> None:
        """Come back to the event the user had open, if it is still there."""
        last = self.last_event.read(self.context.database_location)
        if last is not None:
            with self.context.rows() as rows:
                if event_reads.event_exists(rows, last):
                    self.open_event(last)

    def show_event(self, event_id: int | None) -> None:
        """Show an event (None: none); the views follow the context."""
        if event_id is not None:
            self.last_event.shown(event_id, self.context.database_location)
        self.pages.setCurrentWidget(self.event_view if event_id is not None else self.empty)
        if self.context.current_event_id != event_id:
            self.context.set_current_event(event_id)
        else:
            self._event_shown(event_id)

    def _event_shown(self, event_id: int | None) -> None:
        if event_id is None and self.pages.currentWidget() is self.event_view:
            self.pages.setCurrentWidget(self.empty)
        has_event = event_id is not None
        for action in (
            self.delete_event_action,
            self.files.export_event_action,
            self.files.export_calendar_action,
            self.import_participants_action,
            self.export_participants_action,
            *self.tab_actions,
        ):
            action.setEnabled(has_event)
        self._apply_read_only()

    def show_view(self, name: str) -> None:
        view = self._make_view(name) if name in VIEWS else None
        if view is not None:
            self.pages.setCurrentWidget(view)  # a view reads what it missed when it is shown

    def open_event(self, event_id: int) -> None:
        if self.navigator.select_event(event_id, emit=False):
            self.show_event(event_id)

    def open_event_item(self, event_id: int, target: str, target_id: int) -> None:
        """Show an event at one of its items (an action in its minutes, say)."""
        self.open_event(event_id)
        if self.current_event_id() == event_id:
            self.event_view.show_item(target, target_id)

    def current_event_id(self) -> int | None:
        return self.context.current_event_id if self.pages.currentWidget() is self.event_view else None

    def _show_tab(self, index: int) -> None:
        if self.current_event_id() is not None:
            self.event_view.tabs.setCurrentIndex(index)

    def _find(self) -> None:
        self.navigator.search.setFocus()
        self.navigator.search.selectAll()

    def _update_status(self) -> None:
        with self.context.rows() as rows:
            count = event_reads.event_count(rows)
        if self.context.is_shared:
            status = translate("MainWindow", "%n event(s) · saved on the server, shared: {name}", "", count)
            self.statusBar().showMessage(status.format(name=self.context.database_name))
            return
        if self.context.read_only:
            status = translate("MainWindow", "%n event(s) · read-only {path}", "", count)
        else:
            status = translate("MainWindow", "%n event(s) · saved in {path}", "", count)
        self.statusBar().showMessage(status.format(path=self.context.database_shown))

    def _apply_read_only(self) -> None:
        """A read-only database: say so, and switch off what would change it
        (what is left is refused by the context with a message)."""
        read_only = self.context.read_only
        self.read_only_label.setVisible(read_only)
        edits = [
            self.new_event_action,
            self.files.import_event_action,
            self.files.import_calendar_action,
            self.replies.import_action,
            self.replies.fetch_action,
        ]
        if read_only:
            for action in [*edits, self.delete_event_action, self.import_participants_action]:
                action.setEnabled(False)
        else:
            for action in edits:
                action.setEnabled(True)

    # -- events ---------------------------------------------------------------------

    def new_event(self) -> None:
        event_commands.new_event(self)

    def delete_event(self) -> None:
        event_commands.delete_event(self)

    # -- participant lists (also in the Participants tab) -----------------------------

    def _import_participants(self) -> None:
        from planner.ui.participants import transfer  # openpyxl: loaded when first used

        event_id = self.current_event_id()
        if event_id is not None:
            transfer.import_participants(self, self.context, event_id)

    def show_statistics(self) -> QDialog:
        """The statistics of the event shown, or of all events or a programme's."""
        from planner.ui.statistics_dialog import StatisticsDialog

        dialog = StatisticsDialog(self.context, self.current_event_id(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _export_participants(self) -> None:
        from planner.ui.participants import transfer

        event_id = self.current_event_id()
        if event_id is not None:
            transfer.export_participants_file(self, self.context, event_id)

    # -- database ---------------------------------------------------------------------

    def _store_replaced(self) -> None:
        if self.context.is_shared:
            title = translate("MainWindow", "shared: {name} — Planner")
            self.setWindowFilePath("")  # no file to point at
        elif self.context.read_only:
            title = translate("MainWindow", "{file} — Read-only — Planner")
        else:
            title = translate("MainWindow", "{file} — Planner")
        self.setWindowTitle(title.format(file=self.context.database_name, name=self.context.database_name))
        if not self.context.is_shared:
            self.setWindowFilePath(self.context.database_shown)
        for action in (self.files.back_up_action, self.files.restore_backup_action):
            action.setToolTip(
                translate("MainWindow", "The server keeps the backups of a shared database")
                if self.context.is_shared
                else ""
            )
        self.files.rebuild_recent_menu()
        self.show_event(None)
        self._update_status()  # then with each change to the events (``_data_changed``)

    def show_shortcuts(self) -> QDialog:
        dialog = shortcuts_dialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_getting_started(self) -> QDialog:
        return getting_started.show_getting_started(self)

    def show_getting_started_once(self) -> QDialog | None:
        """Getting started, the first time Planner starts."""
        return getting_started.show_on_first_start(self, self.context.settings)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            translate("MainWindow", "About Planner"),
            translate(
                "MainWindow",
                "<b>Planner {version}</b><p>Plan workshops, partner meetings, study visits and conferences.</p>"
                "<p>Database: {path}</p>",
            ).format(version=__version__, path=self.context.database_shown),
        )

    # -- layout memory ------------------------------------------------------------------

    def _restore_layout(self) -> None:
        settings = self.context.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        # An import or export still running is stopped first (all or nothing
        # of it is saved), once the user agreed; else the window stays open.
        if not stop_before_closing(self):
            event.ignore()
            return
        # A field still being typed in saves when it loses focus: make it lose it.
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()
        # Every edit is now saved; only the layout and the event shown are left to remember.
        self.last_event.write()
        self.context.settings.setValue("window/geometry", self.saveGeometry())
        self.context.settings.setValue("window/splitter", self.splitter.saveState())
        self.context.settings.sync()
        self.context.release_lock()  # another Planner may now write the database
        super().closeEvent(event)


def window_icon() -> QIcon:
    from planner.config import resource_path

    icon = resource_path("icons", "planner.svg")
    return QIcon(str(icon)) if icon.exists() else QIcon()
