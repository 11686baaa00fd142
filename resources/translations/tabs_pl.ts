<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AddParticipantDialog</name>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="77"/>
        <source>Add participant</source>
        <translation>Dodaj uczestnika</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="85"/>
        <location filename="../../planner/ui/participants/dialogs.py" line="128"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="91"/>
        <source>Type to search the Directory</source>
        <translation>Wpisz, aby szukać w katalogu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="93"/>
        <source>New person…</source>
        <translation>Nowa osoba…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="95"/>
        <source>The person is not in the Directory yet: enter their details</source>
        <translation>Tej osoby nie ma jeszcze w katalogu: należy wpisać jej dane</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/dialogs.py" line="102"/>
        <source>%n person(s) of the Directory not in this event yet.</source>
        <translation>
            <numerusform>%n osoba z katalogu nie uczestniczy jeszcze w tym wydarzeniu.</numerusform>
            <numerusform>%n osoby z katalogu nie uczestniczą jeszcze w tym wydarzeniu.</numerusform>
            <numerusform>%n osób z katalogu nie uczestniczy jeszcze w tym wydarzeniu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="116"/>
        <source>Pick from the Directory instead</source>
        <translation>Wybierz jednak z katalogu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="138"/>
        <source>In this event</source>
        <translation>W tym wydarzeniu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="144"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="190"/>
        <source>pick someone from the list, or add a new person</source>
        <translation>należy wybrać kogoś z listy lub dodać nową osobę</translation>
    </message>
</context>
<context>
    <name>AgendaEdits</name>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="78"/>
        <source>Add agenda item</source>
        <translation>Dodaj punkt programu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="92"/>
        <source>Change agenda item</source>
        <translation>Zmień punkt programu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="125"/>
        <source>Delete agenda item</source>
        <translation>Usuń punkt programu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="126"/>
        <source>Delete “{title}” ({day}, {time})?

Undo (Ctrl+Z) brings it back.</source>
        <translation>Usunąć „{title}” ({day}, {time})?

Cofnij (Ctrl+Z) przywraca go.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="177"/>
        <source>Cannot {action}</source>
        <translation>Nie można wykonać: {action}</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="23"/>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="24"/>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="25"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="28"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="29"/>
        <source>e.g. Welcome and introduction</source>
        <translation>np. Powitanie i wprowadzenie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="33"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="34"/>
        <source>e.g. Room A</source>
        <translation>np. Sala A</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="37"/>
        <source>Speakers</source>
        <translation>Prelegenci</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="40"/>
        <source>Moderator</source>
        <translation>Prowadzenie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="45"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="48"/>
        <source>Topics</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="50"/>
        <source>One topic a line</source>
        <translation>Jeden temat w wierszu</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="25"/>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="26"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="27"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="28"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="29"/>
        <source>Speakers</source>
        <translation>Prelegenci</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="30"/>
        <source>Moderator</source>
        <translation>Prowadzenie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="191"/>
        <source>Conflicts:</source>
        <translation>Konflikty:</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="72"/>
        <source>Add item…</source>
        <translation>Dodaj punkt…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="75"/>
        <source>Add an agenda item</source>
        <translation>Dodaj punkt do programu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="80"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="83"/>
        <source>Edit the selected item</source>
        <translation>Edytuj wybrany punkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="88"/>
        <source>Duplicate</source>
        <translation>Powiel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="91"/>
        <source>Copy the selected item to the next free slot</source>
        <translation>Skopiuj wybrany punkt do najbliższego wolnego terminu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="96"/>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="99"/>
        <source>Delete the selected item</source>
        <translation>Usuń wybrany punkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="107"/>
        <source>Move earlier</source>
        <translation>Wcześniej</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="111"/>
        <source>Move the selected item 5 minutes earlier</source>
        <translation>Przesuń wybrany punkt o 5 minut wcześniej</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="114"/>
        <source>Move later</source>
        <translation>Później</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="118"/>
        <source>Move the selected item 5 minutes later</source>
        <translation>Przesuń wybrany punkt o 5 minut później</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="121"/>
        <source>Shorten</source>
        <translation>Skróć</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="125"/>
        <source>Make the selected item 5 minutes shorter</source>
        <translation>Skróć wybrany punkt o 5 minut</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="128"/>
        <source>Lengthen</source>
        <translation>Wydłuż</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="132"/>
        <source>Make the selected item 5 minutes longer</source>
        <translation>Wydłuż wybrany punkt o 5 minut</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="138"/>
        <source>List / Timeline</source>
        <translation>Lista / Oś czasu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="145"/>
        <source>Previous day</source>
        <translation>Poprzedni dzień</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="152"/>
        <source>Next day</source>
        <translation>Następny dzień</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="191"/>
        <source>Agenda timeline</source>
        <translation>Oś czasu programu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="193"/>
        <source>Alt+Up and Alt+Down move the selected item by 5 minutes; with Shift they change its length</source>
        <translation>Alt+Strzałka w górę i Alt+Strzałka w dół przesuwają wybrany punkt o 5 minut; z klawiszem Shift zmieniają czas jego trwania</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="219"/>
        <source>The day shown (Alt+PgUp / Alt+PgDown)</source>
        <translation>Wyświetlany dzień (Alt+PgUp / Alt+PgDown)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="221"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="230"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="231"/>
        <source>Show the day as a list (Ctrl+Shift+L switches)</source>
        <translation>Pokaż dzień jako listę (Ctrl+Shift+L przełącza)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="235"/>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="236"/>
        <source>Show the day as a timeline (Ctrl+Shift+L switches)</source>
        <translation>Pokaż dzień na osi czasu (Ctrl+Shift+L przełącza)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="252"/>
        <source>Move following items</source>
        <translation>Przesuwaj kolejne punkty</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="254"/>
        <source>When an item gets longer or shorter, move the items after it on that day by as much</source>
        <translation>Gdy punkt się wydłuża lub skraca, następne punkty tego dnia przesuwają się o tyle samo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="365"/>
        <source>Nothing planned on this day yet.
