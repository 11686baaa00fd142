<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>AddParticipantDialog</name>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="77"/>
        <source>Add participant</source>
        <translation>Προσθήκη συμμετέχοντα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="85"/>
        <location filename="../../planner/ui/participants/dialogs.py" line="128"/>
        <source>Person</source>
        <translation>Πρόσωπο</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="91"/>
        <source>Type to search the Directory</source>
        <translation>Πληκτρολογήστε για αναζήτηση στον Κατάλογο</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="93"/>
        <source>New person…</source>
        <translation>Νέο πρόσωπο…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="95"/>
        <source>The person is not in the Directory yet: enter their details</source>
        <translation>Το πρόσωπο δεν υπάρχει ακόμη στον Κατάλογο: εισαγάγετε τα στοιχεία του</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/dialogs.py" line="102"/>
        <source>%n person(s) of the Directory not in this event yet.</source>
        <translation>
            <numerusform>%n πρόσωπο του Καταλόγου δεν συμμετέχει ακόμη σε αυτή την εκδήλωση.</numerusform>
            <numerusform>%n πρόσωπα του Καταλόγου δεν συμμετέχουν ακόμη σε αυτή την εκδήλωση.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="116"/>
        <source>Pick from the Directory instead</source>
        <translation>Επιλογή από τον Κατάλογο</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="138"/>
        <source>In this event</source>
        <translation>Σε αυτή την εκδήλωση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="144"/>
        <source>Add</source>
        <translation>Προσθήκη</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="190"/>
        <source>pick someone from the list, or add a new person</source>
        <translation>επιλέξτε κάποιον από τη λίστα ή προσθέστε νέο πρόσωπο</translation>
    </message>
</context>
<context>
    <name>AgendaEdits</name>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="78"/>
        <source>Add agenda item</source>
        <translation>Προσθήκη σημείου προγράμματος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="92"/>
        <source>Change agenda item</source>
        <translation>Αλλαγή σημείου προγράμματος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="125"/>
        <source>Delete agenda item</source>
        <translation>Διαγραφή σημείου προγράμματος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="126"/>
        <source>Delete “{title}” ({day}, {time})?

Undo (Ctrl+Z) brings it back.</source>
        <translation>Διαγραφή του «{title}» ({day}, {time});

