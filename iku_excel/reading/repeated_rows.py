"""A register exported twice is counted once (inputs.md, "What is not a record").

Staff copy a list to a second sheet, save a "- Copy" of a file, keep a
year's list beside the monthly sheets it was put together from. A row whose
every field (the No column aside: copies renumber) equals a row of another
table of the same source is the same record: it is counted where it was
first found and left out of the other table, with a note naming both places.
A file or sheet whose name says it is a copy ("- Copy", "Salinan", "(2)")
gives way to the original. Rows repeated inside one table are not touched:
two equal lines of one list may be two events.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import PurePath
from typing import Any

from iku_excel.findings import Finding, rows_text
from iku_excel.reading.table import DetectedTable
from iku_excel.values import is_blank, parse_date, parse_number

_COPY = re.compile(r"(?:\bcopy\b|\bsalinan\b|\bduplikat\b|\(\d+\)\s*$|\bkopi\b)", re.I)
SKIP_REASON = "sama dengan lembar lain"


def drop_repeats(tables: list[DetectedTable]) -> list[Finding]:
    """Leave out of later tables the rows an earlier table of the same source
    already holds; one finding per pair of tables, naming both sets of rows.
    The k-th equal row of a later table is the k-th of the earlier one: two
    equal raids in the original are two violations, and their copies two
    repeats."""
    order = sorted(range(len(tables)), key=lambda i: (_is_copy(tables[i]), i))
    seen: dict[tuple, list[tuple[DetectedTable, int]]] = defaultdict(list)
    findings: list[Finding] = []
    for table in (tables[i] for i in order):
        fields = tuple(sorted(k for k in table.columns if k != "no"))
        keep_rows, keep_cells, mine = [], [], []
        taken: dict[tuple, int] = defaultdict(int)  # key -> earlier rows matched so far
        repeats: dict[int, list[tuple[int, int]]] = defaultdict(list)  # earlier table -> pairs
        earlier_of: dict[int, DetectedTable] = {}
        for row, cells in zip(table.rows, table.cells):
            key = _key(table, fields, cells)
            earlier = seen.get(key, ()) if key is not None else ()
            if taken[key] < len(earlier):
                first_table, first_row = earlier[taken[key]]
                taken[key] += 1
                repeats[id(first_table)].append((row, first_row))
                earlier_of[id(first_table)] = first_table
                continue
            if key is not None:
                mine.append((key, row))
            keep_rows.append(row)
            keep_cells.append(cells)
        for key, row in mine:
            seen[key].append((table, row))
        if not repeats:
            continue
        table.rows[:], table.cells[:] = keep_rows, keep_cells
        for ident, pairs in repeats.items():
            earlier = earlier_of[ident]
            rows = [r for r, _ in pairs]
            table.skipped.setdefault(SKIP_REASON, []).extend(rows)
            findings.append(Finding("baris_ganda", table.file, table.sheet, rows[0], params={
                "jumlah": len(rows), "baris": rows_text(rows, None),
                "tempat": f"{earlier.file}, lembar {earlier.sheet}",
                "baris_asal": rows_text(sorted(r for _, r in pairs), None)}))
    return findings


def _key(table: DetectedTable, fields: tuple[str, ...], cells: list[Any]) -> tuple | None:
    """The record's fields, as compared: None for a row too empty to tell."""
    values = []
    for key in fields:
        index = table.columns[key].index
        values.append(_same(cells[index] if index < len(cells) else None))
    if sum(v is not None for v in values) < 2:
        return None
    return (fields, tuple(values))


_DIGIT = re.compile(r"\d")


def _same(value: Any) -> Any:
    """One form per value: 'Ya ' is 'ya', 5.0 is 5, a date-time its date; a
    number or a date kept as text ('3', '03/01/2025': a csv, a text cell) is
    that number or date, so an xlsx saved from the csv repeats it."""
    if is_blank(value):
        return None
    if isinstance(value, str):
        text = " ".join(value.split())
        if not _DIGIT.search(text):
            return text.casefold()  # names and words: no number or date to read
        number = parse_number(text)
        if number is not None:
            return _same(number)
        date = parse_date(text)
        return date if date is not None else text.casefold()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _is_copy(table: DetectedTable) -> bool:
    return bool(_COPY.search(PurePath(table.file).stem) or _COPY.search(table.sheet))
