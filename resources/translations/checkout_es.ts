<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>EventView</name>
        <message>
            <location filename="../../planner/ui/event_view.py" />
            <source>Read-only: a copy of the shared event. Check it out to this copy to change it (planner checkout); changes are refused until then.</source>
            <translation>Solo lectura: copia del evento compartido. Extráigalo a esta copia para modificarlo (planner checkout); hasta entonces, los cambios se rechazan.</translation>
        </message>
    </context>
</TS>
