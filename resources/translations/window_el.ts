<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>AppContext</name>
    <message>
        <source>Cannot save this</source>
        <translation>Δεν αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>Cannot {action}</source>
        <translation>Δεν είναι δυνατό: {action}</translation>
    </message>
    <message>
        <source>The database is open read-only</source>
        <translation>Η βάση δεδομένων είναι ανοιχτή μόνο για ανάγνωση</translation>
    </message>
    <message>
        <source>{path}: opened read-only; nothing was changed. To make changes, close it in the other Planner (or make the file writable), then open it again with File ▸ Open database.</source>
        <translation>{path}: ανοιχτή μόνο για ανάγνωση· δεν άλλαξε τίποτα. Για να κάνετε αλλαγές, κλείστε τη στο άλλο Planner (ή κάντε το αρχείο εγγράψιμο) και ανοίξτε τη ξανά από Αρχείο ▸ Άνοιγμα βάσης δεδομένων.</translation>
    </message>
</context>
<context>
    <name>CountryLine</name>
    <message>
        <source>e.g. Greece, Ελλάδα or GR: a name in any European language, or the code</source>
        <translation>π.χ. Ελλάδα, Greece ή GR: ένα όνομα σε οποιαδήποτε ευρωπαϊκή γλώσσα ή ο κωδικός</translation>
    </message>
