<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>ActionsModel</name>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Overdue: due {day} and still open</source>
        <translation>Überfällig: fällig am {day} und noch offen</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Filter by event, action or owner</source>
        <translation>Nach Veranstaltung, Aufgabe oder verantwortlicher Person filtern</translation>
    </message>
    <message>
        <source>No action matches '{}'</source>
        <translation>Keine Aufgabe passt zu „{}“</translation>
    </message>
    <message>
        <source>Show done and dropped</source>
        <translation>Erledigte und verworfene anzeigen</translation>
    </message>
    <message>
        <source>Open in its event</source>
        <translation>In der Veranstaltung öffnen</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark the selected action done</source>
        <translation>Die ausgewählte Aufgabe als erledigt markieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>No open actions</source>
        <translation>Keine offenen Aufgaben</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n offene Aufgabe</numerusform>
            <numerusform>%n offene Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n überfällig</numerusform>
            <numerusform>, %n überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letzte Veranstaltung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Planner backups (*.sqlite *.db);;All files (*)</source>
        <translation>Planner-Sicherungen (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>Auf Anforderung</translation>
    </message>
    <message>
        <source>Before restoring</source>
        <translation>Vor dem Wiederherstellen</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>Vor dem Update</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>Aus &amp;Datei…</translation>
    </message>
    <message>
        <source>Restore a backup kept elsewhere (written with `planner backup -o` or copied)</source>
        <translation>Eine anderswo aufbewahrte Sicherung wiederherstellen (mit `planner backup -o` geschrieben oder kopiert)</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{database}&lt;/b&gt; is open read-only, so it cannot be restored here. Close the other Planner that has it open (or make the file writable), open it again, then restore.</source>
        <translation>&lt;b&gt;{database}&lt;/b&gt; ist schreibgeschützt geöffnet und kann hier nicht wiederhergestellt werden. Schließen Sie das andere Planner-Fenster, in dem die Datenbank geöffnet ist (oder machen Sie die Datei beschreibbar), öffnen Sie sie erneut und stellen Sie sie dann wieder her.</translation>
    </message>
    <message>
        <source>Backups of &lt;b&gt;{database}&lt;/b&gt; in {folder}, newest first.&lt;br&gt;Restoring one replaces what the database holds now; the current state is backed up first.</source>
        <translation>Sicherungen von &lt;b&gt;{database}&lt;/b&gt; in {folder}, die neueste zuerst.&lt;br&gt;Beim Wiederherstellen wird der aktuelle Inhalt der Datenbank ersetzt; der aktuelle Stand wird vorher gesichert.</translation>
    </message>
    <message>
        <source>No backups of &lt;b&gt;{database}&lt;/b&gt; yet. Planner makes one each time it opens the database after a change, and File ▸ Back up now makes one at once.</source>
        <translation>Noch keine Sicherungen von &lt;b&gt;{database}&lt;/b&gt;. Planner legt jedes Mal eine an, wenn die Datenbank nach einer Änderung geöffnet wird; Datei ▸ Jetzt sichern legt sofort eine an.</translation>
    </message>
    <message>
        <source>This backup cannot be read (damaged or incomplete)</source>
        <translation>Diese Sicherung ist nicht lesbar (beschädigt oder unvollständig)</translation>
    </message>
    <message>
        <source>the backup of {made} ({events})</source>
        <translation>die Sicherung vom {made} ({events})</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Aus einer Sicherungsdatei wiederherstellen</translation>
    </message>
    <message>
        <source>Replace what {database} holds now with {backup}?

The current database will be backed up first, so this can be taken back by restoring that backup.</source>
        <translation>Den aktuellen Inhalt von {database} durch {backup} ersetzen?

Die aktuelle Datenbank wird vorher gesichert; durch Wiederherstellen dieser Sicherung lässt sich der Schritt rückgängig machen.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Sicherung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restored {backup}; the database as it was is in {file}</source>
        <translation>{backup} wiederhergestellt; die bisherige Datenbank liegt in {file}</translation>
    </message>
    <message>
        <source>Restored {backup}</source>
        <translation>{backup} wiederhergestellt</translation>
    </message>
    <message>
        <source>Cannot open the backup folder</source>
        <translation>Sicherungsordner kann nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Veranstaltung</numerusform>
            <numerusform>%n Veranstaltungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarMenu</name>
    <message>
        <source>Calendars (*.ics);;All files (*)</source>
        <translation>Kalender (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot export the personal calendars</source>
        <translation>Persönliche Kalender können nicht exportiert werden</translation>
    </message>
    <message>
        <source>Export &amp;personal calendars…</source>
        <translation>&amp;Persönliche Kalender exportieren…</translation>
    </message>
    <message>
        <source>A calendar for each participant selected in the Participants tab, with their travel and hotel</source>
        <translation>Ein Kalender für jede in der Registerkarte „Teilnehmende“ ausgewählte Person, mit ihrer Anreise und ihrem Hotel</translation>
    </message>
    <message>
        <source>Send &amp;invitations…</source>
        <translation>&amp;Einladungen senden…</translation>
    </message>
    <message>
        <source>Invite the participants by e-mail: who gets a new invitation, an update, a cancellation or nothing</source>
        <translation>Die Teilnehmenden per E-Mail einladen: wer eine neue Einladung, eine Aktualisierung, eine Absage oder nichts erhält</translation>
    </message>
    <message>
        <source>Send a &amp;message…</source>
        <translation>&amp;Nachricht senden…</translation>
    </message>
    <message>
        <source>A letter from a template (practical information, a reminder, a thank-you) to participants</source>
        <translation>Ein Schreiben aus einer Vorlage (praktische Hinweise, eine Erinnerung, ein Dank) an Teilnehmende</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>Message &amp;templates…</source>
        <translation>Nachrichten&amp;vorlagen…</translation>
    </message>
    <message>
        <source>Export &amp;personal calendar…</source>
        <translation>&amp;Persönlichen Kalender exportieren…</translation>
    </message>
    <message>
        <source>Export personal calendar</source>
        <translation>Persönlichen Kalender exportieren</translation>
    </message>
    <message>
        <source>Folder for the personal calendars</source>
        <translation>Ordner für die persönlichen Kalender</translation>
    </message>
    <message numerus="yes">
        <source>%n personal calendars written to {folder}</source>
        <translation>
            <numerusform>%n persönlicher Kalender gespeichert in {folder}</numerusform>
            <numerusform>%n persönliche Kalender gespeichert in {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>The personal calendar written to {folder}</source>
        <translation>Persönlicher Kalender gespeichert unter {folder}</translation>
    </message>
    <message>
        <source>{error}

Nothing was written.</source>
        <translation>{error}

Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>an export</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>ein Export</translation>
    </message>
    <message>
        <source>Writing personal calendars…</source>
        <translation>Persönliche Kalender werden geschrieben…</translation>
    </message>
</context>
<context>
    <name>CalendarPlanDialog</name>
    <message>
        <source>Update from calendar</source>
        <translation>Aus Kalender aktualisieren</translation>
    </message>
    <message>
        <source>{file} is a newer calendar of “{title}”. Importing it makes this change:</source>
        <translation>{file} ist ein neuerer Kalender von „{title}“. Der Import nimmt diese Änderung vor:</translation>
    </message>
    <message numerus="yes">
        <source>{file} is a newer calendar of “{title}”. Importing it makes these %n changes:</source>
        <translation>
            <numerusform>{file} ist ein neuerer Kalender von „{title}“. Der Import nimmt diese %n Änderung vor:</numerusform>
            <numerusform>{file} ist ein neuerer Kalender von „{title}“. Der Import nimmt diese %n Änderungen vor:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>their own itinerary (PDF)</source>
        <translation>ihr eigener Reiseplan (PDF)</translation>
    </message>
    <message>
        <source>their own calendar (.ics)</source>
        <translation>ihr eigener Kalender (.ics)</translation>
    </message>
    <message>
        <source>the agenda (PDF)</source>
        <translation>die Tagesordnung (PDF)</translation>
    </message>
    <message>
        <source>the conclusions report (PDF)</source>
        <translation>der Ergebnisbericht (PDF)</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>Vorlagen bearbeiten…</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Everyone coming (not those who declined or were cancelled)</source>
        <translation>Alle, die teilnehmen (nicht, wer abgesagt hat oder abgemeldet wurde)</translation>
    </message>
    <message numerus="yes">
        <source>The %n participant(s) selected in the Participants tab</source>
        <translation>
            <numerusform>Die %n in der Registerkarte „Teilnehmende“ ausgewählte Person</numerusform>
            <numerusform>Die %n in der Registerkarte „Teilnehmende“ ausgewählten Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>The participants selected in the Participants tab (none is selected)</source>
        <translation>Die in der Registerkarte „Teilnehmende“ ausgewählten Personen (keine ausgewählt)</translation>
    </message>
    <message>
        <source>Those with the status or role:</source>
        <translation>Alle mit dem Status oder der Rolle:</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Rolle: {role}</translation>
    </message>
    <message>
        <source>Attach to each message</source>
        <translation>Jeder Nachricht anhängen</translation>
    </message>
    <message>
        <source>Also send to those for whom a placeholder is empty (they are held back otherwise)</source>
        <translation>Auch an Personen senden, bei denen ein Platzhalter leer bleibt (sonst werden sie zurückgehalten)</translation>
    </message>
    <message>
        <source>Again to those who got this template before</source>
        <translation>Erneut an alle, die diese Vorlage schon erhalten haben</translation>
    </message>
    <message>
        <source>Next: see each message…</source>
        <translation>Weiter: jede Nachricht ansehen…</translation>
    </message>
    <message>
        <source>Each participant gets the template filled in with their own details. Anyone for whom a placeholder is empty (no hotel, no arrival…) is held back and named, so that nobody gets a letter with a blank.</source>
        <translation>Alle Teilnehmenden erhalten die Vorlage mit ihren eigenen Angaben ausgefüllt. Wer einen leeren Platzhalter hätte (kein Hotel, keine Anreise …), wird zurückgehalten und genannt, damit niemand ein Schreiben mit einer Lücke erhält.</translation>
    </message>
    <message>
        <source>Send “{template}”</source>
        <translation>„{template}“ senden</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Double-click an event to open it</source>
        <translation>Doppelklick auf eine Veranstaltung öffnet sie</translation>
    </message>
    <message>
        <source>Double-click a member to see them among the people</source>
        <translation>Doppelklick auf ein Mitglied zeigt es unter den Personen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Neue Person…</translation>
    </message>
    <message>
        <source>Add a person to the Directory</source>
        <translation>Eine Person zum Verzeichnis hinzufügen</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Neue Organisation…</translation>
    </message>
    <message>
        <source>Add an organisation to the Directory</source>
        <translation>Eine Organisation zum Verzeichnis hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add to the list shown</source>
        <translation>Zur angezeigten Liste hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Den ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Den ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Search people and organisations</source>
        <translation>Personen und Organisationen suchen</translation>
    </message>
    <message>
        <source>People ({count})</source>
        <translation>Personen ({count})</translation>
    </message>
    <message>
        <source>Organisations ({count})</source>
        <translation>Organisationen ({count})</translation>
    </message>
    <message>
        <source>Select a person to see the events they took part in.</source>
        <translation>Wählen Sie eine Person aus, um die Veranstaltungen zu sehen, an denen sie teilgenommen hat.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Veranstaltung</numerusform>
            <numerusform>%n Veranstaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no events yet</source>
        <translation>noch keine Veranstaltungen</translation>
    </message>
    <message>
        <source>Select an organisation to see its members.</source>
        <translation>Wählen Sie eine Organisation aus, um ihre Mitglieder zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>no members</source>
        <translation>keine Mitglieder</translation>
    </message>
    <message>
        <source>No person matches '{}'</source>
        <translation>Keine Person passt zu „{}“</translation>
    </message>
    <message>
        <source>No organisation matches '{}'</source>
        <translation>Keine Organisation passt zu „{}“</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Teilnehmendenliste</translation>
    </message>
    <message>
        <source>Signature sheets</source>
        <translation>Unterschriftenlisten</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Reiseplan</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <source>Conclusions report</source>
        <translation>Ergebnisbericht</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>participant list</source>
        <translation>Teilnehmendenliste</translation>
    </message>
    <message>
        <source>signature sheets</source>
        <translation>Unterschriftenlisten</translation>
    </message>
    <message>
        <source>itinerary</source>
        <translation>Reiseplan</translation>
    </message>
    <message>
        <source>name badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <source>conclusions report</source>
        <translation>Ergebnisbericht</translation>
    </message>
    <message>
        <source>The programme day by day, for the room</source>
        <translation>Das Programm Tag für Tag, für den Raum</translation>
    </message>
    <message>
        <source>Who takes part, for the host and the hotel</source>
        <translation>Wer teilnimmt, für die Gastgeber und das Hotel</translation>
    </message>
    <message>
        <source>One sheet per day to sign, as funders ask for</source>
        <translation>Eine Liste pro Tag zum Unterschreiben, wie von Fördergebern verlangt</translation>
    </message>
    <message>
        <source>Travel, hotels and visits day by day</source>
        <translation>Anreise, Hotels und Besuche Tag für Tag</translation>
    </message>
    <message>
        <source>Badges to cut out, several per page</source>
        <translation>Namensschilder zum Ausschneiden, mehrere pro Seite</translation>
    </message>
    <message>
        <source>Summary, conclusions, decisions and actions</source>
        <translation>Zusammenfassung, Ergebnisse, Beschlüsse und Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation>&amp;Tagesordnung…</translation>
    </message>
    <message>
        <source>&amp;Participant list…</source>
        <translation>Teilnehmenden&amp;liste…</translation>
    </message>
    <message>
        <source>&amp;Signature sheets…</source>
        <translation>&amp;Unterschriftenlisten…</translation>
    </message>
    <message>
        <source>&amp;Itinerary…</source>
        <translation>&amp;Reiseplan…</translation>
    </message>
    <message>
        <source>&amp;Name badges…</source>
        <translation>&amp;Namensschilder…</translation>
    </message>
    <message>
        <source>&amp;Conclusions report…</source>
        <translation>&amp;Ergebnisbericht…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Participants by country, gender, organisation, new or returning</source>
        <translation>Teilnehmende nach Land, Geschlecht, Organisation, neu oder wiederkehrend</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>&amp;Statistik…</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF-Dokumente (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>Send it to a printer</source>
        <translation>An einen Drucker senden</translation>
    </message>
    <message>
        <source>Save it as a PDF file, to send or print later</source>
        <translation>Als PDF-Datei speichern, um sie zu versenden oder später zu drucken</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>Preparing the {document}…</source>
        <translation>„{document}“ wird vorbereitet…</translation>
    </message>
    <message>
        <source>The document was made but cannot be shown.</source>
        <translation>Das Dokument wurde erstellt, kann aber nicht angezeigt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · {paper}</source>
        <translation>
            <numerusform>%n Seite · {paper}</numerusform>
            <numerusform>%n Seiten · {paper}</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong while making the {document}; it has been written to the log.

{message}</source>
        <translation>Beim Erstellen von „{document}“ ist ein Fehler aufgetreten; er wurde im Protokoll festgehalten.

{message}</translation>
    </message>
    <message>
        <source>The {document} could not be made.

{message}</source>
        <translation>„{document}“ konnte nicht erstellt werden.

{message}</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Seite {page} von {count}</translation>
    </message>
    <message>
        <source>Print the {document}</source>
        <translation>„{document}“ drucken</translation>
    </message>
    <message>
        <source>Printing the {document}…</source>
        <translation>„{document}“ wird gedruckt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <source>The {document} could not be printed: {error}.</source>
        <translation>„{document}“ konnte nicht gedruckt werden: {error}.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to {printer}</source>
        <translation>
            <numerusform>%n Seite an {printer} gesendet</numerusform>
            <numerusform>%n Seiten an {printer} gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>%n Seite gedruckt</numerusform>
            <numerusform>%n Seiten gedruckt</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Cannot save the document</source>
        <translation>Dokument kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>{file} could not be saved.

{error}</source>
        <translation>{file} konnte nicht gespeichert werden.

{error}</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Gespeichert als {file}</translation>
    </message>
    <message>
        <source>Planner document</source>
        <translation>Planner-Dokument</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>der Drucker konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>the printer refused the next page</source>
        <translation>der Drucker hat die nächste Seite abgelehnt</translation>
    </message>
    <message>
        <source>page {page} could not be drawn</source>
        <translation>Seite {page} konnte nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumente</translation>
    </message>
    <message>
        <source>Print preview of the agenda</source>
        <translation>Druckvorschau der Tagesordnung</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Preview, print or save the agenda, lists, sheets, badges and reports of this event</source>
        <translation>Tagesordnung, Listen, Unterschriftenlisten, Namensschilder und Berichte dieser Veranstaltung ansehen, drucken oder speichern</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation>Planner-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Planner event files (*.planner.json *.json);;All files (*)</source>
        <translation>Planner-Veranstaltungsdateien (*.planner.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Calendars (*.ics);;All files (*)</source>
        <translation>Kalender (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Import event file…</source>
        <translation>Veranstaltungsdatei &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export event file…</source>
        <translation>Veranstaltungsdatei &amp;exportieren…</translation>
    </message>
    <message>
        <source>Import &amp;calendar (.ics)…</source>
        <translation>Kalender &amp;importieren (.ics)…</translation>
    </message>
    <message>
        <source>Export c&amp;alendar (.ics)…</source>
        <translation>Kalender e&amp;xportieren (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name, or open it with File ▸ Open database.</source>
        <translation>{file} existiert bereits; wählen Sie einen anderen Namen oder öffnen Sie die Datei mit Datei ▸ Datenbank öffnen.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Cannot add the sample events</source>
        <translation>Die Beispielveranstaltungen können nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>{error}

Nothing was imported.</source>
        <translation>{error}

Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Import of {file} stopped; nothing was imported.</source>
        <translation>Import von {file} abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
    <message>
        <source>an import</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>ein Import</translation>
    </message>
    <message>
        <source>Export stopped; {file} was not written.</source>
        <translation>Export abgebrochen; {file} wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>an export</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>ein Export</translation>
    </message>
    <message>
        <source>Import event file</source>
        <translation>Veranstaltungsdatei importieren</translation>
    </message>
    <message>
        <source>Imported “{title}” from {file}</source>
        <translation>„{title}“ aus {file} importiert</translation>
    </message>
    <message>
        <source>Cannot import the event file</source>
        <translation>Veranstaltungsdatei kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Export event file</source>
        <translation>Veranstaltungsdatei exportieren</translation>
    </message>
    <message>
        <source>Cannot export the event</source>
        <translation>Veranstaltung kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported “{title}” to {file}</source>
        <translation>„{title}“ nach {file} exportiert</translation>
    </message>
    <message>
        <source>Exporting “{title}”…</source>
        <translation>„{title}“ wird exportiert…</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <source>Cannot import the calendar</source>
        <translation>Kalender kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Updated “{title}” from {file}</source>
        <translation>„{title}“ aus {file} aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>• … and %n more</source>
        <translation>
            <numerusform>• … und %n weitere</numerusform>
            <numerusform>• … und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar imported</source>
        <translation>Kalender importiert</translation>
    </message>
    <message>
        <source>Imported “{title}” from {file}.

{notes}</source>
        <translation>„{title}“ aus {file} importiert.

{notes}</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>Kalender kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported the calendar of “{title}” to {file}</source>
        <translation>Kalender von „{title}“ nach {file} exportiert</translation>
    </message>
    <message>
        <source>Exporting the calendar of “{title}”…</source>
        <translation>Kalender von „{title}“ wird exportiert…</translation>
    </message>
    <message>
        <source>Cannot back up the database</source>
        <translation>Datenbank kann nicht gesichert werden</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>Gesichert in {file}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n gesendet</numerusform>
            <numerusform>%n gesendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailPassword</name>
    <message>
        <source>There is no usable keyring: {problem}.
Planner asks for the password once per session and keeps it in memory only.</source>
        <translation>Es ist kein nutzbarer Schlüsselbund vorhanden: {problem}.
Planner fragt das Passwort einmal pro Sitzung ab und behält es nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>No password is kept for this account yet; it will be kept in the system keyring.</source>
        <translation>Für dieses Konto ist noch kein Passwort hinterlegt; es wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>E-Mail-Passwort</translation>
    </message>
    <message>
        <source>Password of {user} on {server}:</source>
        <translation>Passwort von {user} auf {server}:</translation>
    </message>
</context>
<context>
    <name>MailServer</name>
    <message>
        <source>No mail server is set for this database: set one in Edit ▸ Mail settings…, or save the messages as files.</source>
        <translation>Für diese Datenbank ist kein Mailserver eingerichtet: Richten Sie einen unter Bearbeiten ▸ E-Mail-Einstellungen… ein oder speichern Sie die Nachrichten als Dateien.</translation>
    </message>
    <message>
        <source>{server}, {security} as {user}, from {sender} (change in Edit ▸ Mail settings…)</source>
        <translation>{server}, {security} als {user}, Absender {sender} (ändern unter Bearbeiten ▸ E-Mail-Einstellungen…)</translation>
    </message>
    <message>
        <source>{server}, {security}, from {sender} (change in Edit ▸ Mail settings…)</source>
        <translation>{server}, {security}, Absender {sender} (ändern unter Bearbeiten ▸ E-Mail-Einstellungen…)</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS von Anfang an (meist Port 465)</translation>
    </message>
    <message>
        <source>None: no encryption, no login (usually port 25)</source>
        <translation>Keine: ohne Verschlüsselung, ohne Anmeldung (meist Port 25)</translation>
    </message>
    <message>
        <source>Mail settings</source>
        <translation>E-Mail-Einstellungen</translation>
    </message>
    <message>
        <source>The account invitations are sent from, for this database.</source>
        <translation>Das Konto, von dem die Einladungen für diese Datenbank gesendet werden.</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>z. B. smtp.example.org</translation>
    </message>
    <message>
        <source>often the e-mail address; empty for a server without login</source>
        <translation>oft die E-Mail-Adresse; leer bei einem Server ohne Anmeldung</translation>
    </message>
    <message>
        <source>e.g. ECRI study visit</source>
        <translation>z. B. ECRI-Studienreise</translation>
    </message>
    <message>
        <source>e.g. events@example.org</source>
        <translation>z. B. veranstaltungen@example.org</translation>
    </message>
    <message>
        <source>&amp;Mail server</source>
        <translation>&amp;Mailserver</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>Sender &amp;name</source>
        <translation>Absender&amp;name</translation>
    </message>
    <message>
        <source>Sender &amp;address</source>
        <translation>Absender&amp;adresse</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>&amp;Testnachricht senden</translation>
    </message>
    <message>
        <source>Send a short message to the sender's own address with these settings</source>
        <translation>Mit diesen Einstellungen eine kurze Nachricht an die eigene Absenderadresse senden</translation>
    </message>
    <message>
        <source>No password: without a user name the server is used without logging in.</source>
        <translation>Kein Passwort: Ohne Benutzernamen wird der Server ohne Anmeldung verwendet.</translation>
    </message>
    <message>
        <source>No usable keyring: {problem}. The password will be asked once per session.</source>
        <translation>Kein nutzbarer Schlüsselbund: {problem}. Das Passwort wird einmal pro Sitzung abgefragt.</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in the database.</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems gespeichert, nie in der Datenbank.</translation>
    </message>
    <message>
        <source>(kept; type to change it)</source>
        <translation>(hinterlegt; zum Ändern neu eingeben)</translation>
    </message>
    <message>
        <source>Saved the mail settings.</source>
        <translation>E-Mail-Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>No test message sent: no password was given.</source>
        <translation>Keine Testnachricht gesendet: Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>Sending a test message to {address} through {server}…</source>
        <translation>Testnachricht an {address} über {server} wird gesendet…</translation>
    </message>
    <message>
        <source>a test message</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>eine Testnachricht</translation>
    </message>
    <message>
        <source>✓ {sent}. Look for it in the inbox of {address}.</source>
        <translation>✓ {sent}. Sehen Sie im Posteingang von {address} nach.</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <source>TLS (usually port 993)</source>
        <translation>TLS (meist Port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (meist Port 143)</translation>
    </message>
    <message>
        <source>None: only for a test server on this computer</source>
        <translation>Keine: nur für einen Testserver auf diesem Computer</translation>
    </message>
    <message>
        <source>Fetch replies from mailbox</source>
        <translation>Antworten aus Postfach abrufen</translation>
    </message>
    <message>
        <source>The password is kept until Planner closes only, never written down: {problem}.</source>
        <translation>Das Passwort wird nur bis zum Schließen von Planner behalten und nirgends gespeichert: {problem}.</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring ({keyring}), never in the database.</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems ({keyring}) gespeichert, nie in der Datenbank.</translation>
    </message>
    <message>
        <source>Planner reads the answers to your invitations from the mailbox they arrive in. Only messages with a calendar are downloaded, none is marked as read, and mail about other meetings is left alone.</source>
        <translation>Planner liest die Antworten auf Ihre Einladungen aus dem Postfach, in dem sie eingehen. Nur Nachrichten mit einem Kalender werden heruntergeladen, keine wird als gelesen markiert, und E-Mails zu anderen Terminen bleiben unberührt.</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>meist Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Fetch replies</source>
        <translation>Antworten abrufen</translation>
    </message>
    <message>
        <source>Fetching reads what arrived since the last fetch.</source>
        <translation>Beim Abrufen wird gelesen, was seit dem letzten Abruf eingegangen ist.</translation>
    </message>
    <message>
        <source>Type the password of the mailbox.</source>
        <translation>Geben Sie das Passwort des Postfachs ein.</translation>
    </message>
    <message>
        <source>Reading {folder} on {server}…</source>
        <translation>{folder} auf {server} wird gelesen…</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>fetching replies</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>das Abrufen der Antworten</translation>
    </message>
    <message>
        <source>Reading replies…</source>
        <translation>Antworten werden gelesen…</translation>
    </message>
    <message>
        <source>reading replies</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>das Lesen der Antworten</translation>
    </message>
    <message>
        <source>In the mailbox: {summary}</source>
        <translation>Im Postfach: {summary}</translation>
    </message>
    <message>
        <source>{message}: left aside, too large to be a reply.</source>
        <translation>{message}: übergangen, zu groß für eine Antwort.</translation>
    </message>
    <message>
        <source>More messages are waiting: fetch again to read them.</source>
        <translation>Weitere Nachrichten warten: Rufen Sie erneut ab, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Replies fetched</source>
        <translation>Antworten abgerufen</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Antwort an</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>the calendar invitation ({method}), shown with Accept / Decline</source>
        <translation>die Kalendereinladung ({method}), angezeigt mit Zusagen / Absagen</translation>
    </message>
    <message>
        <source>Attached: {attachments}</source>
        <translation>Angehängt: {attachments}</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Read-only: you can look at everything and make documents, but not change anything.</source>
        <translation>Schreibgeschützt: Sie können alles ansehen und Dokumente erstellen, aber nichts ändern.</translation>
    </message>
    <message>
        <source>Planner has not changed the file.</source>
        <translation>Planner hat die Datei nicht verändert.</translation>
    </message>
    <message>
        <source>{folder}: cannot create the data folder ({reason})</source>
        <translation>{folder}: Der Datenordner kann nicht angelegt werden ({reason})</translation>
    </message>
    <message>
        <source>{file}: the folder {folder} does not exist</source>
        <translation>{file}: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>{file}: cannot be created: {reason}</source>
        <translation>{file}: kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>{file}: {reason}, so Planner opens it read-only.

{read_only}</source>
        <translation>{file}: {reason}, daher öffnet Planner die Datei schreibgeschützt.

{read_only}</translation>
    </message>
    <message>
        <source>Database open in another Planner</source>
        <translation>Datenbank in einem anderen Planner geöffnet</translation>
    </message>
    <message>
        <source>{file} is open {where}.

Open it read-only, or cancel?</source>
        <translation>{file} ist geöffnet {where}.

Schreibgeschützt öffnen oder abbrechen?</translation>
    </message>
    <message>
        <source>{read_only} What is changed in the other Planner shows here when you open the database again.

{file}</source>
        <translation>{read_only} Änderungen im anderen Planner werden hier sichtbar, wenn Sie die Datenbank erneut öffnen.

{file}</translation>
    </message>
    <message>
        <source>{error}.

Planner opens it read-only. {read_only}</source>
        <translation>{error}.

Planner öffnet die Datei schreibgeschützt. {read_only}</translation>
    </message>
    <message>
        <source>Is the drive, USB stick or network folder connected? Check the path, or choose another database with File ▸ Open database.</source>
        <translation>Ist das Laufwerk, der USB-Stick oder der Netzwerkordner verbunden? Prüfen Sie den Pfad oder wählen Sie mit Datei ▸ Datenbank öffnen eine andere Datenbank.</translation>
    </message>
    <message>
        <source>{untouched} Choose a Planner database with File ▸ Open database.</source>
        <translation>{untouched} Wählen Sie mit Datei ▸ Datenbank öffnen eine Planner-Datenbank.</translation>
    </message>
    <message>
        <source>{untouched} Restore a backup of it, or choose another database with File ▸ Open database.</source>
        <translation>{untouched} Stellen Sie eine Sicherung davon wieder her oder wählen Sie mit Datei ▸ Datenbank öffnen eine andere Datenbank.</translation>
    </message>
    <message>
        <source>Check that you may read this file, or choose another database with File ▸ Open database.</source>
        <translation>Prüfen Sie, ob Sie diese Datei lesen dürfen, oder wählen Sie mit Datei ▸ Datenbank öffnen eine andere Datenbank.</translation>
    </message>
    <message>
        <source>{untouched} Choose another database with File ▸ Open database.</source>
        <translation>{untouched} Wählen Sie mit Datei ▸ Datenbank öffnen eine andere Datenbank.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>what it holds cannot be read</source>
        <translation>ihr Inhalt ist nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), the newest: {event}</source>
        <translation>
            <numerusform>%n Veranstaltung, die neueste: {event}</numerusform>
            <numerusform>%n Veranstaltungen, die neueste: {event}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Veranstaltung</numerusform>
            <numerusform>%n Veranstaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup of {made} ({holds})</source>
        <translation>die Sicherung vom {made} ({holds})</translation>
    </message>
    <message>
        <source>{error}.

Restore {backup}?</source>
        <translation>{error}.

{backup} wiederherstellen?</translation>
    </message>
    <message>
        <source>{untouched} Restoring keeps it: backed up, or set aside beside it as {file}.damaged-… when it cannot be read at all. Nothing is deleted.</source>
        <translation>{untouched} Beim Wiederherstellen bleibt sie erhalten: gesichert oder, wenn sie gar nicht lesbar ist, daneben als {file}.damaged-… abgelegt. Es wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Sicherung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>{file}: restored {backup}.</source>
        <translation>{file}: {backup} wiederhergestellt.</translation>
    </message>
    <message>
        <source>The file as it was is kept in {file}.</source>
        <translation>Die Datei im bisherigen Zustand liegt in {file}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>For each reader</source>
        <translation>Sprache der jeweiligen Person</translation>
    </message>
    <message>
        <source>Words, dates and numbers in this language; for each reader: a traveller's itinerary in theirs</source>
        <translation>Wörter, Datumsangaben und Zahlen in dieser Sprache; bei „Sprache der jeweiligen Person“ steht der Reiseplan einer reisenden Person in deren Sprache</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Spr&amp;ache</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Dietary and access needs</source>
        <translation>Ernährung und Barrierefreiheit</translation>
    </message>
    <message>
        <source>Arrival and departure</source>
        <translation>Anreise und Abreise</translation>
    </message>
    <message>
        <source>Which document to make; the options below follow it</source>
        <translation>Welches Dokument erstellt wird; die Optionen darunter richten sich danach</translation>
    </message>
    <message>
        <source>Headings by country or organisation, with the people of each under it</source>
        <translation>Überschriften nach Land oder Organisation, darunter jeweils die Personen</translation>
    </message>
    <message>
        <source>Everyone's itinerary, or one traveller's own</source>
        <translation>Der Reiseplan für alle oder für eine reisende Person</translation>
    </message>
    <message>
        <source>Empty numbered rows at the end of each sheet, for people who come unannounced</source>
        <translation>Leere nummerierte Zeilen am Ende jeder Liste, für unangemeldet Erscheinende</translation>
    </message>
    <message>
        <source>as selected in the Participants tab</source>
        <translation>wie in der Registerkarte „Teilnehmende“ ausgewählt</translation>
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
        <translation>Zusätzlich</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;Gruppieren nach</translation>
    </message>
    <message>
        <source>&amp;Traveller</source>
        <translation>&amp;Reisende Person</translation>
    </message>
    <message>
        <source>&amp;Blank rows</source>
        <translation>&amp;Leerzeilen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Only the selected participants</source>
        <translation>Nur die ausgewählten Teilnehmenden</translation>
    </message>
    <message>
        <source>Select participants in the Participants tab first (Ctrl+click adds one)</source>
        <translation>Wählen Sie zuerst Teilnehmende in der Registerkarte „Teilnehmende“ aus (Strg+Klick fügt eine Person hinzu)</translation>
    </message>
    <message>
        <source>none selected in the Participants tab</source>
        <translation>keine in der Registerkarte „Teilnehmende“ ausgewählt</translation>
    </message>
    <message>
        <source>Only the selected participant</source>
        <translation>Nur die ausgewählte Person</translation>
    </message>
    <message>
        <source>Make the document for the participant selected in the Participants tab</source>
        <translation>Das Dokument für die in der Registerkarte „Teilnehmende“ ausgewählte Person erstellen</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected participants</source>
        <translation>
            <numerusform>Nur die %n ausgewählte Person</numerusform>
            <numerusform>Nur die %n ausgewählten Teilnehmenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the document for the %n participants selected in the Participants tab</source>
        <translation>
            <numerusform>Das Dokument für die %n in der Registerkarte „Teilnehmende“ ausgewählte Person erstellen</numerusform>
            <numerusform>Das Dokument für die %n in der Registerkarte „Teilnehmende“ ausgewählten Personen erstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contact card (QR code)</source>
        <translation>Kontaktkarte (QR-Code)</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Recipient</source>
        <translation>Empfänger/in</translation>
    </message>
    <message>
        <source>Gets</source>
        <translation>Erhält</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>New invitation</source>
        <translation>Neue Einladung</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Absage</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Message, incomplete</source>
        <translation>Nachricht, unvollständig</translation>
    </message>
    <message numerus="yes">
        <source>%n saved</source>
        <translation>
            <numerusform>%n gespeichert</numerusform>
            <numerusform>%n gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n gesendet</numerusform>
            <numerusform>%n gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (stopped)</source>
        <translation>
            <numerusform>%n nicht gesendet (abgebrochen)</numerusform>
            <numerusform>%n nicht gesendet (abgebrochen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n got nothing</source>
        <translation>
            <numerusform>%n ohne Nachricht</numerusform>
            <numerusform>%n ohne Nachricht</numerusform>
        </translation>
    </message>
    <message>
        <source>Run again to deliver only what is missing.</source>
        <translation>Starten Sie erneut, um nur das Fehlende zuzustellen.</translation>
    </message>
    <message>
        <source>FAILED: {recipient}: {reason}</source>
        <translation>FEHLGESCHLAGEN: {recipient}: {reason}</translation>
    </message>
    <message>
        <source>Not saved, stopped: {recipient}</source>
        <translation>Nicht gespeichert, abgebrochen: {recipient}</translation>
    </message>
    <message>
        <source>Not sent, stopped: {recipient}</source>
        <translation>Nicht gesendet, abgebrochen: {recipient}</translation>
    </message>
    <message>
        <source>Saved: {recipient}</source>
        <translation>Gespeichert: {recipient}</translation>
    </message>
    <message>
        <source>Sent: {recipient}</source>
        <translation>Gesendet: {recipient}</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n new invitation(s)</source>
        <translation>
            <numerusform>%n neue Einladung</numerusform>
            <numerusform>%n neue Einladungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n Aktualisierung</numerusform>
            <numerusform>%n Aktualisierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancellation(s)</source>
        <translation>
            <numerusform>%n Absage</numerusform>
            <numerusform>%n Absagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incomplete message(s)</source>
        <translation>
            <numerusform>%n unvollständige Nachricht</numerusform>
            <numerusform>%n unvollständige Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody to write to: the event has no participants.</source>
        <translation>Niemand zum Anschreiben: Die Veranstaltung hat keine Teilnehmenden.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to send: none of the %n people listed is due a message.</source>
        <translation>
            <numerusform>Nichts zu senden: Für die aufgeführte Person ist keine Nachricht fällig.</numerusform>
            <numerusform>Nichts zu senden: Für keine der %n aufgeführten Personen ist eine Nachricht fällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to deliver.</source>
        <translation>
            <numerusform>%n Nachricht zuzustellen.</numerusform>
            <numerusform>%n Nachrichten zuzustellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to deliver: {what}.</source>
        <translation>
            <numerusform>%n Nachricht zuzustellen: {what}.</numerusform>
            <numerusform>%n Nachrichten zuzustellen: {what}.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 person gets nothing (see why below).</source>
        <translation>1 Person erhält nichts (Gründe siehe unten).</translation>
    </message>
    <message numerus="yes">
        <source>%n people get nothing (see why below).</source>
        <translation>
            <numerusform>%n Person erhält nichts (Gründe siehe unten).</numerusform>
            <numerusform>%n Personen erhalten nichts (Gründe siehe unten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the messages…</source>
        <translation>Nachrichten werden vorbereitet…</translation>
    </message>
    <message>
        <source>Select a recipient to see their message.</source>
        <translation>Wählen Sie einen Empfänger aus, um seine Nachricht zu sehen.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Zustellen</translation>
    </message>
    <message>
        <source>Send through the mail server</source>
        <translation>Über den Mailserver senden</translation>
    </message>
    <message>
        <source>Save as e-mail files (.eml) in a folder, to send from your own mail program</source>
        <translation>Als E-Mail-Dateien (.eml) in einem Ordner speichern, um sie aus Ihrem eigenen E-Mail-Programm zu senden</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>I will send these files myself: count them as sent, so next time only changes go out</source>
        <translation>Ich sende diese Dateien selbst: als gesendet zählen, damit beim nächsten Mal nur Änderungen verschickt werden</translation>
    </message>
    <message>
        <source>Folder for the messages</source>
        <translation>Ordner für die Nachrichten</translation>
    </message>
    <message>
        <source>Save files</source>
        <translation>Dateien speichern</translation>
    </message>
    <message>
        <source>Cannot prepare the messages: {error}</source>
        <translation>Die Nachrichten können nicht vorbereitet werden: {error}</translation>
    </message>
    <message>
        <source>preparing the messages</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>das Vorbereiten der Nachrichten</translation>
    </message>
    <message>
        <source>{recipient} gets nothing: {reason}.</source>
        <translation>{recipient} erhält nichts: {reason}.</translation>
    </message>
    <message>
        <source>Saving the messages…</source>
        <translation>Nachrichten werden gespeichert…</translation>
    </message>
    <message>
        <source>Sending the messages…</source>
        <translation>Nachrichten werden gesendet…</translation>
    </message>
    <message>
        <source>sending the messages</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>das Senden der Nachrichten</translation>
    </message>
</context>
<context>
    <name>OutputCheck</name>
    <message>
        <source>a PDF</source>
        <translation>eine PDF-Datei</translation>
    </message>
    <message>
        <source>a Planner event file</source>
        <translation>eine Planner-Veranstaltungsdatei</translation>
    </message>
    <message>
        <source>a calendar (.ics)</source>
        <translation>einen Kalender (.ics)</translation>
    </message>
    <message>
        <source>a CSV list</source>
        <translation>eine CSV-Liste</translation>
    </message>
    <message>
        <source>an Excel workbook (.xlsx)</source>
        <translation>eine Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>an e-mail message (.eml)</source>
        <translation>eine E-Mail-Nachricht (.eml)</translation>
    </message>
    <message>
        <source>a Planner backup</source>
        <translation>eine Planner-Sicherung</translation>
    </message>
    <message>
        <source>{reason}.

Replace it with {kind}? What it holds now will be lost.</source>
        <translation>{reason}.

Durch {kind} ersetzen? Ihr bisheriger Inhalt geht verloren.</translation>
    </message>
    <message>
        <source>a Word document (.docx)</source>
        <translation>ein Word-Dokument (.docx)</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Anrede/Titel</translation>
    </message>
    <message>
        <source>e.g. Dr., Ms., Prof.</source>
        <translation>z. B. Dr., Frau, Prof.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Ernährung</translation>
    </message>
    <message>
        <source>e.g. vegetarian, allergies</source>
        <translation>z. B. vegetarisch, Allergien</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <source>e.g. wheelchair access</source>
        <translation>z. B. rollstuhlgerechter Zugang</translation>
    </message>
    <message>
        <source>Pick one, or type a new organisation's name</source>
        <translation>Auswählen oder den Namen einer neuen Organisation eingeben</translation>
    </message>
    <message>
        <source>Pick an organisation of the Directory, or type the name of a new one</source>
        <translation>Eine Organisation aus dem Verzeichnis auswählen oder den Namen einer neuen eingeben</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
</context>
<context>
    <name>PersonalCalendarsDialog</name>
    <message>
        <source>Personal calendars</source>
        <translation>Persönliche Kalender</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} und %n weitere Person</numerusform>
            <numerusform>{names} und %n weitere Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>A calendar for {name}: the programme with their own items marked, their travel and hotel.</source>
        <translation>Ein Kalender für {name}: das Programm mit den eigenen Punkten hervorgehoben, Anreise und Hotel.</translation>
    </message>
    <message numerus="yes">
        <source>A calendar for each of the %n participants selected ({names}), one file each in a folder you choose: the programme with their own items marked, their travel and hotel.</source>
        <translation>
            <numerusform>Ein Kalender für die %n ausgewählte Person ({names}), eine Datei in einem Ordner Ihrer Wahl: das Programm mit den eigenen Punkten hervorgehoben, Anreise und Hotel.</numerusform>
            <numerusform>Ein Kalender für jede der %n ausgewählten Personen ({names}), je eine Datei in einem Ordner Ihrer Wahl: das Programm mit den eigenen Punkten hervorgehoben, Anreise und Hotel.</numerusform>
        </translation>
    </message>
    <message>
        <source>With the open actions they own</source>
        <translation>Mit den offenen Aufgaben, für die sie verantwortlich sind</translation>
    </message>
    <message>
        <source>Choose where…</source>
        <translation>Speicherort wählen…</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>This version of Planner does not include this document.</source>
        <translation>Diese Planner-Version enthält dieses Dokument nicht.</translation>
    </message>
    <message>
        <source>rendering the {document} of event {event}</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>das Erstellen von „{document}“ für Veranstaltung {event}</translation>
    </message>
</context>
<context>
    <name>ReplyActions</name>
    <message>
        <source>Replies (*.eml *.ics);;All files (*)</source>
        <translation>Antworten (*.eml *.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import &amp;replies to invitations…</source>
        <translation>&amp;Antworten auf Einladungen importieren…</translation>
    </message>
    <message>
        <source>Read partners' answers (.eml or .ics) into their participant status</source>
        <translation>Antworten der Partner (.eml oder .ics) in ihren Teilnahmestatus übernehmen</translation>
    </message>
    <message>
        <source>&amp;Fetch replies from mailbox…</source>
        <translation>Antworten aus Postfach a&amp;brufen…</translation>
    </message>
    <message>
        <source>Read the answers to your invitations from the mailbox they arrive in (IMAP)</source>
        <translation>Die Antworten auf Ihre Einladungen aus dem Postfach lesen, in dem sie eingehen (IMAP)</translation>
    </message>
    <message>
        <source>Import replies</source>
        <translation>Antworten importieren</translation>
    </message>
    <message>
        <source>Cannot fetch replies</source>
        <translation>Antworten können nicht abgerufen werden</translation>
    </message>
    <message>
        <source>Cannot import the replies</source>
        <translation>Antworten können nicht importiert werden</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Reading replies…</source>
        <translation>Antworten werden gelesen…</translation>
    </message>
    <message>
        <source>reading replies</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>das Lesen der Antworten</translation>
    </message>
    <message>
        <source>Replies read</source>
        <translation>Antworten gelesen</translation>
    </message>
</context>
<context>
    <name>SendInvitations</name>
    <message>
        <source>Each participant gets their own invitation, which calendar programs show with Accept and Decline; whoever was sent one before gets an update only if the event changed, and whoever no longer comes gets a cancellation. Their answers come back with Calendar ▸ Fetch replies from mailbox… or Calendar ▸ Import replies to invitations…</source>
        <translation>Alle Teilnehmenden erhalten eine eigene Einladung, die Kalenderprogramme mit Zusagen und Absagen anzeigen; wer schon eine erhalten hat, bekommt nur dann eine Aktualisierung, wenn sich die Veranstaltung geändert hat, und wer nicht mehr teilnimmt, erhält eine Absage. Die Antworten kommen über Kalender ▸ Antworten aus Postfach abrufen… oder Kalender ▸ Antworten auf Einladungen importieren… zurück.</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>Einladungen senden</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>A template of your own with the same text, to change</source>
        <translation>Eine eigene Vorlage mit demselben Text, zum Ändern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Put the placeholder chosen where the cursor is in the subject or the body</source>
        <translation>Den gewählten Platzhalter an der Cursorposition im Betreff oder im Text einfügen</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>Platzhalter (Doppelklick zum Einfügen):</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Vorschau für:</translation>
    </message>
    <message>
        <source>{name} (shipped)</source>
        <translation>{name} (mitgeliefert)</translation>
    </message>
    <message>
        <source>Shipped with Planner: read-only; copy it to make one of your own</source>
        <translation>Mit Planner mitgeliefert: schreibgeschützt; kopieren Sie sie, um eine eigene zu erstellen</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>Person {number}</translation>
    </message>
    <message>
        <source>Shipped with Planner and read-only: Copy makes one of your own to change.</source>
        <translation>Mit Planner mitgeliefert und schreibgeschützt: „Kopieren“ erstellt eine eigene zum Ändern.</translation>
    </message>
    <message>
        <source>Your own template.</source>
        <translation>Ihre eigene Vorlage.</translation>
    </message>
    <message>
        <source>Open an event with participants to see a preview.</source>
        <translation>Öffnen Sie eine Veranstaltung mit Teilnehmenden, um eine Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>Cannot be filled in: {error}</source>
        <translation>Kann nicht ausgefüllt werden: {error}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Betreff: {subject}</translation>
    </message>
    <message>
        <source>Missing, so not sent unless you say so: {problem}</source>
        <translation>Fehlt, daher nur auf ausdrücklichen Wunsch gesendet: {problem}</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Dear {given_name},</source>
        <translation>Guten Tag {given_name},</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the template '{name}'? Edit ▸ Undo brings it back.</source>
        <translation>Die Vorlage „{name}“ löschen? Bearbeiten ▸ Rückgängig stellt sie wieder her.</translation>
    </message>
</context>
<context>
    <name>WordExport</name>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Word-Dokumente (*.docx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save as &amp;Word document…</source>
        <translation>Als &amp;Word-Dokument speichern…</translation>
    </message>
    <message>
        <source>Save the report as a Word document, to edit it before sending it</source>
        <translation>Den Bericht als Word-Dokument speichern, um ihn vor dem Versand zu bearbeiten</translation>
    </message>
    <message>
        <source>Save as Word document</source>
        <translation>Als Word-Dokument speichern</translation>
    </message>
    <message>
        <source>Cannot save the Word document</source>
        <translation>Das Word-Dokument kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>{file} could not be saved.

{error}</source>
        <translation>{file} konnte nicht gespeichert werden.

{error}</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Gespeichert als {file}</translation>
    </message>
</context>
<context>
    <name>ZoomBar</name>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <source>The whole width of the page</source>
        <translation>Die ganze Breite der Seite</translation>
    </message>
</context>
</TS>