"""iku_excel.values: cell values as Indonesian staff write them."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from iku_excel.values import MONTH_NAMES, norm_text, parse_date, parse_number, parse_year

# --------------------------------------------------------------------------
# parse_number
# --------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("1.234", 1234.0),            # '.' groups thousands
    ("1.234.567", 1234567.0),
    ("80,5", 80.5),               # ',' is the decimal mark
    ("85%", 85.0),
    (" 80 % ", 80.0),
    ("1.234,5", 1234.5),          # both: thousands group and decimal comma
    ("-1.234", -1234.0),
    ("-0,5", -0.5),
    ("Rp 1.500.000", 1500000.0),  # currency prefix with a space
    ("Rp1.500.000,50", 1500000.5),
    ("Rp. 1.500.000", 1500000.0),
    ("12.5", 12.5),               # not three digits after '.': a decimal point
    ("2017", 2017.0),
])
def test_parse_number_indonesian_text(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("value", ["abc", "", "   ", "%", "Rp", True, False, None,
                                   float("nan"), "1,234.5", "12 orang", [1]])
def test_parse_number_unreadable_gives_none(value):
    assert parse_number(value) is None


def test_parse_number_real_numbers_stay_numbers():
    assert parse_number(7) == 7.0
    assert parse_number(1.234e3) == 1234.0   # a real float is never regrouped
    assert parse_number(80.5) == 80.5


def test_parse_number_leading_zero_group_is_a_decimal_point():
    # "0.500" cannot be Indonesian thousands notation (that would be written "500"),
    # so it is the decimal 0.5; likewise a weight typed as "0.111" is 0.111, not 111.
    assert parse_number("0.500") == 0.5
    assert parse_number("0.111") == 0.111


def _indonesian(n: int) -> str:
    # 1234567 -> "1.234.567", -1234 -> "-1.234", 12 -> "12"
    return f"{n:,}".replace(",", ".")


def test_indonesian_formatter_used_by_the_property():
    # guard the helper itself, so the property below tests what it claims
    assert _indonesian(1234567) == "1.234.567"
    assert _indonesian(-1234) == "-1.234"
    assert _indonesian(999) == "999"


@hyp_settings(max_examples=100, deadline=None)
@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_property_thousands_grouped_integer_round_trips(n):
    assert parse_number(_indonesian(n)) == n


@hyp_settings(max_examples=100, deadline=None)
@given(st.text())
def test_property_parse_number_never_raises(text):
    result = parse_number(text)
    assert result is None or isinstance(result, float)


# --------------------------------------------------------------------------
# parse_date
# --------------------------------------------------------------------------


def test_parse_date_real_dates():
    assert parse_date(dt.datetime(2017, 3, 12, 14, 30)) == dt.date(2017, 3, 12)
    assert parse_date(dt.date(2017, 3, 12)) == dt.date(2017, 3, 12)


@pytest.mark.parametrize("serial, expected", [
    # Excel: 43101 is 1 Jan 2018 (well known).  2017 has 365 days, so 1 Jan 2017 is
    # 43101 - 365 = 42736 and 13 Mar 2017 (day 31+28+13 = 72) is 42736 + 71 = 42807.
    (43101, dt.date(2018, 1, 1)),
    (42736, dt.date(2017, 1, 1)),
    (42807, dt.date(2017, 3, 13)),
    (42808, dt.date(2017, 3, 14)),
    (42808.0, dt.date(2017, 3, 14)),
    (42807.75, dt.date(2017, 3, 13)),  # a time of day does not move the date
    ("42807", dt.date(2017, 3, 13)),   # serial stored as text
])
def test_parse_date_excel_serials(serial, expected):
    assert parse_date(serial) == expected


@pytest.mark.parametrize("text, expected", [
    ("12/03/2017", dt.date(2017, 3, 12)),          # day first: 12 March, not 3 Dec
    ("12-03-2017", dt.date(2017, 3, 12)),
    ("12.03.2017", dt.date(2017, 3, 12)),
    ("12-03-17", dt.date(2017, 3, 12)),            # two-digit year is 20yy
    ("1/1/2017", dt.date(2017, 1, 1)),
    ("12 Maret 2017", dt.date(2017, 3, 12)),
    ("12 MARET 2017", dt.date(2017, 3, 12)),
    ("12 Mar 2017", dt.date(2017, 3, 12)),
    ("13 Pebruari 2017", dt.date(2017, 2, 13)),    # old spelling of Februari
    ("5 Nopember 2017", dt.date(2017, 11, 5)),
    ("12-Mar-2017", dt.date(2017, 3, 12)),
    ("Senin, 13 Maret 2017", dt.date(2017, 3, 13)),
    ("Jum'at, 17 Maret 2017", dt.date(2017, 3, 17)),
    ("Jumat, 17 Maret 2017", dt.date(2017, 3, 17)),
    ("Minggu, 12/03/2017", dt.date(2017, 3, 12)),
    ("2017-03-12", dt.date(2017, 3, 12)),          # ISO, as some exports write it
    ("29/02/2016", dt.date(2016, 2, 29)),          # leap day
])
def test_parse_date_text(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("value", [
    2017, "2017", 2017.0,       # a bare year is not a date (serial 2017 is 1905)
    "31/02/2017", "29/02/2017", "12/13/2017", "0/1/2017",
    "12 Mertua 2017", "abc", "", None, True, "-",
    18263,                      # 31 Dec 1949: outside the plausible serial range
])
def test_parse_date_unreadable_gives_none(value):
    assert parse_date(value) is None


def test_parse_date_weekday_with_typographic_apostrophe():
    assert parse_date("Jum\u2019at, 17 Maret 2017") == dt.date(2017, 3, 17)


_DATES = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31))


@hyp_settings(max_examples=100, deadline=None)
@given(_DATES)
def test_property_slash_dates_round_trip(d):
    assert parse_date(f"{d.day:02d}/{d.month:02d}/{d.year}") == d


@hyp_settings(max_examples=100, deadline=None)
@given(_DATES)
def test_property_month_name_dates_round_trip(d):
    assert parse_date(f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}") == d


# --------------------------------------------------------------------------
# norm_text, parse_year
# --------------------------------------------------------------------------


@pytest.mark.parametrize("value, expected", [
    ("Tanggal  Pembinaan (Tgl.)", "tanggal pembinaan tgl"),
    ("  SUDAH. ", "sudah"),
    ("Biaya/Tarif", "biaya tarif"),
    ("No.\nResponden", "no responden"),
    ("\uff21\uff22\uff23", "abc"),      # full-width letters fold via NFKC
    ("U1", "u1"),
    (2017, "2017"),
    (None, ""),
    ("---", ""),
])
def test_norm_text(value, expected):
    assert norm_text(value) == expected


@pytest.mark.parametrize("value, expected", [
    (2017, 2017), (2017.0, 2017), ("2017", 2017), (" 2017 ", 2017),
    (1950, 1950), (2100, 2100),
    (2017.5, None), (1949, None), (2101, None), ("abc", None), (None, None),
    (True, None), ("", None),
])
def test_parse_year(value, expected):
    assert parse_year(value) == expected


# --------------------------------------------------------------------------
# dates as apps and staff write them (issue 15)
# --------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Sabtu, 01 April 2017 - 00:00", dt.date(2017, 4, 1)),   # a web app's export
    ("01/04/2017 08:15", dt.date(2017, 4, 1)),
    ("01/04/2017 08.15 WIB", dt.date(2017, 4, 1)),
    ("12/03/2017, pukul 08.15", dt.date(2017, 3, 12)),
    ("2017-03-05 10:30:00", dt.date(2017, 3, 5)),
    ("2017-03-05T10:30:00", dt.date(2017, 3, 5)),
    ("2017-03-05T10:30:00.123+07:00", dt.date(2017, 3, 5)),
    ("2017/03/05", dt.date(2017, 3, 5)),
    ("1 Maret 2017 - 14:00:00", dt.date(2017, 3, 1)),
    ("Kamis 12/01/2017 7:05", dt.date(2017, 1, 12)),
    ("Sbtu, 01 April 2017", dt.date(2017, 4, 1)),            # misspelled weekdays
    ("Jumaat 17 Maret 2017", dt.date(2017, 3, 17)),
    ("Rebo, 15 Maret 2017", dt.date(2017, 3, 15)),
    ("Senen 13 Maret 2017", dt.date(2017, 3, 13)),
    ("Saturday, April 01, 2017", dt.date(2017, 4, 1)),       # English exports
    ("01 May 2017", dt.date(2017, 5, 1)),
    ("Benjeng, 12 Maret 2017", dt.date(2017, 3, 12)),        # place and date
    # As staff type them (a tester's trial): Excel's own 15-Mar-17, a short
    # year, a label in the cell, commas and spaced dashes.
    ("3 Agust 2017", dt.date(2017, 8, 3)), ("3 Agst 2017", dt.date(2017, 8, 3)),
    ("15-Mar-17", dt.date(2017, 3, 15)), ("15 Maret '17", dt.date(2017, 3, 15)),
    ("Tgl 15 Maret 2017", dt.date(2017, 3, 15)), ("Tgl. 3/4/2017", dt.date(2017, 4, 3)),
    ("15,03,2017", dt.date(2017, 3, 15)), ("15 - 03 - 2017", dt.date(2017, 3, 15)),
])
def test_parse_date_app_and_staff_forms(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["2017-13-45", "32/13/2017", "kemarin", "12/03", "1,2,3",
                                  "80,5", "1.234", "Tgl", "15 Maret '1",
                                  "Sabtu, 31 Februari 2017 - 00:00", "Maret 2017", "belum diisi"])
def test_parse_date_unreadable_forms_stay_none(text):
    assert parse_date(text) is None


@pytest.mark.parametrize("value, expected", [
    ("2017", 2017), (2017, 2017), ("Maret 2017", 2017), ("03/2017", 2017), ("2017-03", 2017),
    ("Tahun 2016", 2016), ("abc 2017", None), ("12/03", None), ("kemarin", None), (True, None),
])
def test_year_of_period(value, expected):
    from iku_excel.values import year_of_period

    assert year_of_period(value) == expected


@pytest.mark.parametrize("a, b, distance", [
    ("unusr 8", "unsur 8", 1),      # two letters swapped is one slip
    ("sbtu", "sabtu", 1), ("tangal", "tanggal", 1), ("dibnia", "dibina", 1),
    ("abc", "abc", 0), ("persyaratan", "prosedur", 3),   # capped at limit + 1
])
def test_edit_distance(a, b, distance):
    from iku_excel.values import edit_distance

    assert edit_distance(a, b, 2) == distance
