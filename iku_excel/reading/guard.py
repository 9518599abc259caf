"""Hostile and broken input: refuse it with a ReadError before a reader
chokes on it.

Everything here runs on bytes already in memory (inputs are read once, read
only) and is cheap next to reading the workbook itself:

* total uncompressed size of a zip package and compression ratio of its
  parts (zip bombs), checked from the central directory and again while the
  parts are streamed (a lying header fails its CRC check);
* ``<!DOCTYPE`` / ``<!ENTITY`` in any XML part of an xlsx/ods and in Excel
  2003 XML (xml_safety.py);
* the filled area of every sheet *before* calamine sees it (extents.py for
  an xlsx, ods.py, biff.py for an .xls; the text formats by their markup);
* after reading (check_sheets): rows and cells per sheet, an empty workbook.

The file's size and its bytes are input_file.py's; the limits, limits.py's.
The loader calls check(), then the reader, then check_sheets().
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
import zlib
from typing import TYPE_CHECKING, Any

from iku_excel.reading import limits, pieces
from iku_excel.reading import sniff as kinds
from iku_excel.reading.errors import TRUNCATED, fail
from iku_excel.reading.extents import FastExtent, QuickExtent, SheetExtent, check_extent
from iku_excel.reading.limits import (
    CHUNK,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_PARTS,
    MAX_RATIO,
    MAX_ROWS,
    MAX_UNCOMPRESSED,
    RATIO_FROM,
    XLS_WEIGHT,
    count_text,
    limit_text,
    size_text,
)
from iku_excel.reading.ods import check_ods_content
from iku_excel.reading.scan import SheetScan, close_scans
from iku_excel.reading.xlsx_parts import sheet_names
from iku_excel.reading.xml_safety import OVERLAP, check_xml_text, dangerous

if TYPE_CHECKING:
    from iku_excel.reading.grid import SheetGrid
    from iku_excel.reading.input_file import InputFile

log = logging.getLogger(__name__)

SHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
# <Row ss:Index="9"> / <Cell ss:Index="4">: the attribute is optional.
_SS_PLACED = re.compile(
    rb'<(?:\w+:)?(Table|Row|Cell)\b(?:[^>]*?\bIndex\s*=\s*["\']\s*([0-9]+))?')
_HTML_SPAN = re.compile(rb'\b(?:col|row)span\s*=\s*["\']?\s*([0-9]+)', re.IGNORECASE)
_HTML_ROW = re.compile(rb"<tr[\s>]", re.IGNORECASE)
_HTML_CELL = re.compile(rb"<t[dh][\s>]", re.IGNORECASE)


def check(source: InputFile, data: bytes) -> tuple[dict[str, SheetScan] | None, int]:
    """Refuse what must not reach a reader; ReadError with a finding code.
    For an xlsx, what the pass over its worksheets saw (part name -> scan);
    and the cells reading the file will hold (at most limits.MAX_FILE_CELLS)."""
    if len(data) > limits.MAX_FILE_BYTES:
        fail("berkas_terlalu_besar", ukuran=size_text(len(data)),
             batas=size_text(limits.MAX_FILE_BYTES))
    kind = kinds.sniff(source.path, data[:4096])
    scans, cells = None, 0
    if kind == kinds.ZIP:
        scans = _check_zip(data)
        cells = sum(scan.area for scan in scans.values())
    elif kind == kinds.OLE:
        cells = _check_xls(data)
    elif kind == kinds.SPREADSHEETML:
        check_xml_text(data, "isi XML")
        cells = _check_spreadsheetml(data)
    elif kind == kinds.HTML:
        # colspan is expanded into empty cells; rowspan is not.
        spans = [int(m.group(1)) for m in _HTML_SPAN.finditer(data)]
        widest = max(spans, default=0)
        if widest > MAX_COLUMNS:
            fail("lembar_terlalu_besar",
                 isi=f"sebuah sel tabelnya melebar {count_text(widest)} kolom",
                  batas=f"{count_text(MAX_COLUMNS)} kolom")
        if sum(spans) > MAX_CELLS:
            fail("lembar_terlalu_besar",
                 isi=f"tabelnya melebar sampai {count_text(sum(spans))} sel",
                  batas=limit_text())
        rows = len(_HTML_ROW.findall(data))
        _check_rows(rows, "tabelnya berisi")
        cells = rows + sum(spans) + sum(1 for _ in _HTML_CELL.finditer(data))
    elif kind == kinds.TEXT:
        _check_rows(data.count(b"\n"), "berisi")
        cells = data.count(b"\n") + sum(data.count(d) for d in (b";", b",", b"\t"))
        if cells > MAX_CELLS:
            fail("lembar_terlalu_besar", isi=f"berisi sekitar {count_text(cells)} sel",
                  batas=limit_text())
    elif kind == kinds.BINARY and source.path.suffix.lower() in SHEET_SUFFIXES:
        fail("berkas_rusak", alasan="isinya bukan buku kerja Excel; mungkin rusak atau "
                                     "berkas lain yang diberi nama Excel")
    if cells > limits.MAX_FILE_CELLS:
        fail("lembar_terlalu_besar",
             isi=f"lembar-lembarnya bersama mencakup {count_text(cells)} sel",
              batas=f"{count_text(limits.MAX_FILE_CELLS)} sel per berkas")
    return scans, cells


def without_strays(data: bytes, scans: dict[str, SheetScan]) -> bytes:
    """The package without the stray cells of the sheets that have some
    (reading/strays.py); each such sheet checked again as it will be read."""
    from iku_excel.reading import strays  # the rare case: not imported on every run

    plans = {part: scan.strip for part, scan in scans.items() if scan.strip is not None}
    try:
        rewritten = strays.rewrite(data, plans)
        with zipfile.ZipFile(io.BytesIO(rewritten.data)) as package:
            for part, plan in plans.items():
                again = SheetScan(scans[part].sheet)
                _exact_extent(package, package.getinfo(part), scans[part].sheet or part, again)
                if again.area > plan.area or again.strip is not None or again.refused:
                    raise ValueError(f"{part}: stray cells still there")
                scans[part].area, scans[part].extent = again.area, again.extent
    except (ValueError, KeyError, zipfile.BadZipFile, zlib.error, OSError) as exc:
        log.info("sel jauh tidak dapat disisihkan", exc_info=exc)
        for part in plans:  # refuse those sheets rather than guess
            scans[part].strip, scans[part].area = None, 0
            scans[part].refused = {"isi": f"ada sel jauh di luar tabel ({exc})",
                                   "batas": limit_text()}
        return data
    for part, scan in scans.items():
        if part in plans:
            scan.strays = rewritten.strays.get(part, [])
            scan.stray_count = rewritten.counted.get(part, 0)
    return rewritten.data


def _check_xls(data: bytes) -> int:
    """An Excel 97-2003 workbook: what calamine will reserve and allocate for
    each sheet as it opens the file (reading/biff.py); all its sheets at once."""
    import struct

    from iku_excel.reading import biff

    if kinds.is_encrypted_ole(data):
        return 0  # a password-protected .xlsx: berkas_terkunci_sandi says it
    try:
        sheets = biff.scan(data)
    except (biff.BiffError, struct.error, IndexError, ValueError) as exc:
        log.info("struktur xls tidak dapat diikuti", exc_info=exc)
        fail("berkas_rusak", alasan="susunan berkas Excel 97-2003 di dalamnya rusak")
    for sheet in sheets:
        rows, cols = sheet.rows, sheet.columns
        if sheet.declared > MAX_CELLS:
            fail("lembar_terlalu_besar", isi=f"lembar {sheet.name} menyatakan ukuran "
                  f"{count_text(sheet.declared)} sel", batas=limit_text())
        check_extent(sheet.name, rows, cols)
        check_extent(sheet.name, sheet.formula_rows, sheet.formula_columns)
    return XLS_WEIGHT * sum(sheet.cost for sheet in sheets)



def _check_rows(rows: int, what: str) -> None:
    if rows > MAX_ROWS:
        fail("lembar_terlalu_besar", isi=f"{what} {count_text(rows)} baris",
              batas=f"{count_text(MAX_ROWS)} baris")


def _check_spreadsheetml(data: bytes) -> int:
    """Excel 2003 XML places rows and cells by ss:Index; the reader fills the
    gaps. The cells (and rows) the reader will make."""
    rows = cols = count = place = total = 0
    for match in _SS_PLACED.finditer(data):
        element, index = match.group(1), match.group(2)
        if element == b"Table":
            rows = cols = count = 0  # a new sheet
        elif element == b"Row":
            count += 1
            rows = max(rows + 1, int(index) if index else 0)
            _check_rows(rows, "ada baris bernomor")
            total, place = total + 1, 0
        else:
            at = int(index) if index else place + 1
            cols = max(cols, at)
            total, place = total + max(1, at - place), at
            if cols > MAX_COLUMNS:
                fail("lembar_terlalu_besar", isi=f"ada sel di kolom ke-{count_text(cols)}",
                      batas=f"{count_text(MAX_COLUMNS)} kolom")
        if count * cols > MAX_CELLS:
            fail("lembar_terlalu_besar",
                 isi=f"{count_text(count)} baris x {count_text(cols)} kolom",
                  batas=limit_text())
    return total


def check_sheets(sheets: list[SheetGrid]) -> None:
    """After reading (blank cells are None by now, workbook.tidy): size per
    sheet, an empty workbook (a sheet left unread as too big is not empty:
    its own finding says so)."""
    filled = any(grid.refused for grid in sheets)
    for grid in sheets:
        rows = len(grid.rows)
        width = max(map(len, grid.rows), default=0)
        if rows > MAX_ROWS or rows * width > MAX_CELLS:
            fail("lembar_terlalu_besar",
                 isi=f"lembar {grid.name} berisi {count_text(rows)} baris x "
                     f"{count_text(width)} kolom",
                  batas=limit_text())
        filled = filled or any(row.count(None) < len(row) for row in grid.rows)
    if not filled:
        fail("buku_kerja_kosong")


# --- zip packages (xlsx, xlsm, ods) ---------------------------------------

def _check_zip(data: bytes) -> dict[str, SheetScan]:
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        parts = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError,
            NotImplementedError) as exc:
        log.info("zip rusak", exc_info=exc)
        fail("berkas_rusak", alasan=TRUNCATED)
    with package:
        if len(parts) > MAX_PARTS:
            fail("berkas_isi_terlalu_besar", ukuran=f"{count_text(len(parts))} bagian",
                 alasan="terlalu banyak bagian di dalamnya",
                 batas=f"{count_text(MAX_PARTS)} bagian")
        total = sum(p.file_size for p in parts)
        if total > MAX_UNCOMPRESSED:
            fail("berkas_isi_terlalu_besar", ukuran=size_text(total),
                  alasan="jumlah isi yang dipadatkan", batas=size_text(MAX_UNCOMPRESSED))
        for part in parts:
            packed = max(part.compress_size, 1)
            if part.file_size > RATIO_FROM and part.file_size > MAX_RATIO * packed:
                fail("berkas_isi_terlalu_besar", ukuran=size_text(part.file_size),
                      alasan=f"bagian {part.filename} dipadatkan "
                             f"{part.file_size // max(part.compress_size, 1)} kali",
                      batas=f"{MAX_RATIO} kali untuk bagian di atas {size_text(RATIO_FROM)}")
        if any(p.filename.lower() == "xl/workbook.bin" for p in parts):
            # Excel Binary: its cells are records, not XML the guard can measure.
            fail("berkas_rusak", alasan="ini buku kerja Excel Binary (.xlsb), yang tidak "
                                         "dibaca; simpan ulang sebagai .xlsx")
        names = sheet_names(package)
        scans: dict[str, SheetScan] = {}
        try:
            # Big sheets last: their pieces copy the other parts, checked by then.
            for part in sorted(parts, key=lambda p: _splittable(p, names)):
                # Every part, whatever its name: calamine follows the rels to a
                # worksheet wherever they point (a sheet saved as "xl/data.bin").
                if part.is_dir():
                    continue
                splitter = (pieces.Splitter.start(data, part.filename, names[part.filename])
                            if _splittable(part, names) else None)
                if part.filename in scans:  # the same name twice in one zip: keep the last
                    close_scans({part.filename: scans.pop(part.filename)})
                if splitter is not None:  # kept here so a refusal below still closes it
                    scans[part.filename] = SheetScan(splitter=splitter)
                scan = _scan_part(package, part, names.get(part.filename), splitter,
                                  data if splitter is not None else None)
                if scan is not None:
                    scans[part.filename] = scan
                if scan is not None and scan.refused and scan.sheet is None:
                    # A sheet workbook.xml does not name cannot be left out alone.
                    fail("lembar_terlalu_besar", isi=f"bagian {part.filename} "
                          f"{scan.refused['isi']}", batas=scan.refused["batas"])
        except BaseException:
            close_scans(scans)
            raise
        return scans


def _splittable(part: zipfile.ZipInfo, names: dict[str, str]) -> bool:
    return part.filename in names and pieces.worth_splitting(part.file_size)



def _scan_part(package: zipfile.ZipFile, part: zipfile.ZipInfo, sheet: str | None,
               splitter: pieces.Splitter | None = None,
               data: bytes | None = None) -> SheetScan | None:
    """Stream one XML part: its size, no DOCTYPE/ENTITY; for a worksheet,
    the area calamine will allocate (QuickExtent, else FastExtent, else
    SheetExtent: each pass only when the cheaper one cannot decide). A
    `splitter` gets each chunk once it passed the checks (pieces.py)."""
    name = sheet or part.filename
    # A worksheet wherever workbook.xml.rels puts it: calamine follows the rels.
    worksheet = sheet is not None or "worksheets/" in part.filename.lower()
    quick = QuickExtent(name, part.file_size) if worksheet else None
    scan = SheetScan(sheet) if worksheet else None
    try:
        with package.open(part) as stream:
            if part.filename == "content.xml":
                return SheetScan(area=check_ods_content(stream, part))
            seen, tail = 0, b""
            while True:
                chunk = stream.read(CHUNK)
                if not seen and quick is None and b"sheetData" in chunk:
                    quick = QuickExtent(name, part.file_size)
                    scan = SheetScan(sheet)
                first = not seen
                seen += len(chunk)
                if seen > MAX_UNCOMPRESSED:
                    fail("berkas_isi_terlalu_besar", ukuran=size_text(seen),
                          alasan=f"bagian {part.filename}", batas=size_text(MAX_UNCOMPRESSED))
                window = tail + chunk
                if b"!" in window and dangerous(window):  # "!" is rare: one fast scan
                    fail("berkas_xml_berbahaya", bagian=part.filename)
                tail = window[-OVERLAP:]
                if scan is not None:
                    scan.see(window, first)
                if quick is not None and not quick.undecided:
                    quick.feed(chunk, final=not chunk)
                if splitter is not None and not quick.undecided:
                    splitter.feed(chunk)  # checked: a finished piece may be parsed now
                if not chunk:
                    break
        if quick is not None and quick.undecided:
            if splitter is not None:
                splitter.close()
            if scan is None:
                scan = SheetScan(sheet)
            if _exact_extent(package, part, name, scan) and data is not None and sheet:
                # Cleared by the slower pass (wider than Z, taller than the quick
                # bound): cut into pieces now, on a second read of the part.
                scan.splitter = _split_again(data, package, part, sheet)
        elif scan is not None:
            scan.area = quick.cost if quick is not None else 0
            if splitter is not None:
                splitter.finish()
                scan.splitter = splitter
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError,
            RuntimeError) as exc:  # bad CRC, truncated data, unsupported or encrypted part
        log.info("bagian %s rusak", part.filename, exc_info=exc)
        fail("berkas_rusak", alasan=TRUNCATED)
    return scan


def _feed_part(package: zipfile.ZipFile, part: zipfile.ZipInfo, extent: Any) -> None:
    with package.open(part) as stream:
        while True:
            chunk = stream.read(CHUNK)
            extent.feed(chunk, final=not chunk)
            if not chunk or extent.exact_needed:
                break


def _split_again(data: bytes, package: zipfile.ZipFile, part: zipfile.ZipInfo,
                 sheet: str) -> pieces.Splitter | None:
    """A big sheet the fast pass cleared, cut into pieces parsed two at a time:
    its cells all carry their own reference (the fast pass checked it), so a
    piece is placed right wherever it starts; calamine's copy of the cells
    lives for one piece only, not for the whole sheet."""
    splitter = pieces.Splitter.start(data, part.filename, sheet)
    if splitter is None:
        return None
    with package.open(part) as stream:
        while chunk := stream.read(CHUNK):
            splitter.feed(chunk)
    splitter.finish()
    return splitter


def _exact_extent(package: zipfile.ZipFile, part: zipfile.ZipInfo, name: str,
                  scan: SheetScan) -> bool:
    """The slower passes, for the few sheets the quick one could not clear:
    what the sheet will cost (scan.area), or its stray cells (scan.strip),
    or its refusal (scan.refused). True when the fast pass decided (every
    cell has its reference, no stray cell, within the limits)."""
    fast = FastExtent(name)
    _feed_part(package, part, fast)
    if fast.exact_needed:
        exact = SheetExtent(name)  # its counts take 4 MB: made only when needed
        _feed_part(package, part, exact)
        exact.decide(scan)
        return False
    scan.area, scan.extent = fast.area, (fast.max_row, fast.max_col)
    return True
