"""Layout seen on the printed pages (issue 16): the SKM sheet's grade table,
the respondents' header repeated only over their own pages, suggestions
without "-", charts in Indonesian notation with the category names clear of
negative bars, every column of Cara Data Dibaca headed, file names not
broken mid-word in Sumber and Cara Data Dibaca."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from builders import write_table

from iku_excel.cli import main
from iku_excel.indicators.skm_saran import is_suggestion

LONG_NAME = "Rekapitulasi_Data_Kependudukan_Desa_2017.xlsx"   # 45 characters
SURVEY_HEADER = ["No", "Tanggal", "Jenis Kelamin"] + [f"U{i}" for i in range(1, 10)] + ["Saran"]


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    import shutil

    from iku_excel.pipeline import EXAMPLE_DIR

    base = tmp_path_factory.mktemp("layout")
    folder = base / "input"
    shutil.copytree(EXAMPLE_DIR, folder)
    # Three more respondents: "p" for P, and suggestions that are none.
    write_table(folder / "SKM_Susulan.xlsx", SURVEY_HEADER, [
        [1, "2017-11-02", "p", *[3] * 9, "-"],
        [2, "2017-11-03", "P", *[4] * 9, "Tidak ada"],
        [3, "2017-11-03", "L", *[3] * 9, "Perbaiki toilet umum"],
    ], sheet="Susulan")
    # A sheet the tool does not know, in a file with a long name.
    write_table(folder / LONG_NAME, ["Desa", "Jumlah KK", "Jumlah Jiwa"],
                [["Dermo", 812, 2710], ["Lundo", 640, 2112]], sheet="Penduduk")
    assert main(["run", "--input", str(folder), "--output", str(base / "out"),
                 "--tanpa-pdf"]) == 0  # notes only
    return base / "out" / "IKU_Kecamatan_Benjeng_2017.xlsx"


def _rows(ws) -> list[list]:
    return [[c.value for c in row] for row in ws.iter_rows()]


def _merged(ws) -> set[str]:
    return {str(m) for m in ws.merged_cells.ranges}


def test_grade_table_kinerja_spans_three_columns(report):
    ws = openpyxl.load_workbook(report)["SKM"]
    rows = _rows(ws)
    header = next(i for i, r in enumerate(rows, start=1) if r[0] == "Mutu")
    assert rows[header - 1][:3] == ["Mutu", "Nilai interval konversi", "Kinerja unit pelayanan"]
    for r in range(header, header + 5):   # the header and grades A-D
        assert f"C{r}:E{r}" in _merged(ws), r
    kinerja = next(i for i, r in enumerate(rows, start=1) if r[0] == "Kinerja unit pelayanan")
    assert f"C{kinerja}:E{kinerja}" in _merged(ws)


def test_respondent_header_repeats_over_its_own_pages_only(report):
    ws = openpyxl.load_workbook(report)["SKM"]
    rows = _rows(ws)
    header = next(i for i, r in enumerate(rows, start=1) if r[0] == "No" and r[2] == "U1")
    assert ws.print_title_rows.replace("$", "") == f"{header}:{header}"
    # Summary, profile and suggestions come before it: their pages carry no copy.
    for text in ("Σ nilai per unsur", "Profil responden", "Saran dan masukan responden"):
        assert next(i for i, r in enumerate(rows, start=1) if r[0] == text) < header, text
    # After it, only the respondents (60 of the example and 3 more).
    assert [r[0] for r in rows[header:]] == list(range(1, 64))


def test_suggestion_list_leaves_out_dashes_and_none(report):
    rows = _rows(openpyxl.load_workbook(report)["SKM"])
    start = next(i for i, r in enumerate(rows) if r[0] == "Saran dan masukan responden") + 1
    listed = []
    for row in rows[start:]:
        if not isinstance(row[0], int):
            break
        listed.append(row[1])
    assert listed[-1] == "Perbaiki toilet umum  (Susulan, baris 6)"
    assert len(listed) == 11  # the example's 10 and the one real suggestion
    assert not [t for t in listed if t.startswith(("-", "Tidak ada"))]


@pytest.mark.parametrize("text, listed", [
    ("-", False), (" -- ", False), (".", False), ("—", False), ("Tidak ada", False),
    ("tidak  ada saran", False), ("NIHIL", False), (None, False), (3, False),
    ("Perlu kursi", True), ("Antrean -> dipercepat", True), ("OK", True),
])
def test_is_suggestion(text, listed):
    assert is_suggestion(text) is listed


def test_profile_counts_p_as_P(report):
    rows = _rows(openpyxl.load_workbook(report)["SKM"])
    header = next(i for i, r in enumerate(rows) if r[1] == "Jenis Kelamin")
    assert [r[1:3] for r in rows[header + 1:header + 3]] == [["L", 24], ["P", 39]]


def _chart_xml(report: Path) -> dict[str, str]:
    with zipfile.ZipFile(report) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist()
                if re.fullmatch(r"xl/charts/chart\d+\.xml", n)}


def test_chart_numbers_in_indonesian_notation(report):
    charts = _chart_xml(report)
    assert len(charts) == 5  # Grafik: 2, SKM: 2, Analisis Capaian: 1
    for name, xml in charts.items():
        formats = re.findall(r'<c:numFmt formatCode="([^"]*)"', xml)
        assert formats and all(f.startswith("[$-421]") for f in formats), (name, formats)


def test_category_names_clear_of_negative_bars(report):
    versus = next(xml for xml in _chart_xml(report).values()
                  if "Target dan Realisasi" in xml)
    assert '<c:tickLblPos val="low"/>' in versus


def test_skm_charts_do_not_overlap(report):
    ws = openpyxl.load_workbook(report)["SKM"]
    anchors = sorted((c.anchor._from.row, c.anchor.to.row, c.anchor._from.col)
                     for c in ws._charts)
    (top1, bottom1, col1), (top2, _, col2) = anchors
    assert col1 == col2 == 5 and bottom1 < top2
    assert top2 - 1 in [b.id for b in ws.row_breaks.brk]  # the profile opens a page


def test_cara_data_dibaca_has_every_column_headed_and_names_whole(report):
    ws = openpyxl.load_workbook(report)["Cara Data Dibaca"]
    rows = _rows(ws)
    header = next(i for i, r in enumerate(rows, start=1) if r[2] == "PALING MIRIP")
    merged = {m.min_col for m in ws.merged_cells.ranges if m.min_row == header} | {1, 2, 3}
    covered = {col for m in ws.merged_cells.ranges if m.min_row == header
               for col in range(m.min_col, m.max_col + 1)} | {1, 2, 3}
    assert covered == set(range(1, 9))
    assert all(ws.cell(header, c).value for c in merged)
    assert rows[header][0] == LONG_NAME
    assert ws.column_dimensions["A"].width >= len(LONG_NAME)


def test_sumber_file_names_fit_their_column(report):
    ws = openpyxl.load_workbook(report)["Sumber"]
    assert ws.column_dimensions["C"].width >= len("Laporan_Kejadian_Bulanan_2017.xlsx")
    assert ws.column_dimensions["A"].width >= len(LONG_NAME)


def test_catatan_file_names_fit_their_column(report):
    ws = openpyxl.load_workbook(report)["Catatan Data"]
    assert any(c.value == LONG_NAME for c in ws["C"])
    assert ws.column_dimensions["C"].width >= len(LONG_NAME)


def test_skm_per_service_mutu_fits_its_row(tmp_path):
    """"A (Sangat Baik)" takes two lines of the Mutu column: its row is made
    tall enough (the PDF showed it running over the next row); a one-line
    row keeps the sheet's height."""
    folder = tmp_path / "in"
    write_table(folder / "skm.xlsx", ["No", "Jenis Layanan", *[f"U{i}" for i in range(1, 10)]],
                [[1, "KK", *[4] * 9], [2, "KK", *[4] * 9], [3, "KTP-el", *[3] * 9],
                 [4, "KTP-el", *[3] * 9]])
    main(["run", "--input", str(folder), "--output", str(tmp_path / "out"), "--tanpa-pdf",
          "--tahun", "2017"])
    ws = openpyxl.load_workbook(next((tmp_path / "out").glob("*.xlsx")))["SKM"]
    rows = {row[1].value: row[1].row for row in ws.iter_rows(min_col=1, max_col=5)
            if row[1].value in ("KK", "KTP-el") and row[4].value}
    assert ws.cell(rows["KK"], 5).value == "A (Sangat Baik)"
    assert ws.row_dimensions[rows["KK"]].height >= 29
    assert ws.cell(rows["KTP-el"], 5).value == "B (Baik)"
    assert ws.row_dimensions[rows["KTP-el"]].height in (None, 15)
