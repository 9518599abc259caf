"""The tables staff keep that a catalogue row names (catalogue.md,
"Tables"): found by their Tabel words in a sheet name, a file name or the
title rows above a header, the header being the row that holds the columns
the row's conditions, Kolom Nilai and Kolom Tanggal name. The records under
it are read by the reader of every source (reading/body.py): titles,
numbering rows, totals and signatures, blank rows, two-row headers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePath

from iku_excel.catalogue.builtin import builtin_source
from iku_excel.catalogue.model import NILAI, NO_DATE_FILTER, Catalogue, CatalogueRow
from iku_excel.findings import Finding
from iku_excel.reading.body import read_records
from iku_excel.reading.detect import cell_notes
from iku_excel.reading.grid import SheetGrid
from iku_excel.reading.headers import HEADER_SEARCH_ROWS, header_texts, written_header
from iku_excel.reading.repeated_rows import drop_repeats
from iku_excel.reading.table import Column, DetectedTable, column_letter
from iku_excel.schema import NO, Field, Source
from iku_excel.values import is_blank, norm_text

# A column headed just this is a table's date when Kolom Tanggal is blank;
# never a longer name ('Tanggal Penyampaian', 'Tanggal Lahir').
DATE_HEADERS = frozenset({"tanggal", "tgl", "hari tanggal", "hari tgl", "tahun"})
OWN_TABLE = "tabel:"  # how the source code of a table staff keep begins
_EXTENSIONS = (".xlsx", ".xls", ".xlsm", ".ods", ".csv")


@dataclass
class FoundTable:
    """A Tabel's table in one sheet: its records, and its columns by name."""
    table: DetectedTable
    names: dict[str, str]         # normalised header text -> column key
    grid: SheetGrid

    @property
    def headers(self) -> list[str]:
        return [c.header for c in sorted(self.table.columns.values(), key=lambda c: c.index)]


@dataclass
class Lookup:
    """Where one Tabel was looked for, and what was found."""
    tabel: str
    tables: list[FoundTable] = field(default_factory=list)
    named: list[SheetGrid] = field(default_factory=list)  # sheets its words name
    seen: list[str] = field(default_factory=list)         # 'file / sheet' of every sheet


def tabel_key(tabel: str) -> str:
    text = tabel.strip()
    for extension in _EXTENSIONS:
        if text.lower().endswith(extension):
            text = text[:-len(extension)]
    return norm_text(text)


def custom_rows(catalogue: Catalogue) -> dict[str, list[CatalogueRow]]:
    """Tabel key -> the sound catalogue rows that count a table staff keep."""
    found: dict[str, list[CatalogueRow]] = {}
    for row in catalogue.rows:
        if row.broken is None and row.tabel and row.cara != NILAI \
                and builtin_source(row.tabel) is None:
            found.setdefault(tabel_key(row.tabel), []).append(row)
    return found


def named_columns(row: CatalogueRow) -> list[str]:
    """The columns a row names: its conditions', Kolom Nilai, Kolom Tanggal."""
    names = [c.column for c in (*row.syarat_pembilang, *row.syarat_penyebut)]
    names += [n for n in (row.kolom_nilai, row.kolom_tanggal) if n and n != NO_DATE_FILTER]
    return list(dict.fromkeys(names))


def find_tables(catalogue: Catalogue, grids: Iterable[SheetGrid]) -> dict[str, Lookup]:
    """Tabel key -> its lookup, for every table staff keep the catalogue names."""
    grids = list(grids)
    lookups = {}
    for key, rows in custom_rows(catalogue).items():
        needed = {norm_text(n) for row in rows for n in named_columns(row)}
        lookup = Lookup(rows[0].tabel or key, seen=[f"{g.file} / {g.name}" for g in grids])
        for grid in grids:
            header = _header(grid, needed)
            if not _names(key, grid, header):
                continue
            lookup.named.append(grid)
            if header is not None and (header[2] or not needed):
                lookup.tables.append(_read(grid, header, lookup.tabel))
        lookups[key] = lookup
    return lookups


def _names(key: str, grid: SheetGrid, header: tuple[int, int, int] | None) -> bool:
    """Whether the Tabel's words are all among the sheet name's, the file
    name's, or the title rows' above the header."""
    wanted = set(key.split())
    if not wanted:
        return False
    top = header[0] if header is not None else min(6, len(grid.rows))
    title = " ".join(str(v) for row in grid.rows[:top] for v in row if isinstance(v, str))
    return any(wanted <= set(norm_text(text).split())
               for text in (grid.name, PurePath(grid.file).stem, title))


