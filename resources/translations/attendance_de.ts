<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>ProgrammeDialog</name>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Import…</source>
            <translation>Importieren…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>None</source>
            <translation>Keines</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Import a picture</source>
            <translation>Bild importieren</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
            <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Cannot import the picture</source>
            <translation>Das Bild kann nicht importiert werden</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>{file}: is not a PNG, JPEG or SVG picture Planner can read.</source>
            <translation>{file}: ist kein PNG-, JPEG- oder SVG-Bild, das Planner lesen kann.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Programme details</source>
            <translation>Angaben zum Förderprogramm</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Shown on every document of the events of this programme: on signature sheets, on every page.</source>
            <translation>Erscheint auf jedem Dokument der Veranstaltungen dieses Programms, auf Unterschriftenblättern auf jeder Seite.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>e.g. Interreg Europe, COSME, Erasmus+</source>
            <translation>z. B. Interreg Europe, COSME, Erasmus+</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>e.g. 101083928</source>
            <translation>z. B. 101083928</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>&amp;Programme</source>
            <translation>&amp;Programm</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>&amp;Funding statement</source>
            <translation>&amp;Förderhinweis</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>&amp;Grant agreement number</source>
            <translation>Nummer der Finanzhilfe&amp;vereinbarung</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Programme's &amp;logo</source>
            <translation>&amp;Logo des Programms</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Funder's &amp;emblem</source>
            <translation>&amp;Emblem des Fördergebers</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Programme: please write the programme's name.</source>
            <translation>Programm: Bitte geben Sie den Namen des Programms ein.</translation>
        </message>
    </context>
    <context>
        <name>DoorCheckIn</name>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Attendance</source>
            <translation>Anwesenheit</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Signed &amp;morning and afternoon apart</source>
            <translation>&amp;Vormittags und nachmittags getrennt unterschreiben</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Morning</source>
            <translation>Vormittag</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Afternoon</source>
            <translation>Nachmittag</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Ticked at the door</source>
            <translation>Am Eingang abgehakt</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>From a signed sheet</source>
            <translation>Von einem unterschriebenen Blatt</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Type a name to find it</source>
            <translation>Namen eingeben, um die Person zu finden</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>&amp;Day</source>
            <translation>&amp;Tag</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>&amp;Part of the day</source>
            <translation>Tages&amp;hälfte</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>&amp;Source</source>
            <translation>&amp;Quelle</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Present: {present} of {total}</source>
            <translation>Anwesend: {present} von {total}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../planner/ui/main_window.py" />
            <source>&amp;Programme details…</source>
            <translation>Angaben zum &amp;Programm…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" />
            <source>&amp;Attendance…</source>
            <translation>&amp;Anwesenheit…</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../planner/ui/overview.py" />
            <source>Logos, funding statement, grant number…</source>
            <translation>Logos, Förderhinweis, Vereinbarungsnummer…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/overview.py" />
            <source>The programme's logos, funding statement and grant agreement number</source>
            <translation>Logos, Förderhinweis und Nummer der Finanzhilfevereinbarung des Programms</translation>
        </message>
    </context>
</TS>
