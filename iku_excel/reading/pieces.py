"""One big worksheet parsed in pieces, two at a time, one per core.

calamine parses a sheet on one core, and holds its own copy of every cell
while it hands them to Python as objects: a 100k-row survey keeps one core
busy for over a second, with both copies alive at once. A sheet whose XML
unpacks to more than SPLIT_FROM is cut at row boundaries into pieces of
about PIECE_SIZE while the guard checks it (reading/guard.py feeds a
Splitter each chunk it has cleared). Each piece goes, uncompressed, into a
temporary copy of the workbook and is parsed as soon as it is complete,
while the guard checks the rest; calamine leaves Python's interpreter lock
while it parses. At most two pieces are in flight, and each is tidied
(equal cells shared, reading/tidy.py) on its thread before that thread
takes the next: memory holds the tidy grid and two small pieces, not a
whole sheet twice over (benchmarks/README.md has the figures). The grids
are joined into the one grid a single parse gives: same rows, same Excel
row numbers, same width, merged ranges from the end of the sheet.

Anything unexpected (a sheet laid out otherwise, a cell the guard's quick
bound does not clear, rows out of order, a piece calamine cannot read)
gives None, and the sheet is parsed whole.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import tempfile
import zipfile
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from iku_excel.reading.tidy import tidy

log = logging.getLogger(__name__)

MB = 1024 * 1024
SPLIT_FROM = 16 * MB   # unpacked sheet XML; smaller sheets parse fast enough whole
# Unpacked sheet XML per piece: about 6,000 survey rows. While a piece is
# parsed, calamine's copy of its cells and its Python objects are alive
# together; small pieces keep that to a few MB, two at a time.
PIECE_SIZE = 4 * MB
# Every piece carries a copy of the workbook's other parts, which calamine
# parses again; in a workbook saved by Excel that includes the shared
# strings, MBs when every respondent wrote a suggestion. A piece is at
# least this many times their size, so the repeated work stays below half
# of the sheet's own (shared strings parse faster than cells;
# benchmarks/README.md has the figure).
PIECE_PER_COPY = 2
_OPEN, _CLOSE = b"<sheetData>", b"</sheetData></worksheet>"
_ROW = b"<row "
# A TRUE/FALSE cell is <c t="b">. Any attribute valued b counts, so that a
# piece which may hold one has its cells' kinds checked (reading/tidy.py).
_MAYBE_BOOL = (b'"b"', b"'b'")

Grid = list[list[Any]]


def worth_splitting(size: int) -> bool:
    return size >= SPLIT_FROM and (os.cpu_count() or 1) >= 2


class Splitter:
    """Fed a worksheet's XML chunk by chunk, each only after the guard has
    checked it (reading/guard.py). Cuts it into pieces at row boundaries and
    starts parsing each piece as soon as it is complete, two at a time (per
    big sheet), while the guard goes on; `finish()` when the whole part passed,
    `result()` for the joined grid. Any doubt (or `close()` before
    `finish()`) means None: the sheet is read whole."""

    @classmethod
    def start(cls, data: bytes, part: str, sheet: str) -> Splitter | None:
        """A splitter, or None when its copies cannot be written (a full or
        locked temporary folder): the sheet is then simply read whole."""
        splitter = cls(part, sheet)
        try:
            splitter._begin(data)
        except Exception as exc:  # noqa: BLE001 - never a reason to refuse the file
            log.info("salinan potongan lembar %s tidak dapat ditulis", sheet, exc_info=exc)
            splitter.close()
            return None
        return splitter

    def __init__(self, part: str, sheet: str) -> None:
        self.part, self.sheet = part, sheet
        self.piece_size = PIECE_SIZE
        self._folder: tempfile.TemporaryDirectory | None = None
        self._pool = ThreadPoolExecutor(2, thread_name_prefix="potongan")
        self._futures: list[Future] = []
        self._others: list[tuple[str, bytes]] = []
        self._zip: zipfile.ZipFile | None = None
        self._entry: Any = None
        self._path: Path | None = None
        self._head: bytes | None = None
        self._written, self._tail, self._finished, self.failed = 0, b"", False, False
        self._bools = False  # the piece being written may hold TRUE/FALSE cells

    def _begin(self, data: bytes) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="iku-excel-",
                                                   ignore_cleanup_errors=True)
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            # The other parts were checked already: the guard does big sheets last.
            # Only XML parts: pictures, embedded files and macros are not cells.
            for other in package.infolist():
                name = other.filename.lower()
                if other.filename != self.part and "worksheets/" not in name and \
                        name.endswith((".xml", ".rels")):
                    self._others.append((other.filename, package.read(other)))
        copy = sum(len(content) for _, content in self._others)
        self.piece_size = max(PIECE_SIZE, PIECE_PER_COPY * copy)
        self._open_piece()

    def _open_piece(self) -> None:
        """The next piece: a workbook of the other parts and this sheet, so far
        only its head (everything before the rows)."""
        assert self._folder is not None
        self._path = Path(self._folder.name) / f"potongan-{len(self._futures) + 1}.xlsx"
        self._zip = zipfile.ZipFile(self._path, "w", zipfile.ZIP_STORED)
        for name, content in self._others:
            self._zip.writestr(name, content)
        self._entry = self._zip.open(self.part, "w")
        if self._head is not None:
            self._entry.write(self._head)
        self._written, self._bools = 0, False

    def _close_piece(self, end: bytes) -> None:
        """Close the piece being written and queue its parse."""
        assert self._zip is not None and self._path is not None
        self._entry.write(end)
        self._entry.close()
        self._zip.close()
        first = not self._futures
        self._futures.append(self._pool.submit(_parse, self._path, self.sheet, first,
                                               not self._bools))
        self._zip = self._entry = None

    def feed(self, chunk: bytes) -> None:
        if self.failed:
            return
        try:
            self._feed(chunk)
        except Exception as exc:  # noqa: BLE001 - a full disk: read the sheet whole
            log.info("lembar %s tidak dipotong", self.sheet, exc_info=exc)
            self.close()

    def _feed(self, chunk: bytes) -> None:
        if self._head is None:
            start = chunk.find(_OPEN)
            if start < 0 or b"<worksheet" not in chunk[:start]:
                self.close()  # <sheetData/>, a prefixed or unusual sheet: read it whole
                return
            self._head = chunk[:start + len(_OPEN)]
            self._entry.write(self._head)
            chunk = chunk[len(self._head):]
        window = self._tail + chunk
        bools = any(mark in window for mark in _MAYBE_BOOL)
        self._bools = self._bools or bools
        while True:  # cut at the first row past this piece's size
            cut = window.find(_ROW, max(1, self.piece_size - self._written))
            if cut < 0:
                break
            self._entry.write(window[:cut])
            self._close_piece(_CLOSE)
            self._open_piece()
            self._bools = bools  # the rest of this window goes to the new piece
            window = window[cut:]
        keep = len(window) - len(_ROW) + 1  # "<row " may straddle two chunks
        if keep > 0:
            self._entry.write(window[:keep])
            self._written += keep
            window = window[keep:]
        self._tail = window

    def finish(self) -> None:
        if self.failed or self._head is None or not self._futures:
            self.close()  # no row to cut at: one piece is the whole sheet
            return
        try:
            self._close_piece(self._tail)  # the last piece ends as the sheet does
            self._finished = True
        except Exception as exc:  # noqa: BLE001 - read the sheet whole
            log.info("lembar %s tidak dipotong", self.sheet, exc_info=exc)
            self.close()

    def result(self) -> tuple[Grid, list, list[tuple[int, int]]] | None:
        """The sheet's tidy grid (as to_python(skip_empty_area=False) and
        tidy give it), merged ranges and the cells tidy cut (0-based row,
        column); None when it must be read whole."""
        try:
            if self.failed or not self._finished:
                return None
            return _join([future.result() for future in self._futures])
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # noqa: BLE001 - calamine panics too; read it whole
            log.info("lembar %s tidak dibaca per potongan", self.sheet, exc_info=exc)
            self.failed = True
            return None
        finally:
            self.close()

    def close(self) -> None:
        """Stop: wait for a parse under way, remove the copies. Idempotent."""
        if self._pool is None:
            return
        self.failed = self.failed or not self._finished
        for handle in (self._entry, self._zip):
            if handle is not None:
                with contextlib.suppress(Exception):
                    handle.close()
        for future in self._futures:
            future.cancel()  # pieces not started yet are not parsed (all are done after result())
        self._pool.shutdown(wait=True)
        self._pool = None
        if self._folder is not None:
            self._folder.cleanup()


def _parse(path: Path, sheet: str, first: bool, plain: bool):
    """(start, rows, merged ranges) of one piece: the first from A1, as the
    whole sheet would be; the others from their own first cell. `plain`:
    the piece holds no TRUE/FALSE cell (see tidy)."""
    from python_calamine import CalamineWorkbook

    with CalamineWorkbook.from_path(str(path)) as book:
        found = book.get_sheet_by_name(sheet)
        start = found.start
        merged = list(getattr(found, "merged_cell_ranges", None) or [])
        rows = [] if start is None else found.to_python(skip_empty_area=not first)
        del found  # calamine's own copy of the cells is freed before tidy runs
    # Tidied here, on this piece's thread, while the next piece is parsed.
    cut: list[tuple[int, int]] = []
    return start, tidy(rows, plain, cut), merged, cut


def _join(pieces: list) -> tuple[Grid, list, list[tuple[int, int]]] | None:
    """One grid from the pieces' (start, rows, merged, cut), as one parse
    gives it: blank rows between pieces, each piece at its own first cell,
    every row as wide as the widest. The merged ranges are at the end of
    the sheet."""
    (_, rows, _, cut) = pieces[0]
    width = len(rows[0]) if rows else 0
    for start, lower, _, lower_cut in pieces[1:]:
        if start is None:
            continue  # a piece of blank rows
        row, col = start
        if row < len(rows):
            return None  # rows out of order: the pieces overlap
        cut = cut + [(row + r, col + c) for r, c in lower_cut]
        if col:
            lower = [[None] * col + r for r in lower]
        width = max(width, max(map(len, lower), default=0))
        rows.extend([None] * width for _ in range(row - len(rows)))
        rows.extend(lower)
    for r in rows:
        if len(r) < width:
            r.extend([None] * (width - len(r)))
    return rows, pieces[-1][2], cut
