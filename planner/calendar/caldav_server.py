"""One calendar on a CalDAV server (RFC 4791), as Planner writes to it:
checked to be there, its items listed with their ETags, one resource put
or deleted on condition (If-Match, If-None-Match) so that a change made on
the server by someone else is never overwritten unawares. The ``caldav``
library carries the requests (log-in, TLS, redirects); every refusal and
failure becomes a CalDavProblem naming the calendar's URL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urljoin, urlsplit
from xml.sax.saxutils import escape

from planner.errors import PlannerError
from planner.services.language import say

DAV = "DAV:"
CALDAV = "urn:ietf:params:xml:ns:caldav"
NAMESPACES = {"d": DAV, "c": CALDAV}
# How long a request may wait for the server before it is given up.
TIMEOUT_SECONDS = 30

_PROPERTIES = f"""<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="{DAV}"><d:prop><d:resourcetype/><d:displayname/></d:prop></d:propfind>"""
# Every calendar object resource with its ETag and its content.
_LISTING = f"""<?xml version="1.0" encoding="utf-8"?>
<c:calendar-query xmlns:d="{DAV}" xmlns:c="{CALDAV}">
<d:prop><d:getetag/><c:calendar-data/></d:prop>
<c:filter><c:comp-filter name="VCALENDAR"/></c:filter>
</c:calendar-query>"""
_ETAG = f"""<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="{DAV}"><d:prop><d:getetag/></d:prop></d:propfind>"""


class CalDavProblem(PlannerError):
    """The server could not be reached or refused what Planner asked.
    ``password_refused``: it refused the user name or password (401), which
    the user can type again; ``missing``: there is no calendar at the
    address (404)."""

    def __init__(self, message: str, *, password_refused: bool = False, missing: bool = False):
        super().__init__(message)
        self.password_refused = password_refused
        self.missing = missing


class Conflict(Exception):
    """A condition failed (412): the resource was changed, added or removed
    on the server since Planner looked at it."""


@dataclass(frozen=True)
class ServerItem:
    """A calendar object resource as the server lists it."""

    href: str
    etag: str
    uid: str
    summary: str
    parent: str  # the UID its RELATED-TO names ("" when none)


def _unfolded(text: str) -> list[str]:
    return re.sub(r"\r?\n[ \t]", "", text).splitlines()


def _first(lines: list[str], name: str) -> str:
    """The value of the first property ``name`` (its parameters dropped)."""
    pattern = re.compile(rf"^{name}(;[^:]*)?:(.*)$", re.IGNORECASE)
    for line in lines:
        found = pattern.match(line)
        if found:
            return found.group(2)
    return ""


def _text(value: str) -> str:
    return re.sub(r"\\([,;\\])", r"\1", value).replace("\\n", " ").replace("\\N", " ")


class CalendarOnServer:
    def __init__(self, url: str, user_name: str, password: str | None):
        # caldav (and its HTTP library): loaded when a calendar is first published.
        from caldav.davclient import DAVClient

        self.url = url
        self.user_name = user_name
        self.client = DAVClient(
            url=url,
            username=user_name or None,
            password=password if user_name else None,
            timeout=TIMEOUT_SECONDS,
            enable_rfc6764=False,  # the URL given is the calendar's: nothing to discover
        )

    def href_for(self, uid: str) -> str:
        """The address of a new item: the UID, which the calendar holds
        once (RFC 4791), as its file name."""
        return urlsplit(self.url).path + quote(uid, safe="@.-_") + ".ics"

    def _request(self, href: str, method: str, body: str = "", headers: dict[str, str] | None = None) -> Any:
        from caldav.lib.error import AuthorizationError, DAVError

        try:
            return self.client.request(urljoin(self.url, href), method, body, headers or {})
        except AuthorizationError as error:
            if error.status == 403 and self.user_name:
                raise CalDavProblem(
                    say(
                        "{url}: the server does not let {user} write to this calendar (403 Forbidden)",
                        url=self.url,
                        user=self.user_name,
                    )
                ) from None
            if error.status == 403:
                raise CalDavProblem(
                    say(
                        "{url}: the server does not let you write to this calendar without a user name (403 Forbidden)",
                        url=self.url,
                    )
                ) from None
            raise CalDavProblem(
                say("{url}: the server refused the user name or the password (401 Unauthorized)", url=self.url),
                password_refused=True,
            ) from None
        except DAVError as error:
            raise CalDavProblem(say("{url}: {reason}", url=self.url, reason=error.reason)) from None
        except OSError as error:  # the HTTP library's errors are OSErrors: refused, no such name, TLS
            raise _connection_problem(self.url, error) from None

    def _refused(self, response: Any, doing: str) -> CalDavProblem:
        """The server's refusal of ``doing`` (check, list, save, remove) in words."""
        status = f"{response.status} {getattr(response, 'reason', '') or ''}".strip()
        if response.status == 404:
            return CalDavProblem(
                say(
                    "{url}: there is no calendar at this address (404 Not Found); "
                    "check the URL, or make the calendar on the server first",
                    url=self.url,
                ),
                missing=True,
            )
        sentences = {
            "check": say("{url}: the server refused to show the calendar ({status})", url=self.url, status=status),
            "list": say(
                "{url}: the server refused to list the calendar's items ({status})", url=self.url, status=status
            ),
            "save": say("{url}: the server refused to save an item ({status})", url=self.url, status=status),
            "remove": say("{url}: the server refused to remove an item ({status})", url=self.url, status=status),
        }
        return CalDavProblem(sentences[doing])

    def check(self) -> str:
        """Whether the URL is a calendar Planner may reach; its name."""
        response = self._request(self.url, "PROPFIND", _PROPERTIES, {"Depth": "0", "Content-Type": "application/xml"})
        if response.status != 207 or response.tree is None:
            raise self._refused(response, "check")
        found = response.tree.find(".//d:resourcetype/c:calendar", NAMESPACES)
        if found is None:
            raise CalDavProblem(
                say(
                    "{url}: this address is not a calendar (a CalDAV calendar's URL is needed, "
                    "e.g. https://server/user/calendar/)",
                    url=self.url,
                )
            )
        name = response.tree.find(".//d:displayname", NAMESPACES)
        return (name.text or "").strip() if name is not None else ""

    def make(self, display_name: str) -> bool:
        """Make this calendar collection (MKCALENDAR, RFC 4791 5.3.1) named
        ``display_name``; whether it was made (False: a calendar is there
        already, which Planner then writes to)."""
        body = (
            f'<?xml version="1.0" encoding="utf-8"?><c:mkcalendar xmlns:d="{DAV}" xmlns:c="{CALDAV}">'
            f"<d:set><d:prop><d:displayname>{escape(display_name)}</d:displayname></d:prop></d:set></c:mkcalendar>"
        )
        response = self._request(self.url, "MKCALENDAR", body, {"Content-Type": "application/xml"})
        if response.status in (200, 201):
            return True
        if response.status in (405, 409):  # something is there already: a calendar, or not
            self.check()
            return False
        raise CalDavProblem(
            say(
                "{url}: the server refused to make the calendar ({status})",
                url=self.url,
                status=f"{response.status} {getattr(response, 'reason', '') or ''}".strip(),
            )
        )

    def items(self) -> dict[str, ServerItem]:
        """The calendar's items by UID."""
        response = self._request(self.url, "REPORT", _LISTING, {"Depth": "1", "Content-Type": "application/xml"})
        if response.status != 207 or response.tree is None:
            raise self._refused(response, "list")
        found: dict[str, ServerItem] = {}
        for answer in response.tree.iterfind(".//d:response", NAMESPACES):
            href = answer.findtext("d:href", "", NAMESPACES).strip()
            etag = answer.findtext(".//d:getetag", "", NAMESPACES).strip()
            data = answer.findtext(".//c:calendar-data", "", NAMESPACES)
            lines = _unfolded(data)
            uid = _first(lines, "UID")
            if href and uid:
                summary = _text(_first(lines, "SUMMARY"))
                found[uid] = ServerItem(href, etag, uid, summary, _first(lines, "RELATED-TO"))
        return found

    def put(self, href: str, body: bytes, *, if_match: str = "", new: bool = False) -> str:
        """Write one item: a new one only where there is none (``new``), else
        only over the version with ETag ``if_match``. Its ETag afterwards;
        Conflict when the condition failed."""
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        if new:
            headers["If-None-Match"] = "*"
        elif if_match:
            headers["If-Match"] = if_match
        response = self._request(href, "PUT", body.decode("utf-8"), headers)
        if response.status == 412:
            raise Conflict(href)
        if response.status not in (200, 201, 204):
            raise self._refused(response, "save")
        etag = response.headers.get("ETag", "")
        if not etag or etag.startswith("W/"):  # none given, or a weak one: ask for it
            etag = self._etag(href)
        return str(etag)

    def _etag(self, href: str) -> str:
        response = self._request(href, "PROPFIND", _ETAG, {"Depth": "0", "Content-Type": "application/xml"})
        if response.status != 207 or response.tree is None:
            return ""
        return str(response.tree.findtext(".//d:getetag", "", NAMESPACES)).strip()

    def delete(self, href: str, *, if_match: str) -> None:
        """Remove one item, only as Planner last saw it; Conflict otherwise.
        An item gone already is fine."""
        response = self._request(href, "DELETE", "", {"If-Match": if_match} if if_match else {})
        if response.status == 412:
            raise Conflict(href)
        if response.status not in (200, 204, 404):
            raise self._refused(response, "remove")


