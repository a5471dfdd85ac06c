"""The organisation workbook: ``write_template`` (empty and documented),
``read_workbook`` + ``plan_workbook`` (the dry run, writing nothing),
``apply_org_import`` (all or nothing) and ``export_organisation`` (the template's
layout, so one desk's export imports into another). The layout is in ``layout``."""

from app.services.organisation.workbook.apply import OrgImportResult, apply_org_import
from app.services.organisation.workbook.plan import plan_org_import, plan_workbook
from app.services.organisation.workbook.plan_rows import EntryWrite, OrgPlan, OrgPlanRow
from app.services.organisation.workbook.reader import Workbook, read_workbook
from app.services.organisation.workbook.writer import (
    OrgExportResult,
    export_organisation,
    write_template,
)

__all__ = [
    "EntryWrite",
    "OrgExportResult",
    "OrgImportResult",
    "OrgPlan",
    "OrgPlanRow",
    "Workbook",
    "apply_org_import",
    "export_organisation",
    "plan_org_import",
    "plan_workbook",
    "read_workbook",
    "write_template",
]
