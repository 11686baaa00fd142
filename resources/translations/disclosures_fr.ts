<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DisclosuresDialog</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>À qui</translation>
    </message>
    <message>
        <source>File, printer or server</source>
        <translation>Fichier, imprimante ou serveur</translation>
    </message>
    <message>
        <source>Whose data</source>
        <translation>Données de qui</translation>
    </message>
    <message>
        <source>CSV lists (*.csv);;All files (*)</source>
        <translation>Listes CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>et {count} autres</translation>
    </message>
    <message>
        <source>What left this laptop</source>
        <translation>Ce qui a quitté cet ordinateur</translation>
    </message>
    <message>
        <source>Every file of personal data Planner wrote, every document it printed and every e-mail it sent, with whose data it held: newest first.</source>
        <translation>Chaque fichier de données personnelles écrit par Planner, chaque document imprimé et chaque e-mail envoyé, avec les personnes dont il contenait les données : les plus récents d'abord.</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Name or e-mail address</source>
        <translation>Nom ou adresse e-mail</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Événement :</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Save what is listed as a CSV list, for a spreadsheet</source>
        <translation>Enregistrer la liste affichée au format CSV, pour un tableur</translation>
    </message>
    <message>
        <source>Nothing has left this laptop yet, as far as Planner knows.</source>
        <translation>Pour autant que Planner le sache, rien n'a encore quitté cet ordinateur.</translation>
    </message>
    <message>
        <source>Nothing that left names “{text}”.</source>
        <translation>Rien de ce qui est sorti ne mentionne « {text} ».</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Cannot export the record</source>
        <translation>Impossible d'exporter le registre</translation>
    </message>
</context>
<context>
    <name>DisclosuresMenu</name>
    <message>
        <source>What &amp;left this laptop…</source>
        <translation>Ce qui a quitté cet or&amp;dinateur…</translation>
    </message>
    <message>
        <source>Every file of personal data written, document printed and e-mail sent, with whose data it held</source>
        <translation>Chaque fichier de données personnelles écrit, document imprimé et e-mail envoyé, avec les personnes dont il contenait les données</translation>
    </message>
</context>
</TS>
