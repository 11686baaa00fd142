<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
    <context>
        <name>ActionsModel</name>
        <message>
            <location filename="../../planner/ui/actions/model.py" line="36" />
            <source>Event</source>
            <translation>Εκδήλωση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/model.py" line="42" />
            <source>Action</source>
            <translation>Ενέργεια</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/model.py" line="46" />
            <source>Owner</source>
            <translation>Υπεύθυνος/η</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/model.py" line="49" />
            <source>Due</source>
            <translation>Προθεσμία</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/model.py" line="54" />
            <source>State</source>
            <translation>Κατάσταση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/model.py" line="55" />
            <source>Overdue</source>
            <translation>Εκπρόθεσμη</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/model.py" line="69" />
            <source>Overdue: due {day} and still open</source>
            <translation>Εκπρόθεσμη: προθεσμία {day} και ακόμη ανοιχτή</translation>
        </message>
    </context>
    <context>
        <name>ActionsView</name>
        <message>
            <location filename="../../planner/ui/actions/view.py" line="45" />
            <source>Filter by event, action or owner</source>
            <translation>Φιλτράρισμα κατά εκδήλωση, ενέργεια ή υπεύθυνο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/view.py" line="48" />
            <source>No action matches '{}'</source>
            <translation>Καμία ενέργεια δεν ταιριάζει με «{}»</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/view.py" line="49" />
            <source>Show done and dropped</source>
            <translation>Εμφάνιση ολοκληρωμένων και ακυρωμένων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/view.py" line="56" />
            <source>Open in its event</source>
            <translation>Άνοιγμα στην εκδήλωσή της</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/view.py" line="63" />
            <source>Mark done</source>
            <translation>Σήμανση ως ολοκληρωμένης</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/view.py" line="66" />
            <source>Mark the selected action done</source>
            <translation>Σήμανση της επιλεγμένης ενέργειας ως ολοκληρωμένης</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/view.py" line="70" />
            <source>Refresh</source>
            <translation>Ανανέωση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/actions/view.py" line="103" />
            <source>No open actions</source>
            <translation>Καμία ανοιχτή ενέργεια</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/actions/view.py" line="105" />
            <location filename="../../planner/ui/actions/view.py" line="109" />
            <source>%n open action(s)</source>
            <translation>
                <numerusform>%n ανοιχτή ενέργεια</numerusform>
                <numerusform>%n ανοιχτές ενέργειες</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/actions/view.py" line="106" />
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
            <location filename="../../planner/ui/backups_dialog.py" line="41" />
            <source>Made</source>
            <translation>Δημιουργία</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="42" />
            <source>Why</source>
            <translation>Αιτία</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="43" />
            <source>Events</source>
            <translation>Εκδηλώσεις</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="44" />
            <source>Last event</source>
            <translation>Τελευταία εκδήλωση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="45" />
            <source>Size</source>
            <translation>Μέγεθος</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="47" />
            <source>Planner backups (*.sqlite *.db);;All files (*)</source>
            <translation>Αντίγραφα ασφαλείας Planner (*.sqlite *.db);;Όλα τα αρχεία (*)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="50" />
            <source>Automatic</source>
            <translation>Αυτόματο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="51" />
            <source>On request</source>
            <translation>Κατόπιν αιτήματος</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="52" />
            <source>Before restoring</source>
            <translation>Πριν από επαναφορά</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="53" />
            <source>Before upgrade</source>
            <translation>Πριν από αναβάθμιση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="74" />
            <location filename="../../planner/ui/backups_dialog.py" line="201" />
            <source>Restore from backup</source>
            <translation>Επαναφορά από αντίγραφο ασφαλείας</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="94" />
            <source>&amp;Restore…</source>
            <translation>&amp;Επαναφορά…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="97" />
            <source>From &amp;file…</source>
            <translation>Από &amp;αρχείο…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="99" />
            <source>Restore a backup kept elsewhere (written with `planner backup -o` or copied)</source>
            <translation>Επαναφορά αντιγράφου ασφαλείας που φυλάσσεται αλλού (γραμμένο με `planner backup -o` ή αντιγραμμένο)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="102" />
            <source>Open &amp;folder</source>
            <translation>Άνοιγμα &amp;φακέλου</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="121" />
            <source>&lt;b&gt;{database}&lt;/b&gt; is open read-only, so it cannot be restored here. Close the other Planner that has it open (or make the file writable), open it again, then restore.</source>
            <translation>Η &lt;b&gt;{database}&lt;/b&gt; είναι ανοιχτή μόνο για ανάγνωση, οπότε δεν μπορεί να γίνει επαναφορά εδώ. Κλείστε το άλλο Planner που την έχει ανοιχτή (ή κάντε το αρχείο εγγράψιμο), ανοίξτε την ξανά και κατόπιν κάντε την επαναφορά.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="127" />
            <source>Backups of &lt;b&gt;{database}&lt;/b&gt; in {folder}, newest first.&lt;br&gt;Restoring one replaces what the database holds now; the current state is backed up first.</source>
            <translation>Αντίγραφα ασφαλείας της &lt;b&gt;{database}&lt;/b&gt; στο {folder}, πρώτα τα νεότερα.&lt;br&gt;Η επαναφορά ενός αντιγράφου αντικαθιστά το τρέχον περιεχόμενο της βάσης δεδομένων· η τρέχουσα κατάσταση αποθηκεύεται πρώτα σε αντίγραφο.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="133" />
            <source>No backups of &lt;b&gt;{database}&lt;/b&gt; yet. Planner makes one each time it opens the database after a change, and File ▸ Back up now makes one at once.</source>
            <translation>Δεν υπάρχουν ακόμη αντίγραφα ασφαλείας της &lt;b&gt;{database}&lt;/b&gt;. Το Planner δημιουργεί ένα κάθε φορά που ανοίγει τη βάση δεδομένων μετά από αλλαγή, και η εντολή Αρχείο ▸ Δημιουργία αντιγράφου ασφαλείας τώρα δημιουργεί ένα αμέσως.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="144" />
            <source>This backup cannot be read (damaged or incomplete)</source>
            <translation>Αυτό το αντίγραφο ασφαλείας δεν είναι αναγνώσιμο (κατεστραμμένο ή ελλιπές)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="180" />
            <source>the backup of {made} ({events})</source>
            <translation>το αντίγραφο ασφαλείας της {made} ({events})</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="188" />
            <source>Restore from a backup file</source>
            <translation>Επαναφορά από αρχείο αντιγράφου ασφαλείας</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="202" />
            <source>Replace what {database} holds now with {backup}?

The current database will be backed up first, so this can be taken back by restoring that backup.</source>
            <translation>Να αντικατασταθεί το τρέχον περιεχόμενο της {database} με {backup};

Θα δημιουργηθεί πρώτα αντίγραφο ασφαλείας της τρέχουσας βάσης δεδομένων, ώστε η ενέργεια να αναιρείται με επαναφορά εκείνου του αντιγράφου.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="221" />
            <source>Cannot restore the backup</source>
            <translation>Δεν είναι δυνατή η επαναφορά του αντιγράφου ασφαλείας</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="229" />
            <source>Restored {backup}; the database as it was is in {file}</source>
            <translation>Έγινε επαναφορά: {backup}· η βάση δεδομένων όπως ήταν βρίσκεται στο {file}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="233" />
            <source>Restored {backup}</source>
            <translation>Έγινε επαναφορά: {backup}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/backups_dialog.py" line="242" />
            <source>Cannot open the backup folder</source>
            <translation>Δεν είναι δυνατό το άνοιγμα του φακέλου αντιγράφων ασφαλείας</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/backups_dialog.py" line="250" />
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
            <location filename="../../planner/ui/calendar_menu.py" line="41" />
            <source>Calendars (*.ics);;All files (*)</source>
            <translation>Ημερολόγια (*.ics);;Όλα τα αρχεία (*)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="42" />
            <source>Cannot export the personal calendars</source>
            <translation>Δεν είναι δυνατή η εξαγωγή των προσωπικών ημερολογίων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="97" />
            <location filename="../../planner/ui/calendar_menu.py" line="157" />
            <source>Export &amp;personal calendars…</source>
            <translation>Εξαγωγή &amp;προσωπικών ημερολογίων…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="100" />
            <source>A calendar for each participant selected in the Participants tab, with their travel and hotel</source>
            <translation>Ένα ημερολόγιο για κάθε συμμετέχοντα που επιλέχθηκε στην καρτέλα «Συμμετέχοντες», με τα ταξίδια και το ξενοδοχείο του</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="106" />
            <source>Send &amp;invitations…</source>
            <translation>Αποστολή προ&amp;σκλήσεων…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="109" />
            <source>Invite the participants by e-mail: who gets a new invitation, an update, a cancellation or nothing</source>
            <translation>Πρόσκληση των συμμετεχόντων με e-mail: ποιος λαμβάνει νέα πρόσκληση, ενημέρωση, ακύρωση ή τίποτα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="114" />
            <source>Send a &amp;message…</source>
            <translation>Αποστολή &amp;μηνύματος…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="116" />
            <source>A letter from a template (practical information, a reminder, a thank-you) to participants</source>
            <translation>Μια επιστολή από πρότυπο (πρακτικές πληροφορίες, υπενθύμιση, ευχαριστίες) προς συμμετέχοντες</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="121" />
            <source>&amp;Calendar</source>
            <translation>&amp;Ημερολόγιο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="134" />
            <source>Message &amp;templates…</source>
            <translation>Πρότυπα μη&amp;νυμάτων…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="159" />
            <source>Export &amp;personal calendar…</source>
            <translation>Εξαγωγή &amp;προσωπικού ημερολογίου…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="204" />
            <source>Export personal calendar</source>
            <translation>Εξαγωγή προσωπικού ημερολογίου</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="215" />
            <source>Folder for the personal calendars</source>
            <translation>Φάκελος για τα προσωπικά ημερολόγια</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/calendar_menu.py" line="243" />
            <source>%n personal calendars written to {folder}</source>
            <translation>
                <numerusform>%n προσωπικό ημερολόγιο γράφτηκε στο {folder}</numerusform>
                <numerusform>%n προσωπικά ημερολόγια γράφτηκαν στο {folder}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="246" />
            <source>The personal calendar written to {folder}</source>
            <translation>Το προσωπικό ημερολόγιο γράφτηκε στο {folder}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="253" />
            <source>{error}

