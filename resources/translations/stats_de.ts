<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>StatisticsDialog</name>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="69" />
            <source>Statistics</source>
            <translation>Statistik</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="78" />
            <source>This event: {title}</source>
            <translation>Diese Veranstaltung: {title}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="80" />
            <source>All events</source>
            <translation>Alle Veranstaltungen</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="83" />
            <source>Programme: {programme}</source>
            <translation>Programm: {programme}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="85" />
            <source>Only events starting from</source>
            <translation>Nur Veranstaltungen mit Beginn vom</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="90" />
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="92" />
            <source>&amp;Figures of:</source>
            <translation>&amp;Zahlen für:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="109" />
            <source>In numbers</source>
            <translation>In Zahlen</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="110" />
            <source>Countries</source>
            <translation>Länder</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="111" />
            <source>Gender</source>
            <translation>Geschlecht</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="112" />
            <source>Types of organisation</source>
            <translation>Arten von Organisationen</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="113" />
            <source>New or returning</source>
            <translation>Neu oder wiederkehrend</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="114" />
            <source>Events</source>
            <translation>Veranstaltungen</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="126" />
            <source>Save as &amp;PDF…</source>
            <translation>Als &amp;PDF speichern…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="128" />
            <source>Save as &amp;Excel…</source>
            <translation>Als &amp;Excel speichern…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="194" />
            <source>No event is in this selection.</source>
            <translation>Diese Auswahl enthält keine Veranstaltung.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="196" />
            <source>Counted: the people who attended, as recorded.</source>
            <translation>Gezählt: die anwesenden Personen, wie erfasst.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="199" />
            <source>Attendance has not been recorded: counted are the people who were coming.</source>
            <translation>Die Anwesenheit wurde nicht erfasst: Gezählt sind die erwarteten Personen.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="1" />
            <source>Counted: at events whose attendance is recorded, the people who attended; at the others, the people who were coming.</source>
            <translation>Gezählt: bei Veranstaltungen mit erfasster Anwesenheit die anwesenden Personen, bei den übrigen die erwarteten Personen.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="1" />
            <source>Returning: took part in an earlier event of the same programme (for an event without a programme, in any earlier event).</source>
            <translation>Wiederkehrend: Teilnahme an einer früheren Veranstaltung desselben Programms (bei einer Veranstaltung ohne Programm: an irgendeiner früheren Veranstaltung).</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="222" />
            <source>Events held</source>
            <translation>Durchgeführte Veranstaltungen</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="223" />
            <source>Participations in joint actions</source>
            <translation>Teilnahmen an gemeinsamen Maßnahmen</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="224" />
            <source>Different people</source>
            <translation>Verschiedene Personen</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="227" />
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="229" />
            <source>Of them women</source>
            <translation>Davon Frauen</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="230" />
            <source>New to the network</source>
            <translation>Neu im Netzwerk</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="231" />
            <source>Organisations involved (participants' and hosts)</source>
            <translation>Beteiligte Organisationen (der Teilnehmenden und Gastgeber)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="232" />
            <source>Countries of the participants</source>
            <translation>Herkunftsländer der Teilnehmenden</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="236" />
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="236" />
            <source>Number</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="245" />
            <source>Not known</source>
            <translation>Nicht bekannt</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="247" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="251" />
            <source>No organisation</source>
            <translation>Ohne Organisation</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="254" />
            <source>Type of organisation</source>
            <translation>Art der Organisation</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="113" />
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="209" />
            <source>Returning</source>
            <translation>Wiederkehrend</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="114" />
            <source>Event</source>
            <translation>Veranstaltung</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="262" />
            <source>Dates</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="196" />
            <source>Counted</source>
            <translation>Gezählt</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="273" />
            <source>attended</source>
            <translation>anwesend</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="275" />
            <source>coming</source>
            <translation>erwartet</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="294" />
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="300" />
            <source>Share</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="335" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="339" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="347" />
            <source>Save the statistics</source>
            <translation>Statistik speichern</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="354" />
            <source>Cannot save the statistics</source>
            <translation>Die Statistik kann nicht gespeichert werden</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="367" />
            <source>{file} could not be saved.

{error}</source>
            <translation>{file} konnte nicht gespeichert werden.

{error}</translation>
        </message>
    </context>
</TS>
