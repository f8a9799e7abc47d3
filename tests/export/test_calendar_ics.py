"""The invitation read back with the icalendar package: UK local time either side of the clocks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from tasking.export.calendar_ics import calendar_text, write_invite
from tasking.export.circulation_data import Invite

icalendar = pytest.importorskip("icalendar", reason="icalendar (test extra) is not installed")

HOUR = timedelta(hours=1)


def _invite(day: date, **changes: object) -> Invite:
    starts = datetime(day.year, day.month, day.day, 10, 0)
    values: dict[str, object] = {
        "uid": f"tasking-arb-{day:%Y%m%d}@tasking.invalid",
        "summary": "Arboretum neighbourhood tasking meeting",
        "starts": starts,
        "ends": starts + 2 * HOUR,
        "location": "Arboretum Community Centre, Reginald Street; room 2",
        "description": "OFFICIAL-SENSITIVE\nSafer Derby: papers to follow",
        "organiser": ("Zofia Wiśniewska-Łęcka", "zofia@example.org.uk"),
        "stamp": datetime(2025, 10, 1, 9, 0, tzinfo=UTC),
    }
    values.update(changes)
    return Invite(**values)  # type: ignore[arg-type]


def _event(text: str):
    calendar = icalendar.Calendar.from_ical(text)
    (event,) = calendar.walk("VEVENT")
    (zone,) = calendar.walk("VTIMEZONE")
    return calendar, event, zone


@pytest.mark.parametrize(
    ("day", "offset"),
    [
        (date(2025, 10, 21), HOUR),  # the Tuesday before the clocks go back: BST
        (date(2025, 10, 28), timedelta(0)),  # the Tuesday after: GMT
        (date(2026, 3, 24), timedelta(0)),  # before they go forward: GMT
        (date(2026, 3, 31), HOUR),  # after: BST
    ],
)
def test_local_time_is_ten_oclock_either_side_of_the_change(day, offset):
    _calendar, event, zone = _event(calendar_text(_invite(day)))
    start = event.decoded("DTSTART")
    assert (start.hour, start.minute) == (10, 0)
    assert str(event["DTSTART"].params["TZID"]) == "Europe/London"
    assert start.utcoffset() == offset  # the parser's own zone database
    ours = zone.to_tz()  # the VTIMEZONE we wrote, on its own
    assert datetime(day.year, day.month, day.day, 10, 0, tzinfo=ours).utcoffset() == offset
    assert event.decoded("DTEND") - start == 2 * HOUR


def test_venue_marking_and_organiser_survive_escaping():
    calendar, event, _zone = _event(calendar_text(_invite(date(2025, 12, 9))))
    assert str(calendar["VERSION"]) == "2.0" and str(calendar["PRODID"]).startswith("-//Tasking")
    assert str(event["LOCATION"]) == "Arboretum Community Centre, Reginald Street; room 2"
    assert str(event["DESCRIPTION"]).startswith("OFFICIAL-SENSITIVE\n")
    assert str(event["ORGANIZER"]) == "mailto:zofia@example.org.uk"
    assert event["ORGANIZER"].params["CN"] == "Zofia Wiśniewska-Łęcka"
    assert event.decoded("DTSTAMP") == datetime(2025, 10, 1, 9, 0, tzinfo=UTC)


def test_lines_are_folded_within_75_octets_with_crlf(tmp_path):
    long = _invite(date(2025, 12, 9), description="ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ " * 20)
    path = write_invite(long, tmp_path / "next.ics")
    raw = path.read_bytes()
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in raw.split(b"\r\n")) <= 75
    _calendar, event, _zone = _event(raw.decode("utf-8"))
    assert str(event["DESCRIPTION"]) == long.description
