"""iku_excel.rounding: half away from zero, like Excel's ROUND."""

from decimal import Decimal
from fractions import Fraction

import pytest

from iku_excel.rounding import round_half_away, trimmed_id


def test_python_round_disagrees_so_the_test_matters():
    # Python rounds 28.125 to even -> 28.12; the report must show 28.13
    assert round(28.125, 2) == 28.12
    assert round_half_away(28.125, 2) == 28.13


@pytest.mark.parametrize("value, places, expected", [
    (28.125, 2, 28.13),
    (-2.675, 2, -2.68),     # binary -2.67499999...; repr '-2.675' rounds away -> -2.68
    (0.125, 2, 0.13),
    (1.005, 2, 1.01),       # binary 1.00499999...; repr-based -> 1.01
    (2.5, 0, 3.0),          # Python round(2.5) == 2
    (-2.5, 0, -3.0),
    (0.5, 0, 1.0),
    (91.475, 2, 91.48),
    (90.994, 2, 90.99),
    (90.995, 2, 91.0),
    (7, 2, 7.0),
    (Decimal("0.125"), 2, 0.13),
])
def test_round_half_away_numbers(value, places, expected):
    assert round_half_away(value, places) == expected


@pytest.mark.parametrize("value, places, expected", [
    (Fraction(1, 8), 2, 0.13),        # 0.125 exactly
    (Fraction(-1, 8), 2, -0.13),
    (Fraction(2025, 72), 2, 28.13),   # 28.125 exactly (the SKM half-way case)
    (Fraction(23875, 261), 2, 91.48), # 91.4750957...
    (Fraction(1, 3), 2, 0.33),
    (Fraction(2, 3), 2, 0.67),
    (Fraction(5, 2), 0, 3.0),
    (Fraction(1249, 10000), 2, 0.12),  # 0.1249: just below half
])
def test_round_half_away_fractions(value, places, expected):
    assert round_half_away(value, places) == expected


def test_default_is_two_places():
    assert round_half_away(28.125) == 28.13
    assert round_half_away(Fraction(1, 8)) == 0.13


@pytest.mark.parametrize("value, places, expected", [
    (-7.5, 2, "-7,5"),
    (80.0, 2, "80"),
    (0.72916, 4, "0,7292"),
    (1234.5, 4, "1234,5"),    # no thousands dot: a value quoted as staff typed it
    (52.50004, 4, "52,5"),
])
def test_trimmed_id(value, places, expected):
    assert trimmed_id(value, places) == expected
