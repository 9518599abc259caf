"""Cases 01-24: how staff lay out a sheet: title rows, two-row and merged
headers, numbering rows, footers, signatures, hidden sheets and columns,
formulas, monthly sheets."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import xlsxwriter

from .kit import (
    FIXED,
    HADIR_HEADER,
    PEOPLE,
    Context,
    case,
    data,
    fill,
    new_book,
    save,
    stable_zip,
    title,
)

# ==========================================================================
# The cases. Row numbers are Excel's (1-based); every figure counted by hand.
# ==========================================================================

# Hadir: rows 8-12 Ya, Ya, Tidak, Ya, Tidak -> 3 present of 5 invited.
@case("01_enam_baris_judul.xlsx", data("partisipasi_musrenbang", 3, 5))
def _(path: Path, ctx: Context) -> None:
    book = new_book()
    ws = book.active
    ws.title = "Daftar Hadir"
    for row, text in enumerate([
            "PEMERINTAH KABUPATEN GRESIK", "KECAMATAN BENJENG",
            "DAFTAR HADIR MUSRENBANG KECAMATAN BENJENG TAHUN 2017",
            "Hari/Tanggal : Rabu, 15 Februari 2017",
            "Tempat : Pendopo Kecamatan Benjeng", "Pukul : 08.00 WIB s/d selesai"], start=1):
        title(ws, text, row, 5)
    rows = [HADIR_HEADER]
    for i, (hadir, person) in enumerate(zip(["Ya", "Ya", "Tidak", "Ya", "Tidak"], PEOPLE), 1):
        rows.append([i, *person, hadir])
    fill(ws, rows, start=7)  # header row 7, data rows 8-12
    save(book, path)


# SKM, header rows 2-3: "Unsur Pelayanan" merged C2:K2 above U1..U9; No and
# Jenis Layanan merged down A2:A3, B2:B3. Respondents rows 4-7:
#   r4 3 3 3 3 3 3 3 3 3 = 27   r5 4 x9 = 36
#   r6 3 4 3 4 3 4 3 4 3 = 31   r7 2 3 3 3 3 3 3 3 2 = 25
# totals U1..U9 = 12 14 13 14 13 14 13 14 12 (Σ 119 = 27+36+31+25), n = 4.
@case("02_header_dua_baris_unsur.xlsx",
      data("skm", 119, 4, skm_totals=[12, 14, 13, 14, 13, 14, 13, 14, 12]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "SKM 2017"
    title(ws, "REKAP HASIL SURVEI KEPUASAN MASYARAKAT KECAMATAN BENJENG 2017", 1, 11)
    ws["A2"], ws["B2"], ws["C2"] = "No", "Jenis Layanan", "Unsur Pelayanan"
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:B3")
    ws.merge_cells("C2:K2")
    for i in range(1, 10):
        ws.cell(row=3, column=2 + i, value=f"U{i}")
    fill(ws, [
        [1, "KTP-el", 3, 3, 3, 3, 3, 3, 3, 3, 3],
        [2, "Kartu Keluarga", 4, 4, 4, 4, 4, 4, 4, 4, 4],
        [3, "KTP-el", 3, 4, 3, 4, 3, 4, 3, 4, 3],
        [4, "Akta Kelahiran", 2, 3, 3, 3, 3, 3, 3, 3, 2],
    ], start=4)
    save(book, path)


# Usulan: header row 3, numbering row 4 (1..7), proposals rows 5-8:
# Ya, Ya, Tidak, Ya -> 3 recommended of 4. A numbering row read as data
# would give "7" in Direkomendasikan (nilai_tidak_dikenal).
@case("03_baris_penomoran.xlsx", data("usulan_direkomendasikan", 3, 4))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    ws = book.active
    ws.title = "Usulan"
    title(ws, "DAFTAR USULAN MUSRENBANG DESA TAHUN 2017", 1, 7)
    fill(ws, [
        ["No", "Desa", "Usulan Program/Kegiatan", "Bidang", "Volume", "Perkiraan Biaya (Rp)",
         "Direkomendasikan"],
        [1, 2, 3, 4, 5, 6, 7],
        [1, "Bulurejo", "Pengaspalan jalan desa", "Infrastruktur", "500 m", 150000000, "Ya"],
        [2, "Metatu", "Pembangunan saluran irigasi", "Infrastruktur", "200 m", 80000000, "Ya"],
        [3, "Lundo", "Pelatihan menjahit", "Ekonomi", "20 orang", 15000000, "Tidak"],
        [4, "Kalipadang", "Rehab posyandu", "Kesehatan", "1 unit", 50000000, "Ya"],
    ], start=3)
    save(book, path)


# Hadir (xlsxwriter, so the formula keeps its cached value): rows 4-9 with
# Hadir 1 1 0 1 1 0 -> 4 of 6; row 10 "JUMLAH" (A10:D10) and =SUM(E4:E9) = 4.
@case("04_baris_jumlah_rumus_sum.xlsx",
      data("partisipasi_musrenbang", 4, 6, absent=["rumus_dihitung"]))
def _(path: Path, ctx: Context) -> None:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"author": "Seksi Pemerintahan", "created": FIXED})
    ws = book.add_worksheet("Hadir")
    ws.merge_range("A1:E1", "DAFTAR HADIR MUSRENBANG KECAMATAN BENJENG 2017")
    ws.write_row("A3", ["No", "Nama", "Jabatan", "Asal Desa/Instansi", "Hadir (1/0)"])
    for i, (person, hadir) in enumerate(zip(PEOPLE, [1, 1, 0, 1, 1, 0])):
        ws.write_row(3 + i, 0, [i + 1, *person, hadir])
    ws.merge_range("A10:D10", "JUMLAH")
    ws.write_formula("E10", "=SUM(E4:E9)", None, 4)
    book.close()
    path.write_bytes(stable_zip(buffer.getvalue()))


# Lembaga ekonomi: rows 4-6 Dibina Ya, Tidak, Ya -> 2 of 3; row 7 blank, then
# the signature block in column D (the Desa column): D8 "Mengetahui,",
# D9 "Camat Benjeng", D12 name, D13 NIP - none of it data.
@case("05_tanda_tangan_di_bawah.xlsx", data("lembaga_ekonomi_dibina", 2, 3,
                                             absent=["nilai_kosong_dianggap_tidak"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    ws = book.active
    ws.title = "Lembaga Ekonomi"
    title(ws, "DATA LEMBAGA EKONOMI DESA KECAMATAN BENJENG TAHUN 2017", 1, 5)
    fill(ws, [
        ["No", "Nama Lembaga", "Jenis", "Desa", "Dibina"],
        [1, "BUMDes Makmur Jaya", "BUMDes", "Bulurejo", "Ya"],
        [2, "Koperasi Tani Sejahtera", "Koperasi", "Metatu", "Tidak"],
        [3, "KUB Batik Tulis", "KUB", "Lundo", "Ya"],
        None,
        [None, None, None, "Mengetahui,"],
        [None, None, None, "Camat Benjeng"],
        None,
        None,
        [None, None, None, "NURYADI, S.Pd. MM."],
        [None, None, None, "NIP. 19671020 198803 1 009"],
    ], start=3)
    save(book, path)


# Konflik: header row 3; conflicts rows 4, 6, 9, 10 (rows 5, 7, 8 blank):
# Status Ya, Sudah, Belum, Tidak -> 2 followed up of 4.
@case("06_baris_kosong_di_tengah.xlsx", data("konflik_ditindaklanjuti", 2, 4,
                                             absent=["nilai_kosong_dianggap_tidak"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    ws = book.active
    ws.title = "Konflik 2017"
    title(ws, "LAPORAN KEJADIAN KONFLIK KECAMATAN BENJENG TAHUN 2017", 1, 7)
    fill(ws, [
        ["No", "Tanggal", "Desa", "Jenis Konflik", "Uraian", "Tindak Lanjut", "Status"],
        [1, dt.datetime(2017, 1, 10), "Banter", "Sengketa batas tanah", "Batas sawah",
         "Mediasi oleh kecamatan", "Ya"],
        None,
        [2, dt.datetime(2017, 3, 2), "Klampok", "Perkelahian pemuda", "Saat hajatan",
         "Dipertemukan di balai desa", "Sudah"],
        None,
        None,
        [3, dt.datetime(2017, 6, 21), "Jogodalu", "Sengketa waris", "Antar saudara", "-",
         "Belum"],
        [4, dt.datetime(2017, 9, 5), "Dermo", "Perselisihan pengairan sawah", "Giliran air",
         "Rapat desa", "Tidak"],
    ], start=3)
    save(book, path)


# Hadir with group headings: A4 "A. UNSUR PEMERINTAH DESA" (merged A4:E4) and
# B7 "B. UNSUR TOKOH MASYARAKAT" (in the Nama column, as many staff type it).
# People rows 5, 6, 8, 9: Ya, Ya, Tidak, Ya -> 3 of 4.
@case("07_judul_kelompok.xlsx", data(
    "partisipasi_musrenbang", 3, 4))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    ws = book.active
    ws.title = "Daftar Hadir"
    title(ws, "DAFTAR HADIR MUSRENBANG KECAMATAN BENJENG 2017", 1, 5)
    fill(ws, [
        HADIR_HEADER,
        None,  # A4 heading, merged below
        [1, *PEOPLE[0], "Ya"],
        [2, *PEOPLE[1], "Ya"],
        [None, "B. UNSUR TOKOH MASYARAKAT"],
        [3, *PEOPLE[2], "Tidak"],
        [4, *PEOPLE[3], "Ya"],
    ], start=3)
    title(ws, "A. UNSUR PEMERINTAH DESA", 4, 5)
    save(book, path)


# Ormas with column F (Dibina) hidden: rows 4-7 Ya, Tidak, Ya, Ya -> 3 of 4;
# kolom_tersembunyi reported as "F (Dibina)".
@case("08_kolom_tersembunyi.xlsx", data(
    "ormas_dibina", 3, 4, findings=[["kolom_tersembunyi", "Ormas", None, "F (Dibina)"]]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    ws = book.active
    ws.title = "Ormas"
    title(ws, "REGISTER ORGANISASI KEMASYARAKATAN 2017", 1, 6)
    fill(ws, [
        ["No", "Nama Organisasi", "Bidang", "Alamat", "Ketua", "Dibina"],
        [1, "Karang Taruna Tunas Bangsa", "Kepemudaan", "Desa Bulurejo", "Agus Salim", "Ya"],
        [2, "Fatayat NU Ranting Metatu", "Keagamaan", "Desa Metatu", "Siti Aminah", "Tidak"],
        [3, "Paguyuban Seni Jaranan", "Seni Budaya", "Desa Lundo", "Sukarji", "Ya"],
        [4, "LSM Peduli Lingkungan", "Lingkungan", "Desa Banter", "Hartono", "Ya"],
    ], start=3)
    ws.column_dimensions["F"].hidden = True
    save(book, path)


# Usulan on a hidden sheet "Usulan 2017" (the visible Sheet1 is empty):
# rows 2-4 Ya, Tidak, Ya -> 2 of 3.
@case("09_lembar_tersembunyi.xlsx", data(
    "usulan_direkomendasikan", 2, 3,
    findings=[["lembar_tersembunyi", "Usulan 2017", None, None]]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    book.active.title = "Sheet1"
    ws = book.create_sheet("Usulan 2017")
    fill(ws, [
        ["No", "Desa", "Usulan Kegiatan", "Direkomendasikan"],
        [1, "Bengkelolor", "Paving jalan dusun", "Ya"],
        [2, "Jatirembe", "Pembangunan gapura", "Tidak"],
        [3, "Kedungsekar", "Sumur bor pertanian", "Ya"],
    ])
    ws.sheet_state = "hidden"
    save(book, path)


# SKM, every cell text ('1', '4', ...). Rows 2-4:
#   4 3 3 4 3 3 4 3 3 = 30   3 x9 = 27   4 x9 = 36
# totals 11 10 10 11 10 10 11 10 10 (Σ 93), n = 3.
@case("10_angka_sebagai_teks.xlsx",
      data("skm", 93, 3, skm_totals=[11, 10, 10, 11, 10, 10, 11, 10, 10]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "SKM"
    fill(ws, [
        ["No"] + [f"U{i}" for i in range(1, 10)],
        ["1", "4", "3", "3", "4", "3", "3", "4", "3", "3"],
        ["2"] + ["3"] * 9,
        ["3"] + ["4"] * 9,
    ])
    save(book, path)


# SKM answered as questionnaire letters (a=1 .. d=4), upper and lower case:
#   c x9 = 27;  d d C D c d c d c = 4+4+3+4+3+4+3+4+3 = 32;
#   b c c c b c c c c = 2+3+3+3+2+3+3+3+3 = 25
# totals 9 10 9 10 8 10 9 10 9 (Σ 84), n = 3.
@case("11_skm_huruf.xlsx", data("skm", 84, 3, skm_totals=[9, 10, 9, 10, 8, 10, 9, 10, 9]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "Kuesioner"
    fill(ws, [
        ["No", "Jenis Kelamin"] + [f"U{i}" for i in range(1, 10)],
        [1, "L"] + ["c"] * 9,
        [2, "P", "d", "d", "C", "D", "c", "d", "c", "d", "c"],
        [3, "L", "b", "c", "c", "c", "b", "c", "c", "c", "c"],
    ])
    save(book, path)


# SKM answered in words (skm_rules.ANSWER_WORDS):
#   r2 Sangat Sesuai 4, Mudah 3, Cepat 3, Gratis 4, Sesuai 3, Kompeten 3,
#      Sopan dan Ramah 3, Baik 3, Baik 3                        = 29
#   r3 Sesuai 3, Sangat Mudah 4, Kurang Cepat 2, Murah 3, Sangat Sesuai 4,
#      Sangat Kompeten 4, Sangat Sopan dan Ramah 4, Sangat Baik 4, Cukup 2 = 30
#   r4 Kurang Sesuai 2, Mudah 3, Sangat Cepat 4, Gratis 4, Sesuai 3, Kompeten 3,
#      Sopan dan Ramah 3, Dikelola dengan Baik 4, Kurang Baik 2 = 28
# totals 9 10 9 11 10 10 10 11 7 (Σ 87), n = 3.
@case("12_skm_kata.xlsx", data("skm", 87, 3, skm_totals=[9, 10, 9, 11, 10, 10, 10, 11, 7]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "SKM"
    fill(ws, [
        ["No"] + [f"U{i}" for i in range(1, 10)],
        [1, "Sangat Sesuai", "Mudah", "Cepat", "Gratis", "Sesuai", "Kompeten",
         "Sopan dan Ramah", "Baik", "Baik"],
        [2, "Sesuai", "Sangat Mudah", "Kurang Cepat", "Murah", "Sangat Sesuai",
         "Sangat Kompeten", "Sangat Sopan dan Ramah", "Sangat Baik", "Cukup"],
        [3, "Kurang Sesuai", "Mudah", "Sangat Cepat", "Gratis", "Sesuai", "Kompeten",
         "Sopan dan Ramah", "Dikelola dengan Baik", "Kurang Baik"],
    ])
    save(book, path)


# SKM headers named by element, shuffled. In the 16/2014 order
# (persyaratan prosedur waktu biaya produk kompetensi perilaku maklumat pengaduan):
#   r2 1 2 3 4 1 2 3 4 1 = 21     r3 1 2 3 4 2 3 4 4 2 = 25
# totals 2 4 6 8 3 5 7 8 3 (Σ 46), n = 2.
SHUFFLED = ["Waktu Pelayanan", "Persyaratan", "Biaya/Tarif", "Penanganan Pengaduan",
            "Prosedur", "Maklumat Pelayanan", "Kompetensi Pelaksana",
            "Produk Spesifikasi Jenis Pelayanan", "Perilaku Pelaksana"]


@case("13_skm_nama_unsur_acak.xlsx",
      data("skm", 46, 2, skm_totals=[2, 4, 6, 8, 3, 5, 7, 8, 3], absent=["skm_unsur_dipetakan"]))
def _(path: Path, ctx: Context) -> None:
    order = ["Persyaratan", "Prosedur", "Waktu Pelayanan", "Biaya/Tarif",
             "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana",
             "Perilaku Pelaksana", "Maklumat Pelayanan", "Penanganan Pengaduan"]
    answers = [dict(zip(order, [1, 2, 3, 4, 1, 2, 3, 4, 1])),
               dict(zip(order, [1, 2, 3, 4, 2, 3, 4, 4, 2]))]
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "IKM"
    fill(ws, [["No", *SHUFFLED]] + [[i, *(a[h] for h in SHUFFLED)]
                                     for i, a in enumerate(answers, 1)])
    save(book, path)


# SKM: r2 4 x9 = 36; r3 U3 blank; r4 U7 = 5; r5 2 3 3 3 3 3 3 3 3 = 26.
# Rows 3 and 4 left out whole -> n = 2, totals 6 7 7 7 7 7 7 7 7 (Σ 62).
@case("14_skm_jawaban_kosong_dan_5.xlsx", data(
    "skm", 62, 2, skm_totals=[6, 7, 7, 7, 7, 7, 7, 7, 7],
    findings=[["skm_jawaban_tidak_sah", "SKM", 3, "U3"],
              ["skm_jawaban_tidak_sah", "SKM", 4, "U7"]],
    counts={"skm_jawaban_tidak_sah": 2}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Loket PATEN")
    ws = book.active
    ws.title = "SKM"
    fill(ws, [
        ["No"] + [f"U{i}" for i in range(1, 10)],
        [1] + [4] * 9,
        [2, 3, 3, None, 3, 3, 3, 3, 3, 3],
        [3, 3, 3, 3, 3, 3, 3, 5, 3, 3],
        [4, 2] + [3] * 8,
    ])
    save(book, path)


# Pelanggaran, header row 3, "Hari, Tanggal" in every form:
#   r4 real date 16-01-2017, r5 serial 42800 (= 06-03-2017), r6 '12/03/2017',
#   r7 '12 Maret 2017', r8 'Senin, 13 Maret 2017'            -> n = 5 (2017)
#   r9 real date 17-08-2016, r10 '05/11/2016'                 -> n-1 = 2 (2016)
#   r11 '20 Oktober 2015'                                      -> baris_tahun_lain
# Document formula (n - (n-1)) / n: pembilang 5 - 2 = 3, penyebut 5.
@case("15_tanggal_segala_bentuk.xlsx", data(
    "penurunan_pelanggaran_perda", 3, 5,
    findings=[["baris_tahun_lain", "Register", 11, None]],
    counts={"baris_tahun_lain": 1}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    ws = book.active
    ws.title = "Register"
    title(ws, "REGISTER PELANGGARAN PERDA KECAMATAN BENJENG 2015-2017", 1, 7)
    perda = "Perda Kab. Gresik No. 20 Th. 2004"
    fill(ws, [
        ["No", "Hari, Tanggal", "Nama Pelanggar", "Desa", "Jenis Pelanggaran",
         "Perda yang Dilanggar", "Tindakan"],
        [1, dt.datetime(2017, 1, 16), "Slamet", "Bulurejo", "PKL di bahu jalan", perda,
         "Teguran lisan"],
        [2, 42800, "Wahyudi", "Metatu", "Bangunan tanpa IMB", perda, "Teguran tertulis"],
        [3, "12/03/2017", "Sulastri", "Lundo", "PKL di bahu jalan", perda, "Pembinaan"],
        [4, "12 Maret 2017", "Rudi", "Banter", "Reklame tanpa izin", perda, "Pembongkaran"],
        [5, "Senin, 13 Maret 2017", "Joko", "Dermo", "Minuman keras", perda, "Penyitaan"],
        [6, dt.datetime(2016, 8, 17), "Ahmad", "Klampok", "PKL di bahu jalan", perda,
         "Teguran lisan"],
        [7, "05/11/2016", "Darmaji", "Kalipadang", "Bangunan tanpa IMB", perda,
         "Teguran tertulis"],
        [8, "20 Oktober 2015", "Paimin", "Sirnoboyo", "Reklame tanpa izin", perda,
         "Pembongkaran"],
    ], start=3)
    save(book, path)


# Konflik register rows 2-6: two of 2016 (rows 2, 3: baris_tahun_lain) and
# 2017 rows 4-6 Ya, Ya, Tidak -> 2 of 3.
@case("16_konflik_tahun_lain.xlsx", data(
    "konflik_ditindaklanjuti", 2, 3,
    findings=[["baris_tahun_lain", "Kejadian", 2, None],
              ["baris_tahun_lain", "Kejadian", 3, None]],
    counts={"baris_tahun_lain": 2}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    ws = book.active
    ws.title = "Kejadian"
    fill(ws, [
        ["No", "Tanggal", "Lokasi", "Kejadian", "Status"],
        [1, dt.datetime(2016, 11, 3), "Balongmojo", "Sengketa tanah", "Ya"],
        [2, dt.datetime(2016, 12, 20), "Banter", "Perkelahian antar pemuda", "Tidak"],
        [3, dt.datetime(2017, 2, 14), "Bulurejo", "Sengketa batas desa", "Ya"],
        [4, dt.datetime(2017, 5, 1), "Deliksumber", "Pencurian ternak", "Ya"],
        [5, dt.datetime(2017, 8, 9), "Sirnoboyo", "Perselisihan warga", "Tidak"],
    ])
    save(book, path)


# Konflik, one sheet per month (12 sheets: 11 months + "Petunjuk"), Oktober
# missing. Data from row 4 (title, blank, header):
#   JAN Ya | Februari NIHIL | MARET 2017 empty table | APR Sudah, Tidak |
#   Mei Ya | Juni Belum | Juli Selesai | Agustus Ya | September Proses |
#   Nopember Tidak | Des 2017 Ya
# conflicts 1+2+1+1+1+1+1+1+1 = 10; followed up: JAN, APR Sudah, Mei, Juli,
# Agustus, September, Des = 7 -> 7 of 10. The "Petunjuk" sheet (one line of
# text) is reported as not recognised.
MONTH_SHEETS = [
    ("JAN", 1, ["Ya"]), ("Februari", 2, "NIHIL"), ("MARET 2017", 3, []),
    ("APR", 4, ["Sudah", "Tidak"]), ("Mei", 5, ["Ya"]), ("Juni", 6, ["Belum"]),
    ("Juli", 7, ["Selesai"]), ("Agustus", 8, ["Ya"]), ("September", 9, ["Proses"]),
    ("Nopember", 11, ["Tidak"]), ("Des 2017", 12, ["Ya"]),
]


@case("17_konflik_bulanan_12_lembar.xlsx", data(
    "konflik_ditindaklanjuti", 7, 10,
    findings=[["bulan_tidak_ada", None, None, None],
              ["lembar_tidak_dikenali", "Petunjuk", None, None]],
    counts={"bulan_tidak_ada": 1, "lembar_tidak_dikenali": 1},
    absent=["nilai_kosong_dianggap_tidak", "baris_tahun_lain"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    book.remove(book.active)
    desa = ["Dermo", "Lundo", "Metatu", "Banter", "Klampok", "Bulurejo", "Jogodalu",
            "Sirnoboyo", "Kedungrukem", "Munggugebang", "Balongtunjung", "Punduttrate"]
    for name, month, statuses in MONTH_SHEETS:
        ws = book.create_sheet(name)
        title(ws, f"LAPORAN KEJADIAN KONFLIK BULAN {name.upper()} 2017", 1, 6)
        fill(ws, [["No", "Tanggal", "Desa", "Jenis Konflik", "Tindak Lanjut", "Status"]],
             start=3)
        if statuses == "NIHIL":
            title(ws, "NIHIL", 4, 6)
            continue
        for i, status in enumerate(statuses):
            fill(ws, [[i + 1, dt.datetime(2017, month, 10 + i), desa[month - 1 + i],
                       "Perselisihan warga", "Mediasi", status]], start=4 + i)
    note = book.create_sheet("Petunjuk")
    note["A1"] = "Isi satu lembar per bulan. Bila tidak ada kejadian, tulis NIHIL."
    save(book, path)


# Konflik status in every word, rows 2-11:
#   Ya Sudah Selesai Proses Difasilitasi ✓ (yes, 6) | Tidak Belum (no, 2) |
#   row 10 blank (no, warned) | row 11 'mungkin' (unknown: kept, counted as no, warned)
# -> 6 followed up of 10 rows.
@case("18_status_semua_kata.xlsx", data(
    "konflik_ditindaklanjuti", 6, 10,
    findings=[["nilai_kosong_dianggap_tidak", "Konflik", 10, "Status"],
              ["nilai_tidak_dikenal", "Konflik", 11, "Status"]],
    counts={"nilai_kosong_dianggap_tidak": 1, "nilai_tidak_dikenal": 1}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    ws = book.active
    ws.title = "Konflik"
    statuses = ["Ya", "Sudah", "Selesai", "Proses", "Difasilitasi", "✓", "Tidak", "Belum",
                None, "mungkin"]
    desa = ["Dermo", "Lundo", "Metatu", "Banter", "Klampok", "Bulurejo", "Jogodalu",
            "Sirnoboyo", "Kedungrukem", "Munggugebang"]
    rows = [["No", "Tanggal", "Desa", "Jenis Konflik", "Status"]]
    for i, (status, name) in enumerate(zip(statuses, desa), 1):
        rows.append([i, dt.datetime(2017, i, 5), name, "Perselisihan warga", status])
    fill(ws, rows)
    save(book, path)


# Usulan decided in "Keterangan": Direkomendasikan, Tidak Direkomendasikan,
# Ditolak, Prioritas, Direkomendasikan -> 3 of 5.
@case("19_usulan_keputusan_kata.xlsx", data("usulan_direkomendasikan", 3, 5))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    ws = book.active
    ws.title = "Usulan Desa"
    fill(ws, [
        ["No", "Desa", "Usulan Program/Kegiatan", "Bidang", "Keterangan"],
        [1, "Balongmojo", "Normalisasi saluran", "Infrastruktur", "Direkomendasikan"],
        [2, "Banter", "Pengadaan seragam linmas", "Trantib", "Tidak Direkomendasikan"],
        [3, "Dermo", "Pembangunan kantor desa baru", "Infrastruktur", "Ditolak"],
        [4, "Lundo", "Pelatihan pengolahan hasil tani", "Ekonomi", "Prioritas"],
        [5, "Metatu", "Rehab jembatan dusun", "Infrastruktur", "Direkomendasikan"],
    ])
    save(book, path)


# Attendance by signature only, rows 4-9: "ttd", "✓", blank, "(ttd)", "-",
# blank -> 3 signed of 6 invited.
@case("20_hadir_tanda_tangan.xlsx", data("partisipasi_musrenbang", 3, 6))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    ws = book.active
    ws.title = "Daftar Hadir"
    title(ws, "DAFTAR HADIR MUSRENBANG KECAMATAN 2017", 1, 5)
    marks = ["ttd", "✓", None, "(ttd)", "-", None]
    fill(ws, [["No", "Nama", "Jabatan", "Asal Desa/Instansi", "Tanda Tangan"]]
         + [[i, *p, m] for i, (p, m) in enumerate(zip(PEOPLE, marks), 1)], start=3)
    save(book, path)


# Lembaga ekonomi by Tanggal Pembinaan, rows 2-6: 12-04-2017, 05-09-2017
# (guided), 03-10-2016 (registered, not guided in 2017), blank, blank -> 2 of 5.
@case("21_lembaga_tanggal_pembinaan.xlsx", data("lembaga_ekonomi_dibina", 2, 5))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    ws = book.active
    ws.title = "Lembaga"
    fill(ws, [
        ["No", "Nama Lembaga", "Jenis", "Desa", "Tanggal Pembinaan"],
        [1, "BUMDes Sumber Rejeki", "BUMDes", "Deliksumber", dt.datetime(2017, 4, 12)],
        [2, "Koperasi Wanita Melati", "Koperasi", "Gluranploso", dt.datetime(2017, 9, 5)],
        [3, "KUD Tani Makmur", "KUD", "Bengkelolor",
         dt.datetime(2016, 10, 3)],
        [4, "UPK Mandiri", "UPK", "Jatirembe", None],
        [5, "Pokmas Sido Rukun", "Pokmas", "Kedungsekar", None],
    ])
    for row in range(2, 5):
        ws.cell(row=row, column=5).number_format = "dd/mm/yyyy"
    save(book, path)


# Usulan, desa spelled 'Bulang Kulon' (= Bulangkulon, fine) and 'Dermoo'
# (row 3, desa_tidak_dikenal); Ya, Ya, Tidak -> 2 of 3.
@case("22_desa_ejaan.xlsx", data(
    "usulan_direkomendasikan", 2, 3,
    findings=[["desa_tidak_dikenal", "Usulan", 3, "Desa"]],
    counts={"desa_tidak_dikenal": 1}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    ws = book.active
    ws.title = "Usulan"
    fill(ws, [
        ["No", "Desa", "Usulan Kegiatan", "Direkomendasikan"],
        [1, "Bulang Kulon", "Paving jalan lingkungan", "Ya"],
        [2, "Dermoo", "Rehab balai dusun", "Ya"],
        [3, "Kedungsekar", "Pengadaan tenda desa", "Tidak"],
    ])
    save(book, path)


# Hadir 1, 0, =1+0 (no cached value: computed, rumus_dihitung at D4), 1
# -> 3 of 4.
@case("23_rumus_sederhana.xlsx", data(
    "partisipasi_musrenbang", 3, 4, findings=[["rumus_dihitung", "Hadir", 4, "D"]],
    counts={"rumus_dihitung": 1}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    ws = book.active
    ws.title = "Hadir"
    fill(ws, [["No", "Nama", "Jabatan", "Hadir"]]
         + [[i, p[0], p[1], h] for i, (p, h) in enumerate(zip(PEOPLE, [1, 0, "=1+0", 1]), 1)])
    save(book, path)


# Hadir 1, 1, =IF(A1="x",1,0) (no cached value, not computable: left blank,
# rumus_tanpa_nilai at D4, counts as absent), 0 -> 2 of 4.
@case("24_rumus_tidak_terhitung.xlsx", data(
    "partisipasi_musrenbang", 2, 4, findings=[["rumus_tanpa_nilai", "Hadir", 4, "D"]],
    counts={"rumus_tanpa_nilai": 1}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    ws = book.active
    ws.title = "Hadir"
    values = [1, 1, '=IF(A1="x",1,0)', 0]
    fill(ws, [["No", "Nama", "Jabatan", "Hadir"]]
         + [[i, p[0], p[1], h] for i, (p, h) in enumerate(zip(PEOPLE, values), 1)])
    save(book, path)
