"""Importing participant lists into an event: people matched, not doubled;
someone already on the list updated; every bad row reported with its
number and reason; all rows or none; the app's undo records it all. And
the export that reads back in."""

from __future__ import annotations

import csv
import io
import shutil
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from planner.db.models import ALL_TABLES, Organisation, Person
from planner.db.store import Store
from planner.exchange.participant_export import export_participants
from planner.exchange.participant_import import apply_import, plan_import
from planner.exchange.participant_table import FIELDS, ParticipantFileError, guess_mapping, read_table
from planner.services import directory, events, history, participants
from planner.services.errors import NotFound
from tests.databases import data_of, saved_database

DATA = Path(__file__).resolve().parent / "data" / "participants"


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """A closed database with the sample events, made once for the module
    (adding the samples is the slow part): each test opens a copy."""
    folder = tmp_path_factory.mktemp("template")
    made = Store.open(saved_database(folder / "samples.sqlite"), backup_dir=folder / "backups")
    with made.read() as session:
        ids = {event.title.split()[0]: event.id for event in events.list_events(session)}
    made.close()
    return folder / "samples.sqlite", ids


@pytest.fixture
def store(template, tmp_path):
    """A copy of the template: the sample events in a real file of its own."""
    source, _ids = template
    for suffix in ("", "-wal"):
        if Path(f"{source}{suffix}").exists():
            shutil.copy(f"{source}{suffix}", tmp_path / f"planner.sqlite{suffix}")
    opened = Store.open(tmp_path / "planner.sqlite", backup_dir=tmp_path / "backups")
    yield opened
    opened.close()


@pytest.fixture
def samples(template, store) -> dict[str, int]:
    return template[1]


def _file(name: str):
    table = read_table((DATA / name).read_bytes(), name)
    return table, guess_mapping(table.headers)


def _text(text: str, name: str = "list.csv"):
    table = read_table(text.encode("utf-8"), name)
    return table, guess_mapping(table.headers)


def _dump(connection) -> dict:
    """Every row of every table, as plain values."""
    return {
        model.__tablename__: sorted((tuple(row) for row in connection.execute(data_of(model))), key=repr)
        for model in ALL_TABLES
    }


def _import(store: Store, event_id: int, table, mapping):
    with store.write() as session:
        return apply_import(session, event_id, table, mapping)


@pytest.fixture
def new_event(store, samples) -> int:
    """An event nobody takes part in yet, beside the samples."""
    with store.write() as session:
        return events.create_event(
            session,
            title="Partner meeting",
            kind="meeting",
            starts_on=date(2024, 6, 3),
            ends_on=date(2024, 6, 4),
            timezone="Europe/Brussels",
        ).id


def _rows(store: Store, event_id: int) -> dict[str, participants.ParticipantRow]:
    with store.read() as session:
        return {row.full_name: row for row in participants.participant_rows(session, event_id)}


def _people_count(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(Person))


# -- matching, not doubling ---------------------------------------------------------


def test_a_german_excel_list_adds_new_people_and_finds_one_by_email(store, samples):
    munich = samples["ECRI"]
    before = _people_count(store)
    table, mapping = _file("Anmeldungen.csv")
    with store.read() as session:
        plan = plan_import(session, munich, table, mapping)
    actions = {row.name: row.action for row in plan.rows}
    # The address in the list is "J.Grossmann@Example.org": case does not make another person.
    assert actions["Jürgen Großmann"] == "matches Dr. Jürgen Großmann (j.grossmann@example.org)"
    assert actions["Dr. Björn Sjöström"] == "new person"
    großmann = next(row for row in plan.rows if row.name == "Jürgen Großmann")
    assert großmann.kind == "matched" and großmann.changes == ()  # he has a diet and a country already
    assert (plan.new_people, plan.matched_people, plan.already_participants) == (6, 1, 0)

    done = _import(store, munich, table, mapping)
    assert done.summary() == "Imported 7 participants: 6 new people, 1 already in the directory."
    assert _people_count(store) == before + 6
    rows = _rows(store, munich)
    assert rows["Jürgen Großmann"].role == "participant" and rows["Jürgen Großmann"].status == "registered"
    # What the Directory holds is kept; the list only fills in what it lacks.
    assert (
        rows["Jürgen Großmann"].dietary == "Vegetarian"
        and rows["Jürgen Großmann"].organisation == "Biotech Netzwerk Berlin"
    )
    assert rows["Käthe Müller-Lüdenscheidt"].organisation == "Universität Würzburg – Lehrstuhl für Biotechnologie"
    assert rows["Käthe Müller-Lüdenscheidt"].country == "DE" and rows["Hans Bäcker"].country == "AT"
    assert rows["Hans Bäcker"].dietary == "Laktoseintoleranz; keine Nüsse"
    assert rows["Björn Sjöström"].honorific == "Dr." and rows["Björn Sjöström"].country == "SE"
    assert rows["Søren Ærø"].organisation == "Medicon Valley Alliance; Kopenhagen"


