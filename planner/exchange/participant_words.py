"""The words registration forms and spreadsheets use, in the languages of
European partner networks: column names, roles, statuses, countries.

Everything is compared in one folded form (``key``): lower case without
accents (``planner.services.search.fold``), punctuation as spaces, so
"E-Mail", "e‑mail" and "EMAIL" are one word and "Apellido(s)" matches
"apellido s".
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale

from planner.services import values
from planner.services.labels import label
from planner.services.search import fold
from planner.services.vocabulary import ParticipationStatus, Role

_NOT_WORD = re.compile(r"[\W_]+")


def key(text: str) -> str:
    """The folded form both sides are compared in."""
    return " ".join(_NOT_WORD.sub(" ", fold(text)).split())


# -- column names ------------------------------------------------------------

# Per field, the names a column may have, most specific first. English,
# German, French, Spanish, Italian, Polish, Dutch, Greek, Portuguese.
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "full_name": (
        "full name",
        "participant name",
        "attendee name",
        "name of participant",
        "name and surname",
        "first and last name",
        "Vor- und Nachname",
        "Vor- und Zuname",
        "vollständiger Name",
        "nom complet",
        "prénom et nom",
        "nom et prénom",
        "nombre completo",
        "nombre y apellidos",
        "nome e cognome",
        "nome completo",
        "cognome e nome",
        "imię i nazwisko",
        "volledige naam",
        "voor- en achternaam",
        "ονοματεπώνυμο",
        "participant",
        "attendee",
        "delegate",
        "Teilnehmer",
        "Teilnehmer/in",
        "Teilnehmerin",
        "Teilnehmende",
        "participante",
        "partecipante",
        "uczestnik",
        "deelnemer",
        "συμμετέχων",
    ),
    "honorific": (
        "honorific",
        "salutation",
        "title",
        "academic title",
        "prefix",
        "Anrede",
        "Titel",
        "akademischer Titel",
        "civilité",
        "titre",
        "tratamiento",
        "título",
        "titolo",
        "tytuł",
        "aanhef",
        "titel",
        "τίτλος",
        "προσφώνηση",
        "tratamento",
    ),
    "given_name": (
        "given name",
        "first name",
        "forename",
        "christian name",
        "Vorname",
        "Rufname",
        "prénom",
        "nombre de pila",
        "nome proprio",
        "nome próprio",
        "primeiro nome",
        "imię",
        "voornaam",
        "roepnaam",
        "μικρό όνομα",
    ),
    "family_name": (
        "family name",
        "last name",
        "surname",
        "Nachname",
        "Familienname",
        "Zuname",
        "nom de famille",
        "apellido",
        "apellidos",
        "apellido(s)",
        "primer apellido",
        "cognome",
        "nazwisko",
        "achternaam",
        "familienaam",
        "επώνυμο",
        "apelido",
        "apelidos",
        "sobrenome",
        "último nome",
    ),
    "email": (
        "e-mail",
        "email",
        "e-mail address",
        "email address",
        "mail",
        "E-Mail-Adresse",
        "Mailadresse",
        "courriel",
        "adresse e-mail",
        "adresse électronique",
        "adresse mail",
        "correo",
        "correo electrónico",
        "dirección de correo",
        "dirección de correo electrónico",
        "posta elettronica",
        "indirizzo email",
        "indirizzo e-mail",
        "adres e-mail",
        "adres email",
        "poczta",
        "e-mailadres",
        "emailadres",
        "ηλεκτρονικό ταχυδρομείο",
        "ηλ. ταχυδρομείο",
        "διεύθυνση email",
        "correio eletrónico",
        "correio eletrônico",
        "correio electrónico",
        "endereço de email",
        "endereço de e-mail",
    ),
    "organisation": (
        "organisation",
        "organization",
        "organisation name",
        "organization name",
        "institution",
        "company",
        "affiliation",
        "employer",
        "Unternehmen",
        "Firma",
        "Einrichtung",
        "Institut",
        "Arbeitgeber",
        "Organisation/Firma",
        "organisme",
        "société",
        "entreprise",
        "établissement",
        "organización",
        "entidad",
        "empresa",
        "institución",
        "organizzazione",
        "ente",
        "azienda",
        "società",
        "istituzione",
        "organizacja",
        "instytucja",
        "firma",
        "organisatie",
        "bedrijf",
        "instelling",
        "οργανισμός",
        "φορέας",
        "εταιρεία",
        "organização",
        "instituição",
    ),
    "position": (
        "position",
        "job title",
        "job",
        "function",
        "occupation",
        "Funktion",
        "Position",
        "Stellung",
        "Berufsbezeichnung",
        "fonction",
        "poste",
        "cargo",
        "puesto",
        "qualifica",
        "funzione",
        "posizione",
        "stanowisko",
        "funkcja",
        "functie",
        "θέση",
        "ιδιότητα",
        "função",
    ),
    "region": (
        "region",
        "state",
        "province",
        "county",
        "Bundesland",
        "Region",
        "région",
        "département",
        "región",
        "provincia",
        "comunidad autónoma",
        "regione",
        "województwo",
        "regio",
        "provincie",
        "περιφέρεια",
        "περιοχή",
        "região",
        "distrito",
    ),
    "country": (
        "country",
        "country code",
        "country of residence",
        "Land",
        "Staat",
        "Ländercode",
        "pays",
        "país",
        "paese",
        "nazione",
        "kraj",
        "państwo",
        "χώρα",
        "land",
    ),
    "phone": (
        "phone",
        "telephone",
        "phone number",
        "telephone number",
        "mobile",
        "mobile phone",
        "cell",
        "cell phone",
        "tel",
        "Telefon",
        "Telefonnummer",
        "Handy",
        "Mobil",
        "Mobiltelefon",
        "téléphone",
        "portable",
        "tél",
        "teléfono",
        "móvil",
        "celular",
        "telefono",
        "cellulare",
        "numer telefonu",
        "telefon",
        "telefoon",
        "telefoonnummer",
        "mobiel",
        "τηλέφωνο",
        "κινητό",
        "telefone",
        "telemóvel",
    ),
    "role": (
        "role",
        "participant type",
        "type of participation",
        "participation type",
        "Rolle",
        "Teilnahmeart",
        "Funktion bei der Veranstaltung",
        "rôle",
        "rol",
        "ruolo",
        "rola",
        "ρόλος",
        "papel",
        "função no evento",
    ),
    "status": (
        "status",
        "registration status",
        "attendance",
        "attending",
        "will you attend",
        "registered",
        "confirmed",
        "Anmeldestatus",
        "Teilnahme",
        "Zusage",
        "statut",
        "présence",
        "estado",
        "asistencia",
        "stato",
        "presenza",
        "partecipazione",
        "obecność",
        "udział",
        "aanwezigheid",
        "κατάσταση",
        "συμμετοχή",
        "situação",
        "presença",
    ),
    "dietary": (
        "dietary requirements",
        "dietary needs",
        "dietary restrictions",
        "dietary preferences",
        "diet",
        "food allergies",
        "allergies",
        "food",
        "meal preference",
        "Ernährung",
        "Ernährungswünsche",
        "Essenswünsche",
        "Unverträglichkeiten",
        "Allergien",
        "Essen",
        "régime alimentaire",
        "régime",
        "allergies alimentaires",
        "restrictions alimentaires",
        "alergias",
        "dieta",
        "restricciones alimentarias",
        "alergias alimentarias",
        "intolleranze",
        "esigenze alimentari",
        "allergie",
        "wymagania żywieniowe",
        "dieta",
        "alergie",
        "dieetwensen",
        "dieet",
        "allergieën",
        "διατροφικές απαιτήσεις",
        "διατροφή",
        "αλλεργίες",
        "restrições alimentares",
        "alergias alimentares",
    ),
    "accessibility": (
        "accessibility",
        "access needs",
        "accessibility needs",
        "accessibility requirements",
        "special needs",
        "special requirements",
        "mobility",
        "Barrierefreiheit",
        "besondere Bedürfnisse",
        "Mobilität",
        "accessibilité",
        "besoins particuliers",
        "besoins spécifiques",
        "mobilité réduite",
        "accesibilidad",
        "necesidades especiales",
        "movilidad reducida",
        "accessibilità",
        "esigenze particolari",
        "dostępność",
        "szczególne potrzeby",
        "toegankelijkheid",
        "speciale behoeften",
        "προσβασιμότητα",
        "ειδικές ανάγκες",
        "acessibilidade",
        "necessidades especiais",
    ),
    "arrives_on": (
        "arrives",
        "arrival",
        "arrival date",
        "date of arrival",
        "check-in",
        "Anreise",
        "Anreisetag",
        "Anreisedatum",
        "Ankunft",
        "arrivée",
        "date d'arrivée",
        "date arrivée",
        "llegada",
        "fecha de llegada",
        "arrivo",
        "data di arrivo",
        "data arrivo",
        "przyjazd",
        "data przyjazdu",
        "aankomst",
        "aankomstdatum",
        "άφιξη",
        "ημερομηνία άφιξης",
        "chegada",
        "data de chegada",
    ),
    "departs_on": (
        "departs",
        "departure",
        "departure date",
        "date of departure",
        "check-out",
        "Abreise",
        "Abreisetag",
        "Abreisedatum",
        "Abfahrt",
        "départ",
        "date de départ",
        "date départ",
        "salida",
        "fecha de salida",
        "regreso",
        "partenza",
        "data di partenza",
        "data partenza",
        "wyjazd",
        "data wyjazdu",
        "vertrek",
        "vertrekdatum",
        "αναχώρηση",
        "ημερομηνία αναχώρησης",
        "partida",
        "data de partida",
    ),
    "notes": (
        "notes",
        "note",
        "comments",
        "comment",
        "remarks",
        "other",
        "Bemerkungen",
        "Anmerkungen",
        "Kommentar",
        "Notizen",
        "Hinweise",
        "remarques",
        "commentaires",
        "observations",
        "observaciones",
        "comentarios",
        "notas",
        "osservazioni",
        "commenti",
        "uwagi",
        "komentarz",
        "opmerkingen",
        "σημειώσεις",
        "παρατηρήσεις",
        "σχόλια",
        "observações",
    ),
}

# "Name", "Nom", "Nombre", "Nome", "Naam", "Όνομα": the whole name when the
# list has no other name column, otherwise the part the others leave out
# (German "Name, Vorname" and French "Nom, Prénom": the family name;
# Spanish "Nombre, Apellidos", Italian "Nome, Cognome": the given name).
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

# English first: an English name never means another country than in English.
COUNTRY_LANGUAGES = (
    "en", "de", "fr", "es", "it", "pl", "nl", "el", "pt", "pt_PT", "cs", "sk", "sl", "hr", "hu", "ro",
    "bg", "da", "sv", "fi", "et", "lv", "lt", "ga", "mt", "nb", "is", "sr_Latn", "sq", "tr", "ca", "eu", "gl",
)  # fmt: skip

# What people write that no locale's list of names holds.
OTHER_COUNTRY_NAMES = {
    "UK": "GB", "U.K.": "GB", "Great Britain": "GB", "Britain": "GB", "England": "GB", "Scotland": "GB",
    "Wales": "GB", "Northern Ireland": "GB", "EL": "GR", "Hellas": "GR", "USA": "US", "U.S.A.": "US",
    "U.S.": "US", "United States of America": "US", "America": "US", "Holland": "NL",
    "The Netherlands": "NL", "Czech Republic": "CZ", "Tschechische Republik": "CZ",
    "République tchèque": "CZ", "República Checa": "CZ", "Repubblica Ceca": "CZ", "Turkey": "TR",
    "Macedonia": "MK", "FYROM": "MK", "Republic of Moldova": "MD", "Russian Federation": "RU",
    "Republic of Ireland": "IE", "Éire": "IE", "Bosnia": "BA", "Kosovo": "XK", "South Korea": "KR",
    "Korea": "KR", "Vatican": "VA", "Holy See": "VA", "Slovak Republic": "SK",
    # ISO 3166 alpha-3 codes of the countries these networks mostly come from.
    "AUT": "AT", "BEL": "BE", "BGR": "BG", "HRV": "HR", "CYP": "CY", "CZE": "CZ", "DNK": "DK",
    "EST": "EE", "FIN": "FI", "FRA": "FR", "DEU": "DE", "GRC": "GR", "HUN": "HU", "IRL": "IE",
    "ITA": "IT", "LVA": "LV", "LTU": "LT", "LUX": "LU", "MLT": "MT", "NLD": "NL", "POL": "PL",
    "PRT": "PT", "ROU": "RO", "SVK": "SK", "SVN": "SI", "ESP": "ES", "SWE": "SE", "GBR": "GB",
    "NOR": "NO", "CHE": "CH", "ISL": "IS", "LIE": "LI", "UKR": "UA", "SRB": "RS",
    "ALB": "AL", "MKD": "MK", "MNE": "ME", "BIH": "BA", "TUR": "TR", "ISR": "IL", "CAN": "CA",
}  # fmt: skip


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Folded country name (in any of COUNTRY_LANGUAGES) or code → ISO code."""
    codes = values.country_codes()
    found: dict[str, str] = {}
    for code in sorted(codes):
        found[key(code)] = code
    for language in COUNTRY_LANGUAGES:
        try:
            territories = Locale.parse(language).territories
        except (ValueError, LookupError):  # a locale this Babel lacks
            continue
        for code, name in territories.items():
            if code in codes:
                found.setdefault(key(name), code)
    for name, code in OTHER_COUNTRY_NAMES.items():
        found.setdefault(key(name), code)
    return found


def country_code(text: str) -> str | None:
    """The ISO code of a country named or coded in ``text`` ("Deutschland",
    "Ελλάδα", "de", "Germany (DE)"), or None when it names none."""
    found = country_names().get(key(text))
    if found is not None:
        return found
    # "Germany (DE)", "DE - Germany", "Spain / España": every part must agree.
    parts = [part for part in re.split(r"[()/|,;–—]| - ", text) if part.strip()]
    codes = {country_names().get(key(part)) for part in parts}
    if len(parts) > 1 and len(codes) == 1 and None not in codes:
        return codes.pop()
    return None


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
