<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ColumnChoices</name>
    <message>
        <source>Consent to participant list</source>
        <translation>Consentimiento lista de participantes</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Consentimiento fotos</translation>
    </message>
    <message>
        <source>Consent to keep needs</source>
        <translation>Consentimiento conservación de necesidades</translation>
    </message>
    <message>
        <source>Consent to contact after</source>
        <translation>Consentimiento contacto posterior</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Fecha del consentimiento</translation>
    </message>
</context>
<context>
    <name>ConsentMarking</name>
    <message>
        <source>Left off lists given to others: {why}</source>
        <translation>Fuera de las listas que se entregan a terceros: {why}</translation>
    </message>
    <message>
        <source>Kept without their consent to keep dietary and access needs</source>
        <translation>Conservadas sin su consentimiento para conservar necesidades alimentarias y de accesibilidad</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Wording asked</source>
        <translation>Texto de la pregunta</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retirado el</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>The question as it was put</source>
        <translation>La pregunta tal como se formuló</translation>
    </message>
    <message>
        <source>The day they withdrew this consent, if they did</source>
        <translation>El día en que se retiró este consentimiento, si se retiró</translation>
    </message>
    <message>
        <source>On the participant list given to others</source>
        <translation>En la lista de participantes entregada a terceros</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Dietary and access needs kept for catering</source>
        <translation>Necesidades alimentarias y de accesibilidad conservadas para el catering</translation>
    </message>
    <message>
        <source>Contacted after the event</source>
        <translation>Contacto después del evento</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No consultado</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Orally</source>
        <translation>Oralmente</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>lo rechazó</translation>
    </message>
    <message>
        <source>withdrew their consent</source>
        <translation>retiró su consentimiento</translation>
    </message>
    <message>
        <source>never asked</source>
        <translation>nunca se le preguntó</translation>
    </message>
</context>
<context>
    <name>ConsentSwitch</name>
    <message>
        <source>Lists given to others need consent</source>
        <translation>Las listas entregadas a terceros requieren consentimiento</translation>
    </message>
    <message>
        <source>The participant list printed or exported for others holds only those who agreed to be on it; signature sheets keep everyone</source>
        <translation>La lista de participantes impresa o exportada para terceros incluye solo a quienes aceptaron figurar en ella; las hojas de firmas incluyen a todos</translation>
    </message>
    <message>
        <source>Participant lists</source>
        <translation>Listas de participantes</translation>
    </message>
</context>
</TS>