Nothing was written.</source>
            <translation>{error}

Δεν γράφτηκε τίποτα.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="258" />
            <source>an export</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>μια εξαγωγή</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="259" />
            <source>Writing personal calendars…</source>
            <translation>Εγγραφή προσωπικών ημερολογίων…</translation>
        </message>
    </context>
    <context>
        <name>CalendarPlanDialog</name>
        <message>
            <location filename="../../planner/ui/calendar_plan.py" line="27" />
            <source>Update from calendar</source>
            <translation>Ενημέρωση από ημερολόγιο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_plan.py" line="31" />
            <source>{file} is a newer calendar of “{title}”. Importing it makes this change:</source>
            <translation>Το {file} είναι νεότερο ημερολόγιο της εκδήλωσης «{title}». Η εισαγωγή του κάνει την εξής αλλαγή:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/calendar_plan.py" line="35" />
            <source>{file} is a newer calendar of “{title}”. Importing it makes these %n changes:</source>
            <translation>
                <numerusform>Το {file} είναι νεότερο ημερολόγιο της εκδήλωσης «{title}». Η εισαγωγή του κάνει την εξής %n αλλαγή:</numerusform>
                <numerusform>Το {file} είναι νεότερο ημερολόγιο της εκδήλωσης «{title}». Η εισαγωγή του κάνει τις εξής %n αλλαγές:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/calendar_plan.py" line="45" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… και %n ακόμη</numerusform>
                <numerusform>… και %n ακόμη</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_plan.py" line="48" />
            <source>Apply</source>
            <translation>Εφαρμογή</translation>
        </message>
    </context>
    <context>
        <name>ComposeDialog</name>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="45" />
            <source>their own itinerary (PDF)</source>
            <translation>το δικό τους δρομολόγιο (PDF)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="46" />
            <source>their own calendar (.ics)</source>
            <translation>το δικό τους ημερολόγιο (.ics)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="47" />
            <source>the agenda (PDF)</source>
            <translation>το πρόγραμμα (PDF)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="48" />
            <source>the conclusions report (PDF)</source>
            <translation>την έκθεση συμπερασμάτων (PDF)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="62" />
            <location filename="../../planner/ui/outbox/messages.py" line="183" />
            <source>Send a message</source>
            <translation>Αποστολή μηνύματος</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="68" />
            <source>Edit templates…</source>
            <translation>Επεξεργασία προτύπων…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="70" />
            <source>Template:</source>
            <translation>Πρότυπο:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="73" />
            <source>Subject:</source>
            <translation>Θέμα:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="76" />
            <source>To</source>
            <translation>Προς</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="79" />
            <source>Everyone coming (not those who declined or were cancelled)</source>
            <translation>Όσοι έρχονται (όχι όσοι αρνήθηκαν ή ακυρώθηκαν)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/messages.py" line="83" />
            <source>The %n participant(s) selected in the Participants tab</source>
            <translation>
                <numerusform>Ο %n συμμετέχων που επιλέχθηκε στην καρτέλα «Συμμετέχοντες»</numerusform>
                <numerusform>Οι %n συμμετέχοντες που επιλέχθηκαν στην καρτέλα «Συμμετέχοντες»</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="87" />
            <source>The participants selected in the Participants tab (none is selected)</source>
            <translation>Οι συμμετέχοντες που επιλέχθηκαν στην καρτέλα «Συμμετέχοντες» (δεν έχει επιλεγεί κανείς)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="92" />
            <source>Those with the status or role:</source>
            <translation>Όσοι έχουν την κατάσταση ή τον ρόλο:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="96" />
            <source>Status: {status}</source>
            <translation>Κατάσταση: {status}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="99" />
            <source>Role: {role}</source>
            <translation>Ρόλος: {role}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="113" />
            <source>Attach to each message</source>
            <translation>Επισύναψη σε κάθε μήνυμα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="122" />
            <source>Also send to those for whom a placeholder is empty (they are held back otherwise)</source>
            <translation>Αποστολή και σε όσους έχουν κενό πεδίο συγχώνευσης (αλλιώς αναστέλλονται)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="127" />
            <source>Again to those who got this template before</source>
            <translation>Ξανά σε όσους έλαβαν ήδη αυτό το πρότυπο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="131" />
            <source>Next: see each message…</source>
            <translation>Επόμενο: προβολή κάθε μηνύματος…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="172" />
            <source>Each participant gets the template filled in with their own details. Anyone for whom a placeholder is empty (no hotel, no arrival…) is held back and named, so that nobody gets a letter with a blank.</source>
            <translation>Κάθε συμμετέχων λαμβάνει το πρότυπο συμπληρωμένο με τα δικά του στοιχεία. Όποιος θα είχε κενό πεδίο συγχώνευσης (χωρίς ξενοδοχείο, χωρίς άφιξη…) αναστέλλεται και κατονομάζεται, ώστε κανείς να μη λάβει επιστολή με κενό.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/messages.py" line="198" />
            <source>Send “{template}”</source>
            <translation>Αποστολή «{template}»</translation>
        </message>
    </context>
    <context>
        <name>DirectoryView</name>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="105" />
            <source>Double-click an event to open it</source>
            <translation>Διπλό κλικ σε μια εκδήλωση για να ανοίξει</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="123" />
            <source>Double-click a member to see them among the people</source>
            <translation>Διπλό κλικ σε ένα μέλος για να εμφανιστεί στα πρόσωπα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="130" />
            <source>People</source>
            <translation>Πρόσωπα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="134" />
            <source>Organisations</source>
            <translation>Οργανισμοί</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="173" />
            <source>New person…</source>
            <translation>Νέο πρόσωπο…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="175" />
            <source>Add a person to the Directory</source>
            <translation>Προσθήκη προσώπου στο Ευρετήριο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="178" />
            <source>New organisation…</source>
            <translation>Νέος οργανισμός…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="180" />
            <source>Add an organisation to the Directory</source>
            <translation>Προσθήκη οργανισμού στο Ευρετήριο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="184" />
            <source>Add</source>
            <translation>Προσθήκη</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="187" />
            <source>Add to the list shown</source>
            <translation>Προσθήκη στη λίστα που εμφανίζεται</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="190" />
            <source>Edit…</source>
            <translation>Επεξεργασία…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="193" />
            <source>Edit the selected entry</source>
            <translation>Επεξεργασία της επιλεγμένης καταχώρισης</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="196" />
            <source>Delete</source>
            <translation>Διαγραφή</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="199" />
            <source>Delete the selected entry</source>
            <translation>Διαγραφή της επιλεγμένης καταχώρισης</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="203" />
            <source>Directory</source>
            <translation>Ευρετήριο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="214" />
            <source>Search people and organisations</source>
            <translation>Αναζήτηση προσώπων και οργανισμών</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="240" />
            <source>People ({count})</source>
            <translation>Πρόσωπα ({count})</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="242" />
            <source>Organisations ({count})</source>
            <translation>Οργανισμοί ({count})</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="295" />
            <source>Select a person to see the events they took part in.</source>
            <translation>Επιλέξτε ένα πρόσωπο για να δείτε τις εκδηλώσεις στις οποίες συμμετείχε.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/directory/view.py" line="303" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n εκδήλωση</numerusform>
                <numerusform>%n εκδηλώσεις</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="305" />
            <source>no events yet</source>
            <translation>καμία εκδήλωση ακόμη</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="314" />
            <source>Select an organisation to see its members.</source>
            <translation>Επιλέξτε έναν οργανισμό για να δείτε τα μέλη του.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/directory/view.py" line="321" />
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n μέλος</numerusform>
                <numerusform>%n μέλη</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="323" />
            <source>no members</source>
            <translation>κανένα μέλος</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="343" />
            <source>No person matches '{}'</source>
            <translation>Κανένα πρόσωπο δεν ταιριάζει με «{}»</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/view.py" line="345" />
            <source>No organisation matches '{}'</source>
            <translation>Κανένας οργανισμός δεν ταιριάζει με «{}»</translation>
        </message>
    </context>
    <context>
        <name>DocumentKinds</name>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="22" />
            <source>Statistics</source>
            <translation>Στατιστικά στοιχεία</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="22" />
            <source>statistics</source>
            <translation>στατιστικά στοιχεία</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="41" />
            <source>Participants by country, gender, organisation, new or returning</source>
            <translation>Συμμετέχοντες ανά χώρα, φύλο, φορέα, νέοι ή επανερχόμενοι</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="51" />
            <source>S&amp;tatistics…</source>
            <translation>&amp;Στατιστικά στοιχεία…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="16" />
            <source>Agenda</source>
            <translation>Πρόγραμμα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="17" />
            <source>Participant list</source>
            <translation>Κατάλογος συμμετεχόντων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="18" />
            <source>Signature sheets</source>
            <translation>Φύλλα υπογραφών</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="19" />
            <source>Itinerary</source>
            <translation>Δρομολόγιο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="20" />
            <source>Name badges</source>
            <translation>Κονκάρδες ονομάτων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="21" />
            <source>Conclusions report</source>
            <translation>Έκθεση συμπερασμάτων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="25" />
            <source>agenda</source>
            <translation>Πρόγραμμα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="26" />
            <source>participant list</source>
            <translation>Κατάλογος συμμετεχόντων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="27" />
            <source>signature sheets</source>
            <translation>Φύλλα υπογραφών</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="28" />
            <source>itinerary</source>
            <translation>Δρομολόγιο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="29" />
            <source>name badges</source>
            <translation>Κονκάρδες ονομάτων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="30" />
            <source>conclusions report</source>
            <translation>Έκθεση συμπερασμάτων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="33" />
            <source>The programme day by day, for the room</source>
            <translation>Το πρόγραμμα ημέρα προς ημέρα, για την αίθουσα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="34" />
            <source>Who takes part, for the host and the hotel</source>
            <translation>Ποιοι συμμετέχουν, για τους οικοδεσπότες και το ξενοδοχείο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="35" />
            <source>One sheet per day to sign, as funders ask for</source>
            <translation>Ένα φύλλο ανά ημέρα για υπογραφή, όπως ζητούν οι χρηματοδότες</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="36" />
            <source>Travel, hotels and visits day by day</source>
            <translation>Ταξίδια, ξενοδοχεία και επισκέψεις ημέρα προς ημέρα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="37" />
            <source>Badges to cut out, several per page</source>
            <translation>Κονκάρδες για κόψιμο, αρκετές ανά σελίδα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="38" />
            <source>Summary, conclusions, decisions and actions</source>
            <translation>Σύνοψη, συμπεράσματα, αποφάσεις και ενέργειες</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="42" />
            <source>&amp;Agenda…</source>
            <translation>&amp;Πρόγραμμα…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="43" />
            <source>&amp;Participant list…</source>
            <translation>&amp;Κατάλογος συμμετεχόντων…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="44" />
            <source>&amp;Signature sheets…</source>
            <translation>&amp;Φύλλα υπογραφών…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="45" />
            <source>&amp;Itinerary…</source>
            <translation>&amp;Δρομολόγιο…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="46" />
            <source>&amp;Name badges…</source>
            <translation>Κονκάρδες &amp;ονομάτων…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/names.py" line="47" />
            <source>&amp;Conclusions report…</source>
            <translation>&amp;Έκθεση συμπερασμάτων…</translation>
        </message>
    </context>
    <context>
        <name>DocumentPreview</name>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="58" />
            <source>PDF documents (*.pdf);;All files (*)</source>
            <translation>Έγγραφα PDF (*.pdf);;Όλα τα αρχεία (*)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="136" />
            <source>&amp;Print…</source>
            <translation>Ε&amp;κτύπωση…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="139" />
            <source>&amp;Save as…</source>
            <translation>Αποθήκευση &amp;ως…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="148" />
            <source>Send it to a printer</source>
            <translation>Αποστολή σε εκτυπωτή</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="154" />
            <source>Save it as a PDF file, to send or print later</source>
            <translation>Αποθήκευση ως αρχείο PDF, για αποστολή ή εκτύπωση αργότερα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="243" />
            <source>Preparing…</source>
            <translation>Προετοιμασία…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="252" />
            <source>Preparing the {document}…</source>
            <translation>Προετοιμασία: «{document}»…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="280" />
            <source>The document was made but cannot be shown.</source>
            <translation>Το έγγραφο δημιουργήθηκε αλλά δεν μπορεί να εμφανιστεί.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/documents/preview.py" line="287" />
            <source>%n page(s) · {paper}</source>
            <translation>
                <numerusform>%n σελίδα · {paper}</numerusform>
                <numerusform>%n σελίδες · {paper}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="300" />
            <source>Something went wrong while making the {document}; it has been written to the log.

