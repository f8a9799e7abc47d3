"""Each action's latest update date and note, kept by the database, always match its updates.

The tracker reads them from the action (migration 0013); these tests change updates in every
way a chair can (record, bulk change, meeting update, delete, undo, redo, withdraw) and check
them against the updates themselves, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import create_engine, text

from tasking.models import migrate
from tasking.services import Services

# The latest date and latest non-empty note, worked out from the updates alone.
WORKED_OUT = text(
    "SELECT a.id, a.last_noted_on, a.last_note,"
    " (SELECT max(u.noted_on) FROM action_update u WHERE u.action_id = a.id),"
    " (SELECT u.note FROM action_update u WHERE u.action_id = a.id AND u.note <> ''"
    "  ORDER BY u.noted_on DESC, u.id DESC LIMIT 1)"
    " FROM action a ORDER BY a.id"
)


def kept_and_worked_out(core: Services) -> list[tuple[object, ...]]:
    with core.database.read() as session:
        return [tuple(row) for row in session.execute(WORKED_OUT)]


def assert_kept(core: Services) -> None:
    rows = kept_and_worked_out(core)
    assert rows, "no actions to check"
    for id_, kept_on, kept_note, last_on, last_note in rows:
        assert (str(kept_on) if kept_on else None, kept_note) == (
            str(last_on) if last_on else None,
            last_note,
        ), f"action {id_}"


def row(core: Services, action_id: int):
    return core.actions.row(action_id)


@pytest.fixture
def actions(core, arboretum) -> list[int]:
    """Two actions at the Arboretum's park, raised on 03/02/2025."""
    return [
        core.actions.raise_action(
            description=text,
            action_type_id=kind,
            owner_agency_id=agency,
            hotspot_id=arboretum.park,
            raised_on=date(2025, 2, 3),
        ).id
        for text, kind, agency in (
            ("Evening patrols <Fri & Sat>", arboretum.patrol, arboretum.police),
            ("Redeploy the camera (کیمرہ)", arboretum.cctv, arboretum.homes),
        )
    ]


def test_the_tracker_shows_the_latest_date_and_the_latest_note(core, actions) -> None:
    action = actions[0]
    first = core.actions.record_update(
        action, row(core, action).version, note="First patrol", noted_on=date(2025, 3, 1)
    )
    assert (row(core, action).last_update_on, row(core, action).last_update) == (
        date(2025, 3, 1),
        "First patrol",
    )
    # A later update with no note moves the date, not the note.
    core.actions.record_update(
        action, row(core, action).version, status="in_progress", noted_on=date(2025, 3, 9)
    )
    assert (row(core, action).last_update_on, row(core, action).last_update) == (
        date(2025, 3, 9),
        "First patrol",
    )
    # An update dated earlier (reported late) changes neither.
    core.actions.record_update(
        action, row(core, action).version, note="Missed entry", noted_on=date(2025, 2, 1)
    )
    assert (row(core, action).last_update_on, row(core, action).last_update) == (
        date(2025, 3, 9),
        "First patrol",
    )
    assert_kept(core)
    # Removing the update with the note leaves the earlier one's.
    core.actions.delete_update(first.id)
    assert row(core, action).last_update == "Missed entry"
    assert_kept(core)


def test_bulk_changes_meeting_updates_undo_and_redo_keep_them(core, arboretum, actions) -> None:
    meeting = core.meetings.open_next(arboretum.area_id, date(2025, 6, 10))
    patrol = actions[0]
    for action in actions:
        core.actions.record_update(
            action, row(core, action).version, note="Before", noted_on=date(2025, 4, 1)
        )
    with core.reversals.recording() as made:
        changed = core.actions.set_status_many(
            {a: row(core, a).version for a in actions}, "completed", note="All done & dusted"
        )
    assert changed == 2
    assert {row(core, a).last_update for a in actions} == {"All done & dusted"}
    assert_kept(core)
    undone = core.reversals.revert(made.changes, "undo")
    assert {row(core, a).last_update for a in actions} == {"Before"}
    assert_kept(core)
    core.reversals.revert(undone, "redo")
    assert {row(core, a).last_update for a in actions} == {"All done & dusted"}
    assert_kept(core)
    core.actions.set_meeting_update(patrol, meeting.id, note="Said at the meeting", status=None)
    assert row(core, patrol).last_update == "Said at the meeting"
    assert row(core, patrol).last_update_on == date(2025, 6, 10)
    assert_kept(core)
    # Said again differently: the meeting's update is replaced, and so is the latest note.
    core.actions.set_meeting_update(patrol, meeting.id, note="Corrected", status=None)
    assert row(core, patrol).last_update == "Corrected"
    assert_kept(core)
    fresh = core.actions.raise_action(
        description="Raised by mistake",
        action_type_id=arboretum.patrol,
        owner_agency_id=arboretum.police,
        area_id=arboretum.area_id,
        raised_on=date(2025, 4, 8),
    )
    assert (row(core, fresh.id).last_update_on, row(core, fresh.id).last_update) == (None, "")
    core.actions.withdraw(fresh.id)
    assert_kept(core)


