"""Actions: who does what by when for a hotspot, and the dated trail of their progress."""

from __future__ import annotations

from datetime import date

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
from tasking.models.hotspot import Hotspot, new_uid
from tasking.models.meeting import Meeting
from tasking.models.partnership import Agency, Area, Person, Term


class Action(Versioned, Base):
    __tablename__ = "action"
    __table_args__ = (UniqueConstraint("ref_prefix", "ref_year", "ref_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    # ARB-2025-014: the area's prefix, the year raised and a number allocated in that year.
    reference: Mapped[str] = mapped_column(String(30), unique=True)
    ref_prefix: Mapped[str] = mapped_column(String(8))
    ref_year: Mapped[int] = mapped_column(Integer)
    ref_number: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    action_type_id: Mapped[int] = mapped_column(ForeignKey("term.id", ondelete="RESTRICT"))
    asb_power_id: Mapped[int | None] = mapped_column(ForeignKey("term.id", ondelete="RESTRICT"))
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id", ondelete="RESTRICT"), index=True)
    hotspot_id: Mapped[int | None] = mapped_column(
        ForeignKey("hotspot.id", ondelete="SET NULL"), index=True
    )
    owner_agency_id: Mapped[int] = mapped_column(
        ForeignKey("agency.id", ondelete="RESTRICT"), index=True
    )
    owner_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT")
    )
    raised_at_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )
    raised_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(60), default="open", index=True)
    completed_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(Text, default="")
    # Left out of the minutes for wider circulation.
    confidential: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    action_type: Mapped[Term] = relationship(foreign_keys=[action_type_id])
    asb_power: Mapped[Term | None] = relationship(foreign_keys=[asb_power_id])
    area: Mapped[Area] = relationship()
    hotspot: Mapped[Hotspot | None] = relationship()
    owner_agency: Mapped[Agency] = relationship()
    owner_person: Mapped[Person | None] = relationship()
    raised_at: Mapped[Meeting | None] = relationship()
    updates: Mapped[list[ActionUpdate]] = relationship(
        back_populates="action",
        order_by="(ActionUpdate.noted_on, ActionUpdate.id)",
        cascade="all, delete-orphan",
    )


class ActionUpdate(Versioned, Base):
    """Progress reported on an action: a dated note and/or a change of status."""

    __tablename__ = "action_update"
    # The tracker reads updates in this order (migration 0011).
    __table_args__ = (
        Index("ix_action_update_action_id_noted_on_id", "action_id", "noted_on", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )
    noted_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    status_from: Mapped[str | None] = mapped_column(String(60))
    status_to: Mapped[str | None] = mapped_column(String(60))
    recorded_by: Mapped[str] = mapped_column(String(100), default="")

    action: Mapped[Action] = relationship(back_populates="updates")
    meeting: Mapped[Meeting | None] = relationship()
