"""A writer killed with SIGKILL at random moments, hundreds of times.

The writer commits units of work through Planner's Store and reports each
one done only after its commit returned. After every kill the database must
open, pass SQLite's integrity and foreign-key checks, hold every unit that
was reported done in full, and hold no unit in part.

The writers are forked from the test process once everything is imported,
so a kill costs milliseconds, not the half second of a fresh Python; each
child builds its own engine after the fork (never the parent's
connections) and ends with os._exit. A second test kills real
`planner import-event` processes: the event is there in full or not at all.
"""

from __future__ import annotations

import gc
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from planner.db.store import Store
from planner.exchange.event_file import parse
from planner.exchange.samples import add_samples
from planner.services import agenda, events, participants
from tests.test_disk_full import big_event_file

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX-only"),
    pytest.mark.slow,
]

KILLS = 300
COMMAND_KILLS = 20
SEED = 6_2026  # the kill moments are random, but the same on every run
PLANNER = Path(sys.executable).with_name("planner")
FIRST_DAY = datetime(2026, 5, 4, 8, 0)
# Every unit of work writes one row to each of these; all of them or none.
PARTS = frozenset({"organisation", "person", "participation", "agenda_item", "agenda_speaker"})


# -- the writer (runs in a forked child) ---------------------------------------------


def write_unit(session, event_id: int, tag: int) -> None:
    """One unit of work: a person of a new organisation joins the event and
    speaks in a new agenda item; every row carries ``tag``."""
    joined = participants.add_new_person(
        session, event_id,
        {"given_name": "Agnieszka", "family_name": f"Unit {tag}", "email": f"unit.{tag}@example.org", "country": "PL"},
        organisation_name=f"Organisation {tag}", role="speaker", status="confirmed",
    )  # fmt: skip
    starts = FIRST_DAY + timedelta(days=tag % 5, minutes=(tag // 5) % 600)
    agenda.create_item(
        session, event_id, title=f"Unit {tag}", starts_at=starts, ends_at=starts + timedelta(minutes=20),
        speakers=[joined.person_id],
    )  # fmt: skip


def run_writer(path: Path, event_id: int, first_tag: int, report: int) -> None:
    """Commit units one after another until killed; "done N" only once
    unit N's commit has returned."""
    store = Store.open(path)  # its own engine and connections, made after the fork
    os.write(report, b"open\n")
    tag = first_tag
    while True:
        with store.write() as session:
            write_unit(session, event_id, tag)
        os.write(report, f"done {tag}\n".encode())
        tag += 1


def fork_writer(path: Path, event_id: int, first_tag: int) -> tuple[int, int]:
    """The child's pid and the read end of its report pipe."""
    read_end, write_end = os.pipe()
    # The child shares the parent's memory until it writes to it; a garbage
    # collection in the child would touch (and so copy) every object.
    gc.freeze()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 0
        try:
            os.close(read_end)
            run_writer(path, event_id, first_tag, write_end)
        except BaseException as error:
            os.write(write_end, f"error {type(error).__name__}: {error}\n".encode())
            code = 3
        finally:
            os._exit(code)
    gc.unfreeze()
    os.close(write_end)
    return pid, read_end


class Reports:
    """The lines a writer wrote to its pipe, read as they come."""

    def __init__(self, read_end: int):
        self.read_end = read_end
        self.lines: list[str] = []
        self.times: list[float] = []  # when each line came
        self._partial = b""

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.read_end], [], [], timeout)
        if not ready:
            return False
        chunk = os.read(self.read_end, 65536)
        if not chunk:
            return False
        *complete, self._partial = (self._partial + chunk).split(b"\n")
        self.lines += [line.decode() for line in complete]
        self.times += [time.monotonic()] * len(complete)
        return True

    def wait_for(self, count: int, timeout: float = 20.0) -> None:
        """Until ``count`` lines have come (or the writer stopped)."""
        deadline = time.monotonic() + timeout
        while len(self.lines) < count and time.monotonic() < deadline:
            if not self._read(deadline - time.monotonic()):
                break

    def drain(self) -> None:
        while self._read(5.0):
            pass
        os.close(self.read_end)

    def unit_seconds(self) -> list[float]:
        """How long the units between two reports took."""
        return [later - earlier for earlier, later in zip(self.times[1:], self.times[2:], strict=False)]

    def done(self) -> set[int]:
        return {int(line.split()[1]) for line in self.lines if line.startswith("done ")}

    def errors(self) -> list[str]:
        return [line for line in self.lines if line.startswith("error ")]