{message}</source>
            <translation>Παρουσιάστηκε σφάλμα κατά τη δημιουργία του εγγράφου «{document}»· καταγράφηκε στο αρχείο καταγραφής.

{message}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="305" />
            <source>The {document} could not be made.

{message}</source>
            <translation>Δεν ήταν δυνατή η δημιουργία του εγγράφου «{document}».

{message}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="314" />
            <source>Page {page} of {count}</source>
            <translation>Σελίδα {page} από {count}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="331" />
            <source>Print the {document}</source>
            <translation>Εκτύπωση: «{document}»</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="340" />
            <source>Printing the {document}…</source>
            <translation>Εκτύπωση του εγγράφου «{document}»…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="341" />
            <source>Cancel</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="358" />
            <source>Cannot print</source>
            <translation>Δεν είναι δυνατή η εκτύπωση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="359" />
            <source>The {document} could not be printed: {error}.</source>
            <translation>Δεν ήταν δυνατή η εκτύπωση του εγγράφου «{document}»: {error}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/documents/preview.py" line="368" />
            <source>Sent %n page(s) to {printer}</source>
            <translation>
                <numerusform>Στάλθηκε %n σελίδα στο {printer}</numerusform>
                <numerusform>Στάλθηκαν %n σελίδες στο {printer}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/documents/preview.py" line="372" />
            <source>Printed %n page(s)</source>
            <translation>
                <numerusform>Εκτυπώθηκε %n σελίδα</numerusform>
                <numerusform>Εκτυπώθηκαν %n σελίδες</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="391" />
            <source>Save as PDF</source>
            <translation>Αποθήκευση ως PDF</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="400" />
            <source>Cannot save the document</source>
            <translation>Δεν είναι δυνατή η αποθήκευση του εγγράφου</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="409" />
            <source>{file} could not be saved.

{error}</source>
            <translation>Δεν ήταν δυνατή η αποθήκευση του {file}.

{error}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/preview.py" line="415" />
            <source>Saved as {file}</source>
            <translation>Αποθηκεύτηκε ως {file}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/printing.py" line="39" />
            <source>Planner document</source>
            <translation>Έγγραφο Planner</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/printing.py" line="77" />
            <source>the printer could not be started</source>
            <translation>δεν ήταν δυνατή η εκκίνηση του εκτυπωτή</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/printing.py" line="87" />
            <source>the printer refused the next page</source>
            <translation>ο εκτυπωτής απέρριψε την επόμενη σελίδα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/printing.py" line="95" />
            <source>page {page} could not be drawn</source>
            <translation>δεν ήταν δυνατή η σχεδίαση της σελίδας {page}</translation>
        </message>
    </context>
    <context>
        <name>DocumentsMenu</name>
        <message>
            <location filename="../../planner/ui/documents/menu.py" line="31" />
            <source>&amp;Documents</source>
            <translation>Έ&amp;γγραφα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/menu.py" line="46" />
            <source>Print preview of the agenda</source>
            <translation>Προεπισκόπηση εκτύπωσης του προγράμματος</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/menu.py" line="49" />
            <source>Documents</source>
            <translation>Έγγραφα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/menu.py" line="54" />
            <source>Preview, print or save the agenda, lists, sheets, badges and reports of this event</source>
            <translation>Προεπισκόπηση, εκτύπωση ή αποθήκευση του προγράμματος, των καταλόγων, των φύλλων, των κονκαρδών και των εκθέσεων αυτής της εκδήλωσης</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="33" />
            <source>Planner databases (*.sqlite *.db);;All files (*)</source>
            <translation>Βάσεις δεδομένων Planner (*.sqlite *.db);;Όλα τα αρχεία (*)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="34" />
            <source>Planner event files (*.planner.json *.json);;All files (*)</source>
            <translation>Αρχεία εκδήλωσης Planner (*.planner.json *.json);;Όλα τα αρχεία (*)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="35" />
            <source>Calendars (*.ics);;All files (*)</source>
            <translation>Ημερολόγια (*.ics);;Όλα τα αρχεία (*)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="46" />
            <source>&amp;New database…</source>
            <translation>&amp;Νέα βάση δεδομένων…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="50" />
            <source>&amp;Open database…</source>
            <translation>&amp;Άνοιγμα βάσης δεδομένων…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="56" />
            <source>&amp;Import event file…</source>
            <translation>Ε&amp;ισαγωγή αρχείου εκδήλωσης…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="62" />
            <source>&amp;Export event file…</source>
            <translation>Ε&amp;ξαγωγή αρχείου εκδήλωσης…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="67" />
            <source>Import &amp;calendar (.ics)…</source>
            <translation>Ε&amp;ισαγωγή ημερολογίου (.ics)…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="70" />
            <source>Export c&amp;alendar (.ics)…</source>
            <translation>Ε&amp;ξαγωγή ημερολογίου (.ics)…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="72" />
            <source>&amp;Back up now</source>
            <translation>Δημιουργία αντιγράφου &amp;ασφαλείας τώρα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="74" />
            <source>Restore from bac&amp;kup…</source>
            <translation>Επανα&amp;φορά από αντίγραφο ασφαλείας…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="76" />
            <source>Import</source>
            <translation>Εισαγωγή</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="77" />
            <source>Export</source>
            <translation>Εξαγωγή</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="78" />
            <source>Open &amp;recent</source>
            <translation>&amp;Πρόσφατα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="84" />
            <location filename="../../planner/ui/file_actions.py" line="95" />
            <source>New database</source>
            <translation>Νέα βάση δεδομένων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="96" />
            <source>{file} already exists; choose another name, or open it with File ▸ Open database.</source>
            <translation>Το {file} υπάρχει ήδη· επιλέξτε άλλο όνομα ή ανοίξτε το με Αρχείο ▸ Άνοιγμα βάσης δεδομένων.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="106" />
            <source>Open database</source>
            <translation>Άνοιγμα βάσης δεδομένων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="127" />
            <source>Cannot add the sample events</source>
            <translation>Δεν είναι δυνατή η προσθήκη των δειγματικών εκδηλώσεων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="153" />
            <location filename="../../planner/ui/file_actions.py" line="298" />
            <source>{error}

