"""Write the bundled example input workbooks into ``iku_excel/example_data/``.

Usage::

    python tools/make_example_data.py [OUTDIR]

The files imitate the spreadsheets kept by staff of Kecamatan Benjeng
(Kabupaten Gresik) for the 2017 IKU report: title rows, a header, a
numbering row ``1 | 2 | 3 ...``, the data, sometimes a ``JUMLAH`` row and
the Camat's signature lines.

The output is deterministic: the only randomness is ``random.Random(2017)``,
document properties carry a fixed date, and the zip members are rewritten
with a fixed timestamp, so two runs give byte-identical files.

The counts asserted in ``verify()`` are the hand-computed figures the tests
rely on; change them only together with the tests.
"""

from __future__ import annotations

import io
import random
import sys
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTDIR = REPO_ROOT / "iku_excel" / "example_data"

FIXED_DATETIME = datetime(2017, 12, 31)
ZIP_DATE_TIME = (1980, 1, 1, 0, 0, 0)

DESA = [
    "Balongmojo", "Balongtunjung", "Banter", "Bengkelolor", "Bulangkulon",
    "Bulurejo", "Deliksumber", "Dermo", "Gluranploso", "Jatirembe",
    "Jogodalu", "Kalipadang", "Karangankidul", "Kedungrukem", "Kedungsekar",
    "Klampok", "Lundo", "Metatu", "Munggugebang", "Munggugianti",
    "Punduttrate", "Sedapurklagen", "Sirnoboyo",
]
assert len(DESA) == 23

HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
    "Agustus", "September", "Oktober", "November", "Desember",
]

CAMAT = "NURYADI, S.Pd. MM."
DATE_FORMAT = "dd/mm/yyyy"

NAMA_DEPAN_L = [
    "Abdul", "Achmad", "Agus", "Bambang", "Budi", "Didik", "Eko", "Fathur",
    "Hadi", "Imam", "Joko", "Kasiadi", "Mochamad", "Muhammad", "Nur",
    "Rudi", "Slamet", "Sugeng", "Suwarno", "Teguh", "Wahyu", "Yusuf",
    "Zainal", "Heru", "Mujib", "Sholeh", "Samsul", "Ainur", "Kholil",
]
NAMA_BELAKANG_L = [
    "Rochim", "Fauzi", "Santoso", "Hariyanto", "Prasetyo", "Susanto",
    "Wahyudi", "Rozi", "Sulistyo", "Mustofa", "Cholil", "Hidayat",
    "Syaifudin", "Arifin", "Riyadi", "Basuki", "Ma'ruf", "Anwar",
    "Effendi", "Wibowo", "Huda", "Kurniawan", "Setiawan", "Muslih",
]
NAMA_DEPAN_P = [
    "Siti", "Sri", "Nur", "Dwi", "Endang", "Lilik", "Umi", "Yuli",
    "Khoirul", "Anik", "Rina", "Dewi", "Luluk", "Tri",
]
NAMA_BELAKANG_P = [
    "Aminah", "Rahayu", "Hidayati", "Lestari", "Wahyuni", "Musyarofah",
    "Kholifah", "Ningsih", "Maslukhah", "Fatimah", "Indrawati", "Zulaikha",
]


# --------------------------------------------------------------------------
# Shared shapes
# --------------------------------------------------------------------------

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
TITLE_FONT = Font(bold=True, size=12)
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def new_workbook() -> Workbook:
    """A workbook with fixed document properties (no 'now' timestamps)."""
    wb = Workbook()
    wb.properties.creator = "Kecamatan Benjeng"
    wb.properties.lastModifiedBy = "Kecamatan Benjeng"
    wb.properties.created = FIXED_DATETIME
    wb.properties.modified = FIXED_DATETIME
    return wb


def person_name(rng: random.Random, female: bool = False) -> str:
    if female:
        return f"{rng.choice(NAMA_DEPAN_P)} {rng.choice(NAMA_BELAKANG_P)}"
    return f"{rng.choice(NAMA_DEPAN_L)} {rng.choice(NAMA_BELAKANG_L)}"


def unique_names(rng: random.Random, count: int, female_every: int = 0) -> list[str]:
    """``count`` distinct names; every ``female_every``-th one is female."""
    names: list[str] = []
    while len(names) < count:
        female = bool(female_every) and len(names) % female_every == female_every - 1
        name = person_name(rng, female)
        if name not in names:
            names.append(name)
    return names


def tanggal_indonesia(d: date) -> str:
    """``date(2017, 3, 13)`` -> ``"Senin, 13 Maret 2017"``."""
    return f"{HARI[d.weekday()]}, {d.day} {BULAN[d.month - 1]} {d.year}"


def working_days(year: int, month: int | None = None) -> list[date]:
    """Monday-Friday dates of a year (or of one month of it)."""
    d = date(year, month or 1, 1)
    days = []
    while d.year == year and (month is None or d.month == month):
        if d.weekday() < 5:
            days.append(d)
        d += timedelta(days=1)
    return days


def as_datetime(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)


def write_titles(ws, titles: list[str], ncols: int, row: int = 1) -> int:
    """Title rows merged across the table width, then one blank row.

    Returns the row after the blank row (where the header goes)."""
    for text in titles:
        ws.cell(row=row, column=1, value=text).font = TITLE_FONT
        ws.cell(row=row, column=1).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        row += 1
    return row + 1


def style_header_cell(cell) -> None:
    cell.font = BOLD
    cell.border = BORDER
    cell.alignment = CENTER
    cell.fill = HEADER_FILL


def write_header(ws, row: int, headers: list[str]) -> int:
    """One header row, bold with borders. Returns the next row."""
    for col, text in enumerate(headers, start=1):
        style_header_cell(ws.cell(row=row, column=col, value=text))
    return row + 1


