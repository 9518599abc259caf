"""Sheet Data: the report's figures as plain data, and the one reader of it.

The regency roll-up (rekap.md) and next year's report (cycle.md: last
year's realisation) read these figures back from the workbook a kecamatan
emailed. Writer and reader share one layout, defined here only: a key |
value block, then one row per indicator under the header words. The reader
finds both by their labels, never by fixed addresses (a row inserted by
hand moves nothing), takes only cell values (a formula is never evaluated
nor trusted) and turns anything unexpected into a finding. To read a
report file (guarded, hashed, its IKU sheet compared with this sheet):
rekap.collect.collect(paths=[...]).

    DATA LAPORAN IKU                       (title)
    (one line saying what the sheet is for)
    Kecamatan          | Benjeng
    Kabupaten          | Gresik
    Tahun              | 2017
    Triwulan           | (blank: the whole year)
    Data Contoh        | Ya / Tidak
    Jumlah Galat       | 0
    Jumlah Peringatan  | 3
    Dibuat             | 05/01/2018 10:00:00 (a date-time cell)
    Versi iku-excel    | 0.1.0
    Sidik Data         | SHA-256, 64 hex digits
    (blank row)
    Kode | Indikator | Satuan | Arah | Target | Realisasi | Capaian | Kategori | Pembilang |
      Penyebut  (one row, ten columns)
    skm  | Nilai Survey ... | indeks | naik | 80 | 80.3 | 100.375 | Sangat Baik | 10841 | 150
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from iku_excel.findings import Finding
from iku_excel.reading.names import column_letters
from iku_excel.report.layout import row_height
from iku_excel.values import norm_text, squash_spaces

if TYPE_CHECKING:
    from iku_excel.report.styles import Styles

SHEET = "Data"
TITLE = "DATA LAPORAN IKU"
PURPOSE = ("Angka laporan ini sebagai data, dibaca aplikasi untuk rekap kabupaten dan laporan "
           "tahun berikutnya. Jangan diubah: bila ada yang salah, perbaiki data masukan lalu "
           "buat laporan lagi.")

# The key | value block: label as written -> field of ReportData.
KEYS = {
    "Kecamatan": "kecamatan",
    "Kabupaten": "kabupaten",
    "Tahun": "tahun",
    "Triwulan": "triwulan",
    "Data Contoh": "data_contoh",
    "Jumlah Galat": "galat",
    "Jumlah Peringatan": "peringatan",
    "Dibuat": "dibuat",
    "Versi iku-excel": "versi",
    "Sidik Data": "sidik",
}
# The indicator table: header word -> field of IndicatorData.
COLUMNS = {
    "Kode": "kode",
    "Indikator": "indikator",
    "Satuan": "satuan",
    "Arah": "arah",
    "Target": "target",
    "Realisasi": "realisasi",
    "Capaian": "capaian",
    "Kategori": "kategori",
    "Pembilang": "pembilang",
    "Penyebut": "penyebut",
}
NUMBER_FIELDS = ("target", "realisasi", "capaian", "pembilang", "penyebut")
YES, NO = "Ya", "Tidak"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm:ss"


@dataclass(frozen=True)
class IndicatorData:
    kode: str
    indikator: str | None
    satuan: str | None
    arah: str | None            # "naik" (higher is better) or "turun"
    target: float | None        # the figure capaian was computed against
    realisasi: float | None
    capaian: float | None       # percent, unrounded
    kategori: str | None
    pembilang: float | None
    penyebut: float | None
    row: int = 0                # Excel row on the Data sheet (0: not read from a sheet)


@dataclass(frozen=True)
class ReportData:
    kecamatan: str
    kabupaten: str | None
    tahun: int
    triwulan: int | None        # None: the whole year
    data_contoh: bool
    galat: int | None           # lines of level galat in Catatan Data
    peringatan: int | None
    dibuat: dt.datetime | None
    versi: str | None
    sidik: str | None
    indicators: dict[str, IndicatorData] = field(default_factory=dict)  # by Kode, in sheet order
    file: str | None = None     # where it was read from, as shown to staff
    sheet: str = SHEET


# --- the writing side (report_data.py builds a report's ReportData) ------

def made_at() -> dt.datetime:
    """When the report is made: SOURCE_DATE_EPOCH's time when the environment
    sets it (reproducible builds: the same inputs give the same bytes), else
    now, to the second."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        try:
            return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).replace(tzinfo=None)
        except (OverflowError, OSError, ValueError):
            pass
    return dt.datetime.now().replace(microsecond=0)


# Kode and Sidik Data (64 hex digits) on one line; a long Indikator wraps.
WIDTHS = (30, 68, 9, 7, 11, 11, 11, 14, 11, 11)


