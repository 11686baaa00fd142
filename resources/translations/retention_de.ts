<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AuditDateField</name>
    <message>
        <source>The funder's evidence of this programme's events (names, organisations, signed sheets) is kept until this day; after it Planner proposes anonymising them. Empty: not known yet, kept.</source>
        <translation>Die Nachweise für den Fördergeber zu den Veranstaltungen dieses Programms (Namen, Organisationen, unterschriebene Listen) werden bis zu diesem Tag aufbewahrt; danach schlägt Planner vor, sie zu anonymisieren. Leer: noch nicht bekannt, sie werden aufbewahrt.</translation>
    </message>
    <message>
        <source>Empty while not known: the evidence is kept.</source>
        <translation>Leer, solange nicht bekannt: Die Nachweise werden aufbewahrt.</translation>
    </message>
    <message>
        <source>Evidence kept &amp;until</source>
        <translation>Nachweise aufbewahrt &amp;bis</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Before removing personal data</source>
        <translation>Vor dem Löschen personenbezogener Daten</translation>
    </message>
</context>
<context>
    <name>DataProtectionDialog</name>
    <message numerus="yes">
        <source>{event} ({day}): the dietary and access needs of %n participant(s)</source>
        <translation>
            <numerusform>{event} ({day}): die Ernährungs- und Barrierefreiheitsangaben von %n teilnehmenden Person</numerusform><numerusform>{event} ({day}): die Ernährungs- und Barrierefreiheitsangaben von %n Teilnehmenden</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{event} ({day}): the names, positions, e-mail addresses, phone numbers and needs of %n participant(s); their countries, organisations and genders stay for the statistics</source>
        <translation>
            <numerusform>{event} ({day}): Name, Position, E-Mail-Adresse, Telefonnummer und Bedürfnisse von %n teilnehmenden Person; Land, Organisation und Geschlecht bleiben für die Statistik erhalten</numerusform><numerusform>{event} ({day}): Namen, Positionen, E-Mail-Adressen, Telefonnummern und Bedürfnisse von %n Teilnehmenden; Länder, Organisationen und Geschlechter bleiben für die Statistik erhalten</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) keep their needs: they come to a later event</source>
        <translation>
            <numerusform>%n teilnehmende Person behält ihre Angaben: Sie nimmt an einer späteren Veranstaltung teil</numerusform><numerusform>%n Teilnehmende behalten ihre Angaben: Sie nehmen an einer späteren Veranstaltung teil</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) stay named: another event whose records are still kept lists them</source>
        <translation>
            <numerusform>%n teilnehmende Person bleibt namentlich erfasst: Eine andere Veranstaltung, deren Unterlagen noch aufbewahrt werden, führt sie auf</numerusform><numerusform>%n Teilnehmende bleiben namentlich erfasst: Eine andere Veranstaltung, deren Unterlagen noch aufbewahrt werden, führt sie auf</numerusform></translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Dietary and access needs are health data. Planner proposes removing them a set time after each event, and the names and contact details of an event's participants once its programme's audit date has passed (the statistics stay). Nothing is removed until you agree.</source>
        <translation>Ernährungs- und Barrierefreiheitsangaben sind Gesundheitsdaten. Planner schlägt vor, sie eine festgelegte Zeit nach jeder Veranstaltung zu löschen, und die Namen und Kontaktdaten der Teilnehmenden einer Veranstaltung, sobald das Prüfdatum ihres Programms verstrichen ist (die Statistik bleibt erhalten). Nichts wird ohne Ihre Zustimmung gelöscht.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days needs are kept after each event</source>
        <translation>Tage, die die Angaben nach jeder Veranstaltung aufbewahrt werden</translation>
    </message>
    <message>
        <source>&amp;Keep dietary and access needs for</source>
        <translation>Ernährungs- und Barrierefreiheitsangaben &amp;aufbewahren für</translation>
    </message>
    <message>
        <source>after each event's last day</source>
        <translation>nach dem letzten Tag jeder Veranstaltung</translation>
    </message>
    <message>
        <source>An event may keep them longer or shorter: see its Overview.</source>
        <translation>Eine Veranstaltung kann sie länger oder kürzer aufbewahren: siehe ihre Übersicht.</translation>
    </message>
    <message>
        <source>Past its retention date</source>
        <translation>Aufbewahrungsfrist abgelaufen</translation>
    </message>
    <message>
        <source>Nothing is past its retention date.</source>
        <translation>Bei nichts ist die Aufbewahrungsfrist abgelaufen.</translation>
    </message>
    <message>
        <source>&amp;Remove checked…</source>
        <translation>Markierte &amp;löschen…</translation>
    </message>
    <message>
        <source>Removed so far</source>
        <translation>Bisher gelöscht</translation>
    </message>
    <message>
        <source>Due since {day}</source>
        <translation>Fällig seit {day}</translation>
    </message>
    <message>
        <source>an event since deleted</source>
        <translation>eine inzwischen gelöschte Veranstaltung</translation>
    </message>
    <message>
        <source>Nothing has been removed yet.</source>
        <translation>Bisher wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>A backup is made first. Edit ▸ Undo brings it all back until you close Planner.</source>
        <translation>Zuerst wird eine Sicherung angelegt. Bearbeiten ▸ Rückgängig stellt alles wieder her, bis Sie Planner schließen.</translation>
    </message>
    <message>
        <source>Remove personal data?</source>
        <translation>Personenbezogene Daten löschen?</translation>
    </message>
    <message>
        <source>This will be removed:</source>
        <translation>Folgendes wird gelöscht:</translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation>Nichts wurde gelöscht</translation>
    </message>
    <message>
        <source>{problem}.

