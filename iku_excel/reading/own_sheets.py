"""The sheets of the tool's own blank workbook that hold no data: its
instructions and its hidden lists of choices (Daftar). The template writes
a fixed mark in their first cell; the reader checks that mark, never the
words of the sheet (the lists' "Rumus Penurunan Pelanggaran Perda" column
was once read as a register of violations)."""

from __future__ import annotations

from iku_excel.reading.grid import SheetGrid
from iku_excel.values import norm_text

# The end of the first cell of each such sheet, as the template writes it.
MARK = "(iku-excel: bukan data)"
_MARK_WORDS = norm_text(MARK)


def is_own_sheet(grid: SheetGrid) -> bool:
    """A sheet of the blank template that is no data (its mark in A1)."""
    first = grid.cell(0, 0)
    return isinstance(first, str) and norm_text(first).endswith(_MARK_WORDS)
