"""Parse every sheet of a checked file into a grid of plain Python values,
whatever the file really is (xlsx, xls, ods, csv, an HTML or XML "xls").

python-calamine reads xlsx, xls and ods with the cached value of formula
cells (grid.py has the grid).
"""

from __future__ import annotations

import io
import math
from typing import Any

from iku_excel.findings import Finding
from iku_excel.reading import sniff as kinds
from iku_excel.reading.errors import ReadError
from iku_excel.reading.formulas import Unsupported, evaluate
from iku_excel.reading.grid import SheetGrid
from iku_excel.reading.input_file import InputFile
from iku_excel.reading.names import column_letters, display_name, escape_controls
from iku_excel.reading.pieces import Splitter
from iku_excel.reading.scan import SheetScan
from iku_excel.reading.text_formats import read_csv, read_html, read_spreadsheetml
from iku_excel.reading.tidy import tidy
from iku_excel.reading.xlsx_extras import read_extras


def parse_sheets(source: InputFile, data: bytes,
                 scans: dict[str, SheetScan] | None = None) -> list[SheetGrid]:
    """Every sheet of a file the guard has checked (loader.load_sheets)."""
    kind = kinds.sniff(source.path, data[:4096])
    if kind == kinds.EMPTY:
        raise ReadError("berkas_kosong")
    if kind == kinds.OLE and kinds.is_encrypted_ole(data):
        raise ReadError("berkas_terkunci_sandi")
    if kind in (kinds.ZIP, kinds.OLE):
        return _calamine(source, data, "xls" if kind == kinds.OLE else "xlsx", scans)
    if kind == kinds.HTML:
        return [SheetGrid(source.name, f"Tabel {i}", tidy(grid), kind="html")
                for i, grid in enumerate(read_html(data), start=1)]
    if kind == kinds.SPREADSHEETML:
        try:
            return [SheetGrid(source.name, escape_controls(name), tidy(grid), kind="xml")
                    for name, grid in read_spreadsheetml(data)]
        except Exception as exc:  # defusedxml refusals and broken XML alike
            raise ReadError("berkas_rusak", alasan=_xml_reason(exc)) from exc
    if kind == kinds.TEXT:
        cut: list[tuple[int, int]] = []
        rows, nul = read_csv(data, cut)
        grid = SheetGrid(source.name, display_name(source.path.stem), rows, kind="csv")
        if nul:
            grid.notes.append(Finding("teks_nul_dibuang", source.name, params={"jumlah": nul}))
        _note_cut(grid, cut)
        return [grid]
    raise ReadError("berkas_bukan_data", jenis="bukan lembar kerja")


def _calamine(source: InputFile, data: bytes, kind: str,
              scans: dict[str, SheetScan] | None) -> list[SheetGrid]:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as exc:  # calamine raises its own error types per format
        raise ReadError("berkas_rusak", alasan=_reason(exc)) from exc
    extras = read_extras(data, scans) if kind == "xlsx" else {}
    # Big sheets parsed in pieces while the guard checked them (pieces.py).
    split = {scan.sheet: scan.splitter for scan in (scans or {}).values()
             if scan.splitter is not None}
    seen = {scan.sheet: scan for scan in (scans or {}).values() if scan.sheet is not None}
    sheets: list[SheetGrid] = []
    try:
        for meta in book.sheets_metadata:
            if "WorkSheet" not in str(meta.typ):
                continue  # chart sheets hold no cells
            # str(meta.visible) is "SheetVisibleEnum.Hidden": compare the last part only.
            hidden = str(meta.visible).rsplit(".", 1)[-1] != "Visible"
            shown = escape_controls(meta.name)
            scan = seen.get(meta.name)
            if scan is not None and scan.refused is not None:  # never handed to calamine
                grid = SheetGrid(source.name, shown, [], hidden, kind=kind, refused=True)
                grid.notes.append(Finding("lembar_terlalu_besar_dilewati", source.name, shown,
                                          params=scan.refused))
                sheets.append(grid)
                continue
            rows, merged, cut = _read_sheet(book, meta.name, split.get(meta.name))
            grid = SheetGrid(source.name, shown, rows, hidden, merged, kind=kind)
            _note_cut(grid, cut)
            if scan is not None and scan.stray_count:
                _note_strays(grid, scan)
            extra = extras.get(meta.name)
            if extra is not None:
                grid.hidden_columns = extra.hidden_columns
                grid.percent_cells = extra.percent_cells
                _fill_formulas(grid, extra.uncached)
            sheets.append(grid)
    except Exception as exc:
        raise ReadError("berkas_rusak", alasan=_reason(exc)) from exc
    finally:
        book.close()
    return sheets


