"""District → street → community → grid, departments, institutions and staff."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncMixin


class District(SyncMixin, Base):
    __tablename__ = "district"
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(80))


class Street(SyncMixin, Base):
    """街道: the scope a desk pulls and works in."""

    __tablename__ = "street"
    district_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("district.id"), index=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(80))


class Community(SyncMixin, Base):
    __tablename__ = "community"
    street_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("street.id"), index=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(80))


class Grid(SyncMixin, Base):
    """小分格: the smallest cell; volunteers and grid sites attach here."""

    __tablename__ = "grid"
    community_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("community.id"), index=True)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"), index=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(80))


class Department(SyncMixin, Base):
    """A department staff are seconded from (党建办, 劳动办, 派出所, ...)."""

    __tablename__ = "department"
    street_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("street.id"), index=True)
    kind_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("department_kind.id"))
    name: Mapped[str] = mapped_column(String(80))


class Institution(SyncMixin, Base):
    """A site of the 1+6+37+272 platform, or a hospital / school referrals go to."""

    __tablename__ = "institution"
    kind_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("institution_kind.id"), index=True)
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("institution.id"))
    street_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("street.id"), index=True)
    community_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("community.id"))
    grid_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("grid.id"))
    name: Mapped[str] = mapped_column(String(120))


class Staff(SyncMixin, Base):
    """A member of staff: street office, functional department or police."""

    __tablename__ = "staff"
    street_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("street.id"), index=True)
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("department.id"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    phone: Mapped[str] = mapped_column(String(20), default="")
    title: Mapped[str] = mapped_column(String(40), default="")
    is_leader: Mapped[bool] = mapped_column(default=False)


class Secondment(SyncMixin, Base):
    """A staff member seconded into a unit's post, from ``start_date`` to ``end_date``."""

    __tablename__ = "secondment"
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)
    post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("post.id"), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str] = mapped_column(String(200), default="")
