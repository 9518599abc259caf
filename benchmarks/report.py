"""The results as tables (targets, ratios, measurements) and as
benchmarks/README.md."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

import generate  # benchmarks/ is on the path: run.py put it there
from harness import (
    IMPORT_A,
    LIBRARIES,
    T_E2E_B,
    T_E2E_C,
    T_EXAMPLE_A,
    T_FOLDERS,
    T_LINEAR,
    T_MEMORY,
    T_REKAP,
    TARGET_SIZE,
    Case,
    Runs,
)


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

## Figures behind the code

Measured once, when each choice was made (a 100k-row survey unless said);
the code's comments point here rather than carry the numbers.

| where | choice | measured |
|---|---|---|
| `reading/extents.py` `_scanner`, `pyproject.toml` `fast` | the sheet's cells checked by one RE2 DFA pass | 0.1 s with google-re2, 0.55 s with Python's `re` |
| `reading/extents.py` `QuickExtent` | cells of an undeclared sheet counted by `bytes.count` | about 50 ms per 100k rows |
| `reading/pieces.py` | a big sheet parsed in pieces, two at a time | a run's peak memory 230 MB -> 165 MB (100k rows of 30 columns: 4.13 s / 370 MB -> 3.83 s / 165 MB) |
| `reading/pieces.py` `PIECE_PER_COPY` | each piece copies the workbook's other parts | 15 copies of 1.7 MB of shared strings cost no measurable time |
| `reading/tidy.py` | equal cells shared as one object | a 100k-row grid: 64 MB of objects -> 21 MB |
| `pipeline.grids_being_built` | no cyclic garbage collection while grids are built | 0.37 s of collections at 100k rows, 1.1 s at 300k, saved |
| `arena.one_malloc_arena` | one malloc arena for all threads (Linux) | a 100k run peaked between 157 and 177 MB with an arena per thread, 142 MB every time with one, no slower |
| `run_folder._import_writing` | the writer imported while the biggest file parses | 30-45 ms less after the parse |
| `report/book.new_workbook` `in_memory` | parts assembled in memory, not as temporary files | 15-40 ms less per report |
| `__main__.py` `os._exit` | the interpreter's teardown skipped once everything is written | about 0.1 s at the end of a big run |

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

`tests/benchmarks/test_benchmark_smoke.py` runs `--quick` in a temporary cache so this cannot rot;
it checks that the script completes and prints the tables, never the timings.
"""
