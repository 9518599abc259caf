"""Stray cells: one value far below or to the right of a sheet's table.

calamine keeps a sheet as one dense block from its first cell to its last:
a table in A1:E200 with one stray value in XFD1000 or A999999 costs the
memory of sixteen million or a million empty cells, and a few such sheets
in a 7.5 KB workbook abort the process. The guard's exact pass over a
sheet (reading/guard.py) counts its filled cells per row and per column;
when the sheet's area is far larger than what is filled, `plan` finds the
table (the rows and columns where most cells are, up to the first wide gap)
and `rewrite` gives calamine the sheet without the cells beyond it, below
and to the right. Those cells are reported (`Stray`), not read. Cells above
or to the left of the table are kept: the grid starts at A1 anyway.
"""

from __future__ import annotations

import io
import re
import zipfile
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field

EXCEL_ROWS, EXCEL_COLUMNS = 1_048_576, 16_384
# A run of empty rows or columns this long ends a table: nothing staff lay
# out on one sheet has a gap like it; a stray cell always does.
ROW_GAP, COLUMN_GAP = 1_000, 100
MAX_REPORTED = 5      # stray values named per sheet; the rest are counted
_MAX_CARRY = 1 << 20  # one cell's XML, at most, waiting for the next chunk


class Counts:
    """Filled cells per row and per column, as the guard's exact pass sees them."""

    def __init__(self) -> None:
        self.rows = array("I", bytes(4 * (EXCEL_ROWS + 1)))
        self.columns = array("I", bytes(4 * (EXCEL_COLUMNS + 1)))
        self.beyond = 0  # cells past Excel's own last row or column

    def add(self, row: int, col: int) -> None:
        if 0 < row <= EXCEL_ROWS and 0 < col <= EXCEL_COLUMNS:
            self.rows[row] += 1
            self.columns[col] += 1
        else:
            self.beyond += 1


@dataclass(frozen=True)
class Plan:
    """The table's extent: rows 1..rows and columns 1..columns are kept."""
    rows: int
    columns: int

    @property
    def area(self) -> int:
        return self.rows * self.columns


def plan(counts: Counts) -> Plan:
    """The rows and columns of the table, each up to the end of the group
    (cells separated by less than a gap) that holds the most filled cells."""
    return Plan(_main_group(counts.rows, ROW_GAP)[0], _main_group(counts.columns, COLUMN_GAP)[0])


def _main_group(counts: array, gap: int) -> tuple[int, int]:
    """(last index, cells) of the group with the most cells; the first on a tie."""
    best_end = best_cells = 0
    end = cells = 0
    for index, count in enumerate(counts):
        if not count:
            continue
        if cells and index - end > gap:
            if cells > best_cells:
                best_end, best_cells = end, cells
            cells = 0
        end, cells = index, cells + count
    if cells > best_cells:
        best_end, best_cells = end, cells
    return best_end, best_cells


@dataclass
class Stray:
    row: int
    column: int
    kind: bytes      # the cell's t="..." (s: shared string, inlineStr, b, e, str, n)
    value: str       # as written in the XML; a shared string's index until resolved


@dataclass
class Rewritten:
    data: bytes                                   # the package with the stray cells left out
    strays: dict[str, list[Stray]] = field(default_factory=dict)  # part -> reported cells
    counted: dict[str, int] = field(default_factory=dict)         # part -> cells left out


def rewrite(data: bytes, plans: dict[str, Plan]) -> Rewritten:
    """The package `data` with each planned sheet part (name -> plan) stripped
    of the cells beyond its plan; every other part copied as it is."""
    out = io.BytesIO()
    result = Rewritten(b"")
    indices: set[int] = set()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info in source.infolist():
            plan_here = plans.get(info.filename)
            if plan_here is None:
                with source.open(info) as reading, target.open(_copy_info(info), "w") as writing:
                    while chunk := reading.read(1 << 20):
                        writing.write(chunk)
                continue
            reported: list[Stray] = []
            counter = [0]
            with source.open(info) as reading, target.open(_copy_info(info), "w") as writing:
                for piece in _strip(reading, plan_here, reported, counter):
                    writing.write(piece)
            result.strays[info.filename] = reported
            result.counted[info.filename] = counter[0]
            indices.update(int(s.value) for s in reported if s.kind == b"s" and s.value.isdigit())
        shared = _shared_strings(source, indices) if indices else {}
    for reported in result.strays.values():
        for stray in reported:
            if stray.kind == b"s" and stray.value.isdigit():
                stray.value = shared.get(int(stray.value), "")
    result.data = out.getvalue()
    return result


