<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../planner/ui/file_actions.py" />
            <source>Open &amp;shared database…</source>
            <translation>Ouvrir une base de données &amp;partagée…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" />
            <source>shared: {name}</source>
            <translation>partagée : {name}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" />
            <source>Backups of a shared database</source>
            <translation>Sauvegardes d'une base de données partagée</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" />
            <source>The shared database {name} is kept on its server, and the server keeps its backups: Planner makes none of a shared database and restores none. To get an earlier state back, ask whoever looks after the server.

To keep a copy of your own as a file, use planner copy on the command line.</source>
            <translation>La base de données partagée {name} est conservée sur son serveur, et c'est le serveur qui en garde les sauvegardes : Planner n'en fait aucune et n'en restaure aucune. Pour retrouver un état antérieur, adressez-vous à la personne qui s'occupe du serveur.

Pour garder votre propre copie dans un fichier, utilisez planner copy en ligne de commande.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../planner/ui/main_window.py" />
            <source>shared: {name} — Planner</source>
            <translation>partagée : {name} — Planner</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" />
            <source>The server keeps the backups of a shared database</source>
            <translation>Le serveur garde les sauvegardes d'une base de données partagée</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/main_window.py" />
            <source>%n event(s) · saved on the server, shared: {name}</source>
            <translation>
                <numerusform>%n événement · enregistré sur le serveur, partagée : {name}</numerusform>
                <numerusform>%n événements · enregistrés sur le serveur, partagée : {name}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SharedDatabaseDialog</name>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Encrypted if the server offers it</source>
            <translation>Chiffrée si le serveur le propose</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Always encrypted</source>
            <translation>Toujours chiffrée</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Encrypted, and the server's certificate checked</source>
            <translation>Chiffrée, avec vérification du certificat du serveur</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>The server {server} did not accept the password of {user} for the database {database}. Type the password again.</source>
            <translation>Le serveur {server} n'a pas accepté le mot de passe de {user} pour la base de données {database}. Saisissez de nouveau le mot de passe.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Planner could not reach the database {database} on the server {server}: {reason}</source>
            <translation>Planner n'a pas pu joindre la base de données {database} sur le serveur {server} : {reason}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Open shared database</source>
            <translation>Ouvrir une base de données partagée</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>A database the partnership shares on a PostgreSQL server (version 15 or later). Whoever runs the server gives you these details.</source>
            <translation>Une base de données que le partenariat partage sur un serveur PostgreSQL (version 15 ou ultérieure). La personne qui gère le serveur vous communique ces informations.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Remember the password in the system keyring</source>
            <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Remember the password until Planner closes</source>
            <translation>Mémoriser le mot de passe jusqu'à la fermeture de Planner</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Server:</source>
            <translation>&amp;Serveur :</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>P&amp;ort:</source>
            <translation>P&amp;ort :</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Database:</source>
            <translation>&amp;Base de données :</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;User:</source>
            <translation>&amp;Utilisateur :</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Connection:</source>
            <translation>Co&amp;nnexion :</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Test connection</source>
            <translation>&amp;Tester la connexion</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Without a password typed, the one in {variable} is used.</source>
            <translation>Si aucun mot de passe n'est saisi, celui de {variable} est utilisé.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>A password is kept for {user} on this server: leave it empty to use it.</source>
            <translation>Un mot de passe est mémorisé pour {user} sur ce serveur : laissez le champ vide pour l'utiliser.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Server: type the name or address of the database server.</source>
            <translation>Serveur : saisissez le nom ou l'adresse du serveur de base de données.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Database: type the name of the shared database.</source>
            <translation>Base de données : saisissez le nom de la base de données partagée.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Connected to {database} on {server}.</source>
            <translation>Connexion établie avec {database} sur {server}.</translation>
        </message>
    <message><source>partnership</source><translation>partenariat</translation></message></context>
</TS>