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
import sys
import time
from pathlib import Path

# benchmarks/ is not a package: its modules import each other by name.
sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402
from harness import README, ChildFailed  # noqa: E402
from measure import measure  # noqa: E402
from report import readme, tables  # noqa: E402


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
