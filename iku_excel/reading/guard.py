"""Hostile and broken input: refuse it with a finding before a reader chokes on it.

Everything here runs on bytes already in memory (inputs are read once, read
only) and is cheap next to reading the workbook itself:

* file size, total uncompressed size of a zip package and compression ratio
  of its parts (zip bombs), checked from the central directory and again
  while the parts are streamed (a lying header fails its CRC check);
* ``<!DOCTYPE`` / ``<!ENTITY`` in any XML part of an xlsx/ods and in Excel
  2003 XML: Excel never writes them; they carry entity expansion ("billion
  laughs") and external entities (XXE);
* the filled area of every sheet *before* calamine sees it: calamine keeps a
  sheet as one dense block, so a single cell at XFD1048576 makes it ask for
  hundreds of gigabytes and abort the process (no exception to catch);
* after reading: rows and cells per sheet, an empty workbook, non-finite
  numbers ("inf" in a <v>), strings longer than an Excel cell can hold;
* a reader failing in an unforeseen way on a file becomes "berkas_rusak" for
  that file (its traceback goes to the run log), so one file never stops the run.
"""

from __future__ import annotations

import errno
import functools
import io
import logging
import operator
import os
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

try:  # google-re2: a worksheet's cells checked at C speed (see _scanner)
    import re2 as _re2
except ImportError:  # pragma: no cover - a machine without the wheel: Python's re
    _re2 = None

from iku_excel.findings import Finding
from iku_excel.reading import pieces
from iku_excel.reading import sniff as kinds
from iku_excel.reading.xlsx_extras import sheet_head, sheet_paths

if TYPE_CHECKING:
    from iku_excel.reading import strays
    from iku_excel.reading.files import InputFile
    from iku_excel.reading.workbook import SheetGrid

log = logging.getLogger(__name__)
logging.getLogger("iku_excel").addHandler(logging.NullHandler())

MB = 1024 * 1024
MAX_FILE_BYTES = 200 * MB          # one input file on disk
MAX_UNCOMPRESSED = 500 * MB        # all parts of one xlsx/ods together, unpacked
MAX_RATIO = 100                    # unpacked / packed, for a part ...
RATIO_FROM = 10 * MB               # ... that unpacks to more than this
MAX_PARTS = 10_000                 # entries in one zip package
MAX_ROWS = 1_000_000               # rows per sheet (Excel itself stops at 1,048,576)
MAX_COLUMNS = 16_384               # Excel's own limit (XFD)
MAX_CELLS = 10_000_000             # filled area (rows x columns) of one sheet
# Memory follows the area a sheet spans, not what it holds: calamine keeps a
# sheet as one dense block from its first cell to its last, and the grid
# starts at A1. A sheet whose area is more than SPARSE times its filled cells
# (and more than SPARSE_FROM cells) is looked at cell by cell: its stray
# cells far below or to the right are set aside (reading/strays.py).
SPARSE, SPARSE_FROM = 8, 100_000
# What a file, and all files of one run together, may spread over: the area
# of every sheet read (after stray cells are set aside), or the cells of a
# CSV, HTML or XML table. Within these a run stays under 1 GB of memory.
MAX_FILE_CELLS = 8_000_000
MAX_RUN_CELLS = 8_000_000

SHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
_EXPECTED = {
    ".xlsx": {kinds.ZIP}, ".xlsm": {kinds.ZIP}, ".ods": {kinds.ZIP},
    # Web applications save HTML or Excel 2003 XML under .xls: that is normal.
    ".xls": {kinds.OLE, kinds.HTML, kinds.SPREADSHEETML},
    ".csv": {kinds.TEXT}, ".tsv": {kinds.TEXT},
    ".xml": {kinds.SPREADSHEETML}, ".htm": {kinds.HTML}, ".html": {kinds.HTML},
}
_KIND_NAMES = {
    kinds.ZIP: "buku kerja Excel (.xlsx)", kinds.OLE: "buku kerja Excel 97-2003 (.xls)",
    kinds.HTML: "halaman web (HTML)", kinds.SPREADSHEETML: "XML Excel 2003",
    kinds.TEXT: "teks CSV",
}

_CHUNK = 4 * MB
_OVERLAP = 64
_DANGEROUS = tuple(
    word.encode(encoding)
    for word in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"))
# <Row ss:Index="9"> / <Cell ss:Index="4">: the attribute is optional.
_SS_PLACED = re.compile(
    rb'<(?:\w+:)?(Table|Row|Cell)\b(?:[^>]*?\bIndex\s*=\s*["\']\s*([0-9]+))?')
_HTML_SPAN = re.compile(rb'\b(?:col|row)span\s*=\s*["\']?\s*([0-9]+)', re.IGNORECASE)
_HTML_ROW = re.compile(rb"<tr[\s>]", re.IGNORECASE)
_HTML_CELL = re.compile(rb"<t[dh][\s>]", re.IGNORECASE)


# --- names ----------------------------------------------------------------

def display_name(name: str | None) -> str | None:
    """A file name fit for the console, the report and JSON: bytes that were not
    valid UTF-8 (kept by Python as lone surrogates) become U+FFFD, control
    characters escapes (escape_controls)."""
    if name is None:
        return None
    try:
        name.encode("utf-8")
        return escape_controls(name)
    except UnicodeEncodeError:
        pass
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "replace")
    return escape_controls(raw.decode("utf-8", "replace"))


