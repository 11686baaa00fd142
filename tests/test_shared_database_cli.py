"""The command line on a shared database: `planner --db postgresql://…`
runs the commands on a real PostgreSQL server as on a file, and says what
a server does otherwise (its backups)."""

from __future__ import annotations

import csv
import json
import zipfile

from planner.cli import main


def test_the_commands_work_on_a_shared_database(postgres_url, tmp_path, capsys):
    location = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    assert main(["--db", location, "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", location, "events", "--json"]) == 0
    listed = {row["title"].split()[0]: row["id"] for row in json.loads(capsys.readouterr().out)}
    assert set(listed) == {"CLUNET", "ECRI", "Improvement"}
    exported = tmp_path / "munich.json"
    assert main(["--db", location, "export-event", str(listed["ECRI"]), "-o", str(exported)]) == 0
    assert main(["--db", location, "export-participants", str(listed["ECRI"]), "-o", str(tmp_path / "p.csv")]) == 0
    with (tmp_path / "p.csv").open(encoding="utf-8-sig", newline="") as source:
        assert len(list(csv.DictReader(source))) == 11
    # The event file of the server's event reads back into a file database whole.
    database = tmp_path / "laptop.sqlite"
    assert main(["--db", str(database), "import-event", str(exported)]) == 0
    capsys.readouterr()
    assert main(["--db", str(database), "events", "--json"]) == 0
    assert [row["title"] for row in json.loads(capsys.readouterr().out)] == ["ECRI study visit to BioM, Munich"]


def test_backups_of_a_shared_database_are_left_to_its_server(postgres_url, tmp_path, capsys):
    location = postgres_url.replace("planner@", "planner:s3cret@").replace("postgresql+psycopg://", "postgresql://")
    for command in (["backup", "-o", str(tmp_path / "copy.sqlite")], ["backups"]):
        assert main(["--db", location, *command]) != 0
        said = capsys.readouterr().err
        assert "backed up on its server" in said and "s3cret" not in said
    assert not (tmp_path / "copy.sqlite").exists()


def test_an_organiser_backs_up_a_shared_database_as_an_event_file_archive(postgres_url, tmp_path, capsys):
    location = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    assert main(["--db", location, "demo"]) == 0
    archive = tmp_path / "partnership.zip"
    assert main(["--db", location, "backup", "-o", str(archive)]) == 0
    assert "(3 event files)" in capsys.readouterr().out
    with zipfile.ZipFile(archive) as opened:
        names = sorted(opened.namelist())
        assert len(names) == 3
        opened.extractall(tmp_path / "events")
    # Every file reads back into a database file: the events as they were.
    laptop = tmp_path / "restored.sqlite"
    for name in names:
        assert main(["--db", str(laptop), "import-event", str(tmp_path / "events" / name)]) == 0
    capsys.readouterr()
    assert main(["--db", str(laptop), "events", "--json"]) == 0
    restored = sorted(row["title"] for row in json.loads(capsys.readouterr().out))
    assert main(["--db", location, "events", "--json"]) == 0
    assert restored == sorted(row["title"] for row in json.loads(capsys.readouterr().out))
