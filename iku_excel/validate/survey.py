"""Survey answers: one complete questionnaire per row, or the row is out.

Per domain.md a respondent with any blank or out-of-range answer is left
out whole, so every element is averaged over the same n respondents. A row
without a single answer is no respondent at all: left out with one note.
The same questionnaire read twice (two sheets, two files) is counted once
(survey_duplicates.py).
"""

from __future__ import annotations

from itertools import chain, compress
from typing import Any

import numpy as np
import pandas as pd

from iku_excel.findings import Finding
from iku_excel.indicators.skm_rules import ANSWER_VALUES, RuleSet
from iku_excel.reading.table import Column, DetectedTable, cell_of
from iku_excel.validate.rows import other_year, row_years
from iku_excel.validate.skm_elements import choose_rules, element_columns
from iku_excel.validate.survey_duplicates import (
    KEY_COLUMNS,
    Part,
    drop_repeated,
    needs_keys,
    rows_text,
)
from iku_excel.values import is_blank, norm_text, parse_date

# An answer is 1-4: one byte each (a 100k survey: 0.9 MB, not 7 MB). Sums
# come out as int64 all the same: numpy and pandas add small ints in int64.
ANSWER_DTYPE = "int8"
DATE = "tanggal"  # the respondent's date, datetime64[D]
PROFILE_COLUMNS = ["jenis_layanan", "jenis_kelamin", "umur", "pendidikan", "pekerjaan", "saran"]
# In the answer grid: a cell with no answer at all (blank, or a lone dash),
# apart from one that holds something other than 1-4 (NaN).
NO_ANSWER = 0.0
_DASHES = {"-", "\u2013", "\u2014", "--"}


def survey(tables: list[DetectedTable], tahun: int, aturan: str | None,
           findings: list[Finding], default: str | None = None,
           ) -> tuple[pd.DataFrame, RuleSet, int]:
    """Every valid questionnaire, once; the rule set that scores them
    (`aturan`, chosen in the settings, or the one the elements call for,
    else `default`: the one the catalogue names); and how many tables had
    that rule set's elements."""
    rules = choose_rules(tables, aturan, findings, default)
    keys = needs_keys(tables)
    parts = []
    for table in tables:
        columns = element_columns(table, rules, findings)
        if columns is not None:
            parts.append(Part(table, _table_answers(table, columns, tahun, rules, keys,
                                                    findings)))
    frames = drop_repeated(parts, rules.columns, findings)
    frame = (pd.concat(frames, ignore_index=True) if frames
             else pd.DataFrame(columns=["file", "sheet", "row", *rules.columns,
                                        *PROFILE_COLUMNS, DATE]))
    if any(c in frame for c in KEY_COLUMNS):
        frame = frame.drop(columns=[c for c in KEY_COLUMNS if c in frame])
    return frame.astype({c: ANSWER_DTYPE for c in rules.columns}), rules, len(parts)


