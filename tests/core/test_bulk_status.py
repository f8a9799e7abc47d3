"""Setting the status of many actions at once: all of them or none, audited, undone exactly."""

from __future__ import annotations

from sqlalchemy import func, select, text

from tasking.models import AuditEntry
from tasking.models.audit_chain import check_chain
from tasking.services import ConflictError
from tasking.services.changes import ActionChanges
from tasking.services.errors import ManyConflicts

COUNT = 40
TABLES = ("action", "action_update")


def table_rows(core) -> dict[str, list[dict[str, object]]]:
    """Every column of every action and update row but the version counters."""
    found = {}
    with core.database.read() as session:
        for table in TABLES:
            result = session.execute(text(f"SELECT * FROM {table} ORDER BY id")).mappings()
            found[table] = [{k: v for k, v in row.items() if k != "version"} for row in result]
    return found


def _raise_many(core, arboretum, count: int = COUNT) -> dict[int, int]:
    versions = {}
    for n in range(count):
        row = core.actions.raise_action(
            description=f"Patrol the park, evening {n + 1}",
            action_type_id=arboretum.patrol,
            owner_agency_id=arboretum.police,
            hotspot_id=arboretum.park,
        )
        versions[row.id] = row.version
    return versions


def _audit(core) -> list[tuple[str, int, str, str, str | None, str | None]]:
    with core.database.read() as session:
        query = select(
            AuditEntry.record_type,
            AuditEntry.record_id,
            AuditEntry.operation,
            AuditEntry.field,
            AuditEntry.old_value,
            AuditEntry.new_value,
        ).order_by(AuditEntry.id)
        return [tuple(r) for r in session.execute(query)]


def _chain_intact(core) -> bool:
    with core.database.read() as session:
        connection = session.connection()
        return connection.dialect.name != "sqlite" or check_chain(connection).intact


def test_every_action_changes_with_its_update_and_audit(core, arboretum) -> None:
    versions = _raise_many(core, arboretum)
    seen = []
    changed = core.actions.set_status_many(
        versions, "completed", "Done together", progress=lambda d, t: seen.append((d, t))
    )
    assert changed == COUNT
    rows = {r.id: r for r in core.actions.tracker(ids=list(versions))}
    assert {r.status for r in rows.values()} == {"completed"}
    assert {r.completed_on for r in rows.values()} == {core.today()}
    assert {r.last_update for r in rows.values()} == {"Done together"}
    assert all(rows[i].version == versions[i] + 1 for i in versions)
    assert seen[-1][0] == seen[-1][1] > 0, "progress reaches its end"
    # Each action's detail shows the new update, recorded as the ORM would record it.
    detail = core.actions.detail(next(iter(versions)))
    assert [(u.status_from, u.status_to, u.note) for u in detail.updates] == [
        ("open", "completed", "Done together")
    ]
    audit = _audit(core)
    for action_id in versions:
        assert ("action", action_id, "update", "status", "open", "completed") in audit
    inserted = [a for a in audit if a[0] == "action_update" and a[2] == "insert"]
    assert len(inserted) == COUNT
    assert '"status_to": "completed"' in inserted[0][5]
    assert _chain_intact(core)


def test_changed_meanwhile_are_all_named_and_nothing_is_written(core, arboretum) -> None:
    versions = _raise_many(core, arboretum, 8)
    moved = list(versions)[2:5]
    for action_id in moved:  # someone else edits three of them after the chair read them
        core.actions.edit(action_id, versions[action_id], ActionChanges(description="Moved"))
    before, audit_before = table_rows(core), _audit(core)
    try:
        core.actions.set_status_many(versions, "cancelled")
    except ManyConflicts as error:
        assert isinstance(error, ConflictError)
        assert sorted(error.ids) == sorted(moved)
        assert "3 of these actions" in str(error)
        for action_id in moved:
            assert core.actions.row(action_id).reference in str(error)
    else:
        raise AssertionError("the stale change was accepted")
    assert table_rows(core) == before
    assert _audit(core) == audit_before


def test_undo_and_redo_put_every_row_back_exactly(core, arboretum) -> None:
    versions = _raise_many(core, arboretum)
    first = next(iter(versions))
    core.actions.set_status(first, versions[first], "in_progress")  # one already moved on
    versions[first] += 1
    before = table_rows(core)
    with core.reversals.recording() as made:
        core.actions.set_status_many(versions, "completed", "All done")
    edited = table_rows(core)
    undone = core.reversals.revert(made.changes, "undo")
    assert table_rows(core) == before
    rows = core.actions.tracker(ids=list(versions))
    assert {r.id: r.status for r in rows}[first] == "in_progress"
    assert all(r.version == versions[r.id] + 2 for r in rows), "each write moved its version"
    core.reversals.revert(undone, "redo")
    assert table_rows(core) == edited
    with core.database.read() as session:
        kinds = dict(
            session.execute(select(AuditEntry.kind, func.count()).group_by(AuditEntry.kind)).all()
        )
    # status and completion date of each action, and each update row: undone, then redone
    assert kinds["undo"] == kinds["redo"] == COUNT * 3
    assert _chain_intact(core)


def test_undo_is_refused_when_one_action_changed_since(core, arboretum) -> None:
    versions = _raise_many(core, arboretum, 5)
    with core.reversals.recording() as made:
        core.actions.set_status_many(versions, "completed")
    last = list(versions)[-1]
    row = core.actions.row(last)
    core.actions.edit(last, row.version, ActionChanges(description="Edited by an officer"))
    changed = table_rows(core)
    try:
        core.reversals.revert(made.changes, "undo")
    except ConflictError:
        pass
    else:
        raise AssertionError("undo overwrote a later change")
    assert table_rows(core) == changed
