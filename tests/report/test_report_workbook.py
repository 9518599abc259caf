"""The workbook written from the example data, opened with openpyxl."""

import openpyxl
import pytest

from iku_excel.catalogue.bundled import bundled
from iku_excel.report.model import EXAMPLE_BANNER

HEADERS = ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA UTAMA",
           "PENJELASAN / FORMULASI PENGHITUNGAN", "SUMBER DATA", "PENANGGUNG JAWAB",
           "TARGET", "REALISASI", "CAPAIAN (%)", "KATEGORI"]


@pytest.fixture(scope="module")
def books(example_report):
    path = example_report["path"]
    return (openpyxl.load_workbook(path), openpyxl.load_workbook(path, data_only=True))


def _find(ws, text):
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == text:
                return cell
    raise AssertionError(f"{text!r} not on sheet {ws.title}")


def test_sheet_names(books):
    assert books[0].sheetnames == ["IKU", "Perhitungan", "Grafik", "SKM",
                                   "Pengukuran Kinerja", "Analisis Capaian", "Catatan Data",
                                   "Sumber", "Cara Data Dibaca", "Data"]


def test_every_sheet_says_example_data(books):
    for ws in books[0].worksheets:
        assert ws["A1"].value == EXAMPLE_BANNER, ws.title
        assert "DATA CONTOH" in ws.oddFooter.center.text


def test_iku_titles_and_official_headers(books):
    ws = books[0]["IKU"]
    assert [ws.cell(r, 1).value for r in (2, 3, 4)] == [
        "INDIKATOR KINERJA UTAMA (IKU)", "KECAMATAN BENJENG", "TAHUN 2017"]
    header = _find(ws, "NO").row
    assert [ws.cell(header, c).value for c in range(1, 11)] == HEADERS
    assert _find(ws, "Tugas Fungsi").row < header
    assert _find(ws, "l.").row == header - 2


def test_iku_rows_carry_official_wording(books):
    ws = books[0]["IKU"]
    header = _find(ws, "NO").row
    names = [ws.cell(header + 1 + i, 3).value for i in range(7)]
    assert names == [i.nama for i in bundled().rows]
    formula = ws.cell(header + 3, 4).value  # konflik
    lines = formula.split("\n")
    assert lines[0] == "Jumlah konflik yang ditindaklanjuti/difasilitasi"
    assert lines[1].endswith("x 100%") and set(lines[1].split("  ")[0]) == {"—"}
    assert lines[2] == "Jumlah konflik"
    assert "$" not in formula and "\\frac" not in formula


def test_iku_sasaran_2_and_3_are_merged_over_two_rows(books):
    ws = books[0]["IKU"]
    header = _find(ws, "NO").row
    merged = {str(r) for r in ws.merged_cells.ranges}
    for first in (header + 2, header + 4):
        assert f"A{first}:A{first + 1}" in merged
        assert f"B{first}:B{first + 1}" in merged
    assert ws.cell(header + 2, 2).value == "Meningkatnya ketentraman dan ketertiban masyarakat"
    assert ws.cell(header + 1, 1).value == 1 and ws.cell(header + 7, 1).value == 5


def test_iku_results_are_numbers_linked_to_perhitungan(books):
    formulas, values = books
    ws, wv = formulas["IKU"], values["IKU"]
    header = _find(ws, "NO").row
    skm_row = header + 1
    assert ws.cell(skm_row, 8).value.startswith("=Perhitungan!")
    assert wv.cell(skm_row, 8).value == pytest.approx(76.53)
    assert wv.cell(skm_row, 7).value == 80
    assert wv.cell(skm_row, 9).value == pytest.approx(95.6625)
    assert wv.cell(skm_row, 10).value == "Sangat Baik"
    assert "[$-421]" in ws.cell(skm_row, 8).number_format
    assert ws.cell(header + 3, 8).number_format.endswith('"%"')


def test_signature_block(books):
    ws = books[0]["IKU"]
    place = _find(ws, "Benjeng, Januari 2017")
    col = place.column
    lines = [ws.cell(place.row + i, col).value for i in range(8)]
    assert lines[1] == "CAMAT BENJENG"
    assert lines[2:5] == [None, None, None]
    assert lines[5:] == ["NURYADI, S.Pd. MM.", "Pembina Tingkat I", "NIP. 19671020 198803 1 009"]
    name = ws.cell(place.row + 5, col)
    assert name.font.b and name.font.u == "single"
    assert col > 5  # on the right, as in the document


def test_iku_print_setup(books):
    ws = books[0]["IKU"]
    header = _find(ws, "NO").row
    assert int(ws.page_setup.paperSize) == 14  # F4 / Folio
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    # fitToWidth defaults to 1 in OOXML when absent; fitToHeight 0 = as many as needed.
    assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0
    # The table and the signature start on a page of their own, under the
    # title, kecamatan and year repeated from the top (banner, then 3 lines).
    assert [b.id for b in ws.row_breaks.brk] == [header - 2]
    assert ws.print_title_rows.replace("$", "") == "1:4"
    assert [ws.cell(r, 1).value for r in (2, 3, 4)] == [
        "INDIKATOR KINERJA UTAMA (IKU)", "KECAMATAN BENJENG", "TAHUN 2017"]
    nip = _find(ws, "NIP. 19671020 198803 1 009")
    assert ws.print_area.endswith(f"$A$1:$J${nip.row}")


