"""Survey answers: one complete questionnaire per row, or the row is out.

Per domain.md a respondent with any blank or out-of-range answer is left
out whole, so every element is averaged over the same n respondents.
"""

from __future__ import annotations

from itertools import chain, compress
from typing import Any

import numpy as np
import pandas as pd

from iku_excel.findings import Finding
from iku_excel.indicators.skm_rules import ANSWER_VALUES, ELEMENT_NAMES, RuleSet
from iku_excel.reading.detect import Column, DetectedTable, cell_of
from iku_excel.schema import SKM_ELEMENT_KEYS, SKM_POSITION_KEYS
from iku_excel.validate.rows import other_year, row_years
from iku_excel.values import is_blank, norm_text

ANSWER_COLUMNS = [f"u{i}" for i in range(1, 10)]
# An answer is 1-4: one byte each (a 100k survey: 0.9 MB, not 7 MB). Sums
# come out as int64 all the same: numpy and pandas add small ints in int64.
ANSWER_DTYPE = "int8"
PROFILE_COLUMNS = ["jenis_layanan", "jenis_kelamin", "umur", "pendidikan", "pekerjaan", "saran"]


def element_columns(table: DetectedTable, rules: RuleSet,
                    findings: list[Finding]) -> list[Column] | None:
    """The sheet's columns for U1..U9 of the rule set, or None when incomplete."""
    by_position = [table.columns.get(k) for k in SKM_POSITION_KEYS]
    by_name = [table.columns.get(k) for k in rules.elements]
    if all(by_position) and not all(by_name):
        return by_position
    if all(by_name):
        return by_name
    named = sorted((table.columns[k] for k in SKM_ELEMENT_KEYS if k in table.columns),
                   key=lambda c: c.index)
    if len(named) == 9:
        findings.append(Finding("skm_unsur_urutan", table.file, table.sheet,
                                params={"aturan": rules.nama}))
        return named
    best = by_position if sum(map(bool, by_position)) >= sum(map(bool, by_name)) else by_name
    labels = ([f"U{i}" for i in range(1, 10)] if best is by_position
              else [ELEMENT_NAMES[k] for k in rules.elements])
    missing = [label for label, col in zip(labels, best) if col is None]
    findings.append(Finding("skm_unsur_kurang", table.file, table.sheet, table.header_row,
                            params={"jumlah": 9 - len(missing), "hilang": ", ".join(missing)}))
    return None


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


def survey(tables: list[DetectedTable], tahun: int, rules: RuleSet,
           findings: list[Finding]) -> pd.DataFrame:
    frames = []
    for table in tables:
        columns = element_columns(table, rules, findings)
        if columns is not None:
            frames.append(_table_answers(table, columns, tahun, findings))
    frame = (pd.concat(frames, ignore_index=True) if frames
             else pd.DataFrame(columns=["file", "sheet", "row", *ANSWER_COLUMNS, *PROFILE_COLUMNS]))
    return frame.astype({c: ANSWER_DTYPE for c in ANSWER_COLUMNS})


def _table_answers(table: DetectedTable, columns: list[Column], tahun: int,
                   findings: list[Finding]) -> pd.DataFrame:
    """Column by column: a survey may hold 100k questionnaires. Values are
    read once per distinct value (a few hundred dates, four answers)."""
    rows = table.rows
    answers = _answer_grid(table, columns)
    keep = np.ones(len(rows), dtype=bool)
    if "tanggal" in table.columns:
        years = row_years(table, tahun, findings)
        for i in np.flatnonzero(np.asarray(years) != tahun):
            if years[i] is not None:  # an unreadable date is told by row_years
                other_year(table, rows[i], years[i], tahun, table.source.label, findings)
            keep[i] = False
    invalid = np.isnan(answers) & keep[:, None]
    for i, j in zip(*np.nonzero(invalid)):  # row by row, U1..U9 within a row
        col = columns[j]
        value = cell_of(table.cells[i], col.index)
        findings.append(Finding("skm_jawaban_tidak_sah", table.file, table.sheet, rows[i],
                                col.header, "" if is_blank(value) else value,
                                {"huruf": col.letter}))
    use = keep & ~np.isnan(answers).any(axis=1)
    out = pd.DataFrame(answers[use].astype(ANSWER_DTYPE), columns=ANSWER_COLUMNS)
    out.insert(0, "row", np.asarray(rows, dtype="int64")[use])
    out.insert(0, "sheet", table.sheet)
    out.insert(0, "file", table.file)
    chosen = None if use.all() else use.tolist()
    found = table.columns_of([key for key in PROFILE_COLUMNS if key in table.columns])
    for key in PROFILE_COLUMNS:
        if key not in found:
            values = [None] * len(out)
        else:
            values = found[key] if chosen is None else list(compress(found[key], chosen))
        out[key] = pd.Series(values, index=out.index, dtype=object)
    return out


def _answer_grid(table: DetectedTable, columns: list[Column]) -> np.ndarray:
    """rows x elements, 1-4, NaN where a cell is no answer: the answer cells
    taken a block of rows at a time (DetectedTable.blocks_of), each block read
    by _answers all at once (a 100k survey never has all 900k cells in one list)."""
    grid = np.empty((len(table.cells), len(columns)))
    start = 0
    for block in table.blocks_of([c.index for c in columns]):
        grid[start:start + len(block)] = \
            _answers([*chain.from_iterable(block)]).reshape(len(block), len(columns))
        start += len(block)
    return grid


def _answers(values: list[Any]) -> np.ndarray:
    """1-4 per cell, NaN where the cell is no answer. Numbers go straight to
    numpy; letters a-d and answer words through the table, once per
    distinct (type, value): TRUE is not 1 here, though Python says True == 1."""
    kinds = set(map(type, values))
    if kinds <= {int, float}:
        numbers = np.asarray(values, dtype=float)
        return np.where(np.isin(numbers, (1, 2, 3, 4)), numbers, np.nan)
    keys = list(zip(map(type, values), values))
    table = {key: answer(key[1]) for key in set(keys)}
    return np.array([np.nan if v is None else v for v in map(table.__getitem__, keys)],
                    dtype=float)
