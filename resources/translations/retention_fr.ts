<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AuditDateField</name>
    <message>
        <source>The funder's evidence of this programme's events (names, organisations, signed sheets) is kept until this day; after it Planner proposes anonymising them. Empty: not known yet, kept.</source>
        <translation>Les justificatifs pour le financeur des événements de ce programme (noms, organisations, feuilles signées) sont conservés jusqu'à ce jour ; ensuite, Planner propose de les anonymiser. Vide : pas encore connu, ils sont conservés.</translation>
    </message>
    <message>
        <source>Empty while not known: the evidence is kept.</source>
        <translation>Vide tant qu'elle n'est pas connue : les justificatifs sont conservés.</translation>
    </message>
    <message>
        <source>Evidence kept &amp;until</source>
        <translation>Justificatifs conservés &amp;jusqu'au</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Before removing personal data</source>
        <translation>Avant la suppression de données personnelles</translation>
    </message>
</context>
<context>
    <name>DataProtectionDialog</name>
    <message numerus="yes">
        <source>{event} ({day}): the dietary and access needs of %n participant(s)</source>
        <translation>
            <numerusform>{event} ({day}) : les besoins alimentaires et d'accessibilité de %n participant</numerusform><numerusform>{event} ({day}) : les besoins alimentaires et d'accessibilité de %n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{event} ({day}): the names, positions, e-mail addresses, phone numbers and needs of %n participant(s); their countries, organisations and genders stay for the statistics</source>
        <translation>
            <numerusform>{event} ({day}) : le nom, la fonction, l'adresse e-mail, le téléphone et les besoins de %n participant ; son pays, son organisation et son genre restent pour les statistiques</numerusform><numerusform>{event} ({day}) : les noms, fonctions, adresses e-mail, téléphones et besoins de %n participants ; leurs pays, organisations et genres restent pour les statistiques</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) keep their needs: they come to a later event</source>
        <translation>
            <numerusform>%n participant conserve ses besoins : il vient à un événement ultérieur</numerusform><numerusform>%n participants conservent leurs besoins : ils viennent à un événement ultérieur</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) stay named: another event whose records are still kept lists them</source>
        <translation>
            <numerusform>%n participant garde son nom : un autre événement dont les dossiers sont encore conservés le mentionne</numerusform><numerusform>%n participants gardent leur nom : un autre événement dont les dossiers sont encore conservés les mentionne</numerusform></translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <source>Dietary and access needs are health data. Planner proposes removing them a set time after each event, and the names and contact details of an event's participants once its programme's audit date has passed (the statistics stay). Nothing is removed until you agree.</source>
        <translation>Les besoins alimentaires et d'accessibilité sont des données de santé. Planner propose de les supprimer un certain temps après chaque événement, ainsi que les noms et coordonnées des participants d'un événement une fois passée la date d'audit de son programme (les statistiques restent). Rien n'est supprimé sans votre accord.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days needs are kept after each event</source>
        <translation>Jours de conservation des besoins après chaque événement</translation>
    </message>
    <message>
        <source>&amp;Keep dietary and access needs for</source>
        <translation>&amp;Conserver les besoins alimentaires et d'accessibilité pendant</translation>
    </message>
    <message>
        <source>after each event's last day</source>
        <translation>après le dernier jour de chaque événement</translation>
    </message>
    <message>
        <source>An event may keep them longer or shorter: see its Overview.</source>
        <translation>Un événement peut les conserver plus ou moins longtemps : voir son Aperçu.</translation>
    </message>
    <message>
        <source>Past its retention date</source>
        <translation>Durée de conservation dépassée</translation>
    </message>
    <message>
        <source>Nothing is past its retention date.</source>
        <translation>Aucune durée de conservation n'est dépassée.</translation>
    </message>
    <message>
        <source>&amp;Remove checked…</source>
        <translation>&amp;Supprimer la sélection…</translation>
    </message>
    <message>
        <source>Removed so far</source>
        <translation>Supprimé jusqu'ici</translation>
    </message>
    <message>
        <source>Due since {day}</source>
        <translation>À faire depuis le {day}</translation>
    </message>
    <message>
        <source>an event since deleted</source>
        <translation>un événement supprimé depuis</translation>
    </message>
    <message>
        <source>Nothing has been removed yet.</source>
        <translation>Rien n'a encore été supprimé.</translation>
    </message>
    <message>
        <source>A backup is made first. Edit ▸ Undo brings it all back until you close Planner.</source>
        <translation>Une sauvegarde est faite d'abord. Édition ▸ Annuler rétablit tout jusqu'à ce que vous fermiez Planner.</translation>
    </message>
    <message>
        <source>Remove personal data?</source>
        <translation>Supprimer des données personnelles ?</translation>
    </message>
    <message>
        <source>This will be removed:</source>
        <translation>Ceci sera supprimé :</translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation>Rien n'a été supprimé</translation>
    </message>
    <message>
        <source>{problem}.

