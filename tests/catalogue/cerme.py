"""Kecamatan Cerme 2024, an office whose IKU is not Benjeng's: its sheet
Indikator (nine indicators, every way of counting) and the tables its
sections keep, each file made the way its app makes it (openpyxl,
xlsxwriter, a ';' csv with decimal commas, an Excel 97 .xls).

The .xls is a committed fixture (fixtures/pindah_datang_2024.xls), made
once from pindah_datang_xlsx() by LibreOffice:

    python tests/catalogue/cerme.py   # rewrites the fixture (needs soffice)
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl
import xlsxwriter

FIXTURES = Path(__file__).resolve().parent / "fixtures"
XLS = FIXTURES / "pindah_datang_2024.xls"

HEADER = ["No", "Sasaran Strategis", "Indikator Kinerja Utama",
          "Penjelasan / Formulasi Penghitungan", "Uraian Pembilang", "Uraian Penyebut",
          "Sumber Data", "Penanggung Jawab", "Kode", "Nama Singkat", "Satuan", "Cara Hitung",
          "Tabel", "Syarat Pembilang", "Syarat Penyebut", "Kolom Nilai", "Kolom Tanggal", "Arah",
          "Target", "Realisasi"]
S1 = "Meningkatnya kualitas pelayanan publik"
# One row per indicator, the columns of HEADER; a blank No and Sasaran
# continue the sasaran above, as the document lays it out.
CATALOGUE = [
    [1, S1, "Indeks Kepuasan Masyarakat (IKM) Kecamatan",
     "Survei Kepuasan Masyarakat sesuai PermenPAN-RB No. 14 Tahun 2017", None, None,
     "Hasil Survei Kepuasan Masyarakat", "Kecamatan", "ikm", "IKM", "indeks", "Indeks SKM",
     "Survei SKM", None, None, None, None, "Naik", 85, None],
    [None, None, "Persentase pengaduan masyarakat yang diselesaikan", None,
     "Jumlah pengaduan yang diselesaikan", "Jumlah pengaduan yang diterima",
     "Register pengaduan", "Seksi Trantib", "pengaduan_selesai", "Pengaduan diselesaikan",
     "%", "Persentase (%)", "Pengaduan", "Status = Selesai", "Status <> Dibatalkan", None,
     None, "Naik", 80, None],
    [None, None, "Rata-rata lama penyelesaian pengaduan", "Jumlah hari penyelesaian dibagi "
     "jumlah pengaduan yang diselesaikan", None, None, "Register pengaduan", "Seksi Trantib",
     "lama_pengaduan", "Lama penyelesaian pengaduan", "hari", "Rerata", "Pengaduan",
     "Status = Selesai", None, "Lama Penyelesaian (Hari)", None, "Turun", 7, None],
    [2, "Meningkatnya kualitas penyelenggaraan pemerintahan desa",
     "Persentase desa yang menetapkan APBDes tepat waktu", None,
     "Jumlah desa yang menetapkan APBDes paling lambat 31 Desember tahun sebelumnya",
     "Jumlah desa", "Realisasi APBDes", "Seksi Pemerintahan", "apbdes_tepat_waktu",
     "APBDes tepat waktu", "%", "Persentase", "Realisasi APBDes",
     "Tanggal Penetapan <= 31/12/2023", None, None, None, "Naik", 90, None],
    [3, "Meningkatnya tertib administrasi kependudukan",
     "Persentase penduduk pindah datang dengan dokumen lengkap", None,
     "Jumlah penduduk pindah datang dengan dokumen lengkap",
     "Jumlah penduduk pindah datang", "Register pindah datang", "Seksi Pelayanan",
     "pindah_datang_lengkap", "Pindah datang lengkap", "%", "Persentase", "Pindah Datang",
     "Kelengkapan Dokumen = Lengkap", None, None, None, "Naik", 95, None],
    [4, "Meningkatnya pemberdayaan kelembagaan masyarakat",
     "Jumlah kegiatan pembinaan kelembagaan masyarakat", "Banyaknya kegiatan pembinaan "
     "yang dilaksanakan kecamatan", None, None, "Laporan kegiatan", "Seksi PMD",
     "kegiatan_pembinaan", "Kegiatan pembinaan", "kegiatan", "Jumlah", "Kegiatan Pembinaan",
     None, None, None, "Tanggal Kegiatan", "Naik", 12, None],
    [4, None, "Jumlah peserta kegiatan pembinaan kelembagaan masyarakat",
     "Jumlah peserta seluruh kegiatan pembinaan", None, None, "Laporan kegiatan", "Seksi PMD",
     "peserta_pembinaan", "Peserta pembinaan", "orang", "Jumlah", "Kegiatan Pembinaan", None,
     None, "Jumlah Peserta", "Tanggal Kegiatan", "Naik", 400, None],
    [5, "Meningkatnya ketentraman dan ketertiban masyarakat",
     "Persentase penurunan sengketa tanah", None,
     "Jumlah sengketa tanah tahun (n) - Jumlah sengketa tanah tahun (n-1)",
     "Jumlah sengketa tanah tahun (n)", "Register sengketa tanah", "Seksi Trantib",
     "penurunan_sengketa", "Penurunan sengketa tanah", "%", "Perubahan", "Sengketa Tanah",
     None, None, None, None, "Naik", 20, None],
    [6, "Meningkatnya akuntabilitas kinerja kecamatan", "Nilai evaluasi SAKIP kecamatan",
     "Nilai hasil evaluasi SAKIP dari Inspektorat", None, None, "LHE SAKIP Inspektorat",
     "Sekretariat", "nilai_sakip", "Nilai SAKIP", "nilai", "Input langsung", None, None,
     None, None, None, "Naik", 75, "72,5"],
]
TUGAS_FUNGSI = [
    "Tugas Fungsi",
    "Membantu Bupati dalam penyelenggaraan pemerintahan di wilayah Kecamatan Cerme",
    "a. Pengkoordinasian kegiatan pemberdayaan masyarakat;",
    "b. Pelaksanaan pelayanan masyarakat yang menjadi ruang lingkup tugasnya.",
]
SETTINGS = [["Uraian", "Isi"], ["Kecamatan", "Cerme"], ["Kabupaten", "Gresik"],
            ["Tahun", 2024], ["Nama Camat", "Drs. AHMAD FAUZI, M.Si."],
            ["Pangkat", "Pembina Tingkat I"], ["NIP", "19700101 199003 1 001"],
            ["Rumus Penurunan Pelanggaran Perda", "Sesuai dokumen IKU"]]

DESA = ["Banjarsari", "Betiting", "Cagakagung", "Cerme Kidul", "Cerme Lor", "Dadapkuning",
        "Dampaan", "Dooro", "Dungus", "Gedangkulut", "Guranganyar", "Iker-Iker Geger", "Jono",
        "Kambingan", "Kandangan", "Lengkong", "Morowudi", "Ngabetan", "Ngembung", "Padeg",
        "Pandu", "Semampir", "Sukoanyar", "Tambakberas", "Wedani"]


def settings_workbook(path: Path, catalogue=CATALOGUE, header=HEADER,
                      tugas=TUGAS_FUNGSI) -> Path:
    """Pengaturan, Indikator and Tugas Fungsi in one workbook, as the template has them."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Pengaturan"
    sheet.append(["PENGATURAN LAPORAN IKU"])
    sheet.append([])
    for row in SETTINGS:
        sheet.append(row)
    indikator = book.create_sheet("Indikator")
    indikator.append(["DAFTAR INDIKATOR KINERJA UTAMA KECAMATAN CERME 2021-2026"])
    indikator.append([])
    indikator.append(header)
    for row in catalogue:
        indikator.append(row)
    if tugas is not None:
        lines = book.create_sheet("Tugas Fungsi")
        for line in tugas:
            lines.append([line])
    book.save(path)
    return path


