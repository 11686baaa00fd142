<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
    <context>
        <name>ActionsModel</name>
        <message>
            <location filename="../../planner/ui/actions/model.py" line="36" />
            <source>Event</source>
            <translation>Wydarzenie</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/model.py" line="42" />
            <source>Action</source>
            <translation>Zadanie</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/model.py" line="46" />
            <source>Owner</source>
            <translation>Osoba odpowiedzialna</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/model.py" line="49" />
            <source>Due</source>
            <translation>Termin</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/model.py" line="54" />
            <source>State</source>
            <translation>Stan</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/model.py" line="55" />
            <source>Overdue</source>
            <translation>Po terminie</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/model.py" line="69" />
            <source>Overdue: due {day} and still open</source>
            <translation>Po terminie: termin {day}, nadal otwarte</translation>
        </message>
    </context>
    <context>
        <name>ActionsView</name>
        <message>
            <location filename="../../planner/ui/actions/view.py" line="45" />
            <source>Filter by event, action or owner</source>
            <translation>Filtruj według wydarzenia, zadania lub osoby odpowiedzialnej</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/view.py" line="48" />
            <source>No action matches '{}'</source>
            <translation>Żadne zadanie nie pasuje do „{}”</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/view.py" line="49" />
            <source>Show done and dropped</source>
            <translation>Pokaż wykonane i porzucone</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/view.py" line="56" />
            <source>Open in its event</source>
            <translation>Otwórz w wydarzeniu</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/view.py" line="63" />
            <source>Mark done</source>
            <translation>Oznacz jako wykonane</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/view.py" line="66" />
            <source>Mark the selected action done</source>
            <translation>Oznacz wybrane zadanie jako wykonane</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/view.py" line="70" />
            <source>Refresh</source>
            <translation>Odśwież</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/view.py" line="103" />
            <source>No open actions</source>
            <translation>Brak otwartych zadań</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/actions/view.py" line="105" />
            <location filename="../../planner/ui/actions/view.py" line="109" />
            <source>%n open action(s)</source>
            <translation>
                <numerusform>%n otwarte zadanie</numerusform>
                <numerusform>%n otwarte zadania</numerusform>
                <numerusform>%n otwartych zadań</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/actions/view.py" line="106" />
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
            <location filename="../../planner/ui/backups_dialog.py" line="41" />
            <source>Made</source>
            <translation>Utworzono</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="42" />
            <source>Why</source>
            <translation>Powód</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="43" />
            <source>Events</source>
            <translation>Wydarzenia</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="44" />
            <source>Last event</source>
            <translation>Ostatnie wydarzenie</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="45" />
            <source>Size</source>
            <translation>Rozmiar</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="47" />
            <source>Planner backups (*.sqlite *.db);;All files (*)</source>
            <translation>Kopie zapasowe Planner (*.sqlite *.db);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="50" />
            <source>Automatic</source>
            <translation>Automatyczna</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="51" />
            <source>On request</source>
            <translation>Na żądanie</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="52" />
            <source>Before restoring</source>
            <translation>Przed przywróceniem</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="53" />
            <source>Before upgrade</source>
            <translation>Przed aktualizacją</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="74" />
            <location filename="../../planner/ui/backups_dialog.py" line="201" />
            <source>Restore from backup</source>
            <translation>Przywróć z kopii zapasowej</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="94" />
            <source>&amp;Restore…</source>
            <translation>&amp;Przywróć…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="97" />
            <source>From &amp;file…</source>
            <translation>Z &amp;pliku…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="99" />
            <source>Restore a backup kept elsewhere (written with `planner backup -o` or copied)</source>
            <translation>Przywróć kopię zapasową przechowywaną gdzie indziej (zapisaną poleceniem `planner backup -o` lub skopiowaną)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="102" />
            <source>Open &amp;folder</source>
            <translation>Otwórz &amp;folder</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="121" />
            <source>&lt;b&gt;{database}&lt;/b&gt; is open read-only, so it cannot be restored here. Close the other Planner that has it open (or make the file writable), open it again, then restore.</source>
            <translation>Baza &lt;b&gt;{database}&lt;/b&gt; jest otwarta tylko do odczytu, więc nie można jej tu przywrócić. Należy zamknąć drugi program Planner, w którym jest otwarta (lub zezwolić na zapis pliku), otworzyć ją ponownie, a potem przywrócić.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="127" />
            <source>Backups of &lt;b&gt;{database}&lt;/b&gt; in {folder}, newest first.&lt;br&gt;Restoring one replaces what the database holds now; the current state is backed up first.</source>
            <translation>Kopie zapasowe bazy &lt;b&gt;{database}&lt;/b&gt; w folderze {folder}, od najnowszej.&lt;br&gt;Przywrócenie kopii zastępuje obecną zawartość bazy danych; bieżący stan zostaje najpierw zapisany w kopii zapasowej.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="133" />
            <source>No backups of &lt;b&gt;{database}&lt;/b&gt; yet. Planner makes one each time it opens the database after a change, and File ▸ Back up now makes one at once.</source>
            <translation>Brak jeszcze kopii zapasowych bazy &lt;b&gt;{database}&lt;/b&gt;. Planner tworzy kopię przy każdym otwarciu bazy danych po zmianie, a Plik ▸ Utwórz kopię zapasową teraz tworzy ją od razu.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="144" />
            <source>This backup cannot be read (damaged or incomplete)</source>
            <translation>Tej kopii zapasowej nie da się odczytać (uszkodzona lub niekompletna)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="180" />
            <source>the backup of {made} ({events})</source>
            <translation>kopię zapasową z {made} ({events})</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="188" />
            <source>Restore from a backup file</source>
            <translation>Przywróć z pliku kopii zapasowej</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="202" />
            <source>Replace what {database} holds now with {backup}?

The current database will be backed up first, so this can be taken back by restoring that backup.</source>
            <translation>Zastąpić obecną zawartość bazy {database} przez {backup}?

Najpierw zostanie utworzona kopia zapasowa bieżącej bazy danych, więc tę operację można cofnąć, przywracając tamtą kopię.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="221" />
            <source>Cannot restore the backup</source>
            <translation>Nie można przywrócić kopii zapasowej</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="229" />
            <source>Restored {backup}; the database as it was is in {file}</source>
            <translation>Przywrócono {backup}; baza danych w poprzednim stanie znajduje się w {file}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="233" />
            <source>Restored {backup}</source>
            <translation>Przywrócono {backup}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="242" />
            <source>Cannot open the backup folder</source>
            <translation>Nie można otworzyć folderu kopii zapasowych</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/backups_dialog.py" line="250" />
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
            <location filename="../../planner/ui/calendar_menu.py" line="41" />
            <source>Calendars (*.ics);;All files (*)</source>
            <translation>Kalendarze (*.ics);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="42" />
            <source>Cannot export the personal calendars</source>
            <translation>Nie można wyeksportować kalendarzy osobistych</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="97" />
            <location filename="../../planner/ui/calendar_menu.py" line="157" />
            <source>Export &amp;personal calendars…</source>
            <translation>Eksportuj kalendarze &amp;osobiste…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="100" />
            <source>A calendar for each participant selected in the Participants tab, with their travel and hotel</source>
            <translation>Kalendarz dla każdego uczestnika wybranego na karcie „Uczestnicy”, z jego podróżą i hotelem</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="106" />
            <source>Send &amp;invitations…</source>
            <translation>Wyślij &amp;zaproszenia…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="109" />
            <source>Invite the participants by e-mail: who gets a new invitation, an update, a cancellation or nothing</source>
            <translation>Zaproś uczestników e-mailem: kto otrzyma nowe zaproszenie, aktualizację, odwołanie lub nic</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="114" />
            <source>Send a &amp;message…</source>
            <translation>Wyślij &amp;wiadomość…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="116" />
            <source>A letter from a template (practical information, a reminder, a thank-you) to participants</source>
            <translation>List z szablonu (informacje praktyczne, przypomnienie, podziękowanie) do uczestników</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="121" />
            <source>&amp;Calendar</source>
            <translation>&amp;Kalendarz</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="134" />
            <source>Message &amp;templates…</source>
            <translation>Sza&amp;blony wiadomości…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="159" />
            <source>Export &amp;personal calendar…</source>
            <translation>Eksportuj kalendarz &amp;osobisty…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="204" />
            <source>Export personal calendar</source>
            <translation>Eksportuj kalendarz osobisty</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="215" />
            <source>Folder for the personal calendars</source>
            <translation>Folder na kalendarze osobiste</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/calendar_menu.py" line="243" />
            <source>%n personal calendars written to {folder}</source>
            <translation>
                <numerusform>%n kalendarz osobisty zapisano w {folder}</numerusform>
                <numerusform>%n kalendarze osobiste zapisano w {folder}</numerusform>
                <numerusform>%n kalendarzy osobistych zapisano w {folder}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="246" />
            <source>The personal calendar written to {folder}</source>
            <translation>Kalendarz osobisty zapisano w {folder}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="253" />
            <source>{error}

