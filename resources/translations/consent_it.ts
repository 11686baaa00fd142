<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>ColumnChoices</name>
    <message>
        <source>Consent to participant list</source>
        <translation>Consenso elenco partecipanti</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Consenso foto</translation>
    </message>
    <message>
        <source>Consent to keep needs</source>
        <translation>Consenso conservazione esigenze</translation>
    </message>
    <message>
        <source>Consent to contact after</source>
        <translation>Consenso contatto successivo</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data del consenso</translation>
    </message>
</context>
<context>
    <name>ConsentMarking</name>
    <message>
        <source>Left off lists given to others: {why}</source>
        <translation>Escluso dagli elenchi consegnati ad altri: {why}</translation>
    </message>
    <message>
        <source>Kept without their consent to keep dietary and access needs</source>
        <translation>Conservate senza il consenso alla conservazione delle esigenze alimentari e di accessibilità</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Il</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Come</translation>
    </message>
    <message>
        <source>Wording asked</source>
        <translation>Formulazione richiesta</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Revocato il</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>The question as it was put</source>
        <translation>La domanda così come è stata posta</translation>
    </message>
    <message>
        <source>The day they withdrew this consent, if they did</source>
        <translation>Il giorno in cui il consenso è stato revocato, se lo è stato</translation>
    </message>
    <message>
        <source>On the participant list given to others</source>
        <translation>Nell&apos;elenco dei partecipanti consegnato ad altri</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Dietary and access needs kept for catering</source>
        <translation>Esigenze alimentari e di accessibilità conservate per il catering</translation>
    </message>
    <message>
        <source>Contacted after the event</source>
        <translation>Contatto dopo l&apos;evento</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non richiesto</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Accettato</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Modulo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Cartaceo</translation>
    </message>
    <message>
        <source>Orally</source>
        <translation>Oralmente</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <source>withdrew their consent</source>
        <translation>consenso revocato</translation>
    </message>
    <message>
        <source>never asked</source>
        <translation>mai richiesto</translation>
    </message>
</context>
<context>
    <name>ConsentSwitch</name>
    <message>
        <source>Lists given to others need consent</source>
        <translation>Gli elenchi consegnati ad altri richiedono il consenso</translation>
    </message>
    <message>
        <source>The participant list printed or exported for others holds only those who agreed to be on it; signature sheets keep everyone</source>
        <translation>L&apos;elenco dei partecipanti stampato o esportato per altri contiene solo chi ha accettato di comparirvi; i fogli firma includono tutti</translation>
    </message>
    <message>
        <source>Participant lists</source>
        <translation>Elenchi dei partecipanti</translation>
    </message>
</context>
</TS>