def test_someone_already_on_the_list_is_updated_not_added_twice(store, samples):
    munich = samples["ECRI"]
    count = len(_rows(store, munich))
    table, mapping = _file("registration_form.csv")
    with store.read() as session:
        plan = plan_import(session, munich, table, mapping)
    alexiou = next(row for row in plan.rows if row.email == "d.alexiou@example.org")
    assert alexiou.action == "already on the list (updated)" and alexiou.name == "Dimitra Alexiou"
    assert alexiou.kind == "already" and alexiou.changes == ("role", "status")  # a moderator who attended
    # Same name as Ms. Małgorzata Żurawska of the Directory, another address: another person.
    assert next(row for row in plan.rows if row.email == "m.zurawska@example.pl").action == "new person"
    done = _import(store, munich, table, mapping)
    assert (
        done.summary() == "Imported 4 participants: 4 new people, 0 already in the directory; "
        "1 already on the list was updated."
    )
    rows = _rows(store, munich)
    assert len(rows) == count + 4
    assert rows["Dimitra Alexiou"].status == "confirmed"  # "Will you attend? Yes"
    assert rows["Dimitra Alexiou"].role == "participant"
    assert rows["Małgorzata Żurawska"].role == "speaker" and rows["Małgorzata Żurawska"].honorific == "Dr."
    assert rows["Małgorzata Żurawska"].notes == "Arriving late on Monday,\nplease keep a seat"
    assert rows["Ludwig van der Berg"].family_name == "van der Berg" and rows["Ludwig van der Berg"].country == "NL"
    assert rows["Siobhán Ní Bhriain"].status == "declined" and rows["Siobhán Ní Bhriain"].role == "observer"
    assert rows["Ana María García López"].role == "participant"  # the role left empty: the default


def test_importing_the_same_list_twice_changes_nothing_the_second_time(store, samples):
    madrid = samples["Improvement"]
    table, mapping = _file("inscripciones.csv")
    _import(store, madrid, table, mapping)
    rows, people = _rows(store, madrid), _people_count(store)
    again = _import(store, madrid, table, mapping)
    assert again.summary() == "Imported 0 participants; 4 already on the list (no change)."
    assert {row.action for row in again.rows} == {"already on the list (no change)"}
    assert _rows(store, madrid) == rows and _people_count(store) == people
    iñaki = rows["Iñaki Etxeberria Goñi"]
    assert (iñaki.role, iñaki.status, iñaki.arrives_on, iñaki.departs_on) == (
        "speaker",
        "confirmed",
        date(2024, 6, 2),
        date(2024, 6, 5),
    )
    assert rows["Élodie Rousseau"].status == "invited" and rows["Élodie Rousseau"].country == "FR"


def test_people_without_an_address_are_found_by_name_and_organisation(store, samples, new_event):
    table, mapping = _text(
        "Name,Organisation\nPawel Los,klk\nDimitra Alexiou,Another Organisation\nMALGORZATA ZURAWSKA,\n"
        "Nikolaos Vlachos,\n"
    )
    with store.read() as session:
        plan = plan_import(session, new_event, table, mapping)
    assert [row.action for row in plan.rows] == [
        "matches Mr. Paweł Łoś (p.los@example.org)",  # accents and case ignored, same organisation
        "new person",  # a namesake in another organisation
        "matches Ms. Małgorzata Żurawska (m.zurawska@example.org)",  # no organisation in the list: the name decides
        "matches Mr. Nikolaos Vlachos (n.vlachos@example.org)",
    ]


def test_people_are_found_by_their_address_in_any_case_whatever_its_letters(store, samples, new_event):
    with store.write() as session:
        directory.create_person(session, given_name="Jürgen", family_name="Groß", email="Jürgen.Groß@Bücher.de")
        directory.create_person(session, given_name="Anna", family_name="Berg", email="ANNA.Berg@Example.org")
        directory.create_person(session, given_name="Ōta", family_name="Ken", email="\u00d8ystein@example.no")
    table, mapping = _text(
        # Names other than the Directory's: the address alone finds them.
        "Name;E-mail\nJay Doe;JÜRGEN.GROSS@bücher.de\nJ. Doe;jürgen.groß@BÜCHER.DE\nA. Roe;anna.berg@example.ORG\n"
        "K. Poe;\u00f8ystein@example.no\n"
    )
    with store.read() as session:
        plan = plan_import(session, new_event, table, mapping)
    assert [row.action for row in plan.rows] == [
        "new person",  # ss is not ß in an address
        "matches Jürgen Groß (Jürgen.Groß@bücher.de)",
        "matches Anna Berg (ANNA.Berg@example.org)",
        "matches Ōta Ken (\u00d8ystein@example.no)",
    ]


