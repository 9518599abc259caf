"""NIP (Nomor Induk Pegawai) of the official who signs: checked, never replaced.

PNS (Peraturan Kepala BKN 43/2007), 18 digits, printed in groups 8-6-1-3:
    YYYYMMDD   birth date
    YYYYMM     first appointment as CPNS (month 01-12)
    S          sex: 1 male, 2 female
    NNN        serial 001-999

PPPK (Pegawai Pemerintah dengan Perjanjian Kerja, appointed from 2019 on) also
have 18 digits, but digits 9-14 are the YEAR of appointment followed by "2" (PPPK)
and the number of the work agreement 1-9, e.g. 2000123120242 1 1 001 ->
"20001231 202421 1 001"; part-time PPPK from 2025 are seen as "...202524...".
ASSUMPTION: a 13th digit "2" with a 14th digit 1-9 (21-29 where a PNS NIP has a
month, which never clashes with 01-12) and a year >= 2019 is read as PPPK.
This follows public descriptions of the NI PPPK, not an official text we hold.

`check_nip` is pure and never raises: any input gives a NipCheck whose
`problems` lists short codes (see PROBLEMS); `describe` turns them into
Indonesian phrases for the finding `nip_tidak_sah`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from iku_excel.values import squash_spaces

NUMBER = "number"                                 # typed as a number: Excel keeps 15 digits
CHARACTERS = "characters"                         # something other than digits and separators
LENGTH = "length"                                 # not 18 digits
BIRTH_DATE = "birth date"                         # YYYYMMDD is no real date
APPOINTMENT = "appointment date"                  # YYYYMM (or PPPK YYYY2n) invalid
BEFORE_BIRTH = "appointment before birth"
TOO_EARLY = "appointment too early"               # appointment year - birth year < 18
SEX = "sex"                                       # 15th digit not 1 or 2
SERIAL = "serial"                                 # last three digits 000

PROBLEMS = (NUMBER, CHARACTERS, LENGTH, BIRTH_DATE, APPOINTMENT, BEFORE_BIRTH,
            TOO_EARLY, SEX, SERIAL)

MIN_BIRTH_YEAR = 1900
MIN_APPOINTMENT_YEAR = 1950      # the oldest PNS still in office were appointed much later
PPPK_FROM = 2019
MIN_AGE = 18

_SEPARATORS = re.compile(r"[\s.\-_/]+")
_PREFIX = re.compile(r"^\s*'?\s*(?:nip|n\.i\.p)\s*[.:]?\s*", re.IGNORECASE)


@dataclass
class NipCheck:
    text: str                          # as printed: 8-6-1-3 when 18 digits, else as written
    digits: str = ""                   # the digits found, separators removed
    problems: list[str] = field(default_factory=list)
    kind: str | None = None            # "PNS" or "PPPK" when the middle part says so
    birth: dt.date | None = None
    appointment_year: int | None = None
    appointment_month: int | None = None   # None for PPPK (year only)
    other_characters: str = ""         # other runs of text, space-separated: "OO"

    @property
    def ok(self) -> bool:
        return not self.problems


def format_nip(digits: str) -> str:
    """'196710201988031009' -> '19671020 198803 1 009'."""
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


def check_nip(value: Any, today: dt.date | None = None) -> NipCheck:
    """Check a NIP as written in a cell (text or number). Never raises."""
    try:
        return _check(value, today or dt.date.today())
    except Exception:  # noqa: BLE001 - user input must never stop the report
        return NipCheck(squash_spaces(value), problems=[CHARACTERS])



def _number_digits(value: int | float) -> str | None:
    """A NIP typed as a number, as Excel keeps it (15 significant digits)."""
    if isinstance(value, int):
        return str(abs(value))
    if math.isnan(value) or math.isinf(value) or value != int(value):
        return None
    try:
        return str(int(Decimal(f"{abs(value):.15g}")))
    except (InvalidOperation, ValueError, OverflowError):
        return None


def _check(value: Any, today: dt.date) -> NipCheck:
    problems: list[str] = []
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        digits = _number_digits(value)
        if digits is None:   # 12.5, NaN: not even a whole number
            return NipCheck(squash_spaces(value), problems=[CHARACTERS],
                            other_characters=squash_spaces(value))
        problems.append(NUMBER)
        written, other = digits, ""
    else:
        written = squash_spaces(value)
        text = unicodedata.normalize("NFKC", written)
        body = _SEPARATORS.sub("", _PREFIX.sub("", text))
        digits = "".join(ch for ch in body if ch.isascii() and ch.isdigit())
        other = " ".join(dict.fromkeys(re.findall(r"[^0-9]+", body, flags=re.ASCII)))
        if other:
            problems.append(CHARACTERS)
    check = NipCheck(written, digits=digits, other_characters=other)
    if len(digits) != 18:
        problems.append(LENGTH)
    if other or len(digits) != 18:
        # Positions cannot be trusted: a letter O for a zero, a digit missing...
        check.problems = problems
        return check
    check.text = format_nip(digits)
    _fields(check, digits, today, problems, skip_serial=NUMBER in problems)
    check.problems = problems
    return check


def _fields(check: NipCheck, digits: str, today: dt.date, problems: list[str],
            skip_serial: bool) -> None:
    birth = _date(digits[:8])
    if birth is None or not (MIN_BIRTH_YEAR <= birth.year) or birth > today:
        problems.append(BIRTH_DATE)
        birth = None
    check.birth = birth

    year, code = int(digits[8:12]), digits[12:14]
    latest = today.year + 1          # a TMT may be set for the coming months
    if code[0] == "2" and code[1] != "0":
        kind, month = "PPPK", None
        valid = PPPK_FROM <= year <= latest
    else:
        kind, month = "PNS", int(code)
        valid = 1 <= month <= 12 and MIN_APPOINTMENT_YEAR <= year <= latest
    if valid:
        check.kind, check.appointment_year, check.appointment_month = kind, year, month
    else:
        problems.append(APPOINTMENT)

    if birth is not None and valid:
        if (year, month or 1) <= (birth.year, birth.month):
            problems.append(BEFORE_BIRTH)
        elif year - birth.year < MIN_AGE:
            problems.append(TOO_EARLY)
    if digits[14] not in "12":
        problems.append(SEX)
    if digits[15:] == "000" and not skip_serial:
        problems.append(SERIAL)


def _date(text: str) -> dt.date | None:
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def describe(check: NipCheck) -> list[str]:
    """One Indonesian phrase per problem, naming what is wrong."""
    d = check.digits
    out: list[str] = []
    for problem in check.problems:
        if problem == NUMBER:
            out.append("NIP tersimpan sebagai angka, sehingga Excel hanya menyimpan 15 angka "
                       "pertama dan angka terakhirnya dapat berubah menjadi 0")
        elif problem == CHARACTERS:
            shown = ", ".join(f"\"{part}\"" for part in check.other_characters.split(" "))
            out.append("NIP hanya boleh berisi angka (boleh dipisah spasi atau titik); "
                       f"yang tertulis memuat {shown}")
        elif problem == LENGTH:
            out.append(f"NIP harus 18 angka; yang tertulis {len(d)} angka")
        elif problem == BIRTH_DATE:
            out.append(f"tanggal lahir pada NIP (8 angka pertama, {d[:8]}) tidak valid")
        elif problem == APPOINTMENT:
            out.append(_appointment_phrase(d))
        elif problem == BEFORE_BIRTH:
            out.append(f"pengangkatan pada NIP ({d[8:14]}) lebih awal dari tanggal lahir "
                       f"({d[:8]})")
        elif problem == TOO_EARLY:
            out.append(f"pengangkatan pada NIP (tahun {d[8:12]}) sebelum umur {MIN_AGE} tahun "
                       f"(lahir {d[:4]})")
        elif problem == SEX:
            out.append(f"jenis kelamin pada NIP (angka ke-15) harus 1 atau 2; yang tertulis "
                       f"{d[14]}")
        elif problem == SERIAL:
            out.append("nomor urut pada NIP (3 angka terakhir) tidak boleh 000")
    return out


def _appointment_phrase(d: str) -> str:
    year, code = d[8:12], d[12:14]
    if code[0] == "2" and code[1] != "0":
        why = (f"NIP PPPK baru ada sejak {PPPK_FROM}" if int(year) < PPPK_FROM
               else "tidak masuk akal")
        return (f"angka ke-13 dan 14 ({code}) menandai NIP PPPK, tetapi tahun pengangkatan "
                f"(angka ke-9 sampai 12, {year}) {why}")
    if not 1 <= int(code) <= 12:
        return (f"bulan pengangkatan pada NIP (angka ke-13 dan 14) harus 01 sampai 12; "
                f"yang tertulis {code}")
    return f"tahun pengangkatan pada NIP (angka ke-9 sampai 12, {year}) tidak masuk akal"