# C0 and C1 control characters, DEL, and the marks that reorder text (bidi
# overrides): in a file or sheet name they could clear a console, hide a
# line of the log, or show "gpj.xlsx" as "xlsx.jpg".
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def escape_controls(text: str, keep: str = "") -> str:
    """`text` with each control character written as an escape (\\x1b,
    \\u202e); the characters in `keep` stay as they are."""
    if not _CONTROLS.search(text):
        return text

    def escaped(match: re.Match) -> str:
        char = match.group()
        if char in keep:
            return char
        return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"

    return _CONTROLS.sub(escaped, text)


def displayable(item: InputFile) -> InputFile:
    shown = display_name(item.name)
    if shown == item.name:
        return item
    return type(item)(item.path, shown)


def clean_names(findings: list[Finding]) -> None:
    for finding in findings:
        finding.file = display_name(finding.file)


# --- reading the bytes ----------------------------------------------------

# Read only; never through a link (listed as a file, then swapped for one);
# never waiting on a pipe put in its place (O_NONBLOCK opens it at once).
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
               | getattr(os, "O_NONBLOCK", 0))


def read_input(item: InputFile) -> bytes:
    """The file's bytes, read only; ReadError for a file too big or unreadable."""
    try:
        handle = os.open(item.path, _OPEN_FLAGS)
    except OSError as exc:
        log.info("tidak dapat membuka %s", item.name, exc_info=exc)
        if exc.errno == errno.ELOOP:  # O_NOFOLLOW met a link
            _fail("tautan_ke_luar")
        _fail("berkas_tidak_terbaca", alasan=os_reason(exc))
    with open(handle, "rb", buffering=0, closefd=True) as stream:
        try:
            found = os.fstat(handle)
            if not stat.S_ISREG(found.st_mode):
                _fail("berkas_tidak_terbaca", alasan="ini bukan berkas biasa")
            if found.st_size > MAX_FILE_BYTES:
                _fail("berkas_terlalu_besar", ukuran=_size(found.st_size),
                      batas=_size(MAX_FILE_BYTES))
            data = stream.readall()
        except OSError as exc:
            log.info("tidak dapat membaca %s", item.name, exc_info=exc)
            _fail("berkas_tidak_terbaca", alasan=os_reason(exc))
    if len(data) > MAX_FILE_BYTES:  # grew while we looked
        _fail("berkas_terlalu_besar", ukuran=_size(len(data)), batas=_size(MAX_FILE_BYTES))
    return data


def os_reason(exc: OSError) -> str:
    """An operating-system error in plain Indonesian."""
    import errno

    reasons = {
        errno.EACCES: "tidak ada izin untuk membukanya", errno.EPERM: "tidak ada izin untuk membukanya",
        errno.ENOENT: "berkas hilang atau dipindahkan ketika sedang dibaca",
        errno.EISDIR: "ini sebuah folder, bukan berkas", errno.EIO: "kesalahan baca pada disk",
        errno.ENOSPC: "disk penuh", errno.EROFS: "disk hanya dapat dibaca",
        errno.EBUSY: "berkas sedang dipakai program lain",
    }
    if isinstance(exc, PermissionError):
        return reasons[errno.EACCES]
    return reasons.get(exc.errno or -1, f"kesalahan sistem: {exc.strerror or exc}")


def notes(item: InputFile, data: bytes) -> list[Finding]:
    """A note when the extension does not say what the file is (read anyway)."""
    suffix = item.path.suffix.lower()
    kind = kinds.sniff(item.path, data[:4096])
    expected = _EXPECTED.get(suffix)
    if expected is None or kind in expected or kind not in _KIND_NAMES:
        return []
    if kind == kinds.OLE and kinds.is_encrypted_ole(data):
        return []  # a password-protected .xlsx is an OLE file: berkas_terkunci_sandi says it
    return [Finding("berkas_ekstensi_lain", file=item.name,
                    params={"ekstensi": suffix, "jenis": _kind_name(kind, data)})]


# --- before and after load_sheets -----------------------------------------

