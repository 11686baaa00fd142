<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>EventView</name>
        <message>
            <location filename="../../planner/ui/event_view.py" />
            <source>Read-only: a copy of the shared event. Check it out to this copy to change it (planner checkout); changes are refused until then.</source>
            <translation>Lecture seule : copie de l'événement partagé. Extrayez-le vers cette copie pour le modifier (planner checkout) ; d'ici là, les modifications sont refusées.</translation>
        </message>
    </context>
</TS>