</context>
<context>
    <name>EventNavigator</name>
    <message>
        <source>Search events…</source>
        <translation>Αναζήτηση εκδηλώσεων…</translation>
    </message>
    <message>
        <source>No event matches &apos;{}&apos;</source>
        <translation>Καμία εκδήλωση δεν ταιριάζει με «{}»</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Κατάλογος</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Εκκρεμείς ενέργειες</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Επερχόμενες</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Προηγούμενες</translation>
    </message>
    <message>
        <source>By programme</source>
        <translation>Ανά πρόγραμμα</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>Χωρίς πρόγραμμα</translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <source>Overview</source>
        <translation>Επισκόπηση</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Πρόγραμμα</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Συμμετέχοντες</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Οργάνωση</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Πρακτικά</translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <source>No {field} matches &apos;{}&apos;</source>
        <translation>Τίποτα στο πεδίο «{field}» δεν ταιριάζει με «{}»</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>&lt;h2&gt;Getting started with Planner&lt;/h2&gt; &lt;p&gt;Planner keeps your workshops, partner meetings, study visits and conferences in one database on this computer: each event with its days, venue and time zone, its programme, who takes part, their travel and hotels, and what was decided. Every change is saved at once, and &lt;b&gt;Edit ▸ Undo&lt;/b&gt; (Ctrl+Z) takes it back.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Πρώτα βήματα με το Planner&lt;/h2&gt; &lt;p&gt;Το Planner κρατά τα εργαστήρια, τις συναντήσεις εταίρων, τις μελετητικές επισκέψεις και τα συνέδριά σας σε μία βάση δεδομένων σε αυτόν τον υπολογιστή: κάθε εκδήλωση με τις ημέρες, τον χώρο και τη ζώνη ώρας της, το πρόγραμμά της, τους συμμετέχοντες, τα ταξίδια και τα ξενοδοχεία τους και όσα αποφασίστηκαν. Κάθε αλλαγή αποθηκεύεται αμέσως, και η &lt;b&gt;Επεξεργασία ▸ Αναίρεση&lt;/b&gt; (Ctrl+Z) την αναιρεί.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The events and their five tabs&lt;/h3&gt; &lt;p&gt;Choose an event on the left, or create one with &lt;b&gt;Event ▸ New event&lt;/b&gt; (Ctrl+N). It opens in five tabs (Alt+1 to Alt+5):&lt;/p&gt; &lt;ul&gt; &lt;li&gt;&lt;b&gt;Overview&lt;/b&gt;: the event&apos;s details, related events, and what needs attention: conflicts, people without travel or a hotel, invitations not answered, actions overdue. Click a line to go there.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Agenda&lt;/b&gt;: the programme day by day, as a list or a timeline. Drag a block to move it, or its bottom edge to change its length; from the keyboard, Alt+Up/Down and Alt+Shift+Up/Down.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Participants&lt;/b&gt;: who is invited and coming, with their role, status and needs. Add people from the Directory, or import a list with &lt;b&gt;File ▸ Participant lists&lt;/b&gt;.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Logistics&lt;/b&gt;: each person&apos;s travel and hotel, arrivals and departures, and costs.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Minutes&lt;/b&gt;: the summary, conclusions, decisions and actions, with owners and due days.&lt;/li&gt; &lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Οι εκδηλώσεις και οι πέντε καρτέλες τους&lt;/h3&gt; &lt;p&gt;Επιλέξτε μια εκδήλωση αριστερά ή δημιουργήστε μία από &lt;b&gt;Εκδήλωση ▸ Νέα εκδήλωση&lt;/b&gt; (Ctrl+N). Ανοίγει σε πέντε καρτέλες (Alt+1 έως Alt+5):&lt;/p&gt; &lt;ul&gt; &lt;li&gt;&lt;b&gt;Επισκόπηση&lt;/b&gt;: τα στοιχεία της εκδήλωσης, οι σχετικές εκδηλώσεις και ό,τι χρειάζεται προσοχή: συγκρούσεις, άτομα χωρίς ταξίδι ή ξενοδοχείο, προσκλήσεις χωρίς απάντηση, καθυστερημένες ενέργειες. Κάντε κλικ σε μια γραμμή για να μεταβείτε εκεί.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Πρόγραμμα&lt;/b&gt;: το πρόγραμμα ημέρα προς ημέρα, ως λίστα ή χρονολόγιο. Σύρετε ένα μπλοκ για να το μετακινήσετε ή την κάτω άκρη του για να αλλάξετε τη διάρκειά του· από το πληκτρολόγιο, Alt+Πάνω/Κάτω και Alt+Shift+Πάνω/Κάτω.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Συμμετέχοντες&lt;/b&gt;: ποιοι έχουν προσκληθεί και ποιοι έρχονται, με τον ρόλο, την κατάσταση και τις ανάγκες τους. Προσθέστε άτομα από τον Κατάλογο ή εισαγάγετε μια λίστα από &lt;b&gt;Αρχείο ▸ Λίστες συμμετεχόντων&lt;/b&gt;.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Οργάνωση&lt;/b&gt;: το ταξίδι και το ξενοδοχείο κάθε ατόμου, αφίξεις και αναχωρήσεις, και κόστη.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Πρακτικά&lt;/b&gt;: η σύνοψη, τα συμπεράσματα, οι αποφάσεις και οι ενέργειες, με υπευθύνους και προθεσμίες.&lt;/li&gt; &lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Invitations and messages&lt;/h3&gt; &lt;p&gt;&lt;b&gt;Calendar ▸ Send invitations…&lt;/b&gt; e-mails each participant a calendar invitation and says first who gets a new one, an update, a cancellation or nothing. Their answers come back with &lt;b&gt;Calendar ▸ Fetch replies from mailbox…&lt;/b&gt; (or &lt;b&gt;Import replies to invitations…&lt;/b&gt;, for replies saved as files). &lt;b&gt;Calendar ▸ Send a message…&lt;/b&gt; sends a letter from a template (practical information, a reminder, a thank-you). The mail server is set once in &lt;b&gt;Edit ▸ Mail settings…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Προσκλήσεις και μηνύματα&lt;/h3&gt; &lt;p&gt;Η εντολή &lt;b&gt;Ημερολόγιο ▸ Αποστολή προσκλήσεων…&lt;/b&gt; στέλνει με e-mail σε κάθε συμμετέχοντα μια πρόσκληση ημερολογίου και δείχνει πρώτα ποιος θα λάβει νέα πρόσκληση, ενημέρωση, ακύρωση ή τίποτα. Οι απαντήσεις επιστρέφουν με &lt;b&gt;Ημερολόγιο ▸ Λήψη απαντήσεων από το γραμματοκιβώτιο…&lt;/b&gt; (ή &lt;b&gt;Εισαγωγή απαντήσεων σε προσκλήσεις…&lt;/b&gt;, για απαντήσεις αποθηκευμένες ως αρχεία). Η εντολή &lt;b&gt;Ημερολόγιο ▸ Αποστολή μηνύματος…&lt;/b&gt; στέλνει μια επιστολή από πρότυπο (πρακτικές πληροφορίες, υπενθύμιση, ευχαριστήριο). Ο διακομιστής αλληλογραφίας ρυθμίζεται μία φορά από &lt;b&gt;Επεξεργασία ▸ Ρυθμίσεις αλληλογραφίας…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Documents&lt;/h3&gt; &lt;p&gt;The &lt;b&gt;Documents&lt;/b&gt; menu previews, prints or saves as PDF the agenda, participant and signature lists, badges, itineraries and the conclusions report (Ctrl+P opens the agenda).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Έγγραφα&lt;/h3&gt; &lt;p&gt;Το μενού &lt;b&gt;Έγγραφα&lt;/b&gt; κάνει προεπισκόπηση, εκτύπωση ή αποθήκευση ως PDF του προγράμματος, των λιστών συμμετεχόντων και υπογραφών, των καρτών ονόματος, των δρομολογίων και της έκθεσης συμπερασμάτων (το Ctrl+P ανοίγει το πρόγραμμα).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every keyboard shortcut is listed in &lt;b&gt;Help ▸ Keyboard shortcuts&lt;/b&gt;; this page stays in &lt;b&gt;Help ▸ Getting started&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Όλες οι συντομεύσεις πληκτρολογίου υπάρχουν στη &lt;b&gt;Βοήθεια ▸ Συντομεύσεις πληκτρολογίου&lt;/b&gt;· αυτή η σελίδα παραμένει στη &lt;b&gt;Βοήθεια ▸ Πρώτα βήματα&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Πρώτα βήματα</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>More tools</source>
        <translation>Περισσότερα εργαλεία</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Περισσότερα μενού</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Προηγούμενος μήνας</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Επόμενος μήνας</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Κύλιση αριστερά</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Κύλιση δεξιά</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Εκκαθάριση</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Κάτι πήγε στραβά</translation>
    </message>
    <message>
        <source>{error}

