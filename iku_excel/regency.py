"""`run --per-kecamatan`: each subfolder of the input folder is one
kecamatan; one report each (on worker processes, batch.py), then the
regency's rekap of the reports just made."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from iku_excel.batch import replay, run_folders, workers_for
from iku_excel.exit_codes import EXIT_CLEAN, EXIT_NO_REPORT, EXIT_PROBLEMS
from iku_excel.run_folder import run_one


def run_regency(input_dir: Path, output_dir: Path, tahun: int | None = None,
                json_path: str | None = None, pdf: bool = True, verbose: bool = False,
                runlog=None, triwulan: int | None = None) -> int:
    from iku_excel.reading.files import kecamatan_folders
    from iku_excel.reading.names import display_name

    folders, links = kecamatan_folders(input_dir) if input_dir.is_dir() else ([], [])
    for name in links:  # a link may lead anywhere: only what lies inside the folder is read
        print(f"Subfolder {display_name(name)} dilewati: ini tautan (shortcut/symlink/junction), "
              "bukan folder di dalam folder masukan; salin folder aslinya bila datanya "
              "diperlukan.")
    if not folders:
        print(f"Laporan TIDAK dibuat. Folder {input_dir} tidak berisi subfolder kecamatan.",
              file=sys.stderr)
        return EXIT_NO_REPORT
    if runlog is not None:
        runlog.save()  # the folders are listed: the log file may open now

    json_paths = [str(Path(json_path).with_name(f"{Path(json_path).stem}_{folder.name}.json"))
                  if json_path else None for folder in folders]
    workers = workers_for(folders)
    if workers > 1:
        print(f"{len(folders)} folder kecamatan, dikerjakan {workers} sekaligus.")
    codes, reports = [], []
    job = partial(run_job, output_dir, tahun, pdf, verbose, triwulan=triwulan)
    done = run_folders(job, folders, json_paths)
    for number, folder in enumerate(folders, start=1):
        print(f"\n[{number}/{len(folders)}] {folder.name}", flush=True)
        result = next(done)
        replay(result)
        codes.append(result.code)
        if result.report and Path(result.report) not in reports:
            reports.append(Path(result.report))
    written = [c for c in codes if c != EXIT_NO_REPORT]
    print(f"\n{len(written)} dari {len(folders)} laporan kecamatan dibuat.")
    if not written:
        return EXIT_NO_REPORT
    code = EXIT_PROBLEMS if len(written) < len(codes) else max(written)
    return max(code, _rekap_of(input_dir, output_dir, tahun, json_path, reports, triwulan))


def run_job(output_dir: Path, tahun: int | None, pdf: bool, verbose: bool, input_dir: Path,
            json_path: str | None, triwulan: int | None = None) -> tuple[int, str | None]:
    """One kecamatan folder of a regency run: exit status and the report written."""
    written: list[Path] = []
    # In a regency's folder an empty kecamatan is no cue for example data.
    code = run_one(input_dir, output_dir, tahun, json_path, pdf, allow_example=False,
                   verbose=verbose, written=written, triwulan=triwulan)
    return code, (str(written[0]) if written else None)


def _rekap_of(input_dir: Path, output_dir: Path, tahun: int | None, json_path: str | None,
              reports: list[Path], triwulan: int | None = None) -> int:
    """The regency rekap of the reports a regency run has just made."""
    from iku_excel.rekap.command import rekap_command

    print("\nRekap kabupaten dari laporan yang baru dibuat:", flush=True)
    json_rekap = (str(Path(json_path).with_name(f"{Path(json_path).stem}_rekap.json"))
                  if json_path else None)
    code = rekap_command(input_dir, output_dir, tahun, triwulan, json_rekap, files=reports)
    # The reports decide the run's status; the rekap only when it could not be written.
    return EXIT_PROBLEMS if code == EXIT_NO_REPORT else EXIT_CLEAN
