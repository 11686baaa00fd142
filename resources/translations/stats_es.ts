<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>StatisticsDialog</name>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="69" />
            <source>Statistics</source>
            <translation>Estadísticas</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="78" />
            <source>This event: {title}</source>
            <translation>Este evento: {title}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="80" />
            <source>All events</source>
            <translation>Todos los eventos</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="83" />
            <source>Programme: {programme}</source>
            <translation>Programa: {programme}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="85" />
            <source>Only events starting from</source>
            <translation>Solo eventos que comienzan entre el</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="90" />
            <source>to</source>
            <translation>y el</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="92" />
            <source>&amp;Figures of:</source>
            <translation>&amp;Cifras de:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="109" />
            <source>In numbers</source>
            <translation>En cifras</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="110" />
            <source>Countries</source>
            <translation>Países</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="111" />
            <source>Gender</source>
            <translation>Género</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="112" />
            <source>Types of organisation</source>
            <translation>Tipos de organización</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="113" />
            <source>New or returning</source>
            <translation>Nuevos o recurrentes</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="114" />
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="126" />
            <source>Save as &amp;PDF…</source>
            <translation>Guardar como &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="128" />
            <source>Save as &amp;Excel…</source>
            <translation>Guardar como &amp;Excel…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="194" />
            <source>No event is in this selection.</source>
            <translation>Esta selección no incluye ningún evento.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="196" />
            <source>Counted: the people who attended, as recorded.</source>
            <translation>Se cuentan las personas que asistieron, según el registro.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="199" />
            <source>Attendance has not been recorded: counted are the people who were coming.</source>
            <translation>No se ha registrado la asistencia: se cuentan las personas que tenían previsto asistir.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="1" />
            <source>Counted: at events whose attendance is recorded, the people who attended; at the others, the people who were coming.</source>
            <translation>Se cuentan: en los eventos con la asistencia registrada, las personas que asistieron; en los demás, las personas que tenían previsto asistir.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="1" />
            <source>Returning: took part in an earlier event of the same programme (for an event without a programme, in any earlier event).</source>
            <translation>Recurrentes: participaron en un evento anterior del mismo programa (en un evento sin programa, en cualquier evento anterior).</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="222" />
            <source>Events held</source>
            <translation>Eventos celebrados</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="223" />
            <source>Participations in joint actions</source>
            <translation>Participaciones en acciones conjuntas</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="224" />
            <source>Different people</source>
            <translation>Personas distintas</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="227" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="229" />
            <source>Of them women</source>
            <translation>De ellos, mujeres</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="230" />
            <source>New to the network</source>
            <translation>Nuevos en la red</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="231" />
            <source>Organisations involved (participants' and hosts)</source>
            <translation>Organizaciones implicadas (de los participantes y anfitrionas)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="232" />
            <source>Countries of the participants</source>
            <translation>Países de los participantes</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="236" />
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="236" />
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="245" />
            <source>Not known</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="247" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="251" />
            <source>No organisation</source>
            <translation>Sin organización</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="254" />
            <source>Type of organisation</source>
            <translation>Tipo de organización</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="113" />
            <source>New</source>
            <translation>Nuevos</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="209" />
            <source>Returning</source>
            <translation>Recurrentes</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="114" />
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="262" />
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="196" />
            <source>Counted</source>
            <translation>Contados</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="273" />
            <source>attended</source>
            <translation>asistieron</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="275" />
            <source>coming</source>
            <translation>previstos</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="294" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="300" />
            <source>Share</source>
            <translation>Porcentaje</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="335" />
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="339" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="347" />
            <source>Save the statistics</source>
            <translation>Guardar las estadísticas</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="354" />
            <source>Cannot save the statistics</source>
            <translation>No se pueden guardar las estadísticas</translation>
        </message>
        <message>
            <location filename="../../planner/ui/statistics_dialog.py" line="367" />
            <source>{file} could not be saved.

{error}</source>
            <translation>No se ha podido guardar {file}.

{error}</translation>
        </message>
    </context>
</TS>
