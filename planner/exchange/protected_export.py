"""A file in a ZIP archive encrypted with AES-256 (WinZip's AE-2 format,
through pyzipper), for a participant list that leaves the laptop: 7-Zip,
WinZip, macOS's Archive Utility with an AES-aware tool, or ``7z x`` open it
with the passphrase, and nothing can be read from it without.

The file's name inside shows in the archive's listing (ZIP encrypts the
content, not the names): it names the event's list, never a person."""

from __future__ import annotations

import io

import pyzipper

ZIP_SUFFIX = ".zip"


def protected_zip(data: bytes, inner_name: str, passphrase: str) -> bytes:
    """An AES-256 encrypted ZIP holding ``data`` as ``inner_name``."""
    buffer = io.BytesIO()
    with pyzipper.AESZipFile(buffer, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as archive:
        archive.setpassword(passphrase.encode("utf-8"))
        archive.setencryption(pyzipper.WZ_AES, nbits=256)
        archive.writestr(inner_name, data)
    return buffer.getvalue()
