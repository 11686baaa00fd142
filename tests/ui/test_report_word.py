"""Save as Word document… in the preview of the conclusions report: shown
for the report only, it writes the report as the preview shows it (its
language, its paper), and never replaces a file of another kind unasked."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QFileDialog

from planner.ui.documents import word_export

WAIT_MS = 15_000


def _settle(qtbot, preview) -> None:
    qtbot.waitUntil(preview.settled, timeout=WAIT_MS)


@pytest.fixture(autouse=True)
def no_render_left_running(window):
    yield
    preview = window.documents.preview
    if preview is not None:
        preview.renderer.runner.background_pool.waitForDone(WAIT_MS)


@pytest.fixture
def report(window, event_ids, qtbot):
    window.open_event(event_ids["Improvement"])
    preview = window.documents.open("minutes")
    _settle(qtbot, preview)
    return preview


def test_the_button_is_there_for_the_report_only(window, report, qtbot):
    assert report.word_button.isVisibleTo(report) and report.word_button.isEnabled()
    assert report.word_button.text() == "Save as &Word document…"
    window.documents.open("agenda")
    _settle(qtbot, report)
    assert not report.word_button.isVisibleTo(report)


def test_save_as_word_asks_where_and_writes_the_report_on_the_previews_paper(
    report, context, monkeypatch, tmp_path, qtbot
):
    report.panel.paper.setCurrentIndex(report.panel.paper.findData("letter"))
    _settle(qtbot, report)
    asked = {}

    def get_save_file_name(_parent, caption, suggestion, _filter):
        asked["caption"], asked["suggestion"] = caption, suggestion
        return str(tmp_path / "Bericht"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    saved = word_export.save_word(report)
    assert saved == tmp_path / "Bericht.docx"
    assert asked["caption"] == "Save as Word document"
    assert Path(asked["suggestion"]).suffix == ".docx" and "Improvement of management skills" in asked["suggestion"]
    document = docx.Document(str(saved))
    headings = [paragraph.text for paragraph in document.paragraphs if paragraph.style.name == "Heading 1"]
    assert headings[0] == "How the meeting was organised" and headings[-1] == "Who took part"
    assert round(document.sections[0].page_width.pt) == 612  # Letter, as the preview shows it
    assert report.status.text() == "Saved as Bericht.docx"
    assert context.settings.value("documents/folder") == str(tmp_path)


def test_a_pdf_is_not_replaced_by_the_word_document_unasked(report, tmp_path, monkeypatch):
    target = tmp_path / "Report.docx"
    target.write_bytes(b"%PDF-1.4 a report sent last week")
    asked = []
    monkeypatch.setattr(word_export, "may_write", lambda *args: asked.append(args[3]) or False)
    assert word_export.save_word(report, target) is None
    assert target.read_bytes() == b"%PDF-1.4 a report sent last week"
    assert asked and asked[0].name == "a Word document (.docx)"
