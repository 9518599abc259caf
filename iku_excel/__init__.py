"""iku-excel: the Indikator Kinerja Utama (IKU) report of a kecamatan, from the
spreadsheets its staff already keep.

Data flows one way:
folder -> reading/ (files, sheets, detected tables)
-> validate/ (clean frames + findings) -> indicators/ (results + findings)
-> report/ (model -> workbook) and summary.py (JSON); rekap/ reads reports back.
"""

import logging

__version__ = "0.1.0"

# Library use: nothing is printed unless the caller sets up logging (runlog.py).
logging.getLogger("iku_excel").addHandler(logging.NullHandler())
