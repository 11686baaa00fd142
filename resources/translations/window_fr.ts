<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AppContext</name>
    <message>
        <source>Cannot save this</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Cannot {action}</source>
        <translation>Action impossible : {action}</translation>
    </message>
    <message>
        <source>The database is open read-only</source>
        <translation>La base de données est ouverte en lecture seule</translation>
    </message>
    <message>
        <source>{path}: opened read-only; nothing was changed. To make changes, close it in the other Planner (or make the file writable), then open it again with File ▸ Open database.</source>
        <translation>{path} : ouverte en lecture seule ; rien n’a été modifié. Pour la modifier, fermez-la dans l’autre Planner (ou rendez le fichier accessible en écriture), puis rouvrez-la avec Fichier ▸ Ouvrir une base de données.</translation>
    </message>
</context>
<context>
    <name>CountryLine</name>
    <message>
        <source>e.g. Greece, Ελλάδα or GR: a name in any European language, or the code</source>
        <translation>p. ex. Grèce, Ελλάδα ou GR : un nom dans n’importe quelle langue européenne, ou le code</translation>
    </message>
</context>
<context>
    <name>EventNavigator</name>
    <message>
        <source>Search events…</source>
        <translation>Rechercher des événements…</translation>
    </message>
    <message>
        <source>No event matches &apos;{}&apos;</source>
        <translation>Aucun événement ne correspond à « {} »</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passés</translation>
    </message>
    <message>
        <source>By programme</source>
        <translation>Par programme</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>Sans programme</translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistique</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <source>No {field} matches &apos;{}&apos;</source>
        <translation>Rien dans « {field} » ne correspond à « {} »</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>&lt;h2&gt;Getting started with Planner&lt;/h2&gt; &lt;p&gt;Planner keeps your workshops, partner meetings, study visits and conferences in one database on this computer: each event with its days, venue and time zone, its programme, who takes part, their travel and hotels, and what was decided. Every change is saved at once, and &lt;b&gt;Edit ▸ Undo&lt;/b&gt; (Ctrl+Z) takes it back.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Premiers pas avec Planner&lt;/h2&gt; &lt;p&gt;Planner conserve vos ateliers, réunions de partenaires, visites d’étude et conférences dans une seule base de données sur cet ordinateur : chaque événement avec ses jours, son lieu et son fuseau horaire, son programme, les participants, leurs voyages et hôtels, et ce qui a été décidé. Chaque modification est enregistrée aussitôt, et &lt;b&gt;Édition ▸ Annuler&lt;/b&gt; (Ctrl+Z) la défait.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The events and their five tabs&lt;/h3&gt; &lt;p&gt;Choose an event on the left, or create one with &lt;b&gt;Event ▸ New event&lt;/b&gt; (Ctrl+N). It opens in five tabs (Alt+1 to Alt+5):&lt;/p&gt; &lt;ul&gt; &lt;li&gt;&lt;b&gt;Overview&lt;/b&gt;: the event&apos;s details, related events, and what needs attention: conflicts, people without travel or a hotel, invitations not answered, actions overdue. Click a line to go there.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Agenda&lt;/b&gt;: the programme day by day, as a list or a timeline. Drag a block to move it, or its bottom edge to change its length; from the keyboard, Alt+Up/Down and Alt+Shift+Up/Down.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Participants&lt;/b&gt;: who is invited and coming, with their role, status and needs. Add people from the Directory, or import a list with &lt;b&gt;File ▸ Participant lists&lt;/b&gt;.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Logistics&lt;/b&gt;: each person&apos;s travel and hotel, arrivals and departures, and costs.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Minutes&lt;/b&gt;: the summary, conclusions, decisions and actions, with owners and due days.&lt;/li&gt; &lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Les événements et leurs cinq onglets&lt;/h3&gt; &lt;p&gt;Choisissez un événement à gauche ou créez-en un avec &lt;b&gt;Événement ▸ Nouvel événement&lt;/b&gt; (Ctrl+N). Il s’ouvre dans cinq onglets (Alt+1 à Alt+5) :&lt;/p&gt; &lt;ul&gt; &lt;li&gt;&lt;b&gt;Vue d’ensemble&lt;/b&gt; : les informations de l’événement, les événements liés et ce qui demande votre attention : conflits, personnes sans voyage ou sans hôtel, invitations sans réponse, actions en retard. Cliquez sur une ligne pour y aller.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Ordre du jour&lt;/b&gt; : le programme jour par jour, en liste ou en frise chronologique. Faites glisser un bloc pour le déplacer, ou son bord inférieur pour changer sa durée ; au clavier, Alt+Haut/Bas et Alt+Maj+Haut/Bas.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Participants&lt;/b&gt; : qui est invité et qui vient, avec son rôle, son statut et ses besoins. Ajoutez des personnes depuis l’Annuaire ou importez une liste avec &lt;b&gt;Fichier ▸ Listes de participants&lt;/b&gt;.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Logistique&lt;/b&gt; : le voyage et l’hôtel de chaque personne, les arrivées et départs, et les coûts.&lt;/li&gt; &lt;li&gt;&lt;b&gt;Compte rendu&lt;/b&gt; : la synthèse, les conclusions, les décisions et les actions, avec responsables et échéances.&lt;/li&gt; &lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Invitations and messages&lt;/h3&gt; &lt;p&gt;&lt;b&gt;Calendar ▸ Send invitations…&lt;/b&gt; e-mails each participant a calendar invitation and says first who gets a new one, an update, a cancellation or nothing. Their answers come back with &lt;b&gt;Calendar ▸ Fetch replies from mailbox…&lt;/b&gt; (or &lt;b&gt;Import replies to invitations…&lt;/b&gt;, for replies saved as files). &lt;b&gt;Calendar ▸ Send a message…&lt;/b&gt; sends a letter from a template (practical information, a reminder, a thank-you). The mail server is set once in &lt;b&gt;Edit ▸ Mail settings…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Invitations et messages&lt;/h3&gt; &lt;p&gt;&lt;b&gt;Calendrier ▸ Envoyer les invitations…&lt;/b&gt; envoie par e-mail une invitation d’agenda à chaque participant et indique d’abord qui recevra une nouvelle invitation, une mise à jour, une annulation ou rien. Les réponses reviennent avec &lt;b&gt;Calendrier ▸ Relever les réponses dans la boîte aux lettres…&lt;/b&gt; (ou &lt;b&gt;Importer les réponses aux invitations…&lt;/b&gt;, pour des réponses enregistrées dans des fichiers). &lt;b&gt;Calendrier ▸ Envoyer un message…&lt;/b&gt; envoie un courrier à partir d’un modèle (informations pratiques, rappel, remerciements). Le serveur de messagerie se règle une fois pour toutes dans &lt;b&gt;Édition ▸ Paramètres de messagerie…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Documents&lt;/h3&gt; &lt;p&gt;The &lt;b&gt;Documents&lt;/b&gt; menu previews, prints or saves as PDF the agenda, participant and signature lists, badges, itineraries and the conclusions report (Ctrl+P opens the agenda).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Documents&lt;/h3&gt; &lt;p&gt;Le menu &lt;b&gt;Documents&lt;/b&gt; prévisualise, imprime ou enregistre en PDF l’ordre du jour, les listes de participants et d’émargement, les badges, les itinéraires et le rapport de conclusions (Ctrl+P ouvre l’ordre du jour).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every keyboard shortcut is listed in &lt;b&gt;Help ▸ Keyboard shortcuts&lt;/b&gt;; this page stays in &lt;b&gt;Help ▸ Getting started&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tous les raccourcis clavier figurent dans &lt;b&gt;Aide ▸ Raccourcis clavier&lt;/b&gt; ; cette page reste accessible dans &lt;b&gt;Aide ▸ Premiers pas&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>More tools</source>
        <translation>Plus d’outils</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Plus de menus</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Défiler vers la gauche</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Défiler vers la droite</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s’est produite</translation>
    </message>
    <message>
        <source>{error}

