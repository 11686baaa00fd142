<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>BackupProtectionBox</name>
    <message>
        <source>Backups</source>
        <translation>Αντίγραφα ασφαλείας</translation>
    </message>
    <message>
        <source>&amp;Encrypt backups with a passphrase</source>
        <translation>&amp;Κρυπτογράφηση των αντιγράφων ασφαλείας με φράση πρόσβασης</translation>
    </message>
    <message>
        <source>An encrypted backup opens only with the passphrase it was made with. After a change, new backups use the new passphrase; older ones still open with the old one. Nobody, Planner included, can restore a backup whose passphrase is lost.</source>
        <translation>Ένα κρυπτογραφημένο αντίγραφο ασφαλείας ανοίγει μόνο με τη φράση πρόσβασης με την οποία δημιουργήθηκε. Μετά από αλλαγή, τα νέα αντίγραφα χρησιμοποιούν τη νέα φράση· τα παλαιότερα εξακολουθούν να ανοίγουν με την παλιά. Κανείς, ούτε το Planner, δεν μπορεί να επαναφέρει αντίγραφο του οποίου η φράση πρόσβασης έχει χαθεί.</translation>
    </message>
    <message>
        <source>Passphrase of the backups</source>
        <translation>Φράση πρόσβασης των αντιγράφων ασφαλείας</translation>
    </message>
    <message>
        <source>Backups made from now on are encrypted with this passphrase. Keep it somewhere safe (a password manager): without it, no backup can be restored.</source>
        <translation>Τα αντίγραφα ασφαλείας που δημιουργούνται από εδώ και πέρα κρυπτογραφούνται με αυτή τη φράση πρόσβασης. Φυλάξτε τη σε ασφαλές μέρος (σε έναν διαχειριστή κωδικών πρόσβασης): χωρίς αυτήν δεν μπορεί να γίνει επαναφορά κανενός αντιγράφου.</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Αλλαγή &amp;φράσης πρόσβασης…</translation>
    </message>
    <message>
        <source>Set the &amp;passphrase…</source>
        <translation>Ορισμός &amp;φράσης πρόσβασης…</translation>
    </message>
    <message>
        <source>The passphrase is taken from {variable} in the environment.</source>
        <translation>Η φράση πρόσβασης λαμβάνεται από το {variable} του περιβάλλοντος.</translation>
    </message>
    <message>
        <source>No usable keyring on this computer: Planner asks for the passphrase once each time it starts.</source>
        <translation>Δεν υπάρχει κλειδοθήκη που να μπορεί να χρησιμοποιηθεί σε αυτόν τον υπολογιστή: το Planner ζητά τη φράση πρόσβασης μία φορά σε κάθε εκκίνηση.</translation>
    </message>
    <message>
        <source>The passphrase is kept in the system keyring ({keyring}), never in a file.</source>
        <translation>Η φράση πρόσβασης φυλάσσεται στην κλειδοθήκη του συστήματος ({keyring}), ποτέ σε αρχείο.</translation>
    </message>
    <message>
        <source>The new passphrase is kept when you press OK.</source>
        <translation>Η νέα φράση πρόσβασης φυλάσσεται όταν πατήσετε OK.</translation>
    </message>
    <message>
        <source>Cannot keep the choice</source>
        <translation>Δεν είναι δυνατή η αποθήκευση της επιλογής</translation>
    </message>
    <message>
        <source>Encrypt the backups made before?</source>
        <translation>Κρυπτογράφηση των προηγούμενων αντιγράφων ασφαλείας;</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made before are not encrypted: anyone who can read the backup folder can read the participants&apos; data in them. Encrypt them now with the passphrase?</source>
        <translation>
            <numerusform>%n προηγούμενο αντίγραφο ασφαλείας δεν είναι κρυπτογραφημένο: όποιος μπορεί να διαβάσει τον φάκελο των αντιγράφων ασφαλείας μπορεί να διαβάσει τα δεδομένα των συμμετεχόντων που περιέχει. Να κρυπτογραφηθεί τώρα με τη φράση πρόσβασης;</numerusform>
            <numerusform>%n προηγούμενα αντίγραφα ασφαλείας δεν είναι κρυπτογραφημένα: όποιος μπορεί να διαβάσει τον φάκελο των αντιγράφων ασφαλείας μπορεί να διαβάσει τα δεδομένα των συμμετεχόντων που περιέχουν. Να κρυπτογραφηθούν τώρα με τη φράση πρόσβασης;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be encrypted; they are as they were.</source>
        <translation>
            <numerusform>%n αντίγραφο ασφαλείας δεν ήταν δυνατό να κρυπτογραφηθεί· έμεινε όπως ήταν.</numerusform>
            <numerusform>%n αντίγραφα ασφαλείας δεν ήταν δυνατό να κρυπτογραφηθούν· έμειναν όπως ήταν.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptedBackups</name>
    <message>
        <source>Encrypted: what it holds shows once restored with its passphrase</source>
        <translation>Κρυπτογραφημένο: το περιεχόμενο φαίνεται μετά την επαναφορά</translation>
    </message>
    <message>
        <source>Encrypted Planner backups (*.encrypted)</source>
        <translation>Κρυπτογραφημένα αντίγραφα ασφαλείας του Planner (*.encrypted)</translation>
    </message>
    <message>
        <source>the encrypted backup of {made}</source>
        <translation>το κρυπτογραφημένο αντίγραφο ασφαλείας της {made}</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Φράση πρόσβασης του αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <source>{file} is encrypted. Type the passphrase it was made with: a backup made before the passphrase was changed opens only with the earlier one.</source>
        <translation>Το {file} είναι κρυπτογραφημένο. Πληκτρολογήστε τη φράση πρόσβασης με την οποία δημιουργήθηκε: ένα αντίγραφο που δημιουργήθηκε πριν από την αλλαγή της φράσης ανοίγει μόνο με την προηγούμενη.</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup; nothing was changed.</source>
        <translation>Αυτή η φράση πρόσβασης δεν ανοίγει το αντίγραφο ασφαλείας· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Δεν είναι δυνατή η επαναφορά του αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <source>Passphrase of the backups</source>
        <translation>Φράση πρόσβασης των αντιγράφων ασφαλείας</translation>
    </message>
    <message>
        <source>Your backups are encrypted. No keyring on this computer keeps the passphrase, so Planner asks for it once each time it starts. Without it, no backup is made.</source>
        <translation>Τα αντίγραφα ασφαλείας σας είναι κρυπτογραφημένα. Καμία κλειδοθήκη σε αυτόν τον υπολογιστή δεν φυλάσσει τη φράση πρόσβασης, γι’ αυτό το Planner τη ζητά μία φορά σε κάθε εκκίνηση. Χωρίς αυτήν δεν δημιουργείται αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>This passphrase does not open your newest backup ({file}).</source>
        <translation>Αυτή η φράση πρόσβασης δεν ανοίγει το πιο πρόσφατο αντίγραφο ασφαλείας σας ({file}).</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Εμφάνιση των χαρακτήρων</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Φράση πρόσβασης:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Επανά&amp;ληψη:</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>Η φράση πρόσβασης χρειάζεται τουλάχιστον {count} χαρακτήρες.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Οι δύο φράσεις πρόσβασης διαφέρουν.</translation>
    </message>
