<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>ChangedElsewhereBox</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Zmienione przez inną osobę</translation>
    </message>
    <message>
        <source>Reload shows their change. Keep mine saves yours over it.</source>
        <translation>„Wczytaj ponownie” pokazuje zmianę innej osoby. „Zachowaj moją” zapisuje tę zmianę w jej miejsce.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Wczytaj ponownie</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Zachowaj moją</translation>
    </message>
    <message>
        <source>Cannot save this</source>
        <translation>Nie można zapisać</translation>
    </message>
</context>
<context>
    <name>EventHistoryDialog</name>
    <message>
        <source>added</source>
        <translation>dodano</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>zmieniono</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>usunięto</translation>
    </message>
    <message>
        <source>History of the event</source>
        <translation>Historia wydarzenia</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>No change of this event has been recorded yet.</source>
        <translation>Nie zapisano jeszcze żadnej zmiany tego wydarzenia.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historia…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Your user name on this computer or server</source>
        <translation>Nazwa użytkownika na tym komputerze lub serwerze</translation>
    </message>
    <message>
        <source>Your &amp;name in the history:</source>
        <translation>&amp;Nazwa w historii:</translation>
    </message>
</context>
</TS>
