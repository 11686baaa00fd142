<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AppContext</name>
    <message>
        <source>Cannot save this</source>
        <translation>Nie można zapisać</translation>
    </message>
    <message>
        <source>Cannot {action}</source>
        <translation>Nie można wykonać: {action}</translation>
    </message>
    <message>
        <source>The database is open read-only</source>
        <translation>Baza danych jest otwarta tylko do odczytu</translation>
    </message>
    <message>
        <source>{path}: opened read-only; nothing was changed. To make changes, close it in the other Planner (or make the file writable), then open it again with File ▸ Open database.</source>
        <translation>{path}: otwarta tylko do odczytu; niczego nie zmieniono. Aby wprowadzić zmiany, należy zamknąć bazę w drugim Plannerze (lub zezwolić na zapis pliku), a następnie otworzyć ją ponownie poleceniem Plik ▸ Otwórz bazę danych.</translation>
    </message>
</context>
<context>
    <name>CountryLine</name>
    <message>
        <source>e.g. Greece, Ελλάδα or GR: a name in any European language, or the code</source>
        <translation>np. Grecja, Ελλάδα lub GR: nazwa w dowolnym języku europejskim albo kod</translation>
    </message>
</context>
<context>
    <name>EventNavigator</name>
    <message>
        <source>Search events…</source>
        <translation>Szukaj wydarzeń…</translation>
    </message>
    <message>
        <source>No event matches &apos;{}&apos;</source>
        <translation>Żadne wydarzenie nie pasuje do „{}”</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Otwarte zadania</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Nadchodzące</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Minione</translation>
    </message>
    <message>
        <source>By programme</source>
        <translation>Według programu</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>Bez programu</translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistyka</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokół</translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <source>No {field} matches &apos;{}&apos;</source>
        <translation>Nic w polu „{field}” nie pasuje do „{}”</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>&lt;h2&gt;Getting started with Planner&lt;/h2&gt; &lt;p&gt;Planner keeps your workshops, partner meetings, study visits and conferences in one database on this computer: each event with its days, venue and time zone, its programme, who takes part, their travel and hotels, and what was decided. Every change is saved at once, and &lt;b&gt;Edit ▸ Undo&lt;/b&gt; (Ctrl+Z) takes it back.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Pierwsze kroki z Plannerem&lt;/h2&gt; &lt;p&gt;Planner przechowuje warsztaty, spotkania partnerskie, wizyty studyjne i konferencje w jednej bazie danych na tym komputerze: każde wydarzenie z jego dniami, miejscem i strefą czasową, programem, uczestnikami, ich podróżami i hotelami oraz podjętymi ustaleniami. Każda zmiana jest od razu zapisywana, a &lt;b&gt;Edycja ▸ Cofnij&lt;/b&gt; (Ctrl+Z) ją wycofuje.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The events and their five tabs&lt;/h3&gt; &lt;p&gt;Choose an event on the left, or create one with &lt;b&gt;Event ▸ New event&lt;/b&gt; (Ctrl+N). It opens in five tabs (Alt+1 to Alt+5):&lt;/p&gt; &lt;ul&gt; &lt;li&gt;&lt;b&gt;Overview&lt;/b&gt;: the event&apos;s details, related events, and what needs attention: conflicts, people without travel or a hotel, invitations not answered, actions overdue. Click a line to go there.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Agenda&lt;/b&gt;: the programme day by day, as a list or a timeline. Drag a block to move it, or its bottom edge to change its length; from the keyboard, Alt+Up/Down and Alt+Shift+Up/Down.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Participants&lt;/b&gt;: who is invited and coming, with their role, status and needs. Add people from the Directory, or import a list with &lt;b&gt;File ▸ Participant lists&lt;/b&gt;.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Logistics&lt;/b&gt;: each person&apos;s travel and hotel, arrivals and departures, and costs.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Minutes&lt;/b&gt;: the summary, conclusions, decisions and actions, with owners and due days.&lt;/li&gt; &lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Wydarzenia i ich pięć kart&lt;/h3&gt; &lt;p&gt;Wydarzenie można wybrać po lewej stronie albo utworzyć poleceniem &lt;b&gt;Wydarzenie ▸ Nowe wydarzenie&lt;/b&gt; (Ctrl+N). Otwiera się ono w pięciu kartach (Alt+1 do Alt+5):&lt;/p&gt; &lt;ul&gt; &lt;li&gt;&lt;b&gt;Przegląd&lt;/b&gt;: dane wydarzenia, powiązane wydarzenia oraz to, co wymaga uwagi: konflikty, osoby bez podróży lub hotelu, zaproszenia bez odpowiedzi, zaległe zadania. Kliknięcie wiersza prowadzi do właściwego miejsca.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Program&lt;/b&gt;: program dzień po dniu, jako lista lub oś czasu. Przeciągnięcie bloku przesuwa go, a przeciągnięcie jego dolnej krawędzi zmienia czas trwania; z klawiatury: Alt+Góra/Dół i Alt+Shift+Góra/Dół.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Uczestnicy&lt;/b&gt;: kto jest zaproszony i kto przyjedzie, z rolą, statusem i potrzebami. Osoby można dodać z Katalogu lub zaimportować listę poleceniem &lt;b&gt;Plik ▸ Listy uczestników&lt;/b&gt;.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Logistyka&lt;/b&gt;: podróż i hotel każdej osoby, przyjazdy i wyjazdy oraz koszty.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Protokół&lt;/b&gt;: podsumowanie, wnioski, decyzje i zadania, z osobami odpowiedzialnymi i terminami.&lt;/li&gt; &lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Invitations and messages&lt;/h3&gt; &lt;p&gt;&lt;b&gt;Calendar ▸ Send invitations…&lt;/b&gt; e-mails each participant a calendar invitation and says first who gets a new one, an update, a cancellation or nothing. Their answers come back with &lt;b&gt;Calendar ▸ Fetch replies from mailbox…&lt;/b&gt; (or &lt;b&gt;Import replies to invitations…&lt;/b&gt;, for replies saved as files). &lt;b&gt;Calendar ▸ Send a message…&lt;/b&gt; sends a letter from a template (practical information, a reminder, a thank-you). The mail server is set once in &lt;b&gt;Edit ▸ Mail settings…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Zaproszenia i wiadomości&lt;/h3&gt; &lt;p&gt;&lt;b&gt;Kalendarz ▸ Wyślij zaproszenia…&lt;/b&gt; wysyła każdemu uczestnikowi zaproszenie kalendarzowe e-mailem i najpierw pokazuje, kto otrzyma nowe zaproszenie, aktualizację, odwołanie, a kto nic. Odpowiedzi wracają poleceniem &lt;b&gt;Kalendarz ▸ Pobierz odpowiedzi ze skrzynki…&lt;/b&gt; (lub &lt;b&gt;Importuj odpowiedzi na zaproszenia…&lt;/b&gt; w przypadku odpowiedzi zapisanych jako pliki). &lt;b&gt;Kalendarz ▸ Wyślij wiadomość…&lt;/b&gt; wysyła list na podstawie szablonu (informacje praktyczne, przypomnienie, podziękowanie). Serwer poczty ustawia się raz w &lt;b&gt;Edycja ▸ Ustawienia poczty…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Documents&lt;/h3&gt; &lt;p&gt;The &lt;b&gt;Documents&lt;/b&gt; menu previews, prints or saves as PDF the agenda, participant and signature lists, badges, itineraries and the conclusions report (Ctrl+P opens the agenda).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dokumenty&lt;/h3&gt; &lt;p&gt;Menu &lt;b&gt;Dokumenty&lt;/b&gt; wyświetla podgląd, drukuje lub zapisuje jako PDF program, listy uczestników i listy obecności, identyfikatory, plany podróży oraz raport z wnioskami (Ctrl+P otwiera program).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every keyboard shortcut is listed in &lt;b&gt;Help ▸ Keyboard shortcuts&lt;/b&gt;; this page stays in &lt;b&gt;Help ▸ Getting started&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wszystkie skróty klawiszowe są wymienione w &lt;b&gt;Pomoc ▸ Skróty klawiszowe&lt;/b&gt;; ta strona pozostaje dostępna w &lt;b&gt;Pomoc ▸ Pierwsze kroki&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Pierwsze kroki</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>More tools</source>
        <translation>Więcej narzędzi</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Więcej menu</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Następny miesiąc</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Przewiń w lewo</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Przewiń w prawo</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Coś poszło nie tak</translation>
    </message>
    <message>
        <source>{error}

