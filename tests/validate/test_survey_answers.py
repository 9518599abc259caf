"""Survey answers read column-wise give what a cell-by-cell reading gives.

A csv (or a column formatted as text) holds answers as text: "3", "3.0",
" 04 ", "1e0" are numbers there, as pandas.to_numeric reads them; letters
and answer words go through the rule set's table; TRUE is never 1.
"""

from __future__ import annotations

import csv
import io
import math
import shutil
from unittest import mock

import numpy as np
import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iku_excel.pipeline import EXAMPLE_DIR, analyse
from iku_excel.reading import table as detected_table
from iku_excel.reading.table import Column, DetectedTable
from iku_excel.schema import SKM
from iku_excel.validate.survey import NO_ANSWER, _answer_grid, _answers, answer


# 0 (NO_ANSWER): the cell holds no answer at all (blank, a lone dash); None
# (NaN): it holds something that is not an answer.
@pytest.mark.parametrize("values, expected", [
    ([1.0, 2, 3.0, 4, 0, 5.0, 2.5, float("nan")], [1, 2, 3, 4, None, None, None, 0]),
    (["3.0", " 04 ", "1e0", "4", "5.0", "3,0", "nan", "", "x", " - ", "\u2013"],
     [3, 4, 1, 4, None, None, None, 0, None, 0, 0]),
    ([True, False, 1, "a", "D", None], [None, None, 1, 1, 4, 0]),
])
def test_answers(values, expected):
    got = _answers(values)
    assert [None if math.isnan(v) else v for v in got] == expected
    assert got.dtype == np.float64


def test_answer_words_as_the_rule_set_names_them():
    words = _answers(["Sangat Baik", "kurang baik", "B"])
    assert list(words) == [answer("Sangat Baik"), answer("kurang baik"), 2]


def test_survey_saved_as_csv_with_decimal_answers_is_computed(tmp_path):
    """The example survey as a csv whose answers read "3.0": the same index."""
    folder = tmp_path / "input"
    shutil.copytree(EXAMPLE_DIR, folder)
    survey = folder / "SKM_Kecamatan_Benjeng_2017.xlsx"
    rows = [[c.value for c in row] for row in openpyxl.load_workbook(survey).active.iter_rows()]
    survey.unlink()
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    for row in rows:
        writer.writerow(["" if v is None else
                         f"{v:.1f}"
                         if isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 4
                         else v.strftime("%d/%m/%Y") if hasattr(v, "strftime") else v
                         for v in row])
    (folder / "skm.csv").write_text(out.getvalue(), encoding="utf-8")
    expected = analyse(EXAMPLE_DIR).results["skm"].nilai
    run = analyse(folder)
    assert not [f for f in run.findings if f.code == "skm_jawaban_tidak_sah"]
    assert run.results["skm"].nilai == expected


def test_service_names_blank_in_two_ways_are_one_group():
    """None and NaN side by side (a formula left without a value beside an
    empty cell) are both '(tidak diisi)'; numbers keep their own text."""
    import pandas as pd

    from iku_excel.indicators.skm import compute_skm
    from iku_excel.indicators.skm_checks import per_layanan
    from iku_excel.indicators.skm_rules import RULE_SETS

    rules = next(iter(RULE_SETS.values()))
    frame = pd.DataFrame({f"u{i}": [4, 3, 3, 2, 4, 1] for i in range(1, 10)})
    frame["jenis_layanan"] = pd.Series([" KTP ", "KTP", None, float("nan"), 1, 1.0],
                                       dtype=object)
    overall = compute_skm(frame, rules)
    groups = dict(per_layanan(frame, overall))
    assert sorted(groups) == ["(tidak diisi)", "1", "1.0", "KTP"]
    assert groups["(tidak diisi)"].n == 2 and groups["KTP"].n == 2


def test_formula_without_a_finite_value_is_left_blank(tmp_path):
    from iku_excel.reading.input_file import InputFile
    from iku_excel.reading.loader import load_sheets

    path = tmp_path / "rumus.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["No", "Nilai"])
    book.active.append([1, 1e200])
    book.active["C2"] = "=B2*B2-B2*B2"  # inf - inf: no number
    book.active["D2"] = "=B2+1"
    book.save(path)
    grid = load_sheets(InputFile(path, path.name), path.read_bytes())[0]
    assert grid.cell(1, 2) is None and (1, 2) in grid.unevaluated
    assert grid.cell(1, 3) == 1e200 and (1, 3) in grid.computed


_ANSWER_CELL = st.one_of(st.sampled_from([1.0, 2.0, 3.0, 4.0, 0.0, 5.0, 2.5, 1, 4, True, False,
                                          None, "3", " 2 ", "a", "Baik", "x"]),
                         st.floats(allow_nan=True, allow_infinity=True))


_NUMBER_CELL = st.one_of(st.sampled_from([1.0, 2.0, 3.0, 4.0, 0.0, 5.0, 2.5, 1, 4]),
                        st.floats(allow_nan=True, allow_infinity=True))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.lists(st.lists(_NUMBER_CELL, min_size=10, max_size=10), max_size=25),
                 st.lists(st.lists(_ANSWER_CELL, min_size=10, max_size=10), max_size=25)),
       st.permutations(range(10)), st.booleans(), st.integers(1, 30))
def test_answer_grid_is_each_cell_read_alone(rows, order, short, block):
    """The one-pass grid (all numbers) and the column-wise path (anything
    else, or a short row) both give answer() of every cell, whatever the
    size of the blocks of rows read together."""
    if short and rows:
        rows[-1] = rows[-1][:4]  # cells beyond a short row read as blank
    columns = [Column(i, f"U{n}") for n, i in enumerate(order[:9], start=1)]
    table = DetectedTable(SKM, "f.xlsx", "Data", 1, 1, {}, rows=list(range(len(rows))),
                          cells=rows)
    with mock.patch.object(detected_table, "_BLOCK", block):
        got = _answer_grid(table, columns)
    assert got.shape == (len(rows), 9)
    for i, row in enumerate(rows):
        for j, col in enumerate(columns):
            cell = row[col.index] if col.index < len(row) else None
            blank = cell is None or isinstance(cell, float) and math.isnan(cell)
            expected = NO_ANSWER if blank else answer(cell)
            value = got[i, j]
            assert (None if math.isnan(value) else value) == expected, (cell, value)
