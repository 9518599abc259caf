"""The shared row loop: dates to years, yes/no words to booleans, with a
finding for every value that cannot be read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd

from iku_excel.findings import Finding
from iku_excel.reading.table import DetectedTable
from iku_excel.values import is_empty, parse_date, year_of_period
from iku_excel.vocabulary import Vocabulary

BASE_COLUMNS = ["file", "sheet", "row"]


def row_year(table: DetectedTable, row: int, record: dict[str, Any], tahun: int,
             findings: list[Finding], key: str = "tanggal") -> int | None:
    """The year a record belongs to: its date's, or year n when undated; None
    when the date cell holds something unreadable (said in a finding): such a
    row is never assigned to the report year."""
    value = record.get(key)
    year = _year_of(value, tahun)
    if year is None:
        _unreadable(table, row, key, value, findings)
    return year


def row_years(table: DetectedTable, tahun: int, findings: list[Finding],
              key: str = "tanggal") -> list[int | None]:
    """row_year of every record, each distinct value read once (a survey
    repeats a few hundred dates over many thousand rows)."""
    values = table.values(key)
    year_of = {value: _year_of(value, tahun) for value in set(values)}
    years = list(map(year_of.__getitem__, values))
    if None in year_of.values():
        for i, year in enumerate(years):
            if year is None:
                _unreadable(table, table.rows[i], key, values[i], findings)
    return years


def _year_of(value: Any, tahun: int) -> int | None:
    """A date's year; year n when blank (or a lone dash); the year of a cell
    naming only a year or a month ('2017', 'Maret 2017'); None when unreadable."""
    if is_empty(value):
        return tahun
    date = parse_date(value)
    if date is not None:
        return date.year
    return year_of_period(value)


def _unreadable(table: DetectedTable, row: int, key: str, value: Any,
                findings: list[Finding]) -> None:
    findings.append(Finding("tanggal_tidak_terbaca", table.file, table.sheet, row,
                            table.columns[key].header, value))


def flag(table: DetectedTable, row: int, record: dict[str, Any], key: str,
         vocab: Vocabulary, findings: list[Finding], warn_blank: bool = True) -> bool:
    """True/False from a yes/no word. A word the tool does not know counts as
    no, with a warning naming it and the accepted words; a blank (or a lone
    dash) counts as no, with a warning where the column should always be filled."""
    value = record.get(key)
    header = table.columns[key].header
    if is_empty(value):
        if warn_blank:
            findings.append(Finding("nilai_kosong_dianggap_tidak", table.file, table.sheet, row,
                                    header, None, {"dianggap": "Tidak",
                                                   "pilihan": vocab.choices()}))
        return False
    result = vocab.classify(value)
    if result is None:
        # Kept in the denominator as "no": an unknown word never raises a figure.
        findings.append(Finding("nilai_tidak_dikenal", table.file, table.sheet, row, header,
                                value, {"pilihan": vocab.choices()}))
        return False
    return result


def other_year(table: DetectedTable, row: int, year: int, tahun: int, label: str,
               findings: list[Finding]) -> None:
    findings.append(Finding("baris_tahun_lain", table.file, table.sheet, row, None, None,
                            {"tahun_baris": year, "tahun": tahun, "sumber": label}))


def frame(rows: list[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=BASE_COLUMNS + columns)


def base(table: DetectedTable, row: int) -> dict[str, Any]:
    return {"file": table.file, "sheet": table.sheet, "row": row}


RowHandler = Callable[[DetectedTable, int, dict[str, Any], list[Finding]], dict[str, Any] | None]


def collect(tables: list[DetectedTable], handler: RowHandler, columns: list[str],
            findings: list[Finding]) -> pd.DataFrame:
    rows = []
    for table in tables:
        for row, record in table.records:
            parsed = handler(table, row, record, findings)
            if parsed is not None:
                rows.append({**base(table, row), **parsed})
    return frame(rows, columns)
