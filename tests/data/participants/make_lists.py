"""Writes the participant lists of this folder (run it to make them again:
`.venv/bin/python tests/data/participants/make_lists.py`)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

out = Path(__file__).resolve().parent

# 1. A German Excel "CSV (Trennzeichen-getrennt)": Windows-1252, semicolons, CRLF,
#    an empty column at the end and empty rows below the list.
german = """Vorname;Nachname;E-Mail;Organisation;Land;Ernährung;
Jürgen;Großmann;J.Grossmann@Example.org;BioM Biotech Cluster Development GmbH;Deutschland;vegetarisch;
Käthe;Müller-Lüdenscheidt;k.mueller@example.de;Universität Würzburg – Lehrstuhl für Biotechnologie;Deutschland;;
Dr. Björn;Sjöström;b.sjostrom@example.se;Karolinska Institutet;Schweden;;
Hans;Bäcker;hans.baecker@example.at;Österreichische Forschungsförderungsgesellschaft;Österreich;"Laktoseintoleranz; keine Nüsse";
Chloé;Lefèvre;chloe.lefevre@example.fr;Lyonbiopôle;Frankreich;halal;
Søren;Ærø;s.aero@example.dk;"Medicon Valley Alliance; Kopenhagen";Dänemark;;
Zoë;Weiß;z.weiss@example.ch;BioAlps;Schweiz;vegan;
;;;;;;
;;;;;;
"""
(out / "Anmeldungen.csv").write_bytes(german.replace("\n", "\r\n").encode("cp1252"))

# 2. An English registration form (Google Forms style): UTF-8 with BOM, commas,
#    a whole name per person, a comment over two lines, a yes/no attendance column.
english = """Timestamp,Full name,Email address,Organization,Country,Role,Dietary requirements,Will you attend?,Comments
2024/05/02 10:14:33 AM GMT+2,Dr. Małgorzata Żurawska,m.zurawska@example.pl,Krakow Life Science Cluster,Poland,Speaker,Vegetarian,Yes,"Arriving late on Monday,
please keep a seat"
2024/05/02 11:02:10 AM GMT+2,"Alexiou, Dimitra",d.alexiou@example.org,HBio,GR,Participant,,Yes,
2024/05/03 09:40:00 AM GMT+2,Ludwig van der Berg,l.vanderberg@example.nl,Health~Holland,The Netherlands,Moderator,No shellfish,Yes,
2024/05/04 16:20:45 PM GMT+2,Siobhán Ní Bhriain,siobhan.nibhriain@example.ie,BioPharmaChem Ireland,Ireland,Observer,,No,Cannot travel this time
2024/05/05 08:05:12 AM GMT+2,Ana María García López,anamaria.garcia@example.es,Bioib,Spain,,Gluten-free,Yes,
"""
(out / "registration_form.csv").write_bytes(english.replace("\n", "\r\n").encode("utf-8-sig"))

# 3. A Spanish list: UTF-8 without BOM, semicolons, dates day first.
spanish = """Nombre;Apellido(s);Correo electrónico;Entidad;País;Rol;Estado;Fecha de llegada;Fecha de salida;Alergias
Iñaki;Etxeberria Goñi;i.etxeberria@example.es;Biobasque;España;Ponente;Confirmado;02/06/2024;05/06/2024;
Mª José;Núñez Peña;mj.nunez@example.es;Madrid Network;España;Moderadora;Inscrito;03/06/2024;04/06/2024;Frutos secos
João;Gonçalves;joao.goncalves@example.pt;Health Cluster Portugal;Portugal;Participante;Confirmado;2024-06-02;2024-06-04;
Élodie;Rousseau;e.rousseau@example.fr;Eurobiomed;Francia;Participante;Invitado;;;
"""
(out / "inscripciones.csv").write_bytes(spanish.encode("utf-8"))

# 4. Excel's "Unicode text": UTF-16 with BOM, tabs, CRLF; Polish and Greek.
unicode_text = """Imię\tNazwisko\tE-mail\tOrganizacja\tKraj\tRola
Paweł\tŁoś\tp.los@example.org\tKLK\tPolska\tuczestnik
Agnieszka\tWróbel\ta.wrobel@example.org\tKLK\tPL\tprelegentka
Δημήτρης\tΠαπαδόπουλος\td.papadopoulos@example.gr\tHBio\tΕλλάδα\tΟμιλητής
Ελένη\tΚωνσταντίνου\te.konstantinou@example.gr\tΕΚΕΦΕ Δημόκριτος\tGreece\t
"""
(out / "unicode_text.txt").write_bytes(unicode_text.replace("\n", "\r\n").encode("utf-16"))

# 5. A list with mistakes, one of each kind, among good rows.
bad = """Name,E-mail,Organisation,Country,Role,Status,Arrival,Departure
Anna Schmidt,anna.schmidt@example.de,BioM,DE,participant,registered,2024-06-02,2024-06-04
Bruno Keller,bruno.keller@,BioM,DE,participant,registered,,
Clara Dubois,clara.dubois@example.fr,Eurobiomed,Atlantis,participant,registered,,
Dario Rossi,d.rossi@example.it,bioPmed,IT,keynote guru,registered,,
Eva Novak,eva.novak@example.cz,CzechBio,CZ,participant,maybe,,
Filip Horvat,f.horvat@example.hr,Croatian Biotech,HR,participant,registered,31.02.2024,
Greta Lind,greta.lind@example.se,SwedenBIO,SE,participant,registered,2024-06-05,2024-06-02
Anna Schmidt,Anna.Schmidt@example.de,BioM,Germany,speaker,confirmed,,
,nobody@example.org,Nowhere,DE,participant,registered,,
Hugo Martin,hugo.martin@example.fr,Eurobiomed,FR,participant,registered,,
"""
(out / "bad_rows.csv").write_bytes(bad.encode("utf-8"))

# 6. A list without a header row.
(out / "no_header.csv").write_bytes(
    b"Anna;Schmidt;anna.schmidt@example.de;BioM\nBruno;Keller;bruno.keller@example.de;BioM\n"
)

# 7. An Excel workbook: an empty first sheet, then the registrations with a
#    date column, a phone as a number, a yes/no column as booleans and an
#    unnamed column.
workbook = Workbook()
workbook.active.title = "Cover"
sheet = workbook.create_sheet("Registrations")
sheet.append(
    [
        "Title",
        "First name",
        "Last name",
        "Email",
        "Company",
        "Country",
        "Phone",
        "Arrival date",
        "Departure date",
        "Attending",
        None,
    ]
)
sheet.append(
    [
        "Prof.",
        "Francesca",
        "Colombo",
        "f.colombo@example.it",
        "bioPmed",
        "Italy",
        390112345678,
        datetime(2024, 6, 2),
        date(2024, 6, 4),
        True,
        "badge printed",
    ]
)
sheet.append(
    [
        None,
        "Tomasz",
        "Kowalski",
        "t.kowalski@example.pl",
        "Life Science Klaster Krakow",
        "PL",
        "+48 12 345 67 89",
        datetime(2024, 6, 3),
        datetime(2024, 6, 4),
        True,
        None,
    ]
)
sheet.append([None, None, None, None, None, None, None, None, None, None, None])
sheet.append(
    ["Ms", "Ingrid", "Olsen", "ingrid.olsen@example.no", "Oslo Cancer Cluster", "Norway", None, None, None, False, None]
)
for cell in sheet[1]:
    cell.font = Font(bold=True)
workbook.save(out / "Registrations.xlsx")
print("written")
