"""A unit's roster as an A4 PDF with the bundled Chinese font."""

from __future__ import annotations

import sys
from datetime import date

import pytest
from sqlalchemy import select

from app.models import Post, PostKind
from app.services.errors import NotFound
from app.services.rosters import StaffForm, VolunteerForm, add_staff, add_volunteer, fill_post
from app.services.rosters.roster_pdf import write_unit_roster_pdf
from tests.helpers.pdf_text import pdf_fonts, pdf_text
from tests.helpers.sample_street import UNIT_NAMES


def test_importing_rosters_does_not_load_reportlab():
    import subprocess

    code = "import app.services.rosters, sys; print('reportlab' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_unit_roster_pdf(database, street, actor, tmp_path, language):
    unit_id = street.unit_ids[UNIT_NAMES[0]]
    with database.session() as session:
        head = session.scalars(
            select(Post.id)
            .join(PostKind, PostKind.id == Post.post_kind_id)
            .where(Post.unit_id == unit_id, PostKind.tier == "head")
        ).one()
        staff = add_staff(
            session, actor, StaffForm("张三", "13800138000", street.department_ids["党建办"])
        )
        fill_post(session, actor, head, staff, date(2024, 1, 1))
        add_volunteer(session, actor, VolunteerForm("李四<&>", "13900139000", unit_id=unit_id))
        printed = write_unit_roster_pdf(
            session,
            actor,
            unit_id,
            tmp_path / "roster.pdf",
            today=date(2024, 6, 1),
            language=language,
        )
    data = printed.path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert b"WenQuanYi" in data  # the CJK font is embedded
    assert b"Helvetica" not in data  # no unembedded standard font referenced
    assert b"/MediaBox [ 0 0 595.2756 841.8898 ]" in data  # A4
    text = pdf_text(printed.path)
    assert ("第 1 页 共 1 页" if language == "zh_CN" else "Page 1 of 1") in text
    assert ("制表人" if language == "zh_CN" else "Prepared by") in text
    assert "李四<&>" in text and "张三" in text
    assert printed.affected == []


def test_unknown_unit(database, street, actor, tmp_path):
    import uuid

    with database.session() as session, pytest.raises(NotFound):
        write_unit_roster_pdf(session, actor, uuid.uuid4(), tmp_path / "x.pdf")


def test_rare_characters_print_whole(database, street, actor, tmp_path):
    """郭𠀾 (CJK Ext B), 𪚥 (Ext B) and 䶮 (Ext A) are in the PDF as glyphs and as text; a
    character no font has prints as 〓 and its name is reported."""
    unit_id = street.unit_ids[UNIT_NAMES[0]]
    with database.session() as session:
        for name in ("郭𠀾", "王𪚥", "刘䶮", "陈\U0003134a"):
            add_volunteer(session, actor, VolunteerForm(name, "13900139000", unit_id=unit_id))
        printed = write_unit_roster_pdf(session, actor, unit_id, tmp_path / "rare.pdf")
    text = pdf_text(printed.path)
    for name in ("郭𠀾", "王𪚥", "刘䶮"):
        assert name in text
    assert "陈〓" in text
    assert printed.affected == ["陈\U0003134a"]
    fonts = pdf_fonts(printed.path)
    assert all(font["emb"] == "yes" for font in fonts), fonts
    assert any("HanaMin" in font["name"] or "SimSun" in font["name"] for font in fonts), fonts
    assert not any("Helvetica" in font["name"] for font in fonts)
