<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddParticipantDialog</name>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="77"/>
        <source>Add participant</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="85"/>
        <location filename="../../planner/ui/participants/dialogs.py" line="128"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="91"/>
        <source>Type to search the Directory</source>
        <translation>Tippen, um im Verzeichnis zu suchen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="93"/>
        <source>New person…</source>
        <translation>Neue Person…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="95"/>
        <source>The person is not in the Directory yet: enter their details</source>
        <translation>Die Person ist noch nicht im Verzeichnis: Geben Sie ihre Daten ein</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/dialogs.py" line="102"/>
        <source>%n person(s) of the Directory not in this event yet.</source>
        <translation>
            <numerusform>%n Person aus dem Verzeichnis ist noch nicht in dieser Veranstaltung.</numerusform>
            <numerusform>%n Personen aus dem Verzeichnis sind noch nicht in dieser Veranstaltung.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="116"/>
        <source>Pick from the Directory instead</source>
        <translation>Stattdessen aus dem Verzeichnis wählen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="138"/>
        <source>In this event</source>
        <translation>In dieser Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="144"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="190"/>
        <source>pick someone from the list, or add a new person</source>
        <translation>wählen Sie jemanden aus der Liste oder fügen Sie eine neue Person hinzu</translation>
    </message>
</context>
<context>
    <name>AgendaEdits</name>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="78"/>
        <source>Add agenda item</source>
        <translation>Tagesordnungspunkt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="92"/>
        <source>Change agenda item</source>
        <translation>Tagesordnungspunkt ändern</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="125"/>
        <source>Delete agenda item</source>
        <translation>Tagesordnungspunkt löschen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="126"/>
        <source>Delete “{title}” ({day}, {time})?

Undo (Ctrl+Z) brings it back.</source>
        <translation>„{title}“ ({day}, {time}) löschen?

Rückgängig (Strg+Z) stellt ihn wieder her.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="177"/>
        <source>Cannot {action}</source>
        <translation>Nicht möglich: {action}</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="23"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="24"/>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="25"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="28"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="29"/>
        <source>e.g. Welcome and introduction</source>
        <translation>z. B. Begrüßung und Einführung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="33"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="34"/>
        <source>e.g. Room A</source>
        <translation>z. B. Raum A</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="37"/>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="40"/>
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="45"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="48"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="50"/>
        <source>One topic a line</source>
        <translation>Ein Thema pro Zeile</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="25"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="26"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="27"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="28"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="29"/>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="30"/>
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="191"/>
        <source>Conflicts:</source>
        <translation>Konflikte:</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="72"/>
        <source>Add item…</source>
        <translation>Punkt hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="75"/>
        <source>Add an agenda item</source>
        <translation>Einen Tagesordnungspunkt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="80"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="83"/>
        <source>Edit the selected item</source>
        <translation>Den ausgewählten Punkt bearbeiten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="88"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="91"/>
        <source>Copy the selected item to the next free slot</source>
        <translation>Den ausgewählten Punkt in die nächste freie Zeit kopieren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="96"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="99"/>
        <source>Delete the selected item</source>
        <translation>Den ausgewählten Punkt löschen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="107"/>
        <source>Move earlier</source>
        <translation>Vorziehen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="111"/>
        <source>Move the selected item 5 minutes earlier</source>
        <translation>Den ausgewählten Punkt 5 Minuten früher legen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="114"/>
        <source>Move later</source>
        <translation>Nach hinten schieben</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="118"/>
        <source>Move the selected item 5 minutes later</source>
        <translation>Den ausgewählten Punkt 5 Minuten später legen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="121"/>
        <source>Shorten</source>
        <translation>Kürzen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="125"/>
        <source>Make the selected item 5 minutes shorter</source>
        <translation>Den ausgewählten Punkt um 5 Minuten kürzen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="128"/>
        <source>Lengthen</source>
        <translation>Verlängern</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="132"/>
        <source>Make the selected item 5 minutes longer</source>
        <translation>Den ausgewählten Punkt um 5 Minuten verlängern</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="138"/>
        <source>List / Timeline</source>
        <translation>Liste / Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="145"/>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="152"/>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="191"/>
        <source>Agenda timeline</source>
        <translation>Zeitleiste der Tagesordnung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="193"/>
        <source>Alt+Up and Alt+Down move the selected item by 5 minutes; with Shift they change its length</source>
        <translation>Alt+Nach-oben und Alt+Nach-unten verschieben den ausgewählten Punkt um 5 Minuten; mit Umschalt ändern sie seine Dauer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="219"/>
        <source>The day shown (Alt+PgUp / Alt+PgDown)</source>
        <translation>Der angezeigte Tag (Alt+Bild-auf / Alt+Bild-ab)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="221"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="230"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="231"/>
        <source>Show the day as a list (Ctrl+Shift+L switches)</source>
        <translation>Den Tag als Liste zeigen (Strg+Umschalt+L wechselt)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="235"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="236"/>
        <source>Show the day as a timeline (Ctrl+Shift+L switches)</source>
        <translation>Den Tag als Zeitleiste zeigen (Strg+Umschalt+L wechselt)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="252"/>
        <source>Move following items</source>
        <translation>Folgende Punkte verschieben</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="254"/>
        <source>When an item gets longer or shorter, move the items after it on that day by as much</source>
        <translation>Wird ein Punkt länger oder kürzer, die späteren Punkte des Tages um ebenso viel verschieben</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="365"/>
        <source>Nothing planned on this day yet.
