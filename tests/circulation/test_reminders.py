"""Reminders between meetings: one draft per agency of what is overdue or due soon."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from circulation_helpers import TODAY, addresses, body, cli, read_eml

from tasking.services import Services, ValidationError


def test_one_draft_per_agency_with_overdue_and_due_soon_actions(demo: Services, tmp_path):
    summary = demo.circulation.reminders(tmp_path / "out", due_within=7)
    by = TODAY + timedelta(days=7)
    all_rows = demo.actions.tracker()
    rows = [r for r in all_rows if not r.closed and r.due_on]
    due = [r for r in rows if r.due_on <= by]
    later = [r for r in rows if r.due_on > by]
    assert due and later
    agencies = sorted({r.owner_agency for r in due})
    assert len(summary.drafts) == len(agencies)
    by_name = {a.name: a.id for a in demo.partnership.agencies(True)}
    for agency in agencies:
        path = next(
            p for p in summary.drafts if agency.replace(":", " ").replace("  ", " ") in p.stem
        )
        message = read_eml(path)
        assert message["X-Unsent"] == "1"
        # Marked as highly as any meeting the agency's actions come from.
        needed = demo.exports.markings().needed(r for r in all_rows if r.owner_agency == agency)
        assert message["Subject"].startswith(f"{needed.label}: ") and agency in message["Subject"]
        staff = {p.email for p in demo.partnership.people(by_name[agency]) if p.email}
        assert addresses(message) == staff
        text = body(message)
        for r in due:
            if r.owner_agency == agency:
                assert r.reference in text
                if r.last_update:
                    assert r.last_update.split("\n")[0][:40] in " ".join(text.split())
            else:
                assert r.reference not in text
        assert not any(r.reference in text for r in later)
        if any(r.overdue for r in due if r.owner_agency == agency):
            assert "Overdue (" in text


def test_nothing_due_writes_nothing_and_bad_days_are_refused(demo: Services, tmp_path):
    with pytest.raises(ValidationError, match="number of days"):
        demo.circulation.reminders(tmp_path / "bad", due_within=-1)
    assert not (tmp_path / "bad").exists()


def test_command_line_for_a_scheduled_task(database, tmp_path):
    out = tmp_path / "reminders"
    done = cli(
        "reminders", "--database", str(database), "--due-within", "7", "-o", str(out),
        tmp_path=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    emls = sorted(out.glob("*.eml"))
    assert emls and f"Wrote {len(emls)} e-mail drafts" in done.stdout
    markings = ("OFFICIAL: ", "OFFICIAL-SENSITIVE: ")
    assert all(read_eml(p)["Subject"].startswith(markings) for p in emls)


def test_a_lower_marking_is_refused_unless_confirmed(database, tmp_path):
    """The demo's actions include some from OFFICIAL-SENSITIVE meetings."""
    out = tmp_path / "reminders"
    args = ["reminders", "--database", str(database), "--due-within", "7", "--marking", "OFFICIAL"]
    refused = cli(*args, "-o", str(out), tmp_path=tmp_path)
    assert refused.returncode == 2
    assert "--allow-lower-marking" in refused.stderr and len(refused.stderr.splitlines()) == 1
    assert not out.exists()
    done = cli(*args, "--allow-lower-marking", "-o", str(out), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    emls = sorted(out.glob("*.eml"))
    assert emls and all(read_eml(p)["Subject"].startswith("OFFICIAL: ") for p in emls)
    with sqlite3.connect(database) as connection:
        audited = connection.execute(
            "SELECT old_value, new_value FROM audit_entry WHERE operation = 'lower marking'"
        ).fetchall()
    assert audited == [("OFFICIAL-SENSITIVE", "OFFICIAL (reminders in reminders)")]