def test_perhitungan_formulas_have_cached_values(books):
    formulas, values = books
    ws, wv = formulas["Perhitungan"], values["Perhitungan"]
    header = _find(ws, "PEMBILANG").row
    konflik = header + 3
    assert ws.cell(konflik, 6).value == f"=C{konflik}/D{konflik}*100"
    assert wv.cell(konflik, 3).value == 12 and wv.cell(konflik, 4).value == 14
    assert wv.cell(konflik, 6).value == pytest.approx(1200 / 14)
    skm = header + 1
    assert ws.cell(skm, 6).value == f"=ROUND(C{skm}/D{skm}*(1/9)*25,2)"
    assert wv.cell(skm, 3).value == 1653 and wv.cell(skm, 4).value == 60
    penurunan = header + 2
    assert ws.cell(penurunan, 3).value.startswith("=C")
    assert wv.cell(penurunan, 3).value == -6 and wv.cell(penurunan, 4).value == 24
    assert ws.cell(konflik, 9).value.startswith("=IF(ISNUMBER(H")


def test_skm_sheet_totals_and_grade(books):
    formulas, values = books
    ws, wv = formulas["SKM"], values["SKM"]
    total = _find(ws, "Σ nilai per unsur").row
    assert [wv.cell(total, c).value for c in range(3, 12)] == [190, 185, 178, 170, 195, 188,
                                                                192, 180, 175]
    assert ws.cell(total, 3).value.startswith("=SUM(C")
    index = _find(ws, "IKM unit pelayanan (x 25)").row
    assert wv.cell(index, 3).value == pytest.approx(76.53)
    assert wv.cell(_find(ws, "Mutu pelayanan").row, 3).value == "B"
    assert len(ws._charts) == 2  # NRR per unsur, sex of respondents
    profile = _find(ws, "Jenis Kelamin").row
    counts = {ws.cell(profile + i, 2).value: ws.cell(profile + i, 3).value for i in (1, 2)}
    assert set(counts) == {"L", "P"} and sum(counts.values()) == 60


def test_catatan_lists_findings_grouped(books):
    ws = books[0]["Catatan Data"]
    header = _find(ws, "TINGKAT").row
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=header + 1)]
    other_year = [r for r in rows if r[2] and r[2].startswith("Register_Pelanggaran")]
    assert len(other_year) == 1  # two rows of 2015, one grouped line
    assert other_year[0][4] == "7-8"
    assert "(2 baris)" in other_year[0][7]


def test_sumber_names_rows_and_hashes(books, example_report):
    ws = books[0]["Sumber"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    konflik = [r for r in values if r[0] == "Konflik ditindaklanjuti"
               and r[1] == "konflik ditindaklanjuti"]
    assert sum(r[5] for r in konflik) == 12
    hashes = [r for r in values if isinstance(r[2], str) and len(r[2]) == 64]
    assert len(hashes) == 8


def test_grafik_has_two_charts_over_the_figures(books):
    ws, wv = books[0]["Grafik"], books[1]["Grafik"]
    assert len(ws._charts) == 2
    header = _find(ws, "INDIKATOR").row
    assert wv.cell(header + 1, 3).value == pytest.approx(76.53)
    assert wv.cell(header + 6, 4).value == pytest.approx(90.0)  # ormas capaian
    assert wv.cell(header + 6, 5).value == "Baik"


def test_cara_data_dibaca_shows_how_each_sheet_was_read(books):
    ws = books[0]["Cara Data Dibaca"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    skm = next(r for r in rows if r[1] == "Data SKM")
    assert skm[2] == "hasil Survei Kepuasan Masyarakat (SKM)"
    assert skm[3] == "5-6"                       # the two-row merged header
    assert "H: Unsur Pelayanan U1 -> u1" in skm[4]
    assert skm[5] == "8-67" and skm[6] == 60
    assert "baris jumlah: 68" in skm[7]
    hadir = next(r for r in rows if r[0] == "Daftar_Hadir_Musrenbang_2017.xlsx")
    assert hadir[6] == 80 and "judul kelompok" in hadir[7]
    months = {r[0]: r[2] for r in rows if r[0] in ("Januari", "Februari", "Mei")}
    assert months == {"Januari": "Ada laporan", "Februari": "NIHIL (tidak ada konflik)",
                      "Mei": "NIHIL (tidak ada konflik)"}


def test_a4_setting_and_locked_earlier_report(tmp_path, monkeypatch):
    import os
    import shutil as sh

    from builders import BASE_SETTINGS, write_settings

    from iku_excel.pipeline import EXAMPLE_DIR, analyse
    from iku_excel.report import writer
    from iku_excel.report.model import build

    folder = tmp_path / "in"
    sh.copytree(EXAMPLE_DIR, folder)
    (folder / "Pengaturan_IKU_2017.xlsx").unlink()
    write_settings(folder / "pengaturan.xlsx", {**BASE_SETTINGS, "Ukuran Kertas": "A4"})
    out = tmp_path / "out"
    first, _ = writer.write_report(build(analyse(folder)), out, pdf=False)
    assert int(openpyxl.load_workbook(first)["IKU"].page_setup.paperSize) == 9
    before = first.read_bytes()

    real_replace = os.replace

    def locked(src, dst):  # Excel holds the earlier report open: it cannot move
        if str(src) == str(first):
            raise PermissionError(13, "locked")
        return real_replace(src, dst)

    monkeypatch.setattr(writer.os, "replace", locked)
    second, notices = writer.write_report(build(analyse(folder)), out, pdf=False)
    assert second.name == "IKU_Kecamatan_Benjeng_2017 (2).xlsx"
    assert first.read_bytes() == before
    assert any("sedang dibuka" in n for n in notices)
