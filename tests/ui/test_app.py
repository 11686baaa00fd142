"""Starting the app: which database it opens, and what an unexpected error does."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QMessageBox

from planner import config
from planner.ui import app
from planner.ui.context import open_settings


def test_an_unexpected_error_is_logged_and_shown_and_the_app_goes_on(qtbot, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    app.install_excepthook()
    try:
        raise ZeroDivisionError("division by zero in a view")
    except ZeroDivisionError:
        with caplog.at_level(logging.ERROR):
            sys.excepthook(*sys.exc_info())
    assert shown and shown[0][0] == "Something went wrong"
    assert "ZeroDivisionError: division by zero in a view" in shown[0][1]
    assert "Your data is safe" in shown[0][1] and str(config.log_dir()) in shown[0][1]
    assert "division by zero in a view" in caplog.text and caplog.records[-1].exc_info is not None


def test_the_database_is_the_one_asked_for_else_the_last_one_else_the_default(tmp_path, qtbot):
    settings = open_settings()
    assert app.choose_database(None, settings) is None  # the default
    last = tmp_path / "last.sqlite"
    settings.setValue("database/last", str(last))
    assert app.choose_database(None, settings) is None  # gone: the default again
    last.write_bytes(b"")
    assert app.choose_database(None, settings) == last
    assert app.choose_database(tmp_path / "asked.sqlite", settings) == tmp_path / "asked.sqlite"
