<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>EventView</name>
        <message>
            <location filename="../../planner/ui/event_view.py" />
            <source>Read-only: a copy of the shared event. Check it out to this copy to change it (planner checkout); changes are refused until then.</source>
            <translation>Schreibgeschützt: eine Kopie der gemeinsamen Veranstaltung. Checken Sie sie in diese Kopie aus, um sie zu ändern (planner checkout); bis dahin werden Änderungen abgelehnt.</translation>
        </message>
    </context>
</TS>
