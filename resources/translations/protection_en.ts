<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BackupProtectionBox</name>
    <message numerus="yes">
        <source>%n backup(s) made before are not encrypted: anyone who can read the backup folder can read the participants' data in them. Encrypt them now with the passphrase?</source>
        <translation>
            <numerusform>%n backup made before is not encrypted: anyone who can read the backup folder can read the participants' data in it. Encrypt it now with the passphrase?</numerusform>
            <numerusform>%n backups made before are not encrypted: anyone who can read the backup folder can read the participants' data in them. Encrypt them now with the passphrase?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be encrypted; they are as they were.</source>
        <translation>
            <numerusform>%n backup could not be encrypted; it is as it was.</numerusform>
            <numerusform>%n backups could not be encrypted; they are as they were.</numerusform>
        </translation>
    </message>
</context>
</TS>