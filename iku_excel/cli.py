"""Command line: parse the arguments and call the library function of the
same name (commands.py); a bug or Ctrl+C becomes one Indonesian sentence
and exit status 2, the traceback going to the run's log (cli.md). Nothing
else lives here."""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from iku_excel.arena import one_malloc_arena
from iku_excel.exit_codes import EXIT_NO_REPORT


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
    # Read as `run` reads it (I..IV too), in rekap_command.
    rekap.add_argument("--triwulan", metavar="N",
                       help="triwulan 1-4 (bawaan: laporan satu tahun bila ada, "
                            "selain itu yang terbanyak)")
    rekap.add_argument("--json", help="tulis ringkasan JSON ke berkas ini")
    rekap.add_argument("--verbose", action="store_true", help=argparse.SUPPRESS)
    return parser


def _run_arguments(parser: argparse.ArgumentParser) -> None:
    # None when not given: only the default folder, missing, means the example data.
    parser.add_argument("--input", default=None, help="folder berkas masukan (bawaan: input)")
    parser.add_argument("--output", default="output", help="folder laporan (bawaan: output)")
    parser.add_argument("--tahun", type=int, help="tahun laporan (bawaan: dari Pengaturan)")
    parser.add_argument("--triwulan", metavar="N",
                        help="laporan 1 Januari s.d. akhir triwulan N (1-4); bawaan: satu tahun")
    parser.add_argument("--json", help="tulis ringkasan JSON ke berkas ini")
    parser.add_argument("--per-kecamatan", action="store_true",
                        help="setiap subfolder --input adalah satu kecamatan: satu laporan "
                             "per subfolder (untuk kantor kabupaten)")
    parser.add_argument("--tanpa-pdf", action="store_true",
                        help="jangan buat PDF (bawaan: PDF dibuat bila LibreOffice, atau di "
                             "Windows Microsoft Excel, terpasang)")
    parser.add_argument("--verbose", action="store_true", help=argparse.SUPPRESS)


def main(argv: list[str] | None = None) -> int:
    one_malloc_arena()
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in {"run", "template", "rekap", "-h", "--help"}:
        argv.insert(0, "run")  # `iku-excel --input x` means `iku-excel run --input x`
    args = _parser().parse_args(argv)
    from iku_excel.runlog import RunLog, log

    runlog = None if args.command == "template" else \
        RunLog.start(Path(args.output), argv, verbose=args.verbose)
    try:
        from iku_excel import commands

        if args.command == "template":
            return commands.template(args.path)
        if args.command == "rekap":
            return commands.rekap(args.input, args.output, args.tahun, args.triwulan, args.json)
        return commands.run(args.input, args.output, args.tahun, args.json, args.per_kecamatan,
                            pdf=not args.tanpa_pdf, verbose=args.verbose, runlog=runlog,
                            triwulan=args.triwulan)
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
