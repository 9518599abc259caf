"""iku_excel.indicators.skm and skm_rules: the survey index and its grade."""

from fractions import Fraction

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from iku_excel.indicators.skm import ANSWER_COLUMNS, compute_skm, skm_from_totals
from iku_excel.indicators.skm_rules import (
    DEFAULT_RULE_SET,
    RULE_SETS,
    weight_formula,
    weight_label,
    weight_of,
    weight_text,
)

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


# --------------------------------------------------------------------------
# KepMenPAN 25/2004: fourteen elements, weight 1/14
# --------------------------------------------------------------------------

R2004 = RULE_SETS["25/2004"]
APP_TOTALS = (17, 19, 20, 21, 18, 19, 20, 21, 18, 19, 20, 21, 18, 18)  # corpus case 150


def test_kepmenpan_2004_elements_in_the_decree_order():
    assert R2004.count == 14 and R2004.columns == [f"u{i}" for i in range(1, 15)]
    assert R2004.names[:2] == ("Prosedur Pelayanan", "Persyaratan Pelayanan")
    assert R2004.names[6] == "Kecepatan Pelayanan" and R2004.elements[6] == "waktu"
    assert R2004.names[-1] == "Keamanan Pelayanan"
    assert len(set(R2004.elements)) == 14


def test_fourteen_elements_exact_weight():
    # Σ 269 over 6 respondents: 269 / 6 x (1/14) x 25 = 6725 / 84 = 80.0595... -> 80.06, B
    result = skm_from_totals(APP_TOTALS, 6, R2004)
    assert result.weight == Fraction(1, 14)
    assert result.nilai_exact == Fraction(6725, 84)
    assert result.nilai == 80.06 and result.grade.mutu == "B"
    assert result.count == 14 and result.nrr[0] == Fraction(17, 6)


@pytest.mark.parametrize("mode, weight, text, all_fours", [
    ("tepat", Fraction(1, 14), "1/14", 100.00),
    ("0,111", Fraction(71, 1000), "0,071", 99.40),   # 14 x 4 x 0.071 x 25
    ("0,11", Fraction(7, 100), "0,07", 98.00),       # 14 x 4 x 0.07 x 25
])
def test_fourteen_elements_rounded_weights(mode, weight, text, all_fours):
    assert weight_of(mode, 14) == weight and weight_text(mode, 14) == text
    assert skm_from_totals((4 * 3,) * 14, 3, R2004, mode).nilai == all_fours


def test_nine_element_weights_unchanged():
    assert [weight_of(m, 9) for m in ("tepat", "0,111", "0,11")] == [
        Fraction(1, 9), Fraction(111, 1000), Fraction(11, 100)]
    assert [weight_formula(m, 9) for m in ("tepat", "0,111", "0,11")] == [
        "(1/9)", "0.111", "0.11"]
    assert weight_label("tepat", 9) == "1/9 (tepat)"
    assert weight_label("0,111", 14) == "0,071 (dibulatkan)"


@pytest.mark.parametrize("nilai, mutu", [
    (100.00, "A"), (81.26, "A"), (81.25, "B"), (62.51, "B"), (62.50, "C"),
    (43.76, "C"), (43.75, "D"), (25.00, "D"),
])
def test_grade_boundaries_25_2004(nilai, mutu):
    assert R2004.grade(nilai).mutu == mutu


def test_totals_must_match_the_rule_set():
    with pytest.raises(ValueError):
        skm_from_totals(APP_TOTALS[:9], 6, R2004)
    with pytest.raises(ValueError):
        skm_from_totals(APP_TOTALS, 6, R2014)


def test_compute_skm_fourteen_columns():
    frame = pd.DataFrame([[4] * 14, [2] * 14], columns=R2004.columns)
    result = compute_skm(frame, R2004)
    assert result.totals == (6,) * 14 and result.nilai == 75.0
