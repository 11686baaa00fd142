<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppContext</name>
    <message>
        <source>Cannot save this</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot {action}</source>
        <translation>Nicht möglich: {action}</translation>
    </message>
    <message>
        <source>The database is open read-only</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>{path}: opened read-only; nothing was changed. To make changes, close it in the other Planner (or make the file writable), then open it again with File ▸ Open database.</source>
        <translation>{path}: schreibgeschützt geöffnet; nichts wurde geändert. Um etwas zu ändern, schließen Sie die Datenbank im anderen Planner (oder machen Sie die Datei beschreibbar) und öffnen Sie sie dann erneut mit Datei ▸ Datenbank öffnen.</translation>
    </message>
</context>
<context>
    <name>CountryLine</name>
    <message>
        <source>e.g. Greece, Ελλάδα or GR: a name in any European language, or the code</source>
        <translation>z. B. Griechenland, Ελλάδα oder GR: ein Name in einer europäischen Sprache oder der Code</translation>
    </message>
</context>
<context>
    <name>EventNavigator</name>
    <message>
        <source>Search events…</source>
        <translation>Veranstaltungen suchen…</translation>
    </message>
    <message>
        <source>No event matches &apos;{}&apos;</source>
        <translation>Keine Veranstaltung passt zu „{}“</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Bevorstehend</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>By programme</source>
        <translation>Nach Förderprogramm</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>Ohne Förderprogramm</translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistik</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <source>No {field} matches &apos;{}&apos;</source>
        <translation>Nichts im Feld „{field}“ passt zu „{}“</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>&lt;h2&gt;Getting started with Planner&lt;/h2&gt; &lt;p&gt;Planner keeps your workshops, partner meetings, study visits and conferences in one database on this computer: each event with its days, venue and time zone, its programme, who takes part, their travel and hotels, and what was decided. Every change is saved at once, and &lt;b&gt;Edit ▸ Undo&lt;/b&gt; (Ctrl+Z) takes it back.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Erste Schritte mit Planner&lt;/h2&gt; &lt;p&gt;Planner verwaltet Ihre Workshops, Partnertreffen, Studienreisen und Konferenzen in einer Datenbank auf diesem Computer: jede Veranstaltung mit ihren Tagen, Veranstaltungsort und Zeitzone, ihrer Tagesordnung, den Teilnehmenden, deren Reisen und Hotels und dem, was beschlossen wurde. Jede Änderung wird sofort gespeichert, und &lt;b&gt;Bearbeiten ▸ Rückgängig&lt;/b&gt; (Strg+Z) nimmt sie zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The events and their five tabs&lt;/h3&gt; &lt;p&gt;Choose an event on the left, or create one with &lt;b&gt;Event ▸ New event&lt;/b&gt; (Ctrl+N). It opens in five tabs (Alt+1 to Alt+5):&lt;/p&gt; &lt;ul&gt; &lt;li&gt;&lt;b&gt;Overview&lt;/b&gt;: the event&apos;s details, related events, and what needs attention: conflicts, people without travel or a hotel, invitations not answered, actions overdue. Click a line to go there.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Agenda&lt;/b&gt;: the programme day by day, as a list or a timeline. Drag a block to move it, or its bottom edge to change its length; from the keyboard, Alt+Up/Down and Alt+Shift+Up/Down.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Participants&lt;/b&gt;: who is invited and coming, with their role, status and needs. Add people from the Directory, or import a list with &lt;b&gt;File ▸ Participant lists&lt;/b&gt;.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Logistics&lt;/b&gt;: each person&apos;s travel and hotel, arrivals and departures, and costs.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Minutes&lt;/b&gt;: the summary, conclusions, decisions and actions, with owners and due days.&lt;/li&gt; &lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Die Veranstaltungen und ihre fünf Registerkarten&lt;/h3&gt; &lt;p&gt;Wählen Sie links eine Veranstaltung oder legen Sie mit &lt;b&gt;Veranstaltung ▸ Neue Veranstaltung&lt;/b&gt; (Strg+N) eine neue an. Sie öffnet sich in fünf Registerkarten (Alt+1 bis Alt+5):&lt;/p&gt; &lt;ul&gt; &lt;li&gt;&lt;b&gt;Übersicht&lt;/b&gt;: die Angaben zur Veranstaltung, verwandte Veranstaltungen und was Aufmerksamkeit braucht: Konflikte, Personen ohne Reise oder Hotel, unbeantwortete Einladungen, überfällige Aufgaben. Ein Klick auf eine Zeile führt dorthin.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Tagesordnung&lt;/b&gt;: das Programm Tag für Tag, als Liste oder Zeitleiste. Ziehen Sie einen Block, um ihn zu verschieben, oder seine Unterkante, um seine Dauer zu ändern; mit der Tastatur Alt+Auf/Ab und Alt+Umschalt+Auf/Ab.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Teilnehmende&lt;/b&gt;: wer eingeladen ist und wer kommt, mit Rolle, Status und Bedürfnissen. Fügen Sie Personen aus dem Verzeichnis hinzu oder importieren Sie eine Liste mit &lt;b&gt;Datei ▸ Teilnehmerlisten&lt;/b&gt;.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Logistik&lt;/b&gt;: Reise und Hotel jeder Person, An- und Abreisen sowie Kosten.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Protokoll&lt;/b&gt;: Zusammenfassung, Ergebnisse, Beschlüsse und Aufgaben, mit Verantwortlichen und Fristen.&lt;/li&gt; &lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Invitations and messages&lt;/h3&gt; &lt;p&gt;&lt;b&gt;Calendar ▸ Send invitations…&lt;/b&gt; e-mails each participant a calendar invitation and says first who gets a new one, an update, a cancellation or nothing. Their answers come back with &lt;b&gt;Calendar ▸ Fetch replies from mailbox…&lt;/b&gt; (or &lt;b&gt;Import replies to invitations…&lt;/b&gt;, for replies saved as files). &lt;b&gt;Calendar ▸ Send a message…&lt;/b&gt; sends a letter from a template (practical information, a reminder, a thank-you). The mail server is set once in &lt;b&gt;Edit ▸ Mail settings…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Einladungen und Nachrichten&lt;/h3&gt; &lt;p&gt;&lt;b&gt;Kalender ▸ Einladungen senden…&lt;/b&gt; schickt allen Teilnehmenden eine Kalendereinladung per E-Mail und zeigt vorher, wer eine neue Einladung, eine Aktualisierung, eine Absage oder nichts erhält. Die Antworten holen Sie mit &lt;b&gt;Kalender ▸ Antworten aus dem Postfach abrufen…&lt;/b&gt; (oder &lt;b&gt;Antworten auf Einladungen importieren…&lt;/b&gt; für als Dateien gespeicherte Antworten). &lt;b&gt;Kalender ▸ Nachricht senden…&lt;/b&gt; verschickt ein Schreiben nach einer Vorlage (praktische Hinweise, eine Erinnerung, ein Dankeschön). Den Mailserver richten Sie einmal unter &lt;b&gt;Bearbeiten ▸ E-Mail-Einstellungen…&lt;/b&gt; ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Documents&lt;/h3&gt; &lt;p&gt;The &lt;b&gt;Documents&lt;/b&gt; menu previews, prints or saves as PDF the agenda, participant and signature lists, badges, itineraries and the conclusions report (Ctrl+P opens the agenda).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dokumente&lt;/h3&gt; &lt;p&gt;Das Menü &lt;b&gt;Dokumente&lt;/b&gt; zeigt in der Vorschau, druckt oder speichert als PDF: Tagesordnung, Teilnehmer- und Unterschriftenlisten, Namensschilder, Reisepläne und den Ergebnisbericht (Strg+P öffnet die Tagesordnung).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every keyboard shortcut is listed in &lt;b&gt;Help ▸ Keyboard shortcuts&lt;/b&gt;; this page stays in &lt;b&gt;Help ▸ Getting started&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Alle Tastenkürzel stehen unter &lt;b&gt;Hilfe ▸ Tastenkürzel&lt;/b&gt;; diese Seite finden Sie jederzeit unter &lt;b&gt;Hilfe ▸ Erste Schritte&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>More tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Weitere Menüs</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Nach links blättern</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Nach rechts blättern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>{error}

