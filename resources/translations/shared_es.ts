<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../planner/ui/file_actions.py" />
            <source>Open &amp;shared database…</source>
            <translation>Abrir base de datos &amp;compartida…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" />
            <source>shared: {name}</source>
            <translation>compartida: {name}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" />
            <source>Backups of a shared database</source>
            <translation>Copias de seguridad de una base de datos compartida</translation>
        </message>
        <message>
            <location filename="../../planner/ui/file_actions.py" />
            <source>The shared database {name} is kept on its server, and the server keeps its backups: Planner makes none of a shared database and restores none. To get an earlier state back, ask whoever looks after the server.

To keep a copy of your own as a file, use planner copy on the command line.</source>
            <translation>La base de datos compartida {name} se guarda en su servidor, y es el servidor quien conserva sus copias de seguridad: Planner no hace ninguna de una base de datos compartida ni restaura ninguna. Para recuperar un estado anterior, consulte a quien administra el servidor.

Para guardar una copia propia en un archivo, use planner copy en la línea de órdenes.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../planner/ui/main_window.py" />
            <source>shared: {name} — Planner</source>
            <translation>compartida: {name} — Planner</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" />
            <source>The server keeps the backups of a shared database</source>
            <translation>El servidor conserva las copias de seguridad de una base de datos compartida</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/main_window.py" />
            <source>%n event(s) · saved on the server, shared: {name}</source>
            <translation>
                <numerusform>%n evento · guardado en el servidor, compartida: {name}</numerusform>
                <numerusform>%n eventos · guardados en el servidor, compartida: {name}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SharedDatabaseDialog</name>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Encrypted if the server offers it</source>
            <translation>Cifrada si el servidor lo ofrece</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Always encrypted</source>
            <translation>Siempre cifrada</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Encrypted, and the server's certificate checked</source>
            <translation>Cifrada, con comprobación del certificado del servidor</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>The server {server} did not accept the password of {user} for the database {database}. Type the password again.</source>
            <translation>El servidor {server} no aceptó la contraseña de {user} para la base de datos {database}. Escriba de nuevo la contraseña.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Planner could not reach the database {database} on the server {server}: {reason}</source>
            <translation>Planner no pudo conectar con la base de datos {database} en el servidor {server}: {reason}</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Open shared database</source>
            <translation>Abrir base de datos compartida</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>A database the partnership shares on a PostgreSQL server (version 15 or later). Whoever runs the server gives you these details.</source>
            <translation>Una base de datos que la asociación comparte en un servidor PostgreSQL (versión 15 o posterior). Quien administra el servidor le facilitará estos datos.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Remember the password in the system keyring</source>
            <translation>Recordar la contraseña en el llavero del sistema</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Remember the password until Planner closes</source>
            <translation>Recordar la contraseña hasta cerrar Planner</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Server:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>P&amp;ort:</source>
            <translation>P&amp;uerto:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Database:</source>
            <translation>&amp;Base de datos:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;User:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Connection:</source>
            <translation>C&amp;onexión:</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Test connection</source>
            <translation>&amp;Probar la conexión</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Without a password typed, the one in {variable} is used.</source>
            <translation>Si no escribe ninguna contraseña, se usa la de {variable}.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>A password is kept for {user} on this server: leave it empty to use it.</source>
            <translation>Hay una contraseña guardada para {user} en este servidor: deje el campo vacío para usarla.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Server: type the name or address of the database server.</source>
            <translation>Servidor: escriba el nombre o la dirección del servidor de bases de datos.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Database: type the name of the shared database.</source>
            <translation>Base de datos: escriba el nombre de la base de datos compartida.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/shared_database_dialog.py" />
            <source>Connected to {database} on {server}.</source>
            <translation>Conectado a {database} en {server}.</translation>
        </message>
    <message><source>partnership</source><translation>asociacion</translation></message></context>
</TS>