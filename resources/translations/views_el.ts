<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="el">
<context>
    <name>ActionsModel</name>
    <message>
        <source>Event</source>
        <translation>Εκδήλωση</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Υπεύθυνος/η</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Εκπρόθεσμη</translation>
    </message>
    <message>
        <source>Overdue: due {day} and still open</source>
        <translation>Εκπρόθεσμη: προθεσμία {day} και ακόμη ανοιχτή</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Filter by event, action or owner</source>
        <translation>Φιλτράρισμα κατά εκδήλωση, ενέργεια ή υπεύθυνο</translation>
    </message>
    <message>
        <source>No action matches '{}'</source>
        <translation>Καμία ενέργεια δεν ταιριάζει με «{}»</translation>
    </message>
    <message>
        <source>Show done and dropped</source>
        <translation>Εμφάνιση ολοκληρωμένων και ακυρωμένων</translation>
    </message>
    <message>
        <source>Open in its event</source>
        <translation>Άνοιγμα στην εκδήλωσή της</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Σήμανση ως ολοκληρωμένης</translation>
    </message>
    <message>
        <source>Mark the selected action done</source>
        <translation>Σήμανση της επιλεγμένης ενέργειας ως ολοκληρωμένης</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Ανανέωση</translation>
    </message>
    <message>
        <source>No open actions</source>
        <translation>Καμία ανοιχτή ενέργεια</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n ανοιχτή ενέργεια</numerusform>
            <numerusform>%n ανοιχτές ενέργειες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n εκπρόθεσμη</numerusform>
            <numerusform>, %n εκπρόθεσμες</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Made</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Εκδηλώσεις</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Τελευταία εκδήλωση</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <source>Planner backups (*.sqlite *.db);;All files (*)</source>
        <translation>Αντίγραφα ασφαλείας Planner (*.sqlite *.db);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Αυτόματο</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>Κατόπιν αιτήματος</translation>
    </message>
    <message>
        <source>Before restoring</source>
        <translation>Πριν από επαναφορά</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>Πριν από αναβάθμιση</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Επαναφορά από αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Επαναφορά…</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>Από &amp;αρχείο…</translation>
    </message>
    <message>
        <source>Restore a backup kept elsewhere (written with `planner backup -o` or copied)</source>
        <translation>Επαναφορά αντιγράφου ασφαλείας που φυλάσσεται αλλού (γραμμένο με `planner backup -o` ή αντιγραμμένο)</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Άνοιγμα &amp;φακέλου</translation>
    </message>
    <message>
        <source>&lt;b&gt;{database}&lt;/b&gt; is open read-only, so it cannot be restored here. Close the other Planner that has it open (or make the file writable), open it again, then restore.</source>
        <translation>Η &lt;b&gt;{database}&lt;/b&gt; είναι ανοιχτή μόνο για ανάγνωση, οπότε δεν μπορεί να γίνει επαναφορά εδώ. Κλείστε το άλλο Planner που την έχει ανοιχτή (ή κάντε το αρχείο εγγράψιμο), ανοίξτε την ξανά και κατόπιν κάντε την επαναφορά.</translation>
    </message>
    <message>
        <source>Backups of &lt;b&gt;{database}&lt;/b&gt; in {folder}, newest first.&lt;br&gt;Restoring one replaces what the database holds now; the current state is backed up first.</source>
        <translation>Αντίγραφα ασφαλείας της &lt;b&gt;{database}&lt;/b&gt; στο {folder}, πρώτα τα νεότερα.&lt;br&gt;Η επαναφορά ενός αντιγράφου αντικαθιστά το τρέχον περιεχόμενο της βάσης δεδομένων· η τρέχουσα κατάσταση αποθηκεύεται πρώτα σε αντίγραφο.</translation>
    </message>
    <message>
        <source>No backups of &lt;b&gt;{database}&lt;/b&gt; yet. Planner makes one each time it opens the database after a change, and File ▸ Back up now makes one at once.</source>
        <translation>Δεν υπάρχουν ακόμη αντίγραφα ασφαλείας της &lt;b&gt;{database}&lt;/b&gt;. Το Planner δημιουργεί ένα κάθε φορά που ανοίγει τη βάση δεδομένων μετά από αλλαγή, και η εντολή Αρχείο ▸ Δημιουργία αντιγράφου ασφαλείας τώρα δημιουργεί ένα αμέσως.</translation>
    </message>
    <message>
        <source>This backup cannot be read (damaged or incomplete)</source>
        <translation>Αυτό το αντίγραφο ασφαλείας δεν είναι αναγνώσιμο (κατεστραμμένο ή ελλιπές)</translation>
    </message>
    <message>
        <source>the backup of {made} ({events})</source>
        <translation>το αντίγραφο ασφαλείας της {made} ({events})</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Επαναφορά από αρχείο αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <source>Replace what {database} holds now with {backup}?

The current database will be backed up first, so this can be taken back by restoring that backup.</source>
        <translation>Να αντικατασταθεί το τρέχον περιεχόμενο της {database} με {backup};

