"""One message as its reader will see it: the headers that matter, the text,
and the attachments by name."""

from __future__ import annotations

from email.message import EmailMessage

HEADERS = ("From", "Reply-To", "To", "Subject")


def _attachments(message: EmailMessage) -> list[str]:
    found = []
    for part in message.iter_attachments():
        name = part.get_filename() or part.get_content_type()
        found.append(f"{name} ({part.get_content_type()})")
    # The invitation itself, shown by calendar programs as the buttons to answer.
    for part in message.walk():
        if part.get_content_type() == "text/calendar" and part.get_filename() is None:
            method = str(part.get_param("method") or "").lower()
            found.insert(0, f"the calendar invitation ({method or 'calendar'}), shown with Accept / Decline")
            break
    return found


def preview_text(message: EmailMessage) -> str:
    lines = [f"{name}: {message[name]}" for name in HEADERS if message[name]]
    body = message.get_body(preferencelist=("plain",))
    text = body.get_content() if body is not None else ""
    attachments = _attachments(message)
    if attachments:
        lines.append("Attached: " + "; ".join(attachments))
    return "\n".join(lines) + "\n\n" + str(text).rstrip() + "\n"
