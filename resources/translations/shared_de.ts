<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../planner/ui/file_actions.py" />
            <source>Open &amp;shared database…</source>
            <translation>Gemeinsame Datenbank ö&amp;ffnen…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" />
            <source>shared: {name}</source>
            <translation>gemeinsam: {name}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" />
            <source>Backups of a shared database</source>
            <translation>Sicherungen einer gemeinsamen Datenbank</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" />
            <source>The shared database {name} is kept on its server, and the server keeps its backups: Planner makes none of a shared database and restores none. To get an earlier state back, ask whoever looks after the server.

To keep a copy of your own as a file, use planner copy on the command line.</source>
            <translation>Die gemeinsame Datenbank {name} liegt auf ihrem Server, und der Server bewahrt ihre Sicherungen auf: Planner legt von einer gemeinsamen Datenbank keine Sicherungen an und stellt keine wieder her. Wenn Sie einen früheren Stand zurückhaben möchten, wenden Sie sich an die Person, die den Server betreut.

Für eine eigene Kopie als Datei verwenden Sie planner copy auf der Befehlszeile.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../planner/ui/main_window.py" />
            <source>shared: {name} — Planner</source>
            <translation>gemeinsam: {name} — Planner</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" />
            <source>The server keeps the backups of a shared database</source>
            <translation>Der Server bewahrt die Sicherungen einer gemeinsamen Datenbank auf</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/main_window.py" />
            <source>%n event(s) · saved on the server, shared: {name}</source>
            <translation>
                <numerusform>%n Veranstaltung · auf dem Server gespeichert, gemeinsam: {name}</numerusform>
                <numerusform>%n Veranstaltungen · auf dem Server gespeichert, gemeinsam: {name}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SharedDatabaseDialog</name>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Encrypted if the server offers it</source>
            <translation>Verschlüsselt, wenn der Server es anbietet</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Always encrypted</source>
            <translation>Immer verschlüsselt</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Encrypted, and the server's certificate checked</source>
            <translation>Verschlüsselt, mit Prüfung des Serverzertifikats</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>The server {server} did not accept the password of {user} for the database {database}. Type the password again.</source>
            <translation>Der Server {server} hat das Passwort von {user} für die Datenbank {database} nicht angenommen. Bitte geben Sie das Passwort erneut ein.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Planner could not reach the database {database} on the server {server}: {reason}</source>
            <translation>Planner konnte die Datenbank {database} auf dem Server {server} nicht erreichen: {reason}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Open shared database</source>
            <translation>Gemeinsame Datenbank öffnen</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>A database the partnership shares on a PostgreSQL server (version 15 or later). Whoever runs the server gives you these details.</source>
            <translation>Eine Datenbank, die die Partnerschaft auf einem PostgreSQL-Server (Version 15 oder neuer) gemeinsam nutzt. Diese Angaben erhalten Sie von der Person, die den Server betreibt.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Remember the password in the system keyring</source>
            <translation>Passwort im Schlüsselbund des Systems speichern</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Remember the password until Planner closes</source>
            <translation>Passwort merken, bis Planner geschlossen wird</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>P&amp;ort:</source>
            <translation>P&amp;ort:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Database:</source>
            <translation>&amp;Datenbank:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;User:</source>
            <translation>&amp;Benutzer:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Connection:</source>
            <translation>&amp;Verbindung:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Test connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Without a password typed, the one in {variable} is used.</source>
            <translation>Ohne eingegebenes Passwort wird das aus {variable} verwendet.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>A password is kept for {user} on this server: leave it empty to use it.</source>
            <translation>Für {user} ist auf diesem Server ein Passwort gespeichert: Lassen Sie das Feld leer, um es zu verwenden.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Server: type the name or address of the database server.</source>
            <translation>Server: Geben Sie den Namen oder die Adresse des Datenbankservers ein.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Database: type the name of the shared database.</source>
            <translation>Datenbank: Geben Sie den Namen der gemeinsamen Datenbank ein.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Connected to {database} on {server}.</source>
            <translation>Verbindung zu {database} auf {server} hergestellt.</translation>
        </message>
    <message><source>partnership</source><translation>partnerschaft</translation></message></context>
</TS>