"""The Documents menu and toolbar button of the main window: one entry per
document, each opening the preview of the event shown."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton

from planner.documents.catalogue import window_kinds
from planner.ui import shortcuts
from planner.ui.action import make_action
from planner.ui.documents import names
from planner.ui.help.shortcuts_dialog import LISTED_AS

if TYPE_CHECKING:
    from planner.ui.documents.preview import DocumentPreview
    from planner.ui.main_window import MainWindow

translate = QCoreApplication.translate


class DocumentsMenu(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.preview: DocumentPreview | None = None
        self.menu = QMenu(translate("DocumentsMenu", "&Documents"), window)
        self.menu.setToolTipsVisible(True)
        self.actions: dict[str, QAction] = {}
        for name in window_kinds():
            action = make_action(
                window,
                names.menu_text(name),
                partial(self.open, name),
                # Ctrl+P opens the agenda's preview, where users expect Print.
                shortcut=shortcuts.PRINT_PREVIEW if name == "agenda" else None,
                tip=names.description(name),
            )
            self.menu.addAction(action)
            self.actions[name] = action
        # Help ▸ Keyboard shortcuts: not to be taken for the Agenda tab's Alt+2.
        self.actions["agenda"].setProperty(LISTED_AS, translate("DocumentsMenu", "Print preview of the agenda"))

        self.button = QToolButton(window)
        self.button.setText(translate("DocumentsMenu", "Documents"))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setMenu(self.menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setToolTip(
            translate(
                "DocumentsMenu", "Preview, print or save the agenda, lists, sheets, badges and reports of this event"
            )
        )
        window.context.current_event_changed.connect(self.set_event)
        self.set_event(None)

    def set_event(self, event_id: int | None) -> None:
        """Enabled for an event; an open preview follows the event shown."""
        for action in self.actions.values():
            action.setEnabled(event_id is not None)
        self.button.setEnabled(event_id is not None)
        if self.preview is None or not self.preview.isVisible():
            return
        if event_id is None:
            self.preview.close()
        elif event_id != self.preview.event_id:
            self.preview.show_document(event_id, self.preview.kind_name(), self.selected_people(event_id))

    def selected_people(self, event_id: int) -> frozenset[int]:
        """The people selected in the Participants tab, if it shows this event."""
        context = self.window.context
        return context.selected_people if context.current_event_id == event_id else frozenset()

    def open(self, kind: str) -> DocumentPreview | None:
        event_id = self.window.current_event_id()
        if event_id is None:
            return None
        if self.preview is None:
            from planner.ui.documents.preview import DocumentPreview  # QtPdf loaded when first previewing

            self.preview = DocumentPreview(self.window.context, self.window)
        if not self.preview.isVisible():
            self.preview.fit_to_window()
        self.preview.show_document(event_id, kind, self.selected_people(event_id))
        self.preview.show()
        self.preview.raise_()
        self.preview.activateWindow()
        return self.preview
