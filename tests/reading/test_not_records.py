"""Never count what is not a record (issue 15): the traps of real office
folders, each built the way staff or their apps make such files, run through
the whole pipeline, with the figures counted by hand."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from builders import BASE_SETTINGS, write_settings, write_table

from iku_excel.messages import severity_of
from iku_excel.pipeline import analyse


def _codes(run):
    return [(f.code, f.file, f.sheet, f.row, f.column) for f in run.findings]


def _of(run, code):
    return [f for f in run.findings if f.code == code]


def _figures(run, code):
    result = run.results[code]
    return result.pembilang, result.penyebut


@pytest.fixture
def folder(tmp_path):
    write_settings(tmp_path / "pengaturan.xlsx", BASE_SETTINGS)
    return tmp_path


def _book(path, sheets: dict[str, list[list]]):
    """A workbook, one sheet per entry, each row written as staff type it."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        ws = book.create_sheet(name)
        for row in rows:
            ws.append(list(row) if row else [])
    book.save(path)
    return path


KONFLIK_HEADER = ["No", "Tanggal", "Desa", "Jenis Konflik", "Tindak Lanjut", "Status"]


# --- 1. summaries are not records -------------------------------------------

def test_monthly_conflicts_with_a_recap_sheet(folder):
    # JAN 2 conflicts (Sudah, Belum), FEB 1 (Selesai); the REKAP sheet counts
    # them per month (Jumlah Konflik, Ditindaklanjuti, Belum) and must not add
    # three "conflicts" -> 2 followed up of 3.
    _book(folder / "konflik.xlsx", {
        "JAN": [["LAPORAN KEJADIAN JANUARI 2017"], [], KONFLIK_HEADER,
                [1, dt.datetime(2017, 1, 5), "Dermo", "Sengketa tanah", "Mediasi", "Sudah"],
                [2, dt.datetime(2017, 1, 9), "Lundo", "Perkelahian", "-", "Belum"]],
        "FEB": [["LAPORAN KEJADIAN FEBRUARI 2017"], [], KONFLIK_HEADER,
                [1, dt.datetime(2017, 2, 3), "Banter", "Sengketa batas", "Musyawarah", "Selesai"]],
        "REKAP": [["REKAPITULASI KONFLIK TAHUN 2017"], [],
                  ["No", "Bulan", "Jumlah Konflik", "Ditindaklanjuti", "Belum"],
                  [1, "Januari", 2, 1, 1], [2, "Februari", 1, 1, 0], [3, "Maret", 0, 0, 0],
                  [None, "JUMLAH", 3, 2, 1]],
    })
    run = analyse(folder)
    assert _figures(run, "konflik_ditindaklanjuti") == (2, 3)
    assert ("lembar_ringkasan", "konflik.xlsx", "REKAP", None, None) in _codes(run)
    assert [s.sheet for s in run.summaries] == ["REKAP"]
    assert run.summaries[0].kind == "rekap per bulan"
    assert {t.sheet for t in run.tables if t.source.code == "konflik"} == {"JAN", "FEB"}
    assert severity_of(_of(run, "lembar_ringkasan")[0]).value == "catatan"


def test_counts_in_a_yes_no_column_are_a_summary(folder):
    # Ormas counted per desa: "Jumlah Ormas" and "Dibina" hold counts. The real
    # register (3 rows: Ya, Tidak, Ya) gives 2 of 3; the recap adds nothing.
    _book(folder / "ormas.xlsx", {
        "Ormas": [["REGISTER ORMAS 2017"], [], ["No", "Nama Organisasi", "Alamat", "Dibina"],
                  [1, "Karang Taruna", "Dermo", "Ya"], [2, "PKK", "Lundo", "Tidak"],
                  [3, "LPMD", "Banter", "Ya"]],
        "Per Desa": [["JUMLAH ORMAS PER DESA"], [], ["No", "Desa", "Nama Organisasi", "Dibina"],
                     [1, "Dermo", 4, 3], [2, "Lundo", 2, 0], [3, "Banter", 5, 2]],
    })
    # Attendance counted per desa in the Hadir column, under a plain name.
    _book(folder / "hadir.xlsx", {
        "Hadir": [["DAFTAR HADIR"], [], ["No", "Nama", "Jabatan", "Hadir"],
                  [1, "Suyanto", "Kades", "Ya"], [2, "Marlikah", "Kades", "Tidak"]],
        "Sheet2": [["No", "Nama", "Jabatan", "Hadir"],
                   [1, "Desa Dermo", "Undangan 5", 4], [2, "Desa Lundo", "Undangan 6", 3]],
    })
    run = analyse(folder)
    assert _figures(run, "ormas_dibina") == (2, 3)
    assert _figures(run, "partisipasi_musrenbang") == (1, 2)
    kinds = {s.sheet: s.kind for s in run.summaries}
    assert kinds["Per Desa"] == "rekap per desa"
    assert "kolom Hadir berisi jumlah" in kinds["Sheet2"]


def test_a_recap_named_sheet_that_lists_records_is_read(folder):
    # "REKAP PELANGGARAN" is what this office calls its register: every row a
    # violation. A name alone never makes a summary: 2 of 2017, 1 of 2016.
    _book(folder / "pelanggaran.xlsx", {"REKAP 2016-2017": [
        ["REKAP PELANGGARAN PERDA 2016-2017"], [],
        ["No", "Tanggal", "Nama Pelanggar", "Jenis Pelanggaran", "Perda yang Dilanggar"],
        [1, dt.datetime(2016, 5, 2), "Slamet", "PKL", "Perda 22/2004"],
        [2, dt.datetime(2017, 3, 1), "Joko", "Reklame", "Perda 2/2012"],
        [3, dt.datetime(2017, 8, 1), "Rudi", "PKL", "Perda 22/2004"]]})
    run = analyse(folder)
    detail = run.results["penurunan_pelanggaran_perda"].penurunan
    assert (detail.jumlah_tahun_n, detail.jumlah_tahun_n_1) == (2, 1)
    assert run.summaries == []


def _survey_rows(answers, first_no=1):
    return [[first_no + i, dt.datetime(2017, 3, 1 + i), *a] for i, a in enumerate(answers)]


