<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AuditDateField</name>
    <message>
        <source>The funder's evidence of this programme's events (names, organisations, signed sheets) is kept until this day; after it Planner proposes anonymising them. Empty: not known yet, kept.</source>
        <translation>Las pruebas para el financiador de los eventos de este programa (nombres, organizaciones, hojas firmadas) se conservan hasta este día; después, Planner propone anonimizarlos. Vacío: aún no se conoce, se conservan.</translation>
    </message>
    <message>
        <source>Empty while not known: the evidence is kept.</source>
        <translation>Vacío mientras no se conozca: las pruebas se conservan.</translation>
    </message>
    <message>
        <source>Evidence kept &amp;until</source>
        <translation>Pruebas conservadas &amp;hasta</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Before removing personal data</source>
        <translation>Antes de eliminar datos personales</translation>
    </message>
</context>
<context>
    <name>DataProtectionDialog</name>
    <message numerus="yes">
        <source>{event} ({day}): the dietary and access needs of %n participant(s)</source>
        <translation>
            <numerusform>{event} ({day}): las necesidades alimentarias y de accesibilidad de %n participante</numerusform><numerusform>{event} ({day}): las necesidades alimentarias y de accesibilidad de %n participantes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{event} ({day}): the names, positions, e-mail addresses, phone numbers and needs of %n participant(s); their countries, organisations and genders stay for the statistics</source>
        <translation>
            <numerusform>{event} ({day}): los nombres, cargos, direcciones de correo electrónico, teléfonos y necesidades de %n participante; su país, organización y género se conservan para las estadísticas</numerusform><numerusform>{event} ({day}): los nombres, cargos, direcciones de correo electrónico, teléfonos y necesidades de %n participantes; sus países, organizaciones y géneros se conservan para las estadísticas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) keep their needs: they come to a later event</source>
        <translation>
            <numerusform>%n participante conserva sus necesidades: asiste a un evento posterior</numerusform><numerusform>%n participantes conservan sus necesidades: asisten a un evento posterior</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) stay named: another event whose records are still kept lists them</source>
        <translation>
            <numerusform>%n participante conserva su nombre: figura en otro evento cuyos registros aún se conservan</numerusform><numerusform>%n participantes conservan su nombre: figuran en otro evento cuyos registros aún se conservan</numerusform></translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Protección de datos</translation>
    </message>
    <message>
        <source>Dietary and access needs are health data. Planner proposes removing them a set time after each event, and the names and contact details of an event's participants once its programme's audit date has passed (the statistics stay). Nothing is removed until you agree.</source>
        <translation>Las necesidades alimentarias y de accesibilidad son datos de salud. Planner propone eliminarlas un tiempo fijado después de cada evento, y los nombres y datos de contacto de los participantes de un evento una vez pasada la fecha de auditoría de su programa (las estadísticas se conservan). No se elimina nada sin su acuerdo.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days needs are kept after each event</source>
        <translation>Días que se conservan las necesidades después de cada evento</translation>
    </message>
    <message>
        <source>&amp;Keep dietary and access needs for</source>
        <translation>&amp;Conservar las necesidades alimentarias y de accesibilidad durante</translation>
    </message>
    <message>
        <source>after each event's last day</source>
        <translation>después del último día de cada evento</translation>
    </message>
    <message>
        <source>An event may keep them longer or shorter: see its Overview.</source>
        <translation>Un evento puede conservarlas más o menos tiempo: vea su Resumen.</translation>
    </message>
    <message>
        <source>Past its retention date</source>
        <translation>Pasado su plazo de conservación</translation>
    </message>
    <message>
        <source>Nothing is past its retention date.</source>
        <translation>Nada ha superado su plazo de conservación.</translation>
    </message>
    <message>
        <source>&amp;Remove checked…</source>
        <translation>&amp;Eliminar lo marcado…</translation>
    </message>
    <message>
        <source>Removed so far</source>
        <translation>Eliminado hasta ahora</translation>
    </message>
    <message>
        <source>Due since {day}</source>
        <translation>Pendiente desde el {day}</translation>
    </message>
    <message>
        <source>an event since deleted</source>
        <translation>un evento eliminado después</translation>
    </message>
    <message>
        <source>Nothing has been removed yet.</source>
        <translation>Todavía no se ha eliminado nada.</translation>
    </message>
    <message>
        <source>A backup is made first. Edit ▸ Undo brings it all back until you close Planner.</source>
        <translation>Antes se hace una copia de seguridad. Editar ▸ Deshacer lo restaura todo hasta que cierre Planner.</translation>
    </message>
    <message>
        <source>Remove personal data?</source>
        <translation>¿Eliminar datos personales?</translation>
    </message>
    <message>
        <source>This will be removed:</source>
        <translation>Se eliminará lo siguiente:</translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation>No se eliminó nada</translation>
    </message>
    <message>
        <source>{problem}.

