"""Every text the window shows is marked for translation: a string literal
handed to one of Qt's text calls (setText, setToolTip, QLabel(...),
QMessageBox.warning(...) ...) outside translate()/QT_TRANSLATE_NOOP is
English a German user would read. Each file of planner/ui is checked on
its own, and a failure names the file and line of every such literal."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parent.parent / "planner" / "ui"

# Qt's calls (and Planner's own) whose string arguments are shown to the user.
TEXT_CALLS = frozenset(
    {
        "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setWindowTitle", "setPlaceholderText",
        "setAccessibleName", "setAccessibleDescription", "addTab", "insertTab", "setTabText", "setTabToolTip",
        "addMenu", "addAction", "QAction", "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QGroupBox",
        "QRadioButton", "QMenu", "QCommandLinkButton", "showMessage", "setHeaderLabels",
        "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setItemText", "addItem", "addItems",
        "insertItem", "setTitle", "setIconText", "setLabelText", "setCancelButtonText", "setSpecialValueText",
        "setSuffix", "setPrefix", "setInformativeText", "setDetailedText", "setNameFilter", "setNameFilters",
        "setWindowIconText", "addRow", "addToolBar", "addButton", "QProgressDialog", "QListWidgetItem",
        "QTreeWidgetItem", "QStandardItem", "QTableWidgetItem", "information", "warning", "critical",
        "question", "about", "getText", "getItem", "getInt", "getSaveFileName", "getOpenFileName",
        "getOpenFileNames", "getExistingDirectory", "make_action", "Field", "FormDialog", "NoMatchLine",
        "searchable", "setHtml", "setMarkdown", "setPlainText", "setSectionTitle",
    }
)  # fmt: skip
# Keyword arguments of those calls that carry text (make_action's tip, Field's placeholder).
TEXT_KEYWORDS = frozenset({"text", "tip", "title", "label", "placeholder", "toolTip", "statusTip", "caption"})
# Calls with one text among data: addItem([icon,] text, data), insertItem(index, [icon,] text, data),
# Field(name, label, kind): where their text is.
DATA_AFTER_TEXT = frozenset({"addItem", "insertItem", "Field"})
# A logger's warning() and the like are not shown.
LOGGERS = frozenset({"log", "logger", "logging", "_log"})
MARKING = frozenset({"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "QT_TR_NOOP"})
# Words that are the same in every language: the program's name.
SAME_IN_EVERY_LANGUAGE = frozenset({"Planner"})


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


# Markup around words (translated elsewhere) is not words itself.
_MARKUP = re.compile(r"<[^>]*>|&[a-z]+;")
# A host, an address, a web address, a field's name: the same in every language.
_TECHNICAL = re.compile(r"[\w.@/:-]*[._@/][\w.@/:-]*")


def _has_words(text: str) -> bool:
    words = _MARKUP.sub("", text).strip()
    if words in SAME_IN_EVERY_LANGUAGE or _TECHNICAL.fullmatch(words):
        return False
    return any(character.isalpha() for character in words)


def _unmarked(node: ast.AST) -> list[ast.AST]:
    """The literals with words in an argument, outside any marking call."""
    if isinstance(node, ast.Call) and _call_name(node) in MARKING:
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node] if _has_words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        literal = "".join(part.value for part in node.values if isinstance(part, ast.Constant))
        found = [node] if _has_words(literal) else []
        return found + [hit for part in node.values if not isinstance(part, ast.Constant) for hit in _unmarked(part)]
    if isinstance(node, ast.Call):  # an argument made by a call: its own string arguments are not shown
        return [hit for argument in (node.func,) for hit in _unmarked(argument)]
    if isinstance(node, ast.Attribute | ast.Name | ast.Lambda):
        return []
    return [hit for child in ast.iter_child_nodes(node) for hit in _unmarked(child)]


def unmarked_texts(source: str) -> list[tuple[int, str]]:
    """(line, text) of each shown literal not marked for translation."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name not in TEXT_CALLS:
            continue
        receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
        if isinstance(receiver, ast.Name) and receiver.id in LOGGERS:
            continue
        arguments = list(node.args)
        if name in DATA_AFTER_TEXT:
            arguments = [_text_among_data(name, arguments)] if arguments else []
        arguments += [keyword.value for keyword in node.keywords if keyword.arg in TEXT_KEYWORDS]
        for argument in arguments:
            for hit in _unmarked(argument):
                text = hit.value if isinstance(hit, ast.Constant) else ast.unparse(hit)
                found.append((hit.lineno, str(text)))
    return sorted(set(found))


def _is_text(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant | ast.JoinedStr | ast.BinOp | ast.IfExp) or (
        isinstance(node, ast.Call) and _call_name(node) in MARKING
    )


def _text_among_data(name: str, arguments: list[ast.expr]) -> ast.expr:
    if name == "Field":
        return arguments[1] if len(arguments) > 1 else arguments[0]
    candidates = arguments[1:] if name == "insertItem" else arguments
    if len(candidates) > 1 and not _is_text(candidates[0]):  # an icon first
        return candidates[1]
    return candidates[0] if candidates else arguments[0]


def _ui_files() -> list[Path]:
    return sorted(path for path in UI.rglob("*.py") if "__pycache__" not in path.parts)


def _cases() -> list:
    return [pytest.param(path, id=str(path.relative_to(UI))) for path in _ui_files()]


@pytest.mark.parametrize("path", _cases())
def test_every_shown_string_is_marked_for_translation(path: Path):
    unmarked = unmarked_texts(path.read_text(encoding="utf-8"))
    where = "\n".join(f"{path.relative_to(UI.parent.parent)}:{line}: {text!r}" for line, text in unmarked)
    assert not unmarked, f"not marked for translation:\n{where}"


def test_the_check_finds_unmarked_texts_and_passes_marked_ones():
    source = (
        "from PySide6.QtCore import QCoreApplication\n"
        "translate = QCoreApplication.translate\n"
        'label = QLabel("Participants", self)\n'
        'box.addItem(translate("X", "Workshop"), "workshop")\n'
        'box.addItem("Meeting", "meeting")\n'
        'QMessageBox.warning(self, translate("X", "Cannot save"), f"Nothing was saved: {error}")\n'
        'action.setToolTip(translate("X", "Delete {name}").format(name=name))\n'
        'make_action(self, "&Quit", self.close, tip="Leave")\n'
        'widget.setObjectName("not shown")\n'
        'dialog.setWindowTitle("Planner")\n'
        'title.setText(f"<b>{name}</b> — {count}")\n'
        'host.setPlaceholderText("imap.example.org")\n'
        'heading.setText("<b>Heading</b>")\n'
    )
    assert unmarked_texts(source) == [
        (3, "Participants"),
        (5, "Meeting"),
        (6, "f'Nothing was saved: {error}'"),
        (8, "&Quit"),
        (8, "Leave"),
        (13, "<b>Heading</b>"),
    ]
