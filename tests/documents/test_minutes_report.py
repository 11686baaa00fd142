"""The conclusions report as partners and funders read it: the sections in
the model report's order, who proposed what, the action table, who took
part, and where the outcomes went next."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from conftest import GERMAN, GREEK, add_event, hostile_event_data, make_pdf, pdf_image_count, pdf_pages, pdf_text

from planner.documents.chart import bar_chart
from planner.services import directory, minutes, participants
from planner.services.values import country_name

MADRID_SECTIONS = [
    "Who took part",
    "How the meeting was organised",
    "Summary of the meeting",
    "Conclusions",
    "Proposals",
    "Decisions",
    "Actions",
    "Discussion points",
    "Follow-up",
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


def test_the_madrid_report_has_the_sections_of_the_model_in_order(store, samples):
    data = make_pdf(store, "minutes", samples["Improvement"])
    assert _headings(data) == MADRID_SECTIONS  # no best practices in Madrid: no empty heading
    text = _flat(pdf_text(data))
    assert text.startswith("SUMMARY AND CONCLUSIONS Improvement of management skills in biotechnological companies")
    assert "Madrid, 3–4 June 2009" in text
    assert "Programme and funding: CLUNET · CLUNET pilot project “Developing European Biotech Clusters" in text


def test_each_proposal_names_who_made_it(store, samples):
    text = _flat(pdf_text(make_pdf(store, "minutes", samples["Improvement"])))
    assert (
        "especially in the area of intellectual property in hospitals. "
        "Proposed by Mrs. Jocelyne Le Seyec (Brittany, FR)"
    ) in text
    assert "welcome to make proposals. Proposed by Madrid Biocluster (Madrid, ES)" in text
    assert "Topic: IPR" in text  # the topic as a small label


def test_the_follow_up_says_where_the_outcomes_were_presented(store, samples):
    lines = _lines(make_pdf(store, "minutes", samples["Improvement"]))
    follow_up = _flat(" ".join(lines[lines.index("Follow-up") :]))
    assert "The outcomes were presented at the CLUNET final conference, Madrid, 5 June 2009." in follow_up


def test_an_outcome_that_led_to_another_event_is_followed_up(store, samples):
    with store.write() as session:
        action = next(o.item for o in minutes.outcomes_of(session, samples["Improvement"]) if o.item.kind == "action")
        minutes.update_item(session, action.id, follow_up_event_id=samples["CLUNET"])
    text = _flat(pdf_text(make_pdf(store, "minutes", samples["Improvement"])))
    assert "Action 1 was followed up at the CLUNET final conference, Madrid, 5 June 2009." in text


def test_the_action_table_has_owner_due_date_and_state(store, samples):
    data = make_pdf(store, "minutes", samples["Improvement"], printed_on=date(2009, 7, 1))
    lines = _lines(data)
    start = lines.index("Actions")
    assert lines[start + 1 : start + 6] == ACTION_HEADER
    table = _flat(" ".join(lines[start : lines.index("Discussion points")]))
    assert re.search(r"1 Present the outcomes .* Ms\. Elena Martínez Ruiz .* 5 Jun 2009 Done", table)
    assert re.search(r"2 Send interested partners .* Ms\. Lucía Fernández Gil .* 15 Jul 2009 Open", table)
    assert "overdue" not in table  # due on 15 July, printed on 1 July


def test_an_open_action_past_its_due_date_is_marked_overdue(store, samples):
    lines = _lines(make_pdf(store, "minutes", samples["Improvement"], printed_on=date(2009, 8, 1)))
    table = _flat(" ".join(lines[lines.index("Actions") : lines.index("Discussion points")]))
    assert table.count("overdue") == 1  # the open one, not the one done
    assert re.search(r"15 Jul 2009 Open overdue", table)


def test_who_took_part_counts_those_who_attended_by_country(store, samples):
    data = make_pdf(store, "minutes", samples["Improvement"])
    with store.read() as session:
        rows = participants.participant_rows(session, samples["Improvement"])
    attended = [row for row in rows if row.status == "attended"]
    assert len(attended) < len(rows)  # someone declined or did not come: not counted
    text = _flat(pdf_text(data))
    assert f"{len(attended)} people attended, as recorded" in text
    expected = Counter(country_name(row.country) for row in attended)
    assert f"Total {len(attended)}" in text
    for country, count in expected.items():
        assert f"{country} {count}" in text, country  # its row in the table
    for row in attended:
        assert row.name in text  # named under their organisation
    declined = next(row for row in rows if row.status == "declined")
    assert declined.family_name not in text


def test_the_chart_is_vector_graphics_with_the_country_names(store, samples):
    data = make_pdf(store, "minutes", samples["Improvement"])
    assert pdf_image_count(data) == 0
    lines = _lines(data)
    chart = lines[lines.index("Total") + 2 : lines.index("Participants by country")]  # after the table's last row
    names = sorted(line for line in chart if not line.isdigit())
    assert names == sorted(["Spain", "Poland", "Belgium", "France", "Germany", "Greece", "Hungary", "Italy"])


def test_the_chart_keeps_its_size_however_many_countries(store):
    counts = [(f"Country {number}", 40 - number) for number in range(40)]
    drawing = bar_chart(counts, 300, caption="Participants by country", top=16, step=15)
    assert drawing.width == 300
    assert drawing.height == 12 * 15 + 16  # eleven bars and one for the rest
    data = hostile_event_data()
    for number, code in enumerate(
        [
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
    ):
        data["people"].append(
            {"key": f"p{number}", "given_name": "Given", "family_name": f"Family{number}", "country": code}
        )
        data["participants"].append({"person": f"p{number}", "status": "confirmed"})
    text = _flat(pdf_text(make_pdf(store, "minutes", add_event(store, data))))
    assert "26 people were expected" in text and "in 26 countries" in text
    assert "Other countries (15)" in text  # the chart sums up the smallest


def test_attendance_not_recorded_counts_those_who_were_coming_and_says_so(store, hostile_event):
    text = _flat(pdf_text(make_pdf(store, "minutes", hostile_event)))
    assert "3 people were expected; attendance has not been recorded" in text


def test_an_event_without_minutes_says_they_are_not_written_yet(store):
    data = hostile_event_data(title="Partner meeting")
    del data["minutes"]
    event_id = add_event(store, data)
    text = pdf_text(make_pdf(store, "minutes", event_id))
    assert "The minutes of this meeting are not written yet." in text
    assert "Who took part" in text and "How the meeting was organised" in text  # what it has
    for empty in ("Conclusions", "Proposals", "Decisions", "Actions", "Best practices", "Follow-up"):
        assert empty not in _lines(make_pdf(store, "minutes", event_id))


def test_the_study_visit_shows_best_practices_and_what_it_was_held_alongside(store, samples):
    data = make_pdf(store, "minutes", samples["ECRI"])
    assert _headings(data) == [
        "Who took part",
        "How the meeting was organised",
        "Summary of the meeting",
        "Conclusions",
        "Actions",
        "Best practices",
        "Discussion points",
    ]
    text = _flat(pdf_text(data))
    assert "Held alongside the CEBR Annual Meeting 2018, Munich, 22–23 March 2018." in text
    assert "In one day, the programme had" in text and "Site visit: Visit of the BioM premises" in text
    assert "From BioM (Bavaria, DE)" in text
    assert "11 people attended, as recorded." in text


def test_300_actions_run_over_pages_each_with_the_table_header(store, hostile_event):
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
    pages = pdf_pages(make_pdf(store, "minutes", hostile_event, printed_on=date(2026, 4, 1)))
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
    assert f"Proposed by Γιώργος {GREEK} (Ελληνικό BioCluster, GR)" in text
    assert "Proposed by Klaster Życia (Małopolska, PL)" in text
    assert re.search(rf"Send the <minutes> Dr\. Jürgen {GERMAN} Bio-Netzwerk Süd, DE 15 Apr 2026", text)


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
