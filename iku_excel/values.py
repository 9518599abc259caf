"""Reading single cell values the way Indonesian staff write them.

Every parser returns None for "cannot read this" so callers decide whether
that is a finding; none of them raises on user data.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from typing import Any

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6,
    "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agus": 8,
    "agust": 8, "agst": 8, "mrt": 3,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "nopember": 11, "november": 11, "nov": 11, "nop": 11, "desember": 12,
    "des": 12,
    # Month names as English-language apps export them.
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
    "august": 8, "aug": 8, "october": 10, "oct": 10, "december": 12, "dec": 12,
}
MONTH_NAMES = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
    "Agustus", "September", "Oktober", "November", "Desember",
]
_WEEKDAYS = {"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad"}
_WEEKDAY_KEYS = {re.sub(r"[^a-z]", "", w) for w in _WEEKDAYS}
# Spoken forms, short forms and English names, as staff and apps write them.
_WEEKDAY_OTHER = {"senen", "rebo", "kemis", "jemuah", "sen", "sel", "rab", "kam", "jum", "sab",
                  "min", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                  "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun"}
# A time after the date: ' 08:15', ' - 00:00', ', pukul 08.15 WIB', 'T10:00:00+07:00'.
_TIME_TAIL = re.compile(
    r"(?:\s*[-,]?\s*(?:pukul|pkl|jam)?\.?\s*|t)"
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?"
    r"\s*(?:wib|wita|wit|am|pm|z|[+-]\d{2}:?\d{2})?$")
# 'Tgl 15 Maret 2017', 'Tanggal: 15/03/2017': the label typed into the cell.
_DATE_LABEL = re.compile(r"^(?:tgl|tanggal)\.?\s*:?\s*(?=\d)")
# Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is accounted for.
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)


def norm_text(value: Any) -> str:
    """Lower-case words only: 'Tanggal  Pembinaan (Tgl.)' -> 'tanggal pembinaan tgl'."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).lower()
    text = re.sub(r"[^0-9a-z]+", " ", text)
    return text.strip()


def squash_spaces(value: Any) -> str:
    """The text as written, with runs of spaces and line breaks made single."""
    if value is None:
        return ""
    try:
        return " ".join(str(value).split())
    except Exception:  # a hostile object's __str__ must not stop the run
        return ""


def is_blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and value != value:  # NaN
        return True
    return isinstance(value, str) and value.strip() == ""


def parse_number(value: Any) -> float | None:
    """'1.234' -> 1234, '80,5' -> 80.5, '85%' -> 85, 1.234e3 stays a number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        try:
            number = float(value)
        except OverflowError:  # an int beyond float range is no count of ours
            return None
        return number if math.isfinite(number) else None
    if not isinstance(value, str):
        return None
    text = value.strip().replace("\u00a0", "").replace(" ", "")
    text = text.removesuffix("%")
    if text.lower().startswith("rp"):
        text = text[2:].lstrip(".")
    if not text:
        return None
    # Indonesian notation: '.' groups thousands, ',' is the decimal mark.
    # A thousands group never starts with 0: '0.500' is a decimal, not 500.
    if re.fullmatch(r"[-+]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?", text):
        text = text.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"[-+]?\d+(,\d+)?", text):
        text = text.replace(",", ".")
    elif not re.fullmatch(r"[-+]?\d*\.?\d+", text):
        return None
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def parse_date(value: Any) -> dt.date | None:
    """Real dates, Excel serials, '12/03/2017', '12-03-2017', '12 Maret 2017',
    'Senin, 12 Maret 2017'. Day comes first, as Indonesian offices write it."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        # Serials of plausible years only (1950..2100); a bare 2017 is a year, not a date.
        if 18264 <= value <= 73050:
            return (_EXCEL_EPOCH + dt.timedelta(days=float(value))).date()
        return None
    if not isinstance(value, str):
        return None
    text = " ".join(value.strip().lower().split())
    if not text:
        return None
    text = _without_weekday(_DATE_LABEL.sub("", text))
    date = _date_text(text)
    if date is None:
        # Apps add the time: '01/04/2023 08:15', 'Sabtu, 01 April 2023 - 00:00'.
        bare = _TIME_TAIL.sub("", text).strip(" -,")
        if bare != text and bare:
            date = _date_text(bare)
    return date


