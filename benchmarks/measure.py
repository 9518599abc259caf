"""What is measured: every size of survey, the example data, the kecamatan
folders and the rekap of their reports."""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from pathlib import Path

import generate  # benchmarks/ is on the path: run.py put it there
from harness import TARGET_SIZE, Bench, Case, Runs, child_env, log


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
