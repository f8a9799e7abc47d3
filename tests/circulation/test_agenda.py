"""The agenda of the next meeting: items in order, actions to review, hotspots, the marking."""

from __future__ import annotations

import pytest
from circulation_helpers import cli, pdf_pages

from tasking.services import Services, ValidationError
from tasking.services.minutes import CONFIDENTIALITY


def test_agenda_lists_items_actions_and_hotspots_under_the_marking(demo: Services, tmp_path):
    area = demo.partnership.area_named("Sinfin & Osmaston")
    meeting = demo.meetings.open_next(area.id)  # follows an OFFICIAL-SENSITIVE meeting
    assert meeting.reviews and meeting.discussions
    path = demo.circulation.write_agenda(meeting.id, tmp_path / "agenda.pdf")

    pages = pdf_pages(path)
    text = " ".join(pages)
    marking = meeting.marking.upper()
    for number, page in enumerate(pages, start=1):
        assert page.count(marking) >= 2, f"page {number} lacks the marking top and bottom"
        assert f"Page {number} of {len(pages)}" in page
    assert " ".join(CONFIDENTIALITY.split()) in text
    items = ["1. Welcome", "3. Minutes of the last meeting", "4. Review of the action log"]
    items += ["6. Hotspots", "10. Any other business", "11. Date of the next meeting"]
    positions = [text.index(item) for item in items]
    assert positions == sorted(positions)
    for review in meeting.reviews:
        action = review.action
        assert action.reference in text
        assert f"{action.due_on:%d/%m/%Y}" in text
        assert action.owner_agency.split()[0] in text
    for discussion in meeting.discussions:
        assert discussion.hotspot in text
    assert text.index("Actions due for review") < text.index("Hotspots to be discussed")


def test_agenda_is_for_a_meeting_still_to_be_held(demo: Services, tmp_path):
    held = next(m for m in demo.meetings.list() if m.state == "final")
    with pytest.raises(ValidationError, match="has been held"):
        demo.circulation.write_agenda(held.id, tmp_path / "agenda.pdf")
    assert not (tmp_path / "agenda.pdf").exists()


def test_command_line_writes_the_agenda_of_the_latest_meeting(demo: Services, database, tmp_path):
    area = demo.partnership.area_named("Arboretum")
    draft = demo.meetings.open_next(area.id)
    out = tmp_path / "agenda.pdf"
    done = cli(
        "export", "agenda", "--database", str(database), "--meeting", "latest",
        "--area", "Arboretum", "-o", str(out), tmp_path=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"{draft.held_on.day} {draft.held_on:%B %Y}" in " ".join(pdf_pages(out))
    held = next(m for m in demo.meetings.list() if m.state == "final")
    refused = cli(
        "export", "agenda", "--database", str(database), "--meeting", str(held.id),
        "-o", str(tmp_path / "held.pdf"), tmp_path=tmp_path,
    )  # fmt: skip
    assert refused.returncode == 2
    assert len(refused.stderr.strip().splitlines()) == 1
    assert "has been held" in refused.stderr
