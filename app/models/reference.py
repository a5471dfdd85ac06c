"""Reference data: lists a district may extend, seeded by a migration.

Seeded rows get deterministic UUIDs (``reference_id``) so every desk and the central
database agree on them without a sync round.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncMixin

REFERENCE_NAMESPACE = uuid.UUID("6f1d3c1e-8a0b-4f7e-9a51-2d7c4b8e0f11")


def reference_id(table: str, code: str) -> uuid.UUID:
    """The fixed id of a seeded reference row."""
    return uuid.uuid5(REFERENCE_NAMESPACE, f"{table}:{code}")


class ReferenceMixin(SyncMixin):
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_zh: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(120))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    def label(self, language: str) -> str:
        return self.name_zh if language.startswith("zh") else self.name_en


class UnitType(ReferenceMixin, Base):
    """One of the five 幸福里 types (三区一村一地)."""

    __tablename__ = "unit_type"


class PostKind(ReferenceMixin, Base):
    """格长, 副格长, basic post or one of the specialist kinds."""

    __tablename__ = "post_kind"
    #: head | deputy | basic | specialist
    tier: Mapped[str] = mapped_column(String(20))


class DisputeCategory(ReferenceMixin, Base):
    __tablename__ = "dispute_category"


class DisputeSource(ReferenceMixin, Base):
    __tablename__ = "dispute_source"


class Severity(ReferenceMixin, Base):
    """重大 / 一般 / 轻微, with the team the three-person rule asks for."""

    __tablename__ = "severity"
    rank: Mapped[int] = mapped_column(Integer)


class DisputeStage(ReferenceMixin, Base):
    """A lifecycle stage: a kanban column."""

    __tablename__ = "dispute_stage"
    is_terminal: Mapped[bool] = mapped_column(Boolean, default=False)


class StageTransition(SyncMixin, Base):
    """An allowed move between two stages, and what it asks for (comma-separated fields)."""

    __tablename__ = "stage_transition"
    from_stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dispute_stage.id"))
    to_stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dispute_stage.id"))
    required_fields: Mapped[str] = mapped_column(String(200), default="")


class ResolutionMethod(ReferenceMixin, Base):
    """化解 on the spot, by mediation, by arbitration, by referral."""

    __tablename__ = "resolution_method"


class ServiceCategory(ReferenceMixin, Base):
    """The 25 service categories of the 幸福清单."""

    __tablename__ = "service_category"


class PsychGroup(ReferenceMixin, Base):
    """general / key / special / high-risk, and how often a person in the group is
    followed up (跟踪关爱)."""

    __tablename__ = "psych_group"
    rank: Mapped[int] = mapped_column(Integer)
    followup_days: Mapped[int] = mapped_column(Integer, default=30)


class PsychServiceKind(ReferenceMixin, Base):
    """Lecture, visit, hotline, one-to-one, group counselling, crisis assessment, ..."""

    __tablename__ = "psych_service_kind"


class InstitutionKind(ReferenceMixin, Base):
    """Level of the 1+6+37+272 platform, or an outside institution (hospital, school)."""

    __tablename__ = "institution_kind"


class DepartmentKind(ReferenceMixin, Base):
    """Street office section, functional department, police."""

    __tablename__ = "department_kind"


class Role(ReferenceMixin, Base):
    __tablename__ = "role"


class RolePermission(SyncMixin, Base):
    """Which permission a role holds: data, so a district can adjust it."""

    __tablename__ = "role_permission"
    role_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("role.id"), index=True)
    permission: Mapped[str] = mapped_column(String(60))
