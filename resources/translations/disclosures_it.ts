<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>DisclosuresDialog</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
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
        <translation>Cosa</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>A chi</translation>
    </message>
    <message>
        <source>File, printer or server</source>
        <translation>File, stampante o server</translation>
    </message>
    <message>
        <source>Whose data</source>
        <translation>Di chi sono i dati</translation>
    </message>
    <message>
        <source>CSV lists (*.csv);;All files (*)</source>
        <translation>Elenchi CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>e altri {count}</translation>
    </message>
    <message>
        <source>What left this laptop</source>
        <translation>Cosa è uscito da questo computer</translation>
    </message>
    <message>
        <source>Every file of personal data Planner wrote, every document it printed and every e-mail it sent, with whose data it held: newest first.</source>
        <translation>Ogni file con dati personali scritto da Planner, ogni documento stampato e ogni e-mail inviata, con le persone di cui conteneva i dati: prima i più recenti.</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tutti gli eventi</translation>
    </message>
    <message>
        <source>Name or e-mail address</source>
        <translation>Nome o indirizzo e-mail</translation>
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
        <translation>E&amp;sporta come CSV…</translation>
    </message>
    <message>
        <source>Save what is listed as a CSV list, for a spreadsheet</source>
        <translation>Salva l'elenco mostrato come file CSV, per un foglio di calcolo</translation>
    </message>
    <message>
        <source>Nothing has left this laptop yet, as far as Planner knows.</source>
        <translation>Per quanto risulta a Planner, nulla è ancora uscito da questo computer.</translation>
    </message>
    <message>
        <source>Nothing that left names “{text}”.</source>
        <translation>Nulla di ciò che è uscito nomina «{text}».</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Esporta come CSV</translation>
    </message>
    <message>
        <source>Cannot export the record</source>
        <translation>Impossibile esportare il registro</translation>
    </message>
</context>
<context>
    <name>DisclosuresMenu</name>
    <message>
        <source>What &amp;left this laptop…</source>
        <translation>Cosa è &amp;uscito da questo computer…</translation>
    </message>
    <message>
        <source>Every file of personal data written, document printed and e-mail sent, with whose data it held</source>
        <translation>Ogni file con dati personali scritto, documento stampato ed e-mail inviata, con le persone di cui conteneva i dati</translation>
    </message>
</context>
</TS>
