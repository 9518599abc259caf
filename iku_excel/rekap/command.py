"""`iku-excel rekap`: the regency's rekap of the reports in a folder, told in
the console, as an exit status (cli.md)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from iku_excel.exit_codes import EXIT_CLEAN, EXIT_NO_REPORT, EXIT_PROBLEMS
from iku_excel.run_folder import DEFAULT_INPUT, quarter_problem, year_problem


def rekap_command(input_dir: str | Path, output_dir: Path, tahun: int | None = None,
                  triwulan: str | int | None = None, json_path: str | None = None,
                  files: Sequence[Path] | None = None) -> int:
    """The regency rekap of the reports in `input_dir` (or of `files`, the
    reports a regency run has just made)."""
    from iku_excel.rekap import NoReports, rekap
    from iku_excel.rekap.console import print_rekap
    from iku_excel.report.writer import OutputError

    folder = Path(input_dir)
    if files is None and not folder.is_dir():
        if folder.exists():
            problem = f"{folder} adalah berkas, bukan folder."
        elif str(input_dir) == DEFAULT_INPUT:  # only the default folder is made
            folder.mkdir(parents=True, exist_ok=True)
            problem = f"Folder {folder} baru dibuat dan masih kosong."
        else:
            problem = f"Folder {folder} tidak ada."
        print(f"Rekap TIDAK dibuat. {problem} Simpan lampiran laporan IKU kecamatan (berkas "
              f".xlsx dari email) di folder {folder}, lalu jalankan lagi.", file=sys.stderr)
        return EXIT_NO_REPORT
    problem = year_problem(tahun)
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_NO_REPORT
    triwulan, problem = quarter_problem(triwulan)
    if problem:
        print(f"Rekap TIDAK dibuat. {problem}", file=sys.stderr)
        return EXIT_NO_REPORT
    try:
        result = rekap(None if files is not None else folder, Path(output_dir), tahun, triwulan,
                       Path(json_path) if json_path else None, files or ())
    except (NoReports, OutputError) as exc:
        print(f"Rekap TIDAK dibuat. {exc}", file=sys.stderr)
        return EXIT_NO_REPORT
    print_rekap(result)
    return EXIT_PROBLEMS if result.exit_code else EXIT_CLEAN
