"""The agenda's table model and the timeline's placement, without views."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from planner.services import agenda
from planner.services.agenda import AgendaEntry, PersonName
from planner.ui.agenda.layout import NO_ROOM, hour_range, place, rooms_of
from planner.ui.agenda.model import CONFLICTS_ROLE, HEADERS, KIND, MODERATOR, ROOM, SPEAKERS, TIME, TITLE, AgendaModel
from planner.ui.tables import ID_ROLE

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def munich(store, samples):
    with store.read() as session:
        return agenda.agenda_entries(session, samples["ECRI"])


def texts(model: AgendaModel, row: int) -> list[str]:
    return [model.index(row, column).data(DISPLAY) for column in range(model.columnCount())]


def entry(ident, start, end, title="Talk", kind="session", location="Room A"):
    day = date(2009, 6, 3)
    return AgendaEntry(
        ident, datetime.combine(day, start), datetime.combine(day, end), kind, title, location, "", (), (), None
    )


def at(hour, minute=0):
    return datetime(2009, 6, 3, hour, minute).time()


def test_the_rows_read_like_the_printed_agenda(qtbot, munich):
    model = AgendaModel()
    model.load(munich)
    assert model.rowCount() == 7 and model.columnCount() == 6
    assert [model.headerData(column, Qt.Orientation.Horizontal) for column in range(6)] == list(HEADERS)
    assert texts(model, 0) == ["14:30–14:45", "Session", "Welcome", "BioM premises", "Katrin Schönberger (BioM)", ""]
    best = texts(model, 4)
    assert best[TIME] == "16:45–17:30" and best[MODERATOR] == "Dimitra Alexiou (HBio)"
    assert (
        best[SPEAKERS]
        == "Marta Ferrer Vidal (Bioib), Agnieszka Wróbel (KLK), Alessandro Ferrero (bioPmed), Nikolaos Vlachos (HBio)"
    )
    assert texts(model, 3)[KIND] == "Discussion" and texts(model, 5)[KIND] == "Site visit"
    assert model.index(2, TITLE).data(ID_ROLE) == munich[2].id
    # The full list of speakers in the tooltip, where the cell is too narrow.
    assert "Nikolaos Vlachos (HBio)" in model.index(4, SPEAKERS).data(Qt.ItemDataRole.ToolTipRole)


def test_breaks_and_meals_are_set_apart(qtbot, munich):
    model = AgendaModel()
    model.load(munich)
    coffee, dinner, talk = model.index(2, TITLE), model.index(6, ROOM), model.index(1, TITLE)
    assert coffee.data(DISPLAY) == "Coffee" and dinner.data(DISPLAY) == "Wirtshaus am Würmufer, Planegg"
    for index in (coffee, dinner):
        assert index.data(Qt.ItemDataRole.FontRole).italic()
        assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert talk.data(Qt.ItemDataRole.FontRole) is None and talk.data(Qt.ItemDataRole.BackgroundRole) is None


def test_conflicts_are_flagged_on_their_rows_only(qtbot, munich):
    model = AgendaModel()
    message = "Horst Domdey arrives Fri 23 Mar 16:00, after 'The biotech landscape…' starts"
    model.load(munich, {munich[1].id: [message]})
    flagged = model.index(1, TITLE)
    assert not flagged.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert message in flagged.data(Qt.ItemDataRole.ToolTipRole)
    assert message in model.index(1, ROOM).data(Qt.ItemDataRole.ToolTipRole)
    assert flagged.data(CONFLICTS_ROLE) == [message]
    for row in (0, 2, 3):
        assert model.index(row, TITLE).data(Qt.ItemDataRole.DecorationRole) is None
        assert model.index(row, TITLE).data(CONFLICTS_ROLE) == []
    assert model.conflicts_of(munich[1].id) == [message] and model.row_of(munich[1].id) == 1


def test_an_item_ending_at_or_after_midnight_says_so(qtbot):
    model = AgendaModel()
    day = date(2009, 6, 3)
    dinner = AgendaEntry(1, datetime(2009, 6, 3, 20, 30), datetime(2009, 6, 4), "meal", "Dinner", "", "", (), (), None)
    train = AgendaEntry(
        2,
        datetime(2009, 6, 3, 23),
        datetime(2009, 6, 4, 1, 30),
        "travel",
        "Night train",
        "",
        "",
        (),
        (),
        PersonName(3, "Anna Nowak"),
    )
    model.load([dinner, train])
    assert dinner.day == day
    assert [texts(model, row)[TIME] for row in range(2)] == ["20:30–24:00", "23:00–01:30 (+1)"]
    assert texts(model, 1)[MODERATOR] == "Anna Nowak"


def test_rooms_are_columns_in_programme_order_and_breaks_go_across():
    """Room B holds the first of the parallel items: its column comes first,
    as in the list and in the printed agenda (not "room a" by the alphabet)."""
    entries = [
        entry(1, at(9), at(10), location="Room B"),
        entry(2, at(9), at(10), location="room a"),
        entry(3, at(10), at(10, 30), "Coffee", "break", "Foyer"),
        entry(4, at(11), at(12), location=""),
    ]
    assert rooms_of(entries) == ["Room B", "room a", NO_ROOM]
    assert rooms_of(entries[::-1]) == ["Room B", "room a", NO_ROOM]  # however they were handed over
    placed = {placement.entry.id: placement for placement in place(entries, rooms_of(entries))}
    assert (placed[1].column, placed[2].column, placed[3].column, placed[4].column) == (0, 1, None, 2)
    assert all(placement.lanes == 1 for placement in placed.values())
    assert rooms_of([entry(5, at(12), at(13), "Lunch", "meal")]) == [NO_ROOM]


def test_overlapping_items_in_one_room_share_its_width():
    entries = [
        entry(1, at(9), at(10)),
        entry(2, at(9, 30), at(11)),
        entry(3, at(10), at(10, 30)),  # fits under the first once it ends
        entry(4, at(11), at(12)),  # after them all: the whole width again
    ]
    placed = {placement.entry.id: placement for placement in place(entries, rooms_of(entries))}
    assert [(placed[ident].lane, placed[ident].lanes) for ident in (1, 2, 3, 4)] == [(0, 2), (1, 2), (0, 2), (0, 1)]


def test_the_ruler_covers_the_items_with_room_around_them():
    day = date(2009, 6, 3)
    assert hour_range([], day) == (datetime(2009, 6, 3, 8), datetime(2009, 6, 3, 18))
    span = hour_range([entry(1, at(14, 30), at(21, 30)), entry(2, at(9), at(9, 15))], day)
    assert span == (datetime(2009, 6, 3, 8), datetime(2009, 6, 3, 22))
    late = AgendaEntry(3, datetime(2009, 6, 3, 23), datetime(2009, 6, 4, 1), "travel", "Train", "", "", (), (), None)
    assert hour_range([late], day) == (datetime(2009, 6, 3, 22), datetime(2009, 6, 4))


def test_the_zone_line_names_the_zone_and_its_offset_that_day():
    from planner.ui.agenda.zone import zone_texts

    assert zone_texts("Europe/Berlin", date(2018, 3, 23)) == [
        "Times in Europe/Berlin (CET, UTC+1)",
        "Europe/Berlin, UTC+1",
        "Europe/Berlin",
    ]
    assert zone_texts("Europe/Berlin", date(2018, 3, 26))[0] == "Times in Europe/Berlin (CEST, UTC+2)"
    assert zone_texts("America/St_Johns", date(2018, 7, 1))[1] == "America/St_Johns, UTC−2:30"
    assert zone_texts("Asia/Kolkata", date(2018, 7, 1))[1] == "Asia/Kolkata, UTC+5:30"
    assert zone_texts("", None) == [""]
