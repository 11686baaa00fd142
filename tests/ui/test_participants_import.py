"""Participant lists from the Participants tab: the import dialog on a
registration form's export as German Excel writes it (semicolons,
Windows-1252), its mapping the user corrects, its preview; the import as
one undoable step that can be stopped; the export as .xlsx and .csv read
back."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QPushButton
from sqlalchemy import func, select

from planner.db.models import Person
from planner.exchange.participant_table import read_table
from planner.services import participants
from planner.ui import theme
from planner.ui.participants import import_models as models
from planner.ui.participants import transfer
from planner.ui.participants.import_dialog import ImportDialog
from planner.ui.participants.tab import ParticipantsTab

# "Name" is the family name beside "Vorname"; "Kontakt" holds the e-mail
# addresses but says so nowhere, so nothing is guessed for it.
HEADER = "Name;Vorname;Kontakt;Einrichtung;Land;Ernährung"
GERMAN = [
    HEADER,
    "Müller;Jürgen;j.mueller@example.de;Bioregion Süd e.V.;DE;vegetarisch",
    "Schäfer;Käthe;k.schaefer@example.at;Österreichische Biotech GmbH;Österreich;",
    # In the Directory (the Madrid workshop), not yet in the study visit:
    "Großmann;Jürgen;j.grossmann@example.org;Biotech Netzwerk Berlin;Deutschland;laktosefrei",
    # On the study visit's list already:
    "Bäumler;Tobias;t.baeumler@example.org;BioM;DE;",
]
KONTAKT, EINRICHTUNG, LAND = 2, 3, 4


def _file(folder: Path, lines: list[str], name: str = "Anmeldungen.csv", encoding: str = "cp1252") -> Path:
    path = folder / name
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


@pytest.fixture
def ecri(event_ids) -> int:
    return event_ids["ECRI"]


def _wait_for_plan(qtbot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.planning and not dialog.timer.isActive(), timeout=10_000)


@pytest.fixture
def open_dialog(context, ecri, qtbot):
    """Opens the import dialog on a file, as the tab does, once its first
    preview is there."""

    def open_(path: Path) -> ImportDialog:
        dialog = ImportDialog(context, ecri, read_table(path.read_bytes(), path.name))
        qtbot.addWidget(dialog)
        _wait_for_plan(qtbot, dialog)
        return dialog

    return open_


def _choose(qtbot, dialog: ImportDialog, column: int, field: str | None) -> None:
    dialog.set_choice(column, field)
    # Until the new preview is there, the old one does not count.
    assert dialog.planning and not dialog.import_button.isEnabled()
    _wait_for_plan(qtbot, dialog)


def _preview(dialog: ImportDialog, column: int) -> list[str]:
    return [dialog.proxy.index(row, column).data() for row in range(dialog.proxy.rowCount())]


def _action_of(dialog: ImportDialog, family_name: str) -> str:
    return next(row.action for row in dialog.model.rows if row.name.endswith(family_name))


def _names_in_event(context, event_id: int) -> list[str]:
    with context.read() as session:
        return sorted(row.full_name for row in participants.participant_rows(session, event_id))


def _people(context, family_name: str | None = None) -> int:
    query = select(func.count()).select_from(Person)
    if family_name:
        query = query.where(Person.family_name == family_name)
    with context.read() as session:
        return session.scalar(query)


# -- the dialog ------------------------------------------------------------------


def test_the_dialog_shows_the_file_the_guessed_columns_and_the_names(open_dialog, tmp_path):
    dialog = open_dialog(_file(tmp_path, GERMAN))
    assert (
        dialog.heading.text()
        == "<b>Anmeldungen.csv · Windows-1252 (Western European), semicolon-separated · 4 rows</b>"
    )
    assert [label.text() for label in dialog.columns.header_labels] == HEADER.split(";")
    assert [combo.currentText() for combo in dialog.columns.combos] == [
        "Family name", "Given name", "Ignore", "Organisation", "Country", "Dietary needs",
    ]  # fmt: skip
    assert dialog.columns.header_labels[KONTAKT].toolTip() == "Not imported"
    # The umlauts came through the Windows-1252 file.
    assert _preview(dialog, models.NAME) == ["Jürgen Müller", "Käthe Schäfer", "Jürgen Großmann", "Tobias Bäumler"]
    assert _preview(dialog, models.ORGANISATION)[1] == "Österreichische Biotech GmbH"
    assert _preview(dialog, models.ROW) == ["2", "3", "4", "5"]
    assert _preview(dialog, models.EMAIL) == ["", "", "", ""]
    assert _action_of(dialog, "Müller") == "new person"
    assert _action_of(dialog, "Großmann").startswith("matches Dr. Jürgen Großmann")
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Import 4 participants"
    assert dialog.problems_note.isHidden()


def test_choosing_what_a_column_holds_changes_the_preview_and_is_remembered(open_dialog, tmp_path, qtbot, context):
    path = _file(tmp_path, GERMAN)
    dialog = open_dialog(path)
    _choose(qtbot, dialog, KONTAKT, "email")
    assert _preview(dialog, models.EMAIL)[0] == "j.mueller@example.de"
    assert dialog.columns.header_labels[KONTAKT].toolTip() == ""
    # Found by the address now: on the list already, not a new person.
    assert _action_of(dialog, "Bäumler").startswith("already on the list")
    assert dialog.summary.text() == "2 new people, 1 matched, 1 already on the list"
    # The next list with a "Kontakt" column starts with this choice.
    dialog.reject()
    again = open_dialog(path)
    assert again.columns.combos[KONTAKT].currentText() == "E-mail"
    assert _preview(again, models.EMAIL)[0] == "j.mueller@example.de"
    # Choosing what was guessed forgets the correction.
    _choose(qtbot, again, KONTAKT, None)
    assert "kontakt" not in models.remembered_choices(context.settings)


def test_remembered_choices_survive_a_damaged_setting(context):
    context.settings.setValue(models.REMEMBERED_KEY, "{not json")
    assert models.remembered_choices(context.settings) == {}
    context.settings.setValue(models.REMEMBERED_KEY, '{"kontakt": "email", "x": "no such field"}')
    assert models.remembered_choices(context.settings) == {"kontakt": "email"}


def test_an_ignored_column_leaves_the_preview_and_a_shared_field_is_explained(open_dialog, tmp_path, qtbot):
    dialog = open_dialog(_file(tmp_path, GERMAN))
    _choose(qtbot, dialog, EINRICHTUNG, None)
    assert _preview(dialog, models.ORGANISATION) == ["", "", "", ""]
    assert dialog.columns.header_labels[EINRICHTUNG].toolTip() == "Not imported"
    _choose(qtbot, dialog, EINRICHTUNG, "organisation")
    _choose(qtbot, dialog, LAND, "organisation")
    assert dialog.columns.header_labels[EINRICHTUNG].toolTip() == (
        "Organisation also comes from “Land”: for each row, the first of these columns with a value counts"
    )
    assert _preview(dialog, models.ORGANISATION)[0] == "Bioregion Süd e.V."
    assert dialog.import_button.isEnabled()


def test_without_a_name_column_the_dialog_says_which_one_is_missing(open_dialog, tmp_path, qtbot):
    dialog = open_dialog(_file(tmp_path, GERMAN))
    _choose(qtbot, dialog, 0, None)
    _choose(qtbot, dialog, 1, None)
    assert "no column holds the participants' names" in dialog.summary.text()
    assert dialog.model.rowCount() == 0
    assert not dialog.import_button.isEnabled()


BAD_ROW = 6
WITH_A_BAD_ADDRESS = [
    "Name;Vorname;E-Mail;Einrichtung",
    "Müller;Jürgen;j.mueller@example.de;Bioregion Süd e.V.",
    "",  # a blank line: the rows keep the numbers a spreadsheet shows
    "Schäfer;Käthe;k.schaefer@example.at;Österreichische Biotech GmbH",
    "Weiß;Sören;s.weiss@example.de;Universität Würzburg",
    "Köhler;Björn;b.koehler(at)example.de;Universität Würzburg",
]


def test_a_bad_address_is_shown_with_its_row_and_nothing_can_be_imported(open_dialog, tmp_path, qtbot):
    dialog = open_dialog(_file(tmp_path, WITH_A_BAD_ADDRESS))
    assert not dialog.import_button.isEnabled()
    assert "Nothing is imported while a row has a problem" in dialog.import_button.toolTip()
    assert dialog.summary.text().endswith(
        f"<span style='color:{theme.current().error}'><b>1 row with problems</b></span>"
    )
    assert dialog.problems_note.isVisibleTo(dialog)
    note = dialog.problems_note.text()
    assert note.startswith(f"Row {BAD_ROW}: e-mail: 'b.koehler(at)example.de'"), note
    assert note.endswith("Nothing is imported until every row is right.")
    # The row is red, with its problem; the others are not.
    rows = _preview(dialog, models.ROW)
    assert rows == ["2", "4", "5", "6"]
    bad = rows.index(str(BAD_ROW))
    assert dialog.proxy.index(bad, models.NAME).data(Qt.ItemDataRole.ForegroundRole) == theme.colour("error")
    assert dialog.proxy.index(0, models.NAME).data(Qt.ItemDataRole.ForegroundRole) is None
    assert dialog.proxy.index(bad, models.PROBLEMS).data().startswith("e-mail: 'b.koehler(at)example.de'")
    # Only the rows with problems, on request.
    dialog.only_problems.setChecked(True)
    assert _preview(dialog, models.ROW) == [str(BAD_ROW)]
    # Sorting by problems brings them first.
    dialog.only_problems.setChecked(False)
    dialog.table_view.sortByColumn(models.PROBLEMS, Qt.SortOrder.AscendingOrder)
    assert _preview(dialog, models.ROW)[0] == str(BAD_ROW)
    # Leaving the addresses out makes every row importable.
    _choose(qtbot, dialog, 2, None)
    assert dialog.import_button.isEnabled() and dialog.problems_note.isHidden()


# -- importing -------------------------------------------------------------------------


def _import(qtbot, dialog: ImportDialog) -> None:
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.import_button.click()


def test_import_is_one_step_that_undo_and_redo_take_back_and_forth(context, ecri, open_dialog, tmp_path, qtbot):
    before = _names_in_event(context, ecri)
    people = _people(context)
    dialog = open_dialog(_file(tmp_path, GERMAN))
    _choose(qtbot, dialog, KONTAKT, "email")
    _import(qtbot, dialog)
    assert dialog.imported.new_people == 2
    after = _names_in_event(context, ecri)
    assert sorted(set(after) - set(before)) == ["Jürgen Großmann", "Jürgen Müller", "Käthe Schäfer"]
    assert len(after) == len(before) + 3  # Tobias Bäumler is on the list once
    # Jürgen Großmann was found in the Directory, not doubled.
    assert _people(context) == people + 2 and _people(context, "Großmann") == 1
    assert context.undo_stack.undoText() == "Import participants"
    context.undo_stack.undo()
    assert _names_in_event(context, ecri) == before and _people(context) == people
    context.undo_stack.redo()
    assert _names_in_event(context, ecri) == after and _people(context) == people + 2


def test_someone_in_the_directory_is_matched_from_a_utf8_list(context, ecri, open_dialog, tmp_path, qtbot):
    lines = ["Given name,Family name,E-mail", "Łukasz,Wójcik,L.Wojcik@example.org", "Γιώργος,Παπαδόπουλος,"]
    dialog = open_dialog(_file(tmp_path, lines, "registrations.csv", "utf-8-sig"))
    assert "UTF-8 with BOM, comma-separated" in dialog.heading.text()
    assert _action_of(dialog, "Wójcik") == "matches Dr. Łukasz Wójcik (l.wojcik@example.org)"
    assert _action_of(dialog, "Παπαδόπουλος").startswith("matches Dr. Γιώργος Παπαδόπουλος")
    people = _people(context)
    _import(qtbot, dialog)
    assert _people(context) == people
    assert {"Łukasz Wójcik", "Γιώργος Παπαδόπουλος"} <= set(_names_in_event(context, ecri))


@pytest.fixture
def held_import(monkeypatch):
    """The import, once started, waits until the test lets it go on:
    stopping an import is tested without racing it."""
    import threading

    from planner.exchange import participant_import

    started, go_on = threading.Event(), threading.Event()
    apply_import = participant_import.apply_import

    def held(*args):
        started.set()
        go_on.wait(10)
        return apply_import(*args)

    monkeypatch.setattr(participant_import, "apply_import", held)
    return started, go_on


def test_cancel_during_the_import_stops_it_with_nothing_saved(context, ecri, open_dialog, tmp_path, qtbot, held_import):
    started, go_on = held_import
    before, people = _names_in_event(context, ecri), _people(context)
    dialog = open_dialog(_file(tmp_path, GERMAN))
    dialog.show()
    dialog.import_button.click()
    assert dialog.importing() and dialog.summary.text().startswith("Importing 4 rows…")
    assert not dialog.columns.isEnabled()
    assert started.wait(10)
    dialog.reject()
    assert dialog.isVisible()  # until the import has stopped
    assert "nothing of it is saved" in dialog.summary.text()
    with qtbot.waitSignal(dialog.rejected, timeout=10_000):
        go_on.set()
    assert dialog.imported is None
    assert _names_in_event(context, ecri) == before and _people(context) == people
    assert context.undo_stack.count() == 0


def test_the_progress_dialogs_cancel_stops_the_import_and_the_preview_stays(
    context, ecri, open_dialog, tmp_path, qtbot, held_import
):
    from planner.ui.tasks import TaskRunner

    started, go_on = held_import
    people = _people(context)
    dialog = open_dialog(_file(tmp_path, GERMAN))
    dialog.show()
    dialog.runner.SHOW_DIALOG_AFTER_MS = 0
    dialog.import_button.click()
    assert started.wait(10)
    qtbot.waitUntil(lambda: dialog.runner.dialog is not None)
    progress = dialog.runner.dialog
    assert progress.labelText() == "Importing 4 participants…" and progress.parent() is dialog
    progress.findChild(QPushButton).click()  # its Cancel
    go_on.set()
    qtbot.waitUntil(lambda: not dialog.importing(), timeout=10_000)
    assert dialog.isVisible() and dialog.imported is None
    assert dialog.columns.isEnabled() and dialog.import_button.isEnabled()  # to try again
    assert dialog.summary.text() == "2 new people, 1 matched, 1 already on the list"
    assert _people(context) == people and context.undo_stack.count() == 0
    assert TaskRunner.of(dialog) is dialog.runner and not dialog.runner.busy()


def test_an_import_the_database_refuses_leaves_the_dialog_open_with_nothing_saved(
    context, ecri, open_dialog, tmp_path, qtbot, monkeypatch, warnings_shown
):
    from planner.errors import StoreError
    from planner.exchange import participant_import

    def refuse(session, *_args):
        session.add(Person(given_name="Half", family_name="Written"))
        session.flush()
        raise StoreError(f"{context.store.path}: the disk is full; free some space and try again")

    monkeypatch.setattr(participant_import, "apply_import", refuse)
    people = _people(context)
    dialog = open_dialog(_file(tmp_path, GERMAN))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.importing() and not dialog.planning, timeout=10_000)
    assert warnings_shown == [
        f"{context.store.path}: the disk is full; free some space and try again\n\nNothing was imported."
    ]
    assert dialog.result() == 0 and dialog.imported is None
    assert dialog.columns.isEnabled() and dialog.import_button.isEnabled()  # to try again
    assert _people(context) == people and context.undo_stack.count() == 0


# -- from the tab -------------------------------------------------------------------------


@pytest.fixture
def tab(window, ecri) -> ParticipantsTab:
    window.open_event(ecri)
    shown = window.event_view.page_of(ParticipantsTab)
    window.event_view.tabs.setCurrentWidget(shown)
    return shown


def _tab_names(tab: ParticipantsTab) -> set[str]:
    return {row.full_name for row in tab.model.rows()}


def test_import_from_the_tab_shows_the_new_participants_and_says_how_many(
    tab, window, context, tmp_path, qtbot, monkeypatch
):
    path = _file(tmp_path, GERMAN)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))

    def exec_(dialog: ImportDialog) -> int:
        _wait_for_plan(qtbot, dialog)
        _choose(qtbot, dialog, KONTAKT, "email")
        _import(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", exec_)
    assert tab.import_action.isEnabled() and tab.import_action in tab.toolbar.actions()
    tab.import_action.trigger()
    assert {"Jürgen Müller", "Käthe Schäfer", "Jürgen Großmann"} <= _tab_names(tab)
    assert window.statusBar().currentMessage() == (
        "Imported 3 participants from Anmeldungen.csv: 2 new people, 1 found in the Directory; 1 already on the list"
    )
    assert context.settings.value(transfer.FOLDER_KEY) == str(tmp_path)
    context.undo_stack.undo()
    assert "Käthe Schäfer" not in _tab_names(tab)


def test_a_file_that_is_not_a_list_is_named_in_the_message(tab, context, tmp_path, monkeypatch, warnings_shown):
    path = tmp_path / "Teilnehmer.xlsx"
    path.write_bytes(b"Name;Vorname\nnot really a workbook\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    tab.import_action.trigger()
    assert len(warnings_shown) == 1
    assert warnings_shown[0].startswith("Teilnehmer.xlsx: is not an Excel workbook")
    assert warnings_shown[0].endswith("Nothing was imported.")
    assert context.undo_stack.count() == 0


# -- exporting -------------------------------------------------------------------------------


@pytest.fixture
def madrid_tab(window, event_ids) -> ParticipantsTab:
    window.open_event(event_ids["Improvement"])
    shown = window.event_view.page_of(ParticipantsTab)
    window.event_view.tabs.setCurrentWidget(shown)
    return shown


def _save_as(monkeypatch, path: Path, chosen_filter: str) -> list[str]:
    """The save dialog answers ``path``; returns the names it suggested."""
    suggested: list[str] = []

    def answer(_parent, _caption, suggestion, *_args, **_kwargs):
        suggested.append(suggestion)
        return str(path), chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return suggested


def _export(qtbot, tab: ParticipantsTab) -> None:
    """Export as the user does, and wait until the file is written (or the
    export refused)."""
    from planner.ui.tasks import TaskRunner

    runner = TaskRunner.of(tab.window())
    tab.export_action.trigger()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=30_000)


def test_export_to_excel_reads_back_with_the_names(madrid_tab, window, tmp_path, monkeypatch, qtbot):
    path = tmp_path / "list.xlsx"
    suggested = _save_as(monkeypatch, path, transfer.EXCEL_FILTER)
    _export(qtbot, madrid_tab)
    assert Path(suggested[0]).name == (
        "Participants - Improvement of management skills in biotechnological companies the role of clusters.xlsx"
    )
    sheet = openpyxl.load_workbook(path).active
    rows = [[cell or "" for cell in row] for row in sheet.iter_rows(values_only=True)]
    header = rows[0]
    given, family = header.index("Given name"), header.index("Family name")
    names = {f"{row[given]} {row[family]}" for row in rows[1:]}
    assert len(rows) == 15 and {"Łukasz Wójcik", "Γιώργος Παπαδόπουλος", "Małgorzata Żurawska"} <= names
    assert window.statusBar().currentMessage().endswith(f"to {path}")


def test_export_to_csv_adds_the_extension_and_reads_back(madrid_tab, tmp_path, monkeypatch, qtbot):
    _save_as(monkeypatch, tmp_path / "Teilnehmer", transfer.CSV_FILTER)
    _export(qtbot, madrid_tab)
    text = (tmp_path / "Teilnehmer.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == 14
    assert {"Łukasz Wójcik", "Jürgen Großmann"} <= {f"{row['Given name']} {row['Family name']}" for row in rows}


def test_an_export_that_cannot_be_written_is_named_in_the_message(
    madrid_tab, tmp_path, monkeypatch, warnings_shown, qtbot
):
    _save_as(monkeypatch, tmp_path / "gone" / "list.xlsx", transfer.EXCEL_FILTER)
    _export(qtbot, madrid_tab)
    assert len(warnings_shown) == 1 and "list.xlsx" in warnings_shown[0] and "does not exist" in warnings_shown[0]


def test_the_suggested_name_has_no_character_a_file_system_refuses():
    assert (
        transfer._suggested_name('Kick-off: "A/B" testing? <Berlin>')
        == "Participants - Kick-off A B testing Berlin.xlsx"
    )
    assert transfer._suggested_name("...") == "Participants - event.xlsx"
    assert transfer._suggested_name("word " * 40) == f"Participants - {' '.join(['word'] * 24)}.xlsx"


def test_an_export_from_the_file_menu_can_be_stopped_and_writes_nothing(
    window, event_ids, tmp_path, monkeypatch, qtbot
):
    import threading

    from planner.ui.tasks import TaskRunner

    window.open_event(event_ids["Improvement"])
    started, go_on = threading.Event(), threading.Event()
    export = transfer.export_participants

    def held(*args):
        started.set()
        go_on.wait(10)
        return export(*args)

    monkeypatch.setattr(transfer, "export_participants", held)
    path = tmp_path / "list.xlsx"
    _save_as(monkeypatch, path, transfer.EXCEL_FILTER)
    runner = TaskRunner.of(window)
    runner.SHOW_DIALOG_AFTER_MS = 0
    window.export_participants_action.trigger()
    assert started.wait(10)
    qtbot.waitUntil(lambda: runner.dialog is not None)
    assert runner.dialog.labelText() == "Exporting the participants to list.xlsx…"
    runner.dialog.findChild(QPushButton).click()  # its Cancel
    go_on.set()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=30_000)
    assert not path.exists() and list(tmp_path.glob("*.part")) == []
    assert window.statusBar().currentMessage() == "Export stopped; list.xlsx was not written."


# -- encodings ---------------------------------------------------------------------------------

POLISH = [
    "Nazwisko;Imię;E-mail",
    "Żółtowski;Łukasz;lukasz@example.pl",
    "Śliwińska;Małgorzata;m.sliwinska@example.pl",
]
# Two Lithuanian names in Windows-1257: as Windows-1252 they read as French
# or Dutch ("Jonaitë"), and nothing in the file tells which is meant.
LITHUANIAN = ["Given name;Family name;E-mail", "Jonaitė;Kazlauskienė;j.k@example.lt"]


def _open_with_bytes(context, ecri, qtbot, path: Path) -> ImportDialog:
    data = path.read_bytes()
    dialog = ImportDialog(context, ecri, read_table(data, path.name), data=data)
    qtbot.addWidget(dialog)
    _wait_for_plan(qtbot, dialog)
    return dialog


def test_the_preview_shows_the_names_of_a_central_european_list_as_they_will_be_stored(context, ecri, qtbot, tmp_path):
    dialog = _open_with_bytes(context, ecri, qtbot, _file(tmp_path, POLISH, "Lista.csv", "cp1250"))
    assert dialog.heading.text() == "<b>Lista.csv · Windows-1250 (Central European), semicolon-separated · 2 rows</b>"
    assert dialog.encoding is not None and dialog.encoding.currentText() == "Windows-1250 (Central European)"
    assert _preview(dialog, models.NAME) == ["Łukasz Żółtowski", "Małgorzata Śliwińska"]
    assert [label.text() for label in dialog.columns.header_labels] == ["Nazwisko", "Imię", "E-mail"]

    # Another encoding: the columns and the preview read the file again.
    dialog.set_encoding("cp1252")
    assert dialog.planning and not dialog.import_button.isEnabled()
    _wait_for_plan(qtbot, dialog)
    assert "Windows-1252 (Western European)" in dialog.heading.text()
    assert _preview(dialog, models.NAME) == ["£ukasz ¯ó³towski", "Ma³gorzata Œliwiñska"]
    assert [label.text() for label in dialog.columns.header_labels] == ["Nazwisko", "Imiê", "E-mail"]

    dialog.set_encoding("cp1250")
    _wait_for_plan(qtbot, dialog)
    _import(qtbot, dialog)
    assert {"Łukasz Żółtowski", "Małgorzata Śliwińska"} <= set(_names_in_event(context, ecri))


def test_an_encoding_the_file_cannot_be_read_in_is_refused_and_the_preview_stays(
    context, ecri, qtbot, tmp_path, warnings_shown
):
    dialog = _open_with_bytes(context, ecri, qtbot, _file(tmp_path, POLISH, "Lista.csv", "cp1250"))
    dialog.set_encoding("utf_8")
    refusal = "Lista.csv: line 1: byte 0xEA is not valid UTF-8 text; choose another encoding, "
    assert warnings_shown == [refusal + "or save the list again as 'CSV UTF-8'"]
    assert dialog.encoding is not None and dialog.encoding.currentData() == "cp1250"
    assert _preview(dialog, models.NAME) == ["Łukasz Żółtowski", "Małgorzata Śliwińska"]
    assert dialog.import_button.isEnabled()


def test_a_workbook_has_no_encoding_to_choose(context, ecri, qtbot, tmp_path):
    path = tmp_path / "Lista.xlsx"
    workbook = openpyxl.Workbook()
    for row in POLISH:
        workbook.active.append(row.split(";"))
    workbook.save(path)
    dialog = _open_with_bytes(context, ecri, qtbot, path)
    assert dialog.encoding is None
    assert _preview(dialog, models.NAME)[0] == "Łukasz Żółtowski"


def test_a_list_whose_encoding_cannot_be_told_asks_which_showing_the_names(tab, context, tmp_path, qtbot, monkeypatch):
    path = _file(tmp_path, LITHUANIAN, "Dalyviai.csv", "cp1257")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    asked: list[list[str]] = []

    def get_item(_parent, _title, label, items, *_args):
        asked.append([label, *items])
        return next(item for item in items if item.startswith("Windows-1257")), True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    previews: list[list[str]] = []

    def exec_(dialog: ImportDialog) -> int:
        _wait_for_plan(qtbot, dialog)
        previews.append(_preview(dialog, models.NAME))
        _import(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", exec_)
    tab.import_action.trigger()
    label, *items = asked[0]
    assert label.startswith("Dalyviai.csv does not say how its text is encoded.")
    assert items[:2] == [
        "Windows-1252 (Western European): Jonaitë, Kazlauskienë",
        "Windows-1257 (Baltic): Jonaitė, Kazlauskienė",
    ]
    assert previews == [["Jonaitė Kazlauskienė"]]
    assert "Jonaitė Kazlauskienė" in _tab_names(tab)


def test_a_list_whose_encoding_is_not_chosen_imports_nothing(tab, context, tmp_path, monkeypatch):
    path = _file(tmp_path, LITHUANIAN, "Dalyviai.csv", "cp1257")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: ("", False))
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: pytest.fail("no dialog without an encoding"))
    tab.import_action.trigger()
    assert context.undo_stack.count() == 0
