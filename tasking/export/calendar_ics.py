"""The next meeting as an iCalendar (RFC 5545) invitation, written by hand: it is simple text.

Times are local UK time with a ``VTIMEZONE`` for Europe/London, so a calendar shows 10:00
whether the meeting falls in GMT or BST.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tasking import __version__
from tasking.export.circulation_data import Invite
from tasking.export.files import atomic_write

TZID = "Europe/London"
# The UK rule since 1996: BST from 01:00 UTC on the last Sunday of March to the last of October.
VTIMEZONE = [
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0000",
    "TZOFFSETTO:+0100",
    "TZNAME:BST",
    "DTSTART:19700329T010000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0000",
    "TZNAME:GMT",
    "DTSTART:19701025T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
]


def escape_text(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and new lines escaped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for plain, escaped in (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\n", "\\n")):
        text = text.replace(plain, escaped)
    return text


def fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space, never mid-character."""
    out: list[str] = []
    current = b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def _local(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def calendar_lines(invite: Invite) -> list[str]:
    stamp = (invite.stamp or datetime.now(UTC)).astimezone(UTC)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Tasking//Tasking {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        *VTIMEZONE,
        "BEGIN:VEVENT",
        f"UID:{invite.uid}",
        f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
        f"DTSTART;TZID={TZID}:{_local(invite.starts)}",
        f"DTEND;TZID={TZID}:{_local(invite.ends)}",
        f"SUMMARY:{escape_text(invite.summary)}",
        f"LOCATION:{escape_text(invite.location)}",
        f"DESCRIPTION:{escape_text(invite.description)}",
    ]
    name, address = invite.organiser
    if address:
        cn = name.replace('"', "'")
        lines.append(f'ORGANIZER;CN="{cn}":mailto:{address}')
    lines += ["SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return lines


def calendar_text(invite: Invite) -> str:
    return "".join(f"{fold(line)}\r\n" for line in calendar_lines(invite))


def write_invite(invite: Invite, path: Path | str) -> Path:
    """Write the invitation to ``path`` (replaced only when complete) and return it."""
    destination = Path(path)
    with atomic_write(destination) as temp:
        temp.write_bytes(calendar_text(invite).encode("utf-8"))
    return destination