def answer(value: Any) -> int | None:
    """1-4 from a cell, or None. Text is a number first ("3", "3.0", " 04 ",
    "1e0" from a csv, as pandas.to_numeric reads them), then a letter a-d
    or an answer word of the rule sets."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            pass
    if isinstance(value, (int, float)):
        return int(value) if value in (1, 2, 3, 4) else None
    word = norm_text(value)
    if word in {"1", "2", "3", "4"}:
        return int(word)
    return ANSWER_VALUES.get(word)


def _table_answers(table: DetectedTable, columns: list[Column], tahun: int, rules: RuleSet,
                   keys: bool, findings: list[Finding]) -> pd.DataFrame:
    """Column by column: a survey may hold 100k questionnaires. Values are
    read once per distinct value (a few hundred dates, four answers)."""
    rows = table.rows
    answers = _answer_grid(table, columns)
    answered = answers >= 1  # NaN and NO_ANSWER are not
    empty = ~(answered | np.isnan(answers)).any(axis=1)
    if empty.any():
        # A numbered line of a printed form nobody filled in, not a respondent.
        where = np.asarray(rows, dtype="int64")[empty].tolist()
        findings.append(Finding("skm_tanpa_jawaban", table.file, table.sheet, where[0],
                                params={"jumlah": len(where), "daftar": rows_text(where)}))
    keep = ~empty
    if "tanggal" in table.columns:
        years = row_years(table, tahun, findings)
        for i in np.flatnonzero((np.asarray(years) != tahun) & keep):
            if years[i] is not None:  # an unreadable date is told by row_years
                other_year(table, rows[i], years[i], tahun, table.source.label, findings)
            keep[i] = False
    invalid = ~answered & keep[:, None]
    for i, j in zip(*np.nonzero(invalid)):  # row by row, U1..Un within a row
        col = columns[j]
        value = cell_of(table.cells[i], col.index)
        findings.append(Finding("skm_jawaban_tidak_sah", table.file, table.sheet, rows[i],
                                col.header, "" if is_blank(value) else value,
                                {"huruf": col.letter}))
    use = keep & answered.all(axis=1)
    out = pd.DataFrame(answers[use].astype(ANSWER_DTYPE), columns=rules.columns)
    out.insert(0, "row", np.asarray(rows, dtype="int64")[use])
    out.insert(0, "sheet", table.sheet)
    out.insert(0, "file", table.file)
    # Each respondent's date places it in a quarter (cycle.md): NaT when undated.
    out[DATE] = (survey_dates(table.values("tanggal"))[use] if "tanggal" in table.columns
                 else np.full(len(out), np.datetime64("NaT"), dtype="datetime64[D]"))
    chosen = None if use.all() else use.tolist()
    # The profile, and (when there is anything to compare) what tells one
    # respondent from another for survey_duplicates, in one pass over the rows.
    wanted = [*PROFILE_COLUMNS, *(KEY_COLUMNS.values() if keys else ())]
    found = table.columns_of([key for key in wanted if key in table.columns])
    for key in PROFILE_COLUMNS:
        out[key] = _column(found.get(key), chosen, len(out))
    for name, key in KEY_COLUMNS.items():
        if key in found:
            out[name] = _column(found[key], chosen, len(out))
    return out


def survey_dates(values: list[Any]) -> np.ndarray:
    """datetime64[D] per cell (NaT where no full date is read), each
    distinct value parsed once: a survey repeats a few hundred dates over
    many thousand rows, so the per-row work stays in numpy and pandas."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=True)
    parsed = np.array([np.datetime64(d, "D") if (d := parse_date(u)) is not None
                       else np.datetime64("NaT") for u in uniques] + [np.datetime64("NaT")],
                      dtype="datetime64[D]")
    return parsed[codes]  # code -1 (a blank cell) takes the NaT at the end


def _column(values: list[Any] | None, chosen: list[bool] | None, size: int) -> pd.Series:
    if values is None:
        values = [None] * size
    elif chosen is not None:
        values = list(compress(values, chosen))
    return pd.Series(values, index=pd.RangeIndex(size), dtype=object)


def _answer_grid(table: DetectedTable, columns: list[Column]) -> np.ndarray:
    """rows x elements: 1-4; NO_ANSWER where a cell is blank; NaN where it
    holds something else. The answer cells taken a block of rows at a time
    (DetectedTable.blocks_of), each block read by _answers all at once (a 100k
    survey never has all its cells in one list)."""
    grid = np.empty((len(table.cells), len(columns)))
    start = 0
    for block in table.blocks_of([c.index for c in columns]):
        grid[start:start + len(block)] = \
            _answers([*chain.from_iterable(block)]).reshape(len(block), len(columns))
        start += len(block)
    return grid


def _answers(values: list[Any]) -> np.ndarray:
    """1-4 per cell, NO_ANSWER where it is blank, NaN where it is no answer.
    Numbers go straight to numpy; letters a-d and answer words through the
    table, once per distinct (type, value): TRUE is not 1 here, though
    Python says True == 1."""
    kinds = set(map(type, values))
    if kinds <= {int, float}:
        numbers = np.asarray(values, dtype=float)
        return np.where(np.isin(numbers, (1, 2, 3, 4)), numbers,
                        np.where(np.isnan(numbers), NO_ANSWER, np.nan))
    keys = list(zip(map(type, values), values))
    table = {key: _cell_answer(key[1]) for key in set(keys)}
    return np.array([*map(table.__getitem__, keys)], dtype=float)


def _cell_answer(value: Any) -> float:
    if is_blank(value) or (isinstance(value, str) and value.strip() in _DASHES):
        return NO_ANSWER
    number = answer(value)
    return np.nan if number is None else float(number)
