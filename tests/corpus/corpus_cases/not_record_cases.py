"""Cases 100-149 (issue 15): what is not a record: recaps, pivots, examples,
numbered totals, carried-over rows, dates and words as apps write them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl

from .kit import Context, case, data, fill, new_book, save

# ==========================================================================
# Issue 15: what is not a record (cases 100-149). Figures counted by hand.
# ==========================================================================

KONFLIK_HEADER = ["No", "Tanggal", "Desa", "Jenis Konflik", "Tindak Lanjut", "Status"]
ORMAS_ROWS = [["No", "Nama Organisasi", "Alamat", "Dibina"],
              [1, "Karang Taruna Bina Remaja", "Desa Jogodalu", "Ya"],
              [2, "PKK Desa Lundo", "Desa Lundo", "Tidak"],
              [3, "LPMD Deliksumber", "Desa Deliksumber", "Ya"]]
SKM_HEADER = ["No", "Tanggal"] + [f"U{i}" for i in range(1, 10)]
# Four questionnaires; every element's NRR is a whole number or .25/.5/.75.
SKM_ANSWERS = [[3] * 9, [4] * 9, [3, 3, 3, 3, 4, 4, 4, 4, 2], [2, 3, 3, 3, 3, 3, 3, 3, 3]]
SKM_TOTALS = [sum(a[j] for a in SKM_ANSWERS) for j in range(9)]   # 12,13,13,13,14,14,14,14,12


def sheets(book: openpyxl.Workbook, named: dict[str, list[list[Any] | None]]) -> None:
    book.remove(book.active)
    for name, rows in named.items():
        fill(book.create_sheet(name), rows)


def perda_row(i: int, date: Any, name: str = "") -> list[Any]:
    return [i, date, name or f"Pelanggar {i}", "PKL di bahu jalan",
            "Perda Kab. Gresik No. 22 Tahun 2004"]


PERDA_HEADER = ["No", "Tanggal", "Nama Pelanggar", "Jenis Pelanggaran", "Perda yang Dilanggar"]


# Monthly conflicts JAN (Sudah, Belum) and FEB (Selesai) -> 2 of 3; the REKAP
# sheet counts them per month (Januari 2 1 1, Februari 1 1 0, Maret 0 0 0,
# JUMLAH 3 2 1): a summary, named, never three more "conflicts".
@case("100_konflik_rekap_bulanan.xlsx", data(
    "konflik_ditindaklanjuti", 2, 3,
    findings=[["lembar_ringkasan", "REKAP", None, None]],
    counts={"lembar_ringkasan": 1}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    sheets(book, {
        "JAN": [["LAPORAN KEJADIAN JANUARI 2017"], None, KONFLIK_HEADER,
                [1, dt.datetime(2017, 1, 5), "Dermo", "Sengketa tanah", "Mediasi", "Sudah"],
                [2, dt.datetime(2017, 1, 9), "Lundo", "Perkelahian", "-", "Belum"]],
        "FEB": [["LAPORAN KEJADIAN FEBRUARI 2017"], None, KONFLIK_HEADER,
                [1, dt.datetime(2017, 2, 3), "Banter", "Sengketa batas", "Musyawarah",
                 "Selesai"]],
        "REKAP": [["REKAPITULASI KONFLIK TAHUN 2017"], None,
                  ["No", "Bulan", "Jumlah Konflik", "Ditindaklanjuti", "Belum"],
                  [1, "Januari", 2, 1, 1], [2, "Februari", 1, 1, 0], [3, "Maret", 0, 0, 0],
                  [None, "JUMLAH", 3, 2, 1]],
    })
    save(book, path)


# Ormas register rows 2-4 Ya, Tidak, Ya -> 2 of 3; sheet "Per Desa" counts
# organisations per desa (Nama Organisasi 4/2/5, Dibina 3/0/2): a summary.
@case("101_ormas_rekap_per_desa.xlsx", data(
    "ormas_dibina", 2, 3, findings=[["lembar_ringkasan", "Per Desa", None, None]]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    sheets(book, {"Ormas": ORMAS_ROWS,
                  "Per Desa": [["No", "Desa", "Nama Organisasi", "Dibina"],
                               [1, "Dermo", 4, 3], [2, "Lundo", 2, 0], [3, "Banter", 5, 2]]})
    save(book, path)


# Attendance rows 2-3 Ya, Tidak -> 1 of 2; "Sheet2" has the same header but
# counts per desa in Hadir (4 of 5, 3 of 6): counts in a yes/no column.
@case("102_hadir_kolom_berisi_jumlah.xlsx", data(
    "partisipasi_musrenbang", 1, 2, findings=[["lembar_ringkasan", "Sheet2", None, None]]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    sheets(book, {"Hadir": [["No", "Nama", "Jabatan", "Hadir"],
                            [1, "Suyanto", "Kepala Desa", "Ya"],
                            [2, "Marlikah", "Kepala Desa", "Tidak"]],
                  "Sheet2": [["No", "Nama", "Jabatan", "Hadir"],
                             [1, "Desa Dermo", "Undangan 5", 4],
                             [2, "Desa Lundo", "Undangan 6", 3]]})
    save(book, path)


# Survey "Data": questionnaires rows 4-7; numbered footers rows 8-12 (Jumlah
# Nilai, NRR written as whole numbers 3, Nilai IKM, Mutu Pelayanan, Kinerja):
# never respondents. "Olah Data" tabulates Jumlah/NRR/NRR Tertimbang per
# unsur: a summary. n = 4, totals 12 13 13 13 14 14 14 14 12 (Σ 119).
@case("103_skm_olah_data_dan_footer.xlsx", data(
    "skm", sum(SKM_TOTALS), 4, skm_totals=SKM_TOTALS,
    findings=[["lembar_ringkasan", "Olah Data", None, None],
              ["baris_bukan_data", "Data", 9, None], ["baris_bukan_data", "Data", 12, None]],
    counts={"baris_bukan_data": 5}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Petugas PATEN")
    data_rows = [[i + 1, dt.datetime(2017, 3, 1 + i), *a] for i, a in enumerate(SKM_ANSWERS)]
    sheets(book, {
        "Data": [["DATA SURVEI KEPUASAN MASYARAKAT 2017"], None, SKM_HEADER, *data_rows,
                 [5, "Jumlah Nilai", *SKM_TOTALS], [6, "NRR", *[3] * 9],
                 [7, "Nilai IKM", 82.64], [8, "Mutu Pelayanan", "B"],
                 [9, "Kinerja Unit Pelayanan", "Baik"]],
        "Olah Data": [["PENGOLAHAN DATA SKM"], None, ["No", "Uraian", *SKM_HEADER[2:]],
                      [1, "Jumlah Nilai", *SKM_TOTALS],
                      [2, "NRR", *[t / 4 for t in SKM_TOTALS]],
                      [3, "NRR Tertimbang", *[t / 4 / 9 for t in SKM_TOTALS]]],
    })
    save(book, path)


# Only the survey's tabulation, element by element (NRR per unsur): no
# answers, so no index; the finding says the answers per respondent are needed.
@case("104_skm_ringkasan_nrr_per_unsur.xlsx", {
    "summary": True, "findings": [["skm_hanya_ringkasan", "Hasil SKM", None, None]]})
def _(path: Path, ctx: Context) -> None:
    book = new_book("Petugas PATEN")
    names = ["Persyaratan", "Prosedur", "Waktu Pelayanan", "Biaya/Tarif", "Produk Layanan",
             "Kompetensi Pelaksana", "Perilaku Pelaksana", "Sarana dan Prasarana",
             "Penanganan Pengaduan"]
    sheets(book, {"Hasil SKM": [
        ["HASIL PENGOLAHAN SKM KECAMATAN BENJENG 2017"], None,
        ["No", "Unsur Pelayanan", "Nilai Rata-rata (NRR)", "NRR Tertimbang"],
        *[[i, name, 3.0 + i / 10, round((3.0 + i / 10) / 9, 3)]
          for i, name in enumerate(names, 1)],
        [None, "Nilai IKM", None, 87.5]]})
    save(book, path)


# Only the index, as an app's dashboard export gives it.
@case("105_skm_nilai_indeks_saja.xlsx", {
    "summary": True, "findings": [["skm_hanya_ringkasan", "IKM", None, None]]})
def _(path: Path, ctx: Context) -> None:
    book = new_book("Aplikasi SKM")
    sheets(book, {"IKM": [["NILAI INDEKS KEPUASAN MASYARAKAT 2017"], None,
                          ["Nilai IKM", 80.5], ["Mutu", "B"], ["Kinerja", "Baik"]]})
    save(book, path)


# Proposals rows 2-3 Direkomendasikan, Ditolak -> 1 of 2, and a pivot table of
# them (Row Labels / Count of Usulan / Grand Total): a summary.
@case("106_usulan_tabel_pivot.xlsx", data(
    "usulan_direkomendasikan", 1, 2, findings=[["lembar_ringkasan", "Pivot", None, None]],
    absent=["lembar_tidak_dikenali"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    sheets(book, {"Usulan": [["No", "Desa", "Usulan Program/Kegiatan", "Keterangan"],
                             [1, "Dermo", "Normalisasi saluran", "Direkomendasikan"],
                             [2, "Lundo", "Gapura desa", "Ditolak"]],
                  "Pivot": [["Row Labels", "Count of Usulan"], ["Dermo", 1], ["Lundo", 1],
                            ["Grand Total", 2]]})
    save(book, path)


# The register and its copy sheet "Ormas (2)" (Excel's name for a copied
# sheet): counted once -> 2 of 3; rows 2-4 of the copy noted in one line.
@case("107_ormas_lembar_salinan.xlsx", data(
    "ormas_dibina", 2, 3, findings=[["baris_ganda", "Ormas (2)", 2, None]],
    counts={"baris_ganda": 1}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    sheets(book, {"Ormas (2)": ORMAS_ROWS, "Ormas": ORMAS_ROWS})
    save(book, path)


# JAN (Sudah, Belum) and a year list "Semua 2017" repeating them renumbered
# (rows 2-3) plus one of June (Selesai): 2 of 3, not 3 of 5.
@case("108_konflik_daftar_setahun_dan_bulanan.xlsx", data(
    "konflik_ditindaklanjuti", 2, 3,
    findings=[["baris_ganda", "Semua 2017", 2, None]], counts={"baris_ganda": 1}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    jan = [[dt.datetime(2017, 1, 5), "Dermo", "Sengketa tanah", "Mediasi", "Sudah"],
           [dt.datetime(2017, 1, 9), "Lundo", "Perkelahian", "-", "Belum"]]
    sheets(book, {"JAN": [KONFLIK_HEADER, [1, *jan[0]], [2, *jan[1]]],
                  "Semua 2017": [KONFLIK_HEADER, [10, *jan[0]], [11, *jan[1]],
                                 [12, dt.datetime(2017, 6, 1), "Banter", "Sengketa batas",
                                  "Mediasi", "Selesai"]]})
    save(book, path)


# An app's export of the register "2016-2017": rows 4-8 of 2017, row 9 of 2016,
# then "Total" numbered 7 with the count 6 (row 10) and "Rata-rata per bulan"
# numbered 8 (row 11): footers. n = 5, n-1 = 1 -> (5 - 1) / 5.
@case("109_pelanggaran_total_bernomor.xlsx", data(
    "penurunan_pelanggaran_perda", 4, 5,
    findings=[["baris_bukan_data", "Data", 10, None], ["baris_bukan_data", "Data", 11, None]],
    counts={"baris_bukan_data": 2}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Aplikasi Trantib")
    sheets(book, {"Data": [
        ["REGISTER PELANGGARAN PERDA 2016-2017"], None, PERDA_HEADER,
        *[perda_row(i, dt.datetime(2017, i, 3)) for i in range(1, 6)],
        perda_row(6, dt.datetime(2016, 7, 1)),
        [7, "Total", None, 6, None], [8, "Rata-rata per bulan", None, "0,5", None]]})
    save(book, path)


# A survey typed into the template under its example line (row 2, "Nama
# Responden", all 4s): the example is no respondent. n = 2, totals 5 x 9.
@case("110_skm_baris_contoh.xlsx", data(
    "skm", 45, 2, skm_totals=[5] * 9,
    findings=[["baris_bukan_data", "Survei", 2, None]]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Petugas PATEN")
    sheets(book, {"Survei": [["No", "Nama Responden", *SKM_HEADER[2:]],
                             [1, "Nama Responden", *[4] * 9],
                             [1, "Sri", *[3] * 9], [2, "Budi", *[2] * 9]]})
    save(book, path)


# Proposals under a "Contoh:" line (row 2): Ditolak, Prioritas -> 1 of 2.
@case("111_usulan_baris_contoh.xlsx", data(
    "usulan_direkomendasikan", 1, 2, findings=[["baris_bukan_data", "Usulan", 2, None]]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    sheets(book, {"Usulan": [["No", "Desa", "Usulan Program/Kegiatan", "Keterangan"],
                             [1, "Contoh: Dermo", "Contoh: Pengaspalan jalan desa",
                              "Direkomendasikan"],
                             [1, "Dermo", "Saluran", "Ditolak"],
                             [2, "Lundo", "Posyandu", "Prioritas"]]})
    save(book, path)


# Settings read whole: "Jumlah Pelanggaran Perda Tahun 2016" = 30 (year n-1,
# no totals row), "Camat" (no signature line), targets after them, an unknown
# row (noted). Register "2017": 24 violations -> (24 - 30) / 24.
@case("112_pengaturan_jumlah_dan_tahun.xlsx", data(
    "penurunan_pelanggaran_perda", -6, 24,
    findings=[["pelanggaran_tahun_lalu_pengaturan", "Pengaturan", None, None],
              ["pengaturan_tidak_dikenal", "Pengaturan", 10, None]],
    counts={"pengaturan_tidak_dikenal": 1}, absent=["capaian_tidak_dihitung"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    sheets(book, {
        "Pengaturan": [["PENGATURAN IKU"], None, ["Uraian", "Isi"],
                       ["Tahun", 2017], ["Jumlah Pelanggaran Perda Tahun 2016", 30],
                       ["Jumlah Pengguna Layanan", 500], ["Camat", "NURYADI, S.Pd. MM."],
                       ["Target Penurunan Pelanggaran Perda (%)", -20],
                       ["Target SKM", 80], ["Catatan Staf", "dibuat Seksi Trantib"]],
        "2017": [PERDA_HEADER, *[perda_row(i, dt.datetime(2017, 1 + i % 12, 1))
                                 for i in range(1, 25)]]})
    save(book, path)


# A settings value saved as a formula without its result (openpyxl, as some
# apps): "=12+18" is computed (30); "=COUNTA(Data!A2:A9)" names another sheet
# and is told, not guessed. Register: 24 of 2017 -> (24 - 30) / 24.
@case("113_pengaturan_rumus_tanpa_nilai.xlsx", data(
    "penurunan_pelanggaran_perda", -6, 24,
    findings=[["rumus_dihitung", "Pengaturan", 5, "B"],
              ["rumus_tanpa_nilai", "Pengaturan", 6, "B"]]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    sheets(book, {
        "Pengaturan": [["PENGATURAN IKU"], None, ["Uraian", "Isi"], ["Tahun", 2017],
                       ["Jumlah Pelanggaran Perda Tahun 2016", "=12+18"],
                       ["Jumlah Pengguna Layanan", "=COUNTA(Data!A2:A9)"]],
        "Data": [PERDA_HEADER, *[perda_row(i, dt.datetime(2017, 1 + i % 12, 1))
                                 for i in range(1, 25)]]})
    save(book, path)


# An "Uraian | Isi" sheet of meeting notes is no settings sheet (no known
# setting in it): noted, not read as settings. Proposals Ya, Tidak -> 1 of 2.
@case("114_bukan_pengaturan.xlsx", data(
    "usulan_direkomendasikan", 1, 2,
    findings=[["pengaturan_tanpa_isian", "Catatan Rapat", None, None]],
    absent=["pengaturan_tidak_dikenal", "pengaturan_ganda"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    sheets(book, {"Catatan Rapat": [["Uraian", "Isi"], ["Rapat", "Senin, 6 Maret 2017"],
                                    ["Ruang", "Aula Kecamatan"], ["Peserta", "Kades se-Kecamatan"]],
                  "Usulan": [["No", "Desa", "Usulan Program/Kegiatan", "Direkomendasikan"],
                             [1, "Dermo", "Jalan", "Ya"], [2, "Lundo", "Saluran", "Tidak"]]})
    save(book, path)


# The 2017 register ("TAHUN 2017") starts with two cases of December 2016
# carried over (rows 4-5): not the record of 2016. n = 4, n-1 unknown -> "-".
@case("115_pelanggaran_tahun_lalu_terbawa.xlsx", data(
    "penurunan_pelanggaran_perda", None, None,
    findings=[["pelanggaran_tahun_lalu_terbawa", "Register", 4, None],
              ["pelanggaran_tahun_lalu_terbawa", "Register", 5, None]]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    dates = [dt.datetime(2016, 12, 28), dt.datetime(2016, 12, 30)] + [
        dt.datetime(2017, m, 10) for m in (1, 3, 5, 8)]
    sheets(book, {"Register": [["REGISTER PELANGGARAN PERDA TAHUN 2017"], None, PERDA_HEADER,
                               *[perda_row(i, d) for i, d in enumerate(dates, 1)]]})
    save(book, path)


# One sheet per year: "2016" (April, December x2 = 3) and "2017" (4 of 2017
# after the same two December rows, carried over and left out): (4 - 3) / 4.
@case("116_pelanggaran_lembar_per_tahun.xlsx", data(
    "penurunan_pelanggaran_perda", 1, 4,
    counts={"pelanggaran_tahun_lalu_terbawa": 2}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    dec = [dt.datetime(2016, 12, 28), dt.datetime(2016, 12, 30)]
    sheets(book, {
        "2016": [PERDA_HEADER, *[perda_row(i, d, f"Lama {i}") for i, d in
                                 enumerate([dt.datetime(2016, 4, 2), *dec], 1)]],
        "2017": [PERDA_HEADER, *[perda_row(i, d) for i, d in enumerate(
            [*dec, *[dt.datetime(2017, m, 10) for m in (1, 3, 5, 8)]], 1)]]})
    save(book, path)


# A register naming no year at all (title "REGISTER PELANGGARAN", sheet
# "Sheet1"): its 2016 rows are only of October-December, the tail carried
# over. n = 3, n-1 unknown -> "-".
@case("117_pelanggaran_tanpa_tahun_ekor_desember.xlsx", data(
    "penurunan_pelanggaran_perda", None, None,
    counts={"pelanggaran_tahun_lalu_terbawa": 2}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    dates = [dt.datetime(2016, 10, 20), dt.datetime(2016, 12, 30),
             dt.datetime(2017, 2, 1), dt.datetime(2017, 4, 1), dt.datetime(2017, 9, 1)]
    sheets(book, {"Sheet1": [["REGISTER PELANGGARAN"], None, PERDA_HEADER,
                             *[perda_row(i, d) for i, d in enumerate(dates, 1)]]})
    save(book, path)


# A web app's export, header "Tgl. Kejadian", dates as text with times:
# rows 2-4 of 2017 (Sudah, Belum, Selesai) -> 2 of 3; rows 5-6 of 2016 left out.
@case("118_konflik_tanggal_aplikasi.xlsx", data(
    "konflik_ditindaklanjuti", 2, 3,
    findings=[["baris_tahun_lain", "Export", 5, None], ["baris_tahun_lain", "Export", 6, None]],
    counts={"baris_tahun_lain": 2}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Aplikasi Trantib")
    sheets(book, {"Export": [
        ["No", "Tgl. Kejadian", "Desa", "Jenis Konflik", "Tindak Lanjut", "Status"],
        [1, "Sabtu, 01 April 2017 - 00:00", "Dermo", "Sengketa", "Mediasi", "Sudah"],
        [2, "01/04/2017 08:15", "Lundo", "Perkelahian", "-", "Belum"],
        [3, "2017-05-02T10:30:00", "Banter", "Sengketa", "Mediasi", "Selesai"],
        [4, "2016-12-30 08:00:00", "Metatu", "Sengketa", "Mediasi", "Sudah"],
        [5, "Jumat, 30 Desember 2016 - 21:00", "Metatu", "Sengketa", "Mediasi", "Sudah"]]})
    save(book, path)


# Header "Tanggal/Waktu", weekdays as staff type them, misspelled too
# ("Sbtu", "Jumaat", "Rebo"): all of 2017 -> Ya, Tidak, Ya -> 2 of 3.
@case("119_konflik_tanggal_waktu_hari.xlsx", data(
    "konflik_ditindaklanjuti", 2, 3, absent=["baris_tahun_lain"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    sheets(book, {"Konflik": [
        ["No", "Tanggal/Waktu", "Desa", "Jenis Konflik", "Status"],
        [1, "Sbtu, 01 April 2017 - 09:00", "Dermo", "Sengketa", "Ya"],
        [2, "Jumaat 17 Maret 2017", "Lundo", "Perkelahian", "Tidak"],
        [3, "Rebo, 15-03-2017 13.30 WIB", "Banter", "Sengketa", "Ya"]]})
    save(book, path)


# Unreadable dates (row 3 "32/13/2017", row 4 "kemarin") are never the report
# year: left out, named. Row 5 blank = year n, row 6 "-" = blank.
# Rows 2, 5, 6: Sudah, Belum, Sudah -> 2 of 3.
@case("120_konflik_tanggal_tak_terbaca.xlsx", data(
    "konflik_ditindaklanjuti", 2, 3,
    findings=[["tanggal_tidak_terbaca", "Konflik", 3, "Tanggal"],
              ["tanggal_tidak_terbaca", "Konflik", 4, "Tanggal"]],
    counts={"tanggal_tidak_terbaca": 2}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    sheets(book, {"Konflik": [
        KONFLIK_HEADER,
        [1, "12/03/2017", "Dermo", "Sengketa", "Mediasi", "Sudah"],
        [2, "32/13/2017", "Lundo", "Perkelahian", "Mediasi", "Sudah"],
        [3, "kemarin", "Banter", "Sengketa", "Mediasi", "Sudah"],
        [4, None, "Banter", "Sengketa", "Mediasi", "Belum"],
        [5, "-", "Metatu", "Sengketa", "Mediasi", "Sudah"]]})
    save(book, path)


# Status in abbreviations: Sdh, Blm, Tdk, "Sudah dimediasi" -> 2 of 4, no
# unknown word.
@case("121_konflik_singkatan.xlsx", data(
    "konflik_ditindaklanjuti", 2, 4, absent=["nilai_kosong_dianggap_tidak"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    sheets(book, {"Konflik": [
        KONFLIK_HEADER,
        [1, "05/01/2017", "Dermo", "Sengketa", "Mediasi", "Sdh"],
        [2, "06/01/2017", "Lundo", "Sengketa", "-", "Blm"],
        [3, "07/01/2017", "Banter", "Sengketa", "-", "Tdk"],
        [4, "08/01/2017", "Metatu", "Sengketa", "Mediasi", "Sudah dimediasi"]]})
    save(book, path)


# Decisions: Direkomendasikan, Tidak direkomendasikan, Tdk direkomendasikan,
# Belum direkomendasikan, Blm direkomendasikan, Prioritas -> 2 of 6.
@case("122_usulan_tdk_direkomendasikan.xlsx", data("usulan_direkomendasikan", 2, 6))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    words = ["Direkomendasikan", "Tidak direkomendasikan", "Tdk direkomendasikan",
             "Belum direkomendasikan", "Blm direkomendasikan", "Prioritas"]
    sheets(book, {"Usulan": [["No", "Desa", "Usulan Program/Kegiatan", "Keterangan"],
                             *[[i, "Dermo", f"Usulan {i}", w] for i, w in enumerate(words, 1)]]})
    save(book, path)


# No status column; "Tindaklanjut" holds what was done: two actions described
# (rows 2, 5) and "Sudah" (row 7) are follow-ups; "-" (row 3), blank (row 4),
# "Belum ada" (row 6) are not -> 3 of 6.
@case("123_konflik_tindaklanjut_uraian.xlsx", data(
    "konflik_ditindaklanjuti", 3, 6,
    findings=[["tindak_lanjut_uraian", "Konflik", 2, "Tindaklanjut"],
              ["tindak_lanjut_uraian", "Konflik", 5, "Tindaklanjut"],
              ["nilai_kosong_dianggap_tidak", "Konflik", 3, "Tindaklanjut"],
              ["nilai_kosong_dianggap_tidak", "Konflik", 4, "Tindaklanjut"]],
    counts={"tindak_lanjut_uraian": 2, "nilai_kosong_dianggap_tidak": 2}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    sheets(book, {"Konflik": [
        ["No", "Tanggal", "Desa", "Jenis Konflik", "Tindaklanjut"],
        [1, "05/01/2017", "Dermo", "Sengketa tanah", "Mediasi oleh Camat dan Muspika"],
        [2, "06/01/2017", "Lundo", "Perkelahian", "-"],
        [3, "07/01/2017", "Banter", "Sengketa batas", None],
        [4, "08/01/2017", "Metatu", "Perselisihan", "Dilaporkan ke Polsek Benjeng"],
        [5, "09/01/2017", "Dermo", "Perselisihan", "Belum ada"],
        [6, "10/01/2017", "Dermo", "Perselisihan", "Sudah"]]})
    save(book, path)


# "Dipertimbangkan" is no word the tool knows: the row stays, counted as not
# recommended, with a warning. Direkomendasikan, ?, Ditolak -> 1 of 3.
@case("124_usulan_kata_tak_dikenal.xlsx", data(
    "usulan_direkomendasikan", 1, 3,
    findings=[["nilai_tidak_dikenal", "Usulan", 3, "Keterangan"]],
    counts={"nilai_tidak_dikenal": 1}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    sheets(book, {"Usulan": [["No", "Desa", "Usulan Program/Kegiatan", "Keterangan"],
                             [1, "Dermo", "Jalan", "Direkomendasikan"],
                             [2, "Dermo", "Saluran", "Dipertimbangkan"],
                             [3, "Lundo", "Gapura", "Ditolak"]]})
    save(book, path)


# The printed attendance form typed back: numbered dotted lines where nobody
# signed (rows 3, 5, 6) are absences; "1. ttd", a name, a tick came; "Izin"
# did not -> 3 of 7.
@case("125_hadir_formulir_cetak.xlsx", data(
    "partisipasi_musrenbang", 3, 7,
    findings=[["tanda_tangan_kosong", "Daftar Hadir", r, "Tanda Tangan"] for r in (3, 5, 6)],
    counts={"tanda_tangan_kosong": 3}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    sheets(book, {"Daftar Hadir": [
        ["No", "Nama", "Jabatan", "Asal Desa/Instansi", "Tanda Tangan"],
        [1, "Suyanto", "Kepala Desa", "Dermo", "1. ttd"],
        [2, "Marlikah", "Kepala Desa", "Lundo", "2. .........."],
        [3, "H. Abdul Rochim", "Tokoh Agama", "Banter", "3. Abdul"],
        [4, "Slamet", "Ketua BPD", "Metatu", "4. .........."],
        [5, "Wati", "Ketua TP PKK", "Dermo", "...."],
        [6, "Joko", "Ketua LPMD", "Klampok", "✓"],
        [7, "Darmaji", "Ketua LPMD", "Klampok", "Izin"]]})
    save(book, path)


# An ormas register whose status header has a typing slip ("Dibnia"): not
# recognised, and the finding suggests Dibina.
@case("126_ormas_judul_mirip.xlsx", {
    "unrecognised": True, "findings": [["lembar_tidak_dikenali", "Ormas", None, None]]})
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    sheets(book, {"Ormas": [["No", "Nama Organisasi", "Alamat", "Dibnia"],
                            [1, "Karang Taruna", "Dermo", "Ya"], [2, "PKK", "Lundo", "Tidak"]]})
    save(book, path)


# An app's csv without its header row: refused, and the finding says so.
@case("127_hadir_tanpa_judul_kolom.csv", {
    "unrecognised": True, "findings": [["lembar_tanpa_judul_kolom", None, None, None]]})
def _(path: Path, ctx: Context) -> None:
    path.write_bytes(b"1;Suyanto;Kepala Desa;Ya\r\n2;Marlikah;Kepala Desa;Tidak\r\n"
                     b"3;Slamet;Ketua BPD;Ya\r\n")


# Lembaga: "Total Usaha Bersama" (row 2) is a KUB's name, a record; rows 4-5
# "Jumlah" / "Rata-rata" carry numbers in No (3, 4): footers. Ya, Tidak -> 1 of 2.
@case("128_lembaga_jumlah_bernomor.xlsx", data(
    "lembaga_ekonomi_dibina", 1, 2,
    findings=[["baris_bukan_data", "Lembaga", 4, None], ["baris_bukan_data", "Lembaga", 5, None]],
    counts={"baris_bukan_data": 2}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    sheets(book, {"Lembaga": [["No", "Nama Lembaga", "Jenis", "Desa", "Dibina"],
                              [1, "Total Usaha Bersama", "KUB", "Dermo", "Ya"],
                              [2, "BUMDes Lundo Makmur", "BUMDes", "Lundo", "Tidak"],
                              [3, "Jumlah", None, None, 1],
                              [4, "Rata-rata", None, None, "50%"]]})
    save(book, path)


# A survey app's "Excel" export, really an HTML table: every cell text, the
# footers numbered on (7 Total, 8 NRR Per Unsur, 9 NRR Tertimbang, 10 IKM Unit
# Pelayanan; Excel rows 9-12 under a title row and the header). 6 respondents
# answering 3 4 3 3 4 3 3 4 3: totals 18 24 18 18 24 18 18 24 18 (Σ 180).
@case("129_skm_ekspor_aplikasi_html.xls", data(
    "skm", 180, 6, skm_totals=[18, 24, 18, 18, 24, 18, 18, 24, 18],
    findings=[["baris_bukan_data", None, r, None] for r in (9, 10, 11, 12)],
    counts={"baris_bukan_data": 4}, absent=["berkas_ekstensi_lain"]))
def _(path: Path, ctx: Context) -> None:
    answers = [3, 4, 3, 3, 4, 3, 3, 4, 3]
    rows = [[i, f"Responden {i}", "L" if i % 2 else "P", *answers] for i in range(1, 7)]
    totals = [a * 6 for a in answers]
    footers = [[7, "Total", "", *totals],
               [8, "NRR Per Unsur", "", *[f"{t / 6:.2f}".replace(".", ",") for t in totals]],
               [9, "NRR Tertimbang", "", *[f"{t / 54:.3f}".replace(".", ",") for t in totals]],
               [10, "IKM Unit Pelayanan", "", "83,33"]]
    html = ['<html><head><meta charset="utf-8"></head><body><table border="1">',
            '<tr><th colspan="12">REKAP HASIL SURVEI KEPUASAN MASYARAKAT</th></tr>',
            "<tr><th>No</th><th>Nama</th><th>JK</th>"
            + "".join(f"<th>U{i}</th>" for i in range(1, 10)) + "</tr>"]
    html += ["<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>" for r in rows + footers]
    html.append("</table></body></html>")
    path.write_bytes(("\n".join(html) + "\n").encode("utf-8"))
