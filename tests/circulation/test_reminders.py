"""Reminders between meetings: one draft per agency of what is overdue or due soon."""

from __future__ import annotations

from datetime import timedelta

import pytest
from circulation_helpers import TODAY, addresses, body, cli, read_eml

from tasking.services import Services, ValidationError


def test_one_draft_per_agency_with_overdue_and_due_soon_actions(demo: Services, tmp_path):
    summary = demo.circulation.reminders(tmp_path / "out", due_within=7)
    by = TODAY + timedelta(days=7)
    rows = [r for r in demo.actions.tracker() if not r.closed and r.due_on]
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
        assert message["Subject"].startswith("OFFICIAL: ") and agency in message["Subject"]
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
    assert all(read_eml(p)["Subject"].startswith("OFFICIAL: ") for p in emls)
