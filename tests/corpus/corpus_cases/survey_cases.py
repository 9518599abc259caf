"""Cases 150-199 (issue 15): survey traps: element names, fourteen elements,
copies, duplicates, small samples."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import xlsxwriter

from .kit import FIXED, Context, case, data, fill, new_book, save, stable_zip, title

# ==========================================================================
# Survey traps (issue 15): cases 150-199.
# ==========================================================================

def _xlsxwriter_book(creator: str) -> tuple[io.BytesIO, xlsxwriter.Workbook]:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"author": creator, "created": FIXED})
    return buffer, book


# A survey app's export of the KepMenPAN 25/2004 questionnaire: U1..U14, an
# id, date-times as real dates. Scored by 25/2004 on its 14 elements (never
# on U1..U9), chosen automatically with a note. Respondents rows 2-7:
#   r2 4 x14 = 56                          r3 3 x14 = 42
#   r4 3 4 3 4 3 4 3 4 3 4 3 4 3 4 = 49    r5 2 3 3 3 3 3 3 3 3 3 3 3 3 2 = 40
#   r6 4 3 4 3 4 3 4 3 4 3 4 3 4 3 = 49    r7 1 2 3 4 1 2 3 4 1 2 3 4 1 2 = 33
# totals 17 19 20 21 18 19 20 21 18 19 20 21 18 18 (Σ 269), n = 6;
# SKM = 269 / (6 x 14) x 25 = 80.0595... -> 80,06, mutu B. (The first nine
# columns alone would give 173 / 54 x 25 = 80,09.) Six respondents are fewer
# than the 150 of 25/2004.
APP_14 = [[4] * 14, [3] * 14, [3, 4] * 7, [2] + [3] * 12 + [2], [4, 3] * 7,
          [1, 2, 3, 4] * 3 + [1, 2]]


@case("150_skm_ekspor_aplikasi_u1_u14.xlsx", data(
    "skm", 269, 6, skm_totals=[17, 19, 20, 21, 18, 19, 20, 21, 18, 19, 20, 21, 18, 18],
    findings=[["skm_aturan_otomatis", "Export", None, None],
              ["skm_sampel_kurang_2004", "Export", None, None],
              ["skm_aturan_2004", "Export", None, None]],
    absent=["skm_unsur_lebih", "skm_unsur_dipetakan"]))
def _(path: Path, ctx: Context) -> None:
    buffer, book = _xlsxwriter_book("e-SKM")
    ws = book.add_worksheet("Export")
    when = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    ws.write_row(0, 0, ["No", "Kode Peserta", "Tanggal Pengisian", "Jenis Layanan",
                        "Jenis Kelamin", *[f"U{i}" for i in range(1, 15)], "Saran"])
    services = ["KTP-el", "Kartu Keluarga", "KTP-el", "Akta Kelahiran", "Surat Pindah", "IMB"]
    for i, answers in enumerate(APP_14):
        row = i + 1
        ws.write_number(row, 0, row)
        ws.write_string(row, 1, f"KPS-2017-{row:04d}")
        ws.write_datetime(row, 2, dt.datetime(2017, 3, 1 + i, 8, 15 + i), when)
        ws.write_row(row, 3, [services[i], "LP"[i % 2], *answers])
        if i == 1:
            ws.write_string(row, 19, "Antrian agar lebih tertib")
    book.close()
    path.write_bytes(stable_zip(buffer.getvalue()))


# The 14 elements named as KepMenPAN 25/2004 names them, in another order,
# one respondent answering in the questionnaire's words. In the 25/2004
# order (prosedur persyaratan kejelasan kedisiplinan tanggung-jawab
# kemampuan kecepatan keadilan kesopanan kewajaran-biaya kepastian-biaya
# kepastian-jadwal kenyamanan keamanan):
#   r5 4 3 3 4 3 3 2 3 4 3 3 2 3 4 = 44     r6 3 x14 = 42
#   r7 Mudah 3, Sangat Sesuai 4, Jelas 3, Sangat Disiplin 4, Bertanggung
#      Jawab 3, Kurang Mampu 2, Cepat 3, Adil 3, Sangat Sopan dan Ramah 4,
#      Wajar 3, Selalu Sesuai 4, Banyak Tepatnya 3, Nyaman 3, Sangat Aman 4 = 46
#   r8 2 2 3 3 2 3 3 2 3 3 2 3 3 2 = 36
# totals 12 12 12 14 11 11 11 11 14 12 12 11 12 13 (Σ 168), n = 4;
# SKM = 168 / 56 x 25 = 75,00, mutu B.
NAMES_2004 = ["Prosedur Pelayanan", "Persyaratan Pelayanan", "Kejelasan Petugas",
              "Kedisiplinan Petugas", "Tanggung Jawab Petugas", "Kemampuan Petugas",
              "Kecepatan Pelayanan", "Keadilan Mendapatkan Pelayanan",
              "Kesopanan dan Keramahan Petugas", "Kewajaran Biaya", "Kepastian Biaya",
              "Kepastian Jadwal", "Kenyamanan Lingkungan", "Keamanan Pelayanan"]
SHUFFLED_2004 = [6, 0, 13, 1, 9, 2, 11, 3, 12, 4, 10, 5, 8, 7]  # sheet column -> element


@case("151_skm_nama_unsur_kepmenpan_acak.xlsx", data(
    "skm", 168, 4, skm_totals=[12, 12, 12, 14, 11, 11, 11, 11, 14, 12, 12, 11, 12, 13],
    findings=[["skm_aturan_otomatis", "IKM 2017", None, None]],
    absent=["skm_unsur_lebih", "skm_unsur_dipetakan"]))
def _(path: Path, ctx: Context) -> None:
    answers = [
        [4, 3, 3, 4, 3, 3, 2, 3, 4, 3, 3, 2, 3, 4],
        [3] * 14,
        ["Mudah", "Sangat Sesuai", "Jelas", "Sangat Disiplin", "Bertanggung Jawab",
         "Kurang Mampu", "Cepat", "Adil", "Sangat Sopan dan Ramah", "Wajar", "Selalu Sesuai",
         "Banyak Tepatnya", "Nyaman", "Sangat Aman"],
        [2, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2],
    ]
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "IKM 2017"
    title(ws, "INDEKS KEPUASAN MASYARAKAT KECAMATAN BENJENG", 1, 16)
    title(ws, "TAHUN 2017", 2, 16)
    fill(ws, [["No", "Pekerjaan", *(NAMES_2004[e] for e in SHUFFLED_2004)]] + [
        [i, job, *(a[e] for e in SHUFFLED_2004)]
        for i, (job, a) in enumerate(zip(["Petani", "Swasta", "PNS", "Wiraswasta"], answers), 1)
    ], start=4)
    save(book, path)


# U1..U12: neither nine elements nor fourteen. The index is not computed
# (the first nine are never scored alone); the finding lists what was found.
@case("152_skm_dua_belas_unsur.xlsx", data(
    "skm", None, None,
    findings=[["skm_unsur_lebih", "SKM", 1, None]]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "SKM"
    fill(ws, [["No", *[f"U{i}" for i in range(1, 13)]],
              [1, *[3] * 12], [2, *[4] * 12], [3, *[2, 3] * 6]])
    save(book, path)


# Element names of the PermenPAN-RB 14/2017 list (Sarana, no Maklumat), in
# an order of the office's own, read under the default 16/2014: each column
# by its name, Sarana counted in the place of 16/2014's Maklumat (U8) with a
# note. Sheet order: Pengaduan, Persyaratan, Prosedur, Waktu, Sarana, Biaya,
# Produk, Kompetensi, Perilaku. In the 16/2014 order (persyaratan prosedur
# waktu biaya produk kompetensi perilaku maklumat<-sarana pengaduan):
#   r2 4 3 3 4 3 3 4 2 1 = 27   r3 3 3 2 4 3 4 4 3 2 = 28   r4 2 4 3 4 2 3 3 1 3 = 25
# totals 9 10 8 12 8 10 11 6 6 (Σ 80), n = 3. (In sheet order, as U1..U9,
# they would be 6 9 10 8 6 12 8 10 11.)
ORDER_2017 = ["Penanganan Pengaduan", "Persyaratan", "Sistem, Mekanisme, dan Prosedur",
              "Waktu Penyelesaian", "Sarana dan Prasarana", "Biaya/Tarif",
              "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana", "Perilaku Pelaksana"]
SLOT_2014 = [8, 0, 1, 2, 7, 3, 4, 5, 6]  # sheet column -> U of 16/2014


@case("153_skm_nama_unsur_2017_urutan_kantor.xlsx", data(
    "skm", 80, 3, skm_totals=[9, 10, 8, 12, 8, 10, 11, 6, 6],
    findings=[["skm_unsur_dipetakan", "Rekap IKM", 1, "Sarana dan Prasarana"]],
    counts={"skm_unsur_dipetakan": 1}))
def _(path: Path, ctx: Context) -> None:
    by_slot = [[4, 3, 3, 4, 3, 3, 4, 2, 1], [3, 3, 2, 4, 3, 4, 4, 3, 2],
               [2, 4, 3, 4, 2, 3, 3, 1, 3]]
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "Rekap IKM"
    fill(ws, [["No", *ORDER_2017]] + [[i, *(a[slot] for slot in SLOT_2014)]
                                      for i, a in enumerate(by_slot, 1)])
    save(book, path)


# A printed form typed back: eight numbered lines under the header (row 3),
# three of them with no answer at all (rows 6, 9 blank; row 10 a dash in
# every answer) - no respondents, one note; row 8 partly answered (U4-U9
# blank) - left out, each blank cell named; row 11 only its number (not a
# record). Respondents r4 3 x9 = 27, r5 4 x9 = 36, r7 2 3 3 3 3 3 3 3 4 = 27:
# totals 9 10 10 10 10 10 10 10 11 (Σ 90), n = 3.
@case("154_skm_formulir_baris_kosong.xlsx", data(
    "skm", 90, 3, skm_totals=[9, 10, 10, 10, 10, 10, 10, 10, 11],
    findings=[["skm_tanpa_jawaban", "Kuesioner", 6, None],
              ["skm_jawaban_tidak_sah", "Kuesioner", 8, "U4"],
              ["skm_jawaban_tidak_sah", "Kuesioner", 8, "U9"]],
    counts={"skm_tanpa_jawaban": 1, "skm_jawaban_tidak_sah": 6}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "Kuesioner"
    title(ws, "KUESIONER SKM KECAMATAN BENJENG 2017", 1, 12)
    fill(ws, [
        ["No", "Jenis Layanan", "Jenis Kelamin", *[f"U{i}" for i in range(1, 10)]],
        [1, "KTP-el", "L", *[3] * 9],
        [2, "Kartu Keluarga", "P", *[4] * 9],
        [3, "Akta Kelahiran", "L"],
        [4, "KTP-el", "P", 2, *[3] * 7, 4],
        [5, "Kartu Keluarga", "L", 3, 3, 3],
        [6, "Legalisir", "P"],
        [7, "KTP-el", None, *["-"] * 9],
        [8],
    ], start=3)
    save(book, path)


# The same respondents in two sheets of an app's exports (January-June, then
# January-December), told apart by Kode Peserta. Sheet "Jan-Jun" rows 2-5:
#   KP-001 3 x9 = 27, KP-002 4 x9 = 36, KP-003 3 4 3 4 3 4 3 4 3 = 31,
#   KP-004 2 3 3 3 3 3 3 3 2 = 25.
# Sheet "Jan-Des" rows 2-7: KP-001..KP-003 again with the same answers
# (counted once, a note), KP-004 with other answers 3 x9 = 27 (both counted,
# a warning: one person may answer for two services), KP-005 4 4 4 4 3 3 3 3 3
# = 31, KP-006 2 x9 = 18. n = 4 + 3 = 7;
# totals 21 23 22 23 21 22 21 22 20 (Σ 195 = 119 + 27 + 31 + 18).
@case("155_skm_dua_lembar_kode_peserta.xlsx", data(
    "skm", 195, 7, skm_totals=[21, 23, 22, 23, 21, 22, 21, 22, 20],
    findings=[["skm_ganda_id", "Jan-Des", 2, "Kode Peserta"],
              ["skm_id_beda_jawaban", "Jan-Des", 5, "Kode Peserta"]],
    counts={"skm_ganda_id": 1, "skm_id_beda_jawaban": 1}))
def _(path: Path, ctx: Context) -> None:
    first = {"KP-001": [3] * 9, "KP-002": [4] * 9, "KP-003": [3, 4] * 4 + [3],
             "KP-004": [2] + [3] * 7 + [2]}
    later = {**first, "KP-004": [3] * 9, "KP-005": [4] * 4 + [3] * 5, "KP-006": [2] * 9}
    buffer, book = _xlsxwriter_book("e-SKM")
    for name, rows in (("Jan-Jun", first), ("Jan-Des", later)):
        ws = book.add_worksheet(name)
        ws.write_row(0, 0, ["No", "Kode Peserta", "Jenis Layanan",
                            *[f"U{i}" for i in range(1, 10)]])
        for i, (code, answers) in enumerate(rows.items(), 1):
            ws.write_row(i, 0, [i, code, "KTP-el", *answers])
    book.close()
    path.write_bytes(stable_zip(buffer.getvalue()))


# The survey sheet copied whole into the same workbook ("SKM (2)", as Excel
# names a copied sheet): no id, no date, but every row of the copy is in the
# first sheet, so it is counted once, with a note. Rows 2-5 as case 02:
# totals 12 14 13 14 13 14 13 14 12 (Σ 119), n = 4 (not 8).
@case("156_skm_lembar_disalin.xlsx", data(
    "skm", 119, 4, skm_totals=[12, 14, 13, 14, 13, 14, 13, 14, 12],
    findings=[["skm_ganda_baris", "SKM (2)", 2, None]],
    counts={"skm_ganda_baris": 1}, absent=["skm_baris_sama_ragu"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Loket PATEN")
    rows = [["No", "Jenis Kelamin", "Pendidikan", *[f"U{i}" for i in range(1, 10)]],
            [1, "L", "SMA", *[3] * 9], [2, "P", "S1", *[4] * 9],
            [3, "L", "SMP", *[3, 4] * 4, 3], [4, "P", "SMA", 2, *[3] * 7, 2]]
    for index, name in enumerate(("SKM", "SKM (2)")):
        ws = book.active if index == 0 else book.create_sheet(name)
        ws.title = name
        fill(ws, rows)
    save(book, path)


# One sheet a month, each numbered from 1, nothing but the number and the
# answers. FEB row 2 equals JAN row 2 (No 1, all 3): two people may well
# answer alike, and nothing (a date, an id, a suggestion) says they are one:
# both counted, with a warning naming both rows.
#   JAN 3 x9 = 27, 4 x9 = 36, 2 3 3 3 3 3 3 3 3 = 26
#   FEB 3 x9 = 27, 4 4 4 4 4 4 4 4 3 = 35, 3 3 3 3 3 3 3 3 2 = 26
# totals 19 20 20 20 20 20 20 20 18 (Σ 177), n = 6.
@case("157_skm_bulanan_jawaban_sama.xlsx", data(
    "skm", 177, 6, skm_totals=[19, 20, 20, 20, 20, 20, 20, 20, 18],
    findings=[["skm_baris_sama_ragu", "FEB", 2, None]],
    counts={"skm_baris_sama_ragu": 1}, absent=["skm_ganda_baris"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Loket PATEN")
    months = {"JAN": [[3] * 9, [4] * 9, [2] + [3] * 8],
              "FEB": [[3] * 9, [4] * 8 + [3], [3] * 8 + [2]]}
    for index, (name, answers) in enumerate(months.items()):
        ws = book.active if index == 0 else book.create_sheet(name)
        ws.title = name
        fill(ws, [["No", *[f"U{i}" for i in range(1, 10)]]]
             + [[i, *a] for i, a in enumerate(answers, 1)])
    save(book, path)


# A small survey beside its settings: 1.000 service users need 278
# respondents (Krejcie and Morgan); five answered: a warning with the numbers.
#   r2 4 x9 = 36, r3 3 x9 = 27, r4 3 x9 = 27, r5 4 3 4 3 4 3 4 3 4 = 32,
#   r6 2 2 3 3 3 3 3 3 3 = 25
# totals 16 15 17 16 17 16 17 16 17 (Σ 147), n = 5.
@case("158_skm_sampel_kecil.xlsx", data(
    "skm", 147, 5, skm_totals=[16, 15, 17, 16, 17, 16, 17, 16, 17],
    findings=[["skm_sampel_kurang", "SKM", None, None]],
    also=["pengaturan"], absent=["skm_sampel_tanpa_populasi"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "SKM"
    fill(ws, [["No", *[f"U{i}" for i in range(1, 10)]], [1, *[4] * 9], [2, *[3] * 9],
              [3, *[3] * 9], [4, *[4, 3] * 4, 4], [5, 2, 2, *[3] * 7]])
    settings = book.create_sheet("Pengaturan")
    # "Populasi ...": a label beginning "Jumlah" is read as a totals row until
    # issue 15's settings part lands (branch i15-read).
    fill(settings, [["Uraian", "Isi"], ["Tahun", 2017],
                    ["Populasi Pengguna Layanan", 1000]])
    save(book, path)