Nothing was written.</source>
            <translation>{error}

Nic nie zostało zapisane.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="258" />
            <source>an export</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>eksport</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="259" />
            <source>Writing personal calendars…</source>
            <translation>Zapisywanie kalendarzy osobistych…</translation>
        </message>
    </context>
    <context>
        <name>CalendarPlanDialog</name>
        <message>
            <location filename="../../planner/ui/calendar_plan.py" line="27" />
            <source>Update from calendar</source>
            <translation>Aktualizacja z kalendarza</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_plan.py" line="31" />
            <source>{file} is a newer calendar of “{title}”. Importing it makes this change:</source>
            <translation>{file} to nowszy kalendarz wydarzenia „{title}”. Import wprowadzi tę zmianę:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/calendar_plan.py" line="35" />
            <source>{file} is a newer calendar of “{title}”. Importing it makes these %n changes:</source>
            <translation>
                <numerusform>{file} to nowszy kalendarz wydarzenia „{title}”. Import wprowadzi tę %n zmianę:</numerusform>
                <numerusform>{file} to nowszy kalendarz wydarzenia „{title}”. Import wprowadzi te %n zmiany:</numerusform>
                <numerusform>{file} to nowszy kalendarz wydarzenia „{title}”. Import wprowadzi tych %n zmian:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/calendar_plan.py" line="45" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… i jeszcze %n</numerusform>
                <numerusform>… i jeszcze %n</numerusform>
                <numerusform>… i jeszcze %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_plan.py" line="48" />
            <source>Apply</source>
            <translation>Zastosuj</translation>
        </message>
    </context>
    <context>
        <name>ComposeDialog</name>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="45" />
            <source>their own itinerary (PDF)</source>
            <translation>własny plan podróży (PDF)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="46" />
            <source>their own calendar (.ics)</source>
            <translation>własny kalendarz (.ics)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="47" />
            <source>the agenda (PDF)</source>
            <translation>program (PDF)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="48" />
            <source>the conclusions report (PDF)</source>
            <translation>raport z wnioskami (PDF)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="62" />
            <location filename="../../planner/ui/outbox/messages.py" line="183" />
            <source>Send a message</source>
            <translation>Wyślij wiadomość</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="68" />
            <source>Edit templates…</source>
            <translation>Edytuj szablony…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="70" />
            <source>Template:</source>
            <translation>Szablon:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="73" />
            <source>Subject:</source>
            <translation>Temat:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="76" />
            <source>To</source>
            <translation>Do</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="79" />
            <source>Everyone coming (not those who declined or were cancelled)</source>
            <translation>Wszyscy, którzy przyjeżdżają (bez tych, którzy odmówili lub zostali wycofani)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/messages.py" line="83" />
            <source>The %n participant(s) selected in the Participants tab</source>
            <translation>
                <numerusform>%n osoba wybrana na karcie „Uczestnicy”</numerusform>
                <numerusform>%n osoby wybrane na karcie „Uczestnicy”</numerusform>
                <numerusform>%n osób wybranych na karcie „Uczestnicy”</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="87" />
            <source>The participants selected in the Participants tab (none is selected)</source>
            <translation>Osoby wybrane na karcie „Uczestnicy” (nikt nie jest wybrany)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="92" />
            <source>Those with the status or role:</source>
            <translation>Osoby o statusie lub roli:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="96" />
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="99" />
            <source>Role: {role}</source>
            <translation>Rola: {role}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="113" />
            <source>Attach to each message</source>
            <translation>Dołącz do każdej wiadomości</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="122" />
            <source>Also send to those for whom a placeholder is empty (they are held back otherwise)</source>
            <translation>Wyślij także do osób, u których pole pozostaje puste (w przeciwnym razie są wstrzymywane)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="127" />
            <source>Again to those who got this template before</source>
            <translation>Ponownie do osób, które już otrzymały ten szablon</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="131" />
            <source>Next: see each message…</source>
            <translation>Dalej: zobacz każdą wiadomość…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="172" />
            <source>Each participant gets the template filled in with their own details. Anyone for whom a placeholder is empty (no hotel, no arrival…) is held back and named, so that nobody gets a letter with a blank.</source>
            <translation>Każdy uczestnik otrzymuje szablon wypełniony własnymi danymi. Osoby, u których pole pozostałoby puste (brak hotelu, brak przyjazdu…), są wstrzymywane i wymieniane, aby nikt nie dostał listu z luką.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="198" />
            <source>Send “{template}”</source>
            <translation>Wyślij „{template}”</translation>
        </message>
    </context>
    <context>
        <name>DirectoryView</name>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="105" />
            <source>Double-click an event to open it</source>
            <translation>Kliknij dwukrotnie wydarzenie, aby je otworzyć</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="123" />
            <source>Double-click a member to see them among the people</source>
            <translation>Kliknij dwukrotnie członka, aby zobaczyć go wśród osób</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="130" />
            <source>People</source>
            <translation>Osoby</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="134" />
            <source>Organisations</source>
            <translation>Organizacje</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="173" />
            <source>New person…</source>
            <translation>Nowa osoba…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="175" />
            <source>Add a person to the Directory</source>
            <translation>Dodaj osobę do katalogu</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="178" />
            <source>New organisation…</source>
            <translation>Nowa organizacja…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="180" />
            <source>Add an organisation to the Directory</source>
            <translation>Dodaj organizację do katalogu</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="184" />
            <source>Add</source>
            <translation>Dodaj</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="187" />
            <source>Add to the list shown</source>
            <translation>Dodaj do wyświetlanej listy</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="190" />
            <source>Edit…</source>
            <translation>Edytuj…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="193" />
            <source>Edit the selected entry</source>
            <translation>Edytuj wybrany wpis</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="196" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="199" />
            <source>Delete the selected entry</source>
            <translation>Usuń wybrany wpis</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="203" />
            <source>Directory</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="214" />
            <source>Search people and organisations</source>
            <translation>Szukaj osób i organizacji</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="240" />
            <source>People ({count})</source>
            <translation>Osoby ({count})</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="242" />
            <source>Organisations ({count})</source>
            <translation>Organizacje ({count})</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="295" />
            <source>Select a person to see the events they took part in.</source>
            <translation>Wybierz osobę, aby zobaczyć wydarzenia, w których uczestniczyła.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/directory/view.py" line="303" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n wydarzenie</numerusform>
                <numerusform>%n wydarzenia</numerusform>
                <numerusform>%n wydarzeń</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="305" />
            <source>no events yet</source>
            <translation>jeszcze bez wydarzeń</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="314" />
            <source>Select an organisation to see its members.</source>
            <translation>Wybierz organizację, aby zobaczyć jej członków.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/directory/view.py" line="321" />
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n członek</numerusform>
                <numerusform>%n członków</numerusform>
                <numerusform>%n członków</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="323" />
            <source>no members</source>
            <translation>brak członków</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="343" />
            <source>No person matches '{}'</source>
            <translation>Żadna osoba nie pasuje do „{}”</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="345" />
            <source>No organisation matches '{}'</source>
            <translation>Żadna organizacja nie pasuje do „{}”</translation>
        </message>
    </context>
    <context>
        <name>DocumentKinds</name>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="22" />
            <source>Statistics</source>
            <translation>Statystyki</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="22" />
            <source>statistics</source>
            <translation>statystyki</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="41" />
            <source>Participants by country, gender, organisation, new or returning</source>
            <translation>Uczestnicy według kraju, płci, organizacji, nowi lub powracający</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="51" />
            <source>S&amp;tatistics…</source>
            <translation>&amp;Statystyki…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="16" />
            <source>Agenda</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="17" />
            <source>Participant list</source>
            <translation>Lista uczestników</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="18" />
            <source>Signature sheets</source>
            <translation>Listy obecności</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="19" />
            <source>Itinerary</source>
            <translation>Plan podróży</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="20" />
            <source>Name badges</source>
            <translation>Identyfikatory</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="21" />
            <source>Conclusions report</source>
            <translation>Raport z wnioskami</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="25" />
            <source>agenda</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="26" />
            <source>participant list</source>
            <translation>Lista uczestników</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="27" />
            <source>signature sheets</source>
            <translation>Listy obecności</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="28" />
            <source>itinerary</source>
            <translation>Plan podróży</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="29" />
            <source>name badges</source>
            <translation>Identyfikatory</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="30" />
            <source>conclusions report</source>
            <translation>Raport z wnioskami</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="33" />
            <source>The programme day by day, for the room</source>
            <translation>Program dzień po dniu, do sali</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="34" />
            <source>Who takes part, for the host and the hotel</source>
            <translation>Kto uczestniczy, dla gospodarzy i hotelu</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="35" />
            <source>One sheet per day to sign, as funders ask for</source>
            <translation>Jedna lista dziennie do podpisu, zgodnie z wymogami grantodawców</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="36" />
            <source>Travel, hotels and visits day by day</source>
            <translation>Podróże, hotele i wizyty dzień po dniu</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="37" />
            <source>Badges to cut out, several per page</source>
            <translation>Identyfikatory do wycięcia, kilka na stronie</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="38" />
            <source>Summary, conclusions, decisions and actions</source>
            <translation>Podsumowanie, wnioski, decyzje i zadania</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="42" />
            <source>&amp;Agenda…</source>
            <translation>&amp;Program…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="43" />
            <source>&amp;Participant list…</source>
            <translation>&amp;Lista uczestników…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="44" />
            <source>&amp;Signature sheets…</source>
            <translation>Listy &amp;obecności…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="45" />
            <source>&amp;Itinerary…</source>
            <translation>Plan po&amp;dróży…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="46" />
            <source>&amp;Name badges…</source>
            <translation>&amp;Identyfikatory…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="47" />
            <source>&amp;Conclusions report…</source>
            <translation>&amp;Raport z wnioskami…</translation>
        </message>
    </context>
    <context>
        <name>DocumentPreview</name>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="58" />
            <source>PDF documents (*.pdf);;All files (*)</source>
            <translation>Dokumenty PDF (*.pdf);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="136" />
            <source>&amp;Print…</source>
            <translation>&amp;Drukuj…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="139" />
            <source>&amp;Save as…</source>
            <translation>&amp;Zapisz jako…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="148" />
            <source>Send it to a printer</source>
            <translation>Wyślij do drukarki</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="154" />
            <source>Save it as a PDF file, to send or print later</source>
            <translation>Zapisz jako plik PDF, aby wysłać lub wydrukować później</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="243" />
            <source>Preparing…</source>
            <translation>Przygotowywanie…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="252" />
            <source>Preparing the {document}…</source>
            <translation>Przygotowywanie dokumentu „{document}”…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="280" />
            <source>The document was made but cannot be shown.</source>
            <translation>Dokument został utworzony, ale nie można go wyświetlić.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/documents/preview.py" line="287" />
            <source>%n page(s) · {paper}</source>
            <translation>
                <numerusform>%n strona · {paper}</numerusform>
                <numerusform>%n strony · {paper}</numerusform>
                <numerusform>%n stron · {paper}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="300" />
            <source>Something went wrong while making the {document}; it has been written to the log.

