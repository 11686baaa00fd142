<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>EventView</name>
        <message>
            <location filename="../../planner/ui/event_view.py" />
            <source>Read-only: a copy of the shared event. Check it out to this copy to change it (planner checkout); changes are refused until then.</source>
            <translation>Sola lettura: copia dell'evento condiviso. Lo estragga in questa copia per modificarlo (planner checkout); fino ad allora le modifiche vengono rifiutate.</translation>
        </message>
    </context>
</TS>