Your data is safe: everything before this was saved, and the unfinished change was not. Details are in {log}.</source>
        <translation>{error}

Vos données sont en sécurité : tout ce qui précède a été enregistré, la modification inachevée ne l’a pas été. Détails dans {log}.</translation>
    </message>
    <message>
        <source>Planner opens the default database instead.</source>
        <translation>Planner ouvre à la place la base de données par défaut.</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>Aucune sauvegarde n’a été faite</translation>
    </message>
    <message>
        <source>{problem}.

The database is open and every change is still saved. Try File ▸ Back up now later.</source>
        <translation>{problem}.

La base de données est ouverte et chaque modification est toujours enregistrée. Réessayez plus tard avec Fichier ▸ Sauvegarder maintenant.</translation>
    </message>
    <message>
        <source>Show the {tab} tab</source>
        <translation>Afficher l’onglet {tab}</translation>
    </message>
    <message>
        <source>Choose an event on the left, or create one with Event ▸ New event (Ctrl+N).</source>
        <translation>Choisissez un événement à gauche ou créez-en un avec Événement ▸ Nouvel événement (Ctrl+N).</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Opened read-only: nothing can be changed. Close it where it is open, then open it again to change it.</source>
        <translation>Ouverte en lecture seule : rien ne peut être modifié. Fermez-la là où elle est ouverte, puis rouvrez-la pour la modifier.</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>Create an event</source>
        <translation>Créer un événement</translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation>&amp;Supprimer l’événement…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find event</source>
        <translation>Rec&amp;hercher un événement</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>A&amp;nnuaire</translation>
    </message>
    <message>
        <source>People and organisations of all events</source>
        <translation>Personnes et organisations de tous les événements</translation>
    </message>
    <message>
        <source>Open &amp;actions</source>
        <translation>&amp;Actions en cours</translation>
    </message>
    <message>
        <source>Open actions of all events</source>
        <translation>Actions en cours de tous les événements</translation>
    </message>
    <message>
        <source>&amp;{number} {tab}</source>
        <translation>&amp;{number} {tab}</translation>
    </message>
    <message>
        <source>Import participants…</source>
        <translation>Importer des participants…</translation>
    </message>
    <message>
        <source>Add participants from a CSV or Excel list, with a preview</source>
        <translation>Ajouter des participants depuis une liste CSV ou Excel, avec un aperçu</translation>
    </message>
    <message>
        <source>Export participants…</source>
        <translation>Exporter les participants…</translation>
    </message>
    <message>
        <source>Save the participant list as an Excel or CSV file</source>
        <translation>Enregistrer la liste des participants dans un fichier Excel ou CSV</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Annuler : {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Rétablir : {step}</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Planner will speak the language chosen from its next start.</source>
        <translation>Planner utilisera la langue choisie à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Participant lists</source>
        <translation>&amp;Listes de participants</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Mail settings…</source>
        <translation>Paramètres de &amp;messagerie…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation>É&amp;vénement</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, and where it works</source>
        <translation>Tous les raccourcis clavier, et où ils fonctionnent</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <source>What Planner keeps, and where to find it</source>
        <translation>Ce que Planner conserve, et où le trouver</translation>
    </message>
    <message>
        <source>&amp;About Planner</source>
        <translation>&amp;À propos de Planner</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) · read-only {path}</source>
        <translation>
            <numerusform>%n événement · lecture seule {path}</numerusform>
            <numerusform>%n événements · lecture seule {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) · saved in {path}</source>
        <translation>
            <numerusform>%n événement · enregistré dans {path}</numerusform>
            <numerusform>%n événements · enregistrés dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>e.g. Kraków: the time zone follows</source>
        <translation>p. ex. Cracovie : le fuseau horaire suit</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Supprimer l’événement</translation>
    </message>
    <message>
        <source>Delete “{title}” with its agenda, participants, travel, stays, costs and minutes?

