<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>ProgrammeDialog</name>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Import…</source>
            <translation>Importa…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>None</source>
            <translation>Nessuna</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Import a picture</source>
            <translation>Importa un'immagine</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
            <translation>Immagini (*.png *.jpg *.jpeg *.svg)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Cannot import the picture</source>
            <translation>Impossibile importare l'immagine</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>{file}: is not a PNG, JPEG or SVG picture Planner can read.</source>
            <translation>{file}: non è un'immagine PNG, JPEG o SVG leggibile da Planner.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Programme details</source>
            <translation>Dettagli del programma</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Shown on every document of the events of this programme: on signature sheets, on every page.</source>
            <translation>Compare su ogni documento degli eventi di questo programma e su ogni pagina dei fogli firme.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>e.g. Interreg Europe, COSME, Erasmus+</source>
            <translation>ad es. Interreg Europe, COSME, Erasmus+</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>e.g. 101083928</source>
            <translation>ad es. 101083928</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>&amp;Programme</source>
            <translation>&amp;Programma</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>&amp;Funding statement</source>
            <translation>Dicitura sul &amp;finanziamento</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>&amp;Grant agreement number</source>
            <translation>Numero della convenzione di &amp;sovvenzione</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Programme's &amp;logo</source>
            <translation>&amp;Logo del programma</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Funder's &amp;emblem</source>
            <translation>&amp;Emblema del finanziatore</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Programme: please write the programme's name.</source>
            <translation>Programma: scriva il nome del programma.</translation>
        </message>
    </context>
    <context>
        <name>DoorCheckIn</name>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Attendance</source>
            <translation>Presenze</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Signed &amp;morning and afternoon apart</source>
            <translation>Firme di &amp;mattina e pomeriggio separate</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Morning</source>
            <translation>Mattina</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Afternoon</source>
            <translation>Pomeriggio</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Ticked at the door</source>
            <translation>Spuntato all'ingresso</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>From a signed sheet</source>
            <translation>Da un foglio firmato</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Type a name to find it</source>
            <translation>Scriva un nome per trovarlo</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>&amp;Day</source>
            <translation>&amp;Giorno</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>&amp;Part of the day</source>
            <translation>&amp;Parte della giornata</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>&amp;Source</source>
            <translation>&amp;Origine</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>&amp;Find</source>
            <translation>&amp;Cerca</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Present: {present} of {total}</source>
            <translation>Presenti: {present} su {total}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../planner/ui/main_window.py" />
            <source>&amp;Programme details…</source>
            <translation>Dettagli del &amp;programma…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" />
            <source>&amp;Attendance…</source>
            <translation>Pre&amp;senze…</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../planner/ui/overview.py" />
            <source>Logos, funding statement, grant number…</source>
            <translation>Loghi, dicitura sul finanziamento, n. di convenzione…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/overview.py" />
            <source>The programme's logos, funding statement and grant agreement number</source>
            <translation>Loghi, dicitura sul finanziamento e numero della convenzione di sovvenzione del programma</translation>
        </message>
    </context>
</TS>