def test_a_person_twice_in_one_list_is_a_problem_naming_the_first_row(store, samples):
    table, mapping = _text(
        "Name,E-mail,Organisation\n"
        "Anna Schmidt,anna@example.de,BioM\n"
        "Paweł Łoś,p.los@example.org,KLK\n"
        "ANNA SCHMIDT,,\n"
        "Anna Schmidt,Anna@EXAMPLE.de,\n"
        "Pawel Los,,KLK\n"
        "Anna Schmidt,other.anna@example.de,BioM Partner\n"
        "Bruno Keller,bruno@example.de,\n"
        "Carla Keller,BRUNO@example.de,\n"
    )
    with store.read() as session:
        plan = plan_import(session, samples["Improvement"], table, mapping)
    assert plan.problems == [
        "row 4: repeats row 2: ANNA SCHMIDT is on this list twice; keep one of the rows",
        "row 5: repeats row 2: both have the address Anna@example.de; keep one of the rows",
        "row 6: repeats row 3: both are Mr. Paweł Łoś (p.los@example.org); keep one of the rows",
        "row 9: repeats row 8: both have the address BRUNO@example.de; keep one of the rows",
    ]
    assert plan.rows[5].action == "new person"  # another address and organisation: a namesake


# -- all or nothing -----------------------------------------------------------------


def test_a_list_with_bad_rows_is_refused_whole_naming_each_row(store, samples):
    munich = samples["ECRI"]
    table, mapping = _file("bad_rows.csv")
    with store.write() as session:
        before = _dump(session.connection())
        with pytest.raises(ParticipantFileError) as refused:
            apply_import(session, munich, table, mapping)
        # Refused before anything was written, not merely rolled back afterwards.
        assert not (session.new or session.dirty or session.deleted)
        assert _dump(session.connection()) == before
    error = refused.value
    assert error.message == "bad_rows.csv: 8 rows cannot be imported; nothing was imported"
    assert list(error.problems) == [
        (
            "bad_rows.csv: row 3: e-mail: 'bruno.keller@' is not a valid e-mail address (There must be something after "
            "the @-sign.)"
        ),
        (
            "bad_rows.csv: row 4: country: 'Atlantis' is not a country Planner knows; write its name (Germany, "
            "Deutschland, Allemagne) or its ISO code (DE)"
        ),
        (
            "bad_rows.csv: row 5: role: 'keynote guru' is not a role Planner knows; use one of: organiser, host, speaker, "
            "moderator, participant, observer"
        ),
        (
            "bad_rows.csv: row 6: status: 'maybe' is not a status Planner knows; use one of: invited, registered, "
            "confirmed, declined, cancelled, attended, no-show"
        ),
        "bad_rows.csv: row 7: arrives: '31.02.2024' is not a date; write it as 2024-06-03 or 03.06.2024 (day first)",
        "bad_rows.csv: row 8: departs: 2024-06-02 is before the arrival on 2024-06-05",
        "bad_rows.csv: row 9: repeats row 2: both have the address Anna.Schmidt@example.de; keep one of the rows",
        "bad_rows.csv: row 10: name: this row has no name; every new participant needs a given or a family name",
    ]
    assert str(error).splitlines() == [error.message, *error.problems]
    with store.read() as session:
        assert _dump(session.connection()) == before


def test_a_long_list_of_problems_is_cut_in_the_message_but_kept_whole(store, samples):
    lines = ["Name,E-mail"] + [f"Person {number},person{number}@" for number in range(25)]
    table, mapping = _text("\n".join(lines) + "\n")
    with store.write() as session, pytest.raises(ParticipantFileError) as refused:
        apply_import(session, samples["ECRI"], table, mapping)
    shown = str(refused.value).splitlines()
    assert shown[0] == "list.csv: 25 rows cannot be imported; nothing was imported"
    assert len(shown) == 22 and shown[-1] == "and 5 more"
    assert len(refused.value.problems) == 25 and refused.value.problems[-1].startswith("list.csv: row 26: e-mail:")


