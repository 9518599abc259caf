"""The rows a catalogue row counts, each with the year it belongs to and its
date (cycle.md: the date that places a row in time), whatever table they
come from: a built-in source's validated rows (their special rules applied,
the yes/no answer kept under FLAG) or a table staff keep, placed in the year
by its Kolom Tanggal (catalogue.md).

The counting (indicators/counting.py) filters these rows by a period; a
quarter is the same filter with an earlier end."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from iku_excel.catalogue.builtin import FLAG, FLAG_FIELDS
from iku_excel.catalogue.tables import FoundTable
from iku_excel.findings import Finding
from iku_excel.validate import SourceData
from iku_excel.validate.checks import month_of_sheet
from iku_excel.validate.rows import other_year, row_year
from iku_excel.values import is_blank, norm_text, parse_date, parse_year


@dataclass(frozen=True, eq=False)
class TableInfo:
    """One sheet's table, shared by its rows: where it is and its columns."""
    file: str
    sheet: str
    label: str                     # as the report names it: 'tabel Realisasi APBDes'
    headers: Mapping[str, str]     # column key -> header as written
    names: Mapping[str, str]       # normalised header -> column key (a table staff keep)
    source: str | None = None      # a built-in source's code; None for a table staff keep


@dataclass(frozen=True)
class TableRow:
    table: TableInfo
    row: int                       # the Excel row
    year: int                      # the year it counts in
    date: dt.date | None           # its date (None: undated, or only a year or month)
    cells: Mapping[str, Any]       # column key -> cell; FLAG -> a built-in's yes/no
    sheet_month: bool = False      # its date is the 1st of its monthly sheet's month


def builtin_rows(data: SourceData, tahun: int, date_field: str | None) -> list[TableRow]:
    """The validated rows of a built-in source (every rule of its own kept:
    other years, carried-over violations, NIHIL are already out), each with
    its record's cells, its yes/no answer and its date."""
    frame = data.frame
    flag = FLAG_FIELDS.get(data.code, (None,))[0]
    places = {}
    infos = {}
    for table in data.tables:
        info = TableInfo(table.file, table.sheet, table.source.label,
                         {k: c.header for k, c in table.columns.items()}, {}, data.code)
        infos[(table.file, table.sheet)] = info
        for row, record in table.records:
            places[(table.file, table.sheet, row)] = record
    years = frame["tahun"].tolist() if "tahun" in frame else [tahun] * len(frame)
    flags = frame[flag].tolist() if flag in frame else [None] * len(frame)
    rows = []
    for file, sheet, row, year, answer in zip(frame["file"], frame["sheet"], frame["row"],
                                             years, flags):
        if (file, sheet) not in infos:  # a frame made without its tables (tests)
            infos[(file, sheet)] = TableInfo(file, sheet, data.code, {}, {}, data.code)
        cells = dict(places.get((file, sheet, row), {}))
        if answer is not None:
            cells[FLAG] = bool(answer)
        date = parse_date(cells.get(date_field)) if date_field else None
        by_sheet = False
        if date is None and data.code == "konflik":
            month = month_of_sheet(sheet)  # a monthly report: the month is the sheet's
            date = dt.date(int(year), month, 1) if month else None
            by_sheet = date is not None
        rows.append(TableRow(infos[(file, sheet)], int(row), int(year), date, cells, by_sheet))
    return rows


def custom_rows(tables: list[FoundTable], date_keys: Mapping[int, str | None], tahun: int,
                years: set[int], findings: list[Finding]) -> list[TableRow]:
    """The rows of a table staff keep, placed in a year by the date column
    (date_keys: id of the table -> its column key; None: no date filter).
    An unreadable date leaves its row out (galat); a row of a year not in
    `years` is left out and reported; an undated row counts in year n, with
    a note."""
    rows = []
    for found in tables:
        table = found.table
        info = TableInfo(table.file, table.sheet, table.source.label,
                         {k: c.header for k, c in table.columns.items()}, found.names)
        key = date_keys.get(id(found))
        for row, record in table.records:
            year, date = tahun, None
            if key is not None:
                value = record.get(key)
                if is_blank(value) or (isinstance(value, str) and not norm_text(value)):
                    findings.append(Finding("baris_tanpa_tanggal", table.file, table.sheet, row,
                                            table.columns[key].header, None,
                                            {"tahun": tahun, "tabel": table.source.label}))
                else:
                    year = _year(table, row, record, key, tahun, findings)
                    date = parse_date(value)
            if year is None:
                continue
            if year not in years:
                other_year(table, row, year, tahun, table.source.label, findings)
                continue
            rows.append(TableRow(info, row, year, date, record))
    return rows


def _year(table, row: int, record: dict[str, Any], key: str, tahun: int,
          findings: list[Finding]) -> int | None:
    """The year of a date cell, or of a Tahun column's number; None (with a
    galat naming the cell) when it cannot be read."""
    year = parse_year(record.get(key)) if norm_text(table.columns[key].header) == "tahun" \
        else None
    return year if year is not None else row_year(table, row, record, tahun, findings, key)
