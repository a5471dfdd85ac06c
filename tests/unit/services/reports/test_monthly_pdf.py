"""The monthly report PDF read back: its text layer, page numbering, fonts, bad input."""

from __future__ import annotations

import re
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from app.models import Dispute, DisputeCategory, Street, Unit
from app.services.errors import ValidationError
from app.services.permissions import Actor
from app.services.reports import figures as figures_module
from app.services.reports.monthly_pdf import ReportCancelled, write_monthly_report
from app.services.reports.periods import parse_month
from app.services.reports.verify import verify_report
from tests.helpers.pdf_text import pdf_fonts, pdf_pages_text

SYSTEM = Actor.system("王主任")


def _numbering(pages: list[str], pattern: str) -> None:
    total = len(pages)
    for number, text in enumerate(pages, start=1):
        assert pattern.format(page=number, total=total) in text, (number, text[-200:])


def test_chinese_report_reads_back(demo: Any, tmp_path: Path) -> None:
    with demo.session() as session:
        report = write_monthly_report(session, SYSTEM, "2026-05", tmp_path / "m.pdf")
    pages = pdf_pages_text(report.printed.path)
    assert len(pages) >= 5
    _numbering(pages, "第 {page} 页 共 {total} 页")
    text = "\n".join(pages)
    disputes = report.figures["disputes"]
    for heading in ("社会治理工作月报", "一、主要指标", "二、矛盾纠纷", "五、社会心理服务"):
        assert heading in text
    assert f"受理矛盾纠纷 {disputes['received']} 件" in text
    assert "附录：统计口径" in text and "制表人" in text and "审核人" in text
    assert "内部资料 注意保密" in pages[0] and "打印：王主任" in pages[-1]
    assert report.figures["digest"] in text.replace("\r\n", "")
    fonts = pdf_fonts(report.printed.path)
    assert fonts and all(font["emb"] == "yes" for font in fonts)
    assert not any("Helvetica" in font["name"] for font in fonts)
    assert set(report.timings) == {"queries", "charts", "layout"}


def test_english_report_when_the_ui_is_english(demo: Any, tmp_path: Path) -> None:
    with demo.session() as session:
        report = write_monthly_report(session, SYSTEM, "2026-05", tmp_path / "m.pdf", language="en")
    pages = pdf_pages_text(report.printed.path)
    _numbering(pages, "Page {page} of {total}")
    text = "\n".join(pages)
    assert "1. Key figures" in text and "Appendix: definitions" in text
    assert "Prepared by:" in text


def test_an_empty_month_is_a_short_valid_report(demo: Any, tmp_path: Path) -> None:
    with demo.session() as session:
        report = write_monthly_report(session, SYSTEM, "2020-02", tmp_path / "empty.pdf")
        verdict = verify_report(session, report.printed.path)
    text = "\n".join(pdf_pages_text(report.printed.path))
    assert "受理矛盾纠纷 0 件" in text and "本月无数据。" in text
    assert "—" in text  # comparisons with a zero base
    assert "inf" not in text.lower()
    assert verdict.matches


def test_rare_characters_and_long_names_print_whole(demo_copy: Any, tmp_path: Path) -> None:
    long_name = "因房屋租赁合同提前解除引发的押金退还及装修补偿争议" * 3
    with demo_copy.session() as session:
        unit = session.scalars(select(Unit).order_by(Unit.code)).first()
        unit.name = "郭𠀾䶮𪚥幸福里"
        session.execute(
            update(DisputeCategory).values(name_zh=long_name).where(DisputeCategory.code == "other")
        )
        # the unit must have a case this month to show in the ranking's top rows; every
        # unit is listed anyway
    with demo_copy.session() as session:
        report = write_monthly_report(session, SYSTEM, "2026-05", tmp_path / "rare.pdf")
    text = "".join(pdf_pages_text(report.printed.path)).replace("\r\n", "")
    assert "郭𠀾䶮𪚥幸福里" in text
    assert long_name in text
    assert report.printed.affected == []
    assert any("HanaMin" in font["name"] for font in pdf_fonts(report.printed.path))


