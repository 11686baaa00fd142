<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>EventView</name>
        <message>
            <location filename="../../planner/ui/event_view.py" />
            <source>Checked out by {author} to a laptop copy since {time} UTC: changes are refused until it is checked in ({copy}).</source>
            <translation>Von {author} seit {time} UTC für eine Laptop-Kopie ausgecheckt: Änderungen werden abgelehnt, bis die Veranstaltung wieder eingecheckt ist ({copy}).</translation>
        </message>
        <message>
            <location filename="../../planner/ui/event_view.py" />
            <source>Read-only: a copy of the shared event. Check it out to this copy to change it (planner checkout); changes are refused until then.</source>
            <translation>Schreibgeschützt: eine Kopie der gemeinsamen Veranstaltung. Checken Sie sie in diese Kopie aus, um sie zu ändern (planner checkout); bis dahin werden Änderungen abgelehnt.</translation>
        </message>
    </context>
    <context>
        <name>RoadCopiesMenu</name>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check &amp;out to a laptop copy…</source>
            <translation>Für eine Laptop-Kopie a&amp;uschecken…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check &amp;in a laptop copy…</source>
            <translation>Laptop-Kopie ein&amp;checken…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check out to a laptop copy</source>
            <translation>Für eine Laptop-Kopie auschecken</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Planner databases (*.sqlite)</source>
            <translation>Planner-Datenbanken (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>The event is checked out to {path}. Open that file on the laptop to change the event there; nobody can change it here until it is checked in.</source>
            <translation>Die Veranstaltung ist in {path} ausgecheckt. Öffnen Sie diese Datei auf dem Laptop, um die Veranstaltung dort zu ändern; hier kann sie niemand ändern, bis sie wieder eingecheckt ist.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Check in a laptop copy</source>
            <translation>Laptop-Kopie einchecken</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>Bring these changes back and release the events?</source>
            <translation>Diese Änderungen zurückbringen und die Veranstaltungen freigeben?</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>The conflicts (the server's values were kept) are listed in {path}.</source>
            <translation>Die Konflikte (die Werte des Servers wurden beibehalten) sind in {path} aufgeführt.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/road_copies_menu.py" />
            <source>{added} added, {changed} changed, {removed} removed, {other} rows of speakers, attendance and messages made as on the laptop; conflicts: {conflicts}</source>
            <translation>{added} hinzugefügt, {changed} geändert, {removed} entfernt, {other} Zeilen zu Vortragenden, Anwesenheit und Nachrichten wie auf dem Laptop übernommen; Konflikte: {conflicts}</translation>
        </message>
    </context>
</TS>