{message}</source>
            <translation>Podczas tworzenia dokumentu „{document}” wystąpił błąd; zapisano go w dzienniku.

{message}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="305" />
            <source>The {document} could not be made.

{message}</source>
            <translation>Nie udało się utworzyć dokumentu „{document}”.

{message}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="314" />
            <source>Page {page} of {count}</source>
            <translation>Strona {page} z {count}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="331" />
            <source>Print the {document}</source>
            <translation>Drukuj dokument „{document}”</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="340" />
            <source>Printing the {document}…</source>
            <translation>Drukowanie dokumentu „{document}”…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="341" />
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="358" />
            <source>Cannot print</source>
            <translation>Nie można drukować</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="359" />
            <source>The {document} could not be printed: {error}.</source>
            <translation>Nie udało się wydrukować dokumentu „{document}”: {error}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/documents/preview.py" line="368" />
            <source>Sent %n page(s) to {printer}</source>
            <translation>
                <numerusform>Wysłano %n stronę do {printer}</numerusform>
                <numerusform>Wysłano %n strony do {printer}</numerusform>
                <numerusform>Wysłano %n stron do {printer}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/documents/preview.py" line="372" />
            <source>Printed %n page(s)</source>
            <translation>
                <numerusform>Wydrukowano %n stronę</numerusform>
                <numerusform>Wydrukowano %n strony</numerusform>
                <numerusform>Wydrukowano %n stron</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="391" />
            <source>Save as PDF</source>
            <translation>Zapisz jako PDF</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="400" />
            <source>Cannot save the document</source>
            <translation>Nie można zapisać dokumentu</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="409" />
            <source>{file} could not be saved.

{error}</source>
            <translation>Nie udało się zapisać pliku {file}.

{error}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="415" />
            <source>Saved as {file}</source>
            <translation>Zapisano jako {file}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/printing.py" line="39" />
            <source>Planner document</source>
            <translation>Dokument Planner</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/printing.py" line="77" />
            <source>the printer could not be started</source>
            <translation>nie udało się uruchomić drukarki</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/printing.py" line="87" />
            <source>the printer refused the next page</source>
            <translation>drukarka odrzuciła następną stronę</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/printing.py" line="95" />
            <source>page {page} could not be drawn</source>
            <translation>nie udało się narysować strony {page}</translation>
        </message>
    </context>
    <context>
        <name>DocumentsMenu</name>
        <message>
            <location filename="../../planner/ui/documents/menu.py" line="31" />
            <source>&amp;Documents</source>
            <translation>&amp;Dokumenty</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/menu.py" line="46" />
            <source>Print preview of the agenda</source>
            <translation>Podgląd wydruku programu</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/menu.py" line="49" />
            <source>Documents</source>
            <translation>Dokumenty</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/menu.py" line="54" />
            <source>Preview, print or save the agenda, lists, sheets, badges and reports of this event</source>
            <translation>Podgląd, druk lub zapis programu, list, identyfikatorów i raportów tego wydarzenia</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="33" />
            <source>Planner databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bazy danych Planner (*.sqlite *.db);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="34" />
            <source>Planner event files (*.planner.json *.json);;All files (*)</source>
            <translation>Pliki wydarzeń Planner (*.planner.json *.json);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="35" />
            <source>Calendars (*.ics);;All files (*)</source>
            <translation>Kalendarze (*.ics);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="46" />
            <source>&amp;New database…</source>
            <translation>&amp;Nowa baza danych…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="50" />
            <source>&amp;Open database…</source>
            <translation>&amp;Otwórz bazę danych…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="56" />
            <source>&amp;Import event file…</source>
            <translation>&amp;Importuj plik wydarzenia…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="62" />
            <source>&amp;Export event file…</source>
            <translation>&amp;Eksportuj plik wydarzenia…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="67" />
            <source>Import &amp;calendar (.ics)…</source>
            <translation>&amp;Importuj kalendarz (.ics)…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="70" />
            <source>Export c&amp;alendar (.ics)…</source>
            <translation>Eksportuj ka&amp;lendarz (.ics)…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="72" />
            <source>&amp;Back up now</source>
            <translation>Utwórz &amp;kopię zapasową teraz</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="74" />
            <source>Restore from bac&amp;kup…</source>
            <translation>Przywróć z kopii &amp;zapasowej…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="76" />
            <source>Import</source>
            <translation>Importuj</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="77" />
            <source>Export</source>
            <translation>Eksportuj</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="78" />
            <source>Open &amp;recent</source>
            <translation>Otwórz o&amp;statnie</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="84" />
            <location filename="../../planner/ui/file_actions.py" line="95" />
            <source>New database</source>
            <translation>Nowa baza danych</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="96" />
            <source>{file} already exists; choose another name, or open it with File ▸ Open database.</source>
            <translation>{file} już istnieje; proszę wybrać inną nazwę lub otworzyć plik poleceniem Plik ▸ Otwórz bazę danych.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="106" />
            <source>Open database</source>
            <translation>Otwórz bazę danych</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="127" />
            <source>Cannot add the sample events</source>
            <translation>Nie można dodać przykładowych wydarzeń</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="153" />
            <location filename="../../planner/ui/file_actions.py" line="298" />
            <source>{error}

