"""From detected tables to clean, typed frames plus findings.

Each source has its own small module; all share the row loop of rows.py.
Everything is checked first and reported together, so staff see every
problem of a run at once. sources.validate_sources is the stage's one door:
tables in, frames and findings out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from iku_excel.reading.table import DetectedTable

if TYPE_CHECKING:
    import pandas as pd

    from iku_excel.validate.checks import MonthStatus


@dataclass(frozen=True)
class SourceData:
    """The usable rows of one source, whichever tables they came from."""
    code: str
    frame: pd.DataFrame             # one row per record; always has file, sheet, row
    tables: list[DetectedTable] = field(default_factory=list)
    rules: str | None = None        # the survey: the rule set chosen or called for
    tables_matching: int | None = None  # the survey: tables with that rule set's elements
    months: tuple[MonthStatus, ...] | None = None  # konflik kept one sheet per month
