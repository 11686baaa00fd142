"""An event's calendar published to a real CalDAV server (Radicale on
127.0.0.1) and read back with the caldav client, with vobject and with
ical.js: items created, a moved one replaced under the same UID with a
higher SEQUENCE, a removed one deleted, a partner's own item left alone,
nothing written when nothing changed, the server's refusals in words."""

from __future__ import annotations

import http.server
import json
import shutil
import ssl
import subprocess
import threading
from datetime import UTC, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import trustme

from planner.calendar.caldav_publish import publish
from planner.calendar.caldav_server import CalDavProblem, CalendarOnServer
from planner.cli import main
from planner.operations import perform
from planner.operations.agenda import AddAgendaItem, ChangeAgendaItem, DeleteAgendaItem, MoveAgendaItem
from planner.operations.calendar_publication import PublishToCalendarServer
from planner.services import agenda, caldav_password, calendar_publications, calendar_state, events
from tests.caldav_server import LARGEST_REQUEST, ORGANISER, PASSWORD, running
from tests.vobject_reading import read_calendar

JS_FOLDER = Path(__file__).parent / "js"

PARTNER_ITEM = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Partner//Their calendar//EN\r\n"
    "BEGIN:VEVENT\r\nUID:dinner-with-the-hosts@partner.example.org\r\nDTSTAMP:20180301T090000Z\r\n"
    "DTSTART:20180322T180000Z\r\nDTEND:20180322T200000Z\r\nSUMMARY:Dinner with the hosts\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.fixture(scope="module")
def caldav_server():
    yield from running()


@pytest.fixture(autouse=True)
def _no_password_given(monkeypatch):
    monkeypatch.delenv(caldav_password.PASSWORD_VARIABLE, raising=False)
    caldav_password.forget_session_passwords()
    yield
    caldav_password.forget_session_passwords()


@pytest.fixture
def visit(store, samples, caldav_server):
    """The study visit, set to be published to a new calendar of its own."""
    url = caldav_server.new_calendar("ECRI study visit")
    perform(store, PublishToCalendarServer(samples["ECRI"], url, ORGANISER))
    return samples["ECRI"], url


def _items(caldav_server, url):
    """The calendar's items as the caldav client reads them: uid -> (etag, data)."""
    with caldav_server.client() as client:
        found = {}
        for item in client.calendar(url=url).events():
            component = item.icalendar_component
            found[str(component["UID"])] = item.data
        return found


def _etags(url):
    return {uid: item.etag for uid, item in CalendarOnServer(url, ORGANISER, PASSWORD).items().items()}


def _published(store, event_id, **options):
    with store.write() as session:
        return publish(session, event_id, PASSWORD, **options)


def _agenda(store, event_id):
    with store.read() as session:
        return agenda.agenda_entries(session, event_id)


def test_each_item_is_a_resource_of_its_own_that_the_caldav_client_and_vobject_read_back(store, visit, caldav_server):
    event_id, url = visit
    report = _published(store, event_id)
    entries = _agenda(store, event_id)
    assert len(report.created) == len(entries) + 1 and not report.problem
    items = _items(caldav_server, url)
    with store.read() as session:
        uids = {calendar_state.item_uid(session, "agenda-item", entry.id): entry for entry in entries}
        event_uid = calendar_state.item_uid(session, "event", event_id)
        event = events.get_event(session, event_id)
        zone, events_days = event.timezone, (event.starts_on, event.ends_on)
    assert set(items) == {*uids, event_uid}
    for uid, data in items.items():
        calendar = read_calendar(data)
        (only,) = calendar.vevent_list  # one UID per resource (RFC 4791)
        assert only.uid.value == uid
        assert not hasattr(calendar, "method")
        if uid in uids:
            entry = uids[uid]
            assert only.summary.value == entry.title
            assert only.dtstart.value.replace(tzinfo=None) == entry.starts_at
            assert calendar.vtimezone.tzid.value == zone  # its zone travels with it
        else:  # the event itself, all day: no zone
            assert only.dtstart.value == events_days[0] and not hasattr(calendar, "vtimezone")
    with store.read() as session:
        assert calendar_publications.publication_of(session, event_id).published_at is not None


