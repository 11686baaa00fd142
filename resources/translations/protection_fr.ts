<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BackupProtectionBox</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Encrypt backups with a passphrase</source>
        <translation>&amp;Chiffrer les sauvegardes avec une phrase secrète</translation>
    </message>
    <message>
        <source>An encrypted backup opens only with the passphrase it was made with. After a change, new backups use the new passphrase; older ones still open with the old one. Nobody, Planner included, can restore a backup whose passphrase is lost.</source>
        <translation>Une sauvegarde chiffrée ne s’ouvre qu’avec la phrase secrète avec laquelle elle a été faite. Après un changement, les nouvelles sauvegardes utilisent la nouvelle phrase secrète ; les anciennes s’ouvrent toujours avec l’ancienne. Personne, pas même Planner, ne peut restaurer une sauvegarde dont la phrase secrète est perdue.</translation>
    </message>
    <message>
        <source>Passphrase of the backups</source>
        <translation>Phrase secrète des sauvegardes</translation>
    </message>
    <message>
        <source>Backups made from now on are encrypted with this passphrase. Keep it somewhere safe (a password manager): without it, no backup can be restored.</source>
        <translation>Les sauvegardes faites à partir de maintenant sont chiffrées avec cette phrase secrète. Conservez-la en lieu sûr (un gestionnaire de mots de passe) : sans elle, aucune sauvegarde ne peut être restaurée.</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>Set the &amp;passphrase…</source>
        <translation>Définir la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>The passphrase is taken from {variable} in the environment.</source>
        <translation>La phrase secrète est lue dans {variable}, dans l’environnement.</translation>
    </message>
    <message>
        <source>No usable keyring on this computer: Planner asks for the passphrase once each time it starts.</source>
        <translation>Aucun trousseau utilisable sur cet ordinateur : Planner demande la phrase secrète une fois à chaque démarrage.</translation>
    </message>
    <message>
        <source>The passphrase is kept in the system keyring ({keyring}), never in a file.</source>
        <translation>La phrase secrète est conservée dans le trousseau du système ({keyring}), jamais dans un fichier.</translation>
    </message>
    <message>
        <source>The new passphrase is kept when you press OK.</source>
        <translation>La nouvelle phrase secrète est conservée lorsque vous cliquez sur OK.</translation>
    </message>
    <message>
        <source>Cannot keep the choice</source>
        <translation>Impossible d’enregistrer ce choix</translation>
    </message>
    <message>
        <source>Encrypt the backups made before?</source>
        <translation>Chiffrer les sauvegardes antérieures ?</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made before are not encrypted: anyone who can read the backup folder can read the participants&apos; data in them. Encrypt them now with the passphrase?</source>
        <translation>
            <numerusform>%n sauvegarde antérieure n’est pas chiffrée : toute personne pouvant lire le dossier des sauvegardes peut y lire les données des participants. La chiffrer maintenant avec la phrase secrète ?</numerusform>
            <numerusform>%n sauvegardes antérieures ne sont pas chiffrées : toute personne pouvant lire le dossier des sauvegardes peut y lire les données des participants. Les chiffrer maintenant avec la phrase secrète ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be encrypted; they are as they were.</source>
        <translation>
            <numerusform>%n sauvegarde n’a pas pu être chiffrée ; elle est restée telle quelle.</numerusform>
            <numerusform>%n sauvegardes n’ont pas pu être chiffrées ; elles sont restées telles quelles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptedBackups</name>
    <message>
        <source>Encrypted: what it holds shows once restored with its passphrase</source>
        <translation>Chiffrée : son contenu apparaît une fois restaurée avec sa phrase secrète</translation>
    </message>
    <message>
        <source>Encrypted Planner backups (*.encrypted)</source>
        <translation>Sauvegardes chiffrées de Planner (*.encrypted)</translation>
    </message>
    <message>
        <source>the encrypted backup of {made}</source>
        <translation>la sauvegarde chiffrée du {made}</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <source>{file} is encrypted. Type the passphrase it was made with: a backup made before the passphrase was changed opens only with the earlier one.</source>
        <translation>{file} est chiffrée. Saisissez la phrase secrète avec laquelle elle a été faite : une sauvegarde faite avant un changement de phrase secrète ne s’ouvre qu’avec l’ancienne.</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup; nothing was changed.</source>
        <translation>Cette phrase secrète n’ouvre pas la sauvegarde ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Passphrase of the backups</source>
        <translation>Phrase secrète des sauvegardes</translation>
    </message>
    <message>
        <source>Your backups are encrypted. No keyring on this computer keeps the passphrase, so Planner asks for it once each time it starts. Without it, no backup is made.</source>
        <translation>Vos sauvegardes sont chiffrées. Aucun trousseau de cet ordinateur ne conserve la phrase secrète : Planner la demande donc une fois à chaque démarrage. Sans elle, aucune sauvegarde n’est faite.</translation>
    </message>
    <message>
        <source>This passphrase does not open your newest backup ({file}).</source>
        <translation>Cette phrase secrète n’ouvre pas votre sauvegarde la plus récente ({file}).</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Afficher la saisie</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmer :</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>La phrase secrète doit comporter au moins {count} caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
</context>
<context>
    <name>ProtectedExport</name>
    <message>
        <source>Excel workbook, protected with a passphrase (*.xlsx.zip)</source>
        <translation>Classeur Excel, protégé par une phrase secrète (*.xlsx.zip)</translation>
    </message>
    <message>
        <source>CSV, protected with a passphrase (*.csv.zip)</source>
        <translation>CSV, protégé par une phrase secrète (*.csv.zip)</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Protéger par une phrase secrète</translation>
    </message>
    <message>
        <source>{file} is written as a ZIP archive encrypted with AES-256. The recipient opens it with 7-Zip or any tool that reads AES-encrypted ZIP files, using this passphrase: give it to them another way than the file (by phone, or in a separate message).</source>
        <translation>{file} est écrit sous forme d’archive ZIP chiffrée en AES-256. Le destinataire l’ouvre avec 7-Zip ou tout outil qui lit les fichiers ZIP chiffrés en AES, avec cette phrase secrète : transmettez-la-lui par un autre moyen que le fichier (par téléphone ou dans un message séparé).</translation>
    </message>
    <message>
        <source>Exported the participants of “{title}” to {file}, protected with a passphrase</source>
        <translation>Les participants de « {title} » ont été exportés vers {file}, protégés par une phrase secrète</translation>
    </message>
</context>
</TS>
