"""A messy copy of the example data gives exactly the figures of the clean one.

The copy is made at test time from the bundled files: other formats, junk
beside the data, moved headers, shouted headers, odd spellings, blank rows.
"""

import csv
import shutil
from pathlib import Path

import openpyxl
import pytest

from iku_excel.pipeline import EXAMPLE_DIR, analyse


def _figures(run):
    return {code: (r.nilai, r.pembilang, r.penyebut) for code, r in run.results.items()}


def _rows(path: Path, sheet: str | None = None) -> list[list]:
    book = openpyxl.load_workbook(path)
    ws = book[sheet] if sheet else book.active
    return [list(row) for row in ws.iter_rows(values_only=True)]


def _to_csv(path: Path, target: Path, delimiter: str, encoding: str) -> None:
    with target.open("w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        for row in _rows(path):
            writer.writerow(["" if v is None else
                             (v.strftime("%d/%m/%Y") if hasattr(v, "strftime") else
                              str(v).replace(".", ",") if isinstance(v, float) and v != int(v)
                              else str(int(v)) if isinstance(v, float) else str(v))
                             for v in row])


@pytest.fixture(scope="module")
def messy(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("messy")
    for path in EXAMPLE_DIR.glob("*.xlsx"):
        shutil.copy(path, folder / path.name)
    # Ormas register exported as ';' CSV in Windows-1252, the Indonesian Excel way.
    ormas = folder / "Data_Ormas_Kecamatan_Benjeng.xlsx"
    _to_csv(ormas, folder / "ormas.csv", ";", "cp1252")
    ormas.unlink()
    # Proposals as ',' CSV in UTF-8 with BOM.
    usulan = folder / "Usulan_Musrenbang_Desa_2017.xlsx"
    _to_csv(usulan, folder / "usulan.csv", ",", "utf-8-sig")
    usulan.unlink()
    # An xlsx saved with an .xls name.
    lembaga = folder / "Lembaga_Ekonomi_Desa_2017.xlsx"
    lembaga.rename(folder / "Lembaga_Ekonomi_Desa_2017.xls")
    # Attendance: more title rows, shouted headers, blank rows, a hidden column.
    hadir = folder / "Daftar_Hadir_Musrenbang_2017.xlsx"
    book = openpyxl.load_workbook(hadir)
    ws = book.active
    ws.insert_rows(1, 3)
    ws["A1"] = "PEMERINTAH KABUPATEN GRESIK"
    for cell in ws[9]:
        if isinstance(cell.value, str):
            cell.value = f"  {cell.value.upper()} "
    ws.insert_rows(30)
    ws.insert_rows(50)
    ws.column_dimensions["C"].hidden = True
    book.save(hadir)
    # Violations: desa written with spaces and in capitals.
    register = folder / "Register_Pelanggaran_Perda_2016-2017.xlsx"
    book = openpyxl.load_workbook(register)
    for row in book.active.iter_rows():
        for cell in row:
            if cell.value == "Bulangkulon":
                cell.value = "Bulang Kulon"
            elif cell.value == "Dermo":
                cell.value = "DERMO"
    book.save(register)
    # Junk beside the data.
    (folder / "~$Data_SKM.xlsx").write_bytes(b"lock")
    (folder / "desktop.ini").write_text("[.ShellClassInfo]")
    (folder / "Thumbs.db").write_bytes(b"\x00\x01")
    (folder / "Surat Pengantar.pdf").write_bytes(b"%PDF-1.4\n")
    return folder


def test_messy_copy_gives_the_clean_figures(messy):
    clean = analyse(EXAMPLE_DIR)
    dirty = analyse(messy)
    assert _figures(dirty) == _figures(clean)
    assert dirty.example is False


def test_messy_copy_reports_what_it_skipped(messy):
    run = analyse(messy)
    codes = {(f.code, f.file) for f in run.findings}
    assert ("berkas_kunci", "~$Data_SKM.xlsx") in codes
    assert ("berkas_bukan_data", "desktop.ini") in codes
    assert ("berkas_bukan_data", "Surat Pengantar.pdf") in codes
    assert ("kolom_tersembunyi", "Daftar_Hadir_Musrenbang_2017.xlsx") in codes
    assert not [f for f in run.findings if f.code == "desa_tidak_dikenal"]
