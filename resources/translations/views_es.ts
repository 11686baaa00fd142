<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>ActionsModel</name>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Overdue: due {day} and still open</source>
        <translation>Vencida: vencía el {day} y sigue abierta</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Filter by event, action or owner</source>
        <translation>Filtrar por evento, tarea o responsable</translation>
    </message>
    <message>
        <source>No action matches '{}'</source>
        <translation>Ninguna tarea coincide con «{}»</translation>
    </message>
    <message>
        <source>Show done and dropped</source>
        <translation>Mostrar hechas y descartadas</translation>
    </message>
    <message>
        <source>Open in its event</source>
        <translation>Abrir en su evento</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecha</translation>
    </message>
    <message>
        <source>Mark the selected action done</source>
        <translation>Marcar como hecha la tarea seleccionada</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>No open actions</source>
        <translation>No hay tareas abiertas</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n tarea abierta</numerusform>
            <numerusform>%n tareas abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n vencida</numerusform>
            <numerusform>, %n vencidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Último evento</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Planner backups (*.sqlite *.db);;All files (*)</source>
        <translation>Copias de seguridad de Planner (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>A petición</translation>
    </message>
    <message>
        <source>Before restoring</source>
        <translation>Antes de restaurar</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>Antes de actualizar</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>Desde &amp;archivo…</translation>
    </message>
    <message>
        <source>Restore a backup kept elsewhere (written with `planner backup -o` or copied)</source>
        <translation>Restaurar una copia de seguridad guardada en otro lugar (escrita con `planner backup -o` o copiada)</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>&lt;b&gt;{database}&lt;/b&gt; is open read-only, so it cannot be restored here. Close the other Planner that has it open (or make the file writable), open it again, then restore.</source>
        <translation>&lt;b&gt;{database}&lt;/b&gt; está abierta en modo de solo lectura, por lo que no se puede restaurar aquí. Cierre el otro Planner que la tiene abierta (o haga que el archivo admita escritura), vuelva a abrirla y restáurela.</translation>
    </message>
    <message>
        <source>Backups of &lt;b&gt;{database}&lt;/b&gt; in {folder}, newest first.&lt;br&gt;Restoring one replaces what the database holds now; the current state is backed up first.</source>
        <translation>Copias de seguridad de &lt;b&gt;{database}&lt;/b&gt; en {folder}, de la más reciente a la más antigua.&lt;br&gt;Restaurar una sustituye el contenido actual de la base de datos; antes se hace una copia del estado actual.</translation>
    </message>
    <message>
        <source>No backups of &lt;b&gt;{database}&lt;/b&gt; yet. Planner makes one each time it opens the database after a change, and File ▸ Back up now makes one at once.</source>
        <translation>Todavía no hay copias de seguridad de &lt;b&gt;{database}&lt;/b&gt;. Planner hace una cada vez que abre la base de datos tras un cambio, y Archivo ▸ Hacer copia de seguridad ahora hace una en el acto.</translation>
    </message>
    <message>
        <source>This backup cannot be read (damaged or incomplete)</source>
        <translation>Esta copia de seguridad no se puede leer (dañada o incompleta)</translation>
    </message>
    <message>
        <source>the backup of {made} ({events})</source>
        <translation>la copia de seguridad del {made} ({events})</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurar desde un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Replace what {database} holds now with {backup}?

The current database will be backed up first, so this can be taken back by restoring that backup.</source>
        <translation>¿Sustituir el contenido actual de {database} por {backup}?

Antes se hará una copia de seguridad de la base de datos actual, de modo que se podrá deshacer restaurando esa copia.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>No se puede restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Restored {backup}; the database as it was is in {file}</source>
        <translation>Restaurada {backup}; la base de datos tal como estaba se encuentra en {file}</translation>
    </message>
    <message>
        <source>Restored {backup}</source>
        <translation>Restaurada {backup}</translation>
    </message>
    <message>
        <source>Cannot open the backup folder</source>
        <translation>No se puede abrir la carpeta de copias de seguridad</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarMenu</name>
    <message>
        <source>Calendars (*.ics);;All files (*)</source>
        <translation>Calendarios (*.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot export the personal calendars</source>
        <translation>No se pueden exportar los calendarios personales</translation>
    </message>
    <message>
        <source>Export &amp;personal calendars…</source>
        <translation>Exportar calendarios &amp;personales…</translation>
    </message>
    <message>
        <source>A calendar for each participant selected in the Participants tab, with their travel and hotel</source>
        <translation>Un calendario para cada participante seleccionado en la pestaña «Participantes», con su viaje y su hotel</translation>
    </message>
    <message>
        <source>Send &amp;invitations…</source>
        <translation>Enviar &amp;invitaciones…</translation>
    </message>
    <message>
        <source>Invite the participants by e-mail: who gets a new invitation, an update, a cancellation or nothing</source>
        <translation>Invitar a los participantes por correo electrónico: quién recibe una invitación nueva, una actualización, una cancelación o nada</translation>
    </message>
    <message>
        <source>Send a &amp;message…</source>
        <translation>Enviar un &amp;mensaje…</translation>
    </message>
    <message>
        <source>A letter from a template (practical information, a reminder, a thank-you) to participants</source>
        <translation>Una carta a partir de una plantilla (información práctica, un recordatorio, un agradecimiento) para los participantes</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <source>Message &amp;templates…</source>
        <translation>Plan&amp;tillas de mensajes…</translation>
    </message>
    <message>
        <source>Export &amp;personal calendar…</source>
        <translation>Exportar calendario &amp;personal…</translation>
    </message>
    <message>
        <source>Export personal calendar</source>
        <translation>Exportar calendario personal</translation>
    </message>
    <message>
        <source>Folder for the personal calendars</source>
        <translation>Carpeta para los calendarios personales</translation>
    </message>
    <message numerus="yes">
        <source>%n personal calendars written to {folder}</source>
        <translation>
            <numerusform>%n calendario personal guardado en {folder}</numerusform>
            <numerusform>%n calendarios personales guardados en {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>The personal calendar written to {folder}</source>
        <translation>Calendario personal guardado en {folder}</translation>
    </message>
    <message>
        <source>{error}

Nothing was written.</source>
        <translation>{error}

No se ha guardado nada.</translation>
    </message>
    <message>
        <source>an export</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>una exportación</translation>
    </message>
    <message>
        <source>Writing personal calendars…</source>
        <translation>Guardando los calendarios personales…</translation>
    </message>
</context>
<context>
    <name>CalendarPlanDialog</name>
    <message>
        <source>Update from calendar</source>
        <translation>Actualizar desde el calendario</translation>
    </message>
    <message>
        <source>{file} is a newer calendar of “{title}”. Importing it makes this change:</source>
        <translation>{file} es un calendario más reciente de «{title}». Al importarlo se hace este cambio:</translation>
    </message>
    <message numerus="yes">
        <source>{file} is a newer calendar of “{title}”. Importing it makes these %n changes:</source>
        <translation>
            <numerusform>{file} es un calendario más reciente de «{title}». Al importarlo se hace este %n cambio:</numerusform>
            <numerusform>{file} es un calendario más reciente de «{title}». Al importarlo se hacen estos %n cambios:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>their own itinerary (PDF)</source>
        <translation>su propio itinerario (PDF)</translation>
    </message>
    <message>
        <source>their own calendar (.ics)</source>
        <translation>su propio calendario (.ics)</translation>
    </message>
    <message>
        <source>the agenda (PDF)</source>
        <translation>el programa (PDF)</translation>
    </message>
    <message>
        <source>the conclusions report (PDF)</source>
        <translation>el informe de conclusiones (PDF)</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Enviar un mensaje</translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>Editar plantillas…</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Everyone coming (not those who declined or were cancelled)</source>
        <translation>Todos los que asisten (no quienes declinaron o fueron dados de baja)</translation>
    </message>
    <message numerus="yes">
        <source>The %n participant(s) selected in the Participants tab</source>
        <translation>
            <numerusform>El %n participante seleccionado en la pestaña «Participantes»</numerusform>
            <numerusform>Los %n participantes seleccionados en la pestaña «Participantes»</numerusform>
        </translation>
    </message>
    <message>
        <source>The participants selected in the Participants tab (none is selected)</source>
        <translation>Los participantes seleccionados en la pestaña «Participantes» (no hay ninguno seleccionado)</translation>
    </message>
    <message>
        <source>Those with the status or role:</source>
        <translation>Quienes tengan el estado o el rol:</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Rol: {role}</translation>
    </message>
    <message>
        <source>Attach to each message</source>
        <translation>Adjuntar a cada mensaje</translation>
    </message>
    <message>
        <source>Also send to those for whom a placeholder is empty (they are held back otherwise)</source>
        <translation>Enviar también a quienes tengan un campo vacío (de lo contrario se retienen)</translation>
    </message>
    <message>
        <source>Again to those who got this template before</source>
        <translation>De nuevo a quienes ya recibieron esta plantilla</translation>
    </message>
    <message>
        <source>Next: see each message…</source>
        <translation>Siguiente: ver cada mensaje…</translation>
    </message>
    <message>
        <source>Each participant gets the template filled in with their own details. Anyone for whom a placeholder is empty (no hotel, no arrival…) is held back and named, so that nobody gets a letter with a blank.</source>
        <translation>Cada participante recibe la plantilla rellenada con sus propios datos. A quien le quede un campo vacío (sin hotel, sin llegada…) se le retiene el mensaje y se le nombra, para que nadie reciba una carta con un hueco.</translation>
    </message>
    <message>
        <source>Send “{template}”</source>
        <translation>Enviar «{template}»</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Double-click an event to open it</source>
        <translation>Haga doble clic en un evento para abrirlo</translation>
    </message>
    <message>
        <source>Double-click a member to see them among the people</source>
        <translation>Haga doble clic en un miembro para verlo entre las personas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nueva persona…</translation>
    </message>
    <message>
        <source>Add a person to the Directory</source>
        <translation>Añadir una persona al Directorio</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Nueva organización…</translation>
    </message>
    <message>
        <source>Add an organisation to the Directory</source>
        <translation>Añadir una organización al Directorio</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add to the list shown</source>
        <translation>Añadir a la lista mostrada</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Editar la entrada seleccionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Eliminar la entrada seleccionada</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Search people and organisations</source>
        <translation>Buscar personas y organizaciones</translation>
    </message>
    <message>
        <source>People ({count})</source>
        <translation>Personas ({count})</translation>
    </message>
    <message>
        <source>Organisations ({count})</source>
        <translation>Organizaciones ({count})</translation>
    </message>
    <message>
        <source>Select a person to see the events they took part in.</source>
        <translation>Seleccione una persona para ver los eventos en los que ha participado.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>no events yet</source>
        <translation>todavía ningún evento</translation>
    </message>
    <message>
        <source>Select an organisation to see its members.</source>
        <translation>Seleccione una organización para ver sus miembros.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>no members</source>
        <translation>ningún miembro</translation>
    </message>
    <message>
        <source>No person matches '{}'</source>
        <translation>Ninguna persona coincide con «{}»</translation>
    </message>
    <message>
        <source>No organisation matches '{}'</source>
        <translation>Ninguna organización coincide con «{}»</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <source>Signature sheets</source>
        <translation>Hojas de firmas</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Acreditaciones</translation>
    </message>
    <message>
        <source>Conclusions report</source>
        <translation>Informe de conclusiones</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>participant list</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <source>signature sheets</source>
        <translation>Hojas de firmas</translation>
    </message>
    <message>
        <source>itinerary</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>name badges</source>
        <translation>Acreditaciones</translation>
    </message>
    <message>
        <source>conclusions report</source>
        <translation>Informe de conclusiones</translation>
    </message>
    <message>
        <source>The programme day by day, for the room</source>
        <translation>El programa día a día, para la sala</translation>
    </message>
    <message>
        <source>Who takes part, for the host and the hotel</source>
        <translation>Quién participa, para los anfitriones y el hotel</translation>
    </message>
    <message>
        <source>One sheet per day to sign, as funders ask for</source>
        <translation>Una hoja por día para firmar, como piden los financiadores</translation>
    </message>
    <message>
        <source>Travel, hotels and visits day by day</source>
        <translation>Viajes, hoteles y visitas día a día</translation>
    </message>
    <message>
        <source>Badges to cut out, several per page</source>
        <translation>Acreditaciones para recortar, varias por página</translation>
    </message>
    <message>
        <source>Summary, conclusions, decisions and actions</source>
        <translation>Resumen, conclusiones, decisiones y tareas</translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation>&amp;Programa…</translation>
    </message>
    <message>
        <source>&amp;Participant list…</source>
        <translation>&amp;Lista de participantes…</translation>
    </message>
    <message>
        <source>&amp;Signature sheets…</source>
        <translation>&amp;Hojas de firmas…</translation>
    </message>
    <message>
        <source>&amp;Itinerary…</source>
        <translation>&amp;Itinerario…</translation>
    </message>
    <message>
        <source>&amp;Name badges…</source>
        <translation>&amp;Acreditaciones…</translation>
    </message>
    <message>
        <source>&amp;Conclusions report…</source>
        <translation>Informe de &amp;conclusiones…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>estadísticas</translation>
    </message>
    <message>
        <source>Participants by country, gender, organisation, new or returning</source>
        <translation>Participantes por país, género, organización, nuevos o recurrentes</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>&amp;Estadísticas…</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documentos PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Send it to a printer</source>
        <translation>Enviarlo a una impresora</translation>
    </message>
    <message>
        <source>Save it as a PDF file, to send or print later</source>
        <translation>Guardarlo como archivo PDF, para enviarlo o imprimirlo más tarde</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Preparing the {document}…</source>
        <translation>Preparando «{document}»…</translation>
    </message>
    <message>
        <source>The document was made but cannot be shown.</source>
        <translation>El documento se ha creado, pero no se puede mostrar.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · {paper}</source>
        <translation>
            <numerusform>%n página · {paper}</numerusform>
            <numerusform>%n páginas · {paper}</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong while making the {document}; it has been written to the log.

{message}</source>
        <translation>Algo ha fallado al crear el documento «{document}»; se ha anotado en el registro.

{message}</translation>
    </message>
    <message>
        <source>The {document} could not be made.

{message}</source>
        <translation>No se ha podido crear el documento «{document}».

{message}</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Página {page} de {count}</translation>
    </message>
    <message>
        <source>Print the {document}</source>
        <translation>Imprimir «{document}»</translation>
    </message>
    <message>
        <source>Printing the {document}…</source>
        <translation>Imprimiendo «{document}»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>No se puede imprimir</translation>
    </message>
    <message>
        <source>The {document} could not be printed: {error}.</source>
        <translation>No se ha podido imprimir el documento «{document}»: {error}.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to {printer}</source>
        <translation>
            <numerusform>%n página enviada a {printer}</numerusform>
            <numerusform>%n páginas enviadas a {printer}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>%n página impresa</numerusform>
            <numerusform>%n páginas impresas</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Cannot save the document</source>
        <translation>No se puede guardar el documento</translation>
    </message>
    <message>
        <source>{file} could not be saved.

{error}</source>
        <translation>No se ha podido guardar {file}.

{error}</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Guardado como {file}</translation>
    </message>
    <message>
        <source>Planner document</source>
        <translation>Documento de Planner</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>no se ha podido iniciar la impresora</translation>
    </message>
    <message>
        <source>the printer refused the next page</source>
        <translation>la impresora ha rechazado la página siguiente</translation>
    </message>
    <message>
        <source>page {page} could not be drawn</source>
        <translation>no se ha podido dibujar la página {page}</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>Print preview of the agenda</source>
        <translation>Vista previa de impresión del programa</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Preview, print or save the agenda, lists, sheets, badges and reports of this event</source>
        <translation>Ver, imprimir o guardar el programa, las listas, las hojas, las acreditaciones y los informes de este evento</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Planner (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Planner event files (*.planner.json *.json);;All files (*)</source>
        <translation>Archivos de evento de Planner (*.planner.json *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Calendars (*.ics);;All files (*)</source>
        <translation>Calendarios (*.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;Import event file…</source>
        <translation>&amp;Importar archivo de evento…</translation>
    </message>
    <message>
        <source>&amp;Export event file…</source>
        <translation>&amp;Exportar archivo de evento…</translation>
    </message>
    <message>
        <source>Import &amp;calendar (.ics)…</source>
        <translation>Importar ca&amp;lendario (.ics)…</translation>
    </message>
    <message>
        <source>Export c&amp;alendar (.ics)…</source>
        <translation>E&amp;xportar calendario (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer copia de &amp;seguridad ahora</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Restaurar desde copia de seg&amp;uridad…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name, or open it with File ▸ Open database.</source>
        <translation>{file} ya existe; elija otro nombre o ábralo con Archivo ▸ Abrir base de datos.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Cannot add the sample events</source>
        <translation>No se pueden añadir los eventos de ejemplo</translation>
    </message>
    <message>
        <source>{error}

Nothing was imported.</source>
        <translation>{error}

No se ha importado nada.</translation>
    </message>
    <message>
        <source>Import of {file} stopped; nothing was imported.</source>
        <translation>Importación de {file} detenida; no se ha importado nada.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>an import</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>una importación</translation>
    </message>
    <message>
        <source>Export stopped; {file} was not written.</source>
        <translation>Exportación detenida; no se ha escrito {file}.</translation>
    </message>
    <message>
        <source>an export</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>una exportación</translation>
    </message>
    <message>
        <source>Import event file</source>
        <translation>Importar archivo de evento</translation>
    </message>
    <message>
        <source>Imported “{title}” from {file}</source>
        <translation>«{title}» importado desde {file}</translation>
    </message>
    <message>
        <source>Cannot import the event file</source>
        <translation>No se puede importar el archivo de evento</translation>
    </message>
    <message>
        <source>Export event file</source>
        <translation>Exportar archivo de evento</translation>
    </message>
    <message>
        <source>Cannot export the event</source>
        <translation>No se puede exportar el evento</translation>
    </message>
    <message>
        <source>Exported “{title}” to {file}</source>
        <translation>«{title}» exportado a {file}</translation>
    </message>
    <message>
        <source>Exporting “{title}”…</source>
        <translation>Exportando «{title}»…</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importar calendario</translation>
    </message>
    <message>
        <source>Cannot import the calendar</source>
        <translation>No se puede importar el calendario</translation>
    </message>
    <message>
        <source>Updated “{title}” from {file}</source>
        <translation>«{title}» actualizado desde {file}</translation>
    </message>
    <message numerus="yes">
        <source>• … and %n more</source>
        <translation>
            <numerusform>• … y %n más</numerusform>
            <numerusform>• … y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar imported</source>
        <translation>Calendario importado</translation>
    </message>
    <message>
        <source>Imported “{title}” from {file}.

{notes}</source>
        <translation>«{title}» importado desde {file}.

{notes}</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>No se puede exportar el calendario</translation>
    </message>
    <message>
        <source>Exported the calendar of “{title}” to {file}</source>
        <translation>Calendario de «{title}» exportado a {file}</translation>
    </message>
    <message>
        <source>Exporting the calendar of “{title}”…</source>
        <translation>Exportando el calendario de «{title}»…</translation>
    </message>
    <message>
        <source>Cannot back up the database</source>
        <translation>No se puede hacer la copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>Copia de seguridad guardada en {file}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n enviado</numerusform>
            <numerusform>%n enviados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailPassword</name>
    <message>
        <source>There is no usable keyring: {problem}.
Planner asks for the password once per session and keeps it in memory only.</source>
        <translation>No hay ningún llavero utilizable: {problem}.
Planner pide la contraseña una vez por sesión y solo la guarda en memoria.</translation>
    </message>
    <message>
        <source>No password is kept for this account yet; it will be kept in the system keyring.</source>
        <translation>Todavía no hay ninguna contraseña guardada para esta cuenta; se guardará en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Contraseña del correo</translation>
    </message>
    <message>
        <source>Password of {user} on {server}:</source>
        <translation>Contraseña de {user} en {server}:</translation>
    </message>
</context>
<context>
    <name>MailServer</name>
    <message>
        <source>No mail server is set for this database: set one in Edit ▸ Mail settings…, or save the messages as files.</source>
        <translation>No hay ningún servidor de correo configurado para esta base de datos: configure uno en Edición ▸ Configuración de correo… o guarde los mensajes como archivos.</translation>
    </message>
    <message>
        <source>{server}, {security} as {user}, from {sender} (change in Edit ▸ Mail settings…)</source>
        <translation>{server}, {security} como {user}, desde {sender} (se cambia en Edición ▸ Configuración de correo…)</translation>
    </message>
    <message>
        <source>{server}, {security}, from {sender} (change in Edit ▸ Mail settings…)</source>
        <translation>{server}, {security}, desde {sender} (se cambia en Edición ▸ Configuración de correo…)</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente puerto 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS desde el inicio (normalmente puerto 465)</translation>
    </message>
    <message>
        <source>None: no encryption, no login (usually port 25)</source>
        <translation>Ninguna: sin cifrado ni inicio de sesión (normalmente puerto 25)</translation>
    </message>
    <message>
        <source>Mail settings</source>
        <translation>Configuración de correo</translation>
    </message>
    <message>
        <source>The account invitations are sent from, for this database.</source>
        <translation>La cuenta desde la que se envían las invitaciones de esta base de datos.</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>p. ej., smtp.example.org</translation>
    </message>
    <message>
        <source>often the e-mail address; empty for a server without login</source>
        <translation>a menudo la dirección de correo; vacío para un servidor sin inicio de sesión</translation>
    </message>
    <message>
        <source>e.g. ECRI study visit</source>
        <translation>p. ej., Visita de estudio ECRI</translation>
    </message>
    <message>
        <source>e.g. events@example.org</source>
        <translation>p. ej., eventos@example.org</translation>
    </message>
    <message>
        <source>&amp;Mail server</source>
        <translation>Servidor de &amp;correo</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Seguridad</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Puerto</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Contrase&amp;ña</translation>
    </message>
    <message>
        <source>Sender &amp;name</source>
        <translation>&amp;Nombre del remitente</translation>
    </message>
    <message>
        <source>Sender &amp;address</source>
        <translation>&amp;Dirección del remitente</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>Enviar mensaje de &amp;prueba</translation>
    </message>
    <message>
        <source>Send a short message to the sender's own address with these settings</source>
        <translation>Enviar un mensaje breve a la propia dirección del remitente con esta configuración</translation>
    </message>
    <message>
        <source>No password: without a user name the server is used without logging in.</source>
        <translation>Sin contraseña: sin nombre de usuario, el servidor se usa sin iniciar sesión.</translation>
    </message>
    <message>
        <source>No usable keyring: {problem}. The password will be asked once per session.</source>
        <translation>No hay ningún llavero utilizable: {problem}. La contraseña se pedirá una vez por sesión.</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in the database.</source>
        <translation>La contraseña se guarda en el llavero del sistema, nunca en la base de datos.</translation>
    </message>
    <message>
        <source>(kept; type to change it)</source>
        <translation>(guardada; escriba para cambiarla)</translation>
    </message>
    <message>
        <source>Saved the mail settings.</source>
        <translation>Configuración de correo guardada.</translation>
    </message>
    <message>
        <source>No test message sent: no password was given.</source>
        <translation>No se ha enviado ningún mensaje de prueba: no se ha indicado la contraseña.</translation>
    </message>
    <message>
        <source>Sending a test message to {address} through {server}…</source>
        <translation>Enviando un mensaje de prueba a {address} a través de {server}…</translation>
    </message>
    <message>
        <source>a test message</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>un mensaje de prueba</translation>
    </message>
    <message>
        <source>✓ {sent}. Look for it in the inbox of {address}.</source>
        <translation>✓ {sent}. Búsquelo en la bandeja de entrada de {address}.</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <source>TLS (usually port 993)</source>
        <translation>TLS (normalmente puerto 993)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (normalmente puerto 143)</translation>
    </message>
    <message>
        <source>None: only for a test server on this computer</source>
        <translation>Ninguna: solo para un servidor de prueba en este equipo</translation>
    </message>
    <message>
        <source>Fetch replies from mailbox</source>
        <translation>Descargar respuestas del buzón</translation>
    </message>
    <message>
        <source>The password is kept until Planner closes only, never written down: {problem}.</source>
        <translation>La contraseña se conserva solo hasta que se cierre Planner y nunca se anota: {problem}.</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring ({keyring}), never in the database.</source>
        <translation>La contraseña se guarda en el llavero del sistema ({keyring}), nunca en la base de datos.</translation>
    </message>
    <message>
        <source>Planner reads the answers to your invitations from the mailbox they arrive in. Only messages with a calendar are downloaded, none is marked as read, and mail about other meetings is left alone.</source>
        <translation>Planner lee las respuestas a sus invitaciones del buzón al que llegan. Solo se descargan los mensajes que contienen un calendario, ninguno se marca como leído y el correo sobre otras reuniones no se toca.</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>normalmente su dirección de correo</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Fetch replies</source>
        <translation>Descargar respuestas</translation>
    </message>
    <message>
        <source>Fetching reads what arrived since the last fetch.</source>
        <translation>La descarga lee lo que ha llegado desde la última vez.</translation>
    </message>
    <message>
        <source>Type the password of the mailbox.</source>
        <translation>Escriba la contraseña del buzón.</translation>
    </message>
    <message>
        <source>Reading {folder} on {server}…</source>
        <translation>Leyendo {folder} en {server}…</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>fetching replies</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>la descarga de respuestas</translation>
    </message>
    <message>
        <source>Reading replies…</source>
        <translation>Leyendo las respuestas…</translation>
    </message>
    <message>
        <source>reading replies</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>la lectura de respuestas</translation>
    </message>
    <message>
        <source>In the mailbox: {summary}</source>
        <translation>En el buzón: {summary}</translation>
    </message>
    <message>
        <source>{message}: left aside, too large to be a reply.</source>
        <translation>{message}: se deja de lado, es demasiado grande para ser una respuesta.</translation>
    </message>
    <message>
        <source>More messages are waiting: fetch again to read them.</source>
        <translation>Hay más mensajes esperando: vuelva a descargar para leerlos.</translation>
    </message>
    <message>
        <source>Replies fetched</source>
        <translation>Respuestas descargadas</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Responder a</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>the calendar invitation ({method}), shown with Accept / Decline</source>
        <translation>la invitación de calendario ({method}), que se muestra con Aceptar / Rechazar</translation>
    </message>
    <message>
        <source>Attached: {attachments}</source>
        <translation>Adjuntos: {attachments}</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Read-only: you can look at everything and make documents, but not change anything.</source>
        <translation>Solo lectura: puede consultarlo todo y crear documentos, pero no cambiar nada.</translation>
    </message>
    <message>
        <source>Planner has not changed the file.</source>
        <translation>Planner no ha modificado el archivo.</translation>
    </message>
    <message>
        <source>{folder}: cannot create the data folder ({reason})</source>
        <translation>{folder}: no se puede crear la carpeta de datos ({reason})</translation>
    </message>
    <message>
        <source>{file}: the folder {folder} does not exist</source>
        <translation>{file}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>{file}: cannot be created: {reason}</source>
        <translation>{file}: no se puede crear: {reason}</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Abierta en solo lectura</translation>
    </message>
    <message>
        <source>{file}: {reason}, so Planner opens it read-only.

{read_only}</source>
        <translation>{file}: {reason}, por eso Planner la abre en solo lectura.

{read_only}</translation>
    </message>
    <message>
        <source>Database open in another Planner</source>
        <translation>Base de datos abierta en otro Planner</translation>
    </message>
    <message>
        <source>{file} is open {where}.

Open it read-only, or cancel?</source>
        <translation>{file} está abierta {where}.

¿Abrirla en solo lectura o cancelar?</translation>
    </message>
    <message>
        <source>{read_only} What is changed in the other Planner shows here when you open the database again.

{file}</source>
        <translation>{read_only} Lo que se cambie en el otro Planner aparecerá aquí cuando vuelva a abrir la base de datos.

{file}</translation>
    </message>
    <message>
        <source>{error}.

Planner opens it read-only. {read_only}</source>
        <translation>{error}.

Planner la abre en solo lectura. {read_only}</translation>
    </message>
    <message>
        <source>Is the drive, USB stick or network folder connected? Check the path, or choose another database with File ▸ Open database.</source>
        <translation>¿Está conectada la unidad, la memoria USB o la carpeta de red? Compruebe la ruta o elija otra base de datos con Archivo ▸ Abrir base de datos.</translation>
    </message>
    <message>
        <source>{untouched} Choose a Planner database with File ▸ Open database.</source>
        <translation>{untouched} Elija una base de datos de Planner con Archivo ▸ Abrir base de datos.</translation>
    </message>
    <message>
        <source>{untouched} Restore a backup of it, or choose another database with File ▸ Open database.</source>
        <translation>{untouched} Restaure una copia de seguridad o elija otra base de datos con Archivo ▸ Abrir base de datos.</translation>
    </message>
    <message>
        <source>Check that you may read this file, or choose another database with File ▸ Open database.</source>
        <translation>Compruebe que tiene permiso para leer este archivo o elija otra base de datos con Archivo ▸ Abrir base de datos.</translation>
    </message>
    <message>
        <source>{untouched} Choose another database with File ▸ Open database.</source>
        <translation>{untouched} Elija otra base de datos con Archivo ▸ Abrir base de datos.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>what it holds cannot be read</source>
        <translation>su contenido no se puede leer</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), the newest: {event}</source>
        <translation>
            <numerusform>%n evento, el más reciente: {event}</numerusform>
            <numerusform>%n eventos, el más reciente: {event}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup of {made} ({holds})</source>
        <translation>la copia de seguridad del {made} ({holds})</translation>
    </message>
    <message>
        <source>{error}.

Restore {backup}?</source>
        <translation>{error}.

¿Restaurar {backup}?</translation>
    </message>
    <message>
        <source>{untouched} Restoring keeps it: backed up, or set aside beside it as {file}.damaged-… when it cannot be read at all. Nothing is deleted.</source>
        <translation>{untouched} Al restaurar se conserva: en una copia de seguridad o, si no se puede leer en absoluto, apartado junto a él como {file}.damaged-…. No se elimina nada.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>No se puede restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>{file}: restored {backup}.</source>
        <translation>{file}: restaurada {backup}.</translation>
    </message>
    <message>
        <source>The file as it was is kept in {file}.</source>
        <translation>El archivo tal como estaba se conserva en {file}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>For each reader</source>
        <translation>Según el destinatario</translation>
    </message>
    <message>
        <source>Words, dates and numbers in this language; for each reader: a traveller's itinerary in theirs</source>
        <translation>Palabras, fechas y números en este idioma; «Según el destinatario»: el itinerario de cada viajero en su idioma</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Idio&amp;ma</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Dietary and access needs</source>
        <translation>Alimentación y accesibilidad</translation>
    </message>
    <message>
        <source>Arrival and departure</source>
        <translation>Llegada y salida</translation>
    </message>
    <message>
        <source>Which document to make; the options below follow it</source>
        <translation>Qué documento crear; las opciones de abajo se adaptan a él</translation>
    </message>
    <message>
        <source>Headings by country or organisation, with the people of each under it</source>
        <translation>Encabezados por país u organización, con sus personas debajo</translation>
    </message>
    <message>
        <source>Everyone's itinerary, or one traveller's own</source>
        <translation>El itinerario de todos o el de un solo viajero</translation>
    </message>
    <message>
        <source>Empty numbered rows at the end of each sheet, for people who come unannounced</source>
        <translation>Filas numeradas vacías al final de cada hoja, para quien llegue sin avisar</translation>
    </message>
    <message>
        <source>as selected in the Participants tab</source>
        <translation>según la selección de la pestaña «Participantes»</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <source>Also show</source>
        <translation>Mostrar también</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>A&amp;grupar por</translation>
    </message>
    <message>
        <source>&amp;Traveller</source>
        <translation>&amp;Viajero</translation>
    </message>
    <message>
        <source>&amp;Blank rows</source>
        <translation>&amp;Filas en blanco</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Only the selected participants</source>
        <translation>Solo los participantes seleccionados</translation>
    </message>
    <message>
        <source>Select participants in the Participants tab first (Ctrl+click adds one)</source>
        <translation>Seleccione primero participantes en la pestaña «Participantes» (Ctrl+clic añade uno)</translation>
    </message>
    <message>
        <source>none selected in the Participants tab</source>
        <translation>ninguno seleccionado en la pestaña «Participantes»</translation>
    </message>
    <message>
        <source>Only the selected participant</source>
        <translation>Solo el participante seleccionado</translation>
    </message>
    <message>
        <source>Make the document for the participant selected in the Participants tab</source>
        <translation>Crear el documento para el participante seleccionado en la pestaña «Participantes»</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected participants</source>
        <translation>
            <numerusform>Solo el %n participante seleccionado</numerusform>
            <numerusform>Solo los %n participantes seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the document for the %n participants selected in the Participants tab</source>
        <translation>
            <numerusform>Crear el documento para el %n participante seleccionado en la pestaña «Participantes»</numerusform>
            <numerusform>Crear el documento para los %n participantes seleccionados en la pestaña «Participantes»</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Contact card (QR code)</source>
        <translation>Tarjeta de contacto (código QR)</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Gets</source>
        <translation>Recibe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>New invitation</source>
        <translation>Invitación nueva</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Message, incomplete</source>
        <translation>Mensaje incompleto</translation>
    </message>
    <message numerus="yes">
        <source>%n saved</source>
        <translation>
            <numerusform>%n guardado</numerusform>
            <numerusform>%n guardados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n enviado</numerusform>
            <numerusform>%n enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (stopped)</source>
        <translation>
            <numerusform>%n sin enviar (detenido)</numerusform>
            <numerusform>%n sin enviar (detenido)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n got nothing</source>
        <translation>
            <numerusform>%n no recibió nada</numerusform>
            <numerusform>%n no recibieron nada</numerusform>
        </translation>
    </message>
    <message>
        <source>Run again to deliver only what is missing.</source>
        <translation>Vuelva a ejecutarlo para entregar solo lo que falta.</translation>
    </message>
    <message>
        <source>FAILED: {recipient}: {reason}</source>
        <translation>ERROR: {recipient}: {reason}</translation>
    </message>
    <message>
        <source>Not saved, stopped: {recipient}</source>
        <translation>Sin guardar, detenido: {recipient}</translation>
    </message>
    <message>
        <source>Not sent, stopped: {recipient}</source>
        <translation>Sin enviar, detenido: {recipient}</translation>
    </message>
    <message>
        <source>Saved: {recipient}</source>
        <translation>Guardado: {recipient}</translation>
    </message>
    <message>
        <source>Sent: {recipient}</source>
        <translation>Enviado: {recipient}</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se ha guardado nada.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se ha enviado nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n new invitation(s)</source>
        <translation>
            <numerusform>%n invitación nueva</numerusform>
            <numerusform>%n invitaciones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n actualización</numerusform>
            <numerusform>%n actualizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancellation(s)</source>
        <translation>
            <numerusform>%n cancelación</numerusform>
            <numerusform>%n cancelaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incomplete message(s)</source>
        <translation>
            <numerusform>%n mensaje incompleto</numerusform>
            <numerusform>%n mensajes incompletos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody to write to: the event has no participants.</source>
        <translation>No hay a quién escribir: el evento no tiene participantes.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to send: none of the %n people listed is due a message.</source>
        <translation>
            <numerusform>Nada que enviar: la %n persona de la lista no tiene ningún mensaje pendiente.</numerusform>
            <numerusform>Nada que enviar: ninguna de las %n personas de la lista tiene un mensaje pendiente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to deliver.</source>
        <translation>
            <numerusform>%n mensaje por entregar.</numerusform>
            <numerusform>%n mensajes por entregar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to deliver: {what}.</source>
        <translation>
            <numerusform>%n mensaje por entregar: {what}.</numerusform>
            <numerusform>%n mensajes por entregar: {what}.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 person gets nothing (see why below).</source>
        <translation>1 persona no recibe nada (vea el motivo más abajo).</translation>
    </message>
    <message numerus="yes">
        <source>%n people get nothing (see why below).</source>
        <translation>
            <numerusform>%n persona no recibe nada (vea el motivo más abajo).</numerusform>
            <numerusform>%n personas no reciben nada (vea el motivo más abajo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the messages…</source>
        <translation>Preparando los mensajes…</translation>
    </message>
    <message>
        <source>Select a recipient to see their message.</source>
        <translation>Seleccione un destinatario para ver su mensaje.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Send through the mail server</source>
        <translation>Enviar a través del servidor de correo</translation>
    </message>
    <message>
        <source>Save as e-mail files (.eml) in a folder, to send from your own mail program</source>
        <translation>Guardar como archivos de correo (.eml) en una carpeta, para enviarlos desde su propio programa de correo</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Elija una carpeta…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>I will send these files myself: count them as sent, so next time only changes go out</source>
        <translation>Enviaré estos archivos yo mismo: contarlos como enviados, para que la próxima vez solo salgan los cambios</translation>
    </message>
    <message>
        <source>Folder for the messages</source>
        <translation>Carpeta para los mensajes</translation>
    </message>
    <message>
        <source>Save files</source>
        <translation>Guardar archivos</translation>
    </message>
    <message>
        <source>Cannot prepare the messages: {error}</source>
        <translation>No se pueden preparar los mensajes: {error}</translation>
    </message>
    <message>
        <source>preparing the messages</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>la preparación de los mensajes</translation>
    </message>
    <message>
        <source>{recipient} gets nothing: {reason}.</source>
        <translation>{recipient} no recibe nada: {reason}.</translation>
    </message>
    <message>
        <source>Saving the messages…</source>
        <translation>Guardando los mensajes…</translation>
    </message>
    <message>
        <source>Sending the messages…</source>
        <translation>Enviando los mensajes…</translation>
    </message>
    <message>
        <source>sending the messages</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>el envío de los mensajes</translation>
    </message>
</context>
<context>
    <name>OutputCheck</name>
    <message>
        <source>a PDF</source>
        <translation>un PDF</translation>
    </message>
    <message>
        <source>a Planner event file</source>
        <translation>un archivo de evento de Planner</translation>
    </message>
    <message>
        <source>a calendar (.ics)</source>
        <translation>un calendario (.ics)</translation>
    </message>
    <message>
        <source>a CSV list</source>
        <translation>una lista CSV</translation>
    </message>
    <message>
        <source>an Excel workbook (.xlsx)</source>
        <translation>un libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>an e-mail message (.eml)</source>
        <translation>un mensaje de correo (.eml)</translation>
    </message>
    <message>
        <source>a Planner backup</source>
        <translation>una copia de seguridad de Planner</translation>
    </message>
    <message>
        <source>{reason}.

Replace it with {kind}? What it holds now will be lost.</source>
        <translation>{reason}.

¿Sustituirlo por {kind}? Se perderá su contenido actual.</translation>
    </message>
    <message>
        <source>a Word document (.docx)</source>
        <translation>un documento de Word (.docx)</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>e.g. Dr., Ms., Prof.</source>
        <translation>p. ej., Dr., Sra., Prof.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Necesidades alimentarias</translation>
    </message>
    <message>
        <source>e.g. vegetarian, allergies</source>
        <translation>p. ej., vegetariano, alergias</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>e.g. wheelchair access</source>
        <translation>p. ej., acceso en silla de ruedas</translation>
    </message>
    <message>
        <source>Pick one, or type a new organisation's name</source>
        <translation>Elija una o escriba el nombre de una organización nueva</translation>
    </message>
    <message>
        <source>Pick an organisation of the Directory, or type the name of a new one</source>
        <translation>Elija una organización del Directorio o escriba el nombre de una nueva</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
</context>
<context>
    <name>PersonalCalendarsDialog</name>
    <message>
        <source>Personal calendars</source>
        <translation>Calendarios personales</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} y %n más</numerusform>
            <numerusform>{names} y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>A calendar for {name}: the programme with their own items marked, their travel and hotel.</source>
        <translation>Un calendario para {name}: el programa con sus propios puntos destacados, su viaje y su hotel.</translation>
    </message>
    <message numerus="yes">
        <source>A calendar for each of the %n participants selected ({names}), one file each in a folder you choose: the programme with their own items marked, their travel and hotel.</source>
        <translation>
            <numerusform>Un calendario para el %n participante seleccionado ({names}), en un archivo dentro de la carpeta que elija: el programa con sus propios puntos destacados, su viaje y su hotel.</numerusform>
            <numerusform>Un calendario para cada uno de los %n participantes seleccionados ({names}), un archivo por persona en la carpeta que elija: el programa con sus propios puntos destacados, su viaje y su hotel.</numerusform>
        </translation>
    </message>
    <message>
        <source>With the open actions they own</source>
        <translation>Con las tareas abiertas de las que son responsables</translation>
    </message>
    <message>
        <source>Choose where…</source>
        <translation>Elegir dónde…</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>This version of Planner does not include this document.</source>
        <translation>Esta versión de Planner no incluye este documento.</translation>
    </message>
    <message>
        <source>rendering the {document} of event {event}</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>la creación del documento «{document}» del evento {event}</translation>
    </message>
</context>
<context>
    <name>ReplyActions</name>
    <message>
        <source>Replies (*.eml *.ics);;All files (*)</source>
        <translation>Respuestas (*.eml *.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import &amp;replies to invitations…</source>
        <translation>Importar &amp;respuestas a invitaciones…</translation>
    </message>
    <message>
        <source>Read partners' answers (.eml or .ics) into their participant status</source>
        <translation>Incorporar las respuestas de los socios (.eml o .ics) a su estado de participación</translation>
    </message>
    <message>
        <source>&amp;Fetch replies from mailbox…</source>
        <translation>&amp;Descargar respuestas del buzón…</translation>
    </message>
    <message>
        <source>Read the answers to your invitations from the mailbox they arrive in (IMAP)</source>
        <translation>Leer las respuestas a sus invitaciones del buzón al que llegan (IMAP)</translation>
    </message>
    <message>
        <source>Import replies</source>
        <translation>Importar respuestas</translation>
    </message>
    <message>
        <source>Cannot fetch replies</source>
        <translation>No se pueden descargar las respuestas</translation>
    </message>
    <message>
        <source>Cannot import the replies</source>
        <translation>No se pueden importar las respuestas</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Reading replies…</source>
        <translation>Leyendo las respuestas…</translation>
    </message>
    <message>
        <source>reading replies</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>la lectura de respuestas</translation>
    </message>
    <message>
        <source>Replies read</source>
        <translation>Respuestas leídas</translation>
    </message>
</context>
<context>
    <name>SendInvitations</name>
    <message>
        <source>Each participant gets their own invitation, which calendar programs show with Accept and Decline; whoever was sent one before gets an update only if the event changed, and whoever no longer comes gets a cancellation. Their answers come back with Calendar ▸ Fetch replies from mailbox… or Calendar ▸ Import replies to invitations…</source>
        <translation>Cada participante recibe su propia invitación, que los programas de calendario muestran con Aceptar y Rechazar; quien ya recibió una solo recibe una actualización si el evento ha cambiado, y quien ya no asiste recibe una cancelación. Sus respuestas vuelven con Calendario ▸ Descargar respuestas del buzón… o Calendario ▸ Importar respuestas a invitaciones…</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>Enviar invitaciones</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message templates</source>
        <translation>Plantillas de mensajes</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>A template of your own with the same text, to change</source>
        <translation>Una plantilla propia con el mismo texto, para modificarla</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>Put the placeholder chosen where the cursor is in the subject or the body</source>
        <translation>Insertar el campo elegido donde está el cursor, en el asunto o en el texto</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>Campos (doble clic para insertar):</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Vista previa para:</translation>
    </message>
    <message>
        <source>{name} (shipped)</source>
        <translation>{name} (incluida)</translation>
    </message>
    <message>
        <source>Shipped with Planner: read-only; copy it to make one of your own</source>
        <translation>Incluida con Planner: solo lectura; cópiela para crear una propia</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>Persona {number}</translation>
    </message>
    <message>
        <source>Shipped with Planner and read-only: Copy makes one of your own to change.</source>
        <translation>Incluida con Planner y de solo lectura: Copiar crea una propia para modificarla.</translation>
    </message>
    <message>
        <source>Your own template.</source>
        <translation>Plantilla propia.</translation>
    </message>
    <message>
        <source>Open an event with participants to see a preview.</source>
        <translation>Abra un evento con participantes para ver una vista previa.</translation>
    </message>
    <message>
        <source>Cannot be filled in: {error}</source>
        <translation>No se puede rellenar: {error}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Asunto: {subject}</translation>
    </message>
    <message>
        <source>Missing, so not sent unless you say so: {problem}</source>
        <translation>Falta, por lo que no se envía salvo que usted lo indique: {problem}</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Plantilla nueva</translation>
    </message>
    <message>
        <source>Dear {given_name},</source>
        <translation>Estimado/a {given_name}:</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <source>Delete the template '{name}'? Edit ▸ Undo brings it back.</source>
        <translation>¿Eliminar la plantilla «{name}»? Edición ▸ Deshacer la recupera.</translation>
    </message>
</context>
<context>
    <name>WordExport</name>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Documentos de Word (*.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save as &amp;Word document…</source>
        <translation>Guardar como documento de &amp;Word…</translation>
    </message>
    <message>
        <source>Save the report as a Word document, to edit it before sending it</source>
        <translation>Guardar el informe como documento de Word, para editarlo antes de enviarlo</translation>
    </message>
    <message>
        <source>Save as Word document</source>
        <translation>Guardar como documento de Word</translation>
    </message>
    <message>
        <source>Cannot save the Word document</source>
        <translation>No se puede guardar el documento de Word</translation>
    </message>
    <message>
        <source>{file} could not be saved.

{error}</source>
        <translation>No se pudo guardar {file}.

{error}</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Guardado como {file}</translation>
    </message>
</context>
<context>
    <name>ZoomBar</name>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>The whole width of the page</source>
        <translation>Todo el ancho de la página</translation>
    </message>
</context>
</TS>