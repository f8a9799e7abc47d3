"""What the minutes also show: action type and due date, closed actions, UK generation time."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pypdf
import pytest
from export_samples import make_minutes_data

from tasking.export.data import NewActionLine, ReviewLine
from tasking.export.minutes_pdf import render_minutes_pdf


def _text(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


def test_review_and_new_actions_show_type_due_date_and_closed(tmp_path) -> None:
    reviews = [
        ReviewLine(
            "ARB-2026-001",
            "Evening patrols",
            "Police",
            "In progress",
            "Two patrols done",
            action_type="High-visibility patrol",
            due_on=date(2026, 3, 10),
        ),
        ReviewLine(
            "ARB-2026-002",
            "Redeploy the camera",
            "Council",
            "Completed",
            "Camera up",
            action_type="CCTV deployment",
            due_on=date(2026, 2, 9),
            closed=True,
        ),
    ]
    new = [
        NewActionLine(
            "ARB-2026-003",
            "Leaflet drop",
            "Derby Homes",
            date(2026, 4, 7),
            "Derby Arboretum",
            action_type="Leaflet drop or engagement event",
        )
    ]
    path = render_minutes_pdf(
        make_minutes_data(reviews=reviews, new_actions=new), tmp_path / "m.pdf"
    )
    text = _text(path)
    assert "Type: High-visibility patrol" in text
    assert "Type: CCTV deployment" in text
    assert "Type: Leaflet drop or engagement event" in text
    for due in ("10/03/2026", "09/02/2026", "07/04/2026"):
        assert due in text
    assert "Completed (closed)" in text
    assert "In progress (closed)" not in text


@pytest.mark.parametrize(
    ("utc", "local"),
    [
        (datetime(2026, 1, 14, 18, 5, tzinfo=UTC), "Generated 14/01/2026 18:05 GMT"),
        (datetime(2026, 7, 14, 18, 5, tzinfo=UTC), "Generated 14/07/2026 19:05 BST"),
        (datetime(2026, 3, 29, 0, 59, tzinfo=UTC), "Generated 29/03/2026 00:59 GMT"),
        (datetime(2026, 3, 29, 1, 0, tzinfo=UTC), "Generated 29/03/2026 02:00 BST"),
    ],
)
def test_the_generation_time_is_uk_local_time_with_its_zone(tmp_path, utc, local) -> None:
    path = render_minutes_pdf(make_minutes_data(generated_at=utc), tmp_path / "m.pdf")
    assert local in _text(path)
