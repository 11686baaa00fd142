<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="el">
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../planner/ui/file_actions.py" />
            <source>Open &amp;shared database…</source>
            <translation>Άνοιγμα &amp;κοινής βάσης δεδομένων…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" />
            <source>shared: {name}</source>
            <translation>κοινή: {name}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" />
            <source>Backups of a shared database</source>
            <translation>Αντίγραφα ασφαλείας κοινής βάσης δεδομένων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" />
            <source>The shared database {name} is kept on its server, and the server keeps its backups: Planner makes none of a shared database and restores none. To get an earlier state back, ask whoever looks after the server.

To keep a copy of your own as a file, use planner copy on the command line.</source>
            <translation>Η κοινή βάση δεδομένων {name} βρίσκεται στον διακομιστή της, και ο διακομιστής κρατά τα αντίγραφα ασφαλείας της: το Planner δεν δημιουργεί ούτε επαναφέρει αντίγραφα κοινής βάσης δεδομένων. Για να επανέλθετε σε προηγούμενη κατάσταση, απευθυνθείτε σε όποιον διαχειρίζεται τον διακομιστή.

Για δικό σας αντίγραφο σε αρχείο, χρησιμοποιήστε την εντολή planner copy στη γραμμή εντολών.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../planner/ui/main_window.py" />
            <source>shared: {name} — Planner</source>
            <translation>κοινή: {name} — Planner</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" />
            <source>The server keeps the backups of a shared database</source>
            <translation>Ο διακομιστής κρατά τα αντίγραφα ασφαλείας μιας κοινής βάσης δεδομένων</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/main_window.py" />
            <source>%n event(s) · saved on the server, shared: {name}</source>
            <translation>
                <numerusform>%n εκδήλωση · αποθηκευμένη στον διακομιστή, κοινή: {name}</numerusform>
                <numerusform>%n εκδηλώσεις · αποθηκευμένες στον διακομιστή, κοινή: {name}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SharedDatabaseDialog</name>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Encrypted if the server offers it</source>
            <translation>Κρυπτογραφημένη, αν το προσφέρει ο διακομιστής</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Always encrypted</source>
            <translation>Πάντα κρυπτογραφημένη</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Encrypted, and the server's certificate checked</source>
            <translation>Κρυπτογραφημένη, με έλεγχο του πιστοποιητικού του διακομιστή</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>The server {server} did not accept the password of {user} for the database {database}. Type the password again.</source>
            <translation>Ο διακομιστής {server} δεν δέχτηκε τον κωδικό πρόσβασης του χρήστη {user} για τη βάση δεδομένων {database}. Πληκτρολογήστε ξανά τον κωδικό πρόσβασης.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Planner could not reach the database {database} on the server {server}: {reason}</source>
            <translation>Το Planner δεν μπόρεσε να συνδεθεί με τη βάση δεδομένων {database} στον διακομιστή {server}: {reason}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Open shared database</source>
            <translation>Άνοιγμα κοινής βάσης δεδομένων</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>A database the partnership shares on a PostgreSQL server (version 15 or later). Whoever runs the server gives you these details.</source>
            <translation>Μια βάση δεδομένων που η σύμπραξη μοιράζεται σε διακομιστή PostgreSQL (έκδοση 15 ή νεότερη). Αυτά τα στοιχεία σάς τα δίνει όποιος διαχειρίζεται τον διακομιστή.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Remember the password in the system keyring</source>
            <translation>Απομνημόνευση του κωδικού πρόσβασης στην κλειδοθήκη του συστήματος</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Remember the password until Planner closes</source>
            <translation>Απομνημόνευση του κωδικού πρόσβασης μέχρι να κλείσει το Planner</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Server:</source>
            <translation>&amp;Διακομιστής:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>P&amp;ort:</source>
            <translation>&amp;Θύρα:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Database:</source>
            <translation>&amp;Βάση δεδομένων:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;User:</source>
            <translation>&amp;Χρήστης:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Password:</source>
            <translation>&amp;Κωδικός πρόσβασης:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Connection:</source>
            <translation>&amp;Σύνδεση:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Test connection</source>
            <translation>&amp;Δοκιμή σύνδεσης</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Open</source>
            <translation>Ά&amp;νοιγμα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Without a password typed, the one in {variable} is used.</source>
            <translation>Αν δεν πληκτρολογηθεί κωδικός πρόσβασης, χρησιμοποιείται αυτός από τη μεταβλητή {variable}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>A password is kept for {user} on this server: leave it empty to use it.</source>
            <translation>Υπάρχει αποθηκευμένος κωδικός πρόσβασης για τον χρήστη {user} σε αυτόν τον διακομιστή: αφήστε το πεδίο κενό για να χρησιμοποιηθεί.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Server: type the name or address of the database server.</source>
            <translation>Διακομιστής: πληκτρολογήστε το όνομα ή τη διεύθυνση του διακομιστή βάσης δεδομένων.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Database: type the name of the shared database.</source>
            <translation>Βάση δεδομένων: πληκτρολογήστε το όνομα της κοινής βάσης δεδομένων.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Connected to {database} on {server}.</source>
            <translation>Έγινε σύνδεση με τη βάση {database} στον διακομιστή {server}.</translation>
        </message>
    <message><source>partnership</source><translation>sympraxi</translation></message></context>
</TS>