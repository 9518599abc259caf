"""A regency's run: many kecamatan folders, one report each, on worker processes.

Each folder is one job for a pool of worker processes (a staff PC has two
to four cores; each worker imports pandas once and keeps it for its next
folders). A job's console output and log lines are kept and printed whole,
in folder order, so the console reads exactly as a run one folder after the
other would. Two folders that name the same kecamatan write one report
name: the output folder's lock (report/placing.py), which every run takes
for its placing step, keeps the one placed first (in arsip/).
"""

from __future__ import annotations

import contextlib
import io
import logging
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from iku_excel.arena import one_malloc_arena
from iku_excel.exit_codes import EXIT_NO_REPORT

MAX_WORKERS = 4  # memory: a worker holds one kecamatan's tables at a time

# (folder, JSON path) -> (exit code, the report written or None)
Job = Callable[[Path, "str | None"], "tuple[int, str | None]"]


@dataclass
class Done:
    folder: Path
    code: int
    stdout: str = ""
    stderr: str = ""
    log: list[tuple[str, int, str]] | None = None  # (logger, level, message)
    report: str | None = None  # the report written (the regency's rekap reads it)


def workers_for(folders: list[Path]) -> int:
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1, len(folders)))


def run_folders(job: Job, folders: list[Path], json_paths: list[str | None],
                ) -> Iterator[Done]:
    """Each folder's result, in folder order, as soon as it and those before are done."""
    workers = workers_for(folders)
    if workers < 2:
        for folder, json_path in zip(folders, json_paths):
            try:
                code, report = job(folder, json_path)  # printed as it goes
                yield Done(folder, code, report=report)
            except Exception as exc:  # noqa: BLE001 - one folder never stops the others
                yield _failed(folder, exc)
        return
    # spawn everywhere: what Windows does anyway, and no fork of a process
    # holding threads or open files.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        futures = [pool.submit(_in_worker, job, folder, json_path)
                   for folder, json_path in zip(folders, json_paths)]
        try:
            for folder, future in zip(folders, futures):
                try:
                    done = future.result()
                except Exception as exc:  # noqa: BLE001 - one folder never stops the others
                    done = _failed(folder, exc)
                yield done
        except BaseException:
            for future in futures:
                future.cancel()
            raise


def _failed(folder: Path, exc: Exception) -> Done:
    """A bug met in one folder: said for that folder, traceback to the log."""
    import traceback

    detail = "".join(traceback.format_exception(exc))
    return Done(folder, EXIT_NO_REPORT,
                stderr=("Terjadi kesalahan di dalam aplikasi (bukan pada data Anda) saat "
                        "mengolah folder ini; laporannya tidak dibuat. Rincian teknis ada di "
                        "berkas log; mohon kirim berkas itu ke pengembang.\n"),
                log=[("iku_excel.run", logging.ERROR, f"kesalahan di dalam aplikasi:\n{detail}")])


def replay(done: Done) -> None:
    """Print a worker's console output and log its lines here."""
    if done.stdout:
        sys.stdout.write(done.stdout)
        sys.stdout.flush()
    if done.stderr:
        sys.stderr.write(done.stderr)
        sys.stderr.flush()
    for name, level, message in done.log or []:
        logging.getLogger(name).log(level, "[%s] %s", done.folder.name, message)


# --- in the worker process ----------------------------------------------------

class _Keep(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[tuple[str, int, str]] = []
        self.setFormatter(logging.Formatter("%(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append((record.name, record.levelno, self.format(record)))
        except Exception:  # noqa: BLE001 - a log line never stops a report
            pass


def _in_worker(job: Job, folder: Path, json_path: str | None) -> Done:
    one_malloc_arena()  # as in a lone run (cli.main)
    logger = logging.getLogger("iku_excel")
    keep = _Keep()
    logger.addHandler(keep)
    level = logger.level
    logger.setLevel(logging.DEBUG)
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code, report = job(folder, json_path)
    finally:
        logger.removeHandler(keep)
        logger.setLevel(level)
    return Done(folder, code, out.getvalue(), err.getvalue(), keep.lines, report)
