"""The library behind the command line, one function per command: run(),
template(), rekap(). Each takes plain values, prints what staff read and
returns the exit status (exit_codes.py); cli.py only parses arguments."""

from __future__ import annotations

import sys
from pathlib import Path

from iku_excel.exit_codes import EXIT_CLEAN, EXIT_NO_REPORT
from iku_excel.run_folder import (
    DEFAULT_INPUT,
    input_problem,
    quarter_problem,
    run_one,
    year_problem,
)

__all__ = ["run", "template", "rekap"]


def run(input_dir: str | None = None, output_dir: str = "output", tahun: int | None = None,
        json_path: str | None = None, per_kecamatan: bool = False, pdf: bool = True,
        verbose: bool = False, runlog=None, triwulan: str | int | None = None) -> int:
    """The report of `input_dir` (None: input/, where missing or empty means
    the example data), or with `per_kecamatan` one report per subfolder;
    with `triwulan` N, from 1 January to the end of quarter N (cycle.md)."""
    quarter, problem = quarter_problem(triwulan)
    if problem:
        print(f"Laporan TIDAK dibuat. {problem}", file=sys.stderr)
        return EXIT_NO_REPORT
    named, folder = input_dir is not None, Path(input_dir or DEFAULT_INPUT)
    problem = input_problem(folder, named)
    if problem:
        from iku_excel.runlog import log

        log.info("folder masukan: %s", problem)
        print(f"Laporan TIDAK dibuat. {problem}", file=sys.stderr)
        return EXIT_NO_REPORT
    problem = year_problem(tahun)
    if problem:  # said once, not once per folder of a regency's run
        print(problem, file=sys.stderr)
        return EXIT_NO_REPORT
    if per_kecamatan:
        from iku_excel.regency import run_regency

        return run_regency(folder, Path(output_dir), tahun, json_path, pdf, verbose, runlog,
                           triwulan=quarter)
    return run_one(folder, Path(output_dir), tahun, json_path, pdf, verbose=verbose,
                   runlog=runlog, triwulan=quarter)


def template(path: str) -> int:
    """The blank input workbook at `path`, or beside it when that name is taken."""
    from xlsxwriter.exceptions import FileCreateError

    from iku_excel.template import write_template

    wanted = Path(path)
    try:
        written = write_template(wanted)
    except (OSError, FileCreateError) as exc:
        print(f"Buku kerja isian TIDAK ditulis: {path} tidak dapat dibuat ({exc}). "
              "Pilih folder lain yang boleh ditulisi.", file=sys.stderr)
        return EXIT_NO_REPORT
    if written != wanted:
        print(f"Berkas {wanted} sudah ada dan tidak ditimpa (mungkin sudah diisi).")
    print(f"Buku kerja isian ditulis: {written}")
    return EXIT_CLEAN


def rekap(input_dir: str, output_dir: str = "output", tahun: int | None = None,
          triwulan: str | int | None = None, json_path: str | None = None) -> int:
    """The regency's rekap of the kecamatan reports under `input_dir`."""
    # Imported here: the rekap's modules are no part of a report's run.
    from iku_excel.rekap.command import rekap_command

    return rekap_command(input_dir, Path(output_dir), tahun, triwulan, json_path)
