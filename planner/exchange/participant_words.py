"""The words registration forms and spreadsheets use, in the languages of
European partner networks: column names, roles, statuses, countries.

Everything is compared in one folded form (``key``): lower case without
accents (``planner.services.search.fold``), punctuation as spaces, so
"E-Mail", "e‑mail" and "EMAIL" are one word and "Apellido(s)" matches
"apellido s".
"""

from __future__ import annotations

from functools import lru_cache

from planner.exchange.participant_column_names import COLUMN_NAMES
from planner.services import countries
from planner.services.labels import label
from planner.services.search import fold_words
from planner.services.vocabulary import ParticipationStatus, Role


def key(text: str) -> str:
    """The folded form both sides are compared in."""
    return fold_words(text)


# -- column names ------------------------------------------------------------

AMBIGUOUS_NAMES = frozenset(key(word) for word in ("name", "nom", "nombre", "nome", "naam", "όνομα"))


# Words too general to find inside a longer column name ("Participant ID",
# "Other costs"): they name a field only as the whole column name.
WHOLE_NAME_ONLY = frozenset(
    key(word)
    for word in (
        "participant",
        "attendee",
        "delegate",
        "Teilnehmer",
        "Teilnehmende",
        "participante",
        "partecipante",
        "uczestnik",
        "deelnemer",
        "συμμετέχων",
        "other",
        "note",
        "job",
        "food",
        "cell",
        "state",
        "title",
        "titre",
        "titel",
        "function",
        "Land",
        "Staat",
        "Essen",
        "mobile",
        "registered",
        "confirmed",
        "attending",
        "attendance",
        "mail",
        "correo",
        "poczta",
    )
)


@lru_cache(maxsize=1)
def column_aliases() -> tuple[tuple[str, str, int], ...]:
    """(folded alias, field, rank) with rank 0 for a field's first alias."""
    found = []
    for field, names in COLUMN_NAMES.items():
        for rank, name in enumerate(names):
            found.append((key(name), field, rank))
    return tuple(found)


# -- roles and statuses ------------------------------------------------------

ROLE_WORDS: dict[str, tuple[str, ...]] = {
    Role.ORGANISER: (
        "organiser",
        "organizer",
        "organising team",
        "organizing team",
        "Organisator",
        "Organisatorin",
        "Veranstalter",
        "Veranstalterin",
        "Organisation",
        "organisateur",
        "organisatrice",
        "organizador",
        "organizadora",
        "organizzatore",
        "organizzatrice",
        "organizator",
        "organizatorka",
        "organisator",
        "διοργανωτής",
        "διοργανώτρια",
    ),
    Role.HOST: (
        "host",
        "Gastgeber",
        "Gastgeberin",
        "hôte",
        "accueil",
        "anfitrión",
        "anfitriona",
        "ospitante",
        "anfitrione",
        "gospodarz",
        "gastheer",
        "gastvrouw",
        "οικοδεσπότης",
        "anfitrião",
        "host organisation",
    ),
    Role.SPEAKER: (
        "speaker",
        "keynote",
        "keynote speaker",
        "invited speaker",
        "presenter",
        "panellist",
        "panelist",
        "Referent",
        "Referentin",
        "Redner",
        "Rednerin",
        "Sprecher",
        "Sprecherin",
        "Vortragender",
        "Vortragende",
        "intervenant",
        "intervenante",
        "orateur",
        "oratrice",
        "conférencier",
        "conférencière",
        "ponente",
        "orador",
        "oradora",
        "conferenciante",
        "relatore",
        "relatrice",
        "oratore",
        "prelegent",
        "prelegentka",
        "mówca",
        "spreker",
        "ομιλητής",
        "ομιλήτρια",
        "palestrante",
        "conferencista",
    ),
    Role.MODERATOR: (
        "moderator",
        "chair",
        "chairperson",
        "facilitator",
        "Moderatorin",
        "Moderation",
        "Leitung",
        "modérateur",
        "modératrice",
        "animateur",
        "animatrice",
        "moderador",
        "moderadora",
        "moderatore",
        "moderatrice",
        "prowadzący",
        "moderatorka",
        "gespreksleider",
        "συντονιστής",
        "συντονίστρια",
    ),
    Role.PARTICIPANT: (
        "participant",
        "attendee",
        "delegate",
        "guest",
        "Teilnehmer",
        "Teilnehmerin",
        "Teilnehmer/in",
        "Teilnehmende",
        "Gast",
        "participante",
        "partecipante",
        "uczestnik",
        "uczestniczka",
        "gość",
        "deelnemer",
        "gast",
        "συμμετέχων",
        "συμμετέχουσα",
    ),
    Role.OBSERVER: (
        "observer",
        "Beobachter",
        "Beobachterin",
        "Gasthörer",
        "observateur",
        "observatrice",
        "observador",
        "observadora",
        "osservatore",
        "osservatrice",
        "obserwator",
        "obserwatorka",
        "waarnemer",
        "παρατηρητής",
    ),
}

