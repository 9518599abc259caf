"""One rounding rule for every figure: half away from zero, as Excel's ROUND.

Python's round() rounds halves to even (round(28.125, 2) == 28.12), which
disagrees with the workbook's own =ROUND() and with hand computation.
"""

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

Number = int | float | Fraction | Decimal


def to_decimal(value: Number) -> Decimal:
    if isinstance(value, Fraction):
        # Enough digits that the rounding decision is exact for our magnitudes.
        return Decimal(value.numerator) / Decimal(value.denominator)
    if isinstance(value, float):
        # repr() gives the shortest string that round-trips: 28.125 stays 28.125.
        return Decimal(repr(value))
    return Decimal(value)


def format_id(value: Number, places: int = 2) -> str:
    """Indonesian notation, rounded the one way: 1234.5 -> '1.234,50'."""
    text = f"{round_half_away(value, places):,.{places}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def trimmed_id(value: float, places: int) -> str:
    """A figure as staff write it in a sentence: up to `places` decimals, no
    trailing zeros, a decimal comma, no thousands dots (-7.5 -> '-7,5',
    80.0 -> '80'). For quoting a value, not for a computed figure: it rounds
    the float as Python formats it, not half away from zero."""
    return f"{value:.{places}f}".rstrip("0").rstrip(".").replace(".", ",")


def count_id(n: int) -> str:
    """A whole count in Indonesian notation: 100000 -> '100.000'."""
    return f"{n:,}".replace(",", ".")


def round_half_away(value: Number, places: int = 2) -> float:
    """Round half away from zero (ROUND_HALF_UP in Decimal terms)."""
    quant = Decimal(1).scaleb(-places)
    if isinstance(value, Fraction):
        # Exact: decide on the rational, not on a binary approximation.
        scaled = value * 10**places
        sign = -1 if scaled < 0 else 1
        whole, rest = divmod(abs(scaled), 1)
        if rest >= Fraction(1, 2):
            whole += 1
        return float(Decimal(sign * int(whole)).scaleb(-places))
    return float(to_decimal(value).quantize(quant, rounding=ROUND_HALF_UP))
