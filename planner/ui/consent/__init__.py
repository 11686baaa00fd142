"""What participants agreed to, in the window: the consent section of a
participant's dialog, the marks in the participant table, the event's
switch for lists given to others, and the note after a list is made."""
