<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>BackupProtectionBox</name>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>&amp;Encrypt backups with a passphrase</source>
        <translation>&amp;Szyfruj kopie zapasowe hasłem</translation>
    </message>
    <message>
        <source>An encrypted backup opens only with the passphrase it was made with. After a change, new backups use the new passphrase; older ones still open with the old one. Nobody, Planner included, can restore a backup whose passphrase is lost.</source>
        <translation>Zaszyfrowaną kopię zapasową otwiera tylko hasło, którym ją utworzono. Po zmianie hasła nowe kopie używają nowego; starsze nadal otwiera stare. Nikt, także Planner, nie przywróci kopii, której hasło zostało utracone.</translation>
    </message>
    <message>
        <source>Passphrase of the backups</source>
        <translation>Hasło kopii zapasowych</translation>
    </message>
    <message>
        <source>Backups made from now on are encrypted with this passphrase. Keep it somewhere safe (a password manager): without it, no backup can be restored.</source>
        <translation>Kopie zapasowe tworzone od teraz będą szyfrowane tym hasłem. Należy je przechowywać w bezpiecznym miejscu (np. w menedżerze haseł): bez niego nie można przywrócić żadnej kopii.</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Zmień &amp;hasło…</translation>
    </message>
    <message>
        <source>Set the &amp;passphrase…</source>
        <translation>Ustaw &amp;hasło…</translation>
    </message>
    <message>
        <source>The passphrase is taken from {variable} in the environment.</source>
        <translation>Hasło jest pobierane ze zmiennej środowiskowej {variable}.</translation>
    </message>
    <message>
        <source>No usable keyring on this computer: Planner asks for the passphrase once each time it starts.</source>
        <translation>Na tym komputerze nie ma działającego pęku kluczy: Planner pyta o hasło raz przy każdym uruchomieniu.</translation>
    </message>
    <message>
        <source>The passphrase is kept in the system keyring ({keyring}), never in a file.</source>
        <translation>Hasło jest przechowywane w systemowym pęku kluczy ({keyring}), nigdy w pliku.</translation>
    </message>
    <message>
        <source>The new passphrase is kept when you press OK.</source>
        <translation>Nowe hasło zostanie zapisane po naciśnięciu OK.</translation>
    </message>
    <message>
        <source>Cannot keep the choice</source>
        <translation>Nie można zapisać wyboru</translation>
    </message>
    <message>
        <source>Encrypt the backups made before?</source>
        <translation>Zaszyfrować wcześniejsze kopie zapasowe?</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made before are not encrypted: anyone who can read the backup folder can read the participants&apos; data in them. Encrypt them now with the passphrase?</source>
        <translation>
            <numerusform>%n wcześniejsza kopia zapasowa nie jest zaszyfrowana: każdy, kto ma dostęp do folderu kopii zapasowych, może odczytać zawarte w niej dane uczestników. Zaszyfrować ją teraz hasłem?</numerusform>
            <numerusform>%n wcześniejsze kopie zapasowe nie są zaszyfrowane: każdy, kto ma dostęp do folderu kopii zapasowych, może odczytać zawarte w nich dane uczestników. Zaszyfrować je teraz hasłem?</numerusform>
            <numerusform>%n wcześniejszych kopii zapasowych nie jest zaszyfrowanych: każdy, kto ma dostęp do folderu kopii zapasowych, może odczytać zawarte w nich dane uczestników. Zaszyfrować je teraz hasłem?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be encrypted; they are as they were.</source>
        <translation>
            <numerusform>%n kopii zapasowej nie udało się zaszyfrować; pozostała bez zmian.</numerusform>
            <numerusform>%n kopii zapasowych nie udało się zaszyfrować; pozostały bez zmian.</numerusform>
            <numerusform>%n kopii zapasowych nie udało się zaszyfrować; pozostały bez zmian.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptedBackups</name>
    <message>
        <source>Encrypted: what it holds shows once restored with its passphrase</source>
        <translation>Zaszyfrowana: zawartość widać po przywróceniu jej hasłem</translation>
    </message>
    <message>
        <source>Encrypted Planner backups (*.encrypted)</source>
        <translation>Zaszyfrowane kopie zapasowe Planner (*.encrypted)</translation>
    </message>
    <message>
        <source>the encrypted backup of {made}</source>
        <translation>zaszyfrowaną kopię zapasową z {made}</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Hasło kopii zapasowej</translation>
    </message>
    <message>
        <source>{file} is encrypted. Type the passphrase it was made with: a backup made before the passphrase was changed opens only with the earlier one.</source>
        <translation>Plik {file} jest zaszyfrowany. Wpisz hasło, którym go utworzono: kopia utworzona przed zmianą hasła otwiera się tylko poprzednim hasłem.</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup; nothing was changed.</source>
        <translation>To hasło nie otwiera kopii zapasowej; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Nie można przywrócić kopii zapasowej</translation>
    </message>
    <message>
        <source>Passphrase of the backups</source>
        <translation>Hasło kopii zapasowych</translation>
    </message>
    <message>
        <source>Your backups are encrypted. No keyring on this computer keeps the passphrase, so Planner asks for it once each time it starts. Without it, no backup is made.</source>
        <translation>Kopie zapasowe są szyfrowane. Żaden pęk kluczy na tym komputerze nie przechowuje hasła, więc Planner pyta o nie raz przy każdym uruchomieniu. Bez niego kopie zapasowe nie są tworzone.</translation>
    </message>
    <message>
        <source>This passphrase does not open your newest backup ({file}).</source>
        <translation>To hasło nie otwiera najnowszej kopii zapasowej ({file}).</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Pokaż wpisywany tekst</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Po&amp;wtórz:</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>Hasło musi mieć co najmniej {count} znaków.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Oba hasła się różnią.</translation>
    </message>
</context>
<context>
    <name>ProtectedExport</name>
    <message>
        <source>Excel workbook, protected with a passphrase (*.xlsx.zip)</source>
        <translation>Skoroszyt Excel chroniony hasłem (*.xlsx.zip)</translation>
    </message>
    <message>
        <source>CSV, protected with a passphrase (*.csv.zip)</source>
        <translation>CSV chroniony hasłem (*.csv.zip)</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Zabezpiecz hasłem</translation>
    </message>
    <message>
        <source>{file} is written as a ZIP archive encrypted with AES-256. The recipient opens it with 7-Zip or any tool that reads AES-encrypted ZIP files, using this passphrase: give it to them another way than the file (by phone, or in a separate message).</source>
        <translation>Plik {file} zostanie zapisany jako archiwum ZIP zaszyfrowane algorytmem AES-256. Odbiorca otworzy je programem 7-Zip lub dowolnym narzędziem obsługującym archiwa ZIP szyfrowane AES, podając to hasło: należy je przekazać inną drogą niż plik (telefonicznie lub w osobnej wiadomości).</translation>
    </message>
    <message>
        <source>Exported the participants of “{title}” to {file}, protected with a passphrase</source>
        <translation>Wyeksportowano uczestników wydarzenia „{title}” do pliku {file}, chronionego hasłem</translation>
    </message>
</context>
</TS>