def write_numbering(ws, row: int, ncols: int) -> int:
    """The ``1 | 2 | 3 | ...`` row under the header. Returns the next row."""
    for col in range(1, ncols + 1):
        cell = ws.cell(row=row, column=col, value=col)
        cell.border = BORDER
        cell.alignment = CENTER
        cell.font = Font(italic=True, size=9)
    return row + 1


def write_row(ws, row: int, values: list, number_formats: dict[int, str] | None = None) -> int:
    """One bordered data row. ``None`` leaves a cell empty (still bordered)."""
    for col, value in enumerate(values, start=1):
        cell = ws.cell(row=row, column=col)
        if value is not None:
            cell.value = value
        cell.border = BORDER
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        if isinstance(value, datetime):
            cell.number_format = DATE_FORMAT
    for col, fmt in (number_formats or {}).items():
        ws.cell(row=row, column=col).number_format = fmt
    return row + 1


def write_total_row(ws, row: int, ncols: int, label_col: int, label: str,
                    formulas: dict[int, str], number_format: str | None = None) -> int:
    """A bold ``JUMLAH``-style row with formulas. Returns the next row."""
    for col in range(1, ncols + 1):
        cell = ws.cell(row=row, column=col)
        cell.border = BORDER
        cell.font = BOLD
    ws.cell(row=row, column=label_col, value=label).alignment = Alignment(horizontal="center")
    for col, formula in formulas.items():
        cell = ws.cell(row=row, column=col, value=formula)
        if number_format:
            cell.number_format = number_format
    return row + 1


def write_signature(ws, row: int, column: int) -> int:
    """Blank row, then the Camat's signature block. Returns the next row."""
    row += 1
    for text in ["Mengetahui,", "Camat Benjeng", None, CAMAT]:
        if text is not None:
            cell = ws.cell(row=row, column=column, value=text)
            cell.alignment = Alignment(horizontal="center")
            if text == CAMAT:
                cell.font = Font(bold=True, underline="single")
        row += 1
    return row


def set_widths(ws, widths: list[float]) -> None:
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width


def col_range(col: int, first_row: int, last_row: int) -> str:
    letter = get_column_letter(col)
    return f"{letter}{first_row}:{letter}{last_row}"


def save_deterministic(wb: Workbook, path: Path) -> None:
    """Save without 'now' timestamps: fixed doc properties and zip dates.

    ``openpyxl.Workbook.save`` overwrites ``properties.modified`` with the
    current time, so the ExcelWriter is used directly; then every zip member
    is rewritten with a fixed ``date_time``."""
    wb.properties.created = FIXED_DATETIME
    wb.properties.modified = FIXED_DATETIME
    raw = io.BytesIO()
    ExcelWriter(wb, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED)).save()
    path.write_bytes(fix_zip_timestamps(raw.getvalue()))


