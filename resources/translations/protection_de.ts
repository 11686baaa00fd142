<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BackupProtectionBox</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Encrypt backups with a passphrase</source>
        <translation>Sicherungen mit einer Passphrase &amp;verschlüsseln</translation>
    </message>
    <message>
        <source>An encrypted backup opens only with the passphrase it was made with. After a change, new backups use the new passphrase; older ones still open with the old one. Nobody, Planner included, can restore a backup whose passphrase is lost.</source>
        <translation>Eine verschlüsselte Sicherung lässt sich nur mit der Passphrase öffnen, mit der sie erstellt wurde. Nach einer Änderung verwenden neue Sicherungen die neue Passphrase; ältere öffnen sich weiterhin mit der alten. Niemand, auch Planner nicht, kann eine Sicherung wiederherstellen, deren Passphrase verloren ist.</translation>
    </message>
    <message>
        <source>Passphrase of the backups</source>
        <translation>Passphrase der Sicherungen</translation>
    </message>
    <message>
        <source>Backups made from now on are encrypted with this passphrase. Keep it somewhere safe (a password manager): without it, no backup can be restored.</source>
        <translation>Sicherungen, die ab jetzt erstellt werden, werden mit dieser Passphrase verschlüsselt. Bewahren Sie sie sicher auf (etwa in einem Passwort-Manager): Ohne sie lässt sich keine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <source>Set the &amp;passphrase…</source>
        <translation>&amp;Passphrase festlegen…</translation>
    </message>
    <message>
        <source>The passphrase is taken from {variable} in the environment.</source>
        <translation>Die Passphrase wird aus {variable} in der Umgebung übernommen.</translation>
    </message>
    <message>
        <source>No usable keyring on this computer: Planner asks for the passphrase once each time it starts.</source>
        <translation>Auf diesem Computer gibt es keinen nutzbaren Schlüsselbund: Planner fragt bei jedem Start einmal nach der Passphrase.</translation>
    </message>
    <message>
        <source>The passphrase is kept in the system keyring ({keyring}), never in a file.</source>
        <translation>Die Passphrase wird im Schlüsselbund des Systems ({keyring}) aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>The new passphrase is kept when you press OK.</source>
        <translation>Die neue Passphrase wird gespeichert, wenn Sie auf OK klicken.</translation>
    </message>
    <message>
        <source>Cannot keep the choice</source>
        <translation>Die Auswahl kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Encrypt the backups made before?</source>
        <translation>Ältere Sicherungen verschlüsseln?</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made before are not encrypted: anyone who can read the backup folder can read the participants&apos; data in them. Encrypt them now with the passphrase?</source>
        <translation>
            <numerusform>%n zuvor erstellte Sicherung ist nicht verschlüsselt: Wer den Sicherungsordner lesen kann, kann die Daten der Teilnehmenden darin lesen. Jetzt mit der Passphrase verschlüsseln?</numerusform>
            <numerusform>%n zuvor erstellte Sicherungen sind nicht verschlüsselt: Wer den Sicherungsordner lesen kann, kann die Daten der Teilnehmenden darin lesen. Jetzt mit der Passphrase verschlüsseln?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be encrypted; they are as they were.</source>
        <translation>
            <numerusform>%n Sicherung konnte nicht verschlüsselt werden; sie ist unverändert.</numerusform>
            <numerusform>%n Sicherungen konnten nicht verschlüsselt werden; sie sind unverändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptedBackups</name>
    <message>
        <source>Encrypted: what it holds shows once restored with its passphrase</source>
        <translation>Verschlüsselt: Inhalt erst nach dem Wiederherstellen sichtbar</translation>
    </message>
    <message>
        <source>Encrypted Planner backups (*.encrypted)</source>
        <translation>Verschlüsselte Planner-Sicherungen (*.encrypted)</translation>
    </message>
    <message>
        <source>the encrypted backup of {made}</source>
        <translation>die verschlüsselte Sicherung vom {made}</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>{file} is encrypted. Type the passphrase it was made with: a backup made before the passphrase was changed opens only with the earlier one.</source>
        <translation>{file} ist verschlüsselt. Geben Sie die Passphrase ein, mit der die Sicherung erstellt wurde: Eine Sicherung von vor einer Änderung der Passphrase öffnet sich nur mit der früheren.</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup; nothing was changed.</source>
        <translation>Diese Passphrase öffnet die Sicherung nicht; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Sicherung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Passphrase of the backups</source>
        <translation>Passphrase der Sicherungen</translation>
    </message>
    <message>
        <source>Your backups are encrypted. No keyring on this computer keeps the passphrase, so Planner asks for it once each time it starts. Without it, no backup is made.</source>
        <translation>Ihre Sicherungen sind verschlüsselt. Auf diesem Computer bewahrt kein Schlüsselbund die Passphrase auf, daher fragt Planner bei jedem Start einmal danach. Ohne sie wird keine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>This passphrase does not open your newest backup ({file}).</source>
        <translation>Diese Passphrase öffnet Ihre neueste Sicherung ({file}) nicht.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Show what I type</source>
        <translation>Eingabe &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>Die Passphrase muss mindestens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>ProtectedExport</name>
    <message>
        <source>Excel workbook, protected with a passphrase (*.xlsx.zip)</source>
        <translation>Excel-Arbeitsmappe, mit Passphrase geschützt (*.xlsx.zip)</translation>
    </message>
    <message>
        <source>CSV, protected with a passphrase (*.csv.zip)</source>
        <translation>CSV, mit Passphrase geschützt (*.csv.zip)</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Mit einer Passphrase schützen</translation>
    </message>
    <message>
        <source>{file} is written as a ZIP archive encrypted with AES-256. The recipient opens it with 7-Zip or any tool that reads AES-encrypted ZIP files, using this passphrase: give it to them another way than the file (by phone, or in a separate message).</source>
        <translation>{file} wird als ZIP-Archiv geschrieben, das mit AES-256 verschlüsselt ist. Wer es erhält, öffnet es mit 7-Zip oder einem anderen Programm, das AES-verschlüsselte ZIP-Dateien liest, und dieser Passphrase: Teilen Sie sie auf einem anderen Weg mit als die Datei (telefonisch oder in einer separaten Nachricht).</translation>
    </message>
    <message>
        <source>Exported the participants of “{title}” to {file}, protected with a passphrase</source>
        <translation>Die Teilnehmenden von „{title}“ wurden nach {file} exportiert, mit Passphrase geschützt</translation>
    </message>
</context>
</TS>
