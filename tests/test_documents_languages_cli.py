"""`planner pdf KIND ID --lang CODE`: a document printed in a partner's
language from the command line, in a real process, read back with pypdf."""

from __future__ import annotations

import io

import pypdf
import pytest

from tests.test_documents_cli import _id, planner

pytestmark = pytest.mark.slow  # each test runs `planner` as a process


@pytest.fixture
def database(tmp_path, data_dir):
    from tests.databases import saved_database

    return saved_database(tmp_path / "work.sqlite")


def test_the_agenda_printed_in_german(database, data_dir, tmp_path):
    out = tmp_path / "tagesordnung.pdf"
    ecri = _id(database, data_dir, "ECRI")
    result = planner("--db", str(database), "pdf", "agenda", ecri, "--lang", "de", "-o", str(out), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert text.startswith("TAGESORDNUNG") and "Freitag, 23. März 2018" in text and "Seite 1 von" in text


def test_a_language_planner_does_not_speak_is_refused_in_one_line(database, data_dir, tmp_path):
    out = tmp_path / "agenda.pdf"
    result = planner("--db", str(database), "pdf", "agenda", "1", "--lang", "tr", "-o", str(out), data_dir=data_dir)
    assert result.returncode != 0 and not out.exists()
    assert "--lang" in result.stderr and "en, es, de, fr, it, pl, el" in result.stderr.replace("'", "")
