<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ForgetPersonDialog</name>
    <message>
        <source>Forget {name}</source>
        <translation>Oublier {name}</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonymiser</translation>
    </message>
    <message>
        <source>{name} cannot be erased or anonymised yet: a funder&apos;s evidence holds them.</source>
        <translation>{name} ne peut pas encore être effacé ni anonymisé : des justificatifs pour un financeur le contiennent.</translation>
    </message>
    <message>
        <source>Kept because:</source>
        <translation>Conservé car :</translation>
    </message>
    <message>
        <source>{name} takes part in no event a funder&apos;s evidence must keep: they can be erased from this database.</source>
        <translation>{name} ne participe à aucun événement dont les justificatifs doivent être conservés pour un financeur : la personne peut être effacée de cette base de données.</translation>
    </message>
    <message>
        <source>The evidence of {name}&apos;s funded events is no longer kept: they can be anonymised, their events keeping them as statistics.</source>
        <translation>Les justificatifs des événements financés de {name} ne sont plus conservés : la personne peut être anonymisée, ses événements la gardant pour les statistiques.</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Supprimé :</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Conservé :</translation>
    </message>
    <message>
        <source>Until Planner is closed, Edit &gt; Undo brings everything back; then it is final.</source>
        <translation>Jusqu&apos;à la fermeture de Planner, Édition &gt; Annuler rétablit tout ; ensuite, c&apos;est définitif.</translation>
    </message>
    <message>
        <source>Erase {name}</source>
        <translation>Effacer {name}</translation>
    </message>
    <message>
        <source>Erase {name} and the records only about them from this database now?</source>
        <translation>Effacer maintenant {name} et les enregistrements qui ne concernent que cette personne de cette base de données ?</translation>
    </message>
    <message>
        <source>Anonymise {name}</source>
        <translation>Anonymiser {name}</translation>
    </message>
    <message>
        <source>Remove {name}&apos;s name and contact details from this database now? Their events keep them as statistics.</source>
        <translation>Supprimer maintenant le nom et les coordonnées de {name} de cette base de données ? Ses événements la gardent pour les statistiques.</translation>
    </message>
</context>
<context>
    <name>OutputCheck</name>
    <message>
        <source>a ZIP archive</source>
        <translation>une archive ZIP</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Export personal data…</source>
        <translation>Exporter les données personnelles…</translation>
    </message>
    <message>
        <source>Save everything held about the selected person as one ZIP file</source>
        <translation>Enregistrer tout ce qui est conservé sur la personne sélectionnée dans un fichier ZIP</translation>
    </message>
    <message>
        <source>Forget this person…</source>
        <translation>Oublier cette personne…</translation>
    </message>
    <message>
        <source>Erase or anonymise the selected person, after showing what that does</source>
        <translation>Effacer ou anonymiser la personne sélectionnée, après avoir montré ce que cela fait</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Export or forget the selected person&apos;s data</source>
        <translation>Exporter ou oublier les données de la personne sélectionnée</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message>
        <source>{file} could not be saved.

{error}</source>
        <translation>{file} n&apos;a pas pu être enregistré.

{error}</translation>
    </message>
</context>
</TS>
