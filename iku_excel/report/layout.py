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
    # An em dash is about two average characters wide in Arial.
    # The bar and "x 100%" must share one line, or the fraction falls apart.
    per_line = width_chars * 1.1
    longest = min(max(len(pembilang), len(penyebut)), per_line)
    bar = "—" * max(6, min(int(longest * 0.5), int((per_line - 9) / 2)))
    return f"{pembilang}\n{bar}  x 100%\n{penyebut}"


def fit_width(texts, minimum: float, maximum: float) -> float:
    """A column wide enough for the longest of `texts` on one line (file and
    sheet names have no spaces to wrap at: wrapped, they break mid-word),
    within minimum and maximum."""
    longest = max((len(str(t)) for t in texts), default=0)
    return max(minimum, min(maximum, longest * 1.1 + 2))


def column_points(width_chars: float) -> float:
    """Excel column width (characters of the default font) in points. The
    report's default font is Arial 11, whose digits are 8 pixels wide
    (Calibri 11's are 7); LibreOffice scales the printed page by the same."""
    return (width_chars * 8 + 5) * 0.75


class RowHeights:
    """Sets row heights on a sheet and remembers them, for page-fit decisions."""

    def __init__(self, sheet, default: float = 15.0) -> None:
        self.sheet = sheet
        self.default = default
        self.heights: dict[int, float] = {}

    def set(self, row: int, points: float) -> None:
        self.sheet.set_row(row, points)
        self.heights[row] = points

    def total(self, last_row: int) -> float:
        return sum(self.heights.get(r, self.default) for r in range(last_row + 1))
