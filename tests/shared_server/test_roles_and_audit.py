"""Each chair's own login: the audit rows name it, and no chair can rewrite the trail."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError

from tasking.services import Services, TaskingError

from .logins import admin, set_up
from .test_concurrent_raises import run_chairs


@pytest.fixture
def shared(shared_db: str, monkeypatch):
    return set_up(shared_db, monkeypatch)


def _audit_users(url: str) -> dict[str, int]:
    engine = create_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(
            text('SELECT "user", COUNT(*) FROM audit_entry GROUP BY "user"')
        ).all()
    engine.dispose()
    return {user: count for user, count in rows}


def test_two_chairs_logins_raise_at_once_and_the_audit_names_each(shared) -> None:
    alice, bob = run_chairs([shared.urls["alice"], shared.urls["bob"]], 200)
    assert alice["refused"] == [] and bob["refused"] == []
    assert len(set(alice["references"] + bob["references"])) == 400
    users = _audit_users(shared.admin_url)
    assert users == {shared.login("alice"): 200, shared.login("bob"): 200}


def test_the_server_names_the_login_whatever_the_client_claims(shared) -> None:
    services = Services.open(shared.urls["alice"])
    try:
        assert services.database.login == shared.login("alice")
        area = services.partnership.area_named("Arboretum").id
        with services.database.write(user="chief.constable") as session:  # a forged name
            session.execute(text("UPDATE area SET name = name WHERE id = :id"), {"id": area})
        services.partnership.add_agency("Neighbourhood Watch")
    finally:
        services.close()
    assert set(_audit_users(shared.admin_url)) == {shared.login("alice")}


@pytest.mark.parametrize("person", ["alice", "minutes", "homes"])
@pytest.mark.parametrize(
    "sql", ["UPDATE audit_entry SET \"user\" = 'nobody'", "DELETE FROM audit_entry"]
)
def test_no_application_login_can_change_or_delete_audit_rows(shared, person, sql) -> None:
    services = Services.open(shared.urls["alice"])
    services.partnership.add_agency("Neighbourhood Watch")  # at least one audit row
    services.close()
    engine = create_engine(shared.urls[person])
    with pytest.raises(ProgrammingError, match="permission denied"), engine.begin() as c:
        c.execute(text(sql))
    engine.dispose()
    assert _audit_users(shared.admin_url) == {shared.login("alice"): 1}


def test_a_read_only_officer_cannot_save_and_is_told_so(shared) -> None:
    services = Services.open(shared.urls["homes"])
    try:
        with pytest.raises(TaskingError, match="may not make this change"):
            services.partnership.add_agency("Neighbourhood Watch")
    finally:
        services.close()


def test_officers_see_only_their_agencys_actions_with_row_security_on(shared) -> None:
    chair = Services.open(shared.urls["alice"])
    p = chair.partnership
    kind, area = p.terms("action_type")[0].id, p.area_named("Arboretum").id
    for agency in ("Derby Homes", "Police", "Derby Homes"):
        chair.actions.raise_action(
            description=f"For {agency}", action_type_id=kind,
            owner_agency_id=p.agency_named(agency).id, area_id=area,
        )  # fmt: skip
    chair.close()

    def officer_sees() -> list[str]:
        officer = Services.open(shared.urls["homes"])
        try:
            return sorted(row.owner_agency for row in officer.actions.tracker())
        finally:
            officer.close()

    assert len(officer_sees()) == 3  # row security is off until IT turns it on
    assert admin("row-security", "on", "--database", shared.admin_url) == 0
    assert officer_sees() == ["Derby Homes", "Derby Homes"]
    # The policy asks the server who is connected: a setting the client makes changes nothing.
    engine = create_engine(shared.urls["homes"])
    with engine.begin() as c:
        c.execute(text("SET tasking.agency = '2'"))
        c.execute(text("SET application_name = 'chair'"))
        assert c.execute(text("SELECT COUNT(*) FROM action")).scalar() == 2
        with pytest.raises(ProgrammingError):
            c.execute(text("SET SESSION AUTHORIZATION t16_alice"))
    engine.dispose()
    chair = Services.open(shared.urls["alice"])
    assert len(chair.actions.tracker()) == 3  # chairs still see every agency's actions
    chair.close()
    assert admin("row-security", "off", "--database", shared.admin_url) == 0
    assert len(officer_sees()) == 3


def test_a_minute_taker_records_progress_but_only_the_chair_deletes_an_action(shared) -> None:
    chair = Services.open(shared.urls["alice"])
    p = chair.partnership
    first, second = (
        chair.actions.raise_action(
            description=text, action_type_id=p.terms("action_type")[0].id,
            owner_agency_id=p.agencies()[0].id, area_id=p.area_named("Arboretum").id,
        )
        for text in ("Patrol the park", "Raised by mistake")
    )  # fmt: skip
    chair.close()
    minutes = Services.open(shared.urls["minutes"])
    try:
        with pytest.raises(TaskingError, match="may not make this change"):
            minutes.actions.withdraw(second.id)
        minutes.actions.record_update(first.id, first.version, note="Two patrols done")
        assert len(minutes.actions.tracker()) == 2
    finally:
        minutes.close()
    chair = Services.open(shared.urls["bob"])
    try:
        chair.actions.withdraw(second.id)
        assert [r.id for r in chair.actions.tracker()] == [first.id]
    finally:
        chair.close()


def test_the_audit_time_is_the_servers_clock_not_the_laptops(shared, monkeypatch) -> None:
    from datetime import UTC, datetime, timedelta

    import tasking.models.audit

    monkeypatch.setattr(tasking.models.audit, "utcnow", lambda: datetime(2001, 1, 1, tzinfo=UTC))
    services = Services.open(shared.urls["alice"])
    try:
        services.partnership.add_agency("Neighbourhood Watch")
    finally:
        services.close()
    engine = create_engine(shared.admin_url)
    with engine.connect() as c:
        [at] = c.execute(text("SELECT at FROM audit_entry")).scalars().all()
    engine.dispose()
    assert abs(at - datetime.now(UTC).replace(tzinfo=None)) < timedelta(minutes=5)


def test_a_login_made_without_a_password_says_how_to_give_it_one(shared_db, capsys) -> None:
    assert admin("init", "--database", shared_db) == 0
    assert admin("add-login", "t16_carol", "--role", "chair", "--database", shared_db) == 0
    out = capsys.readouterr().out
    assert "t16_carol was created as chair without a password" in out
    assert "\\password t16_carol" in out


def test_a_new_logins_password_reaches_the_server_only_as_a_scram_verifier(
    shared, private_server
) -> None:
    engine = create_engine(shared.admin_url)
    with engine.connect() as c:
        stored = c.execute(
            text("SELECT rolpassword FROM pg_authid WHERE rolname = 't16_alice'")
        ).scalar()
    engine.dispose()
    assert stored.startswith("SCRAM-SHA-256$")
    logged = (private_server.folder / "log").read_text(errors="replace")
    assert "ALTER ROLE" in logged  # the server does log DDL here
    assert "pw-alice-7" not in logged


@pytest.mark.parametrize("person", ["alice", "minutes"])
def test_an_update_by_a_chair_or_minute_taker_login_shows_as_the_latest(shared, person) -> None:
    """The server keeps each action's latest update (a trigger) under the app's own logins,
    with officers' row security on, and an officer sees it on their agency's action."""
    chair = Services.open(shared.urls["alice"])
    p = chair.partnership
    raised = chair.actions.raise_action(
        description="Target hardening <door chains>",
        action_type_id=p.terms("action_type")[0].id,
        owner_agency_id=p.agency_named("Derby Homes").id,
        area_id=p.area_named("Arboretum").id,
    )
    chair.close()
    assert admin("row-security", "on", "--database", shared.admin_url) == 0
    writer = Services.open(shared.urls[person])
    try:
        writer.actions.record_update(raised.id, raised.version, note="Fitted at 12 & 14 Drewry Ln")
        assert writer.actions.row(raised.id).last_update == "Fitted at 12 & 14 Drewry Ln"
    finally:
        writer.close()
    officer = Services.open(shared.urls["homes"])
    try:
        (seen,) = officer.actions.tracker()
        assert (seen.id, seen.last_update) == (raised.id, "Fitted at 12 & 14 Drewry Ln")
    finally:
        officer.close()
    assert admin("row-security", "off", "--database", shared.admin_url) == 0