def apbdes(path: Path) -> None:
    """Keuangan Desa.xlsx, sheet 'Realisasi APBDes 2024': titles, a numbering
    row, 25 desa, a JUMLAH row and a signature. Tanggal Penetapan: 18 on or
    before 31/12/2023 (dates), 4 in January 2024 (dates), 2 in February 2024
    (text), 1 not yet set (blank)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Realisasi APBDes 2024"
    sheet.append(["REKAPITULASI PENETAPAN APBDES TAHUN ANGGARAN 2024"])
    sheet.append(["KECAMATAN CERME"])
    sheet.append([])
    sheet.append(["No", "Desa", "Tahun Anggaran", "Nomor Perdes", "Tanggal Penetapan",
                  "Keterangan"])
    sheet.append([1, 2, 3, 4, 5, 6])
    dates: list = ([dt.datetime(2023, 12, 1 + i) for i in range(16)]
                   + [dt.datetime(2023, 11, 30), dt.datetime(2023, 12, 31)]
                   + [dt.datetime(2024, 1, 2 + i) for i in range(4)]
                   + ["05/02/2024", "12/02/2024", None])
    for i, (desa, date) in enumerate(zip(DESA, dates), start=1):
        sheet.append([i, desa, 2024, f"{i}/2023", date, None])
    for row in sheet.iter_rows(min_row=6, min_col=5, max_col=5):
        row[0].number_format = "dd/mm/yyyy"
    sheet.append(["JUMLAH", None, None, None, None, "25 desa"])
    sheet.append([])
    sheet.append([None, None, None, None, "Cerme, 31 Maret 2024"])
    sheet.append([None, None, None, None, "Camat Cerme"])
    book.save(path)


# (date, desa, status, days): rows 4-16 of the csv; a title line and a blank line above.
PENGADUAN = [
    ("03/01/2024", "Dooro", "Selesai", "5"),
    ("15/01/2024", "Padeg", "Selesai", "3"),
    ("02/02/2024", "Jono", "Proses", ""),
    ("20/02/2024", "Wedani", "Belum Selesai", ""),
    ("11/03/2024", "Pandu", "Selesai", "10"),
    ("05/04/2024", "Lengkong", "Dibatalkan", ""),
    ("17/05/2024", "Semampir", "SELESAI", "4"),
    ("", "Dungus", "Selesai", "8"),
    ("12/06/2024", "Betiting", "selesai ", "7,5"),
    ("28/12/2023", "Jono", "Selesai", "6"),
    ("03/07/2024", "Kandangan", "Selesai", "dua hari"),
    ("15/08/2024", "Padeg", "Proses", ""),
    ("30/11/2023", "Dooro", "Selesai", "2"),
]


def pengaduan(path: Path) -> None:
    """pengaduan_masyarakat_2024.csv as the Indonesian Excel saves a csv: ';'
    between cells, a decimal comma, Windows line ends, cp1252."""
    lines = ["REGISTER PENGADUAN MASYARAKAT KECAMATAN CERME TAHUN 2024;;;;;;", ";;;;;;",
             "No;Tanggal;Nama Pelapor;Desa;Uraian Pengaduan;Status;Lama Penyelesaian (Hari)"]
    for i, (date, desa, status, days) in enumerate(PENGADUAN, start=1):
        lines.append(f"{i};{date};Pelapor {i};{desa};Pengaduan warga {i};{status};{days}")
    lines.append("Jumlah;;;;;;")
    path.write_bytes("\r\n".join(lines).encode("cp1252") + b"\r\n")


def pindah_datang_xlsx(path: Path) -> None:
    """What the .xls fixture was made from: a two-row header (Identitas over
    Nama | NIK, the others merged down), a numbering row, 16 people: one of
    2023, and of 2024 11 with complete papers (Lengkap, 'lengkap', 'LENGKAP '),
    3 'Belum Lengkap' and 1 'Tidak Lengkap'."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Register"
    sheet.append(["REGISTER PENDUDUK PINDAH DATANG"])
    sheet.append(["KECAMATAN CERME TAHUN 2024"])
    sheet.append([])
    sheet.append(["No", "Tanggal", "Identitas", None, "Desa Tujuan", "Kelengkapan Dokumen"])
    sheet.append([None, None, "Nama", "NIK", None, None])
    for cells in ("A4:A5", "B4:B5", "C4:D4", "E4:E5", "F4:F5"):
        sheet.merge_cells(cells)
    sheet.append([1, 2, 3, 4, 5, 6])
    papers = (["Lengkap"] * 9 + ["lengkap", "LENGKAP "] + ["Belum Lengkap"] * 3
              + ["Tidak Lengkap"])
    people = [(dt.datetime(2023, 12, 20), "Lengkap")]
    people += [(dt.datetime(2024, 1 + i % 12, 10), paper) for i, paper in enumerate(papers)]
    for i, (date, paper) in enumerate(people, start=1):
        sheet.append([i, date, f"Warga {i}", f"35250{i:011d}", DESA[i], paper])
        sheet.cell(row=sheet.max_row, column=2).number_format = "dd/mm/yyyy"
    book.save(path)