Nothing was imported.</source>
            <translation>{error}

Nic nie zostało zaimportowane.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="158" />
            <source>Import of {file} stopped; nothing was imported.</source>
            <translation>Import pliku {file} przerwano; nic nie zostało zaimportowane.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="164" />
            <source>Importing {file}…</source>
            <translation>Importowanie pliku {file}…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="165" />
            <source>an import</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>import</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="179" />
            <source>Export stopped; {file} was not written.</source>
            <translation>Eksport przerwano; plik {file} nie został zapisany.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="184" />
            <source>an export</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>eksport</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="207" />
            <source>Import event file</source>
            <translation>Importuj plik wydarzenia</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="221" />
            <location filename="../../planner/ui/file_actions.py" line="317" />
            <source>Imported “{title}” from {file}</source>
            <translation>Zaimportowano „{title}” z pliku {file}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="226" />
            <source>Cannot import the event file</source>
            <translation>Nie można zaimportować pliku wydarzenia</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="239" />
            <source>Export event file</source>
            <translation>Eksportuj plik wydarzenia</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="248" />
            <source>Cannot export the event</source>
            <translation>Nie można wyeksportować wydarzenia</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="264" />
            <source>Exported “{title}” to {file}</source>
            <translation>Wyeksportowano „{title}” do pliku {file}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="267" />
            <source>Exporting “{title}”…</source>
            <translation>Eksportowanie „{title}”…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="277" />
            <location filename="../../planner/ui/file_actions.py" line="303" />
            <source>Import calendar</source>
            <translation>Importuj kalendarz</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="297" />
            <location filename="../../planner/ui/file_actions.py" line="333" />
            <source>Cannot import the calendar</source>
            <translation>Nie można zaimportować kalendarza</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="315" />
            <source>Updated “{title}” from {file}</source>
            <translation>Zaktualizowano „{title}” z pliku {file}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/file_actions.py" line="323" />
            <source>• … and %n more</source>
            <translation>
                <numerusform>• … i jeszcze %n</numerusform>
                <numerusform>• … i jeszcze %n</numerusform>
                <numerusform>• … i jeszcze %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="327" />
            <source>Calendar imported</source>
            <translation>Zaimportowano kalendarz</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="328" />
            <source>Imported “{title}” from {file}.

{notes}</source>
            <translation>Zaimportowano „{title}” z pliku {file}.

{notes}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="349" />
            <source>Export calendar</source>
            <translation>Eksportuj kalendarz</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="359" />
            <source>Cannot export the calendar</source>
            <translation>Nie można wyeksportować kalendarza</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="373" />
            <source>Exported the calendar of “{title}” to {file}</source>
            <translation>Wyeksportowano kalendarz wydarzenia „{title}” do pliku {file}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="377" />
            <source>Exporting the calendar of “{title}”…</source>
            <translation>Eksportowanie kalendarza wydarzenia „{title}”…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="387" />
            <source>Cannot back up the database</source>
            <translation>Nie można utworzyć kopii zapasowej bazy danych</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="389" />
            <source>Backed up to {file}</source>
            <translation>Kopię zapasową zapisano w {file}</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="179" />
            <source>Event</source>
            <translation>Wydarzenie</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="181" />
            <source>Dates</source>
            <translation>Daty</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="185" />
            <source>Role</source>
            <translation>Rola</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="186" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="188" />
            <source>Messages</source>
            <translation>Wiadomości</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/directory/models.py" line="202" />
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
            <location filename="../../planner/ui/mail_password_prompt.py" line="18" />
            <source>There is no usable keyring: {problem}.
Planner asks for the password once per session and keeps it in memory only.</source>
            <translation>Brak użytecznego pęku kluczy: {problem}.
Planner pyta o hasło raz na sesję i przechowuje je tylko w pamięci.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_password_prompt.py" line="23" />
            <source>No password is kept for this account yet; it will be kept in the system keyring.</source>
            <translation>Dla tego konta nie zapisano jeszcze hasła; zostanie ono zapisane w systemowym pęku kluczy.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_password_prompt.py" line="38" />
            <source>Mail password</source>
            <translation>Hasło poczty</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_password_prompt.py" line="39" />
            <source>Password of {user} on {server}:</source>
            <translation>Hasło użytkownika {user} na serwerze {server}:</translation>
        </message>
    </context>
    <context>
        <name>MailServer</name>
        <message>
            <location filename="../../planner/ui/outbox/server.py" line="24" />
            <source>No mail server is set for this database: set one in Edit ▸ Mail settings…, or save the messages as files.</source>
            <translation>Dla tej bazy danych nie ustawiono serwera poczty: można go ustawić w Edycja ▸ Ustawienia poczty… albo zapisać wiadomości jako pliki.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/server.py" line="38" />
            <source>{server}, {security} as {user}, from {sender} (change in Edit ▸ Mail settings…)</source>
            <translation>{server}, {security} jako {user}, nadawca {sender} (zmiana w Edycja ▸ Ustawienia poczty…)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/server.py" line="44" />
            <source>{server}, {security}, from {sender} (change in Edit ▸ Mail settings…)</source>
            <translation>{server}, {security}, nadawca {sender} (zmiana w Edycja ▸ Ustawienia poczty…)</translation>
        </message>
    </context>
    <context>
        <name>MailSettingsDialog</name>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="43" />
            <source>STARTTLS (usually port 587)</source>
            <translation>STARTTLS (zwykle port 587)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="44" />
            <source>TLS from the start (usually port 465)</source>
            <translation>TLS od początku (zwykle port 465)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="47" />
            <source>None: no encryption, no login (usually port 25)</source>
            <translation>Brak: bez szyfrowania, bez logowania (zwykle port 25)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="60" />
            <source>Mail settings</source>
            <translation>Ustawienia poczty</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="68" />
            <source>The account invitations are sent from, for this database.</source>
            <translation>Konto, z którego wysyłane są zaproszenia tej bazy danych.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="72" />
            <source>e.g. smtp.example.org</source>
            <translation>np. smtp.example.org</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="81" />
            <source>often the e-mail address; empty for a server without login</source>
            <translation>często adres e-mail; puste dla serwera bez logowania</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="90" />
            <source>e.g. ECRI study visit</source>
            <translation>np. Wizyta studyjna ECRI</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="92" />
            <source>e.g. events@example.org</source>
            <translation>np. wydarzenia@example.org</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="95" />
            <source>&amp;Mail server</source>
            <translation>&amp;Serwer poczty</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="96" />
            <source>&amp;Security</source>
            <translation>&amp;Zabezpieczenia</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="97" />
            <source>&amp;Port</source>
            <translation>&amp;Port</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="98" />
            <source>&amp;User name</source>
            <translation>Nazwa &amp;użytkownika</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="104" />
            <source>Pass&amp;word</source>
            <translation>&amp;Hasło</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="107" />
            <source>Sender &amp;name</source>
            <translation>&amp;Nazwa nadawcy</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="108" />
            <source>Sender &amp;address</source>
            <translation>&amp;Adres nadawcy</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="118" />
            <source>Send &amp;test message</source>
            <translation>Wyślij wiadomość &amp;testową</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="120" />
            <source>Send a short message to the sender's own address with these settings</source>
            <translation>Wyślij krótką wiadomość na własny adres nadawcy z tymi ustawieniami</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="185" />
            <source>No password: without a user name the server is used without logging in.</source>
            <translation>Bez hasła: bez nazwy użytkownika serwer jest używany bez logowania.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="198" />
            <source>No usable keyring: {problem}. The password will be asked once per session.</source>
            <translation>Brak użytecznego pęku kluczy: {problem}. Hasło będzie wymagane raz na sesję.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="202" />
            <source>The password is kept in the system keyring, never in the database.</source>
            <translation>Hasło jest przechowywane w systemowym pęku kluczy, nigdy w bazie danych.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="208" />
            <source>(kept; type to change it)</source>
            <translation>(zapisane; wpisz, aby zmienić)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="251" />
            <source>Saved the mail settings.</source>
            <translation>Zapisano ustawienia poczty.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="278" />
            <source>No test message sent: no password was given.</source>
            <translation>Nie wysłano wiadomości testowej: nie podano hasła.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="285" />
            <source>Sending a test message to {address} through {server}…</source>
            <translation>Wysyłanie wiadomości testowej na adres {address} przez {server}…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="290" />
            <source>a test message</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>wiadomość testowa</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="299" />
            <source>✓ {sent}. Look for it in the inbox of {address}.</source>
            <translation>✓ {sent}. Proszę jej szukać w skrzynce odbiorczej {address}.</translation>
        </message>
    </context>
    <context>
        <name>MailboxDialog</name>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="40" />
            <source>TLS (usually port 993)</source>
            <translation>TLS (zwykle port 993)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="41" />
            <source>STARTTLS (usually port 143)</source>
            <translation>STARTTLS (zwykle port 143)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="42" />
            <source>None: only for a test server on this computer</source>
            <translation>Brak: tylko dla serwera testowego na tym komputerze</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="44" />
            <source>Fetch replies from mailbox</source>
            <translation>Pobierz odpowiedzi ze skrzynki pocztowej</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="51" />
            <source>The password is kept until Planner closes only, never written down: {problem}.</source>
            <translation>Hasło jest przechowywane tylko do zamknięcia programu Planner i nigdzie niezapisywane: {problem}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="54" />
            <source>The password is kept in the system keyring ({keyring}), never in the database.</source>
            <translation>Hasło jest przechowywane w systemowym pęku kluczy ({keyring}), nigdy w bazie danych.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="69" />
            <source>Planner reads the answers to your invitations from the mailbox they arrive in. Only messages with a calendar are downloaded, none is marked as read, and mail about other meetings is left alone.</source>
            <translation>Planner odczytuje odpowiedzi na zaproszenia ze skrzynki pocztowej, do której trafiają. Pobierane są tylko wiadomości z kalendarzem, żadna nie jest oznaczana jako przeczytana, a poczta dotycząca innych spotkań pozostaje nietknięta.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="87" />
            <source>usually your e-mail address</source>
            <translation>zwykle adres e-mail</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="91" />
            <source>Server:</source>
            <translation>Serwer:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="92" />
            <source>Security:</source>
            <translation>Zabezpieczenia:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="93" />
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="94" />
            <source>User name:</source>
            <translation>Nazwa użytkownika:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="95" />
            <source>Folder:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="96" />
            <source>Password:</source>
            <translation>Hasło:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="106" />
            <source>Fetch replies</source>
            <translation>Pobierz odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="129" />
            <source>Fetching reads what arrived since the last fetch.</source>
            <translation>Pobieranie odczytuje to, co przyszło od ostatniego pobrania.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="151" />
            <source>Type the password of the mailbox.</source>
            <translation>Proszę wpisać hasło skrzynki pocztowej.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="166" />
            <source>Reading {folder} on {server}…</source>
            <translation>Odczytywanie folderu {folder} na {server}…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="175" />
            <location filename="../../planner/ui/mailbox_dialog.py" line="194" />
            <source>{error}

