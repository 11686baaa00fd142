"""The person's form offers their gender: not stated (the default),
woman, man or another; the choice is kept, shown again, and counted."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from sqlalchemy import select

from planner.db.models import Person
from planner.ui.directory.dialogs import PersonDialog


def test_the_gender_is_not_stated_until_chosen_and_is_kept(context, qtbot):
    dialog = PersonDialog(context, None)
    qtbot.addWidget(dialog)
    combo = dialog.form.widget("gender", QComboBox)
    assert [combo.itemText(index) for index in range(combo.count())] == ["Not stated", "Woman", "Man", "Another"]
    assert combo.currentText() == "Not stated"
    dialog.form.set_values({"given_name": "Κατερίνα", "family_name": "Ιωάννου"})
    combo.setCurrentIndex(combo.findText("Woman"))
    dialog.accept()
    with context.read() as session:
        person = session.scalars(select(Person).where(Person.family_name == "Ιωάννου")).one()
    assert person.gender == "woman"

    again = PersonDialog(context, person.id)
    qtbot.addWidget(again)
    assert again.form.widget("gender", QComboBox).currentText() == "Woman"
    again.form.widget("gender", QComboBox).setCurrentIndex(0)
    again.accept()
    with context.read() as session:
        assert session.get(Person, person.id).gender == ""
