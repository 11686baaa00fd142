<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AppContext</name>
    <message>
        <source>Cannot save this</source>
        <translation>Impossibile salvare</translation>
    </message>
    <message>
        <source>Cannot {action}</source>
        <translation>Operazione non riuscita: {action}</translation>
    </message>
    <message>
        <source>The database is open read-only</source>
        <translation>Il database è aperto in sola lettura</translation>
    </message>
    <message>
        <source>{path}: opened read-only; nothing was changed. To make changes, close it in the other Planner (or make the file writable), then open it again with File ▸ Open database.</source>
        <translation>{path}: aperto in sola lettura; non è stato modificato nulla. Per apportare modifiche, lo chiuda nell’altro Planner (o renda il file scrivibile), poi lo riapra con File ▸ Apri database.</translation>
    </message>
</context>
<context>
    <name>CountryLine</name>
    <message>
        <source>e.g. Greece, Ελλάδα or GR: a name in any European language, or the code</source>
        <translation>ad es. Grecia, Ελλάδα o GR: un nome in una qualsiasi lingua europea, oppure il codice</translation>
    </message>
</context>
<context>
    <name>EventNavigator</name>
    <message>
        <source>Search events…</source>
        <translation>Cerca eventi…</translation>
    </message>
    <message>
        <source>No event matches &apos;{}&apos;</source>
        <translation>Nessun evento corrisponde a «{}»</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Rubrica</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Azioni aperte</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Prossimi</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passati</translation>
    </message>
    <message>
        <source>By programme</source>
        <translation>Per programma</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>Senza programma</translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistica</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Verbale</translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <source>No {field} matches &apos;{}&apos;</source>
        <translation>Nessuna voce di «{field}» corrisponde a «{}»</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>&lt;h2&gt;Getting started with Planner&lt;/h2&gt; &lt;p&gt;Planner keeps your workshops, partner meetings, study visits and conferences in one database on this computer: each event with its days, venue and time zone, its programme, who takes part, their travel and hotels, and what was decided. Every change is saved at once, and &lt;b&gt;Edit ▸ Undo&lt;/b&gt; (Ctrl+Z) takes it back.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Primi passi con Planner&lt;/h2&gt; &lt;p&gt;Planner conserva i Suoi workshop, incontri tra partner, visite di studio e conferenze in un unico database su questo computer: ogni evento con i suoi giorni, la sede e il fuso orario, il programma, chi partecipa, i viaggi e gli alberghi, e ciò che è stato deciso. Ogni modifica viene salvata subito, e &lt;b&gt;Modifica ▸ Annulla&lt;/b&gt; (Ctrl+Z) la annulla.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The events and their five tabs&lt;/h3&gt; &lt;p&gt;Choose an event on the left, or create one with &lt;b&gt;Event ▸ New event&lt;/b&gt; (Ctrl+N). It opens in five tabs (Alt+1 to Alt+5):&lt;/p&gt; &lt;ul&gt; &lt;li&gt;&lt;b&gt;Overview&lt;/b&gt;: the event&apos;s details, related events, and what needs attention: conflicts, people without travel or a hotel, invitations not answered, actions overdue. Click a line to go there.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Agenda&lt;/b&gt;: the programme day by day, as a list or a timeline. Drag a block to move it, or its bottom edge to change its length; from the keyboard, Alt+Up/Down and Alt+Shift+Up/Down.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Participants&lt;/b&gt;: who is invited and coming, with their role, status and needs. Add people from the Directory, or import a list with &lt;b&gt;File ▸ Participant lists&lt;/b&gt;.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Logistics&lt;/b&gt;: each person&apos;s travel and hotel, arrivals and departures, and costs.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Minutes&lt;/b&gt;: the summary, conclusions, decisions and actions, with owners and due days.&lt;/li&gt; &lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Gli eventi e le loro cinque schede&lt;/h3&gt; &lt;p&gt;Scelga un evento a sinistra o ne crei uno con &lt;b&gt;Evento ▸ Nuovo evento&lt;/b&gt; (Ctrl+N). Si apre in cinque schede (da Alt+1 ad Alt+5):&lt;/p&gt; &lt;ul&gt; &lt;li&gt;&lt;b&gt;Panoramica&lt;/b&gt;: i dati dell’evento, gli eventi collegati e ciò che richiede attenzione: conflitti, persone senza viaggio o albergo, inviti senza risposta, azioni scadute. Un clic su una riga porta lì.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Programma&lt;/b&gt;: il programma giorno per giorno, come elenco o come linea del tempo. Trascini un blocco per spostarlo, o il suo bordo inferiore per cambiarne la durata; da tastiera, Alt+Su/Giù e Alt+Maiusc+Su/Giù.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Partecipanti&lt;/b&gt;: chi è invitato e chi viene, con ruolo, stato ed esigenze. Aggiunga persone dalla Rubrica o importi un elenco con &lt;b&gt;File ▸ Elenchi dei partecipanti&lt;/b&gt;.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Logistica&lt;/b&gt;: viaggio e albergo di ogni persona, arrivi e partenze, e costi.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Verbale&lt;/b&gt;: la sintesi, le conclusioni, le decisioni e le azioni, con responsabili e scadenze.&lt;/li&gt; &lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Invitations and messages&lt;/h3&gt; &lt;p&gt;&lt;b&gt;Calendar ▸ Send invitations…&lt;/b&gt; e-mails each participant a calendar invitation and says first who gets a new one, an update, a cancellation or nothing. Their answers come back with &lt;b&gt;Calendar ▸ Fetch replies from mailbox…&lt;/b&gt; (or &lt;b&gt;Import replies to invitations…&lt;/b&gt;, for replies saved as files). &lt;b&gt;Calendar ▸ Send a message…&lt;/b&gt; sends a letter from a template (practical information, a reminder, a thank-you). The mail server is set once in &lt;b&gt;Edit ▸ Mail settings…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Inviti e messaggi&lt;/h3&gt; &lt;p&gt;&lt;b&gt;Calendario ▸ Invia inviti…&lt;/b&gt; manda per e-mail a ogni partecipante un invito di calendario e indica prima chi riceverà un nuovo invito, un aggiornamento, un annullamento o nulla. Le risposte arrivano con &lt;b&gt;Calendario ▸ Scarica le risposte dalla casella di posta…&lt;/b&gt; (oppure &lt;b&gt;Importa risposte agli inviti…&lt;/b&gt;, per le risposte salvate come file). &lt;b&gt;Calendario ▸ Invia un messaggio…&lt;/b&gt; spedisce una lettera da un modello (informazioni pratiche, un promemoria, un ringraziamento). Il server di posta si imposta una volta sola in &lt;b&gt;Modifica ▸ Impostazioni di posta…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Documents&lt;/h3&gt; &lt;p&gt;The &lt;b&gt;Documents&lt;/b&gt; menu previews, prints or saves as PDF the agenda, participant and signature lists, badges, itineraries and the conclusions report (Ctrl+P opens the agenda).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Documenti&lt;/h3&gt; &lt;p&gt;Il menu &lt;b&gt;Documenti&lt;/b&gt; mostra in anteprima, stampa o salva in PDF il programma, gli elenchi dei partecipanti e delle firme, i badge, gli itinerari e il rapporto delle conclusioni (Ctrl+P apre il programma).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every keyboard shortcut is listed in &lt;b&gt;Help ▸ Keyboard shortcuts&lt;/b&gt;; this page stays in &lt;b&gt;Help ▸ Getting started&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tutte le scorciatoie da tastiera sono elencate in &lt;b&gt;Aiuto ▸ Scorciatoie da tastiera&lt;/b&gt;; questa pagina resta disponibile in &lt;b&gt;Aiuto ▸ Primi passi&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primi passi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>More tools</source>
        <translation>Altri strumenti</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Altri menu</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mese precedente</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mese successivo</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Scorri a sinistra</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Scorri a destra</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Si è verificato un problema</translation>
    </message>
    <message>
        <source>{error}

