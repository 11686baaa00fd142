<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
    <context>
        <name>StatisticsDialog</name>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="69" />
            <source>Statistics</source>
            <translation>Statistiche</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="78" />
            <source>This event: {title}</source>
            <translation>Questo evento: {title}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="80" />
            <source>All events</source>
            <translation>Tutti gli eventi</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="83" />
            <source>Programme: {programme}</source>
            <translation>Programma di finanziamento: {programme}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="85" />
            <source>Only events starting from</source>
            <translation>Solo eventi che iniziano tra il</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="90" />
            <source>to</source>
            <translation>e il</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="92" />
            <source>&amp;Figures of:</source>
            <translation>&amp;Dati di:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="109" />
            <source>In numbers</source>
            <translation>In cifre</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="110" />
            <source>Countries</source>
            <translation>Paesi</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="111" />
            <source>Gender</source>
            <translation>Genere</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="112" />
            <source>Types of organisation</source>
            <translation>Tipi di organizzazione</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="113" />
            <source>New or returning</source>
            <translation>Nuovi o ricorrenti</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="114" />
            <source>Events</source>
            <translation>Eventi</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="126" />
            <source>Save as &amp;PDF…</source>
            <translation>Salva come &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="128" />
            <source>Save as &amp;Excel…</source>
            <translation>Salva come &amp;Excel…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="194" />
            <source>No event is in this selection.</source>
            <translation>Questa selezione non comprende alcun evento.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="196" />
            <source>Counted: the people who attended, as recorded.</source>
            <translation>Sono conteggiate le persone presenti, come registrato.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="199" />
            <source>Attendance has not been recorded: counted are the people who were coming.</source>
            <translation>Le presenze non sono state registrate: sono conteggiate le persone attese.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="1" />
            <source>Counted: at events whose attendance is recorded, the people who attended; at the others, the people who were coming.</source>
            <translation>Sono conteggiate: negli eventi con presenze registrate, le persone presenti; negli altri, le persone attese.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="1" />
            <source>Returning: took part in an earlier event of the same programme (for an event without a programme, in any earlier event).</source>
            <translation>Ricorrenti: hanno partecipato a un evento precedente dello stesso programma di finanziamento (per un evento senza programma, a qualsiasi evento precedente).</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="222" />
            <source>Events held</source>
            <translation>Eventi svolti</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="223" />
            <source>Participations in joint actions</source>
            <translation>Partecipazioni ad azioni congiunte</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="224" />
            <source>Different people</source>
            <translation>Persone diverse</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="227" />
            <source>Participants</source>
            <translation>Partecipanti</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="229" />
            <source>Of them women</source>
            <translation>Di cui donne</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="230" />
            <source>New to the network</source>
            <translation>Nuovi nella rete</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="231" />
            <source>Organisations involved (participants' and hosts)</source>
            <translation>Organizzazioni coinvolte (dei partecipanti e ospitanti)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="232" />
            <source>Countries of the participants</source>
            <translation>Paesi dei partecipanti</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="236" />
            <source>Indicator</source>
            <translation>Indicatore</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="236" />
            <source>Number</source>
            <translation>Numero</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="245" />
            <source>Not known</source>
            <translation>Non noto</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="247" />
            <source>Country</source>
            <translation>Paese</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="251" />
            <source>No organisation</source>
            <translation>Nessuna organizzazione</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="254" />
            <source>Type of organisation</source>
            <translation>Tipo di organizzazione</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="113" />
            <source>New</source>
            <translation>Nuovi</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="209" />
            <source>Returning</source>
            <translation>Ricorrenti</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="114" />
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="262" />
            <source>Dates</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="196" />
            <source>Counted</source>
            <translation>Conteggiati</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="273" />
            <source>attended</source>
            <translation>presenti</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="275" />
            <source>coming</source>
            <translation>attesi</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="294" />
            <source>Total</source>
            <translation>Totale</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="300" />
            <source>Share</source>
            <translation>Quota</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="335" />
            <source>PDF files (*.pdf)</source>
            <translation>File PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="339" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="347" />
            <source>Save the statistics</source>
            <translation>Salva le statistiche</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="354" />
            <source>Cannot save the statistics</source>
            <translation>Impossibile salvare le statistiche</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="367" />
            <source>{file} could not be saved.

{error}</source>
            <translation>Impossibile salvare {file}.

{error}</translation>
        </message>
    </context>
</TS>