Η αναίρεση (Ctrl+Z) το επαναφέρει.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="177"/>
        <source>Cannot {action}</source>
        <translation>Δεν είναι δυνατή η ενέργεια: {action}</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="23"/>
        <source>Starts</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="24"/>
        <source>Ends</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="25"/>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="28"/>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="29"/>
        <source>e.g. Welcome and introduction</source>
        <translation>π.χ. Καλωσόρισμα και εισαγωγή</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="33"/>
        <source>Room</source>
        <translation>Αίθουσα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="34"/>
        <source>e.g. Room A</source>
        <translation>π.χ. Αίθουσα Α</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="37"/>
        <source>Speakers</source>
        <translation>Ομιλητές</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="40"/>
        <source>Moderator</source>
        <translation>Συντονισμός</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="45"/>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="48"/>
        <source>Topics</source>
        <translation>Θέματα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="50"/>
        <source>One topic a line</source>
        <translation>Ένα θέμα ανά γραμμή</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="25"/>
        <source>Time</source>
        <translation>Ώρα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="26"/>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="27"/>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="28"/>
        <source>Room</source>
        <translation>Αίθουσα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="29"/>
        <source>Speakers</source>
        <translation>Ομιλητές</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="30"/>
        <source>Moderator</source>
        <translation>Συντονισμός</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="191"/>
        <source>Conflicts:</source>
        <translation>Συγκρούσεις:</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="72"/>
        <source>Add item…</source>
        <translation>Προσθήκη σημείου…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="75"/>
        <source>Add an agenda item</source>
        <translation>Προσθήκη σημείου στο πρόγραμμα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="80"/>
        <source>Edit…</source>
        <translation>Επεξεργασία…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="83"/>
        <source>Edit the selected item</source>
        <translation>Επεξεργασία του επιλεγμένου σημείου</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="88"/>
        <source>Duplicate</source>
        <translation>Αντίγραφο</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="91"/>
        <source>Copy the selected item to the next free slot</source>
        <translation>Αντιγραφή του επιλεγμένου σημείου στο επόμενο ελεύθερο διάστημα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="96"/>
        <source>Delete…</source>
        <translation>Διαγραφή…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="99"/>
        <source>Delete the selected item</source>
        <translation>Διαγραφή του επιλεγμένου σημείου</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="107"/>
        <source>Move earlier</source>
        <translation>Νωρίτερα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="111"/>
        <source>Move the selected item 5 minutes earlier</source>
        <translation>Μετακίνηση του επιλεγμένου σημείου 5 λεπτά νωρίτερα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="114"/>
        <source>Move later</source>
        <translation>Αργότερα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="118"/>
        <source>Move the selected item 5 minutes later</source>
        <translation>Μετακίνηση του επιλεγμένου σημείου 5 λεπτά αργότερα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="121"/>
        <source>Shorten</source>
        <translation>Συντόμευση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="125"/>
        <source>Make the selected item 5 minutes shorter</source>
        <translation>Μείωση της διάρκειας του επιλεγμένου σημείου κατά 5 λεπτά</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="128"/>
        <source>Lengthen</source>
        <translation>Επέκταση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="132"/>
        <source>Make the selected item 5 minutes longer</source>
        <translation>Αύξηση της διάρκειας του επιλεγμένου σημείου κατά 5 λεπτά</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="138"/>
        <source>List / Timeline</source>
        <translation>Λίστα / Χρονοδιάγραμμα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="145"/>
        <source>Previous day</source>
        <translation>Προηγούμενη ημέρα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="152"/>
        <source>Next day</source>
        <translation>Επόμενη ημέρα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="191"/>
        <source>Agenda timeline</source>
        <translation>Χρονοδιάγραμμα προγράμματος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="193"/>
        <source>Alt+Up and Alt+Down move the selected item by 5 minutes; with Shift they change its length</source>
        <translation>Τα Alt+Πάνω και Alt+Κάτω μετακινούν το επιλεγμένο σημείο κατά 5 λεπτά· με Shift αλλάζουν τη διάρκειά του</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="219"/>
        <source>The day shown (Alt+PgUp / Alt+PgDown)</source>
        <translation>Η ημέρα που εμφανίζεται (Alt+PgUp / Alt+PgDown)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="221"/>
        <source>Day</source>
        <translation>Ημέρα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="230"/>
        <source>List</source>
        <translation>Λίστα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="231"/>
        <source>Show the day as a list (Ctrl+Shift+L switches)</source>
        <translation>Εμφάνιση της ημέρας ως λίστας (εναλλαγή με Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="235"/>
        <source>Timeline</source>
        <translation>Χρονοδιάγραμμα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="236"/>
        <source>Show the day as a timeline (Ctrl+Shift+L switches)</source>
        <translation>Εμφάνιση της ημέρας ως χρονοδιαγράμματος (εναλλαγή με Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="252"/>
        <source>Move following items</source>
        <translation>Μετακίνηση επόμενων σημείων</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="254"/>
        <source>When an item gets longer or shorter, move the items after it on that day by as much</source>
        <translation>Όταν ένα σημείο μακραίνει ή κονταίνει, τα επόμενα σημεία της ημέρας μετακινούνται αντίστοιχα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="365"/>
        <source>Nothing planned on this day yet.
Add an item with Add item… (Ctrl+Shift+A).</source>
        <translation>Δεν έχει προγραμματιστεί τίποτα ακόμη για αυτή την ημέρα.
Προσθέστε ένα σημείο με «Προσθήκη σημείου…» (Ctrl+Shift+A).</translation>
    </message>
</context>
<context>
    <name>ArrivalsPage</name>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="100"/>
        <source>Arrivals</source>
        <translation>Αφίξεις</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="101"/>
        <source>Departures</source>
        <translation>Αναχωρήσεις</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="132"/>
        <source>Each traveller&apos;s last leg before their stay in {city} and first leg after it. Times are local to the event ({zone}).</source>
        <translation>Η τελευταία διαδρομή κάθε ταξιδιώτη πριν από τη διαμονή του στην πόλη {city} και η πρώτη μετά από αυτήν. Οι ώρες είναι τοπικές της εκδήλωσης ({zone}).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="140"/>
        <source>Each traveller&apos;s last leg before their stay and first leg after it. Times are local to the event ({zone}).</source>
        <translation>Η τελευταία διαδρομή κάθε ταξιδιώτη πριν από τη διαμονή του και η πρώτη μετά από αυτήν. Οι ώρες είναι τοπικές της εκδήλωσης ({zone}).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="148"/>
        <source>No travel booked yet: add travel legs on the Travellers page.</source>
        <translation>Δεν έχει κρατηθεί ακόμη κανένα ταξίδι: προσθέστε διαδρομές στη σελίδα «Ταξιδιώτες».</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="197"/>
        <location filename="../../planner/ui/logistics/models.py" line="204"/>
        <source>Time</source>
        <translation>Ώρα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="198"/>
        <location filename="../../planner/ui/logistics/models.py" line="205"/>
        <source>Who</source>
        <translation>Ποιος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="199"/>
        <location filename="../../planner/ui/logistics/models.py" line="206"/>
        <source>Travel</source>
        <translation>Ταξίδι</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="200"/>
        <source>From</source>
        <translation>Από</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="201"/>
        <source>Arrives at</source>
        <translation>Άφιξη σε</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="207"/>
        <source>To</source>
        <translation>Προς</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="208"/>
        <source>Leaves from</source>
        <translation>Αναχώρηση από</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/models.py" line="234"/>
        <source>%n arrival(s)</source>
        <translation>
            <numerusform>%n άφιξη</numerusform>
            <numerusform>%n αφίξεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/models.py" line="236"/>
        <source>%n departure(s)</source>
        <translation>
            <numerusform>%n αναχώρηση</numerusform>
            <numerusform>%n αναχωρήσεις</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlockItem</name>
    <message>
        <location filename="../../planner/ui/agenda/block.py" line="154"/>
        <source>Speakers: {names}</source>
        <translation>Ομιλητές: {names}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/block.py" line="156"/>
        <location filename="../../planner/ui/agenda/block.py" line="216"/>
        <source>Moderator: {name}</source>
        <translation>Συντονισμός: {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/block.py" line="158"/>
        <source>Conflicts:</source>
        <translation>Συγκρούσεις:</translation>
    </message>
</context>
<context>
    <name>ColumnChoices</name>
    <message>
        <location filename="../../planner/ui/participants/import_columns.py" line="43"/>
        <source>(empty)</source>
        <translation>(κενό)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_columns.py" line="52"/>
        <source>Column {name}</source>
        <translation>Στήλη {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_columns.py" line="72"/>
        <source>Columns in the file</source>
        <translation>Στήλες του αρχείου</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_columns.py" line="91"/>
        <source>Not imported</source>
        <translation>Δεν εισάγεται</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="37"/>
        <source>Ignore</source>
        <translation>Παράβλεψη</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="41"/>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="42"/>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="43"/>
        <source>Given name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="44"/>
        <source>Family name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="45"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="46"/>
        <source>Organisation</source>
        <translation>Οργανισμός</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="47"/>
        <source>Position</source>
        <translation>Θέση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="48"/>
        <source>Region</source>
        <translation>Περιφέρεια</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="49"/>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="50"/>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="51"/>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="52"/>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="53"/>
        <source>Dietary needs</source>
        <translation>Διατροφικές ανάγκες</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="54"/>
        <source>Access needs</source>
        <translation>Ανάγκες προσβασιμότητας</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="55"/>
        <source>Arrives</source>
        <translation>Άφιξη</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="56"/>
        <source>Departs</source>
        <translation>Αναχώρηση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="57"/>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="194"/>
        <source>Column {number}</source>
        <translation>Στήλη {number}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="269"/>
        <source>{field} also comes from {columns}: all of them are imported, one per line</source>
        <translation>Το πεδίο «{field}» προέρχεται και από {columns}: εισάγονται όλες, μία ανά γραμμή</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="271"/>
        <source>{field} also comes from {columns}: for each row, the first of these columns with a value counts</source>
        <translation>Το πεδίο «{field}» προέρχεται και από {columns}: σε κάθε γραμμή ισχύει η πρώτη από αυτές τις στήλες που έχει τιμή</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="196"/>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="199"/>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="200"/>
        <source>e.g. dinner, with the number of guests</source>
        <translation>π.χ. δείπνο, με τον αριθμό των καλεσμένων</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="204"/>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="206"/>
        <source>e.g. 120.50</source>
        <translation>π.χ. 120.50</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="210"/>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="211"/>
        <source>e.g. {currency}</source>
        <translation>π.χ. {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="213"/>
        <source>Person</source>
        <translation>Πρόσωπο</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="216"/>
        <source>Funded by</source>
        <translation>Χρηματοδότηση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="217"/>
        <source>e.g. project or sponsor</source>
        <translation>π.χ. έργο ή χορηγός</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="231"/>
        <source>Add cost</source>
        <translation>Προσθήκη δαπάνης</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="234"/>
        <source>Change cost</source>
        <translation>Αλλαγή δαπάνης</translation>
    </message>
</context>
<context>
    <name>CostsModel</name>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="269"/>
        <source>Cost</source>
        <translation>Δαπάνη</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="270"/>
        <source>Travel leg</source>
        <translation>Διαδρομή</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="271"/>
        <source>Stay</source>
        <translation>Διαμονή</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="284"/>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="286"/>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="290"/>
        <source>Person</source>
        <translation>Πρόσωπο</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="291"/>
        <source>Funded by</source>
        <translation>Χρηματοδότηση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="293"/>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="299"/>
        <source>Entered as</source>
        <translation>Καταχώριση ως</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="79"/>
        <source>Show the prices booked on travel legs and stays</source>
        <translation>Εμφάνιση των τιμών κράτησης διαδρομών και διαμονών</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="83"/>
        <location filename="../../planner/ui/logistics/costs.py" line="85"/>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="84"/>
        <source>Funded by</source>
        <translation>Χρηματοδότηση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="89"/>
        <source>Booked prices are listed for checking against the costs; they are not added to the totals.</source>
        <translation>Οι τιμές κράτησης εμφανίζονται για έλεγχο σε σχέση με τις δαπάνες· δεν προστίθενται στα σύνολα.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="103"/>
        <source>Totals by category</source>
        <translation>Σύνολα ανά κατηγορία</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="104"/>
        <source>Totals by funder</source>
        <translation>Σύνολα ανά χρηματοδότη</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="105"/>
        <source>Booked (not in the totals)</source>
        <translation>Κρατήσεις (εκτός συνόλων)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="124"/>
        <source>No costs yet. Add the venue, catering, travel and other costs with “Add cost”, and the prices of tickets and hotels on the travel legs and stays.</source>
        <translation>Δεν υπάρχουν ακόμη δαπάνες. Προσθέστε τον χώρο, την τροφοδοσία, τα ταξίδια και άλλες δαπάνες με «Προσθήκη δαπάνης», και τις τιμές εισιτηρίων και ξενοδοχείων στις διαδρομές και τις διαμονές.</translation>
    </message>
</context>
<context>
    <name>EncodingCombo</name>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="21"/>
        <source>In no encoding do all its names read well.</source>
        <translation>Σε καμία κωδικοποίηση δεν διαβάζονται σωστά όλα τα ονόματα.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="23"/>
        <source>Its names read differently in each likely encoding.</source>
        <translation>Τα ονόματα διαβάζονται διαφορετικά σε κάθε πιθανή κωδικοποίηση.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="27"/>
        <source>Which encoding?</source>
        <translation>Ποια κωδικοποίηση;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="28"/>
        <source>{file} does not say how its text is encoded. {why}
Choose the one in which the names look right (the preview shows them all before anything is imported):</source>
        <translation>Το αρχείο {file} δεν δηλώνει την κωδικοποίηση του κειμένου του. {why}
Επιλέξτε εκείνη στην οποία τα ονόματα εμφανίζονται σωστά (η προεπισκόπηση τα δείχνει όλα πριν εισαχθεί οτιδήποτε):</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="54"/>
        <source>Encoding</source>
        <translation>Κωδικοποίηση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="56"/>
        <source>How the file&apos;s text is encoded: choose another if the names in the preview look wrong</source>
        <translation>Η κωδικοποίηση του κειμένου του αρχείου: επιλέξτε άλλη αν τα ονόματα στην προεπισκόπηση δεν εμφανίζονται σωστά</translation>
    </message>
</context>
<context>
    <name>FittingLabel</name>
    <message>
        <location filename="../../planner/ui/agenda/zone.py" line="26"/>
        <source>Times in {zone} ({abbreviation}, {offset})</source>
        <translation>Ώρες ζώνης {zone} ({abbreviation}, {offset})</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="88"/>
        <source>Import participants</source>
        <translation>Εισαγωγή συμμετεχόντων</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="95"/>
        <source>Into “{title}”. Check what each column holds and correct it where it is wrong; the preview shows what the import will do. Nothing is saved until you press Import, and Edit ▸ Undo takes it back.</source>
        <translation>Στην εκδήλωση «{title}». Ελέγξτε τι περιέχει κάθε στήλη και διορθώστε όπου χρειάζεται· η προεπισκόπηση δείχνει τι θα κάνει η εισαγωγή. Τίποτα δεν αποθηκεύεται πριν πατήσετε «Εισαγωγή», και η Επεξεργασία ▸ Αναίρεση την ακυρώνει.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="116"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Κωδικοποίηση:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="135"/>
        <location filename="../../planner/ui/participants/import_dialog.py" line="306"/>
        <location filename="../../planner/ui/participants/import_dialog.py" line="328"/>
        <location filename="../../planner/ui/participants/import_dialog.py" line="337"/>
        <source>Import</source>
        <translation>Εισαγωγή</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="161"/>
        <source>Preview</source>
        <translation>Προεπισκόπηση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="162"/>
        <source>Only rows with problems</source>
        <translation>Μόνο γραμμές με προβλήματα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="222"/>
        <source>Cannot read the list in this encoding</source>
        <translation>Δεν είναι δυνατή η ανάγνωση της λίστας σε αυτή την κωδικοποίηση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="258"/>
        <source>the preview of the import</source>
        <translation>η προεπισκόπηση της εισαγωγής</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="293"/>
        <source>Checking {rows}…</source>
        <translation>Έλεγχος: {rows}…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="296"/>
        <source>Wait for the preview of these columns</source>
        <translation>Περιμένετε την προεπισκόπηση αυτών των στηλών</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="307"/>
        <source>Say which columns hold what first</source>
        <translation>Ορίστε πρώτα τι περιέχει κάθε στήλη</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_dialog.py" line="322"/>
        <source>Import %Ln participant(s)</source>
        <translation>
            <numerusform>Εισαγωγή %Ln συμμετέχοντα</numerusform>
            <numerusform>Εισαγωγή %Ln συμμετεχόντων</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="325"/>
        <source>Add them to the event in one step (Edit ▸ Undo takes it back)</source>
        <translation>Προσθήκη στην εκδήλωση σε ένα βήμα (η Επεξεργασία ▸ Αναίρεση την ακυρώνει)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="330"/>
        <source>Nothing is imported while a row has a problem: correct those rows in the file and open it again, or ignore the column that causes them</source>
        <translation>Δεν εισάγεται τίποτα όσο μια γραμμή έχει πρόβλημα: διορθώστε αυτές τις γραμμές στο αρχείο και ανοίξτε το ξανά ή παραβλέψτε τη στήλη που τα προκαλεί</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="338"/>
        <source>The list has no rows to import</source>
        <translation>Η λίστα δεν έχει γραμμές για εισαγωγή</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_dialog.py" line="354"/>
        <source>Importing %Ln participant(s)…</source>
        <translation>
            <numerusform>Εισαγωγή %Ln συμμετέχοντα…</numerusform>
            <numerusform>Εισαγωγή %Ln συμμετεχόντων…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="363"/>
        <location filename="../../planner/ui/participants/import_dialog.py" line="401"/>
        <source>Cannot import the participants</source>
        <translation>Δεν είναι δυνατή η εισαγωγή των συμμετεχόντων</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="367"/>
        <source>Importing {rows}… (Cancel stops it; nothing is saved then)</source>
        <translation>Εισαγωγή: {rows}… (η Ακύρωση τη διακόπτει· τότε δεν αποθηκεύεται τίποτα)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="400"/>
        <source>{problem}

Nothing was imported.</source>
        <translation>{problem}

Δεν εισήχθη τίποτα.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="421"/>
        <source>Stopping the import; nothing of it is saved…</source>
        <translation>Διακοπή της εισαγωγής· δεν αποθηκεύεται τίποτα από αυτήν…</translation>
    </message>
</context>
<context>
    <name>LegDialog</name>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="45"/>
        <source>Traveller</source>
        <translation>Ταξιδιώτης</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="51"/>
        <source>Mode</source>
        <translation>Μέσο</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="54"/>
        <source>Carrier</source>
        <translation>Μεταφορέας</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="55"/>
        <source>e.g. airline or rail company</source>
        <translation>π.χ. αεροπορική ή σιδηροδρομική εταιρεία</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="59"/>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="60"/>
        <source>e.g. flight or train number</source>
        <translation>π.χ. αριθμός πτήσης ή αμαξοστοιχίας</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="62"/>
        <source>Booking reference</source>
        <translation>Κωδικός κράτησης</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="65"/>
        <source>From</source>
        <translation>Από</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="67"/>
        <location filename="../../planner/ui/logistics/dialogs.py" line="75"/>
        <source>e.g. city or airport</source>
        <translation>π.χ. πόλη ή αεροδρόμιο</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="69"/>
        <source>Departs (local time)</source>
        <translation>Αναχώρηση (τοπική ώρα)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="70"/>
        <location filename="../../planner/ui/logistics/dialogs.py" line="78"/>
        <source>Time zone there</source>
        <translation>Ζώνη ώρας εκεί</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="73"/>
        <source>To</source>
        <translation>Προς</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="77"/>
        <source>Arrives (local time)</source>
        <translation>Άφιξη (τοπική ώρα)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="81"/>
        <source>Cost</source>
        <translation>Κόστος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="83"/>
        <source>e.g. 120.50</source>
        <translation>π.χ. 120.50</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="87"/>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="89"/>
        <source>e.g. {currency}</source>
        <translation>π.χ. {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="109"/>
        <source>Add travel leg</source>
        <translation>Προσθήκη διαδρομής</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="114"/>
        <source>Change travel leg</source>
        <translation>Αλλαγή διαδρομής</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="129"/>
        <source>Duration</source>
        <translation>Διάρκεια</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="141"/>
        <source>arrives before it departs</source>
        <translation>η άφιξη είναι πριν από την αναχώρηση</translation>
    </message>
</context>
<context>
    <name>LegsModel</name>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/models.py" line="55"/>
        <source>%n day(s)</source>
        <comment>days between departure and arrival</comment>
        <translation>
            <numerusform>%n ημέρα</numerusform>
            <numerusform>%n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="62"/>
        <source>Booking reference: {reference}</source>
        <translation>Κωδικός κράτησης: {reference}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="112"/>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="117"/>
        <source>Mode</source>
        <translation>Μέσο</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="118"/>
        <source>Service</source>
        <translation>Δρομολόγιο</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="120"/>
        <source>From</source>
        <translation>Από</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="125"/>
        <source>To</source>
        <translation>Προς</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="130"/>
        <source>Duration</source>
        <translation>Διάρκεια</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="136"/>
        <source>Cost</source>
        <translation>Κόστος</translation>
    </message>
</context>
<context>
    <name>LogisticsTab</name>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="44"/>
        <source>Delete travel leg</source>
        <translation>Διαγραφή διαδρομής</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="45"/>
        <source>Delete stay</source>
        <translation>Διαγραφή διαμονής</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="46"/>
        <source>Delete cost</source>
        <translation>Διαγραφή δαπάνης</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="74"/>
        <source>Travellers</source>
        <translation>Ταξιδιώτες</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="75"/>
        <source>Arrivals &amp;&amp; departures</source>
        <translation>Αφίξεις &amp;&amp; αναχωρήσεις</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="76"/>
        <source>Costs</source>
        <translation>Δαπάνες</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="87"/>
        <source>Add travel leg</source>
        <translation>Προσθήκη διαδρομής</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="88"/>
        <source>Add stay</source>
        <translation>Προσθήκη διαμονής</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="89"/>
        <source>Add cost</source>
        <translation>Προσθήκη δαπάνης</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="90"/>
        <source>Add</source>
        <translation>Προσθήκη</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="91"/>
        <source>Edit…</source>
        <translation>Επεξεργασία…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="93"/>
        <source>Duplicate</source>
        <translation>Αντίγραφο</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="95"/>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="317"/>
        <source>Delete the travel leg {origin} → {destination} on {day} of {person}?</source>
        <translation>Διαγραφή της διαδρομής {origin} → {destination} της {day} για {person};</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="329"/>
        <source>Delete the stay at {hotel} from {day} of {person}?</source>
        <translation>Διαγραφή της διαμονής στο {hotel} από {day} για {person};</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="332"/>
        <source>Delete the stay at {hotel} from {day}?</source>
        <translation>Διαγραφή της διαμονής στο {hotel} από {day};</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="333"/>
        <source>Delete the cost “{name}” of {amount}?</source>
        <translation>Διαγραφή της δαπάνης «{name}» ύψους {amount};</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="113"/>
        <source>What happened, in a few sentences: who met, why, and what came out of it.</source>
        <translation>Τι έγινε, σε λίγες προτάσεις: ποιοι συναντήθηκαν, γιατί και τι προέκυψε.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="144"/>
        <source>Summary of the meeting</source>
        <translation>Σύνοψη της συνάντησης</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="150"/>
        <source>Outcomes</source>
        <translation>Αποτελέσματα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="179"/>
        <source>Add outcome…</source>
        <translation>Προσθήκη αποτελέσματος…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="180"/>
        <source>Edit…</source>
        <translation>Επεξεργασία…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="181"/>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="182"/>
        <source>Move up</source>
        <translation>Μετακίνηση πάνω</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="184"/>
        <source>Move down</source>
        <translation>Μετακίνηση κάτω</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="186"/>
        <location filename="../../planner/ui/minutes/tab.py" line="340"/>
        <source>Mark done</source>
        <translation>Σήμανση ως ολοκληρωμένης</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="187"/>
        <source>Follow-up event…</source>
        <translation>Εκδήλωση συνέχειας…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="188"/>
        <source>Go to follow-up event</source>
        <translation>Μετάβαση στην εκδήλωση συνέχειας</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="205"/>
        <source>Add outcome</source>
        <translation>Προσθήκη αποτελέσματος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="206"/>
        <source>{action} — choose the kind</source>
        <translation>{action} — επιλέξτε το είδος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="340"/>
        <source>Reopen</source>
        <translation>Επανενεργοποίηση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="377"/>
        <source>Delete outcome</source>
        <translation>Διαγραφή αποτελέσματος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="404"/>
        <source>Delete the conclusion “{text}”?</source>
        <translation>Διαγραφή του συμπεράσματος «{text}»;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="406"/>
        <source>Delete the proposal “{text}”?</source>
        <translation>Διαγραφή της πρότασης «{text}»;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="408"/>
        <source>Delete the decision “{text}”?</source>
        <translation>Διαγραφή της απόφασης «{text}»;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="410"/>
        <source>Delete the action “{text}”?</source>
        <translation>Διαγραφή της ενέργειας «{text}»;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="412"/>
        <source>Delete the best practice “{text}”?</source>
        <translation>Διαγραφή της καλής πρακτικής «{text}»;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="414"/>
        <source>Delete the discussion point “{text}”?</source>
        <translation>Διαγραφή του θέματος συζήτησης «{text}»;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="415"/>
        <source>Delete the outcome “{text}”?</source>
        <translation>Διαγραφή του αποτελέσματος «{text}»;</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="46"/>
        <source>Leads to event</source>
        <translation>Οδηγεί στην εκδήλωση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="56"/>
        <source>{name} (organisation)</source>
        <translation>{name} (οργανισμός)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="59"/>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="60"/>
        <source>Outcome</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="61"/>
        <source>Topic</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="61"/>
        <source>e.g. training</source>
        <translation>π.χ. κατάρτιση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="64"/>
        <source>By (person or organisation)</source>
        <translation>Από (πρόσωπο ή οργανισμό)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="69"/>
        <source>Owner</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="70"/>
        <source>Due</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="71"/>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="115"/>
        <source>Add outcome</source>
        <translation>Προσθήκη αποτελέσματος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="120"/>
        <source>Change outcome</source>
        <translation>Αλλαγή αποτελέσματος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="154"/>
        <source>Link follow-up event</source>
        <translation>Σύνδεση εκδήλωσης συνέχειας</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="41"/>
        <source>by {name}</source>
        <translation>από {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="48"/>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="49"/>
        <source>Outcome</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="50"/>
        <source>Topic</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="51"/>
        <source>By / owner</source>
        <translation>Από / υπεύθυνος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="52"/>
        <source>Due</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="53"/>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="81"/>
        <source>Overdue: due {day} and still open</source>
        <translation>Εκπρόθεσμη: προθεσμία {day} και ακόμη ανοιχτή</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="101"/>
        <source>{count} open</source>
        <translation>{count} ανοιχτές</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="103"/>
        <source>{count} overdue</source>
        <translation>{count} εκπρόθεσμες</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="106"/>
        <source>No outcomes yet</source>
        <translation>Δεν υπάρχουν ακόμη αποτελέσματα</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="112"/>
        <source>%n conclusion(s)</source>
        <translation>
            <numerusform>%n συμπέρασμα</numerusform>
            <numerusform>%n συμπεράσματα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="114"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n πρόταση</numerusform>
            <numerusform>%n προτάσεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="116"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n απόφαση</numerusform>
            <numerusform>%n αποφάσεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="118"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n ενέργεια</numerusform>
            <numerusform>%n ενέργειες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="120"/>
        <source>%n best practice(s)</source>
        <translation>
            <numerusform>%n καλή πρακτική</numerusform>
            <numerusform>%n καλές πρακτικές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="122"/>
        <source>%n discussion point(s)</source>
        <translation>
            <numerusform>%n θέμα συζήτησης</numerusform>
            <numerusform>%n θέματα συζήτησης</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="41"/>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="42"/>
        <source>Organisation</source>
        <translation>Οργανισμός</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="43"/>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="44"/>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="45"/>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="46"/>
        <source>Arrives</source>
        <translation>Άφιξη</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="47"/>
        <source>Departs</source>
        <translation>Αναχώρηση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="48"/>
        <source>Dietary</source>
        <translation>Διατροφή</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="49"/>
        <source>Access</source>
        <translation>Προσβασιμότητα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="50"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="60"/>
        <source>accepted</source>
        <translation>αποδοχή</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="61"/>
        <source>declined</source>
        <translation>άρνηση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="62"/>
        <source>tentative (maybe)</source>
        <translation>με επιφύλαξη (ίσως)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="197"/>
        <source>{status} (tentative)</source>
        <translation>{status} (με επιφύλαξη)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="214"/>
        <location filename="../../planner/ui/participants/model.py" line="217"/>
        <source>Messages sent:</source>
        <translation>Μηνύματα που στάλθηκαν:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="233"/>
        <source>Their last answer to the invitation: {answer}</source>
        <translation>Τελευταία απάντηση στην πρόσκληση: {answer}</translation>
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
        <translation>χωρίς χώρα</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="102"/>
        <location filename="../../planner/ui/participants/tab.py" line="214"/>
        <source>Participants</source>
        <translation>Συμμετέχοντες</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="149"/>
        <source>Add participant…</source>
        <translation>Προσθήκη…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="152"/>
        <source>Add someone from the Directory, or a new person</source>
        <translation>Προσθήκη προσώπου από τον Κατάλογο ή νέου προσώπου</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="157"/>
        <source>Edit…</source>
        <translation>Επεξεργασία…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="160"/>
        <source>Role, status, days and notes of the selected participant</source>
        <translation>Ρόλος, κατάσταση, ημέρες και σημειώσεις του επιλεγμένου συμμετέχοντα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="165"/>
        <source>Person details…</source>
        <translation>Στοιχεία προσώπου…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="168"/>
        <source>Name, organisation, contact and needs</source>
        <translation>Όνομα, οργανισμός, επικοινωνία και ανάγκες</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="173"/>
        <source>Remove…</source>
        <translation>Αφαίρεση…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="176"/>
        <source>Remove the selected participants from this event</source>
        <translation>Αφαίρεση των επιλεγμένων συμμετεχόντων από αυτή την εκδήλωση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="180"/>
        <source>Set status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="183"/>
        <source>Set role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="189"/>
        <source>Import participants…</source>
        <translation>Εισαγωγή συμμετεχόντων…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="191"/>
        <source>Add participants from a CSV or Excel list, with a preview</source>
        <translation>Προσθήκη συμμετεχόντων από λίστα CSV ή Excel, με προεπισκόπηση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="196"/>
        <source>Export participants…</source>
        <translation>Εξαγωγή συμμετεχόντων…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="198"/>
        <source>Save the participant list as an Excel or CSV file</source>
        <translation>Αποθήκευση της λίστας συμμετεχόντων ως αρχείου Excel ή CSV</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="201"/>
        <source>Import…</source>
        <translation>Εισαγωγή…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="202"/>
        <source>Export…</source>
        <translation>Εξαγωγή…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="220"/>
        <source>Change the status of the selected participants</source>
        <translation>Αλλαγή της κατάστασης των επιλεγμένων συμμετεχόντων</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="223"/>
        <source>Change the role of the selected participants</source>
        <translation>Αλλαγή του ρόλου των επιλεγμένων συμμετεχόντων</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="235"/>
        <source>Search participants</source>
        <translation>Αναζήτηση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="237"/>
        <source>Name, organisation, country or e-mail; accents need not be typed</source>
        <translation>Όνομα, οργανισμός, χώρα ή e-mail· οι τόνοι δεν χρειάζονται</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="245"/>
        <source>All statuses</source>
        <translation>Όλες οι καταστάσεις</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="250"/>
        <source>All roles</source>
        <translation>Όλοι οι ρόλοι</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="318"/>
        <source>Only {who}.</source>
        <translation>Μόνο {who}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="319"/>
        <source>Show everyone</source>
        <translation>Εμφάνιση όλων</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="380"/>
        <source>No participants yet: add someone with “Add participant…” (Ctrl+Shift+A).</source>
        <translation>Δεν υπάρχουν ακόμη συμμετέχοντες: προσθέστε κάποιον με «Προσθήκη…» (Ctrl+Shift+A).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="386"/>
        <source>No participant matches &apos;{search}&apos;</source>
        <translation>Κανένας συμμετέχων δεν ταιριάζει με «{search}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/tab.py" line="395"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n συμμετέχων</numerusform>
            <numerusform>%n συμμετέχοντες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/tab.py" line="397"/>
        <source>{shown} of %n shown</source>
        <translation>
            <numerusform>Εμφανίζονται {shown} από %n</numerusform>
            <numerusform>Εμφανίζονται {shown} από %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="400"/>
        <source>Participants by country, for the rows shown</source>
        <translation>Συμμετέχοντες ανά χώρα, για τις γραμμές που εμφανίζονται</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="36"/>
        <source>Participant lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Λίστες συμμετεχόντων (*.csv *.xlsx *.txt);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="37"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Βιβλίο εργασίας Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="38"/>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, διαχωρισμένο με κόμματα (*.csv)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="73"/>
        <source>Import participants</source>
        <translation>Εισαγωγή συμμετεχόντων</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="98"/>
        <source>Cannot read the participant list</source>
        <translation>Δεν είναι δυνατή η ανάγνωση της λίστας συμμετεχόντων</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="99"/>
        <source>{problem}

Nothing was imported.</source>
        <translation>{problem}

Δεν εισήχθη τίποτα.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/transfer.py" line="117"/>
        <source>Imported %Ln participant(s) from {file}: {new}, {found} found in the Directory</source>
        <translation>
            <numerusform>Εισήχθη %Ln συμμετέχων από {file}: {new}, {found} βρέθηκαν στον Κατάλογο</numerusform>
            <numerusform>Εισήχθησαν %Ln συμμετέχοντες από {file}: {new}, {found} βρέθηκαν στον Κατάλογο</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/transfer.py" line="120"/>
        <source>%Ln new person(s)</source>
        <translation>
            <numerusform>%Ln νέο πρόσωπο</numerusform>
            <numerusform>%Ln νέα πρόσωπα</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="125"/>
        <source>; {count} already on the list</source>
        <translation>· {count} ήδη στη λίστα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="129"/>
        <source> ({count} updated)</source>
        <translation> ({count} ενημερώθηκαν)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="141"/>
        <source>Participants - {title}</source>
        <comment>the name suggested for an exported file</comment>
        <translation>Συμμετέχοντες - {title}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="142"/>
        <source>event</source>
        <comment>the file name&apos;s title when the event has none</comment>
        <translation>εκδήλωση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="169"/>
        <source>Export participants</source>
        <translation>Εξαγωγή συμμετεχόντων</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="176"/>
        <source>Cannot export the participants</source>
        <translation>Δεν είναι δυνατή η εξαγωγή των συμμετεχόντων</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="193"/>
        <source>an export</source>
        <translation>μια εξαγωγή</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="194"/>
        <source>Exporting the participants to {file}…</source>
        <translation>Εξαγωγή των συμμετεχόντων στο {file}…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="198"/>
        <source>Exported the participants of “{title}” to {file}</source>
        <translation>Οι συμμετέχοντες της εκδήλωσης «{title}» εξήχθησαν στο {file}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="204"/>
        <source>Export stopped; {file} was not written.</source>
        <translation>Η εξαγωγή διακόπηκε· το {file} δεν γράφτηκε.</translation>
    </message>
</context>
<context>
    <name>ParticipationDialog</name>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="54"/>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="55"/>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="56"/>
        <source>Arrives</source>
        <translation>Άφιξη</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="57"/>
        <source>Departs</source>
        <translation>Αναχώρηση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="58"/>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="220"/>
        <source>Person details…</source>
        <translation>Στοιχεία προσώπου…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="223"/>
        <source>Name, organisation, contact, dietary and access needs</source>
        <translation>Όνομα, οργανισμός, επικοινωνία, διατροφικές ανάγκες και ανάγκες προσβασιμότητας</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="69"/>
        <source>Row</source>
        <translation>Γραμμή</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="74"/>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="75"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="77"/>
        <source>Organisation</source>
        <translation>Οργανισμός</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="83"/>
        <source>Action</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="84"/>
        <source>not imported</source>
        <translation>δεν εισάγεται</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="90"/>
        <source>Problems</source>
        <translation>Προβλήματα</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_models.py" line="145"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln γραμμή</numerusform>
            <numerusform>%Ln γραμμές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_models.py" line="156"/>
        <source>%Ln new person(s)</source>
        <translation>
            <numerusform>%Ln νέο πρόσωπο</numerusform>
            <numerusform>%Ln νέα πρόσωπα</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="157"/>
        <source>{new}, {matched} matched, {already} already on the list</source>
        <translation>{new}, {matched} αντιστοιχίστηκαν, {already} ήδη στη λίστα</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_models.py" line="161"/>
        <source>%Ln row(s) with problems</source>
        <translation>
            <numerusform>%Ln γραμμή με προβλήματα</numerusform>
            <numerusform>%Ln γραμμές με προβλήματα</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="172"/>
        <source>… and {count} more. Nothing is imported until every row is right.</source>
        <translation>… και {count} ακόμη. Δεν εισάγεται τίποτα μέχρι να είναι σωστές όλες οι γραμμές.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="175"/>
        <source>Nothing is imported until every row is right.</source>
        <translation>Δεν εισάγεται τίποτα μέχρι να είναι σωστές όλες οι γραμμές.</translation>
    </message>
</context>
<context>
    <name>StayDialog</name>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="155"/>
        <source>Guest</source>
        <translation>Επισκέπτης</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="156"/>
        <source>Hotel</source>
        <translation>Ξενοδοχείο</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="156"/>
        <source>e.g. the hotel&apos;s name</source>
        <translation>π.χ. το όνομα του ξενοδοχείου</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="157"/>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="158"/>
        <source>Check-in</source>
        <translation>Άφιξη</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="159"/>
        <source>Check-out</source>
        <translation>Αναχώρηση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="160"/>
        <source>Booking reference</source>
        <translation>Κωδικός κράτησης</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="163"/>
        <source>Cost</source>
        <translation>Κόστος</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="165"/>
        <source>e.g. 120.50</source>
        <translation>π.χ. 120.50</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="169"/>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="171"/>
        <source>e.g. {currency}</source>
        <translation>π.χ. {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="185"/>
        <source>Add stay</source>
        <translation>Προσθήκη διαμονής</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="188"/>
        <source>Change stay</source>
        <translation>Αλλαγή διαμονής</translation>
    </message>
</context>
<context>
    <name>StaysModel</name>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="159"/>
        <source>Hotel</source>
        <translation>Ξενοδοχείο</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="163"/>
        <source>Booking reference: {reference}</source>
        <translation>Κωδικός κράτησης: {reference}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="166"/>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="168"/>
        <source>Check-in</source>
        <translation>Άφιξη</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="173"/>
        <source>Check-out</source>
        <translation>Αναχώρηση</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="178"/>
        <source>Nights</source>
        <translation>Νύχτες</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="181"/>
        <source>Cost</source>
        <translation>Κόστος</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../planner/ui/agenda/timeline.py" line="270"/>
        <source>No room</source>
        <translation>Χωρίς αίθουσα</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="343"/>
        <source>(not given)</source>
        <translation>(δεν δόθηκε)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="351"/>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
</context>
<context>
    <name>TravellersModel</name>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="77"/>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="83"/>
        <source>Legs</source>
        <translation>Διαδρομές</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="89"/>
        <source>Stays</source>
        <translation>Διαμονές</translation>
    </message>
</context>
<context>
    <name>TravellersPage</name>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="62"/>
        <source>Filter people</source>
        <translation>Φιλτράρισμα προσώπων</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="99"/>
        <source>Travel</source>
        <translation>Ταξίδι</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="100"/>
        <source>Hotel stays</source>
        <translation>Διαμονές σε ξενοδοχείο</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="130"/>
        <source>(no guest named)</source>
        <translation>(χωρίς όνομα επισκέπτη)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="205"/>
        <source>Choose a person on the left</source>
        <translation>Επιλέξτε ένα πρόσωπο αριστερά</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/travellers.py" line="210"/>
        <source>Travel · %n leg(s)</source>
        <translation>
            <numerusform>Ταξίδι · %n διαδρομή</numerusform>
            <numerusform>Ταξίδι · %n διαδρομές</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="211"/>
        <source>Travel · none booked yet</source>
        <translation>Ταξίδι · καμία κράτηση ακόμη</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/travellers.py" line="212"/>
        <source>Hotel stays · %n stay(s)</source>
        <translation>
            <numerusform>Διαμονές σε ξενοδοχείο · %n διαμονή</numerusform>
            <numerusform>Διαμονές σε ξενοδοχείο · %n διαμονές</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="214"/>
        <source>Hotel stays · none booked yet</source>
        <translation>Διαμονές σε ξενοδοχείο · καμία κράτηση ακόμη</translation>
    </message>
</context>
    <context>
        <name>ColumnChoices</name>
        <message>
            <location filename="../../planner/ui/participants/import_models.py" line="58" />
            <source>Gender</source>
            <translation>Φύλο</translation>
        </message>
    </context>
</TS>
