"""The conclusions report as partners and funders read it: the model
report's order (how the meeting was organised first, who took part last),
the programme day by day, proposals told as sentences, actions judged on
the report's date, bookmarks and contents, links, and only fonts the PDF
carries."""

from __future__ import annotations

import io
import re
from collections import Counter
from datetime import date

import pypdf
import pytest
from conftest import GERMAN, GREEK, add_event, hostile_event_data, make_pdf, pdf_image_count, pdf_pages, pdf_text

from planner.services import directory, minutes, participants
from planner.services.values import country_name

MADRID_SECTIONS = [
    "How the meeting was organised",
    "Summary of the meeting",
    "Conclusions",
    "Proposals",
    "Decisions",
    "Actions",
    "Discussion points",
    "Follow-up",
    "Who took part",
]
ACTION_HEADER = ["#", "Action", "Owner", "Due", "State"]


def _lines(data: bytes) -> list[str]:
    return [line.strip() for line in pdf_text(data).splitlines()]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _headings(data: bytes) -> list[str]:
    """The section headings that stand on a line of their own, in order."""
    wanted = set(MADRID_SECTIONS) | {"Best practices"}
    return [line for line in _lines(data) if line in wanted]


def _reader(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data), strict=True)


def _outline(data: bytes) -> list[tuple[int, str, int]]:
    """(level, title, page index) of every bookmark, in order."""
    reader = _reader(data)
    found: list[tuple[int, str, int]] = []

    def walk(entries, level: int) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, level + 1)
            else:
                found.append((level, entry.title, reader.get_destination_page_number(entry)))

    walk(reader.outline, 0)
    return found


def _fonts(data: bytes) -> dict[str, bool]:
    """Every font the pages name, and whether the PDF carries it."""
    fonts: dict[str, bool] = {}
    for page in _reader(data).pages:
        for reference in page["/Resources"].get("/Font", {}).values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            carried = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            fonts[str(font["/BaseFont"])] = carried
    return fonts


def _links(data: bytes) -> list[str]:
    """The web and mail addresses the pages link to."""
    return [
        annotation.get_object()["/A"]["/URI"]
        for page in _reader(data).pages
        for annotation in page.get("/Annots", [])
        if "/A" in annotation.get_object() and "/URI" in annotation.get_object()["/A"]
    ]


def test_the_madrid_report_opens_with_how_the_meeting_was_organised_and_counts_people_last(store, samples):
    data = make_pdf(store, "minutes", samples["Improvement"])
    assert _headings(data) == MADRID_SECTIONS  # no best practices in Madrid: no empty heading
    first = _flat(pdf_pages(data)[0])
    assert first.startswith("SUMMARY AND CONCLUSIONS Improvement of management skills in biotechnological companies")
    assert "Madrid, 3–4 June 2009" in first and "How the meeting was organised" in first
    assert "Who took part" not in first and "People" not in first  # no statistics on the first page
    assert "Programme: CLUNET" in first and "Funding: CLUNET pilot project “Developing European Biotech" in first


def test_every_section_and_day_is_a_bookmark_to_its_page(store, samples):
    data = make_pdf(store, "minutes", samples["Improvement"])
    outline = _outline(data)
    assert [title for level, title, _ in outline if level == 0] == MADRID_SECTIONS
    assert [title for level, title, _ in outline if level == 1] == ["Wednesday 3 June 2009", "Thursday 4 June 2009"]
    assert outline[1][1] == "Wednesday 3 June 2009"  # under "How the meeting was organised"
    pages = pdf_pages(data)
    for _, title, page in outline:
        assert title in [line.strip() for line in pages[page].splitlines()], title


def test_the_programme_is_a_list_under_each_day(store, samples):
    lines = _lines(make_pdf(store, "minutes", samples["Improvement"]))
    first_day = lines.index("Wednesday 3 June 2009")
    second_day = lines.index("Thursday 4 June 2009")
    assert lines[first_day + 1] == "• 09:30–10:00 Welcome and introduction to the CLUNET pilot project"
    assert (
        lines[second_day + 1] == "• 09:30–11:00 Matching companies and laboratories: intellectual property in hospitals"
    )
    day_one = [line for line in lines[first_day:second_day] if line.startswith("•")]
    assert len(day_one) == 6  # one line each, no run-on paragraph
    assert not any("Coffee" in line or "Lunch" in line for line in lines[first_day : second_day + 6])


def test_proposals_are_sentences_that_say_who_made_them(store, samples):
    data = make_pdf(store, "minutes", samples["Improvement"])
    text = _flat(pdf_text(data))
    assert (
        "Mrs. Jocelyne Le Seyec, Brittany (FR), proposed that a good area for cooperation is matching companies "
        "and laboratories, especially in the area of intellectual property in hospitals."
    ) in text
    # The text names who proposed it: printed as it was written.
    assert "Proposals Mrs. Jocelyne" in text
    assert "hospitals. Madrid Biocluster and madri+d suggested e-training" in text
    for tag in ("Proposed by", "Topic:", "From "):
        assert tag not in text