def write_data_sheet(workbook, styles: Styles, data: ReportData, top: int = 0) -> tuple[Any, int]:
    """The sheet `Data` holding `data`, its title on row `top` (0-based);
    the worksheet and the row of the indicator header."""
    sheet = workbook.add_worksheet(SHEET)
    for col, width in enumerate(WIDTHS):
        sheet.set_column(col, col, width)
    last = len(WIDTHS) - 1
    sheet.merge_range(top, 0, top, last, TITLE, styles["title"])
    sheet.set_row(top, 21)
    sheet.merge_range(top + 1, 0, top + 1, last, PURPOSE, styles["small"])
    sheet.set_row(top + 1, 26)
    row = top + 3
    for label, value in _key_values(data):
        sheet.write_string(row, 0, label, styles["cell"])
        if isinstance(value, dt.datetime):
            sheet.write_datetime(row, 1, value, styles["datetime"])
        elif isinstance(value, int):
            sheet.write_number(row, 1, value, styles["whole_data"])
        elif value is None:
            sheet.write_blank(row, 1, None, styles["cell"])
        else:
            sheet.write_string(row, 1, value, styles["cell"])
        row += 1
    row += 1
    header_row = row
    for col, text in enumerate(COLUMNS):
        sheet.write_string(row, col, text, styles["header"])
    for item in data.indicators.values():
        row += 1
        sheet.set_row(row, row_height([(item.indikator or "", WIDTHS[1]), (item.kode, WIDTHS[0])]))
        for col, name in enumerate(COLUMNS.values()):
            value = getattr(item, name)
            if value is None:
                sheet.write_blank(row, col, None, styles["cell"])
            elif name in NUMBER_FIELDS:
                sheet.write_number(row, col, value, styles["num_data"])
            else:
                sheet.write_string(row, col, value, styles["cell"])
    return sheet, header_row


def _key_values(data: ReportData) -> list[tuple[str, Any]]:
    shown = {"data_contoh": YES if data.data_contoh else NO}
    return [(label, shown.get(name, getattr(data, name))) for label, name in KEYS.items()]


# --- the reading side ----------------------------------------------------