Your data is safe: everything before this was saved, and the unfinished change was not. Details are in {log}.</source>
        <translation>{error}

Dane są bezpieczne: wszystko wcześniejsze zostało zapisane, a niedokończona zmiana nie. Szczegóły w pliku {log}.</translation>
    </message>
    <message>
        <source>Planner opens the default database instead.</source>
        <translation>Zamiast niej Planner otworzy domyślną bazę danych.</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>Nie utworzono kopii zapasowej</translation>
    </message>
    <message>
        <source>{problem}.

The database is open and every change is still saved. Try File ▸ Back up now later.</source>
        <translation>{problem}.

Baza danych jest otwarta, a każda zmiana nadal jest zapisywana. Można spróbować później poleceniem Plik ▸ Utwórz kopię zapasową teraz.</translation>
    </message>
    <message>
        <source>Show the {tab} tab</source>
        <translation>Pokaż kartę {tab}</translation>
    </message>
    <message>
        <source>Choose an event on the left, or create one with Event ▸ New event (Ctrl+N).</source>
        <translation>Wydarzenie można wybrać po lewej stronie albo utworzyć poleceniem Wydarzenie ▸ Nowe wydarzenie (Ctrl+N).</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Tylko do odczytu</translation>
    </message>
    <message>
        <source>Opened read-only: nothing can be changed. Close it where it is open, then open it again to change it.</source>
        <translation>Otwarta tylko do odczytu: nic nie można zmienić. Aby ją zmieniać, należy ją zamknąć tam, gdzie jest otwarta, i otworzyć ponownie.</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nowe wydarzenie…</translation>
    </message>
    <message>
        <source>Create an event</source>
        <translation>Utwórz wydarzenie</translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation>&amp;Usuń wydarzenie…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>&amp;Find event</source>
        <translation>&amp;Znajdź wydarzenie</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>People and organisations of all events</source>
        <translation>Osoby i organizacje wszystkich wydarzeń</translation>
    </message>
    <message>
        <source>Open &amp;actions</source>
        <translation>Otwarte &amp;zadania</translation>
    </message>
    <message>
        <source>Open actions of all events</source>
        <translation>Otwarte zadania wszystkich wydarzeń</translation>
    </message>
    <message>
        <source>&amp;{number} {tab}</source>
        <translation>&amp;{number} {tab}</translation>
    </message>
    <message>
        <source>Import participants…</source>
        <translation>Importuj uczestników…</translation>
    </message>
    <message>
        <source>Add participants from a CSV or Excel list, with a preview</source>
        <translation>Dodaj uczestników z listy CSV lub Excel, z podglądem</translation>
    </message>
    <message>
        <source>Export participants…</source>
        <translation>Eksportuj uczestników…</translation>
    </message>
    <message>
        <source>Save the participant list as an Excel or CSV file</source>
        <translation>Zapisz listę uczestników jako plik Excel lub CSV</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Cofnij: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Ponów: {step}</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <source>Planner will speak the language chosen from its next start.</source>
        <translation>Planner będzie używał wybranego języka od następnego uruchomienia.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Participant lists</source>
        <translation>&amp;Listy uczestników</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Mail settings…</source>
        <translation>Ustawienia p&amp;oczty…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>P&amp;referencje…</translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation>&amp;Wydarzenie</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Wid&amp;ok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Po&amp;moc</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, and where it works</source>
        <translation>Wszystkie skróty klawiszowe i miejsca, w których działają</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Pierwsze kroki</translation>
    </message>
    <message>
        <source>What Planner keeps, and where to find it</source>
        <translation>Co przechowuje Planner i gdzie to znaleźć</translation>
    </message>
    <message>
        <source>&amp;About Planner</source>
        <translation>&amp;O programie Planner</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Główny</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) · read-only {path}</source>
        <translation>
            <numerusform>%n wydarzenie · tylko do odczytu {path}</numerusform>
            <numerusform>%n wydarzenia · tylko do odczytu {path}</numerusform>
            <numerusform>%n wydarzeń · tylko do odczytu {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) · saved in {path}</source>
        <translation>
            <numerusform>%n wydarzenie · zapisane w {path}</numerusform>
            <numerusform>%n wydarzenia · zapisane w {path}</numerusform>
            <numerusform>%n wydarzeń · zapisanych w {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>e.g. Kraków: the time zone follows</source>
        <translation>np. Kraków: strefa czasowa dopasuje się sama</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nowe wydarzenie</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Usuń wydarzenie</translation>
    </message>
    <message>
        <source>Delete “{title}” with its agenda, participants, travel, stays, costs and minutes?

People and organisations stay in the Directory. You can undo this with Edit ▸ Undo.</source>
        <translation>Usunąć „{title}” wraz z programem, uczestnikami, podróżami, noclegami, kosztami i protokołem?

Osoby i organizacje pozostaną w Katalogu. Można to cofnąć poleceniem Edycja ▸ Cofnij.</translation>
    </message>
    <message>
        <source>Cannot delete the event</source>
        <translation>Nie można usunąć wydarzenia</translation>
    </message>
    <message>
        <source>{file} — Read-only — Planner</source>
        <translation>{file} — Tylko do odczytu — Planner</translation>
    </message>
    <message>
        <source>{file} — Planner</source>
        <translation>{file} — Planner</translation>
    </message>
    <message>
        <source>About Planner</source>
        <translation>O programie Planner</translation>
    </message>
    <message>
        <source>&lt;b&gt;Planner {version}&lt;/b&gt;&lt;p&gt;Plan workshops, partner meetings, study visits and conferences.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Planner {version}&lt;/b&gt;&lt;p&gt;Planowanie warsztatów, spotkań partnerskich, wizyt studyjnych i konferencji.&lt;/p&gt;&lt;p&gt;Baza danych: {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Organizacja przyjmująca</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program finansowania</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansowanie</translation>
    </message>
    <message>
        <source>Organiser e-mail</source>
        <translation>E-mail organizatora</translation>
    </message>
    <message>
        <source>About the event</source>
        <translation>O wydarzeniu</translation>
    </message>
    <message>
        <source>Objectives (one a line)</source>
        <translation>Cele (jeden w wierszu)</translation>
    </message>
    <message>
        <source>Click to see the conflicts, below</source>
        <translation>Kliknięcie pokazuje konflikty poniżej</translation>
    </message>
    <message>
        <source>Click to go to the first of them in the Logistics tab</source>
        <translation>Kliknięcie przenosi do pierwszego z nich na karcie Logistyka</translation>
    </message>
    <message>
        <source>Click to list them in the Participants tab</source>
        <translation>Kliknięcie wyświetla je na karcie Uczestnicy</translation>
    </message>
    <message>
        <source>Click to see the first in the Minutes tab</source>
        <translation>Kliknięcie pokazuje pierwsze z nich na karcie Protokół</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} i %n inna osoba</numerusform>
            <numerusform>{names} i %n inne osoby</numerusform>
            <numerusform>{names} i %n innych osób</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. the organiser&apos;s address</source>
        <translation>np. adres organizatora</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>Powiązane wydarzenia</translation>
    </message>
    <message>
        <source>Conflicts and problems</source>
        <translation>Konflikty i problemy</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Wymaga uwagi</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nic nie wymaga uwagi.</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open this event</source>
        <translation>Enter lub dwukrotne kliknięcie otwiera to wydarzenie</translation>
    </message>
    <message>
        <source>Click to go to the item</source>
        <translation>Kliknięcie przenosi do elementu</translation>
    </message>
    <message>
        <source>No conflicts found.</source>
        <translation>Nie znaleziono konfliktów.</translation>
    </message>
    <message>
        <source>Cannot save this</source>
        <translation>Nie można zapisać</translation>
    </message>
    <message>
        <source>{city} is in {zone}. &lt;a href=&quot;{link}&quot;&gt;Use this time zone&lt;/a&gt;</source>
        <translation>{city} leży w strefie {zone}. &lt;a href=&quot;{link}&quot;&gt;Użyj tej strefy czasowej&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Powiązanie</translation>
    </message>
    <message>
        <source>Event in Planner</source>
        <translation>Wydarzenie w Plannerze</translation>
    </message>
    <message>
        <source>…or its title</source>
        <translation>…lub jego tytuł</translation>
    </message>
    <message>
        <source>Only for an event not in Planner</source>
        <translation>Tylko dla wydarzenia spoza Plannera</translation>
    </message>
    <message>
        <source>Add a related event</source>
        <translation>Dodaj powiązane wydarzenie</translation>
    </message>
    <message>
        <source>the people whose invitation is not answered</source>
        <translation>osoby, które nie odpowiedziały na zaproszenie</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Język systemu ({language})</translation>
    </message>
    <message>
        <source>Planner speaks the language chosen from its next start.</source>
        <translation>Planner używa wybranego języka od następnego uruchomienia.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>W&amp;ytnij</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>S&amp;kopiuj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Pokaż szczegóły...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ukryj szczegóły...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Zachowaj wszystko</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ta&amp;k dla wszystkich</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Ni&amp;e dla wszystkich</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Przerwij</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Zignoruj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zresetuj</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>W&amp;ytnij</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>S&amp;kopiuj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Skopiuj &amp;adres odsyłacza</translation>
    </message>
</context>
<context>
    <name>SearchCombo</name>
    <message>
        <source>Nothing matches &apos;{}&apos;</source>
        <translation>Nic nie pasuje do „{}”</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Wszędzie</translation>
    </message>
    <message>
        <source> or </source>
        <translation> lub </translation>
    </message>
    <message>
        <source>{tab} tab</source>
        <translation>Karta {tab}</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Otwarte zadania</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <source>A tab&apos;s keys work while the tab is shown; the others, everywhere in the window.</source>
        <translation>Klawisze karty działają, gdy karta jest wyświetlona; pozostałe – w całym oknie.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Podgląd wydruku</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Fit the page&apos;s width</source>
        <translation>Dopasuj do szerokości strony</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>{task} is still running; try again when it has finished</source>
        <translation>{task}: operacja nadal trwa; można spróbować ponownie po jej zakończeniu</translation>
    </message>
    <message>
        <source>{task} stopped on an unexpected error ({error}); nothing was changed. Details are in {log}.</source>
        <translation>{task}: operację przerwał nieoczekiwany błąd ({error}); niczego nie zmieniono. Szczegóły w pliku {log}.</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
    <message>
        <source>Quit Planner</source>
        <translation>Zakończ Plannera</translation>
    </message>
    <message>
        <source>{task} is running. Stop it and quit?

Nothing of it will be saved or written.</source>
        <translation>{task}: operacja trwa. Zatrzymać ją i zakończyć?

Nic z niej nie zostanie zapisane.</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>No time zone or place matches &apos;{}&apos;</source>
        <translation>Żadna strefa czasowa ani miejsce nie pasuje do „{}”</translation>
    </message>
    <message>
        <source>Type a city, an airport or a country: Athens, ATH, Greece</source>
        <translation>Miasto, lotnisko lub kraj: Ateny, ATH, Grecja</translation>
    </message>
    <message>
        <source>Type a city, an airport or a country, in any of the usual European languages</source>
        <translation>Miasto, lotnisko lub kraj w dowolnym z popularnych języków europejskich</translation>
    </message>
    <message>
        <source>Planner does not know where “{place}” is: check the time zone.</source>
        <translation>Planner nie wie, gdzie leży „{place}”: należy sprawdzić strefę czasową.</translation>
    </message>
</context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../planner/ui/main_window.py" line="233" />
            <source>&amp;Statistics…</source>
            <translation>&amp;Statystyki…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" line="235" />
            <source>Participants by country, gender, organisation, new or returning</source>
            <translation>Uczestnicy według kraju, płci, organizacji, nowi lub powracający</translation>
        </message>
    </context>
</TS>