Add an item with Add item… (Ctrl+Shift+A).</source>
        <translation>Für diesen Tag ist noch nichts geplant.
Fügen Sie mit „Punkt hinzufügen…“ (Strg+Umschalt+A) einen Punkt hinzu.</translation>
    </message>
</context>
<context>
    <name>ArrivalsPage</name>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="100"/>
        <source>Arrivals</source>
        <translation>Ankünfte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="101"/>
        <source>Departures</source>
        <translation>Abreisen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="132"/>
        <source>Each traveller&apos;s last leg before their stay in {city} and first leg after it. Times are local to the event ({zone}).</source>
        <translation>Der letzte Reiseabschnitt jeder reisenden Person vor ihrem Aufenthalt in {city} und der erste danach. Zeiten in der Ortszeit der Veranstaltung ({zone}).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="140"/>
        <source>Each traveller&apos;s last leg before their stay and first leg after it. Times are local to the event ({zone}).</source>
        <translation>Der letzte Reiseabschnitt jeder reisenden Person vor ihrem Aufenthalt und der erste danach. Zeiten in der Ortszeit der Veranstaltung ({zone}).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="148"/>
        <source>No travel booked yet: add travel legs on the Travellers page.</source>
        <translation>Noch keine Reise gebucht: Fügen Sie Reiseabschnitte auf der Seite „Reisende“ hinzu.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="197"/>
        <location filename="../../planner/ui/logistics/models.py" line="204"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="198"/>
        <location filename="../../planner/ui/logistics/models.py" line="205"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="199"/>
        <location filename="../../planner/ui/logistics/models.py" line="206"/>
        <source>Travel</source>
        <translation>Reise</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="200"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="201"/>
        <source>Arrives at</source>
        <translation>Ankunft in</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="207"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="208"/>
        <source>Leaves from</source>
        <translation>Abreise ab</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/models.py" line="234"/>
        <source>%n arrival(s)</source>
        <translation>
            <numerusform>%n Ankunft</numerusform>
            <numerusform>%n Ankünfte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/models.py" line="236"/>
        <source>%n departure(s)</source>
        <translation>
            <numerusform>%n Abreise</numerusform>
            <numerusform>%n Abreisen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlockItem</name>
    <message>
        <location filename="../../planner/ui/agenda/block.py" line="154"/>
        <source>Speakers: {names}</source>
        <translation>Vortragende: {names}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/block.py" line="156"/>
        <location filename="../../planner/ui/agenda/block.py" line="216"/>
        <source>Moderator: {name}</source>
        <translation>Moderation: {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/block.py" line="158"/>
        <source>Conflicts:</source>
        <translation>Konflikte:</translation>
    </message>
</context>
<context>
    <name>ColumnChoices</name>
    <message>
        <location filename="../../planner/ui/participants/import_columns.py" line="43"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_columns.py" line="52"/>
        <source>Column {name}</source>
        <translation>Spalte {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_columns.py" line="72"/>
        <source>Columns in the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_columns.py" line="91"/>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="37"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="41"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="42"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="43"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="44"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="45"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="46"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="47"/>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="48"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="49"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="50"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="51"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="53"/>
        <source>Dietary needs</source>
        <translation>Ernährung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="54"/>
        <source>Access needs</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="55"/>
        <source>Arrives</source>
        <translation>Anreise</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="56"/>
        <source>Departs</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="57"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="194"/>
        <source>Column {number}</source>
        <translation>Spalte {number}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="269"/>
        <source>{field} also comes from {columns}: all of them are imported, one per line</source>
        <translation>{field} kommt auch aus {columns}: Alle werden importiert, je eine Zeile</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="271"/>
        <source>{field} also comes from {columns}: for each row, the first of these columns with a value counts</source>
        <translation>{field} kommt auch aus {columns}: Für jede Zeile zählt die erste dieser Spalten mit einem Wert</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="196"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="199"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="200"/>
        <source>e.g. dinner, with the number of guests</source>
        <translation>z. B. Abendessen, mit Anzahl der Gäste</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="204"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="206"/>
        <source>e.g. 120.50</source>
        <translation>z. B. 120.50</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="210"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="211"/>
        <source>e.g. {currency}</source>
        <translation>z. B. {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="213"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="216"/>
        <source>Funded by</source>
        <translation>Finanziert durch</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="217"/>
        <source>e.g. project or sponsor</source>
        <translation>z. B. Projekt oder Sponsor</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="231"/>
        <source>Add cost</source>
        <translation>Kosten hinzufügen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="234"/>
        <source>Change cost</source>
        <translation>Kosten ändern</translation>
    </message>
</context>
<context>
    <name>CostsModel</name>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="269"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="270"/>
        <source>Travel leg</source>
        <translation>Reiseabschnitt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="271"/>
        <source>Stay</source>
        <translation>Aufenthalt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="284"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="286"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="290"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="291"/>
        <source>Funded by</source>
        <translation>Finanziert durch</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="293"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="299"/>
        <source>Entered as</source>
        <translation>Erfasst als</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="79"/>
        <source>Show the prices booked on travel legs and stays</source>
        <translation>Die gebuchten Preise von Reiseabschnitten und Aufenthalten zeigen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="83"/>
        <location filename="../../planner/ui/logistics/costs.py" line="85"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="84"/>
        <source>Funded by</source>
        <translation>Finanziert durch</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="89"/>
        <source>Booked prices are listed for checking against the costs; they are not added to the totals.</source>
        <translation>Gebuchte Preise werden zum Abgleich mit den Kosten aufgeführt; sie zählen nicht zu den Summen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="103"/>
        <source>Totals by category</source>
        <translation>Summen nach Kategorie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="104"/>
        <source>Totals by funder</source>
        <translation>Summen nach Geldgeber</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="105"/>
        <source>Booked (not in the totals)</source>
        <translation>Gebucht (nicht in den Summen)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="124"/>
        <source>No costs yet. Add the venue, catering, travel and other costs with “Add cost”, and the prices of tickets and hotels on the travel legs and stays.</source>
        <translation>Noch keine Kosten. Erfassen Sie Veranstaltungsort, Verpflegung, Reise- und sonstige Kosten mit „Kosten hinzufügen“ und die Preise von Fahrkarten und Hotels bei den Reiseabschnitten und Aufenthalten.</translation>
    </message>
</context>
<context>
    <name>EncodingCombo</name>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="21"/>
        <source>In no encoding do all its names read well.</source>
        <translation>In keiner Kodierung sind alle Namen richtig lesbar.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="23"/>
        <source>Its names read differently in each likely encoding.</source>
        <translation>Die Namen lauten in jeder infrage kommenden Kodierung anders.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="27"/>
        <source>Which encoding?</source>
        <translation>Welche Kodierung?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="28"/>
        <source>{file} does not say how its text is encoded. {why}
Choose the one in which the names look right (the preview shows them all before anything is imported):</source>
        <translation>{file} gibt nicht an, wie der Text kodiert ist. {why}
Wählen Sie die Kodierung, in der die Namen richtig aussehen (die Vorschau zeigt alle, bevor etwas importiert wird):</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="54"/>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="56"/>
        <source>How the file&apos;s text is encoded: choose another if the names in the preview look wrong</source>
        <translation>Wie der Text der Datei kodiert ist: Wählen Sie eine andere, wenn die Namen in der Vorschau falsch aussehen</translation>
    </message>
</context>
<context>
    <name>FittingLabel</name>
    <message>
        <location filename="../../planner/ui/agenda/zone.py" line="26"/>
        <source>Times in {zone} ({abbreviation}, {offset})</source>
        <translation>Zeiten in {zone} ({abbreviation}, {offset})</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="88"/>
        <source>Import participants</source>
        <translation>Teilnehmende importieren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="95"/>
        <source>Into “{title}”. Check what each column holds and correct it where it is wrong; the preview shows what the import will do. Nothing is saved until you press Import, and Edit ▸ Undo takes it back.</source>
        <translation>In „{title}“. Prüfen Sie, was jede Spalte enthält, und korrigieren Sie es, wo es falsch ist; die Vorschau zeigt, was der Import bewirkt. Nichts wird gespeichert, bevor Sie auf „Importieren“ klicken, und Bearbeiten ▸ Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="116"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="135"/>
        <location filename="../../planner/ui/participants/import_dialog.py" line="306"/>
        <location filename="../../planner/ui/participants/import_dialog.py" line="328"/>
        <location filename="../../planner/ui/participants/import_dialog.py" line="337"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="161"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="162"/>
        <source>Only rows with problems</source>
        <translation>Nur Zeilen mit Problemen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="222"/>
        <source>Cannot read the list in this encoding</source>
        <translation>Die Liste ist in dieser Kodierung nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="258"/>
        <source>the preview of the import</source>
        <translation>die Vorschau des Imports</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="293"/>
        <source>Checking {rows}…</source>
        <translation>{rows} werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="296"/>
        <source>Wait for the preview of these columns</source>
        <translation>Warten Sie auf die Vorschau dieser Spalten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="307"/>
        <source>Say which columns hold what first</source>
        <translation>Geben Sie zuerst an, was die Spalten enthalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_dialog.py" line="322"/>
        <source>Import %Ln participant(s)</source>
        <translation>
            <numerusform>%Ln Person importieren</numerusform>
            <numerusform>%Ln Personen importieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="325"/>
        <source>Add them to the event in one step (Edit ▸ Undo takes it back)</source>
        <translation>In einem Schritt zur Veranstaltung hinzufügen (Bearbeiten ▸ Rückgängig nimmt es zurück)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="330"/>
        <source>Nothing is imported while a row has a problem: correct those rows in the file and open it again, or ignore the column that causes them</source>
        <translation>Solange eine Zeile ein Problem hat, wird nichts importiert: Korrigieren Sie diese Zeilen in der Datei und öffnen Sie sie erneut, oder ignorieren Sie die Spalte, die die Probleme verursacht</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="338"/>
        <source>The list has no rows to import</source>
        <translation>Die Liste enthält keine Zeilen zum Importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_dialog.py" line="354"/>
        <source>Importing %Ln participant(s)…</source>
        <translation>
            <numerusform>%Ln Person wird importiert…</numerusform>
            <numerusform>%Ln Personen werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="363"/>
        <location filename="../../planner/ui/participants/import_dialog.py" line="401"/>
        <source>Cannot import the participants</source>
        <translation>Die Teilnehmenden können nicht importiert werden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="367"/>
        <source>Importing {rows}… (Cancel stops it; nothing is saved then)</source>
        <translation>{rows} werden importiert… (Abbrechen hält den Import an; dann wird nichts gespeichert)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="400"/>
        <source>{problem}

Nothing was imported.</source>
        <translation>{problem}

Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="421"/>
        <source>Stopping the import; nothing of it is saved…</source>
        <translation>Der Import wird angehalten; nichts davon wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>LegDialog</name>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="45"/>
        <source>Traveller</source>
        <translation>Reisende Person</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="51"/>
        <source>Mode</source>
        <translation>Verkehrsmittel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="54"/>
        <source>Carrier</source>
        <translation>Beförderer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="55"/>
        <source>e.g. airline or rail company</source>
        <translation>z. B. Fluggesellschaft oder Bahn</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="59"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="60"/>
        <source>e.g. flight or train number</source>
        <translation>z. B. Flug- oder Zugnummer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="62"/>
        <source>Booking reference</source>
        <translation>Buchungsnummer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="65"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="67"/>
        <location filename="../../planner/ui/logistics/dialogs.py" line="75"/>
        <source>e.g. city or airport</source>
        <translation>z. B. Stadt oder Flughafen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="69"/>
        <source>Departs (local time)</source>
        <translation>Abfahrt (Ortszeit)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="70"/>
        <location filename="../../planner/ui/logistics/dialogs.py" line="78"/>
        <source>Time zone there</source>
        <translation>Zeitzone dort</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="73"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="77"/>
        <source>Arrives (local time)</source>
        <translation>Ankunft (Ortszeit)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="81"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="83"/>
        <source>e.g. 120.50</source>
        <translation>z. B. 120.50</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="87"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="89"/>
        <source>e.g. {currency}</source>
        <translation>z. B. {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="109"/>
        <source>Add travel leg</source>
        <translation>Reiseabschnitt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="114"/>
        <source>Change travel leg</source>
        <translation>Reiseabschnitt ändern</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="129"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="141"/>
        <source>arrives before it departs</source>
        <translation>Ankunft liegt vor der Abfahrt</translation>
    </message>
</context>
<context>
    <name>LegsModel</name>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/models.py" line="55"/>
        <source>%n day(s)</source>
        <comment>days between departure and arrival</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="62"/>
        <source>Booking reference: {reference}</source>
        <translation>Buchungsnummer: {reference}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="112"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="117"/>
        <source>Mode</source>
        <translation>Verkehrsmittel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="118"/>
        <source>Service</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="120"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="125"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="130"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="136"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>LogisticsTab</name>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="44"/>
        <source>Delete travel leg</source>
        <translation>Reiseabschnitt löschen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="45"/>
        <source>Delete stay</source>
        <translation>Aufenthalt löschen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="46"/>
        <source>Delete cost</source>
        <translation>Kosten löschen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="74"/>
        <source>Travellers</source>
        <translation>Reisende</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="75"/>
        <source>Arrivals &amp;&amp; departures</source>
        <translation>Ankünfte &amp;&amp; Abreisen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="76"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="87"/>
        <source>Add travel leg</source>
        <translation>Reiseabschnitt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="88"/>
        <source>Add stay</source>
        <translation>Aufenthalt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="89"/>
        <source>Add cost</source>
        <translation>Kosten hinzufügen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="90"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="91"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="93"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="95"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="317"/>
        <source>Delete the travel leg {origin} → {destination} on {day} of {person}?</source>
        <translation>Den Reiseabschnitt {origin} → {destination} am {day} von {person} löschen?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="329"/>
        <source>Delete the stay at {hotel} from {day} of {person}?</source>
        <translation>Den Aufenthalt im {hotel} ab {day} von {person} löschen?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="332"/>
        <source>Delete the stay at {hotel} from {day}?</source>
        <translation>Den Aufenthalt im {hotel} ab {day} löschen?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="333"/>
        <source>Delete the cost “{name}” of {amount}?</source>
        <translation>Die Kosten „{name}“ über {amount} löschen?</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="113"/>
        <source>What happened, in a few sentences: who met, why, and what came out of it.</source>
        <translation>Was geschah, in wenigen Sätzen: Wer traf sich, warum, und was kam dabei heraus.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="144"/>
        <source>Summary of the meeting</source>
        <translation>Zusammenfassung des Treffens</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="150"/>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="179"/>
        <source>Add outcome…</source>
        <translation>Ergebnis hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="180"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="181"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="182"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="184"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="186"/>
        <location filename="../../planner/ui/minutes/tab.py" line="340"/>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="187"/>
        <source>Follow-up event…</source>
        <translation>Folgeveranstaltung…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="188"/>
        <source>Go to follow-up event</source>
        <translation>Zur Folgeveranstaltung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="205"/>
        <source>Add outcome</source>
        <translation>Ergebnis hinzufügen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="206"/>
        <source>{action} — choose the kind</source>
        <translation>{action} — Art wählen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="340"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="377"/>
        <source>Delete outcome</source>
        <translation>Ergebnis löschen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="404"/>
        <source>Delete the conclusion “{text}”?</source>
        <translation>Die Schlussfolgerung „{text}“ löschen?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="406"/>
        <source>Delete the proposal “{text}”?</source>
        <translation>Den Vorschlag „{text}“ löschen?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="408"/>
        <source>Delete the decision “{text}”?</source>
        <translation>Den Beschluss „{text}“ löschen?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="410"/>
        <source>Delete the action “{text}”?</source>
        <translation>Die Maßnahme „{text}“ löschen?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="412"/>
        <source>Delete the best practice “{text}”?</source>
        <translation>Die gute Praxis „{text}“ löschen?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="414"/>
        <source>Delete the discussion point “{text}”?</source>
        <translation>Den Diskussionspunkt „{text}“ löschen?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="415"/>
        <source>Delete the outcome “{text}”?</source>
        <translation>Das Ergebnis „{text}“ löschen?</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="46"/>
        <source>Leads to event</source>
        <translation>Führt zur Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="56"/>
        <source>{name} (organisation)</source>
        <translation>{name} (Organisation)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="59"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="60"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="61"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="61"/>
        <source>e.g. training</source>
        <translation>z. B. Fortbildung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="64"/>
        <source>By (person or organisation)</source>
        <translation>Von (Person oder Organisation)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="69"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="70"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="71"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="115"/>
        <source>Add outcome</source>
        <translation>Ergebnis hinzufügen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="120"/>
        <source>Change outcome</source>
        <translation>Ergebnis ändern</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="154"/>
        <source>Link follow-up event</source>
        <translation>Folgeveranstaltung verknüpfen</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="41"/>
        <source>by {name}</source>
        <translation>von {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="48"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="49"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="50"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="51"/>
        <source>By / owner</source>
        <translation>Von / verantwortlich</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="52"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="53"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="81"/>
        <source>Overdue: due {day} and still open</source>
        <translation>Überfällig: fällig am {day} und noch offen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="101"/>
        <source>{count} open</source>
        <translation>{count} offen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="103"/>
        <source>{count} overdue</source>
        <translation>{count} überfällig</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="106"/>
        <source>No outcomes yet</source>
        <translation>Noch keine Ergebnisse</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="112"/>
        <source>%n conclusion(s)</source>
        <translation>
            <numerusform>%n Schlussfolgerung</numerusform>
            <numerusform>%n Schlussfolgerungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="114"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n Vorschlag</numerusform>
            <numerusform>%n Vorschläge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="116"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n Beschluss</numerusform>
            <numerusform>%n Beschlüsse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="118"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="120"/>
        <source>%n best practice(s)</source>
        <translation>
            <numerusform>%n gute Praxis</numerusform>
            <numerusform>%n gute Praxisbeispiele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="122"/>
        <source>%n discussion point(s)</source>
        <translation>
            <numerusform>%n Diskussionspunkt</numerusform>
            <numerusform>%n Diskussionspunkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="41"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="42"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="43"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="44"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="46"/>
        <source>Arrives</source>
        <translation>Anreise</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="47"/>
        <source>Departs</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="48"/>
        <source>Dietary</source>
        <translation>Ernährung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="49"/>
        <source>Access</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="50"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="60"/>
        <source>accepted</source>
        <translation>zugesagt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="61"/>
        <source>declined</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="62"/>
        <source>tentative (maybe)</source>
        <translation>vorläufig (vielleicht)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="197"/>
        <source>{status} (tentative)</source>
        <translation>{status} (vorläufig)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="214"/>
        <location filename="../../planner/ui/participants/model.py" line="217"/>
        <source>Messages sent:</source>
        <translation>Gesendete Nachrichten:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="233"/>
        <source>Their last answer to the invitation: {answer}</source>
        <translation>Letzte Antwort auf die Einladung: {answer}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="337"/>
        <source>{count} {status}</source>
        <comment>a count by status in the summary: 12 attended</comment>
        <translation>{count} {status}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="342"/>
        <source>no country</source>
        <translation>ohne Land</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="102"/>
        <location filename="../../planner/ui/participants/tab.py" line="214"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="149"/>
        <source>Add participant…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="152"/>
        <source>Add someone from the Directory, or a new person</source>
        <translation>Jemanden aus dem Verzeichnis oder eine neue Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="157"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="160"/>
        <source>Role, status, days and notes of the selected participant</source>
        <translation>Rolle, Status, Tage und Notizen der ausgewählten Person</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="165"/>
        <source>Person details…</source>
        <translation>Personendaten…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="168"/>
        <source>Name, organisation, contact and needs</source>
        <translation>Name, Organisation, Kontakt und Bedürfnisse</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="173"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="176"/>
        <source>Remove the selected participants from this event</source>
        <translation>Die ausgewählten Personen aus dieser Veranstaltung entfernen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="180"/>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="183"/>
        <source>Set role</source>
        <translation>Rolle setzen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="189"/>
        <source>Import participants…</source>
        <translation>Teilnehmende importieren…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="191"/>
        <source>Add participants from a CSV or Excel list, with a preview</source>
        <translation>Teilnehmende aus einer CSV- oder Excel-Liste hinzufügen, mit Vorschau</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="196"/>
        <source>Export participants…</source>
        <translation>Teilnehmende exportieren…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="198"/>
        <source>Save the participant list as an Excel or CSV file</source>
        <translation>Die Teilnehmendenliste als Excel- oder CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="201"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="202"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="220"/>
        <source>Change the status of the selected participants</source>
        <translation>Den Status der ausgewählten Personen ändern</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="223"/>
        <source>Change the role of the selected participants</source>
        <translation>Die Rolle der ausgewählten Personen ändern</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="235"/>
        <source>Search participants</source>
        <translation>Teilnehmende suchen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="237"/>
        <source>Name, organisation, country or e-mail; accents need not be typed</source>
        <translation>Name, Organisation, Land oder E-Mail; Akzente müssen nicht eingegeben werden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="245"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="250"/>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="318"/>
        <source>Only {who}.</source>
        <translation>Nur {who}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="319"/>
        <source>Show everyone</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="380"/>
        <source>No participants yet: add someone with “Add participant…” (Ctrl+Shift+A).</source>
        <translation>Noch keine Teilnehmenden: Fügen Sie jemanden mit „Person hinzufügen…“ (Strg+Umschalt+A) hinzu.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="386"/>
        <source>No participant matches &apos;{search}&apos;</source>
        <translation>Keine Person passt zu „{search}“</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/tab.py" line="395"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/tab.py" line="397"/>
        <source>{shown} of %n shown</source>
        <translation>
            <numerusform>{shown} von %n angezeigt</numerusform>
            <numerusform>{shown} von %n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="400"/>
        <source>Participants by country, for the rows shown</source>
        <translation>Teilnehmende nach Land, für die angezeigten Zeilen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="36"/>
        <source>Participant lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Teilnehmendenlisten (*.csv *.xlsx *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="37"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="38"/>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, kommagetrennt (*.csv)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="73"/>
        <source>Import participants</source>
        <translation>Teilnehmende importieren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="98"/>
        <source>Cannot read the participant list</source>
        <translation>Die Teilnehmendenliste ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="99"/>
        <source>{problem}

Nothing was imported.</source>
        <translation>{problem}

Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/transfer.py" line="117"/>
        <source>Imported %Ln participant(s) from {file}: {new}, {found} found in the Directory</source>
        <translation>
            <numerusform>%Ln Person aus {file} importiert: {new}, {found} im Verzeichnis gefunden</numerusform>
            <numerusform>%Ln Personen aus {file} importiert: {new}, {found} im Verzeichnis gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/transfer.py" line="120"/>
        <source>%Ln new person(s)</source>
        <translation>
            <numerusform>%Ln neue Person</numerusform>
            <numerusform>%Ln neue Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="125"/>
        <source>; {count} already on the list</source>
        <translation>; {count} bereits auf der Liste</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="129"/>
        <source> ({count} updated)</source>
        <translation> ({count} aktualisiert)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="141"/>
        <source>Participants - {title}</source>
        <comment>the name suggested for an exported file</comment>
        <translation>Teilnehmende - {title}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="142"/>
        <source>event</source>
        <comment>the file name&apos;s title when the event has none</comment>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="169"/>
        <source>Export participants</source>
        <translation>Teilnehmende exportieren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="176"/>
        <source>Cannot export the participants</source>
        <translation>Die Teilnehmenden können nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="193"/>
        <source>an export</source>
        <translation>ein Export</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="194"/>
        <source>Exporting the participants to {file}…</source>
        <translation>Die Teilnehmenden werden nach {file} exportiert…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="198"/>
        <source>Exported the participants of “{title}” to {file}</source>
        <translation>Die Teilnehmenden von „{title}“ wurden nach {file} exportiert</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="204"/>
        <source>Export stopped; {file} was not written.</source>
        <translation>Export angehalten; {file} wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>ParticipationDialog</name>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="54"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="56"/>
        <source>Arrives</source>
        <translation>Anreise</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="57"/>
        <source>Departs</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="58"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="220"/>
        <source>Person details…</source>
        <translation>Personendaten…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="223"/>
        <source>Name, organisation, contact, dietary and access needs</source>
        <translation>Name, Organisation, Kontakt, Ernährung und Barrierefreiheit</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="69"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="74"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="75"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="77"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="83"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="84"/>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="90"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_models.py" line="145"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_models.py" line="156"/>
        <source>%Ln new person(s)</source>
        <translation>
            <numerusform>%Ln neue Person</numerusform>
            <numerusform>%Ln neue Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="157"/>
        <source>{new}, {matched} matched, {already} already on the list</source>
        <translation>{new}, {matched} zugeordnet, {already} bereits auf der Liste</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_models.py" line="161"/>
        <source>%Ln row(s) with problems</source>
        <translation>
            <numerusform>%Ln Zeile mit Problemen</numerusform>
            <numerusform>%Ln Zeilen mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="172"/>
        <source>… and {count} more. Nothing is imported until every row is right.</source>
        <translation>… und {count} weitere. Nichts wird importiert, bevor alle Zeilen stimmen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="175"/>
        <source>Nothing is imported until every row is right.</source>
        <translation>Nichts wird importiert, bevor alle Zeilen stimmen.</translation>
    </message>
</context>
<context>
    <name>StayDialog</name>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="155"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="156"/>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="156"/>
        <source>e.g. the hotel&apos;s name</source>
        <translation>z. B. der Name des Hotels</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="157"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="158"/>
        <source>Check-in</source>
        <translation>Anreise</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="159"/>
        <source>Check-out</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="160"/>
        <source>Booking reference</source>
        <translation>Buchungsnummer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="163"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="165"/>
        <source>e.g. 120.50</source>
        <translation>z. B. 120.50</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="169"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="171"/>
        <source>e.g. {currency}</source>
        <translation>z. B. {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="185"/>
        <source>Add stay</source>
        <translation>Aufenthalt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="188"/>
        <source>Change stay</source>
        <translation>Aufenthalt ändern</translation>
    </message>
</context>
<context>
    <name>StaysModel</name>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="159"/>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="163"/>
        <source>Booking reference: {reference}</source>
        <translation>Buchungsnummer: {reference}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="166"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="168"/>
        <source>Check-in</source>
        <translation>Anreise</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="173"/>
        <source>Check-out</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="178"/>
        <source>Nights</source>
        <translation>Nächte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="181"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../planner/ui/agenda/timeline.py" line="270"/>
        <source>No room</source>
        <translation>Ohne Raum</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="343"/>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="351"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>TravellersModel</name>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="77"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="83"/>
        <source>Legs</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="89"/>
        <source>Stays</source>
        <translation>Aufenthalte</translation>
    </message>
</context>
<context>
    <name>TravellersPage</name>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="62"/>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="99"/>
        <source>Travel</source>
        <translation>Reise</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="100"/>
        <source>Hotel stays</source>
        <translation>Hotelaufenthalte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="130"/>
        <source>(no guest named)</source>
        <translation>(kein Gast angegeben)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="205"/>
        <source>Choose a person on the left</source>
        <translation>Wählen Sie links eine Person</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/travellers.py" line="210"/>
        <source>Travel · %n leg(s)</source>
        <translation>
            <numerusform>Reise · %n Abschnitt</numerusform>
            <numerusform>Reise · %n Abschnitte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="211"/>
        <source>Travel · none booked yet</source>
        <translation>Reise · noch nichts gebucht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/travellers.py" line="212"/>
        <source>Hotel stays · %n stay(s)</source>
        <translation>
            <numerusform>Hotelaufenthalte · %n Aufenthalt</numerusform>
            <numerusform>Hotelaufenthalte · %n Aufenthalte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="214"/>
        <source>Hotel stays · none booked yet</source>
        <translation>Hotelaufenthalte · noch nichts gebucht</translation>
    </message>
</context>
    <context>
        <name>ColumnChoices</name>
        <message>
            <location filename="../../planner/ui/participants/import_models.py" line="58" />
            <source>Gender</source>
            <translation>Geschlecht</translation>
        </message>
    </context>
</TS>
