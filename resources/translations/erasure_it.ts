<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>ForgetPersonDialog</name>
    <message>
        <source>Forget {name}</source>
        <translation>Dimenticare {name}</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Cancellare</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonimizzare</translation>
    </message>
    <message>
        <source>{name} cannot be erased or anonymised yet: a funder&apos;s evidence holds them.</source>
        <translation>{name} non può ancora essere cancellato né anonimizzato: i documenti giustificativi per un ente finanziatore lo contengono.</translation>
    </message>
    <message>
        <source>Kept because:</source>
        <translation>Conservato perché:</translation>
    </message>
    <message>
        <source>{name} takes part in no event a funder&apos;s evidence must keep: they can be erased from this database.</source>
        <translation>{name} non partecipa ad alcun evento i cui documenti giustificativi vadano conservati per un ente finanziatore: può essere cancellato da questo database.</translation>
    </message>
    <message>
        <source>The evidence of {name}&apos;s funded events is no longer kept: they can be anonymised, their events keeping them as statistics.</source>
        <translation>I documenti giustificativi degli eventi finanziati di {name} non sono più conservati: può essere anonimizzato e i suoi eventi lo mantengono per le statistiche.</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Eliminato:</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Conservato:</translation>
    </message>
    <message>
        <source>Until Planner is closed, Edit &gt; Undo brings everything back; then it is final.</source>
        <translation>Finché Planner non viene chiuso, Modifica &gt; Annulla ripristina tutto; poi è definitivo.</translation>
    </message>
    <message>
        <source>Erase {name}</source>
        <translation>Cancellare {name}</translation>
    </message>
    <message>
        <source>Erase {name} and the records only about them from this database now?</source>
        <translation>Cancellare ora da questo database {name} e le registrazioni che riguardano solo questa persona?</translation>
    </message>
    <message>
        <source>Anonymise {name}</source>
        <translation>Anonimizzare {name}</translation>
    </message>
    <message>
        <source>Remove {name}&apos;s name and contact details from this database now? Their events keep them as statistics.</source>
        <translation>Eliminare ora da questo database il nome e i recapiti di {name}? I suoi eventi lo mantengono per le statistiche.</translation>
    </message>
</context>
<context>
    <name>OutputCheck</name>
    <message>
        <source>a ZIP archive</source>
        <translation>un archivio ZIP</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Export personal data…</source>
        <translation>Esportare i dati personali…</translation>
    </message>
    <message>
        <source>Save everything held about the selected person as one ZIP file</source>
        <translation>Salvare tutto ciò che è conservato sulla persona selezionata in un file ZIP</translation>
    </message>
    <message>
        <source>Forget this person…</source>
        <translation>Dimenticare questa persona…</translation>
    </message>
    <message>
        <source>Erase or anonymise the selected person, after showing what that does</source>
        <translation>Cancellare o anonimizzare la persona selezionata, dopo aver mostrato che cosa comporta</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dati personali</translation>
    </message>
    <message>
        <source>Export or forget the selected person&apos;s data</source>
        <translation>Esportare o dimenticare i dati della persona selezionata</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Esportare i dati personali</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archivi ZIP (*.zip)</translation>
    </message>
    <message>
        <source>{file} could not be saved.

{error}</source>
        <translation>Impossibile salvare {file}.

{error}</translation>
    </message>
</context>
</TS>
