"""幸福里 governance units, their posts, volunteers and the service catalogue."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncMixin


class Unit(SyncMixin, Base):
    """A 幸福里 governance unit of one of the five types."""

    __tablename__ = "unit"
    street_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("street.id"), index=True)
    community_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("community.id"))
    unit_type_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit_type.id"), index=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    #: 党群服务站 with its 接待处
    service_station: Mapped[str] = mapped_column(String(120), default="")


class TaskForce(SyncMixin, Base):
    """工作专班: one per unit type and street."""

    __tablename__ = "task_force"
    street_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("street.id"), index=True)
    unit_type_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit_type.id"))
    name: Mapped[str] = mapped_column(String(80))
    leader_staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))


class Post(SyncMixin, Base):
    """A post slot in a unit (格长, 副格长, basic or specialist); filled by a secondment."""

    __tablename__ = "post"
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"), index=True)
    post_kind_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("post_kind.id"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class PostTemplate(SyncMixin, Base):
    """How many posts of a kind each unit of a type has (格长, 副格长, 4 basic, N specialist)."""

    __tablename__ = "post_template"
    unit_type_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit_type.id"), index=True)
    post_kind_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("post_kind.id"))
    count: Mapped[int] = mapped_column(Integer, default=1)


class VolunteerTeam(SyncMixin, Base):
    """A team of the mass prevention forces, e.g. the 星灯 psychological volunteers."""

    __tablename__ = "volunteer_team"
    street_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("street.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    is_psychological: Mapped[bool] = mapped_column(default=False)


class Volunteer(SyncMixin, Base):
    """群防群治力量: a volunteer attached to a grid."""

    __tablename__ = "volunteer"
    street_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("street.id"), index=True)
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("volunteer_team.id"), index=True)
    grid_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("grid.id"), index=True)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    phone: Mapped[str] = mapped_column(String(20), default="")
    skills: Mapped[str] = mapped_column(String(200), default="")


class ServiceItem(SyncMixin, Base):
    """An item of the 服务项目库 or a 幸福清单 entry (群众提、书记选、组织定)."""

    __tablename__ = "service_item"
    street_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("street.id"), index=True)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"), index=True)
    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_category.id"))
    #: project (服务项目库) | happiness_list (幸福清单)
    catalogue: Mapped[str] = mapped_column(String(20))
    #: proposed (群众提) | selected (书记选) | decided (组织定)
    status: Mapped[str] = mapped_column(String(20), default="proposed")
    title: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
