<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>ColumnChoices</name>
    <message>
        <source>Consent to participant list</source>
        <translation>Συγκατάθεση για τη λίστα συμμετεχόντων</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Συγκατάθεση για φωτογραφίες</translation>
    </message>
    <message>
        <source>Consent to keep needs</source>
        <translation>Συγκατάθεση για διατήρηση αναγκών</translation>
    </message>
    <message>
        <source>Consent to contact after</source>
        <translation>Συγκατάθεση για μεταγενέστερη επικοινωνία</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Ημερομηνία συγκατάθεσης</translation>
    </message>
</context>
<context>
    <name>ConsentMarking</name>
    <message>
        <source>Left off lists given to others: {why}</source>
        <translation>Εκτός των λιστών που δίνονται σε τρίτους: {why}</translation>
    </message>
    <message>
        <source>Kept without their consent to keep dietary and access needs</source>
        <translation>Διατηρούνται χωρίς συγκατάθεση για τη διατήρηση διατροφικών αναγκών και αναγκών προσβασιμότητας</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Answer</source>
        <translation>Απάντηση</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Στις</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Πώς</translation>
    </message>
    <message>
        <source>Wording asked</source>
        <translation>Διατύπωση ερώτησης</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ανακλήθηκε στις</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Συγκατάθεση</translation>
    </message>
    <message>
        <source>The question as it was put</source>
        <translation>Η ερώτηση όπως διατυπώθηκε</translation>
    </message>
    <message>
        <source>The day they withdrew this consent, if they did</source>
        <translation>Η ημέρα ανάκλησης αυτής της συγκατάθεσης, εφόσον ανακλήθηκε</translation>
    </message>
    <message>
        <source>On the participant list given to others</source>
        <translation>Στη λίστα συμμετεχόντων που δίνεται σε τρίτους</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Φωτογραφίες</translation>
    </message>
    <message>
        <source>Dietary and access needs kept for catering</source>
        <translation>Διατροφικές ανάγκες και ανάγκες προσβασιμότητας που διατηρούνται για την τροφοδοσία</translation>
    </message>
    <message>
        <source>Contacted after the event</source>
        <translation>Επικοινωνία μετά την εκδήλωση</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Δεν ρωτήθηκε</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Συγκατατέθηκε</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Αρνήθηκε</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Φόρμα</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Έντυπο</translation>
    </message>
    <message>
        <source>Orally</source>
        <translation>Προφορικά</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>αρνήθηκε</translation>
    </message>
    <message>
        <source>withdrew their consent</source>
        <translation>ανακάλεσε τη συγκατάθεση</translation>
    </message>
    <message>
        <source>never asked</source>
        <translation>δεν ρωτήθηκε ποτέ</translation>
    </message>
</context>
<context>
    <name>ConsentSwitch</name>
    <message>
        <source>Lists given to others need consent</source>
        <translation>Οι λίστες που δίνονται σε τρίτους απαιτούν συγκατάθεση</translation>
    </message>
    <message>
        <source>The participant list printed or exported for others holds only those who agreed to be on it; signature sheets keep everyone</source>
        <translation>Η λίστα συμμετεχόντων που εκτυπώνεται ή εξάγεται για τρίτους περιέχει μόνο όσους συμφώνησαν· τα φύλλα υπογραφών περιέχουν όλους</translation>
    </message>
    <message>
        <source>Participant lists</source>
        <translation>Λίστες συμμετεχόντων</translation>
    </message>
</context>
</TS>
