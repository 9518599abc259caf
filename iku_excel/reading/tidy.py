"""Every grid says blank one way, None; and holds only what a cell can.

Used by every reader (workbook.py) and by each piece of a big sheet
(pieces.py), so the rest of the program never meets "", a cell of spaces,
NaN or infinity.
"""

from __future__ import annotations

import datetime as dt
import math
from itertools import chain, compress, filterfalse
from typing import Any

MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
_BLOCK = 4096  # rows looked at together by tidy()


def tidy(rows: list[list[Any]], plain: bool = False,
         cut: list[tuple[int, int]] | None = None) -> list[list[Any]]:
    """Every grid says blank one way, None; and holds only what a cell can.

    calamine gives "" for an empty cell; a cell of spaces is blank too. NaN
    and infinity (calamine reads "nan"/"inf" from a <v>; Excel cannot store
    them) become None and the text "inf". Text longer than an Excel cell is
    cut. Equal cells end up as one shared object: calamine makes a new
    Python object for every cell, and a survey repeats the same few answers,
    services and dates 100k times (a third of the memory of a 100k-row grid;
    benchmarks/README.md). The distinct values of a block of rows are looked at first (a
    set built at C speed); every cell is then looked up once in a table of
    them. `plain` is the caller's word that every cell is text, a float or a
    date (an xlsx sheet without TRUE/FALSE: calamine reads every number
    there as a float), so the kinds of a block need no pass of their own.
    `cut` collects (row, column) of every text cut, 0-based in `rows`.
    Changes the rows in place and returns them."""
    for start in range(0, len(rows), _BLOCK):
        block = rows[start:start + _BLOCK]
        try:
            distinct = set(chain.from_iterable(block))
        except TypeError:  # an unhashable value: cell by cell
            if cut is not None:
                _note_cuts(block, start, cut, lambda v: isinstance(v, str) and _too_long(v))
            for row in block:
                row[:] = [_tidy_value(v) for v in row]
            continue
        table = _shared(distinct, plain or set(map(type, chain.from_iterable(block))) <= _PLAIN)
        fixes = _fixes(distinct)
        table.update(fixes)
        if cut is not None:
            long = {v for v in fixes if type(v) is str and _too_long(v)}
            if long:  # rare: only then is the block looked at cell by cell
                _note_cuts(block, start, cut, long.__contains__)
        look_up = table.get
        for row in block:
            row[:] = map(look_up, row, row)
    return rows


def _too_long(text: str) -> bool:
    return len(text) > MAX_CELL_CHARS


def _note_cuts(block: list[list[Any]], start: int, cut: list[tuple[int, int]],
               is_cut: Any) -> None:
    for r, row in enumerate(block, start):
        cut.extend((r, c) for c, value in enumerate(row) if is_cut(value))


def _shared(distinct: set[Any], plain: bool) -> dict[Any, Any]:
    """value -> the one object that stands for every cell equal to it.

    Equal is not always the same: True == 1 == 1.0 and 0.0 == -0.0, and a
    set keeps only one of them. So all values are shared only when the
    block is plain (text, floats and dates, as an xlsx holds), and zero
    never; otherwise (an xls has ints, a sheet may have TRUE) only text."""
    if plain:
        table = dict(zip(distinct, distinct))
        table.pop(0.0, None)
        return table
    return {v: v for v in distinct if type(v) is str}


def _fixes(distinct: set[Any]) -> dict[Any, Any]:
    """value -> its tidy form, for the values of `distinct` that change.

    Found with C-speed passes (a survey block holds thousands of distinct
    numbers and dates, all fine): blank text (not v.strip() is v == "" or
    v.isspace()), text over MAX_CELL_CHARS, and floats that are not finite."""
    texts = [*filter(_is_text, distinct)]
    odd = [*compress(texts, map(str.isspace, texts))]
    if texts and max(map(len, texts)) > MAX_CELL_CHARS:
        odd += [v for v in texts if len(v) > MAX_CELL_CHARS]
    odd += filterfalse(math.isfinite, filter(_is_float, distinct))
    fixes = {v: _tidy_value(v) for v in odd}
    if "" in distinct:
        fixes[""] = None
    return fixes


# Types whose equal values are interchangeable (apart from -0.0).
_PLAIN = {str, float, type(None), dt.date, dt.datetime, dt.time, dt.timedelta}
_is_text = str.__instancecheck__
_is_float = float.__instancecheck__


def _tidy_value(value: Any) -> Any:
    if isinstance(value, str):
        if not value.strip():
            return None
        if len(value) > MAX_CELL_CHARS:
            return value[:MAX_CELL_CHARS]
    elif isinstance(value, float) and not math.isfinite(value):
        return None if value != value else str(value)
    return value
