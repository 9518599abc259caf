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
    # (row, col) of cells shown as a percentage (0,85 shown 85%); None where
    # not looked at (a big sheet: only small ones, such as settings, are).
    percent_cells: set[tuple[int, int]] | None = None


# A sheet this small (its XML) has its cells' number formats read: a settings
# sheet is a few kB; a survey of thousands of rows is never looked at twice.
_FORMATS_READ_BELOW = 256 * 1024
_CELL = re.compile(rb"<c\b([^>]*?)/?>")
_XF = re.compile(rb"<xf\b([^>]*?)/?>")
_NUMFMT = re.compile(rb"<numFmt\b([^>]*?)/?>")
# Excel's own percentage formats: 0% and 0.00%.
_BUILTIN_PERCENT = {9, 10}


def read_extras(data: bytes, scans: dict[str, SheetScan] | None = None,
                ) -> dict[str, SheetExtras]:
    """Per sheet name; empty when the package is not a plain xlsx. With the
    guard's pass over the sheets (part name -> scan), a sheet's XML is
    unpacked again only when it holds formulas."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            paths = sheet_paths(package)
            percent = _percent_styles(package)
            result = {}
            for name, path in paths.items():
                scan = (scans or {}).get(path)
                try:
                    small = package.getinfo(path).file_size < _FORMATS_READ_BELOW
                    if scan is not None:
                        xml = package.read(path) if scan.formulas or (percent and small) else b""
                        result[name] = _extras(scan.head, xml)
                    else:
                        xml = package.read(path)
                        result[name] = _extras(sheet_head(xml), xml)
                    if not percent:
                        result[name].percent_cells = set()  # no cell can be one
                    elif small:
                        result[name].percent_cells = _cells_styled(xml, percent)
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


def _percent_styles(package: zipfile.ZipFile) -> set[int]:
    """The cell styles (indexes into cellXfs) whose number format shows a
    percentage; empty when the styles part has none (most workbooks)."""
    try:
        xml = package.read("xl/styles.xml")
    except KeyError:
        return set()
    if b"%" not in xml and b'numFmtId="9"' not in xml and b'numFmtId="10"' not in xml:
        return set()
    percent = set(_BUILTIN_PERCENT)
    for match in _NUMFMT.finditer(xml):
        attrs = dict(_ATTR.findall(match.group(1)))
        # A % in quotes or after a backslash is text, not a percentage.
        code = attrs.get(b"formatCode", b"").replace(b"&quot;", b'"')
        if b"%" in re.sub(rb'"[^"]*"|\\.', b"", code):
            percent.add(int(attrs.get(b"numFmtId", b"-1")))
    start = xml.find(b"<cellXfs")
    end = xml.find(b"</cellXfs>", start)
    if start < 0:
        return set()
    styles = set()
    for index, match in enumerate(_XF.finditer(xml[start:end if end > 0 else None])):
        attrs = dict(_ATTR.findall(match.group(1)))
        if int(attrs.get(b"numFmtId", b"0")) in percent:
            styles.add(index)
    return styles


def _cells_styled(xml: bytes, styles: set[int]) -> set[tuple[int, int]]:
    """(row, col), 0-based, of the cells whose style is one of `styles`."""
    found = set()
    for match in _CELL.finditer(xml):
        attrs = dict(_ATTR.findall(match.group(1)))
        style, ref = attrs.get(b"s"), attrs.get(b"r")
        if style is not None and ref is not None and int(style) in styles:
            letters = ref.rstrip(b"0123456789")
            found.add((int(ref[len(letters):]) - 1, col_index(letters.decode())))
    return found