def guarded(load: Callable[..., list[SheetGrid]]) -> Callable[..., list[SheetGrid]]:
    """Wrap workbook.load_sheets: check the bytes first (and hand the reader
    what that pass saw), the grids after."""

    @functools.wraps(load)
    def load_sheets(source: InputFile, data: bytes,
                    checked: Callable[[], None] | None = None,
                    charge: Callable[[int], None] | None = None) -> list[SheetGrid]:
        from iku_excel.reading.workbook import ReadError

        scans = None
        try:
            scans, cells = check(source, data)
            if charge is not None:
                charge(cells)  # the run's budget: ReadError when this file would pass it
            if checked is not None:
                checked()
            if scans and any(scan.strip for scan in scans.values()):
                data = _without_strays(data, scans)
            sheets = load(source, data, scans)
            check_sheets(sheets)
            return sheets
        except ReadError as exc:
            log.info("%s: %s %s", source.name, exc.code, exc.params,
                     exc_info=exc if exc.__cause__ is not None else None)
            raise
        except BaseException as exc:  # noqa: BLE001 - one bad file must not stop the run
            # calamine turns a Rust panic on a malformed file into pyo3's
            # PanicException, a BaseException: catch it too, but not Ctrl+C.
            if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit)):
                raise
            log.warning("pembaca gagal pada %s", source.name, exc_info=exc)
            if isinstance(exc, MemoryError):
                raise ReadError("berkas_isi_terlalu_besar", ukuran="tidak diketahui",
                                alasan="memori komputer tidak cukup untuk membukanya",
                                batas=_size(MAX_UNCOMPRESSED)) from exc
            raise ReadError("berkas_rusak",
                            alasan="isinya tidak dapat dibaca; mungkin rusak") from exc
        finally:
            close_scans(scans)

    return load_sheets


def check(source: InputFile, data: bytes) -> tuple[dict[str, SheetScan] | None, int]:
    """Refuse what must not reach a reader; ReadError with a finding code.
    For an xlsx, what the pass over its worksheets saw (part name -> scan);
    and the cells reading the file will hold (at most MAX_FILE_CELLS)."""
    if len(data) > MAX_FILE_BYTES:
        _fail("berkas_terlalu_besar", ukuran=_size(len(data)), batas=_size(MAX_FILE_BYTES))
    kind = kinds.sniff(source.path, data[:4096])
    scans, cells = None, 0
    if kind == kinds.ZIP:
        scans = _check_zip(data)
        cells = sum(scan.area for scan in scans.values())
    elif kind == kinds.OLE:
        cells = _check_xls(data)
    elif kind == kinds.SPREADSHEETML:
        _check_xml_text(data, "isi XML")
        cells = _check_spreadsheetml(data)
    elif kind == kinds.HTML:
        # colspan is expanded into empty cells; rowspan is not.
        spans = [int(m.group(1)) for m in _HTML_SPAN.finditer(data)]
        widest = max(spans, default=0)
        if widest > MAX_COLUMNS:
            _fail("lembar_terlalu_besar", isi=f"sebuah sel tabelnya melebar {_count(widest)} kolom",
                  batas=f"{_count(MAX_COLUMNS)} kolom")
        if sum(spans) > MAX_CELLS:
            _fail("lembar_terlalu_besar", isi=f"tabelnya melebar sampai {_count(sum(spans))} sel",
                  batas=_limit_text())
        rows = len(_HTML_ROW.findall(data))
        _check_rows(rows, "tabelnya berisi")
        cells = rows + sum(spans) + sum(1 for _ in _HTML_CELL.finditer(data))
    elif kind == kinds.TEXT:
        _check_rows(data.count(b"\n"), "berisi")
        cells = data.count(b"\n") + sum(data.count(d) for d in (b";", b",", b"\t"))
        if cells > MAX_CELLS:
            _fail("lembar_terlalu_besar", isi=f"berisi sekitar {_count(cells)} sel",
                  batas=_limit_text())
    elif kind == kinds.BINARY and source.path.suffix.lower() in SHEET_SUFFIXES:
        _fail("berkas_rusak", alasan="isinya bukan buku kerja Excel; mungkin rusak atau "
                                     "berkas lain yang diberi nama Excel")
    if cells > MAX_FILE_CELLS:
        _fail("lembar_terlalu_besar", isi=f"lembar-lembarnya bersama mencakup {_count(cells)} sel",
              batas=f"{_count(MAX_FILE_CELLS)} sel per berkas")
    return scans, cells


def _without_strays(data: bytes, scans: dict[str, SheetScan]) -> bytes:
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
        for part, plan in plans.items():  # refuse those sheets rather than guess
            scans[part].strip, scans[part].area = None, 0
            scans[part].refused = {"isi": f"ada sel jauh di luar tabel ({exc})",
                                   "batas": _limit_text()}
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
        _fail("berkas_rusak", alasan="susunan berkas Excel 97-2003 di dalamnya rusak")
    for sheet in sheets:
        rows, cols = sheet.rows, sheet.columns
        if sheet.declared > MAX_CELLS:
            _fail("lembar_terlalu_besar", isi=f"lembar {sheet.name} menyatakan ukuran "
                  f"{_count(sheet.declared)} sel", batas=_limit_text())
        _check_extent(sheet.name, rows, cols)
        _check_extent(sheet.name, sheet.formula_rows, sheet.formula_columns)
    # calamine holds an .xls three times over while it opens it: the cells as
    # read, the dense block made of them, and every shared string; nothing
    # of it in pieces. Each cell counts three times against the limits.
    return XLS_WEIGHT * sum(sheet.cost for sheet in sheets)


XLS_WEIGHT = 3