Nothing was changed.</source>
            <translation>{error}

Nic nie zostało zmienione.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="179" />
            <source>fetching replies</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>pobieranie odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="199" />
            <source>Reading replies…</source>
            <translation>Odczytywanie odpowiedzi…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="200" />
            <source>reading replies</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>odczytywanie odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="211" />
            <source>In the mailbox: {summary}</source>
            <translation>W skrzynce pocztowej: {summary}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="212" />
            <source>{message}: left aside, too large to be a reply.</source>
            <translation>{message}: pominięto, za duża jak na odpowiedź.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="216" />
            <source>More messages are waiting: fetch again to read them.</source>
            <translation>Czekają kolejne wiadomości: proszę pobrać ponownie, aby je odczytać.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="222" />
            <source>Replies fetched</source>
            <translation>Pobrano odpowiedzi</translation>
        </message>
    </context>
    <context>
        <name>MessagePreview</name>
        <message>
            <location filename="../../planner/ui/outbox/preview.py" line="14" />
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/preview.py" line="15" />
            <source>Reply-To</source>
            <translation>Odpowiedź do</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/preview.py" line="16" />
            <source>To</source>
            <translation>Do</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/preview.py" line="17" />
            <source>Subject</source>
            <translation>Temat</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/preview.py" line="32" />
            <source>the calendar invitation ({method}), shown with Accept / Decline</source>
            <translation>zaproszenie kalendarzowe ({method}), wyświetlane z przyciskami Akceptuj / Odrzuć</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/preview.py" line="50" />
            <source>Attached: {attachments}</source>
            <translation>Załączniki: {attachments}</translation>
        </message>
    </context>
    <context>
        <name>Opening</name>
        <message>
            <location filename="../../planner/ui/opening.py" line="46" />
            <source>Open read-only</source>
            <translation>Otwórz tylko do odczytu</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="47" />
            <source>Restore the backup</source>
            <translation>Przywróć kopię zapasową</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="48" />
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="51" />
            <source>Read-only: you can look at everything and make documents, but not change anything.</source>
            <translation>Tylko do odczytu: można wszystko przeglądać i tworzyć dokumenty, ale niczego nie można zmieniać.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="53" />
            <source>Planner has not changed the file.</source>
            <translation>Planner nie zmienił pliku.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="99" />
            <source>{folder}: cannot create the data folder ({reason})</source>
            <translation>{folder}: nie można utworzyć folderu danych ({reason})</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="103" />
            <source>{file}: the folder {folder} does not exist</source>
            <translation>{file}: folder {folder} nie istnieje</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="112" />
            <source>{file}: cannot be created: {reason}</source>
            <translation>{file}: nie można utworzyć: {reason}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="117" />
            <location filename="../../planner/ui/opening.py" line="144" />
            <location filename="../../planner/ui/opening.py" line="181" />
            <source>Opened read-only</source>
            <translation>Otwarto tylko do odczytu</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="118" />
            <source>{file}: {reason}, so Planner opens it read-only.

{read_only}</source>
            <translation>{file}: {reason}, dlatego Planner otwiera ją tylko do odczytu.

{read_only}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="128" />
            <source>Database open in another Planner</source>
            <translation>Baza danych otwarta w innym programie Planner</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="129" />
            <source>{file} is open {where}.

Open it read-only, or cancel?</source>
            <translation>{file} jest otwarta {where}.

Otworzyć tylko do odczytu czy anulować?</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="133" />
            <source>{read_only} What is changed in the other Planner shows here when you open the database again.

{file}</source>
            <translation>{read_only} Zmiany wprowadzone w drugim programie Planner będą tu widoczne po ponownym otwarciu bazy danych.

{file}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="182" />
            <source>{error}.

Planner opens it read-only. {read_only}</source>
            <translation>{error}.

Planner otwiera ją tylko do odczytu. {read_only}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="243" />
            <source>Is the drive, USB stick or network folder connected? Check the path, or choose another database with File ▸ Open database.</source>
            <translation>Czy dysk, pamięć USB lub folder sieciowy jest podłączony? Proszę sprawdzić ścieżkę lub wybrać inną bazę danych poleceniem Plik ▸ Otwórz bazę danych.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="261" />
            <source>{untouched} Choose a Planner database with File ▸ Open database.</source>
            <translation>{untouched} Proszę wybrać bazę danych Planner poleceniem Plik ▸ Otwórz bazę danych.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="265" />
            <source>{untouched} Restore a backup of it, or choose another database with File ▸ Open database.</source>
            <translation>{untouched} Proszę przywrócić jej kopię zapasową lub wybrać inną bazę danych poleceniem Plik ▸ Otwórz bazę danych.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="270" />
            <source>Check that you may read this file, or choose another database with File ▸ Open database.</source>
            <translation>Proszę sprawdzić, czy ma się prawo odczytu tego pliku, lub wybrać inną bazę danych poleceniem Plik ▸ Otwórz bazę danych.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="274" />
            <source>{untouched} Choose another database with File ▸ Open database.</source>
            <translation>{untouched} Proszę wybrać inną bazę danych poleceniem Plik ▸ Otwórz bazę danych.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="283" />
            <location filename="../../planner/ui/opening.py" line="317" />
            <source>Cannot open the database</source>
            <translation>Nie można otworzyć bazy danych</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="292" />
            <source>what it holds cannot be read</source>
            <translation>jej zawartości nie da się odczytać</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/opening.py" line="294" />
            <source>%n event(s), the newest: {event}</source>
            <translation>
                <numerusform>%n wydarzenie, najnowsze: {event}</numerusform>
                <numerusform>%n wydarzenia, najnowsze: {event}</numerusform>
                <numerusform>%n wydarzeń, najnowsze: {event}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/opening.py" line="298" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n wydarzenie</numerusform>
                <numerusform>%n wydarzenia</numerusform>
                <numerusform>%n wydarzeń</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="299" />
            <source>the backup of {made} ({holds})</source>
            <translation>kopię zapasową z {made} ({holds})</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="318" />
            <source>{error}.

