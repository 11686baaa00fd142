<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DisclosuresDialog</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>An wen</translation>
    </message>
    <message>
        <source>File, printer or server</source>
        <translation>Datei, Drucker oder Server</translation>
    </message>
    <message>
        <source>Whose data</source>
        <translation>Wessen Daten</translation>
    </message>
    <message>
        <source>CSV lists (*.csv);;All files (*)</source>
        <translation>CSV-Listen (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <source>What left this laptop</source>
        <translation>Was diesen Laptop verlassen hat</translation>
    </message>
    <message>
        <source>Every file of personal data Planner wrote, every document it printed and every e-mail it sent, with whose data it held: newest first.</source>
        <translation>Jede Datei mit personenbezogenen Daten, die Planner geschrieben hat, jedes gedruckte Dokument und jede gesendete E-Mail, mit den Personen, deren Daten sie enthielten: die neuesten zuerst.</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Veranstaltungen</translation>
    </message>
    <message>
        <source>Name or e-mail address</source>
        <translation>Name oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Veranstaltung:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save what is listed as a CSV list, for a spreadsheet</source>
        <translation>Die angezeigten Einträge als CSV-Liste für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <source>Nothing has left this laptop yet, as far as Planner knows.</source>
        <translation>Soweit Planner bekannt, hat noch nichts diesen Laptop verlassen.</translation>
    </message>
    <message>
        <source>Nothing that left names “{text}”.</source>
        <translation>Nichts, was den Laptop verlassen hat, nennt „{text}“.</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Cannot export the record</source>
        <translation>Das Protokoll kann nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>DisclosuresMenu</name>
    <message>
        <source>What &amp;left this laptop…</source>
        <translation>Was diesen Laptop ver&amp;lassen hat…</translation>
    </message>
    <message>
        <source>Every file of personal data written, document printed and e-mail sent, with whose data it held</source>
        <translation>Jede geschriebene Datei mit personenbezogenen Daten, jedes gedruckte Dokument und jede gesendete E-Mail, mit den Personen, deren Daten sie enthielten</translation>
    </message>
</context>
</TS>
