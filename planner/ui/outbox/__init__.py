"""Mail from the window: the list of who gets what and why, a preview of
each message, delivery through the mail server or into a folder, and the
report of what became of each message."""