def _check_rows(rows: int, what: str) -> None:
    if rows > MAX_ROWS:
        _fail("lembar_terlalu_besar", isi=f"{what} {_count(rows)} baris",
              batas=f"{_count(MAX_ROWS)} baris")


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
                _fail("lembar_terlalu_besar", isi=f"ada sel di kolom ke-{_count(cols)}",
                      batas=f"{_count(MAX_COLUMNS)} kolom")
        if count * cols > MAX_CELLS:
            _fail("lembar_terlalu_besar", isi=f"{_count(count)} baris x {_count(cols)} kolom",
                  batas=_limit_text())
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
            _fail("lembar_terlalu_besar",
                  isi=f"lembar {grid.name} berisi {_count(rows)} baris x {_count(width)} kolom",
                  batas=_limit_text())
        filled = filled or any(row.count(None) < len(row) for row in grid.rows)
    if not filled:
        _fail("buku_kerja_kosong")


# --- zip packages (xlsx, xlsm, ods) ---------------------------------------

def _check_zip(data: bytes) -> dict[str, SheetScan]:
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        parts = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError,
            NotImplementedError) as exc:
        log.info("zip rusak", exc_info=exc)
        _fail("berkas_rusak", alasan=_TRUNCATED)
    with package:
        if len(parts) > MAX_PARTS:
            _fail("berkas_isi_terlalu_besar", ukuran=f"{_count(len(parts))} bagian",
                  alasan="terlalu banyak bagian di dalamnya", batas=f"{_count(MAX_PARTS)} bagian")
        total = sum(p.file_size for p in parts)
        if total > MAX_UNCOMPRESSED:
            _fail("berkas_isi_terlalu_besar", ukuran=_size(total),
                  alasan="jumlah isi yang dipadatkan", batas=_size(MAX_UNCOMPRESSED))
        for part in parts:
            if part.file_size > RATIO_FROM and part.file_size > MAX_RATIO * max(part.compress_size, 1):
                _fail("berkas_isi_terlalu_besar", ukuran=_size(part.file_size),
                      alasan=f"bagian {part.filename} dipadatkan "
                             f"{part.file_size // max(part.compress_size, 1)} kali",
                      batas=f"{MAX_RATIO} kali untuk bagian di atas {_size(RATIO_FROM)}")
        if any(p.filename.lower() == "xl/workbook.bin" for p in parts):
            # Excel Binary: its cells are records, not XML the guard can measure.
            _fail("berkas_rusak", alasan="ini buku kerja Excel Binary (.xlsb), yang tidak "
                                         "dibaca; simpan ulang sebagai .xlsx")
        names = _sheet_names(package)
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
                    _fail("lembar_terlalu_besar", isi=f"bagian {part.filename} "
                          f"{scan.refused['isi']}", batas=scan.refused["batas"])
        except BaseException:
            close_scans(scans)
            raise
        return scans


def _splittable(part: zipfile.ZipInfo, names: dict[str, str]) -> bool:
    return part.filename in names and pieces.worth_splitting(part.file_size)


def close_scans(scans: dict[str, SheetScan] | None) -> None:
    """Stop any parse in pieces the reader did not collect (idempotent)."""
    for scan in (scans or {}).values():
        if scan.splitter is not None:
            scan.splitter.close()


@dataclass
class SheetScan:
    """What one pass over a worksheet part saw. For xlsx_extras: the part
    up to <sheetData> (column widths, hidden columns) and whether any cell
    holds a formula (a formula saved without its value is computed there).
    A big sheet's pieces, parsed while the guard checked the rest
    (pieces.py)."""
    sheet: str | None = None        # as staff see it, when workbook.xml names it
    head: bytes = b""
    formulas: bool = False
    splitter: pieces.Splitter | None = None   # a big sheet, parsed in pieces
    area: int = 0                             # cells calamine and the grid will hold
    extent: tuple[int, int] | None = None     # (rows, columns) from A1, when measured
    strip: strays.Plan | None = None          # stray cells beyond it are set aside
    refused: dict[str, str] | None = None     # too big: this sheet is not read (params)
    strays: list[strays.Stray] = field(default_factory=list)  # set aside, to report
    stray_count: int = 0

    def see(self, chunk: bytes, first: bool) -> None:
        if first:
            self.head = sheet_head(chunk)
        self.formulas = self.formulas or b"</f>" in chunk