def kegiatan(path: Path) -> None:
    """Kegiatan Pembinaan 2024.xlsx (xlsxwriter): 2 activities of 2023 and 14
    of 2024; Jumlah Peserta holds one text number ('45') and one word
    ('tiga puluh'); a JUMLAH row with a formula under it."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Kegiatan Pembinaan")
    date = book.add_format({"num_format": "dd/mm/yyyy"})
    sheet.write_row(0, 0, ["LAPORAN KEGIATAN PEMBINAAN KELEMBAGAAN MASYARAKAT"])
    sheet.write_row(2, 0, ["No", "Tanggal Kegiatan", "Nama Kegiatan", "Sasaran Kelembagaan",
                           "Tempat", "Jumlah Peserta"])
    peserta = [25, 30, 28, "45", 40, 22, 35, "tiga puluh", 27, 33, 26, 31, 29, 24]
    rows = [(dt.datetime(2023, 11, 5), 50), (dt.datetime(2023, 12, 12), 60)]
    rows += [(dt.datetime(2024, 1 + i % 12, 3 + i), p) for i, p in enumerate(peserta)]
    for i, (day, count) in enumerate(rows, start=1):
        r = 2 + i
        sheet.write_number(r, 0, i)
        sheet.write_datetime(r, 1, day, date)
        sheet.write_string(r, 2, f"Pembinaan kelembagaan {i}")
        sheet.write_string(r, 3, "PKK" if i % 2 else "Karang Taruna")
        sheet.write_string(r, 4, "Pendopo Kecamatan")
        if isinstance(count, str):
            sheet.write_string(r, 5, count)
        else:
            sheet.write_number(r, 5, count)
    last = 2 + len(rows)
    sheet.write_string(last + 1, 0, "JUMLAH")
    sheet.write_formula(last + 1, 5, f"=SUM(F4:F{last + 1})", None, 505)
    book.close()


def sengketa(path: Path) -> None:
    """Sengketa Tanah.xlsx: 8 disputes of 2023 and 6 of 2024 (one date as text)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Register"
    sheet.append(["No", "Tanggal", "Pihak", "Desa", "Uraian", "Penyelesaian"])
    days = [dt.datetime(2023, 2 + i, 14) for i in range(8)]
    days += [dt.datetime(2024, 1 + 2 * i, 9) for i in range(5)] + ["12 Maret 2024"]
    for i, day in enumerate(days, start=1):
        sheet.append([i, day, f"Warga {i} dan Warga {i + 20}", DESA[i], "Batas tanah",
                      "Mediasi"])
    book.save(path)


