"""Template messages in the recipient's language: the templates shipped
with Planner have a version in each of its languages, the values put in
(dates, journeys, hotels) are worded in it, and a template of the user's
own is sent as typed. Read back with Python's email parser, and once
through a real SMTP server on 127.0.0.1 (aiosmtpd)."""

from __future__ import annotations

import email
import re
from email import policy

import pytest

from planner.cli import main
from planner.mail.template_messages import compose
from planner.services import directory, templates

TITLE = "ECRI study visit to BioM, Munich"
GREEK = "d.alexiou@example.org"
POLISH = "p.los@example.org"
PRACTICAL = "Practical information (a week before)"
NB = "\u00a0"

# Per language: the subject, the greeting, and the journey there and the hotel as the body says them.
EXPECTED = {
    "en": (
        f"Practical information: {TITLE}, Fri 23 Mar 2018",
        "Dear Dimitra,",
        (
            "Your journey there: Aegean Airlines A3 820, Athens → Munich, departs Wed 21 Mar 2018 08:20 "
            "(Europe/Athens), arrives 10:00 (Europe/Berlin)"
        ),
        "Your hotel: Hotel Isarbogen Garten, Munich-Neuhausen, check-in Wed 21 Mar 2018, check-out Sat 24 Mar 2018",
    ),
    "de": (
        f"Praktische Informationen: {TITLE}, Freitag, 23. März 2018",
        "Guten Tag Dimitra Alexiou,",
        (
            "Ihre Anreise: Aegean Airlines A3 820, Athens → Munich, ab Mittwoch, 21. März 2018 08:20 (Europe/Athens), "
            "an 10:00 (Europe/Berlin)"
        ),
        (
            "Ihr Hotel: Hotel Isarbogen Garten, Munich-Neuhausen, Check-in Mittwoch, 21. März 2018, "
            "Check-out Samstag, 24. März 2018"
        ),
    ),
    "fr": (
        f"Informations pratiques{NB}: {TITLE}, vendredi 23 mars 2018",
        "Bonjour Dimitra Alexiou,",
        (
            f"Votre voyage aller{NB}: Aegean Airlines A3 820, Athens → Munich, départ mercredi 21 mars 2018 08:20 "
            "(Europe/Athens), arrivée 10:00 (Europe/Berlin)"
        ),
        (
            f"Votre hôtel{NB}: Hotel Isarbogen Garten, Munich-Neuhausen, arrivée mercredi 21 mars 2018, "
            "départ samedi 24 mars 2018"
        ),
    ),
    "es": (
        f"Información práctica: {TITLE}, viernes, 23 de marzo de 2018",
        "Estimado/a Dimitra Alexiou:",
        (
            "Su viaje de ida: Aegean Airlines A3 820, Athens → Munich, salida miércoles, 21 de marzo de 2018 08:20 "
            "(Europe/Athens), llegada 10:00 (Europe/Berlin)"
        ),
        (
            "Su hotel: Hotel Isarbogen Garten, Munich-Neuhausen, entrada miércoles, 21 de marzo de 2018, "
            "salida sábado, 24 de marzo de 2018"
        ),
    ),
    "it": (
        f"Informazioni pratiche: {TITLE}, venerdì 23 marzo 2018",
        "Gentile Dimitra Alexiou,",
        (
            "Il suo viaggio di andata: Aegean Airlines A3 820, Athens → Munich, partenza mercoledì 21 marzo 2018 08:20 "
            "(Europe/Athens), arrivo 10:00 (Europe/Berlin)"
        ),
        (
            "Il suo hotel: Hotel Isarbogen Garten, Munich-Neuhausen, check-in mercoledì 21 marzo 2018, "
            "check-out sabato 24 marzo 2018"
        ),
    ),
    "pl": (
        f"Informacje praktyczne: {TITLE}, piątek, 23 marca 2018",
        "Dzień dobry Dimitra Alexiou,",
        (
            "Podróż na miejsce: Aegean Airlines A3 820, Athens → Munich, wyjazd środa, 21 marca 2018 08:20 "
            "(Europe/Athens), przyjazd 10:00 (Europe/Berlin)"
        ),
        (
            "Hotel: Hotel Isarbogen Garten, Munich-Neuhausen, zameldowanie środa, 21 marca 2018, "
            "wymeldowanie sobota, 24 marca 2018"
        ),
    ),
}


def _set_language(store, address: str, language: str) -> None:
    with store.write() as session:
        person = directory.find_person_by_email(session, address)
        directory.update_person(session, person.id, language=language)


def _reread(message: email.message.EmailMessage) -> tuple[str, str]:
    """The subject and the plain text as a mail program reads them."""
    read = email.message_from_bytes(message.as_bytes(), policy=policy.default)
    text = read.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")
    return read["Subject"], text


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_the_practical_information_in_each_language(samples, store, language):
    _set_language(store, GREEK, "" if language == "en" else language)
    with store.write() as session:
        [made] = compose(session, samples["ECRI"], PRACTICAL, to=[GREEK]).messages
    subject, text = _reread(made.message)
    expected_subject, greeting, journey, hotel = EXPECTED[language]
    assert made.template == PRACTICAL  # recorded by the name it is chosen by, whatever the language
    assert subject == expected_subject
    assert text.startswith(f"{greeting}\n\n")
    assert journey in text and hotel in text


