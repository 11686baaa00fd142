"""How Planner names a person whose name was removed (anonymised on their
request, or with their event): "a participant from HBio", or "a
participant" without an organisation. The one wording for it, used by the
window, the lists and the documents alike."""

from __future__ import annotations

from planner.services.language import PLANNER_DOMAIN, interface_language, marked, wording


def anonymous_name(organisation: str, language: str | None = None) -> str:
    """``language``: a document's; None for the window's."""
    words = wording(language or interface_language(), PLANNER_DOMAIN)
    if organisation.strip():
        return words.gettext(marked("a participant from {organisation}")).format(organisation=organisation.strip())
    return words.gettext(marked("a participant"))


def shown_name(name: str, organisation: str, language: str | None = None) -> str:
    """``name`` as written, or the anonymous wording when it was removed
    (an anonymised person has no name left)."""
    return name if name.strip() else anonymous_name(organisation, language)
