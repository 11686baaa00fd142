"""Help ▸ Getting started: a short page on what Planner keeps and where,
shown by itself the first time Planner starts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from planner.ui.accessibility import name_icon_buttons

# Set once the page was shown at start-up: it is not shown by itself again.
SHOWN_KEY = "help/getting_started_shown"

translate = QCoreApplication.translate


def page() -> str:
    """The page, in the window's language."""
    return "\n".join(
        (
            translate(
                "GettingStartedDialog",
                "<h2>Getting started with Planner</h2> "
                "<p>Planner keeps your workshops, partner meetings, study visits and conferences in one "
                "database on this computer: each event with its days, venue and time zone, its programme, "
                "who takes part, their travel and hotels, and what was decided. Every change is saved at "
                "once, and <b>Edit ▸ Undo</b> (Ctrl+Z) takes it back.</p>",
            ),
            translate(
                "GettingStartedDialog",
                "<h3>The events and their five tabs</h3> "
                "<p>Choose an event on the left, or create one with <b>Event ▸ New event</b> (Ctrl+N). "
                "It opens in five tabs (Alt+1 to Alt+5):</p> "
                "<ul> "
                "<li><b>Overview</b>: the event's details, related events, and what needs attention: "
                "conflicts, people without travel or a hotel, invitations not answered, actions overdue. "
                "Click a line to go there.</li> "
                "<li><b>Agenda</b>: the programme day by day, as a list or a timeline. Drag a block to "
                "move it, or its bottom edge to change its length; from the keyboard, Alt+Up/Down and "
                "Alt+Shift+Up/Down.</li> "
                "<li><b>Participants</b>: who is invited and coming, with their role, status and needs. "
                "Add people from the Directory, or import a list with <b>File ▸ Participant lists</b>.</li> "
                "<li><b>Logistics</b>: each person's travel and hotel, arrivals and departures, and costs.</li> "
                "<li><b>Minutes</b>: the summary, conclusions, decisions and actions, with owners and due days.</li> "
                "</ul>",
            ),
            translate(
                "GettingStartedDialog",
                "<h3>Invitations and messages</h3> "
                "<p><b>Calendar ▸ Send invitations…</b> e-mails each participant a calendar invitation and "
                "says first who gets a new one, an update, a cancellation or nothing. Their answers come "
                "back with <b>Calendar ▸ Fetch replies from mailbox…</b> (or <b>Import replies to "
                "invitations…</b>, for replies saved as files). <b>Calendar ▸ Send a message…</b> sends a "
                "letter from a template (practical information, a reminder, a thank-you). The mail server "
                "is set once in <b>Edit ▸ Mail settings…</b>.</p>",
            ),
            translate(
                "GettingStartedDialog",
                "<h3>Documents</h3> "
                "<p>The <b>Documents</b> menu previews, prints or saves as PDF the agenda, participant and "
                "signature lists, badges, itineraries and the conclusions report (Ctrl+P opens the agenda).</p>",
            ),
            translate(
                "GettingStartedDialog",
                "<p>Every keyboard shortcut is listed in <b>Help ▸ Keyboard shortcuts</b>; this page stays in "
                "<b>Help ▸ Getting started</b>.</p>",
            ),
        )
    )


class GettingStartedDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("GettingStartedDialog", "Getting started"))
        self.resize(640, 600)
        self.page = QTextBrowser(self)
        self.page.setObjectName("getting_started")
        self.page.setAccessibleName(translate("GettingStartedDialog", "Getting started"))
        self.page.setOpenLinks(False)
        self.page.setHtml(page())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        name_icon_buttons(self)


def show_getting_started(parent: QWidget) -> GettingStartedDialog:
    """The page, beside the window (not modal: the user may follow it)."""
    dialog = GettingStartedDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def show_on_first_start(parent: QWidget, settings: QSettings) -> GettingStartedDialog | None:
    """The page the first time Planner starts, never again after."""
    if settings.value(SHOWN_KEY, "false") == "true":
        return None
    settings.setValue(SHOWN_KEY, "true")
    return show_getting_started(parent)