Your data is safe: everything before this was saved, and the unfinished change was not. Details are in {log}.</source>
        <translation>{error}

Τα δεδομένα σας είναι ασφαλή: ό,τι προηγήθηκε αποθηκεύτηκε, ενώ η ημιτελής αλλαγή όχι. Λεπτομέρειες υπάρχουν στο {log}.</translation>
    </message>
    <message>
        <source>Planner opens the default database instead.</source>
        <translation>Το Planner ανοίγει αντί γι&apos; αυτήν την προεπιλεγμένη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>Δεν δημιουργήθηκε αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <source>{problem}.

The database is open and every change is still saved. Try File ▸ Back up now later.</source>
        <translation>{problem}.

Η βάση δεδομένων είναι ανοιχτή και κάθε αλλαγή εξακολουθεί να αποθηκεύεται. Δοκιμάστε αργότερα Αρχείο ▸ Αντίγραφο ασφαλείας τώρα.</translation>
    </message>
    <message>
        <source>Show the {tab} tab</source>
        <translation>Εμφάνιση της καρτέλας {tab}</translation>
    </message>
    <message>
        <source>Choose an event on the left, or create one with Event ▸ New event (Ctrl+N).</source>
        <translation>Επιλέξτε μια εκδήλωση αριστερά ή δημιουργήστε μία από Εκδήλωση ▸ Νέα εκδήλωση (Ctrl+N).</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Μόνο ανάγνωση</translation>
    </message>
    <message>
        <source>Opened read-only: nothing can be changed. Close it where it is open, then open it again to change it.</source>
        <translation>Ανοιχτή μόνο για ανάγνωση: δεν μπορεί να αλλάξει τίποτα. Κλείστε τη εκεί όπου είναι ανοιχτή και ανοίξτε τη ξανά για να την αλλάξετε.</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Νέα εκδήλωση…</translation>
    </message>
    <message>
        <source>Create an event</source>
        <translation>Δημιουργία εκδήλωσης</translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation>&amp;Διαγραφή εκδήλωσης…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ακύρωση α&amp;ναίρεσης</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Αναίρεση</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ακύρωση αναίρεσης</translation>
    </message>
    <message>
        <source>&amp;Find event</source>
        <translation>Εύ&amp;ρεση εκδήλωσης</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Κατάλογος</translation>
    </message>
    <message>
        <source>People and organisations of all events</source>
        <translation>Πρόσωπα και οργανισμοί όλων των εκδηλώσεων</translation>
    </message>
    <message>
        <source>Open &amp;actions</source>
        <translation>Εκκρεμείς &amp;ενέργειες</translation>
    </message>
    <message>
        <source>Open actions of all events</source>
        <translation>Εκκρεμείς ενέργειες όλων των εκδηλώσεων</translation>
    </message>
    <message>
        <source>&amp;{number} {tab}</source>
        <translation>&amp;{number} {tab}</translation>
    </message>
    <message>
        <source>Import participants…</source>
        <translation>Εισαγωγή συμμετεχόντων…</translation>
    </message>
    <message>
        <source>Add participants from a CSV or Excel list, with a preview</source>
        <translation>Προσθήκη συμμετεχόντων από λίστα CSV ή Excel, με προεπισκόπηση</translation>
    </message>
    <message>
        <source>Export participants…</source>
        <translation>Εξαγωγή συμμετεχόντων…</translation>
    </message>
    <message>
        <source>Save the participant list as an Excel or CSV file</source>
        <translation>Αποθήκευση της λίστας συμμετεχόντων ως αρχείο Excel ή CSV</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Αναίρεση: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>Ακύρωση α&amp;ναίρεσης: {step}</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Προτιμήσεις</translation>
    </message>
    <message>
        <source>Planner will speak the language chosen from its next start.</source>
        <translation>Το Planner θα χρησιμοποιεί τη γλώσσα που επιλέξατε από την επόμενη εκκίνηση.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Participant lists</source>
        <translation>&amp;Λίστες συμμετεχόντων</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Επεξεργασία</translation>
    </message>
    <message>
        <source>&amp;Mail settings…</source>
        <translation>Ρυθμίσεις α&amp;λληλογραφίας…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Προτιμήσεις…</translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation>Εκδή&amp;λωση</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Συντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, and where it works</source>
        <translation>Όλες οι συντομεύσεις πληκτρολογίου και πού ισχύουν</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Πρώτα βήματα</translation>
    </message>
    <message>
        <source>What Planner keeps, and where to find it</source>
        <translation>Τι κρατά το Planner και πού θα το βρείτε</translation>
    </message>
    <message>
        <source>&amp;About Planner</source>
        <translation>Σχετικά &amp;με το Planner</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Κύρια γραμμή εργαλείων</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) · read-only {path}</source>
        <translation>
            <numerusform>%n εκδήλωση · μόνο ανάγνωση {path}</numerusform>
            <numerusform>%n εκδηλώσεις · μόνο ανάγνωση {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) · saved in {path}</source>
        <translation>
            <numerusform>%n εκδήλωση · αποθηκεύεται στο {path}</numerusform>
            <numerusform>%n εκδηλώσεις · αποθηκεύονται στο {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Πρώτη ημέρα</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Τελευταία ημέρα</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>e.g. Kraków: the time zone follows</source>
        <translation>π.χ. Κρακοβία: η ζώνη ώρας προσαρμόζεται</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Ζώνη ώρας</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Νέα εκδήλωση</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Διαγραφή εκδήλωσης</translation>
    </message>
    <message>
        <source>Delete “{title}” with its agenda, participants, travel, stays, costs and minutes?

People and organisations stay in the Directory. You can undo this with Edit ▸ Undo.</source>
        <translation>Διαγραφή της εκδήλωσης «{title}» μαζί με το πρόγραμμα, τους συμμετέχοντες, τα ταξίδια, τις διαμονές, τα κόστη και τα πρακτικά της;

Τα πρόσωπα και οι οργανισμοί παραμένουν στον Κατάλογο. Μπορείτε να το αναιρέσετε από Επεξεργασία ▸ Αναίρεση.</translation>
    </message>
    <message>
        <source>Cannot delete the event</source>
        <translation>Η εκδήλωση δεν μπορεί να διαγραφεί</translation>
    </message>
    <message>
        <source>{file} — Read-only — Planner</source>
        <translation>{file} — Μόνο ανάγνωση — Planner</translation>
    </message>
    <message>
        <source>{file} — Planner</source>
        <translation>{file} — Planner</translation>
    </message>
    <message>
        <source>About Planner</source>
        <translation>Σχετικά με το Planner</translation>
    </message>
    <message>
        <source>&lt;b&gt;Planner {version}&lt;/b&gt;&lt;p&gt;Plan workshops, partner meetings, study visits and conferences.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Planner {version}&lt;/b&gt;&lt;p&gt;Σχεδιάστε εργαστήρια, συναντήσεις εταίρων, μελετητικές επισκέψεις και συνέδρια.&lt;/p&gt;&lt;p&gt;Βάση δεδομένων: {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Πρώτη ημέρα</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Τελευταία ημέρα</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Ζώνη ώρας</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Χώρος</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Οργανισμός υποδοχής</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Χρηματοδοτικό πρόγραμμα</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Χρηματοδότηση</translation>
    </message>
    <message>
        <source>Organiser e-mail</source>
        <translation>E-mail διοργανωτή</translation>
    </message>
    <message>
        <source>About the event</source>
        <translation>Σχετικά με την εκδήλωση</translation>
    </message>
    <message>
        <source>Objectives (one a line)</source>
        <translation>Στόχοι (ένας ανά γραμμή)</translation>
    </message>
    <message>
        <source>Click to see the conflicts, below</source>
        <translation>Κάντε κλικ για να δείτε τις συγκρούσεις, παρακάτω</translation>
    </message>
    <message>
        <source>Click to go to the first of them in the Logistics tab</source>
        <translation>Κάντε κλικ για να μεταβείτε στο πρώτο από αυτά στην καρτέλα Οργάνωση</translation>
    </message>
    <message>
        <source>Click to list them in the Participants tab</source>
        <translation>Κάντε κλικ για να τα δείτε στην καρτέλα Συμμετέχοντες</translation>
    </message>
    <message>
        <source>Click to see the first in the Minutes tab</source>
        <translation>Κάντε κλικ για να δείτε το πρώτο στην καρτέλα Πρακτικά</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} και %n ακόμη</numerusform>
            <numerusform>{names} και %n ακόμη</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. the organiser&apos;s address</source>
        <translation>π.χ. η διεύθυνση του διοργανωτή</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Προσθήκη…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>Σχετικές εκδηλώσεις</translation>
    </message>
    <message>
        <source>Conflicts and problems</source>
        <translation>Συγκρούσεις και προβλήματα</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Χρειάζεται προσοχή</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Τίποτα δεν χρειάζεται προσοχή.</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open this event</source>
        <translation>Πατήστε Enter ή κάντε διπλό κλικ για να ανοίξετε αυτή την εκδήλωση</translation>
    </message>
    <message>
        <source>Click to go to the item</source>
        <translation>Κάντε κλικ για να μεταβείτε στο στοιχείο</translation>
    </message>
    <message>
        <source>No conflicts found.</source>
        <translation>Δεν βρέθηκαν συγκρούσεις.</translation>
    </message>
    <message>
        <source>Cannot save this</source>
        <translation>Δεν αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>{city} is in {zone}. &lt;a href=&quot;{link}&quot;&gt;Use this time zone&lt;/a&gt;</source>
        <translation>Η πόλη {city} βρίσκεται στη ζώνη ώρας {zone}. &lt;a href=&quot;{link}&quot;&gt;Χρήση αυτής της ζώνης ώρας&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Σχέση</translation>
    </message>
    <message>
        <source>Event in Planner</source>
        <translation>Εκδήλωση στο Planner</translation>
    </message>
    <message>
        <source>…or its title</source>
        <translation>…ή ο τίτλος της</translation>
    </message>
    <message>
        <source>Only for an event not in Planner</source>
        <translation>Μόνο για εκδήλωση που δεν είναι στο Planner</translation>
    </message>
    <message>
        <source>Add a related event</source>
        <translation>Προσθήκη σχετικής εκδήλωσης</translation>
    </message>
    <message>
        <source>the people whose invitation is not answered</source>
        <translation>τα άτομα που δεν έχουν απαντήσει στην πρόσκληση</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Προτιμήσεις</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Γλώσσα συστήματος ({language})</translation>
    </message>
    <message>
        <source>Planner speaks the language chosen from its next start.</source>
        <translation>Το Planner χρησιμοποιεί τη γλώσσα που επιλέξατε από την επόμενη εκκίνηση.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Γλώσσα:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ακύρωση α&amp;ναίρεσης</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Απο&amp;κοπή</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Α&amp;ντιγραφή</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Επικόλληση</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Επιλογή όλων</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Εμφάνιση λεπτομερειών...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Απόκρυψη λεπτομερειών...</translation>
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
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Αποθήκευση όλων</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ναι</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ναι σε &amp;όλα</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>Ό&amp;χι</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Όχι σε ό&amp;λα</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Ματαίωση</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Παράβλεψη</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Βοήθεια</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Επαναφορά προεπιλογών</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ακύρωση α&amp;ναίρεσης</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Απο&amp;κοπή</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Α&amp;ντιγραφή</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Επικόλληση</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Επιλογή όλων</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Αντιγραφή θέσης &amp;συνδέσμου</translation>
    </message>
</context>
<context>
    <name>SearchCombo</name>
    <message>
        <source>Nothing matches &apos;{}&apos;</source>
        <translation>Τίποτα δεν ταιριάζει με «{}»</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Παντού</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ή </translation>
    </message>
    <message>
        <source>{tab} tab</source>
        <translation>Καρτέλα {tab}</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Κατάλογος</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Εκκρεμείς ενέργειες</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Συντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Λειτουργία</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Πλήκτρα</translation>
    </message>
    <message>
        <source>A tab&apos;s keys work while the tab is shown; the others, everywhere in the window.</source>
        <translation>Τα πλήκτρα μιας καρτέλας ισχύουν όσο εμφανίζεται η καρτέλα· τα υπόλοιπα, παντού στο παράθυρο.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Προεπισκόπηση εκτύπωσης</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Εκτύπωση</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Αποθήκευση ως PDF</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Μεγέθυνση</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Σμίκρυνση</translation>
    </message>
    <message>
        <source>Fit the page&apos;s width</source>
        <translation>Προσαρμογή στο πλάτος της σελίδας</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Status: {status}</source>
        <translation>Κατάσταση: {status}</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>{task} is still running; try again when it has finished</source>
        <translation>{task} βρίσκεται ακόμη σε εξέλιξη· δοκιμάστε ξανά όταν ολοκληρωθεί</translation>
    </message>
    <message>
        <source>{task} stopped on an unexpected error ({error}); nothing was changed. Details are in {log}.</source>
        <translation>{task} διακόπηκε από απρόσμενο σφάλμα ({error})· δεν άλλαξε τίποτα. Λεπτομέρειες υπάρχουν στο {log}.</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>μια εισαγωγή</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Διακοπή…</translation>
    </message>
    <message>
        <source>Quit Planner</source>
        <translation>Έξοδος από το Planner</translation>
    </message>
    <message>
        <source>{task} is running. Stop it and quit?

Nothing of it will be saved or written.</source>
        <translation>{task} βρίσκεται σε εξέλιξη. Διακοπή της διαδικασίας και έξοδος;

Τίποτα από αυτή τη διαδικασία δεν θα αποθηκευτεί ή γραφτεί.</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>No time zone or place matches &apos;{}&apos;</source>
        <translation>Καμία ζώνη ώρας ή τοποθεσία δεν ταιριάζει με «{}»</translation>
    </message>
    <message>
        <source>Type a city, an airport or a country: Athens, ATH, Greece</source>
        <translation>Πληκτρολογήστε πόλη, αεροδρόμιο ή χώρα: Αθήνα, ATH, Ελλάδα</translation>
    </message>
    <message>
        <source>Type a city, an airport or a country, in any of the usual European languages</source>
        <translation>Πληκτρολογήστε πόλη, αεροδρόμιο ή χώρα, σε οποιαδήποτε από τις συνήθεις ευρωπαϊκές γλώσσες</translation>
    </message>
    <message>
        <source>Planner does not know where “{place}” is: check the time zone.</source>
        <translation>Το Planner δεν γνωρίζει πού βρίσκεται το «{place}»: ελέγξτε τη ζώνη ώρας.</translation>
    </message>
</context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../planner/ui/main_window.py" line="233" />
            <source>&amp;Statistics…</source>
            <translation>&amp;Στατιστικά στοιχεία…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" line="235" />
            <source>Participants by country, gender, organisation, new or returning</source>
            <translation>Συμμετέχοντες ανά χώρα, φύλο, φορέα, νέοι ή επανερχόμενοι</translation>
        </message>
    </context>
</TS>
