"""Planner's benchmark: what Planner adds on top of Qt, SQLite, icalendar
and reportlab, measured against the bare library doing the same work in
the same run, on a generated ten-year database.

    python bench/run.py [--runs N] [--json FILE] [--db PATH]

Each figure is the median of several runs; the baselines run in between,
so the ratios hold on a noisy machine."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `python bench/run.py` from a checkout

from bench import exports
from bench.generate import make_large_database
from planner.db.store import Store

UI_TARGET_MS = 100
RATIO_TARGET = 1.5
MEMORY_TARGET_MB = 300


def probe(name: str, database: Path, data_dir: Path) -> dict[str, float]:
    """One run of a probe in a fresh Python process, timed from its launch."""
    environment = os.environ | {
        "PLANNER_DATA_DIR": str(data_dir),
        "PLANNER_BENCH_LAUNCHED": repr(time.time()),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "bench.probes", name, str(database)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        timeout=600,
        env=environment,
    )
    if done.returncode != 0:
        raise RuntimeError(f"probe {name} failed:\n{done.stderr[-2000:]}{done.stdout[-500:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def medians(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def alternate(runs: int, measured: Callable[[], dict], baseline: Callable[[], dict]) -> tuple[dict, dict]:
    """Measured and baseline runs interleaved, so both see the same machine."""
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(measured())
        theirs.append(baseline())
    return medians(ours), medians(theirs)


def figure(value: float, unit: str, target: float, baseline: float | None = None) -> dict:
    entry = {"value": round(value, 3), "unit": unit, "baseline": None, "ratio": None, "target": target}
    if baseline is not None:
        entry["baseline"] = round(baseline, 3)
        entry["ratio"] = round(value / baseline, 2) if baseline else None
    return entry


def measure(database: Path, runs: int, data_dir: Path) -> dict[str, dict]:
    results: dict[str, dict] = {}
    # A first start leaves the largest event open, as a user's last event
    # (and makes the backup of the database, done once a day or a change).
    probe("open_largest_event", database, data_dir)
    ours, bare = alternate(
        runs, lambda: probe("planner_window", database, data_dir), lambda: probe("bare_window", database, data_dir)
    )
    results["start-up to the window shown and filled"] = figure(ours["seconds"], "s", RATIO_TARGET, bare["seconds"])
    _ours, stack = alternate(
        runs, lambda: probe("planner_window", database, data_dir), lambda: probe("bare_stack", database, data_dir)
    )
    results["start-up against Qt + SQLAlchemy + SQLModel loaded"] = figure(
        statistics.median([ours["seconds"], _ours["seconds"]]), "s", RATIO_TARGET, stack["seconds"]
    )

    tab, plain = alternate(
        runs,
        lambda: probe("participants_tab", database, data_dir),
        lambda: probe("plain_participants_query", database, data_dir),
    )
    for key, title in (
        ("open", "open the largest event's Participants tab"),
        ("sort", "sort 5,000 participants"),
        ("filter", "filter 5,000 participants by a search"),
    ):
        results[title] = figure(tab[key] * 1000, "ms", UI_TARGET_MS, plain["seconds"] * 1000)
    results["switch to another event"] = figure(max(tab["switch_event"], tab["switch_back"]) * 1000, "ms", UI_TARGET_MS)
    slowest_tab = max(value for key, value in tab.items() if key.startswith("tab_"))
    results["switch between an event's tabs (slowest)"] = figure(slowest_tab * 1000, "ms", UI_TARGET_MS)
    results["peak memory, large database and 5,000 participants shown"] = figure(tab["peak_mb"], "MB", MEMORY_TARGET_MB)

    store = Store.open(database)
    try:
        for title, planner_work, bare_work in (
            ("calendar of the largest event (.ics)", exports.planner_calendar, exports.bare_calendar),
            ("5,000-person participant list (PDF)", exports.planner_participant_pdf, exports.bare_participant_pdf),
        ):
            ours, theirs = alternate(
                runs, lambda work=planner_work: {"s": work(store)}, lambda work=bare_work: {"s": work(store)}
            )
            results[title] = figure(ours["s"], "s", RATIO_TARGET, theirs["s"])
        csv_import = exports.participant_csv_import(store, runs)
        if csv_import is not None:
            results["import a 5,000-row participants CSV"] = figure(csv_import * 1000, "ms", 0)
    finally:
        store.close()
    return results


def meets(entry: dict) -> bool:
    if entry["unit"] == "ms" and entry["target"]:
        return entry["value"] <= entry["target"]
    if entry["unit"] == "MB":
        return entry["value"] <= entry["target"]
    if entry["ratio"] is not None:
        return entry["ratio"] <= entry["target"]
    return True


# Why a figure can miss its target, printed under the table when it does.
WHY_MISSED = {
    "start-up to the window shown and filled": (
        "A bare PySide6 window loads Qt alone. Planner also loads SQLAlchemy's ORM, SQLModel and pydantic "
        "(see the next line: that stack alone, with the same window, takes about a third of Planner's time), "
        "then its own models and views, opens and checks the database and fills the window with the "
        "largest event. What is not needed to show the window (event files, PDF preview, Alembic, the "
        "automatic backup) is loaded later or on another thread."
    ),
    "start-up against Qt + SQLAlchemy + SQLModel loaded": (
        "Beyond the libraries: importing Planner's own modules (tables, services, every view), opening the "
        "database (integrity check, lock) and reading the navigator's 500 events and the largest event's "
        "overview with its conflicts."
    ),
}


def table(results: dict[str, dict]) -> str:
    lines = [f"{'':58} {'Planner':>10} {'bare':>10} {'ratio':>7} {'target':>10}  "]
    for name, entry in results.items():
        unit = entry["unit"]
        bare = "" if entry["baseline"] is None else f"{entry['baseline']:.3g} {unit}"
        ratio = "" if entry["ratio"] is None else f"{entry['ratio']:.2f}"
        if unit == "ms":
            target = f"< {entry['target']} ms" if entry["target"] else ""
        elif unit == "MB":
            target = f"< {entry['target']} MB"
        else:
            target = f"≤ {entry['target']}×"
        mark = "ok" if meets(entry) else "MISSED"
        value = f"{entry['value']:,.0f}" if entry["value"] >= 1000 else f"{entry['value']:.3g}"
        lines.append(f"{name:58} {value:>7} {unit:<2} {bare:>10} {ratio:>7} {target:>10}  {mark}")
    missed = [name for name, entry in results.items() if not meets(entry)]
    for name in missed:
        lines += ["", f"{name}: missed.", *textwrap.wrap(WHY_MISSED.get(name, "No known reason: worth a look."), 100)]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description="Planner's benchmark at scale")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (the median is reported)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--db", type=Path, help="the large database (made if it does not exist)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database = args.db or Path(folder) / "large.sqlite"
        if not database.exists():
            started = time.perf_counter()
            counts = make_large_database(database)
            print(
                f"generated {database.name}: "
                + ", ".join(f"{count:,} {name}" for name, count in counts.items())
                + f" in {time.perf_counter() - started:.1f} s",
                flush=True,
            )
        data_dir = Path(folder) / "data"
        data_dir.mkdir()
        results = measure(database, args.runs, data_dir)
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0 if all(meets(entry) for entry in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