_LABELS = {norm_text(label): name for label, name in KEYS.items()}
_HEADERS = {norm_text(word): name for word, name in COLUMNS.items()}
_REQUIRED = ("kecamatan", "tahun", "data_contoh")
_DATETIME_TEXT = re.compile(
    r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?")


def read_data_sheet(rows: Sequence[Sequence[Any]], file: str | None, sheet: str = SHEET,
                    formulas: Iterable[tuple[int, int]] = (),
                    ) -> tuple[ReportData | None, list[Finding]]:
    """The report's data from the Data sheet's cell values (rows as a grid:
    row 1 is rows[0]), or None when what makes it a report's data is
    missing; and the findings. `formulas`: (row, col), 0-based, of cells
    holding a formula, whose values are not used."""
    reader = _Reader(rows, file, sheet, set(formulas))
    return reader.read(), reader.findings


class _Reader:
    def __init__(self, rows, file, sheet, formulas: set[tuple[int, int]]) -> None:
        self.rows, self.file, self.sheet, self.formulas = rows, file, sheet, formulas
        self.findings: list[Finding] = []

    def finding(self, code: str, row: int | None = None, column: str | None = None,
                value: Any = None, **params: Any) -> None:
        self.findings.append(Finding(code, self.file, self.sheet, row, column, value, params))

    def cell(self, r: int, c: int) -> Any:
        if (r, c) in self.formulas:
            self.finding("data_rumus", r + 1, column_letters(c + 1))
            return None
        row = self.rows[r] if r < len(self.rows) else ()
        value = row[c] if c < len(row) else None
        return None if isinstance(value, str) and not value.strip() else value

    def read(self) -> ReportData | None:
        header = self._header_row()
        keys = self._keys(len(self.rows) if header is None else header)
        if header is None:
            self.finding("data_tanpa_tabel", params={"judul": ", ".join(COLUMNS)})
            return None
        values = {name: self._key_value(name, found) for name, found in keys.items()}
        for name in _REQUIRED:
            if values.get(name) is None:
                label = next(k for k, v in KEYS.items() if v == name)
                if name not in keys:
                    self.finding("data_label_kosong", params={"label": label})
                return None
        return ReportData(
            kecamatan=values["kecamatan"], kabupaten=values.get("kabupaten"),
            tahun=values["tahun"], triwulan=values.get("triwulan"),
            data_contoh=values["data_contoh"], galat=values.get("galat"),
            peringatan=values.get("peringatan"), dibuat=values.get("dibuat"),
            versi=values.get("versi"), sidik=values.get("sidik"),
            indicators=self._indicators(header), file=self.file, sheet=self.sheet)

    def _header_row(self) -> int | None:
        for r, row in enumerate(self.rows):
            words = {norm_text(v) for v in row if isinstance(v, str)}
            if {"kode", "realisasi", "capaian"} <= words:
                return r
        return None

    def _keys(self, above: int) -> dict[str, tuple[int, int, Any]]:
        """field -> (row, col, value) for each label found above the table:
        the value is the first filled cell right of the label."""
        found: dict[str, tuple[int, int, Any]] = {}
        for r in range(above):
            row = self.rows[r]
            for c, value in enumerate(row):
                name = _LABELS.get(norm_text(value)) if isinstance(value, str) else None
                if name is None or name in found:
                    continue
                right = next((k for k in range(c + 1, len(row))
                              if self.cell_is_filled(r, k)), None)
                found[name] = (r, c, None if right is None else self.cell(r, right))
                break
        return found

    def cell_is_filled(self, r: int, c: int) -> bool:
        value = self.rows[r][c]
        return (r, c) in self.formulas or not (value is None or isinstance(value, str)
                                               and not value.strip())

    def _key_value(self, name: str, found: tuple[int, int, Any]) -> Any:
        r, c, value = found
        label = self.rows[r][c]
        if value is None:
            if name in _REQUIRED:
                self.finding("data_label_kosong", r + 1, str(label), params={"label": label})
            return None
        parsed = _PARSE[name](value)
        if parsed is None:
            self.finding("data_isi_salah", r + 1, str(label), _shown(value),
                         params={"label": label, "harus": _EXPECTED[name]})
        return parsed

    def _indicators(self, header: int) -> dict[str, IndicatorData]:
        columns = {}
        for c, value in enumerate(self.rows[header]):
            name = _HEADERS.get(norm_text(value)) if isinstance(value, str) else None
            if name is not None and name not in columns:
                columns[name] = c
        indicators: dict[str, IndicatorData] = {}
        for r in range(header + 1, len(self.rows)):
            values = {name: self.cell(r, c) for name, c in columns.items()}
            if all(v is None for v in values.values()):
                continue  # a blank row, as staff leave them
            kode = squash_spaces(values.get("kode")) if values.get("kode") is not None else ""
            if not kode:
                self.finding("data_kode_kosong", r + 1, "Kode")
                continue
            if kode in indicators:
                self.finding("data_kode_ganda", r + 1, "Kode", kode,
                             params={"baris_pertama": indicators[kode].row})
                continue
            for name in NUMBER_FIELDS:
                values[name] = self._number(r, name, columns, values.get(name))
            texts = {name: _text(values.get(name))
                     for name in ("indikator", "satuan", "arah", "kategori")}
            arah = norm_text(texts["arah"]) or None
            if arah not in (None, "naik", "turun"):
                self.finding("data_isi_salah", r + 1, "Arah", texts["arah"],
                             params={"label": f"Arah {kode}", "harus": "naik atau turun"})
                arah = None
            indicators[kode] = IndicatorData(
                kode, texts["indikator"], texts["satuan"], arah,
                *(values[name] for name in ("target", "realisasi", "capaian")),
                texts["kategori"], values["pembilang"], values["penyebut"], row=r + 1)
        return indicators

    def _number(self, r: int, name: str, columns: dict[str, int], value: Any) -> float | None:
        if value is None or (isinstance(value, str) and value.strip() == "-"):
            return None  # not computed, as the IKU sheet writes it
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        column = next(word for word, n in COLUMNS.items() if n == name)
        self.finding("data_bukan_angka", r + 1, column, _shown(value),
                     params={"sel": f"{column_letters(columns[name] + 1)}{r + 1}"})
        return None


def _text(value: Any) -> str | None:
    return squash_spaces(value) or None if value is not None else None


def _shown(value: Any) -> str:
    return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else str(value)


def _whole(value: Any, low: int, high: int) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, (int, float)) and value == int(value) and low <= value <= high:
        return int(value)
    return None


def _yes_no(value: Any) -> bool | None:
    word = norm_text(value)
    return {"ya": True, "tidak": False}.get(word)


def _datetime(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        match = _DATETIME_TEXT.fullmatch(value.strip())
        if match:
            day, month, year, hour, minute, second = (int(g) if g else 0 for g in match.groups())
            try:
                return dt.datetime(year, month, day, hour, minute, second)
            except ValueError:
                return None
    return None


def _plain_text(value: Any) -> str | None:
    if isinstance(value, (dt.date, dt.time, bool)):
        return None
    if isinstance(value, float) and value == int(value):
        value = int(value)
    return squash_spaces(value) or None


_PARSE = {
    "kecamatan": _plain_text, "kabupaten": _plain_text,
    "tahun": lambda v: _whole(v, 1950, 2100), "triwulan": lambda v: _whole(v, 1, 4),
    "data_contoh": _yes_no, "galat": lambda v: _whole(v, 0, 10**9),
    "peringatan": lambda v: _whole(v, 0, 10**9), "dibuat": _datetime,
    "versi": _plain_text, "sidik": _plain_text,
}
_EXPECTED = {
    "kecamatan": "nama kecamatan", "kabupaten": "nama kabupaten", "tahun": "tahun, misalnya 2017",
    "triwulan": "kosong, atau 1 sampai 4", "data_contoh": "Ya atau Tidak",
    "galat": "bilangan bulat", "peringatan": "bilangan bulat",
    "dibuat": "tanggal dan jam", "versi": "nomor versi", "sidik": "teks",
}
