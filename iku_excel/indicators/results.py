"""What the computation produces for each indicator: plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from iku_excel.indicators.capaian import Capaian, Target


@dataclass(frozen=True)
class RowRef:
    """Rows of one sheet that a figure was counted from."""
    file: str
    sheet: str
    rows: tuple[int, ...]
    what: str   # e.g. "konflik ditindaklanjuti", "pelanggaran tahun 2016"


@dataclass
class Result:
    code: str
    nilai: float | None                 # realisasi: percent, or the SKM index
    pembilang: int | None = None
    penyebut: int | None = None
    sebab: str | None = None            # why it was not computed, Indonesian
    saran: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    rows: list[RowRef] = field(default_factory=list)
    target: Target | None = None
    capaian: Capaian | None = None

    @property
    def computed(self) -> bool:
        return self.nilai is not None
