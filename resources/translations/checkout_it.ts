<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>EventView</name>
        <message>
            <location filename="../../planner/ui/event_view.py" />
            <source>Checked out by {author} to a laptop copy since {time} UTC: changes are refused until it is checked in ({copy}).</source>
            <translation>Estratto da {author} in una copia sul portatile dal {time} UTC: le modifiche vengono rifiutate finché non viene reintegrato ({copy}).</translation>
        </message>
        <message>
            <location filename="../../planner/ui/event_view.py" />
            <source>Read-only: a copy of the shared event. Check it out to this copy to change it (planner checkout); changes are refused until then.</source>
            <translation>Sola lettura: copia dell'evento condiviso. Lo estragga in questa copia per modificarlo (planner checkout); fino ad allora le modifiche vengono rifiutate.</translation>
        </message>
    </context>
    <context>
        <name>RoadCopiesMenu</name>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check &amp;out to a laptop copy…</source>
            <translation>Estrai in una copia su&amp;l portatile…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check &amp;in a laptop copy…</source>
            <translation>Re&amp;integra una copia dal portatile…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check out to a laptop copy</source>
            <translation>Estrai in una copia sul portatile</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Planner databases (*.sqlite)</source>
            <translation>Database di Planner (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>The event is checked out to {path}. Open that file on the laptop to change the event there; nobody can change it here until it is checked in.</source>
            <translation>L'evento è estratto in {path}. Apra quel file sul portatile per modificare lì l'evento; nessuno può modificarlo qui finché non viene reintegrato.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check in a laptop copy</source>
            <translation>Reintegra una copia dal portatile</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Bring these changes back and release the events?</source>
            <translation>Riportare queste modifiche e liberare gli eventi?</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>The conflicts (the server's values were kept) are listed in {path}.</source>
            <translation>I conflitti (sono stati mantenuti i valori del server) sono elencati in {path}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>{added} added, {changed} changed, {removed} removed, {other} rows of speakers, attendance and messages made as on the laptop; conflicts: {conflicts}</source>
            <translation>{added} aggiunti, {changed} modificati, {removed} eliminati, {other} righe di relatori, presenze e messaggi riprese dal portatile; conflitti: {conflicts}</translation>
        </message>
    </context>
</TS>
