"""What the computation produces for each indicator: plain, typed data,
made once and never changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from iku_excel.indicators.capaian import Capaian, Target

if TYPE_CHECKING:  # annotations only: a reader of results needs no pandas
    from iku_excel.indicators.skm import SkmResult
    from iku_excel.indicators.skm_profile import ProfileBlock


@dataclass(frozen=True)
class RowRef:
    """Rows of one sheet that a figure was counted from."""
    file: str
    sheet: str
    rows: tuple[int, ...]
    what: str   # e.g. "konflik ditindaklanjuti", "pelanggaran tahun 2016"


@dataclass(frozen=True)
class Suggestion:
    """A respondent's suggestion (saran) and where it was written."""
    sheet: str
    row: int
    text: str


@dataclass(frozen=True)
class SkmDetail:
    """The survey behind the SKM figure, as the SKM sheet and the summary show it."""
    index: SkmResult                                   # the index over every respondent
    per_layanan: tuple[tuple[str, SkmResult], ...] = ()  # per service type, largest first
    profile: tuple[ProfileBlock, ...] = ()             # the respondents' profile
    saran: tuple[Suggestion, ...] = ()                 # the first SARAN_SHOWN suggestions
    saran_more: bool = False                           # more were written than shown


@dataclass(frozen=True)
class PenurunanDetail:
    """The two years' counts behind the fall in violations."""
    jumlah_tahun_n: int
    jumlah_tahun_n_1: int | None
    rumus: str                                         # "dokumen" or "biasa"


@dataclass(frozen=True)
class Result:
    code: str
    nilai: float | None                 # realisasi: percent, or the SKM index
    pembilang: int | None = None
    penyebut: int | None = None
    sebab: str | None = None            # why it was not computed, Indonesian
    saran: str | None = None
    rows: list[RowRef] = field(default_factory=list)
    target: Target | None = None
    capaian: Capaian | None = None
    skm: SkmDetail | None = None
    penurunan: PenurunanDetail | None = None

    @property
    def computed(self) -> bool:
        return self.nilai is not None