Restore {backup}?</source>
            <translation>{error}.

Przywrócić {backup}?</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="320" />
            <source>{untouched} Restoring keeps it: backed up, or set aside beside it as {file}.damaged-… when it cannot be read at all. Nothing is deleted.</source>
            <translation>{untouched} Przywrócenie go zachowuje: w kopii zapasowej lub, jeśli w ogóle nie da się go odczytać, odłożony obok jako {file}.damaged-…. Nic nie jest usuwane.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="335" />
            <source>Cannot restore the backup</source>
            <translation>Nie można przywrócić kopii zapasowej</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="338" />
            <source>{file}: restored {backup}.</source>
            <translation>{file}: przywrócono {backup}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="340" />
            <source>The file as it was is kept in {file}.</source>
            <translation>Plik w poprzednim stanie jest przechowywany w {file}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="341" />
            <source>Backup restored</source>
            <translation>Przywrócono kopię zapasową</translation>
        </message>
    </context>
    <context>
        <name>OptionsPanel</name>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="27" />
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="29" />
            <source>None</source>
            <translation>Brak</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="30" />
            <source>Country</source>
            <translation>Kraj</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="31" />
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="35" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="36" />
            <source>Dietary and access needs</source>
            <translation>Dieta i dostępność</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="37" />
            <source>Arrival and departure</source>
            <translation>Przyjazd i wyjazd</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="71" />
            <source>Which document to make; the options below follow it</source>
            <translation>Który dokument utworzyć; poniższe opcje się do niego dostosowują</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="89" />
            <source>Headings by country or organisation, with the people of each under it</source>
            <translation>Nagłówki według kraju lub organizacji, pod każdym jego osoby</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="92" />
            <source>Everyone's itinerary, or one traveller's own</source>
            <translation>Plan podróży wszystkich lub jednej osoby podróżującej</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="97" />
            <source>Empty numbered rows at the end of each sheet, for people who come unannounced</source>
            <translation>Puste numerowane wiersze na końcu każdej listy, dla osób przybyłych bez zgłoszenia</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="100" />
            <location filename="../../planner/ui/documents/options.py" line="182" />
            <location filename="../../planner/ui/documents/options.py" line="193" />
            <source>as selected in the Participants tab</source>
            <translation>zgodnie z wyborem na karcie „Uczestnicy”</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="106" />
            <source>&amp;Document</source>
            <translation>&amp;Dokument</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="108" />
            <source>&amp;Paper</source>
            <translation>&amp;Papier</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="110" />
            <source>Also show</source>
            <translation>Pokaż także</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="111" />
            <source>&amp;Group by</source>
            <translation>&amp;Grupuj według</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="112" />
            <source>&amp;Traveller</source>
            <translation>&amp;Osoba podróżująca</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="113" />
            <source>&amp;Blank rows</source>
            <translation>&amp;Puste wiersze</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="150" />
            <source>Everyone</source>
            <translation>Wszyscy</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="172" />
            <source>Only the selected participants</source>
            <translation>Tylko wybrani uczestnicy</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="174" />
            <source>Select participants in the Participants tab first (Ctrl+click adds one)</source>
            <translation>Najpierw proszę wybrać uczestników na karcie „Uczestnicy” (Ctrl+kliknięcie dodaje kolejnego)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="176" />
            <source>none selected in the Participants tab</source>
            <translation>nikt nie jest wybrany na karcie „Uczestnicy”</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="178" />
            <source>Only the selected participant</source>
            <translation>Tylko wybrany uczestnik</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="180" />
            <source>Make the document for the participant selected in the Participants tab</source>
            <translation>Utwórz dokument dla uczestnika wybranego na karcie „Uczestnicy”</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/documents/options.py" line="184" />
            <source>Only the %n selected participants</source>
            <translation>
                <numerusform>Tylko %n wybrana osoba</numerusform>
                <numerusform>Tylko %n wybrane osoby</numerusform>
                <numerusform>Tylko %n wybranych osób</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/documents/options.py" line="186" />
            <source>Make the document for the %n participants selected in the Participants tab</source>
            <translation>
                <numerusform>Utwórz dokument dla %n osoby wybranej na karcie „Uczestnicy”</numerusform>
                <numerusform>Utwórz dokument dla %n osób wybranych na karcie „Uczestnicy”</numerusform>
                <numerusform>Utwórz dokument dla %n osób wybranych na karcie „Uczestnicy”</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrganisationDialog</name>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="113" />
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="114" />
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="115" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="116" />
            <source>Country</source>
            <translation>Kraj</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="117" />
            <source>Website</source>
            <translation>Strona internetowa</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="134" />
            <source>New organisation</source>
            <translation>Nowa organizacja</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="136" />
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsModel</name>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="149" />
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="150" />
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="151" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="153" />
            <source>Country</source>
            <translation>Kraj</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="158" />
            <source>Members</source>
            <translation>Członkowie</translation>
        </message>
    </context>
    <context>
        <name>OutboxDialog</name>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="62" />
            <source>Recipient</source>
            <translation>Odbiorca</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="63" />
            <source>Gets</source>
            <translation>Otrzymuje</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="64" />
            <source>Why</source>
            <translation>Powód</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="69" />
            <source>New invitation</source>
            <translation>Nowe zaproszenie</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="70" />
            <source>Update</source>
            <translation>Aktualizacja</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="71" />
            <source>Cancellation</source>
            <translation>Odwołanie</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="72" />
            <source>Nothing</source>
            <translation>Nic</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="73" />
            <source>Message</source>
            <translation>Wiadomość</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="74" />
            <source>Message, incomplete</source>
            <translation>Wiadomość niekompletna</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="138" />
            <source>%n saved</source>
            <translation>
                <numerusform>%n zapisana</numerusform>
                <numerusform>%n zapisane</numerusform>
                <numerusform>%n zapisanych</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="140" />
            <source>%n sent</source>
            <translation>
                <numerusform>%n wysłana</numerusform>
                <numerusform>%n wysłane</numerusform>
                <numerusform>%n wysłanych</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="142" />
            <source>%n failed</source>
            <translation>
                <numerusform>%n nieudana</numerusform>
                <numerusform>%n nieudane</numerusform>
                <numerusform>%n nieudanych</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="144" />
            <source>%n not sent (stopped)</source>
            <translation>
                <numerusform>%n niewysłana (przerwano)</numerusform>
                <numerusform>%n niewysłane (przerwano)</numerusform>
                <numerusform>%n niewysłanych (przerwano)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="146" />
            <source>%n got nothing</source>
            <translation>
                <numerusform>%n osoba nic nie otrzymała</numerusform>
                <numerusform>%n osoby nic nie otrzymały</numerusform>
                <numerusform>%n osób nic nie otrzymało</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="153" />
            <source>Run again to deliver only what is missing.</source>
            <translation>Proszę uruchomić ponownie, aby doręczyć tylko brakujące.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="154" />
            <source>FAILED: {recipient}: {reason}</source>
            <translation>BŁĄD: {recipient}: {reason}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="156" />
            <source>Not saved, stopped: {recipient}</source>
            <translation>Nie zapisano, przerwano: {recipient}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="158" />
            <source>Not sent, stopped: {recipient}</source>
            <translation>Nie wysłano, przerwano: {recipient}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="161" />
            <source>Saved: {recipient}</source>
            <translation>Zapisano: {recipient}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="163" />
            <source>Sent: {recipient}</source>
            <translation>Wysłano: {recipient}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="172" />
            <source>Nothing was saved.</source>
            <translation>Nic nie zostało zapisane.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="174" />
            <source>Nothing was sent.</source>
            <translation>Nic nie zostało wysłane.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="181" />
            <source>%n new invitation(s)</source>
            <translation>
                <numerusform>%n nowe zaproszenie</numerusform>
                <numerusform>%n nowe zaproszenia</numerusform>
                <numerusform>%n nowych zaproszeń</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="183" />
            <source>%n update(s)</source>
            <translation>
                <numerusform>%n aktualizacja</numerusform>
                <numerusform>%n aktualizacje</numerusform>
                <numerusform>%n aktualizacji</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="185" />
            <source>%n cancellation(s)</source>
            <translation>
                <numerusform>%n odwołanie</numerusform>
                <numerusform>%n odwołania</numerusform>
                <numerusform>%n odwołań</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="187" />
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n wiadomość</numerusform>
                <numerusform>%n wiadomości</numerusform>
                <numerusform>%n wiadomości</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="189" />
            <source>%n incomplete message(s)</source>
            <translation>
                <numerusform>%n niekompletna wiadomość</numerusform>
                <numerusform>%n niekompletne wiadomości</numerusform>
                <numerusform>%n niekompletnych wiadomości</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="198" />
            <source>Nobody to write to: the event has no participants.</source>
            <translation>Nie ma do kogo pisać: wydarzenie nie ma uczestników.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="204" />
            <source>Nothing to send: none of the %n people listed is due a message.</source>
            <translation>
                <numerusform>Nie ma czego wysłać: jedynej osobie z listy nie należy się żadna wiadomość.</numerusform>
                <numerusform>Nie ma czego wysłać: żadnej z %n osób z listy nie należy się wiadomość.</numerusform>
                <numerusform>Nie ma czego wysłać: żadnej z %n osób z listy nie należy się wiadomość.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="209" />
            <source>%n message(s) to deliver.</source>
            <translation>
                <numerusform>%n wiadomość do doręczenia.</numerusform>
                <numerusform>%n wiadomości do doręczenia.</numerusform>
                <numerusform>%n wiadomości do doręczenia.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="213" />
            <source>%n message(s) to deliver: {what}.</source>
            <translation>
                <numerusform>%n wiadomość do doręczenia: {what}.</numerusform>
                <numerusform>%n wiadomości do doręczenia: {what}.</numerusform>
                <numerusform>%n wiadomości do doręczenia: {what}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="216" />
            <source>1 person gets nothing (see why below).</source>
            <translation>1 osoba nic nie otrzyma (powód poniżej).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="218" />
            <source>%n people get nothing (see why below).</source>
            <translation>
                <numerusform>%n osoba nic nie otrzyma (powody poniżej).</numerusform>
                <numerusform>%n osoby nic nie otrzymają (powody poniżej).</numerusform>
                <numerusform>%n osób nic nie otrzyma (powody poniżej).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="253" />
            <location filename="../../planner/ui/outbox/dialog.py" line="381" />
            <source>Preparing the messages…</source>
            <translation>Przygotowywanie wiadomości…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="272" />
            <source>Select a recipient to see their message.</source>
            <translation>Wybierz odbiorcę, aby zobaczyć jego wiadomość.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="289" />
            <location filename="../../planner/ui/outbox/dialog.py" line="353" />
            <source>Send</source>
            <translation>Wyślij</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="292" />
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="307" />
            <source>Deliver</source>
            <translation>Doręczenie</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="309" />
            <source>Send through the mail server</source>
            <translation>Wyślij przez serwer poczty</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="315" />
            <source>Save as e-mail files (.eml) in a folder, to send from your own mail program</source>
            <translation>Zapisz jako pliki e-mail (.eml) w folderze, aby wysłać je z własnego programu pocztowego</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="318" />
            <source>Choose a folder…</source>
            <translation>Wybierz folder…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="319" />
            <source>Browse…</source>
            <translation>Przeglądaj…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="322" />
            <source>I will send these files myself: count them as sent, so next time only changes go out</source>
            <translation>Wyślę te pliki samodzielnie: licz je jako wysłane, aby następnym razem wychodziły tylko zmiany</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="342" />
            <source>Folder for the messages</source>
            <translation>Folder na wiadomości</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="353" />
            <source>Save files</source>
            <translation>Zapisz pliki</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="375" />
            <source>Cannot prepare the messages: {error}</source>
            <translation>Nie można przygotować wiadomości: {error}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="380" />
            <source>preparing the messages</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>przygotowywanie wiadomości</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="417" />
            <source>{recipient} gets nothing: {reason}.</source>
            <translation>{recipient} nic nie otrzyma: {reason}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="489" />
            <source>Saving the messages…</source>
            <translation>Zapisywanie wiadomości…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="491" />
            <source>Sending the messages…</source>
            <translation>Wysyłanie wiadomości…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="495" />
            <source>sending the messages</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>wysyłanie wiadomości</translation>
        </message>
    </context>
    <context>
        <name>OutputCheck</name>
        <message>
            <location filename="../../planner/ui/output_check.py" line="20" />
            <source>a PDF</source>
            <translation>plik PDF</translation>
        </message>
        <message>
            <location filename="../../planner/ui/output_check.py" line="21" />
            <source>a Planner event file</source>
            <translation>plik wydarzenia Planner</translation>
        </message>
        <message>
            <location filename="../../planner/ui/output_check.py" line="22" />
            <source>a calendar (.ics)</source>
            <translation>kalendarz (.ics)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/output_check.py" line="23" />
            <source>a CSV list</source>
            <translation>listę CSV</translation>
        </message>
        <message>
            <location filename="../../planner/ui/output_check.py" line="24" />
            <source>an Excel workbook (.xlsx)</source>
            <translation>skoroszyt Excel (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/output_check.py" line="25" />
            <source>an e-mail message (.eml)</source>
            <translation>wiadomość e-mail (.eml)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/output_check.py" line="26" />
            <source>a Planner backup</source>
            <translation>kopię zapasową Planner</translation>
        </message>
        <message>
            <location filename="../../planner/ui/output_check.py" line="40" />
            <source>{reason}.

Replace it with {kind}? What it holds now will be lost.</source>
            <translation>{reason}.

Zastąpić go, zapisując {kind}? Jego obecna zawartość zostanie utracona.</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="120" />
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="122" />
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="127" />
            <source>Country</source>
            <translation>Kraj</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="131" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="132" />
            <source>Events</source>
            <translation>Wydarzenia</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="69" />
            <source>Gender</source>
            <translation>Płeć</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="32" />
            <source>Honorific</source>
            <translation>Tytuł/zwrot grzecznościowy</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="33" />
            <source>e.g. Dr., Ms., Prof.</source>
            <translation>np. dr, pani, prof.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="35" />
            <source>Given name</source>
            <translation>Imię</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="36" />
            <source>Family name</source>
            <translation>Nazwisko</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="39" />
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="44" />
            <source>Position</source>
            <translation>Stanowisko</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="45" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="46" />
            <source>Country</source>
            <translation>Kraj</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="47" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="48" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="51" />
            <source>Dietary needs</source>
            <translation>Potrzeby żywieniowe</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="52" />
            <source>e.g. vegetarian, allergies</source>
            <translation>np. wegetariańska, alergie</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="56" />
            <source>Access needs</source>
            <translation>Potrzeby dostępności</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="57" />
            <source>e.g. wheelchair access</source>
            <translation>np. dostęp dla wózka inwalidzkiego</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="67" />
            <source>Pick one, or type a new organisation's name</source>
            <translation>Wybierz z listy lub wpisz nazwę nowej organizacji</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="68" />
            <source>Pick an organisation of the Directory, or type the name of a new one</source>
            <translation>Wybierz organizację z katalogu lub wpisz nazwę nowej</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="95" />
            <source>New person</source>
            <translation>Nowa osoba</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="97" />
            <source>Person</source>
            <translation>Osoba</translation>
        </message>
    </context>
    <context>
        <name>PersonalCalendarsDialog</name>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="52" />
            <source>Personal calendars</source>
            <translation>Kalendarze osobiste</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/calendar_menu.py" line="57" />
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} i %n inna osoba</numerusform>
                <numerusform>{names} i %n inne osoby</numerusform>
                <numerusform>{names} i %n innych osób</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="61" />
            <source>A calendar for {name}: the programme with their own items marked, their travel and hotel.</source>
            <translation>Kalendarz dla: {name} — program z wyróżnionymi własnymi punktami, podróż i hotel.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/calendar_menu.py" line="67" />
            <source>A calendar for each of the %n participants selected ({names}), one file each in a folder you choose: the programme with their own items marked, their travel and hotel.</source>
            <translation>
                <numerusform>Kalendarz dla %n wybranej osoby ({names}), w jednym pliku w wybranym folderze: program z wyróżnionymi własnymi punktami, podróż i hotel.</numerusform>
                <numerusform>Kalendarz dla każdej z %n wybranych osób ({names}), po jednym pliku w wybranym folderze: program z wyróżnionymi własnymi punktami, podróż i hotel.</numerusform>
                <numerusform>Kalendarz dla każdej z %n wybranych osób ({names}), po jednym pliku w wybranym folderze: program z wyróżnionymi własnymi punktami, podróż i hotel.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="79" />
            <source>With the open actions they own</source>
            <translation>Z otwartymi zadaniami, za które odpowiadają</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="83" />
            <source>Choose where…</source>
            <translation>Wybierz miejsce…</translation>
        </message>
    </context>
    <context>
        <name>Renderer</name>
        <message>
            <location filename="../../planner/ui/documents/render.py" line="48" />
            <source>This version of Planner does not include this document.</source>
            <translation>Ta wersja programu Planner nie zawiera tego dokumentu.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/render.py" line="88" />
            <source>rendering the {document} of event {event}</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>tworzenie dokumentu „{document}” dla wydarzenia {event}</translation>
        </message>
    </context>
    <context>
        <name>ReplyActions</name>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="27" />
            <source>Replies (*.eml *.ics);;All files (*)</source>
            <translation>Odpowiedzi (*.eml *.ics);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="37" />
            <source>Import &amp;replies to invitations…</source>
            <translation>Importuj o&amp;dpowiedzi na zaproszenia…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="40" />
            <source>Read partners' answers (.eml or .ics) into their participant status</source>
            <translation>Wczytaj odpowiedzi partnerów (.eml lub .ics) do ich statusu uczestnictwa</translation>
        </message>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="43" />
            <source>&amp;Fetch replies from mailbox…</source>
            <translation>&amp;Pobierz odpowiedzi ze skrzynki pocztowej…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="46" />
            <source>Read the answers to your invitations from the mailbox they arrive in (IMAP)</source>
            <translation>Odczytaj odpowiedzi na zaproszenia ze skrzynki pocztowej, do której trafiają (IMAP)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="55" />
            <source>Import replies</source>
            <translation>Importuj odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="69" />
            <source>Cannot fetch replies</source>
            <translation>Nie można pobrać odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="81" />
            <location filename="../../planner/ui/replies_actions.py" line="94" />
            <source>Cannot import the replies</source>
            <translation>Nie można zaimportować odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="82" />
            <source>{error}

