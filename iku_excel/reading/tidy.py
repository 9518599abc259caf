"""Every grid says blank one way, None; and holds only what a cell can.

Used by every reader (workbook.py) and by each half of a big sheet
(halves.py), so the rest of the program never meets "", a cell of spaces,
NaN or infinity.
"""

from __future__ import annotations

import math
from itertools import chain
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
        fixes = {v: fixed for v in distinct if (fixed := _tidy_value(v)) is not v}
        if not fixes:
            continue
        blank = fixes.pop("", _KEEP)
        if blank is not _KEEP:
            for row in block:  # list.index finds the "" at C speed
                at = 0
                try:
                    while True:
                        at = row.index("", at)
                        row[at] = None
                except ValueError:
                    pass
        if fixes:
            for row in block:
                if not fixes.keys().isdisjoint(row):
                    row[:] = [fixes.get(v, v) for v in row]
    return rows


_KEEP = object()


def _tidy_value(value: Any) -> Any:
    kind = value.__class__
    if kind is str:
        if not value.strip():
            return None
        if len(value) > MAX_CELL_CHARS:
            return value[:MAX_CELL_CHARS]
    elif kind is float and not math.isfinite(value):
        return None if value != value else str(value)
    return value
