"""Fixtures for the app's windows: a context on a fresh database with the
sample events, and a main window that is closed after the test; answers to
the questions and dialogs the app shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.services import events
from planner.ui.context import AppContext, open_settings
from planner.ui.forms import FormDialog
from tests.databases import ensure_samples


@pytest.fixture(autouse=True)
def no_key_held(qapp):
    """Every test starts with no key held. QTest sends the release of a
    Shift or Ctrl with the modifier still set, so after a Ctrl+Shift+Z the
    application believes Shift is down until the next key event, and a
    later test's ``selectRow`` would extend a selection instead of making
    one."""
    probe = QWidget()
    QTest.keyRelease(probe, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
    probe.deleteLater()


@pytest.fixture(autouse=True)
def window_in_english(qapp):
    """Every window test reads the window in English (whatever the
    machine's language), with its plural forms ("1 event", "3 events");
    a test that changes the language gets English back after it."""
    from planner.ui import translations

    translations.install(code="en", pseudo=False)
    yield
    translations.install(code="en", pseudo=False)


@pytest.fixture
def context(store, qtbot):
    ensure_samples(store)
    return AppContext(store, open_settings())


@pytest.fixture
def event_ids(context) -> dict[str, int]:
    """The sample events' ids by the first word of their title ("ECRI",
    "Improvement", "CLUNET")."""
    with context.read() as session:
        return {event.title.split()[0]: event.id for event in events.list_events(session)}


@pytest.fixture
def window(context, qtbot):
    from planner.ui.main_window import MainWindow

    shown = MainWindow(context)
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture
def answer_yes(monkeypatch):
    """Every "are you sure?" question is answered Yes."""
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)


@pytest.fixture
def warnings_shown(monkeypatch):
    """Collects the warnings the app shows instead of showing them."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *args, **kwargs: shown.append(text))
    return shown


def answer_dialogs(monkeypatch, *answers):
    """Each form dialog the app opens gets the next answer: values typed in,
    then OK. Returns the dialogs, so a test can read what they show."""
    opened, queue = [], list(answers)

    def exec_(dialog):
        opened.append(dialog)
        dialog.form.set_values(queue.pop(0))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", exec_)
    return opened


def event_id_of(context, kind: str) -> int:
    with context.read() as session:
        return next(event.id for event in events.list_events(session) if event.kind == kind)


def navigator_titles(navigator) -> list[str]:
    """The events the navigator shows, in every group, as titles."""
    from planner.ui.navigator import EVENT_ID

    proxy, shown = navigator.proxy, []

    def walk(parent):
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            if index.data(EVENT_ID) is not None:
                shown.append(index.data())
            walk(index)

    walk(navigator.tree.rootIndex())
    return shown


def finish(qtbot, window, task):
    """Wait until background work the window started (a Task; None when it
    was refused at once) has ended and its outcome was handed on."""
    from planner.ui.tasks import TaskRunner

    if task is None:
        return
    runner = TaskRunner.of(window)
    qtbot.waitUntil(lambda: task.ended.is_set() and runner.current is not task, timeout=60_000)
