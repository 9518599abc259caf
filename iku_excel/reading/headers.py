"""Which row of a sheet is its header, and which source and fields its
header words name (schema.py holds the words)."""

from __future__ import annotations

from typing import Any

from iku_excel.reading.grid import SheetGrid
from iku_excel.reading.table import Column
from iku_excel.schema import SKM_ELEMENT_KEYS, SKM_POSITION_KEYS, Source, field_label
from iku_excel.values import edit_distance, is_blank, norm_text, parse_date, parse_number

HEADER_SEARCH_ROWS = 30
MIN_SCORE = 0.5


def near_misses(source: Source, texts: list[list[str]], columns: dict[str, Column],
                 ) -> list[tuple[Column, str]]:
    """Header cells left unmatched that are one or two typing slips from a
    field still missing: 'Unusr 8' -> U8, 'Tangal' -> Tanggal."""
    used = {c.index for c in columns.values()}
    missing = [f for f in source.fields if f.key not in columns]
    found = []
    for index, options in enumerate(texts):
        if index in used or options == [""]:
            continue
        best: tuple[int, str] | None = None
        for field_ in missing:
            for alias in field_.aliases:
                if len(alias) < 4:
                    continue
                allowed = 1 if len(alias) <= 5 else 2
                for text in options:
                    if len(text) < 4:
                        continue
                    distance = edit_distance(text, alias, allowed)
                    if 0 < distance <= allowed and (best is None or distance < best[0]):
                        best = (distance, field_.key)
        if best is not None:
            found.append((Column(index, options[-1]), field_label(source, best[1])))
    return found


def written_header(grid: SheetGrid, top: int, height: int, index: int) -> str:
    parts = []
    for r in range(top, top + height):
        value = merged_value(grid, r, index)
        if not is_blank(value) and str(value).strip() not in parts:
            parts.append(str(value).strip())
    return " ".join(parts)


def starts_with_data(grid: SheetGrid) -> bool:
    """The sheet's first filled rows are records, not a header: numbered 1, 2
    down the first column, or mostly numbers and dates."""
    filled = [row for row in grid.rows[:HEADER_SEARCH_ROWS] if filled_cells(row) >= 2][:3]
    if not filled:
        return False
    firsts = [next(v for v in row if not is_blank(v)) for row in filled[:2]]
    if len(firsts) == 2 and [parse_number(v) for v in firsts] == [1.0, 2.0]:
        return True
    cells = [v for v in filled[0] if not is_blank(v)]
    data_like = sum(parse_number(v) is not None or parse_date(v) is not None for v in cells)
    return len(cells) >= 3 and data_like * 10 >= len(cells) * 6


def second_row_weight(source: Source, columns: dict[str, Column], texts: list[list[str]],
                       grid: SheetGrid, top: int, height: int, gain: float) -> float:
    """A second header row must earn its place: it raises the match, or each
    of its cells completes its column's header exactly ('Asal' over
    'Desa/Instansi', 'Hadir' over '(Ya/Tidak)'). Otherwise it is data."""
    if height == 1:
        return 0.0
    if gain > 1e-9:
        return 0.005
    fields = {c.index: source.field(k) for k, c in columns.items()}
    second = grid.rows[top + 1] if top + 1 < len(grid.rows) else []
    cells = [(i, v) for i, v in enumerate(second) if not is_blank(v)]
    if cells and all(isinstance(v, str) and i in fields and
                     max(fields[i].score(t) for t in texts[i][1:] or [""]) >= 1.0
                     for i, v in cells):
        return 0.005
    return -0.01


def match_columns(source: Source, texts: list[list[str]]) -> tuple[dict[str, Column], float]:
    """Assign header columns to fields, best match first, each used once."""
    key = (source.code, tuple(map(tuple, texts)))
    found = _MATCHED.get(key)
    if found is None:
        if len(_MATCHED) > 100_000:
            _MATCHED.clear()  # a bound on memory over a very long run
        found = _MATCHED[key] = _match_columns(source, texts)
    columns, total = found
    return dict(columns), total  # callers may not change what is kept


