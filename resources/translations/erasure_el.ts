<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>ForgetPersonDialog</name>
    <message>
        <source>Forget {name}</source>
        <translation>Διαγραφή: {name}</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Ανωνυμοποίηση</translation>
    </message>
    <message>
        <source>{name} cannot be erased or anonymised yet: a funder&apos;s evidence holds them.</source>
        <translation>Το πρόσωπο {name} δεν μπορεί ακόμη να διαγραφεί ή να ανωνυμοποιηθεί: περιλαμβάνεται στα τεκμήρια για έναν χρηματοδότη.</translation>
    </message>
    <message>
        <source>Kept because:</source>
        <translation>Διατηρείται επειδή:</translation>
    </message>
    <message>
        <source>{name} takes part in no event a funder&apos;s evidence must keep: they can be erased from this database.</source>
        <translation>Το πρόσωπο {name} δεν συμμετέχει σε καμία εκδήλωση της οποίας τα τεκμήρια πρέπει να διατηρηθούν για χρηματοδότη: μπορεί να διαγραφεί από αυτή τη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>The evidence of {name}&apos;s funded events is no longer kept: they can be anonymised, their events keeping them as statistics.</source>
        <translation>Τα τεκμήρια των χρηματοδοτούμενων εκδηλώσεων του προσώπου {name} δεν διατηρούνται πλέον: μπορεί να ανωνυμοποιηθεί και οι εκδηλώσεις του το κρατούν για τα στατιστικά.</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Αφαιρούνται:</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Διατηρούνται:</translation>
    </message>
    <message>
        <source>Until Planner is closed, Edit &gt; Undo brings everything back; then it is final.</source>
        <translation>Μέχρι να κλείσει το Planner, η Επεξεργασία &gt; Αναίρεση επαναφέρει τα πάντα· μετά είναι οριστικό.</translation>
    </message>
    <message>
        <source>Erase {name}</source>
        <translation>Διαγραφή: {name}</translation>
    </message>
    <message>
        <source>Erase {name} and the records only about them from this database now?</source>
        <translation>Να διαγραφούν τώρα από αυτή τη βάση δεδομένων το πρόσωπο {name} και οι εγγραφές που αφορούν μόνο αυτό;</translation>
    </message>
    <message>
        <source>Anonymise {name}</source>
        <translation>Ανωνυμοποίηση: {name}</translation>
    </message>
    <message>
        <source>Remove {name}&apos;s name and contact details from this database now? Their events keep them as statistics.</source>
        <translation>Να αφαιρεθούν τώρα από αυτή τη βάση δεδομένων το όνομα και τα στοιχεία επικοινωνίας του προσώπου {name}; Οι εκδηλώσεις του το κρατούν για τα στατιστικά.</translation>
    </message>
</context>
<context>
    <name>OutputCheck</name>
    <message>
        <source>a ZIP archive</source>
        <translation>ένα αρχείο ZIP</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Export personal data…</source>
        <translation>Εξαγωγή προσωπικών δεδομένων…</translation>
    </message>
    <message>
        <source>Save everything held about the selected person as one ZIP file</source>
        <translation>Αποθήκευση όλων όσων τηρούνται για το επιλεγμένο πρόσωπο σε ένα αρχείο ZIP</translation>
    </message>
    <message>
        <source>Forget this person…</source>
        <translation>Διαγραφή αυτού του προσώπου…</translation>
    </message>
    <message>
        <source>Erase or anonymise the selected person, after showing what that does</source>
        <translation>Διαγραφή ή ανωνυμοποίηση του επιλεγμένου προσώπου, αφού εμφανιστεί τι σημαίνει αυτό</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Προσωπικά δεδομένα</translation>
    </message>
    <message>
        <source>Export or forget the selected person&apos;s data</source>
        <translation>Εξαγωγή ή διαγραφή των δεδομένων του επιλεγμένου προσώπου</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Εξαγωγή προσωπικών δεδομένων</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Αρχεία ZIP (*.zip)</translation>
    </message>
    <message>
        <source>{file} could not be saved.

{error}</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση του {file}.

{error}</translation>
    </message>
</context>
</TS>