Your data is safe: everything before this was saved, and the unfinished change was not. Details are in {log}.</source>
        <translation>{error}

I Suoi dati sono al sicuro: tutto ciò che precede è stato salvato, la modifica incompleta no. I dettagli sono in {log}.</translation>
    </message>
    <message>
        <source>Planner opens the default database instead.</source>
        <translation>Planner apre invece il database predefinito.</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>Non è stato fatto alcun backup</translation>
    </message>
    <message>
        <source>{problem}.

The database is open and every change is still saved. Try File ▸ Back up now later.</source>
        <translation>{problem}.

Il database è aperto e ogni modifica continua a essere salvata. Riprovi più tardi con File ▸ Esegui backup ora.</translation>
    </message>
    <message>
        <source>Show the {tab} tab</source>
        <translation>Mostra la scheda {tab}</translation>
    </message>
    <message>
        <source>Choose an event on the left, or create one with Event ▸ New event (Ctrl+N).</source>
        <translation>Scelga un evento a sinistra o ne crei uno con Evento ▸ Nuovo evento (Ctrl+N).</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Sola lettura</translation>
    </message>
    <message>
        <source>Opened read-only: nothing can be changed. Close it where it is open, then open it again to change it.</source>
        <translation>Aperto in sola lettura: non si può modificare nulla. Lo chiuda dove è aperto, poi lo riapra per modificarlo.</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuovo evento…</translation>
    </message>
    <message>
        <source>Create an event</source>
        <translation>Crea un evento</translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation>&amp;Elimina evento…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>&amp;Find event</source>
        <translation>&amp;Trova evento</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>R&amp;ubrica</translation>
    </message>
    <message>
        <source>People and organisations of all events</source>
        <translation>Persone e organizzazioni di tutti gli eventi</translation>
    </message>
    <message>
        <source>Open &amp;actions</source>
        <translation>&amp;Azioni aperte</translation>
    </message>
    <message>
        <source>Open actions of all events</source>
        <translation>Azioni aperte di tutti gli eventi</translation>
    </message>
    <message>
        <source>&amp;{number} {tab}</source>
        <translation>&amp;{number} {tab}</translation>
    </message>
    <message>
        <source>Import participants…</source>
        <translation>Importa partecipanti…</translation>
    </message>
    <message>
        <source>Add participants from a CSV or Excel list, with a preview</source>
        <translation>Aggiungi partecipanti da un elenco CSV o Excel, con anteprima</translation>
    </message>
    <message>
        <source>Export participants…</source>
        <translation>Esporta partecipanti…</translation>
    </message>
    <message>
        <source>Save the participant list as an Excel or CSV file</source>
        <translation>Salva l’elenco dei partecipanti come file Excel o CSV</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Annulla: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Ripeti: {step}</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>Planner will speak the language chosen from its next start.</source>
        <translation>Planner userà la lingua scelta dal prossimo avvio.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Participant lists</source>
        <translation>&amp;Elenchi dei partecipanti</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Mail settings…</source>
        <translation>Impostazioni di &amp;posta…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferenze…</translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation>&amp;Evento</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;iuto</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, and where it works</source>
        <translation>Tutte le scorciatoie da tastiera e dove funzionano</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primi passi</translation>
    </message>
    <message>
        <source>What Planner keeps, and where to find it</source>
        <translation>Che cosa conserva Planner e dove trovarlo</translation>
    </message>
    <message>
        <source>&amp;About Planner</source>
        <translation>&amp;Informazioni su Planner</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) · read-only {path}</source>
        <translation>
            <numerusform>%n evento · sola lettura {path}</numerusform>
            <numerusform>%n eventi · sola lettura {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) · saved in {path}</source>
        <translation>
            <numerusform>%n evento · salvato in {path}</numerusform>
            <numerusform>%n eventi · salvati in {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primo giorno</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ultimo giorno</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>e.g. Kraków: the time zone follows</source>
        <translation>ad es. Cracovia: il fuso orario si adegua</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuovo evento</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Elimina evento</translation>
    </message>
    <message>
        <source>Delete “{title}” with its agenda, participants, travel, stays, costs and minutes?

People and organisations stay in the Directory. You can undo this with Edit ▸ Undo.</source>
        <translation>Eliminare «{title}» con il programma, i partecipanti, i viaggi, i soggiorni, i costi e il verbale?

Persone e organizzazioni restano nella Rubrica. Può annullare con Modifica ▸ Annulla.</translation>
    </message>
    <message>
        <source>Cannot delete the event</source>
        <translation>Impossibile eliminare l’evento</translation>
    </message>
    <message>
        <source>{file} — Read-only — Planner</source>
        <translation>{file} — Sola lettura — Planner</translation>
    </message>
    <message>
        <source>{file} — Planner</source>
        <translation>{file} — Planner</translation>
    </message>
    <message>
        <source>About Planner</source>
        <translation>Informazioni su Planner</translation>
    </message>
    <message>
        <source>&lt;b&gt;Planner {version}&lt;/b&gt;&lt;p&gt;Plan workshops, partner meetings, study visits and conferences.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Planner {version}&lt;/b&gt;&lt;p&gt;Pianifichi workshop, incontri tra partner, visite di studio e conferenze.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primo giorno</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ultimo giorno</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Organizzazione ospitante</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma di finanziamento</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanziamento</translation>
    </message>
    <message>
        <source>Organiser e-mail</source>
        <translation>E-mail dell’organizzatore</translation>
    </message>
    <message>
        <source>About the event</source>
        <translation>Informazioni sull’evento</translation>
    </message>
    <message>
        <source>Objectives (one a line)</source>
        <translation>Obiettivi (uno per riga)</translation>
    </message>
    <message>
        <source>Click to see the conflicts, below</source>
        <translation>Clic per vedere i conflitti, qui sotto</translation>
    </message>
    <message>
        <source>Click to go to the first of them in the Logistics tab</source>
        <translation>Clic per andare al primo nella scheda Logistica</translation>
    </message>
    <message>
        <source>Click to list them in the Participants tab</source>
        <translation>Clic per elencarli nella scheda Partecipanti</translation>
    </message>
    <message>
        <source>Click to see the first in the Minutes tab</source>
        <translation>Clic per vedere la prima nella scheda Verbale</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} e %n altro</numerusform>
            <numerusform>{names} e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. the organiser&apos;s address</source>
        <translation>ad es. l’indirizzo dell’organizzatore</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>Eventi collegati</translation>
    </message>
    <message>
        <source>Conflicts and problems</source>
        <translation>Conflitti e problemi</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Richiede attenzione</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nulla richiede attenzione.</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open this event</source>
        <translation>Prema Invio o faccia doppio clic per aprire questo evento</translation>
    </message>
    <message>
        <source>Click to go to the item</source>
        <translation>Clic per andare alla voce</translation>
    </message>
    <message>
        <source>No conflicts found.</source>
        <translation>Nessun conflitto.</translation>
    </message>
    <message>
        <source>Cannot save this</source>
        <translation>Impossibile salvare</translation>
    </message>
    <message>
        <source>{city} is in {zone}. &lt;a href=&quot;{link}&quot;&gt;Use this time zone&lt;/a&gt;</source>
        <translation>{city} è nel fuso orario {zone}. &lt;a href=&quot;{link}&quot;&gt;Usa questo fuso orario&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <source>Event in Planner</source>
        <translation>Evento in Planner</translation>
    </message>
    <message>
        <source>…or its title</source>
        <translation>…o il suo titolo</translation>
    </message>
    <message>
        <source>Only for an event not in Planner</source>
        <translation>Solo per un evento non presente in Planner</translation>
    </message>
    <message>
        <source>Add a related event</source>
        <translation>Aggiungi un evento collegato</translation>
    </message>
    <message>
        <source>the people whose invitation is not answered</source>
        <translation>le persone che non hanno risposto all’invito</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Lingua del sistema ({language})</translation>
    </message>
    <message>
        <source>Planner speaks the language chosen from its next start.</source>
        <translation>Planner usa la lingua scelta dal prossimo avvio.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;ulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rifai</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleziona tutto</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Mostra dettagli...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Nascondi dettagli...</translation>
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
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salva tutti</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sì</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sì &amp;a tutti</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o a tutti</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Ripristina valori predefiniti</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;ulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rifai</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleziona tutto</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copia il co&amp;llegamento</translation>
    </message>