Nothing was imported.</source>
            <translation>{error}

Δεν εισήχθη τίποτα.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="158" />
            <source>Import of {file} stopped; nothing was imported.</source>
            <translation>Η εισαγωγή του {file} διακόπηκε· δεν εισήχθη τίποτα.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="164" />
            <source>Importing {file}…</source>
            <translation>Εισαγωγή του {file}…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="165" />
            <source>an import</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>μια εισαγωγή</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="179" />
            <source>Export stopped; {file} was not written.</source>
            <translation>Η εξαγωγή διακόπηκε· το {file} δεν γράφτηκε.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="184" />
            <source>an export</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>μια εξαγωγή</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="207" />
            <source>Import event file</source>
            <translation>Εισαγωγή αρχείου εκδήλωσης</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="221" />
            <location filename="../../planner/ui/file_actions.py" line="317" />
            <source>Imported “{title}” from {file}</source>
            <translation>Η εκδήλωση «{title}» εισήχθη από το {file}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="226" />
            <source>Cannot import the event file</source>
            <translation>Δεν είναι δυνατή η εισαγωγή του αρχείου εκδήλωσης</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="239" />
            <source>Export event file</source>
            <translation>Εξαγωγή αρχείου εκδήλωσης</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="248" />
            <source>Cannot export the event</source>
            <translation>Δεν είναι δυνατή η εξαγωγή της εκδήλωσης</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="264" />
            <source>Exported “{title}” to {file}</source>
            <translation>Η εκδήλωση «{title}» εξήχθη στο {file}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="267" />
            <source>Exporting “{title}”…</source>
            <translation>Εξαγωγή της εκδήλωσης «{title}»…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="277" />
            <location filename="../../planner/ui/file_actions.py" line="303" />
            <source>Import calendar</source>
            <translation>Εισαγωγή ημερολογίου</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="297" />
            <location filename="../../planner/ui/file_actions.py" line="333" />
            <source>Cannot import the calendar</source>
            <translation>Δεν είναι δυνατή η εισαγωγή του ημερολογίου</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="315" />
            <source>Updated “{title}” from {file}</source>
            <translation>Η εκδήλωση «{title}» ενημερώθηκε από το {file}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/file_actions.py" line="323" />
            <source>• … and %n more</source>
            <translation>
                <numerusform>• … και %n ακόμη</numerusform>
                <numerusform>• … και %n ακόμη</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="327" />
            <source>Calendar imported</source>
            <translation>Το ημερολόγιο εισήχθη</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="328" />
            <source>Imported “{title}” from {file}.

{notes}</source>
            <translation>Η εκδήλωση «{title}» εισήχθη από το {file}.

{notes}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="349" />
            <source>Export calendar</source>
            <translation>Εξαγωγή ημερολογίου</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="359" />
            <source>Cannot export the calendar</source>
            <translation>Δεν είναι δυνατή η εξαγωγή του ημερολογίου</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="373" />
            <source>Exported the calendar of “{title}” to {file}</source>
            <translation>Το ημερολόγιο της εκδήλωσης «{title}» εξήχθη στο {file}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="377" />
            <source>Exporting the calendar of “{title}”…</source>
            <translation>Εξαγωγή του ημερολογίου της εκδήλωσης «{title}»…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="387" />
            <source>Cannot back up the database</source>
            <translation>Δεν είναι δυνατή η δημιουργία αντιγράφου ασφαλείας της βάσης δεδομένων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" line="389" />
            <source>Backed up to {file}</source>
            <translation>Δημιουργήθηκε αντίγραφο ασφαλείας στο {file}</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="179" />
            <source>Event</source>
            <translation>Εκδήλωση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="181" />
            <source>Dates</source>
            <translation>Ημερομηνίες</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="185" />
            <source>Role</source>
            <translation>Ρόλος</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="186" />
            <source>Status</source>
            <translation>Κατάσταση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="188" />
            <source>Messages</source>
            <translation>Μηνύματα</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/directory/models.py" line="202" />
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
            <location filename="../../planner/ui/mail_password_prompt.py" line="18" />
            <source>There is no usable keyring: {problem}.
Planner asks for the password once per session and keeps it in memory only.</source>
            <translation>Δεν υπάρχει διαθέσιμη κλειδοθήκη: {problem}.
