"""The Organisation tab's and the import wizard's use cases, as operations (the
organisation services are imported on the worker)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.views.operations import UseCase

if TYPE_CHECKING:
    from app.services.organisation import NodeForm, NodeKey, OrgTree
    from app.services.organisation.workbook import (
        OrgImportResult,
        OrgPlan,
        Workbook,
    )
    from app.services.permissions import Actor
    from app.services.unit_of_work import Session


def load_tree(actor: Actor, language: str) -> UseCase[OrgTree]:
    def use_case(session: Session) -> OrgTree:
        from app.services import organisation

        return organisation.load_tree(session, actor, language)

    return use_case


def add_node(actor: Actor, form: NodeForm) -> UseCase[NodeKey]:
    def use_case(session: Session) -> NodeKey:
        from app.services import organisation

        return organisation.add_node(session, actor, form)

    return use_case


def rename_node(
    actor: Actor, key: NodeKey, name: str, version: int, count: int | None = None
) -> UseCase[NodeKey]:
    def use_case(session: Session) -> NodeKey:
        from app.services import organisation

        organisation.rename_node(session, actor, key, name, version, count)
        return key

    return use_case


def move_node(actor: Actor, key: NodeKey, parent: NodeKey, version: int) -> UseCase[NodeKey]:
    def use_case(session: Session) -> NodeKey:
        from app.services import organisation

        organisation.move_node(session, actor, key, parent, version)
        return key

    return use_case


def retire_node(actor: Actor, key: NodeKey, version: int) -> UseCase[None]:
    def use_case(session: Session) -> None:
        from app.services import organisation

        organisation.retire_node(session, actor, key, version)

    return use_case


def read_workbook(path: Path) -> Workbook:
    """Parsing, off the GUI thread through ``background`` (no unit of work needed)."""
    from app.services.organisation.workbook import read_workbook as read

    return read(path)


def plan_import(actor: Actor, workbook: Workbook) -> UseCase[OrgPlan]:
    def use_case(session: Session) -> OrgPlan:
        from app.services.organisation.workbook import plan_workbook

        return plan_workbook(session, actor, workbook)

    return use_case


def apply_import(actor: Actor, workbook: Workbook, confirmed: OrgPlan) -> UseCase[OrgImportResult]:
    def use_case(session: Session) -> OrgImportResult:
        from app.services.organisation.workbook import apply_org_import

        return apply_org_import(session, actor, workbook, confirmed)

    return use_case


def write_template(path: Path) -> UseCase[Path]:
    def use_case(session: Session) -> Path:
        from app.services.organisation.workbook import write_template as write
        from app.services.organisation.workbook.writer import reference_lists

        return write(path, *reference_lists(session))

    return use_case


def export_organisation(actor: Actor, path: Path) -> UseCase[Path]:
    def use_case(session: Session) -> Path:
        from app.services.organisation.workbook import export_organisation as export

        return export(session, actor, path).path

    return use_case