def test_the_practical_information_in_greek(samples, store):
    _set_language(store, GREEK, "el")
    with store.write() as session:
        [made] = compose(session, samples["ECRI"], PRACTICAL, to=[GREEK]).messages
    subject, text = _reread(made.message)
    assert re.fullmatch(rf"Πρακτικές πληροφορίες: {TITLE}, Παρασκευή,? 23 Μαρτίου 2018", subject)
    assert text.startswith("Αγαπητέ/ή Dimitra Alexiou,\n\nΑπομένει μόνο μία εβδομάδα για την εκδήλωση «")
    assert re.search(r"Ταξίδι μετάβασης: Aegean Airlines A3 820, Athens → Munich, αναχώρηση Τετάρτη,? 21 Μαρτίου", text)
    assert re.search(r"Το ξενοδοχείο σας: Hotel Isarbogen Garten, Munich-Neuhausen, άφιξη Τετάρτη,? 21 Μαρτίου", text)
    assert text.rstrip().endswith("Με εκτίμηση,\nBioM\necri.studyvisit@example.org")


def test_every_shipped_template_has_each_language_with_the_same_placeholders():
    from planner.services.template_text import placeholders_in

    for template in templates.shipped_templates():
        wanted = set(placeholders_in(template.subject + "\n" + template.body, "body")) - {"given_name", "full_name"}
        for language in ("es", "de", "fr", "it", "pl", "el"):
            version = templates.in_language(template, language)
            assert version.language == language and version.body != template.body
            assert templates.translated_name(template, language) != template.name
            found = set(placeholders_in(version.subject + "\n" + version.body, "body")) - {"given_name", "full_name"}
            assert found == wanted, (template.name, language)


def test_a_template_of_ones_own_stays_as_typed_with_the_values_in_the_readers_language(samples, store):
    _set_language(store, POLISH, "pl")
    with store.write() as session:
        templates.create_template(session, "Kurz", "Bis bald: {event_title}", "Hallo {given_name}, am {event_dates}.")
        [polish] = compose(session, samples["ECRI"], "Kurz", to=[POLISH]).messages
        [chosen] = compose(session, samples["ECRI"], "Kurz", to=[POLISH], language="de").messages
    assert _reread(polish.message) == (f"Bis bald: {TITLE}", "Hallo Paweł, am piątek, 23 marca 2018.\n")
    assert _reread(chosen.message)[1] == "Hallo Paweł, am Freitag, 23. März 2018.\n"


def test_a_reminder_in_polish_through_a_real_mail_server(samples, store, db_path, smtp, capsys):
    _set_language(store, POLISH, "pl")
    mailbox, server = smtp()
    code = main(
        [
            "--db",
            str(db_path),
            "mail",
            str(samples["ECRI"]),
            "--template",
            "Reminder (the day before)",
            "--to",
            POLISH,
            "--smtp",
            server,
        ]
    )
    assert code == 0, capsys.readouterr().err
    message = mailbox.to(POLISH)
    assert message["Subject"] == f"Do zobaczenia jutro: {TITLE}"
    text = message.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")
    assert text.startswith(
        f"Dzień dobry Paweł Łoś,\n\nprzypominamy, że wydarzenie „{TITLE}” rozpoczyna się jutro\n"
        "(piątek, 23 marca 2018). Miejsce: BioM, Am Klopferspitz 19a, Martinsried/Planegg.\n"
    )
    assert text.rstrip().endswith("Z poważaniem\nBioM")


def test_the_command_line_writes_in_one_language_when_told(samples, store, db_path, tmp_path, capsys):
    from planner.cli_templates import LANGUAGE_CODES
    from planner.services.language import LANGUAGES

    assert tuple(LANGUAGES) == LANGUAGE_CODES
    _set_language(store, POLISH, "pl")
    out = tmp_path / "out"
    code = main(
        [
            "--db",
            str(db_path),
            "mail",
            str(samples["ECRI"]),
            "--template",
            "Reminder (the day before)",
            "--to",
            POLISH,
            "--lang",
            "it",
            "--out",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    [written] = out.glob("*.eml")
    message = email.message_from_bytes(written.read_bytes(), policy=policy.default)
    assert message["Subject"] == f"A domani: {TITLE}"
    assert "l’evento «" + TITLE + "» inizia domani\n(venerdì 23 marzo 2018)" in (
        message.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")
    )

    capsys.readouterr()
    assert main(["--db", str(db_path), "templates", "--show", "Reminder (the day before)", "--lang", "el"]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith("Name: Reminder (the day before)\nSubject: Τα λέμε αύριο: {event_title}\n")
