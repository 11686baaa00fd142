<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DataProtectionDialog</name>
    <message numerus="yes">
        <source>{event} ({day}): the dietary and access needs of %n participant(s)</source>
        <translation>
            <numerusform>{event} ({day}): the dietary and access needs of %n participant</numerusform><numerusform>{event} ({day}): the dietary and access needs of %n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{event} ({day}): the names, positions, e-mail addresses, phone numbers and needs of %n participant(s); their countries, organisations and genders stay for the statistics</source>
        <translation>
            <numerusform>{event} ({day}): the names, positions, e-mail addresses, phone numbers and needs of %n participant; their countries, organisations and genders stay for the statistics</numerusform><numerusform>{event} ({day}): the names, positions, e-mail addresses, phone numbers and needs of %n participants; their countries, organisations and genders stay for the statistics</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) keep their needs: they come to a later event</source>
        <translation>
            <numerusform>%n participant keeps their needs: they come to a later event</numerusform><numerusform>%n participants keep their needs: they come to a later event</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) stay named: another event whose records are still kept lists them</source>
        <translation>
            <numerusform>%n participant stays named: another event whose records are still kept lists them</numerusform><numerusform>%n participants stay named: another event whose records are still kept lists them</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed: %n item(s).</source>
        <translation>
            <numerusform>Removed: %n item.</numerusform><numerusform>Removed: %n items.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) kept: a later event, or another event whose records are still kept, needs them.</source>
        <translation>
            <numerusform>%n participant kept: a later event, or another event whose records are still kept, needs them.</numerusform><numerusform>%n participants kept: a later event, or another event whose records are still kept, needs them.</numerusform></translation>
    </message>
</context>
<context>
    <name>HealthData</name>
    <message numerus="yes">
        <source>Health data: kept for catering and access only, and removed %n day(s) after the person's last event (an event may set its own time), once you agree in File ▸ Data protection…</source>
        <translation>
            <numerusform>Health data: kept for catering and access only, and removed %n day after the person's last event (an event may set its own time), once you agree in File ▸ Data protection…</numerusform><numerusform>Health data: kept for catering and access only, and removed %n days after the person's last event (an event may set its own time), once you agree in File ▸ Data protection…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Health data · removed %n day(s) after the event</source>
        <translation>
            <numerusform>Health data · removed %n day after the event</numerusform><numerusform>Health data · removed %n days after the event</numerusform></translation>
    </message>
</context>
<context>
    <name>NeedsKept</name>
    <message numerus="yes">
        <source>As the database says (%n day(s))</source>
        <translation>
            <numerusform>As the database says (%n day)</numerusform><numerusform>As the database says (%n days)</numerusform></translation>
    </message>
</context>
<context>
    <name>RetentionNotice</name>
    <message numerus="yes">
        <source>%n event(s) past their retention date</source>
        <translation>
            <numerusform>%n event past its retention date</numerusform><numerusform>%n events past their retention date</numerusform></translation>
    </message>
</context>
</TS>