Without a backup, nothing was removed.</source>
        <translation>{problem}.

Sin copia de seguridad, no se eliminó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Removed: %n item(s).</source>
        <translation>
            <numerusform>Eliminado: %n elemento.</numerusform><numerusform>Eliminado: %n elementos.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) kept: a later event, or another event whose records are still kept, needs them.</source>
        <translation>
            <numerusform>%n participante conservado: lo necesita un evento posterior u otro evento cuyos registros aún se conservan.</numerusform><numerusform>%n participantes conservados: los necesita un evento posterior u otro evento cuyos registros aún se conservan.</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Catering needs</source>
        <translation>Necesidades para el catering</translation>
    </message>
    <message>
        <source>catering needs</source>
        <translation>necesidades para el catering</translation>
    </message>
    <message>
        <source>Dietary and access needs counted, without names, for the caterer</source>
        <translation>Necesidades alimentarias y de accesibilidad contadas, sin nombres, para el servicio de catering</translation>
    </message>
    <message>
        <source>Cat&amp;ering needs…</source>
        <translation>Necesidades para el cat&amp;ering…</translation>
    </message>
</context>
<context>
    <name>HealthData</name>
    <message numerus="yes">
        <source>Health data: kept for catering and access only, and removed %n day(s) after the person's last event (an event may set its own time), once you agree in File ▸ Data protection…</source>
        <translation>
            <numerusform>Datos de salud: se conservan solo para el catering y la accesibilidad, y se eliminan %n día después del último evento de la persona (un evento puede fijar su propio plazo), una vez que usted lo acepte en Archivo ▸ Protección de datos…</numerusform><numerusform>Datos de salud: se conservan solo para el catering y la accesibilidad, y se eliminan %n días después del último evento de la persona (un evento puede fijar su propio plazo), una vez que usted lo acepte en Archivo ▸ Protección de datos…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Health data · removed %n day(s) after the event</source>
        <translation>
            <numerusform>Datos de salud · se eliminan %n día después del evento</numerusform><numerusform>Datos de salud · se eliminan %n días después del evento</numerusform></translation>
    </message>
</context>
<context>
    <name>NeedsKept</name>
    <message>
        <source> days after the last day</source>
        <translation> días después del último día</translation>
    </message>
    <message>
        <source>Days dietary and access needs are kept</source>
        <translation>Días que se conservan las necesidades alimentarias y de accesibilidad</translation>
    </message>
    <message>
        <source>Health data: Planner proposes removing them this many days after the event's last day. The lowest choice follows the database (File ▸ Data protection…).</source>
        <translation>Datos de salud: Planner propone eliminarlos este número de días después del último día del evento. La opción más baja sigue la base de datos (Archivo ▸ Protección de datos…).</translation>
    </message>
    <message numerus="yes">
        <source>As the database says (%n day(s))</source>
        <translation>
            <numerusform>Según la base de datos (%n día)</numerusform><numerusform>Según la base de datos (%n días)</numerusform></translation>
    </message>
    <message>
        <source>The event was anonymised on {day}.</source>
        <translation>El evento se anonimizó el {day}.</translation>
    </message>
    <message>
        <source>Removed on {day}.</source>
        <translation>Eliminadas el {day}.</translation>
    </message>
    <message>
        <source>Health data: proposed for removal from {day}.</source>
        <translation>Datos de salud: se propone eliminarlos a partir del {day}.</translation>
    </message>
    <message>
        <source>Dietary and access needs</source>
        <translation>Necesidades alimentarias y de accesibilidad</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Names beside the needs</source>
        <translation>Nombres junto a las necesidades</translation>
    </message>
    <message>
        <source>Dietary and access needs are health data: give names only if the caterer must know</source>
        <translation>Las necesidades alimentarias y de accesibilidad son datos de salud: dé los nombres solo si el catering debe conocerlos</translation>
    </message>
</context>
<context>
    <name>RetentionNotice</name>
    <message>
        <source>Personal data kept past the time set for it: review what to remove</source>
        <translation>Datos personales conservados más allá del plazo fijado: revise qué eliminar</translation>
    </message>
    <message>
        <source>Data &amp;protection…</source>
        <translation>&amp;Protección de datos…</translation>
    </message>
    <message>
        <source>How long dietary and access needs are kept, and what is due for removal</source>
        <translation>Cuánto tiempo se conservan las necesidades alimentarias y de accesibilidad, y qué debe eliminarse</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) past their retention date</source>
        <translation>
            <numerusform>%n evento ha superado su plazo de conservación</numerusform><numerusform>%n eventos han superado su plazo de conservación</numerusform></translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Revisar…</translation>
    </message>
</context>
</TS>