</context>
<context>
    <name>SearchCombo</name>
    <message>
        <source>Nothing matches &apos;{}&apos;</source>
        <translation>Nessuna corrispondenza per «{}»</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Ovunque</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>{tab} tab</source>
        <translation>Scheda {tab}</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Rubrica</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Azioni aperte</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Funzione</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>A tab&apos;s keys work while the tab is shown; the others, everywhere in the window.</source>
        <translation>I tasti di una scheda funzionano mentre la scheda è visibile; gli altri, ovunque nella finestra.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Anteprima di stampa</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Salva come PDF</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Fit the page&apos;s width</source>
        <translation>Adatta alla larghezza della pagina</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Status: {status}</source>
        <translation>Stato: {status}</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>{task} is still running; try again when it has finished</source>
        <translation>{task} è ancora in corso; riprovi quando sarà terminata l’operazione</translation>
    </message>
    <message>
        <source>{task} stopped on an unexpected error ({error}); nothing was changed. Details are in {log}.</source>
        <translation>{task}: operazione interrotta da un errore imprevisto ({error}); non è stato modificato nulla. I dettagli sono in {log}.</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>un’importazione</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interruzione in corso…</translation>
    </message>
    <message>
        <source>Quit Planner</source>
        <translation>Esci da Planner</translation>
    </message>
    <message>
        <source>{task} is running. Stop it and quit?

Nothing of it will be saved or written.</source>
        <translation>{task} è in corso. Interrompere l’operazione e uscire?

Nulla ne verrà salvato o scritto.</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>No time zone or place matches &apos;{}&apos;</source>
        <translation>Nessun fuso orario o luogo corrisponde a «{}»</translation>
    </message>
    <message>
        <source>Type a city, an airport or a country: Athens, ATH, Greece</source>
        <translation>Digiti una città, un aeroporto o un paese: Atene, ATH, Grecia</translation>
    </message>
    <message>
        <source>Type a city, an airport or a country, in any of the usual European languages</source>
        <translation>Digiti una città, un aeroporto o un paese, in una delle lingue europee più comuni</translation>
    </message>
    <message>
        <source>Planner does not know where “{place}” is: check the time zone.</source>
        <translation>Planner non sa dove si trovi «{place}»: controlli il fuso orario.</translation>
    </message>
</context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../planner/ui/main_window.py" line="233" />
            <source>&amp;Statistics…</source>
            <translation>S&amp;tatistiche…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" line="235" />
            <source>Participants by country, gender, organisation, new or returning</source>
            <translation>Partecipanti per paese, genere, organizzazione, nuovi o ricorrenti</translation>
        </message>
    </context>
</TS>