SKM_HEADER = ["No", "Tanggal"] + [f"U{i}" for i in range(1, 10)]
ANSWERS = [[3] * 9, [4] * 9, [3, 3, 3, 3, 4, 4, 4, 4, 2], [2, 3, 3, 3, 3, 3, 3, 3, 3]]


def test_survey_workbook_with_its_own_tabulation(folder):
    # The data sheet: 4 respondents, then numbered NRR footers whose values
    # happen to be whole numbers (U1 (3+4+3+2)/4 = 3 ...): never a 5th respondent.
    # The "Olah Data" sheet repeats Jumlah Nilai / NRR / NRR Tertimbang per unsur.
    totals = [sum(a[j] for a in ANSWERS) for j in range(9)]
    footer_nrr = [3] * 9  # written as the whole numbers a rounded NRR shows
    _book(folder / "skm.xlsx", {
        "Data": [["DATA SURVEI SKM 2017"], [], SKM_HEADER, *_survey_rows(ANSWERS),
                 [5, "Jumlah Nilai", *totals], [6, "NRR", *footer_nrr],
                 [7, "Nilai IKM", 82.64], [8, "Mutu Pelayanan", "B"],
                 [9, "Kinerja Unit Pelayanan", "Baik"]],
        "Olah Data": [["PENGOLAHAN DATA SKM"], [], ["No", "Uraian", *SKM_HEADER[2:]],
                      [1, "Jumlah Nilai", *totals], [2, "NRR", *[t / 4 for t in totals]],
                      [3, "NRR Tertimbang", *[t / 4 / 9 for t in totals]]],
    })
    run = analyse(folder)
    skm = run.results["skm"].skm.index
    assert skm.n == 4 and list(skm.totals) == totals
    assert [s.sheet for s in run.summaries] == ["Olah Data"]
    assert run.summaries[0].survey
    rows = {f.row: f.value for f in _of(run, "baris_bukan_data") if f.sheet == "Data"}
    assert rows == {8: "Jumlah Nilai", 9: "NRR", 10: "Nilai IKM", 11: "Mutu Pelayanan",
                    12: "Kinerja Unit Pelayanan"}
    from iku_excel.report.model import group_findings

    line = next(n for n in group_findings(run.findings) if n.baris == "8-12")
    assert line.pesan.startswith('Baris berlabel "Jumlah Nilai", "NRR", "Nilai IKM", '
                                 '"Mutu Pelayanan", "Kinerja Unit Pelayanan" di lembar Data')
    assert not _of(run, "skm_jawaban_tidak_sah")


@pytest.mark.parametrize("sheet", [
    # NRR per unsur, element by element (a hand tabulation)
    [["HASIL PENGOLAHAN SKM 2017"], [], ["No", "Unsur Pelayanan", "Nilai Rata-rata (NRR)",
                                         "NRR Tertimbang"],
     [1, "Persyaratan", 3.2, 0.356], [2, "Prosedur", 3.1, 0.344],
     [3, "Waktu Pelayanan", 3.0, 0.333],
     [4, "Biaya/Tarif", 3.9, 0.433], [None, "Nilai IKM", None, 80.5]],
    # the index alone
    [["NILAI INDEKS KEPUASAN MASYARAKAT"], [], ["Nilai IKM", 80.5], ["Mutu", "B"]],
], ids=["nrr_per_unsur", "nilai_indeks_saja"])
def test_a_survey_summary_without_answers_says_what_is_needed(folder, sheet):
    _book(folder / "skm.xlsx", {"Hasil SKM": sheet})
    run = analyse(folder)
    assert run.results["skm"].nilai is None
    need = _of(run, "skm_hanya_ringkasan")
    assert [(f.file, f.sheet) for f in need] == [("skm.xlsx", "Hasil SKM")]
    assert severity_of(need[0]).value == "galat"
    from iku_excel.messages import text_of, tindakan_of

    assert "tanpa jawaban per responden" in text_of(need[0])
    assert "satu baris per responden" in tindakan_of(need[0])
    assert not [f for f in run.findings if f.code == "sumber_tidak_ada"
                and "Survei" in f.params["sumber"]]


def test_a_pivot_table_is_a_summary_not_an_unknown_sheet(folder):
    _book(folder / "usulan.xlsx", {
        "Usulan": [["No", "Desa", "Usulan Program/Kegiatan", "Keterangan"],
                   [1, "Dermo", "Jalan", "Direkomendasikan"], [2, "Lundo", "Saluran", "Ditolak"]],
        "Pivot": [["Row Labels", "Count of Usulan"], ["Dermo", 1], ["Lundo", 1],
                  ["Grand Total", 2]],
    })
    run = analyse(folder)
    assert _figures(run, "usulan_direkomendasikan") == (1, 2)
    assert [s.sheet for s in run.summaries] == ["Pivot"]
    assert not [u for u in run.unrecognised if u.sheet == "Pivot"]


# --- 2. registers exported twice ---------------------------------------------

ORMAS_ROWS = [["REGISTER ORMAS"], [], ["No", "Nama Organisasi", "Alamat", "Dibina"],
              [1, "Karang Taruna", "Dermo", "Ya"], [2, "PKK", "Lundo", "Tidak"],
              [3, "LPMD", "Banter", "Ya"]]


def test_a_copy_of_a_file_is_counted_once(folder):
    # "Ormas - Copy.xlsx" (Windows' name for a copy) is read first, by name, but
    # gives way to the original: 2 of 3, and the copy's rows are noted in one
    # line (once per row, it read "baris 4, 4, 6-9" for two equal rows).
    _book(folder / "Ormas.xlsx", {"Ormas": ORMAS_ROWS})
    _book(folder / "Ormas - Copy.xlsx", {"Ormas": ORMAS_ROWS})
    run = analyse(folder)
    assert _figures(run, "ormas_dibina") == (2, 3)
    twice = _of(run, "baris_ganda")
    assert [(f.file, f.row) for f in twice] == [("Ormas - Copy.xlsx", 4)]
    assert twice[0].params == {"jumlah": 3, "baris": "4-6",
                               "tempat": "Ormas.xlsx, lembar Ormas", "baris_asal": "4-6"}
    copy = next(t for t in run.tables if t.file == "Ormas - Copy.xlsx")
    assert copy.rows == [] and copy.skipped["sama dengan lembar lain"] == [4, 5, 6]
    assert not _of(run, "sumber_gabungan")  # the emptied copy adds no table to sum


