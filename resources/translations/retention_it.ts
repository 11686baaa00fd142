<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AuditDateField</name>
    <message>
        <source>The funder's evidence of this programme's events (names, organisations, signed sheets) is kept until this day; after it Planner proposes anonymising them. Empty: not known yet, kept.</source>
        <translation>La documentazione per il finanziatore degli eventi di questo programma (nomi, organizzazioni, fogli firmati) è conservata fino a questo giorno; dopo, Planner propone di anonimizzarli. Vuoto: non ancora noto, viene conservata.</translation>
    </message>
    <message>
        <source>Empty while not known: the evidence is kept.</source>
        <translation>Vuoto finché non è nota: la documentazione viene conservata.</translation>
    </message>
    <message>
        <source>Evidence kept &amp;until</source>
        <translation>Documentazione conservata fino &amp;al</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Before removing personal data</source>
        <translation>Prima di eliminare dati personali</translation>
    </message>
</context>
<context>
    <name>DataProtectionDialog</name>
    <message numerus="yes">
        <source>{event} ({day}): the dietary and access needs of %n participant(s)</source>
        <translation>
            <numerusform>{event} ({day}): le esigenze alimentari e di accessibilità di %n partecipante</numerusform><numerusform>{event} ({day}): le esigenze alimentari e di accessibilità di %n partecipanti</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{event} ({day}): the names, positions, e-mail addresses, phone numbers and needs of %n participant(s); their countries, organisations and genders stay for the statistics</source>
        <translation>
            <numerusform>{event} ({day}): nome, ruolo, indirizzo e-mail, telefono ed esigenze di %n partecipante; paese, organizzazione e genere restano per le statistiche</numerusform><numerusform>{event} ({day}): nomi, ruoli, indirizzi e-mail, telefoni ed esigenze di %n partecipanti; paesi, organizzazioni e generi restano per le statistiche</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) keep their needs: they come to a later event</source>
        <translation>
            <numerusform>%n partecipante mantiene le sue esigenze: partecipa a un evento successivo</numerusform><numerusform>%n partecipanti mantengono le loro esigenze: partecipano a un evento successivo</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) stay named: another event whose records are still kept lists them</source>
        <translation>
            <numerusform>%n partecipante resta con il nome: compare in un altro evento i cui dati sono ancora conservati</numerusform><numerusform>%n partecipanti restano con il nome: compaiono in un altro evento i cui dati sono ancora conservati</numerusform></translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Protezione dei dati</translation>
    </message>
    <message>
        <source>Dietary and access needs are health data. Planner proposes removing them a set time after each event, and the names and contact details of an event's participants once its programme's audit date has passed (the statistics stay). Nothing is removed until you agree.</source>
        <translation>Le esigenze alimentari e di accessibilità sono dati sanitari. Planner propone di eliminarle un certo tempo dopo ogni evento, e i nomi e i recapiti dei partecipanti di un evento una volta superata la data di audit del suo programma (le statistiche restano). Nulla viene eliminato senza il Suo consenso.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Days needs are kept after each event</source>
        <translation>Giorni di conservazione delle esigenze dopo ogni evento</translation>
    </message>
    <message>
        <source>&amp;Keep dietary and access needs for</source>
        <translation>&amp;Conservare le esigenze alimentari e di accessibilità per</translation>
    </message>
    <message>
        <source>after each event's last day</source>
        <translation>dopo l'ultimo giorno di ogni evento</translation>
    </message>
    <message>
        <source>An event may keep them longer or shorter: see its Overview.</source>
        <translation>Un evento può conservarle più o meno a lungo: vedere la sua Panoramica.</translation>
    </message>
    <message>
        <source>Past its retention date</source>
        <translation>Oltre il termine di conservazione</translation>
    </message>
    <message>
        <source>Nothing is past its retention date.</source>
        <translation>Nulla ha superato il termine di conservazione.</translation>
    </message>
    <message>
        <source>&amp;Remove checked…</source>
        <translation>&amp;Elimina i selezionati…</translation>
    </message>
    <message>
        <source>Removed so far</source>
        <translation>Eliminato finora</translation>
    </message>
    <message>
        <source>Due since {day}</source>
        <translation>Previsto dal {day}</translation>
    </message>
    <message>
        <source>an event since deleted</source>
        <translation>un evento eliminato in seguito</translation>
    </message>
    <message>
        <source>Nothing has been removed yet.</source>
        <translation>Non è stato ancora eliminato nulla.</translation>
    </message>
    <message>
        <source>A backup is made first. Edit ▸ Undo brings it all back until you close Planner.</source>
        <translation>Prima viene fatto un backup. Modifica ▸ Annulla ripristina tutto finché non chiude Planner.</translation>
    </message>
    <message>
        <source>Remove personal data?</source>
        <translation>Eliminare dati personali?</translation>
    </message>
    <message>
        <source>This will be removed:</source>
        <translation>Verrà eliminato quanto segue:</translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation>Non è stato eliminato nulla</translation>
    </message>
    <message>
        <source>{problem}.

