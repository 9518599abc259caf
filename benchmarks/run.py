"""Time iku-excel from double-click to report, next to its floors (issue 8).

Usage::

    python benchmarks/run.py [--sizes 1k,10k,100k,300k] [--repeat N] [--quick]
                             [--cache DIR] [--readme PATH | --no-readme]

Every measurement is a whole child process (interpreter start included),
run N times, reported as median (min-max). The cases of one folder are run
round-robin (e2e, b, c, e2e, b, c, ...) so drift on the machine hits all
alike:

* e2e  ``python -m iku_excel run --input F --output TMP`` (fresh TMP per run),
       with ``--tanpa-pdf`` when the CLI has it: the targets are about the
       workbook; the LibreOffice PDF export is timed apart (example data and
       100k) unless ``--no-pdf``
* (a)  ``python -c "import pandas"``: interpreter start plus the big import
* (b)  ``pandas.read_excel(p, sheet_name=None, engine="openpyxl")`` of every
       xlsx in F, in a child process: what a plain pandas script would cost
* (c)  python-calamine ``to_python()`` of every sheet of every xlsx in F,
       in a child process: the floor for reading the same files
* rekap ``python -m iku_excel rekap --input R --output TMP`` over the reports
       of the kecamatan folders (issue 21), beside the e2e of the example data

Peak memory is the child's own maximum resident set size, from the rusage
that ``os.wait4(pid)`` returns for exactly that child (the number
``/usr/bin/time -v`` prints as "Maximum resident set size"). It is not taken
from ``getrusage(RUSAGE_CHILDREN)`` deltas: that value is a maximum over all
children so far, so a smaller child after a bigger one would not show.

Children run with bytecode caching on (``PYTHONDONTWRITEBYTECODE`` dropped,
``PYTHONPYCACHEPREFIX`` under the cache dir), as on a staff PC after the
first run, without writing into the source tree.

``--quick`` (1k, one repeat, 2 kecamatan folders of 500 rows, no PDF) is for the
smoke test; it writes the README only when ``--readme`` is given. Without
``--quick`` the README next to this file is regenerated. Inputs come from
``generate.py`` (cached in ``benchmarks/.data/``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import generate  # noqa: E402  (benchmarks/ is not a package)

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


# --------------------------------------------------------------------------
# measuring
# --------------------------------------------------------------------------

def measure(args: argparse.Namespace) -> dict:
    sizes = [generate.parse_size(s) for s in args.sizes.split(",") if s.strip()]
    log(f"inputs in {args.cache} (generated once, then reused)")
    folders = {n: generate.size_folder(args.cache, n) for n in sizes}
    kecamatan = (generate.kecamatan_folders(args.cache, args.kecamatan, args.kecamatan_rows)
                 if args.kecamatan else [])
    reports = generate.rekap_folder(args.cache, args.kecamatan) if args.kecamatan else None
    load_before = _load()
    work = Path(tempfile.mkdtemp(prefix="iku-bench-"))
    try:
        bench = Bench(work, child_env(args.cache))
        pdf = bench.pdf_possible and not args.no_pdf
        empty = work / "empty-input"
        empty.mkdir()
        # Warm-up (pyc files, page cache), not counted.
        bench.a()
        bench.b(generate.EXAMPLE_DIR)
        bench.c(generate.EXAMPLE_DIR)
        bench.e2e(empty)
        if reports is not None:
            bench.rekap(reports)

        a, example, rekap = Runs(), Case("example data", 60, empty), Runs()
        cases = [Case(generate.size_label(n), n, folders[n]) for n in sizes]
        folders_total = Runs()
        # Round-robin: each round measures every case once, so a machine that
        # slows down (other work, heat) slows all sizes alike and the ratios
        # between sizes (linearity, 18 folders vs 100k) stay fair.
        for i in range(args.repeat):
            log(f"round {i + 1}/{args.repeat}: example data / (a)")
            a.add(*bench.a())
            example.e2e.add(*bench.e2e(empty))
            if pdf:
                example.pdf.add(*bench.e2e(empty, pdf=True))
            example.b.add(*bench.b(generate.EXAMPLE_DIR))
            example.c.add(*bench.c(generate.EXAMPLE_DIR))
            if reports is not None:
                rekap.add(*bench.rekap(reports))
            for case in cases:
                log(f"round {i + 1}/{args.repeat}: {case.label}")
                case.e2e.add(*bench.e2e(case.folder))
                if pdf and case.rows == TARGET_SIZE:
                    case.pdf.add(*bench.e2e(case.folder, pdf=True))
                case.b.add(*bench.b(case.folder))
                case.c.add(*bench.c(case.folder))
            if kecamatan:
                log(f"round {i + 1}/{args.repeat}: {len(kecamatan)} kecamatan folders")
                folders_total.add(*_folders_run(bench, kecamatan))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {"a": a, "example": example, "cases": cases, "folders": folders_total,
            "rekap": rekap,
            "kecamatan": (len(kecamatan), args.kecamatan_rows),
            "folders_mode": ("one --per-kecamatan process" if kecamatan and bench.per_folder
                             else "one process each"),
            "load": (load_before, _load()),
            "pdf": "measured" if pdf else ("skipped (--no-pdf)" if bench.pdf_possible
                                            else "not available (no LibreOffice or no PDF step)")}


def _folders_run(bench: Bench, kecamatan: list[Path]) -> tuple[float, int | None]:
    """Total seconds and peak RSS of running every kecamatan folder."""
    if bench.per_folder:
        # All folders share one parent: one process, one report each.
        return bench.e2e(kecamatan[0].parent, per_folder=True)
    total, peak = 0.0, []
    for folder in kecamatan:
        seconds, rss = bench.e2e(folder)
        total += seconds
        if rss is not None:
            peak.append(rss)
    return total, (max(peak) if peak else None)


def _load() -> float | None:
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return None


# --------------------------------------------------------------------------
# reporting
# --------------------------------------------------------------------------

def ratio(x: float | None, y: float | None) -> float | None:
    return None if x is None or not y else x / y


def fmt(value: float | None, digits: int = 2, suffix: str = "") -> str:
    return "n/a" if value is None else f"{value:.{digits}f}{suffix}"


def verdict(value: float | None, target: tuple[float, float | None]) -> str:
    if value is None:
        return "n/a (not measured)"
    limit, stretch = target
    if stretch is not None and value <= stretch:
        return "MET (stretch too)"
    return "MET" if value <= limit else "NOT MET"


def linearity(cases: list[Case]) -> tuple[float | None, str]:
    """Marginal seconds per row of the largest step / of the steps below it.
    The same figure for the floor (c) goes in the detail: it says how much
    of any growth the machine's own reading of bigger files shows."""
    if len(cases) < 3:
        return None, "needs 3 sizes"
    lo, mid, hi = cases[0], cases[-2], cases[-1]

    def marginal(runs: Callable[[Case], Runs]) -> tuple[float, float]:
        low = (runs(mid).median - runs(lo).median) / (mid.rows - lo.rows)
        high = (runs(hi).median - runs(mid).median) / (hi.rows - mid.rows)
        return low, high

    m_low, m_high = marginal(lambda case: case.e2e)
    c_low, c_high = marginal(lambda case: case.c)
    detail = (f"{m_high * 1e6:.1f} us/row ({mid.label}->{hi.label}) vs "
              f"{m_low * 1e6:.1f} us/row ({lo.label}->{mid.label}); the floor (c) itself: "
              f"{fmt(c_high / c_low if c_low > 0 else None)}")
    return (m_high / m_low if m_low > 0 else None), detail