def test_a_year_list_beside_its_monthly_sheets_is_counted_once(folder):
    # The yearly list repeats JAN's two rows (renumbered) and adds a third of
    # its own: 3 conflicts, not 5; the note names the monthly sheet.
    jan = [[1, dt.datetime(2017, 1, 5), "Dermo", "Sengketa tanah", "Mediasi", "Sudah"],
           [2, dt.datetime(2017, 1, 9), "Lundo", "Perkelahian", "-", "Belum"]]
    _book(folder / "konflik.xlsx", {
        "JAN": [KONFLIK_HEADER, *jan],
        "Semua 2017": [KONFLIK_HEADER, [10, *jan[0][1:]], [11, *jan[1][1:]],
                       [12, dt.datetime(2017, 6, 1), "Banter", "Sengketa", "Mediasi", "Selesai"]],
    })
    run = analyse(folder)
    assert _figures(run, "konflik_ditindaklanjuti") == (2, 3)
    assert [(f.sheet, f.row, f.params["baris"], f.params["baris_asal"])
            for f in _of(run, "baris_ganda")] == [("Semua 2017", 2, "2-3", "2-3")]


def test_two_equal_rows_and_their_copies_pair_one_to_one(folder):
    """A tester's G: two identical raid rows (4, 5) in the register are two
    violations; the "- Copy" file's rows 4-9 are the original's 4-9, one to
    one (the note read "baris 4, 4, 6-9", once per row)."""
    header = ["No", "Tanggal", "Nama Pelanggar", "Alamat", "Jenis Pelanggaran",
              "Perda yang Dilanggar"]
    rows = [[1, "10/03/2017", "-", "Dermo", "PKL", "Perda 3/2012"],
            [2, "10/03/2017", "-", "Dermo", "PKL", "Perda 3/2012"],
            [3, "22/04/2017", "Toko Maju", "Lundo", "Reklame", "Perda 5/2013"]]
    write_table(folder / "Register 2017.xlsx", header, rows)
    write_table(folder / "Register 2017 - Copy.xlsx", header, rows)
    run = analyse(folder, tahun=2017)
    assert run.results["penurunan_pelanggaran_perda"].penurunan.jumlah_tahun_n == 3
    notes = _of(run, "baris_ganda")
    assert [(f.file, f.row, f.params["baris"], f.params["baris_asal"]) for f in notes] == [
        ("Register 2017 - Copy.xlsx", 4, "4-6", "4-6")]


def test_equal_rows_inside_one_list_are_not_merged(folder):
    # Two identical attendance lines on one sheet may be two people: kept.
    write_table(folder / "hadir.xlsx", ["No", "Nama", "Jabatan", "Hadir"],
                [[1, "Slamet", "Warga", "Ya"], [2, "Slamet", "Warga", "Ya"]])
    run = analyse(folder)
    assert _figures(run, "partisipasi_musrenbang") == (2, 2)
    assert not _of(run, "baris_ganda")


# --- 3. footers and examples ----------------------------------------------

def test_footer_rows_with_a_number_in_the_no_column(folder):
    # An app's export: the "Total" line carries on the numbering (7) and holds
    # the count (6) under Jenis Pelanggaran; "Rata-rata" likewise. 5 of 2017.
    perda = "Perda 22/2004"
    _book(folder / "pelanggaran.xlsx", {"Data": [
        ["REGISTER PELANGGARAN PERDA 2016-2017"], [],
        ["No", "Tanggal", "Nama Pelanggar", "Jenis Pelanggaran", "Perda yang Dilanggar"],
        *[[i, dt.datetime(2017, i, 3), f"Nama {i}", "PKL", perda] for i in range(1, 6)],
        [6, dt.datetime(2016, 7, 1), "Nama 6", "PKL", perda],
        [7, "Total", None, 6, None],
        [8, "Rata-rata per bulan", None, "0,5", None]]})
    run = analyse(folder)
    detail = run.results["penurunan_pelanggaran_perda"].penurunan
    assert (detail.jumlah_tahun_n, detail.jumlah_tahun_n_1) == (5, 1)
    assert [(f.row, f.value) for f in _of(run, "baris_bukan_data")] == [
        (10, "Total"), (11, "Rata-rata per bulan")]
    assert not _of(run, "tanggal_tidak_terbaca")


def test_a_record_whose_name_begins_with_total_is_kept(folder):
    write_table(folder / "lembaga.xlsx", ["No", "Nama Lembaga", "Jenis", "Desa", "Dibina"],
                [[1, "Total Usaha Bersama", "KUB", "Dermo", "Ya"],
                 [2, "BUMDes Lundo", "BUMDes", "Lundo", "Tidak"],
                 [3, "Jumlah", None, None, 1]])
    run = analyse(folder)
    assert _figures(run, "lembaga_ekonomi_dibina") == (1, 2)


def test_a_template_example_row_is_not_data(folder):
    # The blank form came with an example line; staff filled two rows under it.
    write_table(folder / "usulan.xlsx",
                ["No", "Desa", "Usulan Program/Kegiatan", "Keterangan"],
                [[1, "Contoh: Dermo", "Contoh: Pengaspalan jalan desa", "Direkomendasikan"],
                 [1, "Dermo", "Saluran", "Ditolak"], [2, "Lundo", "Posyandu", "Prioritas"]])
    write_table(folder / "skm.xlsx", ["No", "Nama Responden", *SKM_HEADER[2:]],
                [[1, "Nama Responden", *[4] * 9], [1, "Sri", *[3] * 9], [2, "Budi", *[2] * 9]])
    run = analyse(folder)
    assert _figures(run, "usulan_direkomendasikan") == (1, 2)
    assert run.results["skm"].skm.index.n == 2
    assert sorted((f.file, f.row) for f in _of(run, "baris_bukan_data")) == [
        ("skm.xlsx", 4), ("usulan.xlsx", 4)]


