<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ChangedElsewhereBox</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par une autre personne</translation>
    </message>
    <message>
        <source>Reload shows their change. Keep mine saves yours over it.</source>
        <translation>« Recharger » affiche l&apos;autre modification. « Garder la mienne » enregistre la vôtre à sa place.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>Cannot save this</source>
        <translation>Enregistrement impossible</translation>
    </message>
</context>
<context>
    <name>EventHistoryDialog</name>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>History of the event</source>
        <translation>Historique de l&apos;événement</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>No change of this event has been recorded yet.</source>
        <translation>Aucune modification de cet événement n&apos;a encore été enregistrée.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Your user name on this computer or server</source>
        <translation>Votre nom d&apos;utilisateur sur cet ordinateur ou ce serveur</translation>
    </message>
    <message>
        <source>Your &amp;name in the history:</source>
        <translation>Votre &amp;nom dans l&apos;historique :</translation>
    </message>
</context>
</TS>
