<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddParticipantDialog</name>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="77"/>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="85"/>
        <location filename="../../planner/ui/participants/dialogs.py" line="128"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="91"/>
        <source>Type to search the Directory</source>
        <translation>Tapez pour chercher dans l’annuaire</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="93"/>
        <source>New person…</source>
        <translation>Nouvelle personne…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="95"/>
        <source>The person is not in the Directory yet: enter their details</source>
        <translation>La personne n’est pas encore dans l’annuaire&#xa0;: saisissez ses coordonnées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/dialogs.py" line="102"/>
        <source>%n person(s) of the Directory not in this event yet.</source>
        <translation>
            <numerusform>%n personne de l’annuaire ne participe pas encore à cet événement.</numerusform>
            <numerusform>%n personnes de l’annuaire ne participent pas encore à cet événement.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="116"/>
        <source>Pick from the Directory instead</source>
        <translation>Choisir plutôt dans l’annuaire</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="138"/>
        <source>In this event</source>
        <translation>Dans cet événement</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="144"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="190"/>
        <source>pick someone from the list, or add a new person</source>
        <translation>choisissez quelqu’un dans la liste ou ajoutez une nouvelle personne</translation>
    </message>
</context>
<context>
    <name>AgendaEdits</name>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="78"/>
        <source>Add agenda item</source>
        <translation>Ajouter un point à l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="92"/>
        <source>Change agenda item</source>
        <translation>Modifier le point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="125"/>
        <source>Delete agenda item</source>
        <translation>Supprimer le point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="126"/>
        <source>Delete “{title}” ({day}, {time})?

Undo (Ctrl+Z) brings it back.</source>
        <translation>Supprimer «&#xa0;{title}&#xa0;» ({day}, {time})&#x202f;?

Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/edits.py" line="177"/>
        <source>Cannot {action}</source>
        <translation>Impossible&#xa0;: {action}</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="23"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="24"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="25"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="28"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="29"/>
        <source>e.g. Welcome and introduction</source>
        <translation>p. ex. Accueil et introduction</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="33"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="34"/>
        <source>e.g. Room A</source>
        <translation>p. ex. Salle A</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="37"/>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="40"/>
        <source>Moderator</source>
        <translation>Modération</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="45"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="48"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/item_dialog.py" line="50"/>
        <source>One topic a line</source>
        <translation>Un thème par ligne</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="25"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="26"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="27"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="28"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="29"/>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="30"/>
        <source>Moderator</source>
        <translation>Modération</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="191"/>
        <source>Conflicts:</source>
        <translation>Conflits&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="72"/>
        <source>Add item…</source>
        <translation>Ajouter un point…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="75"/>
        <source>Add an agenda item</source>
        <translation>Ajouter un point à l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="80"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="83"/>
        <source>Edit the selected item</source>
        <translation>Modifier le point sélectionné</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="88"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="91"/>
        <source>Copy the selected item to the next free slot</source>
        <translation>Copier le point sélectionné sur le prochain créneau libre</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="96"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="99"/>
        <source>Delete the selected item</source>
        <translation>Supprimer le point sélectionné</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="107"/>
        <source>Move earlier</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="111"/>
        <source>Move the selected item 5 minutes earlier</source>
        <translation>Avancer le point sélectionné de 5 minutes</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="114"/>
        <source>Move later</source>
        <translation>Retarder</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="118"/>
        <source>Move the selected item 5 minutes later</source>
        <translation>Retarder le point sélectionné de 5 minutes</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="121"/>
        <source>Shorten</source>
        <translation>Raccourcir</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="125"/>
        <source>Make the selected item 5 minutes shorter</source>
        <translation>Raccourcir le point sélectionné de 5 minutes</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="128"/>
        <source>Lengthen</source>
        <translation>Allonger</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="132"/>
        <source>Make the selected item 5 minutes longer</source>
        <translation>Allonger le point sélectionné de 5 minutes</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="138"/>
        <source>List / Timeline</source>
        <translation>Liste / Chronologie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="145"/>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="152"/>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="191"/>
        <source>Agenda timeline</source>
        <translation>Chronologie de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="193"/>
        <source>Alt+Up and Alt+Down move the selected item by 5 minutes; with Shift they change its length</source>
        <translation>Alt+Haut et Alt+Bas déplacent le point sélectionné de 5 minutes&#x202f;; avec Maj, ils changent sa durée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="219"/>
        <source>The day shown (Alt+PgUp / Alt+PgDown)</source>
        <translation>Le jour affiché (Alt+Pg préc. / Alt+Pg suiv.)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="221"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="230"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="231"/>
        <source>Show the day as a list (Ctrl+Shift+L switches)</source>
        <translation>Afficher la journée en liste (Ctrl+Maj+L pour basculer)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="235"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="236"/>
        <source>Show the day as a timeline (Ctrl+Shift+L switches)</source>
        <translation>Afficher la journée en chronologie (Ctrl+Maj+L pour basculer)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="252"/>
        <source>Move following items</source>
        <translation>Décaler les points suivants</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="254"/>
        <source>When an item gets longer or shorter, move the items after it on that day by as much</source>
        <translation>Quand un point s’allonge ou se raccourcit, décaler d’autant les points suivants de la journée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/tab.py" line="365"/>
        <source>Nothing planned on this day yet.
