<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>DisclosuresDialog</name>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Εκδήλωση</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Τι</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Προς ποιον</translation>
    </message>
    <message>
        <source>File, printer or server</source>
        <translation>Αρχείο, εκτυπωτής ή διακομιστής</translation>
    </message>
    <message>
        <source>Whose data</source>
        <translation>Τίνος τα δεδομένα</translation>
    </message>
    <message>
        <source>CSV lists (*.csv);;All files (*)</source>
        <translation>Λίστες CSV (*.csv);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>και {count} ακόμη</translation>
    </message>
    <message>
        <source>What left this laptop</source>
        <translation>Τι έφυγε από αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <source>Every file of personal data Planner wrote, every document it printed and every e-mail it sent, with whose data it held: newest first.</source>
        <translation>Κάθε αρχείο με προσωπικά δεδομένα που έγραψε το Planner, κάθε έγγραφο που εκτύπωσε και κάθε e-mail που έστειλε, με τα πρόσωπα των οποίων τα δεδομένα περιείχε: πρώτα τα πιο πρόσφατα.</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Όλες οι εκδηλώσεις</translation>
    </message>
    <message>
        <source>Name or e-mail address</source>
        <translation>Όνομα ή διεύθυνση e-mail</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Εκδήλωση:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Πρόσωπο:</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>Ε&amp;ξαγωγή ως CSV…</translation>
    </message>
    <message>
        <source>Save what is listed as a CSV list, for a spreadsheet</source>
        <translation>Αποθήκευση όσων εμφανίζονται ως λίστα CSV, για υπολογιστικό φύλλο</translation>
    </message>
    <message>
        <source>Nothing has left this laptop yet, as far as Planner knows.</source>
        <translation>Απ' όσο γνωρίζει το Planner, τίποτα δεν έχει φύγει ακόμη από αυτόν τον υπολογιστή.</translation>
    </message>
    <message>
        <source>Nothing that left names “{text}”.</source>
        <translation>Τίποτα από όσα έφυγαν δεν αναφέρει «{text}».</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Εξαγωγή ως CSV</translation>
    </message>
    <message>
        <source>Cannot export the record</source>
        <translation>Δεν είναι δυνατή η εξαγωγή του αρχείου καταγραφής</translation>
    </message>
</context>
<context>
    <name>DisclosuresMenu</name>
    <message>
        <source>What &amp;left this laptop…</source>
        <translation>Τι έφυ&amp;γε από αυτόν τον υπολογιστή…</translation>
    </message>
    <message>
        <source>Every file of personal data written, document printed and e-mail sent, with whose data it held</source>
        <translation>Κάθε αρχείο με προσωπικά δεδομένα που γράφτηκε, έγγραφο που εκτυπώθηκε και e-mail που στάλθηκε, με τα πρόσωπα των οποίων τα δεδομένα περιείχε</translation>
    </message>
</context>
</TS>