def _scan_part(package: zipfile.ZipFile, part: zipfile.ZipInfo, sheet: str | None,
               splitter: pieces.Splitter | None = None,
               data: bytes | None = None) -> SheetScan | None:
    """Stream one XML part: its size, no DOCTYPE/ENTITY; for a worksheet,
    the area calamine will allocate (_QuickExtent, else _FastExtent, else
    _SheetExtent: each pass only when the cheaper one cannot decide). A
    `splitter` gets each chunk once it passed the checks (pieces.py)."""
    name = sheet or part.filename
    # A worksheet wherever workbook.xml.rels puts it: calamine follows the rels.
    worksheet = sheet is not None or "worksheets/" in part.filename.lower()
    quick = _QuickExtent(name, part.file_size) if worksheet else None
    scan = SheetScan(sheet) if worksheet else None
    try:
        with package.open(part) as stream:
            if part.filename == "content.xml":
                return SheetScan(area=_check_ods_content(stream, part))
            seen, tail = 0, b""
            while True:
                chunk = stream.read(_CHUNK)
                if not seen and quick is None and b"sheetData" in chunk:
                    quick = _QuickExtent(name, part.file_size)
                    scan = SheetScan(sheet)
                first = not seen
                seen += len(chunk)
                if seen > MAX_UNCOMPRESSED:
                    _fail("berkas_isi_terlalu_besar", ukuran=_size(seen),
                          alasan=f"bagian {part.filename}", batas=_size(MAX_UNCOMPRESSED))
                window = tail + chunk
                if b"!" in window and _dangerous(window):  # "!" is rare: one fast scan
                    _fail("berkas_xml_berbahaya", bagian=part.filename)
                tail = window[-_OVERLAP:]
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
        _fail("berkas_rusak", alasan=_TRUNCATED)
    return scan


def _feed_part(package: zipfile.ZipFile, part: zipfile.ZipInfo, extent: Any) -> None:
    with package.open(part) as stream:
        while True:
            chunk = stream.read(_CHUNK)
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
        while chunk := stream.read(_CHUNK):
            splitter.feed(chunk)
    splitter.finish()
    return splitter


def _exact_extent(package: zipfile.ZipFile, part: zipfile.ZipInfo, name: str,
                  scan: SheetScan) -> bool:
    """The slower passes, for the few sheets the quick one could not clear:
    what the sheet will cost (scan.area), or its stray cells (scan.strip),
    or its refusal (scan.refused). True when the fast pass decided (every
    cell has its reference, no stray cell, within the limits)."""
    fast = _FastExtent(name)
    _feed_part(package, part, fast)
    if fast.exact_needed:
        exact = _SheetExtent(name)  # its counts take 4 MB: made only when needed
        _feed_part(package, part, exact)
        exact.decide(scan)
        return False
    scan.area, scan.extent = fast.area, (fast.max_row, fast.max_col)
    return True


def _whole_elements(tail: bytes, chunk: bytes, final: bool) -> tuple[bytes, bytes]:
    """The text up to the last "<" (no element cut in two), and what is left
    for the next chunk."""
    window = tail + chunk
    cut = -1 if final else window.rfind(b"<")
    return (window, b"") if cut < 0 else (window[:cut], window[cut:])


def _rows_above(limit: int) -> bytes:
    """A regular expression for a row number above `limit` (no leading zero)."""
    digits = str(limit)
    options = [b"[1-9][0-9]{%d,}" % len(digits)]
    for i, digit in enumerate(digits):
        if digit != "9":
            rest = len(digits) - i - 1
            options.append(digits[:i].encode() + b"[%d-9]" % (int(digit) + 1)
                           + (b"[0-9]{%d}" % rest if rest else b""))
    return b"(?:" + b"|".join(options) + b')"'


def _scanner(pattern: bytes) -> Any:
    """The pattern compiled for RE2 when it is installed, else for Python's re.

    Every cell of a sheet starts a match attempt: Python's re stops at each
    one (0.55 s for a 100k-row survey), RE2 runs a DFA over the bytes (0.1 s).
    Latin-1, so that one byte is one character whatever the text holds."""
    if _re2 is not None:
        options = _re2.Options()
        options.encoding = _re2.Options.Encoding.LATIN1
        options.log_errors = False
        try:
            return _re2.compile(pattern, options)
        except Exception as exc:  # noqa: BLE001 - Python's re does the same job, slower
            log.info("RE2 tidak dapat memakai pola pemeriksa", exc_info=exc)
    return re.compile(pattern)


# Within 26 columns (A..Z) and this many rows a sheet cannot pass MAX_CELLS.
_QUICK_ROWS = MAX_CELLS // 26
_SPACE = rb"[ \t\n\r\f\v]"  # Python's \s for bytes, spelled out: RE2's \s lacks \v
# A cell that leaves the quick bound: no attribute or not r first (<c>,
# <c s="1" r=...>, <c\nr=...>), a reference of two letters or more, in lower
# case, with $ or a leading zero, or a row above _QUICK_ROWS; or a prefixed
# cell (<x:c r="...">, a sheet of any namespace prefix). No look-ahead: RE2
# has none. ($ is the end in both engines here: where Python's $ stops before
# a last newline, [^r] has matched that newline already.)
def _beyond_quick_pattern(cols: int, rows: int) -> bytes:
    """The same, for a sheet declared `cols` one-letter columns and `rows` rows wide."""
    letters = rb"[" + bytes([65 + cols]) + rb"-Z]|" if cols < 26 else b""
    return (rb'<c(?:>|[\t\r\n]|' + _SPACE + rb'(?:[^r]|r[^=]|r=[^"]|(?:r=?)?$)|' + _SPACE
            + rb'r="(?:[^A-Z]|' + letters + rb"[A-Z](?:[^1-9]|" + _rows_above(rows) + rb")))"
            + rb"|:c(?:" + _SPACE + rb"|[>/])")


