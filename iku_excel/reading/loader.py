"""Read every input file (bytes, checks, sheets) on worker threads.

python-calamine parses a workbook outside Python's global lock, and so do
zlib and hashlib on large buffers. Loading the files on two worker threads,
biggest first, lets the slowest part of a run (parsing a big survey) go on
while the main thread imports pandas and detects the tables of the files
already read. Results come back in the input order, so findings and the
report do not depend on which thread finished first.
"""

from __future__ import annotations

import hashlib
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Iterator

from iku_excel.findings import Finding
from iku_excel.reading import guard
from iku_excel.reading.files import InputFile
from iku_excel.reading.workbook import ReadError, SheetGrid, load_sheets

WORKERS = 2  # a staff PC has two or four cores; more threads only add memory


@dataclass(frozen=True)
class FileInfo:
    name: str
    size: int
    sha256: str


@dataclass
class Loaded:
    """One input file after reading: its sheets, or the finding saying why not."""
    item: InputFile
    info: FileInfo | None = None
    findings: list[Finding] = field(default_factory=list)
    sheets: list[SheetGrid] = field(default_factory=list)


def load_one(item: InputFile, checked: Callable[[], None] | None = None) -> Loaded:
    """Bytes read once (read only), hashed, checked, parsed into grids.
    `checked` is called once the file's checks are done, before it is parsed."""
    item = guard.displayable(item)
    loaded = Loaded(item)
    try:
        data = guard.read_input(item)
    except ReadError as exc:
        loaded.findings.append(Finding(exc.code, file=item.name, params=_shown(exc.params)))
        return loaded
    loaded.info = FileInfo(item.name, len(data), hashlib.sha256(data).hexdigest())
    loaded.findings.extend(guard.notes(item, data))
    try:
        loaded.sheets = load_sheets(item, data, checked=checked)
        for grid in loaded.sheets:
            loaded.findings.extend(grid.notes)
    except ReadError as exc:
        loaded.findings.append(Finding(exc.code, file=item.name, params=_shown(exc.params)))
    return loaded


def _shown(params: dict) -> dict:
    """A finding's params as staff may see them: a sheet name in a sentence
    with its control characters escaped, as in the sheet column."""
    return {key: guard.escape_controls(value) if isinstance(value, str) else value
            for key, value in params.items()}


class Loader:
    """Starts loading on creation; `results()` yields in input order.

    The biggest file goes first, and alone: its checks (a pass over the
    unpacked XML, holding the interpreter lock) run with nothing else
    wanting that lock. `parsing` is set once calamine parses it, outside
    the lock; then the other files are read, and the caller may import
    pandas, all while that parse goes on."""

    def __init__(self, inputs: list[InputFile], workers: int = WORKERS) -> None:
        self.inputs = inputs
        self.parsing = threading.Event()
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="baca")
        self._futures: dict[int, Future[Loaded]] = {}
        order = sorted(range(len(inputs)), key=lambda i: -_size(inputs[i]))
        for index in order[:1]:
            self._futures[index] = self._pool.submit(self._first, inputs[index])
        for index in order[1:]:
            self._futures[index] = self._pool.submit(self._after_first, inputs[index])
        if not inputs:
            self.parsing.set()

    def _first(self, item: InputFile) -> Loaded:
        try:
            return load_one(item, checked=self.parsing.set)
        finally:
            self.parsing.set()  # also when the file was refused or unreadable

    def _after_first(self, item: InputFile) -> Loaded:
        self.parsing.wait()
        return load_one(item)

    def results(self) -> Iterator[Loaded]:
        try:
            for index in range(len(self.inputs)):
                future = self._futures.pop(index)
                yield future.result()
                del future  # a file's grids are freed once the caller is done with them
        finally:
            self.close()

    def close(self) -> None:
        for future in self._futures.values():
            future.cancel()
        self._pool.shutdown(wait=True)


def _size(item: InputFile) -> int:
    try:
        return item.path.stat().st_size
    except OSError:
        return 0
