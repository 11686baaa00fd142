"""What left this laptop, in the window: saving or printing a document and
exporting a participant list each record one row; File ▸ What left this
laptop… lists them newest first, narrows them to an event and to a person
typed in, and exports what it lists as a CSV through the output guard."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from planner.services import disclosures, participants
from planner.ui.disclosures_dialog import DisclosuresDialog
from planner.ui.participants import transfer
from tests.disclosure_event import recorded
from tests.ui.conftest import finish

WAIT_MS = 15_000


def _coming(context, event_id: int) -> set[int]:
    with context.read() as session:
        rows = participants.participant_rows(session, event_id)
    return {row.person_id for row in rows if row.status not in participants.NOT_COMING}


def _cells(dialog: DisclosuresDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())] for row in range(table.rowCount())
    ]


@pytest.fixture
def preview(window, event_ids, qtbot):
    window.open_event(event_ids["ECRI"])
    shown = window.documents.open("participants")
    qtbot.waitUntil(shown.settled, timeout=WAIT_MS)
    yield shown
    shown.renderer.runner.background_pool.waitForDone(WAIT_MS)


def test_a_document_saved_from_the_preview_is_recorded_once(preview, context, event_ids, tmp_path):
    path = tmp_path / "Liste.pdf"
    assert preview.save_as(path) == path
    [row] = recorded(context.store)
    assert (row.kind, row.what, row.destination, row.event_id) == (
        "document",
        "Participant list (PDF)",
        str(path),
        event_ids["ECRI"],
    )
    assert set(row.person_ids) == _coming(context, event_ids["ECRI"])


def test_a_document_that_cannot_be_saved_records_nothing(preview, context, tmp_path, warnings_shown):
    assert preview.save_as(tmp_path / "gone" / "Liste.pdf") is None
    assert warnings_shown and recorded(context.store) == []


def test_a_document_printed_names_the_printer_or_the_file_it_printed_to(preview, context, tmp_path, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted)

    def to_file() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        printer.setResolution(100)
        return printer

    preview.printer_factory = to_file
    assert preview.print_document() >= 1
    [row] = recorded(context.store)
    assert (row.kind, row.what, row.destination) == (
        "document",
        "Participant list (printed)",
        str(tmp_path / "printed.pdf"),
    )


def test_a_participant_list_exported_is_recorded_once(window, context, event_ids, qtbot, tmp_path):
    path = tmp_path / "list.xlsx"
    finish(qtbot, window, transfer.export_participants_file(window, context, event_ids["CLUNET"], path))
    assert path.exists()
    [row] = recorded(context.store)
    assert (row.kind, row.what, row.destination) == ("export", "Participant list (Excel)", str(path))
    with context.read() as session:
        everyone = {row.person_id for row in participants.participant_rows(session, event_ids["CLUNET"])}
    assert set(row.person_ids) == everyone


@pytest.fixture
def three_rows(context, event_ids):
    """Three disclosures: Galli's itinerary of the Madrid workshop, an
    e-mail to Colombo, and the Munich list."""
    with context.read() as session:
        madrid = {
            row.family_name: row.person_id for row in participants.participant_rows(session, event_ids["Improvement"])
        }
        munich = [row.person_id for row in participants.participant_rows(session, event_ids["ECRI"])]
    saying = [
        (disclosures.disclosed("document", event_ids["Improvement"], "Itinerary (PDF)", [madrid["Galli"]]), "/tmp/galli.pdf", 1),
        (disclosures.disclosed("message", event_ids["Improvement"], "Invitation", [madrid["Colombo"]], ["f.colombo@example.org"]), "127.0.0.1:2525", 2),
        (disclosures.disclosed("export", event_ids["ECRI"], "Participant list (CSV)", munich), "/tmp/munich.csv", 3),
    ]  # fmt: skip
    with context.store.write() as session:
        for what, where, day in saying:
            disclosures.record(session, what, where, now=datetime(2026, 11, day, 9, 0, tzinfo=UTC))


def test_the_dialog_lists_newest_first_and_filters_by_event_and_by_person(
    window, context, event_ids, three_rows, qtbot
):
    window.menuBar()  # the File menu holds the entry
    [action] = [
        action for action in window.menuBar().actions()[0].menu().actions() if "left this laptop" in action.text()
    ]
    action.trigger()
    dialog = window.findChild(DisclosuresDialog)
    assert dialog is not None and dialog.isVisible()
    assert [cells[3] for cells in _cells(dialog)] == ["Participant list (CSV)", "Invitation", "Itinerary (PDF)"]
    first = _cells(dialog)[1]
    assert first[1:6] == [
        "E-mail",
        "Improvement of management skills in biotechnological companies: the role of clusters",
        "Invitation",
        "f.colombo@example.org",
        "127.0.0.1:2525",
    ]
    assert first[6] == "Francesca Colombo"
    assert _cells(dialog)[0][6].endswith("more")  # eleven people: three named, the rest counted

    dialog.event_box.setCurrentIndex(dialog.event_box.findData(event_ids["Improvement"]))
    assert [cells[3] for cells in _cells(dialog)] == ["Invitation", "Itinerary (PDF)"]

    qtbot.keyClicks(dialog.person_box, "colombo")
    assert [cells[3] for cells in _cells(dialog)] == ["Invitation"]
    dialog.person_box.setText("GALLI")
    assert [cells[3] for cells in _cells(dialog)] == ["Itinerary (PDF)"]
    dialog.person_box.setText("nobody at all")
    assert _cells(dialog) == [] and dialog.empty.isVisible() and not dialog.export_button.isEnabled()
    dialog.close()


def test_export_as_csv_writes_what_is_listed_and_is_recorded_too(
    context, event_ids, three_rows, qtbot, tmp_path, monkeypatch
):
    dialog = DisclosuresDialog(context)
    qtbot.addWidget(dialog)
    dialog.person_box.setText("colombo")
    path = tmp_path / "record"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))
    written = dialog.export_csv()
    assert written == tmp_path / "record.csv"
    rows = list(csv.DictReader(io.StringIO(written.read_text(encoding="utf-8-sig"))))
    assert [(row["Kind"], row["What"], row["To whom"], row["Whose data"]) for row in rows] == [
        ("E-mail", "Invitation", "f.colombo@example.org", "Francesca Colombo")
    ]
    newest = recorded(context.store)[-1]
    assert (newest.what, newest.destination, newest.recipients) == (
        "Record of what left the laptop (CSV)",
        str(written),
        [],
    )


def test_export_as_csv_asks_before_replacing_a_file_of_another_kind(context, three_rows, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    dialog = DisclosuresDialog(context)
    qtbot.addWidget(dialog)
    taken = tmp_path / "taken.csv"
    taken.write_bytes(b"%PDF-1.4\n")
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.No
    )
    assert dialog.export_csv(taken) is None
    assert asked and "a PDF" in asked[0] and taken.read_bytes() == b"%PDF-1.4\n"
    assert len(recorded(context.store)) == 3


def test_an_event_file_and_the_events_calendar_exported_from_the_window(window, context, event_ids, qtbot, tmp_path):
    window.open_event(event_ids["ECRI"])
    event_file, calendar = tmp_path / "munich.planner.json", tmp_path / "munich.ics"
    finish(qtbot, window, window.files.export_event_file(event_file))
    finish(qtbot, window, window.files.export_calendar_file(calendar))
    first, second = recorded(context.store)
    assert (first.what, first.destination) == ("Event file", str(event_file))
    assert set(first.person_ids) >= _coming(context, event_ids["ECRI"])
    assert (second.what, second.destination) == ("Calendar of the event (.ics)", str(calendar))
    assert second.person_ids  # the speakers its agenda names


def test_personal_calendars_one_row_for_each_file(window, context, event_ids, qtbot, tmp_path):
    window.open_event(event_ids["ECRI"])
    chosen = sorted(_coming(context, event_ids["ECRI"]))[:2]
    context.set_selected_people(frozenset(chosen))
    folder = tmp_path / "calendars"
    finish(qtbot, window, window.calendar.export_personal_calendars(folder, with_actions=False))
    rows = recorded(context.store)
    assert sorted(row.destination for row in rows) == sorted(str(path) for path in folder.iterdir())
    assert sorted(row.person_ids[0] for row in rows) == chosen
    assert {row.what for row in rows} == {"Personal calendar (.ics)"}


def test_invitations_sent_from_the_window_one_row_each_with_the_server(window, context, event_ids, qtbot, smtp):
    from tests.ui.test_send_invitations import deliver, open_for, server_at

    mailbox, address = smtp(refuse=("p.los@example.org",))
    dialog = open_for(qtbot, window, event_ids["ECRI"], server_at(address))
    deliver(qtbot, dialog)
    rows = recorded(context.store)
    sent = sorted(rcpt[0] for rcpt, _message in mailbox.messages)
    assert sorted(row.recipients[0] for row in rows) == sent and "p.los@example.org" not in sent
    assert all(len(row.recipients) == 1 and len(row.person_ids) == 1 for row in rows)
    assert {(row.kind, row.what, row.destination) for row in rows} == {("message", "Invitation", address)}


def test_invitations_saved_as_files_from_the_window_even_uncounted(window, context, event_ids, qtbot, tmp_path):
    from tests.ui.test_send_invitations import deliver, open_for

    dialog = open_for(qtbot, window, event_ids["ECRI"])
    dialog.folder.setText(str(tmp_path / "look"))
    dialog.remember.setChecked(False)  # a preview: not counted as sent, yet it left as files
    deliver(qtbot, dialog)
    rows = recorded(context.store)
    assert sorted(row.destination for row in rows) == sorted(str(path) for path in (tmp_path / "look").glob("*.eml"))


def test_the_conclusions_report_saved_for_word_from_the_preview(window, context, event_ids, qtbot, tmp_path):
    from planner.ui.documents import word_export

    window.open_event(event_ids["Improvement"])
    shown = window.documents.open("minutes")
    qtbot.waitUntil(shown.settled, timeout=WAIT_MS)
    path = tmp_path / "report.docx"
    assert word_export.save_word(shown, path) == path
    [row] = recorded(context.store)
    assert (row.kind, row.what, row.destination) == ("document", "Conclusions report (Word)", str(path))
    assert row.person_ids  # who took part, who proposed and who owns the actions
    shown.renderer.runner.background_pool.waitForDone(WAIT_MS)


@pytest.mark.parametrize(("suffix", "what"), [("pdf", "Cost report (PDF)"), ("xlsx", "Cost report (Excel)")])
def test_a_cost_report_saved_from_the_budget_names_whom_the_costs_were_for(context, event_ids, tmp_path, suffix, what):
    from planner.services import logistics
    from planner.ui.budget.page import write_cost_report

    madrid = event_ids["Improvement"]
    path = tmp_path / f"costs.{suffix}"
    write_cost_report(context, madrid, "CLUNET", path)
    [row] = recorded(context.store)
    with context.read() as session:
        paid_for = {cost.person_id for cost in logistics.costs_of(session, madrid) if cost.funded_by == "CLUNET"}
    assert (row.what, row.destination) == (what, str(path))
    assert set(row.person_ids) == paid_for - {None} and row.person_ids
