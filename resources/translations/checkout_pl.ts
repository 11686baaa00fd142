<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
    <context>
        <name>EventView</name>
        <message>
            <location filename="../../planner/ui/event_view.py" />
            <source>Checked out by {author} to a laptop copy since {time} UTC: changes are refused until it is checked in ({copy}).</source>
            <translation>Wyewidencjonowane do kopii na laptopie (kto: {author}, od: {time} UTC): zmiany są odrzucane, dopóki nie zostanie zaewidencjonowane ({copy}).</translation>
        </message>
        <message>
            <location filename="../../planner/ui/event_view.py" />
            <source>Read-only: a copy of the shared event. Check it out to this copy to change it (planner checkout); changes are refused until then.</source>
            <translation>Tylko do odczytu: kopia wspólnego wydarzenia. Aby je zmienić, należy je wyewidencjonować do tej kopii (planner checkout); do tego czasu zmiany są odrzucane.</translation>
        </message>
    </context>
    <context>
        <name>RoadCopiesMenu</name>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check &amp;out to a laptop copy…</source>
            <translation>Wyewidencjonuj do kopii na &amp;laptopie…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check &amp;in a laptop copy…</source>
            <translation>Zaew&amp;idencjonuj kopię z laptopa…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check out to a laptop copy</source>
            <translation>Wyewidencjonuj do kopii na laptopie</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Planner databases (*.sqlite)</source>
            <translation>Bazy danych Planner (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>The event is checked out to {path}. Open that file on the laptop to change the event there; nobody can change it here until it is checked in.</source>
            <translation>Wydarzenie jest wyewidencjonowane do {path}. Aby je zmienić, należy otworzyć ten plik na laptopie; tutaj nikt nie może go zmienić, dopóki nie zostanie zaewidencjonowane.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check in a laptop copy</source>
            <translation>Zaewidencjonuj kopię z laptopa</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Bring these changes back and release the events?</source>
            <translation>Przenieść te zmiany z powrotem i zwolnić wydarzenia?</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>The conflicts (the server's values were kept) are listed in {path}.</source>
            <translation>Konflikty (zachowano wartości z serwera) są wymienione w {path}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>{added} added, {changed} changed, {removed} removed, {other} rows of speakers, attendance and messages made as on the laptop; conflicts: {conflicts}</source>
            <translation>dodano: {added}, zmieniono: {changed}, usunięto: {removed}, wiersze prelegentów, obecności i wiadomości przeniesione z laptopa: {other}; konflikty: {conflicts}</translation>
        </message>
    </context>
</TS>
