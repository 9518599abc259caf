"""A report edited after it was made: its IKU sheet no longer shows the
figures of its Data sheet (a realisasi typed over, a count changed on
Perhitungan that Excel carried into the IKU sheet). The rekap counts the
Data sheet, which iku-excel wrote with the figures it computed, and names
every cell that differs."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from iku_excel.reading.names import column_letters
from iku_excel.report.data_sheet import ReportData
from iku_excel.values import norm_text

# The IKU sheet's own header words (report/iku_sheet.py HEADERS).
INDIKATOR, TARGET, REALISASI, CAPAIAN, KATEGORI = (
    "INDIKATOR KINERJA UTAMA", "TARGET", "REALISASI", "CAPAIAN (%)", "KATEGORI")
_RANGE = re.compile(r"-?[0-9.,]+\s*-\s*-?[0-9.,]+")
_FIELDS = {TARGET: "target", REALISASI: "realisasi", CAPAIAN: "capaian"}


@dataclass(frozen=True)
class Changed:
    cell: str          # "H23", as Excel names it; "-" for an indicator row gone
    row: int | None    # 1-based
    column: str        # the IKU sheet's header word
    kode: str
    shown: Any         # what the IKU sheet holds now
    data: Any          # what the Data sheet holds


def changed_cells(rows: Sequence[Sequence[Any]], data: ReportData,
                  uncomputed: set[tuple[int, int]] | frozenset = frozenset()) -> list[Changed]:
    """Cells of the IKU sheet (its grid of values) whose figure is not the
    Data sheet's. `uncomputed`: (row, col), 0-based, of formulas saved
    without a value (a program, not Excel, saved the file): not comparable."""
    header = _header(rows)
    if header is None:
        return [Changed("-", None, INDIKATOR, kode, None, item.indikator)
                for kode, item in data.indicators.items()]
    r0, columns = header
    by_name = {norm_text(item.indikator): item for item in data.indicators.values()}
    changed: list[Changed] = []
    seen: set[str] = set()
    for r in range(r0 + 1, len(rows)):
        name = _cell(rows, r, columns[INDIKATOR])
        item = by_name.get(norm_text(name)) if isinstance(name, str) else None
        if item is None:
            continue  # Tugas Fungsi, the signature block, a row staff added
        seen.add(item.kode)
        for column, c in columns.items():
            if column == INDIKATOR or (r, c) in uncomputed:
                continue
            shown = _cell(rows, r, c)
            if column == KATEGORI:
                if item.capaian is not None and norm_text(shown) != norm_text(item.kategori):
                    changed.append(Changed(_ref(r, c), r + 1, column, item.kode, shown,
                                           item.kategori))
                continue
            expected = getattr(item, _FIELDS[column])
            if not _same(shown, expected, range_ok=column == TARGET):
                changed.append(Changed(_ref(r, c), r + 1, column, item.kode, shown, expected))
    for kode, item in data.indicators.items():
        if kode not in seen:
            changed.append(Changed("-", None, INDIKATOR, kode, None, item.indikator))
    return changed


def _header(rows: Sequence[Sequence[Any]]) -> tuple[int, dict[str, int]] | None:
    wanted = {norm_text(w): w for w in (INDIKATOR, TARGET, REALISASI, CAPAIAN, KATEGORI)}
    for r, row in enumerate(rows):
        columns = {}
        for c, value in enumerate(row):
            word = wanted.get(norm_text(value)) if isinstance(value, str) else None
            if word is not None and word not in columns:
                columns[word] = c
        if len(columns) == len(wanted):
            return r, columns
    return None


def _same(shown: Any, expected: float | None, range_ok: bool = False) -> bool:
    """A number equal to the Data sheet's; '-' (or a blank) where it has none.
    A target range ('80 - 90') is text on the IKU sheet, the Data sheet holds
    the end capaian was computed against: not compared."""
    if isinstance(shown, bool):
        return False
    if isinstance(shown, (int, float)):
        return expected is not None and abs(shown - expected) <= 1e-9 * max(1.0, abs(expected))
    if shown is None or (isinstance(shown, str) and shown.strip() in ("", "-")):
        return expected is None
    return (range_ok and isinstance(shown, str) and expected is not None
            and _RANGE.fullmatch(shown.strip()) is not None)


def _cell(rows: Sequence[Sequence[Any]], r: int, c: int) -> Any:
    row = rows[r] if r < len(rows) else ()
    return row[c] if c < len(row) else None


def _ref(r: int, c: int) -> str:
    return f"{column_letters(c + 1)}{r + 1}"
