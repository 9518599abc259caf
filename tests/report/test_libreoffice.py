"""LibreOffice as a second reader: recalculated on load, every formula cell
must equal the value the tool wrote (shared/spec/libreoffice.md)."""

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from soffice import SOFFICE, convert

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")]


def test_recalculated_formulas_equal_the_tools_values(example_report, tmp_path):
    report = example_report["path"]
    recalculated = convert(report, tmp_path / "recalc", "xlsx", tmp_path / "profile")
    formulas = openpyxl.load_workbook(report)
    ours = openpyxl.load_workbook(report, data_only=True)
    theirs = openpyxl.load_workbook(recalculated, data_only=True)
    checked = 0
    for ws in formulas.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    mine = ours[ws.title][cell.coordinate].value
                    other = theirs[ws.title][cell.coordinate].value
                    if isinstance(mine, (int, float)):
                        assert other == pytest.approx(mine, abs=1e-9), (ws.title, cell.coordinate)
                    else:
                        assert other == mine, (ws.title, cell.coordinate)
                    checked += 1
    assert checked >= 50  # IKU links, Perhitungan, SKM sums and NRR


def test_pdf_of_report_renders(example_report, tmp_path):
    pdf = convert(example_report["path"], tmp_path / "pdf", "pdf", tmp_path / "profile")
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        size = next(line for line in info.splitlines() if line.startswith("Page size"))
        width, height = (float(x) for x in size.split()[2:5:2])
        # F4 landscape: 330 x 215 mm = 935.4 x 609.4 pt
        assert width == pytest.approx(936, abs=3) and height == pytest.approx(612, abs=3)
    if shutil.which("pdftotext"):
        page = subprocess.run(["pdftotext", "-layout", "-f", "2", "-l", "2", str(pdf), "-"],
                              capture_output=True, text=True).stdout
        # One page wide: the first and last columns, and the signature, on one
        # page, under the title, the kecamatan and the year.
        for text in ("INDIKATOR KINERJA UTAMA (IKU)", "KECAMATAN BENJENG", "TAHUN 2017",
                     "SASARAN STRATEGIS", "KATEGORI", "CAMAT BENJENG",
                     "NIP. 19671020 198803 1 009"):
            assert text in page, text


def _pages(pdf: Path) -> list[str]:
    count = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in count.splitlines()
                     if line.startswith("Pages:")))
    return [subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"],
                           capture_output=True, text=True).stdout for n in range(1, pages + 1)]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler (pdftotext) not installed")
def test_the_tools_pdf_holds_what_goes_upward(staff_folder, tmp_path):
    """The PDF the run writes: IKU, Perhitungan, Grafik and the SKM summary;
    no diagnostics sheet, no answers per respondent; the table's page holds
    title, kecamatan, year and the signature with its NIP."""
    from iku_excel.cli import main

    out = tmp_path / "out"
    assert main(["run", "--input", str(staff_folder), "--output", str(out)]) == 0
    pages = _pages(out / "IKU_Kecamatan_Benjeng_2017.pdf")
    text = "\n".join(pages)
    for title in ("PERHITUNGAN INDIKATOR KINERJA UTAMA", "GRAFIK CAPAIAN IKU",
                  "SURVEI KEPUASAN MASYARAKAT (SKM)", "Profil responden",
                  "PENGUKURAN KINERJA", "ANALISIS CAPAIAN KINERJA"):
        assert title in text, title
    for diagnostics in ("CATATAN DATA MASUKAN", "SUMBER DATA SETIAP ANGKA",
                        "CARA DATA DIBACA", "Asal (berkas/lembar, baris)",
                        "Saran dan masukan responden"):
        assert diagnostics not in text, diagnostics
    table = [p for p in pages if "SASARAN STRATEGIS" in p]
    assert len(table) == 1
    for line in ("INDIKATOR KINERJA UTAMA (IKU)", "KECAMATAN BENJENG", "TAHUN 2017",
                 "Benjeng, Januari 2017", "CAMAT BENJENG", "NURYADI, S.Pd. MM.",
                 "NIP. 19671020 198803 1 009"):
        assert line in table[0], line
    assert "BELUM FINAL" not in text
    assert len(pages) <= 9


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler (pdftotext) not installed")
def test_the_tools_pdf_says_not_final_above_an_empty_signature(staff_folder, tmp_path):
    from builders import BASE_SETTINGS, write_settings

    from iku_excel.cli import main

    settings = {k: v for k, v in BASE_SETTINGS.items() if k not in ("Nama Camat", "NIP")}
    write_settings(staff_folder / "Pengaturan_IKU_2017.xlsx", settings)
    out = tmp_path / "out"
    assert main(["run", "--input", str(staff_folder), "--output", str(out)]) == 1
    pages = _pages(out / "IKU_Kecamatan_Benjeng_2017.pdf")
    table = next(p for p in pages if "SASARAN STRATEGIS" in p)
    for line in ("BELUM FINAL: penanda tangan belum diisi.", "Benjeng, Januari 2018",
                 "(nama Camat)", "Pembina Tingkat I", "NIP. ....."):
        assert line in table, line
    assert "NURYADI" not in "\n".join(pages) and "19671020" not in "\n".join(pages)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler (pdftotext) not installed")
def test_analisis_chart_page_repeats_no_table_header(tmp_path):
    """The chart of Analisis Capaian starts a page of its own: the table's
    header row printed over it, with no row under it, puzzled the reader.
    A TW II report (its note under the table) and an annual one."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "indicators"))
    from test_quarters import dated_folder

    from iku_excel.cli import main

    folder = dated_folder(tmp_path / "in")
    out = tmp_path / "out"
    for args, name in ((["--triwulan", "2"], "IKU_Kecamatan_Benjeng_2017_TW2.pdf"),
                       ([], "IKU_Kecamatan_Benjeng_2017.pdf")):
        assert main(["run", "--input", str(folder), "--output", str(out), *args]) in (0, 1)
        pages = _pages(out / name)
        table = [p for p in pages if "ANALISIS CAPAIAN KINERJA" in p]
        chart = [p for p in pages if "Data grafik: realisasi per indikator" in p]
        assert len(table) == 1 and len(chart) == 1 and chart != table
        assert "MEMBAIK" in table[0] and "KETERANGAN" in table[0]
        for head in ("MEMBAIK", "KETERANGAN", "TARGET AKHIR"):
            assert head not in chart[0], head