People and organisations stay in the Directory. You can undo this with Edit ▸ Undo.</source>
        <translation>Supprimer « {title} » avec son ordre du jour, ses participants, voyages, séjours, coûts et son compte rendu ?

Les personnes et organisations restent dans l’Annuaire. Vous pouvez annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Cannot delete the event</source>
        <translation>Impossible de supprimer l’événement</translation>
    </message>
    <message>
        <source>{file} — Read-only — Planner</source>
        <translation>{file} — Lecture seule — Planner</translation>
    </message>
    <message>
        <source>{file} — Planner</source>
        <translation>{file} — Planner</translation>
    </message>
    <message>
        <source>About Planner</source>
        <translation>À propos de Planner</translation>
    </message>
    <message>
        <source>&lt;b&gt;Planner {version}&lt;/b&gt;&lt;p&gt;Plan workshops, partner meetings, study visits and conferences.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Planner {version}&lt;/b&gt;&lt;p&gt;Planifiez ateliers, réunions de partenaires, visites d’étude et conférences.&lt;/p&gt;&lt;p&gt;Base de données : {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Organisation d’accueil</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme de financement</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Organiser e-mail</source>
        <translation>E-mail de l’organisateur</translation>
    </message>
    <message>
        <source>About the event</source>
        <translation>À propos de l’événement</translation>
    </message>
    <message>
        <source>Objectives (one a line)</source>
        <translation>Objectifs (un par ligne)</translation>
    </message>
    <message>
        <source>Click to see the conflicts, below</source>
        <translation>Cliquez pour voir les conflits, ci-dessous</translation>
    </message>
    <message>
        <source>Click to go to the first of them in the Logistics tab</source>
        <translation>Cliquez pour aller au premier dans l’onglet Logistique</translation>
    </message>
    <message>
        <source>Click to list them in the Participants tab</source>
        <translation>Cliquez pour les afficher dans l’onglet Participants</translation>
    </message>
    <message>
        <source>Click to see the first in the Minutes tab</source>
        <translation>Cliquez pour voir la première dans l’onglet Compte rendu</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} et %n autre</numerusform>
            <numerusform>{names} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. the organiser&apos;s address</source>
        <translation>p. ex. l’adresse de l’organisateur</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>Événements liés</translation>
    </message>
    <message>
        <source>Conflicts and problems</source>
        <translation>Conflits et problèmes</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Rien à traiter.</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open this event</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour ouvrir cet événement</translation>
    </message>
    <message>
        <source>Click to go to the item</source>
        <translation>Cliquez pour aller à l’élément</translation>
    </message>
    <message>
        <source>No conflicts found.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <source>Cannot save this</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>{city} is in {zone}. &lt;a href=&quot;{link}&quot;&gt;Use this time zone&lt;/a&gt;</source>
        <translation>{city} est dans le fuseau {zone}. &lt;a href=&quot;{link}&quot;&gt;Utiliser ce fuseau horaire&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Event in Planner</source>
        <translation>Événement dans Planner</translation>
    </message>
    <message>
        <source>…or its title</source>
        <translation>…ou son titre</translation>
    </message>
    <message>
        <source>Only for an event not in Planner</source>
        <translation>Seulement pour un événement absent de Planner</translation>
    </message>
    <message>
        <source>Add a related event</source>
        <translation>Ajouter un événement lié</translation>
    </message>
    <message>
        <source>the people whose invitation is not answered</source>
        <translation>les personnes qui n’ont pas répondu à l’invitation</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>Planner speaks the language chosen from its next start.</source>
        <translation>Planner utilise la langue choisie à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Montrer les détails…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Masquer les détails…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tout enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Oui à &amp;tout</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Non à to&amp;ut</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ne pas tenir compte</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copier l&apos;adresse du &amp;lien</translation>
    </message>
