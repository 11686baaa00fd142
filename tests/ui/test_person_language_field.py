"""The person's form offers their preferred language: the seven languages
each named in itself, and "Not known"; the choice is kept, and shown again."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from sqlalchemy import select

from planner.db.models import Person
from planner.ui.directory.dialogs import PersonDialog


def test_the_language_is_chosen_among_the_seven_named_in_themselves(context, qtbot):
    dialog = PersonDialog(context, None)
    qtbot.addWidget(dialog)
    combo = dialog.form.widget("language", QComboBox)
    assert [combo.itemText(index) for index in range(combo.count())] == [
        "Not known",
        "English",
        "Español",
        "Deutsch",
        "Français",
        "Italiano",
        "Polski",
        "Ελληνικά",
    ]
    assert combo.currentText() == "Not known"
    dialog.form.set_values({"given_name": "Κατερίνα", "family_name": "Ιωάννου"})
    combo.setCurrentIndex(combo.findText("Ελληνικά"))
    dialog.accept()
    with context.read() as session:
        person = session.scalars(select(Person).where(Person.family_name == "Ιωάννου")).one()
    assert person.language == "el"

    again = PersonDialog(context, person.id)
    qtbot.addWidget(again)
    assert again.form.widget("language", QComboBox).currentText() == "Ελληνικά"
    again.form.widget("language", QComboBox).setCurrentIndex(0)
    again.accept()
    with context.read() as session:
        assert session.get(Person, person.id).language == ""