@pytest.mark.parametrize("mark", ["Cth", "Cth.", "Misal", "misalnya:"])
def test_an_example_row_marked_in_short_is_not_data(folder, mark):
    """A tester's folder: the example line's No said 'Cth' and was counted."""
    write_table(folder / "usulan.xlsx", ["No", "Desa", "Usulan Program/Kegiatan", "Keterangan"],
                [[mark, "Dermo", "Pengaspalan jalan desa", "Direkomendasikan"],
                 [1, "Dermo", "Saluran", "Ditolak"], [2, "Lundo", "Posyandu", "Prioritas"]])
    run = analyse(folder)
    assert _figures(run, "usulan_direkomendasikan") == (1, 2)
    assert [(f.file, f.row) for f in _of(run, "baris_bukan_data")] == [("usulan.xlsx", 4)]


def test_words_that_begin_like_an_example_word_are_data(folder):
    write_table(folder / "usulan.xlsx", ["No", "Desa", "Usulan Program/Kegiatan", "Keterangan"],
                [[1, "Dermo", "Misi budaya desa", "Direkomendasikan"],
                 [2, "Lundo", "Mistar ukur sekolah", "Ditolak"],
                 [3, "Lundo", "Misalignment jalan diperbaiki", "Prioritas"]])
    run = analyse(folder)
    assert _figures(run, "usulan_direkomendasikan") == (2, 3)
    assert not _of(run, "baris_bukan_data")


# --- 4. settings read whole --------------------------------------------------

def _settings_book(path, rows, extra=None):
    sheets = {"Pengaturan": [["PENGATURAN IKU"], [], ["Uraian", "Isi"], *rows]}
    sheets.update(extra or {})
    return _book(path, sheets)


def test_settings_with_jumlah_rows_and_concrete_years(tmp_path):
    # Every row is a setting: the Jumlah rows are no totals line, the targets
    # after them count, "Camat" is no signature line. Year 2016's count from
    # its labelled row: (24 - 30) / 24 = -25%.
    _settings_book(tmp_path / "pengaturan.xlsx", [
        ["Kecamatan", "Benjeng"], ["Tahun", 2017],
        ["Jumlah Pelanggaran Perda Tahun 2016", 30],
        ["Jumlah Pengguna Layanan", 500],
        ["Camat", "NURYADI, S.Pd. MM."],
        ["Tempat dan Tanggal Penandatanganan", "Benjeng, 15 Januari 2018"],
        ["Target SKM", 80], ["Target Penurunan Pelanggaran Perda (%)", -20],
        ["Catatan Staf", "dibuat oleh Seksi Trantib"]])
    _book(tmp_path / "pelanggaran.xlsx", {"2017": [
        ["No", "Tanggal", "Jenis Pelanggaran", "Perda yang Dilanggar"],
        *[[i, dt.datetime(2017, 1 + i % 12, 1), "PKL", "Perda 22/2004"] for i in range(1, 25)]]})
    run = analyse(tmp_path)
    assert run.settings.nama_camat == "NURYADI, S.Pd. MM."
    assert run.settings.pengguna_layanan == 500
    assert set(run.settings.targets) == {"skm", "penurunan_pelanggaran_perda"}
    result = run.results["penurunan_pelanggaran_perda"]
    assert (result.nilai, result.pembilang, result.penyebut) == (-25.0, -6, 24)
    assert [(f.code, f.row) for f in run.findings if f.code.startswith("pengaturan")] == [
        ("pengaturan_tidak_dikenal", 12)]
    table = next(t for t in run.tables if t.source.code == "pengaturan")
    assert table.rows == list(range(4, 13)) and not table.skipped


def test_settings_both_years_without_a_register(tmp_path):
    _settings_book(tmp_path / "pengaturan.xlsx", [
        ["Tahun", 2017], ["Jumlah Pelanggaran Perda Tahun 2016", "30"],
        ["Jumlah Pelanggaran Perda Tahun 2017", "24"]])
    run = analyse(tmp_path)
    result = run.results["penurunan_pelanggaran_perda"]
    assert (result.nilai, result.pembilang, result.penyebut) == (-25.0, -6, 24)
    assert {"pelanggaran_tahun_ini_pengaturan", "pelanggaran_tahun_lalu_pengaturan"} <= {
        f.code for f in run.findings}
    assert not [f for f in _of(run, "sumber_tidak_ada") if "pelanggaran" in f.params["sumber"]]


def test_settings_formula_without_a_saved_value(tmp_path):
    # openpyxl saves formulas without their result, as some apps do: a simple
    # sum is computed (12 + 18 = 30); a reference to another sheet is named.
    _settings_book(tmp_path / "pengaturan.xlsx", [
        ["Tahun", 2017], ["Jumlah Pelanggaran Perda Tahun 2016", "=12+18"],
        ["Jumlah Pengguna Layanan", "=COUNTA(Data!A2:A500)"]],
        extra={"Data": [["Nama"], ["a"]]})
    run = analyse(tmp_path)
    assert run.settings.pelanggaran_per_tahun == {2016: 30}
    assert run.settings.pengguna_layanan is None
    assert ("rumus_dihitung", "pengaturan.xlsx", "Pengaturan", 5, "B") in _codes(run)
    assert ("rumus_tanpa_nilai", "pengaturan.xlsx", "Pengaturan", 6, "B") in _codes(run)


def test_a_sheet_counts_as_settings_only_with_a_known_setting(tmp_path):
    # An "Uraian | Nilai" table of something else (the survey's NRR) comes
    # first by name; the real settings sheet is still the one used.
    _book(tmp_path / "a_nrr.xlsx", {"NRR": [["Uraian", "Nilai"], ["U1", 3.2], ["U2", 3.1],
                                            ["Rata-rata", 3.15]]})
    _book(tmp_path / "b_catatan.xlsx", {"Catatan": [["Uraian", "Isi"], ["Rapat", "Senin"],
                                                    ["Ruang", "Aula"]]})
    write_settings(tmp_path / "z_pengaturan.xlsx", BASE_SETTINGS)
    run = analyse(tmp_path)
    assert run.settings.where == ("z_pengaturan.xlsx", "Pengaturan")
    assert not _of(run, "pengaturan_ganda")
    assert ("pengaturan_tanpa_isian", "b_catatan.xlsx", "Catatan", None, None) in _codes(run)
    assert not [f for f in _of(run, "pengaturan_tidak_dikenal") if f.file != "z_pengaturan.xlsx"]


