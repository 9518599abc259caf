"""The language of Syarat Pembilang and Syarat Penyebut (catalogue.md), read
into conditions.

    Kolom = a, b, c      the cell is one of the words (case, spacing and
                         punctuation ignored; whole words, never a part:
                         'Belum Lengkap' is not 'Lengkap')
    Kolom ≠ a            also != and <>
    Kolom terisi         also 'tidak kosong'; Kolom kosong
    Kolom >= 3           also >, <, <=; a number in Indonesian notation
                         (80,5) or a date (31/01/2024)
    A = Ya; B terisi     every part must hold

A mistake is a ConditionError naming where in the cell it is and what to
write instead. How a condition meets a table's cells (yes/no words, flags
of the built-in sources) is indicators/counting.py's.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

from iku_excel.catalogue.model import Condition
from iku_excel.rounding import to_decimal
from iku_excel.values import is_blank, is_empty, parse_date, parse_number
from iku_excel.vocabulary import normal_words

EQUAL, NOT_EQUAL, FILLED, EMPTY = "=", "≠", "terisi", "kosong"
COMPARISONS = (">", ">=", "<", "<=")
# Symbols as staff type them, longest first, and the operator each means.
_SYMBOLS = (("!=", NOT_EQUAL), ("<>", NOT_EQUAL), ("≠", NOT_EQUAL), (">=", ">="),
            ("=>", ">="), ("≥", ">="), ("<=", "<="), ("=<", "<="), ("≤", "<="),
            ("==", EQUAL), ("=", EQUAL), (">", ">"), ("<", "<"))
# Words after the column, longest first.
_WORDS = (("tidak kosong", FILLED), ("tidak terisi", EMPTY), ("belum diisi", EMPTY),
          ("ada isinya", FILLED), ("terisi", FILLED), ("diisi", FILLED), ("kosong", EMPTY))
_QUOTES = {'"': '"', "'": "'", "\u201c": "\u201d", "\u2018": "\u2019"}
EXAMPLE = "Contoh: Status = Selesai; Tanggal Penyampaian terisi; Jumlah Peserta >= 10"


class ConditionError(ValueError):
    """A Syarat that cannot be read: where (1-based character), what, and a suggestion."""

    def __init__(self, position: int, problem: str, suggestion: str) -> None:
        super().__init__(f"{problem} (karakter ke-{position})")
        self.position = position
        self.problem = problem
        self.suggestion = suggestion


def parse_conditions(text: Any) -> tuple[Condition, ...]:
    """Every part of a Syarat cell; () for a blank one."""
    if is_blank(text):
        return ()
    text = str(text)
    found = []
    for start, part in _split(text, ";"):
        if part.strip():
            found.append(_one(part, start))
    return tuple(found)


def _one(part: str, start: int) -> Condition:
    """One condition; `start` is where `part` begins in the cell (0-based)."""
    lead = len(part) - len(part.lstrip())
    at, symbol, op = _operator(part)
    if op is None:
        return _word_condition(part, start, lead)
    column = part[:at].strip()
    if not column:
        raise ConditionError(start + lead + 1, f"nama kolom sebelum tanda {symbol} kosong",
                             f"Tulis nama kolomnya di depan tanda {symbol}. {EXAMPLE}")
    rest = part[at + len(symbol):]
    if not rest.strip():
        raise ConditionError(start + len(part.rstrip()) + 1,
                             f"nilai sesudah tanda {symbol} kosong",
                             f"Tulis nilainya sesudah tanda {symbol}, misalnya "
                             f"{column} {symbol} Ya.")
    value_at = start + at + len(symbol) + (len(rest) - len(rest.lstrip()))
    written = " ".join(part.split())
    if op in (EQUAL, NOT_EQUAL):
        values = tuple(v for _, v in _split(rest, ",", decimal=True) if _unquote(v))
        return Condition(column, op, tuple(_unquote(v) for v in values), text=written)
    value = _unquote(rest)
    number = exact_number(value)
    if number is not None:
        return Condition(column, op, (value,), number=number, text=written)
    date = parse_date(value)
    if date is not None:
        return Condition(column, op, (value,), date=date, text=written)
    raise ConditionError(value_at + 1, f"\"{value}\" bukan angka atau tanggal",
                         f"Sesudah tanda {symbol} tulis angka (3 atau 80,5) atau tanggal "
                         "(31/01/2024).")


def _word_condition(part: str, start: int, lead: int) -> Condition:
    words = " ".join(part.split())
    lower = words.lower()
    for word, op in _WORDS:
        if lower == word or lower.endswith(" " + word):
            column = words[:len(words) - len(word)].strip()
            if column:
                return Condition(column, op, text=words)
            raise ConditionError(start + lead + 1, f"nama kolom sebelum kata {word} kosong",
                                 f"Tulis nama kolomnya, misalnya Tanggal Penyampaian {word}.")
    raise ConditionError(start + len(part.rstrip()) + 1,
                         f"\"{words}\" tidak memuat tanda pembanding (=, ≠, >=, <=, >, <) "
                         "atau kata terisi/kosong",
                         f"Tulis kolom, tanda dan nilainya. {EXAMPLE}")


def _operator(part: str) -> tuple[int, str, str | None]:
    """The first operator: (where, as typed, what it means). Quotes come
    after it, around a value, so they need no care here."""
    for i in range(len(part)):
        for symbol, op in _SYMBOLS:
            if part.startswith(symbol, i):
                return i, symbol, op
    return -1, "", None


def _split(text: str, separator: str, decimal: bool = False) -> list[tuple[int, str]]:
    """(start, piece) at each separator outside quotes; a quote opens a value
    where one begins (after an operator, a comma or at the start), so an
    apostrophe inside a word ('Jum'at') is no quote. With `decimal`, a comma
    between two digits is a decimal comma ('80,5'), not a separator."""
    pieces, start, closing = [], 0, None
    for i, char in enumerate(text):
        if closing is not None:
            if char == closing:
                closing = None
            continue
        before = text[:i].rstrip()
        if char in _QUOTES and (len(before) <= start or before[-1] in "=<>≠≥≤,;"):
            closing = _QUOTES[char]
        elif char == separator:
            if decimal and 0 < i < len(text) - 1 and text[i - 1].isdigit() \
                    and text[i + 1].isdigit():
                continue
            pieces.append((start, text[start:i]))
            start = i + 1
    pieces.append((start, text[start:]))
    return pieces


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] in _QUOTES and value[-1] == _QUOTES[value[0]]:
        return value[1:-1].strip()
    return value


def exact_number(value: Any) -> Fraction | None:
    """A cell's number, exactly as written (80,5 is 161/2), or None."""
    number = parse_number(value)
    if number is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return Fraction(value)
    return Fraction(to_decimal(number))


def yes_no_word(value: str) -> bool | None:
    """True for Ya, False for Tidak, None for any other word of a condition."""
    word = normal_words(value)
    if word in {"ya", "y"}:
        return True
    if word in {"tidak", "t"}:
        return False
    return None


def same_word(cell: Any, value: str) -> bool:
    """The cell is the condition's word: whole words, case, spacing and
    punctuation ignored, abbreviations written out; numbers as numbers."""
    if is_empty(cell):
        return False
    if isinstance(cell, (int, float)) or exact_number(value) is not None:
        a, b = exact_number(cell), exact_number(value)
        if a is not None and b is not None:
            return a == b
    wanted = normal_words(value)
    return bool(wanted) and normal_words(cell) == wanted


def compared(cell: Any, condition: Condition) -> bool | None:
    """A comparison's answer; None when the cell holds no number (or date) to compare."""
    if condition.number is not None:
        number = exact_number(cell)
        if number is None:
            return None
        return _holds(number, condition.op, condition.number)
    date = parse_date(cell) if not isinstance(cell, bool) else None
    if date is None:
        return None
    return _holds(date, condition.op, condition.date)


def _holds(a: Fraction | dt.date, op: str, b: Any) -> bool:
    return {">": a > b, ">=": a >= b, "<": a < b, "<=": a <= b}[op]
