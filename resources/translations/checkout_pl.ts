<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
    <context>
        <name>EventView</name>
        <message>
            <location filename="../../planner/ui/event_view.py" />
            <source>Read-only: a copy of the shared event. Check it out to this copy to change it (planner checkout); changes are refused until then.</source>
            <translation>Tylko do odczytu: kopia wspólnego wydarzenia. Aby je zmienić, należy je wyewidencjonować do tej kopii (planner checkout); do tego czasu zmiany są odrzucane.</translation>
        </message>
    </context>
</TS>