def _without_weekday(text: str) -> str:
    """'Sabtu, 01 April 2023' -> '01 april 2023'; a misspelled day name too
    ('Sbtu', 'Jumaat'), and any word before a comma ('Benjeng, 12 Maret 2017')."""
    # "Jum'at" arrives with straight or curly apostrophes (Word, WhatsApp).
    match = re.match(r"([a-z'\u2019`]+)\.?\s*(,)?\s*(\S.*)$", text)
    if not match:
        return text
    word = re.sub(r"[^a-z]", "", match.group(1))
    rest = match.group(3)
    if word in MONTHS or not (rest[0].isdigit() or rest.split()[0].strip(".,") in MONTHS):
        return text
    if (match.group(2) or word in _WEEKDAY_KEYS or word in _WEEKDAY_OTHER
            or any(edit_distance(word, day, 2) <= (1 if len(day) <= 5 else 2)
                   for day in _WEEKDAY_KEYS)):
        return rest
    return text


def _date_text(text: str) -> dt.date | None:
    # '15/03/2017', '15-03-17', '15,03,2017', '15 - 03 - 2017'.
    match = re.fullmatch(r"(\d{1,2})\s*[/\-.,]\s*(\d{1,2})\s*[/\-.,]\s*(\d{4}|\d{2})", text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return _safe_date(_full_year(year), month, day)
    match = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ t].*)?", text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return _safe_date(year, month, day)
    # '15 Maret 2017', '15-Mar-17' (Excel's own), "15 Maret '17".
    match = re.fullmatch(r"(\d{1,2})\s*[-\s]\s*([a-z]+)\.?\s*[-\s,]\s*(\d{4}|'?\d{2})", text)
    if match and match.group(2) in MONTHS:
        return _safe_date(_full_year(int(match.group(3).lstrip("'"))), MONTHS[match.group(2)],
                          int(match.group(1)))
    # 'April 01, 2023', as English-language exports write it.
    match = re.fullmatch(r"([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})", text)
    if match and match.group(1) in MONTHS:
        return _safe_date(int(match.group(3)), MONTHS[match.group(1)], int(match.group(2)))
    number = parse_number(text)
    if number is not None and "." not in text and "," not in text:
        return parse_date(number)
    return None


def year_of_period(value: Any) -> int | None:
    """The year of a cell that names a year or a month without a day:
    '2017', 2017, 'Maret 2017', '03/2017', '2017-03'. None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return parse_year(value)
    if not isinstance(value, str):
        return None
    text = " ".join(value.strip().lower().split())
    match = (re.fullmatch(r"(?:([a-z]+)\.?\s*[-\s]?\s*)?(\d{4})", text)
             or re.fullmatch(r"(?:\d{1,2})[/\-.](\d{4})()", text)
             or re.fullmatch(r"(\d{4})[/\-.](?:\d{1,2})()", text))
    if not match:
        return None
    groups = [g for g in match.groups() if g]
    year_text = next((g for g in groups if g.isdigit()), None)
    word = next((g for g in groups if not g.isdigit()), None)
    if word is not None and word not in MONTHS and word not in {"tahun", "th", "thn"}:
        return None
    return parse_year(year_text)


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count one), or limit + 1
    once it is certainly more than `limit`: for near misses, never for long texts."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = ca != cb
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def _full_year(year: int) -> int:
    return year + 2000 if year < 100 else year


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_year(value: Any) -> int | None:
    number = parse_number(value)
    if number is not None and number == int(number) and 1950 <= number <= 2100:
        return int(number)
    return None


def is_tick(value: Any) -> bool:
    return isinstance(value, str) and value.strip() in {"v", "V", "✓", "✔", "√", "☑"}


def is_empty(value: Any) -> bool:
    """Blank, or a lone dash (no letter or digit, and no tick): nothing written in the cell."""
    if is_blank(value):
        return True
    return isinstance(value, str) and not norm_text(value) and not is_tick(value)


def format_date_id(value: dt.date) -> str:
    return f"{value.day} {MONTH_NAMES[value.month - 1]} {value.year}"