def _read_sheet(book, name: str, pieces: Splitter | None,
                ) -> tuple[list[list[Any]], list, list[tuple[int, int]]]:
    """One sheet's tidy grid, merged ranges and cut cells: from its pieces
    when it is big."""
    joined = pieces.result() if pieces is not None else None
    if joined is not None:
        return joined  # each piece tidied in its own thread
    sheet = book.get_sheet_by_name(name)
    cut: list[tuple[int, int]] = []
    return (tidy(sheet.to_python(skip_empty_area=False), cut=cut),
            list(getattr(sheet, "merged_cell_ranges", None) or []), cut)


MAX_CUT_NOTES = 20  # per sheet; the first ones say enough


def _note_strays(grid: SheetGrid, scan: SheetScan) -> None:
    """A finding for each stray cell set aside (the first few: they say enough)."""
    rows, columns = scan.extent or (scan.strip.rows, scan.strip.columns)  # what is read
    table = f"A1:{column_letters(max(columns, 1))}{max(rows, 1)}"
    for stray in scan.strays:
        grid.notes.append(Finding(
            "sel_jauh_diabaikan", grid.file, grid.name, stray.row,
            column_letters(stray.column), escape_controls(stray.value),
            params={"tabel": table, "jumlah": scan.stray_count}))


def _note_cut(grid: SheetGrid, cut: list[tuple[int, int]]) -> None:
    """A finding for each cell whose text was cut at Excel's 32,767 characters."""
    for row, col in sorted(cut)[:MAX_CUT_NOTES]:
        grid.notes.append(Finding("sel_terpotong", grid.file, grid.name, row + 1,
                                  column_letters(col + 1), params={"batas": "32.767"}))


# How far outside its grid a formula saved without a value may still be
# computed: a total row under a table is; one far away (a stray cell, or a
# bait to make the grid a million rows long) is left blank.
_FORMULA_REACH_ROWS, _FORMULA_REACH_COLUMNS = 1_000, 100


def _fill_formulas(grid: SheetGrid, uncached: dict[tuple[int, int], str]) -> None:
    """Compute simple formulas saved without a value; leave the rest blank, noted."""
    width = max(map(len, grid.rows), default=0)
    for (row, col), formula in sorted(uncached.items()):
        if row >= len(grid.rows) + _FORMULA_REACH_ROWS or col >= width + _FORMULA_REACH_COLUMNS:
            grid.unevaluated[(row, col)] = formula
            continue
        try:
            value = evaluate(formula, grid.cell)
        except (Unsupported, ValueError, RecursionError, ZeroDivisionError):
            value = None
        if value is None or (isinstance(value, float) and not math.isfinite(value)):
            grid.unevaluated[(row, col)] = formula  # left blank, noted (grids hold no NaN)
            continue
        while len(grid.rows) <= row:
            grid.rows.append([])
        while len(grid.rows[row]) <= col:
            grid.rows[row].append(None)
        grid.rows[row][col] = value
        grid.computed[(row, col)] = formula


def _reason(exc: Exception) -> str:
    text = str(exc).lower()
    if "password" in text or "encrypt" in text:
        return "berkas dilindungi kata sandi"
    if "zip" in text or "eof" in text or "invalid" in text or "cfb" in text:
        return "berkas rusak atau tidak lengkap"
    return "format berkas tidak dikenali"


def _xml_reason(exc: Exception) -> str:
    name = type(exc).__name__
    if "Entities" in name or "DTD" in name or "External" in name:
        return "berkas XML memuat entitas yang tidak diizinkan"
    return "isi XML rusak"
