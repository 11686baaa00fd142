<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>BackupProtectionBox</name>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>&amp;Encrypt backups with a passphrase</source>
        <translation>&amp;Cifra i backup con una passphrase</translation>
    </message>
    <message>
        <source>An encrypted backup opens only with the passphrase it was made with. After a change, new backups use the new passphrase; older ones still open with the old one. Nobody, Planner included, can restore a backup whose passphrase is lost.</source>
        <translation>Un backup cifrato si apre solo con la passphrase con cui è stato creato. Dopo una modifica, i nuovi backup usano la nuova passphrase; quelli precedenti si aprono ancora con la vecchia. Nessuno, nemmeno Planner, può ripristinare un backup di cui si è persa la passphrase.</translation>
    </message>
    <message>
        <source>Passphrase of the backups</source>
        <translation>Passphrase dei backup</translation>
    </message>
    <message>
        <source>Backups made from now on are encrypted with this passphrase. Keep it somewhere safe (a password manager): without it, no backup can be restored.</source>
        <translation>I backup creati da ora in poi sono cifrati con questa passphrase. La conservi in un luogo sicuro (un gestore di password): senza di essa non è possibile ripristinare alcun backup.</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Cambia la &amp;passphrase…</translation>
    </message>
    <message>
        <source>Set the &amp;passphrase…</source>
        <translation>Imposta la &amp;passphrase…</translation>
    </message>
    <message>
        <source>The passphrase is taken from {variable} in the environment.</source>
        <translation>La passphrase viene presa da {variable} nell’ambiente.</translation>
    </message>
    <message>
        <source>No usable keyring on this computer: Planner asks for the passphrase once each time it starts.</source>
        <translation>Nessun portachiavi utilizzabile su questo computer: Planner chiede la passphrase una volta a ogni avvio.</translation>
    </message>
    <message>
        <source>The passphrase is kept in the system keyring ({keyring}), never in a file.</source>
        <translation>La passphrase è conservata nel portachiavi di sistema ({keyring}), mai in un file.</translation>
    </message>
    <message>
        <source>The new passphrase is kept when you press OK.</source>
        <translation>La nuova passphrase viene conservata quando preme OK.</translation>
    </message>
    <message>
        <source>Cannot keep the choice</source>
        <translation>Impossibile salvare la scelta</translation>
    </message>
    <message>
        <source>Encrypt the backups made before?</source>
        <translation>Cifrare i backup precedenti?</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made before are not encrypted: anyone who can read the backup folder can read the participants&apos; data in them. Encrypt them now with the passphrase?</source>
        <translation>
            <numerusform>%n backup precedente non è cifrato: chiunque possa leggere la cartella dei backup può leggervi i dati dei partecipanti. Cifrarlo ora con la passphrase?</numerusform>
            <numerusform>%n backup precedenti non sono cifrati: chiunque possa leggere la cartella dei backup può leggervi i dati dei partecipanti. Cifrarli ora con la passphrase?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be encrypted; they are as they were.</source>
        <translation>
            <numerusform>%n backup non è stato cifrato; è rimasto com’era.</numerusform>
            <numerusform>%n backup non sono stati cifrati; sono rimasti com’erano.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptedBackups</name>
    <message>
        <source>Encrypted: what it holds shows once restored with its passphrase</source>
        <translation>Cifrato: il contenuto si vede dopo il ripristino con la sua passphrase</translation>
    </message>
    <message>
        <source>Encrypted Planner backups (*.encrypted)</source>
        <translation>Backup cifrati di Planner (*.encrypted)</translation>
    </message>
    <message>
        <source>the encrypted backup of {made}</source>
        <translation>il backup cifrato del {made}</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Passphrase del backup</translation>
    </message>
    <message>
        <source>{file} is encrypted. Type the passphrase it was made with: a backup made before the passphrase was changed opens only with the earlier one.</source>
        <translation>{file} è cifrato. Digiti la passphrase con cui è stato creato: un backup creato prima di cambiare la passphrase si apre solo con quella precedente.</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup; nothing was changed.</source>
        <translation>Questa passphrase non apre il backup; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Impossibile ripristinare il backup</translation>
    </message>
    <message>
        <source>Passphrase of the backups</source>
        <translation>Passphrase dei backup</translation>
    </message>
    <message>
        <source>Your backups are encrypted. No keyring on this computer keeps the passphrase, so Planner asks for it once each time it starts. Without it, no backup is made.</source>
        <translation>I Suoi backup sono cifrati. Nessun portachiavi di questo computer conserva la passphrase, quindi Planner la chiede una volta a ogni avvio. Senza di essa non viene creato alcun backup.</translation>
    </message>
    <message>
        <source>This passphrase does not open your newest backup ({file}).</source>
        <translation>Questa passphrase non apre il Suo backup più recente ({file}).</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Mostra il testo digitato</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ripeti:</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>La passphrase deve contenere almeno {count} caratteri.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Le due passphrase non coincidono.</translation>
    </message>
</context>
<context>
    <name>ProtectedExport</name>
    <message>
        <source>Excel workbook, protected with a passphrase (*.xlsx.zip)</source>
        <translation>Cartella di lavoro Excel, protetta da passphrase (*.xlsx.zip)</translation>
    </message>
    <message>
        <source>CSV, protected with a passphrase (*.csv.zip)</source>
        <translation>CSV, protetto da passphrase (*.csv.zip)</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Proteggi con una passphrase</translation>
    </message>
    <message>
        <source>{file} is written as a ZIP archive encrypted with AES-256. The recipient opens it with 7-Zip or any tool that reads AES-encrypted ZIP files, using this passphrase: give it to them another way than the file (by phone, or in a separate message).</source>
        <translation>{file} viene scritto come archivio ZIP cifrato con AES-256. Il destinatario lo apre con 7-Zip o con qualsiasi strumento che legga file ZIP cifrati con AES, usando questa passphrase: gliela comunichi per una via diversa dal file (per telefono o in un messaggio separato).</translation>
    </message>
    <message>
        <source>Exported the participants of “{title}” to {file}, protected with a passphrase</source>
        <translation>Partecipanti di «{title}» esportati in {file}, protetti da passphrase</translation>
    </message>
</context>
</TS>
