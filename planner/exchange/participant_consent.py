"""The consents a registration form records, read from a participant
list: a yes or no column per purpose ("Consent to participant list",
"Photo consent", "Zgoda na zdjęcia" …) and the day they were given
("Consent date"; the day of the import when the list has none). Recorded
as given on a form (enums.ConsentWay.FORM)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from planner.exchange import participant_words as words
from planner.services import consent
from planner.services.language import say

if TYPE_CHECKING:
    from sqlmodel import Session

# A list's consent columns (participant_table.FIELDS) and the purpose each records.
PURPOSE_OF_FIELD = {
    "consent_shared_list": "shared_list",
    "consent_photos": "photos",
    "consent_needs": "needs",
    "consent_contact_after": "contact_after",
}
DATE_FIELD = "consent_date"

# The answers forms write, in the partners' languages (compared folded: "Sí" is "si").
YES = ("yes", "y", "ja", "oui", "sí", "si", "sì", "tak", "ναι", "sim", "da", "true", "x", "✓", "✔", "☑", "1",
       "agreed", "i agree", "agree", "consent given", "einverstanden", "zugestimmt", "d'accord", "j'accepte",
       "de acuerdo", "acepto", "d'accordo", "accetto", "zgoda", "zgadzam się", "συμφωνώ", "ok")  # fmt: skip
NO = ("no", "n", "nein", "non", "nie", "nee", "όχι", "οχι", "não", "false", "0", "☐", "refused", "declined",
      "i do not agree", "do not agree", "disagree", "nicht einverstanden", "abgelehnt", "pas d'accord", "refusé",
      "no acepto", "rechazado", "non accetto", "rifiutato", "brak zgody", "nie zgadzam się", "δεν συμφωνώ")  # fmt: skip


@lru_cache(maxsize=1)
def _answers() -> dict[str, bool]:
    found = {words.key(word): False for word in NO}
    found.update({words.key(word): True for word in YES})
    return found


def read_answers(
    texts: dict[str, str], headers: dict[str, str], problems: list[str]
) -> tuple[dict[str, bool], date | None]:
    """(purpose → given, the day given) from a row's texts by field; a
    value that is neither yes nor no, or a day that is none, goes to
    ``problems`` naming the column as the file names it."""
    from planner.exchange.participant_values import parse_day

    given: dict[str, bool] = {}
    for field, purpose in PURPOSE_OF_FIELD.items():
        text = texts.get(field, "")
        if not text:
            continue
        answer = _answers().get(words.key(text))
        if answer is None:
            problems.append(
                say(
                    "column '{column}': '{value}' is neither yes nor no; write yes or no (ja, oui, sí, sì, tak, ναι)",
                    column=headers.get(field, field),
                    value=text,
                )
            )
            continue
        given[purpose] = answer
    day = None
    if texts.get(DATE_FIELD):
        day = parse_day(texts[DATE_FIELD])
        if day is None:
            problems.append(
                say(
                    "column '{column}': '{value}' is not a date; write it as 2024-06-03 or 03.06.2024 (day first)",
                    column=headers.get(DATE_FIELD, DATE_FIELD),
                    value=texts[DATE_FIELD],
                )
            )
    return given, day


def record(session: Session, rows: Iterable[tuple[int, dict[str, bool], date | None]], today: date) -> int:
    """Record the consents of the rows imported (participation id, purpose
    → given, the day given or None for ``today``) as given on a form; how many."""
    return consent.record_many(
        session,
        (
            consent.Answer(participation_id, purpose, given, day or today, "form")
            for participation_id, answers, day in rows
            for purpose, given in answers.items()
        ),
    )
