<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ChangedElsewhereBox</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>Reload shows their change. Keep mine saves yours over it.</source>
        <translation>«Volver a cargar» muestra el otro cambio. «Conservar el mío» guarda el suyo en su lugar.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Volver a cargar</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar el mío</translation>
    </message>
    <message>
        <source>Cannot save this</source>
        <translation>No se puede guardar</translation>
    </message>
</context>
<context>
    <name>EventHistoryDialog</name>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>History of the event</source>
        <translation>Historial del evento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>No change of this event has been recorded yet.</source>
        <translation>Todavía no se ha registrado ningún cambio de este evento.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Your user name on this computer or server</source>
        <translation>Su nombre de usuario en este equipo o servidor</translation>
    </message>
    <message>
        <source>Your &amp;name in the history:</source>
        <translation>Su &amp;nombre en el historial:</translation>
    </message>
</context>
</TS>
