"""One big worksheet parsed as two halves at once, one per core.

calamine parses a sheet on one core: a 100k-row survey keeps it busy for
over a second while the other core waits. A sheet whose XML unpacks to more
than SPLIT_FROM is cut in two at a row boundary while the guard checks it
(reading/guard.py feeds a Splitter each chunk it has cleared). Each half
goes, uncompressed, into a temporary copy of the workbook; the upper half is
parsed as soon as it is complete, while the guard checks the lower one, and
calamine leaves Python's interpreter lock while it parses. The two grids are
joined into the one grid a single parse gives: same rows, same Excel row
numbers, same width, merged ranges from the end of the sheet.

Anything unexpected (a sheet laid out otherwise, a cell the guard's quick
bound does not clear, rows out of order, a half calamine cannot read) gives
None, and the sheet is parsed whole.
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
# The upper part is parsed while the guard still checks the lower one, so it
# may be the larger: both parses then end at about the same time. Measured on
# 100k and 300k rows once the guard ran on RE2: 0.6 left the lower core idle
# at the end, 0.5 the upper one.
UPPER_SHARE = 0.55
_OPEN, _CLOSE = b"<sheetData>", b"</sheetData></worksheet>"

Grid = list[list[Any]]


def worth_splitting(size: int) -> bool:
    return size >= SPLIT_FROM and (os.cpu_count() or 1) >= 2


class Splitter:
    """Fed a worksheet's XML chunk by chunk, each only after the guard has
    checked it (reading/guard.py). Writes the two halves, and starts parsing
    the upper one as soon as it is complete, while the guard goes on with
    the lower; `finish()` when the whole part passed, `result()` for the
    joined grid. Any doubt (or `close()` before `finish()`) means None: the
    sheet is read whole."""

    @classmethod
    def start(cls, data: bytes, part: str, sheet: str, size: int) -> Splitter | None:
        """A splitter, or None when its copies cannot be written (a full or
        locked temporary folder): the sheet is then simply read whole."""
        splitter = cls(part, sheet, size)
        try:
            splitter._begin(data)
        except Exception as exc:  # noqa: BLE001 - never a reason to refuse the file
            log.info("salinan separuh lembar %s tidak dapat ditulis", sheet, exc_info=exc)
            splitter.close()
            return None
        return splitter

    def __init__(self, part: str, sheet: str, size: int) -> None:
        self.part, self.sheet = part, sheet
        self.middle = int(size * UPPER_SHARE)
        self._folder: tempfile.TemporaryDirectory | None = None
        self._pool = ThreadPoolExecutor(2, thread_name_prefix="separuh")
        self._futures: list[Future] = []
        self._zips: list[zipfile.ZipFile] = []
        self._entries: list[Any] = []
        self._head: bytes | None = None
        self._seen, self._tail, self._upper_done, self.failed = 0, b"", False, False

    def _begin(self, data: bytes) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="iku-excel-",
                                                   ignore_cleanup_errors=True)
        folder = Path(self._folder.name)
        self._paths = (folder / "separuh-1.xlsx", folder / "separuh-2.xlsx")
        self._zips = [zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) for path in self._paths]
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            # The other parts were checked already: the guard does big sheets last.
            # Only XML parts: pictures, embedded files and macros are not cells.
            for other in package.infolist():
                name = other.filename.lower()
                if other.filename != self.part and "worksheets/" not in name and \
                        name.endswith((".xml", ".rels")):
                    content = package.read(other)
                    for copy in self._zips:
                        copy.writestr(other.filename, content)
        self._entries = [copy.open(self.part, "w") for copy in self._zips]

    def feed(self, chunk: bytes) -> None:
        if self.failed:
            return
        try:
            self._feed(chunk)
        except Exception as exc:  # noqa: BLE001 - a full disk: read the sheet whole
            log.info("lembar %s tidak dipisah", self.sheet, exc_info=exc)
            self.close()

    def _feed(self, chunk: bytes) -> None:
        if self._head is None:
            start = chunk.find(_OPEN)
            if start < 0 or b"<worksheet" not in chunk[:start]:
                self.close()  # <sheetData/>, a prefixed or unusual sheet: read it whole
                return
            self._head = chunk[:start + len(_OPEN)]
            for entry in self._entries:
                entry.write(self._head)
            self._seen = len(self._head)
            chunk = chunk[len(self._head):]
        upper, lower = self._entries
        if self._upper_done:
            lower.write(chunk)
            return
        self._seen += len(chunk)
        window = self._tail + chunk
        if self._seen >= self.middle:
            cut = window.find(b"<row ", max(0, self.middle - (self._seen - len(window))))
            if cut >= 0:
                upper.write(window[:cut])
                upper.write(_CLOSE)
                self._done(0)
                lower.write(window[cut:])
                self._upper_done = True
                return
        upper.write(window[:-8])  # "<row " may straddle two chunks
        self._tail = window[-8:]

    def finish(self) -> None:
        if self.failed or not self._upper_done:
            self.close()
            return
        try:
            self._done(1)
        except Exception as exc:  # noqa: BLE001 - read the sheet whole
            log.info("lembar %s tidak dipisah", self.sheet, exc_info=exc)
            self.close()

    def result(self) -> tuple[Grid, list] | None:
        """The sheet's tidy grid (as to_python(skip_empty_area=False) and
        tidy give it) and merged ranges; None when it must be read whole."""
        try:
            if self.failed or len(self._futures) < 2:
                return None
            return _join(self._futures[0].result(), self._futures[1].result())
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # noqa: BLE001 - calamine panics too; read it whole
            log.info("lembar %s tidak dibaca per separuh", self.sheet, exc_info=exc)
            return None
        finally:
            self.close()

    def close(self) -> None:
        """Stop: wait for a parse under way, remove the copies. Idempotent."""
        if self._pool is None:
            return
        self.failed = self.failed or len(self._futures) < 2
        for handle in [*self._entries, *self._zips]:
            with contextlib.suppress(Exception):
                handle.close()
        self._pool.shutdown(wait=True)
        self._pool = None
        if self._folder is not None:
            self._folder.cleanup()

    def _done(self, half: int) -> None:
        self._entries[half].close()
        self._zips[half].close()
        self._futures.append(self._pool.submit(_parse, self._paths[half], self.sheet, half == 0))


def _parse(path: Path, sheet: str, upper: bool):
    """(start, rows, merged ranges) of one half: the upper half from A1, as
    the whole sheet would be; the lower from its own first cell."""
    from python_calamine import CalamineWorkbook

    with CalamineWorkbook.from_path(str(path)) as book:
        found = book.get_sheet_by_name(sheet)
        start = found.start
        merged = list(getattr(found, "merged_cell_ranges", None) or [])
        rows = [] if start is None else found.to_python(skip_empty_area=not upper)
        del found  # calamine's own copy of the cells is freed before tidy runs
    # Tidied here: the upper half while the lower one is still being parsed.
    return start, tidy(rows), merged


def _join(first, second) -> tuple[Grid, list] | None:
    (_, upper, _), (start, lower, merged) = first, second
    if start is not None:
        row, col = start
        if row < len(upper):
            return None  # rows out of order: the halves overlap
        width = max(len(upper[0]) if upper else 0, col + max(map(len, lower), default=0))
        if col:
            lower = [[None] * col + r for r in lower]
        rows = upper + [[None] * width for _ in range(row - len(upper))] + lower
    else:
        width = len(upper[0]) if upper else 0
        rows = upper
    for r in rows:
        if len(r) < width:
            r.extend([None] * (width - len(r)))
    return rows, merged
