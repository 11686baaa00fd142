<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
    <context>
        <name>EventView</name>
        <message>
            <location filename="../../planner/ui/event_view.py" />
            <source>Read-only: a copy of the shared event. Check it out to this copy to change it (planner checkout); changes are refused until then.</source>
            <translation>Μόνο για ανάγνωση: αντίγραφο της κοινόχρηστης εκδήλωσης. Κάντε ανάληψή της (check-out) σε αυτό το αντίγραφο για να την αλλάξετε (planner checkout)· μέχρι τότε οι αλλαγές απορρίπτονται.</translation>
        </message>
    </context>
</TS>
