<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it">
<context>
    <name>ActionsModel</name>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Overdue: due {day} and still open</source>
        <translation>Scaduta: scadenza {day}, ancora aperta</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Filter by event, action or owner</source>
        <translation>Filtra per evento, azione o responsabile</translation>
    </message>
    <message>
        <source>No action matches '{}'</source>
        <translation>Nessuna azione corrisponde a «{}»</translation>
    </message>
    <message>
        <source>Show done and dropped</source>
        <translation>Mostra completate e abbandonate</translation>
    </message>
    <message>
        <source>Open in its event</source>
        <translation>Apri nel suo evento</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Segna come completata</translation>
    </message>
    <message>
        <source>Mark the selected action done</source>
        <translation>Segna come completata l'azione selezionata</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>No open actions</source>
        <translation>Nessuna azione aperta</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n azione aperta</numerusform>
            <numerusform>%n azioni aperte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n scaduta</numerusform>
            <numerusform>, %n scadute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Made</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Ultimo evento</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Planner backups (*.sqlite *.db);;All files (*)</source>
        <translation>Backup di Planner (*.sqlite *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>Su richiesta</translation>
    </message>
    <message>
        <source>Before restoring</source>
        <translation>Prima di un ripristino</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>Prima di un aggiornamento</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristina da backup</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Ripristina…</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>Da &amp;file…</translation>
    </message>
    <message>
        <source>Restore a backup kept elsewhere (written with `planner backup -o` or copied)</source>
        <translation>Ripristina un backup conservato altrove (scritto con `planner backup -o` o copiato)</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Apri &amp;cartella</translation>
    </message>
    <message>
        <source>&lt;b&gt;{database}&lt;/b&gt; is open read-only, so it cannot be restored here. Close the other Planner that has it open (or make the file writable), open it again, then restore.</source>
        <translation>&lt;b&gt;{database}&lt;/b&gt; è aperto in sola lettura, quindi non può essere ripristinato qui. Chiuda l'altro Planner che lo tiene aperto (o renda il file scrivibile), lo riapra e poi esegua il ripristino.</translation>
    </message>
    <message>
        <source>Backups of &lt;b&gt;{database}&lt;/b&gt; in {folder}, newest first.&lt;br&gt;Restoring one replaces what the database holds now; the current state is backed up first.</source>
        <translation>Backup di &lt;b&gt;{database}&lt;/b&gt; in {folder}, dal più recente.&lt;br&gt;Il ripristino sostituisce il contenuto attuale del database; lo stato attuale viene salvato prima in un backup.</translation>
    </message>
    <message>
        <source>No backups of &lt;b&gt;{database}&lt;/b&gt; yet. Planner makes one each time it opens the database after a change, and File ▸ Back up now makes one at once.</source>
        <translation>Ancora nessun backup di &lt;b&gt;{database}&lt;/b&gt;. Planner ne crea uno ogni volta che apre il database dopo una modifica, e File ▸ Esegui backup ora ne crea uno subito.</translation>
    </message>
    <message>
        <source>This backup cannot be read (damaged or incomplete)</source>
        <translation>Questo backup non è leggibile (danneggiato o incompleto)</translation>
    </message>
    <message>
        <source>the backup of {made} ({events})</source>
        <translation>il backup del {made} ({events})</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Ripristina da un file di backup</translation>
    </message>
    <message>
        <source>Replace what {database} holds now with {backup}?

The current database will be backed up first, so this can be taken back by restoring that backup.</source>
        <translation>Sostituire il contenuto attuale di {database} con {backup}?

Prima verrà eseguito un backup del database attuale, così l'operazione si potrà annullare ripristinando quel backup.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Impossibile ripristinare il backup</translation>
    </message>
    <message>
        <source>Restored {backup}; the database as it was is in {file}</source>
        <translation>Ripristinato {backup}; il database com'era si trova in {file}</translation>
    </message>
    <message>
        <source>Restored {backup}</source>
        <translation>Ripristinato {backup}</translation>
    </message>
    <message>
        <source>Cannot open the backup folder</source>
        <translation>Impossibile aprire la cartella dei backup</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarMenu</name>
    <message>
        <source>Calendars (*.ics);;All files (*)</source>
        <translation>Calendari (*.ics);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Cannot export the personal calendars</source>
        <translation>Impossibile esportare i calendari personali</translation>
    </message>
    <message>
        <source>Export &amp;personal calendars…</source>
        <translation>Esporta calendari &amp;personali…</translation>
    </message>
    <message>
        <source>A calendar for each participant selected in the Participants tab, with their travel and hotel</source>
        <translation>Un calendario per ogni partecipante selezionato nella scheda «Partecipanti», con il suo viaggio e il suo albergo</translation>
    </message>
    <message>
        <source>Send &amp;invitations…</source>
        <translation>Invia &amp;inviti…</translation>
    </message>
    <message>
        <source>Invite the participants by e-mail: who gets a new invitation, an update, a cancellation or nothing</source>
        <translation>Invita i partecipanti via e-mail: chi riceve un nuovo invito, un aggiornamento, un annullamento o niente</translation>
    </message>
    <message>
        <source>Send a &amp;message…</source>
        <translation>Invia un &amp;messaggio…</translation>
    </message>
    <message>
        <source>A letter from a template (practical information, a reminder, a thank-you) to participants</source>
        <translation>Una lettera da un modello (informazioni pratiche, un promemoria, un ringraziamento) ai partecipanti</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <source>Message &amp;templates…</source>
        <translation>Mo&amp;delli di messaggio…</translation>
    </message>
    <message>
        <source>Export &amp;personal calendar…</source>
        <translation>Esporta calendario &amp;personale…</translation>
    </message>
    <message>
        <source>Export personal calendar</source>
        <translation>Esporta calendario personale</translation>
    </message>
    <message>
        <source>Folder for the personal calendars</source>
        <translation>Cartella per i calendari personali</translation>
    </message>
    <message numerus="yes">
        <source>%n personal calendars written to {folder}</source>
        <translation>
            <numerusform>%n calendario personale salvato in {folder}</numerusform>
            <numerusform>%n calendari personali salvati in {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>The personal calendar written to {folder}</source>
        <translation>Calendario personale salvato in {folder}</translation>
    </message>
    <message>
        <source>{error}

Nothing was written.</source>
        <translation>{error}

Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>an export</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>un'esportazione</translation>
    </message>
    <message>
        <source>Writing personal calendars…</source>
        <translation>Scrittura dei calendari personali…</translation>
    </message>
</context>
<context>
    <name>CalendarPlanDialog</name>
    <message>
        <source>Update from calendar</source>
        <translation>Aggiorna dal calendario</translation>
    </message>
    <message>
        <source>{file} is a newer calendar of “{title}”. Importing it makes this change:</source>
        <translation>{file} è un calendario più recente di «{title}». L'importazione apporta questa modifica:</translation>
    </message>
    <message numerus="yes">
        <source>{file} is a newer calendar of “{title}”. Importing it makes these %n changes:</source>
        <translation>
            <numerusform>{file} è un calendario più recente di «{title}». L'importazione apporta questa %n modifica:</numerusform>
            <numerusform>{file} è un calendario più recente di «{title}». L'importazione apporta queste %n modifiche:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… e altre %n</numerusform>
            <numerusform>… e altre %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>their own itinerary (PDF)</source>
        <translation>il proprio itinerario (PDF)</translation>
    </message>
    <message>
        <source>their own calendar (.ics)</source>
        <translation>il proprio calendario (.ics)</translation>
    </message>
    <message>
        <source>the agenda (PDF)</source>
        <translation>il programma (PDF)</translation>
    </message>
    <message>
        <source>the conclusions report (PDF)</source>
        <translation>la relazione conclusiva (PDF)</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Invia un messaggio</translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>Modifica modelli…</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modello:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Oggetto:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Everyone coming (not those who declined or were cancelled)</source>
        <translation>Tutti i presenti (non chi ha rifiutato o è stato cancellato)</translation>
    </message>
    <message numerus="yes">
        <source>The %n participant(s) selected in the Participants tab</source>
        <translation>
            <numerusform>Il %n partecipante selezionato nella scheda «Partecipanti»</numerusform>
            <numerusform>I %n partecipanti selezionati nella scheda «Partecipanti»</numerusform>
        </translation>
    </message>
    <message>
        <source>The participants selected in the Participants tab (none is selected)</source>
        <translation>I partecipanti selezionati nella scheda «Partecipanti» (nessuno selezionato)</translation>
    </message>
    <message>
        <source>Those with the status or role:</source>
        <translation>Chi ha lo stato o il ruolo:</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Stato: {status}</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Ruolo: {role}</translation>
    </message>
    <message>
        <source>Attach to each message</source>
        <translation>Allega a ogni messaggio</translation>
    </message>
    <message>
        <source>Also send to those for whom a placeholder is empty (they are held back otherwise)</source>
        <translation>Invia anche a chi ha un campo vuoto (altrimenti viene trattenuto)</translation>
    </message>
    <message>
        <source>Again to those who got this template before</source>
        <translation>Di nuovo a chi ha già ricevuto questo modello</translation>
    </message>
    <message>
        <source>Next: see each message…</source>
        <translation>Avanti: vedi ogni messaggio…</translation>
    </message>
    <message>
        <source>Each participant gets the template filled in with their own details. Anyone for whom a placeholder is empty (no hotel, no arrival…) is held back and named, so that nobody gets a letter with a blank.</source>
        <translation>Ogni partecipante riceve il modello compilato con i propri dati. Chi avrebbe un campo vuoto (nessun albergo, nessun arrivo…) viene trattenuto e indicato, perché nessuno riceva una lettera con uno spazio vuoto.</translation>
    </message>
    <message>
        <source>Send “{template}”</source>
        <translation>Invia «{template}»</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Double-click an event to open it</source>
        <translation>Fare doppio clic su un evento per aprirlo</translation>
    </message>
    <message>
        <source>Double-click a member to see them among the people</source>
        <translation>Fare doppio clic su un membro per vederlo tra le persone</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nuova persona…</translation>
    </message>
    <message>
        <source>Add a person to the Directory</source>
        <translation>Aggiungi una persona alla rubrica</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Nuova organizzazione…</translation>
    </message>
    <message>
        <source>Add an organisation to the Directory</source>
        <translation>Aggiungi un'organizzazione alla rubrica</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Add to the list shown</source>
        <translation>Aggiungi all'elenco mostrato</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Modifica la voce selezionata</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Elimina la voce selezionata</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Rubrica</translation>
    </message>
    <message>
        <source>Search people and organisations</source>
        <translation>Cerca persone e organizzazioni</translation>
    </message>
    <message>
        <source>People ({count})</source>
        <translation>Persone ({count})</translation>
    </message>
    <message>
        <source>Organisations ({count})</source>
        <translation>Organizzazioni ({count})</translation>
    </message>
    <message>
        <source>Select a person to see the events they took part in.</source>
        <translation>Selezioni una persona per vedere gli eventi a cui ha partecipato.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventi</numerusform>
        </translation>
    </message>
    <message>
        <source>no events yet</source>
        <translation>ancora nessun evento</translation>
    </message>
    <message>
        <source>Select an organisation to see its members.</source>
        <translation>Selezioni un'organizzazione per vederne i membri.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membro</numerusform>
            <numerusform>%n membri</numerusform>
        </translation>
    </message>
    <message>
        <source>no members</source>
        <translation>nessun membro</translation>
    </message>
    <message>
        <source>No person matches '{}'</source>
        <translation>Nessuna persona corrisponde a «{}»</translation>
    </message>
    <message>
        <source>No organisation matches '{}'</source>
        <translation>Nessuna organizzazione corrisponde a «{}»</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Agenda</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Elenco dei partecipanti</translation>
    </message>
    <message>
        <source>Signature sheets</source>
        <translation>Fogli firme</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Badge nominativi</translation>
    </message>
    <message>
        <source>Conclusions report</source>
        <translation>Relazione conclusiva</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>participant list</source>
        <translation>Elenco dei partecipanti</translation>
    </message>
    <message>
        <source>signature sheets</source>
        <translation>Fogli firme</translation>
    </message>
    <message>
        <source>itinerary</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>name badges</source>
        <translation>Badge nominativi</translation>
    </message>
    <message>
        <source>conclusions report</source>
        <translation>Relazione conclusiva</translation>
    </message>
    <message>
        <source>The programme day by day, for the room</source>
        <translation>Il programma giorno per giorno, per la sala</translation>
    </message>
    <message>
        <source>Who takes part, for the host and the hotel</source>
        <translation>Chi partecipa, per chi ospita e per l'albergo</translation>
    </message>
    <message>
        <source>One sheet per day to sign, as funders ask for</source>
        <translation>Un foglio al giorno da firmare, come richiesto dai finanziatori</translation>
    </message>
    <message>
        <source>Travel, hotels and visits day by day</source>
        <translation>Viaggi, alberghi e visite giorno per giorno</translation>
    </message>
    <message>
        <source>Badges to cut out, several per page</source>
        <translation>Badge da ritagliare, più d'uno per pagina</translation>
    </message>
    <message>
        <source>Summary, conclusions, decisions and actions</source>
        <translation>Sintesi, conclusioni, decisioni e azioni</translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation>&amp;Programma…</translation>
    </message>
    <message>
        <source>&amp;Participant list…</source>
        <translation>&amp;Elenco dei partecipanti…</translation>
    </message>
    <message>
        <source>&amp;Signature sheets…</source>
        <translation>&amp;Fogli firme…</translation>
    </message>
    <message>
        <source>&amp;Itinerary…</source>
        <translation>&amp;Itinerario…</translation>
    </message>
    <message>
        <source>&amp;Name badges…</source>
        <translation>&amp;Badge nominativi…</translation>
    </message>
    <message>
        <source>&amp;Conclusions report…</source>
        <translation>&amp;Relazione conclusiva…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiche</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>statistiche</translation>
    </message>
    <message>
        <source>Participants by country, gender, organisation, new or returning</source>
        <translation>Partecipanti per paese, genere, organizzazione, nuovi o ricorrenti</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>&amp;Statistiche…</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documenti PDF (*.pdf);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Sal&amp;va come…</translation>
    </message>
    <message>
        <source>Send it to a printer</source>
        <translation>Invialo a una stampante</translation>
    </message>
    <message>
        <source>Save it as a PDF file, to send or print later</source>
        <translation>Salvalo come file PDF, da inviare o stampare in seguito</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparazione…</translation>
    </message>
    <message>
        <source>Preparing the {document}…</source>
        <translation>Preparazione di «{document}»…</translation>
    </message>
    <message>
        <source>The document was made but cannot be shown.</source>
        <translation>Il documento è stato creato ma non può essere mostrato.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · {paper}</source>
        <translation>
            <numerusform>%n pagina · {paper}</numerusform>
            <numerusform>%n pagine · {paper}</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong while making the {document}; it has been written to the log.

{message}</source>
        <translation>Si è verificato un errore durante la creazione di «{document}»; è stato annotato nel registro.

{message}</translation>
    </message>
    <message>
        <source>The {document} could not be made.

{message}</source>
        <translation>Impossibile creare «{document}».

{message}</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Pagina {page} di {count}</translation>
    </message>
    <message>
        <source>Print the {document}</source>
        <translation>Stampa «{document}»</translation>
    </message>
    <message>
        <source>Printing the {document}…</source>
        <translation>Stampa di «{document}»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Impossibile stampare</translation>
    </message>
    <message>
        <source>The {document} could not be printed: {error}.</source>
        <translation>Impossibile stampare «{document}»: {error}.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to {printer}</source>
        <translation>
            <numerusform>%n pagina inviata a {printer}</numerusform>
            <numerusform>%n pagine inviate a {printer}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>%n pagina stampata</numerusform>
            <numerusform>%n pagine stampate</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Salva come PDF</translation>
    </message>
    <message>
        <source>Cannot save the document</source>
        <translation>Impossibile salvare il documento</translation>
    </message>
    <message>
        <source>{file} could not be saved.

{error}</source>
        <translation>Impossibile salvare {file}.

{error}</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Salvato come {file}</translation>
    </message>
    <message>
        <source>Planner document</source>
        <translation>Documento di Planner</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>impossibile avviare la stampante</translation>
    </message>
    <message>
        <source>the printer refused the next page</source>
        <translation>la stampante ha rifiutato la pagina successiva</translation>
    </message>
    <message>
        <source>page {page} could not be drawn</source>
        <translation>impossibile disegnare la pagina {page}</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documenti</translation>
    </message>
    <message>
        <source>Print preview of the agenda</source>
        <translation>Anteprima di stampa del programma</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>Preview, print or save the agenda, lists, sheets, badges and reports of this event</source>
        <translation>Visualizza, stampa o salva il programma, gli elenchi, i fogli, i badge e le relazioni di questo evento</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation>Database di Planner (*.sqlite *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Planner event files (*.planner.json *.json);;All files (*)</source>
        <translation>File evento di Planner (*.planner.json *.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Calendars (*.ics);;All files (*)</source>
        <translation>Calendari (*.ics);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nuovo database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Apri database…</translation>
    </message>
    <message>
        <source>&amp;Import event file…</source>
        <translation>&amp;Importa file evento…</translation>
    </message>
    <message>
        <source>&amp;Export event file…</source>
        <translation>&amp;Esporta file evento…</translation>
    </message>
    <message>
        <source>Import &amp;calendar (.ics)…</source>
        <translation>Importa ca&amp;lendario (.ics)…</translation>
    </message>
    <message>
        <source>Export c&amp;alendar (.ics)…</source>
        <translation>Esporta cale&amp;ndario (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Esegui &amp;backup ora</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Ripristina da bac&amp;kup…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nuovo database</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name, or open it with File ▸ Open database.</source>
        <translation>{file} esiste già; scelga un altro nome o lo apra con File ▸ Apri database.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Apri database</translation>
    </message>
    <message>
        <source>Cannot add the sample events</source>
        <translation>Impossibile aggiungere gli eventi di esempio</translation>
    </message>
    <message>
        <source>{error}

Nothing was imported.</source>
        <translation>{error}

Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Import of {file} stopped; nothing was imported.</source>
        <translation>Importazione di {file} interrotta; non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importazione di {file}…</translation>
    </message>
    <message>
        <source>an import</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>un'importazione</translation>
    </message>
    <message>
        <source>Export stopped; {file} was not written.</source>
        <translation>Esportazione interrotta; {file} non è stato scritto.</translation>
    </message>
    <message>
        <source>an export</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>un'esportazione</translation>
    </message>
    <message>
        <source>Import event file</source>
        <translation>Importa file evento</translation>
    </message>
    <message>
        <source>Imported “{title}” from {file}</source>
        <translation>«{title}» importato da {file}</translation>
    </message>
    <message>
        <source>Cannot import the event file</source>
        <translation>Impossibile importare il file evento</translation>
    </message>
    <message>
        <source>Export event file</source>
        <translation>Esporta file evento</translation>
    </message>
    <message>
        <source>Cannot export the event</source>
        <translation>Impossibile esportare l'evento</translation>
    </message>
    <message>
        <source>Exported “{title}” to {file}</source>
        <translation>«{title}» esportato in {file}</translation>
    </message>
    <message>
        <source>Exporting “{title}”…</source>
        <translation>Esportazione di «{title}»…</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importa calendario</translation>
    </message>
    <message>
        <source>Cannot import the calendar</source>
        <translation>Impossibile importare il calendario</translation>
    </message>
    <message>
        <source>Updated “{title}” from {file}</source>
        <translation>«{title}» aggiornato da {file}</translation>
    </message>
    <message numerus="yes">
        <source>• … and %n more</source>
        <translation>
            <numerusform>• … e altre %n</numerusform>
            <numerusform>• … e altre %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar imported</source>
        <translation>Calendario importato</translation>
    </message>
    <message>
        <source>Imported “{title}” from {file}.

{notes}</source>
        <translation>«{title}» importato da {file}.

{notes}</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Esporta calendario</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>Impossibile esportare il calendario</translation>
    </message>
    <message>
        <source>Exported the calendar of “{title}” to {file}</source>
        <translation>Calendario di «{title}» esportato in {file}</translation>
    </message>
    <message>
        <source>Exporting the calendar of “{title}”…</source>
        <translation>Esportazione del calendario di «{title}»…</translation>
    </message>
    <message>
        <source>Cannot back up the database</source>
        <translation>Impossibile eseguire il backup del database</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>Backup salvato in {file}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n inviato</numerusform>
            <numerusform>%n inviati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailPassword</name>
    <message>
        <source>There is no usable keyring: {problem}.
Planner asks for the password once per session and keeps it in memory only.</source>
        <translation>Non c'è un portachiavi utilizzabile: {problem}.
Planner chiede la password una volta per sessione e la tiene solo in memoria.</translation>
    </message>
    <message>
        <source>No password is kept for this account yet; it will be kept in the system keyring.</source>
        <translation>Per questo account non è ancora conservata alcuna password; verrà conservata nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Password della posta</translation>
    </message>
    <message>
        <source>Password of {user} on {server}:</source>
        <translation>Password di {user} su {server}:</translation>
    </message>
</context>
<context>
    <name>MailServer</name>
    <message>
        <source>No mail server is set for this database: set one in Edit ▸ Mail settings…, or save the messages as files.</source>
        <translation>Per questo database non è impostato alcun server di posta: ne imposti uno in Modifica ▸ Impostazioni di posta… oppure salvi i messaggi come file.</translation>
    </message>
    <message>
        <source>{server}, {security} as {user}, from {sender} (change in Edit ▸ Mail settings…)</source>
        <translation>{server}, {security} come {user}, da {sender} (si cambia in Modifica ▸ Impostazioni di posta…)</translation>
    </message>
    <message>
        <source>{server}, {security}, from {sender} (change in Edit ▸ Mail settings…)</source>
        <translation>{server}, {security}, da {sender} (si cambia in Modifica ▸ Impostazioni di posta…)</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (di solito porta 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS fin dall'inizio (di solito porta 465)</translation>
    </message>
    <message>
        <source>None: no encryption, no login (usually port 25)</source>
        <translation>Nessuna: niente cifratura, niente accesso (di solito porta 25)</translation>
    </message>
    <message>
        <source>Mail settings</source>
        <translation>Impostazioni di posta</translation>
    </message>
    <message>
        <source>The account invitations are sent from, for this database.</source>
        <translation>L'account da cui vengono inviati gli inviti di questo database.</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>ad es. smtp.example.org</translation>
    </message>
    <message>
        <source>often the e-mail address; empty for a server without login</source>
        <translation>spesso l'indirizzo e-mail; vuoto per un server senza accesso</translation>
    </message>
    <message>
        <source>e.g. ECRI study visit</source>
        <translation>ad es. Visita di studio ECRI</translation>
    </message>
    <message>
        <source>e.g. events@example.org</source>
        <translation>ad es. eventi@example.org</translation>
    </message>
    <message>
        <source>&amp;Mail server</source>
        <translation>Server di &amp;posta</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sicurezza</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>P&amp;orta</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nome &amp;utente</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>Sender &amp;name</source>
        <translation>&amp;Nome del mittente</translation>
    </message>
    <message>
        <source>Sender &amp;address</source>
        <translation>&amp;Indirizzo del mittente</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>Invia messaggio di &amp;prova</translation>
    </message>
    <message>
        <source>Send a short message to the sender's own address with these settings</source>
        <translation>Invia un breve messaggio all'indirizzo del mittente con queste impostazioni</translation>
    </message>
    <message>
        <source>No password: without a user name the server is used without logging in.</source>
        <translation>Nessuna password: senza nome utente il server viene usato senza accesso.</translation>
    </message>
    <message>
        <source>No usable keyring: {problem}. The password will be asked once per session.</source>
        <translation>Nessun portachiavi utilizzabile: {problem}. La password verrà chiesta una volta per sessione.</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in the database.</source>
        <translation>La password viene conservata nel portachiavi di sistema, mai nel database.</translation>
    </message>
    <message>
        <source>(kept; type to change it)</source>
        <translation>(conservata; digiti per cambiarla)</translation>
    </message>
    <message>
        <source>Saved the mail settings.</source>
        <translation>Impostazioni di posta salvate.</translation>
    </message>
    <message>
        <source>No test message sent: no password was given.</source>
        <translation>Nessun messaggio di prova inviato: non è stata indicata la password.</translation>
    </message>
    <message>
        <source>Sending a test message to {address} through {server}…</source>
        <translation>Invio di un messaggio di prova a {address} tramite {server}…</translation>
    </message>
    <message>
        <source>a test message</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>un messaggio di prova</translation>
    </message>
    <message>
        <source>✓ {sent}. Look for it in the inbox of {address}.</source>
        <translation>✓ {sent}. Lo cerchi nella posta in arrivo di {address}.</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <source>TLS (usually port 993)</source>
        <translation>TLS (di solito porta 993)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (di solito porta 143)</translation>
    </message>
    <message>
        <source>None: only for a test server on this computer</source>
        <translation>Nessuna: solo per un server di prova su questo computer</translation>
    </message>
    <message>
        <source>Fetch replies from mailbox</source>
        <translation>Scarica risposte dalla casella di posta</translation>
    </message>
    <message>
        <source>The password is kept until Planner closes only, never written down: {problem}.</source>
        <translation>La password viene conservata solo fino alla chiusura di Planner, mai scritta: {problem}.</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring ({keyring}), never in the database.</source>
        <translation>La password viene conservata nel portachiavi di sistema ({keyring}), mai nel database.</translation>
    </message>
    <message>
        <source>Planner reads the answers to your invitations from the mailbox they arrive in. Only messages with a calendar are downloaded, none is marked as read, and mail about other meetings is left alone.</source>
        <translation>Planner legge le risposte ai Suoi inviti dalla casella di posta in cui arrivano. Vengono scaricati solo i messaggi con un calendario, nessuno viene segnato come letto e la posta su altri incontri non viene toccata.</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>di solito il Suo indirizzo e-mail</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sicurezza:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nome utente:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Cartella:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Fetch replies</source>
        <translation>Scarica risposte</translation>
    </message>
    <message>
        <source>Fetching reads what arrived since the last fetch.</source>
        <translation>Lo scaricamento legge ciò che è arrivato dall'ultima volta.</translation>
    </message>
    <message>
        <source>Type the password of the mailbox.</source>
        <translation>Digiti la password della casella di posta.</translation>
    </message>
    <message>
        <source>Reading {folder} on {server}…</source>
        <translation>Lettura di {folder} su {server}…</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>fetching replies</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>lo scaricamento delle risposte</translation>
    </message>
    <message>
        <source>Reading replies…</source>
        <translation>Lettura delle risposte…</translation>
    </message>
    <message>
        <source>reading replies</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>la lettura delle risposte</translation>
    </message>
    <message>
        <source>In the mailbox: {summary}</source>
        <translation>Nella casella di posta: {summary}</translation>
    </message>
    <message>
        <source>{message}: left aside, too large to be a reply.</source>
        <translation>{message}: messo da parte, troppo grande per essere una risposta.</translation>
    </message>
    <message>
        <source>More messages are waiting: fetch again to read them.</source>
        <translation>Altri messaggi in attesa: scarichi di nuovo per leggerli.</translation>
    </message>
    <message>
        <source>Replies fetched</source>
        <translation>Risposte scaricate</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Rispondi a</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>the calendar invitation ({method}), shown with Accept / Decline</source>
        <translation>l'invito di calendario ({method}), mostrato con Accetta / Rifiuta</translation>
    </message>
    <message>
        <source>Attached: {attachments}</source>
        <translation>Allegati: {attachments}</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Open read-only</source>
        <translation>Apri in sola lettura</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Ripristina il backup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Read-only: you can look at everything and make documents, but not change anything.</source>
        <translation>Sola lettura: può consultare tutto e creare documenti, ma non modificare nulla.</translation>
    </message>
    <message>
        <source>Planner has not changed the file.</source>
        <translation>Planner non ha modificato il file.</translation>
    </message>
    <message>
        <source>{folder}: cannot create the data folder ({reason})</source>
        <translation>{folder}: impossibile creare la cartella dei dati ({reason})</translation>
    </message>
    <message>
        <source>{file}: the folder {folder} does not exist</source>
        <translation>{file}: la cartella {folder} non esiste</translation>
    </message>
    <message>
        <source>{file}: cannot be created: {reason}</source>
        <translation>{file}: impossibile crearlo: {reason}</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Aperto in sola lettura</translation>
    </message>
    <message>
        <source>{file}: {reason}, so Planner opens it read-only.

{read_only}</source>
        <translation>{file}: {reason}, quindi Planner lo apre in sola lettura.

{read_only}</translation>
    </message>
    <message>
        <source>Database open in another Planner</source>
        <translation>Database aperto in un altro Planner</translation>
    </message>
    <message>
        <source>{file} is open {where}.

Open it read-only, or cancel?</source>
        <translation>{file} è aperto {where}.

Aprirlo in sola lettura o annullare?</translation>
    </message>
    <message>
        <source>{read_only} What is changed in the other Planner shows here when you open the database again.

{file}</source>
        <translation>{read_only} Ciò che viene modificato nell'altro Planner comparirà qui quando riaprirà il database.

{file}</translation>
    </message>
    <message>
        <source>{error}.

Planner opens it read-only. {read_only}</source>
        <translation>{error}.

Planner lo apre in sola lettura. {read_only}</translation>
    </message>
    <message>
        <source>Is the drive, USB stick or network folder connected? Check the path, or choose another database with File ▸ Open database.</source>
        <translation>L'unità, la chiavetta USB o la cartella di rete è collegata? Controlli il percorso o scelga un altro database con File ▸ Apri database.</translation>
    </message>
    <message>
        <source>{untouched} Choose a Planner database with File ▸ Open database.</source>
        <translation>{untouched} Scelga un database di Planner con File ▸ Apri database.</translation>
    </message>
    <message>
        <source>{untouched} Restore a backup of it, or choose another database with File ▸ Open database.</source>
        <translation>{untouched} Ne ripristini un backup o scelga un altro database con File ▸ Apri database.</translation>
    </message>
    <message>
        <source>Check that you may read this file, or choose another database with File ▸ Open database.</source>
        <translation>Controlli di avere il permesso di leggere questo file o scelga un altro database con File ▸ Apri database.</translation>
    </message>
    <message>
        <source>{untouched} Choose another database with File ▸ Open database.</source>
        <translation>{untouched} Scelga un altro database con File ▸ Apri database.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossibile aprire il database</translation>
    </message>
    <message>
        <source>what it holds cannot be read</source>
        <translation>il suo contenuto non è leggibile</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), the newest: {event}</source>
        <translation>
            <numerusform>%n evento, il più recente: {event}</numerusform>
            <numerusform>%n eventi, il più recente: {event}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventi</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup of {made} ({holds})</source>
        <translation>il backup del {made} ({holds})</translation>
    </message>
    <message>
        <source>{error}.

Restore {backup}?</source>
        <translation>{error}.

Ripristinare {backup}?</translation>
    </message>
    <message>
        <source>{untouched} Restoring keeps it: backed up, or set aside beside it as {file}.damaged-… when it cannot be read at all. Nothing is deleted.</source>
        <translation>{untouched} Il ripristino lo conserva: in un backup oppure, se non è leggibile affatto, messo da parte accanto come {file}.damaged-…. Non viene eliminato nulla.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Impossibile ripristinare il backup</translation>
    </message>
    <message>
        <source>{file}: restored {backup}.</source>
        <translation>{file}: ripristinato {backup}.</translation>
    </message>
    <message>
        <source>The file as it was is kept in {file}.</source>
        <translation>Il file com'era è conservato in {file}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup ripristinato</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>For each reader</source>
        <translation>In base al destinatario</translation>
    </message>
    <message>
        <source>Words, dates and numbers in this language; for each reader: a traveller's itinerary in theirs</source>
        <translation>Parole, date e numeri in questa lingua; «In base al destinatario»: l'itinerario di un viaggiatore nella sua lingua</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Dietary and access needs</source>
        <translation>Alimentazione e accessibilità</translation>
    </message>
    <message>
        <source>Arrival and departure</source>
        <translation>Arrivo e partenza</translation>
    </message>
    <message>
        <source>Which document to make; the options below follow it</source>
        <translation>Quale documento creare; le opzioni sottostanti si adeguano</translation>
    </message>
    <message>
        <source>Headings by country or organisation, with the people of each under it</source>
        <translation>Intestazioni per paese o organizzazione, con le persone di ciascuno sotto</translation>
    </message>
    <message>
        <source>Everyone's itinerary, or one traveller's own</source>
        <translation>L'itinerario di tutti o quello di un solo viaggiatore</translation>
    </message>
    <message>
        <source>Empty numbered rows at the end of each sheet, for people who come unannounced</source>
        <translation>Righe numerate vuote alla fine di ogni foglio, per chi arriva senza preavviso</translation>
    </message>
    <message>
        <source>as selected in the Participants tab</source>
        <translation>come selezionati nella scheda «Partecipanti»</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Carta</translation>
    </message>
    <message>
        <source>Also show</source>
        <translation>Mostra anche</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;Raggruppa per</translation>
    </message>
    <message>
        <source>&amp;Traveller</source>
        <translation>&amp;Viaggiatore</translation>
    </message>
    <message>
        <source>&amp;Blank rows</source>
        <translation>Righe &amp;vuote</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Only the selected participants</source>
        <translation>Solo i partecipanti selezionati</translation>
    </message>
    <message>
        <source>Select participants in the Participants tab first (Ctrl+click adds one)</source>
        <translation>Selezioni prima i partecipanti nella scheda «Partecipanti» (Ctrl+clic ne aggiunge uno)</translation>
    </message>
    <message>
        <source>none selected in the Participants tab</source>
        <translation>nessuno selezionato nella scheda «Partecipanti»</translation>
    </message>
    <message>
        <source>Only the selected participant</source>
        <translation>Solo il partecipante selezionato</translation>
    </message>
    <message>
        <source>Make the document for the participant selected in the Participants tab</source>
        <translation>Crea il documento per il partecipante selezionato nella scheda «Partecipanti»</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected participants</source>
        <translation>
            <numerusform>Solo il %n partecipante selezionato</numerusform>
            <numerusform>Solo i %n partecipanti selezionati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the document for the %n participants selected in the Participants tab</source>
        <translation>
            <numerusform>Crea il documento per il %n partecipante selezionato nella scheda «Partecipanti»</numerusform>
            <numerusform>Crea il documento per i %n partecipanti selezionati nella scheda «Partecipanti»</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Contact card (QR code)</source>
        <translation>Scheda contatto (codice QR)</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nuova organizzazione</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Gets</source>
        <translation>Riceve</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>New invitation</source>
        <translation>Nuovo invito</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aggiornamento</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Annullamento</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Niente</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Message, incomplete</source>
        <translation>Messaggio incompleto</translation>
    </message>
    <message numerus="yes">
        <source>%n saved</source>
        <translation>
            <numerusform>%n salvato</numerusform>
            <numerusform>%n salvati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n inviato</numerusform>
            <numerusform>%n inviati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n non riuscito</numerusform>
            <numerusform>%n non riusciti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (stopped)</source>
        <translation>
            <numerusform>%n non inviato (interrotto)</numerusform>
            <numerusform>%n non inviati (interrotto)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n got nothing</source>
        <translation>
            <numerusform>%n non ha ricevuto nulla</numerusform>
            <numerusform>%n non hanno ricevuto nulla</numerusform>
        </translation>
    </message>
    <message>
        <source>Run again to deliver only what is missing.</source>
        <translation>Esegua di nuovo per consegnare solo ciò che manca.</translation>
    </message>
    <message>
        <source>FAILED: {recipient}: {reason}</source>
        <translation>NON RIUSCITO: {recipient}: {reason}</translation>
    </message>
    <message>
        <source>Not saved, stopped: {recipient}</source>
        <translation>Non salvato, interrotto: {recipient}</translation>
    </message>
    <message>
        <source>Not sent, stopped: {recipient}</source>
        <translation>Non inviato, interrotto: {recipient}</translation>
    </message>
    <message>
        <source>Saved: {recipient}</source>
        <translation>Salvato: {recipient}</translation>
    </message>
    <message>
        <source>Sent: {recipient}</source>
        <translation>Inviato: {recipient}</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Non è stato inviato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>%n new invitation(s)</source>
        <translation>
            <numerusform>%n nuovo invito</numerusform>
            <numerusform>%n nuovi inviti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n aggiornamento</numerusform>
            <numerusform>%n aggiornamenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancellation(s)</source>
        <translation>
            <numerusform>%n annullamento</numerusform>
            <numerusform>%n annullamenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n messaggio</numerusform>
            <numerusform>%n messaggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incomplete message(s)</source>
        <translation>
            <numerusform>%n messaggio incompleto</numerusform>
            <numerusform>%n messaggi incompleti</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody to write to: the event has no participants.</source>
        <translation>Nessuno a cui scrivere: l'evento non ha partecipanti.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to send: none of the %n people listed is due a message.</source>
        <translation>
            <numerusform>Niente da inviare: per l'unica persona in elenco non è previsto alcun messaggio.</numerusform>
            <numerusform>Niente da inviare: per nessuna delle %n persone in elenco è previsto un messaggio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to deliver.</source>
        <translation>
            <numerusform>%n messaggio da consegnare.</numerusform>
            <numerusform>%n messaggi da consegnare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to deliver: {what}.</source>
        <translation>
            <numerusform>%n messaggio da consegnare: {what}.</numerusform>
            <numerusform>%n messaggi da consegnare: {what}.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 person gets nothing (see why below).</source>
        <translation>1 persona non riceve nulla (il motivo è indicato sotto).</translation>
    </message>
    <message numerus="yes">
        <source>%n people get nothing (see why below).</source>
        <translation>
            <numerusform>%n persona non riceve nulla (il motivo è indicato sotto).</numerusform>
            <numerusform>%n persone non ricevono nulla (il motivo è indicato sotto).</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the messages…</source>
        <translation>Preparazione dei messaggi…</translation>
    </message>
    <message>
        <source>Select a recipient to see their message.</source>
        <translation>Selezioni un destinatario per vedere il suo messaggio.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <source>Send through the mail server</source>
        <translation>Invia tramite il server di posta</translation>
    </message>
    <message>
        <source>Save as e-mail files (.eml) in a folder, to send from your own mail program</source>
        <translation>Salva come file e-mail (.eml) in una cartella, da inviare dal proprio programma di posta</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Scelga una cartella…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>I will send these files myself: count them as sent, so next time only changes go out</source>
        <translation>Invierò io stesso questi file: contarli come inviati, così la prossima volta partono solo le modifiche</translation>
    </message>
    <message>
        <source>Folder for the messages</source>
        <translation>Cartella per i messaggi</translation>
    </message>
    <message>
        <source>Save files</source>
        <translation>Salva i file</translation>
    </message>
    <message>
        <source>Cannot prepare the messages: {error}</source>
        <translation>Impossibile preparare i messaggi: {error}</translation>
    </message>
    <message>
        <source>preparing the messages</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>la preparazione dei messaggi</translation>
    </message>
    <message>
        <source>{recipient} gets nothing: {reason}.</source>
        <translation>{recipient} non riceve nulla: {reason}.</translation>
    </message>
    <message>
        <source>Saving the messages…</source>
        <translation>Salvataggio dei messaggi…</translation>
    </message>
    <message>
        <source>Sending the messages…</source>
        <translation>Invio dei messaggi…</translation>
    </message>
    <message>
        <source>sending the messages</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>l'invio dei messaggi</translation>
    </message>
</context>
<context>
    <name>OutputCheck</name>
    <message>
        <source>a PDF</source>
        <translation>un PDF</translation>
    </message>
    <message>
        <source>a Planner event file</source>
        <translation>un file evento di Planner</translation>
    </message>
    <message>
        <source>a calendar (.ics)</source>
        <translation>un calendario (.ics)</translation>
    </message>
    <message>
        <source>a CSV list</source>
        <translation>un elenco CSV</translation>
    </message>
    <message>
        <source>an Excel workbook (.xlsx)</source>
        <translation>una cartella di lavoro Excel (.xlsx)</translation>
    </message>
    <message>
        <source>an e-mail message (.eml)</source>
        <translation>un messaggio e-mail (.eml)</translation>
    </message>
    <message>
        <source>a Planner backup</source>
        <translation>un backup di Planner</translation>
    </message>
    <message>
        <source>{reason}.

Replace it with {kind}? What it holds now will be lost.</source>
        <translation>{reason}.

Sostituirlo con {kind}? Il suo contenuto attuale andrà perso.</translation>
    </message>
    <message>
        <source>a Word document (.docx)</source>
        <translation>un documento Word (.docx)</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Not known</source>
        <translation>Non nota</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>e.g. Dr., Ms., Prof.</source>
        <translation>ad es. Dott., Sig.ra, Prof.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Esigenze alimentari</translation>
    </message>
    <message>
        <source>e.g. vegetarian, allergies</source>
        <translation>ad es. vegetariano, allergie</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Esigenze di accessibilità</translation>
    </message>
    <message>
        <source>e.g. wheelchair access</source>
        <translation>ad es. accesso in sedia a rotelle</translation>
    </message>
    <message>
        <source>Pick one, or type a new organisation's name</source>
        <translation>Ne scelga una o digiti il nome di una nuova organizzazione</translation>
    </message>
    <message>
        <source>Pick an organisation of the Directory, or type the name of a new one</source>
        <translation>Scelga un'organizzazione della rubrica o digiti il nome di una nuova</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genere</translation>
    </message>
</context>
<context>
    <name>PersonalCalendarsDialog</name>
    <message>
        <source>Personal calendars</source>
        <translation>Calendari personali</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} e altre %n</numerusform>
            <numerusform>{names} e altre %n</numerusform>
        </translation>
    </message>
    <message>
        <source>A calendar for {name}: the programme with their own items marked, their travel and hotel.</source>
        <translation>Un calendario per {name}: il programma con i propri punti evidenziati, il viaggio e l'albergo.</translation>
    </message>
    <message numerus="yes">
        <source>A calendar for each of the %n participants selected ({names}), one file each in a folder you choose: the programme with their own items marked, their travel and hotel.</source>
        <translation>
            <numerusform>Un calendario per il %n partecipante selezionato ({names}), in un file nella cartella che sceglierà: il programma con i propri punti evidenziati, il viaggio e l'albergo.</numerusform>
            <numerusform>Un calendario per ciascuno dei %n partecipanti selezionati ({names}), un file a testa nella cartella che sceglierà: il programma con i propri punti evidenziati, il viaggio e l'albergo.</numerusform>
        </translation>
    </message>
    <message>
        <source>With the open actions they own</source>
        <translation>Con le azioni aperte di cui sono responsabili</translation>
    </message>
    <message>
        <source>Choose where…</source>
        <translation>Scegli dove…</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>This version of Planner does not include this document.</source>
        <translation>Questa versione di Planner non comprende questo documento.</translation>
    </message>
    <message>
        <source>rendering the {document} of event {event}</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>la creazione di «{document}» per l'evento {event}</translation>
    </message>
</context>
<context>
    <name>ReplyActions</name>
    <message>
        <source>Replies (*.eml *.ics);;All files (*)</source>
        <translation>Risposte (*.eml *.ics);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import &amp;replies to invitations…</source>
        <translation>Importa &amp;risposte agli inviti…</translation>
    </message>
    <message>
        <source>Read partners' answers (.eml or .ics) into their participant status</source>
        <translation>Riporta le risposte dei partner (.eml o .ics) nel loro stato di partecipazione</translation>
    </message>
    <message>
        <source>&amp;Fetch replies from mailbox…</source>
        <translation>&amp;Scarica risposte dalla casella di posta…</translation>
    </message>
    <message>
        <source>Read the answers to your invitations from the mailbox they arrive in (IMAP)</source>
        <translation>Leggi le risposte ai Suoi inviti dalla casella di posta in cui arrivano (IMAP)</translation>
    </message>
    <message>
        <source>Import replies</source>
        <translation>Importa risposte</translation>
    </message>
    <message>
        <source>Cannot fetch replies</source>
        <translation>Impossibile scaricare le risposte</translation>
    </message>
    <message>
        <source>Cannot import the replies</source>
        <translation>Impossibile importare le risposte</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Reading replies…</source>
        <translation>Lettura delle risposte…</translation>
    </message>
    <message>
        <source>reading replies</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>la lettura delle risposte</translation>
    </message>
    <message>
        <source>Replies read</source>
        <translation>Risposte lette</translation>
    </message>
</context>
<context>
    <name>SendInvitations</name>
    <message>
        <source>Each participant gets their own invitation, which calendar programs show with Accept and Decline; whoever was sent one before gets an update only if the event changed, and whoever no longer comes gets a cancellation. Their answers come back with Calendar ▸ Fetch replies from mailbox… or Calendar ▸ Import replies to invitations…</source>
        <translation>Ogni partecipante riceve il proprio invito, che i programmi di calendario mostrano con Accetta e Rifiuta; chi ne ha già ricevuto uno riceve un aggiornamento solo se l'evento è cambiato, e chi non partecipa più riceve un annullamento. Le risposte tornano con Calendario ▸ Scarica risposte dalla casella di posta… o Calendario ▸ Importa risposte agli inviti…</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>Invia inviti</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message templates</source>
        <translation>Modelli di messaggio</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>A template of your own with the same text, to change</source>
        <translation>Un modello proprio con lo stesso testo, da modificare</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Salva modifiche</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Oggetto:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Testo:</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Inserisci</translation>
    </message>
    <message>
        <source>Put the placeholder chosen where the cursor is in the subject or the body</source>
        <translation>Inserisce il campo scelto nel punto del cursore, nell'oggetto o nel testo</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>Campi (doppio clic per inserire):</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Anteprima per:</translation>
    </message>
    <message>
        <source>{name} (shipped)</source>
        <translation>{name} (predefinito)</translation>
    </message>
    <message>
        <source>Shipped with Planner: read-only; copy it to make one of your own</source>
        <translation>Fornito con Planner: sola lettura; lo copi per crearne uno proprio</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>Persona {number}</translation>
    </message>
    <message>
        <source>Shipped with Planner and read-only: Copy makes one of your own to change.</source>
        <translation>Fornito con Planner e in sola lettura: Copia ne crea uno proprio da modificare.</translation>
    </message>
    <message>
        <source>Your own template.</source>
        <translation>Modello proprio.</translation>
    </message>
    <message>
        <source>Open an event with participants to see a preview.</source>
        <translation>Apra un evento con partecipanti per vedere un'anteprima.</translation>
    </message>
    <message>
        <source>Cannot be filled in: {error}</source>
        <translation>Impossibile compilare: {error}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Oggetto: {subject}</translation>
    </message>
    <message>
        <source>Missing, so not sent unless you say so: {problem}</source>
        <translation>Manca, quindi non viene inviato se non lo chiede Lei: {problem}</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nuovo modello</translation>
    </message>
    <message>
        <source>Dear {given_name},</source>
        <translation>Gentile {given_name},</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Elimina modello</translation>
    </message>
    <message>
        <source>Delete the template '{name}'? Edit ▸ Undo brings it back.</source>
        <translation>Eliminare il modello «{name}»? Modifica ▸ Annulla lo ripristina.</translation>
    </message>
</context>
<context>
    <name>WordExport</name>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Documenti Word (*.docx);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Save as &amp;Word document…</source>
        <translation>Salva come documento &amp;Word…</translation>
    </message>
    <message>
        <source>Save the report as a Word document, to edit it before sending it</source>
        <translation>Salva la relazione come documento Word, per modificarla prima di inviarla</translation>
    </message>
    <message>
        <source>Save as Word document</source>
        <translation>Salva come documento Word</translation>
    </message>
    <message>
        <source>Cannot save the Word document</source>
        <translation>Impossibile salvare il documento Word</translation>
    </message>
    <message>
        <source>{file} could not be saved.

{error}</source>
        <translation>Impossibile salvare {file}.

{error}</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Salvato come {file}</translation>
    </message>
</context>
<context>
    <name>ZoomBar</name>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Adatta alla larghezza</translation>
    </message>
    <message>
        <source>The whole width of the page</source>
        <translation>Tutta la larghezza della pagina</translation>
    </message>
</context>
</TS>