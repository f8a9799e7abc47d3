"""The audit trail names who changed what; on SQLite, tampering with it is made visible."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from tasking.models.audit import os_user
from tasking.services import Services

TODAY = date(2025, 6, 1)


def _raise_two(services: Services) -> None:
    p = services.partnership
    area = p.area_named("Arboretum").id
    kind = p.terms("action_type")[0].id
    for text in ("Patrol the park", "Clear the alley"):
        row = services.actions.raise_action(
            description=text, action_type_id=kind, owner_agency_id=p.agencies()[0].id, area_id=area
        )
    services.actions.record_update(row.id, row.version, note="Done twice", status="in_progress")


def _opened(path: Path) -> Services:
    return Services.open(path, today=lambda: TODAY, create=True)


def test_the_os_account_is_recorded_not_a_user_variable(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("USER", "chief.constable")
    monkeypatch.setenv("LOGNAME", "chief.constable")
    services = _opened(tmp_path / "a.sqlite")
    _raise_two(services)
    services.close()
    users = {u for (u,) in sqlite3.connect(tmp_path / "a.sqlite").execute(
        'SELECT DISTINCT "user" FROM audit_entry')}  # fmt: skip
    assert users == {os_user()} and "chief.constable" not in users


def test_an_untouched_trail_opens_without_a_warning(tmp_path: Path) -> None:
    services = _opened(tmp_path / "a.sqlite")
    _raise_two(services)
    services.close()
    again = _opened(tmp_path / "a.sqlite")
    assert again.audit_trail_warnings() == []
    again.close()


def _tamper(path: Path, sql: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute(sql)
    connection.commit()
    connection.close()


def test_an_edited_deleted_or_unhashed_audit_row_is_warned_about(tmp_path: Path) -> None:
    tampering = [
        "UPDATE audit_entry SET new_value = 'nothing to see' WHERE id = 2",
        "DELETE FROM audit_entry WHERE id = 2",
        "UPDATE audit_entry SET chain = NULL WHERE id = 3",
        "UPDATE audit_entry SET \"user\" = 'someone.else' WHERE id = 1",
    ]
    for n, sql in enumerate(tampering):
        path = tmp_path / f"{n}.sqlite"
        services = _opened(path)
        _raise_two(services)
        services.close()
        _tamper(path, sql)
        again = _opened(path)
        [warning] = again.audit_trail_warnings()
        again.close()
        assert "audit trail" in warning and "changed outside Tasking" in warning, sql
        assert str(path) in warning


def test_the_chain_carries_on_across_sessions_and_a_reopening_reason(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    services = _opened(path)
    _raise_two(services)
    meeting = services.meetings.open_next(services.partnership.area_named("Arboretum").id, TODAY)
    final = services.meetings.finalise(meeting.id, meeting.version)
    services.meetings.reopen(meeting.id, final.version, reason="A wrong date")
    services.close()
    reasons = (
        sqlite3.connect(path)
        .execute(
            "SELECT COUNT(*) FROM audit_entry "
            "WHERE new_value LIKE '%A wrong date%' AND chain IS NOT NULL"
        )
        .fetchone()[0]
    )
    assert reasons == 1
    again = _opened(path)
    assert again.audit_trail_warnings() == []
    again.close()


def test_undo_and_redo_entries_join_the_chain_and_their_kind_cannot_be_relabelled(
    tmp_path: Path,
) -> None:
    path = tmp_path / "u.sqlite"
    services = _opened(path)
    with services.reversals.recording() as made:
        _raise_two(services)
    undone = services.reversals.revert(made.changes, "undo")
    services.reversals.revert(undone, "redo")
    services.close()
    kinds = dict(
        sqlite3.connect(path)
        .execute("SELECT kind, COUNT(chain) FROM audit_entry GROUP BY kind")
        .fetchall()
    )
    assert kinds.keys() == {"", "undo", "redo"} and all(kinds.values())
    again = _opened(path)
    assert again.audit_trail_warnings() == []
    again.close()
    # An undo passed off as an ordinary edit (or the other way round) breaks the chain.
    _tamper(
        path,
        "UPDATE audit_entry SET kind = '' "
        "WHERE id = (SELECT MIN(id) FROM audit_entry WHERE kind = 'undo')",
    )
    relabelled = _opened(path)
    [warning] = relabelled.audit_trail_warnings()
    relabelled.close()
    assert "changed outside Tasking" in warning
