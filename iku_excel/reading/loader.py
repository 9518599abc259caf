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
import logging
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from iku_excel.findings import Finding
from iku_excel.reading import guard, limits
from iku_excel.reading.errors import ReadError
from iku_excel.reading.grid import SheetGrid
from iku_excel.reading.input_file import InputFile, displayable, extension_notes, read_input
from iku_excel.reading.names import escape_controls
from iku_excel.reading.scan import close_scans
from iku_excel.reading.workbook import parse_sheets

log = logging.getLogger(__name__)

WORKERS = 2  # a staff PC has two or four cores; more threads only add memory
# A file this big is read, checked and parsed while no other such file is in
# memory: two of them at once would hold up to twice MAX_FILE_BYTES of raw
# bytes beside their grids. A folder has one big survey, seldom two.
BIG_FILE = 32 * 1024 * 1024


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


def load_one(item: InputFile, checked: Callable[[], None] | None = None,
             charge: Callable[[int], None] | None = None) -> Loaded:
    """Bytes read once (read only), hashed, checked, parsed into grids.
    `checked` is called once the file's checks are done, before it is parsed;
    `charge` with the cells it will hold (ReadError when over the run's budget)."""
    item = displayable(item)
    loaded = Loaded(item)
    try:
        data = read_input(item)
    except ReadError as exc:
        loaded.findings.append(Finding(exc.code, file=item.name, params=_shown(exc.params)))
        return loaded
    loaded.info = FileInfo(item.name, len(data), hashlib.sha256(data).hexdigest())
    loaded.findings.extend(extension_notes(item, data))
    try:
        sheets = load_sheets(item, data, checked=checked, charge=charge)
        del data  # the file's bytes are not kept beside its grids
        for grid in sheets:
            loaded.findings.extend(grid.notes)
        loaded.sheets = [grid for grid in sheets if not grid.refused]
    except ReadError as exc:
        loaded.findings.append(Finding(exc.code, file=item.name, params=_shown(exc.params)))
    return loaded


def _shown(params: dict) -> dict:
    """A finding's params as staff may see them: a sheet name in a sentence
    with its control characters escaped, as in the sheet column."""
    return {key: escape_controls(value) if isinstance(value, str) else value
            for key, value in params.items()}


def load_sheets(source: InputFile, data: bytes, checked: Callable[[], None] | None = None,
                charge: Callable[[int], None] | None = None) -> list[SheetGrid]:
    """The file's sheets, hostile and broken input refused first: the
    guard's check of the bytes (`charge`d against the run's budget, then
    `checked` told), stray cells set aside, the parse, the grids' check.
    ReadError says why a file is not read; one bad file never stops a run."""
    scans = None
    try:
        scans, cells = guard.check(source, data)
        if charge is not None:
            charge(cells)  # the run's budget: ReadError when this file would pass it
        if checked is not None:
            checked()
        if scans and any(scan.strip for scan in scans.values()):
            data = guard.without_strays(data, scans)
        sheets = parse_sheets(source, data, scans)
        guard.check_sheets(sheets)
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
                            batas=limits.size_text(limits.MAX_UNCOMPRESSED)) from exc
        raise ReadError("berkas_rusak",
                        alasan="isinya tidak dapat dibaca; mungkin rusak") from exc
    finally:
        close_scans(scans)


class Budget:
    """The cells all files of a run may hold together (limits.MAX_RUN_CELLS).

    Files are charged in the order they were handed to the readers (biggest
    first), whichever thread gets there first: a file waits for the files
    before it to be charged (or to fail), so the file refused when the
    budget runs out is the same on every run of the same folder."""

    def __init__(self, limit: int) -> None:
        self.limit, self.used = limit, 0
        self._turn = 0
        self._done: set[int] = set()
        self._closed = False
        self._changed = threading.Condition()

    def take(self, rank: int, cells: int) -> None:
        """Charge file number `rank`; ReadError when it does not fit."""
        with self._changed:
            while self._turn < rank and not self._closed:
                self._changed.wait(0.5)
            fits = self.used + cells <= self.limit
            if fits:
                self.used += cells
            self._pass(rank)
        if not fits:
            raise ReadError("batas_proses_terlampaui", sel=limits.count_text(cells),
                            batas=limits.count_text(self.limit))

    def skip(self, rank: int) -> None:
        """File number `rank` charges nothing (it failed, or was charged)."""
        with self._changed:
            self._pass(rank)

    def _pass(self, rank: int) -> None:
        self._done.add(rank)
        while self._turn in self._done:
            self._turn += 1
        self._changed.notify_all()

    def close(self) -> None:
        """No file waits any more (the run is stopping)."""
        with self._changed:
            self._closed = True
            self._changed.notify_all()


class Loader:
    """Starts loading on creation; `results()` yields in input order.

    The biggest file goes first, and alone: its checks (a pass over the
    unpacked XML, holding the interpreter lock) run with nothing else
    wanting that lock. `parsing` is set once calamine parses it, outside
    the lock; then the other files are read, and the caller may import
    pandas, all while that parse goes on."""

    def __init__(self, inputs: list[InputFile], workers: int = WORKERS,
                 budget: int | None = None) -> None:
        self.inputs = inputs
        self.parsing = threading.Event()
        self.budget = Budget(limits.MAX_RUN_CELLS if budget is None else budget)
        self._big = threading.Semaphore(1)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="baca")
        self._futures: dict[int, Future[Loaded]] = {}
        order = sorted(range(len(inputs)), key=lambda i: -_size(inputs[i]))
        for rank, index in enumerate(order):
            job = self._first if rank == 0 else self._after_first
            self._futures[index] = self._pool.submit(job, inputs[index], rank)
        if not inputs:
            self.parsing.set()

    def _first(self, item: InputFile, rank: int) -> Loaded:
        try:
            return self._load(item, rank, checked=self.parsing.set)
        finally:
            self.parsing.set()  # also when the file was refused or unreadable

    def _after_first(self, item: InputFile, rank: int) -> Loaded:
        self.parsing.wait()
        return self._load(item, rank)

    def _load(self, item: InputFile, rank: int,
              checked: Callable[[], None] | None = None) -> Loaded:
        big = _size(item) > BIG_FILE
        try:
            if big:
                self._big.acquire()
            return load_one(item, checked, lambda cells: self.budget.take(rank, cells))
        finally:
            if big:
                self._big.release()
            self.budget.skip(rank)  # a file that failed before its charge lets the next one on

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
        self.budget.close()
        self._pool.shutdown(wait=True)


def _size(item: InputFile) -> int:
    try:
        return item.path.stat().st_size
    except OSError:
        return 0
