<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AppContext</name>
    <message>
        <source>Cannot save this</source>
        <translation>No se ha podido guardar</translation>
    </message>
    <message>
        <source>Cannot {action}</source>
        <translation>No se ha podido realizar: {action}</translation>
    </message>
    <message>
        <source>The database is open read-only</source>
        <translation>La base de datos está abierta en modo de solo lectura</translation>
    </message>
    <message>
        <source>{path}: opened read-only; nothing was changed. To make changes, close it in the other Planner (or make the file writable), then open it again with File ▸ Open database.</source>
        <translation>{path}: abierta en modo de solo lectura; no se ha cambiado nada. Para hacer cambios, ciérrela en el otro Planner (o permita escribir en el archivo) y vuelva a abrirla con Archivo ▸ Abrir base de datos.</translation>
    </message>
</context>
<context>
    <name>CountryLine</name>
    <message>
        <source>e.g. Greece, Ελλάδα or GR: a name in any European language, or the code</source>
        <translation>p. ej. Grecia, Ελλάδα o GR: un nombre en cualquier lengua europea, o el código</translation>
    </message>
</context>
<context>
    <name>EventNavigator</name>
    <message>
        <source>Search events…</source>
        <translation>Buscar eventos…</translation>
    </message>
    <message>
        <source>No event matches &apos;{}&apos;</source>
        <translation>Ningún evento coincide con «{}»</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Acciones pendientes</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximos</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Pasados</translation>
    </message>
    <message>
        <source>By programme</source>
        <translation>Por programa</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>Sin programa</translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logística</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <source>No {field} matches &apos;{}&apos;</source>
        <translation>Nada en «{field}» coincide con «{}»</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>&lt;h2&gt;Getting started with Planner&lt;/h2&gt; &lt;p&gt;Planner keeps your workshops, partner meetings, study visits and conferences in one database on this computer: each event with its days, venue and time zone, its programme, who takes part, their travel and hotels, and what was decided. Every change is saved at once, and &lt;b&gt;Edit ▸ Undo&lt;/b&gt; (Ctrl+Z) takes it back.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Primeros pasos con Planner&lt;/h2&gt; &lt;p&gt;Planner guarda sus talleres, reuniones de socios, visitas de estudio y conferencias en una base de datos en este ordenador: cada evento con sus días, su sede y su zona horaria, su programa, quién participa, sus viajes y hoteles, y lo que se decidió. Cada cambio se guarda al instante, y &lt;b&gt;Edición ▸ Deshacer&lt;/b&gt; (Ctrl+Z) lo revierte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The events and their five tabs&lt;/h3&gt; &lt;p&gt;Choose an event on the left, or create one with &lt;b&gt;Event ▸ New event&lt;/b&gt; (Ctrl+N). It opens in five tabs (Alt+1 to Alt+5):&lt;/p&gt; &lt;ul&gt; &lt;li&gt;&lt;b&gt;Overview&lt;/b&gt;: the event&apos;s details, related events, and what needs attention: conflicts, people without travel or a hotel, invitations not answered, actions overdue. Click a line to go there.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Agenda&lt;/b&gt;: the programme day by day, as a list or a timeline. Drag a block to move it, or its bottom edge to change its length; from the keyboard, Alt+Up/Down and Alt+Shift+Up/Down.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Participants&lt;/b&gt;: who is invited and coming, with their role, status and needs. Add people from the Directory, or import a list with &lt;b&gt;File ▸ Participant lists&lt;/b&gt;.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Logistics&lt;/b&gt;: each person&apos;s travel and hotel, arrivals and departures, and costs.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Minutes&lt;/b&gt;: the summary, conclusions, decisions and actions, with owners and due days.&lt;/li&gt; &lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Los eventos y sus cinco pestañas&lt;/h3&gt; &lt;p&gt;Elija un evento a la izquierda o cree uno con &lt;b&gt;Evento ▸ Nuevo evento&lt;/b&gt; (Ctrl+N). Se abre en cinco pestañas (Alt+1 a Alt+5):&lt;/p&gt; &lt;ul&gt; &lt;li&gt;&lt;b&gt;Resumen&lt;/b&gt;: los datos del evento, los eventos relacionados y lo que requiere atención: conflictos, personas sin viaje u hotel, invitaciones sin respuesta, acciones vencidas. Haga clic en una línea para ir allí.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Programa&lt;/b&gt;: el programa día a día, como lista o como cronograma. Arrastre un bloque para moverlo, o su borde inferior para cambiar su duración; con el teclado, Alt+Arriba/Abajo y Alt+Mayús+Arriba/Abajo.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Participantes&lt;/b&gt;: quién está invitado y quién viene, con su función, su estado y sus necesidades. Añada personas desde el Directorio o importe una lista con &lt;b&gt;Archivo ▸ Listas de participantes&lt;/b&gt;.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Logística&lt;/b&gt;: el viaje y el hotel de cada persona, las llegadas y salidas, y los costes.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Acta&lt;/b&gt;: el resumen, las conclusiones, las decisiones y las acciones, con responsables y plazos.&lt;/li&gt; &lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Invitations and messages&lt;/h3&gt; &lt;p&gt;&lt;b&gt;Calendar ▸ Send invitations…&lt;/b&gt; e-mails each participant a calendar invitation and says first who gets a new one, an update, a cancellation or nothing. Their answers come back with &lt;b&gt;Calendar ▸ Fetch replies from mailbox…&lt;/b&gt; (or &lt;b&gt;Import replies to invitations…&lt;/b&gt;, for replies saved as files). &lt;b&gt;Calendar ▸ Send a message…&lt;/b&gt; sends a letter from a template (practical information, a reminder, a thank-you). The mail server is set once in &lt;b&gt;Edit ▸ Mail settings…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Invitaciones y mensajes&lt;/h3&gt; &lt;p&gt;&lt;b&gt;Calendario ▸ Enviar invitaciones…&lt;/b&gt; envía a cada participante una invitación de calendario por correo electrónico e indica antes quién recibirá una nueva, una actualización, una cancelación o nada. Las respuestas llegan con &lt;b&gt;Calendario ▸ Recoger respuestas del buzón…&lt;/b&gt; (o &lt;b&gt;Importar respuestas a invitaciones…&lt;/b&gt;, para respuestas guardadas como archivos). &lt;b&gt;Calendario ▸ Enviar un mensaje…&lt;/b&gt; envía una carta a partir de una plantilla (información práctica, un recordatorio, un agradecimiento). El servidor de correo se configura una sola vez en &lt;b&gt;Edición ▸ Configuración del correo…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Documents&lt;/h3&gt; &lt;p&gt;The &lt;b&gt;Documents&lt;/b&gt; menu previews, prints or saves as PDF the agenda, participant and signature lists, badges, itineraries and the conclusions report (Ctrl+P opens the agenda).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Documentos&lt;/h3&gt; &lt;p&gt;El menú &lt;b&gt;Documentos&lt;/b&gt; muestra, imprime o guarda en PDF el programa, las listas de participantes y de firmas, las acreditaciones, los itinerarios y el informe de conclusiones (Ctrl+P abre el programa).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every keyboard shortcut is listed in &lt;b&gt;Help ▸ Keyboard shortcuts&lt;/b&gt;; this page stays in &lt;b&gt;Help ▸ Getting started&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Todos los atajos de teclado figuran en &lt;b&gt;Ayuda ▸ Atajos de teclado&lt;/b&gt;; esta página sigue disponible en &lt;b&gt;Ayuda ▸ Primeros pasos&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Más menús</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Desplazar a la izquierda</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Desplazar a la derecha</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>{error}

