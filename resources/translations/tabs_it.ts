<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AddParticipantDialog</name>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="77"/>
        <source>Add participant</source>
        <translation>Aggiungi partecipante</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="85"/>
        <location filename="../../planner/ui/participants/dialogs.py" line="128"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="91"/>
        <source>Type to search the Directory</source>
        <translation>Digiti per cercare nella rubrica</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="93"/>
        <source>New person…</source>
        <translation>Nuova persona…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="95"/>
        <source>The person is not in the Directory yet: enter their details</source>
        <translation>La persona non è ancora nella rubrica: ne inserisca i dati</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/dialogs.py" line="102"/>
        <source>%n person(s) of the Directory not in this event yet.</source>
        <translation>
            <numerusform>%n persona della rubrica non è ancora in questo evento.</numerusform>
            <numerusform>%n persone della rubrica non sono ancora in questo evento.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="116"/>
        <source>Pick from the Directory instead</source>
        <translation>Scegli invece dalla rubrica</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="138"/>
        <source>In this event</source>
        <translation>In questo evento</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="144"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="190"/>
        <source>pick someone from the list, or add a new person</source>
        <translation>scelga qualcuno dall’elenco o aggiunga una nuova persona</translation>
    </message>
</context>
<context>
    <name>AgendaEdits</name>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="78"/>
        <source>Add agenda item</source>
        <translation>Aggiungi punto del programma</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="92"/>
        <source>Change agenda item</source>
        <translation>Modifica punto del programma</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="125"/>
        <source>Delete agenda item</source>
        <translation>Elimina punto del programma</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="126"/>
        <source>Delete “{title}” ({day}, {time})?

Undo (Ctrl+Z) brings it back.</source>
        <translation>Eliminare «{title}» ({day}, {time})?

Annulla (Ctrl+Z) lo ripristina.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="177"/>
        <source>Cannot {action}</source>
        <translation>Impossibile: {action}</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="23"/>
        <source>Starts</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="24"/>
        <source>Ends</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="25"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="28"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="29"/>
        <source>e.g. Welcome and introduction</source>
        <translation>ad es. Benvenuto e introduzione</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="33"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="34"/>
        <source>e.g. Room A</source>
        <translation>ad es. Sala A</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="37"/>
        <source>Speakers</source>
        <translation>Relatori</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="40"/>
        <source>Moderator</source>
        <translation>Moderazione</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="45"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="48"/>
        <source>Topics</source>
        <translation>Argomenti</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="50"/>
        <source>One topic a line</source>
        <translation>Un argomento per riga</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="25"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="26"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="27"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="28"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="29"/>
        <source>Speakers</source>
        <translation>Relatori</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="30"/>
        <source>Moderator</source>
        <translation>Moderazione</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="191"/>
        <source>Conflicts:</source>
        <translation>Conflitti:</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="72"/>
        <source>Add item…</source>
        <translation>Aggiungi punto…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="75"/>
        <source>Add an agenda item</source>
        <translation>Aggiungi un punto al programma</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="80"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="83"/>
        <source>Edit the selected item</source>
        <translation>Modifica il punto selezionato</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="88"/>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="91"/>
        <source>Copy the selected item to the next free slot</source>
        <translation>Copia il punto selezionato nel primo spazio libero successivo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="96"/>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="99"/>
        <source>Delete the selected item</source>
        <translation>Elimina il punto selezionato</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="107"/>
        <source>Move earlier</source>
        <translation>Anticipa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="111"/>
        <source>Move the selected item 5 minutes earlier</source>
        <translation>Anticipa di 5 minuti il punto selezionato</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="114"/>
        <source>Move later</source>
        <translation>Posticipa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="118"/>
        <source>Move the selected item 5 minutes later</source>
        <translation>Posticipa di 5 minuti il punto selezionato</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="121"/>
        <source>Shorten</source>
        <translation>Accorcia</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="125"/>
        <source>Make the selected item 5 minutes shorter</source>
        <translation>Accorcia di 5 minuti il punto selezionato</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="128"/>
        <source>Lengthen</source>
        <translation>Allunga</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="132"/>
        <source>Make the selected item 5 minutes longer</source>
        <translation>Allunga di 5 minuti il punto selezionato</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="138"/>
        <source>List / Timeline</source>
        <translation>Elenco / Cronologia</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="145"/>
        <source>Previous day</source>
        <translation>Giorno precedente</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="152"/>
        <source>Next day</source>
        <translation>Giorno successivo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="191"/>
        <source>Agenda timeline</source>
        <translation>Cronologia del programma</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="193"/>
        <source>Alt+Up and Alt+Down move the selected item by 5 minutes; with Shift they change its length</source>
        <translation>Alt+Su e Alt+Giù spostano di 5 minuti il punto selezionato; con Maiusc ne cambiano la durata</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="219"/>
        <source>The day shown (Alt+PgUp / Alt+PgDown)</source>
        <translation>Il giorno mostrato (Alt+PagSu / Alt+PagGiù)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="221"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="230"/>
        <source>List</source>
        <translation>Elenco</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="231"/>
        <source>Show the day as a list (Ctrl+Shift+L switches)</source>
        <translation>Mostra la giornata come elenco (Ctrl+Maiusc+L per passare)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="235"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="236"/>
        <source>Show the day as a timeline (Ctrl+Shift+L switches)</source>
        <translation>Mostra la giornata come cronologia (Ctrl+Maiusc+L per passare)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="252"/>
        <source>Move following items</source>
        <translation>Sposta i punti successivi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="254"/>
        <source>When an item gets longer or shorter, move the items after it on that day by as much</source>
        <translation>Quando un punto si allunga o si accorcia, sposta di altrettanto i punti successivi di quel giorno</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="365"/>
        <source>Nothing planned on this day yet.
