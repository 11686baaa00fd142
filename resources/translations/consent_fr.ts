<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ColumnChoices</name>
    <message>
        <source>Consent to participant list</source>
        <translation>Consentement liste des participants</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Consentement photos</translation>
    </message>
    <message>
        <source>Consent to keep needs</source>
        <translation>Consentement conservation des besoins</translation>
    </message>
    <message>
        <source>Consent to contact after</source>
        <translation>Consentement contact ultérieur</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
</context>
<context>
    <name>ConsentMarking</name>
    <message>
        <source>Left off lists given to others: {why}</source>
        <translation>Absent des listes remises à des tiers : {why}</translation>
    </message>
    <message>
        <source>Kept without their consent to keep dietary and access needs</source>
        <translation>Conservés sans consentement à la conservation des besoins alimentaires et d&apos;accessibilité</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Wording asked</source>
        <translation>Formulation demandée</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>The question as it was put</source>
        <translation>La question telle qu&apos;elle a été posée</translation>
    </message>
    <message>
        <source>The day they withdrew this consent, if they did</source>
        <translation>Le jour où ce consentement a été retiré, le cas échéant</translation>
    </message>
    <message>
        <source>On the participant list given to others</source>
        <translation>Sur la liste des participants remise à des tiers</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Dietary and access needs kept for catering</source>
        <translation>Besoins alimentaires et d&apos;accessibilité conservés pour la restauration</translation>
    </message>
    <message>
        <source>Contacted after the event</source>
        <translation>Contact après l&apos;événement</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
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
        <translation>Oralement</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>withdrew their consent</source>
        <translation>consentement retiré</translation>
    </message>
    <message>
        <source>never asked</source>
        <translation>jamais demandé</translation>
    </message>
</context>
<context>
    <name>ConsentSwitch</name>
    <message>
        <source>Lists given to others need consent</source>
        <translation>Les listes remises à des tiers exigent un consentement</translation>
    </message>
    <message>
        <source>The participant list printed or exported for others holds only those who agreed to be on it; signature sheets keep everyone</source>
        <translation>La liste des participants imprimée ou exportée pour des tiers ne contient que ceux qui ont accepté d&apos;y figurer ; les feuilles d&apos;émargement gardent tout le monde</translation>
    </message>
    <message>
        <source>Participant lists</source>
        <translation>Listes des participants</translation>
    </message>
</context>
</TS>
