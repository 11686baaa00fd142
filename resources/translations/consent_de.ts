<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ColumnChoices</name>
    <message>
        <source>Consent to participant list</source>
        <translation>Einwilligung Teilnehmendenliste</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Einwilligung Fotos</translation>
    </message>
    <message>
        <source>Consent to keep needs</source>
        <translation>Einwilligung Aufbewahrung der Bedürfnisse</translation>
    </message>
    <message>
        <source>Consent to contact after</source>
        <translation>Einwilligung Kontakt danach</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum der Einwilligung</translation>
    </message>
</context>
<context>
    <name>ConsentMarking</name>
    <message>
        <source>Left off lists given to others: {why}</source>
        <translation>Nicht auf Listen für andere: {why}</translation>
    </message>
    <message>
        <source>Kept without their consent to keep dietary and access needs</source>
        <translation>Gespeichert ohne Einwilligung in die Aufbewahrung von Ernährungs- und Barrierefreiheitsbedürfnissen</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Wording asked</source>
        <translation>Gestellte Frage</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>The question as it was put</source>
        <translation>Die Frage, wie sie gestellt wurde</translation>
    </message>
    <message>
        <source>The day they withdrew this consent, if they did</source>
        <translation>Der Tag, an dem die Einwilligung widerrufen wurde, falls ja</translation>
    </message>
    <message>
        <source>On the participant list given to others</source>
        <translation>Auf der Teilnehmendenliste für andere</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Dietary and access needs kept for catering</source>
        <translation>Ernährungs- und Barrierefreiheitsbedürfnisse für die Verpflegung aufbewahrt</translation>
    </message>
    <message>
        <source>Contacted after the event</source>
        <translation>Kontakt nach der Veranstaltung</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Nicht gefragt</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Eingewilligt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Orally</source>
        <translation>Mündlich</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>withdrew their consent</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>never asked</source>
        <translation>nie gefragt</translation>
    </message>
</context>
<context>
    <name>ConsentSwitch</name>
    <message>
        <source>Lists given to others need consent</source>
        <translation>Listen für andere erfordern eine Einwilligung</translation>
    </message>
    <message>
        <source>The participant list printed or exported for others holds only those who agreed to be on it; signature sheets keep everyone</source>
        <translation>Die für andere gedruckte oder exportierte Teilnehmendenliste enthält nur, wer eingewilligt hat; Unterschriftenblätter enthalten alle</translation>
    </message>
    <message>
        <source>Participant lists</source>
        <translation>Teilnehmendenlisten</translation>
    </message>
</context>
</TS>