def tables(result: dict) -> tuple[str, str, str]:
    a: Runs = result["a"]
    example: Case = result["example"]
    cases: list[Case] = result["cases"]
    folders: Runs = result["folders"]
    n_kec, kec_rows = result["kecamatan"]

    lines = ["| input | rows | e2e / (c) | e2e / (b) | e2e / (a) | e2e per 1k rows | "
             "peak mem e2e / (b) |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for case in [example, *cases]:
        per_1k = ((case.e2e.median - example.e2e.median) / (case.rows - example.rows) * 1000
                  if case.rows > example.rows else None)
        lines.append(
            f"| {case.label} | {case.rows:,} | {fmt(ratio(case.e2e.median, case.c.median))} | "
            f"{fmt(ratio(case.e2e.median, case.b.median), 3)} | "
            f"{fmt(ratio(case.e2e.median, a.median))} | "
            f"{fmt(per_1k * 1000 if per_1k is not None else None, 1, ' ms')} | "
            f"{fmt(ratio(case.e2e.peak_mb, case.b.peak_mb))} |")
    ratios = "\n".join(lines) + (
        "\n\n*e2e per 1k rows* is (e2e - e2e of the example data) / rows x 1000: the cost of "
        "the rows once the fixed start-up cost is taken away; flat means linear.")

    by_rows = {c.rows: c for c in cases}
    at = by_rows.get(TARGET_SIZE)
    lin, lin_detail = linearity(cases)
    base = by_rows.get(TARGET_SIZE)
    folders_ratio = ratio(folders.median if folders.seconds else None,
                          base.e2e.median if base else None)
    targets = [
        ("100k: e2e <= 1.5x (c), stretch 1.2x",
         ratio(at.e2e.median, at.c.median) if at else None, T_E2E_C, ""),
        ("100k: e2e <= 0.15x (b)",
         ratio(at.e2e.median, at.b.median) if at else None, T_E2E_B, ""),
        ("example data: e2e <= 2.0x (a), stretch 1.5x",
         ratio(example.e2e.median, a.median), T_EXAMPLE_A, ""),
        ("linear growth 1k -> 300k (marginal cost per row, last step / earlier <= 1.25)",
         lin, T_LINEAR, lin_detail),
        (f"{n_kec} folders of {kec_rows:,} rows ({result.get('folders_mode', 'one process each')})"
         " <= one 100k folder",
         folders_ratio, T_FOLDERS,
         f"{folders.median:.2f} s vs {base.e2e.median:.2f} s" if folders.seconds and base
         else ""),
        (f"rekap of {n_kec} reports <= 2.0x one e2e of the example data",
         ratio(result["rekap"].median if result["rekap"].seconds else None,
               example.e2e.median), T_REKAP,
         f"{result['rekap'].median:.2f} s vs {example.e2e.median:.2f} s"
         if result["rekap"].seconds else ""),
        ("100k: peak memory of e2e <= (b)",
         ratio(at.e2e.peak_mb, at.b.peak_mb) if at else None, T_MEMORY,
         f"{at.e2e.peak_mb:.0f} MB vs {at.b.peak_mb:.0f} MB"
         if at and at.e2e.peak_mb and at.b.peak_mb else ""),
    ]
    tlines = ["| target | measured | result | detail |", "|---|---:|---|---|"]
    for name, value, target, detail in targets:
        tlines.append(f"| {name} | {fmt(value)} | {verdict(value, target)} | {detail} |")

    mlines = ["| input | rows | e2e s | (b) openpyxl s | (c) calamine s | e2e MB | (b) MB | "
              "(c) MB |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for case in [example, *cases]:
        mlines.append(f"| {case.label} | {case.rows:,} | {case.e2e.text()} | {case.b.text()} | "
                      f"{case.c.text()} | {fmt(case.e2e.peak_mb, 0)} | {fmt(case.b.peak_mb, 0)} | "
                      f"{fmt(case.c.peak_mb, 0)} |")
    mlines.append(f"| (a) `{IMPORT_A}` | - | {a.text()} | | | {fmt(a.peak_mb, 0)} | | |")
    for case in [example, *cases]:
        if case.pdf.seconds:
            mlines.append(f"| {case.label}, e2e with PDF (LibreOffice) | {case.rows:,} | "
                          f"{case.pdf.text()} | | | {fmt(case.pdf.peak_mb, 0)} | | |")
    if folders.seconds:
        mlines.append(f"| {n_kec} kecamatan folders, total | {n_kec * kec_rows:,} | "
                      f"{folders.text()} | | | {fmt(folders.peak_mb, 0)} (max) | | |")
    if result["rekap"].seconds:
        mlines.append(f"| rekap of {n_kec} reports | - | {result['rekap'].text()} | | | "
                      f"{fmt(result['rekap'].peak_mb, 0)} | | |")
    return "\n".join(tlines), ratios, "\n".join(mlines)


def machine(load: tuple[float | None, float | None] = (None, None)) -> list[str]:
    cpu = platform.processor() or platform.machine()
    ram = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 ** 2:.1f} GiB"
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    cores = f"{os.cpu_count()} logical" + (f" ({usable} usable)" if usable else "")
    versions = []
    for name in LIBRARIES:
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name} (not installed)")
    return [f"- CPU: {cpu}, {cores}", f"- RAM: {ram}",
            f"- OS: {platform.platform()}",
            f"- Python: {platform.python_implementation()} {platform.python_version()}",
            f"- Libraries: {', '.join(versions)}",
            f"- iku_excel source: {git_revision()}",
            f"- Load average (1 min) at start / end: {fmt(load[0])} / {fmt(load[1])} "
            "(other work on the machine widens min-max)"]


