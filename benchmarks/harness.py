"""Running children and timing them: the cases of one folder round-robin, each
child's own peak memory from os.wait4, the floors (a), (b), (c) and the
targets of issue 8."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

README = HERE / "README.md"
PY = sys.executable
LIBRARIES = ["iku-excel", "pandas", "numpy", "openpyxl", "python-calamine", "xlsxwriter",
             "google-re2"]
IMPORT_A = "import pandas"
READ_B = """\
import pathlib, sys
import pandas
for p in sorted(pathlib.Path(sys.argv[1]).glob("*.xlsx")):
    pandas.read_excel(p, sheet_name=None, engine="openpyxl")
"""
READ_C = """\
import pathlib, sys
from python_calamine import CalamineWorkbook
for p in sorted(pathlib.Path(sys.argv[1]).glob("*.xlsx")):
    book = CalamineWorkbook.from_path(str(p))
    for name in book.sheet_names:
        book.get_sheet_by_name(name).to_python()
"""

# Targets of issue 8 (threshold, stretch); "<=" everywhere.
T_E2E_C = (1.5, 1.2)
T_E2E_B = (0.15, None)
T_EXAMPLE_A = (2.0, 1.5)
T_LINEAR = (1.25, None)   # marginal cost per row, largest step / earlier steps
T_FOLDERS = (1.0, None)
T_MEMORY = (1.0, None)
T_REKAP = (2.0, None)     # rekap of the 18 reports / one run on the example data (issue 21)
TARGET_SIZE = 100_000


@dataclass
class Runs:
    seconds: list[float] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)

    def add(self, seconds: float, rss_kb: int | None) -> None:
        self.seconds.append(seconds)
        if rss_kb is not None:
            self.rss_kb.append(rss_kb)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def peak_mb(self) -> float | None:
        return max(self.rss_kb) / 1024 if self.rss_kb else None

    def text(self) -> str:
        if len(self.seconds) == 1:
            return f"{self.median:.2f}"
        return f"{self.median:.2f} ({min(self.seconds):.2f}-{max(self.seconds):.2f})"


@dataclass
class Case:
    label: str
    rows: int
    folder: Path
    e2e: Runs = field(default_factory=Runs)
    pdf: Runs = field(default_factory=Runs)   # e2e including the LibreOffice PDF
    b: Runs = field(default_factory=Runs)
    c: Runs = field(default_factory=Runs)


class ChildFailed(RuntimeError):
    pass


def child_env(cache: Path) -> dict[str, str]:
    """Children cache bytecode, as on a staff PC after the first run, but in a
    prefix under the cache dir so nothing is written into the source tree."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache.resolve() / "pycache")
    return env


def run_child(cmd: list[str], cwd: Path, env: dict[str, str],
              ok: tuple[int, ...] = (0,)) -> tuple[float, int | None]:
    """Wall seconds and peak RSS (kB) of one child process."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, env=env)
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(proc.pid, 0)
            seconds = time.perf_counter() - start
            proc.returncode = os.waitstatus_to_exitcode(status)
            # Linux reports kilobytes, macOS bytes.
            rss = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
        else:  # Windows: time only
            proc.wait()
            seconds, rss = time.perf_counter() - start, None
        if proc.returncode not in ok:
            out.seek(0)
            tail = out.read().decode("utf-8", "replace")[-3000:]
            raise ChildFailed(f"{' '.join(cmd)} exited {proc.returncode}:\n{tail}")
    return seconds, rss


class Bench:
    def __init__(self, work: Path, env: dict[str, str]):
        self.work = work
        self.env = env
        self.count = 0
        # Newer CLIs also export a PDF through LibreOffice when it is installed;
        # the timed e2e is the workbook (the report), the PDF is timed apart.
        help_text = subprocess.run([PY, "-m", "iku_excel", "run", "--help"], cwd=work, env=env,
                                   capture_output=True, text=True).stdout
        self.pdf_flag = "--tanpa-pdf" if "--tanpa-pdf" in help_text else None
        self.pdf_possible = self.pdf_flag is not None and bool(
            shutil.which("soffice") or shutil.which("libreoffice"))
        # A regency runs all its kecamatan folders in one process when it can.
        self.per_folder = "--per-kecamatan" in help_text

    def e2e(self, folder: Path, pdf: bool = False, per_folder: bool = False,
            ) -> tuple[float, int | None]:
        self.count += 1
        output = self.work / f"out-{self.count}"
        cmd = [PY, "-m", "iku_excel", "run", "--input", str(folder), "--output", str(output)]
        if per_folder:
            cmd.append("--per-kecamatan")
        if self.pdf_flag and not pdf:
            cmd.append(self.pdf_flag)
        try:
            # Exit 1 means "report written, with notes in Catatan Data".
            return run_child(cmd, self.work, self.env, ok=(0, 1))
        finally:
            shutil.rmtree(output, ignore_errors=True)

    def rekap(self, folder: Path) -> tuple[float, int | None]:
        self.count += 1
        output = self.work / f"out-{self.count}"
        try:
            # Exit 1: written, with notes (a kecamatan that has not sent, ...).
            return run_child([PY, "-m", "iku_excel", "rekap", "--input", str(folder),
                              "--output", str(output)], self.work, self.env, ok=(0, 1))
        finally:
            shutil.rmtree(output, ignore_errors=True)

    def a(self) -> tuple[float, int | None]:
        return run_child([PY, "-c", IMPORT_A], self.work, self.env)

    def b(self, folder: Path) -> tuple[float, int | None]:
        return run_child([PY, "-c", READ_B, str(folder)], self.work, self.env)

    def c(self, folder: Path) -> tuple[float, int | None]:
        return run_child([PY, "-c", READ_C, str(folder)], self.work, self.env)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
