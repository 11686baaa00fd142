"""Zones, places, countries and searches as a new user meets them: a zone
picked by city, a leg from Athens in Athens' zone, a country typed by its
name, searches that ignore accents and say when they find nothing."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from planner.operations.events import CreateEvent
from planner.services import events
from planner.ui.directory import DirectoryView
from planner.ui.forms import Field, FormDialog, FormWidget
from planner.ui.logistics import LogisticsTab
from planner.ui.search_combo import matches_shown
from planner.ui.zone_picker import zone_picker
from tests.ui.conftest import event_id_of, navigator_titles
from tests.ui.test_logistics_tab import _munich


def _typed(line, text: str) -> None:
    """Text typed in a field, and the field left."""
    line.setText(text)
    line.editingFinished.emit()


def test_the_zone_picker_shows_cities_and_countries_europe_first(qtbot):
    combo = zone_picker()
    qtbot.addWidget(combo)
    texts = [combo.itemText(row) for row in range(combo.count())]
    assert texts[0] == "Amsterdam (Netherlands) · UTC+1/+2"
    assert "Athens (Greece) · UTC+2/+3" in texts[:60]
    assert texts.index("Warsaw (Poland) · UTC+1/+2") < texts.index("New York (United States) · UTC−5/−4")
    assert not any(text.startswith("Etc/") for text in texts)


def test_the_zone_picker_finds_a_zone_by_a_city_in_another_language_or_a_town_with_an_airport(qtbot):
    combo = zone_picker()
    qtbot.addWidget(combo)
    combo.lineEdit().selectAll()  # as when the field is reached with Tab: typing replaces the zone shown
    qtbot.keyClicks(combo.lineEdit(), "ateny")
    assert matches_shown(combo) == ["Athens (Greece) · UTC+2/+3"]
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "Krakow")
    assert matches_shown(combo)[0] == "Warsaw (Poland) · UTC+1/+2"
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "qqqq")
    assert matches_shown(combo) == ["No time zone or place matches 'qqqq'"]


def test_a_place_typed_in_the_zone_picker_becomes_its_zone(qtbot):
    form = FormWidget([Field("timezone", "Time zone", "timezone")])
    qtbot.addWidget(form)
    form.set_values({"timezone": "Europe/Brussels"})
    assert form.widgets["timezone"].currentText() == "Brussels (Belgium) · UTC+1/+2"
    _typed(form.widgets["timezone"].lineEdit(), "Thessaloniki")
    assert form.value("timezone") == "Europe/Athens"
    assert form.widgets["timezone"].currentText() == "Athens (Greece) · UTC+2/+3"


def test_a_leg_from_another_city_takes_that_citys_zone_and_the_true_duration(qtbot, context):
    from planner.ui.logistics import dialogs

    tab = LogisticsTab(context)
    qtbot.addWidget(tab)
    tab.show_event(_munich(context))
    proposed = {
        "from_place": "Warsaw",
        "from_at": datetime(2018, 3, 22, 8, 20),
        "from_timezone": "Europe/Warsaw",
        "to_place": "Munich",
        "to_at": datetime(2018, 3, 22, 10, 0),
        "to_timezone": "Europe/Berlin",
    }
    dialog = dialogs.leg_dialog(context, tab, tab.event_id, [(1, "Someone")], tab.legs, proposed)
    qtbot.addWidget(dialog)
    duration = dialog.findChild(QLabel, "duration")
    assert duration.text() == "1 h 40 min"
    _typed(dialog.form.widgets["from_place"], "Thessaloniki")
    assert dialog.form.value("from_timezone") == "Europe/Athens"
    assert dialog.form.widgets["from_timezone"].currentText() == "Athens (Greece) · UTC+2/+3"
    assert duration.text() == "2 h 40 min"
    _typed(dialog.form.widgets["to_place"], "MUC")
    assert dialog.form.value("to_timezone") == "Europe/Berlin"
    note = dialog.findChild(QLabel, "from_timezone_note")
    assert note.isHidden()
    _typed(dialog.form.widgets["from_place"], "Xyzzyville")
    assert dialog.form.value("from_timezone") == "Europe/Athens"  # left as it was, and said so
    assert not note.isHidden()
    assert note.text() == "Planner does not know where “Xyzzyville” is: check the time zone."


def test_a_new_event_takes_the_zone_of_its_city(window, context, monkeypatch, qtbot):

    def fill_and_accept(dialog):
        assert dialog.form.value("timezone") == "Europe/Brussels"  # nothing typed yet: the last zone used
        dialog.form.set_values(
            {"title": "Kick-off in Kraków", "starts_on": date(2027, 2, 3), "ends_on": date(2027, 2, 4)}
        )
        _typed(dialog.form.widgets["venue_city"], "Kraków")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", fill_and_accept)
    window.new_event()
    with context.read() as session:
        assert events.get_event(session, window.current_event_id()).timezone == "Europe/Warsaw"


def test_the_event_details_take_a_country_by_name_and_propose_the_zone_of_a_new_city(window, context):
    munich = event_id_of(context, "study_visit")
    window.navigator.select_event(munich)
    overview = window.event_view.pages[0]
    assert overview.form.widgets["venue_country"].text() == "Germany"
    overview.form.widgets["venue_country"].setText("Polen")
    assert overview.save_field("venue_country")
    overview.form.widgets["venue_city"].setText("Kraków")
    assert overview.save_field("venue_city")
    with context.read() as session:
        event = events.get_event(session, munich)
    assert (event.venue_country, event.venue_city, event.timezone) == ("PL", "Kraków", "Europe/Berlin")
    assert overview.form.widgets["venue_country"].text() == "Poland"
    assert not overview.zone_proposal.isHidden()
    assert overview.zone_proposal.text().startswith("Kraków is in Warsaw (Poland) · UTC+1/+2.")
    overview.zone_proposal.linkActivated.emit("Europe/Warsaw")
    with context.read() as session:
        assert events.get_event(session, munich).timezone == "Europe/Warsaw"
    assert overview.zone_proposal.isHidden()
    assert context.undo_stack.undoText() == "Change time zone"


def test_the_navigator_search_ignores_accents_and_says_when_it_finds_nothing(window, context):
    context.perform(
        CreateEvent(
            {
                "title": "Spotkanie partnerów",
                "kind": "meeting",
                "starts_on": date(2027, 2, 3),
                "ends_on": date(2027, 2, 3),
                "timezone": "Europe/Warsaw",
                "venue_city": "Kraków",
            }
        )
    )
    window.navigator.search.setText("krakow")
    assert {title.split("  ", 1)[1] for title in navigator_titles(window.navigator)} == {"Spotkanie partnerów"}
    assert window.navigator.no_match.isHidden()
    window.navigator.search.setText("PARTNEROW krakow")
    assert {title.split("  ", 1)[1] for title in navigator_titles(window.navigator)} == {"Spotkanie partnerów"}
    window.navigator.search.setText("Xyzzy")
    assert navigator_titles(window.navigator) == []
    assert not window.navigator.no_match.isHidden()
    assert window.navigator.no_match.text() == "No event matches 'Xyzzy'"


def test_a_person_picker_finds_a_name_without_its_accents_and_says_when_nobody_matches(qtbot):
    people = [(1, "Ewa Wróbel"), (2, "Jan Kowalski"), (3, "Dimitra Alexiou")]
    form = FormWidget([Field("person_id", "Traveller", "reference", choices=people)])
    qtbot.addWidget(form)
    combo = form.widgets["person_id"]
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "wrobel")
    assert matches_shown(combo) == ["Ewa Wróbel"]
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "nobody")
    assert matches_shown(combo) == ["No traveller matches 'nobody'"]


def test_the_directory_says_when_its_search_finds_nobody(context, qtbot):
    view = DirectoryView(context)
    qtbot.addWidget(view)
    view.show()
    view.ensure_loaded()
    view.search.setText("Xyzzy")
    assert view.no_match.isVisible()
    assert view.no_match.text() == "No person matches 'Xyzzy'"
    view.search.setText("")
    assert view.no_match.isHidden()


def test_the_actions_filter_ignores_accents_and_says_when_it_finds_nothing(context, qtbot):
    from planner.ui.actions import ActionsView

    view = ActionsView(context)
    qtbot.addWidget(view)
    view.today = date(2018, 5, 1)
    view.show()
    view.filter.setText("LUCIA FERNANDEZ")  # Lucía Fernández Gil owns one
    assert view.table.model().rowCount() == 1
    assert view.no_match.isHidden()
    view.filter.setText("Xyzzy")
    assert view.table.model().rowCount() == 0
    assert not view.no_match.isHidden()
    assert view.no_match.text() == "No action matches 'Xyzzy'"


def test_the_participants_search_says_when_it_finds_nobody(context, qtbot):
    from planner.ui.participants.tab import ParticipantsTab

    tab = ParticipantsTab(context)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_event(event_id_of(context, "study_visit"))
    tab.search.setText("Xyzzy <b>")
    assert tab.proxy.rowCount() == 0
    assert tab.summary_status.text() == "No participant matches 'Xyzzy &lt;b&gt;'"  # shown as typed, not as markup


def test_the_participants_search_finds_people_by_their_country_in_another_language(context, qtbot):
    from planner.ui.participants.model import COUNTRY
    from planner.ui.participants.tab import ParticipantsTab

    tab = ParticipantsTab(context)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_event(event_id_of(context, "study_visit"))
    tab.search.setText("Griechenland")
    shown = {tab.proxy.index(row, COUNTRY).data() for row in range(tab.proxy.rowCount())}
    assert shown == {"GR"}


def test_a_zone_and_a_person_are_picked_from_the_matches_with_the_keyboard(qtbot):
    people = [(1, "Ewa Wróbel"), (2, "Jan Kowalski")]
    form = FormWidget(
        [Field("timezone", "Time zone", "timezone"), Field("person_id", "Traveller", "reference", choices=people)]
    )
    qtbot.addWidget(form)
    form.show()
    form.set_values({"timezone": "Europe/Brussels"})
    for name, typed in (("timezone", "lisb"), ("person_id", "WROB")):
        combo = form.widgets[name]
        combo.lineEdit().setFocus()
        combo.lineEdit().selectAll()
        qtbot.keyClicks(combo.lineEdit(), typed)
        popup = combo.completer().popup()
        assert popup.isVisible()
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.widgets["timezone"].currentText() == "Lisbon (Portugal) · UTC+0/+1"
    assert form.values() == {"timezone": "Europe/Lisbon", "person_id": 1}
