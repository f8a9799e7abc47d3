"""A tracker edited as an officer would (through openpyxl), returned and imported."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from sqlalchemy import select

from tasking import cli
from tasking.models import AuditEntry
from tasking.returns.proposals import Kind
from tasking.services.changes import ActionChanges
from tests.returns.officers import edit_with_openpyxl, standard_edits


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str]) -> int:
    return cli.run_command(cli.parse(argv))


def _summary(plan) -> set[tuple[str, str, str, str]]:
    return {
        (p.kind.value, p.reference, p.field, p.after)
        for p in plan.proposals
        if p.kind is not Kind.UNCHANGED
    }


def test_preview_lists_exactly_the_officers_edits(services, records, exported, refs, tmp_path):
    returned = edit_with_openpyxl(exported, tmp_path / "back.xlsx", standard_edits(refs))
    plan = services.returns.preview([returned])
    assert _summary(plan) == {
        ("note", refs["cctv"], "note", "Camera up at the gates"),
        ("change", refs["cctv"], "status", "Completed"),
        ("error", refs["patrol"], "status", "Done"),
        ("warning", refs["letter"], "note", "=needs CCTV?"),
        ("change", refs["letter"], "due_on", "20/06/2025"),
        ("missing", refs["clean"], "row", ""),
        ("new", "", "row", "Check the lighting on Stockbrook Street"),
    }
    bad = next(p for p in plan.proposals if p.kind is Kind.ERROR)
    assert "map it to one of" in bad.reason and "In progress" in bad.options
    # Rows were sorted and one deleted: each change still names the row the officer sees.
    note = next(p for p in plan.proposals if p.field == "note" and p.kind is Kind.NOTE)
    assert note.source == f"back.xlsx row {note.row}" and note.row == 4
    assert all(p.accepted == (p.kind in (Kind.NOTE, Kind.CHANGE)) for p in plan.proposals)


def test_dry_run_changes_nothing_apply_once_then_already_imported(
    services, records, exported, refs, tmp_path, capsys
):
    returned = edit_with_openpyxl(exported, tmp_path / "back.xlsx", standard_edits(refs))
    database = str(services.database.path)
    before = _sha256(services.database.path)
    assert main(["import", "tracker", "--database", database, "--dry-run", str(returned)]) == 0
    out = capsys.readouterr().out
    assert "Dry run: nothing changed (3 clean changes would be applied)." in out
    assert f"error     back.xlsx row 3 {refs['patrol']} Status: In progress -> Done" in out
    assert _sha256(services.database.path) == before

    assert main(["import", "tracker", "--database", database, "--apply", str(returned)]) == 0
    out = capsys.readouterr().out
    assert (
        "Applied: 1 note added, 1 status changed, 1 date changed, 0 conflicts kept, 1 row refused"
        in out
    )
    cctv = services.actions.detail(records.actions["cctv"])
    assert cctv.row.status == "completed"
    last = cctv.updates[-1]
    assert last.note.startswith("Camera up at the gates\n(via the tracker returned on ")
    assert last.recorded_by == "عائشہ خان"  # the officer named in the file
    assert services.actions.row(records.actions["letter"]).due_on == date(2025, 6, 20)
    with services.database.read() as session:
        sources = session.scalars(
            select(AuditEntry.new_value).where(AuditEntry.operation == "import")
        ).all()
    assert any("(from back.xlsx row " in s for s in sources) and len(sources) == 3

    assert main(["import", "tracker", "--database", database, "--apply", str(returned)]) == 0
    out = capsys.readouterr().out
    assert "back.xlsx: already imported on" in out and "3 changes applied; 0 changes" in out
    assert "Applied: 0 notes added, 0 statuses changed" in out


def test_status_changed_in_the_app_meanwhile_is_a_conflict_and_the_note_still_goes_in(
    services, records, exported, refs, tmp_path
):
    returned = edit_with_openpyxl(exported, tmp_path / "back.xlsx", standard_edits(refs))
    cctv = records.actions["cctv"]
    services.actions.set_status(cctv, services.actions.row(cctv).version, "cancelled")
    plan = services.returns.preview([returned])
    conflict = next(p for p in plan.proposals if p.field == "status" and p.action_id == cctv)
    assert conflict.kind is Kind.CONFLICT and not conflict.accepted
    assert conflict.before == "Cancelled" and conflict.after == "Completed"
    assert "Tasking now: Cancelled on" in conflict.reason
    receipt = services.returns.apply(plan)
    assert "1 conflict kept" in receipt.summary
    detail = services.actions.detail(cctv)
    assert detail.row.status == "cancelled"  # Tasking's kept
    assert detail.updates[-1].note.startswith("Camera up at the gates")


def test_changed_between_preview_and_apply_goes_back_to_conflict(
    services, records, exported, refs, tmp_path
):
    returned = edit_with_openpyxl(exported, tmp_path / "back.xlsx", standard_edits(refs))
    plan = services.returns.preview([returned])
    letter = records.actions["letter"]
    services.actions.edit(
        letter, services.actions.row(letter).version, ActionChanges(outcome="Letter sent")
    )
    receipt = services.returns.apply(plan)
    assert [p.reference for p in receipt.sent_back] == [refs["letter"]]
    assert services.actions.row(letter).due_on == date(2025, 6, 5)  # unchanged
    assert services.actions.row(records.actions["cctv"]).status == "completed"  # the rest applied


def test_one_undo_takes_the_whole_import_back(services, records, exported, refs, tmp_path):
    returned = edit_with_openpyxl(exported, tmp_path / "back.xlsx", standard_edits(refs))
    before = {key: services.actions.detail(i) for key, i in records.actions.items()}
    plan = services.returns.preview([returned])
    with services.reversals.recording() as made:  # as the app applies it, for its one Undo
        receipt = services.returns.apply(plan)
    assert receipt.changed
    redo = services.reversals.revert(made.changes, "undo")
    for key, action_id in records.actions.items():
        after = services.actions.detail(action_id)
        assert (after.row.status, after.row.due_on, after.updates) == (
            before[key].row.status,
            before[key].row.due_on,
            before[key].updates,
        )
    with services.database.read() as session:
        undone = session.scalars(
            select(AuditEntry).where(AuditEntry.kind == "undo", AuditEntry.record_type == "action")
        ).all()
    assert undone  # the undo is in the audit trail as an undo
    # Undone, the file can be imported again; redone, it is imported once more.
    again = services.returns.preview([returned])
    assert not any(f.already for f in again.files)
    services.reversals.revert(redo, "redo")
    assert services.actions.row(records.actions["cctv"]).status == "completed"
    assert all(f.already for f in services.returns.preview([returned]).files)


def test_two_files_changing_one_action_differently_are_one_conflict(
    services, records, exported, refs, tmp_path
):
    from tests.returns.officers import Edits

    first = edit_with_openpyxl(
        exported, tmp_path / "police.xlsx", Edits(cells={refs["cctv"]: {"Status": "Completed"}})
    )
    second = edit_with_openpyxl(
        exported, tmp_path / "council.xlsx", Edits(cells={refs["cctv"]: {"Status": "Cancelled"}})
    )
    plan = services.returns.preview([first, second])
    status = [p for p in plan.proposals if p.field == "status"]
    assert len(status) == 1 and status[0].kind is Kind.CONFLICT
    assert (
        "police.xlsx: Completed" in status[0].reason
        and "council.xlsx: Cancelled" in status[0].reason
    )


def test_return_queries_workbook_holds_the_refused_and_conflicting_rows(
    services, records, exported, refs, tmp_path, capsys
):
    from python_calamine import CalamineWorkbook

    returned = edit_with_openpyxl(exported, tmp_path / "back.xlsx", standard_edits(refs))
    cctv = records.actions["cctv"]
    services.actions.set_status(cctv, services.actions.row(cctv).version, "cancelled")
    queries = tmp_path / "queries.xlsx"
    officer_file = _sha256(returned)
    database = str(services.database.path)
    args = ["import", "tracker", "--database", database, str(returned), "--queries", str(queries)]
    assert main(args) == 0
    said = [line for line in capsys.readouterr().out.splitlines() if line.startswith("Wrote ")]
    # A whole tracker came back: its queries go to each row's own agency, a workbook each.
    written = {Path(line.split(" queries to ", 1)[1]): int(line.split()[1]) for line in said}
    assert sum(written.values()) == 3 and len(written) == 2
    assert all(p.name.startswith("queries - ") for p in written)
    by_reference = {}
    for path, count in written.items():
        rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Queries").to_python()
        assert rows[0][-1] == "Query from chair" and len(rows) == count + 1
        assert {r[3] for r in rows[1:]} == {path.name.split(" - ")[1]}  # one agency a file
        by_reference.update({(r[2], r[4]): r for r in rows[1:]})
    assert set(by_reference) == {
        (refs["cctv"], "Status"),  # conflict: Tasking has Cancelled
        (refs["patrol"], "Status"),  # "Done" is not a status
        (refs["letter"], "Update"),  # typed as a formula
    }
    assert by_reference[(refs["cctv"], "Status")][5:7] == ["Completed", "Cancelled"]
    assert _sha256(returned) == officer_file  # the officer's file is only ever read


def test_another_agencys_action_and_an_unknown_id_are_refused(services, records, refs, tmp_path):
    import openpyxl

    paths = services.exports.write_agency_trackers(tmp_path / "agencies")
    police = next(p for p in paths if "Derbyshire Police" in p.name)
    council = next(p for p in paths if p != police)
    foreign = next(iter(openpyxl.load_workbook(council)["Actions"].iter_rows(min_row=2)))
    book = openpyxl.load_workbook(police)
    sheet = book["Actions"]
    headers = [c.value for c in sheet[1]]
    pasted = [c.value for c in foreign]
    sheet.append(pasted)  # a council action pasted into the police file
    stranger = list(pasted)
    stranger[headers.index("Tasking ID")] = "00000000-0000-0000-0000-000000000000"
    stranger[headers.index("Reference")] = "XYZ-2025-001"
    sheet.append(stranger)
    book.save(tmp_path / "police back.xlsx")
    plan = services.returns.preview([tmp_path / "police back.xlsx"])
    errors = {p.reference: p.reason for p in plan.proposals if p.kind is Kind.ERROR}
    assert errors[pasted[0]] == (
        f"an action of {pasted[headers.index('Owner agency')]} in the file sent to "
        "Derbyshire Police"
    )
    assert errors["XYZ-2025-001"].startswith("unknown Tasking ID")
    assert plan.files[0].agency == "Derbyshire Police"


def test_a_ticked_new_row_is_raised_as_an_action_and_undone_with_the_import(
    services, records, exported, refs, tmp_path
):
    from tests.returns.officers import Edits

    edits = Edits(
        add=[
            {
                "Action": "Check the lighting on Stockbrook Street",
                "Area": "Arboretum",
                "Owner agency": "Derbyshire Police",
                "Due": date(2025, 7, 1),
            },
            {"Action": "Something with no area", "Owner agency": "Derbyshire Police"},
        ]
    )
    returned = edit_with_openpyxl(exported, tmp_path / "back.xlsx", edits)
    plan = services.returns.preview([returned])
    new_rows = [p for p in plan.proposals if p.kind is Kind.NEW]
    assert len(new_rows) == 2 and not any(p.accepted for p in new_rows)
    for proposal in new_rows:
        proposal.accepted = True
    before = len(services.actions.tracker())
    with services.reversals.recording() as made:
        receipt = services.returns.apply(plan)
    assert "1 action raised" in receipt.summary
    assert [p.reason for p in receipt.sent_back] == [
        "cannot raise it: the row needs an Action, an Area and an agency"
    ]
    raised = next(r for r in services.actions.tracker() if r.description.startswith("Check"))
    assert raised.reference.startswith("ARB-") and raised.due_on == date(2025, 7, 1)
    assert raised.owner_agency == "Derbyshire Police" and raised.status == "open"
    assert len(services.actions.tracker()) == before + 1
    services.reversals.revert(made.changes, "undo")
    assert len(services.actions.tracker()) == before


def test_queries_go_back_one_marked_workbook_per_agency_with_no_other_agencys_rows(
    services, records, tmp_path, capsys
):
    import zipfile

    from tests.returns.officers import Edits

    paths = services.exports.write_agency_trackers(tmp_path / "agencies")
    rows = [services.actions.row(i) for i in records.actions.values()]
    by_agency: dict[str, list[str]] = {}
    for row in rows:
        by_agency.setdefault(row.owner_agency, []).append(row.reference)
    assert len(by_agency) >= 2
    returned = []
    for agency, references in by_agency.items():
        sent = next(p for p in paths if agency in p.name)
        edits = Edits(cells={ref: {"Status": "Done"} for ref in references})  # not a status
        returned.append(edit_with_openpyxl(sent, tmp_path / f"{agency} back.xlsx", edits))
    out = tmp_path / "queries.xlsx"
    database = str(services.database.path)
    files = [str(p) for p in returned]
    assert main(["import", "tracker", "--database", database, *files, "--queries", str(out)]) == 0
    said = [line for line in capsys.readouterr().out.splitlines() if line.startswith("Wrote ")]
    assert len(said) == len(by_agency)
    for agency, references in by_agency.items():
        written = [Path(line.split(" queries to ", 1)[1]) for line in said if agency in line]
        assert len(written) == 1 and written[0].parent == tmp_path
        marking = services.exports.default_marking(
            agency_id=next(a.id for a in services.partnership.agencies() if a.name == agency)
        )
        label = next(t.label for t in services.partnership.terms("marking") if t.code == marking)
        assert label.upper() in written[0].name.upper()
        with zipfile.ZipFile(written[0]) as package:
            text = "".join(package.read(n).decode("utf-8", "replace") for n in package.namelist())
        for reference in references:
            assert reference in text
        for other, theirs in by_agency.items():
            if other != agency:
                assert other not in text
                assert not any(reference in text for reference in theirs)
        sheet = next(n for n in package.namelist() if n.startswith("xl/worksheets/sheet"))
        with zipfile.ZipFile(written[0]) as package:
            page = package.read(sheet).decode("utf-8")
            core = package.read("docProps/core.xml").decode("utf-8")
        assert label.upper() in page.split("<oddHeader>", 1)[1].split("</oddHeader>")[0]
        assert label.upper() in page.split("<oddFooter>", 1)[1].split("</oddFooter>")[0]
        assert 'orientation="landscape"' in page
        assert label.upper() in core
