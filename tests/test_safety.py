"""Input text never becomes a formula; input files are never touched."""

import hashlib

import openpyxl
from builders import BASE_SETTINGS, write_settings, write_table

from iku_excel.cli import main

HOSTILE = ['=HYPERLINK("http://example.invalid","x")', "=1+1", "+cmd|' /C calc'!A0",
           "@SUM(A1)", "-2+3"]


def test_hostile_strings_are_written_as_text(tmp_path):
    folder = tmp_path / "input"
    write_settings(folder / "pengaturan.xlsx", BASE_SETTINGS)
    header = ["No", "Nama Organisasi", "Ketua", "Dibina"]
    rows = [[i + 1, "Ormas", "Ketua", text] for i, text in enumerate(HOSTILE)]
    path = write_table(folder / "ormas.xlsx", header, rows)
    # openpyxl would store "=..." as a formula; force text cells like a CSV import.
    book = openpyxl.load_workbook(path)
    for row in book.active.iter_rows(min_row=4, min_col=4, max_col=4):
        for cell in row:
            cell.data_type = "s"
    book.save(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    code = main(["run", "--input", str(folder), "--output", str(tmp_path / "out")])
    assert code == 1
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    report = openpyxl.load_workbook(tmp_path / "out" / "IKU_Kecamatan_Benjeng_2017.xlsx")
    ws = report["Catatan Data"]
    written = {c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    for text in HOSTILE:  # equal findings are grouped: values share one cell
        assert any(text in cell for cell in written), text
    formulas = [c for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []
