"""A sheet as the readers leave it: a grid of plain Python values in
Excel's own row numbering (row 1 is rows[0]), so every finding can name the
row staff see."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from iku_excel.findings import Finding


@dataclass
class SheetGrid:
    file: str
    name: str
    rows: list[list[Any]]
    hidden: bool = False
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    hidden_columns: set[int] = field(default_factory=set)
    computed: dict[tuple[int, int], str] = field(default_factory=dict)    # evaluated here
    unevaluated: dict[tuple[int, int], str] = field(default_factory=dict)  # left blank
    # Cells shown as a percentage (0,85 as 85%); None: the file does not say
    # (csv, xls, ods, a big sheet), so a number's format is unknown.
    percent_cells: set[tuple[int, int]] | None = None
    kind: str = "xlsx"
    notes: list[Finding] = field(default_factory=list)  # what reading it found (cut text, ...)
    refused: bool = False  # too big to read: only its notes say it was there

    def cell(self, row: int, col: int) -> Any:
        if 0 <= row < len(self.rows) and 0 <= col < len(self.rows[row]):
            return self.rows[row][col]
        return None
