<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
    <context>
        <name>CalDavPublishDialog</name>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="41" />
            <source>The password is kept until Planner closes only, never written down: {problem}.</source>
            <translation>Ο κωδικός πρόσβασης φυλάσσεται μόνο μέχρι να κλείσει το Planner και δεν καταγράφεται πουθενά: {problem}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="44" />
            <source>The password is kept in the system keyring ({keyring}), never in the database.</source>
            <translation>Ο κωδικός πρόσβασης φυλάσσεται στην κλειδοθήκη του συστήματος ({keyring}), ποτέ στη βάση δεδομένων.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="61" />
            <source>Planner puts the event and each agenda item into a calendar on a CalDAV server (Nextcloud, Radicale, Baïkal, SOGo, Fastmail, iCloud…). Partners subscribe to that calendar once and always see the current programme. Planner changes only the entries it published there, never your partners' own.</source>
            <translation>Το Planner καταχωρίζει την εκδήλωση και κάθε σημείο του προγράμματος σε ένα ημερολόγιο σε διακομιστή CalDAV (Nextcloud, Radicale, Baïkal, SOGo, Fastmail, iCloud…). Οι εταίροι εγγράφονται μία φορά σε αυτό το ημερολόγιο και βλέπουν πάντα το τρέχον πρόγραμμα. Το Planner αλλάζει μόνο τις καταχωρίσεις που δημοσίευσε το ίδιο, ποτέ τις καταχωρίσεις των εταίρων σας.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="77" />
            <source>Calendar URL:</source>
            <translation>Διεύθυνση URL ημερολογίου:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="78" />
            <source>User name:</source>
            <translation>Όνομα χρήστη:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="79" />
            <source>Password:</source>
            <translation>Κωδικός πρόσβασης:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="85" />
            <source>Also publish each participant's personal calendar, each to a calendar of its own</source>
            <translation>Δημοσίευση και του προσωπικού ημερολογίου κάθε συμμετέχοντα, το καθένα σε δικό του ημερολόγιο</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="91" />
            <source>Make them under:</source>
            <translation>Δημιουργία κάτω από:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="93" />
            <source>Each of these calendars holds that person's travel and hotel. On the server, share each one with its person only, never with a group. The account you publish with can read them all.</source>
            <translation>Καθένα από αυτά τα ημερολόγια περιέχει τα ταξίδια και το ξενοδοχείο του αντίστοιχου προσώπου. Στον διακομιστή, κοινοποιήστε το καθένα μόνο στο πρόσωπο αυτό, ποτέ σε ομάδα. Ο λογαριασμός με τον οποίο δημοσιεύετε μπορεί να τα διαβάσει όλα.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="97" />
            <source>&amp;Test connection</source>
            <translation>&amp;Δοκιμή σύνδεσης</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="100" />
            <source>&amp;Publish</source>
            <translation>Δη&amp;μοσίευση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="103" />
            <source>&amp;Stop publishing</source>
            <translation>Δια&amp;κοπή δημοσίευσης</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="136" />
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="234" />
            <source>Type the password of {user}.</source>
            <translation>Πληκτρολογήστε τον κωδικό πρόσβασης του {user}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="147" />
            <source>Connecting to {url}…</source>
            <translation>Σύνδεση με {url}…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="159" />
            <source>a connection test</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>μια δοκιμή σύνδεσης</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="180" />
            <source>The event is no longer published; the calendar on the server keeps its entries.</source>
            <translation>Η εκδήλωση δεν δημοσιεύεται πλέον· το ημερολόγιο στον διακομιστή διατηρεί τις καταχωρίσεις του.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="215" />
            <source>Type the address under which the personal calendars are made.</source>
            <translation>Πληκτρολογήστε τη διεύθυνση κάτω από την οποία δημιουργούνται τα προσωπικά ημερολόγια.</translation>
        </message>
    </context>
    <context>
        <name>CalDavPublishing</name>
        <message>
            <location filename="../../planner/ui/caldav_publishing.py" line="30" />
            <source>Publish to a calendar &amp;server…</source>
            <translation>Δημοσίευση σε &amp;διακομιστή ημερολογίου…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publishing.py" line="33" />
            <source>Put the programme into a CalDAV calendar (Nextcloud, Radicale…) that partners subscribe to</source>
            <translation>Καταχώριση του προγράμματος σε ημερολόγιο CalDAV (Nextcloud, Radicale…) στο οποίο εγγράφονται οι εταίροι</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publishing.py" line="38" />
            <source>Publish &amp;now</source>
            <translation>Δημοσίευση &amp;τώρα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publishing.py" line="40" />
            <source>Bring the published calendar up to date with the programme</source>
            <translation>Ενημέρωση του δημοσιευμένου ημερολογίου με το πρόγραμμα</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="34" />
            <source>Publish to a calendar server</source>
            <translation>Δημοσίευση σε διακομιστή ημερολογίου</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="35" />
            <source>Cannot publish the calendar</source>
            <translation>Δεν είναι δυνατή η δημοσίευση του ημερολογίου</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="252" />
            <source>{error}

Nothing was changed on the server.</source>
            <translation>{error}

Δεν άλλαξε τίποτα στον διακομιστή.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="261" />
            <source>publishing</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>η δημοσίευση</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="262" />
            <source>Publishing to {url}…</source>
            <translation>Δημοσίευση στο {url}…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="276" />
            <source>The calendar at {url} was up to date: nothing was written (%n entries).</source>
            <translation>
                <numerusform>Το ημερολόγιο στη διεύθυνση {url} ήταν ενημερωμένο: δεν γράφτηκε τίποτα (%n καταχώριση).</numerusform>
                <numerusform>Το ημερολόγιο στη διεύθυνση {url} ήταν ενημερωμένο: δεν γράφτηκε τίποτα (%n καταχωρίσεις).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="284" />
            <source>Published to {url}:</source>
            <translation>Δημοσιεύτηκε στο {url}:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="285" />
            <source>%n created</source>
            <translation>
                <numerusform>%n δημιουργήθηκε</numerusform>
                <numerusform>%n δημιουργήθηκαν</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="286" />
            <source>%n updated</source>
            <translation>
                <numerusform>%n ενημερώθηκε</numerusform>
                <numerusform>%n ενημερώθηκαν</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="287" />
            <source>%n removed</source>
            <translation>
                <numerusform>%n αφαιρέθηκε</numerusform>
                <numerusform>%n αφαιρέθηκαν</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="291" />
            <source>Left as they are, changed on the server by someone else since Planner published them: {titles}</source>
            <translation>Έμειναν ως έχουν, επειδή κάποιος άλλος τις άλλαξε στον διακομιστή μετά τη δημοσίευσή τους από το Planner: {titles}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="298" />
            <source>{problem}

What was written before is recorded: publish again to finish.</source>
            <translation>{problem}

Όσα γράφτηκαν πριν έχουν καταγραφεί: δημοσιεύστε ξανά για να ολοκληρωθεί.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="313" />
            <source>Replace them with the programme?</source>
            <translation>Να αντικατασταθούν με το πρόγραμμα;</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="340" />
            <source>Personal calendar of {name}: {done}</source>
            <translation>Προσωπικό ημερολόγιο — {name}: {done}</translation>
        </message>
    </context>
</TS>