STATUS_WORDS: dict[str, tuple[str, ...]] = {
    ParticipationStatus.INVITED: (
        "invited",
        "eingeladen",
        "invité",
        "invitée",
        "invitado",
        "invitada",
        "invitato",
        "invitata",
        "zaproszony",
        "zaproszona",
        "uitgenodigd",
        "προσκεκλημένος",
        "convidado",
        "convidada",
    ),
    ParticipationStatus.REGISTERED: (
        "registered",
        "signed up",
        "angemeldet",
        "registriert",
        "inscrit",
        "inscrite",
        "inscrito",
        "inscrita",
        "registrado",
        "registrada",
        "iscritto",
        "iscritta",
        "registrato",
        "zarejestrowany",
        "zapisany",
        "aangemeld",
        "geregistreerd",
        "εγγεγραμμένος",
        "registado",
    ),
    # A yes or no answer ("Will you attend?", "Teilnahme bestätigt") confirms or declines.
    ParticipationStatus.CONFIRMED: (
        "confirmed",
        "accepted",
        "attending",
        "bestätigt",
        "zugesagt",
        "confirmé",
        "confirmée",
        "confirmado",
        "confirmada",
        "confermato",
        "confermata",
        "potwierdzony",
        "potwierdzona",
        "bevestigd",
        "επιβεβαιωμένος",
        "yes",
        "y",
        "ja",
        "oui",
        "sí",
        "si",
        "sì",
        "tak",
        "ναι",
        "sim",
        "true",
        "x",
        "✓",
        "✔",
        "1",
    ),
    ParticipationStatus.DECLINED: (
        "declined",
        "not attending",
        "abgesagt",
        "abgelehnt",
        "refusé",
        "décliné",
        "rechazado",
        "declinado",
        "rifiutato",
        "declinato",
        "odmówił",
        "odmówiła",
        "odrzucony",
        "afgewezen",
        "afgezegd",
        "αρνήθηκε",
        "recusado",
        "no",
        "n",
        "nein",
        "non",
        "nie",
        "nee",
        "όχι",
        "οχι",
        "não",
        "false",
        "0",
    ),
    ParticipationStatus.CANCELLED: (
        "cancelled",
        "canceled",
        "storniert",
        "annulé",
        "annulée",
        "cancelado",
        "cancelada",
        "anulado",
        "annullato",
        "cancellato",
        "anulowany",
        "odwołany",
        "geannuleerd",
        "ακυρώθηκε",
        "ακυρωμένος",
    ),
    ParticipationStatus.ATTENDED: (
        "attended",
        "present",
        "teilgenommen",
        "anwesend",
        "présent",
        "présente",
        "asistió",
        "presente",
        "obecny",
        "obecna",
        "aanwezig",
        "παρών",
        "παρούσα",
        "compareceu",
    ),
    ParticipationStatus.NO_SHOW: (
        "no-show",
        "no show",
        "absent",
        "nicht erschienen",
        "abwesend",
        "absente",
        "ausente",
        "assente",
        "nieobecny",
        "nieobecna",
        "afwezig",
        "απών",
        "απούσα",
        "faltou",
    ),
}


def _vocabulary(words: dict[str, tuple[str, ...]]) -> dict[str, str]:
    found: dict[str, str] = {}
    for value, names in words.items():
        # The stored value and its label ("no_show", "No-show") always work.
        for name in (value, label(value), *names):
            found.setdefault(key(name), str(value))
    # German gender forms: "Teilnehmer/in", "Teilnehmer*in", "TeilnehmerIn".
    for folded, value in list(found.items()):
        found.setdefault(f"{folded} in", value)
        found.setdefault(f"{folded}in", value)
    return found


@lru_cache(maxsize=1)
def roles() -> dict[str, str]:
    return _vocabulary(ROLE_WORDS)


@lru_cache(maxsize=1)
def statuses() -> dict[str, str]:
    return _vocabulary(STATUS_WORDS)


# -- countries ---------------------------------------------------------------

# One rule for every way a country comes in (forms, lists, searches): see
# planner.services.countries.
COUNTRY_LANGUAGES = countries.COUNTRY_LANGUAGES
country_code = countries.country_code


def column_matches(header: str) -> dict[str, tuple[int, int, int]]:
    """The fields a column name may mean, each with a score (higher is
    better): the whole name (3) before a word or words in it ("E-mail
    address of the participant": 2) before a part of a compound word
    ("Anreisedatum": 1); then the longer alias, then the earlier one."""
    folded = key(header)
    if not folded:
        return {}
    padded = f" {folded} "
    joined = folded.replace(" ", "")
    found: dict[str, tuple[int, int, int]] = {}
    for alias, field, rank in column_aliases():
        if folded == alias:
            tier = 3
        elif alias in WHOLE_NAME_ONLY:
            continue
        elif f" {alias} " in padded:
            tier = 2
        elif len(alias.replace(" ", "")) >= 5 and alias.replace(" ", "") in joined:
            tier = 1
        else:
            continue
        score = (tier, len(alias), -rank)
        if score > found.get(field, (0, 0, 0)):
            found[field] = score
    return found


def is_ambiguous_name(header: str) -> bool:
    """ "Name", "Nom", "Nombre", "Nome", "Naam", "Όνομα"; also with a
    remark after it ("Name (as on the badge)")."""
    folded = key(header)
    return folded in AMBIGUOUS_NAMES or folded.split(" ", 1)[0] in AMBIGUOUS_NAMES