@functools.lru_cache(maxsize=64)
def _beyond_quick(cols: int, rows: int) -> Any:
    return _scanner(_beyond_quick_pattern(cols, rows))


_BEYOND_QUICK_PATTERN = _beyond_quick_pattern(26, _QUICK_ROWS)
_BEYOND_QUICK = _beyond_quick(26, _QUICK_ROWS)


class _QuickExtent:
    """Clears an ordinary worksheet at C speed: one regular-expression search
    per chunk proves that every cell is an unprefixed <c r="A1"> with one
    letter and a row number within the sheet's declared <dimension>: so the
    area calamine allocates is at most what the sheet declares, and that is
    its cost. A survey of 300k rows passes here.

    A sheet without a <dimension>, or holding more than it declares (some
    exporters write "A1" whatever follows), is held to the quick bound, 26 x
    _QUICK_ROWS <= MAX_CELLS, and its cells are counted (bytes.count: some
    50 ms per 100k rows): its cost is that count, and it must fill an eighth
    of the bound at least. A wide or odd sheet, or one that fills less than
    it spans (a stray cell: many times its own area empty), is left
    undecided for the exact passes, which know more."""

    def __init__(self, sheet: str, size: int) -> None:
        self.sheet = sheet
        self.size = size
        self.tail = self.head = b""
        self.undecided = False
        self.scanner: Any = None
        self.bound = 0
        self.count_cells = False
        self.cells = 0

    def _begin(self, chunk: bytes) -> None:
        declared = _declared(chunk[:max(0, chunk.find(b"sheetData"))])
        if declared is not None and declared[1] <= 26 and declared[0] <= MAX_ROWS and \
                declared[0] * declared[1] <= MAX_CELLS:  # a tall narrow sheet too
            self.scanner = _beyond_quick(declared[1], declared[0])
            self.bound = declared[0] * declared[1]
            # Fine when small, or when the XML is as big as the area it
            # declares (a stray cell's sheet is tiny); else counted.
            self.count_cells = self.size > 12 * MAX_CELLS or (
                self.bound > SPARSE_FROM and self.bound * _XML_PER_CELL > self.size)
        else:
            self._undeclared()

    def _undeclared(self) -> None:
        self.scanner, self.bound, self.count_cells = _BEYOND_QUICK, 26 * _QUICK_ROWS, True

    def feed(self, chunk: bytes, final: bool) -> None:
        if self.scanner is None:  # the sheet's head first: its <dimension>
            self.head += chunk
            if b"sheetData" not in self.head and len(self.head) < _MAX_TAIL and not final:
                return
            chunk, self.head = self.head, b""
            self._begin(chunk)
        body, self.tail = _whole_elements(self.tail, chunk, final)
        if len(self.tail) > _MAX_TAIL:
            self.undecided = True
            return
        if self.scanner.search(body):
            if self.scanner is _BEYOND_QUICK or _BEYOND_QUICK.search(body):
                self.undecided = True
                return
            # More than its <dimension> says: the cells before were within it.
            if not self.count_cells:
                self.cells = self.bound
            self._undeclared()
        if self.count_cells:
            self.cells += body.count(b"<c ")
            self.undecided = self.cells > MAX_CELLS or (
                final and self.bound > max(SPARSE_FROM, SPARSE * self.cells))

    @property
    def cost(self) -> int:
        """Cells the sheet will hold: its declared area, or what was counted."""
        return self.bound if self.scanner is not _BEYOND_QUICK else min(self.bound, self.cells)


# Bytes of sheet XML one cell of area needs at the least for the area to be
# "as big as the file": a dense survey takes 20-40 per cell.
_XML_PER_CELL = 4
_DIMENSION = re.compile(
    rb'<(?:\w+:)?dimension\s[^>]*?\bref\s*=\s*"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})'
    rb'(?::\$?([A-Za-z]{1,3})\$?([0-9]{1,7}))?"')


def _declared(head: bytes) -> tuple[int, int] | None:
    """(rows, columns) of a sheet's <dimension ref="A1:Q100008"/> (or "B5"), from A1."""
    match = _DIMENSION.search(head)
    if match is None:
        return None
    letters, digits = (match.group(3), match.group(4)) if match.group(3) else match.group(1, 2)
    rows, cols = int(digits), _col_number(letters.upper())
    return (rows, cols) if rows > 0 and cols > 0 else None