Without a backup, nothing was removed.</source>
        <translation>{problem}.

Sans sauvegarde, rien n'a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Removed: %n item(s).</source>
        <translation>
            <numerusform>Supprimé : %n élément.</numerusform><numerusform>Supprimé : %n éléments.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) kept: a later event, or another event whose records are still kept, needs them.</source>
        <translation>
            <numerusform>%n participant conservé : un événement ultérieur, ou un autre dont les dossiers sont encore conservés, en a besoin.</numerusform><numerusform>%n participants conservés : un événement ultérieur, ou un autre dont les dossiers sont encore conservés, en a besoin.</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Catering needs</source>
        <translation>Besoins pour le traiteur</translation>
    </message>
    <message>
        <source>catering needs</source>
        <translation>besoins pour le traiteur</translation>
    </message>
    <message>
        <source>Dietary and access needs counted, without names, for the caterer</source>
        <translation>Besoins alimentaires et d'accessibilité comptés, sans noms, pour le traiteur</translation>
    </message>
    <message>
        <source>Cat&amp;ering needs…</source>
        <translation>Besoins pour le &amp;traiteur…</translation>
    </message>
</context>
<context>
    <name>HealthData</name>
    <message numerus="yes">
        <source>Health data: kept for catering and access only, and removed %n day(s) after the person's last event (an event may set its own time), once you agree in File ▸ Data protection…</source>
        <translation>
            <numerusform>Données de santé : conservées uniquement pour la restauration et l'accessibilité, et supprimées %n jour après le dernier événement de la personne (un événement peut fixer sa propre durée), une fois votre accord donné dans Fichier ▸ Protection des données…</numerusform><numerusform>Données de santé : conservées uniquement pour la restauration et l'accessibilité, et supprimées %n jours après le dernier événement de la personne (un événement peut fixer sa propre durée), une fois votre accord donné dans Fichier ▸ Protection des données…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Health data · removed %n day(s) after the event</source>
        <translation>
            <numerusform>Données de santé · supprimées %n jour après l'événement</numerusform><numerusform>Données de santé · supprimées %n jours après l'événement</numerusform></translation>
    </message>
</context>
<context>
    <name>NeedsKept</name>
    <message>
        <source> days after the last day</source>
        <translation> jours après le dernier jour</translation>
    </message>
    <message>
        <source>Days dietary and access needs are kept</source>
        <translation>Jours de conservation des besoins alimentaires et d'accessibilité</translation>
    </message>
    <message>
        <source>Health data: Planner proposes removing them this many days after the event's last day. The lowest choice follows the database (File ▸ Data protection…).</source>
        <translation>Données de santé : Planner propose de les supprimer ce nombre de jours après le dernier jour de l'événement. Le choix le plus bas suit la base de données (Fichier ▸ Protection des données…).</translation>
    </message>
    <message numerus="yes">
        <source>As the database says (%n day(s))</source>
        <translation>
            <numerusform>Comme la base de données (%n jour)</numerusform><numerusform>Comme la base de données (%n jours)</numerusform></translation>
    </message>
    <message>
        <source>The event was anonymised on {day}.</source>
        <translation>L'événement a été anonymisé le {day}.</translation>
    </message>
    <message>
        <source>Removed on {day}.</source>
        <translation>Supprimés le {day}.</translation>
    </message>
    <message>
        <source>Health data: proposed for removal from {day}.</source>
        <translation>Données de santé : suppression proposée à partir du {day}.</translation>
    </message>
    <message>
        <source>Dietary and access needs</source>
        <translation>Besoins alimentaires et d'accessibilité</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Names beside the needs</source>
        <translation>Noms à côté des besoins</translation>
    </message>
    <message>
        <source>Dietary and access needs are health data: give names only if the caterer must know</source>
        <translation>Les besoins alimentaires et d'accessibilité sont des données de santé : ne donnez les noms que si le traiteur doit les connaître</translation>
    </message>
</context>
<context>
    <name>RetentionNotice</name>
    <message>
        <source>Personal data kept past the time set for it: review what to remove</source>
        <translation>Données personnelles conservées au-delà de la durée fixée : vérifiez ce qu'il faut supprimer</translation>
    </message>
    <message>
        <source>Data &amp;protection…</source>
        <translation>&amp;Protection des données…</translation>
    </message>
    <message>
        <source>How long dietary and access needs are kept, and what is due for removal</source>
        <translation>Durée de conservation des besoins alimentaires et d'accessibilité, et ce qui est à supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) past their retention date</source>
        <translation>
            <numerusform>%n événement a dépassé sa durée de conservation</numerusform><numerusform>%n événements ont dépassé leur durée de conservation</numerusform></translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Examiner…</translation>
    </message>
</context>
</TS>
