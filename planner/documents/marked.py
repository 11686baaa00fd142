"""``N_`` marks text kept in a table at module level for the documents'
catalogue; it is translated where it is printed. (A module of its own, so
that marking loads nothing: the command line's options use it.)"""


def N_(text: str) -> str:  # gettext's name for "marked, translated later"
    return text
