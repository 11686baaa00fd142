<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>ChangedElsewhereBox</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Τροποποιήθηκε από άλλο πρόσωπο</translation>
    </message>
    <message>
        <source>Reload shows their change. Keep mine saves yours over it.</source>
        <translation>Η «Επαναφόρτωση» δείχνει την άλλη αλλαγή. Η «Διατήρηση της δικής μου» αποθηκεύει τη δική σας στη θέση της.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Επαναφόρτωση</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Διατήρηση της δικής μου</translation>
    </message>
    <message>
        <source>Cannot save this</source>
        <translation>Δεν είναι δυνατή η αποθήκευση</translation>
    </message>
</context>
<context>
    <name>EventHistoryDialog</name>
    <message>
        <source>added</source>
        <translation>προστέθηκε</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>τροποποιήθηκε</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>αφαιρέθηκε</translation>
    </message>
    <message>
        <source>History of the event</source>
        <translation>Ιστορικό της εκδήλωσης</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ποιος</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Τι</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Αλλαγή</translation>
    </message>
    <message>
        <source>No change of this event has been recorded yet.</source>
        <translation>Δεν έχει καταγραφεί ακόμη καμία αλλαγή αυτής της εκδήλωσης.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Ιστορικό…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Your user name on this computer or server</source>
        <translation>Το όνομα χρήστη σας σε αυτόν τον υπολογιστή ή διακομιστή</translation>
    </message>
    <message>
        <source>Your &amp;name in the history:</source>
        <translation>Το ό&amp;νομά σας στο ιστορικό:</translation>
    </message>
</context>
</TS>
