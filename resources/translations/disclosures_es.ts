<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>DisclosuresDialog</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>A quién</translation>
    </message>
    <message>
        <source>File, printer or server</source>
        <translation>Archivo, impresora o servidor</translation>
    </message>
    <message>
        <source>Whose data</source>
        <translation>De quién son los datos</translation>
    </message>
    <message>
        <source>CSV lists (*.csv);;All files (*)</source>
        <translation>Listas CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <source>What left this laptop</source>
        <translation>Lo que ha salido de este ordenador</translation>
    </message>
    <message>
        <source>Every file of personal data Planner wrote, every document it printed and every e-mail it sent, with whose data it held: newest first.</source>
        <translation>Cada archivo con datos personales que Planner ha escrito, cada documento que ha impreso y cada correo electrónico que ha enviado, con las personas cuyos datos contenía: los más recientes primero.</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>Name or e-mail address</source>
        <translation>Nombre o dirección de correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xportar como CSV…</translation>
    </message>
    <message>
        <source>Save what is listed as a CSV list, for a spreadsheet</source>
        <translation>Guardar lo que se muestra como lista CSV, para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Nothing has left this laptop yet, as far as Planner knows.</source>
        <translation>Por lo que sabe Planner, todavía no ha salido nada de este ordenador.</translation>
    </message>
    <message>
        <source>Nothing that left names “{text}”.</source>
        <translation>Nada de lo que ha salido menciona «{text}».</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportar como CSV</translation>
    </message>
    <message>
        <source>Cannot export the record</source>
        <translation>No se puede exportar el registro</translation>
    </message>
</context>
<context>
    <name>DisclosuresMenu</name>
    <message>
        <source>What &amp;left this laptop…</source>
        <translation>Lo que ha sali&amp;do de este ordenador…</translation>
    </message>
    <message>
        <source>Every file of personal data written, document printed and e-mail sent, with whose data it held</source>
        <translation>Cada archivo con datos personales escrito, documento impreso y correo electrónico enviado, con las personas cuyos datos contenía</translation>
    </message>
</context>
</TS>
