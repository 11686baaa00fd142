<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>EventView</name>
        <message>
            <location filename="../../planner/ui/event_view.py" />
            <source>Checked out by {author} to a laptop copy since {time} UTC: changes are refused until it is checked in ({copy}).</source>
            <translation>Extraído por {author} a una copia en el portátil desde el {time} UTC: los cambios se rechazan hasta que se reintegre ({copy}).</translation>
        </message>
        <message>
            <location filename="../../planner/ui/event_view.py" />
            <source>Read-only: a copy of the shared event. Check it out to this copy to change it (planner checkout); changes are refused until then.</source>
            <translation>Solo lectura: copia del evento compartido. Extráigalo a esta copia para modificarlo (planner checkout); hasta entonces, los cambios se rechazan.</translation>
        </message>
    </context>
    <context>
        <name>RoadCopiesMenu</name>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check &amp;out to a laptop copy…</source>
            <translation>Extraer a una c&amp;opia en el portátil…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check &amp;in a laptop copy…</source>
            <translation>Re&amp;integrar una copia del portátil…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check out to a laptop copy</source>
            <translation>Extraer a una copia en el portátil</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Planner databases (*.sqlite)</source>
            <translation>Bases de datos de Planner (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>The event is checked out to {path}. Open that file on the laptop to change the event there; nobody can change it here until it is checked in.</source>
            <translation>El evento está extraído en {path}. Abra ese archivo en el portátil para modificar allí el evento; nadie puede modificarlo aquí hasta que se reintegre.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check in a laptop copy</source>
            <translation>Reintegrar una copia del portátil</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Bring these changes back and release the events?</source>
            <translation>¿Traer de vuelta estos cambios y liberar los eventos?</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>The conflicts (the server's values were kept) are listed in {path}.</source>
            <translation>Los conflictos (se conservaron los valores del servidor) figuran en {path}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>{added} added, {changed} changed, {removed} removed, {other} rows of speakers, attendance and messages made as on the laptop; conflicts: {conflicts}</source>
            <translation>{added} añadidos, {changed} modificados, {removed} eliminados, {other} filas de ponentes, asistencia y mensajes tomadas del portátil; conflictos: {conflicts}</translation>
        </message>
    </context>
</TS>
