<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
    <context>
        <name>ProgrammeDialog</name>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Import…</source>
            <translation>Εισαγωγή…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Remove</source>
            <translation>Αφαίρεση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>None</source>
            <translation>Καμία</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Import a picture</source>
            <translation>Εισαγωγή εικόνας</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
            <translation>Εικόνες (*.png *.jpg *.jpeg *.svg)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Cannot import the picture</source>
            <translation>Δεν είναι δυνατή η εισαγωγή της εικόνας</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>{file}: is not a PNG, JPEG or SVG picture Planner can read.</source>
            <translation>{file}: δεν είναι εικόνα PNG, JPEG ή SVG που μπορεί να διαβάσει το Planner.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Programme details</source>
            <translation>Στοιχεία προγράμματος</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Shown on every document of the events of this programme: on signature sheets, on every page.</source>
            <translation>Εμφανίζεται σε κάθε έγγραφο των εκδηλώσεων αυτού του προγράμματος και σε κάθε σελίδα των φύλλων υπογραφών.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>e.g. Interreg Europe, COSME, Erasmus+</source>
            <translation>π.χ. Interreg Europe, COSME, Erasmus+</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>e.g. 101083928</source>
            <translation>π.χ. 101083928</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>&amp;Programme</source>
            <translation>&amp;Πρόγραμμα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>&amp;Funding statement</source>
            <translation>Δήλωση &amp;χρηματοδότησης</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>&amp;Grant agreement number</source>
            <translation>Αριθμός συμφωνίας &amp;επιχορήγησης</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Programme's &amp;logo</source>
            <translation>&amp;Λογότυπο προγράμματος</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Funder's &amp;emblem</source>
            <translation>Έ&amp;μβλημα χρηματοδότη</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Programme: please write the programme's name.</source>
            <translation>Πρόγραμμα: γράψτε το όνομα του προγράμματος.</translation>
        </message>
    </context>
    <context>
        <name>DoorCheckIn</name>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Attendance</source>
            <translation>Παρουσίες</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Signed &amp;morning and afternoon apart</source>
            <translation>Χωριστές υπογραφές &amp;πρωί και απόγευμα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Morning</source>
            <translation>Πρωί</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Afternoon</source>
            <translation>Απόγευμα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Ticked at the door</source>
            <translation>Σημειώθηκε στην είσοδο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>From a signed sheet</source>
            <translation>Από υπογεγραμμένο φύλλο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Type a name to find it</source>
            <translation>Πληκτρολογήστε ένα όνομα για να το βρείτε</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>&amp;Day</source>
            <translation>&amp;Ημέρα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>&amp;Part of the day</source>
            <translation>&amp;Τμήμα της ημέρας</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>&amp;Source</source>
            <translation>Π&amp;ηγή</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>&amp;Find</source>
            <translation>&amp;Αναζήτηση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Present: {present} of {total}</source>
            <translation>Παρόντες: {present} από {total}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../planner/ui/main_window.py" />
            <source>&amp;Programme details…</source>
            <translation>Στοιχεία &amp;προγράμματος…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" />
            <source>&amp;Attendance…</source>
            <translation>Παρ&amp;ουσίες…</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../planner/ui/overview.py" />
            <source>Logos, funding statement, grant number…</source>
            <translation>Λογότυπα, δήλωση χρηματοδότησης, αριθ. συμφωνίας…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/overview.py" />
            <source>The programme's logos, funding statement and grant agreement number</source>
            <translation>Λογότυπα, δήλωση χρηματοδότησης και αριθμός συμφωνίας επιχορήγησης του προγράμματος</translation>
        </message>
    </context>
</TS>