Θα δημιουργηθεί πρώτα αντίγραφο ασφαλείας της τρέχουσας βάσης δεδομένων, ώστε η ενέργεια να αναιρείται με επαναφορά εκείνου του αντιγράφου.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Δεν είναι δυνατή η επαναφορά του αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <source>Restored {backup}; the database as it was is in {file}</source>
        <translation>Έγινε επαναφορά: {backup}· η βάση δεδομένων όπως ήταν βρίσκεται στο {file}</translation>
    </message>
    <message>
        <source>Restored {backup}</source>
        <translation>Έγινε επαναφορά: {backup}</translation>
    </message>
    <message>
        <source>Cannot open the backup folder</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του φακέλου αντιγράφων ασφαλείας</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n εκδήλωση</numerusform>
            <numerusform>%n εκδηλώσεις</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarMenu</name>
    <message>
        <source>Calendars (*.ics);;All files (*)</source>
        <translation>Ημερολόγια (*.ics);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Cannot export the personal calendars</source>
        <translation>Δεν είναι δυνατή η εξαγωγή των προσωπικών ημερολογίων</translation>
    </message>
    <message>
        <source>Export &amp;personal calendars…</source>
        <translation>Εξαγωγή &amp;προσωπικών ημερολογίων…</translation>
    </message>
    <message>
        <source>A calendar for each participant selected in the Participants tab, with their travel and hotel</source>
        <translation>Ένα ημερολόγιο για κάθε συμμετέχοντα που επιλέχθηκε στην καρτέλα «Συμμετέχοντες», με τα ταξίδια και το ξενοδοχείο του</translation>
    </message>
    <message>
        <source>Send &amp;invitations…</source>
        <translation>Αποστολή προ&amp;σκλήσεων…</translation>
    </message>
    <message>
        <source>Invite the participants by e-mail: who gets a new invitation, an update, a cancellation or nothing</source>
        <translation>Πρόσκληση των συμμετεχόντων με e-mail: ποιος λαμβάνει νέα πρόσκληση, ενημέρωση, ακύρωση ή τίποτα</translation>
    </message>
    <message>
        <source>Send a &amp;message…</source>
        <translation>Αποστολή &amp;μηνύματος…</translation>
    </message>
    <message>
        <source>A letter from a template (practical information, a reminder, a thank-you) to participants</source>
        <translation>Μια επιστολή από πρότυπο (πρακτικές πληροφορίες, υπενθύμιση, ευχαριστίες) προς συμμετέχοντες</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Ημερολόγιο</translation>
    </message>
    <message>
        <source>Message &amp;templates…</source>
        <translation>Πρότυπα μη&amp;νυμάτων…</translation>
    </message>
    <message>
        <source>Export &amp;personal calendar…</source>
        <translation>Εξαγωγή &amp;προσωπικού ημερολογίου…</translation>
    </message>
    <message>
        <source>Export personal calendar</source>
        <translation>Εξαγωγή προσωπικού ημερολογίου</translation>
    </message>
    <message>
        <source>Folder for the personal calendars</source>
        <translation>Φάκελος για τα προσωπικά ημερολόγια</translation>
    </message>
    <message numerus="yes">
        <source>%n personal calendars written to {folder}</source>
        <translation>
            <numerusform>%n προσωπικό ημερολόγιο γράφτηκε στο {folder}</numerusform>
            <numerusform>%n προσωπικά ημερολόγια γράφτηκαν στο {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>The personal calendar written to {folder}</source>
        <translation>Το προσωπικό ημερολόγιο γράφτηκε στο {folder}</translation>
    </message>
    <message>
        <source>{error}

Nothing was written.</source>
        <translation>{error}

Δεν γράφτηκε τίποτα.</translation>
    </message>
    <message>
        <source>an export</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>μια εξαγωγή</translation>
    </message>
    <message>
        <source>Writing personal calendars…</source>
        <translation>Εγγραφή προσωπικών ημερολογίων…</translation>
    </message>
</context>
<context>
    <name>CalendarPlanDialog</name>
    <message>
        <source>Update from calendar</source>
        <translation>Ενημέρωση από ημερολόγιο</translation>
    </message>
    <message>
        <source>{file} is a newer calendar of “{title}”. Importing it makes this change:</source>
        <translation>Το {file} είναι νεότερο ημερολόγιο της εκδήλωσης «{title}». Η εισαγωγή του κάνει την εξής αλλαγή:</translation>
    </message>
    <message numerus="yes">
        <source>{file} is a newer calendar of “{title}”. Importing it makes these %n changes:</source>
        <translation>
            <numerusform>Το {file} είναι νεότερο ημερολόγιο της εκδήλωσης «{title}». Η εισαγωγή του κάνει την εξής %n αλλαγή:</numerusform>
            <numerusform>Το {file} είναι νεότερο ημερολόγιο της εκδήλωσης «{title}». Η εισαγωγή του κάνει τις εξής %n αλλαγές:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… και %n ακόμη</numerusform>
            <numerusform>… και %n ακόμη</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Εφαρμογή</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>their own itinerary (PDF)</source>
        <translation>το δικό τους δρομολόγιο (PDF)</translation>
    </message>
    <message>
        <source>their own calendar (.ics)</source>
        <translation>το δικό τους ημερολόγιο (.ics)</translation>
    </message>
    <message>
        <source>the agenda (PDF)</source>
        <translation>το πρόγραμμα (PDF)</translation>
    </message>
    <message>
        <source>the conclusions report (PDF)</source>
        <translation>την έκθεση συμπερασμάτων (PDF)</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Αποστολή μηνύματος</translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>Επεξεργασία προτύπων…</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Πρότυπο:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Θέμα:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Προς</translation>
    </message>
    <message>
        <source>Everyone coming (not those who declined or were cancelled)</source>
        <translation>Όσοι έρχονται (όχι όσοι αρνήθηκαν ή ακυρώθηκαν)</translation>
    </message>
    <message numerus="yes">
        <source>The %n participant(s) selected in the Participants tab</source>
        <translation>
            <numerusform>Ο %n συμμετέχων που επιλέχθηκε στην καρτέλα «Συμμετέχοντες»</numerusform>
            <numerusform>Οι %n συμμετέχοντες που επιλέχθηκαν στην καρτέλα «Συμμετέχοντες»</numerusform>
        </translation>
    </message>
    <message>
        <source>The participants selected in the Participants tab (none is selected)</source>
        <translation>Οι συμμετέχοντες που επιλέχθηκαν στην καρτέλα «Συμμετέχοντες» (δεν έχει επιλεγεί κανείς)</translation>
    </message>
    <message>
        <source>Those with the status or role:</source>
        <translation>Όσοι έχουν την κατάσταση ή τον ρόλο:</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Κατάσταση: {status}</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Ρόλος: {role}</translation>
    </message>
    <message>
        <source>Attach to each message</source>
        <translation>Επισύναψη σε κάθε μήνυμα</translation>
    </message>
    <message>
        <source>Also send to those for whom a placeholder is empty (they are held back otherwise)</source>
        <translation>Αποστολή και σε όσους έχουν κενό πεδίο συγχώνευσης (αλλιώς αναστέλλονται)</translation>
    </message>
    <message>
        <source>Again to those who got this template before</source>
        <translation>Ξανά σε όσους έλαβαν ήδη αυτό το πρότυπο</translation>
    </message>
    <message>
        <source>Next: see each message…</source>
        <translation>Επόμενο: προβολή κάθε μηνύματος…</translation>
    </message>
    <message>
        <source>Each participant gets the template filled in with their own details. Anyone for whom a placeholder is empty (no hotel, no arrival…) is held back and named, so that nobody gets a letter with a blank.</source>
        <translation>Κάθε συμμετέχων λαμβάνει το πρότυπο συμπληρωμένο με τα δικά του στοιχεία. Όποιος θα είχε κενό πεδίο συγχώνευσης (χωρίς ξενοδοχείο, χωρίς άφιξη…) αναστέλλεται και κατονομάζεται, ώστε κανείς να μη λάβει επιστολή με κενό.</translation>
    </message>
    <message>
        <source>Send “{template}”</source>
        <translation>Αποστολή «{template}»</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Double-click an event to open it</source>
        <translation>Διπλό κλικ σε μια εκδήλωση για να ανοίξει</translation>
    </message>
    <message>
        <source>Double-click a member to see them among the people</source>
        <translation>Διπλό κλικ σε ένα μέλος για να εμφανιστεί στα πρόσωπα</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Πρόσωπα</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Οργανισμοί</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Νέο πρόσωπο…</translation>
    </message>
    <message>
        <source>Add a person to the Directory</source>
        <translation>Προσθήκη προσώπου στο Ευρετήριο</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Νέος οργανισμός…</translation>
    </message>
    <message>
        <source>Add an organisation to the Directory</source>
        <translation>Προσθήκη οργανισμού στο Ευρετήριο</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Προσθήκη</translation>
    </message>
    <message>
        <source>Add to the list shown</source>
        <translation>Προσθήκη στη λίστα που εμφανίζεται</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Επεξεργασία…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Επεξεργασία της επιλεγμένης καταχώρισης</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Διαγραφή της επιλεγμένης καταχώρισης</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Ευρετήριο</translation>
    </message>
    <message>
        <source>Search people and organisations</source>
        <translation>Αναζήτηση προσώπων και οργανισμών</translation>
    </message>
    <message>
        <source>People ({count})</source>
        <translation>Πρόσωπα ({count})</translation>
    </message>
    <message>
        <source>Organisations ({count})</source>
        <translation>Οργανισμοί ({count})</translation>
    </message>
    <message>
        <source>Select a person to see the events they took part in.</source>
        <translation>Επιλέξτε ένα πρόσωπο για να δείτε τις εκδηλώσεις στις οποίες συμμετείχε.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n εκδήλωση</numerusform>
            <numerusform>%n εκδηλώσεις</numerusform>
        </translation>
    </message>
    <message>
        <source>no events yet</source>
        <translation>καμία εκδήλωση ακόμη</translation>
    </message>
    <message>
        <source>Select an organisation to see its members.</source>
        <translation>Επιλέξτε έναν οργανισμό για να δείτε τα μέλη του.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n μέλος</numerusform>
            <numerusform>%n μέλη</numerusform>
        </translation>
    </message>
    <message>
        <source>no members</source>
        <translation>κανένα μέλος</translation>
    </message>
    <message>
        <source>No person matches '{}'</source>
        <translation>Κανένα πρόσωπο δεν ταιριάζει με «{}»</translation>
    </message>
    <message>
        <source>No organisation matches '{}'</source>
        <translation>Κανένας οργανισμός δεν ταιριάζει με «{}»</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Agenda</source>
        <translation>Πρόγραμμα</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Κατάλογος συμμετεχόντων</translation>
    </message>
    <message>
        <source>Signature sheets</source>
        <translation>Φύλλα υπογραφών</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Δρομολόγιο</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Κονκάρδες ονομάτων</translation>
    </message>
    <message>
        <source>Conclusions report</source>
        <translation>Έκθεση συμπερασμάτων</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>Πρόγραμμα</translation>
    </message>
    <message>
        <source>participant list</source>
        <translation>Κατάλογος συμμετεχόντων</translation>
    </message>
    <message>
        <source>signature sheets</source>
        <translation>Φύλλα υπογραφών</translation>
    </message>
    <message>
        <source>itinerary</source>
        <translation>Δρομολόγιο</translation>
    </message>
    <message>
        <source>name badges</source>
        <translation>Κονκάρδες ονομάτων</translation>
    </message>
    <message>
        <source>conclusions report</source>
        <translation>Έκθεση συμπερασμάτων</translation>
    </message>
    <message>
        <source>The programme day by day, for the room</source>
        <translation>Το πρόγραμμα ημέρα προς ημέρα, για την αίθουσα</translation>
    </message>
    <message>
        <source>Who takes part, for the host and the hotel</source>
        <translation>Ποιοι συμμετέχουν, για τους οικοδεσπότες και το ξενοδοχείο</translation>
    </message>
    <message>
        <source>One sheet per day to sign, as funders ask for</source>
        <translation>Ένα φύλλο ανά ημέρα για υπογραφή, όπως ζητούν οι χρηματοδότες</translation>
    </message>
    <message>
        <source>Travel, hotels and visits day by day</source>
        <translation>Ταξίδια, ξενοδοχεία και επισκέψεις ημέρα προς ημέρα</translation>
    </message>
    <message>
        <source>Badges to cut out, several per page</source>
        <translation>Κονκάρδες για κόψιμο, αρκετές ανά σελίδα</translation>
    </message>
    <message>
        <source>Summary, conclusions, decisions and actions</source>
        <translation>Σύνοψη, συμπεράσματα, αποφάσεις και ενέργειες</translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation>&amp;Πρόγραμμα…</translation>
    </message>
    <message>
        <source>&amp;Participant list…</source>
        <translation>&amp;Κατάλογος συμμετεχόντων…</translation>
    </message>
    <message>
        <source>&amp;Signature sheets…</source>
        <translation>&amp;Φύλλα υπογραφών…</translation>
    </message>
    <message>
        <source>&amp;Itinerary…</source>
        <translation>&amp;Δρομολόγιο…</translation>
    </message>
    <message>
        <source>&amp;Name badges…</source>
        <translation>Κονκάρδες &amp;ονομάτων…</translation>
    </message>
    <message>
        <source>&amp;Conclusions report…</source>
        <translation>&amp;Έκθεση συμπερασμάτων…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Στατιστικά στοιχεία</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>στατιστικά στοιχεία</translation>
    </message>
    <message>
        <source>Participants by country, gender, organisation, new or returning</source>
        <translation>Συμμετέχοντες ανά χώρα, φύλο, φορέα, νέοι ή επανερχόμενοι</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>&amp;Στατιστικά στοιχεία…</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Έγγραφα PDF (*.pdf);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Ε&amp;κτύπωση…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Αποθήκευση &amp;ως…</translation>
    </message>
    <message>
        <source>Send it to a printer</source>
        <translation>Αποστολή σε εκτυπωτή</translation>
    </message>
    <message>
        <source>Save it as a PDF file, to send or print later</source>
        <translation>Αποθήκευση ως αρχείο PDF, για αποστολή ή εκτύπωση αργότερα</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Προετοιμασία…</translation>
    </message>
    <message>
        <source>Preparing the {document}…</source>
        <translation>Προετοιμασία: «{document}»…</translation>
    </message>
    <message>
        <source>The document was made but cannot be shown.</source>
        <translation>Το έγγραφο δημιουργήθηκε αλλά δεν μπορεί να εμφανιστεί.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · {paper}</source>
        <translation>
            <numerusform>%n σελίδα · {paper}</numerusform>
            <numerusform>%n σελίδες · {paper}</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong while making the {document}; it has been written to the log.

{message}</source>
        <translation>Παρουσιάστηκε σφάλμα κατά τη δημιουργία του εγγράφου «{document}»· καταγράφηκε στο αρχείο καταγραφής.

{message}</translation>
    </message>
    <message>
        <source>The {document} could not be made.

{message}</source>
        <translation>Δεν ήταν δυνατή η δημιουργία του εγγράφου «{document}».

{message}</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Σελίδα {page} από {count}</translation>
    </message>
    <message>
        <source>Print the {document}</source>
        <translation>Εκτύπωση: «{document}»</translation>
    </message>
    <message>
        <source>Printing the {document}…</source>
        <translation>Εκτύπωση του εγγράφου «{document}»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Δεν είναι δυνατή η εκτύπωση</translation>
    </message>
    <message>
        <source>The {document} could not be printed: {error}.</source>
        <translation>Δεν ήταν δυνατή η εκτύπωση του εγγράφου «{document}»: {error}.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to {printer}</source>
        <translation>
            <numerusform>Στάλθηκε %n σελίδα στο {printer}</numerusform>
            <numerusform>Στάλθηκαν %n σελίδες στο {printer}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>Εκτυπώθηκε %n σελίδα</numerusform>
            <numerusform>Εκτυπώθηκαν %n σελίδες</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Αποθήκευση ως PDF</translation>
    </message>
    <message>
        <source>Cannot save the document</source>
        <translation>Δεν είναι δυνατή η αποθήκευση του εγγράφου</translation>
    </message>
    <message>
        <source>{file} could not be saved.

{error}</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση του {file}.

{error}</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Αποθηκεύτηκε ως {file}</translation>
    </message>
    <message>
        <source>Planner document</source>
        <translation>Έγγραφο Planner</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>δεν ήταν δυνατή η εκκίνηση του εκτυπωτή</translation>
    </message>
    <message>
        <source>the printer refused the next page</source>
        <translation>ο εκτυπωτής απέρριψε την επόμενη σελίδα</translation>
    </message>
    <message>
        <source>page {page} could not be drawn</source>
        <translation>δεν ήταν δυνατή η σχεδίαση της σελίδας {page}</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>&amp;Documents</source>
        <translation>Έ&amp;γγραφα</translation>
    </message>
    <message>
        <source>Print preview of the agenda</source>
        <translation>Προεπισκόπηση εκτύπωσης του προγράμματος</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Έγγραφα</translation>
    </message>
    <message>
        <source>Preview, print or save the agenda, lists, sheets, badges and reports of this event</source>
        <translation>Προεπισκόπηση, εκτύπωση ή αποθήκευση του προγράμματος, των καταλόγων, των φύλλων, των κονκαρδών και των εκθέσεων αυτής της εκδήλωσης</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation>Βάσεις δεδομένων Planner (*.sqlite *.db);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Planner event files (*.planner.json *.json);;All files (*)</source>
        <translation>Αρχεία εκδήλωσης Planner (*.planner.json *.json);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Calendars (*.ics);;All files (*)</source>
        <translation>Ημερολόγια (*.ics);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Νέα βάση δεδομένων…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Άνοιγμα βάσης δεδομένων…</translation>
    </message>
    <message>
        <source>&amp;Import event file…</source>
        <translation>Ε&amp;ισαγωγή αρχείου εκδήλωσης…</translation>
    </message>
    <message>
        <source>&amp;Export event file…</source>
        <translation>Ε&amp;ξαγωγή αρχείου εκδήλωσης…</translation>
    </message>
    <message>
        <source>Import &amp;calendar (.ics)…</source>
        <translation>Ε&amp;ισαγωγή ημερολογίου (.ics)…</translation>
    </message>
    <message>
        <source>Export c&amp;alendar (.ics)…</source>
        <translation>Ε&amp;ξαγωγή ημερολογίου (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Δημιουργία αντιγράφου &amp;ασφαλείας τώρα</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Επανα&amp;φορά από αντίγραφο ασφαλείας…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Εισαγωγή</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Πρόσφατα</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Νέα βάση δεδομένων</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name, or open it with File ▸ Open database.</source>
        <translation>Το {file} υπάρχει ήδη· επιλέξτε άλλο όνομα ή ανοίξτε το με Αρχείο ▸ Άνοιγμα βάσης δεδομένων.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Άνοιγμα βάσης δεδομένων</translation>
    </message>
    <message>
        <source>Cannot add the sample events</source>
        <translation>Δεν είναι δυνατή η προσθήκη των δειγματικών εκδηλώσεων</translation>
    </message>
    <message>
        <source>{error}

Nothing was imported.</source>
        <translation>{error}

Δεν εισήχθη τίποτα.</translation>
    </message>
    <message>
        <source>Import of {file} stopped; nothing was imported.</source>
        <translation>Η εισαγωγή του {file} διακόπηκε· δεν εισήχθη τίποτα.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Εισαγωγή του {file}…</translation>
    </message>
    <message>
        <source>an import</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>μια εισαγωγή</translation>
    </message>
    <message>
        <source>Export stopped; {file} was not written.</source>
        <translation>Η εξαγωγή διακόπηκε· το {file} δεν γράφτηκε.</translation>
    </message>
    <message>
        <source>an export</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>μια εξαγωγή</translation>
    </message>
    <message>
        <source>Import event file</source>
        <translation>Εισαγωγή αρχείου εκδήλωσης</translation>
    </message>
    <message>
        <source>Imported “{title}” from {file}</source>
        <translation>Η εκδήλωση «{title}» εισήχθη από το {file}</translation>
    </message>
    <message>
        <source>Cannot import the event file</source>
        <translation>Δεν είναι δυνατή η εισαγωγή του αρχείου εκδήλωσης</translation>
    </message>
    <message>
        <source>Export event file</source>
        <translation>Εξαγωγή αρχείου εκδήλωσης</translation>
    </message>
    <message>
        <source>Cannot export the event</source>
        <translation>Δεν είναι δυνατή η εξαγωγή της εκδήλωσης</translation>
    </message>
    <message>
        <source>Exported “{title}” to {file}</source>
        <translation>Η εκδήλωση «{title}» εξήχθη στο {file}</translation>
    </message>
    <message>
        <source>Exporting “{title}”…</source>
        <translation>Εξαγωγή της εκδήλωσης «{title}»…</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Εισαγωγή ημερολογίου</translation>
    </message>
    <message>
        <source>Cannot import the calendar</source>
        <translation>Δεν είναι δυνατή η εισαγωγή του ημερολογίου</translation>
    </message>
    <message>
        <source>Updated “{title}” from {file}</source>
        <translation>Η εκδήλωση «{title}» ενημερώθηκε από το {file}</translation>
    </message>
    <message numerus="yes">
        <source>• … and %n more</source>
        <translation>
            <numerusform>• … και %n ακόμη</numerusform>
            <numerusform>• … και %n ακόμη</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar imported</source>
        <translation>Το ημερολόγιο εισήχθη</translation>
    </message>
    <message>
        <source>Imported “{title}” from {file}.

{notes}</source>
        <translation>Η εκδήλωση «{title}» εισήχθη από το {file}.

{notes}</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Εξαγωγή ημερολογίου</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>Δεν είναι δυνατή η εξαγωγή του ημερολογίου</translation>
    </message>
    <message>
        <source>Exported the calendar of “{title}” to {file}</source>
        <translation>Το ημερολόγιο της εκδήλωσης «{title}» εξήχθη στο {file}</translation>
    </message>
    <message>
        <source>Exporting the calendar of “{title}”…</source>
        <translation>Εξαγωγή του ημερολογίου της εκδήλωσης «{title}»…</translation>
    </message>
    <message>
        <source>Cannot back up the database</source>
        <translation>Δεν είναι δυνατή η δημιουργία αντιγράφου ασφαλείας της βάσης δεδομένων</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>Δημιουργήθηκε αντίγραφο ασφαλείας στο {file}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Event</source>
        <translation>Εκδήλωση</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Ημερομηνίες</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Μηνύματα</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n στάλθηκε</numerusform>
            <numerusform>%n στάλθηκαν</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailPassword</name>
    <message>
        <source>There is no usable keyring: {problem}.
Planner asks for the password once per session and keeps it in memory only.</source>
        <translation>Δεν υπάρχει διαθέσιμη κλειδοθήκη: {problem}.
Το Planner ζητά τον κωδικό πρόσβασης μία φορά ανά συνεδρία και τον κρατά μόνο στη μνήμη.</translation>
    </message>
    <message>
        <source>No password is kept for this account yet; it will be kept in the system keyring.</source>
        <translation>Δεν έχει φυλαχτεί ακόμη κωδικός πρόσβασης για αυτόν τον λογαριασμό· θα φυλαχτεί στην κλειδοθήκη του συστήματος.</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Κωδικός πρόσβασης αλληλογραφίας</translation>
    </message>
    <message>
        <source>Password of {user} on {server}:</source>
        <translation>Κωδικός πρόσβασης του {user} στο {server}:</translation>
    </message>
</context>
<context>
    <name>MailServer</name>
    <message>
        <source>No mail server is set for this database: set one in Edit ▸ Mail settings…, or save the messages as files.</source>
        <translation>Δεν έχει οριστεί διακομιστής αλληλογραφίας για αυτή τη βάση δεδομένων: ορίστε έναν στο Επεξεργασία ▸ Ρυθμίσεις αλληλογραφίας… ή αποθηκεύστε τα μηνύματα ως αρχεία.</translation>
    </message>
    <message>
        <source>{server}, {security} as {user}, from {sender} (change in Edit ▸ Mail settings…)</source>
        <translation>{server}, {security} ως {user}, από {sender} (αλλαγή στο Επεξεργασία ▸ Ρυθμίσεις αλληλογραφίας…)</translation>
    </message>
    <message>
        <source>{server}, {security}, from {sender} (change in Edit ▸ Mail settings…)</source>
        <translation>{server}, {security}, από {sender} (αλλαγή στο Επεξεργασία ▸ Ρυθμίσεις αλληλογραφίας…)</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (συνήθως θύρα 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS από την αρχή (συνήθως θύρα 465)</translation>
    </message>
    <message>
        <source>None: no encryption, no login (usually port 25)</source>
        <translation>Καμία: χωρίς κρυπτογράφηση, χωρίς σύνδεση (συνήθως θύρα 25)</translation>
    </message>
    <message>
        <source>Mail settings</source>
        <translation>Ρυθμίσεις αλληλογραφίας</translation>
    </message>
    <message>
        <source>The account invitations are sent from, for this database.</source>
        <translation>Ο λογαριασμός από τον οποίο στέλνονται οι προσκλήσεις, για αυτή τη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>π.χ. smtp.example.org</translation>
    </message>
    <message>
        <source>often the e-mail address; empty for a server without login</source>
        <translation>συχνά η διεύθυνση e-mail· κενό για διακομιστή χωρίς σύνδεση</translation>
    </message>
    <message>
        <source>e.g. ECRI study visit</source>
        <translation>π.χ. Μελετητική επίσκεψη ECRI</translation>
    </message>
    <message>
        <source>e.g. events@example.org</source>
        <translation>π.χ. events@example.org</translation>
    </message>
    <message>
        <source>&amp;Mail server</source>
        <translation>&amp;Διακομιστής αλληλογραφίας</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>Α&amp;σφάλεια</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Θύρα</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Όνομα &amp;χρήστη</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>Sender &amp;name</source>
        <translation>Όνομα &amp;αποστολέα</translation>
    </message>
    <message>
        <source>Sender &amp;address</source>
        <translation>Διεύθυνση απο&amp;στολέα</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>Αποστολή δοκιμαστικού &amp;μηνύματος</translation>
    </message>
    <message>
        <source>Send a short message to the sender's own address with these settings</source>
        <translation>Αποστολή σύντομου μηνύματος στη διεύθυνση του αποστολέα με αυτές τις ρυθμίσεις</translation>
    </message>
    <message>
        <source>No password: without a user name the server is used without logging in.</source>
        <translation>Χωρίς κωδικό πρόσβασης: χωρίς όνομα χρήστη ο διακομιστής χρησιμοποιείται χωρίς σύνδεση.</translation>
    </message>
    <message>
        <source>No usable keyring: {problem}. The password will be asked once per session.</source>
        <translation>Δεν υπάρχει διαθέσιμη κλειδοθήκη: {problem}. Ο κωδικός πρόσβασης θα ζητείται μία φορά ανά συνεδρία.</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in the database.</source>
        <translation>Ο κωδικός πρόσβασης φυλάσσεται στην κλειδοθήκη του συστήματος, ποτέ στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>(kept; type to change it)</source>
        <translation>(φυλαγμένος· πληκτρολογήστε για αλλαγή)</translation>
    </message>
    <message>
        <source>Saved the mail settings.</source>
        <translation>Οι ρυθμίσεις αλληλογραφίας αποθηκεύτηκαν.</translation>
    </message>
    <message>
        <source>No test message sent: no password was given.</source>
        <translation>Δεν στάλθηκε δοκιμαστικό μήνυμα: δεν δόθηκε κωδικός πρόσβασης.</translation>
    </message>
    <message>
        <source>Sending a test message to {address} through {server}…</source>
        <translation>Αποστολή δοκιμαστικού μηνύματος στο {address} μέσω {server}…</translation>
    </message>
    <message>
        <source>a test message</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>ένα δοκιμαστικό μήνυμα</translation>
    </message>
    <message>
        <source>✓ {sent}. Look for it in the inbox of {address}.</source>
        <translation>✓ {sent}. Αναζητήστε το στα εισερχόμενα του {address}.</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <source>TLS (usually port 993)</source>
        <translation>TLS (συνήθως θύρα 993)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (συνήθως θύρα 143)</translation>
    </message>
    <message>
        <source>None: only for a test server on this computer</source>
        <translation>Καμία: μόνο για δοκιμαστικό διακομιστή σε αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <source>Fetch replies from mailbox</source>
        <translation>Λήψη απαντήσεων από γραμματοκιβώτιο</translation>
    </message>
    <message>
        <source>The password is kept until Planner closes only, never written down: {problem}.</source>
        <translation>Ο κωδικός πρόσβασης κρατιέται μόνο μέχρι να κλείσει το Planner και δεν καταγράφεται πουθενά: {problem}.</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring ({keyring}), never in the database.</source>
        <translation>Ο κωδικός πρόσβασης φυλάσσεται στην κλειδοθήκη του συστήματος ({keyring}), ποτέ στη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>Planner reads the answers to your invitations from the mailbox they arrive in. Only messages with a calendar are downloaded, none is marked as read, and mail about other meetings is left alone.</source>
        <translation>Το Planner διαβάζει τις απαντήσεις στις προσκλήσεις σας από το γραμματοκιβώτιο όπου φτάνουν. Λαμβάνονται μόνο μηνύματα με ημερολόγιο, κανένα δεν σημειώνεται ως αναγνωσμένο και η αλληλογραφία για άλλες συναντήσεις μένει ανέγγιχτη.</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>συνήθως η διεύθυνση e-mail σας</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Διακομιστής:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Ασφάλεια:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Θύρα:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Όνομα χρήστη:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Φάκελος:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <source>Fetch replies</source>
        <translation>Λήψη απαντήσεων</translation>
    </message>
    <message>
        <source>Fetching reads what arrived since the last fetch.</source>
        <translation>Η λήψη διαβάζει ό,τι έφτασε μετά την τελευταία λήψη.</translation>
    </message>
    <message>
        <source>Type the password of the mailbox.</source>
        <translation>Πληκτρολογήστε τον κωδικό πρόσβασης του γραμματοκιβωτίου.</translation>
    </message>
    <message>
        <source>Reading {folder} on {server}…</source>
        <translation>Ανάγνωση του {folder} στο {server}…</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>fetching replies</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>η λήψη απαντήσεων</translation>
    </message>
    <message>
        <source>Reading replies…</source>
        <translation>Ανάγνωση απαντήσεων…</translation>
    </message>
    <message>
        <source>reading replies</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>η ανάγνωση απαντήσεων</translation>
    </message>
    <message>
        <source>In the mailbox: {summary}</source>
        <translation>Στο γραμματοκιβώτιο: {summary}</translation>
    </message>
    <message>
        <source>{message}: left aside, too large to be a reply.</source>
        <translation>{message}: παραλείφθηκε, πολύ μεγάλο για απάντηση.</translation>
    </message>
    <message>
        <source>More messages are waiting: fetch again to read them.</source>
        <translation>Περιμένουν κι άλλα μηνύματα: κάντε ξανά λήψη για να διαβαστούν.</translation>
    </message>
    <message>
        <source>Replies fetched</source>
        <translation>Λήφθηκαν απαντήσεις</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <source>From</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Απάντηση προς</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Προς</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>the calendar invitation ({method}), shown with Accept / Decline</source>
        <translation>η πρόσκληση ημερολογίου ({method}), με τα κουμπιά Αποδοχή / Απόρριψη</translation>
    </message>
    <message>
        <source>Attached: {attachments}</source>
        <translation>Συνημμένα: {attachments}</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Open read-only</source>
        <translation>Άνοιγμα μόνο για ανάγνωση</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Επαναφορά του αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Read-only: you can look at everything and make documents, but not change anything.</source>
        <translation>Μόνο για ανάγνωση: μπορείτε να δείτε τα πάντα και να δημιουργήσετε έγγραφα, αλλά όχι να αλλάξετε τίποτα.</translation>
    </message>
    <message>
        <source>Planner has not changed the file.</source>
        <translation>Το Planner δεν άλλαξε το αρχείο.</translation>
    </message>
    <message>
        <source>{folder}: cannot create the data folder ({reason})</source>
        <translation>{folder}: δεν είναι δυνατή η δημιουργία του φακέλου δεδομένων ({reason})</translation>
    </message>
    <message>
        <source>{file}: the folder {folder} does not exist</source>
        <translation>{file}: ο φάκελος {folder} δεν υπάρχει</translation>
    </message>
    <message>
        <source>{file}: cannot be created: {reason}</source>
        <translation>{file}: δεν είναι δυνατή η δημιουργία: {reason}</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Άνοιξε μόνο για ανάγνωση</translation>
    </message>
    <message>
        <source>{file}: {reason}, so Planner opens it read-only.

{read_only}</source>
        <translation>{file}: {reason}, γι' αυτό το Planner το ανοίγει μόνο για ανάγνωση.

{read_only}</translation>
    </message>
    <message>
        <source>Database open in another Planner</source>
        <translation>Η βάση δεδομένων είναι ανοιχτή σε άλλο Planner</translation>
    </message>
    <message>
        <source>{file} is open {where}.

Open it read-only, or cancel?</source>
        <translation>Το {file} είναι ανοιχτό {where}.

Άνοιγμα μόνο για ανάγνωση ή ακύρωση;</translation>
    </message>
    <message>
        <source>{read_only} What is changed in the other Planner shows here when you open the database again.

{file}</source>
        <translation>{read_only} Ό,τι αλλάζει στο άλλο Planner εμφανίζεται εδώ όταν ανοίξετε ξανά τη βάση δεδομένων.

{file}</translation>
    </message>
    <message>
        <source>{error}.

Planner opens it read-only. {read_only}</source>
        <translation>{error}.

Το Planner το ανοίγει μόνο για ανάγνωση. {read_only}</translation>
    </message>
    <message>
        <source>Is the drive, USB stick or network folder connected? Check the path, or choose another database with File ▸ Open database.</source>
        <translation>Είναι συνδεδεμένος ο δίσκος, το USB stick ή ο φάκελος δικτύου; Ελέγξτε τη διαδρομή ή επιλέξτε άλλη βάση δεδομένων με Αρχείο ▸ Άνοιγμα βάσης δεδομένων.</translation>
    </message>
    <message>
        <source>{untouched} Choose a Planner database with File ▸ Open database.</source>
        <translation>{untouched} Επιλέξτε μια βάση δεδομένων Planner με Αρχείο ▸ Άνοιγμα βάσης δεδομένων.</translation>
    </message>
    <message>
        <source>{untouched} Restore a backup of it, or choose another database with File ▸ Open database.</source>
        <translation>{untouched} Επαναφέρετε ένα αντίγραφο ασφαλείας του ή επιλέξτε άλλη βάση δεδομένων με Αρχείο ▸ Άνοιγμα βάσης δεδομένων.</translation>
    </message>
    <message>
        <source>Check that you may read this file, or choose another database with File ▸ Open database.</source>
        <translation>Ελέγξτε ότι έχετε δικαίωμα ανάγνωσης αυτού του αρχείου ή επιλέξτε άλλη βάση δεδομένων με Αρχείο ▸ Άνοιγμα βάσης δεδομένων.</translation>
    </message>
    <message>
        <source>{untouched} Choose another database with File ▸ Open database.</source>
        <translation>{untouched} Επιλέξτε άλλη βάση δεδομένων με Αρχείο ▸ Άνοιγμα βάσης δεδομένων.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Δεν είναι δυνατό το άνοιγμα της βάσης δεδομένων</translation>
    </message>
    <message>
        <source>what it holds cannot be read</source>
        <translation>το περιεχόμενό του δεν είναι αναγνώσιμο</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), the newest: {event}</source>
        <translation>
            <numerusform>%n εκδήλωση, η νεότερη: {event}</numerusform>
            <numerusform>%n εκδηλώσεις, η νεότερη: {event}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n εκδήλωση</numerusform>
            <numerusform>%n εκδηλώσεις</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup of {made} ({holds})</source>
        <translation>το αντίγραφο ασφαλείας της {made} ({holds})</translation>
    </message>
    <message>
        <source>{error}.

Restore {backup}?</source>
        <translation>{error}.

Να γίνει επαναφορά από {backup};</translation>
    </message>
    <message>
        <source>{untouched} Restoring keeps it: backed up, or set aside beside it as {file}.damaged-… when it cannot be read at all. Nothing is deleted.</source>
        <translation>{untouched} Η επαναφορά το διατηρεί: σε αντίγραφο ασφαλείας ή, αν δεν διαβάζεται καθόλου, δίπλα του ως {file}.damaged-…. Δεν διαγράφεται τίποτα.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Δεν είναι δυνατή η επαναφορά του αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <source>{file}: restored {backup}.</source>
        <translation>{file}: έγινε επαναφορά από {backup}.</translation>
    </message>
    <message>
        <source>The file as it was is kept in {file}.</source>
        <translation>Το αρχείο όπως ήταν φυλάσσεται στο {file}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Έγινε επαναφορά του αντιγράφου ασφαλείας</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>For each reader</source>
        <translation>Ανάλογα με τον παραλήπτη</translation>
    </message>
    <message>
        <source>Words, dates and numbers in this language; for each reader: a traveller's itinerary in theirs</source>
        <translation>Λέξεις, ημερομηνίες και αριθμοί σε αυτή τη γλώσσα· «Ανάλογα με τον παραλήπτη»: το δρομολόγιο ενός ταξιδιώτη στη γλώσσα του</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Γλώσσα</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Καμία</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Οργανισμός</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Dietary and access needs</source>
        <translation>Διατροφή και προσβασιμότητα</translation>
    </message>
    <message>
        <source>Arrival and departure</source>
        <translation>Άφιξη και αναχώρηση</translation>
    </message>
    <message>
        <source>Which document to make; the options below follow it</source>
        <translation>Ποιο έγγραφο θα δημιουργηθεί· οι παρακάτω επιλογές προσαρμόζονται σε αυτό</translation>
    </message>
    <message>
        <source>Headings by country or organisation, with the people of each under it</source>
        <translation>Επικεφαλίδες ανά χώρα ή οργανισμό, με τα πρόσωπα του καθενός από κάτω</translation>
    </message>
    <message>
        <source>Everyone's itinerary, or one traveller's own</source>
        <translation>Το δρομολόγιο όλων ή ενός μόνο ταξιδιώτη</translation>
    </message>
    <message>
        <source>Empty numbered rows at the end of each sheet, for people who come unannounced</source>
        <translation>Κενές αριθμημένες γραμμές στο τέλος κάθε φύλλου, για όσους έρχονται χωρίς δήλωση</translation>
    </message>
    <message>
        <source>as selected in the Participants tab</source>
        <translation>όπως επιλέχθηκαν στην καρτέλα «Συμμετέχοντες»</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Έγγραφο</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Χαρτί</translation>
    </message>
    <message>
        <source>Also show</source>
        <translation>Εμφάνιση επίσης</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;Ομαδοποίηση κατά</translation>
    </message>
    <message>
        <source>&amp;Traveller</source>
        <translation>&amp;Ταξιδιώτης</translation>
    </message>
    <message>
        <source>&amp;Blank rows</source>
        <translation>&amp;Κενές γραμμές</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Όλοι</translation>
    </message>
    <message>
        <source>Only the selected participants</source>
        <translation>Μόνο οι επιλεγμένοι συμμετέχοντες</translation>
    </message>
    <message>
        <source>Select participants in the Participants tab first (Ctrl+click adds one)</source>
        <translation>Επιλέξτε πρώτα συμμετέχοντες στην καρτέλα «Συμμετέχοντες» (Ctrl+κλικ για προσθήκη)</translation>
    </message>
    <message>
        <source>none selected in the Participants tab</source>
        <translation>κανείς δεν έχει επιλεγεί στην καρτέλα «Συμμετέχοντες»</translation>
    </message>
    <message>
        <source>Only the selected participant</source>
        <translation>Μόνο ο επιλεγμένος συμμετέχων</translation>
    </message>
    <message>
        <source>Make the document for the participant selected in the Participants tab</source>
        <translation>Δημιουργία του εγγράφου για τον συμμετέχοντα που επιλέχθηκε στην καρτέλα «Συμμετέχοντες»</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected participants</source>
        <translation>
            <numerusform>Μόνο ο %n επιλεγμένος συμμετέχων</numerusform>
            <numerusform>Μόνο οι %n επιλεγμένοι συμμετέχοντες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the document for the %n participants selected in the Participants tab</source>
        <translation>
            <numerusform>Δημιουργία του εγγράφου για τον %n συμμετέχοντα που επιλέχθηκε στην καρτέλα «Συμμετέχοντες»</numerusform>
            <numerusform>Δημιουργία του εγγράφου για τους %n συμμετέχοντες που επιλέχθηκαν στην καρτέλα «Συμμετέχοντες»</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Contact card (QR code)</source>
        <translation>Κάρτα επαφής (κωδικός QR)</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Περιφέρεια</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Ιστότοπος</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Νέος οργανισμός</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Οργανισμός</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Περιφέρεια</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Μέλη</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Recipient</source>
        <translation>Παραλήπτης</translation>
    </message>
    <message>
        <source>Gets</source>
        <translation>Λαμβάνει</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>New invitation</source>
        <translation>Νέα πρόσκληση</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Ενημέρωση</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Τίποτα</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Μήνυμα</translation>
    </message>
    <message>
        <source>Message, incomplete</source>
        <translation>Μήνυμα, ελλιπές</translation>
    </message>
    <message numerus="yes">
        <source>%n saved</source>
        <translation>
            <numerusform>%n αποθηκεύτηκε</numerusform>
            <numerusform>%n αποθηκεύτηκαν</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n στάλθηκε</numerusform>
            <numerusform>%n στάλθηκαν</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n απέτυχε</numerusform>
            <numerusform>%n απέτυχαν</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (stopped)</source>
        <translation>
            <numerusform>%n δεν στάλθηκε (διακοπή)</numerusform>
            <numerusform>%n δεν στάλθηκαν (διακοπή)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n got nothing</source>
        <translation>
            <numerusform>%n δεν έλαβε τίποτα</numerusform>
            <numerusform>%n δεν έλαβαν τίποτα</numerusform>
        </translation>
    </message>
    <message>
        <source>Run again to deliver only what is missing.</source>
        <translation>Εκτελέστε ξανά για να παραδοθούν μόνο όσα λείπουν.</translation>
    </message>
    <message>
        <source>FAILED: {recipient}: {reason}</source>
        <translation>ΑΠΟΤΥΧΙΑ: {recipient}: {reason}</translation>
    </message>
    <message>
        <source>Not saved, stopped: {recipient}</source>
        <translation>Δεν αποθηκεύτηκε, διακοπή: {recipient}</translation>
    </message>
    <message>
        <source>Not sent, stopped: {recipient}</source>
        <translation>Δεν στάλθηκε, διακοπή: {recipient}</translation>
    </message>
    <message>
        <source>Saved: {recipient}</source>
        <translation>Αποθηκεύτηκε: {recipient}</translation>
    </message>
    <message>
        <source>Sent: {recipient}</source>
        <translation>Στάλθηκε: {recipient}</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Δεν αποθηκεύτηκε τίποτα.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Δεν στάλθηκε τίποτα.</translation>
    </message>
    <message numerus="yes">
        <source>%n new invitation(s)</source>
        <translation>
            <numerusform>%n νέα πρόσκληση</numerusform>
            <numerusform>%n νέες προσκλήσεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n ενημέρωση</numerusform>
            <numerusform>%n ενημερώσεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancellation(s)</source>
        <translation>
            <numerusform>%n ακύρωση</numerusform>
            <numerusform>%n ακυρώσεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n μήνυμα</numerusform>
            <numerusform>%n μηνύματα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incomplete message(s)</source>
        <translation>
            <numerusform>%n ελλιπές μήνυμα</numerusform>
            <numerusform>%n ελλιπή μηνύματα</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody to write to: the event has no participants.</source>
        <translation>Κανείς για να του γράψετε: η εκδήλωση δεν έχει συμμετέχοντες.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to send: none of the %n people listed is due a message.</source>
        <translation>
            <numerusform>Τίποτα προς αποστολή: για το %n πρόσωπο της λίστας δεν εκκρεμεί μήνυμα.</numerusform>
            <numerusform>Τίποτα προς αποστολή: για κανένα από τα %n πρόσωπα της λίστας δεν εκκρεμεί μήνυμα.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to deliver.</source>
        <translation>
            <numerusform>%n μήνυμα προς παράδοση.</numerusform>
            <numerusform>%n μηνύματα προς παράδοση.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to deliver: {what}.</source>
        <translation>
            <numerusform>%n μήνυμα προς παράδοση: {what}.</numerusform>
            <numerusform>%n μηνύματα προς παράδοση: {what}.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 person gets nothing (see why below).</source>
        <translation>1 πρόσωπο δεν λαμβάνει τίποτα (δείτε παρακάτω γιατί).</translation>
    </message>
    <message numerus="yes">
        <source>%n people get nothing (see why below).</source>
        <translation>
            <numerusform>%n πρόσωπο δεν λαμβάνει τίποτα (δείτε παρακάτω γιατί).</numerusform>
            <numerusform>%n πρόσωπα δεν λαμβάνουν τίποτα (δείτε παρακάτω γιατί).</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the messages…</source>
        <translation>Προετοιμασία των μηνυμάτων…</translation>
    </message>
    <message>
        <source>Select a recipient to see their message.</source>
        <translation>Επιλέξτε έναν παραλήπτη για να δείτε το μήνυμά του.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Παράδοση</translation>
    </message>
    <message>
        <source>Send through the mail server</source>
        <translation>Αποστολή μέσω του διακομιστή αλληλογραφίας</translation>
    </message>
    <message>
        <source>Save as e-mail files (.eml) in a folder, to send from your own mail program</source>
        <translation>Αποθήκευση ως αρχεία e-mail (.eml) σε φάκελο, για αποστολή από το δικό σας πρόγραμμα αλληλογραφίας</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Επιλέξτε φάκελο…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Αναζήτηση…</translation>
    </message>
    <message>
        <source>I will send these files myself: count them as sent, so next time only changes go out</source>
        <translation>Θα στείλω ο ίδιος αυτά τα αρχεία: να μετρηθούν ως σταλμένα, ώστε την επόμενη φορά να σταλούν μόνο οι αλλαγές</translation>
    </message>
    <message>
        <source>Folder for the messages</source>
        <translation>Φάκελος για τα μηνύματα</translation>
    </message>
    <message>
        <source>Save files</source>
        <translation>Αποθήκευση αρχείων</translation>
    </message>
    <message>
        <source>Cannot prepare the messages: {error}</source>
        <translation>Δεν είναι δυνατή η προετοιμασία των μηνυμάτων: {error}</translation>
    </message>
    <message>
        <source>preparing the messages</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>η προετοιμασία των μηνυμάτων</translation>
    </message>
    <message>
        <source>{recipient} gets nothing: {reason}.</source>
        <translation>Ο/Η {recipient} δεν λαμβάνει τίποτα: {reason}.</translation>
    </message>
    <message>
        <source>Saving the messages…</source>
        <translation>Αποθήκευση των μηνυμάτων…</translation>
    </message>
    <message>
        <source>Sending the messages…</source>
        <translation>Αποστολή των μηνυμάτων…</translation>
    </message>
    <message>
        <source>sending the messages</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>η αποστολή των μηνυμάτων</translation>
    </message>
</context>
<context>
    <name>OutputCheck</name>
    <message>
        <source>a PDF</source>
        <translation>ένα PDF</translation>
    </message>
    <message>
        <source>a Planner event file</source>
        <translation>ένα αρχείο εκδήλωσης Planner</translation>
    </message>
    <message>
        <source>a calendar (.ics)</source>
        <translation>ένα ημερολόγιο (.ics)</translation>
    </message>
    <message>
        <source>a CSV list</source>
        <translation>μια λίστα CSV</translation>
    </message>
    <message>
        <source>an Excel workbook (.xlsx)</source>
        <translation>ένα βιβλίο εργασίας Excel (.xlsx)</translation>
    </message>
    <message>
        <source>an e-mail message (.eml)</source>
        <translation>ένα μήνυμα e-mail (.eml)</translation>
    </message>
    <message>
        <source>a Planner backup</source>
        <translation>ένα αντίγραφο ασφαλείας Planner</translation>
    </message>
    <message>
        <source>{reason}.

Replace it with {kind}? What it holds now will be lost.</source>
        <translation>{reason}.

Να αντικατασταθεί με {kind}; Το τρέχον περιεχόμενό του θα χαθεί.</translation>
    </message>
    <message>
        <source>a Word document (.docx)</source>
        <translation>ένα έγγραφο Word (.docx)</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Οργανισμός</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Εκδηλώσεις</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Not known</source>
        <translation>Άγνωστη</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Προσφώνηση</translation>
    </message>
    <message>
        <source>e.g. Dr., Ms., Prof.</source>
        <translation>π.χ. Δρ., κα, Καθ.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Οργανισμός</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Θέση</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Περιφέρεια</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Διατροφικές ανάγκες</translation>
    </message>
    <message>
        <source>e.g. vegetarian, allergies</source>
        <translation>π.χ. χορτοφάγος, αλλεργίες</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Ανάγκες προσβασιμότητας</translation>
    </message>
    <message>
        <source>e.g. wheelchair access</source>
        <translation>π.χ. πρόσβαση με αναπηρικό αμαξίδιο</translation>
    </message>
    <message>
        <source>Pick one, or type a new organisation's name</source>
        <translation>Επιλέξτε ή πληκτρολογήστε το όνομα ενός νέου οργανισμού</translation>
    </message>
    <message>
        <source>Pick an organisation of the Directory, or type the name of a new one</source>
        <translation>Επιλέξτε οργανισμό από το Ευρετήριο ή πληκτρολογήστε το όνομα ενός νέου</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Νέο πρόσωπο</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Πρόσωπο</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Φύλο</translation>
    </message>
</context>
<context>
    <name>PersonalCalendarsDialog</name>
    <message>
        <source>Personal calendars</source>
        <translation>Προσωπικά ημερολόγια</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} και %n ακόμη</numerusform>
            <numerusform>{names} και %n ακόμη</numerusform>
        </translation>
    </message>
    <message>
        <source>A calendar for {name}: the programme with their own items marked, their travel and hotel.</source>
        <translation>Ένα ημερολόγιο για {name}: το πρόγραμμα με επισημασμένα τα δικά του σημεία, τα ταξίδια και το ξενοδοχείο.</translation>
    </message>
    <message numerus="yes">
        <source>A calendar for each of the %n participants selected ({names}), one file each in a folder you choose: the programme with their own items marked, their travel and hotel.</source>
        <translation>
            <numerusform>Ένα ημερολόγιο για τον %n επιλεγμένο συμμετέχοντα ({names}), σε ένα αρχείο σε φάκελο της επιλογής σας: το πρόγραμμα με επισημασμένα τα δικά του σημεία, τα ταξίδια και το ξενοδοχείο.</numerusform>
            <numerusform>Ένα ημερολόγιο για καθέναν από τους %n επιλεγμένους συμμετέχοντες ({names}), ένα αρχείο για τον καθένα σε φάκελο της επιλογής σας: το πρόγραμμα με επισημασμένα τα δικά του σημεία, τα ταξίδια και το ξενοδοχείο.</numerusform>
        </translation>
    </message>
    <message>
        <source>With the open actions they own</source>
        <translation>Με τις ανοιχτές ενέργειες για τις οποίες είναι υπεύθυνοι</translation>
    </message>
    <message>
        <source>Choose where…</source>
        <translation>Επιλογή θέσης…</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>This version of Planner does not include this document.</source>
        <translation>Αυτή η έκδοση του Planner δεν περιλαμβάνει αυτό το έγγραφο.</translation>
    </message>
    <message>
        <source>rendering the {document} of event {event}</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>η δημιουργία του εγγράφου «{document}» για την εκδήλωση {event}</translation>
    </message>
</context>
<context>
    <name>ReplyActions</name>
    <message>
        <source>Replies (*.eml *.ics);;All files (*)</source>
        <translation>Απαντήσεις (*.eml *.ics);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Import &amp;replies to invitations…</source>
        <translation>Εισαγωγή &amp;απαντήσεων σε προσκλήσεις…</translation>
    </message>
    <message>
        <source>Read partners' answers (.eml or .ics) into their participant status</source>
        <translation>Καταχώριση των απαντήσεων των εταίρων (.eml ή .ics) στην κατάσταση συμμετοχής τους</translation>
    </message>
    <message>
        <source>&amp;Fetch replies from mailbox…</source>
        <translation>&amp;Λήψη απαντήσεων από γραμματοκιβώτιο…</translation>
    </message>
    <message>
        <source>Read the answers to your invitations from the mailbox they arrive in (IMAP)</source>
        <translation>Ανάγνωση των απαντήσεων στις προσκλήσεις σας από το γραμματοκιβώτιο όπου φτάνουν (IMAP)</translation>
    </message>
    <message>
        <source>Import replies</source>
        <translation>Εισαγωγή απαντήσεων</translation>
    </message>
    <message>
        <source>Cannot fetch replies</source>
        <translation>Δεν είναι δυνατή η λήψη απαντήσεων</translation>
    </message>
    <message>
        <source>Cannot import the replies</source>
        <translation>Δεν είναι δυνατή η εισαγωγή των απαντήσεων</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Reading replies…</source>
        <translation>Ανάγνωση απαντήσεων…</translation>
    </message>
    <message>
        <source>reading replies</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>η ανάγνωση απαντήσεων</translation>
    </message>
    <message>
        <source>Replies read</source>
        <translation>Οι απαντήσεις διαβάστηκαν</translation>
    </message>
</context>
<context>
    <name>SendInvitations</name>
    <message>
        <source>Each participant gets their own invitation, which calendar programs show with Accept and Decline; whoever was sent one before gets an update only if the event changed, and whoever no longer comes gets a cancellation. Their answers come back with Calendar ▸ Fetch replies from mailbox… or Calendar ▸ Import replies to invitations…</source>
        <translation>Κάθε συμμετέχων λαμβάνει τη δική του πρόσκληση, την οποία τα προγράμματα ημερολογίου εμφανίζουν με Αποδοχή και Απόρριψη· όποιος έχει ήδη λάβει πρόσκληση λαμβάνει ενημέρωση μόνο αν άλλαξε η εκδήλωση, και όποιος δεν έρχεται πια λαμβάνει ακύρωση. Οι απαντήσεις τους επιστρέφουν με Ημερολόγιο ▸ Λήψη απαντήσεων από γραμματοκιβώτιο… ή Ημερολόγιο ▸ Εισαγωγή απαντήσεων σε προσκλήσεις…</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>Αποστολή προσκλήσεων</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message templates</source>
        <translation>Πρότυπα μηνυμάτων</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Νέο</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Α&amp;ντιγραφή</translation>
    </message>
    <message>
        <source>A template of your own with the same text, to change</source>
        <translation>Ένα δικό σας πρότυπο με το ίδιο κείμενο, για να το αλλάξετε</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Α&amp;ποθήκευση αλλαγών</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Όνομα:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Θέμα:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Κείμενο:</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Εισαγωγή</translation>
    </message>
    <message>
        <source>Put the placeholder chosen where the cursor is in the subject or the body</source>
        <translation>Εισαγωγή του επιλεγμένου πεδίου συγχώνευσης στη θέση του δρομέα, στο θέμα ή στο κείμενο</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>Πεδία συγχώνευσης (διπλό κλικ για εισαγωγή):</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Προεπισκόπηση για:</translation>
    </message>
    <message>
        <source>{name} (shipped)</source>
        <translation>{name} (ενσωματωμένο)</translation>
    </message>
    <message>
        <source>Shipped with Planner: read-only; copy it to make one of your own</source>
        <translation>Ενσωματωμένο στο Planner: μόνο για ανάγνωση· αντιγράψτε το για να φτιάξετε ένα δικό σας</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>Πρόσωπο {number}</translation>
    </message>
    <message>
        <source>Shipped with Planner and read-only: Copy makes one of your own to change.</source>
        <translation>Ενσωματωμένο στο Planner και μόνο για ανάγνωση: η Αντιγραφή δημιουργεί ένα δικό σας για να το αλλάξετε.</translation>
    </message>
    <message>
        <source>Your own template.</source>
        <translation>Δικό σας πρότυπο.</translation>
    </message>
    <message>
        <source>Open an event with participants to see a preview.</source>
        <translation>Ανοίξτε μια εκδήλωση με συμμετέχοντες για να δείτε προεπισκόπηση.</translation>
    </message>
    <message>
        <source>Cannot be filled in: {error}</source>
        <translation>Δεν είναι δυνατή η συμπλήρωση: {error}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Θέμα: {subject}</translation>
    </message>
    <message>
        <source>Missing, so not sent unless you say so: {problem}</source>
        <translation>Λείπει, οπότε δεν στέλνεται εκτός αν το ζητήσετε: {problem}</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Νέο πρότυπο</translation>
    </message>
    <message>
        <source>Dear {given_name},</source>
        <translation>Αγαπητέ/ή {given_name},</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Διαγραφή προτύπου</translation>
    </message>
    <message>
        <source>Delete the template '{name}'? Edit ▸ Undo brings it back.</source>
        <translation>Να διαγραφεί το πρότυπο «{name}»; Η εντολή Επεξεργασία ▸ Αναίρεση το επαναφέρει.</translation>
    </message>
</context>
<context>
    <name>WordExport</name>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Έγγραφα Word (*.docx);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Save as &amp;Word document…</source>
        <translation>Αποθήκευση ως έγγραφο &amp;Word…</translation>
    </message>
    <message>
        <source>Save the report as a Word document, to edit it before sending it</source>
        <translation>Αποθήκευση της έκθεσης ως εγγράφου Word, για να την επεξεργαστείτε πριν την αποστείλετε</translation>
    </message>
    <message>
        <source>Save as Word document</source>
        <translation>Αποθήκευση ως έγγραφο Word</translation>
    </message>
    <message>
        <source>Cannot save the Word document</source>
        <translation>Δεν είναι δυνατή η αποθήκευση του εγγράφου Word</translation>
    </message>
    <message>
        <source>{file} could not be saved.

{error}</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση του {file}.

{error}</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Αποθηκεύτηκε ως {file}</translation>
    </message>
</context>
<context>
    <name>ZoomBar</name>
    <message>
        <source>Zoom out</source>
        <translation>Σμίκρυνση</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Μεγέθυνση</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Πλάτος σελίδας</translation>
    </message>
    <message>
        <source>The whole width of the page</source>
        <translation>Όλο το πλάτος της σελίδας</translation>
    </message>
</context>
</TS>