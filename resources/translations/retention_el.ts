<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>AuditDateField</name>
    <message>
        <source>The funder's evidence of this programme's events (names, organisations, signed sheets) is kept until this day; after it Planner proposes anonymising them. Empty: not known yet, kept.</source>
        <translation>Τα αποδεικτικά για τον χρηματοδότη των εκδηλώσεων αυτού του προγράμματος (ονόματα, οργανισμοί, υπογεγραμμένα φύλλα) διατηρούνται έως αυτή την ημέρα· μετά το Planner προτείνει την ανωνυμοποίησή τους. Κενό: δεν είναι ακόμη γνωστή, διατηρούνται.</translation>
    </message>
    <message>
        <source>Empty while not known: the evidence is kept.</source>
        <translation>Κενό όσο δεν είναι γνωστή: τα αποδεικτικά διατηρούνται.</translation>
    </message>
    <message>
        <source>Evidence kept &amp;until</source>
        <translation>Αποδεικτικά διατηρούνται έ&amp;ως</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Before removing personal data</source>
        <translation>Πριν από τη διαγραφή προσωπικών δεδομένων</translation>
    </message>
</context>
<context>
    <name>DataProtectionDialog</name>
    <message numerus="yes">
        <source>{event} ({day}): the dietary and access needs of %n participant(s)</source>
        <translation>
            <numerusform>{event} ({day}): οι διατροφικές ανάγκες και οι ανάγκες προσβασιμότητας %n συμμετέχοντα</numerusform><numerusform>{event} ({day}): οι διατροφικές ανάγκες και οι ανάγκες προσβασιμότητας %n συμμετεχόντων</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{event} ({day}): the names, positions, e-mail addresses, phone numbers and needs of %n participant(s); their countries, organisations and genders stay for the statistics</source>
        <translation>
            <numerusform>{event} ({day}): το όνομα, η θέση, η διεύθυνση email, το τηλέφωνο και οι ανάγκες %n συμμετέχοντα· η χώρα, ο οργανισμός και το φύλο παραμένουν για τα στατιστικά</numerusform><numerusform>{event} ({day}): τα ονόματα, οι θέσεις, οι διευθύνσεις email, τα τηλέφωνα και οι ανάγκες %n συμμετεχόντων· οι χώρες, οι οργανισμοί και τα φύλα παραμένουν για τα στατιστικά</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) keep their needs: they come to a later event</source>
        <translation>
            <numerusform>%n συμμετέχων διατηρεί τις ανάγκες του: συμμετέχει σε μεταγενέστερη εκδήλωση</numerusform><numerusform>%n συμμετέχοντες διατηρούν τις ανάγκες τους: συμμετέχουν σε μεταγενέστερη εκδήλωση</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) stay named: another event whose records are still kept lists them</source>
        <translation>
            <numerusform>%n συμμετέχων παραμένει με το όνομά του: αναφέρεται σε άλλη εκδήλωση της οποίας τα αρχεία διατηρούνται ακόμη</numerusform><numerusform>%n συμμετέχοντες παραμένουν με το όνομά τους: αναφέρονται σε άλλη εκδήλωση της οποίας τα αρχεία διατηρούνται ακόμη</numerusform></translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Προστασία δεδομένων</translation>
    </message>
    <message>
        <source>Dietary and access needs are health data. Planner proposes removing them a set time after each event, and the names and contact details of an event's participants once its programme's audit date has passed (the statistics stay). Nothing is removed until you agree.</source>
        <translation>Οι διατροφικές ανάγκες και οι ανάγκες προσβασιμότητας είναι δεδομένα υγείας. Το Planner προτείνει τη διαγραφή τους ορισμένο χρόνο μετά από κάθε εκδήλωση, και των ονομάτων και των στοιχείων επικοινωνίας των συμμετεχόντων μιας εκδήλωσης μόλις περάσει η ημερομηνία ελέγχου του προγράμματός της (τα στατιστικά παραμένουν). Τίποτα δεν διαγράφεται χωρίς τη συγκατάθεσή σας.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ημέρες</translation>
    </message>
    <message>
        <source>Days needs are kept after each event</source>
        <translation>Ημέρες διατήρησης των αναγκών μετά από κάθε εκδήλωση</translation>
    </message>
    <message>
        <source>&amp;Keep dietary and access needs for</source>
        <translation>&amp;Διατήρηση διατροφικών αναγκών και αναγκών προσβασιμότητας για</translation>
    </message>
    <message>
        <source>after each event's last day</source>
        <translation>μετά την τελευταία ημέρα κάθε εκδήλωσης</translation>
    </message>
    <message>
        <source>An event may keep them longer or shorter: see its Overview.</source>
        <translation>Μια εκδήλωση μπορεί να τις διατηρεί περισσότερο ή λιγότερο: δείτε την Επισκόπησή της.</translation>
    </message>
    <message>
        <source>Past its retention date</source>
        <translation>Έχει λήξει ο χρόνος διατήρησης</translation>
    </message>
    <message>
        <source>Nothing is past its retention date.</source>
        <translation>Τίποτα δεν έχει υπερβεί τον χρόνο διατήρησης.</translation>
    </message>
    <message>
        <source>&amp;Remove checked…</source>
        <translation>&amp;Διαγραφή επιλεγμένων…</translation>
    </message>
    <message>
        <source>Removed so far</source>
        <translation>Διαγραφές μέχρι τώρα</translation>
    </message>
    <message>
        <source>Due since {day}</source>
        <translation>Εκκρεμεί από {day}</translation>
    </message>
    <message>
        <source>an event since deleted</source>
        <translation>μια εκδήλωση που διαγράφηκε στο μεταξύ</translation>
    </message>
    <message>
        <source>Nothing has been removed yet.</source>
        <translation>Δεν έχει διαγραφεί τίποτα ακόμη.</translation>
    </message>
    <message>
        <source>A backup is made first. Edit ▸ Undo brings it all back until you close Planner.</source>
        <translation>Πρώτα δημιουργείται αντίγραφο ασφαλείας. Η Επεξεργασία ▸ Αναίρεση τα επαναφέρει όλα μέχρι να κλείσετε το Planner.</translation>
    </message>
    <message>
        <source>Remove personal data?</source>
        <translation>Διαγραφή προσωπικών δεδομένων;</translation>
    </message>
    <message>
        <source>This will be removed:</source>
        <translation>Θα διαγραφούν τα εξής:</translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation>Δεν διαγράφηκε τίποτα</translation>
    </message>
    <message>
        <source>{problem}.

