<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pl">
<context>
    <name>ActionsModel</name>
    <message>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Osoba odpowiedzialna</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Overdue: due {day} and still open</source>
        <translation>Po terminie: termin {day}, nadal otwarte</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Filter by event, action or owner</source>
        <translation>Filtruj według wydarzenia, zadania lub osoby odpowiedzialnej</translation>
    </message>
    <message>
        <source>No action matches '{}'</source>
        <translation>Żadne zadanie nie pasuje do „{}”</translation>
    </message>
    <message>
        <source>Show done and dropped</source>
        <translation>Pokaż wykonane i porzucone</translation>
    </message>
    <message>
        <source>Open in its event</source>
        <translation>Otwórz w wydarzeniu</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Oznacz jako wykonane</translation>
    </message>
    <message>
        <source>Mark the selected action done</source>
        <translation>Oznacz wybrane zadanie jako wykonane</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>No open actions</source>
        <translation>Brak otwartych zadań</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n otwarte zadanie</numerusform>
            <numerusform>%n otwarte zadania</numerusform>
            <numerusform>%n otwartych zadań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n po terminie</numerusform>
            <numerusform>, %n po terminie</numerusform>
            <numerusform>, %n po terminie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Made</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Wydarzenia</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Ostatnie wydarzenie</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Planner backups (*.sqlite *.db);;All files (*)</source>
        <translation>Kopie zapasowe Planner (*.sqlite *.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatyczna</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>Na żądanie</translation>
    </message>
    <message>
        <source>Before restoring</source>
        <translation>Przed przywróceniem</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>Przed aktualizacją</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Przywróć…</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>Z &amp;pliku…</translation>
    </message>
    <message>
        <source>Restore a backup kept elsewhere (written with `planner backup -o` or copied)</source>
        <translation>Przywróć kopię zapasową przechowywaną gdzie indziej (zapisaną poleceniem `planner backup -o` lub skopiowaną)</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Otwórz &amp;folder</translation>
    </message>
    <message>
        <source>&lt;b&gt;{database}&lt;/b&gt; is open read-only, so it cannot be restored here. Close the other Planner that has it open (or make the file writable), open it again, then restore.</source>
        <translation>Baza &lt;b&gt;{database}&lt;/b&gt; jest otwarta tylko do odczytu, więc nie można jej tu przywrócić. Należy zamknąć drugi program Planner, w którym jest otwarta (lub zezwolić na zapis pliku), otworzyć ją ponownie, a potem przywrócić.</translation>
    </message>
    <message>
        <source>Backups of &lt;b&gt;{database}&lt;/b&gt; in {folder}, newest first.&lt;br&gt;Restoring one replaces what the database holds now; the current state is backed up first.</source>
        <translation>Kopie zapasowe bazy &lt;b&gt;{database}&lt;/b&gt; w folderze {folder}, od najnowszej.&lt;br&gt;Przywrócenie kopii zastępuje obecną zawartość bazy danych; bieżący stan zostaje najpierw zapisany w kopii zapasowej.</translation>
    </message>
    <message>
        <source>No backups of &lt;b&gt;{database}&lt;/b&gt; yet. Planner makes one each time it opens the database after a change, and File ▸ Back up now makes one at once.</source>
        <translation>Brak jeszcze kopii zapasowych bazy &lt;b&gt;{database}&lt;/b&gt;. Planner tworzy kopię przy każdym otwarciu bazy danych po zmianie, a Plik ▸ Utwórz kopię zapasową teraz tworzy ją od razu.</translation>
    </message>
    <message>
        <source>This backup cannot be read (damaged or incomplete)</source>
        <translation>Tej kopii zapasowej nie da się odczytać (uszkodzona lub niekompletna)</translation>
    </message>
    <message>
        <source>the backup of {made} ({events})</source>
        <translation>kopię zapasową z {made} ({events})</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Przywróć z pliku kopii zapasowej</translation>
    </message>
    <message>
        <source>Replace what {database} holds now with {backup}?

The current database will be backed up first, so this can be taken back by restoring that backup.</source>
        <translation>Zastąpić obecną zawartość bazy {database} przez {backup}?

Najpierw zostanie utworzona kopia zapasowa bieżącej bazy danych, więc tę operację można cofnąć, przywracając tamtą kopię.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Nie można przywrócić kopii zapasowej</translation>
    </message>
    <message>
        <source>Restored {backup}; the database as it was is in {file}</source>
        <translation>Przywrócono {backup}; baza danych w poprzednim stanie znajduje się w {file}</translation>
    </message>
    <message>
        <source>Restored {backup}</source>
        <translation>Przywrócono {backup}</translation>
    </message>
    <message>
        <source>Cannot open the backup folder</source>
        <translation>Nie można otworzyć folderu kopii zapasowych</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n wydarzenie</numerusform>
            <numerusform>%n wydarzenia</numerusform>
            <numerusform>%n wydarzeń</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarMenu</name>
    <message>
        <source>Calendars (*.ics);;All files (*)</source>
        <translation>Kalendarze (*.ics);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Cannot export the personal calendars</source>
        <translation>Nie można wyeksportować kalendarzy osobistych</translation>
    </message>
    <message>
        <source>Export &amp;personal calendars…</source>
        <translation>Eksportuj kalendarze &amp;osobiste…</translation>
    </message>
    <message>
        <source>A calendar for each participant selected in the Participants tab, with their travel and hotel</source>
        <translation>Kalendarz dla każdego uczestnika wybranego na karcie „Uczestnicy”, z jego podróżą i hotelem</translation>
    </message>
    <message>
        <source>Send &amp;invitations…</source>
        <translation>Wyślij &amp;zaproszenia…</translation>
    </message>
    <message>
        <source>Invite the participants by e-mail: who gets a new invitation, an update, a cancellation or nothing</source>
        <translation>Zaproś uczestników e-mailem: kto otrzyma nowe zaproszenie, aktualizację, odwołanie lub nic</translation>
    </message>
    <message>
        <source>Send a &amp;message…</source>
        <translation>Wyślij &amp;wiadomość…</translation>
    </message>
    <message>
        <source>A letter from a template (practical information, a reminder, a thank-you) to participants</source>
        <translation>List z szablonu (informacje praktyczne, przypomnienie, podziękowanie) do uczestników</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalendarz</translation>
    </message>
    <message>
        <source>Message &amp;templates…</source>
        <translation>Sza&amp;blony wiadomości…</translation>
    </message>
    <message>
        <source>Export &amp;personal calendar…</source>
        <translation>Eksportuj kalendarz &amp;osobisty…</translation>
    </message>
    <message>
        <source>Export personal calendar</source>
        <translation>Eksportuj kalendarz osobisty</translation>
    </message>
    <message>
        <source>Folder for the personal calendars</source>
        <translation>Folder na kalendarze osobiste</translation>
    </message>
    <message numerus="yes">
        <source>%n personal calendars written to {folder}</source>
        <translation>
            <numerusform>%n kalendarz osobisty zapisano w {folder}</numerusform>
            <numerusform>%n kalendarze osobiste zapisano w {folder}</numerusform>
            <numerusform>%n kalendarzy osobistych zapisano w {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>The personal calendar written to {folder}</source>
        <translation>Kalendarz osobisty zapisano w {folder}</translation>
    </message>
    <message>
        <source>{error}

Nothing was written.</source>
        <translation>{error}

Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>an export</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>eksport</translation>
    </message>
    <message>
        <source>Writing personal calendars…</source>
        <translation>Zapisywanie kalendarzy osobistych…</translation>
    </message>
</context>
<context>
    <name>CalendarPlanDialog</name>
    <message>
        <source>Update from calendar</source>
        <translation>Aktualizacja z kalendarza</translation>
    </message>
    <message>
        <source>{file} is a newer calendar of “{title}”. Importing it makes this change:</source>
        <translation>{file} to nowszy kalendarz wydarzenia „{title}”. Import wprowadzi tę zmianę:</translation>
    </message>
    <message numerus="yes">
        <source>{file} is a newer calendar of “{title}”. Importing it makes these %n changes:</source>
        <translation>
            <numerusform>{file} to nowszy kalendarz wydarzenia „{title}”. Import wprowadzi tę %n zmianę:</numerusform>
            <numerusform>{file} to nowszy kalendarz wydarzenia „{title}”. Import wprowadzi te %n zmiany:</numerusform>
            <numerusform>{file} to nowszy kalendarz wydarzenia „{title}”. Import wprowadzi tych %n zmian:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… i jeszcze %n</numerusform>
            <numerusform>… i jeszcze %n</numerusform>
            <numerusform>… i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>their own itinerary (PDF)</source>
        <translation>własny plan podróży (PDF)</translation>
    </message>
    <message>
        <source>their own calendar (.ics)</source>
        <translation>własny kalendarz (.ics)</translation>
    </message>
    <message>
        <source>the agenda (PDF)</source>
        <translation>program (PDF)</translation>
    </message>
    <message>
        <source>the conclusions report (PDF)</source>
        <translation>raport z wnioskami (PDF)</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Wyślij wiadomość</translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>Edytuj szablony…</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Szablon:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Temat:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Everyone coming (not those who declined or were cancelled)</source>
        <translation>Wszyscy, którzy przyjeżdżają (bez tych, którzy odmówili lub zostali wycofani)</translation>
    </message>
    <message numerus="yes">
        <source>The %n participant(s) selected in the Participants tab</source>
        <translation>
            <numerusform>%n osoba wybrana na karcie „Uczestnicy”</numerusform>
            <numerusform>%n osoby wybrane na karcie „Uczestnicy”</numerusform>
            <numerusform>%n osób wybranych na karcie „Uczestnicy”</numerusform>
        </translation>
    </message>
    <message>
        <source>The participants selected in the Participants tab (none is selected)</source>
        <translation>Osoby wybrane na karcie „Uczestnicy” (nikt nie jest wybrany)</translation>
    </message>
    <message>
        <source>Those with the status or role:</source>
        <translation>Osoby o statusie lub roli:</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Rola: {role}</translation>
    </message>
    <message>
        <source>Attach to each message</source>
        <translation>Dołącz do każdej wiadomości</translation>
    </message>
    <message>
        <source>Also send to those for whom a placeholder is empty (they are held back otherwise)</source>
        <translation>Wyślij także do osób, u których pole pozostaje puste (w przeciwnym razie są wstrzymywane)</translation>
    </message>
    <message>
        <source>Again to those who got this template before</source>
        <translation>Ponownie do osób, które już otrzymały ten szablon</translation>
    </message>
    <message>
        <source>Next: see each message…</source>
        <translation>Dalej: zobacz każdą wiadomość…</translation>
    </message>
    <message>
        <source>Each participant gets the template filled in with their own details. Anyone for whom a placeholder is empty (no hotel, no arrival…) is held back and named, so that nobody gets a letter with a blank.</source>
        <translation>Każdy uczestnik otrzymuje szablon wypełniony własnymi danymi. Osoby, u których pole pozostałoby puste (brak hotelu, brak przyjazdu…), są wstrzymywane i wymieniane, aby nikt nie dostał listu z luką.</translation>
    </message>
    <message>
        <source>Send “{template}”</source>
        <translation>Wyślij „{template}”</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Double-click an event to open it</source>
        <translation>Kliknij dwukrotnie wydarzenie, aby je otworzyć</translation>
    </message>
    <message>
        <source>Double-click a member to see them among the people</source>
        <translation>Kliknij dwukrotnie członka, aby zobaczyć go wśród osób</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacje</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nowa osoba…</translation>
    </message>
    <message>
        <source>Add a person to the Directory</source>
        <translation>Dodaj osobę do katalogu</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Nowa organizacja…</translation>
    </message>
    <message>
        <source>Add an organisation to the Directory</source>
        <translation>Dodaj organizację do katalogu</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Add to the list shown</source>
        <translation>Dodaj do wyświetlanej listy</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Edytuj wybrany wpis</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Usuń wybrany wpis</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Search people and organisations</source>
        <translation>Szukaj osób i organizacji</translation>
    </message>
    <message>
        <source>People ({count})</source>
        <translation>Osoby ({count})</translation>
    </message>
    <message>
        <source>Organisations ({count})</source>
        <translation>Organizacje ({count})</translation>
    </message>
    <message>
        <source>Select a person to see the events they took part in.</source>
        <translation>Wybierz osobę, aby zobaczyć wydarzenia, w których uczestniczyła.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n wydarzenie</numerusform>
            <numerusform>%n wydarzenia</numerusform>
            <numerusform>%n wydarzeń</numerusform>
        </translation>
    </message>
    <message>
        <source>no events yet</source>
        <translation>jeszcze bez wydarzeń</translation>
    </message>
    <message>
        <source>Select an organisation to see its members.</source>
        <translation>Wybierz organizację, aby zobaczyć jej członków.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n członek</numerusform>
            <numerusform>%n członków</numerusform>
            <numerusform>%n członków</numerusform>
        </translation>
    </message>
    <message>
        <source>no members</source>
        <translation>brak członków</translation>
    </message>
    <message>
        <source>No person matches '{}'</source>
        <translation>Żadna osoba nie pasuje do „{}”</translation>
    </message>
    <message>
        <source>No organisation matches '{}'</source>
        <translation>Żadna organizacja nie pasuje do „{}”</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Lista uczestników</translation>
    </message>
    <message>
        <source>Signature sheets</source>
        <translation>Listy obecności</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Plan podróży</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Identyfikatory</translation>
    </message>
    <message>
        <source>Conclusions report</source>
        <translation>Raport z wnioskami</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>participant list</source>
        <translation>Lista uczestników</translation>
    </message>
    <message>
        <source>signature sheets</source>
        <translation>Listy obecności</translation>
    </message>
    <message>
        <source>itinerary</source>
        <translation>Plan podróży</translation>
    </message>
    <message>
        <source>name badges</source>
        <translation>Identyfikatory</translation>
    </message>
    <message>
        <source>conclusions report</source>
        <translation>Raport z wnioskami</translation>
    </message>
    <message>
        <source>The programme day by day, for the room</source>
        <translation>Program dzień po dniu, do sali</translation>
    </message>
    <message>
        <source>Who takes part, for the host and the hotel</source>
        <translation>Kto uczestniczy, dla gospodarzy i hotelu</translation>
    </message>
    <message>
        <source>One sheet per day to sign, as funders ask for</source>
        <translation>Jedna lista dziennie do podpisu, zgodnie z wymogami grantodawców</translation>
    </message>
    <message>
        <source>Travel, hotels and visits day by day</source>
        <translation>Podróże, hotele i wizyty dzień po dniu</translation>
    </message>
    <message>
        <source>Badges to cut out, several per page</source>
        <translation>Identyfikatory do wycięcia, kilka na stronie</translation>
    </message>
    <message>
        <source>Summary, conclusions, decisions and actions</source>
        <translation>Podsumowanie, wnioski, decyzje i zadania</translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation>&amp;Program…</translation>
    </message>
    <message>
        <source>&amp;Participant list…</source>
        <translation>&amp;Lista uczestników…</translation>
    </message>
    <message>
        <source>&amp;Signature sheets…</source>
        <translation>Listy &amp;obecności…</translation>
    </message>
    <message>
        <source>&amp;Itinerary…</source>
        <translation>Plan po&amp;dróży…</translation>
    </message>
    <message>
        <source>&amp;Name badges…</source>
        <translation>&amp;Identyfikatory…</translation>
    </message>
    <message>
        <source>&amp;Conclusions report…</source>
        <translation>&amp;Raport z wnioskami…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statystyki</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>statystyki</translation>
    </message>
    <message>
        <source>Participants by country, gender, organisation, new or returning</source>
        <translation>Uczestnicy według kraju, płci, organizacji, nowi lub powracający</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>&amp;Statystyki…</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Dokumenty PDF (*.pdf);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Zapisz jako…</translation>
    </message>
    <message>
        <source>Send it to a printer</source>
        <translation>Wyślij do drukarki</translation>
    </message>
    <message>
        <source>Save it as a PDF file, to send or print later</source>
        <translation>Zapisz jako plik PDF, aby wysłać lub wydrukować później</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Przygotowywanie…</translation>
    </message>
    <message>
        <source>Preparing the {document}…</source>
        <translation>Przygotowywanie dokumentu „{document}”…</translation>
    </message>
    <message>
        <source>The document was made but cannot be shown.</source>
        <translation>Dokument został utworzony, ale nie można go wyświetlić.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · {paper}</source>
        <translation>
            <numerusform>%n strona · {paper}</numerusform>
            <numerusform>%n strony · {paper}</numerusform>
            <numerusform>%n stron · {paper}</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong while making the {document}; it has been written to the log.

{message}</source>
        <translation>Podczas tworzenia dokumentu „{document}” wystąpił błąd; zapisano go w dzienniku.

{message}</translation>
    </message>
    <message>
        <source>The {document} could not be made.

{message}</source>
        <translation>Nie udało się utworzyć dokumentu „{document}”.

{message}</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Strona {page} z {count}</translation>
    </message>
    <message>
        <source>Print the {document}</source>
        <translation>Drukuj dokument „{document}”</translation>
    </message>
    <message>
        <source>Printing the {document}…</source>
        <translation>Drukowanie dokumentu „{document}”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Nie można drukować</translation>
    </message>
    <message>
        <source>The {document} could not be printed: {error}.</source>
        <translation>Nie udało się wydrukować dokumentu „{document}”: {error}.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to {printer}</source>
        <translation>
            <numerusform>Wysłano %n stronę do {printer}</numerusform>
            <numerusform>Wysłano %n strony do {printer}</numerusform>
            <numerusform>Wysłano %n stron do {printer}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>Wydrukowano %n stronę</numerusform>
            <numerusform>Wydrukowano %n strony</numerusform>
            <numerusform>Wydrukowano %n stron</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>Cannot save the document</source>
        <translation>Nie można zapisać dokumentu</translation>
    </message>
    <message>
        <source>{file} could not be saved.

{error}</source>
        <translation>Nie udało się zapisać pliku {file}.

{error}</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Zapisano jako {file}</translation>
    </message>
    <message>
        <source>Planner document</source>
        <translation>Dokument Planner</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>nie udało się uruchomić drukarki</translation>
    </message>
    <message>
        <source>the printer refused the next page</source>
        <translation>drukarka odrzuciła następną stronę</translation>
    </message>
    <message>
        <source>page {page} could not be drawn</source>
        <translation>nie udało się narysować strony {page}</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumenty</translation>
    </message>
    <message>
        <source>Print preview of the agenda</source>
        <translation>Podgląd wydruku programu</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Preview, print or save the agenda, lists, sheets, badges and reports of this event</source>
        <translation>Podgląd, druk lub zapis programu, list, identyfikatorów i raportów tego wydarzenia</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bazy danych Planner (*.sqlite *.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Planner event files (*.planner.json *.json);;All files (*)</source>
        <translation>Pliki wydarzeń Planner (*.planner.json *.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Calendars (*.ics);;All files (*)</source>
        <translation>Kalendarze (*.ics);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nowa baza danych…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Otwórz bazę danych…</translation>
    </message>
    <message>
        <source>&amp;Import event file…</source>
        <translation>&amp;Importuj plik wydarzenia…</translation>
    </message>
    <message>
        <source>&amp;Export event file…</source>
        <translation>&amp;Eksportuj plik wydarzenia…</translation>
    </message>
    <message>
        <source>Import &amp;calendar (.ics)…</source>
        <translation>&amp;Importuj kalendarz (.ics)…</translation>
    </message>
    <message>
        <source>Export c&amp;alendar (.ics)…</source>
        <translation>Eksportuj ka&amp;lendarz (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Utwórz &amp;kopię zapasową teraz</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Przywróć z kopii &amp;zapasowej…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Otwórz o&amp;statnie</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nowa baza danych</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name, or open it with File ▸ Open database.</source>
        <translation>{file} już istnieje; proszę wybrać inną nazwę lub otworzyć plik poleceniem Plik ▸ Otwórz bazę danych.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <source>Cannot add the sample events</source>
        <translation>Nie można dodać przykładowych wydarzeń</translation>
    </message>
    <message>
        <source>{error}

Nothing was imported.</source>
        <translation>{error}

Nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <source>Import of {file} stopped; nothing was imported.</source>
        <translation>Import pliku {file} przerwano; nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importowanie pliku {file}…</translation>
    </message>
    <message>
        <source>an import</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>import</translation>
    </message>
    <message>
        <source>Export stopped; {file} was not written.</source>
        <translation>Eksport przerwano; plik {file} nie został zapisany.</translation>
    </message>
    <message>
        <source>an export</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>eksport</translation>
    </message>
    <message>
        <source>Import event file</source>
        <translation>Importuj plik wydarzenia</translation>
    </message>
    <message>
        <source>Imported “{title}” from {file}</source>
        <translation>Zaimportowano „{title}” z pliku {file}</translation>
    </message>
    <message>
        <source>Cannot import the event file</source>
        <translation>Nie można zaimportować pliku wydarzenia</translation>
    </message>
    <message>
        <source>Export event file</source>
        <translation>Eksportuj plik wydarzenia</translation>
    </message>
    <message>
        <source>Cannot export the event</source>
        <translation>Nie można wyeksportować wydarzenia</translation>
    </message>
    <message>
        <source>Exported “{title}” to {file}</source>
        <translation>Wyeksportowano „{title}” do pliku {file}</translation>
    </message>
    <message>
        <source>Exporting “{title}”…</source>
        <translation>Eksportowanie „{title}”…</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importuj kalendarz</translation>
    </message>
    <message>
        <source>Cannot import the calendar</source>
        <translation>Nie można zaimportować kalendarza</translation>
    </message>
    <message>
        <source>Updated “{title}” from {file}</source>
        <translation>Zaktualizowano „{title}” z pliku {file}</translation>
    </message>
    <message numerus="yes">
        <source>• … and %n more</source>
        <translation>
            <numerusform>• … i jeszcze %n</numerusform>
            <numerusform>• … i jeszcze %n</numerusform>
            <numerusform>• … i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar imported</source>
        <translation>Zaimportowano kalendarz</translation>
    </message>
    <message>
        <source>Imported “{title}” from {file}.

{notes}</source>
        <translation>Zaimportowano „{title}” z pliku {file}.

{notes}</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Eksportuj kalendarz</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>Nie można wyeksportować kalendarza</translation>
    </message>
    <message>
        <source>Exported the calendar of “{title}” to {file}</source>
        <translation>Wyeksportowano kalendarz wydarzenia „{title}” do pliku {file}</translation>
    </message>
    <message>
        <source>Exporting the calendar of “{title}”…</source>
        <translation>Eksportowanie kalendarza wydarzenia „{title}”…</translation>
    </message>
    <message>
        <source>Cannot back up the database</source>
        <translation>Nie można utworzyć kopii zapasowej bazy danych</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>Kopię zapasową zapisano w {file}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Wiadomości</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n wysłana</numerusform>
            <numerusform>%n wysłane</numerusform>
            <numerusform>%n wysłanych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailPassword</name>
    <message>
        <source>There is no usable keyring: {problem}.
Planner asks for the password once per session and keeps it in memory only.</source>
        <translation>Brak użytecznego pęku kluczy: {problem}.
Planner pyta o hasło raz na sesję i przechowuje je tylko w pamięci.</translation>
    </message>
    <message>
        <source>No password is kept for this account yet; it will be kept in the system keyring.</source>
        <translation>Dla tego konta nie zapisano jeszcze hasła; zostanie ono zapisane w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Hasło poczty</translation>
    </message>
    <message>
        <source>Password of {user} on {server}:</source>
        <translation>Hasło użytkownika {user} na serwerze {server}:</translation>
    </message>
</context>
<context>
    <name>MailServer</name>
    <message>
        <source>No mail server is set for this database: set one in Edit ▸ Mail settings…, or save the messages as files.</source>
        <translation>Dla tej bazy danych nie ustawiono serwera poczty: można go ustawić w Edycja ▸ Ustawienia poczty… albo zapisać wiadomości jako pliki.</translation>
    </message>
    <message>
        <source>{server}, {security} as {user}, from {sender} (change in Edit ▸ Mail settings…)</source>
        <translation>{server}, {security} jako {user}, nadawca {sender} (zmiana w Edycja ▸ Ustawienia poczty…)</translation>
    </message>
    <message>
        <source>{server}, {security}, from {sender} (change in Edit ▸ Mail settings…)</source>
        <translation>{server}, {security}, nadawca {sender} (zmiana w Edycja ▸ Ustawienia poczty…)</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (zwykle port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS od początku (zwykle port 465)</translation>
    </message>
    <message>
        <source>None: no encryption, no login (usually port 25)</source>
        <translation>Brak: bez szyfrowania, bez logowania (zwykle port 25)</translation>
    </message>
    <message>
        <source>Mail settings</source>
        <translation>Ustawienia poczty</translation>
    </message>
    <message>
        <source>The account invitations are sent from, for this database.</source>
        <translation>Konto, z którego wysyłane są zaproszenia tej bazy danych.</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>np. smtp.example.org</translation>
    </message>
    <message>
        <source>often the e-mail address; empty for a server without login</source>
        <translation>często adres e-mail; puste dla serwera bez logowania</translation>
    </message>
    <message>
        <source>e.g. ECRI study visit</source>
        <translation>np. Wizyta studyjna ECRI</translation>
    </message>
    <message>
        <source>e.g. events@example.org</source>
        <translation>np. wydarzenia@example.org</translation>
    </message>
    <message>
        <source>&amp;Mail server</source>
        <translation>&amp;Serwer poczty</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Zabezpieczenia</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nazwa &amp;użytkownika</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>Sender &amp;name</source>
        <translation>&amp;Nazwa nadawcy</translation>
    </message>
    <message>
        <source>Sender &amp;address</source>
        <translation>&amp;Adres nadawcy</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>Wyślij wiadomość &amp;testową</translation>
    </message>
    <message>
        <source>Send a short message to the sender's own address with these settings</source>
        <translation>Wyślij krótką wiadomość na własny adres nadawcy z tymi ustawieniami</translation>
    </message>
    <message>
        <source>No password: without a user name the server is used without logging in.</source>
        <translation>Bez hasła: bez nazwy użytkownika serwer jest używany bez logowania.</translation>
    </message>
    <message>
        <source>No usable keyring: {problem}. The password will be asked once per session.</source>
        <translation>Brak użytecznego pęku kluczy: {problem}. Hasło będzie wymagane raz na sesję.</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in the database.</source>
        <translation>Hasło jest przechowywane w systemowym pęku kluczy, nigdy w bazie danych.</translation>
    </message>
    <message>
        <source>(kept; type to change it)</source>
        <translation>(zapisane; wpisz, aby zmienić)</translation>
    </message>
    <message>
        <source>Saved the mail settings.</source>
        <translation>Zapisano ustawienia poczty.</translation>
    </message>
    <message>
        <source>No test message sent: no password was given.</source>
        <translation>Nie wysłano wiadomości testowej: nie podano hasła.</translation>
    </message>
    <message>
        <source>Sending a test message to {address} through {server}…</source>
        <translation>Wysyłanie wiadomości testowej na adres {address} przez {server}…</translation>
    </message>
    <message>
        <source>a test message</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>wiadomość testowa</translation>
    </message>
    <message>
        <source>✓ {sent}. Look for it in the inbox of {address}.</source>
        <translation>✓ {sent}. Proszę jej szukać w skrzynce odbiorczej {address}.</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <source>TLS (usually port 993)</source>
        <translation>TLS (zwykle port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (zwykle port 143)</translation>
    </message>
    <message>
        <source>None: only for a test server on this computer</source>
        <translation>Brak: tylko dla serwera testowego na tym komputerze</translation>
    </message>
    <message>
        <source>Fetch replies from mailbox</source>
        <translation>Pobierz odpowiedzi ze skrzynki pocztowej</translation>
    </message>
    <message>
        <source>The password is kept until Planner closes only, never written down: {problem}.</source>
        <translation>Hasło jest przechowywane tylko do zamknięcia programu Planner i nigdzie niezapisywane: {problem}.</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring ({keyring}), never in the database.</source>
        <translation>Hasło jest przechowywane w systemowym pęku kluczy ({keyring}), nigdy w bazie danych.</translation>
    </message>
    <message>
        <source>Planner reads the answers to your invitations from the mailbox they arrive in. Only messages with a calendar are downloaded, none is marked as read, and mail about other meetings is left alone.</source>
        <translation>Planner odczytuje odpowiedzi na zaproszenia ze skrzynki pocztowej, do której trafiają. Pobierane są tylko wiadomości z kalendarzem, żadna nie jest oznaczana jako przeczytana, a poczta dotycząca innych spotkań pozostaje nietknięta.</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>zwykle adres e-mail</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serwer:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Zabezpieczenia:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Fetch replies</source>
        <translation>Pobierz odpowiedzi</translation>
    </message>
    <message>
        <source>Fetching reads what arrived since the last fetch.</source>
        <translation>Pobieranie odczytuje to, co przyszło od ostatniego pobrania.</translation>
    </message>
    <message>
        <source>Type the password of the mailbox.</source>
        <translation>Proszę wpisać hasło skrzynki pocztowej.</translation>
    </message>
    <message>
        <source>Reading {folder} on {server}…</source>
        <translation>Odczytywanie folderu {folder} na {server}…</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>fetching replies</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>pobieranie odpowiedzi</translation>
    </message>
    <message>
        <source>Reading replies…</source>
        <translation>Odczytywanie odpowiedzi…</translation>
    </message>
    <message>
        <source>reading replies</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>odczytywanie odpowiedzi</translation>
    </message>
    <message>
        <source>In the mailbox: {summary}</source>
        <translation>W skrzynce pocztowej: {summary}</translation>
    </message>
    <message>
        <source>{message}: left aside, too large to be a reply.</source>
        <translation>{message}: pominięto, za duża jak na odpowiedź.</translation>
    </message>
    <message>
        <source>More messages are waiting: fetch again to read them.</source>
        <translation>Czekają kolejne wiadomości: proszę pobrać ponownie, aby je odczytać.</translation>
    </message>
    <message>
        <source>Replies fetched</source>
        <translation>Pobrano odpowiedzi</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Odpowiedź do</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>the calendar invitation ({method}), shown with Accept / Decline</source>
        <translation>zaproszenie kalendarzowe ({method}), wyświetlane z przyciskami Akceptuj / Odrzuć</translation>
    </message>
    <message>
        <source>Attached: {attachments}</source>
        <translation>Załączniki: {attachments}</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Open read-only</source>
        <translation>Otwórz tylko do odczytu</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Read-only: you can look at everything and make documents, but not change anything.</source>
        <translation>Tylko do odczytu: można wszystko przeglądać i tworzyć dokumenty, ale niczego nie można zmieniać.</translation>
    </message>
    <message>
        <source>Planner has not changed the file.</source>
        <translation>Planner nie zmienił pliku.</translation>
    </message>
    <message>
        <source>{folder}: cannot create the data folder ({reason})</source>
        <translation>{folder}: nie można utworzyć folderu danych ({reason})</translation>
    </message>
    <message>
        <source>{file}: the folder {folder} does not exist</source>
        <translation>{file}: folder {folder} nie istnieje</translation>
    </message>
    <message>
        <source>{file}: cannot be created: {reason}</source>
        <translation>{file}: nie można utworzyć: {reason}</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Otwarto tylko do odczytu</translation>
    </message>
    <message>
        <source>{file}: {reason}, so Planner opens it read-only.

{read_only}</source>
        <translation>{file}: {reason}, dlatego Planner otwiera ją tylko do odczytu.

{read_only}</translation>
    </message>
    <message>
        <source>Database open in another Planner</source>
        <translation>Baza danych otwarta w innym programie Planner</translation>
    </message>
    <message>
        <source>{file} is open {where}.

Open it read-only, or cancel?</source>
        <translation>{file} jest otwarta {where}.

Otworzyć tylko do odczytu czy anulować?</translation>
    </message>
    <message>
        <source>{read_only} What is changed in the other Planner shows here when you open the database again.

{file}</source>
        <translation>{read_only} Zmiany wprowadzone w drugim programie Planner będą tu widoczne po ponownym otwarciu bazy danych.

{file}</translation>
    </message>
    <message>
        <source>{error}.

Planner opens it read-only. {read_only}</source>
        <translation>{error}.

Planner otwiera ją tylko do odczytu. {read_only}</translation>
    </message>
    <message>
        <source>Is the drive, USB stick or network folder connected? Check the path, or choose another database with File ▸ Open database.</source>
        <translation>Czy dysk, pamięć USB lub folder sieciowy jest podłączony? Proszę sprawdzić ścieżkę lub wybrać inną bazę danych poleceniem Plik ▸ Otwórz bazę danych.</translation>
    </message>
    <message>
        <source>{untouched} Choose a Planner database with File ▸ Open database.</source>
        <translation>{untouched} Proszę wybrać bazę danych Planner poleceniem Plik ▸ Otwórz bazę danych.</translation>
    </message>
    <message>
        <source>{untouched} Restore a backup of it, or choose another database with File ▸ Open database.</source>
        <translation>{untouched} Proszę przywrócić jej kopię zapasową lub wybrać inną bazę danych poleceniem Plik ▸ Otwórz bazę danych.</translation>
    </message>
    <message>
        <source>Check that you may read this file, or choose another database with File ▸ Open database.</source>
        <translation>Proszę sprawdzić, czy ma się prawo odczytu tego pliku, lub wybrać inną bazę danych poleceniem Plik ▸ Otwórz bazę danych.</translation>
    </message>
    <message>
        <source>{untouched} Choose another database with File ▸ Open database.</source>
        <translation>{untouched} Proszę wybrać inną bazę danych poleceniem Plik ▸ Otwórz bazę danych.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <source>what it holds cannot be read</source>
        <translation>jej zawartości nie da się odczytać</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), the newest: {event}</source>
        <translation>
            <numerusform>%n wydarzenie, najnowsze: {event}</numerusform>
            <numerusform>%n wydarzenia, najnowsze: {event}</numerusform>
            <numerusform>%n wydarzeń, najnowsze: {event}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n wydarzenie</numerusform>
            <numerusform>%n wydarzenia</numerusform>
            <numerusform>%n wydarzeń</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup of {made} ({holds})</source>
        <translation>kopię zapasową z {made} ({holds})</translation>
    </message>
    <message>
        <source>{error}.

Restore {backup}?</source>
        <translation>{error}.

Przywrócić {backup}?</translation>
    </message>
    <message>
        <source>{untouched} Restoring keeps it: backed up, or set aside beside it as {file}.damaged-… when it cannot be read at all. Nothing is deleted.</source>
        <translation>{untouched} Przywrócenie go zachowuje: w kopii zapasowej lub, jeśli w ogóle nie da się go odczytać, odłożony obok jako {file}.damaged-…. Nic nie jest usuwane.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Nie można przywrócić kopii zapasowej</translation>
    </message>
    <message>
        <source>{file}: restored {backup}.</source>
        <translation>{file}: przywrócono {backup}.</translation>
    </message>
    <message>
        <source>The file as it was is kept in {file}.</source>
        <translation>Plik w poprzednim stanie jest przechowywany w {file}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Przywrócono kopię zapasową</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>For each reader</source>
        <translation>Według odbiorcy</translation>
    </message>
    <message>
        <source>Words, dates and numbers in this language; for each reader: a traveller's itinerary in theirs</source>
        <translation>Słowa, daty i liczby w tym języku; „Według odbiorcy”: plan podróży osoby podróżującej w jej języku</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Dietary and access needs</source>
        <translation>Dieta i dostępność</translation>
    </message>
    <message>
        <source>Arrival and departure</source>
        <translation>Przyjazd i wyjazd</translation>
    </message>
    <message>
        <source>Which document to make; the options below follow it</source>
        <translation>Który dokument utworzyć; poniższe opcje się do niego dostosowują</translation>
    </message>
    <message>
        <source>Headings by country or organisation, with the people of each under it</source>
        <translation>Nagłówki według kraju lub organizacji, pod każdym jego osoby</translation>
    </message>
    <message>
        <source>Everyone's itinerary, or one traveller's own</source>
        <translation>Plan podróży wszystkich lub jednej osoby podróżującej</translation>
    </message>
    <message>
        <source>Empty numbered rows at the end of each sheet, for people who come unannounced</source>
        <translation>Puste numerowane wiersze na końcu każdej listy, dla osób przybyłych bez zgłoszenia</translation>
    </message>
    <message>
        <source>as selected in the Participants tab</source>
        <translation>zgodnie z wyborem na karcie „Uczestnicy”</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>Also show</source>
        <translation>Pokaż także</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;Grupuj według</translation>
    </message>
    <message>
        <source>&amp;Traveller</source>
        <translation>&amp;Osoba podróżująca</translation>
    </message>
    <message>
        <source>&amp;Blank rows</source>
        <translation>&amp;Puste wiersze</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>Only the selected participants</source>
        <translation>Tylko wybrani uczestnicy</translation>
    </message>
    <message>
        <source>Select participants in the Participants tab first (Ctrl+click adds one)</source>
        <translation>Najpierw proszę wybrać uczestników na karcie „Uczestnicy” (Ctrl+kliknięcie dodaje kolejnego)</translation>
    </message>
    <message>
        <source>none selected in the Participants tab</source>
        <translation>nikt nie jest wybrany na karcie „Uczestnicy”</translation>
    </message>
    <message>
        <source>Only the selected participant</source>
        <translation>Tylko wybrany uczestnik</translation>
    </message>
    <message>
        <source>Make the document for the participant selected in the Participants tab</source>
        <translation>Utwórz dokument dla uczestnika wybranego na karcie „Uczestnicy”</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected participants</source>
        <translation>
            <numerusform>Tylko %n wybrana osoba</numerusform>
            <numerusform>Tylko %n wybrane osoby</numerusform>
            <numerusform>Tylko %n wybranych osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the document for the %n participants selected in the Participants tab</source>
        <translation>
            <numerusform>Utwórz dokument dla %n osoby wybranej na karcie „Uczestnicy”</numerusform>
            <numerusform>Utwórz dokument dla %n osób wybranych na karcie „Uczestnicy”</numerusform>
            <numerusform>Utwórz dokument dla %n osób wybranych na karcie „Uczestnicy”</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contact card (QR code)</source>
        <translation>Wizytówka (kod QR)</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nowa organizacja</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Gets</source>
        <translation>Otrzymuje</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>New invitation</source>
        <translation>Nowe zaproszenie</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualizacja</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Odwołanie</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nic</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>Message, incomplete</source>
        <translation>Wiadomość niekompletna</translation>
    </message>
    <message numerus="yes">
        <source>%n saved</source>
        <translation>
            <numerusform>%n zapisana</numerusform>
            <numerusform>%n zapisane</numerusform>
            <numerusform>%n zapisanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n wysłana</numerusform>
            <numerusform>%n wysłane</numerusform>
            <numerusform>%n wysłanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n nieudana</numerusform>
            <numerusform>%n nieudane</numerusform>
            <numerusform>%n nieudanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (stopped)</source>
        <translation>
            <numerusform>%n niewysłana (przerwano)</numerusform>
            <numerusform>%n niewysłane (przerwano)</numerusform>
            <numerusform>%n niewysłanych (przerwano)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n got nothing</source>
        <translation>
            <numerusform>%n osoba nic nie otrzymała</numerusform>
            <numerusform>%n osoby nic nie otrzymały</numerusform>
            <numerusform>%n osób nic nie otrzymało</numerusform>
        </translation>
    </message>
    <message>
        <source>Run again to deliver only what is missing.</source>
        <translation>Proszę uruchomić ponownie, aby doręczyć tylko brakujące.</translation>
    </message>
    <message>
        <source>FAILED: {recipient}: {reason}</source>
        <translation>BŁĄD: {recipient}: {reason}</translation>
    </message>
    <message>
        <source>Not saved, stopped: {recipient}</source>
        <translation>Nie zapisano, przerwano: {recipient}</translation>
    </message>
    <message>
        <source>Not sent, stopped: {recipient}</source>
        <translation>Nie wysłano, przerwano: {recipient}</translation>
    </message>
    <message>
        <source>Saved: {recipient}</source>
        <translation>Zapisano: {recipient}</translation>
    </message>
    <message>
        <source>Sent: {recipient}</source>
        <translation>Wysłano: {recipient}</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nic nie zostało wysłane.</translation>
    </message>
    <message numerus="yes">
        <source>%n new invitation(s)</source>
        <translation>
            <numerusform>%n nowe zaproszenie</numerusform>
            <numerusform>%n nowe zaproszenia</numerusform>
            <numerusform>%n nowych zaproszeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n aktualizacja</numerusform>
            <numerusform>%n aktualizacje</numerusform>
            <numerusform>%n aktualizacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancellation(s)</source>
        <translation>
            <numerusform>%n odwołanie</numerusform>
            <numerusform>%n odwołania</numerusform>
            <numerusform>%n odwołań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n wiadomość</numerusform>
            <numerusform>%n wiadomości</numerusform>
            <numerusform>%n wiadomości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incomplete message(s)</source>
        <translation>
            <numerusform>%n niekompletna wiadomość</numerusform>
            <numerusform>%n niekompletne wiadomości</numerusform>
            <numerusform>%n niekompletnych wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody to write to: the event has no participants.</source>
        <translation>Nie ma do kogo pisać: wydarzenie nie ma uczestników.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to send: none of the %n people listed is due a message.</source>
        <translation>
            <numerusform>Nie ma czego wysłać: jedynej osobie z listy nie należy się żadna wiadomość.</numerusform>
            <numerusform>Nie ma czego wysłać: żadnej z %n osób z listy nie należy się wiadomość.</numerusform>
            <numerusform>Nie ma czego wysłać: żadnej z %n osób z listy nie należy się wiadomość.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to deliver.</source>
        <translation>
            <numerusform>%n wiadomość do doręczenia.</numerusform>
            <numerusform>%n wiadomości do doręczenia.</numerusform>
            <numerusform>%n wiadomości do doręczenia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to deliver: {what}.</source>
        <translation>
            <numerusform>%n wiadomość do doręczenia: {what}.</numerusform>
            <numerusform>%n wiadomości do doręczenia: {what}.</numerusform>
            <numerusform>%n wiadomości do doręczenia: {what}.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 person gets nothing (see why below).</source>
        <translation>1 osoba nic nie otrzyma (powód poniżej).</translation>
    </message>
    <message numerus="yes">
        <source>%n people get nothing (see why below).</source>
        <translation>
            <numerusform>%n osoba nic nie otrzyma (powody poniżej).</numerusform>
            <numerusform>%n osoby nic nie otrzymają (powody poniżej).</numerusform>
            <numerusform>%n osób nic nie otrzyma (powody poniżej).</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the messages…</source>
        <translation>Przygotowywanie wiadomości…</translation>
    </message>
    <message>
        <source>Select a recipient to see their message.</source>
        <translation>Wybierz odbiorcę, aby zobaczyć jego wiadomość.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Doręczenie</translation>
    </message>
    <message>
        <source>Send through the mail server</source>
        <translation>Wyślij przez serwer poczty</translation>
    </message>
    <message>
        <source>Save as e-mail files (.eml) in a folder, to send from your own mail program</source>
        <translation>Zapisz jako pliki e-mail (.eml) w folderze, aby wysłać je z własnego programu pocztowego</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Wybierz folder…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>I will send these files myself: count them as sent, so next time only changes go out</source>
        <translation>Wyślę te pliki samodzielnie: licz je jako wysłane, aby następnym razem wychodziły tylko zmiany</translation>
    </message>
    <message>
        <source>Folder for the messages</source>
        <translation>Folder na wiadomości</translation>
    </message>
    <message>
        <source>Save files</source>
        <translation>Zapisz pliki</translation>
    </message>
    <message>
        <source>Cannot prepare the messages: {error}</source>
        <translation>Nie można przygotować wiadomości: {error}</translation>
    </message>
    <message>
        <source>preparing the messages</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>przygotowywanie wiadomości</translation>
    </message>
    <message>
        <source>{recipient} gets nothing: {reason}.</source>
        <translation>{recipient} nic nie otrzyma: {reason}.</translation>
    </message>
    <message>
        <source>Saving the messages…</source>
        <translation>Zapisywanie wiadomości…</translation>
    </message>
    <message>
        <source>Sending the messages…</source>
        <translation>Wysyłanie wiadomości…</translation>
    </message>
    <message>
        <source>sending the messages</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>wysyłanie wiadomości</translation>
    </message>
</context>
<context>
    <name>OutputCheck</name>
    <message>
        <source>a PDF</source>
        <translation>plik PDF</translation>
    </message>
    <message>
        <source>a Planner event file</source>
        <translation>plik wydarzenia Planner</translation>
    </message>
    <message>
        <source>a calendar (.ics)</source>
        <translation>kalendarz (.ics)</translation>
    </message>
    <message>
        <source>a CSV list</source>
        <translation>listę CSV</translation>
    </message>
    <message>
        <source>an Excel workbook (.xlsx)</source>
        <translation>skoroszyt Excel (.xlsx)</translation>
    </message>
    <message>
        <source>an e-mail message (.eml)</source>
        <translation>wiadomość e-mail (.eml)</translation>
    </message>
    <message>
        <source>a Planner backup</source>
        <translation>kopię zapasową Planner</translation>
    </message>
    <message>
        <source>{reason}.

Replace it with {kind}? What it holds now will be lost.</source>
        <translation>{reason}.

Zastąpić go, zapisując {kind}? Jego obecna zawartość zostanie utracona.</translation>
    </message>
    <message>
        <source>a Word document (.docx)</source>
        <translation>dokument Word (.docx)</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Wydarzenia</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Not known</source>
        <translation>Nieznany</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Tytuł/zwrot grzecznościowy</translation>
    </message>
    <message>
        <source>e.g. Dr., Ms., Prof.</source>
        <translation>np. dr, pani, prof.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Potrzeby żywieniowe</translation>
    </message>
    <message>
        <source>e.g. vegetarian, allergies</source>
        <translation>np. wegetariańska, alergie</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Potrzeby dostępności</translation>
    </message>
    <message>
        <source>e.g. wheelchair access</source>
        <translation>np. dostęp dla wózka inwalidzkiego</translation>
    </message>
    <message>
        <source>Pick one, or type a new organisation's name</source>
        <translation>Wybierz z listy lub wpisz nazwę nowej organizacji</translation>
    </message>
    <message>
        <source>Pick an organisation of the Directory, or type the name of a new one</source>
        <translation>Wybierz organizację z katalogu lub wpisz nazwę nowej</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nowa osoba</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Płeć</translation>
    </message>
</context>
<context>
    <name>PersonalCalendarsDialog</name>
    <message>
        <source>Personal calendars</source>
        <translation>Kalendarze osobiste</translation>
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
        <source>A calendar for {name}: the programme with their own items marked, their travel and hotel.</source>
        <translation>Kalendarz dla: {name} — program z wyróżnionymi własnymi punktami, podróż i hotel.</translation>
    </message>
    <message numerus="yes">
        <source>A calendar for each of the %n participants selected ({names}), one file each in a folder you choose: the programme with their own items marked, their travel and hotel.</source>
        <translation>
            <numerusform>Kalendarz dla %n wybranej osoby ({names}), w jednym pliku w wybranym folderze: program z wyróżnionymi własnymi punktami, podróż i hotel.</numerusform>
            <numerusform>Kalendarz dla każdej z %n wybranych osób ({names}), po jednym pliku w wybranym folderze: program z wyróżnionymi własnymi punktami, podróż i hotel.</numerusform>
            <numerusform>Kalendarz dla każdej z %n wybranych osób ({names}), po jednym pliku w wybranym folderze: program z wyróżnionymi własnymi punktami, podróż i hotel.</numerusform>
        </translation>
    </message>
    <message>
        <source>With the open actions they own</source>
        <translation>Z otwartymi zadaniami, za które odpowiadają</translation>
    </message>
    <message>
        <source>Choose where…</source>
        <translation>Wybierz miejsce…</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>This version of Planner does not include this document.</source>
        <translation>Ta wersja programu Planner nie zawiera tego dokumentu.</translation>
    </message>
    <message>
        <source>rendering the {document} of event {event}</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>tworzenie dokumentu „{document}” dla wydarzenia {event}</translation>
    </message>
</context>
<context>
    <name>ReplyActions</name>
    <message>
        <source>Replies (*.eml *.ics);;All files (*)</source>
        <translation>Odpowiedzi (*.eml *.ics);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Import &amp;replies to invitations…</source>
        <translation>Importuj o&amp;dpowiedzi na zaproszenia…</translation>
    </message>
    <message>
        <source>Read partners' answers (.eml or .ics) into their participant status</source>
        <translation>Wczytaj odpowiedzi partnerów (.eml lub .ics) do ich statusu uczestnictwa</translation>
    </message>
    <message>
        <source>&amp;Fetch replies from mailbox…</source>
        <translation>&amp;Pobierz odpowiedzi ze skrzynki pocztowej…</translation>
    </message>
    <message>
        <source>Read the answers to your invitations from the mailbox they arrive in (IMAP)</source>
        <translation>Odczytaj odpowiedzi na zaproszenia ze skrzynki pocztowej, do której trafiają (IMAP)</translation>
    </message>
    <message>
        <source>Import replies</source>
        <translation>Importuj odpowiedzi</translation>
    </message>
    <message>
        <source>Cannot fetch replies</source>
        <translation>Nie można pobrać odpowiedzi</translation>
    </message>
    <message>
        <source>Cannot import the replies</source>
        <translation>Nie można zaimportować odpowiedzi</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Reading replies…</source>
        <translation>Odczytywanie odpowiedzi…</translation>
    </message>
    <message>
        <source>reading replies</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>odczytywanie odpowiedzi</translation>
    </message>
    <message>
        <source>Replies read</source>
        <translation>Odczytano odpowiedzi</translation>
    </message>
</context>
<context>
    <name>SendInvitations</name>
    <message>
        <source>Each participant gets their own invitation, which calendar programs show with Accept and Decline; whoever was sent one before gets an update only if the event changed, and whoever no longer comes gets a cancellation. Their answers come back with Calendar ▸ Fetch replies from mailbox… or Calendar ▸ Import replies to invitations…</source>
        <translation>Każdy uczestnik otrzymuje własne zaproszenie, które programy kalendarzowe wyświetlają z przyciskami Akceptuj i Odrzuć; kto już je dostał, otrzyma aktualizację tylko wtedy, gdy wydarzenie się zmieniło, a kto już nie przyjeżdża, otrzyma odwołanie. Odpowiedzi wracają przez Kalendarz ▸ Pobierz odpowiedzi ze skrzynki pocztowej… lub Kalendarz ▸ Importuj odpowiedzi na zaproszenia…</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>Wyślij zaproszenia</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message templates</source>
        <translation>Szablony wiadomości</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nowy</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>A template of your own with the same text, to change</source>
        <translation>Własny szablon z tym samym tekstem, do zmiany</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Zapisz zmiany</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Temat:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Treść:</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Wstaw</translation>
    </message>
    <message>
        <source>Put the placeholder chosen where the cursor is in the subject or the body</source>
        <translation>Wstaw wybrane pole w miejscu kursora, w temacie lub w treści</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>Pola (kliknij dwukrotnie, aby wstawić):</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Podgląd dla:</translation>
    </message>
    <message>
        <source>{name} (shipped)</source>
        <translation>{name} (wbudowany)</translation>
    </message>
    <message>
        <source>Shipped with Planner: read-only; copy it to make one of your own</source>
        <translation>Dostarczony z programem Planner: tylko do odczytu; należy go skopiować, aby utworzyć własny</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>Osoba {number}</translation>
    </message>
    <message>
        <source>Shipped with Planner and read-only: Copy makes one of your own to change.</source>
        <translation>Dostarczony z programem Planner i tylko do odczytu: „Kopiuj” tworzy własny do zmiany.</translation>
    </message>
    <message>
        <source>Your own template.</source>
        <translation>Własny szablon.</translation>
    </message>
    <message>
        <source>Open an event with participants to see a preview.</source>
        <translation>Proszę otworzyć wydarzenie z uczestnikami, aby zobaczyć podgląd.</translation>
    </message>
    <message>
        <source>Cannot be filled in: {error}</source>
        <translation>Nie można wypełnić: {error}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Temat: {subject}</translation>
    </message>
    <message>
        <source>Missing, so not sent unless you say so: {problem}</source>
        <translation>Brak, więc nie zostanie wysłane bez wyraźnej zgody: {problem}</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nowy szablon</translation>
    </message>
    <message>
        <source>Dear {given_name},</source>
        <translation>Dzień dobry, {given_name},</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Usuń szablon</translation>
    </message>
    <message>
        <source>Delete the template '{name}'? Edit ▸ Undo brings it back.</source>
        <translation>Usunąć szablon „{name}”? Edycja ▸ Cofnij go przywróci.</translation>
    </message>
</context>
<context>
    <name>WordExport</name>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Dokumenty Word (*.docx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Save as &amp;Word document…</source>
        <translation>Zapisz jako dokument &amp;Word…</translation>
    </message>
    <message>
        <source>Save the report as a Word document, to edit it before sending it</source>
        <translation>Zapisz raport jako dokument Word, aby go zredagować przed wysłaniem</translation>
    </message>
    <message>
        <source>Save as Word document</source>
        <translation>Zapisz jako dokument Word</translation>
    </message>
    <message>
        <source>Cannot save the Word document</source>
        <translation>Nie można zapisać dokumentu Word</translation>
    </message>
    <message>
        <source>{file} could not be saved.

{error}</source>
        <translation>Nie udało się zapisać pliku {file}.

{error}</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Zapisano jako {file}</translation>
    </message>
</context>
<context>
    <name>ZoomBar</name>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Dopasuj do szerokości</translation>
    </message>
    <message>
        <source>The whole width of the page</source>
        <translation>Cała szerokość strony</translation>
    </message>
</context>
</TS>