# --- 5. year n-1 comes from year n-1 ------------------------------------------

def _register(*dates, title="REGISTER PELANGGARAN PERDA TAHUN 2017"):
    return [[title], [], ["No", "Tanggal", "Nama Pelanggar", "Jenis Pelanggaran",
                          "Perda yang Dilanggar"],
            *[[i, d, f"Nama {i}", "PKL", "Perda 22/2004"] for i, d in enumerate(dates, 1)]]


DEC_2016 = [dt.datetime(2016, 12, 28), dt.datetime(2016, 12, 30)]
YEAR_2017 = [dt.datetime(2017, m, 10) for m in (1, 3, 5, 8)]


def test_carried_over_rows_are_not_year_n_1(folder):
    # Two December 2016 cases at the top of the 2017 register: year 2016 has no
    # source, so the indicator is "-" with that reason, never (4 - 2) / 4.
    _book(folder / "pelanggaran.xlsx", {"Register": _register(*DEC_2016, *YEAR_2017)})
    run = analyse(folder)
    result = run.results["penurunan_pelanggaran_perda"]
    assert result.nilai is None and "2016" in result.sebab
    assert result.penurunan.jumlah_tahun_n == 4
    carried = _of(run, "pelanggaran_tahun_lalu_terbawa")
    assert [f.row for f in carried] == [4, 5]
    assert "2017" in carried[0].params["alasan"]


def test_year_n_1_from_its_own_register(folder):
    # The 2016 register as a file of its own (3 rows), beside 2017's with the
    # same carried-over rows: n-1 = 3 (the file of 2016), n = 4 -> (4-3)/4 = 25%.
    _book(folder / "pelanggaran_2017.xlsx", {"Register": _register(*DEC_2016, *YEAR_2017)})
    _book(folder / "pelanggaran_2016.xlsx", {"Register": _register(
        dt.datetime(2016, 4, 2), *DEC_2016, title="REGISTER PELANGGARAN PERDA")})
    run = analyse(folder)
    result = run.results["penurunan_pelanggaran_perda"]
    assert (result.nilai, result.pembilang, result.penyebut) == (25.0, 1, 4)
    assert [f.file for f in _of(run, "pelanggaran_tahun_lalu_terbawa")] == [
        "pelanggaran_2017.xlsx"] * 2


@pytest.mark.parametrize("dates, counted", [
    # no year named anywhere: the dates decide
    ([dt.datetime(2016, 3, 1), dt.datetime(2016, 11, 1), *YEAR_2017], True),  # all through 2016
    ([*DEC_2016, *YEAR_2017], False),                                          # a December tail
    ([dt.datetime(2016, 6, 1), dt.datetime(2016, 9, 9)], True),               # only 2016 rows
])
def test_a_register_naming_no_year(folder, dates, counted):
    _book(folder / "register.xlsx", {"Sheet1": _register(*dates, title="REGISTER PELANGGARAN")})
    run = analyse(folder)
    detail = run.results["penurunan_pelanggaran_perda"].penurunan
    n_1 = sum(d.year == 2016 for d in dates)
    assert detail.jumlah_tahun_n_1 == (n_1 if counted else None)
    assert bool(_of(run, "pelanggaran_tahun_lalu_terbawa")) is not counted


# --- 6. dates as apps and staff write them -------------------------------------

@pytest.mark.parametrize("header", ["Tgl Kejadian", "Tgl. Kejadian", "Waktu Kejadian",
                                    "Tanggal/Waktu"])
def test_app_date_times_and_their_headers(folder, header):
    # 2016's date-times are read as 2016 (left out), whatever the header.
    rows = [[1, "Sabtu, 01 April 2017 - 00:00", "Dermo", "Sengketa", "Mediasi", "Sudah"],
            [2, "01/04/2017 08:15", "Lundo", "Perkelahian", "-", "Belum"],
            [3, "2017-05-02T10:30:00", "Banter", "Sengketa", "Mediasi", "Selesai"],
            [4, "Sbtu, 31 Desember 2016 - 21:00", "Banter", "Sengketa", "Mediasi", "Sudah"],
            [5, "2016-12-30 08:00:00", "Metatu", "Sengketa", "Mediasi", "Sudah"]]
    write_table(folder / "konflik.xlsx", ["No", header, "Desa", "Jenis Konflik",
                                          "Tindak Lanjut", "Status"], rows)
    run = analyse(folder)
    assert _figures(run, "konflik_ditindaklanjuti") == (2, 3)
    assert [f.row for f in _of(run, "baris_tahun_lain")] == [7, 8]
    assert not _of(run, "tanggal_tidak_terbaca")


def test_an_unreadable_date_is_never_the_report_year(folder):
    # Row 5 "32/13/2017", row 6 "kemarin": left out, the cells named; row 7
    # blank: year n as ever; row 8 "-": blank. 2 of the 4 usable rows Sudah.
    rows = [[1, "12/03/2017", "Dermo", "Sengketa", "Mediasi", "Sudah"],
            [2, "32/13/2017", "Lundo", "Perkelahian", "Mediasi", "Sudah"],
            [3, "kemarin", "Banter", "Sengketa", "Mediasi", "Sudah"],
            [4, None, "Banter", "Sengketa", "Mediasi", "Belum"],
            [5, "-", "Banter", "Sengketa", "Mediasi", "Sudah"],
            [6, "Maret 2017", "Banter", "Sengketa", "Mediasi", "Belum"]]
    write_table(folder / "konflik.xlsx", KONFLIK_HEADER, rows)
    run = analyse(folder)
    assert _figures(run, "konflik_ditindaklanjuti") == (2, 4)
    bad = _of(run, "tanggal_tidak_terbaca")
    assert [(f.row, f.column, f.value, severity_of(f).value) for f in bad] == [
        (5, "Tanggal", "32/13/2017", "galat"), (6, "Tanggal", "kemarin", "galat")]


