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
from iku_excel.validate.rows import base, other_year, row_year
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
    rows = []
    for table in tables:
        columns = element_columns(table, rules, findings)
        if columns is None:
            continue
        for row, record in table.records:
            if "tanggal" in table.columns:
                year = row_year(table, row, record, tahun, findings)
                if year != tahun:
                    other_year(table, row, year, tahun, table.source.label, findings)
                    continue
            answers, bad = {}, []
            for name, col in zip(ANSWER_COLUMNS, columns):
                value = _cell(table, record, col)
                parsed = answer(value)
                if parsed is None:
                    bad.append((col, value))
                answers[name] = parsed
            if bad:
                for col, value in bad:
                    findings.append(Finding("skm_jawaban_tidak_sah", table.file, table.sheet,
                                            row, col.header, "" if is_blank(value) else value,
                                            {"huruf": col.letter}))
                continue
            profile = {k: record.get(k) for k in PROFILE_COLUMNS}
            rows.append({**base(table, row), **answers, **profile})
    frame = pd.DataFrame(rows, columns=["file", "sheet", "row", *ANSWER_COLUMNS, *PROFILE_COLUMNS])
    return frame.astype({c: "int64" for c in ANSWER_COLUMNS})


def _cell(table: DetectedTable, record: dict[str, Any], col: Column) -> Any:
    key = next(k for k, c in table.columns.items() if c.index == col.index)
    return record.get(key)
