"""Operations on the Directory of people and organisations shared by all
events, and what deleting one of them would do, found before the user is
asked."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from planner.operations.base import Operation
from planner.services import directory
from planner.services.common import id_of
from planner.services.language import marked, say, say_n

# -- people -------------------------------------------------------------------


@dataclass(frozen=True)
class AddPerson(Operation[int]):
    """A new person from their fields; their id. An organisation typed in by
    name (``organisation_name``) rather than picked is the Directory's one
    of that name, or a new one made in the same step (one undo step)."""

    fields: Mapping[str, Any]
    organisation_name: str = ""
    label = marked("Add person")

    def run(self, session: Session) -> int:
        fields = directory.with_organisation(session, dict(self.fields), self.organisation_name)
        return id_of(directory.create_person(session, **fields))


@dataclass(frozen=True)
class ChangePerson(Operation[int]):
    """Change some fields of a person (an organisation typed in by name as
    for ``AddPerson``); their id."""

    person_id: int
    changes: Mapping[str, Any]
    organisation_name: str = ""
    label = marked("Change person")

    def run(self, session: Session) -> int:
        changes = directory.with_organisation(session, dict(self.changes), self.organisation_name)
        directory.update_person(session, self.person_id, **changes)
        return self.person_id


@dataclass(frozen=True)
class DeletePerson(Operation[None]):
    """Delete a person whom nothing refers to; refused, saying what does,
    otherwise. The records of invitations sent to them keep the address but
    lose the link to the person (the database clears it); undo brings it back."""

    person_id: int
    label = marked("Delete person")

    def run(self, session: Session) -> None:
        directory.delete_person(session, self.person_id)


# -- organisations ------------------------------------------------------------


def new_organisation_values() -> dict[str, Any]:
    """What the form for a new organisation proposes: the organisations of a
    partner network are mostly clusters."""
    return {"kind": "cluster"}


@dataclass(frozen=True)
class AddOrganisation(Operation[int]):
    """A new organisation from its fields; its id."""

    fields: Mapping[str, Any]
    label = marked("Add organisation")

    def run(self, session: Session) -> int:
        return id_of(directory.create_organisation(session, **self.fields))


@dataclass(frozen=True)
class ChangeOrganisation(Operation[int]):
    """Change some fields of an organisation; its id."""

    organisation_id: int
    changes: Mapping[str, Any]
    label = marked("Change organisation")

    def run(self, session: Session) -> int:
        directory.update_organisation(session, self.organisation_id, **self.changes)
        return self.organisation_id


@dataclass(frozen=True)
class DeleteOrganisation(Operation[None]):
    """Delete an organisation. Refused while events or minutes refer to it,
    and while it has members unless ``detach_members`` (the user agreed)
    leaves them in the Directory without an organisation."""

    organisation_id: int
    detach_members: bool = False
    label = marked("Delete organisation")

    def run(self, session: Session) -> None:
        directory.delete_organisation(session, self.organisation_id, detach_members=self.detach_members)


# -- deleting, as the user is asked about it -----------------------------------


@dataclass(frozen=True)
class Deletion:
    """Deleting a person or an organisation: the operation that does it, and
    the question to ask first. No question ("") when something refers to
    it: the operation is then refused and says what, without asking."""

    operation: DeletePerson | DeleteOrganisation
    question: str


def person_deletion(session: Session, person_id: int) -> Deletion:
    operation = DeletePerson(person_id)
    if directory.person_references(session, person_id):
        return Deletion(operation, "")
    return Deletion(operation, say("Delete {name} from the Directory?", name=directory.person_name(session, person_id)))


def organisation_deletion(session: Session, organisation_id: int) -> Deletion:
    """Members alone do not stop an organisation from going: the user is
    told they stay, without an organisation, and the deletion detaches them."""
    references = directory.organisation_references(session, organisation_id)
    members = references.pop("members", 0)
    if references:
        return Deletion(DeleteOrganisation(organisation_id), "")
    name = directory.organisation_values(session, organisation_id)["name"]
    question = say("Delete {name} from the Directory?", name=name)
    if members:
        question += "\n\n" + say_n(
            "Its member stays in the Directory, without an organisation.",
            "Its {count} members stay in the Directory, without an organisation.",
            members,
        )
    return Deletion(DeleteOrganisation(organisation_id, detach_members=bool(members)), question)