def test_down_to_0012_and_up_again_fills_them_from_the_updates(core, actions) -> None:
    if core.database.engine.dialect.name != "sqlite":
        pytest.skip("a file is downgraded and opened again; PostgreSQL's triggers are tested above")
    core.actions.record_update(actions[0], row(core, actions[0]).version, note="Kept note")
    before = core.actions.tracker()
    path = core.database.path
    core.close()
    engine = create_engine(f"sqlite:///{path}")
    migrate.downgrade(engine, "0012")
    with engine.connect() as connection:
        columns = {r[1] for r in connection.exec_driver_sql("PRAGMA table_info(action)")}
        made = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name LIKE 'action_latest_update%'"
            " OR name = 'ix_action_review_action_id_meeting_id'"
        ).scalar()
    engine.dispose()
    assert "last_note" not in columns and made == 0
    reopened = Services.open(path, today=lambda: date(2025, 6, 1))  # upgrades again
    try:
        assert reopened.actions.tracker() == before
        assert_kept(reopened)
    finally:
        reopened.close()


@pytest.mark.postgres
def test_two_chairs_adding_updates_at_once_both_count(core, actions) -> None:
    """On a shared server, the later-dated update wins whichever chair commits last."""
    if core.database.engine.dialect.name != "postgresql":
        pytest.skip("SQLite has one writer at a time")
    action = actions[0]
    insert = (
        "INSERT INTO action_update (action_id, noted_on, note, recorded_by, version,"
        " created_at, updated_at) VALUES (:action, :on, :note, 'test', 1, now(), now())"
    )
    engine = core.database.engine
    first = engine.connect()
    first_tx = first.begin()
    first.execute(text(insert), {"action": action, "on": date(2025, 5, 20), "note": "Later"})
    done = threading.Event()

    def second_chair() -> None:
        with engine.begin() as second:
            second.execute(
                text(insert), {"action": action, "on": date(2025, 5, 1), "note": "Earlier"}
            )
        done.set()

    thread = threading.Thread(target=second_chair)
    thread.start()
    assert not done.wait(0.5), "the second chair's update should wait for the first"
    first_tx.commit()
    first.close()
    thread.join(10)
    assert done.is_set()
    assert (row(core, action).last_update_on, row(core, action).last_update) == (
        date(2025, 5, 20),
        "Later",
    )
    assert_kept(core)


def test_a_row_whose_name_is_missing_is_named_blank_not_lost(core, actions) -> None:
    """The rows are made with plain look-ups of every name; one not found (the database's
    keys say it cannot be) leaves that name blank and every row still there."""
    from tasking.services import tracker as read
    from tasking.services.tracker_rows import Dates, built

    today = date(2025, 6, 1)
    with core.database.read() as session:
        connection = session.connection()
        names = read._names(connection)
        driver_rows = read._plain_rows(connection, lambda: read._actions_query(None))
    statuses = {"open": ("Open", False)}
    convert = date.fromisoformat if core.database.engine.dialect.name == "sqlite" else None
    whole = built(driver_rows, {}, today, statuses, Dates(convert), names)
    police = whole[0].owner_agency
    assert [r.owner_agency for r in whole] == [police, "Derby Homes"]
    del names[2][whole[1].owner_agency_id]  # Derby Homes' name not read
    gapped = built(driver_rows, {}, today, statuses, Dates(convert), names)
    assert [r.owner_agency for r in gapped] == [police, ""]
    assert [r._replace(owner_agency="") for r in gapped] == [
        r._replace(owner_agency="") for r in whole
    ]