# The same header rows come back in every monthly sheet and every kecamatan
# folder of a run: each (source, header texts) is matched once per process.
_MATCHED: dict[tuple[str, tuple[tuple[str, ...], ...]], tuple[dict[str, Column], float]] = {}


def _match_columns(source: Source, texts: list[list[str]]) -> tuple[dict[str, Column], float]:
    candidates = []
    # A blank header cell ([""]) matches no field: left out before the loop.
    named = [(index, options) for index, options in enumerate(texts) if options != [""]]
    for field_ in source.fields:
        for index, options in named:
            score = max(map(field_.score, options), default=0.0)
            if score >= MIN_SCORE:
                candidates.append((score, index, field_.key, options[-1]))
    candidates.sort(key=lambda c: (-c[0], c[1]))
    columns: dict[str, Column] = {}
    used: set[int] = set()
    total = 0.0
    for score, index, key, header in candidates:
        if key in columns or index in used:
            continue
        columns[key] = Column(index, header)
        used.add(index)
        total += score
    return columns, total


def satisfies(source: Source, columns: dict[str, Column]) -> bool:
    if source.code == "skm":
        return _skm_elements(columns) >= 5
    return all(any(k in columns for k in group) for group in source.required)


def _skm_elements(columns: dict[str, Column]) -> int:
    return max(sum(k in columns for k in SKM_POSITION_KEYS),
               sum(k in columns for k in SKM_ELEMENT_KEYS))


def missing(source: Source, columns: dict[str, Column]) -> list[str]:
    """The missing fields as staff name them ('Jenis Pelanggaran atau Perda
    yang Dilanggar'), never by their keys."""
    if source.code == "skm":  # named against the usual nine; U10-U14 are for 14-element surveys
        return [k.upper() for k in SKM_POSITION_KEYS[:9] if k not in columns]
    return [" atau ".join(field_label(source, k) for k in group) for group in source.required
            if not any(k in columns for k in group)]


def filled_cells(row: list[Any]) -> int:
    return sum(not is_blank(v) for v in row)


def first_text_row(grid: SheetGrid) -> list[Any]:
    rows = grid.rows[:HEADER_SEARCH_ROWS]
    return max(rows, key=lambda r: sum(isinstance(v, str) and bool(v.strip()) for v in r))


def merged_value(grid: SheetGrid, row: int, col: int) -> Any:
    """A merged cell's value sits in its top-left cell only; spread it."""
    value = grid.cell(row, col)
    if not is_blank(value):
        return value
    for (r0, c0), (r1, c1) in grid.merged:
        if r0 <= row <= r1 and c0 <= col <= c1:
            return grid.cell(r0, c0)
    return None


def header_texts(grid: SheetGrid, top: int, height: int) -> list[list[str]]:
    """Per column, the header texts to try: each row alone and both joined."""
    width = max((len(grid.rows[r]) for r in range(top, min(top + height, len(grid.rows)))),
                default=0)
    texts: list[list[str]] = []
    groups = _group_columns(grid, top) if height == 2 else set()
    for col in range(width):
        parts = [norm_text(merged_value(grid, r, col))
                 for r in range(top, min(top + height, len(grid.rows)))]
        options = [p for p in parts if p]
        if len(options) == 2 and options[0] != options[1]:
            options.append(f"{options[0]} {options[1]}")
            if col in groups:
                # 'Pembinaan 2017' over 'Dibina | Tanggal': the column is its
                # own header under the group's ('Tanggal Pembinaan'), never
                # the group's name alone.
                options = [options[1], options[2], f"{options[1]} {options[0]}"]
        elif len(options) == 2:
            options = options[:1]
        texts.append(options or [""])
    return texts


def _group_columns(grid: SheetGrid, top: int) -> set[int]:
    """Columns under a heading merged across several columns in the header's
    first row only: a group of fields."""
    return {c for (r0, c0), (r1, c1) in grid.merged
            if r0 == r1 == top and c1 > c0 for c in range(c0, c1 + 1)}



def header_as_written(grid: SheetGrid, top: int, height: int,
                      columns: dict[str, Column]) -> dict[str, Column]:
    """Keep the staff's own header wording for messages ('kolom Status')."""
    return {key: Column(col.index, written_header(grid, top, height, col.index) or col.header)
            for key, col in columns.items()}

