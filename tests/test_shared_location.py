"""Where a shared database is, as the window and the settings hold it:
read from a URL and written back without its password."""

from __future__ import annotations

from planner.shared_location import SharedPlace, is_shared


def test_a_shared_database_is_told_from_a_file_by_its_address():
    assert is_shared("postgresql://anna@db.example.org/partnership")
    assert is_shared("postgres://db.example.org/partnership")
    assert not is_shared("/home/anna/postgresql:/events.sqlite")
    assert not is_shared(None)


def test_the_place_of_a_shared_database_drops_the_password_and_keeps_the_rest():
    place = SharedPlace.of("postgresql://anna:s3cret@DB.example.org:6432/partnership?sslmode=verify-full")
    assert (place.host, place.port, place.database, place.user, place.sslmode) == (
        "db.example.org",
        6432,
        "partnership",
        "anna",
        "verify-full",
    )
    assert place.location == "postgresql://anna@db.example.org:6432/partnership?sslmode=verify-full"
    assert place.name == "db.example.org:6432/partnership"
    assert place.account == "anna@db.example.org:6432/partnership"
    assert "s3cret" not in repr(place)


def test_the_usual_port_and_protection_are_left_out_of_the_address():
    place = SharedPlace(host="db.example.org", database="partnership", user="anna")
    assert place.location == "postgresql://anna@db.example.org/partnership"
    assert place.name == "db.example.org/partnership" and place.server == "db.example.org"
    assert SharedPlace.of(place.location) == place