</context>
<context>
    <name>ProtectedExport</name>
    <message>
        <source>Excel workbook, protected with a passphrase (*.xlsx.zip)</source>
        <translation>Βιβλίο εργασίας Excel, προστατευμένο με φράση πρόσβασης (*.xlsx.zip)</translation>
    </message>
    <message>
        <source>CSV, protected with a passphrase (*.csv.zip)</source>
        <translation>CSV, προστατευμένο με φράση πρόσβασης (*.csv.zip)</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Προστασία με φράση πρόσβασης</translation>
    </message>
    <message>
        <source>{file} is written as a ZIP archive encrypted with AES-256. The recipient opens it with 7-Zip or any tool that reads AES-encrypted ZIP files, using this passphrase: give it to them another way than the file (by phone, or in a separate message).</source>
        <translation>Το {file} γράφεται ως αρχείο ZIP κρυπτογραφημένο με AES-256. Ο παραλήπτης το ανοίγει με το 7-Zip ή με οποιοδήποτε εργαλείο διαβάζει αρχεία ZIP κρυπτογραφημένα με AES, χρησιμοποιώντας αυτή τη φράση πρόσβασης: δώστε του τη με άλλον τρόπο από το αρχείο (τηλεφωνικά ή σε ξεχωριστό μήνυμα).</translation>
    </message>
    <message>
        <source>Exported the participants of “{title}” to {file}, protected with a passphrase</source>
        <translation>Οι συμμετέχοντες της «{title}» εξήχθησαν στο {file}, με προστασία φράσης πρόσβασης</translation>
    </message>
</context>
</TS>
