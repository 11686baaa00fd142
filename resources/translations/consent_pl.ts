<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>ColumnChoices</name>
    <message>
        <source>Consent to participant list</source>
        <translation>Zgoda na listę uczestników</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Zgoda na zdjęcia</translation>
    </message>
    <message>
        <source>Consent to keep needs</source>
        <translation>Zgoda na przechowywanie potrzeb</translation>
    </message>
    <message>
        <source>Consent to contact after</source>
        <translation>Zgoda na późniejszy kontakt</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data zgody</translation>
    </message>
</context>
<context>
    <name>ConsentMarking</name>
    <message>
        <source>Left off lists given to others: {why}</source>
        <translation>Pominięte na listach przekazywanych innym: {why}</translation>
    </message>
    <message>
        <source>Kept without their consent to keep dietary and access needs</source>
        <translation>Przechowywane bez zgody na przechowywanie potrzeb żywieniowych i dotyczących dostępności</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Dnia</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Jak</translation>
    </message>
    <message>
        <source>Wording asked</source>
        <translation>Treść pytania</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Wycofano dnia</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <source>The question as it was put</source>
        <translation>Pytanie w brzmieniu, w jakim zostało zadane</translation>
    </message>
    <message>
        <source>The day they withdrew this consent, if they did</source>
        <translation>Dzień wycofania tej zgody, jeśli została wycofana</translation>
    </message>
    <message>
        <source>On the participant list given to others</source>
        <translation>Na liście uczestników przekazywanej innym</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
    <message>
        <source>Dietary and access needs kept for catering</source>
        <translation>Potrzeby żywieniowe i dotyczące dostępności przechowywane na potrzeby cateringu</translation>
    </message>
    <message>
        <source>Contacted after the event</source>
        <translation>Kontakt po wydarzeniu</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Nie zapytano</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Wyrażono zgodę</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odmówiono</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formularz</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Orally</source>
        <translation>Ustnie</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>odmówiono</translation>
    </message>
    <message>
        <source>withdrew their consent</source>
        <translation>zgoda wycofana</translation>
    </message>
    <message>
        <source>never asked</source>
        <translation>nigdy nie zapytano</translation>
    </message>
</context>
<context>
    <name>ConsentSwitch</name>
    <message>
        <source>Lists given to others need consent</source>
        <translation>Listy przekazywane innym wymagają zgody</translation>
    </message>
    <message>
        <source>The participant list printed or exported for others holds only those who agreed to be on it; signature sheets keep everyone</source>
        <translation>Lista uczestników drukowana lub eksportowana dla innych zawiera tylko osoby, które wyraziły na to zgodę; listy obecności obejmują wszystkich</translation>
    </message>
    <message>
        <source>Participant lists</source>
        <translation>Listy uczestników</translation>
    </message>
</context>
</TS>
