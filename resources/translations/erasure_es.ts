<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ForgetPersonDialog</name>
    <message>
        <source>Forget {name}</source>
        <translation>Olvidar a {name}</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonimizar</translation>
    </message>
    <message>
        <source>{name} cannot be erased or anonymised yet: a funder&apos;s evidence holds them.</source>
        <translation>{name} aún no se puede borrar ni anonimizar: los justificantes para un financiador lo contienen.</translation>
    </message>
    <message>
        <source>Kept because:</source>
        <translation>Se conserva porque:</translation>
    </message>
    <message>
        <source>{name} takes part in no event a funder&apos;s evidence must keep: they can be erased from this database.</source>
        <translation>{name} no participa en ningún evento cuyos justificantes deban conservarse para un financiador: se puede borrar de esta base de datos.</translation>
    </message>
    <message>
        <source>The evidence of {name}&apos;s funded events is no longer kept: they can be anonymised, their events keeping them as statistics.</source>
        <translation>Los justificantes de los eventos financiados de {name} ya no se conservan: se puede anonimizar y sus eventos la mantienen para las estadísticas.</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Se elimina:</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Se conserva:</translation>
    </message>
    <message>
        <source>Until Planner is closed, Edit &gt; Undo brings everything back; then it is final.</source>
        <translation>Hasta que se cierre Planner, Edición &gt; Deshacer lo restaura todo; después es definitivo.</translation>
    </message>
    <message>
        <source>Erase {name}</source>
        <translation>Borrar a {name}</translation>
    </message>
    <message>
        <source>Erase {name} and the records only about them from this database now?</source>
        <translation>¿Borrar ahora de esta base de datos a {name} y los registros que solo se refieren a esta persona?</translation>
    </message>
    <message>
        <source>Anonymise {name}</source>
        <translation>Anonimizar a {name}</translation>
    </message>
    <message>
        <source>Remove {name}&apos;s name and contact details from this database now? Their events keep them as statistics.</source>
        <translation>¿Eliminar ahora de esta base de datos el nombre y los datos de contacto de {name}? Sus eventos la mantienen para las estadísticas.</translation>
    </message>
</context>
<context>
    <name>OutputCheck</name>
    <message>
        <source>a ZIP archive</source>
        <translation>un archivo ZIP</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Export personal data…</source>
        <translation>Exportar datos personales…</translation>
    </message>
    <message>
        <source>Save everything held about the selected person as one ZIP file</source>
        <translation>Guardar todo lo que se conserva sobre la persona seleccionada en un archivo ZIP</translation>
    </message>
    <message>
        <source>Forget this person…</source>
        <translation>Olvidar a esta persona…</translation>
    </message>
    <message>
        <source>Erase or anonymise the selected person, after showing what that does</source>
        <translation>Borrar o anonimizar a la persona seleccionada, tras mostrar lo que eso implica</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>Export or forget the selected person&apos;s data</source>
        <translation>Exportar u olvidar los datos de la persona seleccionada</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Exportar datos personales</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <source>{file} could not be saved.

{error}</source>
        <translation>No se pudo guardar {file}.

{error}</translation>
    </message>
</context>
</TS>
