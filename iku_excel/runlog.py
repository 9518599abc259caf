"""One log file per run, for whoever has to find out what happened.

``output/log/iku-excel-YYYYmmdd-HHMMSS.log`` (the last KEEP are kept) holds the
technical detail the console leaves out: version and arguments, every file
read with its size and sha256, the finding codes, timings, and the traceback
of every exception caught on the way (a file calamine could not open, a
report that could not be saved, a bug). The console keeps to the Indonesian
summary; ``--verbose`` copies the log to the console as well.

A log that cannot be written never stops the run.
"""

from __future__ import annotations

import datetime as dt
import logging
import logging.handlers
import platform
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from iku_excel.messages import severity_of

if TYPE_CHECKING:
    from iku_excel.pipeline import RunResult

LOG_DIR = "log"
KEEP = 10
PREFIX = "iku-excel-"
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

logger = logging.getLogger("iku_excel")
log = logging.getLogger("iku_excel.run")


class RunLog:
    """Collects the run's records in memory and writes them to the log file at
    `save()` (after reading, so the file never lands in an input folder that
    is also the output folder before that folder is listed) and on `stop()`."""

    def __init__(self, output_dir: Path) -> None:
        self.output_dir = output_dir
        self.path: Path | None = None
        self._buffer = logging.handlers.MemoryHandler(capacity=1_000_000,
                                                      flushLevel=logging.CRITICAL + 1)
        self._file: logging.Handler | None = None
        self._console: logging.Handler | None = None
        self._level = logger.level
        self._failed = False

    @classmethod
    def start(cls, output_dir: Path, argv: list[str], verbose: bool = False) -> RunLog:
        self = cls(output_dir)
        self._add(self._buffer)
        if verbose:
            self._console = logging.StreamHandler(sys.stderr)
            self._console.setFormatter(
                _Escaping("[rinci] %(levelname)s %(name)s: %(message)s"))
            self._add(self._console)
        logger.setLevel(logging.DEBUG)
        from iku_excel import __version__

        log.info("iku-excel %s, Python %s, %s", __version__, platform.python_version(),
                 platform.platform())
        log.info("argumen: %r", argv)
        log.info("folder kerja: %s", Path.cwd())
        return self

    def save(self) -> Path | None:
        """Open the log file (once) and write what was collected so far."""
        if self._file is not None or self._failed:
            return self.path
        try:
            folder = self.output_dir / LOG_DIR
            folder.mkdir(parents=True, exist_ok=True)
            path = _new_name(folder)
            handler = _QuietFile(path, encoding="utf-8", errors="backslashreplace")
        except OSError:
            self._failed = True  # an unwritable output folder is reported by the writer
            return None
        handler.setFormatter(_Escaping(_FORMAT))
        self._buffer.setTarget(handler)
        self._buffer.flush()
        logger.removeHandler(self._buffer)
        self._buffer.setTarget(None)
        self._add(handler)
        self._file, self.path = handler, path
        _prune(folder, keep=KEEP)
        return path

    def _add(self, handler: logging.Handler) -> None:
        handler.setLevel(logging.DEBUG)
        logger.addHandler(handler)

    def stop(self) -> None:
        self.save()
        for handler in (self._buffer, self._file, self._console):
            if handler is not None:
                logger.removeHandler(handler)
                handler.close()
        logger.setLevel(self._level)


class _QuietFile(logging.FileHandler):
    """The log file, which stops at its first failed write (a full disk, a
    USB stick pulled out) without a word: logging's own handler would print
    "--- Logging error ---" and a traceback on the console."""

    failed = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self.failed:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        self.failed = True
        self.close()

    def flush(self) -> None:
        try:
            super().flush()
        except (OSError, ValueError):
            self.failed = True

    def close(self) -> None:
        try:
            super().close()
        except (OSError, ValueError):
            self.failed = True
            self.stream = None  # its buffer could not be written; nothing more to do


class _Escaping(logging.Formatter):
    """Control characters in a logged name (a file called "a\x1b[2Jb.xlsx")
    written as escapes, so a log shown in a terminal cannot clear the
    screen or hide a line; line breaks and tabs of tracebacks stay."""

    def format(self, record: logging.LogRecord) -> str:
        from iku_excel.reading.names import escape_controls

        return escape_controls(super().format(record), keep="\n\t")


@contextmanager
def timed(label: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        log.info("waktu %s: %.3f s", label, time.perf_counter() - start)


def log_run(run: RunResult) -> None:
    """The files read and the findings, as codes (the report has the sentences)."""
    log.info("folder masukan: %s%s", run.input_dir, " (data contoh)" if run.example else "")
    for info in run.files:
        log.info("berkas dibaca: %s, %d byte, sha256 %s", info.name, info.size, info.sha256)
    for table in run.tables:
        log.debug("tabel: %s / %s -> %s", table.file, table.sheet, table.source.code)
    counts = Counter((severity_of(f).value, f.code) for f in run.findings)
    for (severity, code), count in sorted(counts.items()):
        log.info("temuan %s %s: %d", severity, code, count)
    for finding in run.findings:
        log.debug("temuan %s berkas=%s lembar=%s baris=%s kolom=%s", finding.code,
                  finding.file, finding.sheet, finding.row, finding.column)
    for code, result in run.results.items():
        log.info("indikator %s: %s", code, result.nilai)


def _new_name(folder: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"{PREFIX}{stamp}.log"
    counter = 2
    while path.exists():
        path = folder / f"{PREFIX}{stamp}-{counter}.log"
        counter += 1
    return path


def _prune(folder: Path, keep: int) -> None:
    logs = sorted(folder.glob(f"{PREFIX}*.log"), key=lambda p: (p.stat().st_mtime_ns, p.name))
    for old in logs[:-keep]:
        try:
            old.unlink()
        except OSError:
            pass