# -- checking the database --------------------------------------------------------------


def units_in(store: Store) -> dict[int, set[str]]:
    """For each tag found anywhere, the parts of its unit that are there."""
    queries = {
        "organisation": "SELECT substr(name, 14) FROM organisation WHERE name LIKE 'Organisation %'",
        "person": "SELECT substr(family_name, 6) FROM person WHERE family_name LIKE 'Unit %'",
        "participation": (
            "SELECT substr(p.family_name, 6) FROM participation AS t JOIN person AS p ON p.id = t.person_id "
            "WHERE p.family_name LIKE 'Unit %'"
        ),
        "agenda_item": "SELECT substr(title, 6) FROM agenda_item WHERE title LIKE 'Unit %'",
        "agenda_speaker": (
            "SELECT substr(i.title, 6) FROM agenda_speaker AS s JOIN agenda_item AS i ON i.id = s.item_id "
            "JOIN person AS p ON p.id = s.person_id WHERE i.title LIKE 'Unit %' AND p.family_name = i.title"
        ),
    }
    found: dict[int, set[str]] = {}
    with store.read() as session:
        for part, query in queries.items():
            for (tag,) in session.execute(text(query)):
                found.setdefault(int(tag), set()).add(part)
    return found


def check_after_kill(path: Path, reported_done: set[int], kill: int) -> int:
    """The checks after one kill; returns how many units the database holds."""
    store = Store.open(path)
    try:
        assert store.integrity_problems() == [], f"kill {kill}"
        units = units_in(store)
    finally:
        store.close()
    lost = sorted(tag for tag in reported_done if units.get(tag) != PARTS)
    assert not lost, f"kill {kill}: units {lost} were reported done but are not (all) there"
    partial = {tag: sorted(PARTS - parts) for tag, parts in units.items() if parts != PARTS}
    assert not partial, f"kill {kill}: units written in part (missing parts): {partial}"
    return len(units)


# -- the tests ---------------------------------------------------------------------------


@pytest.fixture
def db_path(tmp_path: Path) -> Iterator[Path]:
    """The database in memory-backed /dev/shm where there is one: a killed
    process leaves its writes in the OS's cache either way (fsync matters for
    a power cut, not for this), and there a commit takes a few milliseconds
    instead of a disk's tens, so hundreds of kills take seconds."""
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path / "planner.sqlite"
        return
    folder = Path(tempfile.mkdtemp(prefix="planner-kill-", dir=shm))
    try:
        yield folder / "planner.sqlite"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def conference(db_path: Path) -> int:
    store = Store.open(db_path)
    try:
        with store.write() as session:
            event = events.create_event(
                session, title="Partnering conference", kind="conference", timezone="Europe/Warsaw",
                starts_on=date(2026, 5, 4), ends_on=date(2026, 5, 8),
            )  # fmt: skip
            return event.id
    finally:
        store.close()


