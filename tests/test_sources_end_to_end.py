"""Each indicator from small real workbooks, by hand, through the whole pipeline."""

import datetime as dt

import openpyxl
import pytest
from builders import BASE_SETTINGS, SKM_HEADER, write_settings, write_table

from iku_excel.messages import severity_of
from iku_excel.pipeline import analyse


def _codes(run):
    return [(f.code, f.file, f.sheet, f.row, f.column) for f in run.findings]


@pytest.fixture
def folder(tmp_path):
    write_settings(tmp_path / "pengaturan.xlsx", BASE_SETTINGS)
    return tmp_path


def test_konflik_monthly_sheets_nihil_blank_and_unknown_words(folder):
    header = ["No", "Tanggal", "Desa", "Jenis Konflik", "Tindak Lanjut", "Status"]
    jan = [[1, dt.datetime(2017, 1, 5), "Dermo", "Sengketa tanah", "Mediasi", "Sudah"],
           [2, dt.datetime(2017, 1, 9), "Lundo", "Perkelahian", "-", "Belum"]]
    feb = [[None, None, None, "NIHIL", None, None]]
    mar = [[1, "12/03/2017", "Metatu", "Perselisihan", "Mediasi", "Ditunda"],
           [2, "13 Maret 2017", "Banter", "Perselisihan", "Dilaporkan", ""],
           [3, dt.datetime(2016, 12, 30), "Banter", "Perselisihan", "Mediasi", "Selesai"],
           [4, "14/03/2017", "Banter", "Perselisihan", "Fasilitasi", "✓"]]
    write_table(folder / "konflik.xlsx", header, jan, sheet="JAN", numbering=True,
                extra_sheets={"FEB": (header, feb), "MARET 2017": (header, mar)})
    run = analyse(folder)
    result = run.results["konflik_ditindaklanjuti"]
    # JAN: 1 of 2; FEB nihil; MAR: an unknown word kept as "no" (warned),
    # blank = not followed, 2016 row left out, tick followed -> 2 of 5 rows.
    assert (result.pembilang, result.penyebut) == (2, 5)
    assert result.nilai == pytest.approx(40.0)
    codes = _codes(run)
    # title, blank, header, numbering: data starts on Excel row 5
    assert ("nilai_tidak_dikenal", "konflik.xlsx", "MARET 2017", 5, "Status") in codes
    # A blank status beside a Tindak Lanjut text: not followed up, the text quoted.
    assert ("status_kosong", "konflik.xlsx", "MARET 2017", 6, "Status") in codes
    assert ("baris_tahun_lain", "konflik.xlsx", "MARET 2017", 7, None) in codes
    assert not [c for c in codes if c[3] == 8]  # the tick is a clean "yes"
    assert run.exit_code == 1


def test_zero_conflicts_is_not_computable_never_zero(folder):
    header = ["No", "Tanggal", "Jenis Konflik", "Status"]
    write_table(folder / "konflik.xlsx", header, [[None, None, "NIHIL", None]], sheet="JAN")
    run = analyse(folder)
    result = run.results["konflik_ditindaklanjuti"]
    assert result.nilai is None and result.penyebut == 0
    assert "penyebut nol" in result.sebab
    assert result.capaian.nilai is None


def test_hadir_signature_column_and_group_headings(folder):
    header = ["No", "Nama", "Jabatan", "Asal Desa/Instansi", "Tanda Tangan"]
    rows = [["A. UNSUR PEMERINTAH DESA"], [1, "Suyanto", "Kepala Desa", "Dermo", "1."],
            [2, "Marlikah", "Kepala Desa", "Lundo", None],
            ["B. UNSUR TOKOH MASYARAKAT"], [3, "H. Abdul", "Tokoh", "Banter", "ttd"],
            [4, "Drs. Slamet", "Camat Benjeng", "Kecamatan", "✓"], [],
            [5, "Wati", "PKK", "Dermo", "-"]]
    write_table(folder / "hadir.xlsx", header, rows, titles=("DAFTAR HADIR", "TAHUN 2017"),
                numbering=True, footer=[[], [None, "Mengetahui,"], [None, "Camat Benjeng"]])
    run = analyse(folder)
    result = run.results["partisipasi_musrenbang"]
    # "1." is the form's pre-printed number, no signature: ttd and the tick came.
    assert (result.pembilang, result.penyebut) == (2, 5)
    assert ("tanda_tangan_kosong", "hadir.xlsx", "Data", 7, "Tanda Tangan") in _codes(run)