Add an item with Add item… (Ctrl+Shift+A).</source>
        <translation>Rien n’est encore prévu ce jour-là.
Ajoutez un point avec «&#xa0;Ajouter un point…&#xa0;» (Ctrl+Maj+A).</translation>
    </message>
</context>
<context>
    <name>ArrivalsPage</name>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="100"/>
        <source>Arrivals</source>
        <translation>Arrivées</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="101"/>
        <source>Departures</source>
        <translation>Départs</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="132"/>
        <source>Each traveller&apos;s last leg before their stay in {city} and first leg after it. Times are local to the event ({zone}).</source>
        <translation>Le dernier trajet de chaque voyageur avant son séjour à {city} et le premier après. Heures locales de l’événement ({zone}).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="140"/>
        <source>Each traveller&apos;s last leg before their stay and first leg after it. Times are local to the event ({zone}).</source>
        <translation>Le dernier trajet de chaque voyageur avant son séjour et le premier après. Heures locales de l’événement ({zone}).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/arrivals.py" line="148"/>
        <source>No travel booked yet: add travel legs on the Travellers page.</source>
        <translation>Aucun voyage réservé&#xa0;: ajoutez des trajets sur la page «&#xa0;Voyageurs&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="197"/>
        <location filename="../../planner/ui/logistics/models.py" line="204"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="198"/>
        <location filename="../../planner/ui/logistics/models.py" line="205"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="199"/>
        <location filename="../../planner/ui/logistics/models.py" line="206"/>
        <source>Travel</source>
        <translation>Voyage</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="200"/>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="201"/>
        <source>Arrives at</source>
        <translation>Arrivée à</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="207"/>
        <source>To</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="208"/>
        <source>Leaves from</source>
        <translation>Départ de</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/models.py" line="234"/>
        <source>%n arrival(s)</source>
        <translation>
            <numerusform>%n arrivée</numerusform>
            <numerusform>%n arrivées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/models.py" line="236"/>
        <source>%n departure(s)</source>
        <translation>
            <numerusform>%n départ</numerusform>
            <numerusform>%n départs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlockItem</name>
    <message>
        <location filename="../../planner/ui/agenda/block.py" line="154"/>
        <source>Speakers: {names}</source>
        <translation>Intervenants&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/block.py" line="156"/>
        <location filename="../../planner/ui/agenda/block.py" line="216"/>
        <source>Moderator: {name}</source>
        <translation>Modération&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/block.py" line="158"/>
        <source>Conflicts:</source>
        <translation>Conflits&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ColumnChoices</name>
    <message>
        <location filename="../../planner/ui/participants/import_columns.py" line="43"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_columns.py" line="52"/>
        <source>Column {name}</source>
        <translation>Colonne {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_columns.py" line="72"/>
        <source>Columns in the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_columns.py" line="91"/>
        <source>Not imported</source>
        <translation>Non importée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="37"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="41"/>
        <source>Name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="42"/>
        <source>Title</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="43"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="44"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="45"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="46"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="47"/>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="48"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="49"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="50"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="51"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="52"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="53"/>
        <source>Dietary needs</source>
        <translation>Régime alimentaire</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="54"/>
        <source>Access needs</source>
        <translation>Besoins d’accessibilité</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="55"/>
        <source>Arrives</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="56"/>
        <source>Departs</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="57"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="194"/>
        <source>Column {number}</source>
        <translation>Colonne {number}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="269"/>
        <source>{field} also comes from {columns}: all of them are imported, one per line</source>
        <translation>{field} provient aussi de {columns}&#xa0;: toutes sont importées, une par ligne</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="271"/>
        <source>{field} also comes from {columns}: for each row, the first of these columns with a value counts</source>
        <translation>{field} provient aussi de {columns}&#xa0;: pour chaque ligne, la première de ces colonnes ayant une valeur est retenue</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="196"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="199"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="200"/>
        <source>e.g. dinner, with the number of guests</source>
        <translation>p. ex. dîner, avec le nombre de convives</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="204"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="206"/>
        <source>e.g. 120.50</source>
        <translation>p. ex. 120.50</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="210"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="211"/>
        <source>e.g. {currency}</source>
        <translation>p. ex. {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="213"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="216"/>
        <source>Funded by</source>
        <translation>Financé par</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="217"/>
        <source>e.g. project or sponsor</source>
        <translation>p. ex. projet ou sponsor</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="231"/>
        <source>Add cost</source>
        <translation>Ajouter une dépense</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="234"/>
        <source>Change cost</source>
        <translation>Modifier la dépense</translation>
    </message>
</context>
<context>
    <name>CostsModel</name>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="269"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="270"/>
        <source>Travel leg</source>
        <translation>Trajet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="271"/>
        <source>Stay</source>
        <translation>Séjour</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="284"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="286"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="290"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="291"/>
        <source>Funded by</source>
        <translation>Financé par</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="293"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="299"/>
        <source>Entered as</source>
        <translation>Saisi comme</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="79"/>
        <source>Show the prices booked on travel legs and stays</source>
        <translation>Afficher les prix réservés des trajets et des séjours</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="83"/>
        <location filename="../../planner/ui/logistics/costs.py" line="85"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="84"/>
        <source>Funded by</source>
        <translation>Financé par</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="89"/>
        <source>Booked prices are listed for checking against the costs; they are not added to the totals.</source>
        <translation>Les prix réservés sont listés pour être comparés aux dépenses&#x202f;; ils ne sont pas ajoutés aux totaux.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="103"/>
        <source>Totals by category</source>
        <translation>Totaux par catégorie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="104"/>
        <source>Totals by funder</source>
        <translation>Totaux par financeur</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="105"/>
        <source>Booked (not in the totals)</source>
        <translation>Réservé (hors totaux)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/costs.py" line="124"/>
        <source>No costs yet. Add the venue, catering, travel and other costs with “Add cost”, and the prices of tickets and hotels on the travel legs and stays.</source>
        <translation>Aucune dépense. Ajoutez le lieu, la restauration, les voyages et les autres dépenses avec «&#xa0;Ajouter une dépense&#xa0;», et les prix des billets et des hôtels sur les trajets et les séjours.</translation>
    </message>
</context>
<context>
    <name>EncodingCombo</name>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="21"/>
        <source>In no encoding do all its names read well.</source>
        <translation>Aucun encodage ne permet de lire correctement tous ses noms.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="23"/>
        <source>Its names read differently in each likely encoding.</source>
        <translation>Ses noms se lisent différemment dans chaque encodage probable.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="27"/>
        <source>Which encoding?</source>
        <translation>Quel encodage&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="28"/>
        <source>{file} does not say how its text is encoded. {why}
Choose the one in which the names look right (the preview shows them all before anything is imported):</source>
        <translation>{file} n’indique pas l’encodage de son texte. {why}
Choisissez celui dans lequel les noms s’affichent correctement (l’aperçu les montre tous avant toute importation)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="54"/>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_encoding.py" line="56"/>
        <source>How the file&apos;s text is encoded: choose another if the names in the preview look wrong</source>
        <translation>L’encodage du texte du fichier&#xa0;: choisissez-en un autre si les noms de l’aperçu sont incorrects</translation>
    </message>
</context>
<context>
    <name>FittingLabel</name>
    <message>
        <location filename="../../planner/ui/agenda/zone.py" line="26"/>
        <source>Times in {zone} ({abbreviation}, {offset})</source>
        <translation>Heures en {zone} ({abbreviation}, {offset})</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="88"/>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="95"/>
        <source>Into “{title}”. Check what each column holds and correct it where it is wrong; the preview shows what the import will do. Nothing is saved until you press Import, and Edit ▸ Undo takes it back.</source>
        <translation>Dans «&#xa0;{title}&#xa0;». Vérifiez le contenu de chaque colonne et corrigez-le si nécessaire&#x202f;; l’aperçu montre ce que fera l’importation. Rien n’est enregistré avant que vous cliquiez sur Importer, et Édition ▸ Annuler revient en arrière.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="116"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="135"/>
        <location filename="../../planner/ui/participants/import_dialog.py" line="306"/>
        <location filename="../../planner/ui/participants/import_dialog.py" line="328"/>
        <location filename="../../planner/ui/participants/import_dialog.py" line="337"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="161"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="162"/>
        <source>Only rows with problems</source>
        <translation>Seulement les lignes avec des problèmes</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="222"/>
        <source>Cannot read the list in this encoding</source>
        <translation>Impossible de lire la liste avec cet encodage</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="258"/>
        <source>the preview of the import</source>
        <translation>l’aperçu de l’importation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="293"/>
        <source>Checking {rows}…</source>
        <translation>Vérification de {rows}…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="296"/>
        <source>Wait for the preview of these columns</source>
        <translation>Attendez l’aperçu de ces colonnes</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="307"/>
        <source>Say which columns hold what first</source>
        <translation>Indiquez d’abord le contenu des colonnes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_dialog.py" line="322"/>
        <source>Import %Ln participant(s)</source>
        <translation>
            <numerusform>Importer %Ln participant</numerusform>
            <numerusform>Importer %Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="325"/>
        <source>Add them to the event in one step (Edit ▸ Undo takes it back)</source>
        <translation>Les ajouter à l’événement en une seule étape (Édition ▸ Annuler revient en arrière)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="330"/>
        <source>Nothing is imported while a row has a problem: correct those rows in the file and open it again, or ignore the column that causes them</source>
        <translation>Rien n’est importé tant qu’une ligne pose problème&#xa0;: corrigez ces lignes dans le fichier et rouvrez-le, ou ignorez la colonne qui les cause</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="338"/>
        <source>The list has no rows to import</source>
        <translation>La liste ne contient aucune ligne à importer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_dialog.py" line="354"/>
        <source>Importing %Ln participant(s)…</source>
        <translation>
            <numerusform>Importation de %Ln participant…</numerusform>
            <numerusform>Importation de %Ln participants…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="363"/>
        <location filename="../../planner/ui/participants/import_dialog.py" line="401"/>
        <source>Cannot import the participants</source>
        <translation>Impossible d’importer les participants</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="367"/>
        <source>Importing {rows}… (Cancel stops it; nothing is saved then)</source>
        <translation>Importation de {rows}… (Annuler l’arrête&#x202f;; rien n’est alors enregistré)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="400"/>
        <source>{problem}

Nothing was imported.</source>
        <translation>{problem}

Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_dialog.py" line="421"/>
        <source>Stopping the import; nothing of it is saved…</source>
        <translation>Arrêt de l’importation&#x202f;; rien n’en est enregistré…</translation>
    </message>
</context>
<context>
    <name>LegDialog</name>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="45"/>
        <source>Traveller</source>
        <translation>Voyageur</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="51"/>
        <source>Mode</source>
        <translation>Moyen de transport</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="54"/>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="55"/>
        <source>e.g. airline or rail company</source>
        <translation>p. ex. compagnie aérienne ou ferroviaire</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="59"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="60"/>
        <source>e.g. flight or train number</source>
        <translation>p. ex. numéro de vol ou de train</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="62"/>
        <source>Booking reference</source>
        <translation>Référence de réservation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="65"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="67"/>
        <location filename="../../planner/ui/logistics/dialogs.py" line="75"/>
        <source>e.g. city or airport</source>
        <translation>p. ex. ville ou aéroport</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="69"/>
        <source>Departs (local time)</source>
        <translation>Départ (heure locale)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="70"/>
        <location filename="../../planner/ui/logistics/dialogs.py" line="78"/>
        <source>Time zone there</source>
        <translation>Fuseau horaire sur place</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="73"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="77"/>
        <source>Arrives (local time)</source>
        <translation>Arrivée (heure locale)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="81"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="83"/>
        <source>e.g. 120.50</source>
        <translation>p. ex. 120.50</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="87"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="89"/>
        <source>e.g. {currency}</source>
        <translation>p. ex. {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="109"/>
        <source>Add travel leg</source>
        <translation>Ajouter un trajet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="114"/>
        <source>Change travel leg</source>
        <translation>Modifier le trajet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="129"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="141"/>
        <source>arrives before it departs</source>
        <translation>arrive avant de partir</translation>
    </message>
</context>
<context>
    <name>LegsModel</name>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/models.py" line="55"/>
        <source>%n day(s)</source>
        <comment>days between departure and arrival</comment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="62"/>
        <source>Booking reference: {reference}</source>
        <translation>Référence de réservation&#xa0;: {reference}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="112"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="117"/>
        <source>Mode</source>
        <translation>Moyen de transport</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="118"/>
        <source>Service</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="120"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="125"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="130"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="136"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
</context>
<context>
    <name>LogisticsTab</name>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="44"/>
        <source>Delete travel leg</source>
        <translation>Supprimer le trajet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="45"/>
        <source>Delete stay</source>
        <translation>Supprimer le séjour</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="46"/>
        <source>Delete cost</source>
        <translation>Supprimer la dépense</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="74"/>
        <source>Travellers</source>
        <translation>Voyageurs</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="75"/>
        <source>Arrivals &amp;&amp; departures</source>
        <translation>Arrivées &amp;&amp; départs</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="76"/>
        <source>Costs</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="87"/>
        <source>Add travel leg</source>
        <translation>Ajouter un trajet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="88"/>
        <source>Add stay</source>
        <translation>Ajouter un séjour</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="89"/>
        <source>Add cost</source>
        <translation>Ajouter une dépense</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="90"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="91"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="93"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="95"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="317"/>
        <source>Delete the travel leg {origin} → {destination} on {day} of {person}?</source>
        <translation>Supprimer le trajet {origin} → {destination} du {day} de {person}&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="329"/>
        <source>Delete the stay at {hotel} from {day} of {person}?</source>
        <translation>Supprimer le séjour à {hotel} à partir du {day} de {person}&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="332"/>
        <source>Delete the stay at {hotel} from {day}?</source>
        <translation>Supprimer le séjour à {hotel} à partir du {day}&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/tab.py" line="333"/>
        <source>Delete the cost “{name}” of {amount}?</source>
        <translation>Supprimer la dépense «&#xa0;{name}&#xa0;» de {amount}&#x202f;?</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="113"/>
        <source>What happened, in a few sentences: who met, why, and what came out of it.</source>
        <translation>Ce qui s’est passé, en quelques phrases&#xa0;: qui s’est réuni, pourquoi, et ce qui en est ressorti.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="144"/>
        <source>Summary of the meeting</source>
        <translation>Résumé de la réunion</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="150"/>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="179"/>
        <source>Add outcome…</source>
        <translation>Ajouter un résultat…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="180"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="181"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="182"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="184"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="186"/>
        <location filename="../../planner/ui/minutes/tab.py" line="340"/>
        <source>Mark done</source>
        <translation>Marquer comme faite</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="187"/>
        <source>Follow-up event…</source>
        <translation>Événement de suivi…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="188"/>
        <source>Go to follow-up event</source>
        <translation>Aller à l’événement de suivi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="205"/>
        <source>Add outcome</source>
        <translation>Ajouter un résultat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="206"/>
        <source>{action} — choose the kind</source>
        <translation>{action} — choisissez le type</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="340"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="377"/>
        <source>Delete outcome</source>
        <translation>Supprimer le résultat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="404"/>
        <source>Delete the conclusion “{text}”?</source>
        <translation>Supprimer la conclusion «&#xa0;{text}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="406"/>
        <source>Delete the proposal “{text}”?</source>
        <translation>Supprimer la proposition «&#xa0;{text}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="408"/>
        <source>Delete the decision “{text}”?</source>
        <translation>Supprimer la décision «&#xa0;{text}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="410"/>
        <source>Delete the action “{text}”?</source>
        <translation>Supprimer l’action «&#xa0;{text}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="412"/>
        <source>Delete the best practice “{text}”?</source>
        <translation>Supprimer la bonne pratique «&#xa0;{text}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="414"/>
        <source>Delete the discussion point “{text}”?</source>
        <translation>Supprimer le point de discussion «&#xa0;{text}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/tab.py" line="415"/>
        <source>Delete the outcome “{text}”?</source>
        <translation>Supprimer le résultat «&#xa0;{text}&#xa0;»&#x202f;?</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="46"/>
        <source>Leads to event</source>
        <translation>Mène à l’événement</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="56"/>
        <source>{name} (organisation)</source>
        <translation>{name} (organisation)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="59"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="60"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="61"/>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="61"/>
        <source>e.g. training</source>
        <translation>p. ex. formation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="64"/>
        <source>By (person or organisation)</source>
        <translation>Par (personne ou organisation)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="69"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="70"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="71"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="115"/>
        <source>Add outcome</source>
        <translation>Ajouter un résultat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="120"/>
        <source>Change outcome</source>
        <translation>Modifier le résultat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/dialogs.py" line="154"/>
        <source>Link follow-up event</source>
        <translation>Lier un événement de suivi</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="41"/>
        <source>by {name}</source>
        <translation>par {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="48"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="49"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="50"/>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="51"/>
        <source>By / owner</source>
        <translation>Par / responsable</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="52"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="53"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="81"/>
        <source>Overdue: due {day} and still open</source>
        <translation>En retard&#xa0;: échéance le {day}, toujours ouverte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="101"/>
        <source>{count} open</source>
        <translation>{count} ouvertes</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="103"/>
        <source>{count} overdue</source>
        <translation>{count} en retard</translation>
    </message>
    <message>
        <location filename="../../planner/ui/minutes/model.py" line="106"/>
        <source>No outcomes yet</source>
        <translation>Aucun résultat pour l’instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="112"/>
        <source>%n conclusion(s)</source>
        <translation>
            <numerusform>%n conclusion</numerusform>
            <numerusform>%n conclusions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="114"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposition</numerusform>
            <numerusform>%n propositions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="116"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n décision</numerusform>
            <numerusform>%n décisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="118"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="120"/>
        <source>%n best practice(s)</source>
        <translation>
            <numerusform>%n bonne pratique</numerusform>
            <numerusform>%n bonnes pratiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/minutes/model.py" line="122"/>
        <source>%n discussion point(s)</source>
        <translation>
            <numerusform>%n point de discussion</numerusform>
            <numerusform>%n points de discussion</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="41"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="42"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="43"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="44"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="45"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="46"/>
        <source>Arrives</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="47"/>
        <source>Departs</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="48"/>
        <source>Dietary</source>
        <translation>Régime</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="49"/>
        <source>Access</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="50"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="60"/>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="61"/>
        <source>declined</source>
        <translation>déclinée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="62"/>
        <source>tentative (maybe)</source>
        <translation>provisoire (peut-être)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="197"/>
        <source>{status} (tentative)</source>
        <translation>{status} (provisoire)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="214"/>
        <location filename="../../planner/ui/participants/model.py" line="217"/>
        <source>Messages sent:</source>
        <translation>Messages envoyés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="233"/>
        <source>Their last answer to the invitation: {answer}</source>
        <translation>Dernière réponse à l’invitation&#xa0;: {answer}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="337"/>
        <source>{count} {status}</source>
        <comment>a count by status in the summary: 12 attended</comment>
        <translation>{count} {status}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/model.py" line="342"/>
        <source>no country</source>
        <translation>sans pays</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="102"/>
        <location filename="../../planner/ui/participants/tab.py" line="214"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="149"/>
        <source>Add participant…</source>
        <translation>Ajouter un participant…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="152"/>
        <source>Add someone from the Directory, or a new person</source>
        <translation>Ajouter quelqu’un de l’annuaire ou une nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="157"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="160"/>
        <source>Role, status, days and notes of the selected participant</source>
        <translation>Rôle, statut, jours et notes du participant sélectionné</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="165"/>
        <source>Person details…</source>
        <translation>Fiche de la personne…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="168"/>
        <source>Name, organisation, contact and needs</source>
        <translation>Nom, organisation, coordonnées et besoins</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="173"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="176"/>
        <source>Remove the selected participants from this event</source>
        <translation>Retirer les participants sélectionnés de cet événement</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="180"/>
        <source>Set status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="183"/>
        <source>Set role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="189"/>
        <source>Import participants…</source>
        <translation>Importer des participants…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="191"/>
        <source>Add participants from a CSV or Excel list, with a preview</source>
        <translation>Ajouter des participants depuis une liste CSV ou Excel, avec aperçu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="196"/>
        <source>Export participants…</source>
        <translation>Exporter les participants…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="198"/>
        <source>Save the participant list as an Excel or CSV file</source>
        <translation>Enregistrer la liste des participants dans un fichier Excel ou CSV</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="201"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="202"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="220"/>
        <source>Change the status of the selected participants</source>
        <translation>Changer le statut des participants sélectionnés</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="223"/>
        <source>Change the role of the selected participants</source>
        <translation>Changer le rôle des participants sélectionnés</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="235"/>
        <source>Search participants</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="237"/>
        <source>Name, organisation, country or e-mail; accents need not be typed</source>
        <translation>Nom, organisation, pays ou courriel&#x202f;; inutile de taper les accents</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="245"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="250"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="318"/>
        <source>Only {who}.</source>
        <translation>Uniquement {who}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="319"/>
        <source>Show everyone</source>
        <translation>Afficher tout le monde</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="380"/>
        <source>No participants yet: add someone with “Add participant…” (Ctrl+Shift+A).</source>
        <translation>Aucun participant pour l’instant&#xa0;: ajoutez quelqu’un avec «&#xa0;Ajouter un participant…&#xa0;» (Ctrl+Maj+A).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="386"/>
        <source>No participant matches &apos;{search}&apos;</source>
        <translation>Aucun participant ne correspond à «&#xa0;{search}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/tab.py" line="395"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/tab.py" line="397"/>
        <source>{shown} of %n shown</source>
        <translation>
            <numerusform>{shown} sur %n affichés</numerusform>
            <numerusform>{shown} sur %n affichés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/tab.py" line="400"/>
        <source>Participants by country, for the rows shown</source>
        <translation>Participants par pays, pour les lignes affichées</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="36"/>
        <source>Participant lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Listes de participants (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="37"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="38"/>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, séparé par des virgules (*.csv)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="73"/>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="98"/>
        <source>Cannot read the participant list</source>
        <translation>Impossible de lire la liste des participants</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="99"/>
        <source>{problem}

Nothing was imported.</source>
        <translation>{problem}

Rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/transfer.py" line="117"/>
        <source>Imported %Ln participant(s) from {file}: {new}, {found} found in the Directory</source>
        <translation>
            <numerusform>%Ln participant importé de {file}&#xa0;: {new}, {found} trouvés dans l’annuaire</numerusform>
            <numerusform>%Ln participants importés de {file}&#xa0;: {new}, {found} trouvés dans l’annuaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/transfer.py" line="120"/>
        <source>%Ln new person(s)</source>
        <translation>
            <numerusform>%Ln nouvelle personne</numerusform>
            <numerusform>%Ln nouvelles personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="125"/>
        <source>; {count} already on the list</source>
        <translation>&#x202f;; {count} déjà sur la liste</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="129"/>
        <source> ({count} updated)</source>
        <translation> ({count} mis à jour)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="141"/>
        <source>Participants - {title}</source>
        <comment>the name suggested for an exported file</comment>
        <translation>Participants - {title}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="142"/>
        <source>event</source>
        <comment>the file name&apos;s title when the event has none</comment>
        <translation>événement</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="169"/>
        <source>Export participants</source>
        <translation>Exporter les participants</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="176"/>
        <source>Cannot export the participants</source>
        <translation>Impossible d’exporter les participants</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="193"/>
        <source>an export</source>
        <translation>une exportation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="194"/>
        <source>Exporting the participants to {file}…</source>
        <translation>Exportation des participants vers {file}…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="198"/>
        <source>Exported the participants of “{title}” to {file}</source>
        <translation>Participants de «&#xa0;{title}&#xa0;» exportés vers {file}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/transfer.py" line="204"/>
        <source>Export stopped; {file} was not written.</source>
        <translation>Exportation arrêtée&#x202f;; {file} n’a pas été écrit.</translation>
    </message>
</context>
<context>
    <name>ParticipationDialog</name>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="54"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="55"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="56"/>
        <source>Arrives</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="57"/>
        <source>Departs</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="58"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="220"/>
        <source>Person details…</source>
        <translation>Fiche de la personne…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/dialogs.py" line="223"/>
        <source>Name, organisation, contact, dietary and access needs</source>
        <translation>Nom, organisation, coordonnées, régime alimentaire et besoins d’accessibilité</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="69"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="74"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="75"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="77"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="83"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="84"/>
        <source>not imported</source>
        <translation>non importée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="90"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_models.py" line="145"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_models.py" line="156"/>
        <source>%Ln new person(s)</source>
        <translation>
            <numerusform>%Ln nouvelle personne</numerusform>
            <numerusform>%Ln nouvelles personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="157"/>
        <source>{new}, {matched} matched, {already} already on the list</source>
        <translation>{new}, {matched} reconnues, {already} déjà sur la liste</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/participants/import_models.py" line="161"/>
        <source>%Ln row(s) with problems</source>
        <translation>
            <numerusform>%Ln ligne avec des problèmes</numerusform>
            <numerusform>%Ln lignes avec des problèmes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="172"/>
        <source>… and {count} more. Nothing is imported until every row is right.</source>
        <translation>… et {count} autres. Rien n’est importé tant que toutes les lignes ne sont pas correctes.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/participants/import_models.py" line="175"/>
        <source>Nothing is imported until every row is right.</source>
        <translation>Rien n’est importé tant que toutes les lignes ne sont pas correctes.</translation>
    </message>
</context>
<context>
    <name>StayDialog</name>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="155"/>
        <source>Guest</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="156"/>
        <source>Hotel</source>
        <translation>Hôtel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="156"/>
        <source>e.g. the hotel&apos;s name</source>
        <translation>p. ex. le nom de l’hôtel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="157"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="158"/>
        <source>Check-in</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="159"/>
        <source>Check-out</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="160"/>
        <source>Booking reference</source>
        <translation>Référence de réservation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="163"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="165"/>
        <source>e.g. 120.50</source>
        <translation>p. ex. 120.50</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="169"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="171"/>
        <source>e.g. {currency}</source>
        <translation>p. ex. {currency}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="185"/>
        <source>Add stay</source>
        <translation>Ajouter un séjour</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/dialogs.py" line="188"/>
        <source>Change stay</source>
        <translation>Modifier le séjour</translation>
    </message>
</context>
<context>
    <name>StaysModel</name>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="159"/>
        <source>Hotel</source>
        <translation>Hôtel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="163"/>
        <source>Booking reference: {reference}</source>
        <translation>Référence de réservation&#xa0;: {reference}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="166"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="168"/>
        <source>Check-in</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="173"/>
        <source>Check-out</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="178"/>
        <source>Nights</source>
        <translation>Nuits</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="181"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../planner/ui/agenda/timeline.py" line="270"/>
        <source>No room</source>
        <translation>Sans salle</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="343"/>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="351"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>TravellersModel</name>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="77"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="83"/>
        <source>Legs</source>
        <translation>Trajets</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/models.py" line="89"/>
        <source>Stays</source>
        <translation>Séjours</translation>
    </message>
</context>
<context>
    <name>TravellersPage</name>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="62"/>
        <source>Filter people</source>
        <translation>Filtrer les personnes</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="99"/>
        <source>Travel</source>
        <translation>Voyage</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="100"/>
        <source>Hotel stays</source>
        <translation>Séjours à l’hôtel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="130"/>
        <source>(no guest named)</source>
        <translation>(aucun hôte indiqué)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="205"/>
        <source>Choose a person on the left</source>
        <translation>Choisissez une personne à gauche</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/travellers.py" line="210"/>
        <source>Travel · %n leg(s)</source>
        <translation>
            <numerusform>Voyage · %n trajet</numerusform>
            <numerusform>Voyage · %n trajets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="211"/>
        <source>Travel · none booked yet</source>
        <translation>Voyage · rien de réservé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/logistics/travellers.py" line="212"/>
        <source>Hotel stays · %n stay(s)</source>
        <translation>
            <numerusform>Séjours à l’hôtel · %n séjour</numerusform>
            <numerusform>Séjours à l’hôtel · %n séjours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/logistics/travellers.py" line="214"/>
        <source>Hotel stays · none booked yet</source>
        <translation>Séjours à l’hôtel · rien de réservé</translation>
    </message>
</context>
    <context>
        <name>ColumnChoices</name>
        <message>
            <location filename="../../planner/ui/participants/import_models.py" line="58" />
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
    </context>
</TS>