def test_a_writer_killed_hundreds_of_times_loses_nothing_it_reported_done(db_path, conference):
    rng = random.Random(SEED)
    reported: set[int] = set()
    before_open = mid_unit = 0
    unit_seconds = [0.015]  # how long a unit of work takes here, learnt as the kills go
    for kill in range(KILLS):
        units_done = 0
        first_tag = kill * 1000  # each writer's tags are its own
        pid, read_end = fork_writer(db_path, conference, first_tag)
        reports = Reports(read_end)
        # Where to kill: sometimes while it opens the database, mostly at a
        # random moment of a unit of work (its queries, its commit, a
        # checkpoint of the WAL), after none or one unit was done.
        if rng.random() < 0.1:
            time.sleep(rng.uniform(0, 0.005))
            before_open += 1
        else:
            units_done = rng.randint(0, 1)
            reports.wait_for(1 + units_done)  # "open", then that many units done
            unit = sorted(unit_seconds)[len(unit_seconds) // 2]
            time.sleep(rng.uniform(0, unit * 1.2))
            mid_unit += 1
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        reports.drain()
        assert not reports.errors(), f"kill {kill}: the writer failed: {reports.errors()}"
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, f"kill {kill}: {status}"
        done = reports.done()
        assert len(done) >= units_done and all(first_tag <= tag < first_tag + 1000 for tag in done), f"kill {kill}"
        reported |= done
        unit_seconds = (unit_seconds + reports.unit_seconds())[-50:]
        check_after_kill(db_path, reported, kill)
    assert before_open + mid_unit == KILLS and mid_unit >= 200


class Command:
    """One `planner import-event` on its own copy of the database, killed
    ``kill_after`` seconds after it opened the database (when its WAL file
    appears), unless it ends first."""

    def __init__(self, database: Path, event_file: Path, kill_after: float):
        self.database = database
        self.wal = database.with_name(database.name + "-wal")
        self.kill_after = kill_after
        self.opened: float | None = None
        self.process = subprocess.Popen(
            [str(PLANNER), "--db", str(database), "import-event", str(event_file)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

    def step(self) -> bool:
        """Look at it once; True when it has ended (killed or not)."""
        now = time.monotonic()
        if self.opened is None and self.wal.exists():
            self.opened = now
        if self.opened is not None and now - self.opened >= self.kill_after and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        return self.process.poll() is not None

    @property
    def killed(self) -> bool:
        return self.process.returncode == -signal.SIGKILL

    def open_for(self) -> float:
        """How long it had the database open (when it was not killed)."""
        return time.monotonic() - (self.opened or time.monotonic())


def test_a_killed_import_event_command_leaves_the_event_whole_or_absent(db_path, tmp_path):
    store = Store.open(db_path)
    with store.write() as session:
        add_samples(session)
    store.close()  # a closed database: a copy of the file is a whole database
    title = "BioM partner day, killed and restarted"
    data = big_event_file(150, title=title)
    document = parse(data)
    event_file = tmp_path / "partner-day.planner.json"
    event_file.write_bytes(data)
    expected = {
        "participation": len(document.participants), "agenda_item": len(document.agenda),
        "travel_leg": len(document.travel), "stay": len(document.stays), "cost": len(document.costs),
        "minutes_item": len(document.minutes.items) if document.minutes else 0,
    }  # fmt: skip

    def copy(number: int) -> Path:
        folder = db_path.parent / f"copy-{number}"
        folder.mkdir()
        shutil.copyfile(db_path, folder / db_path.name)
        return folder / db_path.name

    # Once whole: how long the command has the database open here.
    whole = Command(copy(0), event_file, kill_after=1e9)
    while not whole.step():
        time.sleep(0.002)
    window = whole.open_for()
    assert whole.process.returncode == 0, whole.process.stderr.read().decode()

    # The kills, a few at a time (each on its own copy): the start-up of
    # Python is most of each run.
    rng = random.Random(SEED)
    waiting = [copy(number) for number in range(1, COMMAND_KILLS + 1)]
    running: list[Command] = []
    ended: list[Command] = []
    at_once = max(2, min(4, os.cpu_count() or 2))
    while waiting or running:
        while waiting and len(running) < at_once:
            running.append(Command(waiting.pop(0), event_file, kill_after=rng.uniform(0, window)))
        for command in [command for command in running if command.step()]:
            running.remove(command)
            ended.append(command)
            if not command.killed:
                assert command.process.returncode == 0, command.process.stderr.read().decode()
                window /= 2  # it was quicker than that: aim earlier
        time.sleep(0.002)

    for command in ended:
        store = Store.open(command.database)
        try:
            assert store.integrity_problems() == [], command.database
            with store.read() as session:
                copies = [event.id for event in events.list_events(session) if event.title == title]
                assert len(copies) <= 1, command.database
                for event_id in copies:
                    counts = {
                        table: session.execute(
                            text(f"SELECT count(*) FROM {table} WHERE event_id = :event"), {"event": event_id}
                        ).scalar()
                        for table in expected
                    }
                    assert counts == expected, f"{command.database}: the event is there in part: {counts}"
                if not command.killed:
                    assert len(copies) == 1
        finally:
            store.close()
    assert sum(command.killed for command in ended) >= COMMAND_KILLS // 2
