"""A participant list exported inside a ZIP encrypted with AES-256: the
export dialog's "protected with a passphrase" formats, and the passphrase,
typed twice, that the recipient will need (given to them another way than
the file: by phone, or in another message)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from planner.ui.protection.passphrase_dialog import ask_new_passphrase

translate = QCoreApplication.translate


def excel_filter() -> str:
    return translate("ProtectedExport", "Excel workbook, protected with a passphrase (*.xlsx.zip)")


def csv_filter() -> str:
    return translate("ProtectedExport", "CSV, protected with a passphrase (*.csv.zip)")


def ask_export_passphrase(parent: QWidget | None, file_name: str) -> str | None:
    """The passphrase of the archive, typed twice; None when cancelled."""
    return ask_new_passphrase(
        parent,
        translate("ProtectedExport", "Protect with a passphrase"),
        translate(
            "ProtectedExport",
            "{file} is written as a ZIP archive encrypted with AES-256. The recipient opens it with 7-Zip or "
            "any tool that reads AES-encrypted ZIP files, using this passphrase: give it to them another way "
            "than the file (by phone, or in a separate message).",
        ).format(file=file_name),
    )


def exported_protected(title: str, file: str) -> str:
    """The status bar's words once written."""
    return translate(
        "ProtectedExport", "Exported the participants of “{title}” to {file}, protected with a passphrase"
    ).format(title=title, file=file)
