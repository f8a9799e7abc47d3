"""The minutes of a final meeting as they were finalised: past minutes never change."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tasking.models.base import Base, utcnow


class MinutesSnapshot(Base):
    """The plain minutes data (JSON) of a meeting, taken when it was finalised.

    Exports of a final or circulated meeting render from it, so later changes to its actions
    and hotspots never rewrite what was decided. Reopening removes it; finalising again
    takes it afresh. ``source`` is "finalised", or "history" for meetings finalised before
    snapshots existed, whose minutes were rebuilt from the records' history.
    """

    __tablename__ = "minutes_snapshot"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    taken_at: Mapped[datetime] = mapped_column(default=utcnow)
    source: Mapped[str] = mapped_column(String(20), default="finalised")
    content: Mapped[str] = mapped_column(Text)
