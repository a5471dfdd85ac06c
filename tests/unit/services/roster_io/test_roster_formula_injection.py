"""Exports never hand a spreadsheet a formula; imports give the text back unchanged."""

from __future__ import annotations

import zipfile

from openpyxl import load_workbook

from app.services.roster_io import export_roster
from app.services.roster_io.layout import neutralise, restore


def test_csv_cells_starting_like_formulas_get_an_apostrophe(database, people, actor, tmp_path):
    path = tmp_path / "roster.csv"
    with database.session() as session:
        export_roster(session, actor, path)
    text = path.read_text(encoding="utf-8-sig")
    assert ",'=职员," in text
    assert ",'+心理疏导" in text
    assert ",'@孙八," in text
    assert ",=职员" not in text and ",@孙八" not in text


def test_xlsx_cells_are_text_with_excels_apostrophe_marker(database, people, actor, tmp_path):
    path = tmp_path / "roster.xlsx"
    with database.session() as session:
        export_roster(session, actor, path)
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        xml = b"".join(archive.read(name) for name in sheets)
    assert b"<f>" not in xml and b"<f " not in xml  # no formula anywhere
    workbook = load_workbook(path)
    cell = next(c for row in workbook["人员"].iter_rows() for c in row if c.value == "=职员")
    assert cell.data_type in ("s", "inlineStr") and cell.quotePrefix


def test_neutralise_and_restore_are_inverse():
    for text in ["=1+2", "+86", "-5", "@x", "'=x", "''+y", "plain", "", "'plain", "\t=x"]:
        assert restore(neutralise(text)) == text
        assert not neutralise(text).lstrip("'").startswith(("=", "+", "-", "@")) or (
            neutralise(text).startswith("'")
        )
