"""Command line: parse, call the library, turn its exceptions into one
Indonesian sentence and an exit code (cli.md). Nothing else lives here."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path

EXIT_CLEAN, EXIT_PROBLEMS, EXIT_NO_REPORT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would exit 2 in English
        self.print_usage(sys.stderr)
        print(f"Perintah tidak dikenali: {message}", file=sys.stderr)
        raise SystemExit(EXIT_NO_REPORT)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="iku-excel",
                     description="Membuat laporan IKU Kecamatan dari berkas Excel staf.")
    parser.add_argument("--verbose", action="store_true", help="tampilkan rincian teknis")
    sub = parser.add_subparsers(dest="command")
    run = sub.add_parser("run", help="buat laporan IKU (perintah bawaan)")
    _run_arguments(run)
    template = sub.add_parser("template", help="tulis buku kerja isian kosong")
    template.add_argument("path", nargs="?", default="templates/IKU_template.xlsx")
    template.add_argument("--verbose", action="store_true", help=argparse.SUPPRESS)
    rekap = sub.add_parser("rekap", help="rekap kabupaten dari laporan IKU kecamatan")
    rekap.add_argument("--input", default="input",
                       help="folder laporan kecamatan, subfolder ikut dibaca (bawaan: input)")
    rekap.add_argument("--output", default="output", help="folder rekap (bawaan: output)")
    rekap.add_argument("--tahun", type=int, help="tahun laporan (bawaan: yang terbanyak)")
    rekap.add_argument("--triwulan", type=int, choices=range(1, 5), metavar="N",
                       help="triwulan 1-4 (bawaan: yang terbanyak)")
    rekap.add_argument("--json", help="tulis ringkasan JSON ke berkas ini")
    rekap.add_argument("--verbose", action="store_true", help=argparse.SUPPRESS)
    return parser


def _run_arguments(parser: argparse.ArgumentParser) -> None:
    # None when not given: only the default folder, missing, means the example data.
    parser.add_argument("--input", default=None, help="folder berkas masukan (bawaan: input)")
    parser.add_argument("--output", default="output", help="folder laporan (bawaan: output)")
    parser.add_argument("--tahun", type=int, help="tahun laporan (bawaan: dari Pengaturan)")
    parser.add_argument("--json", help="tulis ringkasan JSON ke berkas ini")
    parser.add_argument("--per-kecamatan", action="store_true",
                        help="setiap subfolder --input adalah satu kecamatan: satu laporan "
                             "per subfolder (untuk kantor kabupaten)")
    parser.add_argument("--tanpa-pdf", action="store_true",
                        help="jangan buat PDF (bawaan: PDF dibuat bila LibreOffice, atau di Windows Microsoft Excel, terpasang)")
    parser.add_argument("--verbose", action="store_true", help=argparse.SUPPRESS)


def main(argv: list[str] | None = None) -> int:
    _one_malloc_arena()
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in {"run", "template", "rekap", "-h", "--help"}:
        argv.insert(0, "run")  # `iku-excel --input x` means `iku-excel run --input x`
    args = _parser().parse_args(argv)
    from iku_excel.runlog import RunLog, log

    runlog = None if args.command == "template" else \
        RunLog.start(Path(args.output), argv, verbose=args.verbose)
    try:
        if args.command == "template":
            return _template(args)
        if args.command == "rekap":
            return _rekap(args)
        return _run(args, runlog)
    except KeyboardInterrupt:
        log.info("dihentikan oleh pengguna")
        print("Dihentikan oleh pengguna. Laporan tidak ditulis.", file=sys.stderr)
        return EXIT_NO_REPORT
    except Exception:  # a bug in the tool itself, not in the inputs
        log.exception("kesalahan di dalam aplikasi")
        path = runlog.save() if runlog is not None else None
        if path is not None:
            print("Terjadi kesalahan di dalam aplikasi (bukan pada data Anda). Laporan tidak "
                  f"ditulis. Rincian teknis tersimpan di berkas {path}; mohon kirim berkas "
                  "itu ke pengembang.", file=sys.stderr)
        else:
            print("Terjadi kesalahan di dalam aplikasi (bukan pada data Anda). Mohon kirim pesan "
                  "di bawah ini ke pengembang.", file=sys.stderr)
        if path is None and not args.verbose:  # --verbose: the log is on the console
            traceback.print_exc()
        return EXIT_NO_REPORT
    finally:
        if runlog is not None:
            runlog.stop()


def _one_malloc_arena() -> None:
    """On Linux, one malloc arena for all threads, not one per thread.

    The files are parsed on reader threads (and a big sheet's pieces on two
    more); glibc gives each thread an arena of its own, and what one thread
    frees (calamine's copy of a piece, a piece before it is joined) is not
    reused by the others. How much is left stranded depends on which thread
    ran when: a 100k-row run peaked anywhere between 157 and 177 MB from one
    change to the next, and at 142 MB every time with one arena, no slower
    (Python's own small objects never go through it)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None).mallopt(-8, 1)  # M_ARENA_MAX
    except (OSError, AttributeError):  # not glibc: nothing to tune
        pass


def _run(args: argparse.Namespace, runlog=None) -> int:
    named, args.input = args.input is not None, args.input or DEFAULT_INPUT
    problem = _input_problem(Path(args.input), named)
    if problem:
        from iku_excel.runlog import log

        log.info("folder masukan: %s", problem)
        print(f"Laporan TIDAK dibuat. {problem}", file=sys.stderr)
        return EXIT_NO_REPORT
    if not getattr(args, "per_kecamatan", False):
        return _run_one(args, Path(args.input), args.json, runlog)
    from iku_excel.reading.files import kecamatan_folders
    from iku_excel.reading.guard import display_name

    folders, links = kecamatan_folders(Path(args.input)) if Path(args.input).is_dir() else ([], [])
    for name in links:  # a link may lead anywhere: only what lies inside the folder is read
        print(f"Subfolder {display_name(name)} dilewati: ini tautan (shortcut/symlink/junction), bukan folder "
              "di dalam folder masukan; salin folder aslinya bila datanya diperlukan.")
    if not folders:
        print(f"Laporan TIDAK dibuat. Folder {args.input} tidak berisi subfolder kecamatan.",
              file=sys.stderr)
        return EXIT_NO_REPORT
    from functools import partial

    from iku_excel.batch import replay, run_folders, workers_for

    if runlog is not None:
        runlog.save()  # the folders are listed: the log file may open now

    json_paths = [str(Path(args.json).with_name(f"{Path(args.json).stem}_{folder.name}.json"))
                  if args.json else None for folder in folders]
    workers = workers_for(folders)
    if workers > 1:
        print(f"{len(folders)} folder kecamatan, dikerjakan {workers} sekaligus.")
    codes, reports = [], []
    done = run_folders(partial(_run_job, args), folders, json_paths)
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
    return max(code, _rekap_of(args, reports))


def _run_job(args: argparse.Namespace, input_dir: Path, json_path: str | None,
             ) -> tuple[int, str | None]:
    """One kecamatan folder of a regency run: exit code and the report written."""
    written: list[Path] = []
    code = _run_one(args, input_dir, json_path, written=written)
    return code, (str(written[0]) if written else None)


def _rekap_of(args: argparse.Namespace, reports: list[Path]) -> int:
    """The regency rekap of the reports a regency run has just made."""
    print("\nRekap kabupaten dari laporan yang baru dibuat:", flush=True)
    json_path = (str(Path(args.json).with_name(f"{Path(args.json).stem}_rekap.json"))
                 if args.json else None)
    code = _rekap(argparse.Namespace(input=args.input, output=args.output, tahun=args.tahun,
                                     triwulan=None, json=json_path), files=reports)
    # The reports decide the run's status; the rekap only when it could not be written.
    return EXIT_PROBLEMS if code == EXIT_NO_REPORT else EXIT_CLEAN


DEFAULT_INPUT = "input"


def _input_problem(folder: Path, named: bool) -> str | None:
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
        from iku_excel.reading.guard import os_reason

        return (f"Folder masukan {folder} tidak dapat dibuka ({os_reason(exc)}){where}. "
                "Periksa izin folder itu, lalu jalankan lagi.")
    return None


def _run_one(args: argparse.Namespace, input_dir: Path, json_path: str | None,
             runlog=None, written: list[Path] | None = None) -> int:
    import gc

    try:
        return _run_folder(args, input_dir, json_path, runlog, written)
    finally:
        # pipeline.grids_being_built froze what was alive once the files were
        # read; a regency worker's next folder starts without it.
        gc.unfreeze()


def _run_folder(args: argparse.Namespace, input_dir: Path, json_path: str | None,
                runlog=None, written: list[Path] | None = None) -> int:
    # Only what reading needs is imported first: the pipeline starts parsing
    # the files on worker threads, then imports pandas while they parse.
    from iku_excel.pipeline import NothingUsable, analyse
    from iku_excel.progress import print_file

    if args.tahun is not None and not 1950 <= args.tahun <= 2100:
        print(f"Tahun {args.tahun} tidak masuk akal; tulis misalnya --tahun 2017.",
              file=sys.stderr)
        return EXIT_NO_REPORT
    from iku_excel.runlog import log, log_run, timed

    try:
        with timed("membaca dan menghitung"):
            # In a regency's folder an empty kecamatan is no cue for example data.
            run = analyse(input_dir, args.tahun,
                          allow_example=not getattr(args, "per_kecamatan", False),
                          progress=print_file, meanwhile=_import_writing)
    except NothingUsable as exc:
        return _not_written(exc, args, runlog)
    from iku_excel.console import print_run
    from iku_excel.report.model import build
    from iku_excel.report.writer import OutputError, write_report
    from iku_excel.summary import write_summary

    log_run(run)
    if runlog is not None:
        runlog.save()
    try:
        with timed("menulis laporan"):
            run.report_path, run.notices = write_report(build(run), Path(args.output),
                                                        pdf=not args.tanpa_pdf)
        log.info("laporan: %s", run.report_path)
        if written is not None:
            written.append(run.report_path)
    except OutputError as exc:
        return _not_written(exc, args, runlog)
    if json_path:
        try:
            write_summary(run, Path(json_path))
        except OSError as exc:
            from iku_excel.reading.guard import os_reason

            log.info("ringkasan JSON gagal", exc_info=exc)
            print_run(run)
            print(f"Ringkasan JSON TIDAK dapat ditulis ke {json_path} ({os_reason(exc)}); "
                  "laporan Excel sudah tersimpan.", file=sys.stderr)
            return EXIT_PROBLEMS  # the report exists: 2 would say it does not
    print_run(run)
    return EXIT_PROBLEMS if run.exit_code else EXIT_CLEAN


def _import_writing() -> None:
    """The modules that write the report, imported while the biggest input
    file still parses (30-45 ms less after it at 100k respondents)."""
    import iku_excel.console  # noqa: F401
    import iku_excel.report.model  # noqa: F401
    import iku_excel.report.writer  # noqa: F401
    import iku_excel.summary  # noqa: F401


def _not_written(exc: Exception, args: argparse.Namespace, runlog) -> int:
    from iku_excel.runlog import log

    log.info("laporan tidak dibuat", exc_info=exc)
    print(f"Laporan TIDAK dibuat. {exc}", file=sys.stderr)
    if args.verbose and runlog is None:
        traceback.print_exc()
    return EXIT_NO_REPORT


def _rekap(args: argparse.Namespace, files: list[Path] | None = None) -> int:
    """The regency rekap of the reports in --input (or of `files`, the
    reports a regency run has just made)."""
    from iku_excel.rekap import NoReports, rekap
    from iku_excel.rekap.console import print_rekap
    from iku_excel.report.writer import OutputError

    folder = Path(args.input)
    if files is None and not folder.is_dir():
        if folder.exists():
            problem = f"{folder} adalah berkas, bukan folder."
        elif args.input == "input":
            folder.mkdir(parents=True, exist_ok=True)
            problem = f"Folder {folder} baru dibuat dan masih kosong."
        else:
            problem = f"Folder {folder} tidak ada."
        print(f"Rekap TIDAK dibuat. {problem} Simpan lampiran laporan IKU kecamatan (berkas "
              f".xlsx dari email) di folder {folder}, lalu jalankan lagi.", file=sys.stderr)
        return EXIT_NO_REPORT
    if args.tahun is not None and not 1950 <= args.tahun <= 2100:
        print(f"Tahun {args.tahun} tidak masuk akal; tulis misalnya --tahun 2017.",
              file=sys.stderr)
        return EXIT_NO_REPORT
    try:
        result = rekap(None if files is not None else folder, Path(args.output), args.tahun,
                       getattr(args, "triwulan", None),
                       Path(args.json) if args.json else None, files or ())
    except (NoReports, OutputError) as exc:
        print(f"Rekap TIDAK dibuat. {exc}", file=sys.stderr)
        return EXIT_NO_REPORT
    print_rekap(result)
    return EXIT_PROBLEMS if result.exit_code else EXIT_CLEAN


def _template(args: argparse.Namespace) -> int:
    from xlsxwriter.exceptions import FileCreateError

    from iku_excel.template import write_template

    wanted = Path(args.path)
    try:
        path = write_template(wanted)
    except (OSError, FileCreateError) as exc:
        print(f"Buku kerja isian TIDAK ditulis: {args.path} tidak dapat dibuat ({exc}). "
              "Pilih folder lain yang boleh ditulisi.", file=sys.stderr)
        return EXIT_NO_REPORT
    if path != wanted:
        print(f"Berkas {wanted} sudah ada dan tidak ditimpa (mungkin sudah diisi).")
    print(f"Buku kerja isian ditulis: {path}")
    return EXIT_CLEAN