Your data is safe: everything before this was saved, and the unfinished change was not. Details are in {log}.</source>
        <translation>{error}

Sus datos están a salvo: todo lo anterior se guardó, y el cambio inacabado no. Encontrará los detalles en {log}.</translation>
    </message>
    <message>
        <source>Planner opens the default database instead.</source>
        <translation>En su lugar, Planner abre la base de datos predeterminada.</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>No se ha hecho ninguna copia de seguridad</translation>
    </message>
    <message>
        <source>{problem}.

The database is open and every change is still saved. Try File ▸ Back up now later.</source>
        <translation>{problem}.

La base de datos está abierta y cada cambio se sigue guardando. Pruebe más tarde con Archivo ▸ Hacer copia de seguridad ahora.</translation>
    </message>
    <message>
        <source>Show the {tab} tab</source>
        <translation>Mostrar la pestaña {tab}</translation>
    </message>
    <message>
        <source>Choose an event on the left, or create one with Event ▸ New event (Ctrl+N).</source>
        <translation>Elija un evento a la izquierda o cree uno con Evento ▸ Nuevo evento (Ctrl+N).</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Opened read-only: nothing can be changed. Close it where it is open, then open it again to change it.</source>
        <translation>Abierta en modo de solo lectura: no se puede cambiar nada. Ciérrela donde esté abierta y vuelva a abrirla para modificarla.</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <source>Create an event</source>
        <translation>Crear un evento</translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation>&amp;Eliminar evento…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find event</source>
        <translation>&amp;Buscar evento</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Directorio</translation>
    </message>
    <message>
        <source>People and organisations of all events</source>
        <translation>Personas y organizaciones de todos los eventos</translation>
    </message>
    <message>
        <source>Open &amp;actions</source>
        <translation>&amp;Acciones pendientes</translation>
    </message>
    <message>
        <source>Open actions of all events</source>
        <translation>Acciones pendientes de todos los eventos</translation>
    </message>
    <message>
        <source>&amp;{number} {tab}</source>
        <translation>&amp;{number} {tab}</translation>
    </message>
    <message>
        <source>Import participants…</source>
        <translation>Importar participantes…</translation>
    </message>
    <message>
        <source>Add participants from a CSV or Excel list, with a preview</source>
        <translation>Añadir participantes desde una lista CSV o Excel, con vista previa</translation>
    </message>
    <message>
        <source>Export participants…</source>
        <translation>Exportar participantes…</translation>
    </message>
    <message>
        <source>Save the participant list as an Excel or CSV file</source>
        <translation>Guardar la lista de participantes como archivo Excel o CSV</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Deshacer: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Rehacer: {step}</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Planner will speak the language chosen from its next start.</source>
        <translation>Planner usará el idioma elegido a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Participant lists</source>
        <translation>&amp;Listas de participantes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Mail settings…</source>
        <translation>&amp;Configuración del correo…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation>Even&amp;to</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, and where it works</source>
        <translation>Todos los atajos de teclado y dónde funcionan</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>What Planner keeps, and where to find it</source>
        <translation>Qué guarda Planner y dónde encontrarlo</translation>
    </message>
    <message>
        <source>&amp;About Planner</source>
        <translation>Acerca &amp;de Planner</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) · read-only {path}</source>
        <translation>
            <numerusform>%n evento · solo lectura {path}</numerusform>
            <numerusform>%n eventos · solo lectura {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) · saved in {path}</source>
        <translation>
            <numerusform>%n evento · guardado en {path}</numerusform>
            <numerusform>%n eventos · guardados en {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>e.g. Kraków: the time zone follows</source>
        <translation>p. ej. Cracovia: la zona horaria se ajusta sola</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message>
        <source>Delete “{title}” with its agenda, participants, travel, stays, costs and minutes?

People and organisations stay in the Directory. You can undo this with Edit ▸ Undo.</source>
        <translation>¿Eliminar «{title}» con su programa, participantes, viajes, alojamientos, costes y acta?

Las personas y organizaciones permanecen en el Directorio. Puede deshacerlo con Edición ▸ Deshacer.</translation>
    </message>
    <message>
        <source>Cannot delete the event</source>
        <translation>No se puede eliminar el evento</translation>
    </message>
    <message>
        <source>{file} — Read-only — Planner</source>
        <translation>{file} — Solo lectura — Planner</translation>
    </message>
    <message>
        <source>{file} — Planner</source>
        <translation>{file} — Planner</translation>
    </message>
    <message>
        <source>About Planner</source>
        <translation>Acerca de Planner</translation>
    </message>
    <message>
        <source>&lt;b&gt;Planner {version}&lt;/b&gt;&lt;p&gt;Plan workshops, partner meetings, study visits and conferences.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Planner {version}&lt;/b&gt;&lt;p&gt;Planifique talleres, reuniones de socios, visitas de estudio y conferencias.&lt;/p&gt;&lt;p&gt;Base de datos: {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Organización anfitriona</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa de financiación</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>Organiser e-mail</source>
        <translation>Correo del organizador</translation>
    </message>
    <message>
        <source>About the event</source>
        <translation>Sobre el evento</translation>
    </message>
    <message>
        <source>Objectives (one a line)</source>
        <translation>Objetivos (uno por línea)</translation>
    </message>
    <message>
        <source>Click to see the conflicts, below</source>
        <translation>Haga clic para ver los conflictos, más abajo</translation>
    </message>
    <message>
        <source>Click to go to the first of them in the Logistics tab</source>
        <translation>Haga clic para ir al primero en la pestaña Logística</translation>
    </message>
    <message>
        <source>Click to list them in the Participants tab</source>
        <translation>Haga clic para verlos en la pestaña Participantes</translation>
    </message>
    <message>
        <source>Click to see the first in the Minutes tab</source>
        <translation>Haga clic para ver la primera en la pestaña Acta</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} y %n más</numerusform>
            <numerusform>{names} y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. the organiser&apos;s address</source>
        <translation>p. ej. la dirección del organizador</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>Eventos relacionados</translation>
    </message>
    <message>
        <source>Conflicts and problems</source>
        <translation>Conflictos y problemas</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nada requiere atención.</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open this event</source>
        <translation>Pulse Intro o haga doble clic para abrir este evento</translation>
    </message>
    <message>
        <source>Click to go to the item</source>
        <translation>Haga clic para ir al elemento</translation>
    </message>
    <message>
        <source>No conflicts found.</source>
        <translation>No se han encontrado conflictos.</translation>
    </message>
    <message>
        <source>Cannot save this</source>
        <translation>No se ha podido guardar</translation>
    </message>
    <message>
        <source>{city} is in {zone}. &lt;a href=&quot;{link}&quot;&gt;Use this time zone&lt;/a&gt;</source>
        <translation>{city} está en la zona horaria {zone}. &lt;a href=&quot;{link}&quot;&gt;Usar esta zona horaria&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Event in Planner</source>
        <translation>Evento en Planner</translation>
    </message>
    <message>
        <source>…or its title</source>
        <translation>…o su título</translation>
    </message>
    <message>
        <source>Only for an event not in Planner</source>
        <translation>Solo para un evento que no está en Planner</translation>
    </message>
    <message>
        <source>Add a related event</source>
        <translation>Añadir un evento relacionado</translation>
    </message>
    <message>
        <source>the people whose invitation is not answered</source>
        <translation>las personas que no han respondido a la invitación</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>Planner speaks the language chosen from its next start.</source>
        <translation>Planner usa el idioma elegido a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Mostrar los detalles...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ocultar los detalles...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Guardar todo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sí a &amp;todo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o a todo</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrumpir</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reinicializar</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar los valores predeterminados</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar la ubicación del en&amp;lace</translation>
    </message>
</context>
<context>
    <name>SearchCombo</name>
    <message>
        <source>Nothing matches &apos;{}&apos;</source>
        <translation>Nada coincide con «{}»</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>{tab} tab</source>
        <translation>Pestaña {tab}</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Acciones pendientes</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>A tab&apos;s keys work while the tab is shown; the others, everywhere in the window.</source>
        <translation>Las teclas de una pestaña funcionan mientras se muestra; las demás, en toda la ventana.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Fit the page&apos;s width</source>
        <translation>Ajustar al ancho de la página</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>{task} is still running; try again when it has finished</source>
        <translation>{task} sigue en curso; vuelva a intentarlo cuando haya terminado</translation>
    </message>
    <message>
        <source>{task} stopped on an unexpected error ({error}); nothing was changed. Details are in {log}.</source>
        <translation>{task} se detuvo por un error inesperado ({error}); no se ha cambiado nada. Encontrará los detalles en {log}.</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>una importación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Quit Planner</source>
        <translation>Salir de Planner</translation>
    </message>
    <message>
        <source>{task} is running. Stop it and quit?

Nothing of it will be saved or written.</source>
        <translation>{task} está en curso. ¿Detener el proceso y salir?

No se guardará ni se escribirá nada de ese proceso.</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>No time zone or place matches &apos;{}&apos;</source>
        <translation>Ninguna zona horaria ni lugar coincide con «{}»</translation>
    </message>
    <message>
        <source>Type a city, an airport or a country: Athens, ATH, Greece</source>
        <translation>Escriba una ciudad, un aeropuerto o un país: Atenas, ATH, Grecia</translation>
    </message>
    <message>
        <source>Type a city, an airport or a country, in any of the usual European languages</source>
        <translation>Escriba una ciudad, un aeropuerto o un país, en cualquiera de las lenguas europeas habituales</translation>
    </message>
    <message>
        <source>Planner does not know where “{place}” is: check the time zone.</source>
        <translation>Planner no sabe dónde está «{place}»: compruebe la zona horaria.</translation>
    </message>
</context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../planner/ui/main_window.py" line="233" />
            <source>&amp;Statistics…</source>
            <translation>E&amp;stadísticas…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" line="235" />
            <source>Participants by country, gender, organisation, new or returning</source>
            <translation>Participantes por país, género, organización, nuevos o recurrentes</translation>
        </message>
    </context>
</TS>