Without a backup, nothing was removed.</source>
        <translation>{problem}.

Χωρίς αντίγραφο ασφαλείας δεν διαγράφηκε τίποτα.</translation>
    </message>
    <message numerus="yes">
        <source>Removed: %n item(s).</source>
        <translation>
            <numerusform>Διαγράφηκε: %n στοιχείο.</numerusform><numerusform>Διαγράφηκαν: %n στοιχεία.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) kept: a later event, or another event whose records are still kept, needs them.</source>
        <translation>
            <numerusform>Διατηρήθηκε %n συμμετέχων: τον χρειάζεται μεταγενέστερη εκδήλωση ή άλλη εκδήλωση της οποίας τα αρχεία διατηρούνται ακόμη.</numerusform><numerusform>Διατηρήθηκαν %n συμμετέχοντες: τους χρειάζεται μεταγενέστερη εκδήλωση ή άλλη εκδήλωση της οποίας τα αρχεία διατηρούνται ακόμη.</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Catering needs</source>
        <translation>Ανάγκες για την τροφοδοσία</translation>
    </message>
    <message>
        <source>catering needs</source>
        <translation>ανάγκες για την τροφοδοσία</translation>
    </message>
    <message>
        <source>Dietary and access needs counted, without names, for the caterer</source>
        <translation>Διατροφικές ανάγκες και ανάγκες προσβασιμότητας καταμετρημένες, χωρίς ονόματα, για την τροφοδοσία</translation>
    </message>
    <message>
        <source>Cat&amp;ering needs…</source>
        <translation>Ανάγκες για την &amp;τροφοδοσία…</translation>
    </message>