Add an item with Add item… (Ctrl+Shift+A).</source>
        <translation>Na ten dzień nic jeszcze nie zaplanowano.
Punkt można dodać poleceniem „Dodaj punkt…” (Ctrl+Shift+A).</translation>
    </message>
</context>
<context>
    <name>ArrivalsPage</name>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="100"/>
        <source>Arrivals</source>
        <translation>Przyjazdy</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="101"/>
        <source>Departures</source>
        <translation>Wyjazdy</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="132"/>
        <source>Each traveller&apos;s last leg before their stay in {city} and first leg after it. Times are local to the event ({zone}).</source>
        <translation>Ostatni odcinek podróży każdej osoby przed pobytem w {city} i pierwszy po nim. Godziny według czasu lokalnego wydarzenia ({zone}).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="140"/>
        <source>Each traveller&apos;s last leg before their stay and first leg after it. Times are local to the event ({zone}).</source>
        <translation>Ostatni odcinek podróży każdej osoby przed pobytem i pierwszy po nim. Godziny według czasu lokalnego wydarzenia ({zone}).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="148"/>
        <source>No travel booked yet: add travel legs on the Travellers page.</source>
        <translation>Nie zarezerwowano jeszcze podróży: odcinki podróży można dodać na stronie „Podróżni”.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="197"/>
        <location filename="../../planner/ui/logistics/models.py" line="204"/>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="198"/>
        <location filename="../../planner/ui/logistics/models.py" line="205"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="199"/>
        <location filename="../../planner/ui/logistics/models.py" line="206"/>
        <source>Travel</source>
        <translation>Podróż</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="200"/>
        <source>From</source>
        <translation>Skąd</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="201"/>
        <source>Arrives at</source>
        <translation>Przyjazd do</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="207"/>
        <source>To</source>
        <translation>Dokąd</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="208"/>
        <source>Leaves from</source>
        <translation>Wyjazd z</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/models.py" line="234"/>
        <source>%n arrival(s)</source>
        <translation>
            <numerusform>%n przyjazd</numerusform>
            <numerusform>%n przyjazdy</numerusform>
            <numerusform>%n przyjazdów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/models.py" line="236"/>
        <source>%n departure(s)</source>
        <translation>
            <numerusform>%n wyjazd</numerusform>
            <numerusform>%n wyjazdy</numerusform>
            <numerusform>%n wyjazdów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlockItem</name>
    <message>
        <location filename="../../planner/ui/agenda/block.py" line="154"/>
        <source>Speakers: {names}</source>
        <translation>Prelegenci: {names}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/block.py" line="156"/>
        <location filename="../../planner/ui/agenda/block.py" line="216"/>
        <source>Moderator: {name}</source>
        <translation>Prowadzenie: {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/block.py" line="158"/>
        <source>Conflicts:</source>
        <translation>Konflikty:</translation>
    </message>
</context>
<context>
    <name>ColumnChoices</name>
    <message>
        <location filename="../../planner/ui/participants/import_columns.py" line="43"/>
        <source>(empty)</source>
        <translation>(pusta)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_columns.py" line="52"/>
        <source>Column {name}</source>
        <translation>Kolumna {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_columns.py" line="72"/>
        <source>Columns in the file</source>
        <translation>Kolumny pliku</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_columns.py" line="91"/>
        <source>Not imported</source>
        <translation>Nie jest importowana</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="37"/>
        <source>Ignore</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="41"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="42"/>
        <source>Title</source>
        <translation>Tytuł (grzecznościowy)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="43"/>
        <source>Given name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="44"/>
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="45"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="46"/>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="47"/>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="48"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="49"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="50"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="51"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="53"/>
        <source>Dietary needs</source>
        <translation>Wymagania żywieniowe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="54"/>
        <source>Access needs</source>
        <translation>Potrzeby w zakresie dostępności</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="55"/>
        <source>Arrives</source>
        <translation>Przyjazd</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="56"/>
        <source>Departs</source>
        <translation>Wyjazd</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="57"/>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="194"/>
        <source>Column {number}</source>
        <translation>Kolumna {number}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="269"/>
        <source>{field} also comes from {columns}: all of them are imported, one per line</source>
        <translation>Pole „{field}” pochodzi też z {columns}: importowane są wszystkie, każda w osobnym wierszu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="271"/>
        <source>{field} also comes from {columns}: for each row, the first of these columns with a value counts</source>
        <translation>Pole „{field}” pochodzi też z {columns}: w każdym wierszu liczy się pierwsza z tych kolumn, która ma wartość</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="196"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="199"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="200"/>
        <source>e.g. dinner, with the number of guests</source>
        <translation>np. kolacja, z liczbą gości</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="204"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="206"/>
        <source>e.g. 120.50</source>
        <translation>np. 120.50</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="210"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="211"/>
        <source>e.g. {currency}</source>
        <translation>np. {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="213"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="216"/>
        <source>Funded by</source>
        <translation>Źródło finansowania</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="217"/>
        <source>e.g. project or sponsor</source>
        <translation>np. projekt lub sponsor</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="231"/>
        <source>Add cost</source>
        <translation>Dodaj koszt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="234"/>
        <source>Change cost</source>
        <translation>Zmień koszt</translation>
    </message>
</context>
<context>
    <name>CostsModel</name>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="269"/>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="270"/>
        <source>Travel leg</source>
        <translation>Odcinek podróży</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="271"/>
        <source>Stay</source>
        <translation>Pobyt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="284"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="286"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="290"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="291"/>
        <source>Funded by</source>
        <translation>Źródło finansowania</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="293"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="299"/>
        <source>Entered as</source>
        <translation>Wprowadzono jako</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="79"/>
        <source>Show the prices booked on travel legs and stays</source>
        <translation>Pokaż ceny zarezerwowanych odcinków podróży i pobytów</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="83"/>
        <location filename="../../planner/ui/logistics/costs.py" line="85"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="84"/>
        <source>Funded by</source>
        <translation>Źródło finansowania</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="89"/>
        <source>Booked prices are listed for checking against the costs; they are not added to the totals.</source>
        <translation>Ceny rezerwacji podano do porównania z kosztami; nie są doliczane do sum.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="103"/>
        <source>Totals by category</source>
        <translation>Sumy według kategorii</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="104"/>
        <source>Totals by funder</source>
        <translation>Sumy według źródła finansowania</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="105"/>
        <source>Booked (not in the totals)</source>
        <translation>Zarezerwowane (poza sumami)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="124"/>
        <source>No costs yet. Add the venue, catering, travel and other costs with “Add cost”, and the prices of tickets and hotels on the travel legs and stays.</source>
        <translation>Brak kosztów. Koszty miejsca, cateringu, podróży i inne można dodać poleceniem „Dodaj koszt”, a ceny biletów i hoteli – przy odcinkach podróży i pobytach.</translation>
    </message>
</context>
<context>
    <name>EncodingCombo</name>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="21"/>
        <source>In no encoding do all its names read well.</source>
        <translation>W żadnym kodowaniu nie wszystkie nazwiska są czytelne.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="23"/>
        <source>Its names read differently in each likely encoding.</source>
        <translation>W każdym prawdopodobnym kodowaniu nazwiska wyglądają inaczej.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="27"/>
        <source>Which encoding?</source>
        <translation>Które kodowanie?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="28"/>
        <source>{file} does not say how its text is encoded. {why}
Choose the one in which the names look right (the preview shows them all before anything is imported):</source>
        <translation>Plik {file} nie określa kodowania tekstu. {why}
Należy wybrać to, w którym nazwiska wyglądają poprawnie (podgląd pokazuje je wszystkie, zanim cokolwiek zostanie zaimportowane):</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="54"/>
        <source>Encoding</source>
        <translation>Kodowanie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="56"/>
        <source>How the file&apos;s text is encoded: choose another if the names in the preview look wrong</source>
        <translation>Kodowanie tekstu pliku: jeśli nazwiska w podglądzie wyglądają źle, należy wybrać inne</translation>
    </message>
</context>
<context>
    <name>FittingLabel</name>
    <message>
        <location filename="../../planner/ui/agenda/zone.py" line="26"/>
        <source>Times in {zone} ({abbreviation}, {offset})</source>
        <translation>Godziny w strefie {zone} ({abbreviation}, {offset})</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="88"/>
        <source>Import participants</source>
        <translation>Importuj uczestników</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="95"/>
        <source>Into “{title}”. Check what each column holds and correct it where it is wrong; the preview shows what the import will do. Nothing is saved until you press Import, and Edit ▸ Undo takes it back.</source>
        <translation>Do wydarzenia „{title}”. Należy sprawdzić, co zawiera każda kolumna, i poprawić błędy; podgląd pokazuje skutki importu. Nic nie zostanie zapisane przed naciśnięciem przycisku Importuj, a Edycja ▸ Cofnij odwraca import.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="116"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="135"/>
        <location filename="../../planner/ui/participants/import_dialog.py" line="306"/>
        <location filename="../../planner/ui/participants/import_dialog.py" line="328"/>
        <location filename="../../planner/ui/participants/import_dialog.py" line="337"/>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="161"/>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="162"/>
        <source>Only rows with problems</source>
        <translation>Tylko wiersze z problemami</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="222"/>
        <source>Cannot read the list in this encoding</source>
        <translation>Nie można odczytać listy w tym kodowaniu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="258"/>
        <source>the preview of the import</source>
        <translation>podgląd importu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="293"/>
        <source>Checking {rows}…</source>
        <translation>Sprawdzanie: {rows}…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="296"/>
        <source>Wait for the preview of these columns</source>
        <translation>Należy poczekać na podgląd tych kolumn</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="307"/>
        <source>Say which columns hold what first</source>
        <translation>Najpierw należy określić zawartość kolumn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_dialog.py" line="322"/>
        <source>Import %Ln participant(s)</source>
        <translation>
            <numerusform>Importuj %Ln osobę</numerusform>
            <numerusform>Importuj %Ln osoby</numerusform>
            <numerusform>Importuj %Ln osób</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="325"/>
        <source>Add them to the event in one step (Edit ▸ Undo takes it back)</source>
        <translation>Dodaj do wydarzenia w jednym kroku (Edycja ▸ Cofnij odwraca)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="330"/>
        <source>Nothing is imported while a row has a problem: correct those rows in the file and open it again, or ignore the column that causes them</source>
        <translation>Nic nie zostanie zaimportowane, dopóki któryś wiersz ma problem: należy poprawić te wiersze w pliku i otworzyć go ponownie albo pominąć kolumnę, która je powoduje</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="338"/>
        <source>The list has no rows to import</source>
        <translation>Lista nie zawiera wierszy do zaimportowania</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_dialog.py" line="354"/>
        <source>Importing %Ln participant(s)…</source>
        <translation>
            <numerusform>Importowanie uczestników: %Ln…</numerusform>
            <numerusform>Importowanie uczestników: %Ln…</numerusform>
            <numerusform>Importowanie uczestników: %Ln…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="363"/>
        <location filename="../../planner/ui/participants/import_dialog.py" line="401"/>
        <source>Cannot import the participants</source>
        <translation>Nie można zaimportować uczestników</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="367"/>
        <source>Importing {rows}… (Cancel stops it; nothing is saved then)</source>
        <translation>Importowanie: {rows}… (Anuluj przerywa import; nic nie zostanie wtedy zapisane)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="400"/>
        <source>{problem}

Nothing was imported.</source>
        <translation>{problem}

Nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="421"/>
        <source>Stopping the import; nothing of it is saved…</source>
        <translation>Przerywanie importu; nic z niego nie zostanie zapisane…</translation>
    </message>
</context>
<context>
    <name>LegDialog</name>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="45"/>
        <source>Traveller</source>
        <translation>Podróżny</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="51"/>
        <source>Mode</source>
        <translation>Środek transportu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="54"/>
        <source>Carrier</source>
        <translation>Przewoźnik</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="55"/>
        <source>e.g. airline or rail company</source>
        <translation>np. linia lotnicza lub przewoźnik kolejowy</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="59"/>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="60"/>
        <source>e.g. flight or train number</source>
        <translation>np. numer lotu lub pociągu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="62"/>
        <source>Booking reference</source>
        <translation>Numer rezerwacji</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="65"/>
        <source>From</source>
        <translation>Skąd</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="67"/>
        <location filename="../../planner/ui/logistics/dialogs.py" line="75"/>
        <source>e.g. city or airport</source>
        <translation>np. miasto lub lotnisko</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="69"/>
        <source>Departs (local time)</source>
        <translation>Odjazd (czas lokalny)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="70"/>
        <location filename="../../planner/ui/logistics/dialogs.py" line="78"/>
        <source>Time zone there</source>
        <translation>Strefa czasowa na miejscu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="73"/>
        <source>To</source>
        <translation>Dokąd</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="77"/>
        <source>Arrives (local time)</source>
        <translation>Przyjazd (czas lokalny)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="81"/>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="83"/>
        <source>e.g. 120.50</source>
        <translation>np. 120.50</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="87"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="89"/>
        <source>e.g. {currency}</source>
        <translation>np. {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="109"/>
        <source>Add travel leg</source>
        <translation>Dodaj odcinek podróży</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="114"/>
        <source>Change travel leg</source>
        <translation>Zmień odcinek podróży</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="129"/>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="141"/>
        <source>arrives before it departs</source>
        <translation>przyjazd przed odjazdem</translation>
    </message>
</context>
<context>
    <name>LegsModel</name>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/models.py" line="55"/>
        <source>%n day(s)</source>
        <comment>days between departure and arrival</comment>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="62"/>
        <source>Booking reference: {reference}</source>
        <translation>Numer rezerwacji: {reference}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="112"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="117"/>
        <source>Mode</source>
        <translation>Środek transportu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="118"/>
        <source>Service</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="120"/>
        <source>From</source>
        <translation>Skąd</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="125"/>
        <source>To</source>
        <translation>Dokąd</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="130"/>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="136"/>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
</context>
<context>
    <name>LogisticsTab</name>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="44"/>
        <source>Delete travel leg</source>
        <translation>Usuń odcinek podróży</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="45"/>
        <source>Delete stay</source>
        <translation>Usuń pobyt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="46"/>
        <source>Delete cost</source>
        <translation>Usuń koszt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="74"/>
        <source>Travellers</source>
        <translation>Podróżni</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="75"/>
        <source>Arrivals &amp;&amp; departures</source>
        <translation>Przyjazdy &amp;&amp; wyjazdy</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="76"/>
        <source>Costs</source>
        <translation>Koszty</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="87"/>
        <source>Add travel leg</source>
        <translation>Dodaj odcinek podróży</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="88"/>
        <source>Add stay</source>
        <translation>Dodaj pobyt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="89"/>
        <source>Add cost</source>
        <translation>Dodaj koszt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="90"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="91"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="93"/>
        <source>Duplicate</source>
        <translation>Powiel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="95"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="317"/>
        <source>Delete the travel leg {origin} → {destination} on {day} of {person}?</source>
        <translation>Usunąć odcinek podróży {origin} → {destination} z dnia {day} ({person})?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="329"/>
        <source>Delete the stay at {hotel} from {day} of {person}?</source>
        <translation>Usunąć pobyt w {hotel} od {day} ({person})?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="332"/>
        <source>Delete the stay at {hotel} from {day}?</source>
        <translation>Usunąć pobyt w {hotel} od {day}?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="333"/>
        <source>Delete the cost “{name}” of {amount}?</source>
        <translation>Usunąć koszt „{name}” w kwocie {amount}?</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="113"/>
        <source>What happened, in a few sentences: who met, why, and what came out of it.</source>
        <translation>Co się wydarzyło, w kilku zdaniach: kto się spotkał, w jakim celu i co z tego wynikło.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="144"/>
        <source>Summary of the meeting</source>
        <translation>Podsumowanie spotkania</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="150"/>
        <source>Outcomes</source>
        <translation>Ustalenia</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="179"/>
        <source>Add outcome…</source>
        <translation>Dodaj ustalenie…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="180"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="181"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="182"/>
        <source>Move up</source>
        <translation>Przesuń w górę</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="184"/>
        <source>Move down</source>
        <translation>Przesuń w dół</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="186"/>
        <location filename="../../planner/ui/minutes/tab.py" line="340"/>
        <source>Mark done</source>
        <translation>Oznacz jako wykonane</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="187"/>
        <source>Follow-up event…</source>
        <translation>Wydarzenie następcze…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="188"/>
        <source>Go to follow-up event</source>
        <translation>Przejdź do wydarzenia następczego</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="205"/>
        <source>Add outcome</source>
        <translation>Dodaj ustalenie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="206"/>
        <source>{action} — choose the kind</source>
        <translation>{action} — wybór rodzaju</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="340"/>
        <source>Reopen</source>
        <translation>Otwórz ponownie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="377"/>
        <source>Delete outcome</source>
        <translation>Usuń ustalenie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="404"/>
        <source>Delete the conclusion “{text}”?</source>
        <translation>Usunąć wniosek „{text}”?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="406"/>
        <source>Delete the proposal “{text}”?</source>
        <translation>Usunąć propozycję „{text}”?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="408"/>
        <source>Delete the decision “{text}”?</source>
        <translation>Usunąć decyzję „{text}”?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="410"/>
        <source>Delete the action “{text}”?</source>
        <translation>Usunąć działanie „{text}”?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="412"/>
        <source>Delete the best practice “{text}”?</source>
        <translation>Usunąć dobrą praktykę „{text}”?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="414"/>
        <source>Delete the discussion point “{text}”?</source>
        <translation>Usunąć punkt dyskusji „{text}”?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="415"/>
        <source>Delete the outcome “{text}”?</source>
        <translation>Usunąć ustalenie „{text}”?</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="46"/>
        <source>Leads to event</source>
        <translation>Prowadzi do wydarzenia</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="56"/>
        <source>{name} (organisation)</source>
        <translation>{name} (organizacja)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="59"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="60"/>
        <source>Outcome</source>
        <translation>Ustalenie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="61"/>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="61"/>
        <source>e.g. training</source>
        <translation>np. szkolenie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="64"/>
        <source>By (person or organisation)</source>
        <translation>Autor (osoba lub organizacja)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="69"/>
        <source>Owner</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="70"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="71"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="115"/>
        <source>Add outcome</source>
        <translation>Dodaj ustalenie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="120"/>
        <source>Change outcome</source>
        <translation>Zmień ustalenie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="154"/>
        <source>Link follow-up event</source>
        <translation>Powiąż wydarzenie następcze</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="41"/>
        <source>by {name}</source>
        <translation>autor: {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="48"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="49"/>
        <source>Outcome</source>
        <translation>Ustalenie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="50"/>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="51"/>
        <source>By / owner</source>
        <translation>Autor / odpowiedzialny</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="52"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="53"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="81"/>
        <source>Overdue: due {day} and still open</source>
        <translation>Po terminie: termin {day}, nadal otwarte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="101"/>
        <source>{count} open</source>
        <translation>otwarte: {count}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="103"/>
        <source>{count} overdue</source>
        <translation>po terminie: {count}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="106"/>
        <source>No outcomes yet</source>
        <translation>Brak ustaleń</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="112"/>
        <source>%n conclusion(s)</source>
        <translation>
            <numerusform>%n wniosek</numerusform>
            <numerusform>%n wnioski</numerusform>
            <numerusform>%n wniosków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="114"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n propozycja</numerusform>
            <numerusform>%n propozycje</numerusform>
            <numerusform>%n propozycji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="116"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decyzja</numerusform>
            <numerusform>%n decyzje</numerusform>
            <numerusform>%n decyzji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="118"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n działanie</numerusform>
            <numerusform>%n działania</numerusform>
            <numerusform>%n działań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="120"/>
        <source>%n best practice(s)</source>
        <translation>
            <numerusform>%n dobra praktyka</numerusform>
            <numerusform>%n dobre praktyki</numerusform>
            <numerusform>%n dobrych praktyk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="122"/>
        <source>%n discussion point(s)</source>
        <translation>
            <numerusform>%n punkt dyskusji</numerusform>
            <numerusform>%n punkty dyskusji</numerusform>
            <numerusform>%n punktów dyskusji</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="41"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="42"/>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="43"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="44"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="46"/>
        <source>Arrives</source>
        <translation>Przyjazd</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="47"/>
        <source>Departs</source>
        <translation>Wyjazd</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="48"/>
        <source>Dietary</source>
        <translation>Dieta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="49"/>
        <source>Access</source>
        <translation>Dostępność</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="50"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="60"/>
        <source>accepted</source>
        <translation>przyjęto</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="61"/>
        <source>declined</source>
        <translation>odrzucono</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="62"/>
        <source>tentative (maybe)</source>
        <translation>wstępnie (może)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="197"/>
        <source>{status} (tentative)</source>
        <translation>{status} (wstępnie)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="214"/>
        <location filename="../../planner/ui/participants/model.py" line="217"/>
        <source>Messages sent:</source>
        <translation>Wysłane wiadomości:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="233"/>
        <source>Their last answer to the invitation: {answer}</source>
        <translation>Ostatnia odpowiedź na zaproszenie: {answer}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="337"/>
        <source>{count} {status}</source>
        <comment>a count by status in the summary: 12 attended</comment>
        <translation>{status}: {count}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="342"/>
        <source>no country</source>
        <translation>bez kraju</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="102"/>
        <location filename="../../planner/ui/participants/tab.py" line="214"/>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="149"/>
        <source>Add participant…</source>
        <translation>Dodaj uczestnika…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="152"/>
        <source>Add someone from the Directory, or a new person</source>
        <translation>Dodaj osobę z katalogu lub nową osobę</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="157"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="160"/>
        <source>Role, status, days and notes of the selected participant</source>
        <translation>Rola, status, dni i uwagi wybranego uczestnika</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="165"/>
        <source>Person details…</source>
        <translation>Dane osoby…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="168"/>
        <source>Name, organisation, contact and needs</source>
        <translation>Imię i nazwisko, organizacja, kontakt i potrzeby</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="173"/>
        <source>Remove…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="176"/>
        <source>Remove the selected participants from this event</source>
        <translation>Usuń wybranych uczestników z tego wydarzenia</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="180"/>
        <source>Set status</source>
        <translation>Ustaw status</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="183"/>
        <source>Set role</source>
        <translation>Ustaw rolę</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="189"/>
        <source>Import participants…</source>
        <translation>Importuj uczestników…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="191"/>
        <source>Add participants from a CSV or Excel list, with a preview</source>
        <translation>Dodaj uczestników z listy CSV lub Excel, z podglądem</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="196"/>
        <source>Export participants…</source>
        <translation>Eksportuj uczestników…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="198"/>
        <source>Save the participant list as an Excel or CSV file</source>
        <translation>Zapisz listę uczestników jako plik Excel lub CSV</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="201"/>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="202"/>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="220"/>
        <source>Change the status of the selected participants</source>
        <translation>Zmień status wybranych uczestników</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="223"/>
        <source>Change the role of the selected participants</source>
        <translation>Zmień rolę wybranych uczestników</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="235"/>
        <source>Search participants</source>
        <translation>Szukaj uczestników</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="237"/>
        <source>Name, organisation, country or e-mail; accents need not be typed</source>
        <translation>Imię i nazwisko, organizacja, kraj lub e-mail; znaków diakrytycznych nie trzeba wpisywać</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="245"/>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="250"/>
        <source>All roles</source>
        <translation>Wszystkie role</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="318"/>
        <source>Only {who}.</source>
        <translation>Tylko {who}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="319"/>
        <source>Show everyone</source>
        <translation>Pokaż wszystkich</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="380"/>
        <source>No participants yet: add someone with “Add participant…” (Ctrl+Shift+A).</source>
        <translation>Brak uczestników: można kogoś dodać poleceniem „Dodaj uczestnika…” (Ctrl+Shift+A).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="386"/>
        <source>No participant matches &apos;{search}&apos;</source>
        <translation>Żaden uczestnik nie pasuje do „{search}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/tab.py" line="395"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n uczestnik</numerusform>
            <numerusform>%n uczestników</numerusform>
            <numerusform>%n uczestników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/tab.py" line="397"/>
        <source>{shown} of %n shown</source>
        <translation>
            <numerusform>Pokazano {shown} z %n</numerusform>
            <numerusform>Pokazano {shown} z %n</numerusform>
            <numerusform>Pokazano {shown} z %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="400"/>
        <source>Participants by country, for the rows shown</source>
        <translation>Uczestnicy według kraju, dla pokazanych wierszy</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="36"/>
        <source>Participant lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Listy uczestników (*.csv *.xlsx *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="37"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="38"/>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, rozdzielany przecinkami (*.csv)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="73"/>
        <source>Import participants</source>
        <translation>Importuj uczestników</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="98"/>
        <source>Cannot read the participant list</source>
        <translation>Nie można odczytać listy uczestników</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="99"/>
        <source>{problem}

Nothing was imported.</source>
        <translation>{problem}

Nic nie zostało zaimportowane.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/transfer.py" line="117"/>
        <source>Imported %Ln participant(s) from {file}: {new}, {found} found in the Directory</source>
        <translation>
            <numerusform>Zaimportowano %Ln osobę z {file}: {new}, znalezione w katalogu: {found}</numerusform>
            <numerusform>Zaimportowano %Ln osoby z {file}: {new}, znalezione w katalogu: {found}</numerusform>
            <numerusform>Zaimportowano %Ln osób z {file}: {new}, znalezione w katalogu: {found}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/transfer.py" line="120"/>
        <source>%Ln new person(s)</source>
        <translation>
            <numerusform>%Ln nowa osoba</numerusform>
            <numerusform>%Ln nowe osoby</numerusform>
            <numerusform>%Ln nowych osób</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="125"/>
        <source>; {count} already on the list</source>
        <translation>; już na liście: {count}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="129"/>
        <source> ({count} updated)</source>
        <translation> (zaktualizowane: {count})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="141"/>
        <source>Participants - {title}</source>
        <comment>the name suggested for an exported file</comment>
        <translation>Uczestnicy - {title}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="142"/>
        <source>event</source>
        <comment>the file name&apos;s title when the event has none</comment>
        <translation>wydarzenie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="169"/>
        <source>Export participants</source>
        <translation>Eksportuj uczestników</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="176"/>
        <source>Cannot export the participants</source>
        <translation>Nie można wyeksportować uczestników</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="193"/>
        <source>an export</source>
        <translation>eksport</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="194"/>
        <source>Exporting the participants to {file}…</source>
        <translation>Eksportowanie uczestników do pliku {file}…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="198"/>
        <source>Exported the participants of “{title}” to {file}</source>
        <translation>Wyeksportowano uczestników wydarzenia „{title}” do pliku {file}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="204"/>
        <source>Export stopped; {file} was not written.</source>
        <translation>Eksport przerwany; plik {file} nie został zapisany.</translation>
    </message>
</context>
<context>
    <name>ParticipationDialog</name>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="54"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="56"/>
        <source>Arrives</source>
        <translation>Przyjazd</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="57"/>
        <source>Departs</source>
        <translation>Wyjazd</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="58"/>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="220"/>
        <source>Person details…</source>
        <translation>Dane osoby…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="223"/>
        <source>Name, organisation, contact, dietary and access needs</source>
        <translation>Imię i nazwisko, organizacja, kontakt, wymagania żywieniowe i potrzeby w zakresie dostępności</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="69"/>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="74"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="75"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="77"/>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="83"/>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="84"/>
        <source>not imported</source>
        <translation>nie zostanie zaimportowany</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="90"/>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_models.py" line="145"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln wiersz</numerusform>
            <numerusform>%Ln wiersze</numerusform>
            <numerusform>%Ln wierszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_models.py" line="156"/>
        <source>%Ln new person(s)</source>
        <translation>
            <numerusform>%Ln nowa osoba</numerusform>
            <numerusform>%Ln nowe osoby</numerusform>
            <numerusform>%Ln nowych osób</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="157"/>
        <source>{new}, {matched} matched, {already} already on the list</source>
        <translation>{new}, dopasowane: {matched}, już na liście: {already}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_models.py" line="161"/>
        <source>%Ln row(s) with problems</source>
        <translation>
            <numerusform>%Ln wiersz z problemami</numerusform>
            <numerusform>%Ln wiersze z problemami</numerusform>
            <numerusform>%Ln wierszy z problemami</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="172"/>
        <source>… and {count} more. Nothing is imported until every row is right.</source>
        <translation>… i jeszcze {count}. Nic nie zostanie zaimportowane, dopóki wszystkie wiersze nie będą poprawne.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="175"/>
        <source>Nothing is imported until every row is right.</source>
        <translation>Nic nie zostanie zaimportowane, dopóki wszystkie wiersze nie będą poprawne.</translation>
    </message>
</context>
<context>
    <name>StayDialog</name>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="155"/>
        <source>Guest</source>
        <translation>Gość</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="156"/>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="156"/>
        <source>e.g. the hotel&apos;s name</source>
        <translation>np. nazwa hotelu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="157"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="158"/>
        <source>Check-in</source>
        <translation>Zameldowanie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="159"/>
        <source>Check-out</source>
        <translation>Wymeldowanie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="160"/>
        <source>Booking reference</source>
        <translation>Numer rezerwacji</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="163"/>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="165"/>
        <source>e.g. 120.50</source>
        <translation>np. 120.50</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="169"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="171"/>
        <source>e.g. {currency}</source>
        <translation>np. {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="185"/>
        <source>Add stay</source>
        <translation>Dodaj pobyt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="188"/>
        <source>Change stay</source>
        <translation>Zmień pobyt</translation>
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
        <translation>Numer rezerwacji: {reference}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="166"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="168"/>
        <source>Check-in</source>
        <translation>Zameldowanie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="173"/>
        <source>Check-out</source>
        <translation>Wymeldowanie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="178"/>
        <source>Nights</source>
        <translation>Noce</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="181"/>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../planner/ui/agenda/timeline.py" line="270"/>
        <source>No room</source>
        <translation>Bez sali</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="343"/>
        <source>(not given)</source>
        <translation>(nie podano)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="351"/>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
</context>
<context>
    <name>TravellersModel</name>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="77"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="83"/>
        <source>Legs</source>
        <translation>Odcinki</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="89"/>
        <source>Stays</source>
        <translation>Pobyty</translation>
    </message>
</context>
<context>
    <name>TravellersPage</name>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="62"/>
        <source>Filter people</source>
        <translation>Filtruj osoby</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="99"/>
        <source>Travel</source>
        <translation>Podróż</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="100"/>
        <source>Hotel stays</source>
        <translation>Pobyty w hotelu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="130"/>
        <source>(no guest named)</source>
        <translation>(nie podano gościa)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="205"/>
        <source>Choose a person on the left</source>
        <translation>Wybierz osobę po lewej</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/travellers.py" line="210"/>
        <source>Travel · %n leg(s)</source>
        <translation>
            <numerusform>Podróż · %n odcinek</numerusform>
            <numerusform>Podróż · %n odcinki</numerusform>
            <numerusform>Podróż · %n odcinków</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="211"/>
        <source>Travel · none booked yet</source>
        <translation>Podróż · brak rezerwacji</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/travellers.py" line="212"/>
        <source>Hotel stays · %n stay(s)</source>
        <translation>
            <numerusform>Pobyty w hotelu · %n pobyt</numerusform>
            <numerusform>Pobyty w hotelu · %n pobyty</numerusform>
            <numerusform>Pobyty w hotelu · %n pobytów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="214"/>
        <source>Hotel stays · none booked yet</source>
        <translation>Pobyty w hotelu · brak rezerwacji</translation>
    </message>
</context>
    <context>
        <name>ColumnChoices</name>
        <message>
            <location filename="../../planner/ui/participants/import_models.py" line="58" />
            <source>Gender</source>
            <translation>Płeć</translation>
        </message>
    </context>
</TS>