class _FastExtent:
    """An upper bound of the filled area from the r="A1" references of all
    cells, by regular expression at C speed. Only when that bound passes a cap,
    or some cell has no reference, the exact count (_SheetExtent) decides:
    it knows that a self-closing <c r="XFD1048576" s="1"/> holds nothing."""

    def __init__(self, sheet: str) -> None:
        self.sheet = sheet
        self.max_row = self.max_col = self.cells = 0
        self.tail = b""
        self.exact_needed = False

    def feed(self, chunk: bytes, final: bool) -> None:
        body, self.tail = _whole_elements(self.tail, chunk, final)
        if len(self.tail) > _MAX_TAIL:
            self.exact_needed = True
            return
        refs = _CELL_REF.findall(body)
        if body.count(b"<c") != len(refs) or b":c" in body:  # <cols>, <cfRule>, ... too
            opens = body.count(b"<c ") + body.count(b"<c>")  # <c/> holds nothing
            if opens != len(refs) or _ODD_CELL.search(body):
                # cells without r="...", r not first, <c\nr=...>, prefixed <x:c>
                self.exact_needed = True
                return
        if refs:
            self.cells += len(refs)
            self.max_row = max(self.max_row, max(map(int, set(map(_second, refs)))))
            self.max_col = max(self.max_col, max(map(_col_number, set(map(_first, refs)))))
        rows, cols = self.max_row, self.max_col
        if rows > MAX_ROWS or cols > MAX_COLUMNS or rows * cols > MAX_CELLS or \
                self.cells > MAX_CELLS:
            self.exact_needed = True
        elif final and rows * cols > max(SPARSE_FROM, SPARSE * self.cells):
            self.exact_needed = True  # a stray cell? the exact pass looks at every one

    @property
    def area(self) -> int:
        return self.max_row * self.max_col


# Excel, LibreOffice, openpyxl and xlsxwriter all write r first: <c r="B7" s="3" t="s">.
_CELL_REF = re.compile(rb'<c r="([A-Z]{1,4})([0-9]{1,9})"')
_ODD_CELL = re.compile(rb"<c[\t\r\n]|<\w+:c[\s/>]")
_first, _second = operator.itemgetter(0), operator.itemgetter(1)
_MAX_TAIL = 1 * MB


class _SheetExtent:
    """The area calamine will allocate for a worksheet: from the first cell to
    the last cell holding a value (<v> or <is>), as its reader counts them."""

    exact_needed = False  # the last pass: it decides, or refuses the file itself

    def __init__(self, sheet: str) -> None:
        import xml.parsers.expat

        self.sheet = sheet
        self.row = self.col = 0
        self.max_row = self.max_col = self.cells = 0
        self.pending = False
        from iku_excel.reading.strays import Counts

        self.counts = Counts()  # filled cells per row and column
        self.parser = xml.parsers.expat.ParserCreate()
        self.parser.StartElementHandler = self._start
        self.parser.StartDoctypeDeclHandler = self._refuse
        self.parser.EntityDeclHandler = self._refuse
        self._error = xml.parsers.expat.ExpatError

    def feed(self, chunk: bytes, final: bool) -> None:
        try:
            self.parser.Parse(chunk, final)
        except self._error:
            # Broken XML: calamine will say so itself (berkas_rusak); stop counting.
            self.parser.StartElementHandler = None
            self.feed = lambda chunk, final: None  # type: ignore[method-assign]

    def _refuse(self, *args: Any) -> None:
        _fail("berkas_xml_berbahaya", bagian=self.sheet)

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(":")[2]
        if local == "c":
            ref = attrs.get("r")
            match = _REF.fullmatch(ref) if ref else None
            if match:
                self.col = _col_number(match.group(1).upper().encode())
                self.row = int(match.group(2))
            else:
                self.col += 1
            self.pending = True
        elif local in ("v", "is") and self.pending:
            self.pending = False
            self.cells += 1
            self.max_row = max(self.max_row, self.row)
            self.max_col = max(self.max_col, self.col)
            self.counts.add(self.row, self.col)
            if self.cells > MAX_CELLS:  # really filled: no stray cells, a sheet too big
                _check_extent(self.sheet, self.max_row, self.max_col, self.cells)
        elif local == "row":
            ref = attrs.get("r")
            self.row = int(ref) if ref and ref.isdigit() else self.row + 1
            self.col = 0


    def decide(self, scan: SheetScan) -> None:
        """The area this sheet will cost, or its stray cells to set aside, or
        its refusal (this sheet only)."""
        rows, cols = self.max_row, self.max_col
        scan.area, scan.extent = rows * cols, (rows, cols)
        if self.counts.beyond == 0 and rows <= MAX_ROWS and scan.area <= MAX_CELLS and \
                scan.area <= max(SPARSE_FROM, SPARSE * self.cells):
            return
        from iku_excel.reading.strays import plan

        kept = plan(self.counts)
        if self.counts.beyond or (kept.rows, kept.columns) != (rows, cols):
            scan.strip, scan.area = kept, kept.area
            rows, cols = kept.rows, kept.columns
        if rows > MAX_ROWS or scan.area > MAX_CELLS:
            scan.strip, scan.area = None, 0
            scan.refused = {"isi": f"terisi sampai baris {_count(rows)} dan kolom {_count(cols)}",
                            "batas": _limit_text()}


# As calamine reads a reference: letters of either case, as many as given,
# then digits, leading zeros and all ("xfd1048576", "AAAAA5", "A0001").
_REF = re.compile(r"\$?([A-Za-z]+)\$?([0-9]+)")


