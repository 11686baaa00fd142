"""Message templates: those shipped with Planner (files under
resources/templates, read-only) and the user's own (rows of the database).

A shipped template is a text file: a ``Name:`` line, a ``Subject:`` line,
a blank line, then the body. The user changes one by copying it; the copy
is their own. Names are unique whatever their case, across both kinds.

A shipped template is written in each of Planner's languages: the English
file names it, and ``resources/templates/<language>/`` holds the file of
the same name in that language (its ``Name:`` says what the template is in
that language; the English name stays the one it is chosen by).
``in_language`` gives the version to send a reader; a template of the
user's own is sent as it was typed."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from planner import config
from planner.db.models import MessageTemplate
from planner.services.errors import InvalidInput, NotFound
from planner.services.language import SOURCE_LANGUAGE, language_code, say
from planner.services.template_text import check

NAME_LIMIT = 100


@dataclass(frozen=True)
class Template:
    name: str
    subject: str
    body: str
    id: int | None = None  # the user's own; None: shipped with Planner
    file_name: str = ""  # a shipped template's file: "1-practical-information.txt"
    language: str = ""  # the language it is written in, when known ("en" for those shipped)

    @property
    def shipped(self) -> bool:
        return self.id is None


def _read_shipped(path: Path, language: str = SOURCE_LANGUAGE) -> Template:
    head, _, body = path.read_text("utf-8").partition("\n\n")
    fields = dict(line.split(": ", 1) for line in head.splitlines())
    return Template(fields["Name"].strip(), fields["Subject"].strip(), body, None, path.name, language)


@cache
def shipped_templates() -> tuple[Template, ...]:
    """The templates that come with Planner, in the order of their files."""
    folder = config.resource_path("templates")
    return tuple(_read_shipped(path) for path in sorted(folder.glob("*.txt")))


@cache
def _translated(file_name: str, language: str) -> Template | None:
    path = config.resource_path("templates", language, file_name)
    return _read_shipped(path, language) if path.is_file() else None


def in_language(template: Template, language: str) -> Template:
    """The version of ``template`` to send a reader of ``language``: a
    shipped template in that language (named as in English, the name it is
    chosen and recorded by), else the template as it is."""
    code = language_code(language)
    if not template.shipped or code == SOURCE_LANGUAGE:
        return template
    translated = _translated(template.file_name, code)
    if translated is None:
        return template
    return Template(template.name, translated.subject, translated.body, None, template.file_name, code)


def translated_name(template: Template, language: str) -> str:
    """What a shipped template is called in ``language`` ("Praktische
    Informationen (eine Woche vorher)"); its own name otherwise."""
    code = language_code(language)
    translated = _translated(template.file_name, code) if template.shipped and code != SOURCE_LANGUAGE else None
    return translated.name if translated is not None else template.name


def _own(row: MessageTemplate) -> Template:
    return Template(row.name, row.subject, row.body, row.id)


def own_templates(session: Session) -> list[Template]:
    rows = session.scalars(select(MessageTemplate).order_by(func.lower(col(MessageTemplate.name))))
    return [_own(row) for row in rows]


def all_templates(session: Session) -> list[Template]:
    """Shipped first, then the user's own by name."""
    return [*shipped_templates(), *own_templates(session)]


def find_template(session: Session, name: str) -> Template:
    """The template called ``name`` (case ignored), or an error listing the
    names there are."""
    wanted = name.strip().casefold()
    templates = all_templates(session)
    for template in templates:
        if template.name.casefold() == wanted:
            return template
    known = ", ".join(f"'{template.name}'" for template in templates)
    raise NotFound(
        say(
            "template '{name}': there is no template of that name; the templates are {known}",
            name=name.strip(),
            known=known,
        )
    )


def _checked_name(session: Session, name: str, template_id: int | None) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("name", say("a template needs a name"))
    if len(name) > NAME_LIMIT:
        raise InvalidInput("name", say("at most {most} characters", most=NAME_LIMIT))
    for template in all_templates(session):
        if template.name.casefold() == name.casefold() and (template.id is None or template.id != template_id):
            if template.shipped:
                raise InvalidInput(
                    "name", say("'{name}' is the name of a template shipped with Planner; choose another", name=name)
                )
            raise InvalidInput("name", say("'{name}' is the name of another template; choose another", name=name))
    return name


def normalise_template(_session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    """A template row as undo would write it back: its text must still be
    one Planner can fill in."""
    check(str(raw.get("subject", "")), str(raw.get("body", "")))
    return raw


def _row(session: Session, template_id: int) -> MessageTemplate:
    row = session.get(MessageTemplate, template_id)
    if row is None:
        raise NotFound(
            say("template {id}: no such template of your own (those shipped cannot be changed)", id=template_id)
        )
    return row


def create_template(session: Session, name: str, subject: str, body: str) -> MessageTemplate:
    check(subject, body)
    row = MessageTemplate(name=_checked_name(session, name, None), subject=subject.strip(), body=body)
    session.add(row)
    session.flush()
    return row


def update_template(
    session: Session, template_id: int, *, name: str | None = None, subject: str | None = None, body: str | None = None
) -> MessageTemplate:
    row = _row(session, template_id)
    new_subject = row.subject if subject is None else subject.strip()
    new_body = row.body if body is None else body
    check(new_subject, new_body)
    if name is not None:
        row.name = _checked_name(session, name, template_id)
    row.subject, row.body = new_subject, new_body
    session.flush()
    return row


def delete_template(session: Session, template_id: int) -> None:
    session.delete(_row(session, template_id))
    session.flush()


def free_name(session: Session, wanted: str) -> str:
    """``wanted``, or ``wanted (2)``, ``(3)``… whichever no template has."""
    taken = {template.name.casefold() for template in all_templates(session)}
    base = " ".join(wanted.split())[: NAME_LIMIT - 5] or "Template"
    candidate, number = base, 2
    while candidate.casefold() in taken:
        candidate, number = f"{base} ({number})", number + 1
    return candidate


def copy_template(session: Session, name: str) -> MessageTemplate:
    """A template of the user's own with the text of the one called
    ``name`` (shipped or not), named "Copy of …"."""
    original = find_template(session, name)
    return create_template(session, free_name(session, f"Copy of {original.name}"), original.subject, original.body)
