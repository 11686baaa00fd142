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

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import __version__, config
from planner.errors import StoreError
from planner.services import database
from planner.shared_location import is_shared
from planner.ui import after_paint, auto_backup, theme, translations
from planner.ui.collector import GuiThreadCollector
from planner.ui.context import AppContext, open_settings
from planner.ui.main_window import MainWindow, window_icon
from planner.ui.opening import open_database, open_looked_at

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


def choose_database(db_path: Path | str | None, settings) -> Path | str | None:
    """--db first; else the database used last, if it is still there (a
    shared one is tried on its server); else the default. A shared
    database is its URL (a str), a file its Path."""
    if db_path is not None:
        return db_path if is_shared(db_path) else Path(db_path)
    last = settings.value("database/last", "")
    if is_shared(last):
        return str(last)
    if last and Path(last).exists():
        return Path(last)
    return None


def _instead_of(falls_back: bool) -> str:
    """How a message about the last database used ends, when the default one is opened instead."""
    return translate("MainWindow", "Planner opens the default database instead.") if falls_back else ""


def _opened(chosen: Path | str | None, settings: QSettings, falls_back: bool) -> AppContext | int:
    """The database opened before the window is made (a new one, an older
    schema, one open elsewhere, a read-only one, a shared one...: with every
    question asked first); 0 or 1 when it is not opened."""
    outcome = open_database(None, chosen, otherwise=_instead_of(falls_back))
    # (The shared database used last, out of reach or its password not given: the default one instead.)
    if outcome.store is None and falls_back and (not outcome.cancelled or is_shared(chosen)):
        outcome = open_database(None, None)
    if outcome.store is None:
        return 0 if outcome.cancelled else 1
    return AppContext(outcome.store, settings, lock=outcome.lock)


def _looked_at(chosen: Path | None, settings: QSettings, falls_back: bool) -> AppContext | None:
    """An up-to-date database Planner may write, with its lock taken: the
    window is painted from a first look at it, and the database code is
    loaded and the database opened once the window is on screen (None:
    it needs opening before the window, ``_opened``)."""
    target = chosen if chosen is not None else config.default_database_path()
    look = database.look_at(target)
    if look is None:
        return None
    try:
        lock = database.DatabaseLock.acquire(target)
    except (database.DatabaseInUse, database.LockUnavailable):
        look.close()  # the full opening asks what to do
        return None

    def open_store() -> database.Store:
        parent = QApplication.activeWindow()
        outcome = open_looked_at(
            parent,
            target,
            lock,
            damage_checked=look.checked,
            otherwise=_instead_of(falls_back),
        )
        if outcome.store is None and falls_back and not outcome.cancelled:
            outcome = open_database(parent, None)
            if outcome.store is not None:
                context.lock = outcome.lock
        if outcome.store is None:  # told why; nothing can be shown without a database
            QApplication.exit(0 if outcome.cancelled else 1)
            raise StoreError(f"{target}: could not be opened")
        return outcome.store

    context = AppContext(None, settings, lock=lock, first_look=look, open_store=open_store)
    context.open_later()  # the first steps once the window is on screen
    return context


def _window_on_a_first_look(
    chosen: Path | str | None, settings: QSettings, falls_back: bool
) -> tuple[AppContext, MainWindow] | None:
    """The window made from a first look at the database (``_looked_at``);
    None when the database must be opened first, or when SQLite's check of
    its pages, made meanwhile, found damage (the full opening then says so
    and offers a backup, before any window shows). A shared database is
    opened first: there is no file to look at."""
    if isinstance(chosen, str):
        return None
    context = _looked_at(chosen, settings, falls_back)
    if context is None:
        return None
    context.remember_database(context.database_location)
    window = MainWindow(context)
    if context.found_damaged():
        context.abandon_first_look()
        window.deleteLater()
        return None
    return context, window


def _not_the_default(chosen: Path | str) -> bool:
    return isinstance(chosen, str) or chosen.resolve() != config.default_database_path().resolve()


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
    falls_back = chosen is not None and db_path is None and _not_the_default(chosen)
    after_paint.hold()  # what is not seen at first (the tabs not shown, say) waits until the window is on screen
    made = _window_on_a_first_look(chosen, settings, falls_back)
    if made is None:  # the database is opened first, with every question asked then
        after_paint.stop()
        after_paint.hold()
        opened = _opened(chosen, settings, falls_back)
        if isinstance(opened, int):  # not opened: the user cancelled (0), or was told why not (1)
            after_paint.stop()
            return opened
        opened.remember_database(opened.database_location)
        made = opened, MainWindow(opened)
    context, window = made
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
        context.close()
        context.release_lock()
