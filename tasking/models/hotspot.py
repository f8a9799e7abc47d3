"""Hotspots: problem places, their problem-solving (OSARA) profile and their status history."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tasking.models.base import Base, Versioned, utcnow
from tasking.models.partnership import Agency, Area, Lsoa, Term

hotspot_problem_type = Table(
    "hotspot_problem_type",
    Base.metadata,
    Column("hotspot_id", ForeignKey("hotspot.id", ondelete="CASCADE"), primary_key=True),
    Column("term_id", ForeignKey("term.id", ondelete="RESTRICT"), primary_key=True),
)


def new_uid() -> str:
    return str(uuid.uuid4())


class Hotspot(Versioned, Base):
    __tablename__ = "hotspot"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    name: Mapped[str] = mapped_column(String(200))
    location: Mapped[str] = mapped_column(Text, default="")
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id", ondelete="RESTRICT"), index=True)
    lsoa_id: Mapped[int | None] = mapped_column(ForeignKey("lsoa.id", ondelete="SET NULL"))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    priority_id: Mapped[int | None] = mapped_column(ForeignKey("term.id", ondelete="RESTRICT"))
    nominated_on: Mapped[date] = mapped_column(Date)
    nominated_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("agency.id", ondelete="RESTRICT")
    )
    nomination_reason: Mapped[str] = mapped_column(Text, default="")
    lead_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(60), default="active", index=True)
    status_reason: Mapped[str] = mapped_column(Text, default="")
    review_on: Mapped[date | None] = mapped_column(Date)
    # Repeat or vulnerable victims are flagged, never named: the record is about a place.
    repeat_victims: Mapped[bool] = mapped_column(Boolean, default=False)
    objective: Mapped[str] = mapped_column(Text, default="")
    scanning: Mapped[str] = mapped_column(Text, default="")
    analysis_victim: Mapped[str] = mapped_column(Text, default="")
    analysis_offender: Mapped[str] = mapped_column(Text, default="")
    analysis_location: Mapped[str] = mapped_column(Text, default="")
    analysis: Mapped[str] = mapped_column(Text, default="")
    response: Mapped[str] = mapped_column(Text, default="")
    assessment: Mapped[str] = mapped_column(Text, default="")

    area: Mapped[Area] = relationship()
    lsoa: Mapped[Lsoa | None] = relationship()
    priority: Mapped[Term | None] = relationship()
    nominated_by: Mapped[Agency | None] = relationship(foreign_keys=[nominated_by_id])
    lead_agency: Mapped[Agency | None] = relationship(foreign_keys=[lead_agency_id])
    problem_types: Mapped[list[Term]] = relationship(
        secondary=hotspot_problem_type, order_by="Term.position"
    )
    status_changes: Mapped[list[HotspotStatusChange]] = relationship(
        back_populates="hotspot",
        order_by="HotspotStatusChange.changed_at",
        cascade="all, delete-orphan",
    )


class HotspotStatusChange(Base):
    """Why a hotspot became active, monitored or closed, and when."""

    __tablename__ = "hotspot_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    hotspot_id: Mapped[int] = mapped_column(
        ForeignKey("hotspot.id", ondelete="CASCADE"), index=True
    )
    changed_on: Mapped[date] = mapped_column(Date)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    from_status: Mapped[str | None] = mapped_column(String(60))
    to_status: Mapped[str] = mapped_column(String(60))
    reason: Mapped[str] = mapped_column(Text, default="")
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    changed_by: Mapped[str] = mapped_column(String(100), default="")

    hotspot: Mapped[Hotspot] = relationship(back_populates="status_changes")
