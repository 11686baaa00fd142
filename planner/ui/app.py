"""Starting the desktop app: a QApplication, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from planner import __version__
from planner.errors import PlannerError
from planner.startup import open_database
from planner.ui.main_window import MainWindow


def run_app(db_path: Path | str | None, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Planner")
    app.setApplicationVersion(__version__)
    try:
        store = open_database(db_path)
    except PlannerError as error:
        QMessageBox.critical(None, "Planner cannot open the database", str(error))
        return 1
    window = MainWindow(store)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