def test_a_moved_item_keeps_its_uid_with_a_higher_sequence_a_removed_one_goes_and_a_partners_stays(
    store,
    visit,
    caldav_server,
    tmp_path,
):
    event_id, url = visit
    _published(store, event_id)
    with caldav_server.client() as client:
        client.put(url + "partner-dinner.ics", PARTNER_ITEM, {"Content-Type": "text/calendar"})
    partner_before = _etags(url)["dinner-with-the-hosts@partner.example.org"]
    entries = _agenda(store, event_id)
    moved, dropped = entries[1], entries[2]
    new_start = moved.starts_at + timedelta(minutes=30)
    perform(store, MoveAgendaItem(moved.id, new_start))
    perform(store, DeleteAgendaItem(dropped.id))

    report = _published(store, event_id)

    assert report.updated == [moved.title] and report.removed == [dropped.title] and not report.created
    with store.read() as session:
        moved_uid = calendar_state.item_uid(session, "agenda-item", moved.id)
        dropped_uid = calendar_state.item_uid(session, "agenda-item", dropped.id)
    items = _items(caldav_server, url)
    assert dropped_uid not in items
    event = read_calendar(items[moved_uid]).vevent
    assert event.sequence.value == "1"
    assert event.dtstart.value.replace(tzinfo=None) == new_start
    assert _etags(url)["dinner-with-the-hosts@partner.example.org"] == partner_before
    assert "Dinner with the hosts" in items["dinner-with-the-hosts@partner.example.org"]

    # The whole calendar as a subscriber fetches it, read by ical.js.
    with caldav_server.client() as client:
        whole = client.request(url, "GET").raw
    path = tmp_path / "calendar.ics"
    path.write_text(whole if isinstance(whole, str) else whole.decode())
    read = {item["uid"]: item for item in _ical_js(path)}
    assert dropped_uid not in read
    assert read[moved_uid]["sequence"] == 1
    assert read[moved_uid]["summary"] == moved.title
    assert read["dinner-with-the-hosts@partner.example.org"]["summary"] == "Dinner with the hosts"
    with store.read() as session:
        zone = ZoneInfo(events.get_event(session, event_id).timezone)
    instant = new_start.replace(tzinfo=zone).astimezone(UTC)
    assert read[moved_uid]["start"] == instant.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def test_nothing_changed_writes_nothing(store, visit):
    event_id, url = visit
    _published(store, event_id)
    before = _etags(url)
    report = _published(store, event_id)
    assert not report.changed and report.unchanged == len(before)
    assert _etags(url) == before


def test_an_item_someone_changed_on_the_server_is_left_unless_overwritten(store, visit, caldav_server):
    event_id, url = visit
    _published(store, event_id)
    entry = _agenda(store, event_id)[0]
    with store.read() as session:
        uid = calendar_state.item_uid(session, "agenda-item", entry.id)
    with caldav_server.client() as client:
        (item,) = [each for each in client.calendar(url=url).events() if str(each.icalendar_component["UID"]) == uid]
        item.data = item.data.replace(f"SUMMARY:{entry.title}", "SUMMARY:Changed by a partner")
        item.save()
    perform(store, MoveAgendaItem(entry.id, entry.starts_at + timedelta(minutes=15)))

    report = _published(store, event_id)
    assert report.kept == ["Changed by a partner"] and not report.updated
    assert "Changed by a partner" in _items(caldav_server, url)[uid]

    report = _published(store, event_id, overwrite=True)
    assert report.updated == [entry.title]
    assert "Changed by a partner" not in _items(caldav_server, url)[uid]


def test_a_wrong_password_is_refused_in_words_naming_the_calendar_and_nothing_is_recorded(store, visit):
    event_id, url = visit
    with pytest.raises(CalDavProblem) as refused, store.write() as session:
        publish(session, event_id, "not-the-password")
    assert str(refused.value) == f"{url}: the server refused the user name or the password (401 Unauthorized)"
    with store.read() as session:
        assert calendar_publications.publication_of(session, event_id).published_at is None
        assert not calendar_state.sent_uids(session)


def test_no_calendar_at_the_address_and_no_server_are_said_in_words(store, samples, caldav_server):
    missing = f"{caldav_server.root}{ORGANISER}/no-such-calendar/"
    with pytest.raises(CalDavProblem, match="there is no calendar at this address \\(404 Not Found\\)"):
        CalendarOnServer(missing, ORGANISER, PASSWORD).check()
    other = f"{caldav_server.root}partner/theirs/"
    with pytest.raises(CalDavProblem, match="does not let organiser write to this calendar \\(403 Forbidden\\)"):
        CalendarOnServer(other, ORGANISER, PASSWORD).check()
    with pytest.raises(CalDavProblem) as unreachable:
        CalendarOnServer("http://127.0.0.1:9/cal/", ORGANISER, PASSWORD).check()
    assert str(unreachable.value) == "http://127.0.0.1:9/cal/: the server cannot be reached (Connection refused)"


def test_a_certificate_that_cannot_be_checked_is_said_and_nothing_is_sent(tls_server):
    url = f"https://127.0.0.1:{tls_server.server_port}/organiser/calendar/"
    with pytest.raises(CalDavProblem) as refused:
        CalendarOnServer(url, ORGANISER, PASSWORD).check()
    assert str(refused.value) == (
        f"{url}: the secure connection failed: the server's certificate could not be checked "
        "(unable to get local issuer certificate)"
    )
    assert tls_server.requests == []  # the password never left


