"""iku_excel.indicators.capaian and settings.parse_target."""

import pytest

from iku_excel.indicators.capaian import (
    AS_WRITTEN,
    ASKS_INCREASE,
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    SIZE_OF_DECREASE,
    Target,
    category,
    compute_capaian,
    read_penurunan_target,
)
from iku_excel.settings import parse_target


def t(value: float) -> Target:
    return Target(value, value, str(value))


def test_higher_is_better():
    # 76.53 / 80 * 100 = 95.6625 -> >= 91 -> Sangat Baik
    c = compute_capaian(76.53, t(80), HIGHER_IS_BETTER)
    assert c.nilai == pytest.approx(95.6625, abs=1e-9)
    assert c.kategori == "Sangat Baik"
    assert c.sebab is None


def test_lower_is_better():
    # (2 * 20 - 15) / 20 * 100 = 125.0 ; (2 * 20 - 30) / 20 * 100 = 50.0
    assert compute_capaian(15, t(20), LOWER_IS_BETTER).nilai == pytest.approx(125.0)
    c = compute_capaian(30, t(20), LOWER_IS_BETTER)
    assert c.nilai == pytest.approx(50.0)
    assert c.kategori == "Sangat Kurang"


def test_range_target_uses_near_end():
    # higher is better: the low end 80 counts -> 85 / 80 * 100 = 106.25
    rng = Target(80, 90, "80 - 90")
    assert compute_capaian(85, rng, HIGHER_IS_BETTER).nilai == pytest.approx(106.25)
    # lower is better: the high end 20 counts -> (40 - 15) / 20 * 100 = 125
    low = Target(10, 20, "10 - 20")
    assert compute_capaian(15, low, LOWER_IS_BETTER).nilai == pytest.approx(125.0)


@pytest.mark.parametrize("realisasi, target", [
    (80.0, None),            # no target
    (80.0, t(0)),            # zero target
    (-25.0, t(10)),          # opposite signs
    (25.0, t(-20)),
    (None, t(80)),           # no realisasi
])
def test_not_computed_says_why(realisasi, target):
    c = compute_capaian(realisasi, target, HIGHER_IS_BETTER)
    assert c.nilai is None and c.kategori is None
    assert c.sebab            # a reason, in words
    assert c.saran


def test_opposite_sign_reason_names_both_values():
    c = compute_capaian(-25.0, t(10), HIGHER_IS_BETTER)
    assert "-25,00" in c.sebab and "10,00" in c.sebab


def test_negative_same_sign():
    # -25 / -20 * 100 = 125.0 (violations fell more than the target)
    c = compute_capaian(-25.0, t(-20), HIGHER_IS_BETTER)
    assert c.nilai == pytest.approx(125.0)
    assert c.kategori == "Sangat Baik"


@pytest.mark.parametrize("value, expected", [
    (90.995, "Sangat Baik"),   # rounds to 91.00
    (90.994, "Baik"),          # rounds to 90.99
    (91.0, "Sangat Baik"),
    (76.0, "Baik"),
    (75.995, "Baik"),          # rounds to 76.00
    (75.99, "Cukup"),
    (66.0, "Cukup"),
    (65.99, "Kurang"),
    (51.0, "Kurang"),
    (50.99, "Sangat Kurang"),
    (0.0, "Sangat Kurang"),
    (-10.0, "Sangat Kurang"),
    (150.0, "Sangat Baik"),
])
def test_category_on_rounded_value(value, expected):
    assert category(value) == expected


def test_compute_capaian_category_uses_rounding():
    # 72.796 / 80 * 100 = 90.995 -> rounded 91.00 -> Sangat Baik
    c = compute_capaian(72.796, t(80), HIGHER_IS_BETTER)
    assert c.kategori == "Sangat Baik"


@pytest.mark.parametrize("value, low, high", [
    ("80-90", 80, 90),
    ("80 - 90", 80, 90),
    ("80 s/d 90", 80, 90),
    ("80 S/D 90", 80, 90),
    ("80% - 90%", 80, 90),
    ("90-80", 80, 90),        # written backwards: still low..high
    ("85%", 85, 85),
    ("80,5", 80.5, 80.5),
    ("-20", -20, -20),        # a negative target is not a range
    (80, 80, 80),
    (-20, -20, -20),
    (80.5, 80.5, 80.5),
])
def test_parse_target(value, low, high):
    target = parse_target(value)
    assert (target.low, target.high) == (low, high)
    assert target.is_range is (low != high)


@pytest.mark.parametrize("value", ["abc", "", None, True])
def test_parse_target_unreadable(value):
    assert parse_target(value) is None


def test_parse_target_text():
    assert parse_target("80 s/d 90").text == "80 - 90"
    assert parse_target("80,5").text == "80,5"


def test_capaian_half_way_rounds_like_hand_computation():
    # SKM 70.30 against target 80: 70.30 / 80 * 100 = 87.875 exactly -> 87.88 by hand and
    # in Excel; the float product is 87.87499999999999 -> round_half_away gives 87.87.
    from iku_excel.rounding import round_half_away

    c = compute_capaian(70.30, t(80), HIGHER_IS_BETTER)
    assert round_half_away(c.nilai, 2) == 87.88


@pytest.mark.parametrize("written, rumus, low, high, how", [
    (t(5), "dokumen", -5, -5, SIZE_OF_DECREASE),                      # "turun 5%"
    (t(-5), "dokumen", -5, -5, AS_WRITTEN),                           # the document's sign
    (Target(5, 10, "5 - 10"), "dokumen", -10, -5, SIZE_OF_DECREASE),
    (Target(-5, 5, "-5 - 5"), "dokumen", -5, 5, ASKS_INCREASE),       # across zero
    (t(5), "biasa", 5, 5, AS_WRITTEN),                                # a fall is positive here
    (t(-5), "biasa", -5, -5, ASKS_INCREASE),                          # asks for more violations
    (t(0), "dokumen", 0, 0, AS_WRITTEN),                              # zero: capaian says why
])
def test_penurunan_target_reading(written, rumus, low, high, how):
    read, got = read_penurunan_target(written, rumus)
    assert (read.low, read.high, got) == (low, high, how)


def test_penurunan_target_read_keeps_staff_notation():
    read, _ = read_penurunan_target(Target(7.5, 10, "7,5 - 10"), "dokumen")
    assert read.text == "-10 - -7,5"
    assert read_penurunan_target(t(20), "dokumen")[0].text == "-20"
