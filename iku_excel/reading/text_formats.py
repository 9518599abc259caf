"""CSV, HTML tables and Excel 2003 XML, read into plain grids.

Values stay text here; values.py reads '1.234' and '80,5' the Indonesian
way later, exactly as for text cells of a real workbook.
"""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser

from defusedxml import ElementTree

Grid = list[list[object]]


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as Indonesian Excel saves it."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def read_csv(data: bytes) -> Grid:
    text = decode_text(data)
    sample = "\n".join(text.splitlines()[:50])
    # Indonesian Excel saves with ';' because ',' is the decimal mark.
    counts = {d: sample.count(d) for d in (";", "\t", ",")}
    delimiter = max(counts, key=lambda d: (counts[d], d == ";"))
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    return [[cell if cell.strip() else None for cell in row] for row in reader]


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
    parser = _Tables()
    parser.feed(decode_text(data))
    parser.close()
    return [t for t in parser.tables if t]


_SS = "{urn:schemas-microsoft-com:office:spreadsheet}"


def read_spreadsheetml(data: bytes) -> list[tuple[str, Grid]]:
    """Excel 2003 XML. defusedxml refuses entity expansion and external entities."""
    root = ElementTree.fromstring(data)
    sheets = []
    for sheet in root.iter(f"{_SS}Worksheet"):
        name = sheet.get(f"{_SS}Name") or f"Sheet{len(sheets) + 1}"
        grid: Grid = []
        for table in sheet.iter(f"{_SS}Table"):
            for row in table.iter(f"{_SS}Row"):
                index = row.get(f"{_SS}Index")
                if index and index.isdigit():
                    while len(grid) < int(index) - 1:
                        grid.append([])
                cells: list[object] = []
                for cell in row.iter(f"{_SS}Cell"):
                    at = cell.get(f"{_SS}Index")
                    if at and at.isdigit():
                        cells.extend([None] * (int(at) - 1 - len(cells)))
                    value = cell.find(f"{_SS}Data")
                    cells.append(_typed(value))
                grid.append(cells)
        sheets.append((name, grid))
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
