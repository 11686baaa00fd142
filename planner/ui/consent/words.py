"""The words of consent as the window shows them: the purposes, the
answers and the ways a consent is given (translated where shown)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.ui.marking import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

# In the order of services.consent.PURPOSES.
PURPOSES = {
    "shared_list": QT_TRANSLATE_NOOP("ConsentSection", "On the participant list given to others"),
    "photos": QT_TRANSLATE_NOOP("ConsentSection", "Photos"),
    "needs": QT_TRANSLATE_NOOP("ConsentSection", "Dietary and access needs kept for catering"),
    "contact_after": QT_TRANSLATE_NOOP("ConsentSection", "Contacted after the event"),
}
# given: True agreed, False refused, None never asked.
ANSWERS = (
    (None, QT_TRANSLATE_NOOP("ConsentSection", "Not asked")),
    (True, QT_TRANSLATE_NOOP("ConsentSection", "Agreed")),
    (False, QT_TRANSLATE_NOOP("ConsentSection", "Refused")),
)
WAYS = (
    ("", "—"),
    ("form", QT_TRANSLATE_NOOP("ConsentSection", "Form")),
    ("email", QT_TRANSLATE_NOOP("ConsentSection", "E-mail")),
    ("paper", QT_TRANSLATE_NOOP("ConsentSection", "Paper")),
    ("oral", QT_TRANSLATE_NOOP("ConsentSection", "Orally")),
)
# Why someone is not on a list given to others (services.consent).
WHY = {
    "refused": QT_TRANSLATE_NOOP("ConsentSection", "refused"),
    "withdrew": QT_TRANSLATE_NOOP("ConsentSection", "withdrew their consent"),
    "never_asked": QT_TRANSLATE_NOOP("ConsentSection", "never asked"),
}
# The consent columns of a participant list, as the import dialog names them.
COLUMN_FIELDS = {
    "consent_shared_list": QT_TRANSLATE_NOOP("ColumnChoices", "Consent to participant list"),
    "consent_photos": QT_TRANSLATE_NOOP("ColumnChoices", "Photo consent"),
    "consent_needs": QT_TRANSLATE_NOOP("ColumnChoices", "Consent to keep needs"),
    "consent_contact_after": QT_TRANSLATE_NOOP("ColumnChoices", "Consent to contact after"),
    "consent_date": QT_TRANSLATE_NOOP("ColumnChoices", "Consent date"),
}


def said(table: dict[str, str], key: str) -> str:
    """A word of one of the tables above, in the window's language."""
    return translate("ConsentSection", table[key])
