"""Write the bundled example input workbooks into ``iku_excel/example_data/``.

Usage::

    python tools/make_example_data.py [OUTDIR]

The files imitate the spreadsheets kept by staff of Kecamatan Benjeng
(Kabupaten Gresik) for the 2017 IKU report: title rows, a header, a
numbering row ``1 | 2 | 3 ...``, the data, sometimes a ``JUMLAH`` row and
the Camat's signature lines.

The output is deterministic: the only randomness is ``random.Random(2017)``,
document properties carry a fixed date, and the zip members are rewritten
with a fixed timestamp, so two runs give byte-identical files.

The counts asserted in ``verify()`` are the hand-computed figures the tests
rely on; change them only together with the tests.
"""

import sys
from pathlib import Path

# The package beside this script (tools/example_data/), and the checkout's iku_excel.
sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]

from example_data.main import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(sys.argv))