# --- 7. words never inflate a figure -------------------------------------------

def test_abbreviations_and_variants(folder):
    write_table(folder / "konflik.xlsx", KONFLIK_HEADER, [
        [1, "05/01/2017", "Dermo", "Sengketa", "Mediasi", "Sdh"],
        [2, "06/01/2017", "Lundo", "Sengketa", "-", "Blm"],
        [3, "07/01/2017", "Banter", "Sengketa", "-", "Tdk"],
        [4, "08/01/2017", "Metatu", "Sengketa", "Mediasi", "Sudah dimediasi"]])
    write_table(folder / "usulan.xlsx", ["No", "Desa", "Usulan Program/Kegiatan", "Keterangan"], [
        [1, "Dermo", "Jalan", "Direkomendasikan"],
        [2, "Dermo", "Saluran", "Tidak direkomendasikan"],
        [3, "Lundo", "Gapura", "Tdk direkomendasikan"],
        [4, "Lundo", "Balai", "Belum direkomendasikan"],
        [5, "Banter", "Posyandu", "Prioritas"]])
    write_table(folder / "ormas.xlsx", ["No", "Nama Organisasi", "Dibina"],
                [[1, "Karang Taruna", "Sdh"], [2, "PKK", "Blm"], [3, "LPMD", "Tdk"]])
    run = analyse(folder)
    assert _figures(run, "konflik_ditindaklanjuti") == (2, 4)
    assert _figures(run, "usulan_direkomendasikan") == (2, 5)
    assert _figures(run, "ormas_dibina") == (1, 3)
    assert not _of(run, "nilai_tidak_dikenal")


@pytest.mark.parametrize("header", ["Tindak Lanjut", "Tindaklanjut", "TL"])
def test_free_text_follow_up_without_a_status_column(folder, header):
    # An action described is a follow-up; "-", blank and "Belum ada" are not.
    write_table(folder / "konflik.xlsx", ["No", "Tanggal", "Desa", "Jenis Konflik", header], [
        [1, "05/01/2017", "Dermo", "Sengketa tanah", "Mediasi oleh Camat dan Muspika"],
        [2, "06/01/2017", "Lundo", "Perkelahian", "-"],
        [3, "07/01/2017", "Banter", "Sengketa batas", None],
        [4, "08/01/2017", "Metatu", "Perselisihan", "Dilaporkan ke Polsek Benjeng"],
        [5, "09/01/2017", "Dermo", "Perselisihan", "Belum ada"],
        [6, "10/01/2017", "Dermo", "Perselisihan", "Sudah"]])
    run = analyse(folder)
    assert _figures(run, "konflik_ditindaklanjuti") == (3, 6)
    assert [f.row for f in _of(run, "tindak_lanjut_uraian")] == [4, 7]
    assert [f.row for f in _of(run, "nilai_kosong_dianggap_tidak")] == [5, 6]


def test_an_unknown_word_stays_in_the_denominator_as_no(folder):
    write_table(folder / "usulan.xlsx", ["No", "Desa", "Usulan Program/Kegiatan", "Keterangan"], [
        [1, "Dermo", "Jalan", "Direkomendasikan"], [2, "Dermo", "Saluran", "Dipertimbangkan"],
        [3, "Lundo", "Gapura", "Ditolak"]])
    run = analyse(folder)
    assert _figures(run, "usulan_direkomendasikan") == (1, 3)
    unknown = _of(run, "nilai_tidak_dikenal")
    assert [(f.row, f.value, severity_of(f).value) for f in unknown] == [
        (5, "Dipertimbangkan", "peringatan")]
    # The template's own dropdown words are among those offered.
    assert "Direkomendasikan, Prioritas" in unknown[0].params["pilihan"]
    assert "Tidak Direkomendasikan, Ditolak" in unknown[0].params["pilihan"]


def test_a_printed_attendance_form_typed_back(folder):
    # The form has numbered dotted lines; the typist copied them as they were
    # and wrote what was on them: 1 ttd, 3 a name, 6 a tick came -> 3 of 6.
    write_table(folder / "hadir.xlsx", ["No", "Nama", "Jabatan", "Asal Desa/Instansi",
                                        "Tanda Tangan"], [
        [1, "Suyanto", "Kades", "Dermo", "1. ttd"],
        [2, "Marlikah", "Kades", "Lundo", "2. .........."],
        [3, "H. Abdul", "Tokoh", "Banter", "3. Abdul"],
        [4, "Slamet", "BPD", "Metatu", "4. .........."],
        [5, "Wati", "PKK", "Dermo", "...."],
        [6, "Joko", "LPMD", "Klampok", "✓"],
        [7, "Darmaji", "LPMD", "Klampok", "Izin"]])
    run = analyse(folder)
    assert _figures(run, "partisipasi_musrenbang") == (3, 7)
    assert [f.row for f in _of(run, "tanda_tangan_kosong")] == [5, 7, 8]


# --- 8. messages that help ---------------------------------------------------------

def test_a_near_miss_header_gets_a_suggestion(folder):
    header = ["No", "Tanggal", *[f"U{i}" for i in range(1, 8)], "Unusr 8", "U9"]
    write_table(folder / "skm.xlsx", header, [[1, "01/03/2017", *[3] * 9]])
    write_table(folder / "ormas.xlsx", ["No", "Nama Organisasi", "Alamat", "Dibnia"],
                [[1, "PKK", "Dermo", "Ya"]])
    run = analyse(folder)
    near = _of(run, "judul_kolom_mirip")
    assert [(f.file, f.row, f.column, f.params["saran"]) for f in near] == [
        ("skm.xlsx", 3, "Unusr 8", "U8")]
    ormas = next(f for f in _of(run, "lembar_tidak_dikenali") if f.file == "ormas.xlsx")
    assert 'Judul kolom "Dibnia" mungkin maksudnya Dibina.' in ormas.params["mirip"]


