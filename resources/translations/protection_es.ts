<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BackupProtectionBox</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Encrypt backups with a passphrase</source>
        <translation>&amp;Cifrar las copias de seguridad con una frase de contraseña</translation>
    </message>
    <message>
        <source>An encrypted backup opens only with the passphrase it was made with. After a change, new backups use the new passphrase; older ones still open with the old one. Nobody, Planner included, can restore a backup whose passphrase is lost.</source>
        <translation>Una copia de seguridad cifrada solo se abre con la frase de contraseña con la que se hizo. Tras un cambio, las copias nuevas usan la nueva frase; las anteriores se siguen abriendo con la antigua. Nadie, ni siquiera Planner, puede restaurar una copia cuya frase de contraseña se haya perdido.</translation>
    </message>
    <message>
        <source>Passphrase of the backups</source>
        <translation>Frase de contraseña de las copias de seguridad</translation>
    </message>
    <message>
        <source>Backups made from now on are encrypted with this passphrase. Keep it somewhere safe (a password manager): without it, no backup can be restored.</source>
        <translation>Las copias de seguridad que se hagan a partir de ahora se cifrarán con esta frase de contraseña. Guárdela en un lugar seguro (un gestor de contraseñas): sin ella no se puede restaurar ninguna copia.</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>Set the &amp;passphrase…</source>
        <translation>Establecer la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>The passphrase is taken from {variable} in the environment.</source>
        <translation>La frase de contraseña se toma de {variable} en el entorno.</translation>
    </message>
    <message>
        <source>No usable keyring on this computer: Planner asks for the passphrase once each time it starts.</source>
        <translation>No hay ningún llavero utilizable en este equipo: Planner pide la frase de contraseña una vez cada vez que se inicia.</translation>
    </message>
    <message>
        <source>The passphrase is kept in the system keyring ({keyring}), never in a file.</source>
        <translation>La frase de contraseña se guarda en el llavero del sistema ({keyring}), nunca en un archivo.</translation>
    </message>
    <message>
        <source>The new passphrase is kept when you press OK.</source>
        <translation>La nueva frase de contraseña se guarda al pulsar Aceptar.</translation>
    </message>
    <message>
        <source>Cannot keep the choice</source>
        <translation>No se puede guardar la elección</translation>
    </message>
    <message>
        <source>Encrypt the backups made before?</source>
        <translation>¿Cifrar las copias de seguridad anteriores?</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made before are not encrypted: anyone who can read the backup folder can read the participants&apos; data in them. Encrypt them now with the passphrase?</source>
        <translation>
            <numerusform>%n copia de seguridad anterior no está cifrada: quien pueda leer la carpeta de copias de seguridad puede leer los datos de los participantes que contiene. ¿Cifrarla ahora con la frase de contraseña?</numerusform>
            <numerusform>%n copias de seguridad anteriores no están cifradas: quien pueda leer la carpeta de copias de seguridad puede leer los datos de los participantes que contienen. ¿Cifrarlas ahora con la frase de contraseña?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be encrypted; they are as they were.</source>
        <translation>
            <numerusform>%n copia de seguridad no se ha podido cifrar; sigue como estaba.</numerusform>
            <numerusform>%n copias de seguridad no se han podido cifrar; siguen como estaban.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptedBackups</name>
    <message>
        <source>Encrypted: what it holds shows once restored with its passphrase</source>
        <translation>Cifrada: su contenido se ve al restaurarla con su frase de contraseña</translation>
    </message>
    <message>
        <source>Encrypted Planner backups (*.encrypted)</source>
        <translation>Copias de seguridad cifradas de Planner (*.encrypted)</translation>
    </message>
    <message>
        <source>the encrypted backup of {made}</source>
        <translation>la copia de seguridad cifrada del {made}</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>{file} is encrypted. Type the passphrase it was made with: a backup made before the passphrase was changed opens only with the earlier one.</source>
        <translation>{file} está cifrada. Escriba la frase de contraseña con la que se hizo: una copia hecha antes de cambiar la frase solo se abre con la anterior.</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup; nothing was changed.</source>
        <translation>Esta frase de contraseña no abre la copia de seguridad; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>No se puede restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Passphrase of the backups</source>
        <translation>Frase de contraseña de las copias de seguridad</translation>
    </message>
    <message>
        <source>Your backups are encrypted. No keyring on this computer keeps the passphrase, so Planner asks for it once each time it starts. Without it, no backup is made.</source>
        <translation>Sus copias de seguridad están cifradas. Ningún llavero de este equipo guarda la frase de contraseña, así que Planner la pide una vez cada vez que se inicia. Sin ella no se hace ninguna copia.</translation>
    </message>
    <message>
        <source>This passphrase does not open your newest backup ({file}).</source>
        <translation>Esta frase de contraseña no abre su copia de seguridad más reciente ({file}).</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Mostrar lo que se escribe</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>La frase de contraseña debe tener al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>ProtectedExport</name>
    <message>
        <source>Excel workbook, protected with a passphrase (*.xlsx.zip)</source>
        <translation>Libro de Excel, protegido con frase de contraseña (*.xlsx.zip)</translation>
    </message>
    <message>
        <source>CSV, protected with a passphrase (*.csv.zip)</source>
        <translation>CSV, protegido con frase de contraseña (*.csv.zip)</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Proteger con una frase de contraseña</translation>
    </message>
    <message>
        <source>{file} is written as a ZIP archive encrypted with AES-256. The recipient opens it with 7-Zip or any tool that reads AES-encrypted ZIP files, using this passphrase: give it to them another way than the file (by phone, or in a separate message).</source>
        <translation>{file} se escribe como un archivo ZIP cifrado con AES-256. El destinatario lo abre con 7-Zip o cualquier herramienta que lea archivos ZIP cifrados con AES, usando esta frase de contraseña: comuníquesela por una vía distinta de la del archivo (por teléfono o en un mensaje aparte).</translation>
    </message>
    <message>
        <source>Exported the participants of “{title}” to {file}, protected with a passphrase</source>
        <translation>Se han exportado los participantes de «{title}» a {file}, protegidos con frase de contraseña</translation>
    </message>
</context>
</TS>
