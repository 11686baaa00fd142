"""The user's own message templates: made, changed, copied and deleted as
undoable steps. Those shipped with Planner are read-only: copying one makes
a template of the user's own to change."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from planner.operations.base import Operation
from planner.services import templates
from planner.services.common import id_of
from planner.services.language import marked


@dataclass(frozen=True)
class AddTemplate(Operation[int]):
    """A new template of the user's own; its id."""

    name: str
    subject: str = ""
    body: str = ""
    label = marked("Add message template")

    def run(self, session: Session) -> int:
        return id_of(templates.create_template(session, self.name, self.subject, self.body))


@dataclass(frozen=True)
class ChangeTemplate(Operation[int]):
    """Change the name, subject or body of a template of the user's own
    (None: left as it is); its id. Typing in one field again and again is
    one undo step."""

    template_id: int
    name: str | None = None
    subject: str | None = None
    body: str | None = None
    label = marked("Change message template")

    def run(self, session: Session) -> int:
        templates.update_template(session, self.template_id, name=self.name, subject=self.subject, body=self.body)
        return self.template_id

    def merge_key(self) -> tuple[str, int, bool, bool, bool]:
        return ("template", self.template_id, self.name is None, self.subject is None, self.body is None)


@dataclass(frozen=True)
class CopyTemplate(Operation[int]):
    """A template of the user's own with the text of the one called
    ``name`` (shipped or not), named "Copy of …"; its id."""

    name: str
    label = marked("Copy message template")

    def run(self, session: Session) -> int:
        return id_of(templates.copy_template(session, self.name))


@dataclass(frozen=True)
class DeleteTemplate(Operation[None]):
    """Delete a template of the user's own; the record of messages made
    from it keeps its name."""

    template_id: int
    label = marked("Delete message template")

    def run(self, session: Session) -> None:
        templates.delete_template(session, self.template_id)
