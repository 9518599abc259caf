"""One input folder -> one report: read, compute, write, tell staff (cli.md).

The library behind `iku-excel run` for one folder, and behind each folder of
a regency's run (regency.py). Problems in the inputs end as one Indonesian
sentence and an exit status, never as an exception."""

from __future__ import annotations

import gc
import os
import sys
import traceback
from pathlib import Path

from iku_excel.exit_codes import EXIT_CLEAN, EXIT_NO_REPORT, EXIT_PROBLEMS

DEFAULT_INPUT = "input"


def input_problem(folder: Path, named: bool) -> str | None:
    """Why `folder` cannot be the input folder, in one sentence; None if it can.
    A folder named with --input must exist (a typo must not quietly give the
    example data); the default input/ may be missing (cli.md)."""
    where = f" (dicari di {folder.absolute()})" if not folder.is_absolute() else ""
    try:
        if not folder.exists():
            if not named:
                return None
            return (f"Folder masukan {folder} tidak ada{where}. Periksa nama dan letaknya, "
                    "lalu jalankan lagi.")
        if not folder.is_dir():
            return (f"{folder} adalah berkas, bukan folder: --input harus menunjuk folder "
                    "tempat berkas Excel diletakkan.")
        with os.scandir(folder):
            pass
    except OSError as exc:
        from iku_excel.reading.input_file import os_reason

        return (f"Folder masukan {folder} tidak dapat dibuka ({os_reason(exc)}){where}. "
                "Periksa izin folder itu, lalu jalankan lagi.")
    return None


def year_problem(tahun: int | None) -> str | None:
    if tahun is not None and not 1950 <= tahun <= 2100:
        return f"Tahun {tahun} tidak masuk akal; tulis misalnya --tahun 2017."
    return None


def quarter_problem(triwulan: str | int | None) -> tuple[int | None, str | None]:
    """--triwulan N read (1..4, or I..IV), or why it cannot be: one sentence."""
    if triwulan is None:
        return None, None
    from iku_excel.settings_keys import quarter

    number, ok = quarter(triwulan)  # refuses '-1' too, as the settings row's reader
    if not ok:
        return None, (f"Triwulan \"{triwulan}\" tidak dikenal; tulis --triwulan 1, 2, 3 atau 4 "
                      "(laporan 1 Januari sampai akhir triwulan itu), atau tanpa --triwulan "
                      "untuk laporan satu tahun.")
    return number, None


def run_one(input_dir: Path, output_dir: Path, tahun: int | None = None,
            json_path: str | None = None, pdf: bool = True, allow_example: bool = True,
            verbose: bool = False, runlog=None, written: list[Path] | None = None,
            triwulan: int | None = None) -> int:
    """The report of one folder; its exit status. `written` receives the
    report's path when one is written."""
    try:
        return _run_folder(input_dir, output_dir, tahun, json_path, pdf, allow_example,
                           verbose, runlog, written, triwulan)
    finally:
        # pipeline.grids_being_built froze what was alive once the files were
        # read; a regency worker's next folder starts without it.
        gc.unfreeze()


def _run_folder(input_dir: Path, output_dir: Path, tahun: int | None, json_path: str | None,
                pdf: bool, allow_example: bool, verbose: bool, runlog,
                written: list[Path] | None, triwulan: int | None = None) -> int:
    # Only what reading needs is imported first: the pipeline starts parsing
    # the files on worker threads, then imports pandas while they parse.
    from iku_excel.pipeline import NothingUsable, analyse
    from iku_excel.progress import print_file
    from iku_excel.runlog import log, log_run, timed

    try:
        with timed("membaca dan menghitung"):
            run = analyse(input_dir, tahun, allow_example=allow_example,
                          progress=print_file, meanwhile=_import_writing, triwulan=triwulan)
    except NothingUsable as exc:
        return _not_written(exc, verbose, runlog)
    from iku_excel.console import print_run
    from iku_excel.report.model import build
    from iku_excel.report.writer import OutputError, write_report
    from iku_excel.summary import write_summary

    run = _with_last_year(run, output_dir)
    log_run(run)
    if runlog is not None:
        runlog.save()
    model = build(run)
    try:
        with timed("menulis laporan"):
            report = write_report(model, output_dir, pdf=pdf)
        log.info("laporan: %s", report.path)
        if written is not None:
            written.append(report.path)
    except OutputError as exc:
        return _not_written(exc, verbose, runlog)
    if json_path:
        try:
            write_summary(run, report, Path(json_path))
        except OSError as exc:
            from iku_excel.reading.input_file import os_reason

            log.info("ringkasan JSON gagal", exc_info=exc)
            print_run(model, report)
            print(f"Ringkasan JSON TIDAK dapat ditulis ke {json_path} ({os_reason(exc)}); "
                  "laporan Excel sudah tersimpan.", file=sys.stderr)
            return EXIT_PROBLEMS  # the report exists: 2 would say it does not
    print_run(model, report)
    return EXIT_PROBLEMS if run.exit_code else EXIT_CLEAN


def _with_last_year(run, output_dir: Path):
    """Year n-1 from last year's report (the input folder's, the output
    folder's or its arsip/'s) or the catalogue (cycle.md)."""
    from dataclasses import replace

    from iku_excel.catalogue.bundled import bundled
    from iku_excel.last_year import candidates, find_report, last_year
    from iku_excel.report.file_name import ARCHIVE

    own = [f.file for f in run.findings if f.code == "berkas_laporan_sendiri" and f.file]
    paths = candidates(run.input_dir, own, [output_dir, output_dir / ARCHIVE], run.tahun)
    report, file = find_report(paths, run.settings.kecamatan, run.tahun)
    found, notes = last_year(run.catalogue or bundled(), run.results, run.tahun, report, file,
                             run.settings.rumus_penurunan)
    return replace(run, last_year=found, findings=run.findings + notes)


def _import_writing() -> None:
    """The modules that write the report, imported while the biggest input
    file still parses (see benchmarks/README.md)."""
    import iku_excel.console  # noqa: F401
    import iku_excel.report.model  # noqa: F401
    import iku_excel.report.writer  # noqa: F401
    import iku_excel.summary  # noqa: F401


def _not_written(exc: Exception, verbose: bool, runlog) -> int:
    from iku_excel.runlog import log

    log.info("laporan tidak dibuat", exc_info=exc)
    print(f"Laporan TIDAK dibuat. {exc}", file=sys.stderr)
    if verbose and runlog is None:
        traceback.print_exc()
    return EXIT_NO_REPORT
