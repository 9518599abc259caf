"""CSV, HTML tables and Excel 2003 XML, read into plain grids.

Values stay text here; values.py reads '1.234' and '80,5' the Indonesian
way later, exactly as for text cells of a real workbook.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from itertools import islice

from defusedxml import ElementTree

from iku_excel.reading.tidy import tidy

Grid = list[list[object]]

_CHUNK = 1024 * 1024
_SAMPLE = 64 * 1024
# Bytes Windows-1252 leaves undefined: a text holding them is Latin-1.
_NOT_CP1252 = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")


def encoding_of(data: bytes) -> str:
    """How a text file is encoded: a BOM says so; UTF-16 without one shows as
    a zero byte beside every ASCII letter; else UTF-8 if every byte fits,
    else Windows-1252 as Indonesian Excel saves a CSV (Latin-1 if not even)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = data[:_SAMPLE - _SAMPLE % 2]
    if len(head) >= 4:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        half = len(head) // 2
        if odd > 0.3 * half and even < 0.05 * half:
            return "utf-16-le"
        if even > 0.3 * half and odd < 0.05 * half:
            return "utf-16-be"
    if _valid(data, "utf-8"):
        return "utf-8"
    if not any(byte in data for byte in _NOT_CP1252):
        return "cp1252"
    return "latin-1"


def _valid(data: bytes, encoding: str) -> bool:
    """Whether `data` decodes, checked a megabyte at a time (no copy of it all)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    view = memoryview(data)
    try:
        for start in range(0, len(view), _CHUNK):
            decoder.decode(view[start:start + _CHUNK])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def read_csv(data: bytes, cut: list[tuple[int, int]] | None = None) -> tuple[Grid, int]:
    """The rows of a CSV (tidy, reading/tidy.py), and how many NUL characters
    were dropped from it (a stray NUL byte is no text; left in, it would
    make a cell that matches nothing). `cut` collects cells cut by tidy."""
    encoding = encoding_of(data)
    sample = data[:_SAMPLE].decode(encoding, errors="ignore").replace("\0", "")
    sample = "\n".join(sample.splitlines()[:50])
    # Indonesian Excel saves with ';' because ',' is the decimal mark.
    counts = {d: sample.count(d) for d in (";", "\t", ",")}
    delimiter = max(counts, key=lambda d: (counts[d], d == ";"))
    # Decoded as it is read, a megabyte at a time: no second copy of a big file.
    lines: Iterable[str] = io.TextIOWrapper(io.BytesIO(data), encoding=encoding, newline="")
    dropped = [0]
    if encoding.startswith("utf-16") or b"\0" in data:
        lines = _without_nul(lines, dropped)
    reader = csv.reader(lines, delimiter=delimiter)
    rows: Grid = []
    while True:  # tidied a block at a time: equal cells shared while the rest is read
        block = list(islice(reader, 4096))
        if not block:
            break
        here: list[tuple[int, int]] = []
        rows.extend(tidy(block, plain=True, cut=here))  # every cell is text
        if cut is not None:
            cut.extend((len(rows) - len(block) + r, c) for r, c in here)
    return rows, dropped[0]


def _without_nul(lines: Iterable[str], dropped: list[int]) -> Iterator[str]:
    for line in lines:
        if "\0" in line:
            dropped[0] += line.count("\0")
            line = line.replace("\0", "")
        yield line


class _Tables(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[Grid] = []
        self._row: list[object] | None = None
        self._cell: list[str] | None = None
        self._span = 1

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
            span = dict(attrs).get("colspan") or "1"
            self._span = int(span) if span.isdigit() else 1
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            text = " ".join("".join(self._cell).split())
            self._row.append(text or None)
            self._row.extend([None] * (self._span - 1))
            self._cell = None
        elif tag == "tr" and self._row is not None and self.tables:
            self.tables[-1].append(self._row)
            self._row = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def read_html(data: bytes) -> list[Grid]:
    """Every <table>, decoded and parsed a megabyte at a time (no copy of the
    whole page as text)."""
    parser = _Tables()
    decoder = codecs.getincrementaldecoder(encoding_of(data))(errors="replace")
    view = memoryview(data)
    for start in range(0, len(view), _CHUNK):
        parser.feed(decoder.decode(view[start:start + _CHUNK]))
    parser.feed(decoder.decode(b"", final=True))
    parser.close()
    return [t for t in parser.tables if t]


_SS = "{urn:schemas-microsoft-com:office:spreadsheet}"


def read_spreadsheetml(data: bytes) -> list[tuple[str, Grid]]:
    """Excel 2003 XML, a row at a time: each row is dropped from the tree once
    read (a whole tree costs some 500 bytes a cell). defusedxml refuses
    entity expansion and external entities."""
    sheets: list[tuple[str, Grid]] = []
    grid: Grid | None = None
    name, parents = "", []
    for event, element in ElementTree.iterparse(io.BytesIO(data), events=("start", "end")):
        tag = element.tag
        if event == "start":
            if tag == f"{_SS}Worksheet":
                name, grid = element.get(f"{_SS}Name") or f"Sheet{len(sheets) + 1}", []
            elif tag == f"{_SS}Table":
                parents.append(element)
            continue
        if tag == f"{_SS}Row" and grid is not None:
            index = element.get(f"{_SS}Index")
            if index and index.isdigit():
                while len(grid) < int(index) - 1:
                    grid.append([])
            cells: list[object] = []
            for cell in element.iter(f"{_SS}Cell"):
                at = cell.get(f"{_SS}Index")
                if at and at.isdigit():
                    cells.extend([None] * (int(at) - 1 - len(cells)))
                cells.append(_typed(cell.find(f"{_SS}Data")))
            grid.append(cells)
            element.clear()
            if parents:
                del parents[-1][:]  # the rows read so far: only empty shells were left
        elif tag == f"{_SS}Table" and parents:
            parents.pop()
        elif tag == f"{_SS}Worksheet" and grid is not None:
            sheets.append((name, grid))
            grid = None
            element.clear()
    return sheets


def _typed(element) -> object:
    if element is None or element.text is None:
        return None
    kind = element.get(f"{_SS}Type")
    if kind == "Number":
        try:
            return float(element.text)
        except ValueError:
            return element.text
    return element.text