</context>
<context>
    <name>HealthData</name>
    <message numerus="yes">
        <source>Health data: kept for catering and access only, and removed %n day(s) after the person's last event (an event may set its own time), once you agree in File ▸ Data protection…</source>
        <translation>
            <numerusform>Δεδομένα υγείας: διατηρούνται μόνο για την τροφοδοσία και την προσβασιμότητα και διαγράφονται %n ημέρα μετά την τελευταία εκδήλωση του ατόμου (μια εκδήλωση μπορεί να ορίζει δικό της χρόνο), αφού συμφωνήσετε στο Αρχείο ▸ Προστασία δεδομένων…</numerusform><numerusform>Δεδομένα υγείας: διατηρούνται μόνο για την τροφοδοσία και την προσβασιμότητα και διαγράφονται %n ημέρες μετά την τελευταία εκδήλωση του ατόμου (μια εκδήλωση μπορεί να ορίζει δικό της χρόνο), αφού συμφωνήσετε στο Αρχείο ▸ Προστασία δεδομένων…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Health data · removed %n day(s) after the event</source>
        <translation>
            <numerusform>Δεδομένα υγείας · διαγράφονται %n ημέρα μετά την εκδήλωση</numerusform><numerusform>Δεδομένα υγείας · διαγράφονται %n ημέρες μετά την εκδήλωση</numerusform></translation>
    </message>
</context>
<context>
    <name>NeedsKept</name>
    <message>
        <source> days after the last day</source>
        <translation> ημέρες μετά την τελευταία ημέρα</translation>
    </message>
    <message>
        <source>Days dietary and access needs are kept</source>
        <translation>Ημέρες διατήρησης των διατροφικών αναγκών και των αναγκών προσβασιμότητας</translation>
    </message>
    <message>
        <source>Health data: Planner proposes removing them this many days after the event's last day. The lowest choice follows the database (File ▸ Data protection…).</source>
        <translation>Δεδομένα υγείας: Το Planner προτείνει τη διαγραφή τους τόσες ημέρες μετά την τελευταία ημέρα της εκδήλωσης. Η χαμηλότερη επιλογή ακολουθεί τη βάση δεδομένων (Αρχείο ▸ Προστασία δεδομένων…).</translation>
    </message>
    <message numerus="yes">
        <source>As the database says (%n day(s))</source>
        <translation>
            <numerusform>Όπως η βάση δεδομένων (%n ημέρα)</numerusform><numerusform>Όπως η βάση δεδομένων (%n ημέρες)</numerusform></translation>
    </message>
    <message>
        <source>The event was anonymised on {day}.</source>
        <translation>Η εκδήλωση ανωνυμοποιήθηκε στις {day}.</translation>
    </message>
    <message>
        <source>Removed on {day}.</source>
        <translation>Διαγράφηκαν στις {day}.</translation>
    </message>
    <message>
        <source>Health data: proposed for removal from {day}.</source>
        <translation>Δεδομένα υγείας: προτείνεται η διαγραφή τους από {day}.</translation>
    </message>
    <message>
        <source>Dietary and access needs</source>
        <translation>Διατροφικές ανάγκες και ανάγκες προσβασιμότητας</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Names beside the needs</source>
        <translation>Ονόματα δίπλα στις ανάγκες</translation>
    </message>
    <message>
        <source>Dietary and access needs are health data: give names only if the caterer must know</source>
        <translation>Οι διατροφικές ανάγκες και οι ανάγκες προσβασιμότητας είναι δεδομένα υγείας: δώστε ονόματα μόνο αν πρέπει να τα γνωρίζει η τροφοδοσία</translation>
    </message>
</context>
<context>
    <name>RetentionNotice</name>
    <message>
        <source>Personal data kept past the time set for it: review what to remove</source>
        <translation>Προσωπικά δεδομένα διατηρούνται πέρα από τον ορισμένο χρόνο: ελέγξτε τι θα διαγραφεί</translation>
    </message>
    <message>
        <source>Data &amp;protection…</source>
        <translation>&amp;Προστασία δεδομένων…</translation>
    </message>
    <message>
        <source>How long dietary and access needs are kept, and what is due for removal</source>
        <translation>Πόσο διατηρούνται οι διατροφικές ανάγκες και οι ανάγκες προσβασιμότητας, και τι πρέπει να διαγραφεί</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) past their retention date</source>
        <translation>
            <numerusform>%n εκδήλωση έχει υπερβεί τον χρόνο διατήρησης</numerusform><numerusform>%n εκδηλώσεις έχουν υπερβεί τον χρόνο διατήρησης</numerusform></translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Έλεγχος…</translation>
    </message>
</context>
</TS>
