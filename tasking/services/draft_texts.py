"""What the circulation e-mails say: subjects led by the marking, bodies listing what is due."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from tasking.export.data import TrackerAction


def long_day(day: date) -> str:
    """ "14 October 2025"."""
    return f"{day.day} {day:%B %Y}"


def subject(marking: str, text: str) -> str:
    """The Government Security Classifications put the marking first, in capitals."""
    return f"{(marking.strip() or 'OFFICIAL').upper()}: {text}"


def _handling(marking: str) -> str:
    return (
        f"This message and its attachments are {marking.upper()}. Share them only with the "
        "partner agencies, and handle them according to their protective marking."
    )


def minutes_body(
    area: str, held_on: date, next_on: date | None, venue: str, marking: str, shareable: bool
) -> str:
    what = "minutes for wider circulation" if shareable else "minutes"
    lines = [
        "Dear colleagues,",
        "",
        f"Please find attached the {what} of the {area} neighbourhood tasking meeting held on "
        f"{held_on:%A} {long_day(held_on)}.",
        "",
    ]
    if next_on is not None:
        where = f" at {venue}" if venue else ""
        lines += [
            f"The next meeting is on {next_on:%A} {long_day(next_on)}{where}; the calendar "
            "invitation is attached.",
            "",
        ]
    lines += [_handling(marking), "", "Kind regards"]
    return "\n".join(lines)


def action_lines(actions: Sequence[TrackerAction]) -> list[str]:
    lines = []
    for a in actions:
        due = f"due {a.due_on:%d/%m/%Y}" if a.due_on else "no due date"
        officer = f" ({a.owner_officer})" if a.owner_officer else ""
        lines.append(f"- {a.reference}{officer}: {a.description} [{a.status}, {due}]")
        if a.last_update_on is not None:
            lines.append(f"    Last update {a.last_update_on:%d/%m/%Y}: {a.last_update or '-'}")
    return lines


def tracker_body(
    agency: str, area: str, due: Sequence[TrackerAction], next_on: date | None, marking: str
) -> str:
    before = f"before the next meeting on {long_day(next_on)}" if next_on else "soon"
    lines = [
        f"Dear colleagues at {agency},",
        "",
        f"Please find attached the {area} action tracker for {agency}. Please update it "
        "and return it before the next meeting.",
        "",
    ]
    if due:
        lines += [f"Your actions due {before}:", "", *action_lines(due), ""]
    else:
        lines += [f"None of your actions are due {before}.", ""]
    lines += [_handling(marking), "", "Kind regards"]
    return "\n".join(lines)


def reminder_body(agency: str, actions: Sequence[TrackerAction], today: date, days: int) -> str:
    overdue = [a for a in actions if a.due_on is not None and a.due_on < today]
    soon = [a for a in actions if a not in overdue]
    lines = [f"Dear colleagues at {agency},", ""]
    lines += ["A reminder of your tasking actions that are overdue or due soon.", ""]
    if overdue:
        lines += [f"Overdue ({len(overdue)}):", "", *action_lines(overdue), ""]
    if soon:
        lines += [f"Due within {days} days ({len(soon)}):", "", *action_lines(soon), ""]
    lines += ["Please send an update before the due date, or say if it needs to move.", ""]
    lines += ["Kind regards"]
    return "\n".join(lines)
