"""Text files as staff's apps save them, and cells longer than Excel allows.

* a CSV in UTF-16 (with a BOM, as Excel's "Unicode Text" saves it, and
  without one, either byte order) is read, not skipped as "not a
  spreadsheet";
* a CSV with stray NUL bytes is read, with a warning (teks_nul_dibuang)
  saying how many were dropped;
* a cell cut at 32,767 characters gets the finding the README promises
  (sel_terpotong), at its row and column, in a CSV, in an xlsx read whole
  and in an xlsx read in pieces.
"""

from __future__ import annotations

import codecs
import csv
import io
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from iku_excel.findings import Severity
from iku_excel.messages import severity_of
from iku_excel.pipeline import EXAMPLE_DIR, analyse
from iku_excel.reading import pieces
from iku_excel.reading.input_file import InputFile
from iku_excel.reading.loader import load_sheets
from iku_excel.reading.sniff import TEXT, sniff
from iku_excel.reading.tidy import MAX_CELL_CHARS

ORMAS = "Data_Ormas_Kecamatan_Benjeng.xlsx"


def _rows(name: str) -> list[list]:
    book = openpyxl.load_workbook(EXAMPLE_DIR / name)
    return [["" if v is None else v.strftime("%d/%m/%Y") if hasattr(v, "strftime") else v
             for v in row] for row in book.active.iter_rows(values_only=True)]


def _csv_text(name: str, delimiter: str = ";") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(_rows(name))
    return out.getvalue()


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "input"
    shutil.copytree(EXAMPLE_DIR, folder)
    (folder / ORMAS).unlink()
    return folder


EXPECTED = analyse(EXAMPLE_DIR).results["ormas_dibina"].nilai


@pytest.mark.parametrize("encoding, bom", [
    ("utf-16-le", codecs.BOM_UTF16_LE),   # Excel's "Unicode Text"
    ("utf-16-le", b""),
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-16-be", b""),
])
def test_utf16_csv_is_read(tmp_path, encoding, bom):
    folder = _folder(tmp_path)
    data = bom + _csv_text(ORMAS, "\t").encode(encoding)
    (folder / "ormas.csv").write_bytes(data)
    assert sniff(folder / "ormas.csv", data[:4096]) == TEXT
    run = analyse(folder)
    assert [f.code for f in run.findings if f.file == "ormas.csv"] == []
    assert run.results["ormas_dibina"].nilai == EXPECTED
    assert any(t.file == "ormas.csv" and t.source.code == "ormas" for t in run.tables)


def test_csv_with_stray_nul_bytes_is_read_with_a_warning(tmp_path):
    folder = _folder(tmp_path)
    text = _csv_text(ORMAS).encode("utf-8")
    first_row_end = text.index(b"\r\n", text.index(b"\r\n") + 2)
    data = text[:first_row_end] + b"\x00\x00" + text[first_row_end:-10] + b"\x00" + text[-10:]
    (folder / "ormas.csv").write_bytes(data)
    run = analyse(folder)
    found = [f for f in run.findings if f.file == "ormas.csv"]
    assert [(f.code, f.params["jumlah"]) for f in found] == [("teks_nul_dibuang", 3)]
    assert severity_of(found[0]) is Severity.PERINGATAN
    assert run.results["ormas_dibina"].nilai == EXPECTED


def test_a_binary_file_named_csv_is_still_not_text(tmp_path):
    data = bytes(range(256)) * 20
    assert sniff(tmp_path / "gambar.csv", data) != TEXT


# --- text over 32,767 characters -------------------------------------------------------

LONG = "Saran: " + "pelayanan sangat baik " * 2000   # 44,007 characters


def _cut(sheets) -> list[tuple]:
    return [(f.code, f.sheet, f.row, f.column) for g in sheets for f in g.notes]


def test_a_long_cell_in_a_csv_is_cut_with_a_finding(tmp_path):
    path = tmp_path / "saran.csv"
    path.write_text(f"No;Saran\n1;baik\n2;{LONG}\n3;{LONG}x\n", encoding="utf-8")
    sheets = load_sheets(InputFile(path, "saran.csv"), path.read_bytes())
    assert _cut(sheets) == [("sel_terpotong", "saran", 3, "B"), ("sel_terpotong", "saran", 4, "B")]
    assert sheets[0].rows[2][1] == LONG[:MAX_CELL_CHARS]


def _xlsx_with_long_cell(path: Path, rows: int, at: tuple[int, int]) -> None:
    """A plain register; the cell at (row, column), 1-based, holds LONG as an
    inline string (openpyxl would refuse to write it, Excel to type it; a
    web export writes it)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Saran"
    sheet.append(["No", "Nama", "Saran"])
    for n in range(1, rows):
        sheet.append([n, f"Responden {n}", "baik"])
    buffer = io.BytesIO()
    book.save(buffer)
    row, col = at
    ref = f"{'ABC'[col - 1]}{row}"
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            part = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                start = part.index(f'<c r="{ref}"'.encode())
                end = part.index(b"</c>", start) + 4
                part = (part[:start] + f'<c r="{ref}" t="inlineStr"><is><t>{LONG}</t></is></c>'
                        .encode() + part[end:])
            target.writestr(info, part)


def test_a_long_cell_in_an_xlsx_is_cut_with_a_finding(tmp_path):
    path = tmp_path / "saran.xlsx"
    _xlsx_with_long_cell(path, 50, (40, 3))
    sheets = load_sheets(InputFile(path, "saran.xlsx"), path.read_bytes())
    assert _cut(sheets) == [("sel_terpotong", "Saran", 40, "C")]
    assert sheets[0].rows[39][2] == LONG[:MAX_CELL_CHARS]


def test_a_long_cell_in_a_later_piece_is_found_at_its_place(tmp_path, monkeypatch):
    monkeypatch.setattr(pieces, "SPLIT_FROM", 1)
    monkeypatch.setattr(pieces, "PIECE_SIZE", 2000)
    monkeypatch.setattr(pieces, "PIECE_PER_COPY", 0)
    monkeypatch.setattr(pieces.os, "cpu_count", lambda: 2)
    joined = []
    real_join = pieces._join
    monkeypatch.setattr(pieces, "_join", lambda parts: joined.append(len(parts)) or
                        real_join(parts))
    path = tmp_path / "saran.xlsx"
    _xlsx_with_long_cell(path, 400, (350, 3))
    sheets = load_sheets(InputFile(path, "saran.xlsx"), path.read_bytes())
    assert joined and joined[0] > 3  # read in pieces, the long cell in a later one
    assert _cut(sheets) == [("sel_terpotong", "Saran", 350, "C")]