def git_revision() -> str:
    try:
        head = subprocess.run(["git", "-C", str(generate.REPO_ROOT), "rev-parse", "--short",
                               "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(generate.REPO_ROOT), "status", "--porcelain",
                                "--", "iku_excel"], capture_output=True, text=True,
                               check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (no git)"
    return f"commit {head}" + (" with uncommitted changes in iku_excel/" if dirty else "")


def readme(result: dict, args: argparse.Namespace, targets: str, ratios: str,
           measurements: str) -> str:
    sizes = ", ".join(c.label for c in result["cases"])
    n_kec, kec_rows = result["kecamatan"]
    folders_text = ("one `iku-excel run --per-kecamatan` process over their parent folder "
                    "(worker processes, one report per folder)"
                    if result["folders_mode"] == "one --per-kecamatan process"
                    else "one e2e process per folder, run one after another")
    return f"""# Benchmarks: from double-click to report

Generated by `python benchmarks/run.py` on {dt.datetime.now().strftime('%Y-%m-%d %H:%M')}
(sizes {sizes}; {args.repeat} run(s) per case; median). Do not edit by hand: run it again.

Numbers below are **ratios** between child processes run side by side on the same
machine; they travel between machines, the seconds do not.

## Machine

{chr(10).join(machine(result["load"]))}

## Targets (issue 8)

{targets}

## Ratios

{ratios}

## Measurements (this machine only; seconds are median (min-max))

{measurements}

## What is measured

Every figure is one whole child process, interpreter start included.

- **e2e**: `python -m iku_excel run --input FOLDER --output TMP` (fresh TMP per run). The
  *example data* row runs it on an empty folder, which makes the tool use its bundled
  example data. When the CLI has `--tanpa-pdf` it is added: the targets are about the
  workbook. The PDF export through LibreOffice (made by default when `soffice` is
  installed) is timed apart as *e2e with PDF* for the example data and 100k; PDF here:
  {result["pdf"]}.
- **(a)**: `python -c "{IMPORT_A}"`: interpreter start plus the heaviest import the run needs.
- **(b)**: `pandas.read_excel(path, sheet_name=None, engine="openpyxl")` for every xlsx in
  the folder: what a plain pandas script would cost.
- **(c)**: python-calamine, `CalamineWorkbook.from_path(p).get_sheet_by_name(n).to_python()`
  for every sheet of every xlsx in the folder, without importing pandas: the floor.
- **Peak memory**: the child's maximum resident set size from the rusage `os.wait4(pid)`
  returns for that child alone (what `/usr/bin/time -v` calls "Maximum resident set
  size"). `getrusage(RUSAGE_CHILDREN)` is not used because its `ru_maxrss` is a maximum
  over all children so far, so deltas cannot isolate one child.
- **Linearity**: marginal cost per row of the largest step (e.g. 100k -> 300k) divided by
  that of the steps below it (1k -> 100k); 1.0 is perfectly linear. The detail gives the
  same figure for the floor (c): how much a bigger file costs this machine per row
  before iku-excel does anything.
- **{n_kec} folders** ({kec_rows:,} survey rows each): {folders_text}; total time, compared
  with one e2e run of the 100k folder. Peak memory there is the main process's.
- **rekap**: `python -m iku_excel rekap --input REPORTS --output TMP` over {n_kec} reports
  made by `iku-excel run` from the example data, each under its own kecamatan's settings
  (`benchmarks/.data/rekap-{n_kec}/`, made once): the regency's roll-up, compared with one
  e2e run of the example data.

Measurement goes in rounds after one warm-up run of (a), (b), (c) and the example
data, so page cache and `.pyc` files are warm: each round runs every case once (example
data and (a), then each size with e2e, (b), (c), then the kecamatan folders), so a
machine that slows down during the run slows every case alike. Children
run with bytecode caching on (`PYTHONDONTWRITEBYTECODE` removed, `PYTHONPYCACHEPREFIX`
in the cache dir), as on a staff PC after its first run. Other work on the machine
shows as a wide min-max; medians are used for the ratios.

## Inputs

`benchmarks/generate.py` copies the seven non-survey example workbooks and writes
`SKM_Kecamatan_<name>_2017.xlsx` in the example's layout (merged title rows, two-row
merged header with U1..U9, numbering row, one row per respondent; seeded random
answers 1-4 and 2017 dates) with xlsxwriter in `constant_memory` mode. Folders live in
`benchmarks/.data/` (git-ignored) and are made once.

## Running

```bash
python benchmarks/run.py                      # 1k, 10k, 100k, 300k, 3 runs: several minutes
python benchmarks/run.py --sizes 1k,100k --repeat 5
python benchmarks/run.py --quick              # 1k, one run, no PDF; README left alone
python benchmarks/generate.py                 # only make the input folders
```

`tests/test_benchmark_smoke.py` runs `--quick` in a temporary cache so this cannot rot;
it checks that the script completes and prints the tables, never the timings.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Time iku-excel end to end against import, openpyxl and calamine floors.")
    parser.add_argument("--sizes", help="survey sizes, e.g. 1k,10k,100k,300k")
    parser.add_argument("--repeat", type=int, help="runs per case (default 3; 1 with --quick)")
    parser.add_argument("--quick", action="store_true",
                        help="1k only, one run, 2 small kecamatan folders, README untouched")
    parser.add_argument("--cache", type=Path, default=generate.DEFAULT_CACHE,
                        help="folder for the generated inputs (default benchmarks/.data)")
    parser.add_argument("--kecamatan", type=int, help="kecamatan folders (default 18; 0: skip)")
    parser.add_argument("--kecamatan-rows", type=int, help="survey rows per kecamatan folder")
    parser.add_argument("--no-pdf", action="store_true",
                        help="do not time the e2e run with its LibreOffice PDF export")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--readme", type=Path, help="where to write the results README")
    group.add_argument("--no-readme", action="store_true")
    args = parser.parse_args(argv)
    quick = args.quick
    args.no_pdf = args.no_pdf or quick
    args.sizes = args.sizes or ("1k" if quick else ",".join(generate.DEFAULT_SIZES))
    args.repeat = args.repeat or (1 if quick else 3)
    if args.kecamatan is None:
        args.kecamatan = 2 if quick else len(generate.KECAMATAN_GRESIK)
    if args.kecamatan_rows is None:
        args.kecamatan_rows = 500 if quick else generate.KECAMATAN_ROWS
    target = None if args.no_readme else args.readme or (None if quick else README)

    started = time.perf_counter()
    try:
        result = measure(args)
    except ChildFailed as exc:
        print(f"benchmark aborted: {exc}", file=sys.stderr)
        return 2
    targets, ratios, measurements = tables(result)
    print("\n## Targets\n\n" + targets)
    print("\n## Ratios\n\n" + ratios)
    print("\n## Measurements (this machine)\n\n" + measurements)
    if target is not None:
        target.write_text(readme(result, args, targets, ratios, measurements), encoding="utf-8")
        print(f"\nwritten: {target}")
    print(f"benchmark took {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