Το Planner ζητά τον κωδικό πρόσβασης μία φορά ανά συνεδρία και τον κρατά μόνο στη μνήμη.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_password_prompt.py" line="23" />
            <source>No password is kept for this account yet; it will be kept in the system keyring.</source>
            <translation>Δεν έχει φυλαχτεί ακόμη κωδικός πρόσβασης για αυτόν τον λογαριασμό· θα φυλαχτεί στην κλειδοθήκη του συστήματος.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_password_prompt.py" line="38" />
            <source>Mail password</source>
            <translation>Κωδικός πρόσβασης αλληλογραφίας</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_password_prompt.py" line="39" />
            <source>Password of {user} on {server}:</source>
            <translation>Κωδικός πρόσβασης του {user} στο {server}:</translation>
        </message>
    </context>
    <context>
        <name>MailServer</name>
        <message>
            <location filename="../../planner/ui/outbox/server.py" line="24" />
            <source>No mail server is set for this database: set one in Edit ▸ Mail settings…, or save the messages as files.</source>
            <translation>Δεν έχει οριστεί διακομιστής αλληλογραφίας για αυτή τη βάση δεδομένων: ορίστε έναν στο Επεξεργασία ▸ Ρυθμίσεις αλληλογραφίας… ή αποθηκεύστε τα μηνύματα ως αρχεία.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/server.py" line="38" />
            <source>{server}, {security} as {user}, from {sender} (change in Edit ▸ Mail settings…)</source>
            <translation>{server}, {security} ως {user}, από {sender} (αλλαγή στο Επεξεργασία ▸ Ρυθμίσεις αλληλογραφίας…)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/server.py" line="44" />
            <source>{server}, {security}, from {sender} (change in Edit ▸ Mail settings…)</source>
            <translation>{server}, {security}, από {sender} (αλλαγή στο Επεξεργασία ▸ Ρυθμίσεις αλληλογραφίας…)</translation>
        </message>
    </context>
    <context>
        <name>MailSettingsDialog</name>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="43" />
            <source>STARTTLS (usually port 587)</source>
            <translation>STARTTLS (συνήθως θύρα 587)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="44" />
            <source>TLS from the start (usually port 465)</source>
            <translation>TLS από την αρχή (συνήθως θύρα 465)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="47" />
            <source>None: no encryption, no login (usually port 25)</source>
            <translation>Καμία: χωρίς κρυπτογράφηση, χωρίς σύνδεση (συνήθως θύρα 25)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="60" />
            <source>Mail settings</source>
            <translation>Ρυθμίσεις αλληλογραφίας</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="68" />
            <source>The account invitations are sent from, for this database.</source>
            <translation>Ο λογαριασμός από τον οποίο στέλνονται οι προσκλήσεις, για αυτή τη βάση δεδομένων.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="72" />
            <source>e.g. smtp.example.org</source>
            <translation>π.χ. smtp.example.org</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="81" />
            <source>often the e-mail address; empty for a server without login</source>
            <translation>συχνά η διεύθυνση e-mail· κενό για διακομιστή χωρίς σύνδεση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="90" />
            <source>e.g. ECRI study visit</source>
            <translation>π.χ. Μελετητική επίσκεψη ECRI</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="92" />
            <source>e.g. events@example.org</source>
            <translation>π.χ. events@example.org</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="95" />
            <source>&amp;Mail server</source>
            <translation>&amp;Διακομιστής αλληλογραφίας</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="96" />
            <source>&amp;Security</source>
            <translation>Α&amp;σφάλεια</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="97" />
            <source>&amp;Port</source>
            <translation>&amp;Θύρα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="98" />
            <source>&amp;User name</source>
            <translation>Όνομα &amp;χρήστη</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="104" />
            <source>Pass&amp;word</source>
            <translation>&amp;Κωδικός πρόσβασης</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="107" />
            <source>Sender &amp;name</source>
            <translation>Όνομα &amp;αποστολέα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="108" />
            <source>Sender &amp;address</source>
            <translation>Διεύθυνση απο&amp;στολέα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="118" />
            <source>Send &amp;test message</source>
            <translation>Αποστολή δοκιμαστικού &amp;μηνύματος</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="120" />
            <source>Send a short message to the sender's own address with these settings</source>
            <translation>Αποστολή σύντομου μηνύματος στη διεύθυνση του αποστολέα με αυτές τις ρυθμίσεις</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="185" />
            <source>No password: without a user name the server is used without logging in.</source>
            <translation>Χωρίς κωδικό πρόσβασης: χωρίς όνομα χρήστη ο διακομιστής χρησιμοποιείται χωρίς σύνδεση.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="198" />
            <source>No usable keyring: {problem}. The password will be asked once per session.</source>
            <translation>Δεν υπάρχει διαθέσιμη κλειδοθήκη: {problem}. Ο κωδικός πρόσβασης θα ζητείται μία φορά ανά συνεδρία.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="202" />
            <source>The password is kept in the system keyring, never in the database.</source>
            <translation>Ο κωδικός πρόσβασης φυλάσσεται στην κλειδοθήκη του συστήματος, ποτέ στη βάση δεδομένων.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="208" />
            <source>(kept; type to change it)</source>
            <translation>(φυλαγμένος· πληκτρολογήστε για αλλαγή)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="251" />
            <source>Saved the mail settings.</source>
            <translation>Οι ρυθμίσεις αλληλογραφίας αποθηκεύτηκαν.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="278" />
            <source>No test message sent: no password was given.</source>
            <translation>Δεν στάλθηκε δοκιμαστικό μήνυμα: δεν δόθηκε κωδικός πρόσβασης.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="285" />
            <source>Sending a test message to {address} through {server}…</source>
            <translation>Αποστολή δοκιμαστικού μηνύματος στο {address} μέσω {server}…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="290" />
            <source>a test message</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>ένα δοκιμαστικό μήνυμα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mail_settings_dialog.py" line="299" />
            <source>✓ {sent}. Look for it in the inbox of {address}.</source>
            <translation>✓ {sent}. Αναζητήστε το στα εισερχόμενα του {address}.</translation>
        </message>
    </context>
    <context>
        <name>MailboxDialog</name>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="40" />
            <source>TLS (usually port 993)</source>
            <translation>TLS (συνήθως θύρα 993)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="41" />
            <source>STARTTLS (usually port 143)</source>
            <translation>STARTTLS (συνήθως θύρα 143)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="42" />
            <source>None: only for a test server on this computer</source>
            <translation>Καμία: μόνο για δοκιμαστικό διακομιστή σε αυτόν τον υπολογιστή</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="44" />
            <source>Fetch replies from mailbox</source>
            <translation>Λήψη απαντήσεων από γραμματοκιβώτιο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="51" />
            <source>The password is kept until Planner closes only, never written down: {problem}.</source>
            <translation>Ο κωδικός πρόσβασης κρατιέται μόνο μέχρι να κλείσει το Planner και δεν καταγράφεται πουθενά: {problem}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="54" />
            <source>The password is kept in the system keyring ({keyring}), never in the database.</source>
            <translation>Ο κωδικός πρόσβασης φυλάσσεται στην κλειδοθήκη του συστήματος ({keyring}), ποτέ στη βάση δεδομένων.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="69" />
            <source>Planner reads the answers to your invitations from the mailbox they arrive in. Only messages with a calendar are downloaded, none is marked as read, and mail about other meetings is left alone.</source>
            <translation>Το Planner διαβάζει τις απαντήσεις στις προσκλήσεις σας από το γραμματοκιβώτιο όπου φτάνουν. Λαμβάνονται μόνο μηνύματα με ημερολόγιο, κανένα δεν σημειώνεται ως αναγνωσμένο και η αλληλογραφία για άλλες συναντήσεις μένει ανέγγιχτη.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="87" />
            <source>usually your e-mail address</source>
            <translation>συνήθως η διεύθυνση e-mail σας</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="91" />
            <source>Server:</source>
            <translation>Διακομιστής:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="92" />
            <source>Security:</source>
            <translation>Ασφάλεια:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="93" />
            <source>Port:</source>
            <translation>Θύρα:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="94" />
            <source>User name:</source>
            <translation>Όνομα χρήστη:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="95" />
            <source>Folder:</source>
            <translation>Φάκελος:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="96" />
            <source>Password:</source>
            <translation>Κωδικός πρόσβασης:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="106" />
            <source>Fetch replies</source>
            <translation>Λήψη απαντήσεων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="129" />
            <source>Fetching reads what arrived since the last fetch.</source>
            <translation>Η λήψη διαβάζει ό,τι έφτασε μετά την τελευταία λήψη.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="151" />
            <source>Type the password of the mailbox.</source>
            <translation>Πληκτρολογήστε τον κωδικό πρόσβασης του γραμματοκιβωτίου.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="166" />
            <source>Reading {folder} on {server}…</source>
            <translation>Ανάγνωση του {folder} στο {server}…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="175" />
            <location filename="../../planner/ui/mailbox_dialog.py" line="194" />
            <source>{error}

Nothing was changed.</source>
            <translation>{error}

Δεν άλλαξε τίποτα.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="179" />
            <source>fetching replies</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>η λήψη απαντήσεων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="199" />
            <source>Reading replies…</source>
            <translation>Ανάγνωση απαντήσεων…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="200" />
            <source>reading replies</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>η ανάγνωση απαντήσεων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="211" />
            <source>In the mailbox: {summary}</source>
            <translation>Στο γραμματοκιβώτιο: {summary}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="212" />
            <source>{message}: left aside, too large to be a reply.</source>
            <translation>{message}: παραλείφθηκε, πολύ μεγάλο για απάντηση.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="216" />
            <source>More messages are waiting: fetch again to read them.</source>
            <translation>Περιμένουν κι άλλα μηνύματα: κάντε ξανά λήψη για να διαβαστούν.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/mailbox_dialog.py" line="222" />
            <source>Replies fetched</source>
            <translation>Λήφθηκαν απαντήσεις</translation>
        </message>
    </context>
    <context>
        <name>MessagePreview</name>
        <message>
            <location filename="../../planner/ui/outbox/preview.py" line="14" />
            <source>From</source>
            <translation>Από</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/preview.py" line="15" />
            <source>Reply-To</source>
            <translation>Απάντηση προς</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/preview.py" line="16" />
            <source>To</source>
            <translation>Προς</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/preview.py" line="17" />
            <source>Subject</source>
            <translation>Θέμα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/preview.py" line="32" />
            <source>the calendar invitation ({method}), shown with Accept / Decline</source>
            <translation>η πρόσκληση ημερολογίου ({method}), με τα κουμπιά Αποδοχή / Απόρριψη</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/preview.py" line="50" />
            <source>Attached: {attachments}</source>
            <translation>Συνημμένα: {attachments}</translation>
        </message>
    </context>
    <context>
        <name>Opening</name>
        <message>
            <location filename="../../planner/ui/opening.py" line="46" />
            <source>Open read-only</source>
            <translation>Άνοιγμα μόνο για ανάγνωση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="47" />
            <source>Restore the backup</source>
            <translation>Επαναφορά του αντιγράφου ασφαλείας</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="48" />
            <source>Cancel</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="51" />
            <source>Read-only: you can look at everything and make documents, but not change anything.</source>
            <translation>Μόνο για ανάγνωση: μπορείτε να δείτε τα πάντα και να δημιουργήσετε έγγραφα, αλλά όχι να αλλάξετε τίποτα.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="53" />
            <source>Planner has not changed the file.</source>
            <translation>Το Planner δεν άλλαξε το αρχείο.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="99" />
            <source>{folder}: cannot create the data folder ({reason})</source>
            <translation>{folder}: δεν είναι δυνατή η δημιουργία του φακέλου δεδομένων ({reason})</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="103" />
            <source>{file}: the folder {folder} does not exist</source>
            <translation>{file}: ο φάκελος {folder} δεν υπάρχει</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="112" />
            <source>{file}: cannot be created: {reason}</source>
            <translation>{file}: δεν είναι δυνατή η δημιουργία: {reason}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="117" />
            <location filename="../../planner/ui/opening.py" line="144" />
            <location filename="../../planner/ui/opening.py" line="181" />
            <source>Opened read-only</source>
            <translation>Άνοιξε μόνο για ανάγνωση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="118" />
            <source>{file}: {reason}, so Planner opens it read-only.

{read_only}</source>
            <translation>{file}: {reason}, γι' αυτό το Planner το ανοίγει μόνο για ανάγνωση.

{read_only}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="128" />
            <source>Database open in another Planner</source>
            <translation>Η βάση δεδομένων είναι ανοιχτή σε άλλο Planner</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="129" />
            <source>{file} is open {where}.

Open it read-only, or cancel?</source>
            <translation>Το {file} είναι ανοιχτό {where}.

Άνοιγμα μόνο για ανάγνωση ή ακύρωση;</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="133" />
            <source>{read_only} What is changed in the other Planner shows here when you open the database again.

{file}</source>
            <translation>{read_only} Ό,τι αλλάζει στο άλλο Planner εμφανίζεται εδώ όταν ανοίξετε ξανά τη βάση δεδομένων.

{file}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="182" />
            <source>{error}.

Planner opens it read-only. {read_only}</source>
            <translation>{error}.

