"""Find the source table in a sheet by its header words.

A sheet as staff keep it: title rows, a header (sometimes over two rows,
merged), a numbering row (1 | 2 | 3), data with blank rows and group
headings, then a JUMLAH row and signature lines. headers.py finds the header
and what it names, body.py reads the records under it; only the data rows
leave, each with its Excel row number (table.py).
"""

from __future__ import annotations

from iku_excel.findings import Finding
from iku_excel.reading.body import read_records
from iku_excel.reading.candidates import find_candidates, without_years
from iku_excel.reading.grid import SheetGrid
from iku_excel.reading.headers import (
    HEADER_SEARCH_ROWS,
    filled_cells,
    first_text_row,
    header_texts,
    match_columns,
    missing,
    near_misses,
    satisfies,
    second_row_weight,
    starts_with_data,
    written_header,
)
from iku_excel.reading.table import Column, DetectedTable, Unrecognised, column_letter
from iku_excel.schema import ALL_SOURCES, Source
from iku_excel.values import is_blank


def detect(grid: SheetGrid) -> DetectedTable | Unrecognised | None:
    """The best-matching source table of the sheet; None for an empty sheet."""
    if not any(not is_blank(v) for row in grid.rows for v in row):
        return None
    best: tuple[float, int, int, Source, dict[str, Column]] | None = None
    closest: tuple[float, Source, dict[str, Column], list[list[str]], int, int] | None = None
    last_top = min(HEADER_SEARCH_ROWS, len(grid.rows)) - 1
    for top in range(last_top + 1):
        if top > last_top:
            break
        if filled_cells(grid.rows[top]) < 2:
            continue
        single: dict[str, float] = {}
        for height in (1, 2):
            texts, _ = without_years(header_texts(grid, top, height))
            for source in ALL_SOURCES:
                columns, score = match_columns(source, texts)
                if height == 1:
                    single[source.code] = score
                if len(columns) < 2:
                    continue
                if not satisfies(source, columns):
                    if closest is None or score > closest[0]:
                        closest = (score, source, columns, texts, top, height)
                    continue
                # A second header row must earn its place (match more than the
                # first row alone); otherwise it is a data row.
                key = (score + second_row_weight(source, columns, texts, grid, top, height,
                                                  score - single.get(source.code, 0.0)), -top)
                # Rows below a found header are data: look one row further only.
                last_top = min(last_top, top + 1)
                if best is None or key > (best[0], -best[1]):
                    best = (key[0], top, height, source, columns)
    if best is None:
        headers = [str(v) for v in first_text_row(grid) if not is_blank(v)]
        if closest is None:
            return Unrecognised(grid.file, grid.name, headers, None, [],
                                no_header=starts_with_data(grid))
        _, src, columns, texts, top, height = closest
        misses = [(written_header(grid, top, height, c.index), label)
                  for c, label in near_misses(src, texts, columns)]
        return Unrecognised(grid.file, grid.name, headers, src, missing(src, columns), misses,
                            starts_with_data(grid))
    _, top, height, source, columns = best
    table = read_records(grid, source, top, height, columns)
    table.title = " ".join(str(v).strip() for row in grid.rows[:top] for v in row
                           if isinstance(v, str) and v.strip())
    texts, years = without_years(header_texts(grid, top, height))
    table.year_columns, table.also = find_candidates(grid, source, top, height, texts, years,
                                                     columns)
    table.near_misses = [(Column(c.index, written_header(grid, top, height, c.index)), label)
                         for c, label in near_misses(source, texts, columns)]
    return table



_NOT_RECORD = {"jumlah": "baris penjumlahan/rekap di bawah tabel, walaupun kolom No berisi angka",
               "contoh": "contoh pengisian dari format isian"}


def cell_notes(grid: SheetGrid, table: DetectedTable) -> list[Finding]:
    """Findings about cells the table uses: hidden columns, formulas
    without a saved value (computed or left blank)."""
    notes = [Finding("baris_tidak_dibaca", table.file, table.sheet, row, params={"alasan": why})
             for row, why in table.dropped]
    for row, kind, label in table.not_records:
        # An unnumbered JUMLAH row is plain to see (Cara Data Dibaca); a
        # numbered one, or an example, is a decision the tool made: told.
        notes.append(Finding("baris_bukan_data", table.file, table.sheet, row, None,
                             label.strip(), {"jenis": _NOT_RECORD[kind]}))
    for column, label in table.near_misses:
        notes.append(Finding("judul_kolom_mirip", table.file, table.sheet, table.header_row,
                             column.header, None, {"huruf": column.letter, "saran": label}))
    for key, candidates in list(table.year_columns.items()):
        if all(year is None for _, year in candidates):
            # Two columns for one field and no year to choose by: the first is
            # read, and said (validate/year_columns.py decides the others).
            del table.year_columns[key]
            notes.append(Finding("kolom_ganda", table.file, table.sheet, table.header_row,
                                 table.columns[key].header, None, {
                                     "dipakai": table.columns[key].letter,
                                     "lain": ", ".join(f"{c.letter} ({c.header})"
                                                       for c, _ in candidates
                                                       if c.index != table.columns[key].index)}))
    used = {c.index: c for c in table.columns.values()}
    pending = {c.index: c for candidates in table.year_columns.values() for c, _ in candidates}
    for index, note in _column_notes(grid, table, {**used, **pending}):
        if index in pending:  # told once year n says which column is read
            table.candidate_notes.setdefault(index, []).append(note)
        else:
            notes.append(note)
    return notes


def _column_notes(grid: SheetGrid, table: DetectedTable, used: dict[int, Column],
                  ) -> list[tuple[int, Finding]]:
    """(column, note) for the columns read: hidden, formulas computed here or
    saved without a value."""
    notes = [(index, Finding("kolom_tersembunyi", table.file, table.sheet, None,
                             f"{used[index].letter} ({used[index].header})"))
             for index in sorted(grid.hidden_columns & set(used))]
    rows = {row - 1 for row in table.rows}
    for cells, code in ((grid.computed, "rumus_dihitung"), (grid.unevaluated, "rumus_tanpa_nilai")):
        for (row, col), formula in sorted(cells.items()):
            if row in rows and col in used:
                notes.append((col, Finding(code, table.file, table.sheet, row + 1,
                                           column_letter(col), formula)))
    return notes