def _copy_info(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    copy = zipfile.ZipInfo(info.filename, date_time=info.date_time)
    copy.compress_type = zipfile.ZIP_DEFLATED
    return copy


# <row ...>, <c ...> or <c .../>, with or without a namespace prefix.
_TAG = re.compile(rb"<(?:([A-Za-z_][\w.-]*):)?(c|row)(?=[\s/>])([^>]*?)(/?)>")
_R = re.compile(rb'\br\s*=\s*["\']\$?([A-Za-z]*)\$?([0-9]*)["\']')
_T = re.compile(rb'\bt\s*=\s*["\']([^"\']*)["\']')
_VALUE = re.compile(rb"<(?:\w+:)?(?:v|t)(?:\s[^>]*)?>([^<]*)<", re.S)


def _strip(stream, plan_here: Plan, reported: list[Stray], counter: list[int],
           chunk_size: int = 1 << 22) -> Iterator[bytes]:
    """The sheet XML from `stream`, a chunk at a time, without the cells
    outside rows 1..plan.rows and columns 1..plan.columns."""
    row = col = 0
    carry = b""
    while True:
        chunk = stream.read(chunk_size)
        window = carry + chunk
        final = not chunk
        kept, at, done = [], 0, 0  # at: copied up to here; done: looked at up to here
        for match in _TAG.finditer(window):
            prefix, tag, attrs, closed = match.groups()
            if tag == b"row":
                number = _R.search(attrs)
                row = int(number.group(2)) if number and number.group(2) else row + 1
                col = 0
                done = match.end()
                continue
            if closed:
                end = match.end()
            else:
                close = b"</" + (prefix + b":" if prefix else b"") + b"c>"
                found = window.find(close, match.end())
                if found < 0:
                    if final:
                        end = len(window)
                    else:
                        break  # the cell goes on in the next chunk
                else:
                    end = found + len(close)
            ref = _R.search(attrs)
            if ref and ref.group(1) and ref.group(2):
                col, row = _column_number(ref.group(1)), int(ref.group(2))
            else:
                col += 1
            done = end
            if row > plan_here.rows or col > plan_here.columns:
                body = window[match.end():end]
                if closed or not (b"<v" in body or b"<is" in body or b":v" in body):
                    kept.append(window[at:match.start()])
                    at = end
                    continue
                counter[0] += 1
                if len(reported) < MAX_REPORTED:
                    kind = _T.search(attrs)
                    value = _VALUE.search(body)
                    reported.append(Stray(row, col, kind.group(1) if kind else b"n",
                                          _text(value.group(1)) if value else ""))
                kept.append(window[at:match.start()])
                at = end
        else:
            match = None
        if final:
            kept.append(window[at:])
            yield b"".join(kept)
            return
        # What follows the last element looked at waits for the next chunk:
        # a cell cut in two, or a tag not yet whole.
        if match is not None:
            cut = match.start()
        else:
            cut = window.rfind(b"<", max(at, done))
            if cut < 0:
                cut = len(window)
        kept.append(window[at:cut])
        carry = window[cut:]
        if len(carry) > _MAX_CARRY + chunk_size:
            raise ValueError("an element too long to follow")
        yield b"".join(kept)


def _text(raw: bytes) -> str:
    import html

    return html.unescape(raw.decode("utf-8", "replace"))[:200]


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters.upper():
        number = number * 26 + (ch - 64)
    return number


_SI = re.compile(rb"<(?:\w+:)?si\b")


def _shared_strings(package: zipfile.ZipFile, wanted: set[int]) -> dict[int, str]:
    """The few shared strings the reported stray cells hold (their <t> texts joined)."""
    name = next((n for n in package.namelist() if n.lower() == "xl/sharedstrings.xml"), None)
    if name is None:
        return {}
    found: dict[int, str] = {}
    index = -1
    carry = b""
    last = max(wanted)
    with package.open(name) as stream:
        while index <= last:
            chunk = stream.read(1 << 20)
            window = carry + chunk
            cut = len(window) if not chunk else window.rfind(b"<")
            starts = [m.start() for m in _SI.finditer(window, 0, cut)]
            for n, start in enumerate(starts):
                index += 1
                if index in wanted:
                    stop = starts[n + 1] if n + 1 < len(starts) else cut
                    texts = re.findall(rb"<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<", window[start:stop])
                    found[index] = _text(b"".join(texts))
            carry = window[starts[-1]:] if starts and chunk else window[cut:]
            if starts and chunk:
                index -= 1  # the last <si> is looked at again, whole, with the next chunk
            if not chunk:
                break
    return found
