<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>CalDavPublishDialog</name>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="41" />
            <source>The password is kept until Planner closes only, never written down: {problem}.</source>
            <translation>La contraseña solo se guarda hasta que se cierre Planner, nunca por escrito: {problem}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="44" />
            <source>The password is kept in the system keyring ({keyring}), never in the database.</source>
            <translation>La contraseña se guarda en el llavero del sistema ({keyring}), nunca en la base de datos.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="61" />
            <source>Planner puts the event and each agenda item into a calendar on a CalDAV server (Nextcloud, Radicale, Baïkal, SOGo, Fastmail, iCloud…). Partners subscribe to that calendar once and always see the current programme. Planner changes only the entries it published there, never your partners' own.</source>
            <translation>Planner coloca el evento y cada punto del programa en un calendario de un servidor CalDAV (Nextcloud, Radicale, Baïkal, SOGo, Fastmail, iCloud…). Los socios se suscriben una vez a ese calendario y siempre ven el programa actual. Planner solo modifica los elementos que publicó allí, nunca los propios de sus socios.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="77" />
            <source>Calendar URL:</source>
            <translation>URL del calendario:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="78" />
            <source>User name:</source>
            <translation>Nombre de usuario:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="79" />
            <source>Password:</source>
            <translation>Contraseña:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="85" />
            <source>Also publish each participant's personal calendar, each to a calendar of its own</source>
            <translation>Publicar también el calendario personal de cada participante, cada uno en un calendario propio</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="91" />
            <source>Make them under:</source>
            <translation>Crearlos en:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="93" />
            <source>Each of these calendars holds that person's travel and hotel. On the server, share each one with its person only, never with a group. The account you publish with can read them all.</source>
            <translation>Cada uno de estos calendarios contiene los viajes y el hotel de esa persona. En el servidor, compártalo solo con esa persona, nunca con un grupo. La cuenta con la que se publica puede leerlos todos.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="97" />
            <source>&amp;Test connection</source>
            <translation>&amp;Probar la conexión</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="100" />
            <source>&amp;Publish</source>
            <translation>P&amp;ublicar</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="103" />
            <source>&amp;Stop publishing</source>
            <translation>&amp;Dejar de publicar</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="136" />
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="234" />
            <source>Type the password of {user}.</source>
            <translation>Escriba la contraseña de {user}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="147" />
            <source>Connecting to {url}…</source>
            <translation>Conectando con {url}…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="159" />
            <source>a connection test</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>una prueba de conexión</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="180" />
            <source>The event is no longer published; the calendar on the server keeps its entries.</source>
            <translation>El evento ya no se publica; el calendario del servidor conserva sus elementos.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="215" />
            <source>Type the address under which the personal calendars are made.</source>
            <translation>Escriba la dirección en la que se crean los calendarios personales.</translation>
        </message>
    </context>
    <context>
        <name>CalDavPublishing</name>
        <message>
            <location filename="../../planner/ui/caldav_publishing.py" line="30" />
            <source>Publish to a calendar &amp;server…</source>
            <translation>Publicar en un &amp;servidor de calendario…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publishing.py" line="33" />
            <source>Put the programme into a CalDAV calendar (Nextcloud, Radicale…) that partners subscribe to</source>
            <translation>Colocar el programa en un calendario CalDAV (Nextcloud, Radicale…) al que se suscriben los socios</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publishing.py" line="38" />
            <source>Publish &amp;now</source>
            <translation>Publicar a&amp;hora</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publishing.py" line="40" />
            <source>Bring the published calendar up to date with the programme</source>
            <translation>Actualizar el calendario publicado con el programa</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="34" />
            <source>Publish to a calendar server</source>
            <translation>Publicar en un servidor de calendario</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="35" />
            <source>Cannot publish the calendar</source>
            <translation>No se puede publicar el calendario</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="252" />
            <source>{error}

Nothing was changed on the server.</source>
            <translation>{error}

No se cambió nada en el servidor.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="261" />
            <source>publishing</source>
            <comment>what is running, at the start of a sentence</comment>
            <translation>una publicación</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="262" />
            <source>Publishing to {url}…</source>
            <translation>Publicando en {url}…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="276" />
            <source>The calendar at {url} was up to date: nothing was written (%n entries).</source>
            <translation>
                <numerusform>El calendario de {url} estaba al día: no se escribió nada (%n elemento).</numerusform>
                <numerusform>El calendario de {url} estaba al día: no se escribió nada (%n elementos).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="284" />
            <source>Published to {url}:</source>
            <translation>Publicado en {url}:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="285" />
            <source>%n created</source>
            <translation>
                <numerusform>%n creado</numerusform>
                <numerusform>%n creados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="286" />
            <source>%n updated</source>
            <translation>
                <numerusform>%n actualizado</numerusform>
                <numerusform>%n actualizados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="287" />
            <source>%n removed</source>
            <translation>
                <numerusform>%n eliminado</numerusform>
                <numerusform>%n eliminados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="291" />
            <source>Left as they are, changed on the server by someone else since Planner published them: {titles}</source>
            <translation>Se dejan como están, porque otra persona los cambió en el servidor después de que Planner los publicara: {titles}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="298" />
            <source>{problem}

What was written before is recorded: publish again to finish.</source>
            <translation>{problem}

Lo escrito antes queda registrado: publique de nuevo para terminar.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="313" />
            <source>Replace them with the programme?</source>
            <translation>¿Desea reemplazarlos por el programa?</translation>
        </message>
        <message>
            <location filename="../../planner/ui/caldav_publish_dialog.py" line="340" />
            <source>Personal calendar of {name}: {done}</source>
            <translation>Calendario personal de {name}: {done}</translation>
        </message>
    </context>
</TS>