Your data is safe: everything before this was saved, and the unfinished change was not. Details are in {log}.</source>
        <translation>{error}

Ihre Daten sind sicher: Alles bis hierhin wurde gespeichert, die unvollendete Änderung nicht. Einzelheiten stehen in {log}.</translation>
    </message>
    <message>
        <source>Planner opens the default database instead.</source>
        <translation>Planner öffnet stattdessen die Standarddatenbank.</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>Es wurde keine Sicherung erstellt</translation>
    </message>
    <message>
        <source>{problem}.

The database is open and every change is still saved. Try File ▸ Back up now later.</source>
        <translation>{problem}.

Die Datenbank ist geöffnet, und jede Änderung wird weiterhin gespeichert. Versuchen Sie es später mit Datei ▸ Jetzt sichern.</translation>
    </message>
    <message>
        <source>Show the {tab} tab</source>
        <translation>Registerkarte {tab} zeigen</translation>
    </message>
    <message>
        <source>Choose an event on the left, or create one with Event ▸ New event (Ctrl+N).</source>
        <translation>Wählen Sie links eine Veranstaltung oder legen Sie mit Veranstaltung ▸ Neue Veranstaltung (Strg+N) eine neue an.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Opened read-only: nothing can be changed. Close it where it is open, then open it again to change it.</source>
        <translation>Schreibgeschützt geöffnet: Nichts kann geändert werden. Schließen Sie die Datenbank dort, wo sie geöffnet ist, und öffnen Sie sie dann erneut, um sie zu ändern.</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <source>Create an event</source>
        <translation>Eine Veranstaltung anlegen</translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation>Veranstaltung &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find event</source>
        <translation>Veranstaltung &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Verzeichnis</translation>
    </message>
    <message>
        <source>People and organisations of all events</source>
        <translation>Personen und Organisationen aller Veranstaltungen</translation>
    </message>
    <message>
        <source>Open &amp;actions</source>
        <translation>Offene &amp;Aufgaben</translation>
    </message>
    <message>
        <source>Open actions of all events</source>
        <translation>Offene Aufgaben aller Veranstaltungen</translation>
    </message>
    <message>
        <source>&amp;{number} {tab}</source>
        <translation>&amp;{number} {tab}</translation>
    </message>
    <message>
        <source>Import participants…</source>
        <translation>Teilnehmende importieren…</translation>
    </message>
    <message>
        <source>Add participants from a CSV or Excel list, with a preview</source>
        <translation>Teilnehmende aus einer CSV- oder Excel-Liste hinzufügen, mit Vorschau</translation>
    </message>
    <message>
        <source>Export participants…</source>
        <translation>Teilnehmende exportieren…</translation>
    </message>
    <message>
        <source>Save the participant list as an Excel or CSV file</source>
        <translation>Die Teilnehmerliste als Excel- oder CSV-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Rückgängig: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Wiederholen: {step}</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Planner will speak the language chosen from its next start.</source>
        <translation>Planner verwendet die gewählte Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Participant lists</source>
        <translation>&amp;Teilnehmerlisten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Mail settings…</source>
        <translation>&amp;E-Mail-Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation>&amp;Veranstaltung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, and where it works</source>
        <translation>Alle Tastenkürzel und wo sie gelten</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>What Planner keeps, and where to find it</source>
        <translation>Was Planner verwaltet und wo Sie es finden</translation>
    </message>
    <message>
        <source>&amp;About Planner</source>
        <translation>Ü&amp;ber Planner</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) · read-only {path}</source>
        <translation>
            <numerusform>%n Veranstaltung · schreibgeschützt {path}</numerusform>
            <numerusform>%n Veranstaltungen · schreibgeschützt {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) · saved in {path}</source>
        <translation>
            <numerusform>%n Veranstaltung · gespeichert in {path}</numerusform>
            <numerusform>%n Veranstaltungen · gespeichert in {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>e.g. Kraków: the time zone follows</source>
        <translation>z. B. Kraków: die Zeitzone folgt</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Veranstaltung löschen</translation>
    </message>
    <message>
        <source>Delete “{title}” with its agenda, participants, travel, stays, costs and minutes?

People and organisations stay in the Directory. You can undo this with Edit ▸ Undo.</source>
        <translation>„{title}“ mit Tagesordnung, Teilnehmenden, Reisen, Unterkünften, Kosten und Protokoll löschen?

Personen und Organisationen bleiben im Verzeichnis. Sie können dies mit Bearbeiten ▸ Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Cannot delete the event</source>
        <translation>Die Veranstaltung kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>{file} — Read-only — Planner</source>
        <translation>{file} — Schreibgeschützt — Planner</translation>
    </message>
    <message>
        <source>{file} — Planner</source>
        <translation>{file} — Planner</translation>
    </message>
    <message>
        <source>About Planner</source>
        <translation>Über Planner</translation>
    </message>
    <message>
        <source>&lt;b&gt;Planner {version}&lt;/b&gt;&lt;p&gt;Plan workshops, partner meetings, study visits and conferences.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Planner {version}&lt;/b&gt;&lt;p&gt;Workshops, Partnertreffen, Studienreisen und Konferenzen planen.&lt;/p&gt;&lt;p&gt;Datenbank: {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Gastgebende Organisation</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>Organiser e-mail</source>
        <translation>E-Mail der Organisation</translation>
    </message>
    <message>
        <source>About the event</source>
        <translation>Über die Veranstaltung</translation>
    </message>
    <message>
        <source>Objectives (one a line)</source>
        <translation>Ziele (eines pro Zeile)</translation>
    </message>
    <message>
        <source>Click to see the conflicts, below</source>
        <translation>Klicken, um die Konflikte unten zu sehen</translation>
    </message>
    <message>
        <source>Click to go to the first of them in the Logistics tab</source>
        <translation>Klicken, um zum ersten Eintrag in der Registerkarte Logistik zu gehen</translation>
    </message>
    <message>
        <source>Click to list them in the Participants tab</source>
        <translation>Klicken, um sie in der Registerkarte Teilnehmende aufzulisten</translation>
    </message>
    <message>
        <source>Click to see the first in the Minutes tab</source>
        <translation>Klicken, um den ersten Eintrag in der Registerkarte Protokoll zu sehen</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} und %n weitere Person</numerusform>
            <numerusform>{names} und %n weitere Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. the organiser&apos;s address</source>
        <translation>z. B. die Adresse der Organisation</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>Verwandte Veranstaltungen</translation>
    </message>
    <message>
        <source>Conflicts and problems</source>
        <translation>Konflikte und Probleme</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nichts braucht Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open this event</source>
        <translation>Eingabetaste oder Doppelklick öffnet diese Veranstaltung</translation>
    </message>
    <message>
        <source>Click to go to the item</source>
        <translation>Klicken, um zum Eintrag zu gehen</translation>
    </message>
    <message>
        <source>No conflicts found.</source>
        <translation>Keine Konflikte gefunden.</translation>
    </message>
    <message>
        <source>Cannot save this</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>{city} is in {zone}. &lt;a href=&quot;{link}&quot;&gt;Use this time zone&lt;/a&gt;</source>
        <translation>{city} liegt in der Zeitzone {zone}. &lt;a href=&quot;{link}&quot;&gt;Diese Zeitzone verwenden&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Event in Planner</source>
        <translation>Veranstaltung in Planner</translation>
    </message>
    <message>
        <source>…or its title</source>
        <translation>…oder ihr Titel</translation>
    </message>
    <message>
        <source>Only for an event not in Planner</source>
        <translation>Nur für eine Veranstaltung, die nicht in Planner ist</translation>
    </message>
    <message>
        <source>Add a related event</source>
        <translation>Verwandte Veranstaltung hinzufügen</translation>
    </message>
    <message>
        <source>the people whose invitation is not answered</source>
        <translation>die Personen, deren Einladung unbeantwortet ist</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>Planner speaks the language chosen from its next start.</source>
        <translation>Planner verwendet die gewählte Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Details einblenden...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Details ausblenden...</translation>
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
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alles speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja, &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ein, keine</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Voreinstellungen</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Link-Adresse kopieren</translation>
    </message>
</context>
<context>
    <name>SearchCombo</name>
    <message>
        <source>Nothing matches &apos;{}&apos;</source>
        <translation>Nichts passt zu „{}“</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>{tab} tab</source>
        <translation>Registerkarte {tab}</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>A tab&apos;s keys work while the tab is shown; the others, everywhere in the window.</source>
        <translation>Die Tasten einer Registerkarte gelten, solange sie angezeigt wird; die übrigen überall im Fenster.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit the page&apos;s width</source>
        <translation>An Seitenbreite anpassen</translation>
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
        <translation>{task} läuft noch; versuchen Sie es erneut, wenn der Vorgang abgeschlossen ist</translation>
    </message>
    <message>
        <source>{task} stopped on an unexpected error ({error}); nothing was changed. Details are in {log}.</source>
        <translation>{task} wurde durch einen unerwarteten Fehler abgebrochen ({error}); nichts wurde geändert. Einzelheiten stehen in {log}.</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>ein Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Quit Planner</source>
        <translation>Planner beenden</translation>
    </message>
    <message>
        <source>{task} is running. Stop it and quit?

Nothing of it will be saved or written.</source>
        <translation>{task} läuft. Anhalten und beenden?

Davon wird nichts gespeichert oder geschrieben.</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>No time zone or place matches &apos;{}&apos;</source>
        <translation>Keine Zeitzone und kein Ort passt zu „{}“</translation>
    </message>
    <message>
        <source>Type a city, an airport or a country: Athens, ATH, Greece</source>
        <translation>Stadt, Flughafen oder Land eingeben: Athen, ATH, Griechenland</translation>
    </message>
    <message>
        <source>Type a city, an airport or a country, in any of the usual European languages</source>
        <translation>Stadt, Flughafen oder Land eingeben, in jeder gängigen europäischen Sprache</translation>
    </message>
    <message>
        <source>Planner does not know where “{place}” is: check the time zone.</source>
        <translation>Planner weiß nicht, wo „{place}“ liegt: Prüfen Sie die Zeitzone.</translation>
    </message>
</context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../planner/ui/main_window.py" line="233" />
            <source>&amp;Statistics…</source>
            <translation>&amp;Statistik…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" line="235" />
            <source>Participants by country, gender, organisation, new or returning</source>
            <translation>Teilnehmende nach Land, Geschlecht, Organisation, neu oder wiederkehrend</translation>
        </message>
    </context>
</TS>