Το Planner το ανοίγει μόνο για ανάγνωση. {read_only}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="243" />
            <source>Is the drive, USB stick or network folder connected? Check the path, or choose another database with File ▸ Open database.</source>
            <translation>Είναι συνδεδεμένος ο δίσκος, το USB stick ή ο φάκελος δικτύου; Ελέγξτε τη διαδρομή ή επιλέξτε άλλη βάση δεδομένων με Αρχείο ▸ Άνοιγμα βάσης δεδομένων.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="261" />
            <source>{untouched} Choose a Planner database with File ▸ Open database.</source>
            <translation>{untouched} Επιλέξτε μια βάση δεδομένων Planner με Αρχείο ▸ Άνοιγμα βάσης δεδομένων.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="265" />
            <source>{untouched} Restore a backup of it, or choose another database with File ▸ Open database.</source>
            <translation>{untouched} Επαναφέρετε ένα αντίγραφο ασφαλείας του ή επιλέξτε άλλη βάση δεδομένων με Αρχείο ▸ Άνοιγμα βάσης δεδομένων.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="270" />
            <source>Check that you may read this file, or choose another database with File ▸ Open database.</source>
            <translation>Ελέγξτε ότι έχετε δικαίωμα ανάγνωσης αυτού του αρχείου ή επιλέξτε άλλη βάση δεδομένων με Αρχείο ▸ Άνοιγμα βάσης δεδομένων.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="274" />
            <source>{untouched} Choose another database with File ▸ Open database.</source>
            <translation>{untouched} Επιλέξτε άλλη βάση δεδομένων με Αρχείο ▸ Άνοιγμα βάσης δεδομένων.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="283" />
            <location filename="../../planner/ui/opening.py" line="317" />
            <source>Cannot open the database</source>
            <translation>Δεν είναι δυνατό το άνοιγμα της βάσης δεδομένων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="292" />
            <source>what it holds cannot be read</source>
            <translation>το περιεχόμενό του δεν είναι αναγνώσιμο</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/opening.py" line="294" />
            <source>%n event(s), the newest: {event}</source>
            <translation>
                <numerusform>%n εκδήλωση, η νεότερη: {event}</numerusform>
                <numerusform>%n εκδηλώσεις, η νεότερη: {event}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/opening.py" line="298" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n εκδήλωση</numerusform>
                <numerusform>%n εκδηλώσεις</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="299" />
            <source>the backup of {made} ({holds})</source>
            <translation>το αντίγραφο ασφαλείας της {made} ({holds})</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="318" />
            <source>{error}.

Restore {backup}?</source>
            <translation>{error}.

