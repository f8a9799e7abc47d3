"""Meetings: who came, which hotspots were discussed, and which actions were reviewed."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tasking.models.base import Base, Versioned
from tasking.models.hotspot import Hotspot
from tasking.models.partnership import Agency, Area, Person

if TYPE_CHECKING:
    from tasking.models.action import Action

MEETING_STATES = ("draft", "final", "circulated")
ATTENDANCE_STATUSES = ("present", "apologies", "absent")


class Meeting(Versioned, Base):
    __tablename__ = "meeting"
    __table_args__ = (UniqueConstraint("area_id", "held_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id", ondelete="RESTRICT"), index=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    venue: Mapped[str] = mapped_column(String(300), default="")
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    minute_taker_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT")
    )
    state: Mapped[str] = mapped_column(String(20), default="draft")
    marking: Mapped[str] = mapped_column(String(60), default="OFFICIAL")
    next_meeting_on: Mapped[date | None] = mapped_column(Date)
    any_other_business: Mapped[str] = mapped_column(Text, default="")
    # Left out of the minutes for wider circulation.
    aob_confidential: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    finalised_at: Mapped[datetime | None] = mapped_column()

    area: Mapped[Area] = relationship()
    chair: Mapped[Person | None] = relationship(foreign_keys=[chair_id])
    minute_taker: Mapped[Person | None] = relationship(foreign_keys=[minute_taker_id])
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    discussions: Mapped[list[HotspotDiscussion]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="HotspotDiscussion.id"
    )
    reviews: Mapped[list[ActionReview]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="ActionReview.position"
    )


class Attendance(Versioned, Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    # The agency the person represented at this meeting, kept if they later move agency.
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(20), default="present")

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    person: Mapped[Person] = relationship()
    agency: Mapped[Agency] = relationship()


class HotspotDiscussion(Versioned, Base):
    """A hotspot as an item on a meeting's agenda: the notes and the decision taken."""

    __tablename__ = "hotspot_discussion"
    __table_args__ = (UniqueConstraint("meeting_id", "hotspot_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    hotspot_id: Mapped[int] = mapped_column(
        ForeignKey("hotspot.id", ondelete="CASCADE"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str | None] = mapped_column(String(60))
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    # Left out of the minutes for wider circulation.
    confidential: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    meeting: Mapped[Meeting] = relationship(back_populates="discussions")
    hotspot: Mapped[Hotspot] = relationship()


class ActionReview(Base):
    """An action on a meeting's review list, carried forward because it was still open."""

    __tablename__ = "action_review"
    # The tracker counts each action's reviews since its latest update from this index alone
    # (migration 0013).
    __table_args__ = (Index("ix_action_review_action_id_meeting_id", "action_id", "meeting_id"),)

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    action_id: Mapped[int] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    meeting: Mapped[Meeting] = relationship(back_populates="reviews")
    action: Mapped[Action] = relationship()
