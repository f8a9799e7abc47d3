"""What each exported tracker held, so a returned copy can be merged three ways, and its returns."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tasking.models.base import Base, utcnow
from tasking.models.hotspot import new_uid


class ExportBatch(Base):
    """One tracker workbook written: its stamp (``uuid``), who wrote it, for what, its bytes."""

    __tablename__ = "export_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    scope: Mapped[str] = mapped_column(Text, default="")  # "Derby Homes, all areas"
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    file_name: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")

    actions: Mapped[list[ExportBatchAction]] = relationship(
        back_populates="batch", cascade="all, delete-orphan"
    )


class ExportBatchAction(Base):
    """An action as it was exported: the base of the three-way merge of its returned row."""

    __tablename__ = "export_batch_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("export_batch.id", ondelete="CASCADE"), index=True
    )
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(60))
    due_on: Mapped[date | None] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date)

    batch: Mapped[ExportBatch] = relationship(back_populates="actions")


class TrackerReturn(Base):
    """A returned tracker that was imported: so the same file or batch is not imported twice."""

    __tablename__ = "tracker_return"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("export_batch.id", ondelete="SET NULL"), index=True
    )
    file_name: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(100), default="")
    changes: Mapped[int] = mapped_column(Integer, default=0)