Να γίνει επαναφορά από {backup};</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="320" />
            <source>{untouched} Restoring keeps it: backed up, or set aside beside it as {file}.damaged-… when it cannot be read at all. Nothing is deleted.</source>
            <translation>{untouched} Η επαναφορά το διατηρεί: σε αντίγραφο ασφαλείας ή, αν δεν διαβάζεται καθόλου, δίπλα του ως {file}.damaged-…. Δεν διαγράφεται τίποτα.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="335" />
            <source>Cannot restore the backup</source>
            <translation>Δεν είναι δυνατή η επαναφορά του αντιγράφου ασφαλείας</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="338" />
            <source>{file}: restored {backup}.</source>
            <translation>{file}: έγινε επαναφορά από {backup}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="340" />
            <source>The file as it was is kept in {file}.</source>
            <translation>Το αρχείο όπως ήταν φυλάσσεται στο {file}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/opening.py" line="341" />
            <source>Backup restored</source>
            <translation>Έγινε επαναφορά του αντιγράφου ασφαλείας</translation>
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
            <translation>Καμία</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="30" />
            <source>Country</source>
            <translation>Χώρα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="31" />
            <source>Organisation</source>
            <translation>Οργανισμός</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="35" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="36" />
            <source>Dietary and access needs</source>
            <translation>Διατροφή και προσβασιμότητα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="37" />
            <source>Arrival and departure</source>
            <translation>Άφιξη και αναχώρηση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="71" />
            <source>Which document to make; the options below follow it</source>
            <translation>Ποιο έγγραφο θα δημιουργηθεί· οι παρακάτω επιλογές προσαρμόζονται σε αυτό</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="89" />
            <source>Headings by country or organisation, with the people of each under it</source>
            <translation>Επικεφαλίδες ανά χώρα ή οργανισμό, με τα πρόσωπα του καθενός από κάτω</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="92" />
            <source>Everyone's itinerary, or one traveller's own</source>
            <translation>Το δρομολόγιο όλων ή ενός μόνο ταξιδιώτη</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="97" />
            <source>Empty numbered rows at the end of each sheet, for people who come unannounced</source>
            <translation>Κενές αριθμημένες γραμμές στο τέλος κάθε φύλλου, για όσους έρχονται χωρίς δήλωση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="100" />
            <location filename="../../planner/ui/documents/options.py" line="182" />
            <location filename="../../planner/ui/documents/options.py" line="193" />
            <source>as selected in the Participants tab</source>
            <translation>όπως επιλέχθηκαν στην καρτέλα «Συμμετέχοντες»</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="106" />
            <source>&amp;Document</source>
            <translation>&amp;Έγγραφο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="108" />
            <source>&amp;Paper</source>
            <translation>&amp;Χαρτί</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="110" />
            <source>Also show</source>
            <translation>Εμφάνιση επίσης</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="111" />
            <source>&amp;Group by</source>
            <translation>&amp;Ομαδοποίηση κατά</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="112" />
            <source>&amp;Traveller</source>
            <translation>&amp;Ταξιδιώτης</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="113" />
            <source>&amp;Blank rows</source>
            <translation>&amp;Κενές γραμμές</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="150" />
            <source>Everyone</source>
            <translation>Όλοι</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="172" />
            <source>Only the selected participants</source>
            <translation>Μόνο οι επιλεγμένοι συμμετέχοντες</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="174" />
            <source>Select participants in the Participants tab first (Ctrl+click adds one)</source>
            <translation>Επιλέξτε πρώτα συμμετέχοντες στην καρτέλα «Συμμετέχοντες» (Ctrl+κλικ για προσθήκη)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="176" />
            <source>none selected in the Participants tab</source>
            <translation>κανείς δεν έχει επιλεγεί στην καρτέλα «Συμμετέχοντες»</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="178" />
            <source>Only the selected participant</source>
            <translation>Μόνο ο επιλεγμένος συμμετέχων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/options.py" line="180" />
            <source>Make the document for the participant selected in the Participants tab</source>
            <translation>Δημιουργία του εγγράφου για τον συμμετέχοντα που επιλέχθηκε στην καρτέλα «Συμμετέχοντες»</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/documents/options.py" line="184" />
            <source>Only the %n selected participants</source>
            <translation>
                <numerusform>Μόνο ο %n επιλεγμένος συμμετέχων</numerusform>
                <numerusform>Μόνο οι %n επιλεγμένοι συμμετέχοντες</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/documents/options.py" line="186" />
            <source>Make the document for the %n participants selected in the Participants tab</source>
            <translation>
                <numerusform>Δημιουργία του εγγράφου για τον %n συμμετέχοντα που επιλέχθηκε στην καρτέλα «Συμμετέχοντες»</numerusform>
                <numerusform>Δημιουργία του εγγράφου για τους %n συμμετέχοντες που επιλέχθηκαν στην καρτέλα «Συμμετέχοντες»</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrganisationDialog</name>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="113" />
            <source>Name</source>
            <translation>Όνομα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="114" />
            <source>Kind</source>
            <translation>Είδος</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="115" />
            <source>Region</source>
            <translation>Περιφέρεια</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="116" />
            <source>Country</source>
            <translation>Χώρα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="117" />
            <source>Website</source>
            <translation>Ιστότοπος</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="134" />
            <source>New organisation</source>
            <translation>Νέος οργανισμός</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="136" />
            <source>Organisation</source>
            <translation>Οργανισμός</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsModel</name>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="149" />
            <source>Name</source>
            <translation>Όνομα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="150" />
            <source>Kind</source>
            <translation>Είδος</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="151" />
            <source>Region</source>
            <translation>Περιφέρεια</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="153" />
            <source>Country</source>
            <translation>Χώρα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="158" />
            <source>Members</source>
            <translation>Μέλη</translation>
        </message>
    </context>
    <context>
        <name>OutboxDialog</name>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="62" />
            <source>Recipient</source>
            <translation>Παραλήπτης</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="63" />
            <source>Gets</source>
            <translation>Λαμβάνει</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="64" />
            <source>Why</source>
            <translation>Αιτία</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="69" />
            <source>New invitation</source>
            <translation>Νέα πρόσκληση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="70" />
            <source>Update</source>
            <translation>Ενημέρωση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="71" />
            <source>Cancellation</source>
            <translation>Ακύρωση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="72" />
            <source>Nothing</source>
            <translation>Τίποτα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="73" />
            <source>Message</source>
            <translation>Μήνυμα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="74" />
            <source>Message, incomplete</source>
            <translation>Μήνυμα, ελλιπές</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="138" />
            <source>%n saved</source>
            <translation>
                <numerusform>%n αποθηκεύτηκε</numerusform>
                <numerusform>%n αποθηκεύτηκαν</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="140" />
            <source>%n sent</source>
            <translation>
                <numerusform>%n στάλθηκε</numerusform>
                <numerusform>%n στάλθηκαν</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="142" />
            <source>%n failed</source>
            <translation>
                <numerusform>%n απέτυχε</numerusform>
                <numerusform>%n απέτυχαν</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="144" />
            <source>%n not sent (stopped)</source>
            <translation>
                <numerusform>%n δεν στάλθηκε (διακοπή)</numerusform>
                <numerusform>%n δεν στάλθηκαν (διακοπή)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="146" />
            <source>%n got nothing</source>
            <translation>
                <numerusform>%n δεν έλαβε τίποτα</numerusform>
                <numerusform>%n δεν έλαβαν τίποτα</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="153" />
            <source>Run again to deliver only what is missing.</source>
            <translation>Εκτελέστε ξανά για να παραδοθούν μόνο όσα λείπουν.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="154" />
            <source>FAILED: {recipient}: {reason}</source>
            <translation>ΑΠΟΤΥΧΙΑ: {recipient}: {reason}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="156" />
            <source>Not saved, stopped: {recipient}</source>
            <translation>Δεν αποθηκεύτηκε, διακοπή: {recipient}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="158" />
            <source>Not sent, stopped: {recipient}</source>
            <translation>Δεν στάλθηκε, διακοπή: {recipient}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="161" />
            <source>Saved: {recipient}</source>
            <translation>Αποθηκεύτηκε: {recipient}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="163" />
            <source>Sent: {recipient}</source>
            <translation>Στάλθηκε: {recipient}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="172" />
            <source>Nothing was saved.</source>
            <translation>Δεν αποθηκεύτηκε τίποτα.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="174" />
            <source>Nothing was sent.</source>
            <translation>Δεν στάλθηκε τίποτα.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="181" />
            <source>%n new invitation(s)</source>
            <translation>
                <numerusform>%n νέα πρόσκληση</numerusform>
                <numerusform>%n νέες προσκλήσεις</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="183" />
            <source>%n update(s)</source>
            <translation>
                <numerusform>%n ενημέρωση</numerusform>
                <numerusform>%n ενημερώσεις</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="185" />
            <source>%n cancellation(s)</source>
            <translation>
                <numerusform>%n ακύρωση</numerusform>
                <numerusform>%n ακυρώσεις</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="187" />
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n μήνυμα</numerusform>
                <numerusform>%n μηνύματα</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="189" />
            <source>%n incomplete message(s)</source>
            <translation>
                <numerusform>%n ελλιπές μήνυμα</numerusform>
                <numerusform>%n ελλιπή μηνύματα</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="198" />
            <source>Nobody to write to: the event has no participants.</source>
            <translation>Κανείς για να του γράψετε: η εκδήλωση δεν έχει συμμετέχοντες.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="204" />
            <source>Nothing to send: none of the %n people listed is due a message.</source>
            <translation>
                <numerusform>Τίποτα προς αποστολή: για το %n πρόσωπο της λίστας δεν εκκρεμεί μήνυμα.</numerusform>
                <numerusform>Τίποτα προς αποστολή: για κανένα από τα %n πρόσωπα της λίστας δεν εκκρεμεί μήνυμα.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="209" />
            <source>%n message(s) to deliver.</source>
            <translation>
                <numerusform>%n μήνυμα προς παράδοση.</numerusform>
                <numerusform>%n μηνύματα προς παράδοση.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="213" />
            <source>%n message(s) to deliver: {what}.</source>
            <translation>
                <numerusform>%n μήνυμα προς παράδοση: {what}.</numerusform>
                <numerusform>%n μηνύματα προς παράδοση: {what}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="216" />
            <source>1 person gets nothing (see why below).</source>
            <translation>1 πρόσωπο δεν λαμβάνει τίποτα (δείτε παρακάτω γιατί).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/outbox/dialog.py" line="218" />
            <source>%n people get nothing (see why below).</source>
            <translation>
                <numerusform>%n πρόσωπο δεν λαμβάνει τίποτα (δείτε παρακάτω γιατί).</numerusform>
                <numerusform>%n πρόσωπα δεν λαμβάνουν τίποτα (δείτε παρακάτω γιατί).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="253" />
            <location filename="../../planner/ui/outbox/dialog.py" line="381" />
            <source>Preparing the messages…</source>
            <translation>Προετοιμασία των μηνυμάτων…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="272" />
            <source>Select a recipient to see their message.</source>
            <translation>Επιλέξτε έναν παραλήπτη για να δείτε το μήνυμά του.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="289" />
            <location filename="../../planner/ui/outbox/dialog.py" line="353" />
            <source>Send</source>
            <translation>Αποστολή</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="292" />
            <source>Close</source>
            <translation>Κλείσιμο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="307" />
            <source>Deliver</source>
            <translation>Παράδοση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="309" />
            <source>Send through the mail server</source>
            <translation>Αποστολή μέσω του διακομιστή αλληλογραφίας</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="315" />
            <source>Save as e-mail files (.eml) in a folder, to send from your own mail program</source>
            <translation>Αποθήκευση ως αρχεία e-mail (.eml) σε φάκελο, για αποστολή από το δικό σας πρόγραμμα αλληλογραφίας</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="318" />
            <source>Choose a folder…</source>
            <translation>Επιλέξτε φάκελο…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="319" />
            <source>Browse…</source>
            <translation>Αναζήτηση…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="322" />
            <source>I will send these files myself: count them as sent, so next time only changes go out</source>
            <translation>Θα στείλω ο ίδιος αυτά τα αρχεία: να μετρηθούν ως σταλμένα, ώστε την επόμενη φορά να σταλούν μόνο οι αλλαγές</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="342" />
            <source>Folder for the messages</source>
            <translation>Φάκελος για τα μηνύματα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="353" />
            <source>Save files</source>
            <translation>Αποθήκευση αρχείων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="375" />
            <source>Cannot prepare the messages: {error}</source>
            <translation>Δεν είναι δυνατή η προετοιμασία των μηνυμάτων: {error}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="380" />
            <source>preparing the messages</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>η προετοιμασία των μηνυμάτων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="417" />
            <source>{recipient} gets nothing: {reason}.</source>
            <translation>Ο/Η {recipient} δεν λαμβάνει τίποτα: {reason}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="489" />
            <source>Saving the messages…</source>
            <translation>Αποθήκευση των μηνυμάτων…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="491" />
            <source>Sending the messages…</source>
            <translation>Αποστολή των μηνυμάτων…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/dialog.py" line="495" />
            <source>sending the messages</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>η αποστολή των μηνυμάτων</translation>
        </message>
    </context>
    <context>
        <name>OutputCheck</name>
        <message>
            <location filename="../../planner/ui/output_check.py" line="20" />
            <source>a PDF</source>
            <translation>ένα PDF</translation>
        </message>
        <message>
            <location filename="../../planner/ui/output_check.py" line="21" />
            <source>a Planner event file</source>
            <translation>ένα αρχείο εκδήλωσης Planner</translation>
        </message>
        <message>
            <location filename="../../planner/ui/output_check.py" line="22" />
            <source>a calendar (.ics)</source>
            <translation>ένα ημερολόγιο (.ics)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/output_check.py" line="23" />
            <source>a CSV list</source>
            <translation>μια λίστα CSV</translation>
        </message>
        <message>
            <location filename="../../planner/ui/output_check.py" line="24" />
            <source>an Excel workbook (.xlsx)</source>
            <translation>ένα βιβλίο εργασίας Excel (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/output_check.py" line="25" />
            <source>an e-mail message (.eml)</source>
            <translation>ένα μήνυμα e-mail (.eml)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/output_check.py" line="26" />
            <source>a Planner backup</source>
            <translation>ένα αντίγραφο ασφαλείας Planner</translation>
        </message>
        <message>
            <location filename="../../planner/ui/output_check.py" line="40" />
            <source>{reason}.

Replace it with {kind}? What it holds now will be lost.</source>
            <translation>{reason}.

Να αντικατασταθεί με {kind}; Το τρέχον περιεχόμενό του θα χαθεί.</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="120" />
            <source>Name</source>
            <translation>Όνομα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="122" />
            <source>Organisation</source>
            <translation>Οργανισμός</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="127" />
            <source>Country</source>
            <translation>Χώρα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="131" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/models.py" line="132" />
            <source>Events</source>
            <translation>Εκδηλώσεις</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="69" />
            <source>Gender</source>
            <translation>Φύλο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="32" />
            <source>Honorific</source>
            <translation>Προσφώνηση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="33" />
            <source>e.g. Dr., Ms., Prof.</source>
            <translation>π.χ. Δρ., κα, Καθ.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="35" />
            <source>Given name</source>
            <translation>Όνομα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="36" />
            <source>Family name</source>
            <translation>Επώνυμο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="39" />
            <source>Organisation</source>
            <translation>Οργανισμός</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="44" />
            <source>Position</source>
            <translation>Θέση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="45" />
            <source>Region</source>
            <translation>Περιφέρεια</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="46" />
            <source>Country</source>
            <translation>Χώρα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="47" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="48" />
            <source>Phone</source>
            <translation>Τηλέφωνο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="51" />
            <source>Dietary needs</source>
            <translation>Διατροφικές ανάγκες</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="52" />
            <source>e.g. vegetarian, allergies</source>
            <translation>π.χ. χορτοφάγος, αλλεργίες</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="56" />
            <source>Access needs</source>
            <translation>Ανάγκες προσβασιμότητας</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="57" />
            <source>e.g. wheelchair access</source>
            <translation>π.χ. πρόσβαση με αναπηρικό αμαξίδιο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="67" />
            <source>Pick one, or type a new organisation's name</source>
            <translation>Επιλέξτε ή πληκτρολογήστε το όνομα ενός νέου οργανισμού</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="68" />
            <source>Pick an organisation of the Directory, or type the name of a new one</source>
            <translation>Επιλέξτε οργανισμό από το Ευρετήριο ή πληκτρολογήστε το όνομα ενός νέου</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="95" />
            <source>New person</source>
            <translation>Νέο πρόσωπο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/directory/dialogs.py" line="97" />
            <source>Person</source>
            <translation>Πρόσωπο</translation>
        </message>
    </context>
    <context>
        <name>PersonalCalendarsDialog</name>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="52" />
            <source>Personal calendars</source>
            <translation>Προσωπικά ημερολόγια</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/calendar_menu.py" line="57" />
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} και %n ακόμη</numerusform>
                <numerusform>{names} και %n ακόμη</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="61" />
            <source>A calendar for {name}: the programme with their own items marked, their travel and hotel.</source>
            <translation>Ένα ημερολόγιο για {name}: το πρόγραμμα με επισημασμένα τα δικά του σημεία, τα ταξίδια και το ξενοδοχείο.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/calendar_menu.py" line="67" />
            <source>A calendar for each of the %n participants selected ({names}), one file each in a folder you choose: the programme with their own items marked, their travel and hotel.</source>
            <translation>
                <numerusform>Ένα ημερολόγιο για τον %n επιλεγμένο συμμετέχοντα ({names}), σε ένα αρχείο σε φάκελο της επιλογής σας: το πρόγραμμα με επισημασμένα τα δικά του σημεία, τα ταξίδια και το ξενοδοχείο.</numerusform>
                <numerusform>Ένα ημερολόγιο για καθέναν από τους %n επιλεγμένους συμμετέχοντες ({names}), ένα αρχείο για τον καθένα σε φάκελο της επιλογής σας: το πρόγραμμα με επισημασμένα τα δικά του σημεία, τα ταξίδια και το ξενοδοχείο.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="79" />
            <source>With the open actions they own</source>
            <translation>Με τις ανοιχτές ενέργειες για τις οποίες είναι υπεύθυνοι</translation>
        </message>
        <message>
            <location filename="../../planner/ui/calendar_menu.py" line="83" />
            <source>Choose where…</source>
            <translation>Επιλογή θέσης…</translation>
        </message>
    </context>
    <context>
        <name>Renderer</name>
        <message>
            <location filename="../../planner/ui/documents/render.py" line="48" />
            <source>This version of Planner does not include this document.</source>
            <translation>Αυτή η έκδοση του Planner δεν περιλαμβάνει αυτό το έγγραφο.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/render.py" line="88" />
            <source>rendering the {document} of event {event}</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>η δημιουργία του εγγράφου «{document}» για την εκδήλωση {event}</translation>
        </message>
    </context>
    <context>
        <name>ReplyActions</name>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="27" />
            <source>Replies (*.eml *.ics);;All files (*)</source>
            <translation>Απαντήσεις (*.eml *.ics);;Όλα τα αρχεία (*)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="37" />
            <source>Import &amp;replies to invitations…</source>
            <translation>Εισαγωγή &amp;απαντήσεων σε προσκλήσεις…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="40" />
            <source>Read partners' answers (.eml or .ics) into their participant status</source>
            <translation>Καταχώριση των απαντήσεων των εταίρων (.eml ή .ics) στην κατάσταση συμμετοχής τους</translation>
        </message>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="43" />
            <source>&amp;Fetch replies from mailbox…</source>
            <translation>&amp;Λήψη απαντήσεων από γραμματοκιβώτιο…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="46" />
            <source>Read the answers to your invitations from the mailbox they arrive in (IMAP)</source>
            <translation>Ανάγνωση των απαντήσεων στις προσκλήσεις σας από το γραμματοκιβώτιο όπου φτάνουν (IMAP)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="55" />
            <source>Import replies</source>
            <translation>Εισαγωγή απαντήσεων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="69" />
            <source>Cannot fetch replies</source>
            <translation>Δεν είναι δυνατή η λήψη απαντήσεων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="81" />
            <location filename="../../planner/ui/replies_actions.py" line="94" />
            <source>Cannot import the replies</source>
            <translation>Δεν είναι δυνατή η εισαγωγή των απαντήσεων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="82" />
            <source>{error}