def _header(grid: SheetGrid, needed: set[str]) -> tuple[int, int, int] | None:
    """(top, height, columns named) of the row heading the table: the one
    holding most of the needed columns (with none needed, the first row of
    two or more texts); two rows high where merged cells join it to the
    row under it."""
    best = None
    for top in range(min(HEADER_SEARCH_ROWS, len(grid.rows))):
        texts = [v for v in grid.rows[top] if not is_blank(v)]
        if len(texts) < 2 or not all(isinstance(v, str) for v in texts):
            continue
        height = 2 if _two_rows(grid, top) else 1
        if not needed:
            return top, height, 0
        options = {t for column in header_texts(grid, top, height) for t in column}
        score = len(needed & options)
        if score and (best is None or score > best[2]):
            best = (top, height, score)
    return best


def _two_rows(grid: SheetGrid, top: int) -> bool:
    """A header over two rows: a cell merged down into the next row, or across
    columns that the next row heads one by one ('Identitas' over Nama | NIK)."""
    if top + 1 >= len(grid.rows):
        return False
    below = [v for v in grid.rows[top + 1] if not is_blank(v)]
    if not below or not all(isinstance(v, str) for v in below):
        return False
    return any(r0 == top and (r1 > top or c1 > c0) for (r0, c0), (r1, c1) in grid.merged)


def _read(grid: SheetGrid, header: tuple[int, int, int], tabel: str) -> FoundTable:
    """The records under the header, every headed column a field of its own
    (a blank cell in the counted column still leaves the row in the table)."""
    top, height, _ = header
    texts = header_texts(grid, top, height)
    fields, columns, names = [], {}, {}
    for index, options in enumerate(texts):
        if options == [""]:
            continue
        key = "no" if any(NO.score(t) >= 1.0 for t in options) and "no" not in columns \
            else options[-1]
        if key in columns:  # two columns headed alike: told apart by their letter
            key = f"{key} ({column_letter(index)})"
        fields.append(Field(key, tuple(options)))
        columns[key] = Column(index, written_header(grid, top, height, index))
        for text in options:
            names.setdefault(text, key)
    source = Source(f"{OWN_TABLE}{norm_text(tabel)}", f"tabel {tabel}", tuple(fields), (), "")
    table = read_records(grid, source, top, height, columns)
    table.title = " ".join(str(v).strip() for row in grid.rows[:top] for v in row
                           if isinstance(v, str) and v.strip())
    return FoundTable(table, names, grid)


def default_date_key(found: FoundTable) -> str | None:
    """The column a blank Kolom Tanggal means: one headed just Tanggal, Tgl,
    Hari/Tanggal or Tahun (the first such); None when the table has none."""
    for key, column in sorted(found.table.columns.items(), key=lambda kv: kv[1].index):
        if norm_text(column.header) in DATE_HEADERS:
            return key
    return None


# A sheet a Tabel claims was judged no source table while reading: that
# judgement goes, the table is the catalogue's now.
_JUDGED = {"lembar_tidak_dikenali", "lembar_tanpa_judul_kolom", "lembar_ringkasan"}


def claim(lookups: dict[str, Lookup], tables: list[DetectedTable], unrecognised: list,
          summaries: list, findings: list[Finding]) -> None:
    """Add the tables the catalogue names to the run's tables (in place),
    with the notes on their cells, each Tabel's repeated rows counted once.
    A claimed sheet is no longer an unrecognised sheet or a summary, nor a
    built-in source's table (said in a note): the catalogue named it."""
    claimed = {(t.table.file, t.table.sheet): lookup.tabel for lookup in lookups.values()
               for t in lookup.tables}
    if not claimed:
        return
    for table in tables:
        if (table.file, table.sheet) in claimed:
            findings.append(Finding("lembar_tabel_katalog", table.file, table.sheet, params={
                "tabel": claimed[(table.file, table.sheet)], "sumber": table.source.label}))
    tables[:] = [t for t in tables if (t.file, t.sheet) not in claimed]
    unrecognised[:] = [u for u in unrecognised if (u.file, u.sheet) not in claimed]
    summaries[:] = [s for s in summaries if (s.file, s.sheet) not in claimed]
    findings[:] = [f for f in findings if f.code not in _JUDGED
                   or (f.file, f.sheet) not in claimed]
    for lookup in lookups.values():
        findings.extend(drop_repeats([t.table for t in lookup.tables]))
        for found in lookup.tables:
            findings.extend(cell_notes(found.grid, found.table))
            tables.append(found.table)