def test_actions_are_judged_on_the_events_last_day_unless_a_date_is_given(store, samples):
    madrid = samples["Improvement"]
    # Printed today, years later: the open action due 15 July 2009 is not called overdue.
    lines = _lines(make_pdf(store, "minutes", madrid))
    start = lines.index("Actions")
    assert lines[start + 1] == "The state of the actions on 4 June 2009."
    assert lines[start + 2 : start + 7] == ACTION_HEADER
    table = _flat(" ".join(lines[start : lines.index("Discussion points")]))
    assert re.search(r"1 Present the outcomes .* Ms\. Elena Martínez Ruiz .* 5 Jun 2009 Done", table)
    assert re.search(r"2 Send interested partners .* Ms\. Lucía Fernández Gil .* 15 Jul 2009 Open", table)
    assert "overdue" not in table
    early = _flat(pdf_text(make_pdf(store, "minutes", madrid, report_date=date(2009, 7, 1))))
    assert "The state of the actions on 1 July 2009." in early and "overdue" not in early
    late = _lines(make_pdf(store, "minutes", madrid, report_date=date(2009, 8, 1), printed_on=date(2009, 6, 5)))
    late_table = _flat(" ".join(late[late.index("Actions") : late.index("Discussion points")]))
    assert late_table.startswith("Actions The state of the actions on 1 August 2009.")
    assert late_table.count("overdue") == 1  # the open one, not the one done
    assert re.search(r"15 Jul 2009 Open overdue", late_table)


def test_who_took_part_counts_those_who_attended_once_by_country(store, samples):
    data = make_pdf(store, "minutes", samples["Improvement"])
    with store.read() as session:
        rows = participants.participant_rows(session, samples["Improvement"])
    attended = [row for row in rows if row.status == "attended"]
    assert len(attended) < len(rows)  # someone declined or did not come: not counted
    lines = _lines(data)
    section = _flat(" ".join(lines[lines.index("Who took part") :]))
    assert section.startswith(f"Who took part {len(attended)} people attended, as recorded (not counted: 1 declined")
    assert f"Total {len(attended)}" in section
    expected = Counter(country_name(row.country) for row in attended)
    for country, count in expected.items():
        assert section.count(f"{country} {count}") == 1, country  # its row in the table, and no chart of it
    assert pdf_image_count(data) == 0 and "Participants by country" not in section
    for row in attended:
        assert row.name in section  # named under their organisation
    declined = next(row for row in rows if row.status == "declined")
    assert declined.family_name not in section


def test_a_long_list_of_countries_is_one_table_in_columns(store):
    data = hostile_event_data()
    codes = [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
    ]
    for number, code in enumerate(codes):
        data["people"].append(
            {"key": f"p{number}", "given_name": "Given", "family_name": f"Family{number}", "country": code}
        )
        data["participants"].append({"person": f"p{number}", "status": "confirmed"})
    lines = _lines(make_pdf(store, "minutes", add_event(store, data)))
    text = _flat(" ".join(lines))
    assert "Attendance was not recorded; 26 people were expected." in text and "in 26 countries" in text
    header = lines.index("Country")
    assert lines[header : header + 6] == ["Country", "People"] * 3  # three pairs of columns side by side
    assert "Other countries" not in text  # no chart that sums up the smallest


def test_attendance_not_recorded_is_said_plainly(store, hostile_event):
    text = _flat(pdf_text(make_pdf(store, "minutes", hostile_event)))
    assert "Attendance was not recorded; 3 people were expected." in text
    assert "so these are" not in text


@pytest.mark.parametrize("language", ["en", "el", "pl"])
def test_every_font_is_carried_in_the_file_and_none_is_helvetica(store, samples, hostile_event, language):
    for event_id in (samples["Improvement"], samples["ECRI"], hostile_event):
        fonts = _fonts(make_pdf(store, "minutes", event_id, language=language))
        assert fonts and all(fonts.values()), fonts
        assert not any("Helvetica" in name for name in fonts)


def test_the_organisers_address_is_a_mail_link(store, samples):
    data = make_pdf(store, "minutes", samples["ECRI"])
    assert _links(data) == ["mailto:ecri.studyvisit@example.org"]
    assert "Contact: ecri.studyvisit@example.org" in pdf_pages(data)[0]


def test_the_follow_up_says_where_the_outcomes_were_presented(store, samples):
    lines = _lines(make_pdf(store, "minutes", samples["Improvement"]))
    follow_up = lines[lines.index("Follow-up") + 1]
    assert follow_up == "The outcomes were presented at the CLUNET final conference, Madrid, 5 June 2009."


