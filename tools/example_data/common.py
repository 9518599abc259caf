"""What every example workbook shares: the kecamatan's desa and people, the
staff's sheet layout (titles, header, numbering, total, signature) and saving
so that two runs give byte-identical files."""

from __future__ import annotations

import io
import random
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from iku_excel.wilayah import known_desa

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUTDIR = REPO_ROOT / "iku_excel" / "example_data"

FIXED_DATETIME = datetime(2017, 12, 31)
ZIP_DATE_TIME = (1980, 1, 1, 0, 0, 0)

# The 23 desa of Kecamatan Benjeng, as the tool knows them (data/wilayah.json).
DESA = list(known_desa("Benjeng"))
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
