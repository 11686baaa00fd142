<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>ProgrammeDialog</name>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Import a picture</source>
            <translation>Importar una imagen</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Cannot import the picture</source>
            <translation>No se puede importar la imagen</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>{file}: is not a PNG, JPEG or SVG picture Planner can read.</source>
            <translation>{file}: no es una imagen PNG, JPEG o SVG que Planner pueda leer.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Programme details</source>
            <translation>Datos del programa</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Shown on every document of the events of this programme: on signature sheets, on every page.</source>
            <translation>Aparece en todos los documentos de los eventos de este programa y en cada página de las hojas de firmas.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>e.g. Interreg Europe, COSME, Erasmus+</source>
            <translation>p. ej. Interreg Europe, COSME, Erasmus+</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>e.g. 101083928</source>
            <translation>p. ej. 101083928</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>&amp;Programme</source>
            <translation>&amp;Programa</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>&amp;Funding statement</source>
            <translation>Declaración de &amp;financiación</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>&amp;Grant agreement number</source>
            <translation>Número del acuerdo de &amp;subvención</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Programme's &amp;logo</source>
            <translation>&amp;Logotipo del programa</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Funder's &amp;emblem</source>
            <translation>&amp;Emblema del financiador</translation>
        </message>
        <message>
            <location filename="../../planner/ui/programme_dialog.py" />
            <source>Programme: please write the programme's name.</source>
            <translation>Programa: escriba el nombre del programa.</translation>
        </message>
    </context>
    <context>
        <name>DoorCheckIn</name>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Signed &amp;morning and afternoon apart</source>
            <translation>Firmas de &amp;mañana y tarde por separado</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Morning</source>
            <translation>Mañana</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Afternoon</source>
            <translation>Tarde</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Ticked at the door</source>
            <translation>Marcado en la entrada</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>From a signed sheet</source>
            <translation>De una hoja firmada</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Type a name to find it</source>
            <translation>Escriba un nombre para encontrarlo</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>&amp;Day</source>
            <translation>&amp;Día</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>&amp;Part of the day</source>
            <translation>&amp;Parte del día</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>&amp;Source</source>
            <translation>&amp;Origen</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>&amp;Find</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <location filename="../../planner/ui/door_check_in.py" />
            <source>Present: {present} of {total}</source>
            <translation>Presentes: {present} de {total}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../planner/ui/main_window.py" />
            <source>&amp;Programme details…</source>
            <translation>Datos del &amp;programa…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" />
            <source>&amp;Attendance…</source>
            <translation>&amp;Asistencia…</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../planner/ui/overview.py" />
            <source>Logos, funding statement, grant number…</source>
            <translation>Logotipos, declaración de financiación, n.º de acuerdo…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/overview.py" />
            <source>The programme's logos, funding statement and grant agreement number</source>
            <translation>Logotipos, declaración de financiación y número del acuerdo de subvención del programa</translation>
        </message>
    </context>
</TS>
