<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ForgetPersonDialog</name>
    <message>
        <source>Forget {name}</source>
        <translation>{name} vergessen</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonymisieren</translation>
    </message>
    <message>
        <source>{name} cannot be erased or anonymised yet: a funder&apos;s evidence holds them.</source>
        <translation>{name} kann noch nicht gelöscht oder anonymisiert werden: die Nachweise für einen Fördergeber enthalten die Person.</translation>
    </message>
    <message>
        <source>Kept because:</source>
        <translation>Aufbewahrt, weil:</translation>
    </message>
    <message>
        <source>{name} takes part in no event a funder&apos;s evidence must keep: they can be erased from this database.</source>
        <translation>{name} nimmt an keiner Veranstaltung teil, deren Nachweise für einen Fördergeber aufbewahrt werden müssen: die Person kann aus dieser Datenbank gelöscht werden.</translation>
    </message>
    <message>
        <source>The evidence of {name}&apos;s funded events is no longer kept: they can be anonymised, their events keeping them as statistics.</source>
        <translation>Die Nachweise der geförderten Veranstaltungen von {name} werden nicht mehr aufbewahrt: die Person kann anonymisiert werden; ihre Veranstaltungen behalten sie für die Statistik.</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Entfernt:</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Aufbewahrt:</translation>
    </message>
    <message>
        <source>Until Planner is closed, Edit &gt; Undo brings everything back; then it is final.</source>
        <translation>Bis Planner geschlossen wird, stellt Bearbeiten &gt; Rückgängig alles wieder her; danach ist es endgültig.</translation>
    </message>
    <message>
        <source>Erase {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <source>Erase {name} and the records only about them from this database now?</source>
        <translation>{name} und die Einträge, die nur diese Person betreffen, jetzt aus dieser Datenbank löschen?</translation>
    </message>
    <message>
        <source>Anonymise {name}</source>
        <translation>{name} anonymisieren</translation>
    </message>
    <message>
        <source>Remove {name}&apos;s name and contact details from this database now? Their events keep them as statistics.</source>
        <translation>Name und Kontaktdaten von {name} jetzt aus dieser Datenbank entfernen? Die Veranstaltungen behalten die Person für die Statistik.</translation>
    </message>
</context>
<context>
    <name>OutputCheck</name>
    <message>
        <source>a ZIP archive</source>
        <translation>ein ZIP-Archiv</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Export personal data…</source>
        <translation>Personenbezogene Daten exportieren…</translation>
    </message>
    <message>
        <source>Save everything held about the selected person as one ZIP file</source>
        <translation>Alles, was über die ausgewählte Person gespeichert ist, als eine ZIP-Datei speichern</translation>
    </message>
    <message>
        <source>Forget this person…</source>
        <translation>Diese Person vergessen…</translation>
    </message>
    <message>
        <source>Erase or anonymise the selected person, after showing what that does</source>
        <translation>Die ausgewählte Person löschen oder anonymisieren, nachdem angezeigt wurde, was das bewirkt</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Export or forget the selected person&apos;s data</source>
        <translation>Die Daten der ausgewählten Person exportieren oder vergessen</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Personenbezogene Daten exportieren</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>{file} could not be saved.

{error}</source>
        <translation>{file} konnte nicht gespeichert werden.

{error}</translation>
    </message>
</context>
</TS>