def test_a_file_without_a_header_row_says_so(folder):
    (folder / "hadir.csv").write_text("1;Suyanto;Kades;Ya\r\n2;Marlikah;Kades;Tidak\r\n",
                                      encoding="utf-8")
    run = analyse(folder)
    refused = _of(run, "lembar_tanpa_judul_kolom")
    assert [(f.file, severity_of(f).value) for f in refused] == [("hadir.csv", "peringatan")]


def test_missing_columns_are_named_as_staff_write_them(folder):
    write_table(folder / "pelanggaran.xlsx", ["No", "Tanggal", "Nama Pelanggar", "Tindakan"],
                [[1, "01/02/2017", "Slamet", "Teguran"]])
    run = analyse(folder)
    from iku_excel.messages import text_of

    text = " ".join(text_of(f) for f in run.findings if f.file == "pelanggaran.xlsx")
    assert "Jenis Pelanggaran atau Perda yang Dilanggar" in text
    assert "jenis_pelanggaran" not in text and "README" not in text


# --- the report tells it: Cara Data Dibaca and Catatan Data ----------------------

def test_the_report_names_the_summary_and_the_copies(folder, tmp_path):
    import json

    from iku_excel.cli import main

    _book(folder / "konflik.xlsx", {
        "JAN": [KONFLIK_HEADER,
                [1, dt.datetime(2017, 1, 5), "Dermo", "Sengketa tanah", "Mediasi", "Sdh"],
                [2, dt.datetime(2017, 1, 9), "Lundo", "Perkelahian", "-", "Blm"]],
        "REKAP": [["REKAPITULASI KONFLIK 2017"], [], ["No", "Bulan", "Jumlah Konflik",
                                                      "Ditindaklanjuti"],
                  [1, "Januari", 2, 1], [2, "Februari", 0, 0]]})
    _book(folder / "Ormas.xlsx", {"Ormas": ORMAS_ROWS})
    _book(folder / "Ormas - Copy.xlsx", {"Ormas": ORMAS_ROWS})
    out = tmp_path / "out"
    code = main(["run", "--input", str(folder), "--output", str(out), "--json",
                 str(tmp_path / "s.json"), "--tanpa-pdf"])
    summary = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert code == 1  # sources are missing: galat
    konflik = summary["indikator"]["konflik_ditindaklanjuti"]
    assert (konflik["pembilang"], konflik["penyebut"]) == (1, 2)
    assert (summary["indikator"]["ormas_dibina"]["pembilang"],
            summary["indikator"]["ormas_dibina"]["penyebut"]) == (2, 3)
    book = openpyxl.load_workbook(summary["laporan"])
    cara = [[c for c in row if c is not None] for row in book["Cara Data Dibaca"].iter_rows(
        values_only=True)]
    heading = next(i for i, r in enumerate(cara) if r and str(r[0]).startswith(
        "Lembar ringkasan/rekap"))
    assert cara[heading + 2][:3] == ["konflik.xlsx", "REKAP",
                                     "laporan kejadian/konflik bulanan"]
    assert cara[heading + 2][-1] == "rekap per bulan"
    copy_row = next(r for r in cara if r[:2] == ["Ormas - Copy.xlsx", "Ormas"])
    assert "sama dengan lembar lain: 4-6" in copy_row[-1]
    notes = [row for row in book["Catatan Data"].iter_rows(values_only=True)]
    twice = [r for r in notes if r[2] == "Ormas - Copy.xlsx"]
    # One line for the copy: its first row, and every row in the sentence.
    assert len(twice) == 1 and twice[0][4] == "4"
    assert twice[0][7].startswith("3 baris di lembar Ormas (baris 4-6) sama persis dengan "
                                  "baris 4-6 di Ormas.xlsx, lembar Ormas")
    rekap = [r for r in notes if r[3] == "REKAP"]
    assert len(rekap) == 1 and rekap[0][1] == "Catatan"


def test_an_unreadable_survey_date_leaves_the_questionnaire_out(folder):
    # 3 questionnaires; row 5's date "31/02/2017" does not exist: never year n.
    write_table(folder / "skm.xlsx", SKM_HEADER, [[1, "01/03/2017", *[3] * 9],
                                                  [2, "31/02/2017", *[4] * 9],
                                                  [3, "Rebo, 15 Maret 2017", *[2] * 9]])
    run = analyse(folder)
    skm = run.results["skm"].skm.index
    assert skm.n == 2 and list(skm.totals) == [5] * 9
    assert [(f.row, f.value) for f in _of(run, "tanggal_tidak_terbaca")] == [(5, "31/02/2017")]
    assert not _of(run, "baris_tahun_lain")


def test_the_blank_form_filled_in_part_has_no_summary(tmp_path):
    # The tool's own form: its Petunjuk sheet speaks of the SKM, its survey
    # sheet is an empty table under "HASIL SURVEI ... (SKM)": neither is a summary.
    from iku_excel.template import write_template

    path = write_template(tmp_path / "Isian_IKU.xlsx")
    book = openpyxl.load_workbook(path)
    ws = book["Konflik"]
    for col, value in enumerate([1, dt.datetime(2017, 2, 1), "Dermo", "Sengketa", "-",
                                 "Mediasi oleh Camat", "Sudah"], 1):
        ws.cell(4, col, value)
    book.save(path)
    run = analyse(tmp_path)
    assert run.summaries == []
    assert _figures(run, "konflik_ditindaklanjuti") == (1, 1)
    assert not _of(run, "skm_hanya_ringkasan") and not _of(run, "pengaturan_tidak_dikenal")


def test_a_register_counting_guidance_sessions_is_records(folder):
    # Named organisations, "Dibina" holding how often each was guided: the
    # register stays a register (no months, no desa, mostly 0 or 1); the
    # counts are no yes/no words, so they count as no, with a warning.
    write_table(folder / "ormas.xlsx", ["No", "Nama Organisasi", "Alamat", "Dibina"], [
        [1, "Karang Taruna", "Jl. Raya 1", "Ya"], [2, "PKK", "Jl. Raya 2", 2],
        [3, "LPMD", "Jl. Raya 3", 0], [4, "Fatayat", "Jl. Raya 4", 1], [5, "IPNU", "Jl. Raya 5", 3],
        [6, "Muslimat", "Jl. Raya 6", 1], [7, "Ansor", "Jl. Raya 7", 0]])
    run = analyse(folder)
    assert run.summaries == []
    # Ya, 1, 1 are yes; 2, 3 unknown (no, warned); 0, 0 no.
    assert _figures(run, "ormas_dibina") == (3, 7)
    assert [f.row for f in _of(run, "nilai_tidak_dikenal")] == [5, 8]


