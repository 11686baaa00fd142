"""The encoding of a participant list in the window: the question when
the names read well in more than one code page (or in none), and the combo
in the import dialog that reads the file again in another one, so that the
preview shows the names as they will be stored."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QInputDialog, QWidget

from planner.exchange.participant_encoding import EncodingUnclear, choices, label

translate = QCoreApplication.translate


def ask_encoding(parent: QWidget, unclear: EncodingUnclear) -> str | None:
    """The codec the user chose, seeing a few names as each likely encoding
    reads them; None when cancelled."""
    items = [f"{reading.label}: {', '.join(reading.samples)}" for reading in unclear.readings]
    why = (
        translate("EncodingCombo", "In no encoding do all its names read well.")
        if unclear.none_reads_well
        else translate("EncodingCombo", "Its names read differently in each likely encoding.")
    )
    chosen, ok = QInputDialog.getItem(
        parent,
        translate("EncodingCombo", "Which encoding?"),
        translate(
            "EncodingCombo",
            "{file} does not say how its text is encoded. {why}\n"
            "Choose the one in which the names look right (the preview shows them all before anything is imported):",
        ).format(file=unclear.file_name, why=why),
        items,
        0,
        False,
    )
    if not ok or chosen not in items:
        return None
    return unclear.readings[items.index(chosen)].encoding


class EncodingCombo(QComboBox):
    """The encodings a text file can be read in, the current one selected;
    ``currentData()`` is the codec."""

    def __init__(self, current: str, parent: QWidget | None = None):
        super().__init__(parent)
        known = choices()
        if current not in dict(known):  # "UTF-8 with BOM", or one chosen on the command line
            known.insert(0, (current, label(current)))
        for codec, text in known:
            self.addItem(text, codec)
        self.setCurrentIndex(self.findData(current))
        self.setAccessibleName(translate("EncodingCombo", "Encoding"))
        self.setToolTip(
            translate(
                "EncodingCombo", "How the file's text is encoded: choose another if the names in the preview look wrong"
            )
        )

    def select(self, codec: str) -> None:
        """Show ``codec`` without emitting a change (after a refusal)."""
        self.blockSignals(True)
        self.setCurrentIndex(self.findData(codec))
        self.blockSignals(False)
