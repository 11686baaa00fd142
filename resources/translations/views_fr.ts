<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>ActionsModel</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Overdue: due {day} and still open</source>
        <translation>En retard : échéance le {day}, toujours ouverte</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Filter by event, action or owner</source>
        <translation>Filtrer par événement, action ou responsable</translation>
    </message>
    <message>
        <source>No action matches '{}'</source>
        <translation>Aucune action ne correspond à « {} »</translation>
    </message>
    <message>
        <source>Show done and dropped</source>
        <translation>Afficher les actions faites et abandonnées</translation>
    </message>
    <message>
        <source>Open in its event</source>
        <translation>Ouvrir dans son événement</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme faite</translation>
    </message>
    <message>
        <source>Mark the selected action done</source>
        <translation>Marquer l'action sélectionnée comme faite</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>No open actions</source>
        <translation>Aucune action ouverte</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n action ouverte</numerusform>
            <numerusform>%n actions ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n en retard</numerusform>
            <numerusform>, %n en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Made</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Dernier événement</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Planner backups (*.sqlite *.db);;All files (*)</source>
        <translation>Sauvegardes Planner (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>À la demande</translation>
    </message>
    <message>
        <source>Before restoring</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>Depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>Restore a backup kept elsewhere (written with `planner backup -o` or copied)</source>
        <translation>Restaurer une sauvegarde conservée ailleurs (écrite avec `planner backup -o` ou copiée)</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>&lt;b&gt;{database}&lt;/b&gt; is open read-only, so it cannot be restored here. Close the other Planner that has it open (or make the file writable), open it again, then restore.</source>
        <translation>&lt;b&gt;{database}&lt;/b&gt; est ouverte en lecture seule et ne peut donc pas être restaurée ici. Fermez l'autre Planner qui l'a ouverte (ou rendez le fichier modifiable), rouvrez-la, puis restaurez.</translation>
    </message>
    <message>
        <source>Backups of &lt;b&gt;{database}&lt;/b&gt; in {folder}, newest first.&lt;br&gt;Restoring one replaces what the database holds now; the current state is backed up first.</source>
        <translation>Sauvegardes de &lt;b&gt;{database}&lt;/b&gt; dans {folder}, de la plus récente à la plus ancienne.&lt;br&gt;Restaurer une sauvegarde remplace le contenu actuel de la base de données ; l'état actuel est d'abord sauvegardé.</translation>
    </message>
    <message>
        <source>No backups of &lt;b&gt;{database}&lt;/b&gt; yet. Planner makes one each time it opens the database after a change, and File ▸ Back up now makes one at once.</source>
        <translation>Aucune sauvegarde de &lt;b&gt;{database}&lt;/b&gt; pour l'instant. Planner en crée une chaque fois qu'il ouvre la base de données après une modification, et Fichier ▸ Sauvegarder maintenant en crée une immédiatement.</translation>
    </message>
    <message>
        <source>This backup cannot be read (damaged or incomplete)</source>
        <translation>Cette sauvegarde est illisible (endommagée ou incomplète)</translation>
    </message>
    <message>
        <source>the backup of {made} ({events})</source>
        <translation>la sauvegarde du {made} ({events})</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurer depuis un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Replace what {database} holds now with {backup}?

The current database will be backed up first, so this can be taken back by restoring that backup.</source>
        <translation>Remplacer le contenu actuel de {database} par {backup} ?

La base de données actuelle sera d'abord sauvegardée : vous pourrez revenir en arrière en restaurant cette sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Restored {backup}; the database as it was is in {file}</source>
        <translation>Restauration de {backup} effectuée ; la base de données dans son état précédent se trouve dans {file}</translation>
    </message>
    <message>
        <source>Restored {backup}</source>
        <translation>Restauration de {backup} effectuée</translation>
    </message>
    <message>
        <source>Cannot open the backup folder</source>
        <translation>Impossible d'ouvrir le dossier des sauvegardes</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarMenu</name>
    <message>
        <source>Calendars (*.ics);;All files (*)</source>
        <translation>Calendriers (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot export the personal calendars</source>
        <translation>Impossible d'exporter les calendriers personnels</translation>
    </message>
    <message>
        <source>Export &amp;personal calendars…</source>
        <translation>Exporter les calendriers &amp;personnels…</translation>
    </message>
    <message>
        <source>A calendar for each participant selected in the Participants tab, with their travel and hotel</source>
        <translation>Un calendrier pour chaque participant sélectionné dans l'onglet « Participants », avec son voyage et son hôtel</translation>
    </message>
    <message>
        <source>Send &amp;invitations…</source>
        <translation>Envoyer les &amp;invitations…</translation>
    </message>
    <message>
        <source>Invite the participants by e-mail: who gets a new invitation, an update, a cancellation or nothing</source>
        <translation>Inviter les participants par e-mail : qui reçoit une nouvelle invitation, une mise à jour, une annulation ou rien</translation>
    </message>
    <message>
        <source>Send a &amp;message…</source>
        <translation>Envoyer un &amp;message…</translation>
    </message>
    <message>
        <source>A letter from a template (practical information, a reminder, a thank-you) to participants</source>
        <translation>Un courrier tiré d'un modèle (informations pratiques, rappel, remerciements) aux participants</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <source>Message &amp;templates…</source>
        <translation>Mo&amp;dèles de messages…</translation>
    </message>
    <message>
        <source>Export &amp;personal calendar…</source>
        <translation>Exporter le calendrier &amp;personnel…</translation>
    </message>
    <message>
        <source>Export personal calendar</source>
        <translation>Exporter le calendrier personnel</translation>
    </message>
    <message>
        <source>Folder for the personal calendars</source>
        <translation>Dossier des calendriers personnels</translation>
    </message>
    <message numerus="yes">
        <source>%n personal calendars written to {folder}</source>
        <translation>
            <numerusform>%n calendrier personnel enregistré dans {folder}</numerusform>
            <numerusform>%n calendriers personnels enregistrés dans {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>The personal calendar written to {folder}</source>
        <translation>Calendrier personnel enregistré sous {folder}</translation>
    </message>
    <message>
        <source>{error}

Nothing was written.</source>
        <translation>{error}

Rien n'a été écrit.</translation>
    </message>
    <message>
        <source>an export</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>une exportation</translation>
    </message>
    <message>
        <source>Writing personal calendars…</source>
        <translation>Écriture des calendriers personnels…</translation>
    </message>
</context>
<context>
    <name>CalendarPlanDialog</name>
    <message>
        <source>Update from calendar</source>
        <translation>Mise à jour depuis un calendrier</translation>
    </message>
    <message>
        <source>{file} is a newer calendar of “{title}”. Importing it makes this change:</source>
        <translation>{file} est un calendrier plus récent de « {title} ». L'importer apporte cette modification :</translation>
    </message>
    <message numerus="yes">
        <source>{file} is a newer calendar of “{title}”. Importing it makes these %n changes:</source>
        <translation>
            <numerusform>{file} est un calendrier plus récent de « {title} ». L'importer apporte cette %n modification :</numerusform>
            <numerusform>{file} est un calendrier plus récent de « {title} ». L'importer apporte ces %n modifications :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>their own itinerary (PDF)</source>
        <translation>son propre itinéraire (PDF)</translation>
    </message>
    <message>
        <source>their own calendar (.ics)</source>
        <translation>son propre calendrier (.ics)</translation>
    </message>
    <message>
        <source>the agenda (PDF)</source>
        <translation>l'ordre du jour (PDF)</translation>
    </message>
    <message>
        <source>the conclusions report (PDF)</source>
        <translation>le rapport de conclusions (PDF)</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Envoyer un message</translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>Modifier les modèles…</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Everyone coming (not those who declined or were cancelled)</source>
        <translation>Tous ceux qui viennent (pas ceux qui ont décliné ou ont été annulés)</translation>
    </message>
    <message numerus="yes">
        <source>The %n participant(s) selected in the Participants tab</source>
        <translation>
            <numerusform>Le %n participant sélectionné dans l'onglet « Participants »</numerusform>
            <numerusform>Les %n participants sélectionnés dans l'onglet « Participants »</numerusform>
        </translation>
    </message>
    <message>
        <source>The participants selected in the Participants tab (none is selected)</source>
        <translation>Les participants sélectionnés dans l'onglet « Participants » (aucun n'est sélectionné)</translation>
    </message>
    <message>
        <source>Those with the status or role:</source>
        <translation>Ceux qui ont le statut ou le rôle :</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Rôle : {role}</translation>
    </message>
    <message>
        <source>Attach to each message</source>
        <translation>Joindre à chaque message</translation>
    </message>
    <message>
        <source>Also send to those for whom a placeholder is empty (they are held back otherwise)</source>
        <translation>Envoyer aussi à ceux pour qui un champ est vide (sinon ils sont mis en attente)</translation>
    </message>
    <message>
        <source>Again to those who got this template before</source>
        <translation>De nouveau à ceux qui ont déjà reçu ce modèle</translation>
    </message>
    <message>
        <source>Next: see each message…</source>
        <translation>Suivant : voir chaque message…</translation>
    </message>
    <message>
        <source>Each participant gets the template filled in with their own details. Anyone for whom a placeholder is empty (no hotel, no arrival…) is held back and named, so that nobody gets a letter with a blank.</source>
        <translation>Chaque participant reçoit le modèle rempli avec ses propres informations. Toute personne pour qui un champ resterait vide (pas d'hôtel, pas d'arrivée…) est mise en attente et signalée, pour que personne ne reçoive un courrier avec un blanc.</translation>
    </message>
    <message>
        <source>Send “{template}”</source>
        <translation>Envoyer « {template} »</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Double-click an event to open it</source>
        <translation>Double-cliquez sur un événement pour l'ouvrir</translation>
    </message>
    <message>
        <source>Double-click a member to see them among the people</source>
        <translation>Double-cliquez sur un membre pour le voir parmi les personnes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nouvelle personne…</translation>
    </message>
    <message>
        <source>Add a person to the Directory</source>
        <translation>Ajouter une personne à l'annuaire</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Nouvelle organisation…</translation>
    </message>
    <message>
        <source>Add an organisation to the Directory</source>
        <translation>Ajouter une organisation à l'annuaire</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add to the list shown</source>
        <translation>Ajouter à la liste affichée</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Modifier l'entrée sélectionnée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Supprimer l'entrée sélectionnée</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Search people and organisations</source>
        <translation>Rechercher des personnes et des organisations</translation>
    </message>
    <message>
        <source>People ({count})</source>
        <translation>Personnes ({count})</translation>
    </message>
    <message>
        <source>Organisations ({count})</source>
        <translation>Organisations ({count})</translation>
    </message>
    <message>
        <source>Select a person to see the events they took part in.</source>
        <translation>Sélectionnez une personne pour voir les événements auxquels elle a participé.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>no events yet</source>
        <translation>aucun événement pour l'instant</translation>
    </message>
    <message>
        <source>Select an organisation to see its members.</source>
        <translation>Sélectionnez une organisation pour voir ses membres.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>no members</source>
        <translation>aucun membre</translation>
    </message>
    <message>
        <source>No person matches '{}'</source>
        <translation>Aucune personne ne correspond à « {} »</translation>
    </message>
    <message>
        <source>No organisation matches '{}'</source>
        <translation>Aucune organisation ne correspond à « {} »</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <source>Signature sheets</source>
        <translation>Feuilles d'émargement</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Badges nominatifs</translation>
    </message>
    <message>
        <source>Conclusions report</source>
        <translation>Rapport de conclusions</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>participant list</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <source>signature sheets</source>
        <translation>Feuilles d'émargement</translation>
    </message>
    <message>
        <source>itinerary</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>name badges</source>
        <translation>Badges nominatifs</translation>
    </message>
    <message>
        <source>conclusions report</source>
        <translation>Rapport de conclusions</translation>
    </message>
    <message>
        <source>The programme day by day, for the room</source>
        <translation>Le programme jour par jour, pour la salle</translation>
    </message>
    <message>
        <source>Who takes part, for the host and the hotel</source>
        <translation>Qui participe, pour les hôtes et l'hôtel</translation>
    </message>
    <message>
        <source>One sheet per day to sign, as funders ask for</source>
        <translation>Une feuille par jour à signer, comme le demandent les financeurs</translation>
    </message>
    <message>
        <source>Travel, hotels and visits day by day</source>
        <translation>Voyages, hôtels et visites jour par jour</translation>
    </message>
    <message>
        <source>Badges to cut out, several per page</source>
        <translation>Badges à découper, plusieurs par page</translation>
    </message>
    <message>
        <source>Summary, conclusions, decisions and actions</source>
        <translation>Résumé, conclusions, décisions et actions</translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation>&amp;Ordre du jour…</translation>
    </message>
    <message>
        <source>&amp;Participant list…</source>
        <translation>&amp;Liste des participants…</translation>
    </message>
    <message>
        <source>&amp;Signature sheets…</source>
        <translation>&amp;Feuilles d'émargement…</translation>
    </message>
    <message>
        <source>&amp;Itinerary…</source>
        <translation>&amp;Itinéraire…</translation>
    </message>
    <message>
        <source>&amp;Name badges…</source>
        <translation>&amp;Badges nominatifs…</translation>
    </message>
    <message>
        <source>&amp;Conclusions report…</source>
        <translation>Rapport de &amp;conclusions…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>statistiques</translation>
    </message>
    <message>
        <source>Participants by country, gender, organisation, new or returning</source>
        <translation>Participants par pays, genre, organisation, nouveaux ou récurrents</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>&amp;Statistiques…</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documents PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Send it to a printer</source>
        <translation>L'envoyer à une imprimante</translation>
    </message>
    <message>
        <source>Save it as a PDF file, to send or print later</source>
        <translation>L'enregistrer en fichier PDF, pour l'envoyer ou l'imprimer plus tard</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Preparing the {document}…</source>
        <translation>Préparation de « {document} »…</translation>
    </message>
    <message>
        <source>The document was made but cannot be shown.</source>
        <translation>Le document a été créé mais ne peut pas être affiché.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · {paper}</source>
        <translation>
            <numerusform>%n page · {paper}</numerusform>
            <numerusform>%n pages · {paper}</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong while making the {document}; it has been written to the log.

{message}</source>
        <translation>Une erreur s'est produite lors de la création de « {document} » ; elle a été consignée dans le journal.

{message}</translation>
    </message>
    <message>
        <source>The {document} could not be made.

{message}</source>
        <translation>Impossible de créer « {document} ».

{message}</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} sur {count}</translation>
    </message>
    <message>
        <source>Print the {document}</source>
        <translation>Imprimer « {document} »</translation>
    </message>
    <message>
        <source>Printing the {document}…</source>
        <translation>Impression de « {document} »…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Impossible d'imprimer</translation>
    </message>
    <message>
        <source>The {document} could not be printed: {error}.</source>
        <translation>Impossible d'imprimer « {document} » : {error}.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to {printer}</source>
        <translation>
            <numerusform>%n page envoyée à {printer}</numerusform>
            <numerusform>%n pages envoyées à {printer}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>%n page imprimée</numerusform>
            <numerusform>%n pages imprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Cannot save the document</source>
        <translation>Impossible d'enregistrer le document</translation>
    </message>
    <message>
        <source>{file} could not be saved.

{error}</source>
        <translation>Impossible d'enregistrer {file}.

{error}</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Enregistré sous {file}</translation>
    </message>
    <message>
        <source>Planner document</source>
        <translation>Document Planner</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>l'imprimante n'a pas pu démarrer</translation>
    </message>
    <message>
        <source>the printer refused the next page</source>
        <translation>l'imprimante a refusé la page suivante</translation>
    </message>
    <message>
        <source>page {page} could not be drawn</source>
        <translation>la page {page} n'a pas pu être dessinée</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>Print preview of the agenda</source>
        <translation>Aperçu avant impression de l'ordre du jour</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Preview, print or save the agenda, lists, sheets, badges and reports of this event</source>
        <translation>Prévisualiser, imprimer ou enregistrer l'ordre du jour, les listes, les feuilles, les badges et les rapports de cet événement</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Planner (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Planner event files (*.planner.json *.json);;All files (*)</source>
        <translation>Fichiers d'événement Planner (*.planner.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Calendars (*.ics);;All files (*)</source>
        <translation>Calendriers (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Import event file…</source>
        <translation>&amp;Importer un fichier d'événement…</translation>
    </message>
    <message>
        <source>&amp;Export event file…</source>
        <translation>&amp;Exporter un fichier d'événement…</translation>
    </message>
    <message>
        <source>Import &amp;calendar (.ics)…</source>
        <translation>Importer un &amp;calendrier (.ics)…</translation>
    </message>
    <message>
        <source>Export c&amp;alendar (.ics)…</source>
        <translation>E&amp;xporter le calendrier (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Restaurer une sauve&amp;garde…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>{file} already exists; choose another name, or open it with File ▸ Open database.</source>
        <translation>{file} existe déjà ; choisissez un autre nom ou ouvrez-le avec Fichier ▸ Ouvrir une base de données.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Cannot add the sample events</source>
        <translation>Impossible d'ajouter les événements d'exemple</translation>
    </message>
    <message>
        <source>{error}

Nothing was imported.</source>
        <translation>{error}

Rien n'a été importé.</translation>
    </message>
    <message>
        <source>Import of {file} stopped; nothing was imported.</source>
        <translation>Importation de {file} interrompue ; rien n'a été importé.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <source>an import</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>une importation</translation>
    </message>
    <message>
        <source>Export stopped; {file} was not written.</source>
        <translation>Exportation interrompue ; {file} n'a pas été écrit.</translation>
    </message>
    <message>
        <source>an export</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>une exportation</translation>
    </message>
    <message>
        <source>Import event file</source>
        <translation>Importer un fichier d'événement</translation>
    </message>
    <message>
        <source>Imported “{title}” from {file}</source>
        <translation>« {title} » importé depuis {file}</translation>
    </message>
    <message>
        <source>Cannot import the event file</source>
        <translation>Impossible d'importer le fichier d'événement</translation>
    </message>
    <message>
        <source>Export event file</source>
        <translation>Exporter un fichier d'événement</translation>
    </message>
    <message>
        <source>Cannot export the event</source>
        <translation>Impossible d'exporter l'événement</translation>
    </message>
    <message>
        <source>Exported “{title}” to {file}</source>
        <translation>« {title} » exporté vers {file}</translation>
    </message>
    <message>
        <source>Exporting “{title}”…</source>
        <translation>Exportation de « {title} »…</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importer un calendrier</translation>
    </message>
    <message>
        <source>Cannot import the calendar</source>
        <translation>Impossible d'importer le calendrier</translation>
    </message>
    <message>
        <source>Updated “{title}” from {file}</source>
        <translation>« {title} » mis à jour depuis {file}</translation>
    </message>
    <message numerus="yes">
        <source>• … and %n more</source>
        <translation>
            <numerusform>• … et %n autre</numerusform>
            <numerusform>• … et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar imported</source>
        <translation>Calendrier importé</translation>
    </message>
    <message>
        <source>Imported “{title}” from {file}.

{notes}</source>
        <translation>« {title} » importé depuis {file}.

{notes}</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>Impossible d'exporter le calendrier</translation>
    </message>
    <message>
        <source>Exported the calendar of “{title}” to {file}</source>
        <translation>Calendrier de « {title} » exporté vers {file}</translation>
    </message>
    <message>
        <source>Exporting the calendar of “{title}”…</source>
        <translation>Exportation du calendrier de « {title} »…</translation>
    </message>
    <message>
        <source>Cannot back up the database</source>
        <translation>Impossible de sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>Sauvegardé dans {file}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n envoyé</numerusform>
            <numerusform>%n envoyés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailPassword</name>
    <message>
        <source>There is no usable keyring: {problem}.
Planner asks for the password once per session and keeps it in memory only.</source>
        <translation>Aucun trousseau utilisable : {problem}.
Planner demande le mot de passe une fois par session et le garde uniquement en mémoire.</translation>
    </message>
    <message>
        <source>No password is kept for this account yet; it will be kept in the system keyring.</source>
        <translation>Aucun mot de passe n'est encore conservé pour ce compte ; il sera conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Mot de passe de messagerie</translation>
    </message>
    <message>
        <source>Password of {user} on {server}:</source>
        <translation>Mot de passe de {user} sur {server} :</translation>
    </message>
</context>
<context>
    <name>MailServer</name>
    <message>
        <source>No mail server is set for this database: set one in Edit ▸ Mail settings…, or save the messages as files.</source>
        <translation>Aucun serveur de messagerie n'est défini pour cette base de données : définissez-en un dans Édition ▸ Paramètres de messagerie…, ou enregistrez les messages dans des fichiers.</translation>
    </message>
    <message>
        <source>{server}, {security} as {user}, from {sender} (change in Edit ▸ Mail settings…)</source>
        <translation>{server}, {security} en tant que {user}, de la part de {sender} (à modifier dans Édition ▸ Paramètres de messagerie…)</translation>
    </message>
    <message>
        <source>{server}, {security}, from {sender} (change in Edit ▸ Mail settings…)</source>
        <translation>{server}, {security}, de la part de {sender} (à modifier dans Édition ▸ Paramètres de messagerie…)</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (généralement port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS dès le départ (généralement port 465)</translation>
    </message>
    <message>
        <source>None: no encryption, no login (usually port 25)</source>
        <translation>Aucune : ni chiffrement ni identification (généralement port 25)</translation>
    </message>
    <message>
        <source>Mail settings</source>
        <translation>Paramètres de messagerie</translation>
    </message>
    <message>
        <source>The account invitations are sent from, for this database.</source>
        <translation>Le compte depuis lequel les invitations de cette base de données sont envoyées.</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>p. ex. smtp.example.org</translation>
    </message>
    <message>
        <source>often the e-mail address; empty for a server without login</source>
        <translation>souvent l'adresse e-mail ; vide pour un serveur sans identification</translation>
    </message>
    <message>
        <source>e.g. ECRI study visit</source>
        <translation>p. ex. Visite d'étude ECRI</translation>
    </message>
    <message>
        <source>e.g. events@example.org</source>
        <translation>p. ex. evenements@example.org</translation>
    </message>
    <message>
        <source>&amp;Mail server</source>
        <translation>Serveur de &amp;messagerie</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d'&amp;utilisateur</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Mot de pa&amp;sse</translation>
    </message>
    <message>
        <source>Sender &amp;name</source>
        <translation>&amp;Nom de l'expéditeur</translation>
    </message>
    <message>
        <source>Sender &amp;address</source>
        <translation>&amp;Adresse de l'expéditeur</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>Envoyer un message de &amp;test</translation>
    </message>
    <message>
        <source>Send a short message to the sender's own address with these settings</source>
        <translation>Envoyer un court message à l'adresse de l'expéditeur avec ces paramètres</translation>
    </message>
    <message>
        <source>No password: without a user name the server is used without logging in.</source>
        <translation>Pas de mot de passe : sans nom d'utilisateur, le serveur est utilisé sans identification.</translation>
    </message>
    <message>
        <source>No usable keyring: {problem}. The password will be asked once per session.</source>
        <translation>Aucun trousseau utilisable : {problem}. Le mot de passe sera demandé une fois par session.</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in the database.</source>
        <translation>Le mot de passe est conservé dans le trousseau du système, jamais dans la base de données.</translation>
    </message>
    <message>
        <source>(kept; type to change it)</source>
        <translation>(conservé ; saisissez-en un autre pour le changer)</translation>
    </message>
    <message>
        <source>Saved the mail settings.</source>
        <translation>Paramètres de messagerie enregistrés.</translation>
    </message>
    <message>
        <source>No test message sent: no password was given.</source>
        <translation>Aucun message de test envoyé : aucun mot de passe n'a été saisi.</translation>
    </message>
    <message>
        <source>Sending a test message to {address} through {server}…</source>
        <translation>Envoi d'un message de test à {address} via {server}…</translation>
    </message>
    <message>
        <source>a test message</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>un message de test</translation>
    </message>
    <message>
        <source>✓ {sent}. Look for it in the inbox of {address}.</source>
        <translation>✓ {sent}. Cherchez-le dans la boîte de réception de {address}.</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <source>TLS (usually port 993)</source>
        <translation>TLS (généralement port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (généralement port 143)</translation>
    </message>
    <message>
        <source>None: only for a test server on this computer</source>
        <translation>Aucune : uniquement pour un serveur de test sur cet ordinateur</translation>
    </message>
    <message>
        <source>Fetch replies from mailbox</source>
        <translation>Récupérer les réponses de la boîte aux lettres</translation>
    </message>
    <message>
        <source>The password is kept until Planner closes only, never written down: {problem}.</source>
        <translation>Le mot de passe est conservé jusqu'à la fermeture de Planner seulement, jamais écrit : {problem}.</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring ({keyring}), never in the database.</source>
        <translation>Le mot de passe est conservé dans le trousseau du système ({keyring}), jamais dans la base de données.</translation>
    </message>
    <message>
        <source>Planner reads the answers to your invitations from the mailbox they arrive in. Only messages with a calendar are downloaded, none is marked as read, and mail about other meetings is left alone.</source>
        <translation>Planner lit les réponses à vos invitations dans la boîte aux lettres où elles arrivent. Seuls les messages contenant un calendrier sont téléchargés, aucun n'est marqué comme lu et le courrier concernant d'autres réunions n'est pas touché.</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>généralement votre adresse e-mail</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sécurité :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d'utilisateur :</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Fetch replies</source>
        <translation>Récupérer les réponses</translation>
    </message>
    <message>
        <source>Fetching reads what arrived since the last fetch.</source>
        <translation>La récupération lit ce qui est arrivé depuis la dernière fois.</translation>
    </message>
    <message>
        <source>Type the password of the mailbox.</source>
        <translation>Saisissez le mot de passe de la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Reading {folder} on {server}…</source>
        <translation>Lecture de {folder} sur {server}…</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>fetching replies</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>la récupération des réponses</translation>
    </message>
    <message>
        <source>Reading replies…</source>
        <translation>Lecture des réponses…</translation>
    </message>
    <message>
        <source>reading replies</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>la lecture des réponses</translation>
    </message>
    <message>
        <source>In the mailbox: {summary}</source>
        <translation>Dans la boîte aux lettres : {summary}</translation>
    </message>
    <message>
        <source>{message}: left aside, too large to be a reply.</source>
        <translation>{message} : mis de côté, trop volumineux pour être une réponse.</translation>
    </message>
    <message>
        <source>More messages are waiting: fetch again to read them.</source>
        <translation>D'autres messages attendent : récupérez de nouveau pour les lire.</translation>
    </message>
    <message>
        <source>Replies fetched</source>
        <translation>Réponses récupérées</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Répondre à</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>the calendar invitation ({method}), shown with Accept / Decline</source>
        <translation>l'invitation de calendrier ({method}), affichée avec Accepter / Refuser</translation>
    </message>
    <message>
        <source>Attached: {attachments}</source>
        <translation>Pièces jointes : {attachments}</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Read-only: you can look at everything and make documents, but not change anything.</source>
        <translation>Lecture seule : vous pouvez tout consulter et créer des documents, mais rien modifier.</translation>
    </message>
    <message>
        <source>Planner has not changed the file.</source>
        <translation>Planner n'a pas modifié le fichier.</translation>
    </message>
    <message>
        <source>{folder}: cannot create the data folder ({reason})</source>
        <translation>{folder} : impossible de créer le dossier de données ({reason})</translation>
    </message>
    <message>
        <source>{file}: the folder {folder} does not exist</source>
        <translation>{file} : le dossier {folder} n'existe pas</translation>
    </message>
    <message>
        <source>{file}: cannot be created: {reason}</source>
        <translation>{file} : impossible de le créer : {reason}</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Ouverte en lecture seule</translation>
    </message>
    <message>
        <source>{file}: {reason}, so Planner opens it read-only.

{read_only}</source>
        <translation>{file} : {reason}, Planner l'ouvre donc en lecture seule.

{read_only}</translation>
    </message>
    <message>
        <source>Database open in another Planner</source>
        <translation>Base de données ouverte dans un autre Planner</translation>
    </message>
    <message>
        <source>{file} is open {where}.

Open it read-only, or cancel?</source>
        <translation>{file} est ouverte {where}.

L'ouvrir en lecture seule ou annuler ?</translation>
    </message>
    <message>
        <source>{read_only} What is changed in the other Planner shows here when you open the database again.

{file}</source>
        <translation>{read_only} Ce qui est modifié dans l'autre Planner apparaîtra ici lorsque vous rouvrirez la base de données.

{file}</translation>
    </message>
    <message>
        <source>{error}.

Planner opens it read-only. {read_only}</source>
        <translation>{error}.

Planner l'ouvre en lecture seule. {read_only}</translation>
    </message>
    <message>
        <source>Is the drive, USB stick or network folder connected? Check the path, or choose another database with File ▸ Open database.</source>
        <translation>Le disque, la clé USB ou le dossier réseau est-il connecté ? Vérifiez le chemin ou choisissez une autre base de données avec Fichier ▸ Ouvrir une base de données.</translation>
    </message>
    <message>
        <source>{untouched} Choose a Planner database with File ▸ Open database.</source>
        <translation>{untouched} Choisissez une base de données Planner avec Fichier ▸ Ouvrir une base de données.</translation>
    </message>
    <message>
        <source>{untouched} Restore a backup of it, or choose another database with File ▸ Open database.</source>
        <translation>{untouched} Restaurez-en une sauvegarde ou choisissez une autre base de données avec Fichier ▸ Ouvrir une base de données.</translation>
    </message>
    <message>
        <source>Check that you may read this file, or choose another database with File ▸ Open database.</source>
        <translation>Vérifiez que vous avez le droit de lire ce fichier ou choisissez une autre base de données avec Fichier ▸ Ouvrir une base de données.</translation>
    </message>
    <message>
        <source>{untouched} Choose another database with File ▸ Open database.</source>
        <translation>{untouched} Choisissez une autre base de données avec Fichier ▸ Ouvrir une base de données.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d'ouvrir la base de données</translation>
    </message>
    <message>
        <source>what it holds cannot be read</source>
        <translation>son contenu est illisible</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), the newest: {event}</source>
        <translation>
            <numerusform>%n événement, le plus récent : {event}</numerusform>
            <numerusform>%n événements, le plus récent : {event}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup of {made} ({holds})</source>
        <translation>la sauvegarde du {made} ({holds})</translation>
    </message>
    <message>
        <source>{error}.

Restore {backup}?</source>
        <translation>{error}.

Restaurer {backup} ?</translation>
    </message>
    <message>
        <source>{untouched} Restoring keeps it: backed up, or set aside beside it as {file}.damaged-… when it cannot be read at all. Nothing is deleted.</source>
        <translation>{untouched} La restauration le conserve : sauvegardé, ou mis de côté à côté sous le nom {file}.damaged-… s'il est totalement illisible. Rien n'est supprimé.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>{file}: restored {backup}.</source>
        <translation>{file} : {backup} restaurée.</translation>
    </message>
    <message>
        <source>The file as it was is kept in {file}.</source>
        <translation>Le fichier dans son état précédent est conservé dans {file}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>For each reader</source>
        <translation>Selon le destinataire</translation>
    </message>
    <message>
        <source>Words, dates and numbers in this language; for each reader: a traveller's itinerary in theirs</source>
        <translation>Mots, dates et nombres dans cette langue ; « Selon le destinataire » : l'itinéraire d'un voyageur dans sa langue</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Dietary and access needs</source>
        <translation>Régime alimentaire et accessibilité</translation>
    </message>
    <message>
        <source>Arrival and departure</source>
        <translation>Arrivée et départ</translation>
    </message>
    <message>
        <source>Which document to make; the options below follow it</source>
        <translation>Le document à créer ; les options ci-dessous s'y adaptent</translation>
    </message>
    <message>
        <source>Headings by country or organisation, with the people of each under it</source>
        <translation>Des intertitres par pays ou par organisation, avec leurs personnes en dessous</translation>
    </message>
    <message>
        <source>Everyone's itinerary, or one traveller's own</source>
        <translation>L'itinéraire de tous ou celui d'un seul voyageur</translation>
    </message>
    <message>
        <source>Empty numbered rows at the end of each sheet, for people who come unannounced</source>
        <translation>Lignes numérotées vides en fin de feuille, pour les personnes venues sans s'inscrire</translation>
    </message>
    <message>
        <source>as selected in the Participants tab</source>
        <translation>selon la sélection de l'onglet « Participants »</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>Also show</source>
        <translation>Afficher aussi</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;Grouper par</translation>
    </message>
    <message>
        <source>&amp;Traveller</source>
        <translation>&amp;Voyageur</translation>
    </message>
    <message>
        <source>&amp;Blank rows</source>
        <translation>Lignes &amp;vides</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Only the selected participants</source>
        <translation>Seulement les participants sélectionnés</translation>
    </message>
    <message>
        <source>Select participants in the Participants tab first (Ctrl+click adds one)</source>
        <translation>Sélectionnez d'abord des participants dans l'onglet « Participants » (Ctrl+clic en ajoute un)</translation>
    </message>
    <message>
        <source>none selected in the Participants tab</source>
        <translation>aucun sélectionné dans l'onglet « Participants »</translation>
    </message>
    <message>
        <source>Only the selected participant</source>
        <translation>Seulement le participant sélectionné</translation>
    </message>
    <message>
        <source>Make the document for the participant selected in the Participants tab</source>
        <translation>Créer le document pour le participant sélectionné dans l'onglet « Participants »</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected participants</source>
        <translation>
            <numerusform>Seulement le %n participant sélectionné</numerusform>
            <numerusform>Seulement les %n participants sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the document for the %n participants selected in the Participants tab</source>
        <translation>
            <numerusform>Créer le document pour le %n participant sélectionné dans l'onglet « Participants »</numerusform>
            <numerusform>Créer le document pour les %n participants sélectionnés dans l'onglet « Participants »</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Contact card (QR code)</source>
        <translation>Fiche de contact (code QR)</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Gets</source>
        <translation>Reçoit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>New invitation</source>
        <translation>Nouvelle invitation</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Message, incomplete</source>
        <translation>Message incomplet</translation>
    </message>
    <message numerus="yes">
        <source>%n saved</source>
        <translation>
            <numerusform>%n enregistré</numerusform>
            <numerusform>%n enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n envoyé</numerusform>
            <numerusform>%n envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (stopped)</source>
        <translation>
            <numerusform>%n non envoyé (interrompu)</numerusform>
            <numerusform>%n non envoyés (interrompu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n got nothing</source>
        <translation>
            <numerusform>%n n'a rien reçu</numerusform>
            <numerusform>%n n'ont rien reçu</numerusform>
        </translation>
    </message>
    <message>
        <source>Run again to deliver only what is missing.</source>
        <translation>Relancez pour ne délivrer que ce qui manque.</translation>
    </message>
    <message>
        <source>FAILED: {recipient}: {reason}</source>
        <translation>ÉCHEC : {recipient} : {reason}</translation>
    </message>
    <message>
        <source>Not saved, stopped: {recipient}</source>
        <translation>Non enregistré, interrompu : {recipient}</translation>
    </message>
    <message>
        <source>Not sent, stopped: {recipient}</source>
        <translation>Non envoyé, interrompu : {recipient}</translation>
    </message>
    <message>
        <source>Saved: {recipient}</source>
        <translation>Enregistré : {recipient}</translation>
    </message>
    <message>
        <source>Sent: {recipient}</source>
        <translation>Envoyé : {recipient}</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n'a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%n new invitation(s)</source>
        <translation>
            <numerusform>%n nouvelle invitation</numerusform>
            <numerusform>%n nouvelles invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancellation(s)</source>
        <translation>
            <numerusform>%n annulation</numerusform>
            <numerusform>%n annulations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incomplete message(s)</source>
        <translation>
            <numerusform>%n message incomplet</numerusform>
            <numerusform>%n messages incomplets</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody to write to: the event has no participants.</source>
        <translation>Personne à qui écrire : l'événement n'a pas de participants.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to send: none of the %n people listed is due a message.</source>
        <translation>
            <numerusform>Rien à envoyer : la seule personne de la liste n'attend aucun message.</numerusform>
            <numerusform>Rien à envoyer : aucune des %n personnes de la liste n'attend de message.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to deliver.</source>
        <translation>
            <numerusform>%n message à délivrer.</numerusform>
            <numerusform>%n messages à délivrer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to deliver: {what}.</source>
        <translation>
            <numerusform>%n message à délivrer : {what}.</numerusform>
            <numerusform>%n messages à délivrer : {what}.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 person gets nothing (see why below).</source>
        <translation>1 personne ne reçoit rien (voir pourquoi ci-dessous).</translation>
    </message>
    <message numerus="yes">
        <source>%n people get nothing (see why below).</source>
        <translation>
            <numerusform>%n personne ne reçoit rien (voir pourquoi ci-dessous).</numerusform>
            <numerusform>%n personnes ne reçoivent rien (voir pourquoi ci-dessous).</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the messages…</source>
        <translation>Préparation des messages…</translation>
    </message>
    <message>
        <source>Select a recipient to see their message.</source>
        <translation>Sélectionnez un destinataire pour voir son message.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Send through the mail server</source>
        <translation>Envoyer par le serveur de messagerie</translation>
    </message>
    <message>
        <source>Save as e-mail files (.eml) in a folder, to send from your own mail program</source>
        <translation>Enregistrer en fichiers e-mail (.eml) dans un dossier, pour les envoyer depuis votre propre logiciel de messagerie</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choisissez un dossier…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>I will send these files myself: count them as sent, so next time only changes go out</source>
        <translation>J'enverrai ces fichiers moi-même : les compter comme envoyés, pour que seules les modifications partent la prochaine fois</translation>
    </message>
    <message>
        <source>Folder for the messages</source>
        <translation>Dossier des messages</translation>
    </message>
    <message>
        <source>Save files</source>
        <translation>Enregistrer les fichiers</translation>
    </message>
    <message>
        <source>Cannot prepare the messages: {error}</source>
        <translation>Impossible de préparer les messages : {error}</translation>
    </message>
    <message>
        <source>preparing the messages</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>la préparation des messages</translation>
    </message>
    <message>
        <source>{recipient} gets nothing: {reason}.</source>
        <translation>{recipient} ne reçoit rien : {reason}.</translation>
    </message>
    <message>
        <source>Saving the messages…</source>
        <translation>Enregistrement des messages…</translation>
    </message>
    <message>
        <source>Sending the messages…</source>
        <translation>Envoi des messages…</translation>
    </message>
    <message>
        <source>sending the messages</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>l'envoi des messages</translation>
    </message>
</context>
<context>
    <name>OutputCheck</name>
    <message>
        <source>a PDF</source>
        <translation>un PDF</translation>
    </message>
    <message>
        <source>a Planner event file</source>
        <translation>un fichier d'événement Planner</translation>
    </message>
    <message>
        <source>a calendar (.ics)</source>
        <translation>un calendrier (.ics)</translation>
    </message>
    <message>
        <source>a CSV list</source>
        <translation>une liste CSV</translation>
    </message>
    <message>
        <source>an Excel workbook (.xlsx)</source>
        <translation>un classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>an e-mail message (.eml)</source>
        <translation>un message e-mail (.eml)</translation>
    </message>
    <message>
        <source>a Planner backup</source>
        <translation>une sauvegarde Planner</translation>
    </message>
    <message>
        <source>{reason}.

Replace it with {kind}? What it holds now will be lost.</source>
        <translation>{reason}.

Le remplacer par {kind} ? Son contenu actuel sera perdu.</translation>
    </message>
    <message>
        <source>a Word document (.docx)</source>
        <translation>un document Word (.docx)</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Not known</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>e.g. Dr., Ms., Prof.</source>
        <translation>p. ex. Dr, Mme, Pr</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Régime alimentaire</translation>
    </message>
    <message>
        <source>e.g. vegetarian, allergies</source>
        <translation>p. ex. végétarien, allergies</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>e.g. wheelchair access</source>
        <translation>p. ex. accès en fauteuil roulant</translation>
    </message>
    <message>
        <source>Pick one, or type a new organisation's name</source>
        <translation>Choisissez-en une ou saisissez le nom d'une nouvelle organisation</translation>
    </message>
    <message>
        <source>Pick an organisation of the Directory, or type the name of a new one</source>
        <translation>Choisissez une organisation de l'annuaire ou saisissez le nom d'une nouvelle</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
</context>
<context>
    <name>PersonalCalendarsDialog</name>
    <message>
        <source>Personal calendars</source>
        <translation>Calendriers personnels</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} et %n autre</numerusform>
            <numerusform>{names} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>A calendar for {name}: the programme with their own items marked, their travel and hotel.</source>
        <translation>Un calendrier pour {name} : le programme avec ses propres points mis en évidence, son voyage et son hôtel.</translation>
    </message>
    <message numerus="yes">
        <source>A calendar for each of the %n participants selected ({names}), one file each in a folder you choose: the programme with their own items marked, their travel and hotel.</source>
        <translation>
            <numerusform>Un calendrier pour le %n participant sélectionné ({names}), dans un fichier du dossier de votre choix : le programme avec ses propres points mis en évidence, son voyage et son hôtel.</numerusform>
            <numerusform>Un calendrier pour chacun des %n participants sélectionnés ({names}), un fichier par personne dans le dossier de votre choix : le programme avec ses propres points mis en évidence, son voyage et son hôtel.</numerusform>
        </translation>
    </message>
    <message>
        <source>With the open actions they own</source>
        <translation>Avec les actions ouvertes dont ils sont responsables</translation>
    </message>
    <message>
        <source>Choose where…</source>
        <translation>Choisir l'emplacement…</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>This version of Planner does not include this document.</source>
        <translation>Cette version de Planner ne comprend pas ce document.</translation>
    </message>
    <message>
        <source>rendering the {document} of event {event}</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>la création de « {document} » pour l'événement {event}</translation>
    </message>
</context>
<context>
    <name>ReplyActions</name>
    <message>
        <source>Replies (*.eml *.ics);;All files (*)</source>
        <translation>Réponses (*.eml *.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import &amp;replies to invitations…</source>
        <translation>Importer les &amp;réponses aux invitations…</translation>
    </message>
    <message>
        <source>Read partners' answers (.eml or .ics) into their participant status</source>
        <translation>Reporter les réponses des partenaires (.eml ou .ics) dans leur statut de participation</translation>
    </message>
    <message>
        <source>&amp;Fetch replies from mailbox…</source>
        <translation>Récupérer les réponses de la &amp;boîte aux lettres…</translation>
    </message>
    <message>
        <source>Read the answers to your invitations from the mailbox they arrive in (IMAP)</source>
        <translation>Lire les réponses à vos invitations dans la boîte aux lettres où elles arrivent (IMAP)</translation>
    </message>
    <message>
        <source>Import replies</source>
        <translation>Importer des réponses</translation>
    </message>
    <message>
        <source>Cannot fetch replies</source>
        <translation>Impossible de récupérer les réponses</translation>
    </message>
    <message>
        <source>Cannot import the replies</source>
        <translation>Impossible d'importer les réponses</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Reading replies…</source>
        <translation>Lecture des réponses…</translation>
    </message>
    <message>
        <source>reading replies</source>
        <comment>what is running, at the start of a sentence</comment>
        <translation>la lecture des réponses</translation>
    </message>
    <message>
        <source>Replies read</source>
        <translation>Réponses lues</translation>
    </message>
</context>
<context>
    <name>SendInvitations</name>
    <message>
        <source>Each participant gets their own invitation, which calendar programs show with Accept and Decline; whoever was sent one before gets an update only if the event changed, and whoever no longer comes gets a cancellation. Their answers come back with Calendar ▸ Fetch replies from mailbox… or Calendar ▸ Import replies to invitations…</source>
        <translation>Chaque participant reçoit sa propre invitation, que les agendas affichent avec Accepter et Refuser ; ceux qui en ont déjà reçu une ne reçoivent une mise à jour que si l'événement a changé, et ceux qui ne viennent plus reçoivent une annulation. Leurs réponses reviennent avec Calendrier ▸ Récupérer les réponses de la boîte aux lettres… ou Calendrier ▸ Importer les réponses aux invitations…</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>Envoyer les invitations</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message templates</source>
        <translation>Modèles de messages</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>A template of your own with the same text, to change</source>
        <translation>Un modèle personnel avec le même texte, à modifier</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>Put the placeholder chosen where the cursor is in the subject or the body</source>
        <translation>Insérer le champ choisi à l'emplacement du curseur, dans l'objet ou dans le texte</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>Champs (double-clic pour insérer) :</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Aperçu pour :</translation>
    </message>
    <message>
        <source>{name} (shipped)</source>
        <translation>{name} (fourni)</translation>
    </message>
    <message>
        <source>Shipped with Planner: read-only; copy it to make one of your own</source>
        <translation>Fourni avec Planner : en lecture seule ; copiez-le pour en créer un personnel</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>Personne {number}</translation>
    </message>
    <message>
        <source>Shipped with Planner and read-only: Copy makes one of your own to change.</source>
        <translation>Fourni avec Planner et en lecture seule : Copier en crée un personnel à modifier.</translation>
    </message>
    <message>
        <source>Your own template.</source>
        <translation>Votre propre modèle.</translation>
    </message>
    <message>
        <source>Open an event with participants to see a preview.</source>
        <translation>Ouvrez un événement avec des participants pour voir un aperçu.</translation>
    </message>
    <message>
        <source>Cannot be filled in: {error}</source>
        <translation>Impossible de remplir : {error}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Objet : {subject}</translation>
    </message>
    <message>
        <source>Missing, so not sent unless you say so: {problem}</source>
        <translation>Manquant, donc non envoyé sauf si vous le demandez : {problem}</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Dear {given_name},</source>
        <translation>Bonjour {given_name},</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the template '{name}'? Edit ▸ Undo brings it back.</source>
        <translation>Supprimer le modèle « {name} » ? Édition ▸ Annuler le rétablit.</translation>
    </message>
</context>
<context>
    <name>WordExport</name>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Documents Word (*.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save as &amp;Word document…</source>
        <translation>Enregistrer en document &amp;Word…</translation>
    </message>
    <message>
        <source>Save the report as a Word document, to edit it before sending it</source>
        <translation>Enregistrer le rapport en document Word, pour le modifier avant de l’envoyer</translation>
    </message>
    <message>
        <source>Save as Word document</source>
        <translation>Enregistrer en document Word</translation>
    </message>
    <message>
        <source>Cannot save the Word document</source>
        <translation>Impossible d’enregistrer le document Word</translation>
    </message>
    <message>
        <source>{file} could not be saved.

{error}</source>
        <translation>Impossible d’enregistrer {file}.

{error}</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Enregistré sous {file}</translation>
    </message>
</context>
<context>
    <name>ZoomBar</name>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>The whole width of the page</source>
        <translation>Toute la largeur de la page</translation>
    </message>
</context>
</TS>