Add an item with Add item… (Ctrl+Shift+A).</source>
        <translation>Nessuna attività prevista per questo giorno.
Aggiunga un punto con «Aggiungi punto…» (Ctrl+Maiusc+A).</translation>
    </message>
</context>
<context>
    <name>ArrivalsPage</name>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="100"/>
        <source>Arrivals</source>
        <translation>Arrivi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="101"/>
        <source>Departures</source>
        <translation>Partenze</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="132"/>
        <source>Each traveller&apos;s last leg before their stay in {city} and first leg after it. Times are local to the event ({zone}).</source>
        <translation>L’ultima tratta di ogni viaggiatore prima del soggiorno a {city} e la prima dopo. Orari locali dell’evento ({zone}).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="140"/>
        <source>Each traveller&apos;s last leg before their stay and first leg after it. Times are local to the event ({zone}).</source>
        <translation>L’ultima tratta di ogni viaggiatore prima del soggiorno e la prima dopo. Orari locali dell’evento ({zone}).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="148"/>
        <source>No travel booked yet: add travel legs on the Travellers page.</source>
        <translation>Nessun viaggio prenotato: aggiunga le tratte nella pagina «Viaggiatori».</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="197"/>
        <location filename="../../planner/ui/logistics/models.py" line="204"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="198"/>
        <location filename="../../planner/ui/logistics/models.py" line="205"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="199"/>
        <location filename="../../planner/ui/logistics/models.py" line="206"/>
        <source>Travel</source>
        <translation>Viaggio</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="200"/>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="201"/>
        <source>Arrives at</source>
        <translation>Arriva a</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="207"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="208"/>
        <source>Leaves from</source>
        <translation>Parte da</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/models.py" line="234"/>
        <source>%n arrival(s)</source>
        <translation>
            <numerusform>%n arrivo</numerusform>
            <numerusform>%n arrivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/models.py" line="236"/>
        <source>%n departure(s)</source>
        <translation>
            <numerusform>%n partenza</numerusform>
            <numerusform>%n partenze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlockItem</name>
    <message>
        <location filename="../../planner/ui/agenda/block.py" line="154"/>
        <source>Speakers: {names}</source>
        <translation>Relatori: {names}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/block.py" line="156"/>
        <location filename="../../planner/ui/agenda/block.py" line="216"/>
        <source>Moderator: {name}</source>
        <translation>Moderazione: {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/block.py" line="158"/>
        <source>Conflicts:</source>
        <translation>Conflitti:</translation>
    </message>
</context>
<context>
    <name>ColumnChoices</name>
    <message>
        <location filename="../../planner/ui/participants/import_columns.py" line="43"/>
        <source>(empty)</source>
        <translation>(vuota)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_columns.py" line="52"/>
        <source>Column {name}</source>
        <translation>Colonna {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_columns.py" line="72"/>
        <source>Columns in the file</source>
        <translation>Colonne del file</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_columns.py" line="91"/>
        <source>Not imported</source>
        <translation>Non importata</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="37"/>
        <source>Ignore</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="41"/>
        <source>Name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="42"/>
        <source>Title</source>
        <translation>Titolo (appellativo)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="43"/>
        <source>Given name</source>
        <translation>Nome di battesimo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="44"/>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="45"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="46"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="47"/>
        <source>Position</source>
        <translation>Ruolo professionale</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="48"/>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="49"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="50"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="51"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="52"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="53"/>
        <source>Dietary needs</source>
        <translation>Esigenze alimentari</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="54"/>
        <source>Access needs</source>
        <translation>Esigenze di accessibilità</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="55"/>
        <source>Arrives</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="56"/>
        <source>Departs</source>
        <translation>Partenza</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="57"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="194"/>
        <source>Column {number}</source>
        <translation>Colonna {number}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="269"/>
        <source>{field} also comes from {columns}: all of them are imported, one per line</source>
        <translation>{field} proviene anche da {columns}: vengono importate tutte, una per riga</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="271"/>
        <source>{field} also comes from {columns}: for each row, the first of these columns with a value counts</source>
        <translation>{field} proviene anche da {columns}: per ogni riga vale la prima di queste colonne che ha un valore</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="196"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="199"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="200"/>
        <source>e.g. dinner, with the number of guests</source>
        <translation>ad es. cena, con il numero di ospiti</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="204"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="206"/>
        <source>e.g. 120.50</source>
        <translation>ad es. 120.50</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="210"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="211"/>
        <source>e.g. {currency}</source>
        <translation>ad es. {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="213"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="216"/>
        <source>Funded by</source>
        <translation>Finanziato da</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="217"/>
        <source>e.g. project or sponsor</source>
        <translation>ad es. progetto o sponsor</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="231"/>
        <source>Add cost</source>
        <translation>Aggiungi spesa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="234"/>
        <source>Change cost</source>
        <translation>Modifica spesa</translation>
    </message>
</context>
<context>
    <name>CostsModel</name>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="269"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="270"/>
        <source>Travel leg</source>
        <translation>Tratta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="271"/>
        <source>Stay</source>
        <translation>Soggiorno</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="284"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="286"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="290"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="291"/>
        <source>Funded by</source>
        <translation>Finanziato da</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="293"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="299"/>
        <source>Entered as</source>
        <translation>Registrata come</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="79"/>
        <source>Show the prices booked on travel legs and stays</source>
        <translation>Mostra i prezzi prenotati di tratte e soggiorni</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="83"/>
        <location filename="../../planner/ui/logistics/costs.py" line="85"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="84"/>
        <source>Funded by</source>
        <translation>Finanziato da</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="89"/>
        <source>Booked prices are listed for checking against the costs; they are not added to the totals.</source>
        <translation>I prezzi prenotati sono elencati per il confronto con le spese; non vengono sommati ai totali.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="103"/>
        <source>Totals by category</source>
        <translation>Totali per categoria</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="104"/>
        <source>Totals by funder</source>
        <translation>Totali per finanziatore</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="105"/>
        <source>Booked (not in the totals)</source>
        <translation>Prenotato (escluso dai totali)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="124"/>
        <source>No costs yet. Add the venue, catering, travel and other costs with “Add cost”, and the prices of tickets and hotels on the travel legs and stays.</source>
        <translation>Nessuna spesa. Aggiunga sede, catering, viaggi e altre spese con «Aggiungi spesa», e i prezzi di biglietti e alberghi nelle tratte e nei soggiorni.</translation>
    </message>
</context>
<context>
    <name>EncodingCombo</name>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="21"/>
        <source>In no encoding do all its names read well.</source>
        <translation>In nessuna codifica tutti i nomi si leggono correttamente.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="23"/>
        <source>Its names read differently in each likely encoding.</source>
        <translation>I nomi si leggono in modo diverso in ogni codifica probabile.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="27"/>
        <source>Which encoding?</source>
        <translation>Quale codifica?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="28"/>
        <source>{file} does not say how its text is encoded. {why}
Choose the one in which the names look right (the preview shows them all before anything is imported):</source>
        <translation>{file} non indica come è codificato il testo. {why}
Scelga quella in cui i nomi appaiono corretti (l’anteprima li mostra tutti prima di importare qualsiasi cosa):</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="54"/>
        <source>Encoding</source>
        <translation>Codifica</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="56"/>
        <source>How the file&apos;s text is encoded: choose another if the names in the preview look wrong</source>
        <translation>La codifica del testo del file: ne scelga un’altra se i nomi nell’anteprima non appaiono corretti</translation>
    </message>
</context>
<context>
    <name>FittingLabel</name>
    <message>
        <location filename="../../planner/ui/agenda/zone.py" line="26"/>
        <source>Times in {zone} ({abbreviation}, {offset})</source>
        <translation>Orari in {zone} ({abbreviation}, {offset})</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="88"/>
        <source>Import participants</source>
        <translation>Importa partecipanti</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="95"/>
        <source>Into “{title}”. Check what each column holds and correct it where it is wrong; the preview shows what the import will do. Nothing is saved until you press Import, and Edit ▸ Undo takes it back.</source>
        <translation>In «{title}». Controlli il contenuto di ogni colonna e lo corregga dove è sbagliato; l’anteprima mostra cosa farà l’importazione. Nulla viene salvato finché non preme Importa, e Modifica ▸ Annulla la revoca.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="116"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codifica:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="135"/>
        <location filename="../../planner/ui/participants/import_dialog.py" line="306"/>
        <location filename="../../planner/ui/participants/import_dialog.py" line="328"/>
        <location filename="../../planner/ui/participants/import_dialog.py" line="337"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="161"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="162"/>
        <source>Only rows with problems</source>
        <translation>Solo righe con problemi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="222"/>
        <source>Cannot read the list in this encoding</source>
        <translation>Impossibile leggere l’elenco con questa codifica</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="258"/>
        <source>the preview of the import</source>
        <translation>l’anteprima dell’importazione</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="293"/>
        <source>Checking {rows}…</source>
        <translation>Controllo di {rows}…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="296"/>
        <source>Wait for the preview of these columns</source>
        <translation>Attenda l’anteprima di queste colonne</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="307"/>
        <source>Say which columns hold what first</source>
        <translation>Indichi prima il contenuto delle colonne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_dialog.py" line="322"/>
        <source>Import %Ln participant(s)</source>
        <translation>
            <numerusform>Importa %Ln partecipante</numerusform>
            <numerusform>Importa %Ln partecipanti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="325"/>
        <source>Add them to the event in one step (Edit ▸ Undo takes it back)</source>
        <translation>Li aggiunge all’evento in un solo passaggio (Modifica ▸ Annulla lo revoca)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="330"/>
        <source>Nothing is imported while a row has a problem: correct those rows in the file and open it again, or ignore the column that causes them</source>
        <translation>Non viene importato nulla finché una riga ha un problema: corregga quelle righe nel file e lo riapra, oppure ignori la colonna che li causa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="338"/>
        <source>The list has no rows to import</source>
        <translation>L’elenco non contiene righe da importare</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_dialog.py" line="354"/>
        <source>Importing %Ln participant(s)…</source>
        <translation>
            <numerusform>Importazione di %Ln partecipante…</numerusform>
            <numerusform>Importazione di %Ln partecipanti…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="363"/>
        <location filename="../../planner/ui/participants/import_dialog.py" line="401"/>
        <source>Cannot import the participants</source>
        <translation>Impossibile importare i partecipanti</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="367"/>
        <source>Importing {rows}… (Cancel stops it; nothing is saved then)</source>
        <translation>Importazione di {rows}… (Annulla la interrompe; in tal caso non viene salvato nulla)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="400"/>
        <source>{problem}

Nothing was imported.</source>
        <translation>{problem}

Non è stato importato nulla.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="421"/>
        <source>Stopping the import; nothing of it is saved…</source>
        <translation>Interruzione dell’importazione; non ne viene salvato nulla…</translation>
    </message>
</context>
<context>
    <name>LegDialog</name>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="45"/>
        <source>Traveller</source>
        <translation>Viaggiatore</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="51"/>
        <source>Mode</source>
        <translation>Mezzo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="54"/>
        <source>Carrier</source>
        <translation>Vettore</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="55"/>
        <source>e.g. airline or rail company</source>
        <translation>ad es. compagnia aerea o ferroviaria</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="59"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="60"/>
        <source>e.g. flight or train number</source>
        <translation>ad es. numero del volo o del treno</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="62"/>
        <source>Booking reference</source>
        <translation>Codice di prenotazione</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="65"/>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="67"/>
        <location filename="../../planner/ui/logistics/dialogs.py" line="75"/>
        <source>e.g. city or airport</source>
        <translation>ad es. città o aeroporto</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="69"/>
        <source>Departs (local time)</source>
        <translation>Partenza (ora locale)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="70"/>
        <location filename="../../planner/ui/logistics/dialogs.py" line="78"/>
        <source>Time zone there</source>
        <translation>Fuso orario del luogo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="73"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="77"/>
        <source>Arrives (local time)</source>
        <translation>Arrivo (ora locale)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="81"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="83"/>
        <source>e.g. 120.50</source>
        <translation>ad es. 120.50</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="87"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="89"/>
        <source>e.g. {currency}</source>
        <translation>ad es. {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="109"/>
        <source>Add travel leg</source>
        <translation>Aggiungi tratta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="114"/>
        <source>Change travel leg</source>
        <translation>Modifica tratta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="129"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="141"/>
        <source>arrives before it departs</source>
        <translation>arriva prima di partire</translation>
    </message>
</context>
<context>
    <name>LegsModel</name>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/models.py" line="55"/>
        <source>%n day(s)</source>
        <comment>days between departure and arrival</comment>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="62"/>
        <source>Booking reference: {reference}</source>
        <translation>Codice di prenotazione: {reference}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="112"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="117"/>
        <source>Mode</source>
        <translation>Mezzo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="118"/>
        <source>Service</source>
        <translation>Collegamento</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="120"/>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="125"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="130"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="136"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
</context>
<context>
    <name>LogisticsTab</name>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="44"/>
        <source>Delete travel leg</source>
        <translation>Elimina tratta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="45"/>
        <source>Delete stay</source>
        <translation>Elimina soggiorno</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="46"/>
        <source>Delete cost</source>
        <translation>Elimina spesa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="74"/>
        <source>Travellers</source>
        <translation>Viaggiatori</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="75"/>
        <source>Arrivals &amp;&amp; departures</source>
        <translation>Arrivi &amp;&amp; partenze</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="76"/>
        <source>Costs</source>
        <translation>Spese</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="87"/>
        <source>Add travel leg</source>
        <translation>Aggiungi tratta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="88"/>
        <source>Add stay</source>
        <translation>Aggiungi soggiorno</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="89"/>
        <source>Add cost</source>
        <translation>Aggiungi spesa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="90"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="91"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="93"/>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="95"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="317"/>
        <source>Delete the travel leg {origin} → {destination} on {day} of {person}?</source>
        <translation>Eliminare la tratta {origin} → {destination} del {day} di {person}?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="329"/>
        <source>Delete the stay at {hotel} from {day} of {person}?</source>
        <translation>Eliminare il soggiorno presso {hotel} dal {day} di {person}?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="332"/>
        <source>Delete the stay at {hotel} from {day}?</source>
        <translation>Eliminare il soggiorno presso {hotel} dal {day}?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="333"/>
        <source>Delete the cost “{name}” of {amount}?</source>
        <translation>Eliminare la spesa «{name}» di {amount}?</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="113"/>
        <source>What happened, in a few sentences: who met, why, and what came out of it.</source>
        <translation>Cosa è successo, in poche frasi: chi si è incontrato, perché e che cosa ne è emerso.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="144"/>
        <source>Summary of the meeting</source>
        <translation>Sintesi dell’incontro</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="150"/>
        <source>Outcomes</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="179"/>
        <source>Add outcome…</source>
        <translation>Aggiungi risultato…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="180"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="181"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="182"/>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="184"/>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="186"/>
        <location filename="../../planner/ui/minutes/tab.py" line="340"/>
        <source>Mark done</source>
        <translation>Segna come svolta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="187"/>
        <source>Follow-up event…</source>
        <translation>Evento di follow-up…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="188"/>
        <source>Go to follow-up event</source>
        <translation>Vai all’evento di follow-up</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="205"/>
        <source>Add outcome</source>
        <translation>Aggiungi risultato</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="206"/>
        <source>{action} — choose the kind</source>
        <translation>{action} — scelga il tipo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="340"/>
        <source>Reopen</source>
        <translation>Riapri</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="377"/>
        <source>Delete outcome</source>
        <translation>Elimina risultato</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="404"/>
        <source>Delete the conclusion “{text}”?</source>
        <translation>Eliminare la conclusione «{text}»?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="406"/>
        <source>Delete the proposal “{text}”?</source>
        <translation>Eliminare la proposta «{text}»?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="408"/>
        <source>Delete the decision “{text}”?</source>
        <translation>Eliminare la decisione «{text}»?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="410"/>
        <source>Delete the action “{text}”?</source>
        <translation>Eliminare l’azione «{text}»?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="412"/>
        <source>Delete the best practice “{text}”?</source>
        <translation>Eliminare la buona pratica «{text}»?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="414"/>
        <source>Delete the discussion point “{text}”?</source>
        <translation>Eliminare il punto di discussione «{text}»?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="415"/>
        <source>Delete the outcome “{text}”?</source>
        <translation>Eliminare il risultato «{text}»?</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="46"/>
        <source>Leads to event</source>
        <translation>Porta all’evento</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="56"/>
        <source>{name} (organisation)</source>
        <translation>{name} (organizzazione)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="59"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="60"/>
        <source>Outcome</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="61"/>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="61"/>
        <source>e.g. training</source>
        <translation>ad es. formazione</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="64"/>
        <source>By (person or organisation)</source>
        <translation>Da (persona o organizzazione)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="69"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="70"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="71"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="115"/>
        <source>Add outcome</source>
        <translation>Aggiungi risultato</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="120"/>
        <source>Change outcome</source>
        <translation>Modifica risultato</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="154"/>
        <source>Link follow-up event</source>
        <translation>Collega evento di follow-up</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="41"/>
        <source>by {name}</source>
        <translation>da {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="48"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="49"/>
        <source>Outcome</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="50"/>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="51"/>
        <source>By / owner</source>
        <translation>Da / responsabile</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="52"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="53"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="81"/>
        <source>Overdue: due {day} and still open</source>
        <translation>Scaduta: scadenza {day} e ancora aperta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="101"/>
        <source>{count} open</source>
        <translation>{count} aperte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="103"/>
        <source>{count} overdue</source>
        <translation>{count} scadute</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="106"/>
        <source>No outcomes yet</source>
        <translation>Ancora nessun risultato</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="112"/>
        <source>%n conclusion(s)</source>
        <translation>
            <numerusform>%n conclusione</numerusform>
            <numerusform>%n conclusioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="114"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposta</numerusform>
            <numerusform>%n proposte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="116"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decisione</numerusform>
            <numerusform>%n decisioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="118"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n azione</numerusform>
            <numerusform>%n azioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="120"/>
        <source>%n best practice(s)</source>
        <translation>
            <numerusform>%n buona pratica</numerusform>
            <numerusform>%n buone pratiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="122"/>
        <source>%n discussion point(s)</source>
        <translation>
            <numerusform>%n punto di discussione</numerusform>
            <numerusform>%n punti di discussione</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="41"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="42"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="43"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="44"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="45"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="46"/>
        <source>Arrives</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="47"/>
        <source>Departs</source>
        <translation>Partenza</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="48"/>
        <source>Dietary</source>
        <translation>Alimentazione</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="49"/>
        <source>Access</source>
        <translation>Accessibilità</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="50"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="60"/>
        <source>accepted</source>
        <translation>accettato</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="61"/>
        <source>declined</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="62"/>
        <source>tentative (maybe)</source>
        <translation>provvisorio (forse)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="197"/>
        <source>{status} (tentative)</source>
        <translation>{status} (provvisorio)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="214"/>
        <location filename="../../planner/ui/participants/model.py" line="217"/>
        <source>Messages sent:</source>
        <translation>Messaggi inviati:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="233"/>
        <source>Their last answer to the invitation: {answer}</source>
        <translation>Ultima risposta all’invito: {answer}</translation>
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
        <translation>senza paese</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="102"/>
        <location filename="../../planner/ui/participants/tab.py" line="214"/>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="149"/>
        <source>Add participant…</source>
        <translation>Aggiungi partecipante…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="152"/>
        <source>Add someone from the Directory, or a new person</source>
        <translation>Aggiungi qualcuno dalla rubrica o una nuova persona</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="157"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="160"/>
        <source>Role, status, days and notes of the selected participant</source>
        <translation>Ruolo, stato, giorni e note del partecipante selezionato</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="165"/>
        <source>Person details…</source>
        <translation>Dati della persona…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="168"/>
        <source>Name, organisation, contact and needs</source>
        <translation>Nome, organizzazione, contatti ed esigenze</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="173"/>
        <source>Remove…</source>
        <translation>Rimuovi…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="176"/>
        <source>Remove the selected participants from this event</source>
        <translation>Rimuovi i partecipanti selezionati da questo evento</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="180"/>
        <source>Set status</source>
        <translation>Imposta stato</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="183"/>
        <source>Set role</source>
        <translation>Imposta ruolo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="189"/>
        <source>Import participants…</source>
        <translation>Importa partecipanti…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="191"/>
        <source>Add participants from a CSV or Excel list, with a preview</source>
        <translation>Aggiungi partecipanti da un elenco CSV o Excel, con anteprima</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="196"/>
        <source>Export participants…</source>
        <translation>Esporta partecipanti…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="198"/>
        <source>Save the participant list as an Excel or CSV file</source>
        <translation>Salva l’elenco dei partecipanti come file Excel o CSV</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="201"/>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="202"/>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="220"/>
        <source>Change the status of the selected participants</source>
        <translation>Cambia lo stato dei partecipanti selezionati</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="223"/>
        <source>Change the role of the selected participants</source>
        <translation>Cambia il ruolo dei partecipanti selezionati</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="235"/>
        <source>Search participants</source>
        <translation>Cerca partecipanti</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="237"/>
        <source>Name, organisation, country or e-mail; accents need not be typed</source>
        <translation>Nome, organizzazione, paese o e-mail; non occorre digitare gli accenti</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="245"/>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="250"/>
        <source>All roles</source>
        <translation>Tutti i ruoli</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="318"/>
        <source>Only {who}.</source>
        <translation>Solo {who}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="319"/>
        <source>Show everyone</source>
        <translation>Mostra tutti</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="380"/>
        <source>No participants yet: add someone with “Add participant…” (Ctrl+Shift+A).</source>
        <translation>Ancora nessun partecipante: aggiunga qualcuno con «Aggiungi partecipante…» (Ctrl+Maiusc+A).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="386"/>
        <source>No participant matches &apos;{search}&apos;</source>
        <translation>Nessun partecipante corrisponde a «{search}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/tab.py" line="395"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n partecipante</numerusform>
            <numerusform>%n partecipanti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/tab.py" line="397"/>
        <source>{shown} of %n shown</source>
        <translation>
            <numerusform>{shown} di %n mostrati</numerusform>
            <numerusform>{shown} di %n mostrati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="400"/>
        <source>Participants by country, for the rows shown</source>
        <translation>Partecipanti per paese, per le righe mostrate</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="36"/>
        <source>Participant lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Elenchi di partecipanti (*.csv *.xlsx *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="37"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="38"/>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, separato da virgole (*.csv)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="73"/>
        <source>Import participants</source>
        <translation>Importa partecipanti</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="98"/>
        <source>Cannot read the participant list</source>
        <translation>Impossibile leggere l’elenco dei partecipanti</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="99"/>
        <source>{problem}

Nothing was imported.</source>
        <translation>{problem}

Non è stato importato nulla.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/transfer.py" line="117"/>
        <source>Imported %Ln participant(s) from {file}: {new}, {found} found in the Directory</source>
        <translation>
            <numerusform>Importato %Ln partecipante da {file}: {new}, {found} trovati nella rubrica</numerusform>
            <numerusform>Importati %Ln partecipanti da {file}: {new}, {found} trovati nella rubrica</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/transfer.py" line="120"/>
        <source>%Ln new person(s)</source>
        <translation>
            <numerusform>%Ln nuova persona</numerusform>
            <numerusform>%Ln nuove persone</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="125"/>
        <source>; {count} already on the list</source>
        <translation>; {count} già nell’elenco</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="129"/>
        <source> ({count} updated)</source>
        <translation> ({count} aggiornati)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="141"/>
        <source>Participants - {title}</source>
        <comment>the name suggested for an exported file</comment>
        <translation>Partecipanti - {title}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="142"/>
        <source>event</source>
        <comment>the file name&apos;s title when the event has none</comment>
        <translation>evento</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="169"/>
        <source>Export participants</source>
        <translation>Esporta partecipanti</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="176"/>
        <source>Cannot export the participants</source>
        <translation>Impossibile esportare i partecipanti</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="193"/>
        <source>an export</source>
        <translation>un’esportazione</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="194"/>
        <source>Exporting the participants to {file}…</source>
        <translation>Esportazione dei partecipanti in {file}…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="198"/>
        <source>Exported the participants of “{title}” to {file}</source>
        <translation>Partecipanti di «{title}» esportati in {file}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="204"/>
        <source>Export stopped; {file} was not written.</source>
        <translation>Esportazione interrotta; {file} non è stato scritto.</translation>
    </message>
</context>
<context>
    <name>ParticipationDialog</name>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="54"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="55"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="56"/>
        <source>Arrives</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="57"/>
        <source>Departs</source>
        <translation>Partenza</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="58"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="220"/>
        <source>Person details…</source>
        <translation>Dati della persona…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="223"/>
        <source>Name, organisation, contact, dietary and access needs</source>
        <translation>Nome, organizzazione, contatti, esigenze alimentari e di accessibilità</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="69"/>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="74"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="75"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="77"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="83"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="84"/>
        <source>not imported</source>
        <translation>non importata</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="90"/>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_models.py" line="145"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln riga</numerusform>
            <numerusform>%Ln righe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_models.py" line="156"/>
        <source>%Ln new person(s)</source>
        <translation>
            <numerusform>%Ln nuova persona</numerusform>
            <numerusform>%Ln nuove persone</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="157"/>
        <source>{new}, {matched} matched, {already} already on the list</source>
        <translation>{new}, {matched} abbinati, {already} già nell’elenco</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_models.py" line="161"/>
        <source>%Ln row(s) with problems</source>
        <translation>
            <numerusform>%Ln riga con problemi</numerusform>
            <numerusform>%Ln righe con problemi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="172"/>
        <source>… and {count} more. Nothing is imported until every row is right.</source>
        <translation>… e altri {count}. Non viene importato nulla finché tutte le righe non sono corrette.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="175"/>
        <source>Nothing is imported until every row is right.</source>
        <translation>Non viene importato nulla finché tutte le righe non sono corrette.</translation>
    </message>
</context>
<context>
    <name>StayDialog</name>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="155"/>
        <source>Guest</source>
        <translation>Ospite</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="156"/>
        <source>Hotel</source>
        <translation>Albergo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="156"/>
        <source>e.g. the hotel&apos;s name</source>
        <translation>ad es. il nome dell’albergo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="157"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="158"/>
        <source>Check-in</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="159"/>
        <source>Check-out</source>
        <translation>Partenza</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="160"/>
        <source>Booking reference</source>
        <translation>Codice di prenotazione</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="163"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="165"/>
        <source>e.g. 120.50</source>
        <translation>ad es. 120.50</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="169"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="171"/>
        <source>e.g. {currency}</source>
        <translation>ad es. {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="185"/>
        <source>Add stay</source>
        <translation>Aggiungi soggiorno</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="188"/>
        <source>Change stay</source>
        <translation>Modifica soggiorno</translation>
    </message>
</context>
<context>
    <name>StaysModel</name>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="159"/>
        <source>Hotel</source>
        <translation>Albergo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="163"/>
        <source>Booking reference: {reference}</source>
        <translation>Codice di prenotazione: {reference}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="166"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="168"/>
        <source>Check-in</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="173"/>
        <source>Check-out</source>
        <translation>Partenza</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="178"/>
        <source>Nights</source>
        <translation>Notti</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="181"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../planner/ui/agenda/timeline.py" line="270"/>
        <source>No room</source>
        <translation>Senza sala</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="343"/>
        <source>(not given)</source>
        <translation>(non indicato)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="351"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
</context>
<context>
    <name>TravellersModel</name>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="77"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="83"/>
        <source>Legs</source>
        <translation>Tratte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="89"/>
        <source>Stays</source>
        <translation>Soggiorni</translation>
    </message>
</context>
<context>
    <name>TravellersPage</name>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="62"/>
        <source>Filter people</source>
        <translation>Filtra persone</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="99"/>
        <source>Travel</source>
        <translation>Viaggio</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="100"/>
        <source>Hotel stays</source>
        <translation>Soggiorni in albergo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="130"/>
        <source>(no guest named)</source>
        <translation>(nessun ospite indicato)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="205"/>
        <source>Choose a person on the left</source>
        <translation>Scelga una persona a sinistra</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/travellers.py" line="210"/>
        <source>Travel · %n leg(s)</source>
        <translation>
            <numerusform>Viaggio · %n tratta</numerusform>
            <numerusform>Viaggio · %n tratte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="211"/>
        <source>Travel · none booked yet</source>
        <translation>Viaggio · ancora nessuna prenotazione</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/travellers.py" line="212"/>
        <source>Hotel stays · %n stay(s)</source>
        <translation>
            <numerusform>Soggiorni in albergo · %n soggiorno</numerusform>
            <numerusform>Soggiorni in albergo · %n soggiorni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="214"/>
        <source>Hotel stays · none booked yet</source>
        <translation>Soggiorni in albergo · ancora nessuna prenotazione</translation>
    </message>
</context>
    <context>
        <name>ColumnChoices</name>
        <message>
            <location filename="../../planner/ui/participants/import_models.py" line="58" />
            <source>Gender</source>
            <translation>Genere</translation>
        </message>
    </context>
</TS>