Nothing was changed.</source>
            <translation>{error}

Nic nie zostało zmienione.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="88" />
            <source>Reading replies…</source>
            <translation>Odczytywanie odpowiedzi…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="89" />
            <source>reading replies</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>odczytywanie odpowiedzi</translation>
        </message>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="101" />
            <location filename="../../planner/ui/replies_actions.py" line="103" />
            <source>Replies read</source>
            <translation>Odczytano odpowiedzi</translation>
        </message>
    </context>
    <context>
        <name>SendInvitations</name>
        <message>
            <location filename="../../planner/ui/outbox/invitations.py" line="20" />
            <source>Each participant gets their own invitation, which calendar programs show with Accept and Decline; whoever was sent one before gets an update only if the event changed, and whoever no longer comes gets a cancellation. Their answers come back with Calendar ▸ Fetch replies from mailbox… or Calendar ▸ Import replies to invitations…</source>
            <translation>Każdy uczestnik otrzymuje własne zaproszenie, które programy kalendarzowe wyświetlają z przyciskami Akceptuj i Odrzuć; kto już je dostał, otrzyma aktualizację tylko wtedy, gdy wydarzenie się zmieniło, a kto już nie przyjeżdża, otrzyma odwołanie. Odpowiedzi wracają przez Kalendarz ▸ Pobierz odpowiedzi ze skrzynki pocztowej… lub Kalendarz ▸ Importuj odpowiedzi na zaproszenia…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/invitations.py" line="33" />
            <source>Send invitations</source>
            <translation>Wyślij zaproszenia</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="45" />
            <source>Message templates</source>
            <translation>Szablony wiadomości</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="51" />
            <source>&amp;New</source>
            <translation>&amp;Nowy</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="53" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopiuj</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="55" />
            <source>A template of your own with the same text, to change</source>
            <translation>Własny szablon z tym samym tekstem, do zmiany</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="58" />
            <source>&amp;Delete</source>
            <translation>&amp;Usuń</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="73" />
            <source>&amp;Save changes</source>
            <translation>&amp;Zapisz zmiany</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="80" />
            <source>Name:</source>
            <translation>Nazwa:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="81" />
            <source>Subject:</source>
            <translation>Temat:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="82" />
            <source>Body:</source>
            <translation>Treść:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="96" />
            <source>&amp;Insert</source>
            <translation>&amp;Wstaw</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="98" />
            <source>Put the placeholder chosen where the cursor is in the subject or the body</source>
            <translation>Wstaw wybrane pole w miejscu kursora, w temacie lub w treści</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="107" />
            <source>Placeholders (double-click to insert):</source>
            <translation>Pola (kliknij dwukrotnie, aby wstawić):</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="110" />
            <source>Preview for:</source>
            <translation>Podgląd dla:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="149" />
            <source>{name} (shipped)</source>
            <translation>{name} (wbudowany)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="157" />
            <source>Shipped with Planner: read-only; copy it to make one of your own</source>
            <translation>Dostarczony z programem Planner: tylko do odczytu; należy go skopiować, aby utworzyć własny</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="176" />
            <source>Person {number}</source>
            <translation>Osoba {number}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="204" />
            <source>Shipped with Planner and read-only: Copy makes one of your own to change.</source>
            <translation>Dostarczony z programem Planner i tylko do odczytu: „Kopiuj” tworzy własny do zmiany.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="209" />
            <source>Your own template.</source>
            <translation>Własny szablon.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="216" />
            <source>Open an event with participants to see a preview.</source>
            <translation>Proszę otworzyć wydarzenie z uczestnikami, aby zobaczyć podgląd.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="224" />
            <source>Cannot be filled in: {error}</source>
            <translation>Nie można wypełnić: {error}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="226" />
            <source>Subject: {subject}</source>
            <translation>Temat: {subject}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="229" />
            <source>Missing, so not sent unless you say so: {problem}</source>
            <translation>Brak, więc nie zostanie wysłane bez wyraźnej zgody: {problem}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="285" />
            <source>New template</source>
            <translation>Nowy szablon</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="286" />
            <source>Dear {given_name},</source>
            <translation>Dzień dobry, {given_name},</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="306" />
            <source>Delete template</source>
            <translation>Usuń szablon</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="307" />
            <source>Delete the template '{name}'? Edit ▸ Undo brings it back.</source>
            <translation>Usunąć szablon „{name}”? Edycja ▸ Cofnij go przywróci.</translation>
        </message>
    </context>
    <context>
        <name>ZoomBar</name>
        <message>
            <location filename="../../planner/ui/documents/zoom.py" line="32" />
            <source>Zoom out</source>
            <translation>Pomniejsz</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/zoom.py" line="35" />
            <source>Zoom in</source>
            <translation>Powiększ</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/zoom.py" line="38" />
            <source>Fit width</source>
            <translation>Dopasuj do szerokości</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/zoom.py" line="41" />
            <source>The whole width of the page</source>
            <translation>Cała szerokość strony</translation>
        </message>
    </context>
</TS>
