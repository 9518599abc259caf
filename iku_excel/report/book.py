"""A new workbook as every workbook of the tool is made: input text stays
text, one font, assembled in memory, and the same inputs give the same bytes."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import xlsxwriter

from iku_excel.report.styles import FONT


def new_workbook(target: Path | io.BytesIO, title: str, company: str,
                 year: int) -> xlsxwriter.Workbook:
    workbook = xlsxwriter.Workbook(target if isinstance(target, io.BytesIO) else str(target), {
        # Input text is data: "=HYPERLINK(...)" or "+cmd|..." must stay text.
        "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
        "default_format_properties": dict(FONT),  # xlsxwriter mutates it
        # Parts are assembled in memory (a report is a few hundred kB), not as
        # temporary files first: no files for a virus scanner to hold in the
        # system's temporary folder (benchmarks/README.md has the time saved).
        "in_memory": True,
    })
    # A pinned date keeps the file byte-identical for the same inputs.
    workbook.set_properties({
        "title": title, "author": "iku-excel", "company": company,
        "created": dt.datetime(year, 12, 31, tzinfo=dt.timezone.utc) if year >= 1980 else None,
    })
    return workbook
