"""The table found in a sheet: its source, header rows, which column holds
which field, and the records (each with its Excel row); or why a sheet was
not recognised."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from iku_excel.reading.names import column_letters
from iku_excel.schema import Source


@dataclass
class Column:
    index: int      # 0-based
    header: str     # the header text as written (both rows joined)

    @property
    def letter(self) -> str:
        return column_letter(self.index)


_BLOCK = 8192  # rows read together by DetectedTable.blocks_of


@dataclass
class DetectedTable:
    source: Source
    file: str
    sheet: str
    header_row: int                 # 1-based, first header row
    header_height: int              # 1 or 2
    columns: dict[str, Column]      # field key -> column
    hidden: bool = False
    # One entry per record: its Excel row, and its row of the sheet as read
    # (the grid's own list, not a copy: a survey may have 100k of them).
    rows: list[int] = field(default_factory=list)
    cells: list[list[Any]] = field(default_factory=list)
    nihil_rows: list[int] = field(default_factory=list)
    dropped: list[tuple[int, str]] = field(default_factory=list)  # data-like rows not used
    skipped: dict[str, list[int]] = field(default_factory=dict)  # reason -> Excel rows
    # Rows that look like records but are not (a numbered footer, an example),
    # told in Catatan Data: (Excel row, what the row is, its label).
    not_records: list[tuple[int, str, str]] = field(default_factory=list)
    title: str = ""                 # the text of the rows above the header
    # Header cells not matched to a field that nearly name a missing one
    # ('Unusr 8' for U8): the column as written, and the field's name for staff.
    near_misses: list[tuple[Column, str]] = field(default_factory=list)
    # Fields more than one column could be (a year in their headers: 'Dibina
    # 2016 | Dibina 2017'): every candidate column and the year its header
    # names. validate/year_columns.py keeps year n's once year n is known.
    year_columns: dict[str, list[tuple[Column, int | None]]] = field(default_factory=dict)
    # Notes on the cells of those candidate columns (hidden, formulas), told
    # only for the column that is kept.
    candidate_notes: dict[int, list[Any]] = field(default_factory=dict)
    # A field whose header is merged over several columns (a signature
    # column: odd numbers sign left, even right): the columns beside its own,
    # given with each record as "<key>+" (records).
    also: dict[str, list[int]] = field(default_factory=dict)
    # A settings sheet: the Excel rows whose value is shown as a percentage
    # (0,85 as 85%); None where the file does not say.
    percent_rows: frozenset[int] | None = None

    def values(self, key: str) -> list[Any]:
        """One field of every record, in order; None where a row is too short."""
        return self.values_at(self.columns[key].index)

    def values_at(self, index: int) -> list[Any]:
        try:
            return list(map(itemgetter(index), self.cells))  # at C speed
        except IndexError:  # some row is shorter
            return [cell_of(row, index) for row in self.cells]

    def columns_of(self, keys: list[str]) -> dict[str, list[Any]]:
        """Several fields of every record, in one pass over the rows."""
        found: list[list[Any]] = [[] for _ in keys]
        for block in self.blocks_of([self.columns[key].index for key in keys]):
            for column, cells in zip(found, zip(*block)):
                column.extend(cells)
        return dict(zip(keys, found))

    def blocks_of(self, indexes: list[int]) -> Iterator[list[tuple[Any, ...]]]:
        """These columns' cells, a tuple per record, a block of records at a
        time: a survey has 100k row lists, and each visit to one costs more
        than taking a few cells from it; a block keeps the lists made from
        them small. None where a row is too short."""
        if not indexes:
            return
        take = itemgetter(*indexes)  # one index: a cell, not a tuple; zip makes it one
        for start in range(0, len(self.cells), _BLOCK):
            rows = self.cells[start:start + _BLOCK]
            try:  # at C speed
                yield list(map(take, rows)) if len(indexes) > 1 else list(zip(map(take, rows)))
            except IndexError:  # some row is shorter
                yield [tuple(cell_of(row, i) for i in indexes) for row in rows]

    def first_records(self, count: int) -> list[dict[str, Any]]:
        """Field key -> value of the first `count` records."""
        fields = [(key, col.index) for key, col in self.columns.items()]
        return [record_of(row, fields) for row in self.cells[:count]]

    @property
    def records(self) -> list[tuple[int, dict[str, Any]]]:
        """(Excel row, field key -> value) per record, built on request: for
        the registers, which are short. Big tables go by `values`."""
        fields = [(key, col.index) for key, col in self.columns.items()]
        if self.also:  # the field's other columns, as "<key>+": [their cells]
            return [(excel_row, {**record_of(row, fields), **{
                f"{key}+": [cell_of(row, i) for i in indexes]
                for key, indexes in self.also.items()}})
                for excel_row, row in zip(self.rows, self.cells)]
        return [(excel_row, record_of(row, fields))
                for excel_row, row in zip(self.rows, self.cells)]


def record_of(row: list[Any], fields: list[tuple[str, int]]) -> dict[str, Any]:
    """Field key -> value of one sheet row; None where the row is too short
    (cell_of, written inline: the careful path calls this for every row)."""
    width = len(row)
    return {key: row[i] if i < width else None for key, i in fields}


def cell_of(row: list[Any], index: int) -> Any:
    """A row's cell; None where the row is too short (a csv line, say)."""
    return row[index] if index < len(row) else None


@dataclass
class Unrecognised:
    file: str
    sheet: str
    headers: list[str]
    closest: Source | None
    missing: list[str]              # the missing fields, as staff name them
    near_misses: list[tuple[str, str]] = field(default_factory=list)  # header -> field name
    no_header: bool = False         # its first rows are data: the header row is missing




def column_letter(index: int) -> str:
    """0 -> A: a 0-based column as Excel names it."""
    return column_letters(index + 1)