Without a backup, nothing was removed.</source>
        <translation>{problem}.

Senza backup non è stato eliminato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>Removed: %n item(s).</source>
        <translation>
            <numerusform>Eliminato: %n elemento.</numerusform><numerusform>Eliminati: %n elementi.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) kept: a later event, or another event whose records are still kept, needs them.</source>
        <translation>
            <numerusform>%n partecipante mantenuto: serve a un evento successivo o a un altro evento i cui dati sono ancora conservati.</numerusform><numerusform>%n partecipanti mantenuti: servono a un evento successivo o a un altro evento i cui dati sono ancora conservati.</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Catering needs</source>
        <translation>Esigenze per il catering</translation>
    </message>
    <message>
        <source>catering needs</source>
        <translation>esigenze per il catering</translation>
    </message>
    <message>
        <source>Dietary and access needs counted, without names, for the caterer</source>
        <translation>Esigenze alimentari e di accessibilità contate, senza nomi, per il catering</translation>
    </message>
    <message>
        <source>Cat&amp;ering needs…</source>
        <translation>Esigenze per il cat&amp;ering…</translation>
    </message>
</context>
<context>
    <name>HealthData</name>
    <message numerus="yes">
        <source>Health data: kept for catering and access only, and removed %n day(s) after the person's last event (an event may set its own time), once you agree in File ▸ Data protection…</source>
        <translation>
            <numerusform>Dati sanitari: conservati solo per il catering e l'accessibilità ed eliminati %n giorno dopo l'ultimo evento della persona (un evento può fissare un proprio termine), una volta dato il Suo consenso in File ▸ Protezione dei dati…</numerusform><numerusform>Dati sanitari: conservati solo per il catering e l'accessibilità ed eliminati %n giorni dopo l'ultimo evento della persona (un evento può fissare un proprio termine), una volta dato il Suo consenso in File ▸ Protezione dei dati…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Health data · removed %n day(s) after the event</source>
        <translation>
            <numerusform>Dati sanitari · eliminati %n giorno dopo l'evento</numerusform><numerusform>Dati sanitari · eliminati %n giorni dopo l'evento</numerusform></translation>
    </message>
</context>
<context>
    <name>NeedsKept</name>
    <message>
        <source> days after the last day</source>
        <translation> giorni dopo l'ultimo giorno</translation>
    </message>
    <message>
        <source>Days dietary and access needs are kept</source>
        <translation>Giorni di conservazione delle esigenze alimentari e di accessibilità</translation>
    </message>
    <message>
        <source>Health data: Planner proposes removing them this many days after the event's last day. The lowest choice follows the database (File ▸ Data protection…).</source>
        <translation>Dati sanitari: Planner propone di eliminarli questo numero di giorni dopo l'ultimo giorno dell'evento. La scelta più bassa segue il database (File ▸ Protezione dei dati…).</translation>
    </message>
    <message numerus="yes">
        <source>As the database says (%n day(s))</source>
        <translation>
            <numerusform>Come nel database (%n giorno)</numerusform><numerusform>Come nel database (%n giorni)</numerusform></translation>
    </message>
    <message>
        <source>The event was anonymised on {day}.</source>
        <translation>L'evento è stato anonimizzato il {day}.</translation>
    </message>
    <message>
        <source>Removed on {day}.</source>
        <translation>Eliminate il {day}.</translation>
    </message>
    <message>
        <source>Health data: proposed for removal from {day}.</source>
        <translation>Dati sanitari: eliminazione proposta a partire dal {day}.</translation>
    </message>
    <message>
        <source>Dietary and access needs</source>
        <translation>Esigenze alimentari e di accessibilità</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Names beside the needs</source>
        <translation>Nomi accanto alle esigenze</translation>
    </message>
    <message>
        <source>Dietary and access needs are health data: give names only if the caterer must know</source>
        <translation>Le esigenze alimentari e di accessibilità sono dati sanitari: indichi i nomi solo se il catering deve conoscerli</translation>
    </message>
</context>
<context>
    <name>RetentionNotice</name>
    <message>
        <source>Personal data kept past the time set for it: review what to remove</source>
        <translation>Dati personali conservati oltre il termine stabilito: verifichi cosa eliminare</translation>
    </message>
    <message>
        <source>Data &amp;protection…</source>
        <translation>&amp;Protezione dei dati…</translation>
    </message>
    <message>
        <source>How long dietary and access needs are kept, and what is due for removal</source>
        <translation>Per quanto tempo si conservano le esigenze alimentari e di accessibilità, e cosa va eliminato</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) past their retention date</source>
        <translation>
            <numerusform>%n evento ha superato il termine di conservazione</numerusform><numerusform>%n eventi hanno superato il termine di conservazione</numerusform></translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Verifica…</translation>
    </message>
</context>
</TS>
