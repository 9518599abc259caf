"""Small layout helpers: row heights for wrapped text, the fraction as text."""

from __future__ import annotations

import math


def lines_needed(text: str, width_chars: float) -> int:
    """Wrapped lines Excel will need for `text` in a column `width_chars` wide.

    Excel never grows a row for wrapped text in a merged cell, so the
    report sets every such height itself.
    """
    per_line = max(1.0, width_chars * 1.05)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in str(text).split("\n"))


def row_height(texts_and_widths: list[tuple[str, float]], line_points: float = 14.5,
               minimum: float = 15.0) -> float:
    lines = max((lines_needed(t, w) for t, w in texts_and_widths if t), default=1)
    return max(minimum, lines * line_points + 3)


def fraction_text(pembilang: str, penyebut: str, width_chars: float) -> str:
    """The formula as a fraction, readable in a single cell:

        numerator
        ————————— x 100%
        denominator
    """
    longest = min(max(len(pembilang), len(penyebut)), int(width_chars * 1.6))
    bar = "—" * max(8, int(longest * 0.45))
    return f"{pembilang}\n{bar}  x 100%\n{penyebut}"
