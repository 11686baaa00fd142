"""Starting the desktop app: the QApplication, the database, the window,
and a last line of defence for unexpected errors."""

from __future__ import annotations

import gc
import linecache
import logging
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import __version__, config
from planner.ui import after_paint, auto_backup, theme, translations
from planner.ui.collector import GuiThreadCollector
from planner.ui.context import AppContext, open_settings
from planner.ui.main_window import MainWindow, window_icon
from planner.ui.opening import open_database

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def install_excepthook() -> None:
    """An unexpected error is logged with its traceback and shown in a
    dialog; the app goes on. The edit it interrupted was rolled back whole,
    and every edit before it is already saved."""

    def show(kind, value, tb):
        log.error("unexpected error", exc_info=(kind, value, tb))
        if QApplication.instance() is None:
            traceback.print_exception(kind, value, tb)
            return
        QMessageBox.critical(
            None,
            translate("MainWindow", "Something went wrong"),
            translate(
                "MainWindow",
                "{error}\n\nYour data is safe: everything before this was saved, and the "
                "unfinished change was not. Details are in {log}.",
            ).format(error=f"{kind.__name__}: {value}", log=config.log_dir() / "planner.log"),
        )

    sys.excepthook = show


def choose_database(db_path: Path | str | None, settings) -> Path | None:
    """--db first; else the database used last, if it is still there; else the default."""
    if db_path is not None:
        return Path(db_path)
    last = settings.value("database/last", "")
    if last and Path(last).exists():
        return Path(last)
    return None


def run_app(db_path: Path | str | None, argv: list[str] | None = None) -> int:
    # PySide6's import hook read the source of each module imported after
    # it (looking for its `from __feature__` switches), and linecache keeps
    # them all: some 20 MB that a traceback reads again when it needs them.
    linecache.clearcache()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)  # the window's widgets need one, not a QCoreApplication
    app.setApplicationName("Planner")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("planner")  # the menu entry (packaging/planner.desktop); Wayland's app id
    app.setWindowIcon(window_icon())
    theme.apply(app)  # before any window: light or dark as the system is
    theme.follow_system(app)
    install_excepthook()
    settings = open_settings()
    translations.install(settings)  # before the first text is shown
    chosen = choose_database(db_path, settings)
    # The last database used, if it cannot be opened: the default one instead.
    falls_back = chosen is not None and db_path is None and chosen.resolve() != config.default_database_path().resolve()
    outcome = open_database(
        None,
        chosen,
        otherwise=translate("MainWindow", "Planner opens the default database instead.") if falls_back else "",
    )
    if outcome.store is None and falls_back and not outcome.cancelled:
        outcome = open_database(None, None)
    if outcome.store is None:
        return 0 if outcome.cancelled else 1
    context = AppContext(outcome.store, settings, lock=outcome.lock)
    context.remember_database(outcome.store.path)
    after_paint.hold()  # what is not seen at first (the tabs not shown, say) waits until the window is on screen
    window = MainWindow(context)
    after_paint.hold_until_painted(window)
    window.show()
    if os.environ.get("PLANNER_QUIT_AFTER_START") != "1":
        window.show_getting_started_once()
    if os.environ.get("PLANNER_QUIT_AFTER_START") == "1":
        # The installer's smoke test: start as a user would, then close the window as a user would.
        log.info(
            "window shown (%s) in %s; closing it as PLANNER_QUIT_AFTER_START asks",
            window.windowTitle(),
            window.menuBar().actions()[0].text(),  # the File menu, in the window's language
        )
        QTimer.singleShot(0, window.close)
    # What start-up made lives as long as the app: set it aside from the
    # garbage collector, which would otherwise walk through it again on
    # every large list loaded. (The command line turned collection off
    # while the app was loading.) From now on garbage is collected on this
    # thread only.
    gc.freeze()
    collector = GuiThreadCollector(app)
    try:
        return app.exec()
    finally:
        after_paint.stop()
        collector.stop()
        auto_backup.wait()
        context.store.close()
        context.release_lock()
