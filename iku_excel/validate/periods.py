"""Which years a register is the record of.

The violations of year n-1 must come from a record of year n-1 (inputs.md,
"Years and periods"): a register of that year, a register kept over both
years, or a settings row. The few late cases of year n-1 that staff carry
over to the top of year n's register are not the whole of year n-1.

A table is the register of year n-1 when
  1. its title rows, sheet name or file name name year n-1, alone or in a
     range ('TAHUN 2016', '2016-2017', '2015 s.d. 2017', 'Register 2016.xlsx');
     a table that names years but not n-1 ('TAHUN 2017') is not;
  2. it names no year at all: when all its dated rows are of year n-1, or
     its rows of year n-1 do not all fall in the last quarter (October-
     December), the tail a register carries over.
Years in a regulation's citation ('Perda No. 22 Tahun 2004', '22/2004') are
not the register's years.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from iku_excel.reading.table import DetectedTable
from iku_excel.values import is_blank, parse_date

_YEAR = r"(?:19[5-9]\d|20\d\d)"
_RANGE = re.compile(rf"(?<!\d)({_YEAR})\s*(?:-|–|—|/|s\.?\s*/?\s*d\.?|sampai|hingga|sd)\s*"
                    rf"({_YEAR})(?!\d)")
# 'No. 22 Tahun 2004', 'Nomor 3 Th. 2016', '22/2004': a regulation, not the register's year.
_CITATION = re.compile(rf"(?:\b(?:no|nomor|nmr)\b\.?\s*\d+\s*(?:tahun|thn|th)?\.?\s*|\d\s*/\s*)"
                       rf"({_YEAR})(?!\d)")
_SINGLE = re.compile(rf"(?<!\d)({_YEAR})(?!\d)")
LAST_QUARTER = 10  # October: rows from here to December are a carried-over tail


def years_named(*texts: str) -> set[int]:
    """The years the texts name as a period: '2016 - 2017' is both."""
    years: set[int] = set()
    for text in texts:
        text = text.lower().replace("_", " ")
        for match in _RANGE.finditer(text):
            low, high = sorted(int(g) for g in match.groups())
            if high - low <= 10:
                years.update(range(low, high + 1))
        text = _RANGE.sub(" ", text)
        text = _CITATION.sub(" ", text)
        years.update(int(m.group(1)) for m in _SINGLE.finditer(text))
    return years


@dataclass(frozen=True)
class PreviousYear:
    counts: bool      # its rows of year n-1 are year n-1's record
    reason: str       # why not, for staff; "" when they count


def previous_year(table: DetectedTable, tahun: int) -> PreviousYear:
    """Whether the table's rows of year n-1 count as year n-1 (module doc)."""
    named = years_named(table.title, table.sheet, PurePath(table.file).stem)
    if tahun - 1 in named:
        return PreviousYear(True, "")
    if named:
        listed = ", ".join(str(y) for y in sorted(named))
        return PreviousYear(False, f"judul, nama lembar atau nama berkas register ini menyebut "
                                   f"tahun {listed}, bukan {tahun - 1}")
    months, this_year = [], False
    if "tanggal" in table.columns:
        for value in table.values("tanggal"):
            if is_blank(value):
                this_year = True  # an undated row belongs to year n
                continue
            date = parse_date(value)
            if date is not None and date.year == tahun - 1:
                months.append(date.month)
            elif date is not None and date.year == tahun:
                this_year = True
    if not months or not this_year or min(months) < LAST_QUARTER:
        return PreviousYear(True, "")
    return PreviousYear(False, f"register ini tidak menyebut tahunnya, dan baris tahun "
                               f"{tahun - 1} hanya dari bulan Oktober-Desember (sisa tahun "
                               f"{tahun - 1} yang terbawa)")
