"""Wall-clock times in IANA zones."""

from __future__ import annotations

from datetime import datetime

import pytest

from planner.services import times


@pytest.mark.parametrize(
    ("moment", "zone", "expected"),
    [
        (datetime(2018, 3, 21, 8, 20), "Europe/Athens", "EET"),
        (datetime(2018, 3, 25, 10, 40), "Europe/Berlin", "CEST"),
        (datetime(2018, 3, 24, 10, 40), "Europe/Berlin", "CET"),
        (datetime(2020, 6, 1, 12, 0), "Europe/Istanbul", "UTC+03"),
        (datetime(2020, 6, 1, 12, 0), "Asia/Kolkata", "IST"),
        (datetime(2020, 6, 1, 12, 0), "Asia/Kathmandu", "UTC+05:45"),
    ],
)
def test_zone_abbreviation(moment, zone, expected):
    assert times.zone_abbreviation(moment, zone) == expected