@pytest.fixture
def tls_server():
    """An HTTPS server whose certificate no one here trusts (a test CA's)."""
    authority = trustme.CA()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    server = http.server.HTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    server.requests = []  # type: ignore[attr-defined]
    server.finish_request = lambda request, address: server.requests.append(address)  # type: ignore[method-assign]
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_the_command_line_publishes_then_finds_nothing_to_do_and_keeps_the_password(
    store,
    samples,
    caldav_server,
    db_path,
    capsys,
    monkeypatch,
    keyring_in_memory,
):
    url = caldav_server.new_calendar()
    event_id = samples["ECRI"]
    monkeypatch.setenv(caldav_password.PASSWORD_VARIABLE, PASSWORD)
    assert main(["--db", str(db_path), "publish", str(event_id), "--caldav", url, "--user", ORGANISER]) == 0
    said = capsys.readouterr().out
    with store.read() as session:
        count = len(agenda.agenda_entries(session, event_id)) + 1
    assert said.splitlines()[0] == f"{url}: {count} created, 0 updated, 0 removed, 0 unchanged."
    assert "kept in the system keyring" in said
    assert keyring_in_memory.get_password(caldav_password.SERVICE, f"{ORGANISER}@127.0.0.1:{caldav_server.port}")

    monkeypatch.delenv(caldav_password.PASSWORD_VARIABLE)
    assert main(["--db", str(db_path), "publish", str(event_id)]) == 0
    assert capsys.readouterr().out.startswith(f"{url}: up to date, nothing written")

    assert main(["--db", str(db_path), "publish", str(event_id), "--stop"]) == 0
    assert capsys.readouterr().out == (
        f"Event {event_id} is no longer published to {url}; the calendar there keeps its entries.\n"
    )
    assert main(["--db", str(db_path), "publish", str(event_id)]) == 1
    assert f"event {event_id} is not published yet: give the calendar's address with --caldav URL" in (
        capsys.readouterr().err
    )


def _ical_js(path: Path) -> list[dict]:
    """The calendar's items as ical.js reads them (node and `npm ci` in
    tests/js are needed: .ci/run installs them)."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed: ical.js reads the calendar back (apt-get install nodejs npm)")
    if not (JS_FOLDER / "node_modules" / "ical.js").is_dir():
        pytest.fail(f"ical.js is not installed: run `npm ci` in {JS_FOLDER}")
    done = subprocess.run(
        [node, str(JS_FOLDER / "read_calendar.mjs"), str(path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_an_address_that_is_not_a_calendars_is_refused_by_name_and_nothing_is_kept(store, samples):
    from planner.errors import PlannerError

    with pytest.raises(PlannerError) as refused:
        perform(store, PublishToCalendarServer(samples["ECRI"], "cloud.example.org/calendars/me", ORGANISER))
    assert str(refused.value) == (
        "calendar URL: 'cloud.example.org/calendars/me' is not a calendar's address "
        "(it begins with https:// and names a server)"
    )
    with store.read() as session:
        assert calendar_publications.publication_of(session, samples["ECRI"]) is None


def test_another_calendar_forgets_what_was_put_in_the_last_one(store, samples):
    event_id = samples["ECRI"]
    perform(store, PublishToCalendarServer(event_id, "https://dav.example.org/me/first", ORGANISER))
    with store.write() as session:
        item = calendar_publications.PublishedItem("/me/first/a.ics", '"1"', "x")
        calendar_publications.record(session, event_id, {"a@planner": item})
    perform(store, PublishToCalendarServer(event_id, "https://dav.example.org/me/first/", "someone"))
    with store.read() as session:
        same = calendar_publications.publication_of(session, event_id)
    assert same.items == {"a@planner": item} and same.user_name == "someone"
    perform(store, PublishToCalendarServer(event_id, "https://dav.example.org/me/second/", ORGANISER))
    with store.read() as session:
        moved = calendar_publications.publication_of(session, event_id)
    assert moved.url == "https://dav.example.org/me/second/" and moved.items == {} and moved.published_at is None


def test_a_refusal_half_way_keeps_what_was_written_and_the_next_run_does_the_rest(store, visit):
    event_id, url = visit
    last = _agenda(store, event_id)[-1]
    # Larger than the server takes; the last item of the programme.
    too_large = "Ω" * (LARGEST_REQUEST // 2 + 1000)
    added = perform(
        store,
        AddAgendaItem(
            event_id,
            {
                "title": "Closing words",
                "starts_at": last.ends_at,
                "ends_at": last.ends_at + timedelta(minutes=10),
                "description": too_large,
            },
        ),
    ).result
    report = _published(store, event_id)
    assert report.problem.startswith(f"{url}: the server refused to save an item (413")
    assert "Closing words" not in report.created and len(report.created) == len(_etags(url)) > 1

    perform(store, ChangeAgendaItem(added, {"description": "Thanks to the hosts."}))
    again = _published(store, event_id)
    assert again.created == ["Closing words"] and not again.updated and not again.problem
    assert again.unchanged == len(report.created)