def test_an_output_that_cannot_be_written_is_refused_and_the_old_file_kept(
    demo: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo.session() as session, pytest.raises(ValidationError) as refused:
        write_monthly_report(session, SYSTEM, "2026-05", tmp_path / "no" / "such" / "m.pdf")
    assert refused.value.field == "file"
    target = tmp_path / "filed.pdf"
    target.write_bytes(b"%PDF- the copy open in a viewer")

    def locked(source: object, destination: object) -> None:
        raise PermissionError(13, "The file is open in another program")

    monkeypatch.setattr("app.services.whole_file.os.replace", locked)
    with demo.session() as session, pytest.raises(ValidationError) as refused:
        write_monthly_report(session, SYSTEM, "2026-05", target)
    assert "filed.pdf" in str(refused.value) and "another program" in str(refused.value)
    assert target.read_bytes() == b"%PDF- the copy open in a viewer"
    assert [p.name for p in tmp_path.iterdir()] == ["filed.pdf"]


def test_cancelling_writes_nothing(demo: Any, tmp_path: Path) -> None:
    with demo.session() as session, pytest.raises(ReportCancelled):
        write_monthly_report(
            session, SYSTEM, "2026-05", tmp_path / "m.pdf", progress=lambda done, _t: done < 2
        )
    assert not (tmp_path / "m.pdf").exists()


def test_a_database_written_meanwhile_gives_one_consistent_snapshot(
    demo_copy: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    month = parse_month("2026-05")
    with demo_copy.session() as session:
        before = figures_module.monthly_figures(session, SYSTEM, month)
        victim = session.scalars(
            select(Dispute.id).where(
                Dispute.received_at >= month.previous.start,
                Dispute.received_at < month.previous.end,
            )
        ).first()
    real = figures_module.month_figures
    calls: list[int] = []

    def write_between(*args: Any, **kwargs: Any) -> Any:
        if not calls:
            # another desk thread tombstones a case of the previous month meanwhile
            def tombstone() -> None:
                with demo_copy.session() as other:
                    other.get(Dispute, victim).deleted_at = datetime.now(UTC)

            worker = threading.Thread(target=tombstone)
            worker.start()
            worker.join()
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(figures_module, "month_figures", write_between)
    with demo_copy.session() as session:
        during = figures_module.monthly_figures(session, SYSTEM, month)
    monkeypatch.setattr(figures_module, "month_figures", real)
    with demo_copy.session() as session:
        after = figures_module.monthly_figures(session, SYSTEM, month)
    assert during == before
    previous = after["compare"]["previous_month"]["disputes"]["received"]
    assert previous == before["compare"]["previous_month"]["disputes"]["received"] - 1


def test_verify_tells_a_changed_database_and_a_tampered_file(
    demo_copy: Any, tmp_path: Path
) -> None:
    with demo_copy.session() as session:
        report = write_monthly_report(session, SYSTEM, "2026-05", tmp_path / "m.pdf")
        assert verify_report(session, report.printed.path).matches
        street = session.scalars(select(Street)).first()
        case = session.scalars(
            select(Dispute).where(Dispute.received_at >= parse_month("2026-05").start)
        ).first()
        case.deleted_at = datetime.now(UTC)
    with demo_copy.session() as session:
        verdict = verify_report(session, report.printed.path)
    assert not verdict.matches and verdict.filed_digest == report.figures["digest"]
    assert street is not None
    not_a_report = tmp_path / "other.pdf"
    not_a_report.write_bytes(b"not a pdf at all")
    with demo_copy.session() as session, pytest.raises(ValidationError) as refused:
        verify_report(session, not_a_report)
    assert refused.value.field == "file"


def test_the_digest_is_printed_where_verify_reads_it(demo: Any, tmp_path: Path) -> None:
    with demo.session() as session:
        report = write_monthly_report(session, SYSTEM, "2026-04", tmp_path / "m.pdf")
    text = "".join(pdf_pages_text(report.printed.path)).replace("\r\n", "")
    assert set(re.findall(r"sha256:[0-9a-f]{64}", text)) == {report.figures["digest"]}
