"""How much of a worksheet calamine will allocate, measured on its XML
before calamine sees it: calamine keeps a sheet as one dense block, so a
single cell at XFD1048576 makes it ask for hundreds of gigabytes and abort
the process (no exception to catch).

Three passes, each only when the cheaper one cannot decide: QuickExtent
(one regular-expression search per chunk), FastExtent (every cell's
reference) and SheetExtent (every cell, parsed)."""

from __future__ import annotations

import functools
import logging
import operator
import re
from typing import TYPE_CHECKING, Any

try:  # google-re2: a worksheet's cells checked at C speed (see _scanner)
    import re2 as _re2
except ImportError:  # pragma: no cover - a machine without the wheel: Python's re
    _re2 = None

from iku_excel.reading.errors import fail
from iku_excel.reading.limits import (
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_ROWS,
    MB,
    SPARSE,
    SPARSE_FROM,
    count_text,
    limit_text,
)

if TYPE_CHECKING:
    from iku_excel.reading.scan import SheetScan

log = logging.getLogger(__name__)

def whole_elements(tail: bytes, chunk: bytes, final: bool) -> tuple[bytes, bytes]:
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
    one, RE2 runs a DFA over the bytes, about five times faster
    (benchmarks/README.md).
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


class QuickExtent:
    """Clears an ordinary worksheet at C speed: one regular-expression search
    per chunk proves that every cell is an unprefixed <c r="A1"> with one
    letter and a row number within the sheet's declared <dimension>: so the
    area calamine allocates is at most what the sheet declares, and that is
    its cost. A survey of 300k rows passes here.

    A sheet without a <dimension>, or holding more than it declares (some
    exporters write "A1" whatever follows), is held to the quick bound, 26 x
    _QUICK_ROWS <= MAX_CELLS, and its cells are counted (bytes.count, at C
    speed): its cost is that count, and it must fill an eighth
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
        body, self.tail = whole_elements(self.tail, chunk, final)
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
    rows, cols = int(digits), col_number(letters.upper())
    return (rows, cols) if rows > 0 and cols > 0 else None


class FastExtent:
    """An upper bound of the filled area from the r="A1" references of all
    cells, by regular expression at C speed. Only when that bound passes a cap,
    or some cell has no reference, the exact count (SheetExtent) decides:
    it knows that a self-closing <c r="XFD1048576" s="1"/> holds nothing."""

    def __init__(self, sheet: str) -> None:
        self.sheet = sheet
        self.max_row = self.max_col = self.cells = 0
        self.tail = b""
        self.exact_needed = False

    def feed(self, chunk: bytes, final: bool) -> None:
        body, self.tail = whole_elements(self.tail, chunk, final)
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
            self.max_col = max(self.max_col, max(map(col_number, set(map(_first, refs)))))
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


class SheetExtent:
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
        fail("berkas_xml_berbahaya", bagian=self.sheet)

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(":")[2]
        if local == "c":
            ref = attrs.get("r")
            match = _REF.fullmatch(ref) if ref else None
            if match:
                self.col = col_number(match.group(1).upper().encode())
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
                check_extent(self.sheet, self.max_row, self.max_col, self.cells)
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
            scan.refused = {"isi": f"terisi sampai baris {count_text(rows)} "
                                   f"dan kolom {count_text(cols)}",
                            "batas": limit_text()}


# As calamine reads a reference: letters of either case, as many as given,
# then digits, leading zeros and all ("xfd1048576", "AAAAA5", "A0001").
_REF = re.compile(r"\$?([A-Za-z]+)\$?([0-9]+)")


def check_extent(sheet: str, rows: int, cols: int, cells: int = 0) -> None:
    if rows > MAX_ROWS or cols > MAX_COLUMNS or rows * cols > MAX_CELLS or cells > MAX_CELLS:
        fail("lembar_terlalu_besar",
              isi=f"lembar {sheet} terisi sampai baris {count_text(rows)} "
                  f"dan kolom {count_text(cols)}"
              + (f" ({count_text(cells)} sel berisi)" if cells > MAX_CELLS else ""),
              batas=limit_text())



def col_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + (ch - 64)
    return number