def _check_extent(sheet: str, rows: int, cols: int, cells: int = 0) -> None:
    if rows > MAX_ROWS or cols > MAX_COLUMNS or rows * cols > MAX_CELLS or cells > MAX_CELLS:
        _fail("lembar_terlalu_besar",
              isi=f"lembar {sheet} terisi sampai baris {_count(rows)} dan kolom {_count(cols)}"
              + (f" ({_count(cells)} sel berisi)" if cells > MAX_CELLS else ""),
              batas=_limit_text())


_T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def _check_ods_content(stream: Any, part: zipfile.ZipInfo) -> int:
    """The filled area of every table in an OpenDocument content.xml: repeated
    rows and cells are counted as calamine will expand them. Their sum:
    calamine reads every table when it opens the file."""
    head = stream.read(_CHUNK)
    if _dangerous(head):
        _fail("berkas_xml_berbahaya", bagian=part.filename)
    from defusedxml.ElementTree import iterparse

    source = _Rewound(head, stream)
    name, row, last_row, max_col, col, row_filled, repeat = "-", 0, 0, 0, 0, 0, 1
    areas: list[int] = []
    try:
        for event, element in iterparse(source, events=("start", "end")):
            tag = element.tag
            if event == "start":
                if tag == f"{_T}table":
                    name = element.get(f"{_T}name") or "-"
                    row = last_row = max_col = 0
                    areas.append(0)
                elif tag == f"{_T}table-row":
                    col = row_filled = 0
                    repeat = _int(element.get(f"{_T}number-rows-repeated"))
                continue
            if tag in (f"{_T}table-cell", f"{_T}covered-table-cell"):
                col += _int(element.get(f"{_T}number-columns-repeated"))
                if element.get(f"{_O}value-type") is not None or len(element):
                    row_filled = col
                element.clear()
            elif tag == f"{_T}table-row":
                row += repeat
                if row_filled:
                    last_row, max_col = row, max(max_col, row_filled)
                    _check_extent(name, last_row, max_col)
                    if areas:
                        areas[-1] = last_row * max_col
                element.clear()
    except Exception as exc:  # noqa: BLE001
        from iku_excel.reading.workbook import ReadError

        if isinstance(exc, ReadError):
            raise
        name = type(exc).__name__
        if "Entities" in name or "DTD" in name or "External" in name:
            _fail("berkas_xml_berbahaya", bagian=part.filename)
        log.info("content.xml tidak dapat diperiksa", exc_info=exc)
        _fail("berkas_rusak", alasan="isi XML rusak")
    return sum(areas)


class _Rewound(io.RawIOBase):
    """The stream again from its start, after its head was read for a look."""

    def __init__(self, head: bytes, rest: Any) -> None:
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self._head:
            size = len(self._head) if size is None or size < 0 else size
            out, self._head = self._head[:size], self._head[size:]
            return out
        return self._rest.read(size)


def _sheet_names(package: zipfile.ZipFile) -> dict[str, str]:
    """Part name -> sheet name as staff see it (xlsx only; best effort)."""
    try:
        head = package.open("xl/workbook.xml").read(_CHUNK)
        if _dangerous(head):
            _fail("berkas_xml_berbahaya", bagian="xl/workbook.xml")
        return {path: name for name, path in sheet_paths(package).items()}
    except Exception as exc:  # noqa: BLE001
        from iku_excel.reading.workbook import ReadError

        if isinstance(exc, ReadError):
            raise
        return {}


def _dangerous(data: bytes) -> bool:
    if b"\x00" not in data[:4] and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        if b"<!" not in data:  # UTF-8: one fast scan for the common case
            return False
        return b"<!DOCTYPE" in data or b"<!ENTITY" in data
    return any(word in data for word in _DANGEROUS)


def _check_xml_text(data: bytes, where: str) -> None:
    if _dangerous(data):
        _fail("berkas_xml_berbahaya", bagian=where)


# --- small helpers --------------------------------------------------------

_TRUNCATED = "berkas rusak atau tidak lengkap; mungkin belum selesai disalin atau diunduh"


def _fail(code: str, **params: Any) -> None:
    from iku_excel.reading.workbook import ReadError

    raise ReadError(code, **params)


def _kind_name(kind: str, data: bytes) -> str:
    if kind == kinds.ZIP and b"application/vnd.oasis.opendocument" in data[:200]:
        return "buku kerja OpenDocument (.ods)"
    return _KIND_NAMES[kind]


def column_letters(number: int) -> str:
    """1 -> A, 27 -> AA: a column as Excel names it."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _col_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + (ch - 64)
    return number


def _int(text: str | None) -> int:
    try:
        return max(1, int(text)) if text else 1
    except ValueError:
        return 1


def _count(number: int) -> str:
    return f"{number:,}".replace(",", ".")


count_text = _count  # 12.000.000: a number as staff read it


def _size(size: int) -> str:
    if size >= MB:
        return f"{_count(round(size / MB))} MB"
    return f"{_count(max(1, round(size / 1024)))} KB"


def _limit_text() -> str:
    return f"{_count(MAX_ROWS)} baris atau {_count(MAX_CELLS)} sel per lembar"