Nothing was changed.</source>
            <translation>{error}

Δεν άλλαξε τίποτα.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="88" />
            <source>Reading replies…</source>
            <translation>Ανάγνωση απαντήσεων…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="89" />
            <source>reading replies</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>η ανάγνωση απαντήσεων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/replies_actions.py" line="101" />
            <location filename="../../planner/ui/replies_actions.py" line="103" />
            <source>Replies read</source>
            <translation>Οι απαντήσεις διαβάστηκαν</translation>
        </message>
    </context>
    <context>
        <name>SendInvitations</name>
        <message>
            <location filename="../../planner/ui/outbox/invitations.py" line="20" />
            <source>Each participant gets their own invitation, which calendar programs show with Accept and Decline; whoever was sent one before gets an update only if the event changed, and whoever no longer comes gets a cancellation. Their answers come back with Calendar ▸ Fetch replies from mailbox… or Calendar ▸ Import replies to invitations…</source>
            <translation>Κάθε συμμετέχων λαμβάνει τη δική του πρόσκληση, την οποία τα προγράμματα ημερολογίου εμφανίζουν με Αποδοχή και Απόρριψη· όποιος έχει ήδη λάβει πρόσκληση λαμβάνει ενημέρωση μόνο αν άλλαξε η εκδήλωση, και όποιος δεν έρχεται πια λαμβάνει ακύρωση. Οι απαντήσεις τους επιστρέφουν με Ημερολόγιο ▸ Λήψη απαντήσεων από γραμματοκιβώτιο… ή Ημερολόγιο ▸ Εισαγωγή απαντήσεων σε προσκλήσεις…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/outbox/invitations.py" line="33" />
            <source>Send invitations</source>
            <translation>Αποστολή προσκλήσεων</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="45" />
            <source>Message templates</source>
            <translation>Πρότυπα μηνυμάτων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="51" />
            <source>&amp;New</source>
            <translation>&amp;Νέο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="53" />
            <source>&amp;Copy</source>
            <translation>Α&amp;ντιγραφή</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="55" />
            <source>A template of your own with the same text, to change</source>
            <translation>Ένα δικό σας πρότυπο με το ίδιο κείμενο, για να το αλλάξετε</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="58" />
            <source>&amp;Delete</source>
            <translation>&amp;Διαγραφή</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="73" />
            <source>&amp;Save changes</source>
            <translation>Α&amp;ποθήκευση αλλαγών</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="80" />
            <source>Name:</source>
            <translation>Όνομα:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="81" />
            <source>Subject:</source>
            <translation>Θέμα:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="82" />
            <source>Body:</source>
            <translation>Κείμενο:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="96" />
            <source>&amp;Insert</source>
            <translation>&amp;Εισαγωγή</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="98" />
            <source>Put the placeholder chosen where the cursor is in the subject or the body</source>
            <translation>Εισαγωγή του επιλεγμένου πεδίου συγχώνευσης στη θέση του δρομέα, στο θέμα ή στο κείμενο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="107" />
            <source>Placeholders (double-click to insert):</source>
            <translation>Πεδία συγχώνευσης (διπλό κλικ για εισαγωγή):</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="110" />
            <source>Preview for:</source>
            <translation>Προεπισκόπηση για:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="149" />
            <source>{name} (shipped)</source>
            <translation>{name} (ενσωματωμένο)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="157" />
            <source>Shipped with Planner: read-only; copy it to make one of your own</source>
            <translation>Ενσωματωμένο στο Planner: μόνο για ανάγνωση· αντιγράψτε το για να φτιάξετε ένα δικό σας</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="176" />
            <source>Person {number}</source>
            <translation>Πρόσωπο {number}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="204" />
            <source>Shipped with Planner and read-only: Copy makes one of your own to change.</source>
            <translation>Ενσωματωμένο στο Planner και μόνο για ανάγνωση: η Αντιγραφή δημιουργεί ένα δικό σας για να το αλλάξετε.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="209" />
            <source>Your own template.</source>
            <translation>Δικό σας πρότυπο.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="216" />
            <source>Open an event with participants to see a preview.</source>
            <translation>Ανοίξτε μια εκδήλωση με συμμετέχοντες για να δείτε προεπισκόπηση.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="224" />
            <source>Cannot be filled in: {error}</source>
            <translation>Δεν είναι δυνατή η συμπλήρωση: {error}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="226" />
            <source>Subject: {subject}</source>
            <translation>Θέμα: {subject}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="229" />
            <source>Missing, so not sent unless you say so: {problem}</source>
            <translation>Λείπει, οπότε δεν στέλνεται εκτός αν το ζητήσετε: {problem}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="285" />
            <source>New template</source>
            <translation>Νέο πρότυπο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="286" />
            <source>Dear {given_name},</source>
            <translation>Αγαπητέ/ή {given_name},</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="306" />
            <source>Delete template</source>
            <translation>Διαγραφή προτύπου</translation>
        </message>
        <message>
            <location filename="../../planner/ui/templates_dialog.py" line="307" />
            <source>Delete the template '{name}'? Edit ▸ Undo brings it back.</source>
            <translation>Να διαγραφεί το πρότυπο «{name}»; Η εντολή Επεξεργασία ▸ Αναίρεση το επαναφέρει.</translation>
        </message>
    </context>
    <context>
        <name>ZoomBar</name>
        <message>
            <location filename="../../planner/ui/documents/zoom.py" line="32" />
            <source>Zoom out</source>
            <translation>Σμίκρυνση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/zoom.py" line="35" />
            <source>Zoom in</source>
            <translation>Μεγέθυνση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/zoom.py" line="38" />
            <source>Fit width</source>
            <translation>Πλάτος σελίδας</translation>
        </message>
        <message>
            <location filename="../../planner/ui/documents/zoom.py" line="41" />
            <source>The whole width of the page</source>
            <translation>Όλο το πλάτος της σελίδας</translation>
        </message>
    </context>
</TS>
