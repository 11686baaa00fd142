"""Messages made from templates that went out, as the window shows them: in
the tooltip of the participant in the Participants tab and in the
person's history in the Directory."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from planner.services import directory, messages_sent
from planner.ui.directory.view import DirectoryView
from planner.ui.participants.model import EMAIL, NAME, ROW_ROLE
from planner.ui.participants.tab import ParticipantsTab

SENT = "Fri 16 Mar 2018 09:00 UTC: 'Practical information (a week before)' sent by mail, with Itinerary-Paweł-Łoś.pdf"
WRITTEN = "Thu 22 Mar 2018 18:30 UTC: 'Reminder (the day before)' written to a file"


def record_two(context, event_id: int) -> int:
    with context.store.write() as session:
        los = directory.find_person_by_email(session, "p.los@example.org")
        for template, how, when, attached in (
            ("Practical information (a week before)", "mail", datetime(2018, 3, 16, 9, 0, tzinfo=UTC),
             ["Itinerary-Paweł-Łoś.pdf"]),
            ("Reminder (the day before)", "file", datetime(2018, 3, 22, 18, 30, tzinfo=UTC), []),
        ):  # fmt: skip
            messages_sent.record_message(
                session,
                event_id,
                person_id=los.id,
                email="p.los@example.org",
                template=template,
                subject="…",
                attachments=attached,
                how=how,
                now=when,
            )
        return los.id


def test_the_participant_tooltip_lists_the_messages_sent_newest_first(context, event_ids, qtbot):
    munich = event_ids["ECRI"]
    los = record_two(context, munich)
    tab = ParticipantsTab(context)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_event(munich)
    qtbot.waitUntil(lambda: tab.proxy.rowCount() > 0)
    row = next(row for row in range(tab.proxy.rowCount()) if tab.proxy.index(row, 0).data(ROW_ROLE).person_id == los)
    assert tab.proxy.index(row, EMAIL).data(Qt.ItemDataRole.ToolTipRole) == f"Messages sent:\n{WRITTEN}\n{SENT}"
    assert tab.proxy.index(row, NAME).data(Qt.ItemDataRole.ToolTipRole).endswith(f"Messages sent:\n{WRITTEN}\n{SENT}")
    # Someone who was sent nothing has no such line.
    other = next(index for index in range(tab.proxy.rowCount()) if index != row)
    assert tab.proxy.index(other, EMAIL).data(Qt.ItemDataRole.ToolTipRole) is None


def test_the_directory_history_counts_the_messages_of_each_event(context, event_ids, qtbot):
    los = record_two(context, event_ids["ECRI"])
    view = DirectoryView(context)
    qtbot.addWidget(view)
    view.show()
    assert view.show_person(los)
    model = view.history_table.model()
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]
    column = headers.index("Messages")
    rows = {model.index(row, 0).data(): row for row in range(model.rowCount())}
    munich = rows["ECRI study visit to BioM, Munich"]
    assert model.index(munich, column).data() == "2 sent"
    assert model.index(munich, column).data(Qt.ItemDataRole.ToolTipRole) == f"{WRITTEN}\n{SENT}"
