"""Grey hints in empty fields read as hints ("e.g. airline"), never as a
value someone entered: a Kraków event's travel dialog showed "Aegean
Airlines" and "Hotel Isarbogen Garten"."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from planner.ui.agenda.item_dialog import item_fields
from planner.ui.directory.dialogs import person_fields
from planner.ui.forms import FormWidget
from planner.ui.logistics.dialogs import cost_fields, leg_fields, stay_fields
from planner.ui.mail_settings_dialog import MailSettingsDialog
from planner.ui.minutes.dialogs import outcome_fields
from planner.ui.overview import OverviewTab

# Hints that say what to do rather than show an example.
INSTRUCTIONS = ("One ", "ISO code", "Only ")


def _hints(widgets) -> dict[str, str]:
    return {
        name: widget.placeholderText()
        for name, widget in widgets.items()
        if isinstance(widget, (QLineEdit, QPlainTextEdit)) and widget.placeholderText()
    }


def _reads_as_a_hint(text: str) -> bool:
    return text.startswith("e.g. ") or text.startswith(INSTRUCTIONS)


def test_every_dialog_hint_reads_as_a_hint(qtbot):
    people = [(1, "Anna Nowak")]
    forms = {
        "travel leg": leg_fields(people),
        "stay": stay_fields(people),
        "cost": cost_fields(people),
        "agenda item": item_fields([]),
        "outcome": outcome_fields(people, [], []),
        "person": person_fields([]),
    }
    looking_like_data = {}
    for what, fields in forms.items():
        form = FormWidget(fields)
        qtbot.addWidget(form)
        looking_like_data |= {
            f"{what}: {name}": hint for name, hint in _hints(form.widgets).items() if not _reads_as_a_hint(hint)
        }
    assert looking_like_data == {}


def test_the_overview_hints_read_as_hints(context, qtbot):
    overview = OverviewTab(context)
    qtbot.addWidget(overview)
    hints = _hints(overview.form.widgets)
    assert hints and all(_reads_as_a_hint(hint) for hint in hints.values()), hints


def test_the_mail_settings_hints_read_as_hints_and_labels_match_the_other_forms(context, qtbot):
    """An empty mail server showed "smtp.example.org", as if one were set."""
    dialog = MailSettingsDialog(context)
    qtbot.addWidget(dialog)
    hints = {
        line.objectName() or line.placeholderText(): line.placeholderText()
        for line in (dialog.host, dialog.sender_name, dialog.sender_email)
    }
    assert all(hint.startswith("e.g. ") for hint in hints.values()), hints
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    assert "&Mail server" in labels and not any(text.endswith(":") for text in labels)
