"""What an Excel 97-2003 workbook (.xls) will cost calamine, from its records.

calamine reads every sheet of an .xls as it opens it. For each sheet it
first reserves room for the area the sheet's DIMENSIONS record declares
(a 5 KB file declaring a million rows by 16,384 columns makes it ask for
655 GB, and the process aborts: a Rust allocation failure, no exception to
catch), then builds one dense block from the sheet's first cell to its last
(one value in IV65536 beside A1: sixteen million cells, 1.2 GB). So the
guard walks the records first: the container (OLE2 / Compound File Binary:
header, sector allocation table, directory), the Workbook stream, the
BOUNDSHEET records naming each sheet's position, then each sheet's
DIMENSIONS and cell records, as calamine reads them.

Only positions are read, never values. Anything the walk cannot follow is
BiffError: a file calamine might still open, but whose cost is unknown.
"""

from __future__ import annotations

import struct
from array import array
from dataclasses import dataclass

_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FREE, _END = 0xFFFFFFFF, 0xFFFFFFFE
_STREAMS = ("workbook", "book")
# Records that give calamine a cell (row, column): Number, Label, BoolErr,
# Rk, LabelSst, Formula (its text result, a String record, goes to the
# formula's place). MulRk (0x00BD) gives a run of them. Blank cells are skipped.
_CELLS = {0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x0006}
_MULRK, _DIMENSIONS, _BOF, _EOF, _BOUNDSHEET, _FILEPASS = 0x00BD, 0x0200, 0x0809, 0x000A, \
    0x0085, 0x002F


class BiffError(ValueError):
    """The workbook's structure cannot be followed."""


@dataclass
class XlsSheet:
    name: str
    declared: int = 0           # rows x columns of its DIMENSIONS record(s)
    rows: int = 0               # from row 1 to the last filled row ...
    columns: int = 0            # ... and column: the grid from A1
    formula_rows: int = 0       # calamine keeps the formulas as a block of their own
    formula_columns: int = 0

    @property
    def cost(self) -> int:
        """Cells calamine reserves and allocates for this sheet, and the grid holds."""
        return (max(self.declared, self.rows * self.columns)
                + self.formula_rows * self.formula_columns)


def scan(data: bytes) -> list[XlsSheet]:
    """Every sheet of the workbook and what it will cost; [] when the workbook
    is encrypted (calamine refuses it without reading a sheet)."""
    stream = _workbook_stream(data)
    sheets: list[tuple[int, str]] = []
    for kind, body, _ in _records(stream, 0):
        if kind == _FILEPASS:
            return []
        if kind == _BOUNDSHEET and len(body) >= 8:
            sheets.append((struct.unpack_from("<I", body)[0], _sheet_name(body)))
        elif kind == _EOF:
            break
    return [_sheet(stream, position, name) for position, name in sheets]


def _sheet(stream: bytes, position: int, name: str) -> XlsSheet:
    sheet = XlsSheet(name)
    if position >= len(stream):
        raise BiffError(f"sheet {name!r} starts beyond the stream")
    for kind, body, _ in _records(stream, position):
        if kind == _EOF:
            break
        if kind == _DIMENSIONS:
            sheet.declared = max(sheet.declared, _declared(body))
        elif kind in _CELLS and len(body) >= 4:
            row, col = struct.unpack_from("<HH", body)
            sheet.rows, sheet.columns = max(sheet.rows, row + 1), max(sheet.columns, col + 1)
            if kind == 0x0006:
                sheet.formula_rows = max(sheet.formula_rows, row + 1)
                sheet.formula_columns = max(sheet.formula_columns, col + 1)
        elif kind == _MULRK and len(body) >= 6:
            row, _ = struct.unpack_from("<HH", body)
            last = struct.unpack_from("<H", body, len(body) - 2)[0]
            sheet.rows, sheet.columns = max(sheet.rows, row + 1), max(sheet.columns, last + 1)
    return sheet


def _declared(body: bytes) -> int:
    """The area calamine reserves for a DIMENSIONS record, as it computes it."""
    if len(body) == 14:
        first_row, last_row, first_col, last_col = struct.unpack_from("<IIHH", body)
    elif len(body) == 10:
        first_row, last_row, first_col, last_col = struct.unpack_from("<HHHH", body)
    else:
        return 0
    if last_row < 1 or last_col < 1:
        return 1
    return max(0, last_row - first_row) * max(0, last_col - first_col)


