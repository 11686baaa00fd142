"""Event ▸ Check out to a laptop copy… and Check in a laptop copy… in the
window on a shared database: the event is copied to the file chosen and
held on the server; what was changed on the laptop comes back, and the
event is released."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlmodel import col
from sqlmodel import select as select_model

from planner.cli import main
from planner.db.models import EventCheckout, Participation
from planner.db.shared import SharedStore
from planner.db.store import Store
from planner.operations import participants as participant_ops
from planner.operations.base import perform
from planner.ui.context import AppContext, open_settings
from planner.ui.main_window import MainWindow
from tests.databases import saved_database


def test_an_event_checked_out_and_in_from_the_window(tmp_path, postgres_url, qtbot, monkeypatch):
    server = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    assert main(["copy", "--from", str(saved_database(tmp_path / "office.sqlite")), "--to", server]) == 0
    store = SharedStore.open(server)
    window = MainWindow(AppContext(store, open_settings()))
    qtbot.addWidget(window)
    window.show()
    window.open_event(1)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append("warning: " + text))
    laptop = tmp_path / "laptop.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(laptop), ""))
    window.road_copies.update()
    assert window.road_copies.check_out_action.isEnabled()
    window.road_copies.check_out_action.trigger()
    assert told[-1].startswith("The event is checked out to")
    with store.read() as session:
        assert [row.event_id for row in session.exec(select_model(EventCheckout))] == [1]
    banner = window.event_view.copy_banner
    assert banner.isVisible() and banner.text().startswith("Checked out by ")
    assert str(laptop) in banner.text()

    road = Store.open(laptop)
    with road.read() as session:
        participation = session.exec(select_model(Participation).where(col(Participation.event_id) == 1)).first()
        assert participation is not None
    perform(road, participant_ops.ChangeParticipation(participation.id, {"notes": "Met at the airport"}))
    road.close()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(laptop), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Ok)
    window.road_copies.check_in_action.trigger()
    assert told[-1].startswith("0 added, 1 changed, 0 removed")
    with store.read() as session:
        assert session.get(Participation, participation.id).notes == "Met at the airport"
        assert list(session.exec(select_model(EventCheckout))) == []
    assert not banner.isVisible()
    window.close()
    store.close()