def _connection_problem(url: str, error: Exception) -> CalDavProblem:
    """A failure before the server answered, in words: the certificate,
    the name, the connection."""
    name = type(error).__name__
    detail = _reason(str(error)) or name
    unknown = _UNKNOWN_NAME.search(str(error))
    if unknown:
        return CalDavProblem(say("{url}: no server is known by the name {host}", url=url, host=unknown.group(1)))
    if "SSL" in name or "certificate" in detail.lower() or "TLS" in name:
        return CalDavProblem(
            say(
                "{url}: the secure connection failed: the server's certificate could not be checked ({reason})",
                url=url,
                reason=detail,
            )
        )
    if "Timeout" in name:
        return CalDavProblem(say("{url}: the server did not answer in time", url=url))
    return CalDavProblem(say("{url}: the server cannot be reached ({reason})", url=url, reason=detail))


# The words that matter in the HTTP library's messages, which wrap them in
# pools, retries and object addresses.
_REASONS = (
    re.compile(r"certificate verify failed: ([^()\]]+?)\s*\("),
    re.compile(r"\[Errno -?\d+\] ([^'\")]+)"),
)
_UNKNOWN_NAME = re.compile(r"Failed to resolve '([^']+)'")


def _reason(message: str) -> str:
    """``message`` cut down to what a reader can act on ("Connection
    refused", "unable to get local issuer certificate")."""
    for pattern in _REASONS:
        found = pattern.search(message)
        if found:
            return found.group(1).strip()
    return message
