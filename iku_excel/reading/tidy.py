"""Every grid says blank one way, None; and holds only what a cell can.

Used by every reader (workbook.py) and by each half of a big sheet
(halves.py), so the rest of the program never meets "", a cell of spaces,
NaN or infinity.
"""

from __future__ import annotations

import math
from itertools import chain, compress, filterfalse
from typing import Any

MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
_BLOCK = 4096  # rows looked at together by tidy()


def tidy(rows: list[list[Any]]) -> list[list[Any]]:
    """Every grid says blank one way, None; and holds only what a cell can.

    calamine gives "" for an empty cell; a cell of spaces is blank too. NaN
    and infinity (calamine reads "nan"/"inf" from a <v>; Excel cannot store
    them) become None and the text "inf". Text longer than an Excel cell is
    cut. The distinct values of a block of rows are looked at first (a set
    built at C speed), so a clean row costs next to nothing. Changes the
    rows in place and returns them."""
    for start in range(0, len(rows), _BLOCK):
        block = rows[start:start + _BLOCK]
        try:
            distinct = set(chain.from_iterable(block))
        except TypeError:  # an unhashable value: cell by cell
            for row in block:
                row[:] = [_tidy_value(v) for v in row]
            continue
        fixes = _fixes(distinct)
        if fixes.pop("", _KEEP) is not _KEEP:
            for row in block:  # list.index finds the "" at C speed
                at = 0
                try:
                    while True:
                        at = row.index("", at)
                        row[at] = None
                except ValueError:
                    pass
        if fixes:
            # fixes.get(v, v): NaN is found too, as the very object the set holds.
            fixed, clean = fixes.get, fixes.keys().isdisjoint
            for row in block:
                if not clean(row):
                    row[:] = map(fixed, row, row)
    return rows


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


_KEEP = object()
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
