"""A Data sheet checked against itself: the rekap counts its figures, so a
figure typed over there (and saved again by Excel or LibreOffice) must not
rank a kecamatan. Each indicator's capaian must follow from its target,
realisasi and arah as iku-excel computes it (indicators/capaian.py), its
kategori from its capaian, and a percentage's realisasi from its
pembilang and penyebut. Which sheet was changed cannot be known: the
finding names the figures that do not fit together."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from iku_excel.indicators.capaian import Target, category, compute_capaian
from iku_excel.report.data_sheet import IndicatorData, ReportData
from iku_excel.rounding import trimmed_id
from iku_excel.values import norm_text

# Figures are compared as the reports show them, to two decimals.
_CLOSE = 0.005


@dataclass(frozen=True)
class Unfit:
    kode: str
    row: int            # the indicator's row on the Data sheet
    column: str         # the Data sheet's header of the figure that does not fit
    shown: float | str  # what the sheet holds
    expected: str       # what its other figures give, as staff read it
    because: str        # from which figures


def unfit_figures(data: ReportData) -> list[Unfit]:
    found: list[Unfit] = []
    for item in data.indicators.values():
        found += _realisasi(item) + _capaian(item)
    return found


def _realisasi(item: IndicatorData) -> list[Unfit]:
    if (item.satuan != "%" or item.realisasi is None or item.pembilang is None
            or not item.penyebut):
        return []
    expected = float(Fraction(item.pembilang) / Fraction(item.penyebut) * 100)
    if abs(expected - item.realisasi) <= _CLOSE:
        return []
    return [Unfit(item.kode, item.row, "Realisasi", item.realisasi, _id(expected),
                  f"pembilang {_id(item.pembilang)} / penyebut {_id(item.penyebut)} x 100")]


def _capaian(item: IndicatorData) -> list[Unfit]:
    if item.capaian is None or item.realisasi is None or item.target is None or not item.arah:
        return []
    expected = compute_capaian(item.realisasi, Target(item.target, item.target, ""),
                               item.arah).nilai
    because = f"realisasi {_id(item.realisasi)}, target {_id(item.target)}, arah {item.arah}"
    if expected is None or abs(expected - item.capaian) > _CLOSE:
        return [Unfit(item.kode, item.row, "Capaian", item.capaian,
                      _id(expected) if expected is not None else "tidak dapat dihitung",
                      because)]
    if item.kategori and norm_text(item.kategori) != norm_text(category(item.capaian)):
        return [Unfit(item.kode, item.row, "Kategori", item.kategori, category(item.capaian),
                      f"capaian {_id(item.capaian)}")]
    return []


def _id(value: float) -> str:
    return trimmed_id(value, 4)
