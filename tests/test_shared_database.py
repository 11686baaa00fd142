"""A Planner database on a PostgreSQL server, shared by a partnership:
the same migrations set it up and bring it up to date as a file, the
schema they make is the models', several Planners opening it at once
migrate it once, and a database of another program, or of a newer
Planner, is refused before anything is written."""

from __future__ import annotations

import threading
from datetime import date

import psycopg
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlmodel import SQLModel

from planner.db.recognition import HEAD_REVISION, MIGRATIONS_DIR, migration_config
from planner.db.shared import SharedStore, engine_url, is_shared, shown
from planner.errors import StoreError
from planner.services import directory, events


def _connect(url: str) -> psycopg.Connection:
    return psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)


def test_a_new_database_gets_the_schema_of_the_models(postgres_url):
    store = SharedStore.open(postgres_url)
    assert store.schema_revision() == HEAD_REVISION

    def compared(_object, name, kind, _reflected, _compare_to):
        return not (kind == "index" and name.endswith("_nocase"))  # expressions: Alembic cannot compare them

    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": compared})
        assert compare_metadata(context, SQLModel.metadata) == []
        caseless = connection.execute(
            text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_person_email_nocase'")
        ).scalar()
    assert "lower((email)::text)" in caseless
    store.close()


def test_the_migrations_go_down_and_up_again(postgres_url):
    SharedStore.open(postgres_url).close()
    engine = create_engine(engine_url(postgres_url))
    config = migration_config(MIGRATIONS_DIR)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    with engine.connect() as connection:
        left = connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars().all()
    assert left == ["alembic_version"]
    engine.dispose()
    store = SharedStore.open(postgres_url)
    assert store.schema_revision() == HEAD_REVISION
    store.close()


def test_planners_opening_a_new_database_at_once_set_it_up_once(postgres_url):
    opened: list[SharedStore] = []
    failures: list[BaseException] = []

    def open_it() -> None:
        try:
            opened.append(SharedStore.open(postgres_url))
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=open_it) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    with opened[0].write() as session:
        events.create_event(
            session, title="Partner meeting", kind="meeting", starts_on=date(2027, 3, 4), ends_on=date(2027, 3, 4),
            timezone="Europe/Brussels",
        )  # fmt: skip
    with opened[2].read() as session:
        assert [event.title for event in events.list_events(session)] == ["Partner meeting"]
    for store in opened:
        store.close()


def test_a_database_of_another_program_is_refused_untouched(postgres_url):
    with _connect(postgres_url) as connection:
        connection.execute("CREATE TABLE invoices (id serial PRIMARY KEY, total numeric)")
    with pytest.raises(StoreError, match="another program"):
        SharedStore.open(postgres_url)
    with _connect(postgres_url) as connection:
        tables = connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
    assert tables == [("invoices",)]


def test_a_database_of_a_newer_planner_is_refused(postgres_url):
    SharedStore.open(postgres_url).close()
    with _connect(postgres_url) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError, match="newer"):
        SharedStore.open(postgres_url)


def test_a_wrong_password_is_said_without_showing_it(postgres_server):
    location = postgres_server.url("postgres").replace("planner@", "nobody:secret@")
    with pytest.raises(StoreError) as refused:
        SharedStore.open(location)
    assert "secret" not in str(refused.value)
    assert shown(location) in str(refused.value)


def test_people_are_found_with_case_ignored_on_the_server_too(postgres_url):
    store = SharedStore.open(postgres_url)
    with store.write() as session:
        person = directory.create_person(
            session, given_name="Łukasz", family_name="Wójcik", email="L.Wojcik@Example.org"
        )
        other = directory.create_person(session, given_name="Ωmega", family_name="Ζήση", email="ΖΗΣΗ@example.gr")
    with store.read() as session:
        assert directory.find_person_by_email(session, " l.wojcik@example.ORG ").id == person.id
        assert directory.find_person_by_email(session, "ζηση@EXAMPLE.gr").id == other.id
        assert directory.find_person_by_name(session, "łukasz", "WÓJCIK", None).id == person.id
    store.close()


def test_a_location_tells_a_server_from_a_file():
    assert is_shared("postgresql://anna@db.example.org/partnership")
    assert is_shared("postgres://anna@db.example.org/partnership")
    assert not is_shared("/home/anna/planner.sqlite")
    assert shown("postgresql://anna:pa55@db.example.org:5433/p") == "postgresql://anna:***@db.example.org:5433/p"


def test_organisers_of_one_partnership_share_its_tables(postgres_server):
    """Each organiser logs in as themselves; the tables belong to the role
    that owns the database, whoever opened it first."""
    with _connect(postgres_server.url("postgres")) as admin:
        admin.execute("CREATE ROLE partnership NOLOGIN")
        admin.execute("CREATE ROLE anna LOGIN IN ROLE partnership")
        admin.execute("CREATE ROLE bob LOGIN IN ROLE partnership")
        admin.execute("CREATE DATABASE shared_by_two OWNER partnership")
    anna = SharedStore.open(postgres_server.url("shared_by_two").replace("planner@", "anna@"))
    with anna.write() as session:
        events.create_event(
            session, title="Kick-off", kind="meeting", starts_on=date(2027, 1, 12), ends_on=date(2027, 1, 12),
            timezone="Europe/Madrid",
        )  # fmt: skip
    anna.close()
    bob = SharedStore.open(postgres_server.url("shared_by_two").replace("planner@", "bob@"))
    with bob.write() as session:
        (kick_off,) = events.list_events(session)
        events.update_event(session, kick_off.id, title="Kick-off meeting")
    with bob.engine.connect() as connection:
        owners = set(
            connection.execute(text("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")).scalars()
        )
        who = connection.execute(text("SELECT session_user")).scalar()
    bob.close()
    assert owners == {"partnership"}
    assert who == "bob"


def test_an_open_shared_database_remembers_where_it_is_without_the_password(postgres_url):
    location = postgres_url.replace("planner@", "planner:s3cret@")
    store = SharedStore.open(location)
    try:
        assert "s3cret" not in store.location + store.shown_location
        assert store.location == postgres_url.replace("postgresql+psycopg://", "postgresql://")
        assert store.name == postgres_url.rpartition("@")[2]
        assert store.is_shared and not store.keeps_backups
    finally:
        store.close()


def test_a_role_that_may_only_read_is_told_so_and_nothing_is_changed(postgres_url):
    SharedStore.open(postgres_url).close()  # set up by its owner
    with _connect(postgres_url) as admin:
        admin.execute("CREATE ROLE reads_only LOGIN")
        admin.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reads_only")
    reader = SharedStore.open(postgres_url.replace("planner@", "reads_only@"))
    try:
        with reader.read() as session:
            assert events.list_events(session) == []
        with (
            pytest.raises(StoreError, match="may read this shared database but not change it"),
            reader.write() as session,
        ):
            events.create_event(
                session, title="Kick-off", kind="meeting", starts_on=date(2027, 1, 12), ends_on=date(2027, 1, 12),
                timezone="Europe/Madrid",
            )  # fmt: skip
    finally:
        reader.close()
    with _connect(postgres_url) as admin:
        assert admin.execute("SELECT count(*) FROM event").fetchone() == (0,)