Without a backup, nothing was removed.</source>
        <translation>{problem}.

Ohne Sicherung wurde nichts gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Removed: %n item(s).</source>
        <translation>
            <numerusform>Gelöscht: %n Eintrag.</numerusform><numerusform>Gelöscht: %n Einträge.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) kept: a later event, or another event whose records are still kept, needs them.</source>
        <translation>
            <numerusform>%n teilnehmende Person beibehalten: Eine spätere Veranstaltung oder eine andere, deren Unterlagen noch aufbewahrt werden, braucht sie.</numerusform><numerusform>%n Teilnehmende beibehalten: Eine spätere Veranstaltung oder eine andere, deren Unterlagen noch aufbewahrt werden, braucht sie.</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Catering needs</source>
        <translation>Angaben für das Catering</translation>
    </message>
    <message>
        <source>catering needs</source>
        <translation>Angaben für das Catering</translation>
    </message>
    <message>
        <source>Dietary and access needs counted, without names, for the caterer</source>
        <translation>Ernährungs- und Barrierefreiheitsangaben gezählt, ohne Namen, für das Catering</translation>
    </message>
    <message>
        <source>Cat&amp;ering needs…</source>
        <translation>Angaben für das Cat&amp;ering…</translation>
    </message>
</context>
<context>
    <name>HealthData</name>
    <message numerus="yes">
        <source>Health data: kept for catering and access only, and removed %n day(s) after the person's last event (an event may set its own time), once you agree in File ▸ Data protection…</source>
        <translation>
            <numerusform>Gesundheitsdaten: nur für Catering und Barrierefreiheit aufbewahrt und %n Tag nach der letzten Veranstaltung der Person gelöscht (eine Veranstaltung kann eine eigene Frist haben), sobald Sie unter Datei ▸ Datenschutz… zustimmen</numerusform><numerusform>Gesundheitsdaten: nur für Catering und Barrierefreiheit aufbewahrt und %n Tage nach der letzten Veranstaltung der Person gelöscht (eine Veranstaltung kann eine eigene Frist haben), sobald Sie unter Datei ▸ Datenschutz… zustimmen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Health data · removed %n day(s) after the event</source>
        <translation>
            <numerusform>Gesundheitsdaten · %n Tag nach der Veranstaltung gelöscht</numerusform><numerusform>Gesundheitsdaten · %n Tage nach der Veranstaltung gelöscht</numerusform></translation>
    </message>
</context>
<context>
    <name>NeedsKept</name>
    <message>
        <source> days after the last day</source>
        <translation> Tage nach dem letzten Tag</translation>
    </message>
    <message>
        <source>Days dietary and access needs are kept</source>
        <translation>Tage, die Ernährungs- und Barrierefreiheitsangaben aufbewahrt werden</translation>
    </message>
    <message>
        <source>Health data: Planner proposes removing them this many days after the event's last day. The lowest choice follows the database (File ▸ Data protection…).</source>
        <translation>Gesundheitsdaten: Planner schlägt vor, sie so viele Tage nach dem letzten Tag der Veranstaltung zu löschen. Die niedrigste Wahl folgt der Datenbank (Datei ▸ Datenschutz…).</translation>
    </message>
    <message numerus="yes">
        <source>As the database says (%n day(s))</source>
        <translation>
            <numerusform>Wie in der Datenbank (%n Tag)</numerusform><numerusform>Wie in der Datenbank (%n Tage)</numerusform></translation>
    </message>
    <message>
        <source>The event was anonymised on {day}.</source>
        <translation>Die Veranstaltung wurde am {day} anonymisiert.</translation>
    </message>
    <message>
        <source>Removed on {day}.</source>
        <translation>Am {day} gelöscht.</translation>
    </message>
    <message>
        <source>Health data: proposed for removal from {day}.</source>
        <translation>Gesundheitsdaten: zum Löschen vorgeschlagen ab {day}.</translation>
    </message>
    <message>
        <source>Dietary and access needs</source>
        <translation>Ernährungs- und Barrierefreiheitsangaben</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Names beside the needs</source>
        <translation>Namen neben den Angaben</translation>
    </message>
    <message>
        <source>Dietary and access needs are health data: give names only if the caterer must know</source>
        <translation>Ernährungs- und Barrierefreiheitsangaben sind Gesundheitsdaten: Geben Sie Namen nur an, wenn das Catering sie kennen muss</translation>
    </message>
</context>
<context>
    <name>RetentionNotice</name>
    <message>
        <source>Personal data kept past the time set for it: review what to remove</source>
        <translation>Personenbezogene Daten über die festgelegte Frist hinaus aufbewahrt: prüfen Sie, was gelöscht werden soll</translation>
    </message>
    <message>
        <source>Data &amp;protection…</source>
        <translation>&amp;Datenschutz…</translation>
    </message>
    <message>
        <source>How long dietary and access needs are kept, and what is due for removal</source>
        <translation>Wie lange Ernährungs- und Barrierefreiheitsangaben aufbewahrt werden und was zum Löschen ansteht</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) past their retention date</source>
        <translation>
            <numerusform>Bei %n Veranstaltung ist die Aufbewahrungsfrist abgelaufen</numerusform><numerusform>Bei %n Veranstaltungen ist die Aufbewahrungsfrist abgelaufen</numerusform></translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
</context>
</TS>