</context>
<context>
    <name>SearchCombo</name>
    <message>
        <source>Nothing matches &apos;{}&apos;</source>
        <translation>Rien ne correspond à « {} »</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>{tab} tab</source>
        <translation>Onglet {tab}</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>A tab&apos;s keys work while the tab is shown; the others, everywhere in the window.</source>
        <translation>Les touches d’un onglet fonctionnent tant qu’il est affiché ; les autres, partout dans la fenêtre.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit the page&apos;s width</source>
        <translation>Ajuster à la largeur de la page</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>{task} is still running; try again when it has finished</source>
        <translation>{task} est toujours en cours ; réessayez une fois l’opération terminée</translation>
    </message>
    <message>
        <source>{task} stopped on an unexpected error ({error}); nothing was changed. Details are in {log}.</source>
        <translation>{task} : opération interrompue par une erreur inattendue ({error}) ; rien n’a été modifié. Détails dans {log}.</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>une importation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Quit Planner</source>
        <translation>Quitter Planner</translation>
    </message>
    <message>
        <source>{task} is running. Stop it and quit?

Nothing of it will be saved or written.</source>
        <translation>{task} est en cours. L’arrêter et quitter ?

Rien n’en sera enregistré ni écrit.</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>No time zone or place matches &apos;{}&apos;</source>
        <translation>Aucun fuseau horaire ni lieu ne correspond à « {} »</translation>
    </message>
    <message>
        <source>Type a city, an airport or a country: Athens, ATH, Greece</source>
        <translation>Saisissez une ville, un aéroport ou un pays : Athènes, ATH, Grèce</translation>
    </message>
    <message>
        <source>Type a city, an airport or a country, in any of the usual European languages</source>
        <translation>Saisissez une ville, un aéroport ou un pays, dans l’une des langues européennes courantes</translation>
    </message>
    <message>
        <source>Planner does not know where “{place}” is: check the time zone.</source>
        <translation>Planner ne sait pas où se trouve « {place} » : vérifiez le fuseau horaire.</translation>
    </message>
</context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../planner/ui/main_window.py" line="233" />
            <source>&amp;Statistics…</source>
            <translation>S&amp;tatistiques…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" line="235" />
            <source>Participants by country, gender, organisation, new or returning</source>
            <translation>Participants par pays, genre, organisation, nouveaux ou récurrents</translation>
        </message>
    </context>
</TS>
