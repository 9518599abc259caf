"""What calamine does not tell about an .xlsx: hidden columns, and formula
cells saved without a computed value. Read from the sheet XML with cheap
byte searches; workbook.xml goes through defusedxml."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from defusedxml import ElementTree

from iku_excel.reading.formulas import col_index
from iku_excel.reading.xlsx_parts import sheet_head, sheet_paths

if TYPE_CHECKING:
    from iku_excel.reading.scan import SheetScan

_COL = re.compile(rb"<col\b([^>]*)/?>")
_ATTR = re.compile(rb'(\w+)="([^"]*)"')
# A formula cell whose <v> is missing or empty: <c r="D9"><f>SUM(D5:D8)</f><v></v></c>
_UNCACHED = re.compile(
    rb'<c r="([A-Z]{1,3})(\d+)"[^>]*?>\s*<f(?:\s[^>]*)?>([^<]*)</f>\s*(?:<v\s*/>|<v></v>)?\s*</c>')


@dataclass
class SheetExtras:
    hidden_columns: set[int] = field(default_factory=set)
    uncached: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) -> formula


def read_extras(data: bytes, scans: dict[str, SheetScan] | None = None,
                ) -> dict[str, SheetExtras]:
    """Per sheet name; empty when the package is not a plain xlsx. With the
    guard's pass over the sheets (part name -> scan), a sheet's XML is
    unpacked again only when it holds formulas."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            paths = sheet_paths(package)
            result = {}
            for name, path in paths.items():
                scan = (scans or {}).get(path)
                try:
                    if scan is not None:
                        xml = package.read(path) if scan.formulas else b""
                        result[name] = _extras(scan.head, xml)
                    else:
                        xml = package.read(path)
                        result[name] = _extras(sheet_head(xml), xml)
                except KeyError:
                    continue
            return result
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError):
        return {}


_FORMULA_CELL = re.compile(rb'<c r="([A-Z]{1,3})(\d+)"[^>]*?>\s*<f[\s>/]')


def formula_cells(data: bytes, sheet: str) -> set[tuple[int, int]]:
    """(row, col), 0-based, of the cells of `sheet` holding a formula, with
    or without a computed value (calamine shows only the value); empty when
    the package is not a plain xlsx."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            path = sheet_paths(package).get(sheet)
            xml = package.read(path) if path else b""
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError):
        return set()
    if b"<f" not in xml:
        return set()
    return {(int(m.group(2)) - 1, col_index(m.group(1).decode()))
            for m in _FORMULA_CELL.finditer(xml)}


def _extras(head: bytes, xml: bytes) -> SheetExtras:
    extras = SheetExtras()
    if b'hidden="1"' in head or b'hidden="true"' in head:
        for match in _COL.finditer(head):
            attrs = dict(_ATTR.findall(match.group(1)))
            if attrs.get(b"hidden") in (b"1", b"true"):
                first, last = int(attrs.get(b"min", b"0")), int(attrs.get(b"max", b"0"))
                extras.hidden_columns.update(range(first - 1, last))
    if b"<f" in xml:
        for match in _UNCACHED.finditer(xml):
            row = int(match.group(2)) - 1
            col = col_index(match.group(1).decode())
            formula = match.group(3).decode("utf-8", "replace")
            formula = formula.replace("&quot;", '"').replace("&amp;", "&")
            formula = formula.replace("&lt;", "<").replace("&gt;", ">")
            extras.uncached[(row, col)] = formula
    return extras