def test_a_recap_named_sheet_with_wrong_headers_is_still_told_what_is_missing(folder):
    write_table(folder / "hadir.xlsx", ["No", "Nama", "Jabatan", "Keterangan"],
                [[1, "Suyanto", "Kades", "datang"]], sheet="REKAP HADIR")
    run = analyse(folder)
    assert run.summaries == []
    assert [f.sheet for f in _of(run, "lembar_tidak_dikenali")] == ["REKAP HADIR"]


def test_footers_of_an_app_export_keep_their_numbers_as_text(folder):
    # A csv as an app writes it: every cell text, the footers numbered on
    # ("7;Total;;18;...", "8;Rata-rata;;3,00;..."): 6 respondents, no galat.
    rows = [f"{i};Responden {i};L;3;4;3;3;4;3;3;4;3" for i in range(1, 7)]
    (folder / "skm.csv").write_text(
        "No;Nama;JK;" + ";".join(f"U{i}" for i in range(1, 10)) + "\r\n"
        + "\r\n".join(rows) + "\r\n7;Total;;18;24;18;18;24;18;18;24;18\r\n"
        + "8;Rata-rata;;3,00;4,00;3,00;3,00;4,00;3,00;3,00;4,00;3,00\r\n", encoding="utf-8")
    run = analyse(folder)
    skm = run.results["skm"].skm.index
    assert skm.n == 6 and list(skm.totals) == [18, 24, 18, 18, 24, 18, 18, 24, 18]
    assert not _of(run, "skm_jawaban_tidak_sah")
    assert [(f.row, f.value) for f in _of(run, "baris_bukan_data")] == [(8, "Total"),
                                                                       (9, "Rata-rata")]


def test_an_attendance_list_with_a_slip_is_not_a_recap(folder):
    # One Kepala Desa from each desa (every Asal distinct), Hadir 1/0 with one
    # "2" typed by mistake: still the list. 1, 1, 0, 1 yes; "2" unknown (no).
    write_table(folder / "hadir.xlsx", ["No", "Nama", "Jabatan", "Asal Desa", "Hadir"], [
        [1, "Suyanto", "Kepala Desa", "Dermo", 1], [2, "Marlikah", "Kepala Desa", "Lundo", 2],
        [3, "Abdul", "Kepala Desa", "Banter", 0], [4, "Slamet", "Kepala Desa", "Metatu", 1],
        [5, "Wati", "Kepala Desa", "Klampok", 1]])
    run = analyse(folder)
    assert run.summaries == []
    assert _figures(run, "partisipasi_musrenbang") == (3, 5)


def test_the_month_table_counts_only_the_rows_counted(folder):
    """A tester's A: DES holds one conflict of 2017 and one of 2018 (left
    out): Desember shows 1, not 2."""
    _book(folder / "konflik.xlsx", {
        "NOV": [KONFLIK_HEADER, [1, dt.datetime(2017, 11, 2), "Dermo", "Sengketa", "-", "Sudah"]],
        "DES": [KONFLIK_HEADER, [1, dt.datetime(2017, 12, 5), "Dermo", "Sengketa", "-", "Sudah"],
                [2, dt.datetime(2018, 1, 3), "Lundo", "Sengketa", "-", "Belum"]]})
    run = analyse(folder, tahun=2017)
    months = {m.label: (m.status, m.count) for m in run.sources["konflik"].months}
    assert months["Desember"] == ("ada", 1) and months["November"] == ("ada", 1)
    assert _figures(run, "konflik_ditindaklanjuti") == (2, 2)


# --- a quiet month, said in words ---------------------------------------------

QUIET = ["Tidak terjadi konflik", "Aman terkendali", "Situasi aman dan kondusif", "KOSONG",
         "Keadaan aman", "NIHIL"]


def test_a_quiet_month_said_in_words_is_no_conflict_and_no_blank_field(folder):
    """A tester's monthly book: each quiet month worded its own way got a
    warning that its Jenis Konflik was blank. Two conflicts, one Sudah: 1 of 2."""
    header = ["No", "Tanggal", "Desa", "Jenis Konflik", "Uraian", "Tindak Lanjut", "Status"]
    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember"]
    sheets = {}
    for i, month in enumerate(months):
        if i == 6:
            line = [1, "05/07/2017", "Dermo", "Sengketa", "-", "Mediasi", "Sudah"]
        elif i == 10:
            line = [1, "10/11/2017", "Lundo", "Batas", "-", "-", "Belum"]
        else:
            line = [1, QUIET[i % len(QUIET)]]
        sheets[month] = [[f"LAPORAN KEJADIAN BULAN {month.upper()} 2017"], header, line]
    _book(folder / "konflik.xlsx", sheets)
    run = analyse(folder)
    assert _figures(run, "konflik_ditindaklanjuti") == (1, 2)
    noisy = [(f.code, f.sheet) for f in run.findings
             if f.file == "konflik.xlsx" and severity_of(f).value != "catatan"]
    assert noisy == []


def test_a_record_that_mentions_safety_is_still_a_record(folder):
    """'Aman' opens a quiet month only on a short line: a full row is a conflict."""
    header = ["No", "Tanggal", "Desa", "Jenis Konflik", "Uraian", "Tindak Lanjut", "Status"]
    sheets = {m: [[f"LAPORAN BULAN {m}"], header, [1, "NIHIL"]] for m in (
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
        "September", "Oktober", "November")}
    sheets["Desember"] = [["LAPORAN BULAN DESEMBER"], header,
                          [1, "12/12/2017", "Dermo", "Aman terkendali setelah mediasi", "-",
                           "Mediasi", "Sudah"]]
    _book(folder / "konflik.xlsx", sheets)
    assert _figures(analyse(folder), "konflik_ditindaklanjuti") == (1, 1)
