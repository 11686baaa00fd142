<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it">
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../planner/ui/file_actions.py" />
            <source>Open &amp;shared database…</source>
            <translation>Apri database &amp;condiviso…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" />
            <source>shared: {name}</source>
            <translation>condiviso: {name}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" />
            <source>Backups of a shared database</source>
            <translation>Backup di un database condiviso</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" />
            <source>The shared database {name} is kept on its server, and the server keeps its backups: Planner makes none of a shared database and restores none. To get an earlier state back, ask whoever looks after the server.

To keep a copy of your own as a file, use planner copy on the command line.</source>
            <translation>Il database condiviso {name} si trova sul suo server, ed è il server a conservarne i backup: Planner non ne crea e non ne ripristina per un database condiviso. Per recuperare uno stato precedente, si rivolga a chi gestisce il server.

Per conservare una copia propria in un file, usi planner copy dalla riga di comando.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../planner/ui/main_window.py" />
            <source>shared: {name} — Planner</source>
            <translation>condiviso: {name} — Planner</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" />
            <source>The server keeps the backups of a shared database</source>
            <translation>Il server conserva i backup di un database condiviso</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/main_window.py" />
            <source>%n event(s) · saved on the server, shared: {name}</source>
            <translation>
                <numerusform>%n evento · salvato sul server, condiviso: {name}</numerusform>
                <numerusform>%n eventi · salvati sul server, condiviso: {name}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SharedDatabaseDialog</name>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Encrypted if the server offers it</source>
            <translation>Cifrata se il server lo consente</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Always encrypted</source>
            <translation>Sempre cifrata</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Encrypted, and the server's certificate checked</source>
            <translation>Cifrata, con verifica del certificato del server</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>The server {server} did not accept the password of {user} for the database {database}. Type the password again.</source>
            <translation>Il server {server} non ha accettato la password di {user} per il database {database}. Digiti di nuovo la password.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Planner could not reach the database {database} on the server {server}: {reason}</source>
            <translation>Planner non è riuscito a raggiungere il database {database} sul server {server}: {reason}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Open shared database</source>
            <translation>Apri database condiviso</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>A database the partnership shares on a PostgreSQL server (version 15 or later). Whoever runs the server gives you these details.</source>
            <translation>Un database che il partenariato condivide su un server PostgreSQL (versione 15 o successiva). Questi dati Le vengono forniti da chi gestisce il server.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Remember the password in the system keyring</source>
            <translation>Memorizza la password nel portachiavi di sistema</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Remember the password until Planner closes</source>
            <translation>Memorizza la password fino alla chiusura di Planner</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>P&amp;ort:</source>
            <translation>P&amp;orta:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Database:</source>
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;User:</source>
            <translation>&amp;Utente:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Connection:</source>
            <translation>C&amp;onnessione:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Test connection</source>
            <translation>&amp;Verifica connessione</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Open</source>
            <translation>&amp;Apri</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Without a password typed, the one in {variable} is used.</source>
            <translation>Se non si digita una password, viene usata quella in {variable}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>A password is kept for {user} on this server: leave it empty to use it.</source>
            <translation>Per {user} su questo server è memorizzata una password: lasci il campo vuoto per usarla.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Server: type the name or address of the database server.</source>
            <translation>Server: digiti il nome o l'indirizzo del server del database.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Database: type the name of the shared database.</source>
            <translation>Database: digiti il nome del database condiviso.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Connected to {database} on {server}.</source>
            <translation>Connessione a {database} su {server} riuscita.</translation>
        </message>
    <message><source>partnership</source><translation>partenariato</translation></message></context>
</TS>