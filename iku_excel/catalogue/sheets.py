"""The sheets that describe the office rather than hold its records: the
catalogue (a header holding Indikator Kinerja Utama and Cara Hitung), the
Tugas Fungsi lines and the Daftar Desa (each found by its sheet name). They
are taken out before source detection, so none is ever read as data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from iku_excel.catalogue.columns import MARKS
from iku_excel.catalogue.model import Place, TugasFungsi
from iku_excel.catalogue.parse import Parsed, match_header, parse_rows
from iku_excel.catalogue.tugas_fungsi import tugas_fungsi
from iku_excel.reading.grid import SheetGrid
from iku_excel.reading.headers import (
    HEADER_SEARCH_ROWS,
    filled_cells,
    header_texts,
    written_header,
)
from iku_excel.reading.labels import is_numbering
from iku_excel.values import is_blank, norm_text

TUGAS_FUNGSI_NAMES = {"tugas fungsi", "tugas dan fungsi", "tugas pokok dan fungsi", "tupoksi",
                      "tugas pokok fungsi"}
DESA_LIST_NAMES = {"daftar desa", "daftar desa kelurahan", "daftar kelurahan", "desa",
                   "daftar nama desa"}
_DESA_HEADERS = {"desa", "nama desa", "desa kelurahan", "kelurahan", "nama desa kelurahan",
                 "nama kelurahan", "desa kel"}


@dataclass(frozen=True)
class DesaList:
    names: tuple[str, ...]
    place: Place


def read_catalogue(grid: SheetGrid) -> Parsed | None:
    """The catalogue the sheet holds, or None when it is no catalogue sheet."""
    found = _header(grid)
    if found is None:
        return None
    top, height, keys, unknown = found
    width = max(len(r) for r in grid.rows[top:top + height])
    written = [written_header(grid, top, height, i) for i in range(width)]
    merged = _merged(grid, top + height)
    body = []
    for index in range(top + height, len(grid.rows)):
        cells = [merged.get((index, col), value) if is_blank(value) else value
                 for col, value in enumerate(grid.rows[index])]
        if not body and is_numbering(cells):
            continue  # the document's 1 | 2 | 3 row under the header
        body.append((index + 1, cells))
    return parse_rows(grid.file, grid.name, top + 1, written, keys, unknown, body)


def _header(grid: SheetGrid) -> tuple[int, int, dict[str, int], list[int]] | None:
    if not _may_head(grid):
        return None
    best = None
    for top in range(min(HEADER_SEARCH_ROWS, len(grid.rows))):
        if filled_cells(grid.rows[top]) < 2:
            continue  # a title, or a blank row above the header
        for height in (1, 2):
            if top + height > len(grid.rows):
                continue
            keys, unknown = match_header(header_texts(grid, top, height))
            if all(mark in keys for mark in MARKS) and (best is None or len(keys) > len(best[2])):
                best = (top, height, keys, unknown)
        if best is not None:
            return best  # the first row that heads it
    return None


def _may_head(grid: SheetGrid) -> bool:
    """Whether a cell near the top names the Cara Hitung column (every alias
    holds 'cara' or 'hitung'): every sheet of a run is asked, a 100k-row
    survey too, and matching whole headers row by row is the slow way to say no."""
    for row in grid.rows[:HEADER_SEARCH_ROWS + 1]:
        for value in row:
            if isinstance(value, str) and ("cara" in (text := norm_text(value))
                                           or "hitung" in text):
                return True
    return False


def _merged(grid: SheetGrid, first: int) -> dict[tuple[int, int], Any]:
    """Cells covered by a merged range below the header -> the range's value:
    a Penanggung Jawab merged over a sasaran's rows holds for each of them."""
    spread = {}
    for (r0, c0), (r1, c1) in grid.merged:
        if r1 < first:
            continue
        value = grid.cell(r0, c0)
        for r in range(max(r0, first), r1 + 1):
            for c in range(c0, c1 + 1):
                spread[(r, c)] = value
    return spread


def read_tugas_fungsi(grid: SheetGrid) -> TugasFungsi | None:
    """The Tugas Fungsi lines of a sheet so named (a row's cells joined, so a
    letter in column A and its text in B read as one line); None otherwise."""
    if norm_text(grid.name) not in TUGAS_FUNGSI_NAMES:
        return None
    lines = [" ".join(str(v).strip() for v in row if not is_blank(v)) for row in grid.rows]
    return tugas_fungsi(lines, Place(grid.file, grid.name, None)) or TugasFungsi(
        None, (), Place(grid.file, grid.name, None))


def read_desa_list(grid: SheetGrid) -> DesaList | None:
    """The names under the Desa (or Kelurahan) header of a sheet named Daftar
    Desa; None for any other sheet."""
    if norm_text(grid.name) not in DESA_LIST_NAMES:
        return None
    for top, row in enumerate(grid.rows[:HEADER_SEARCH_ROWS]):
        columns = [i for i, v in enumerate(row) if norm_text(v) in _DESA_HEADERS]
        if columns:
            names = [str(r[c]).strip() for r in grid.rows[top + 1:] for c in columns
                     if c < len(r) and isinstance(r[c], str) and r[c].strip()]
            return DesaList(tuple(dict.fromkeys(names)), Place(grid.file, grid.name, top + 1))
    return DesaList((), Place(grid.file, grid.name, None))
