<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ChangedElsewhereBox</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Reload shows their change. Keep mine saves yours over it.</source>
        <translation>„Neu laden“ zeigt die andere Änderung. „Meine behalten“ speichert Ihre Änderung darüber.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Cannot save this</source>
        <translation>Kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>EventHistoryDialog</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>History of the event</source>
        <translation>Verlauf der Veranstaltung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>No change of this event has been recorded yet.</source>
        <translation>Für diese Veranstaltung wurde noch keine Änderung aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Your user name on this computer or server</source>
        <translation>Ihr Benutzername auf diesem Computer oder Server</translation>
    </message>
    <message>
        <source>Your &amp;name in the history:</source>
        <translation>Ihr &amp;Name im Verlauf:</translation>
    </message>
</context>
</TS>
