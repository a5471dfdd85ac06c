"""Files the importer refuses, each with a clear message naming the file."""

from __future__ import annotations

import os
import zipfile

import pytest
from openpyxl import Workbook

from app.services.errors import ValidationError
from app.services.roster_io import plan_import, readers


def _plan(database, actor, path):
    with database.session() as session:
        return plan_import(session, actor, path)


def _refused(database, actor, path) -> str:
    with pytest.raises(ValidationError) as caught:
        _plan(database, actor, path)
    assert caught.value.field == "file"
    message = str(caught.value)
    assert path.name in message
    return message


def _xlsx(path, rows, title="人员", merge=None):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    workbook.save(path)
    return path


def test_missing_required_headers(database, street, actor, tmp_path):
    path = _xlsx(tmp_path / "s.xlsx", [["姓名", "手机"], ["张三", "13800138000"]])
    assert "部门" in _refused(database, actor, path)


def test_wrong_headers(database, street, actor, tmp_path):
    path = _xlsx(tmp_path / "s.xlsx", [["甲", "乙", "丙"], ["张三", "13800138000", "党建办"]])
    assert "header" in _refused(database, actor, path)


def test_two_columns_for_one_field(database, street, actor, tmp_path):
    path = _xlsx(tmp_path / "s.xlsx", [["姓名", "手机", "电话", "部门"]])
    assert "电话" in _refused(database, actor, path)


def test_empty_sheet_and_header_only(database, street, actor, tmp_path):
    assert "no rows" in _refused(database, actor, _xlsx(tmp_path / "a.xlsx", []))
    header_only = _xlsx(tmp_path / "b.xlsx", [["姓名", "手机", "部门"]])
    assert "no rows" in _refused(database, actor, header_only)


def test_workbook_without_roster_sheet(database, street, actor, tmp_path):
    path = _xlsx(tmp_path / "s.xlsx", [["随便写点什么"]], title="说明")
    assert "人员" in _refused(database, actor, path)


def test_merged_cells_in_data_are_refused_but_a_merged_title_is_not(
    database, street, actor, tmp_path
):
    rows = [
        ["名单"],
        ["姓名", "手机", "部门"],
        ["张三", "13800138000", "党建办"],
        [None, "13900139000", "党建办"],
    ]
    merged = _xlsx(tmp_path / "m.xlsx", rows, merge="A3:A4")
    assert "A3:A4" in _refused(database, actor, merged)
    titled = _xlsx(tmp_path / "t.xlsx", rows[:3], merge="A1:C1")
    assert len(_plan(database, actor, titled).rows) == 1


def test_junk_named_xlsx_and_csv(database, street, actor, tmp_path):
    junk = os.urandom(10 * 1024 * 1024)
    xlsx = tmp_path / "junk.xlsx"
    xlsx.write_bytes(junk)
    assert "not an Excel workbook" in _refused(database, actor, xlsx)
    csv = tmp_path / "junk.csv"
    csv.write_bytes(junk)
    _refused(database, actor, csv)


def test_text_file_named_xlsx_and_old_xls(database, street, actor, tmp_path):
    text = tmp_path / "roster.xlsx"
    text.write_text("姓名,手机\n张三,13800138000\n", encoding="utf-8")
    assert "not an Excel workbook" in _refused(database, actor, text)
    old = tmp_path / "old.xlsx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096)
    assert ".xls" in _refused(database, actor, old)


def test_a_zip_that_is_not_a_workbook(database, street, actor, tmp_path):
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "hello")
    assert "not an Excel workbook" in _refused(database, actor, path)


def test_zip_bomb_is_refused_before_opening(database, street, actor, tmp_path, monkeypatch):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<" + b"0" * (50 * 1024 * 1024))

    def never(*args, **kwargs):
        raise AssertionError("openpyxl must not open a zip bomb")

    monkeypatch.setattr("openpyxl.load_workbook", never)
    assert "expand" in _refused(database, actor, path)


def test_total_uncompressed_size_is_capped(database, street, actor, tmp_path, monkeypatch):
    path = _xlsx(tmp_path / "big.xlsx", [["姓名", "手机", "部门"]])
    monkeypatch.setattr(readers, "MAX_UNCOMPRESSED_BYTES", 1000)
    assert "expand" in _refused(database, actor, path)


def test_row_cap(database, street, actor, tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_ROWS", 5)
    rows = [["姓名", "手机"]] + [[f"张{i}", f"1380013800{i}"] for i in range(6)]
    assert "more than 5 rows" in _refused(
        database, actor, _xlsx(tmp_path / "v.xlsx", rows, title="志愿者")
    )
    csv = tmp_path / "v.csv"
    csv.write_text("\n".join(",".join(map(str, r)) for r in rows), encoding="utf-8")
    assert "more than 5 rows" in _refused(database, actor, csv)


def test_file_size_cap_and_other_extensions(database, street, actor, tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 100)
    big = tmp_path / "big.csv"
    big.write_text("姓名,手机\n" + "张三,13800138000\n" * 20, encoding="utf-8")
    assert "larger than" in _refused(database, actor, big)
    other = tmp_path / "roster.txt"
    other.write_text("x", encoding="utf-8")
    assert ".csv" in _refused(database, actor, other)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "empty" in _refused(database, actor, empty)


def test_binary_named_csv(database, street, actor, tmp_path):
    path = tmp_path / "image.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    assert "text" in _refused(database, actor, path)
