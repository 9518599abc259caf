"""iku_excel.indicators.skm and skm_rules: the survey index and its grade."""

from fractions import Fraction

import pandas as pd
import pytest
from hypothesis import given, settings as hyp_settings, strategies as st

from iku_excel.indicators.skm import ANSWER_COLUMNS, compute_skm, skm_from_totals
from iku_excel.indicators.skm_rules import DEFAULT_RULE_SET, RULE_SETS

R2014 = RULE_SETS["16/2014"]
R2017 = RULE_SETS["14/2017"]

# domain.md worked check: 14/2017, 29 respondents
WORKED_TOTALS = (105, 101, 100, 116, 102, 105, 106, 105, 115)


def test_worked_check_exact_weight():
    # sum = 955; SKM = 955 / (29 * 9) * 25 = 23875 / 261 = 91.4750957... -> 91.48, A
    result = skm_from_totals(WORKED_TOTALS, 29, R2017)
    assert result.nilai_exact == Fraction(23875, 261)
    assert result.nilai == 91.48
    assert result.grade.mutu == "A"
    assert result.n == 29
    assert result.nrr[0] == Fraction(105, 29)


def test_worked_check_weight_0_11():
    # 955 / 29 * 0.11 * 25 = 2626.25 / 29 = 90.5603... -> 90.56
    result = skm_from_totals(WORKED_TOTALS, 29, R2017, "0,11")
    assert result.nilai == 90.56
    assert result.weight == Fraction(11, 100)


@pytest.mark.parametrize("answer, mode, expected", [
    (1, "tepat", 25.00),    # 9 * 1 * (1/9) * 25
    (4, "tepat", 100.00),   # 9 * 4 * (1/9) * 25
    (4, "0,111", 99.90),    # 36 * 0.111 * 25 = 99.9
    (4, "0,11", 99.00),     # 36 * 0.11 * 25 = 99.0
    (1, "0,11", 24.75),     # 9 * 0.11 * 25
])
@pytest.mark.parametrize("n", [1, 7, 30])
def test_uniform_answers(answer, mode, expected, n):
    result = skm_from_totals((answer * n,) * 9, n, R2017, mode)
    assert result.nilai == expected


def test_half_way_rounds_away_from_zero():
    # n = 8, each element total 9 (sum 81): 81 / 72 * 25 = 2025 / 72 = 28.125 exactly
    # -> 28.13 (Python's round would give 28.12)
    result = skm_from_totals((9,) * 9, 8, R2014)
    assert result.nilai_exact == Fraction(28125, 1000)
    assert result.nilai == 28.13
    assert result.grade.mutu == "D"


@pytest.mark.parametrize("nilai, mutu", [
    (100.00, "A"), (81.26, "A"), (81.25, "B"), (62.51, "B"), (62.50, "C"),
    (43.76, "C"), (43.75, "D"), (25.00, "D"),
])
def test_grade_boundaries_16_2014(nilai, mutu):
    assert R2014.grade(nilai).mutu == mutu


@pytest.mark.parametrize("nilai, mutu", [
    (100.00, "A"), (88.31, "A"), (88.30, "B"), (76.61, "B"), (76.60, "C"),
    (65.00, "C"), (64.99, "D"), (25.00, "D"),
])
def test_grade_boundaries_14_2017(nilai, mutu):
    assert R2017.grade(nilai).mutu == mutu


def test_grade_labels_and_default_rule_set():
    assert [g.kinerja for g in R2017.grades] == ["Sangat Baik", "Baik", "Kurang Baik",
                                                 "Tidak Baik"]
    assert DEFAULT_RULE_SET == "16/2014"   # the rule set the IKU document names
    # the worked value 91.48 is A under both rule sets; 85.00 is A only under 16/2014
    assert R2014.grade(85.00).mutu == "A" and R2017.grade(85.00).mutu == "B"


def _frame(rows):
    return pd.DataFrame(rows, columns=ANSWER_COLUMNS)


def test_compute_skm_frame_matches_totals():
    # 8 respondents: one answers 2 everywhere, seven answer 1 -> totals 9 each -> 28.13
    frame = _frame([[2] * 9] + [[1] * 9] * 7)
    result = compute_skm(frame, R2014)
    assert result.totals == (9,) * 9
    assert result.nilai == 28.13
    assert result == skm_from_totals((9,) * 9, 8, R2014)


def test_compute_skm_column_order_by_name():
    # totals must be taken per named column u1..u9, not positionally
    frame = _frame([[1, 2, 3, 4, 1, 2, 3, 4, 4]])[list(reversed(ANSWER_COLUMNS))]
    frame["jenis_layanan"] = "KTP"
    result = compute_skm(frame, R2017)
    assert result.totals == (1, 2, 3, 4, 1, 2, 3, 4, 4)
    # sum 24 -> 24 / 9 * 25 = 66.666... -> 66.67, grade C under 14/2017
    assert result.nilai == 66.67
    assert result.grade.mutu == "C"


def test_compute_skm_no_respondents():
    assert compute_skm(_frame([]), R2017) is None


_ROWS = st.lists(st.lists(st.integers(1, 4), min_size=9, max_size=9),
                 min_size=1, max_size=40)


@hyp_settings(max_examples=100, deadline=None)
@given(_ROWS, st.sampled_from(["16/2014", "14/2017"]))
def test_property_value_in_range(rows, code):
    result = compute_skm(_frame(rows), RULE_SETS[code])
    assert 25.0 <= result.nilai <= 100.0
    assert result.grade is RULE_SETS[code].grade(result.nilai)


@hyp_settings(max_examples=100, deadline=None)
@given(_ROWS, st.randoms(use_true_random=False))
def test_property_row_order_does_not_matter(rows, rnd):
    shuffled = list(rows)
    rnd.shuffle(shuffled)
    a = compute_skm(_frame(rows), R2017)
    b = compute_skm(_frame(shuffled), R2017)
    assert a.nilai_exact == b.nilai_exact and a.nilai == b.nilai


@hyp_settings(max_examples=100, deadline=None)
@given(_ROWS, st.data())
def test_property_raising_an_answer_never_lowers(rows, data):
    i = data.draw(st.integers(0, len(rows) - 1))
    j = data.draw(st.integers(0, 8))
    raised = [list(r) for r in rows]
    if raised[i][j] < 4:
        raised[i][j] += 1
    before = compute_skm(_frame(rows), R2017)
    after = compute_skm(_frame(raised), R2017)
    assert after.nilai_exact >= before.nilai_exact
    assert after.nilai >= before.nilai