def fix_zip_timestamps(data: bytes) -> bytes:
    """Rewrite a zip archive with every member dated ``ZIP_DATE_TIME``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------
# 1. Survei Kepuasan Masyarakat
# --------------------------------------------------------------------------

SKM_TOTALS = [190, 185, 178, 170, 195, 188, 192, 180, 175]
SKM_RESPONDENTS = 60


def skm_column(rng: random.Random, total: int, n: int = SKM_RESPONDENTS,
               spread: int = 4) -> list[int]:
    """``n`` answers in 2..4 summing to ``total``: all 3s, ``spread`` +1/-1
    pairs for variety, then enough 4s (or 2s) to reach the total."""
    diff = total - 3 * n
    ups = spread + max(diff, 0)
    downs = spread + max(-diff, 0)
    answers = [4] * ups + [2] * downs + [3] * (n - ups - downs)
    rng.shuffle(answers)
    assert sum(answers) == total
    return answers


def make_skm(outdir: Path, rng: random.Random) -> Path:
    wb = new_workbook()
    ws = wb.active
    ws.title = "Data SKM"
    fixed_headers = ["No", "Tanggal", "Jenis Layanan", "Jenis Kelamin", "Umur",
                     "Pendidikan", "Pekerjaan"]
    n_unsur = len(SKM_TOTALS)
    first_u = len(fixed_headers) + 1
    saran_col = first_u + n_unsur
    ncols = saran_col

    row = write_titles(ws, ["HASIL SURVEI KEPUASAN MASYARAKAT (SKM)",
                            "KECAMATAN BENJENG KABUPATEN GRESIK",
                            "TAHUN 2017"], ncols)
    # Two-row header: fixed columns and Saran merged vertically,
    # "Unsur Pelayanan" merged horizontally above U1..U9.
    top, sub = row, row + 1
    for col in range(1, ncols + 1):
        style_header_cell(ws.cell(row=top, column=col))
        style_header_cell(ws.cell(row=sub, column=col))
    for col, text in enumerate(fixed_headers, start=1):
        ws.cell(row=top, column=col, value=text)
        ws.merge_cells(start_row=top, start_column=col, end_row=sub, end_column=col)
    ws.cell(row=top, column=first_u, value="Unsur Pelayanan")
    ws.merge_cells(start_row=top, start_column=first_u, end_row=top, end_column=saran_col - 1)
    for i in range(n_unsur):
        ws.cell(row=sub, column=first_u + i, value=f"U{i + 1}")
    ws.cell(row=top, column=saran_col, value="Saran")
    ws.merge_cells(start_row=top, start_column=saran_col, end_row=sub, end_column=saran_col)
    row = write_numbering(ws, sub + 1, ncols)

    columns = [skm_column(rng, total) for total in SKM_TOTALS]
    dates = sorted(rng.sample(working_days(2017), SKM_RESPONDENTS))
    layanan = ["KTP-el", "Kartu Keluarga", "Surat Pindah", "IMB", "Legalisir",
               "Surat Keterangan"]
    pendidikan = ["SD", "SMP", "SMA", "SMA", "SMA", "D3", "S1", "S1", "S2"]
    pekerjaan = ["PNS", "TNI", "POLRI", "Swasta", "Swasta", "Wiraswasta",
                 "Wiraswasta", "Petani", "Petani", "Pelajar", "Lainnya"]
    saran_texts = [
        "Antrean KTP-el agar dipercepat",
        "Ruang tunggu ditambah kursi dan kipas angin",
        "Petugas pelayanan agar datang tepat waktu",
        "Informasi persyaratan ditempel di papan pengumuman",
        "Mohon disediakan nomor antrean",
        "Blangko KTP-el agar selalu tersedia",
        "Pelayanan sudah baik, dipertahankan",
        "Tempat parkir diperluas",
        "Biaya dan waktu penyelesaian agar diumumkan",
        "Perlu kotak saran di ruang pelayanan",
    ]
    saran_rows = set(rng.sample(range(SKM_RESPONDENTS), len(saran_texts)))
    saran_iter = iter(saran_texts)

    first_data = row
    for i in range(SKM_RESPONDENTS):
        saran = next(saran_iter) if i in saran_rows else None
        values = [i + 1, as_datetime(dates[i]), rng.choice(layanan),
                  rng.choice("LP"), rng.randint(18, 70), rng.choice(pendidikan),
                  rng.choice(pekerjaan)]
        values += [columns[u][i] for u in range(n_unsur)]
        values.append(saran)
        row = write_row(ws, row, values)
    last_data = row - 1

    unsur_cols = range(first_u, first_u + n_unsur)
    row = write_total_row(ws, row, ncols, 1, "JUMLAH", {
        c: f"=SUM({col_range(c, first_data, last_data)})" for c in unsur_cols})
    ws.merge_cells(start_row=row - 1, start_column=1, end_row=row - 1, end_column=first_u - 1)
    row = write_total_row(ws, row, ncols, 1, "NRR", {
        c: f"=AVERAGE({col_range(c, first_data, last_data)})" for c in unsur_cols},
        number_format="0.00")
    ws.merge_cells(start_row=row - 1, start_column=1, end_row=row - 1, end_column=first_u - 1)
    write_signature(ws, row, saran_col - 3)

    set_widths(ws, [5, 12, 16, 9, 7, 11, 12] + [6] * n_unsur + [40])
    ws.freeze_panes = ws.cell(row=first_data, column=1)
    path = outdir / "SKM_Kecamatan_Benjeng_2017.xlsx"
    save_deterministic(wb, path)
    return path


# --------------------------------------------------------------------------
# 2. Register pelanggaran Perda
# --------------------------------------------------------------------------

PELANGGARAN = [
    ("Pedagang Kaki Lima di bahu jalan",
     "Perda Kab. Gresik No. 22 Tahun 2004 tentang Ketertiban Umum"),
    ("Bangunan tanpa IMB",
     "Perda Kab. Gresik No. 15 Tahun 2011 tentang Izin Mendirikan Bangunan"),
    ("Reklame tanpa izin",
     "Perda Kab. Gresik No. 2 Tahun 2012 tentang Penyelenggaraan Reklame"),
    ("Penjualan minuman keras",
     "Perda Kab. Gresik No. 15 Tahun 2002 tentang Larangan Peredaran Minuman Beralkohol"),
    ("Membuang sampah sembarangan",
     "Perda Kab. Gresik No. 22 Tahun 2004 tentang Ketertiban Umum"),
    ("Berjualan di atas saluran air",
     "Perda Kab. Gresik No. 22 Tahun 2004 tentang Ketertiban Umum"),
]
TINDAKAN = ["Teguran lisan", "Teguran tertulis", "Penertiban", "Penyitaan barang"]
PERDA_PER_YEAR = {2015: 2, 2016: 30, 2017: 24}
PERDA_TEXT_DATES_2017 = 6


def make_register_perda(outdir: Path, rng: random.Random) -> Path:
    wb = new_workbook()
    ws = wb.active
    ws.title = "Register"
    headers = ["No", "Hari, Tanggal", "Nama Pelanggar", "Alamat/Desa",
               "Jenis Pelanggaran", "Perda yang Dilanggar", "Tindakan"]
    ncols = len(headers)
    row = write_titles(ws, ["REGISTER PELANGGARAN PERATURAN DAERAH (PERDA)",
                            "KECAMATAN BENJENG KABUPATEN GRESIK",
                            "TAHUN 2016 - 2017"], ncols)
    row = write_header(ws, row, headers)
    row = write_numbering(ws, row, ncols)

    dates: list[date] = []
    for year, count in PERDA_PER_YEAR.items():
        # 2015 entries are the tail of the previous register, in December.
        pool = [d for d in working_days(year) if year != 2015 or d.month == 12]
        dates += sorted(rng.sample(pool, count))
    idx_2017 = [i for i, d in enumerate(dates) if d.year == 2017]
    text_rows = set(rng.sample(idx_2017, PERDA_TEXT_DATES_2017))
    names = unique_names(rng, len(dates), female_every=5)

    for i, d in enumerate(dates):
        jenis, perda = rng.choice(PELANGGARAN)
        tanggal = tanggal_indonesia(d) if i in text_rows else as_datetime(d)
        row = write_row(ws, row, [i + 1, tanggal, names[i], f"Desa {rng.choice(DESA)}",
                                  jenis, perda, rng.choice(TINDAKAN)])
    write_signature(ws, row, ncols - 1)

    set_widths(ws, [5, 24, 24, 22, 34, 50, 18])
    path = outdir / "Register_Pelanggaran_Perda_2016-2017.xlsx"
    save_deterministic(wb, path)
    return path


# --------------------------------------------------------------------------
# 3. Laporan kejadian (konflik) bulanan
# --------------------------------------------------------------------------

BULAN_SHEETS = ["JAN", "FEB", "MAR", "APR", "MEI", "JUN", "JUL", "AGU",
                "SEP", "OKT", "NOV", "DES"]
KONFLIK_PER_BULAN = {"JAN": 2, "MAR": 3, "APR": 1, "JUN": 2, "AGU": 1,
                     "SEP": 2, "OKT": 1, "NOV": 1, "DES": 1}
NIHIL_SHEETS = {"FEB", "JUL"}  # one row saying NIHIL; MEI has no rows at all
# Status in order of the 14 conflicts through the year.
KONFLIK_STATUS = ["Sudah", "Selesai", "Proses", "Sudah", "Ya", "Belum", "Selesai",
                  "Difasilitasi", "Sudah", "Tidak", "Proses", "Ya", "Selesai", "Sudah"]
STATUS_FOLLOWED = {"Sudah", "Selesai", "Proses", "Ya", "Difasilitasi"}

KONFLIK = [
    ("Sengketa batas tanah",
     "Sengketa batas tanah sawah antara dua warga Desa {desa}",
     "Mediasi oleh Camat dan Muspika"),
    ("Perselisihan antarwarga",
     "Perselisihan warga terkait saluran air irigasi di Desa {desa}",
     "Musyawarah di balai Desa {desa} difasilitasi Kecamatan"),
    ("Konflik pengelolaan tanah kas desa",
     "Warga memprotes penyewaan tanah kas Desa {desa}",
     "Klarifikasi kepada Kepala Desa dan BPD {desa}"),
    ("Perkelahian pemuda",
     "Perkelahian pemuda saat acara orkes di Desa {desa}",
     "Dilaporkan ke Polsek Benjeng"),
    ("Perselisihan pembagian bantuan",
     "Protes warga atas daftar penerima bantuan di Desa {desa}",
     "Verifikasi ulang data oleh Kasi Kesos"),
]


def make_laporan_kejadian(outdir: Path, rng: random.Random) -> Path:
    wb = new_workbook()
    wb.remove(wb.active)
    headers = ["No", "Tanggal", "Lokasi (Desa)", "Jenis Konflik", "Uraian Kejadian",
               "Tindak Lanjut", "Status"]
    ncols = len(headers)
    status_iter = iter(KONFLIK_STATUS)
    for month, code in enumerate(BULAN_SHEETS, start=1):
        ws = wb.create_sheet(code)
        row = write_titles(ws, ["LAPORAN KEJADIAN BULANAN", "KECAMATAN BENJENG",
                                f"BULAN {BULAN[month - 1].upper()} 2017"], ncols)
        row = write_header(ws, row, headers)
        row = write_numbering(ws, row, ncols)

        count = KONFLIK_PER_BULAN.get(code, 0)
        dates = sorted(rng.sample(working_days(2017, month), count))
        for i, d in enumerate(dates):
            desa = rng.choice(DESA)
            jenis, uraian, tindak = rng.choice(KONFLIK)
            status = next(status_iter)
            if status not in STATUS_FOLLOWED:
                tindak = "-"
            row = write_row(ws, row, [i + 1, as_datetime(d), desa, jenis,
                                      uraian.format(desa=desa), tindak.format(desa=desa),
                                      status])
        if code in NIHIL_SHEETS:
            row = write_row(ws, row, [None, None, None, None, "NIHIL", None, None])
        write_signature(ws, row, ncols - 1)
        set_widths(ws, [5, 12, 16, 30, 48, 40, 12])
    assert next(status_iter, None) is None

    path = outdir / "Laporan_Kejadian_Bulanan_2017.xlsx"
    save_deterministic(wb, path)
    return path


# --------------------------------------------------------------------------
# 4. Daftar hadir Musrenbang
# --------------------------------------------------------------------------

MUSRENBANG_UNDANGAN = 80
MUSRENBANG_TIDAK_HADIR = 12


def musrenbang_groups(rng: random.Random) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """(heading, [(nama, jabatan, asal)]) for the four groups, 80 people."""
    names = iter(unique_names(rng, MUSRENBANG_UNDANGAN, female_every=6))
    pemdes = [(next(names), "Kepala Desa", f"Desa {d}") for d in DESA]
    bpd = [(next(names), "Ketua BPD", f"Desa {d}") for d in DESA]
    tokoh_jabatan = ["Tokoh Agama", "Tokoh Masyarakat", "Tokoh Pemuda",
                     "Tokoh Perempuan", "Ketua LPMD"]
    tokoh_desa = rng.sample(DESA, 14)
    tokoh = [(next(names), tokoh_jabatan[i % len(tokoh_jabatan)], f"Desa {d}")
             for i, d in enumerate(tokoh_desa)]
    instansi_list = [
        ("Kepala Bidang", "Bappeda Kab. Gresik"),
        ("Staf Perencana", "Bappeda Kab. Gresik"),
        ("Kepala Seksi", "Dinas Pekerjaan Umum dan Tata Ruang"),
        ("Kepala Seksi", "Dinas Pemberdayaan Masyarakat dan Desa"),
        ("Kapolsek", "Polsek Benjeng"),
        ("Danramil", "Koramil Benjeng"),
        ("Kepala Puskesmas", "Puskesmas Benjeng"),
        ("Koordinator", "UPT Dinas Pendidikan Kec. Benjeng"),
        ("Koordinator PPL", "BPP Kecamatan Benjeng"),
        ("Kepala KUA", "KUA Kecamatan Benjeng"),
        ("Kepala UPT", "UPT Pengairan Benjeng"),
        ("Sekretaris Kecamatan", "Kecamatan Benjeng"),
        ("Kasi Pemerintahan", "Kecamatan Benjeng"),
        ("Kasi Pemberdayaan Masyarakat", "Kecamatan Benjeng"),
        ("Kasi Kesejahteraan Sosial", "Kecamatan Benjeng"),
        ("Kasi Trantib", "Kecamatan Benjeng"),
        ("Kasubag Perencanaan dan Keuangan", "Kecamatan Benjeng"),
        ("Ketua TP PKK", "TP PKK Kecamatan Benjeng"),
        ("Pendamping Desa", "P3MD Kecamatan Benjeng"),
        ("Ketua", "UPK DAPM Benjeng"),
    ]
    instansi = [(next(names), jab, asal) for jab, asal in instansi_list]
    return [
        ("A. UNSUR PEMERINTAH DESA", pemdes),
        ("B. UNSUR BPD", bpd),
        ("C. UNSUR TOKOH MASYARAKAT", tokoh),
        ("D. UNSUR INSTANSI / SKPD", instansi),
    ]


def make_daftar_hadir(outdir: Path, rng: random.Random) -> Path:
    wb = new_workbook()
    ws = wb.active
    ws.title = "Daftar Hadir"
    headers = ["No", "Nama", "Jabatan/Unsur", "Asal Desa/Instansi", "Hadir",
               "Tanda Tangan"]
    ncols = len(headers)
    row = write_titles(ws, ["DAFTAR HADIR",
                            "MUSYAWARAH PERENCANAAN PEMBANGUNAN (MUSRENBANG) KECAMATAN BENJENG",
                            "TAHUN 2017",
                            "Hari/Tanggal: Kamis, 9 Februari 2017"], ncols)
    row = write_header(ws, row, headers)
    row = write_numbering(ws, row, ncols)

    absent = set(rng.sample(range(MUSRENBANG_UNDANGAN), MUSRENBANG_TIDAK_HADIR))
    no = 0
    for heading, people in musrenbang_groups(rng):
        cell = ws.cell(row=row, column=1, value=heading)
        cell.font = BOLD
        for col in range(1, ncols + 1):
            ws.cell(row=row, column=col).border = BORDER
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        row += 1
        for nama, jabatan, asal in people:
            present = no not in absent
            no += 1  # numbering continues across groups
            ttd = f"{no}. ........" if present else None
            row = write_row(ws, row, [no, nama, jabatan, asal,
                                      "Ya" if present else "Tidak", ttd])
            # Signature marks alternate left / right as on a printed list.
            ws.cell(row=row - 1, column=6).alignment = Alignment(
                horizontal="left" if no % 2 else "right")
    write_signature(ws, row, ncols - 1)

    set_widths(ws, [5, 26, 28, 36, 8, 18])
    path = outdir / "Daftar_Hadir_Musrenbang_2017.xlsx"
    save_deterministic(wb, path)
    return path


# --------------------------------------------------------------------------
# 5. Usulan Musrenbang desa
# --------------------------------------------------------------------------

USULAN_KETERANGAN = {"Direkomendasikan": 24, "Prioritas": 7,
                     "Tidak Direkomendasikan": 11, "Ditolak": 4}

USULAN = [
    ("Pavingisasi jalan dusun", "Infrastruktur", "450 m x 3 m", (120, 250)),
    ("Pembangunan saluran drainase", "Infrastruktur", "600 m", (150, 300)),
    ("Rehabilitasi saluran irigasi tersier", "Infrastruktur", "800 m", (100, 200)),
    ("Pembangunan tembok penahan tanah (TPT)", "Infrastruktur", "200 m", (80, 160)),
    ("Peningkatan jalan poros desa (aspal)", "Infrastruktur", "1.200 m x 4 m", (300, 600)),
    ("Pembangunan jembatan desa", "Infrastruktur", "1 unit", (200, 400)),
    ("Rehabilitasi gedung PAUD", "Pendidikan", "1 unit", (60, 120)),
    ("Pengadaan alat peraga TK/PAUD", "Pendidikan", "1 paket", (20, 40)),
    ("Pembangunan Polindes", "Kesehatan", "1 unit", (150, 250)),
    ("Pengadaan sarana Posyandu", "Kesehatan", "5 paket", (15, 35)),
    ("Pemberian makanan tambahan balita", "Kesehatan", "120 balita", (20, 40)),
    ("Pelatihan keterampilan UMKM", "Ekonomi", "40 orang", (25, 50)),
    ("Penguatan modal BUMDes", "Ekonomi", "1 paket", (50, 150)),
    ("Pembangunan pasar desa", "Ekonomi", "1 unit", (250, 500)),
    ("Pengadaan alat pertanian (hand traktor)", "Ekonomi", "4 unit", (80, 140)),
    ("Rehabilitasi balai desa", "Sosial Budaya", "1 unit", (100, 200)),
    ("Pembinaan kesenian tradisional", "Sosial Budaya", "1 paket", (15, 30)),
    ("Pembangunan lapangan olahraga", "Sosial Budaya", "1 unit", (100, 180)),
]
DUSUN = ["Krajan", "Kauman", "Tegalsari", "Sumberejo", "Ngampel", "Kedungsari",
         "Sidomulyo", "Karanganyar"]


def make_usulan(outdir: Path, rng: random.Random) -> Path:
    wb = new_workbook()
    ws = wb.active
    ws.title = "Usulan"
    headers = ["No", "Desa", "Usulan Program/Kegiatan", "Bidang", "Volume", "Lokasi",
               "Perkiraan Biaya (Rp)", "Keterangan"]
    ncols = len(headers)
    biaya_col = 7
    row = write_titles(ws, ["REKAPITULASI USULAN MUSRENBANG DESA",
                            "KECAMATAN BENJENG KABUPATEN GRESIK",
                            "TAHUN 2017 (UNTUK RKPD TAHUN 2018)"], ncols)
    row = write_header(ws, row, headers)
    row = write_numbering(ws, row, ncols)

    keterangan = [k for k, n in USULAN_KETERANGAN.items() for _ in range(n)]
    rng.shuffle(keterangan)
    first_data = row
    no = 0
    for desa in DESA:
        for usulan, bidang, volume, (lo, hi) in rng.sample(USULAN, 2):
            biaya = rng.randint(lo // 5, hi // 5) * 5_000_000
            lokasi = f"Dusun {rng.choice(DUSUN)}"
            row = write_row(ws, row, [no + 1, desa, usulan, bidang, volume, lokasi,
                                      biaya, keterangan[no]], {biaya_col: "#,##0"})
            no += 1
    last_data = row - 1
    row = write_total_row(ws, row, ncols, 1, "JUMLAH", {
        biaya_col: f"=SUM({col_range(biaya_col, first_data, last_data)})"},
        number_format="#,##0")
    ws.merge_cells(start_row=row - 1, start_column=1, end_row=row - 1, end_column=biaya_col - 1)
    write_signature(ws, row, ncols - 1)

    set_widths(ws, [5, 16, 40, 14, 14, 18, 18, 24])
    path = outdir / "Usulan_Musrenbang_Desa_2017.xlsx"
    save_deterministic(wb, path)
    return path


# --------------------------------------------------------------------------
# 6. Organisasi kemasyarakatan
# --------------------------------------------------------------------------

ORMAS = [
    ("PKK Kecamatan Benjeng", "Pemberdayaan Perempuan", "Kantor Kecamatan Benjeng", "Ya"),
    ("Ranting NU Benjeng", "Keagamaan", "Desa Karangankidul", "Ya"),
    ("Pemuda Pancasila PAC Benjeng", "Kepemudaan", "Desa Bulurejo", "Tidak"),
    ("Gerakan Pemuda Ansor PAC Benjeng", "Kepemudaan", "Desa Deliksumber", "Ya"),
    ("Muslimat NU PAC Benjeng", "Keagamaan", "Desa Kedungrukem", "Ya"),
    ("Fatayat NU PAC Benjeng", "Keagamaan", "Desa Metatu", "Ya"),
    ("Pimpinan Ranting Muhammadiyah Benjeng", "Keagamaan", "Desa Lundo", "Tidak"),
    ("Karang Taruna Kecamatan Benjeng", "Kepemudaan", "Kantor Kecamatan Benjeng", "Ya"),
    ("Karang Taruna Desa Dermo", "Kepemudaan", "Desa Dermo", "Ya"),
    ("Karang Taruna Desa Bengkelolor", "Kepemudaan", "Desa Bengkelolor", "Ya"),
    ("Karang Taruna Desa Sirnoboyo", "Kepemudaan", "Desa Sirnoboyo", "Tidak"),
    ("LPMD Bulurejo", "Pemberdayaan Masyarakat", "Desa Bulurejo", "Ya"),
    ("LPMD Kalipadang", "Pemberdayaan Masyarakat", "Desa Kalipadang", "Ya"),
    ("LPMD Munggugianti", "Pemberdayaan Masyarakat", "Desa Munggugianti", "Tidak"),
    ("Gapoktan Sri Rejeki Balongmojo", "Pertanian", "Desa Balongmojo", "Ya"),
    ("Gapoktan Tani Makmur Jogodalu", "Pertanian", "Desa Jogodalu", "Ya"),
    ("HIPPA Tirto Agung Klampok", "Pertanian", "Desa Klampok", "Tidak"),
    ("Persatuan Guru Republik Indonesia (PGRI) Ranting Benjeng", "Pendidikan",
     "Desa Banter", "Ya"),
    ("Ikatan Pencak Silat NU Pagar Nusa Benjeng", "Seni dan Olahraga",
     "Desa Gluranploso", "Ya"),
    ("Persaudaraan Setia Hati Terate Ranting Benjeng", "Seni dan Olahraga",
     "Desa Jatirembe", "Tidak"),
    ("Paguyuban Seni Jaranan Turonggo Sakti", "Seni Budaya", "Desa Munggugebang", "Ya"),
    ("Forum Kesehatan Desa Kedungsekar", "Kesehatan", "Desa Kedungsekar", "Ya"),
    ("Linmas Kecamatan Benjeng", "Ketertiban", "Kantor Kecamatan Benjeng", "Ya"),
    ("Paguyuban Kepala Desa Kecamatan Benjeng", "Pemerintahan", "Desa Punduttrate", "Ya"),
    ("LSM Gerakan Peduli Lingkungan Benjeng", "Lingkungan Hidup", "Desa Sedapurklagen",
     "Tidak"),
]


def make_ormas(outdir: Path, rng: random.Random) -> Path:
    wb = new_workbook()
    ws = wb.active
    ws.title = "Ormas"
    headers = ["No", "Nama Organisasi", "Bidang", "Alamat", "Ketua", "Dibina"]
    ncols = len(headers)
    row = write_titles(ws, ["DATA ORGANISASI KEMASYARAKATAN (ORMAS)",
                            "KECAMATAN BENJENG KABUPATEN GRESIK",
                            "TAHUN 2017"], ncols)
    row = write_header(ws, row, headers)
    row = write_numbering(ws, row, ncols)
    ketua = unique_names(rng, len(ORMAS), female_every=4)
    for i, (nama, bidang, alamat, dibina) in enumerate(ORMAS):
        if nama.startswith(("PKK", "Muslimat", "Fatayat")):
            ketua[i] = person_name(rng, female=True)
        row = write_row(ws, row, [i + 1, nama, bidang, alamat, ketua[i], dibina])
    write_signature(ws, row, ncols - 1)

    set_widths(ws, [5, 46, 24, 26, 24, 9])
    path = outdir / "Data_Ormas_Kecamatan_Benjeng.xlsx"
    save_deterministic(wb, path)
    return path


# --------------------------------------------------------------------------
# 7. Lembaga ekonomi desa
# --------------------------------------------------------------------------

BUMDES_PATTERNS = [
    "BUMDes {desa} Sejahtera", "BUMDes Maju Makmur {desa}", "BUMDes Tirta Mandiri {desa}",
    "BUMDes {desa} Berdikari", "BUMDes Sumber Rejeki {desa}", "BUMDes Karya Bersama {desa}",
    "BUMDes {desa} Jaya", "BUMDes Mitra Usaha {desa}",
]
LEMBAGA_LAIN = [
    ("Koperasi Wanita Srikandi Benjeng", "Koperasi", "Bengkelolor"),
    ("Koperasi Simpan Pinjam Sejahtera Bersama", "Koperasi", "Kedungrukem"),
    ("KUD Sri Tani Benjeng", "KUD", "Deliksumber"),
    ("UPK DAPM Mandiri Sejahtera Benjeng", "UPK", "Bulurejo"),
    ("KUB Sumber Rejeki Metatu", "KUB", "Metatu"),
    ("KUB Kerupuk Ikan Makmur Lundo", "KUB", "Lundo"),
    ("Pokmas Ternak Kambing Kedungsekar", "Pokmas", "Kedungsekar"),
]
PEMBINAAN_COUNTS = {2017: 21, 2016: 3, None: 6}
KETERANGAN_PEMBINAAN = [
    "Pembinaan administrasi dan pembukuan",
    "Monitoring penyertaan modal dari Dana Desa",
    "Fasilitasi penyusunan AD/ART",
    "Pembinaan rencana usaha",
    "Evaluasi laporan keuangan",
]


def make_lembaga_ekonomi(outdir: Path, rng: random.Random) -> Path:
    wb = new_workbook()
    ws = wb.active
    ws.title = "Lembaga Ekonomi"
    headers = ["No", "Nama Lembaga", "Jenis", "Desa", "Tanggal Pembinaan", "Keterangan"]
    ncols = len(headers)
    row = write_titles(ws, ["DATA LEMBAGA EKONOMI DESA",
                            "KECAMATAN BENJENG KABUPATEN GRESIK",
                            "TAHUN 2017"], ncols)
    row = write_header(ws, row, headers)
    row = write_numbering(ws, row, ncols)

    lembaga = [(BUMDES_PATTERNS[i % len(BUMDES_PATTERNS)].format(desa=d), "BUMDes", d)
               for i, d in enumerate(DESA)] + LEMBAGA_LAIN
    years = [y for y, n in PEMBINAAN_COUNTS.items() for _ in range(n)]
    rng.shuffle(years)
    for i, (nama, jenis, desa) in enumerate(lembaga):
        year = years[i]
        if year is None:
            tanggal = None
            ket = rng.choice(["Belum dibina", "Belum aktif", None])
        else:
            tanggal = as_datetime(rng.choice(working_days(year)))
            ket = rng.choice(KETERANGAN_PEMBINAAN + [None])
        row = write_row(ws, row, [i + 1, nama, jenis, desa, tanggal, ket])
        ws.cell(row=row - 1, column=5).number_format = DATE_FORMAT
    write_signature(ws, row, ncols - 1)

    set_widths(ws, [5, 38, 10, 16, 14, 40])
    path = outdir / "Lembaga_Ekonomi_Desa_2017.xlsx"
    save_deterministic(wb, path)
    return path


# --------------------------------------------------------------------------
# 8. Pengaturan laporan
# --------------------------------------------------------------------------

PENGATURAN = [
    ("Kecamatan", "Benjeng"),
    ("Kabupaten", "Gresik"),
    ("Tahun", 2017),
    ("Tempat Penandatanganan", "Benjeng"),
    ("Tanggal Penandatanganan", "Januari 2017"),
    ("Nama Camat", CAMAT),
    ("Pangkat", "Pembina Tingkat I"),
    ("NIP", "19671020 198803 1 009"),
    ("Aturan SKM", "PermenPAN-RB 16/2014"),
    ("Bobot SKM", "Tepat (1/9)"),
    ("Rumus Penurunan Pelanggaran Perda", "Sesuai dokumen IKU"),
    ("Jumlah Pelanggaran Perda Tahun Sebelumnya", None),
    ("Jumlah Pengguna Layanan (untuk cek sampel SKM)", None),
    ("Ukuran Kertas", "F4"),
    ("Target SKM", 80),
    ("Target Penurunan Pelanggaran Perda (%)", -20),
    ("Target Konflik Ditindaklanjuti (%)", 90),
    ("Target Partisipasi Musrenbang (%)", 90),
    ("Target Usulan Direkomendasikan (%)", 75),
    ("Target Ormas Dibina (%)", 80),
    ("Target Lembaga Ekonomi Dibina (%)", 75),
]


def make_pengaturan(outdir: Path, rng: random.Random) -> Path:
    wb = new_workbook()
    ws = wb.active
    ws.title = "Pengaturan"
    row = write_titles(ws, ["PENGATURAN LAPORAN IKU KECAMATAN"], 2)
    row = write_header(ws, row, ["Uraian", "Isi"])
    for uraian, isi in PENGATURAN:
        row = write_row(ws, row, [uraian, isi])
        # Text such as the NIP must stay text, never be coerced to a number.
        if isinstance(isi, str):
            ws.cell(row=row - 1, column=2).number_format = "@"
    set_widths(ws, [48, 30])
    path = outdir / "Pengaturan_IKU_2017.xlsx"
    save_deterministic(wb, path)
    return path


# --------------------------------------------------------------------------
# Verification: reopen what was written and assert the hand-computed counts
# --------------------------------------------------------------------------

def data_rows(ws, first: int, key_col: int = 1):
    """Rows from ``first`` until the first row whose ``key_col`` is empty."""
    row = first
    while ws.cell(row=row, column=key_col).value not in (None, ""):
        yield [c.value for c in ws[row]]
        row += 1


def tanggal_key(value) -> date:
    """A register date, either a datetime or text like "Senin, 13 Maret 2017"."""
    if isinstance(value, datetime):
        return value.date()
    _, day, month, year = value.replace(",", "").split()
    d = date(int(year), BULAN.index(month) + 1, int(day))
    assert value == tanggal_indonesia(d), value  # weekday name must be right
    return d


def verify(outdir: Path) -> list[str]:
    summary = []

    ws = load_workbook(outdir / "SKM_Kecamatan_Benjeng_2017.xlsx")["Data SKM"]
    assert ws["H6"].value == "U1" and ws["P6"].value == "U9" and ws["H5"].value == "Unsur Pelayanan"
    rows = [r for r in data_rows(ws, 8) if isinstance(r[0], int)]
    assert len(rows) == 60 and ws["A68"].value == "JUMLAH" and ws["A69"].value == "NRR"
    totals = [sum(r[7 + u] for r in rows) for u in range(9)]
    assert totals == SKM_TOTALS and sum(totals) == 1653, totals
    assert all(r[1].year == 2017 for r in rows)
    assert sum(1 for r in rows if r[16]) == 10
    summary.append(f"SKM: 60 respondents, element totals {totals} = {sum(totals)}")

    ws = load_workbook(outdir / "Register_Pelanggaran_Perda_2016-2017.xlsx")["Register"]
    rows = list(data_rows(ws, 7))
    years = [r[1].year if isinstance(r[1], datetime) else int(r[1][-4:]) for r in rows]
    texts = [r[1] for r in rows if isinstance(r[1], str)]
    assert len(rows) == 56
    assert (years.count(2015), years.count(2016), years.count(2017)) == (2, 30, 24)
    assert len(texts) == 6 and all(t.endswith("2017") for t in texts)
    assert [tanggal_key(r[1]) for r in rows] == sorted(tanggal_key(r[1]) for r in rows)
    summary.append(f"Perda: 2015=2, 2016=30, 2017=24 (6 text dates, e.g. {texts[0]!r})")

    wb = load_workbook(outdir / "Laporan_Kejadian_Bulanan_2017.xlsx")
    assert wb.sheetnames == BULAN_SHEETS
    statuses, per_month = [], {}
    for code in BULAN_SHEETS:
        rows = list(data_rows(wb[code], 7, key_col=5))  # Uraian is never empty
        real = [r for r in rows if r[4] != "NIHIL"]
        assert all(r[1].month == BULAN_SHEETS.index(code) + 1 for r in real)
        assert (len(rows) - len(real) == 1) == (code in NIHIL_SHEETS)
        per_month[code] = len(real)
        statuses += [r[6] for r in real]
    assert {k: v for k, v in per_month.items() if v} == KONFLIK_PER_BULAN
    assert per_month["MEI"] == 0 and wb["MEI"]["E7"].value is None
    followed = sum(s in STATUS_FOLLOWED for s in statuses)
    assert len(statuses) == 14 and followed == 12, statuses
    assert {s: statuses.count(s) for s in set(statuses)} == {
        "Sudah": 4, "Selesai": 3, "Proses": 2, "Ya": 2, "Difasilitasi": 1,
        "Belum": 1, "Tidak": 1}
    summary.append("Konflik: 14 conflicts, 12 followed up, 2 not")

    ws = load_workbook(outdir / "Daftar_Hadir_Musrenbang_2017.xlsx")["Daftar Hadir"]
    rows = list(data_rows(ws, 8))
    people = [r for r in rows if isinstance(r[0], int)]
    assert len(rows) == 84 and len(people) == 80
    hadir = [r[4] for r in people]
    assert hadir.count("Ya") == 68 and hadir.count("Tidak") == 12
    assert all((r[5] is None) == (r[4] == "Tidak") for r in people)
    summary.append("Musrenbang: 80 invited, 68 present, 12 absent")

    ws = load_workbook(outdir / "Usulan_Musrenbang_Desa_2017.xlsx")["Usulan"]
    rows = list(data_rows(ws, 7))
    usulan = [r for r in rows if isinstance(r[0], int)]
    assert len(usulan) == 46 and rows[-1][0] == "JUMLAH"
    assert all([r[1] for r in usulan].count(d) == 2 for d in DESA)
    ket = [r[7] for r in usulan]
    assert {k: ket.count(k) for k in USULAN_KETERANGAN} == USULAN_KETERANGAN
    assert ket.count("Direkomendasikan") + ket.count("Prioritas") == 31
    biaya = sum(r[6] for r in usulan)
    summary.append(f"Usulan: 46 proposals, 31 recommended (24+7), 15 not (11+4), "
                   f"total cost Rp {biaya:,}")

    ws = load_workbook(outdir / "Data_Ormas_Kecamatan_Benjeng.xlsx")["Ormas"]
    rows = list(data_rows(ws, 7))
    dibina = [r[5] for r in rows]
    assert len(rows) == 25 and dibina.count("Ya") == 18 and dibina.count("Tidak") == 7
    summary.append("Ormas: 25 organisations, 18 dibina, 7 not")

    ws = load_workbook(outdir / "Lembaga_Ekonomi_Desa_2017.xlsx")["Lembaga Ekonomi"]
    rows = list(data_rows(ws, 7))
    jenis = [r[2] for r in rows]
    tahun = [r[4].year if isinstance(r[4], datetime) else r[4] for r in rows]
    assert len(rows) == 30 and jenis.count("BUMDes") == 23
    assert sorted({r[3] for r in rows if r[2] == "BUMDes"}) == sorted(DESA)
    assert (tahun.count(2017), tahun.count(2016), tahun.count(None)) == (21, 3, 6)
    summary.append("Lembaga ekonomi: 30 (23 BUMDes), pembinaan 2017=21, 2016=3, empty=6")

    ws = load_workbook(outdir / "Pengaturan_IKU_2017.xlsx")["Pengaturan"]
    assert (ws["A3"].value, ws["B3"].value) == ("Uraian", "Isi")
    got = [(ws.cell(row=r, column=1).value, ws.cell(row=r, column=2).value)
           for r in range(4, 4 + len(PENGATURAN))]
    assert got == PENGATURAN, got
    assert ws.cell(row=4 + len(PENGATURAN), column=1).value is None
    summary.append(f"Pengaturan: {len(PENGATURAN)} rows")
    return summary


def main(argv: list[str]) -> int:
    outdir = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTDIR
    outdir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(2017)
    makers = [make_skm, make_register_perda, make_laporan_kejadian, make_daftar_hadir,
              make_usulan, make_ormas, make_lembaga_ekonomi, make_pengaturan]
    for maker in makers:
        path = maker(outdir, rng)
        print(f"wrote {path}")
    for line in verify(outdir):
        print(f"  OK {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
