"""The printed ledger: refused without the role or the reason, logged as a print,
watermarked with the printing user and time, numbered "第 x 页 共 y 页"; the disclosure
ledger names no one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pypdfium2
import pytest
from sqlalchemy import select

from app.models import PsychAccess
from app.services.china_time import CHINA_TZ, today_in_china
from app.services.database import Database
from app.services.errors import PermissionDenied, ValidationError
from app.services.permissions import Actor
from app.services.psych import ledger
from app.services.psych.ledger_pdf import write_disclosure_ledger, write_person_ledger
from tests.helpers.psych_registry import SampleRegistry

PRINTED_AT = datetime(2026, 12, 1, 15, 30, tzinfo=CHINA_TZ)


def _text(path: Path) -> str:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def test_the_ledger_is_watermarked_numbered_and_logged(
    db: Database, registry_with: SampleRegistry, as_role: Callable[[str], Actor], tmp_path: Path
) -> None:
    staff = as_role("psych_staff")
    path = tmp_path / "ledger.pdf"
    with db.session() as session:
        printed = write_person_ledger(
            session, staff, registry_with.persons["zhang"], path, printed_at=PRINTED_AT
        )
    text = _text(path)
    assert printed.title.startswith("心理服务个人台账 XL")
    for expected in ("张伟", "psych_staff user 2026-12-01 15:30", "第 1 页 共 1 页", "机密"):
        assert expected in text, expected
    with db.session() as session:
        logged = session.scalars(select(PsychAccess)).one()
    assert (logged.action, logged.person_id) == ("print", registry_with.persons["zhang"])


def test_printing_is_refused_without_the_role_or_the_reason(
    db: Database, registry_with: SampleRegistry, as_role: Callable[[str], Actor], tmp_path: Path
) -> None:
    path = tmp_path / "ledger.pdf"
    with pytest.raises(PermissionDenied), db.session() as session:
        write_person_ledger(session, as_role("supervisor"), registry_with.persons["li"], path)
    with pytest.raises(ValidationError), db.session() as session:
        write_person_ledger(session, as_role("admin"), registry_with.persons["li"], path)
    assert not path.exists()


def test_the_disclosure_ledger_lists_numbers_not_names(
    db: Database, registry_with: SampleRegistry, as_role: Callable[[str], Actor], tmp_path: Path
) -> None:
    with db.session() as session:
        opened = ledger.open_ledger(session, as_role("psych_staff"), registry_with.persons["li"])
    path = tmp_path / "disclosures.pdf"
    with db.session() as session:
        write_disclosure_ledger(
            session,
            as_role("supervisor"),
            today_in_china(),
            today_in_china(),
            path,
            printed_at=PRINTED_AT,
        )
    text = _text(path)
    assert opened.ledger_number in text and "个案服务" in text
    assert "李娜" not in text
    with pytest.raises(PermissionDenied), db.session() as session:
        write_disclosure_ledger(
            session, as_role("clerk"), today_in_china(), today_in_china(), tmp_path / "x.pdf"
        )