def test_an_arrival_after_the_departure_already_on_the_list_is_a_problem(store, samples):
    munich = samples["ECRI"]
    alexiou = _rows(store, munich)["Dimitra Alexiou"]
    assert alexiou.departs_on == date(2018, 3, 24)
    table, mapping = _text("E-mail,Arrival\nd.alexiou@example.org,2018-03-25\n")  # no name: the address finds her
    with store.read() as session:
        plan = plan_import(session, munich, table, mapping)
    assert plan.problems == ["row 2: departs: 2018-03-24 is before the arrival on 2018-03-25 (already on the list)"]


def test_planning_writes_nothing(store, samples):
    table, mapping = _file("Anmeldungen.csv")
    with store.read() as session:
        before = _dump(session.connection())
    with store.write() as session:
        plan_import(session, samples["ECRI"], table, mapping)
        assert not (session.new or session.dirty or session.deleted)
    with store.read() as session:
        assert _dump(session.connection()) == before


def test_a_list_without_a_name_column_or_for_no_event_is_refused(store, samples):
    table, mapping = _text("Anmeldename,Kontakt\nAnna Schmidt,anna@example.de\n")
    with store.read() as session, pytest.raises(ParticipantFileError) as refused:
        plan_import(session, samples["ECRI"], table, mapping)
    assert str(refused.value) == (
        "list.csv: no column holds the participants' names (the columns are 'Anmeldename', 'Kontakt'); say which one "
        "does, or name it 'Name' (or 'Given name' and 'Family name') in the file"
    )
    with store.read() as session:
        plan = plan_import(session, samples["ECRI"], table, {0: "full_name", 1: "email"})
        assert plan.rows[0].action == "new person"
        with pytest.raises(ParticipantFileError, match="'shoe_size' is not a field"):
            plan_import(session, samples["ECRI"], table, {0: "full_name", 1: "shoe_size"})
        with pytest.raises(NotFound, match="event 999: there is no such event"):
            plan_import(session, 999, table, {0: "full_name"})


def test_an_import_can_be_undone_and_redone(store, samples):
    """The app wraps apply_import in one undoable unit of work: every row
    it writes is recorded."""
    with store.read() as session:
        before = _dump(session.connection())
    table, mapping = _file("Anmeldungen.csv")
    with store.write() as session:
        recorder = history.record(session)
        apply_import(session, samples["ECRI"], table, mapping)
        changes = recorder.finish()
    with store.read() as session:
        after = _dump(session.connection())
    assert {"person", "organisation", "participation"} <= changes.tables()
    with store.write() as session:
        history.replay(session, changes, "before")
    with store.read() as session:
        assert _dump(session.connection()) == before
    with store.write() as session:
        history.replay(session, changes, "after")
    with store.read() as session:
        assert _dump(session.connection()) == after


def test_organisations_are_found_by_name_not_doubled(store, samples):
    table, mapping = _text(
        "Name,Organisation\nAnna Schmidt,biom\nBruno Keller,Neue Firma GmbH\nCarla Nowak,Neue Firma GmbH\n"
    )
    with store.read() as session:
        organisations = session.scalar(select(func.count()).select_from(Organisation))
    _import(store, samples["ECRI"], table, mapping)
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Organisation)) == organisations + 1
    rows = _rows(store, samples["ECRI"])
    assert rows["Anna Schmidt"].organisation == "BioM"
    assert rows["Bruno Keller"].organisation_id == rows["Carla Nowak"].organisation_id


# -- export ---------------------------------------------------------------------------


def test_the_csv_export_is_utf8_with_bom_and_maps_itself_when_read_back(store, samples):
    with store.read() as session:
        data = export_participants(session, samples["ECRI"], "csv")
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert lines[0] == [label for key, label in FIELDS.items() if key != "full_name" and not key.startswith("consent")]
    table = read_table(data, "ecri.csv")
    assert all(field is not None for field in guess_mapping(table.headers).values())
    schönberger = dict(zip(table.headers, next(row for row in table.rows if "Schönberger" in row), strict=True))
    assert schönberger["Country"] == "Germany" and schönberger["Role"] == "Organiser"
    assert (
        schönberger["Arrives"] == "2018-03-23" and schönberger["Position"] == "Project manager, international affairs"
    )


def test_the_xlsx_export_has_a_bold_frozen_header_and_sensible_widths(store, samples):
    with store.read() as session:
        data = export_participants(session, samples["ECRI"], "xlsx")
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet.title == "Participants" and sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1]) and sheet["A1"].value == "Title"
    assert sheet.max_row == 12
    widths = [sheet.column_dimensions[letter].width for letter in "ABCDEFGHIJKLMNOP"]
    assert all(8 <= width <= 50 for width in widths)
    assert sheet["N2"].is_date and sheet["N2"].number_format == "yyyy-mm-dd"