def test_an_outcome_that_led_to_another_event_is_followed_up(store, samples):
    with store.write() as session:
        action = next(o.item for o in minutes.outcomes_of(session, samples["Improvement"]) if o.item.kind == "action")
        minutes.update_item(session, action.id, follow_up_event_id=samples["CLUNET"])
    text = _flat(pdf_text(make_pdf(store, "minutes", samples["Improvement"])))
    assert "Action 1 was followed up at the CLUNET final conference, Madrid, 5 June 2009." in text


def test_an_event_without_minutes_says_they_are_not_written_yet(store):
    data = hostile_event_data(title="Partner meeting")
    del data["minutes"]
    lines = _lines(make_pdf(store, "minutes", add_event(store, data)))
    assert "The minutes of this meeting are not written yet." in lines
    assert "Who took part" in lines and "How the meeting was organised" in lines  # what it has
    for empty in ("Conclusions", "Proposals", "Decisions", "Actions", "Best practices", "Follow-up"):
        assert empty not in lines


def test_the_study_visit_shows_best_practices_and_what_it_was_held_alongside(store, samples):
    data = make_pdf(store, "minutes", samples["ECRI"])
    assert _headings(data) == [
        "How the meeting was organised",
        "Summary of the meeting",
        "Conclusions",
        "Actions",
        "Best practices",
        "Discussion points",
        "Who took part",
    ]
    text = _flat(pdf_text(data))
    assert "Held alongside the CEBR Annual Meeting 2018, Munich, 22–23 March 2018." in text
    assert "In one day, the programme had" in text and "17:30–18:15 Site visit: Visit of the BioM premises" in text
    assert "1. Dedicated start-up support: BioM has supported more than 200 start-up companies in 20 years. " in text
    assert "(BioM, Bavaria (DE))" in text  # where a best practice comes from
    assert "11 people attended, as recorded." in text


def test_a_long_report_opens_with_contents_that_link_to_the_pages(store, hostile_event):
    with store.write() as session:
        owner = directory.create_person(session, given_name="Anna", family_name="Owner")
        for number in range(300):
            minutes.add_item(
                session,
                hostile_event,
                kind="action",
                text=f"Task {number:03d} to do",
                owner_id=owner.id,
                due=date(2026, 5, 1),
            )
    data = make_pdf(store, "minutes", hostile_event, report_date=date(2026, 4, 1))
    pages = pdf_pages(data)
    first = [line.strip() for line in pages[0].splitlines()]
    contents = first[first.index("Contents") + 1 :]
    outline = [(title, page) for level, title, page in _outline(data) if level == 0]
    for title, page in outline:  # each section with the page its heading is on
        assert contents[contents.index(title) + 1] == str(page + 1), title
    assert len(outline) == 8  # no follow-up in this event
    targets = [
        annotation.get_object()
        for annotation in _reader(data).pages[0].get("/Annots", [])
        if annotation.get_object().get("/Dest") is not None or "/A" not in annotation.get_object()
    ]
    assert len(targets) == len(outline)  # a link on each line of the contents
    with_tasks = [page for page in pages if "Task " in page]
    assert len(with_tasks) >= 5
    for page in with_tasks:
        lines = [line.strip() for line in page.splitlines()]
        assert any(lines[index : index + 5] == ACTION_HEADER for index in range(len(lines)))
    everything = _flat("\n".join(pages))
    assert all(f"Task {number:03d} to do" in everything for number in range(300))
    assert "301 Task 299 to do Anna Owner 1 May 2026 Open" in everything  # after the event's own action


def test_names_in_every_script_next_to_what_they_did(store, hostile_event):
    text = _flat(pdf_text(make_pdf(store, "minutes", hostile_event)))
    assert f"Γιώργος {GREEK}, Ελληνικό BioCluster (GR), proposed that μοιραζόμαστε εργαλεία" in text
    assert "Klaster Życia, Małopolska (PL), proposed that wspólne szkolenia" in text
    assert re.search(rf"Send the <minutes> Dr\. Jürgen {GERMAN} Bio-Netzwerk Süd \(DE\) 15 Apr 2026", text)


def test_long_minutes_print_to_their_last_word(store):
    words = " ".join(f"word{number}" for number in range(700))[:5000]
    data = hostile_event_data()
    data["minutes"]["items"][0]["text"] = words
    data["minutes"]["summary"] = "x" * 5000 + "\n\nSecond paragraph"
    pdf = make_pdf(store, "minutes", add_event(store, data))
    text = pdf_text(pdf)
    assert _flat(text).count(words.split()[-1]) >= 1 and "word637 word63" in _flat(text)
    # all of the unbroken word, cut into lines and perhaps across a page
    assert sum(len(run) for run in re.findall("x{100,}", re.sub(r"\s", "", text))) == 5000
    assert "Second paragraph" in text