def survei(path: Path) -> None:
    """SKM Cerme 2024.xlsx: four respondents, two answering 4 to every
    element and two answering 3."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "SKM"
    sheet.append(["No", "Tanggal", *(f"U{i}" for i in range(1, 10))])
    for i, answer in enumerate((4, 3, 4, 3), start=1):
        sheet.append([i, dt.datetime(2024, 3, i), *([answer] * 9)])
    book.save(path)


def ormas(path: Path) -> None:
    """Data Ormas.xlsx: a register the tool knows, which Cerme's IKU does not count."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Ormas"
    sheet.append(["No", "Nama Organisasi", "Alamat", "Ketua", "Dibina"])
    sheet.append([1, "Karang Taruna Cerme", "Cerme Lor", "Budi", "Ya"])
    sheet.append([2, "PKK Cerme", "Cerme Kidul", "Siti", "Tidak"])
    book.save(path)


def make_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    settings_workbook(folder / "Pengaturan dan IKU Cerme 2024.xlsx")
    apbdes(folder / "Keuangan Desa.xlsx")
    pengaduan(folder / "pengaduan_masyarakat_2024.csv")
    shutil.copy(XLS, folder / "pindah_datang_2024.xls")
    kegiatan(folder / "Kegiatan Pembinaan 2024.xlsx")
    sengketa(folder / "Sengketa Tanah.xlsx")
    survei(folder / "SKM Cerme 2024.xlsx")
    ormas(folder / "Data Ormas.xlsx")
    return folder


def _make_xls() -> None:
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "pindah_datang_2024.xlsx"
        pindah_datang_xlsx(source)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless",
                        "--convert-to", "xls", "--outdir", work, str(source)], check=True,
                       capture_output=True, timeout=180)
        FIXTURES.mkdir(exist_ok=True)
        shutil.copy(Path(work) / "pindah_datang_2024.xls", XLS)


if __name__ == "__main__":
    _make_xls()
    print(f"written: {XLS}", file=sys.stderr)
