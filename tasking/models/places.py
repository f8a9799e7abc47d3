"""The partnership's own boundaries and the police.uk incidents placed in them.

Geometry is kept as GeoJSON text (a geometry object, coordinates rounded to 6 decimals, about
10 cm): it is portable between SQLite and PostgreSQL without a spatial extension, readable by any
GIS, and the bounding box beside it lets a query pick candidates without parsing it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tasking.models.base import Base, utcnow
from tasking.models.partnership import Area


class Boundary(Base):
    """A ward or LSOA polygon with its ONS code and the vintage (year) of that code."""

    __tablename__ = "boundary"
    __table_args__ = (UniqueConstraint("kind", "code", "vintage"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), index=True)  # "ward" or "lsoa"
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    vintage: Mapped[str] = mapped_column(String(4))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id", ondelete="SET NULL"))
    min_lon: Mapped[float] = mapped_column(Float)
    min_lat: Mapped[float] = mapped_column(Float)
    max_lon: Mapped[float] = mapped_column(Float)
    max_lat: Mapped[float] = mapped_column(Float)
    geometry: Mapped[str] = mapped_column(Text)  # GeoJSON MultiPolygon

    area: Mapped[Area | None] = relationship()


class PoliceMonth(Base):
    """One force's month of police.uk street-level crime: the unit an import replaces."""

    __tablename__ = "police_month"
    __table_args__ = (UniqueConstraint("force", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    force: Mapped[str] = mapped_column(String(120))
    month: Mapped[str] = mapped_column(String(7), index=True)  # YYYY-MM
    source: Mapped[str] = mapped_column(String(300), default="")
    rows_in_file: Mapped[int] = mapped_column(Integer, default=0)
    rows_kept: Mapped[int] = mapped_column(Integer, default=0)
    no_location: Mapped[int] = mapped_column(Integer, default=0)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(100), default="")


class PoliceIncident(Base):
    """A police.uk row whose point lies in the partnership's wards (or within the buffer)."""

    __tablename__ = "police_incident"
    __table_args__ = (Index("ix_police_incident_month_type", "month", "crime_type"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    police_month_id: Mapped[int] = mapped_column(
        ForeignKey("police_month.id", ondelete="CASCADE"), index=True
    )
    month: Mapped[str] = mapped_column(String(7))
    crime_id: Mapped[str] = mapped_column(String(80), default="")  # not unique, blank for ASB
    crime_type: Mapped[str] = mapped_column(String(100))
    longitude: Mapped[float] = mapped_column(Float)
    latitude: Mapped[float] = mapped_column(Float)
    location: Mapped[str] = mapped_column(String(200), default="")
    stated_lsoa: Mapped[str] = mapped_column(String(20), default="")  # as police.uk gives it
    lsoa_code: Mapped[str | None] = mapped_column(String(20))  # by the point, if LSOAs stored
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id", ondelete="RESTRICT"), index=True)
    outcome: Mapped[str] = mapped_column(String(200), default="")
    context: Mapped[str] = mapped_column(Text, default="")


class MapPointExclusion(Base):
    """A police.uk map point the chair leaves out of candidates (a front desk), and why."""

    __tablename__ = "map_point_exclusion"
    __table_args__ = (UniqueConstraint("longitude", "latitude"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    longitude: Mapped[float] = mapped_column(Float)
    latitude: Mapped[float] = mapped_column(Float)
    location: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text)
    excluded_at: Mapped[datetime] = mapped_column(default=utcnow)
    excluded_by: Mapped[str] = mapped_column(String(100), default="")


class HotspotEvidence(Base):
    """The police.uk evidence a hotspot was nominated on, frozen when it was nominated."""

    __tablename__ = "hotspot_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    hotspot_id: Mapped[int] = mapped_column(
        ForeignKey("hotspot.id", ondelete="CASCADE"), unique=True
    )
    summary: Mapped[str] = mapped_column(Text)  # the sentence the profile and minutes quote
    first_month: Mapped[str] = mapped_column(String(7))
    last_month: Mapped[str] = mapped_column(String(7))
    crime_types: Mapped[str] = mapped_column(Text, default="")
    incidents: Mapped[int] = mapped_column(Integer, default=0)
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON: monthly counts, method
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
