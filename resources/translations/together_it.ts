<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>ChangedElsewhereBox</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificato da un&apos;altra persona</translation>
    </message>
    <message>
        <source>Reload shows their change. Keep mine saves yours over it.</source>
        <translation>«Ricarica» mostra l&apos;altra modifica. «Mantieni la mia» salva la Sua al suo posto.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Ricarica</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Mantieni la mia</translation>
    </message>
    <message>
        <source>Cannot save this</source>
        <translation>Impossibile salvare</translation>
    </message>
</context>
<context>
    <name>EventHistoryDialog</name>
    <message>
        <source>added</source>
        <translation>aggiunto</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificato</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>rimosso</translation>
    </message>
    <message>
        <source>History of the event</source>
        <translation>Cronologia dell&apos;evento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>No change of this event has been recorded yet.</source>
        <translation>Non è stata ancora registrata alcuna modifica di questo evento.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;History…</source>
        <translation>Cr&amp;onologia…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Your user name on this computer or server</source>
        <translation>Il Suo nome utente su questo computer o server</translation>
    </message>
    <message>
        <source>Your &amp;name in the history:</source>
        <translation>Il Suo &amp;nome nella cronologia:</translation>
    </message>
</context>
</TS>
