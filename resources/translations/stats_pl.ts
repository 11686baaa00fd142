<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
    <context>
        <name>StatisticsDialog</name>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="69" />
            <source>Statistics</source>
            <translation>Statystyki</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="78" />
            <source>This event: {title}</source>
            <translation>To wydarzenie: {title}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="80" />
            <source>All events</source>
            <translation>Wszystkie wydarzenia</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="83" />
            <source>Programme: {programme}</source>
            <translation>Program finansowania: {programme}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="85" />
            <source>Only events starting from</source>
            <translation>Tylko wydarzenia rozpoczynające się od</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="90" />
            <source>to</source>
            <translation>do</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="92" />
            <source>&amp;Figures of:</source>
            <translation>&amp;Dane dla:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="109" />
            <source>In numbers</source>
            <translation>W liczbach</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="110" />
            <source>Countries</source>
            <translation>Kraje</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="111" />
            <source>Gender</source>
            <translation>Płeć</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="112" />
            <source>Types of organisation</source>
            <translation>Rodzaje organizacji</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="113" />
            <source>New or returning</source>
            <translation>Nowi lub powracający</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="114" />
            <source>Events</source>
            <translation>Wydarzenia</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="126" />
            <source>Save as &amp;PDF…</source>
            <translation>Zapisz jako &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="128" />
            <source>Save as &amp;Excel…</source>
            <translation>Zapisz jako &amp;Excel…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="194" />
            <source>No event is in this selection.</source>
            <translation>Ten wybór nie obejmuje żadnego wydarzenia.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="196" />
            <source>Counted: the people who attended, as recorded.</source>
            <translation>Liczone są osoby obecne, zgodnie z rejestrem obecności.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="199" />
            <source>Attendance has not been recorded: counted are the people who were coming.</source>
            <translation>Obecność nie została zarejestrowana: liczone są osoby, których się spodziewano.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="1" />
            <source>Counted: at events whose attendance is recorded, the people who attended; at the others, the people who were coming.</source>
            <translation>Liczone są: w wydarzeniach z zarejestrowaną obecnością – osoby obecne; w pozostałych – osoby, których się spodziewano.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="1" />
            <source>Returning: took part in an earlier event of the same programme (for an event without a programme, in any earlier event).</source>
            <translation>Powracający: uczestniczyli we wcześniejszym wydarzeniu tego samego programu finansowania (w przypadku wydarzenia bez programu – w dowolnym wcześniejszym wydarzeniu).</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="222" />
            <source>Events held</source>
            <translation>Zrealizowane wydarzenia</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="223" />
            <source>Participations in joint actions</source>
            <translation>Udziały we wspólnych działaniach</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="224" />
            <source>Different people</source>
            <translation>Różne osoby</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="227" />
            <source>Participants</source>
            <translation>Uczestnicy</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="229" />
            <source>Of them women</source>
            <translation>W tym kobiety</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="230" />
            <source>New to the network</source>
            <translation>Nowi w sieci</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="231" />
            <source>Organisations involved (participants' and hosts)</source>
            <translation>Zaangażowane organizacje (uczestników i gospodarze)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="232" />
            <source>Countries of the participants</source>
            <translation>Kraje uczestników</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="236" />
            <source>Indicator</source>
            <translation>Wskaźnik</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="236" />
            <source>Number</source>
            <translation>Liczba</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="245" />
            <source>Not known</source>
            <translation>Nieznany</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="247" />
            <source>Country</source>
            <translation>Kraj</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="251" />
            <source>No organisation</source>
            <translation>Bez organizacji</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="254" />
            <source>Type of organisation</source>
            <translation>Rodzaj organizacji</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="113" />
            <source>New</source>
            <translation>Nowi</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="209" />
            <source>Returning</source>
            <translation>Powracający</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="114" />
            <source>Event</source>
            <translation>Wydarzenie</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="262" />
            <source>Dates</source>
            <translation>Daty</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="196" />
            <source>Counted</source>
            <translation>Liczeni</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="273" />
            <source>attended</source>
            <translation>obecni</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="275" />
            <source>coming</source>
            <translation>oczekiwani</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="294" />
            <source>Total</source>
            <translation>Razem</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="300" />
            <source>Share</source>
            <translation>Udział</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="335" />
            <source>PDF files (*.pdf)</source>
            <translation>Pliki PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="339" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Skoroszyty Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="347" />
            <source>Save the statistics</source>
            <translation>Zapisz statystyki</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="354" />
            <source>Cannot save the statistics</source>
            <translation>Nie można zapisać statystyk</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="367" />
            <source>{file} could not be saved.

{error}</source>
            <translation>Nie udało się zapisać pliku {file}.

{error}</translation>
        </message>
    </context>
</TS>
