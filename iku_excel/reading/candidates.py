"""Columns a field could be read from besides the one matched: a header
naming a year ('Dibina 2016 | Dibina 2017', a merged 'Pembinaan 2016' over
'Dibina | Tanggal'), two equal headers, or one header merged over two
columns (the printed attendance form: odd numbers sign left, even right).

Which year's column counts is decided once year n is known
(validate/year_columns.py); here the candidates are only found. Matching
reads the headers without their years, so 'Dibina 2016' and 'Dibina 2017'
name the same field and neither is taken silently for the other."""

from __future__ import annotations

import re

from iku_excel.reading.grid import SheetGrid
from iku_excel.reading.headers import MIN_SCORE, written_header
from iku_excel.reading.table import Column
from iku_excel.schema import Source

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
# Sources whose columns may be chosen by year: the registers. The survey
# reads its elements its own way; the settings sheet has no such columns.
_REGISTERS = {"pelanggaran", "konflik", "hadir", "usulan", "ormas", "lembaga"}


def without_years(texts: list[list[str]]) -> tuple[list[list[str]], list[int | None]]:
    """The header texts with the year taken out, and the one year each
    column's header names (None: none, or several)."""
    stripped: list[list[str]] = []
    years: list[int | None] = []
    for options in texts:
        found = {int(y) for text in options for y in _YEAR.findall(text)}
        if not found:
            stripped.append(options)
            years.append(None)
            continue
        cleaned = [" ".join(_YEAR.sub(" ", text).split()) for text in options]
        kept = list(dict.fromkeys(t for t in cleaned if t))
        stripped.append(kept or [""])
        years.append(found.pop() if len(found) == 1 else None)
    return stripped, years


def find_candidates(grid: SheetGrid, source: Source, top: int, height: int,
                    texts: list[list[str]], years: list[int | None],
                    columns: dict[str, Column],
                    ) -> tuple[dict[str, list[tuple[Column, int | None]]], dict[str, list[int]]]:
    """(field -> every column it could be read from, with the year its header
    names, where there is more than one or a year; field -> the columns its
    merged header also covers)."""
    if source.code not in _REGISTERS:
        return {}, {}
    used = {c.index for c in columns.values()}
    alternatives: dict[str, list[tuple[Column, int | None]]] = {}
    also: dict[str, list[int]] = {}
    for key, column in columns.items():
        field_ = source.field(key)
        best = max(map(field_.score, texts[column.index]), default=0.0)
        span = _merged_span(grid, top, height, column.index)
        # The same header again (its year aside): 'Desa' beside 'Lokasi' are
        # two words for a place, the second no candidate for the first.
        ties = [i for i, options in enumerate(texts)
                if i not in used and options == texts[column.index] and best >= MIN_SCORE]
        beside = [i for i in ties if i in span]
        if beside:
            # One header over several columns is one field, not two candidates.
            if key == "tanda_tangan":
                also[key] = beside
            ties = [i for i in ties if i not in span]
        if ties or years[column.index] is not None:
            alternatives[key] = [(Column(i, written_header(grid, top, height, i)), years[i])
                                 for i in sorted([column.index, *ties])]
    return alternatives, also


def _merged_span(grid: SheetGrid, top: int, height: int, col: int) -> set[int]:
    """The columns the header cell of `col` is merged over, in the header's
    lowest row that has such a merge (the field's own header, not a group
    heading above it)."""
    for row in range(top + height - 1, top - 1, -1):
        for (r0, c0), (r1, c1) in grid.merged:
            if r0 <= row <= r1 and c0 <= col <= c1 and c1 > c0:
                if row == top and height == 2 and r1 == top:
                    continue  # a group heading over several fields ('Pembinaan 2017')
                return set(range(c0, c1 + 1)) - {col}
    return set()