def test_usulan_negation_and_total_row(folder):
    header = ["No", "Desa", "Usulan Program/Kegiatan", "Perkiraan Biaya (Rp)", "Keterangan"]
    rows = [[1, "Dermo", "Jalan", 1000, "Direkomendasikan"],
            [2, "Dermo", "Saluran", 2000, "Tidak Direkomendasikan"],
            [3, "Lundo", "Posyandu", 3000, "Prioritas"],
            [4, "Lundo", "Gapura", 4000, "Ditolak"]]
    write_table(folder / "usulan.xlsx", header, rows,
                footer=[["JUMLAH", None, None, "=SUM(D5:D8)", None]])
    run = analyse(folder)
    result = run.results["usulan_direkomendasikan"]
    assert (result.pembilang, result.penyebut) == (2, 4)


def test_ormas_guidance_dates_of_other_years_stay_in_register(folder):
    header = ["No", "Nama Organisasi", "Ketua", "Tanggal Pembinaan"]
    rows = [[1, "Karang Taruna", "A", dt.datetime(2017, 5, 1)],
            [2, "PKK", "B", dt.datetime(2016, 5, 1)],
            [3, "Ansor", "C", None],
            [4, "LPMD", "D", "12 Agustus 2017"]]
    write_table(folder / "ormas.xlsx", header, rows)
    run = analyse(folder)
    result = run.results["ormas_dibina"]
    assert (result.pembilang, result.penyebut) == (2, 4)
    assert result.nilai == pytest.approx(50.0)


def test_skm_two_row_header_and_invalid_answers(folder):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "IKM"
    ws.append(["HASIL SKM 2017"])
    ws.append(["No", "Tanggal", "Unsur Pelayanan"] + [None] * 8)
    ws.merge_cells("C2:K2")
    ws.append([None, None] + [f"U{i}" for i in range(1, 10)])
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:B3")
    ws.append(list(range(1, 12)))
    ws.append([1, dt.datetime(2017, 2, 1)] + [4] * 9)
    ws.append([2, dt.datetime(2017, 2, 2)] + [3] * 8 + [None])       # blank: row out
    ws.append([3, dt.datetime(2017, 2, 3)] + ["c"] * 9)             # letters: 3 each
    ws.append([4, dt.datetime(2017, 2, 4)] + [5] + [4] * 8)          # out of range
    ws.append([5, dt.datetime(2016, 2, 4)] + [1] * 9)                # other year
    ws.append(["JUMLAH"])
    book.save(folder / "skm.xlsx")
    run = analyse(folder)
    result = run.results["skm"]
    skm = result.skm.index
    # Two valid rows: all 4 and all 3 -> NRR 3.5 each -> 3.5 * 25 = 87.50, grade A (16/2014).
    assert skm.n == 2 and skm.totals == (7,) * 9
    assert result.nilai == 87.5 and skm.grade.mutu == "A"
    bad = [(f.row, f.column) for f in run.findings if f.code == "skm_jawaban_tidak_sah"]
    assert bad == [(6, "Unsur Pelayanan U9"), (8, "Unsur Pelayanan U1")]


def test_skm_half_way_rounds_away_from_zero(folder):
    # 8 respondents, 81 points over 9 elements: 81 / 8 / 9 * 25 = 28.125 -> 28.13
    # (Python's round() would give 28.12). 81 = 72 ones + 9 extra points.
    rows = []
    for i in range(8):
        answers = [1] * 9
        if i == 0:
            answers = [2] * 9
        rows.append([i + 1, dt.datetime(2017, 3, 1)] + answers)
    write_table(folder / "skm.xlsx", SKM_HEADER, rows)
    run = analyse(folder)
    assert run.results["skm"].nilai == 28.13
    assert run.results["skm"].skm.index.grade.mutu == "D"


