"""One message as its reader will see it: the headers that matter, the text,
and the attachments by name."""

from __future__ import annotations

from email.message import EmailMessage

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

# The headers shown, by the name a mail program gives them (translated where shown).
HEADERS = {
    "From": QT_TRANSLATE_NOOP("MessagePreview", "From"),
    "Reply-To": QT_TRANSLATE_NOOP("MessagePreview", "Reply-To"),
    "To": QT_TRANSLATE_NOOP("MessagePreview", "To"),
    "Subject": QT_TRANSLATE_NOOP("MessagePreview", "Subject"),
}


def _attachments(message: EmailMessage) -> list[str]:
    found = []
    for part in message.iter_attachments():
        name = part.get_filename() or part.get_content_type()
        found.append(f"{name} ({part.get_content_type()})")
    # The invitation itself, shown by calendar programs as the buttons to answer.
    for part in message.walk():
        if part.get_content_type() == "text/calendar" and part.get_filename() is None:
            method = str(part.get_param("method") or "").lower()
            found.insert(
                0,
                translate("MessagePreview", "the calendar invitation ({method}), shown with Accept / Decline").format(
                    method=method or "calendar"
                ),
            )
            break
    return found


def preview_text(message: EmailMessage) -> str:
    lines = [
        f"{translate('MessagePreview', str(shown))}: {message[name]}"
        for name, shown in HEADERS.items()
        if message[name]
    ]
    body = message.get_body(preferencelist=("plain",))
    text = body.get_content() if body is not None else ""
    attachments = _attachments(message)
    if attachments:
        lines.append(translate("MessagePreview", "Attached: {attachments}").format(attachments="; ".join(attachments)))
    return "\n".join(lines) + "\n\n" + str(text).rstrip() + "\n"