def _records(stream: bytes, start: int):
    """(type, body, position) of each record from `start`."""
    position = start
    while position + 4 <= len(stream):
        kind, size = struct.unpack_from("<HH", stream, position)
        body = stream[position + 4:position + 4 + size]
        yield kind, body, position
        position += 4 + size


def _sheet_name(body: bytes) -> str:
    """A BOUNDSHEET record's name: BIFF8 (a flag byte, then 8- or 16-bit
    characters) or BIFF5 (8-bit)."""
    length = body[6]
    if len(body) >= 8 and body[7] in (0, 1) and len(body) >= 8 + length * (1 + body[7]):
        raw = body[8:8 + length * (1 + body[7])]
        return raw.decode("utf-16-le" if body[7] else "latin-1", "replace").replace("\0", "")
    return body[7:7 + length].decode("cp1252", "replace").replace("\0", "")


# --- the OLE2 container ---------------------------------------------------------

def _workbook_stream(data: bytes) -> bytes:
    if len(data) < 512 or not data.startswith(_MAGIC):
        raise BiffError("no compound file header")
    sector_shift, mini_shift = struct.unpack_from("<HH", data, 30)
    if sector_shift not in (9, 12) or mini_shift != 6:
        raise BiffError("unusual sector sizes")
    size = 1 << sector_shift
    fat_sectors_count, first_directory = struct.unpack_from("<II", data, 44)
    cutoff, first_mini_fat, mini_fat_count, first_difat, difat_count = \
        struct.unpack_from("<IIIII", data, 56)
    sectors = max(0, (len(data) - size) // size)

    def sector(index: int) -> bytes:
        if index >= sectors:
            raise BiffError("a sector beyond the file")
        return data[size * (index + 1):size * (index + 2)]

    difat = list(struct.unpack_from("<109I", data, 76))
    following = first_difat
    for _ in range(min(difat_count, sectors)):
        if following >= _END:
            break
        entries = array("I", sector(following))
        difat.extend(entries[:-1])
        following = entries[-1]
    fat = array("I")
    for index in difat[:fat_sectors_count]:
        if index < _END:
            fat.frombytes(sector(index))

    def chain(start: int) -> list[int]:
        found: list[int] = []
        while start < _END:
            if start >= len(fat) or len(found) > len(fat):
                raise BiffError("a broken or looping sector chain")
            found.append(start)
            start = fat[start]
        return found

    directory = b"".join(sector(i) for i in chain(first_directory))
    entries = [directory[i:i + 128] for i in range(0, len(directory) - 127, 128)]
    if not entries:
        raise BiffError("no directory")
    wanted = None
    for entry in entries:
        length = struct.unpack_from("<H", entry, 64)[0]
        name = entry[:max(0, min(length, 64) - 2)].decode("utf-16-le", "replace").lower()
        if entry[66] == 2 and name in _STREAMS:
            wanted = entry
            if name == "workbook":
                break
    if wanted is None:
        raise BiffError("no Workbook stream")
    start, length = struct.unpack_from("<IQ", wanted, 116)
    length &= 0xFFFFFFFF if size == 512 else (1 << 64) - 1
    if length > len(data):
        raise BiffError("a stream longer than the file")
    if length >= cutoff:
        return b"".join(sector(i) for i in chain(start))[:length]
    # A small workbook lives in the mini stream, in 64-byte pieces.
    root_start, root_length = struct.unpack_from("<IQ", entries[0], 116)
    mini_stream = b"".join(sector(i) for i in chain(root_start))[:root_length]
    mini_fat = array("I", b"".join(sector(i) for i in chain(first_mini_fat)[:mini_fat_count]))
    pieces, index = [], start
    while index < _END:
        if index >= len(mini_fat) or len(pieces) > len(mini_fat):
            raise BiffError("a broken mini stream chain")
        pieces.append(mini_stream[index * 64:(index + 1) * 64])
        index = mini_fat[index]
    return b"".join(pieces)[:length]
