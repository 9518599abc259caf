"""A finding is data: what, where, which value. Its Indonesian wording and
its severity live in messages.py (messages.severity_of), so tests assert
(code, file, sheet, row, column), not prose."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Severity(str, Enum):
    GALAT = "galat"            # error: the row, sheet or figure was not used
    PERINGATAN = "peringatan"  # warning: used, but check it
    CATATAN = "catatan"        # note: for information

    @property
    def rank(self) -> int:
        return {"galat": 0, "peringatan": 1, "catatan": 2}[self.value]

    @property
    def label(self) -> str:
        """The word staff read (console, Catatan Data); the JSON keeps the value."""
        return {"galat": "kesalahan", "peringatan": "peringatan", "catatan": "catatan"}[self.value]


@dataclass
class Finding:
    code: str
    file: str | None = None
    sheet: str | None = None
    row: int | None = None        # 1-based, as Excel shows it
    column: str | None = None     # the header text as the staff wrote it
    value: Any = None
    params: dict[str, Any] = field(default_factory=dict)

    def group_key(self) -> tuple:
        """Findings equal but for row and value are one line in Catatan Data."""
        return (self.code, self.file, self.sheet, self.column,
                tuple(sorted((k, str(v)) for k, v in self.params.items())))


def rows_text(rows: list[int], spans: int | None = 20) -> str:
    """[4, 5, 6, 9] -> '4-6, 9' (a finding's rows, one param): the first
    `spans` runs, then '...' (None: every run)."""
    out: list[str] = []
    start = prev = rows[0]
    for row in [*rows[1:], None]:
        if row is not None and row == prev + 1:
            prev = row
            continue
        out.append(str(start) if start == prev else f"{start}-{prev}")
        if len(out) == spans and row is not None:
            return ", ".join(out) + ", ..."
        if row is not None:
            start = prev = row
    return ", ".join(out)
