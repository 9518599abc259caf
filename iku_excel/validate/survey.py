"""Survey answers: one complete questionnaire per row, or the row is out.

Per domain.md a respondent with any blank or out-of-range answer is left
out whole, so every element is averaged over the same n respondents.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from iku_excel.findings import Finding
from iku_excel.indicators.skm_rules import ANSWER_VALUES, ELEMENT_NAMES, RuleSet
from iku_excel.reading.detect import Column, DetectedTable
from iku_excel.schema import SKM_ELEMENT_KEYS, SKM_POSITION_KEYS
from iku_excel.validate.rows import other_year, row_year
from iku_excel.values import is_blank, norm_text

ANSWER_COLUMNS = [f"u{i}" for i in range(1, 10)]
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
    if isinstance(value, bool):
        return None
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
    return frame.astype({c: "int64" for c in ANSWER_COLUMNS})


def _table_answers(table: DetectedTable, columns: list[Column], tahun: int,
                   findings: list[Finding]) -> pd.DataFrame:
    """Vectorised: a survey may hold 100k questionnaires."""
    by_index = {c.index: k for k, c in table.columns.items()}
    keys = [by_index[c.index] for c in columns]
    rows = [row for row, _ in table.records]
    records = [record for _, record in table.records]
    raw = pd.DataFrame({name: [r.get(key) for r in records]
                        for name, key in zip(ANSWER_COLUMNS, keys)}, dtype=object)
    answers = raw.apply(_answers)
    keep = pd.Series(True, index=raw.index)
    if "tanggal" in table.columns:
        for i, (row, record) in enumerate(table.records):
            year = row_year(table, row, record, tahun, findings)
            if year != tahun:
                other_year(table, row, year, tahun, table.source.label, findings)
                keep.iloc[i] = False
    invalid = answers.isna() & keep.to_numpy()[:, None]
    for i in invalid.any(axis=1).to_numpy().nonzero()[0]:
        for name, col in zip(ANSWER_COLUMNS, columns):
            if invalid.iat[i, ANSWER_COLUMNS.index(name)]:
                value = raw.iat[i, ANSWER_COLUMNS.index(name)]
                findings.append(Finding("skm_jawaban_tidak_sah", table.file, table.sheet,
                                        rows[i], col.header, "" if is_blank(value) else value,
                                        {"huruf": col.letter}))
    use = keep & ~answers.isna().any(axis=1)
    out = answers[use].astype("int64")
    out.insert(0, "row", [r for r, ok in zip(rows, use) if ok])
    out.insert(0, "sheet", table.sheet)
    out.insert(0, "file", table.file)
    for key in PROFILE_COLUMNS:
        values = [r.get(key) for r, ok in zip(records, use) if ok]
        out[key] = pd.Series(values, index=out.index, dtype=object)
    return out.reset_index(drop=True)


def _answers(column: pd.Series) -> pd.Series:
    """1-4 from numbers; letters a-d and answer words through the table."""
    numbers = pd.to_numeric(column, errors="coerce")
    # TRUE/FALSE cells are not answers, though pandas would read them as 1/0.
    valid = numbers.isin([1, 2, 3, 4]) & column.map(type).ne(bool)
    result = numbers.where(valid)
    rest = column[~valid]
    text = rest[rest.map(lambda v: isinstance(v, str))]
    if not text.empty:
        # Unknown words map to None: NaN here, reported as invalid answers.
        result.loc[text.index] = pd.to_numeric(text.map(answer), errors="coerce")
    return result
