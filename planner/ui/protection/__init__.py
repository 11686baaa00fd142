"""Encrypted backups and passphrase-protected exports in the window: the
passphrase dialog, the Backups part of Preferences, what the backups list
and a restore need, and the protected participant-list export."""
