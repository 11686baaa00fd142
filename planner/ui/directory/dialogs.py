"""Dialogs for a person and an organisation of the Directory. The person's
organisation is picked from the Directory or typed in: a new name creates
the organisation in the same edit (one undo step)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from planner.operations.directory import (
    AddOrganisation,
    AddPerson,
    ChangeOrganisation,
    ChangePerson,
    new_organisation_values,
)
from planner.services import directory
from planner.services.genders import gender_choices
from planner.services.language import LANGUAGES
from planner.ui.context import AppContext
from planner.ui.forms import Field, FormDialog, FormWidget
from planner.ui.health_data import mark_health_fields

translate = QCoreApplication.translate

NO_CHOICE = "—"
translate = QCoreApplication.translate


def language_choices() -> list[tuple[str, str]]:
    """Each language named in itself, as its speakers look for it, after
    "Not known" (messages to them are then in English)."""
    return [("", translate("PersonDialog", "Not known")), *LANGUAGES.items()]


def person_fields(organisations: list[tuple[int, str]]) -> list[Field]:
    return [
        Field(
            "honorific",
            translate("PersonDialog", "Honorific"),
            placeholder=translate("PersonDialog", "e.g. Dr., Ms., Prof."),
        ),
        Field("given_name", translate("PersonDialog", "Given name")),
        Field("family_name", translate("PersonDialog", "Family name")),
        Field(
            "organisation_id",
            translate("PersonDialog", "Organisation"),
            "reference",
            choices=organisations,
            aliases=("organisation",),
        ),
        Field("position", translate("PersonDialog", "Position")),
        Field("region", translate("PersonDialog", "Region")),
        Field("country", translate("PersonDialog", "Country"), "country"),
        Field("email", translate("PersonDialog", "E-mail")),
        Field("phone", translate("PersonDialog", "Phone")),
        Field(
            "dietary",
            translate("PersonDialog", "Dietary needs"),
            placeholder=translate("PersonDialog", "e.g. vegetarian, allergies"),
        ),
        Field(
            "accessibility",
            translate("PersonDialog", "Access needs"),
            placeholder=translate("PersonDialog", "e.g. wheelchair access"),
        ),
        Field("language", translate("PersonDialog", "Language"), "choice", choices=language_choices()),
        Field("gender", translate("PersonDialog", "Gender"), "choice", choices=gender_choices()),
    ]


def prepare_person_form(form: FormWidget) -> None:
    """Tell the user the organisation can be typed in."""
    combo = form.widget("organisation_id", QComboBox)
    typed = combo.lineEdit()
    assert typed is not None  # a reference field's combo is editable
    typed.setPlaceholderText(translate("PersonDialog", "Pick one, or type a new organisation's name"))
    combo.setToolTip(translate("PersonDialog", "Pick an organisation of the Directory, or type the name of a new one"))
    if combo.currentData() is None:
        combo.setEditText("")


def read_person(form: FormWidget) -> tuple[dict[str, Any], str]:
    """The person's fields, and the name of an organisation typed in that is
    not one of the list ("" when one was picked or none given)."""
    values = form.values()
    typed = ""
    if values["organisation_id"] is None:
        text = form.widget("organisation_id", QComboBox).currentText().strip()
        typed = "" if text == NO_CHOICE else text
    return values, typed


class PersonDialog(FormDialog):
    """New person (``person_id`` None) or a person's details. ``saved_id``
    holds the person's id after OK."""

    def __init__(self, context: AppContext, person_id: int | None = None, parent: QWidget | None = None):
        self.context = context
        self.person_id = person_id
        with context.read() as session:
            organisations = directory.organisation_choices(session)
            values = directory.person_values(session, person_id) if person_id is not None else None
        if person_id is None:
            title = translate("PersonDialog", "New person")
        else:
            title = translate("PersonDialog", "Person")
        super().__init__(title, person_fields(organisations), self._save, parent, values)
        prepare_person_form(self.form)
        mark_health_fields(self.form, context)
        self.saved_id: int | None = None

    def _save(self, _values: dict[str, Any]) -> int:
        fields, organisation_name = read_person(self.form)
        if self.person_id is None:
            self.saved_id = self.context.perform(AddPerson(fields, organisation_name))
        else:
            self.saved_id = self.context.perform(ChangePerson(self.person_id, fields, organisation_name))
        return self.saved_id


def organisation_fields() -> list[Field]:
    return [
        Field("name", translate("OrganisationDialog", "Name")),
        Field("kind", translate("OrganisationDialog", "Kind"), "choice", choices=directory.organisation_kinds()),
        Field("region", translate("OrganisationDialog", "Region")),
        Field("country", translate("OrganisationDialog", "Country"), "country"),
        Field("website", translate("OrganisationDialog", "Website")),
    ]


class OrganisationDialog(FormDialog):
    """New organisation (``organisation_id`` None) or an organisation's
    details. ``saved_id`` holds its id after OK."""

    def __init__(self, context: AppContext, organisation_id: int | None = None, parent: QWidget | None = None):
        self.context = context
        self.organisation_id = organisation_id
        if organisation_id is None:
            values = new_organisation_values()
        else:
            with context.read() as session:
                values = directory.organisation_values(session, organisation_id)
        if organisation_id is None:
            title = translate("OrganisationDialog", "New organisation")
        else:
            title = translate("OrganisationDialog", "Organisation")
        super().__init__(title, organisation_fields(), self._save, parent, values)
        self.saved_id: int | None = None

    def _save(self, values: dict[str, Any]) -> int:
        if self.organisation_id is None:
            self.saved_id = self.context.perform(AddOrganisation(values))
        else:
            self.saved_id = self.context.perform(ChangeOrganisation(self.organisation_id, values))
        return self.saved_id
