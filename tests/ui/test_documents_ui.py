"""The Documents menu and the preview: a document for the event shown, its
options, Print and Save as, and errors shown instead of raised."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QKeySequence, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from planner.documents.catalogue import KINDS
from planner.documents.options import DocumentOptions
from planner.errors import PlannerError
from planner.operations.directory import ChangePerson
from planner.services import participants
from planner.ui.documents import render as render_module
from planner.ui.documents.preview import file_name
from planner.ui.participants import ParticipantsTab

WAIT_MS = 15_000


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _settle(qtbot, preview) -> None:
    qtbot.waitUntil(preview.settled, timeout=WAIT_MS)


def _family_names(context, event_id: int) -> list[str]:
    """Of those coming: who the list shows unless told otherwise."""
    with context.read() as session:
        rows = participants.participant_rows(session, event_id)
    return [row.family_name for row in rows if row.status not in participants.NOT_COMING]


@pytest.fixture
def madrid(window, event_ids) -> int:
    window.open_event(event_ids["Improvement"])
    return event_ids["Improvement"]


@pytest.fixture
def shown(window, madrid, qtbot):
    """The participant list of the Madrid workshop, shown and ready."""
    preview = window.documents.open("participants")
    _settle(qtbot, preview)
    return preview


@pytest.fixture(autouse=True)
def no_render_left_running(window):
    """A render still under way would read a database the test has closed."""
    yield
    preview = window.documents.preview
    if preview is not None:
        preview.renderer.runner.background_pool.waitForDone(WAIT_MS)


def test_the_documents_menu_has_every_document_between_event_and_view(window, event_ids):
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert menus[menus.index("Event") + 1 : menus.index("View")] == ["Calendar", "Documents"]
    entries = [action.text().replace("&", "") for action in window.documents.menu.actions()]
    assert entries == [f"{kind.title}…" for kind in KINDS.values() if kind.in_window]
    assert "Agenda…" in entries and "Signature sheets…" in entries and "Conclusions report…" in entries
    assert not any(action.isEnabled() for action in window.documents.menu.actions())
    assert not window.documents.button.isEnabled()
    window.open_event(event_ids["ECRI"])
    assert all(action.isEnabled() for action in window.documents.menu.actions())
    assert window.documents.button.isEnabled() and window.documents.button.menu() is window.documents.menu
    window.show_event(None)
    assert not window.documents.actions["agenda"].isEnabled()


def test_ctrl_p_opens_the_agenda_preview(window, event_ids):
    assert window.documents.actions["agenda"].shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    window.open_event(event_ids["ECRI"])
    window.documents.actions["agenda"].trigger()
    preview = window.documents.preview
    assert preview.isVisible() and not preview.isModal()
    assert preview.kind_name() == "agenda"
    assert preview.windowTitle() == "Agenda — ECRI study visit to BioM, Munich"


def test_the_participant_list_is_shown_with_every_participant(shown, context, madrid, window):
    assert shown.document.status() == QPdfDocument.Status.Ready
    assert shown.document.pageCount() >= 1
    assert (
        shown.status.text().endswith("· A4 · English")
        and shown.print_button.isEnabled()
        and shown.save_button.isEnabled()
    )
    text = _text(shown.data)
    for name in _family_names(context, madrid):
        assert name in text
    # About 80% of the window, over it.
    assert shown.width() == pytest.approx(window.width() * 0.8, abs=2)


def test_letter_paper_changes_the_pages(shown, qtbot):
    a4 = shown.document.pagePointSize(0)
    assert (round(a4.width()), round(a4.height())) == (595, 842)
    shown.panel.set_paper("letter")
    assert shown.status.text() == "Preparing…" and not shown.print_button.isEnabled()
    _settle(qtbot, shown)
    letter = shown.document.pagePointSize(0)
    assert (round(letter.width()), round(letter.height())) == (612, 792)
    assert shown.status.text().endswith("· Letter · English")


def test_switching_the_document_keeps_the_dialog_and_shows_its_options(shown, qtbot, window):
    assert shown.panel.group_by.isVisibleTo(shown.panel)
    assert not shown.panel.blank_rows.isVisibleTo(shown.panel)
    shown.panel.set_kind("attendance")
    _settle(qtbot, shown)
    assert shown.isVisible() and shown.windowTitle().startswith("Signature sheets — ")
    assert shown.panel.blank_rows.isVisibleTo(shown.panel)
    assert not shown.panel.group_by.isVisibleTo(shown.panel)
    # Asking the menu for another document switches the same dialog.
    assert window.documents.open("participants") is shown
    assert shown.panel.kind_name() == "participants"


def test_columns_and_grouping_reach_the_document(shown, qtbot):
    shown.panel.columns["email"].setChecked(True)
    shown.panel.group_by.setCurrentIndex(shown.panel.group_by.findData("country"))
    _settle(qtbot, shown)
    assert shown.shown.options.columns == ("email",) and shown.shown.options.group_by == "country"
    text = _text(shown.data)
    assert "E-mail" in text and "@example.org" in text and "Italy" in text


def test_save_as_writes_the_pdf_and_remembers_the_folder(shown, context, madrid, monkeypatch, tmp_path):
    asked = {}

    def get_save_file_name(_parent, _caption, suggestion, _filter):
        asked["suggestion"] = suggestion
        return str(tmp_path / "list"), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    saved = shown.save_as()
    assert saved == tmp_path / "list.pdf"
    assert Path(asked["suggestion"]).name == (
        "Participant list - Improvement of management skills in biotechnological companies- the role of clusters.pdf"
    )
    text = _text(saved.read_bytes())
    for name in _family_names(context, madrid):
        assert name in text
    assert context.settings.value("documents/folder") == str(tmp_path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    shown.save_as()
    assert Path(asked["suggestion"]).parent == tmp_path


def test_a_file_that_cannot_be_written_is_named_in_the_message(shown, warnings_shown, tmp_path):
    target = tmp_path / "no such folder" / "Participants.pdf"
    assert shown.save_as(target) is None
    assert not target.exists()
    assert len(warnings_shown) == 1 and "Participants.pdf" in warnings_shown[0]


def test_file_names_lose_what_file_systems_refuse():
    assert (
        file_name("Agenda", "", "ECRI study visit to BioM, Munich") == "Agenda - ECRI study visit to BioM, Munich.pdf"
    )
    cleaned = file_name("Agenda", 'A/B: "x" <y>?*|\\')
    assert cleaned.startswith("Agenda - A-B- -x- -y") and not set('/:"<>?*|\\') & set(cleaned)
    assert file_name("Agenda", "Πρόγραμμα Łódź") == "Agenda - Πρόγραμμα Łódź.pdf"
    assert file_name("", "...") == "Document.pdf"


def _select_in_participants_tab(window, rows: list[int]) -> list[str]:
    window.event_view.tabs.setCurrentWidget(window.event_view.page_of(ParticipantsTab))
    tab = window.event_view.page_of(ParticipantsTab)
    table, selection = tab.table, tab.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(table.model().index(row, 0), flags)
    return [row.family_name for row in tab.selected_rows()]


def test_only_the_participants_selected_in_the_tab(window, madrid, context, qtbot):
    chosen = _select_in_participants_tab(window, [0, 3, 5])
    assert len(chosen) == 3
    preview = window.documents.open("participants")
    _settle(qtbot, preview)
    box = preview.panel.only_selected
    assert box.isEnabled() and not box.isChecked() and box.text() == "Only the 3 selected participants"
    box.setChecked(True)
    _settle(qtbot, preview)
    text = _text(preview.data)
    for name in chosen:
        assert name in text
    others = [name for name in _family_names(context, madrid) if name not in chosen]
    assert others and not any(name in text for name in others)
    # Badges for the same selection; the agenda is for everyone and has no such box.
    preview.panel.set_kind("badges")
    assert preview.panel.options().person_ids == preview.shown.options.person_ids
    preview.panel.set_kind("agenda")
    assert not preview.panel.only_selected.isVisibleTo(preview.panel)
    assert preview.panel.options().person_ids is None


def test_without_a_selection_the_box_cannot_be_ticked(window, madrid, qtbot):
    _select_in_participants_tab(window, [])
    preview = window.documents.open("participants")
    assert not preview.panel.only_selected.isEnabled()
    assert "Participants tab" in preview.panel.only_selected.toolTip()


def test_one_travellers_itinerary(window, event_ids, qtbot):
    window.open_event(event_ids["ECRI"])
    preview = window.documents.open("itinerary")
    combo = preview.panel.traveller
    assert combo.itemText(0) == "Everyone" and combo.count() > 2
    assert combo.isVisibleTo(preview.panel)
    combo.setCurrentIndex(1)
    person_id = combo.currentData()
    assert preview.panel.options().person_ids == frozenset({person_id})
    assert not preview.panel.only_selected.isEnabled()
    assert preview.suggested_name().startswith(f"Itinerary - {preview.panel.traveller_name()} - ECRI")
    _settle(qtbot, preview)


def test_the_languages_are_named_in_themselves_after_for_each_reader(shown):
    combo = shown.panel.language
    assert [combo.itemText(index) for index in range(combo.count())] == [
        "For each reader",
        "English",
        "Español",
        "Deutsch",
        "Français",
        "Italiano",
        "Polski",
        "Ελληνικά",
    ]
    assert combo.currentData() is None and combo.isVisibleTo(shown.panel)
    # The participant list has no one reader: the window's language.
    assert shown.shown.options.language == "en" and "Participant list" in _text(shown.data)


def test_deutsch_renders_the_document_in_german_and_saves_it_so(shown, qtbot, tmp_path):
    shown.panel.set_language("de")
    assert shown.status.text() == "Preparing…" and not shown.save_button.isEnabled()
    _settle(qtbot, shown)
    assert shown.shown.options.language == "de" and shown.status.text().endswith("· A4 · Deutsch")
    assert "Liste der Teilnehmenden" in _text(shown.data)
    saved = shown.save_as(tmp_path / "Liste.pdf")
    assert saved is not None
    text = "\n".join(page.extract_text() for page in PdfReader(saved).pages)
    assert "Liste der Teilnehmenden" in text and "Participant list" not in text
    assert shown.suggested_name().startswith("Liste der Teilnehmenden - Improvement")
    # Another document keeps the language chosen.
    shown.panel.set_kind("agenda")
    _settle(qtbot, shown)
    assert "Tagesordnung" in _text(shown.data)


def test_for_each_reader_a_travellers_itinerary_is_in_their_language(window, context, event_ids, qtbot):
    window.open_event(event_ids["ECRI"])
    preview = window.documents.open("itinerary")
    combo = preview.panel.traveller
    combo.setCurrentIndex(1)
    person_id = combo.currentData()
    context.perform(ChangePerson(person_id, {"language": "el"}))
    qtbot.waitUntil(lambda: preview.shown is not None and preview.shown.options.language == "el", timeout=WAIT_MS)
    _settle(qtbot, preview)
    assert "Δρομολόγιο" in _text(preview.data) and preview.status.text().endswith("· Ελληνικά")
    # Everyone's itinerary has many readers: the window's language.
    combo.setCurrentIndex(0)
    _settle(qtbot, preview)
    assert preview.shown.options.language == "en" and "Itinerary" in _text(preview.data)
    # A language chosen wins over the reader's own.
    combo.setCurrentIndex(1)
    preview.panel.set_language("pl")
    _settle(qtbot, preview)
    assert preview.shown.options.language == "pl"


def test_for_each_reader_follows_the_windows_language(window, madrid, qtbot):
    from planner.ui import translations

    translations.install(code="de", pseudo=False)
    preview = window.documents.open("participants")
    _settle(qtbot, preview)
    assert preview.panel.language.currentData() is None
    assert preview.shown.options.language == "de" and "Liste der Teilnehmenden" in _text(preview.data)


class _PdfPrinterFactory:
    """Printers that write PDF files instead of paper."""

    def __init__(self, path: Path, pages: tuple[int, int] | None = None):
        self.path, self.pages, self.made = path, pages, []

    def __call__(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.path))
        printer.setResolution(100)  # a small file for a test
        if self.pages:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*self.pages)
        self.made.append(printer)
        return printer


@pytest.fixture
def print_dialog_accepted(monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted)


def _two_page_list(shown, qtbot):
    shown.panel.columns["email"].setChecked(True)
    shown.panel.group_by.setCurrentIndex(shown.panel.group_by.findData("country"))
    _settle(qtbot, shown)
    assert shown.document.pageCount() >= 2


def test_print_sends_every_page_on_the_chosen_paper(shown, qtbot, tmp_path, print_dialog_accepted):
    _two_page_list(shown, qtbot)
    shown.panel.set_paper("letter")
    _settle(qtbot, shown)
    factory = _PdfPrinterFactory(tmp_path / "printed.pdf")
    shown.printer_factory = factory
    assert shown.print_document() == shown.document.pageCount()
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == shown.document.pageCount()
    box = printed.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert factory.made[0].pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter


def test_print_sends_the_document_in_the_language_chosen(shown, qtbot, tmp_path, print_dialog_accepted):
    shown.panel.set_language("el")
    _settle(qtbot, shown)
    shown.printer_factory = _PdfPrinterFactory(tmp_path / "printed.pdf")
    printed = shown.print_document()
    assert shown.shown.options.language == "el" and "Κατάλογος συμμετεχόντων" in _text(shown.data)
    assert printed == shown.document.pageCount() == len(PdfReader(tmp_path / "printed.pdf").pages)


def test_print_honours_the_page_range(shown, qtbot, tmp_path, print_dialog_accepted):
    _two_page_list(shown, qtbot)
    shown.printer_factory = _PdfPrinterFactory(tmp_path / "page2.pdf", pages=(2, 2))
    assert shown.print_document() == 1
    assert len(PdfReader(tmp_path / "page2.pdf").pages) == 1


def test_print_cancelled_prints_nothing(shown, monkeypatch, tmp_path):
    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: QDialog.DialogCode.Rejected)
    shown.printer_factory = _PdfPrinterFactory(tmp_path / "never.pdf")
    assert shown.print_document() == 0
    assert not (tmp_path / "never.pdf").exists()


def test_a_refused_document_is_shown_not_raised(shown, qtbot, monkeypatch):
    # A person's own document for someone unknown, which render refuses.
    wrong = DocumentOptions(person_email="nobody@example.org")
    monkeypatch.setattr(shown.panel, "options", lambda: wrong)
    shown.render_document()
    _settle(qtbot, shown)
    assert shown.pages.currentWidget() is shown.message
    assert "could not be made" in shown.message.text() and "itinerary" in shown.message.text()
    assert not shown.print_button.isEnabled() and not shown.save_button.isEnabled()
    assert shown.save_as() is None and shown.print_document() == 0


def test_a_document_not_in_this_build_is_explained(shown, qtbot, monkeypatch):
    def missing(*_args):
        raise ModuleNotFoundError("No module named 'planner.documents.badges'", name="planner.documents.badges")

    monkeypatch.setattr(render_module.catalogue, "render", missing)
    shown.panel.set_kind("badges")
    _settle(qtbot, shown)
    assert "This version of Planner does not include this document" in shown.message.text()


def test_an_unexpected_error_is_logged_and_shown(shown, qtbot, monkeypatch, caplog):
    def broken(*_args):
        raise RuntimeError("reportlab fell over")

    monkeypatch.setattr(render_module.catalogue, "render", broken)
    with caplog.at_level(logging.ERROR):
        shown.panel.set_paper("letter")
        _settle(qtbot, shown)
    assert "written to the log" in shown.message.text() and "reportlab fell over" in shown.message.text()
    assert any("failed" in record.message for record in caplog.records)
    # Back to something that works: the document comes back.
    monkeypatch.undo()
    shown.panel.set_paper("a4")
    _settle(qtbot, shown)
    assert shown.pages.currentWidget() is shown.view and shown.document.pageCount() >= 1


def test_only_the_last_of_many_quick_choices_is_shown(shown, qtbot, monkeypatch):
    calls = []
    real = render_module.catalogue.render

    def counted(session, kind, event_id, options):
        calls.append(options.paper)
        return real(session, kind, event_id, options)

    monkeypatch.setattr(render_module.catalogue, "render", counted)
    for paper in ("letter", "a4", "letter", "a4", "letter"):
        shown.panel.set_paper(paper)
        shown.render_document()  # without waiting for the options to settle
    _settle(qtbot, shown)
    assert shown.shown == shown.request() and shown.shown.options.paper == "letter"
    assert round(shown.document.pagePointSize(0).width()) == 612
    assert len(calls) <= 2  # the one under way, then the last


def test_an_edit_in_the_window_is_shown_in_the_open_preview(shown, context, madrid, qtbot):
    with context.read() as session:
        row = participants.participant_rows(session, madrid)[0]
    context.perform(ChangePerson(row.person_id, {"family_name": "Zyx-Renamed"}))
    qtbot.waitUntil(lambda: shown.shown is not None and "Zyx-Renamed" in _text(shown.data), timeout=WAIT_MS)


def test_the_preview_follows_the_event_and_closes_without_one(shown, window, event_ids, qtbot):
    window.open_event(event_ids["ECRI"])
    assert shown.event_id == event_ids["ECRI"] and shown.windowTitle().endswith("ECRI study visit to BioM, Munich")
    _settle(qtbot, shown)
    window.show_event(None)
    assert not shown.isVisible() and shown.shown is None


def test_rendering_reads_in_its_own_session_off_the_gui_thread(shown, context, madrid, monkeypatch, qtbot):
    import threading

    threads = []
    real = render_module.catalogue.render

    def where(session, *args):
        threads.append(threading.current_thread())
        return real(session, *args)

    monkeypatch.setattr(render_module.catalogue, "render", where)
    shown.panel.set_paper("letter")
    _settle(qtbot, shown)
    assert threads and threading.main_thread() not in threads


def test_render_now_turns_refusals_into_planner_errors(context, madrid):
    request = render_module.Request("participants", madrid, DocumentOptions(paper="a3"))
    with pytest.raises(PlannerError, match="paper"):
        render_module.render_now(context.store, request)


def test_the_pages_chosen_in_the_print_dialog(qtbot):
    from planner.ui.documents.printing import pages_to_print

    printer = QPrinter()
    assert pages_to_print(printer, 5) == [0, 1, 2, 3, 4]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 4)
    assert pages_to_print(printer, 5) == [1, 2, 3]
    printer.setFromTo(4, 9)  # beyond the end: up to the last page
    assert pages_to_print(printer, 5) == [3, 4]
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert pages_to_print(printer, 5, current_page=2) == [2]
    assert pages_to_print(printer, 0) == []
