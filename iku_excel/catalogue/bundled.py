"""The bundled catalogue: Kecamatan Benjeng's IKU of January 2017 (the
seed's seven rows and its Tugas Fungsi), kept as data in the shape of the
sheet Indikator (data/indikator_benjeng_2017.csv, UTF-8, the sheet's header
row first) and read by the sheet's own parser.

Its wording is the signed document's and must not be edited: auditors
compare it word for word. `iku-excel template` writes it as the example
sheet to edit."""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from iku_excel.catalogue.model import Catalogue
from iku_excel.catalogue.parse import match_header, parse_rows
from iku_excel.catalogue.tugas_fungsi import tugas_fungsi
from iku_excel.values import norm_text

DATA = Path(__file__).resolve().parent.parent / "data"
CATALOGUE_FILE = DATA / "indikator_benjeng_2017.csv"
TUGAS_FUNGSI_FILE = DATA / "tugas_fungsi_benjeng_2017.txt"


def bundled_cells() -> list[list[str]]:
    """The file's rows as written, the header first (what the template writes)."""
    with CATALOGUE_FILE.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.reader(handle)]


def bundled_tugas_lines() -> list[str]:
    return TUGAS_FUNGSI_FILE.read_text(encoding="utf-8").splitlines()


@functools.lru_cache(maxsize=1)
def bundled() -> Catalogue:
    """The bundled catalogue. Reading it finds nothing wrong (a test checks)."""
    header, *body = bundled_cells()
    keys, unknown = match_header([[norm_text(h)] for h in header])
    parsed = parse_rows(None, None, 1, header, keys, unknown,
                        [(number, row) for number, row in enumerate(body, start=2)])
    if parsed.findings:  # a broken bundled file is the tool's own bug, never staff's
        raise ValueError(f"{CATALOGUE_FILE.name}: {parsed.findings}")
    return Catalogue(parsed.rows, tugas_fungsi(bundled_tugas_lines()), bundled=True)


def bundled_codes() -> tuple[str, ...]:
    return bundled().codes
