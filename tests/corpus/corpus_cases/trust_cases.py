"""Cases 130-149 (a tester's trial of issues 15, 16 and 21): the places where
the report signed a wrong figure or misled, each built the way staff make
such a file. Every figure counted by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .kit import Context, case, data, new_book, save
from .not_record_cases import KONFLIK_HEADER, PERDA_HEADER, SKM_HEADER, perda_row, sheets


# A konflik register typed under the template's example line, "Contoh" in the
# No column (row 2, status Sudah): no conflict. Sudah, Belum, Selesai -> 2 of 3.
@case("130_konflik_contoh_di_kolom_no.xlsx", data(
    "konflik_ditindaklanjuti", 2, 3, findings=[["baris_bukan_data", "Konflik 2017", 2, None]]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    sheets(book, {"Konflik 2017": [
        KONFLIK_HEADER,
        ["Contoh", "01/01/2017", "Dermo", "Sengketa tanah", "Mediasi", "Sudah"],
        [1, "05/02/2017", "Lundo", "Perkelahian", "Mediasi", "Sudah"],
        [2, "09/03/2017", "Banter", "Sengketa batas", "-", "Belum"],
        [3, "11/04/2017", "Dermo", "Perselisihan", "Musyawarah", "Selesai"]]})
    save(book, path)


# A survey numbered twice: "No" and "No. Responden" (R-001 ...), both known
# columns; the example line "Contoh | R-000" (row 2, all 4s) is no respondent.
# Two respondents answering 3 x 9 and 2 x 9: totals 5 x 9.
@case("131_skm_no_dan_no_responden.xlsx", data(
    "skm", 45, 2, skm_totals=[5] * 9, findings=[["baris_bukan_data", "Data SKM", 2, None]],
    absent=["judul_kolom_mirip"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Petugas PATEN")
    sheets(book, {"Data SKM": [
        ["No", "No. Responden", *SKM_HEADER[1:]],
        ["Contoh", "R-000", "01/01/2017", *[4] * 9],
        [1, "R-001", "03/01/2017", *[3] * 9],
        [2, "R-002", "04/01/2017", *[2] * 9]]})
    save(book, path)


# Ormas with a column per year, both visible: "Dibina 2016 | Dibina 2017".
# Year 2017's column: Tidak, Tidak, Ya, Tidak, Ya -> 2 of 5 (2016's would give 3).
@case("132_ormas_dibina_per_tahun.xlsx", data(
    "ormas_dibina", 2, 5, findings=[["kolom_tahun_lain", "Ormas", 2, "Dibina 2016"]],
    columns={"dibina": "Dibina 2017"}, absent=["kolom_ganda"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    rows = [("Ya", "Tidak"), ("Ya", "Tidak"), ("Tidak", "Ya"), ("Tidak", "Tidak"), ("Ya", "Ya")]
    sheets(book, {"Ormas": [
        ["DATA ORMAS KECAMATAN BENJENG"],
        ["No", "Nama Organisasi", "Bidang", "Alamat", "Dibina 2016", "Dibina 2017"],
        *[[i, f"Ormas {i}", "Sosial", "Dermo", a, b] for i, (a, b) in enumerate(rows, 1)]]})
    save(book, path)


# Lembaga with a two-row header: "Pembinaan 2016" (E:F, hidden) and
# "Pembinaan 2017" (G:H) merged over "Dibina | Tanggal". 2017's columns G, H:
# Ya+1 Mar 2017, Sudah, Tidak, Blm, Sdh, blank (warned), Dibina+8 Aug 2017,
# ya -> 5 of 8 (the hidden 2016 column gives 4). The hidden 2016 columns are
# not read, so no note says they were.
@case("133_lembaga_pembinaan_per_tahun_bergabung.xlsx", data(
    "lembaga_ekonomi_dibina", 5, 8,
    findings=[["kolom_tahun_lain", "Data", 4, "Pembinaan 2016 Dibina"],
              ["kolom_tahun_lain", "Data", 4, "Pembinaan 2016 Tanggal"],
              ["nilai_kosong_dianggap_tidak", "Data", 11, None]],
    columns={"dibina": "Pembinaan 2017 Dibina", "tanggal_pembinaan": "Pembinaan 2017 Tanggal"},
    absent=["kolom_tersembunyi", "kolom_ganda"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    ws = book.active
    ws.title = "Data"
    ws["A1"] = "DATA LEMBAGA EKONOMI DESA"
    ws.merge_cells("A1:H1")
    for c, h in enumerate(["No", "Nama Lembaga", "Jenis", "Desa"], 1):
        ws.cell(4, c, h)
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.cell(4, 5, "Pembinaan 2016")
    ws.merge_cells("E4:F4")
    ws.cell(4, 7, "Pembinaan 2017")
    ws.merge_cells("G4:H4")
    for c, h in zip(range(5, 9), ["Dibina", "Tanggal", "Dibina", "Tanggal"]):
        ws.cell(5, c, h)
    ws.column_dimensions["E"].hidden = True
    ws.column_dimensions["F"].hidden = True
    rows = [("BUMDes Makmur", "Tidak", None, "Ya", dt.datetime(2017, 3, 1)),
            ("Koperasi Tani Maju", "Ya", dt.datetime(2016, 4, 2), "Sudah", None),
            ("KUD Sumber Rejeki", "Ya", dt.datetime(2016, 5, 1), "Tidak", None),
            ("UPK Benjeng", "Ya", dt.datetime(2016, 6, 1), "Blm", None),
            ("Total Usaha Bersama", "Tidak", None, "Sdh", None),
            ("Pokmas Sejahtera", "Ya", dt.datetime(2016, 7, 1), None, None),
            ("BUMDes Lundo Jaya", "Tidak", None, "Dibina", dt.datetime(2017, 8, 8)),
            ("Gapoktan Subur", "Tidak", None, "ya", None)]
    for i, (name, *rest) in enumerate(rows, 1):
        ws.append([i, name, "BUMDes", "Dermo", *rest])
    ws.append(["JUMLAH", None, None, None, 5, None, 5, None])
    save(book, path)


# Ormas: Dibina with the guidance date (inputs.md: a date in another year is
# not guidance in year n). Ya+2017 guided; Ya+2016 (twice) not, noted; Tidak
# not; Ya without a date guided; Tidak with a 2017 date contradicts itself:
# not guided, warned -> 2 of 6.
@case("134_ormas_dibina_tanggal_tahun_lain.xlsx", data(
    "ormas_dibina", 2, 6,
    findings=[["dibina_tahun_lain", "Ormas", 3, "Tanggal Pembinaan"],
              ["dibina_tahun_lain", "Ormas", 4, "Tanggal Pembinaan"],
              ["dibina_bertentangan", "Ormas", 7, "Tanggal Pembinaan"]],
    counts={"dibina_tahun_lain": 2, "dibina_bertentangan": 1}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    rows = [("Ya", dt.datetime(2017, 3, 1)), ("Ya", dt.datetime(2016, 5, 2)),
            ("Ya", "12/11/2016"), ("Tidak", None), ("Ya", None), ("Tidak", dt.datetime(2017, 6, 6))]
    sheets(book, {"Ormas": [
        ["No", "Nama Organisasi", "Alamat", "Dibina", "Tanggal Pembinaan"],
        *[[i, f"Ormas {i}", "Dermo", d, t] for i, (d, t) in enumerate(rows, 1)]]})
    save(book, path)


# The printed attendance form typed back: "Tanda Tangan" merged over E:F, odd
# numbers sign in E, even in F: 1. ttd, 2. (dotted), 3. tick, 4. ttd,
# 5. (dotted), 6. ttd -> 4 of 6.
@case("135_hadir_tanda_tangan_dua_kolom.xlsx", data(
    "partisipasi_musrenbang", 4, 6,
    findings=[["tanda_tangan_kosong", "Daftar Hadir", r, "Tanda Tangan"] for r in (5, 8)],
    counts={"tanda_tangan_kosong": 2}, absent=["kolom_ganda"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    ws = book.active
    ws.title = "Daftar Hadir"
    ws.append(["DAFTAR HADIR MUSRENBANG KECAMATAN BENJENG TAHUN 2017"])
    ws.append([])
    ws.append(["No", "Nama", "Jabatan", "Asal", "Tanda Tangan", None])
    ws.merge_cells("E3:F3")
    marks = {1: "1. ttd", 2: "2. ..........", 3: "3. \u2713", 4: "4. ttd", 5: "5. ..........",
             6: "6. ttd"}
    for i in range(1, 7):
        row = [i, f"Peserta {i}", "Kades", "Dermo", None, None]
        row[4 if i % 2 else 5] = marks[i]
        ws.append(row)
    save(book, path)


# A blank Status beside a Tindak Lanjut text (row 3): not followed up, warned
# with the text quoted (inputs.md). "Sudah" typed in Tindak Lanjut with the
# status blank (row 5) is the status itself. Sudah, blank, Belum, (Sudah) ->
# 2 of 4.
@case("136_konflik_status_kosong.xlsx", data(
    "konflik_ditindaklanjuti", 2, 4, findings=[["status_kosong", "MAR", 3, "Status"]],
    counts={"status_kosong": 1}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    sheets(book, {"MAR": [
        KONFLIK_HEADER,
        [1, "02/03/2017", "Dermo", "Sengketa tanah", "Mediasi", "Sudah"],
        [2, "09/03/2017", "Lundo", "Perkelahian", "sudah difasilitasi musyawarah", None],
        [3, "15/03/2017", "Banter", "Sengketa batas", "-", "Belum"],
        [4, "20/03/2017", "Metatu", "Perselisihan", "Sudah", None]]})
    save(book, path)


# A register grouped by month with sub-totals; March's rows were typed without
# numbers (rows 11-13): a date, a name and a desa like the rows above, so
# records. JUMLAH rows and the month headings are not. n = 6 of 2017; the
# settings sheet gives 2016's 10 -> (6 - 10) / 6.
@case("137_pelanggaran_subtotal_bulanan.xlsx", data(
    "penurunan_pelanggaran_perda", -4, 6, absent=["baris_tidak_dibaca"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    rows: list = [["REGISTER PELANGGARAN PERDA KECAMATAN BENJENG TAHUN 2017"],
                  ["No", "Tanggal", "Nama Pelanggar", "Desa", "Jenis Pelanggaran", "Tindakan"]]
    groups = [("JANUARI", [("05/01/2017", "A"), ("19/01/2017", "B")], True),
              ("FEBRUARI", [("14/02/2017", "C")], True),
              ("MARET", [("01/03/2017", "D"), ("08/03/2017", "E"), ("30/03/2017", "F")], False)]
    for month, group, numbered in groups:
        rows.append([month])
        rows += [[i if numbered else None, d, n, "Dermo", "PKL", "Teguran"]
                 for i, (d, n) in enumerate(group, 1)]
        rows.append([f"Jumlah {month.title()}", None, None, None, None, len(group)])
    rows.append(["JUMLAH TOTAL", None, None, None, None, 6])
    sheets(book, {"Register": rows, "Pengaturan": [["Uraian", "Isi"], ["Tahun", 2017],
                                                   ["Jumlah Pelanggaran Perda Tahun 2016", 10]]})
    save(book, path)


# A monthly conflict workbook: NIHIL said at length ("Tidak ada kejadian
# konflik", "Tidak Ada", "NIHIL (tidak ada kejadian)") is no conflict and no
# blank Jenis Konflik; "Agst" is August. Two conflicts, both Sudah -> 2 of 2,
# every month present.
@case("138_konflik_nihil_kalimat.xlsx", data(
    "konflik_ditindaklanjuti", 2, 2,
    absent=["baris_tidak_dibaca", "bulan_tidak_ada", "nilai_kosong_dianggap_tidak"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    months = [("Jan 17", "nihil."), ("Peb", "- NIHIL -"),
              ("MARET 2017", "Tidak ada kejadian konflik"), ("April", "Tidak Ada"),
              ("Mei", "NIHIL (tidak ada kejadian)"), ("Juni", "Nihil"),
              ("Juli", "05/07/2017"), ("Agst", "NIHIL"), ("Sep", "NIHIL"), ("Okt", "NIHIL"),
              ("Nop", "10/11/2017"), ("Des", "NIHIL")]
    header = ["No", "Tanggal", "Desa", "Jenis Konflik", "Uraian", "Tindak Lanjut", "Status"]
    named = {}
    for name, content in months:
        line = ([1, content, "Dermo", "Sengketa", "-", "Mediasi", "Sudah"] if content[0].isdigit()
                else [1, content])
        named[name] = [[f"LAPORAN KEJADIAN BULAN {name.upper()}"], header, line]
    sheets(book, named)
    save(book, path)


# Dates as staff type them: "3 Agust 2017", "15-Mar-17" (Excel's own),
# "15 Maret '17", "Tgl 15 Maret 2017", "15,03,2017", "15 - 03 - 2017": all
# 2017. Six violations of 2017; 2016's 12 from the settings -> (6 - 12) / 6.
@case("139_pelanggaran_tanggal_ketikan.xlsx", data(
    "penurunan_pelanggaran_perda", -6, 6, absent=["tanggal_tidak_terbaca"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    dates = ["3 Agust 2017", "15-Mar-17", "15 Maret '17", "Tgl 15 Maret 2017", "15,03,2017",
             "15 - 03 - 2017"]
    sheets(book, {"Register 2017": [PERDA_HEADER,
                                    *[perda_row(i, d) for i, d in enumerate(dates, 1)]],
                  "Pengaturan": [["Uraian", "Isi"], ["Tahun", 2017],
                                 ["Jumlah Pelanggaran Perda Tahun 2016", 12]]})
    save(book, path)


# A Hadir column noting signatures: "ttd" (catalogue.md: TTD is Hadir = Ya),
# "TTD", "Ya", "Tidak" -> 3 of 4, no unknown word.
@case("140_hadir_ttd_di_kolom_hadir.xlsx", data("partisipasi_musrenbang", 3, 4))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Pemerintahan")
    sheets(book, {"Hadir": [["No", "Nama", "Jabatan", "Asal Desa/Instansi", "Hadir"],
                            [1, "Suyanto", "Kepala Desa", "Dermo", "ttd"],
                            [2, "Marlikah", "Kepala Desa", "Lundo", "TTD"],
                            [3, "Slamet", "Ketua BPD", "Metatu", "Ya"],
                            [4, "Wati", "Ketua TP PKK", "Dermo", "Tidak"]]})
    save(book, path)


# Status phrases as Trantib writes them: "Sudah (mediasi)", "Proses hukum",
# "Ditangani Polsek" are follow-ups; "Belum, menunggu jadwal mediasi" is not;
# "Ditunda" is unknown (warned, counted as no) -> 3 of 5.
@case("141_konflik_status_kalimat.xlsx", data(
    "konflik_ditindaklanjuti", 3, 5, findings=[["nilai_tidak_dikenal", "Konflik", 6, "Status"]],
    counts={"nilai_tidak_dikenal": 1}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    words = ["Sudah (mediasi)", "Proses hukum", "Ditangani Polsek",
             "Belum, menunggu jadwal mediasi", "Ditunda"]
    sheets(book, {"Konflik": [KONFLIK_HEADER, *[
        [i, f"{i:02d}/06/2017", "Lundo", "Sengketa", "-", w] for i, w in enumerate(words, 1)]]})
    save(book, path)


# A dash in Tanggal Pembinaan is nothing written, not an unreadable date:
# 12/03/2017 guided; "-", blank, "–" not -> 1 of 4, no warning.
@case("142_ormas_tanggal_pembinaan_strip.xlsx", data(
    "ormas_dibina", 1, 4, absent=["tanggal_pembinaan_tidak_terbaca"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    sheets(book, {"Ormas": [["No", "Nama Organisasi", "Alamat", "Tanggal Pembinaan"],
                            [1, "Karang Taruna", "Dermo", "12/03/2017"],
                            [2, "PKK Lundo", "Lundo", "-"],
                            [3, "LPMD Banter", "Banter", None],
                            [4, "Fatayat", "Metatu", "\u2013"]]})
    save(book, path)


# A target typed into a cell Excel shows as a percentage: 0,85 shown "85%" is
# 85 (a note), not 0,85 % (capaian 8.823,53 %). Sudah, Sudah, Belum, Sudah ->
# 3 of 4 = 75 %, capaian 75 / 85 = 88,24 %.
@case("143_pengaturan_target_format_persen.xlsx", data(
    "konflik_ditindaklanjuti", 3, 4, capaian=88.24,
    findings=[["target_pecahan", "Pengaturan", 4, "Target Konflik Ditindaklanjuti (%)"]],
    absent=["capaian_sangat_tinggi"]))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi Trantib")
    sheets(book, {"Pengaturan": [["Uraian", "Isi"], ["Kecamatan", "Benjeng"], ["Tahun", 2017],
                                 ["Target Konflik Ditindaklanjuti (%)", 0.85]],
                  "Konflik": [KONFLIK_HEADER, *[
                      [i, f"0{i}/05/2017", "Dermo", "Sengketa", "-", s]
                      for i, s in enumerate(["Sudah", "Sudah", "Belum", "Sudah"], 1)]]})
    book["Pengaturan"]["B4"].number_format = "0%"
    save(book, path)


# Two columns headed "Dibina" and no year to choose by: the first is read
# (Ya, Tidak, Ya -> 2 of 3), with a warning naming both; never silently.
@case("144_ormas_dua_kolom_dibina.xlsx", data(
    "ormas_dibina", 2, 3, findings=[["kolom_ganda", "Ormas", 1, "Dibina"]],
    counts={"kolom_ganda": 1}))
def _(path: Path, ctx: Context) -> None:
    book = new_book("Seksi PMD")
    sheets(book, {"Ormas": [["No", "Nama Organisasi", "Dibina", "Ketua", "Dibina"],
                            [1, "Karang Taruna", "Ya", "Ali", "Tidak"],
                            [2, "PKK Lundo", "Tidak", "Siti", "Ya"],
                            [3, "LPMD Banter", "Ya", "Budi", "Ya"]]})
    save(book, path)