def test_penurunan_from_settings_and_usual_formula(tmp_path):
    write_settings(tmp_path / "pengaturan.xlsx", {
        **BASE_SETTINGS, "Jumlah Pelanggaran Perda Tahun Sebelumnya": 8,
        "Rumus Penurunan Pelanggaran Perda": "Penurunan biasa",
        "Target Penurunan Pelanggaran Perda (%)": 10})
    header = ["No", "Tanggal", "Nama Pelanggar", "Jenis Pelanggaran"]
    rows = [[i, dt.datetime(2017, 1, i + 1), "X", "PKL"] for i in range(1, 7)]
    write_table(tmp_path / "perda.xlsx", header, rows)
    run = analyse(tmp_path)
    result = run.results["penurunan_pelanggaran_perda"]
    # usual: (8 - 6) / 8 * 100 = 25.0; capaian 25 / 10 * 100 = 250
    assert (result.pembilang, result.penyebut, result.nilai) == (2, 8, 25.0)
    assert result.capaian.nilai == pytest.approx(250.0)
    assert "pelanggaran_tahun_lalu_pengaturan" in [f.code for f in run.findings]


def _penurunan(folder, target, formula: str = "Sesuai dokumen IKU", n: int = 4, n_1: int = 5):
    settings = {**BASE_SETTINGS, "Target Penurunan Pelanggaran Perda (%)": target,
                "Rumus Penurunan Pelanggaran Perda": formula}
    write_settings(folder / "pengaturan.xlsx", settings)
    header = ["No", "Tanggal", "Jenis Pelanggaran"]
    rows = ([[i, dt.datetime(2017, 2, 1), "PKL"] for i in range(n)]
            + [[i, dt.datetime(2016, 2, 1), "PKL"] for i in range(n_1)])
    write_table(folder / "perda.xlsx", header, rows)
    run = analyse(folder)
    return run, run.results["penurunan_pelanggaran_perda"]


def test_penurunan_positive_target_is_the_size_of_the_decrease(folder):
    """Staff write "turun 10%" as 10; the document's formula gives a fall as
    a negative number: the target is read as -10, with a note."""
    run, result = _penurunan(folder, 10)
    assert result.nilai == pytest.approx(-25.0)  # (4 - 5) / 4 * 100
    assert result.target.low == result.target.high == -10
    assert result.capaian.nilai == pytest.approx(250.0)  # -25 / -10 * 100
    assert result.capaian.kategori == "Sangat Baik"
    notes = [c for c in _codes(run) if c[0].startswith(("target_penurunan", "capaian_tidak"))]
    assert notes == [("target_penurunan_dibaca", "pengaturan.xlsx", "Pengaturan", None, None)]
    assert severity_of(next(f for f in run.findings if f.code == "target_penurunan_dibaca"
                            )).value == "catatan"


def test_penurunan_positive_target_under_the_usual_formula_as_written(folder):
    run, result = _penurunan(folder, 10, "Penurunan biasa")
    assert result.nilai == pytest.approx(20.0)  # (5 - 4) / 5 * 100
    assert result.target.low == 10
    assert result.capaian.nilai == pytest.approx(200.0)  # 20 / 10 * 100
    assert not [c for c in _codes(run) if c[0].startswith(("target_penurunan", "capaian_tidak"))]


@pytest.mark.parametrize("target, formula", [(-10, "Penurunan biasa"),
                                             ("-5 - 5", "Sesuai dokumen IKU")])
def test_penurunan_target_asking_for_more_violations_is_a_warning(folder, target, formula):
    run, result = _penurunan(folder, target, formula)
    assert result.nilai is not None and result.capaian.nilai is None
    assert "naik" in result.capaian.sebab
    found = [c for c in _codes(run) if c[0].startswith(("target_penurunan", "capaian_tidak"))]
    assert found == [("target_penurunan_naik", "pengaturan.xlsx", "Pengaturan", None, None)]
    assert severity_of(next(f for f in run.findings if f.code == "target_penurunan_naik"
                            )).value == "peringatan"


def test_penurunan_violations_rising_against_a_decrease_target_explained(folder):
    run, result = _penurunan(folder, 10, n=5, n_1=4)
    assert result.nilai == pytest.approx(20.0)  # (5 - 4) / 5 * 100: violations rose
    assert result.capaian.nilai is None and "berlawanan tanda" in result.capaian.sebab
    assert "capaian_tidak_dihitung" in [f.code for f in run.findings]