def test_text_that_looks_like_a_formula_stays_text(store, samples):
    """A web form's "=HYPERLINK(…)" must not run when the list is opened,
    and "+49 89 …" must stay a phone number."""
    table, mapping = _text('Name,Phone,Notes\nEve Hacker,+49 89 1234,"=HYPERLINK(""http://x"",""y"")"\n')
    _import(store, samples["ECRI"], table, mapping)
    with store.read() as session:
        exported_csv = export_participants(session, samples["ECRI"], "csv")
        exported_xlsx = export_participants(session, samples["ECRI"], "xlsx")
    assert "'+49 89 1234" in exported_csv.decode("utf-8-sig") and "'=HYPERLINK" in exported_csv.decode("utf-8-sig")
    sheet = load_workbook(io.BytesIO(exported_xlsx)).active
    eve = next(row for row in sheet.iter_rows() if row[2].value == "Hacker")
    assert eve[8].value == "+49 89 1234" and eve[8].data_type == "s"
    assert eve[15].value == '=HYPERLINK("http://x","y")' and eve[15].data_type == "s"
    for data, name in ((exported_csv, "list.csv"), (exported_xlsx, "list.xlsx")):
        table = read_table(data, name)
        row = next(cells for cells in table.rows if "Hacker" in cells)
        assert "+49 89 1234" in row and '=HYPERLINK("http://x","y")' in row


def test_a_formula_after_a_tab_or_a_line_break_stays_text_in_the_csv(store, samples):
    table, mapping = _text("Name,Notes\nEve Hacker,x\n")
    _import(store, samples["ECRI"], table, mapping)
    with store.write() as session:
        row = next(row for row in participants.participant_rows(session, samples["ECRI"]) if "Hacker" in row.full_name)
        participants.update_participation(session, row.participation_id, notes="\t=cmd|' /C calc'!A0\r=1+1")
    with store.read() as session:
        exported = export_participants(session, samples["ECRI"], "csv")
    cells = next(cells for cells in csv.reader(io.StringIO(exported.decode("utf-8-sig"))) if "Hacker" in cells)
    # Notes keep their lines with "\n" for every kind of line break (a cell
    # starting with CR is covered where cells are escaped).
    assert "'\t=cmd|' /C calc'!A0\n=1+1" in cells
    read_back = next(cells for cells in read_table(exported, "list.csv").rows if "Hacker" in cells)
    assert "\t=cmd|' /C calc'!A0\n=1+1" in read_back  # line breaks read as "\n", as always


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_an_exported_list_imported_into_another_database_gives_the_same_people(store, samples, tmp_path, file_format):
    with store.read() as session:
        data = export_participants(session, samples["ECRI"], file_format)
    original = _rows(store, samples["ECRI"])
    other = Store.open(tmp_path / "other.sqlite", backup_dir=tmp_path / "backups")
    try:
        with other.write() as session:
            event = events.create_event(
                session,
                title="Copy",
                kind="meeting",
                starts_on=date(2018, 3, 21),
                ends_on=date(2018, 3, 24),
                timezone="Europe/Berlin",
            )
            event_id = event.id
        table = read_table(data, f"ecri.{file_format}")
        done = _import(other, event_id, table, guess_mapping(table.headers))
        assert done.new_people == len(original)
        copied = _rows(other, event_id)
    finally:
        other.close()

    def comparable(row):
        return {name: value for name, value in row._asdict().items() if not name.endswith("id")}

    assert {name: comparable(row) for name, row in copied.items()} == {
        name: comparable(row) for name, row in original.items()
    }


def test_export_refuses_an_unknown_format_and_event(store, samples):
    with store.read() as session:
        with pytest.raises(ParticipantFileError, match="'pdf' is not a format for participant lists"):
            export_participants(session, samples["ECRI"], "pdf")
        with pytest.raises(NotFound):
            export_participants(session, 999, "csv")


def test_new_people_get_the_defaults_and_the_services_checks(store, samples):
    table, mapping = _text("Given name;Family name;E-mail;Country\nAnna;Schmidt;anna.schmidt@EXAMPLE.DE;Deutschland\n")
    _import(store, samples["ECRI"], table, mapping)
    with store.read() as session:
        person = directory.find_person_by_email(session, "anna.schmidt@example.de")
        assert person.email == "anna.schmidt@example.de" and person.country == "DE"
    anna = _rows(store, samples["ECRI"])["Anna Schmidt"]
    assert (anna.role, anna.status) == ("participant", "registered")
