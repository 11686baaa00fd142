"""The participant list model, its filter and its counts, without a view."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from planner.services.participants import ParticipantRow
from planner.ui import theme
from planner.ui.participants.model import (
    COLUMNS,
    COUNTRY,
    NAME,
    STATUS,
    ParticipantsFilter,
    ParticipantsModel,
    count_by_country,
    count_by_status,
    summary_texts,
)


def _row(number: int, given: str, family: str, country: str, status: str = "attended", **extra) -> ParticipantRow:
    values = {
        "participation_id": number,
        "person_id": 100 + number,
        "honorific": "",
        "given_name": given,
        "family_name": family,
        "organisation_id": None,
        "organisation": "",
        "position": "",
        "region": "",
        "country": country,
        "email": "",
        "phone": "",
        "dietary": "",
        "accessibility": "",
        "language": "",
        "gender": "",
        "role": "participant",
        "status": status,
        "arrives_on": None,
        "departs_on": None,
        "notes": "",
    }
    return ParticipantRow(**(values | extra))


ROWS = [
    _row(1, "Małgorzata", "Żurawska", "PL", organisation="Wielkopolski Klaster Nauk o Życiu"),
    _row(2, "Γιώργος", "Παπαδόπουλος", "GR", honorific="Dr.", role="speaker"),
    _row(3, "Łukasz", "Wójcik", "PL", email="l.wojcik@example.org", arrives_on=date(2009, 6, 2)),
    _row(4, "Matteo", "Galli", "IT", status="declined"),
    _row(5, "Lucía", "Fernández Gil", "ES", role="speaker"),
    _row(6, "Elena", "Martínez Ruiz", "ES", status="no_show", organisation="Madrid Biocluster"),
]


@pytest.fixture
def models(qtbot):
    model = ParticipantsModel()
    model.load(ROWS)
    proxy = ParticipantsFilter()
    proxy.setSourceModel(model)
    return model, proxy


def _column(proxy, column: int) -> list[str]:
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_rows_show_name_with_honorific_country_and_status_labels(models):
    model, _proxy = models
    assert model.rowCount() == 6 and model.columnCount() == len(COLUMNS)
    greek = model.index(1, NAME)
    assert greek.data() == "Dr. Γιώργος Παπαδόπουλος"
    assert model.index(2, COUNTRY).data() == "PL"
    assert model.index(2, COUNTRY).data(Qt.ItemDataRole.ToolTipRole) == "Poland"
    assert model.index(5, STATUS).data() == "No-show"
    assert model.index(2, COLUMNS.index("Arrives")).data() == "Tue 2 Jun"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"


def test_declined_and_no_show_rows_are_muted(models):
    model, _proxy = models
    assert model.index(3, NAME).data(Qt.ItemDataRole.ForegroundRole) == theme.colour("muted")
    assert model.index(0, NAME).data(Qt.ItemDataRole.ForegroundRole) is None


def test_sorting_by_name_sorts_by_family_name_accents_ignored(models):
    _model, proxy = models
    proxy.sort(NAME, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, NAME) == [
        "Lucía Fernández Gil",
        "Matteo Galli",
        "Elena Martínez Ruiz",
        "Łukasz Wójcik",
        "Małgorzata Żurawska",
        "Dr. Γιώργος Παπαδόπουλος",
    ]
    proxy.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert _column(proxy, NAME)[0] == "Dr. Γιώργος Παπαδόπουλος"


def test_a_list_read_in_the_order_of_names_shows_and_sorts_as_one_sorted_here(qtbot):
    """The participants come from the database in the order of names; the
    table shows them so, and sorts them either way as it sorts any list,
    names that fold alike ("Muller", "Müller") included."""
    from planner.services.name_order import by_name

    twins = [
        *ROWS,
        _row(7, "Anna", "Müller", "DE"),
        _row(8, "Anna", "Muller", "AT"),
        _row(9, "Anna", "Müller", "CH"),
    ]
    read = by_name(twins, lambda row: row.family_name, lambda row: row.given_name, lambda row: row.person_id)
    shown = []
    for in_name_order in (True, False):
        model = ParticipantsModel()
        model.load(read, in_name_order=in_name_order)
        proxy = ParticipantsFilter()
        proxy.setSourceModel(model)
        orders = []
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
            proxy.sort(NAME, order)
            orders.append(list(zip(_column(proxy, NAME), _column(proxy, COUNTRY), strict=True)))
        shown.append(orders)
    assert shown[0] == shown[1]
    assert shown[0][0][3:6] == [("Anna Muller", "AT"), ("Anna Müller", "DE"), ("Anna Müller", "CH")]


def test_search_ignores_case_and_accents_and_looks_in_every_field(models):
    _model, proxy = models
    proxy.sort(NAME, Qt.SortOrder.AscendingOrder)
    proxy.set_query("wojcik")
    assert _column(proxy, NAME) == ["Łukasz Wójcik"]
    proxy.set_query("ΠΑΠΑΔΟΠΟΥΛΟΣ")
    assert _column(proxy, NAME) == ["Dr. Γιώργος Παπαδόπουλος"]
    proxy.set_query("poland")  # the country's name
    assert len(_column(proxy, NAME)) == 2
    proxy.set_query("madrid biocluster")  # the organisation, every word
    assert _column(proxy, NAME) == ["Elena Martínez Ruiz"]
    proxy.set_query("l.wojcik@")
    assert proxy.rowCount() == 1
    proxy.set_query("")
    assert proxy.rowCount() == 6


def test_status_and_role_filters_combine_with_search(models):
    _model, proxy = models
    proxy.set_status("attended")
    assert proxy.rowCount() == 4
    proxy.set_role("speaker")
    assert sorted(_column(proxy, NAME)) == ["Dr. Γιώργος Παπαδόπουλος", "Lucía Fernández Gil"]
    proxy.set_query("lucia")
    assert _column(proxy, NAME) == ["Lucía Fernández Gil"]
    proxy.set_status(None)
    proxy.set_role(None)
    proxy.set_query("")
    assert proxy.rowCount() == 6


def test_counts_by_status_and_country_for_the_rows_shown(models):
    _model, proxy = models
    assert count_by_status(ROWS) == [("attended", 4), ("declined", 1), ("no_show", 1)]
    assert count_by_country(ROWS) == [("ES", 2), ("PL", 2), ("GR", 1), ("IT", 1)]
    assert summary_texts(ROWS) == ("4 attended · 1 declined · 1 no-show", "ES 2 · PL 2 · GR 1 · IT 1")
    proxy.set_query("pl")
    shown = proxy.shown_rows()
    assert {row.country for row in shown} == {"PL"}
    assert summary_texts(shown) == ("2 attended", "PL 2")
    assert summary_texts(ROWS, countries_shown=2)[1] == "ES 2 · PL 2 · …"
