"""Evidence for funders: a programme's details (logos, funding statement,
grant agreement number), whether an event's sheets are signed morning and
afternoon, and who was present on which day."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlmodel import Session

from planner.errors import PlannerError
from planner.operations.base import Operation
from planner.services import attendance, events, programmes
from planner.services.language import marked, say
from planner.services.programmes import ProgrammeDetails


def _programme(session: Session, name: str) -> ProgrammeDetails:
    return programmes.programme_named(session, name) or ProgrammeDetails(name)


@dataclass(frozen=True)
class SaveProgramme(Operation[ProgrammeDetails]):
    """Record what the documents of a programme's events say of its
    funding: the funding statement and the grant agreement number (its
    pictures stay as they are)."""

    name: str
    funding_statement: str = ""
    grant_number: str = ""
    label = marked("Change programme details")

    def run(self, session: Session) -> ProgrammeDetails:
        wanted = replace(
            _programme(session, self.name), funding_statement=self.funding_statement, grant_number=self.grant_number
        )
        return programmes.save_programme(session, wanted)


@dataclass(frozen=True)
class ChangeProgramme(Operation[ProgrammeDetails]):
    """Everything of a programme at once, pictures (PNG or JPEG bytes, None
    for none) included: the window's Programme details, one step."""

    name: str
    funding_statement: str
    grant_number: str
    logo: bytes | None
    emblem: bytes | None
    label = marked("Change programme details")

    def run(self, session: Session) -> ProgrammeDetails:
        return programmes.save_programme(
            session, ProgrammeDetails(self.name, self.funding_statement, self.grant_number, self.logo, self.emblem)
        )


@dataclass(frozen=True)
class SetProgrammeImage(Operation[ProgrammeDetails]):
    """Keep a picture (PNG or JPEG bytes) as the programme's logo
    (``which`` = logo) or the funder's emblem (emblem); None removes it."""

    name: str
    which: str
    data: bytes | None
    label = marked("Change programme logo")

    def run(self, session: Session) -> ProgrammeDetails:
        if self.which not in programmes.IMAGES:
            raise PlannerError(f"{self.which}: a programme has a logo and an emblem")
        current = _programme(session, self.name)
        wanted = replace(current, logo=self.data) if self.which == "logo" else replace(current, emblem=self.data)
        return programmes.save_programme(session, wanted)


@dataclass(frozen=True)
class ImportProgrammeImage(Operation[ProgrammeDetails]):
    """Import a PNG or JPEG file as the programme's logo (``which`` = logo)
    or the funder's emblem (emblem)."""

    name: str
    which: str
    path: Path
    label = marked("Import programme logo")

    def run(self, session: Session) -> ProgrammeDetails:
        try:
            data = self.path.read_bytes()
        except OSError as error:
            raise PlannerError(
                say("{path}: cannot be read ({reason})", path=self.path, reason=error.strerror)
            ) from error
        return SetProgrammeImage(self.name, self.which, data).run(session)


@dataclass(frozen=True)
class SignInHalves(Operation[None]):
    """Whether the event's signature sheets have a morning and an
    afternoon column for each day."""

    event_id: int
    halves: bool
    label = marked("Change signature sheets")

    def run(self, session: Session) -> None:
        events.update_event(session, self.event_id, attendance_halves=self.halves)


@dataclass(frozen=True)
class MarkPresent(Operation[bool]):
    """Mark a participant present (or, with present=no, not present) on
    one day of the event, or one half of it; ticked at the door or taken
    from a signed sheet (source = door or sheet)."""

    event_id: int
    person_id: int
    day: date
    part: str = attendance.WHOLE_DAY
    present: bool = True
    source: str = "door"

    @property
    def label(self) -> str:
        return marked("Mark present") if self.present else marked("Mark not present")

    def run(self, session: Session) -> bool:
        return attendance.set_present(
            session, self.event_id, self.person_id, self.day, self.part, self.present, self.source
        )


@dataclass(frozen=True)
class RecordSignedSheet(Operation[int]):
    """What a signed sheet says for one day (and part of it): exactly these
    participants (person ids) signed. Returns how many marks changed."""

    event_id: int
    day: date
    person_ids: frozenset[int]
    part: str = attendance.WHOLE_DAY
    label = marked("Record signed sheet")

    def run(self, session: Session) -> int:
        return attendance.record_sheet(session, self.event_id, self.day, self.part, self.person_ids)
