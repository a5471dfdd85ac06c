"""A case's ledger: confidential, watermarked with the printing user, page x of y, every
step of its history, and refused for a case of another street."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import Dispute, DisputeEvent
from app.services.errors import PermissionDenied
from app.services.permissions import Actor
from app.services.reports.dispute_ledger import write_dispute_ledger
from tests.helpers.pdf_text import pdf_fonts, pdf_pages_text


def test_ledger_of_the_case_with_the_longest_history(demo: Any, tmp_path: Path) -> None:
    actor = Actor.system("李审核")
    with demo.session() as session:
        case_id, steps = session.execute(
            select(DisputeEvent.dispute_id, func.count())
            .group_by(DisputeEvent.dispute_id)
            .order_by(func.count().desc())
        ).first()
        number = session.get(Dispute, case_id).number
        printed = write_dispute_ledger(session, actor, case_id, tmp_path / "ledger.pdf")
    pages = pdf_pages_text(printed.path)
    text = "\n".join(pages)
    assert number in pages[0] and "矛盾纠纷个案台账" in pages[0]
    for page, content in enumerate(pages, start=1):
        assert f"第 {page} 页 共 {len(pages)} 页" in content
        assert "机密 · 个案台账 · 不得外传" in content
        assert "李审核" in content  # the printing user, in the footer and the watermark
    assert text.count("收案") >= 1 and "办理经过" in text and "制表人" in text
    assert all(font["emb"] == "yes" for font in pdf_fonts(printed.path))
    assert steps >= 3


def test_a_case_of_another_street_is_refused(demo: Any, tmp_path: Path) -> None:
    with demo.session() as session:
        case_id = session.scalars(select(Dispute.id)).first()
        other = Actor("x", "x", "clerk", Actor.system().permissions, street_id=uuid.uuid4())
        with pytest.raises(PermissionDenied):
            write_dispute_ledger(session, other, case_id, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
