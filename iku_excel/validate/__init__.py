"""From detected tables to clean, typed frames plus findings.

Each source has its own small module; all share the row loop of rows.py.
Everything is checked first and reported together, so staff see every
problem of a run at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from iku_excel.findings import Finding
from iku_excel.reading.table import DetectedTable


@dataclass
class SourceData:
    """The usable rows of one source, whichever tables they came from."""
    code: str
    frame: pd.DataFrame             # one row per record; always has file, sheet, row
    tables: list[DetectedTable] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    extra: dict = field(default_factory=dict)
