<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AddParticipantDialog</name>
    <message numerus="yes">
        <source>%n person(s) of the Directory not in this event yet.</source>
        <translation>
            <numerusform>%n person of the Directory not in this event yet.</numerusform>
            <numerusform>%n people of the Directory not in this event yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArrivalsPage</name>
    <message numerus="yes">
        <source>%n arrival(s)</source>
        <translation>
            <numerusform>%n arrival</numerusform>
            <numerusform>%n arrivals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n departure(s)</source>
        <translation>
            <numerusform>%n departure</numerusform>
            <numerusform>%n departures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Import %Ln participant(s)</source>
        <translation>
            <numerusform>Import %Ln participant</numerusform>
            <numerusform>Import %Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln participant(s)…</source>
        <translation>
            <numerusform>Importing %Ln participant…</numerusform>
            <numerusform>Importing %Ln participants…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LegsModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>days between departure and arrival</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message numerus="yes">
        <source>%n conclusion(s)</source>
        <translation>
            <numerusform>%n conclusion</numerusform>
            <numerusform>%n conclusions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n best practice(s)</source>
        <translation>
            <numerusform>%n best practice</numerusform>
            <numerusform>%n best practices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discussion point(s)</source>
        <translation>
            <numerusform>%n discussion point</numerusform>
            <numerusform>%n discussion points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n shown</source>
        <translation>
            <numerusform>{shown} of %n shown</numerusform>
            <numerusform>{shown} of %n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln participant(s) from {file}: {new}, {found} found in the Directory</source>
        <translation>
            <numerusform>Imported %Ln participant from {file}: {new}, {found} found in the Directory</numerusform>
            <numerusform>Imported %Ln participants from {file}: {new}, {found} found in the Directory</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new person(s)</source>
        <translation>
            <numerusform>%Ln new person</numerusform>
            <numerusform>%Ln new people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new person(s)</source>
        <translation>
            <numerusform>%Ln new person</numerusform>
            <numerusform>%Ln new people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with problems</source>
        <translation>
            <numerusform>%Ln row with problems</numerusform>
            <numerusform>%Ln rows with problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TravellersPage</name>
    <message numerus="yes">
        <source>Travel · %n leg(s)</source>
        <translation>
            <numerusform>Travel · %n leg</numerusform>
            <numerusform>Travel · %n legs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hotel stays · %n stay(s)</source>
        <translation>
            <numerusform>Hotel stays · %n stay</numerusform>
            <numerusform>Hotel stays · %n stays</numerusform>
        </translation>
    </message>
</context>
</TS>