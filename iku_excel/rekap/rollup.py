"""The roll-up itself, pure: which indicator Kodes the reports share, each
kecamatan's figures, mean achievement, indicators at 100% or more, and ranks.

It works on the achievement each report shows (rounded to two decimals, as
on its IKU sheet), so every mean and rank can be checked by hand from the
reports. A kecamatan is ranked only when every shared indicator its report
carries has an achievement: a figure that could not be computed never lifts
a kecamatan above one whose figures are all there."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from iku_excel.findings import Finding
from iku_excel.rekap.select import BELUM, TANPA_DATA, Entry, Selection
from iku_excel.report.data_sheet import IndicatorData
from iku_excel.rounding import round_half_away, to_decimal

FULL = Decimal(100)


@dataclass(frozen=True)
class SharedKode:
    kode: str
    indikator: str | None
    satuan: str | None
    arah: str | None
    reports: int          # counted reports that carry it


@dataclass(frozen=True)
class KecamatanRow:
    kecamatan: str
    status: str
    listed: bool
    entry: Entry | None = None                      # the report counted
    figures: dict[str, IndicatorData] = field(default_factory=dict)  # shared Kodes it carries
    capaian: dict[str, Decimal] = field(default_factory=dict)        # rounded, where computed
    mean: Decimal | None = None
    at_full: int | None = None                      # shared indicators at 100% or more
    rank: int | None = None


@dataclass(frozen=True)
class Placing:
    """One kecamatan in the block of one indicator."""
    kecamatan: str
    item: IndicatorData
    capaian: Decimal | None
    rank: int | None


@dataclass(frozen=True)
class Rollup:
    shared: tuple[SharedKode, ...]
    rows: tuple[KecamatanRow, ...]
    blocks: dict[str, tuple[Placing, ...]]
    findings: tuple[Finding, ...]


def rounded(value: float) -> Decimal:
    """The achievement as the report shows it: two decimals, half away from zero."""
    return to_decimal(round_half_away(value, 2)).quantize(Decimal("0.01"))


def roll_up(selection: Selection) -> Rollup:
    findings: list[Finding] = []
    counted = {e.kecamatan: e for e in selection.entries if e.counted}
    order = list(selection.expected) + sorted(
        {k for k in counted if k not in selection.expected}, key=str.lower)
    reports = [counted[k] for k in order if k in counted]
    shared = _shared(reports, findings)
    codes = [s.kode for s in shared]
    rows = [_row(name, counted.get(name), selection, codes, findings) for name in order]
    rows = _ranked(rows)
    blocks = {kode: _block(rows, kode) for kode in codes}
    return Rollup(tuple(shared), tuple(rows), blocks, tuple(findings))


def _shared(reports: list[Entry], findings: list[Finding]) -> list[SharedKode]:
    """Kodes at least two counted reports carry (all of one report's when
    only one is counted), in the order the reports list them."""
    carriers: dict[str, list[IndicatorData]] = {}
    for entry in reports:
        for kode, item in entry.received.data.indicators.items():
            carriers.setdefault(kode, []).append(item)
    least = 2 if len(reports) > 1 else 1
    shared = []
    for kode, items in carriers.items():
        if len(items) < least:
            findings.append(Finding("rekap_indikator_satu_laporan", params={
                "kode": kode, "indikator": items[0].indikator or kode}))
            continue
        first = items[0]
        if len({(i.arah, i.satuan) for i in items}) > 1:
            findings.append(Finding("rekap_kode_berbeda", params={
                "kode": kode, "ragam": "; ".join(
                    f"{arah or '-'} / {satuan or '-'} ({n} laporan)" for (arah, satuan), n in
                    Counter((i.arah, i.satuan) for i in items).items())}))
        shared.append(SharedKode(kode, first.indikator, first.satuan, first.arah, len(items)))
    return shared


def _row(name: str, entry: Entry | None, selection: Selection, codes: Sequence[str],
         findings: list[Finding]) -> KecamatanRow:
    listed = name in selection.expected
    if entry is None:
        return KecamatanRow(name, _status_without_report(name, selection), listed)
    data = entry.received.data
    figures = {k: data.indicators[k] for k in codes if k in data.indicators}
    missing = [k for k in codes if k not in figures]
    if missing:
        findings.append(Finding("rekap_indikator_tidak_ada", entry.received.info.name, params={
            "kecamatan": name, "kode": ", ".join(missing)}))
    # A capaian its own Data sheet contradicts (consistency.py) is never compared.
    unfit = {u.kode for u in entry.received.unfit}
    capaian = {k: rounded(i.capaian) for k, i in figures.items()
               if i.capaian is not None and k not in unfit}
    # A mean over the indicators left after one was set aside would sit beside
    # full means as if comparable: none is shown (the finding says why).
    mean = _mean(list(capaian.values())) if not unfit & figures.keys() else None
    at_full = sum(1 for v in capaian.values() if v >= FULL) if figures else None
    without = [k for k in figures if k not in capaian and k not in unfit]
    if without and capaian:
        findings.append(Finding("rekap_rata_sebagian", entry.received.info.name, params={
            "kecamatan": name, "dihitung": len(capaian), "dari": len(figures),
            "kode": ", ".join(without)}))
    return KecamatanRow(name, entry.status, listed, entry, figures, capaian, mean, at_full)


def _status_without_report(name: str, selection: Selection) -> str:
    """What came from a kecamatan none of whose reports is counted."""
    statuses = [e.status for e in selection.entries if e.kecamatan == name]
    if any(u.kecamatan == name for u in selection.unread):
        statuses.append(TANPA_DATA)
    return statuses[0] if statuses else BELUM


def _mean(values: list[Decimal]) -> Decimal | None:
    if not values:
        return None
    exact = sum((Fraction(v) for v in values), Fraction(0)) / len(values)
    return to_decimal(round_half_away(exact, 2)).quantize(Decimal("0.01"))


def _ranked(rows: list[KecamatanRow]) -> list[KecamatanRow]:
    """Rank 1 for the highest mean; equal means share a rank (1, 2, 2, 4)."""
    eligible = [r.mean for r in rows if r.mean is not None and len(r.capaian) == len(r.figures)]
    ranks = _competition(eligible)
    return [KecamatanRow(r.kecamatan, r.status, r.listed, r.entry, r.figures, r.capaian, r.mean,
                         r.at_full,
                         ranks.get(r.mean) if len(r.capaian) == len(r.figures) else None)
            for r in rows]


def _competition(values: list[Decimal]) -> dict[Decimal, int]:
    ordered = sorted(values, reverse=True)
    ranks: dict[Decimal, int] = {}
    for position, value in enumerate(ordered, start=1):
        ranks.setdefault(value, position)
    return ranks


def _block(rows: list[KecamatanRow], kode: str) -> tuple[Placing, ...]:
    carrying = [r for r in rows if kode in r.figures]
    ranks = _competition([r.capaian[kode] for r in carrying if kode in r.capaian])
    placings = [Placing(r.kecamatan, r.figures[kode], r.capaian.get(kode),
                        ranks.get(r.capaian[kode]) if kode in r.capaian else None)
                for r in carrying]
    return tuple(sorted(placings, key=lambda p: (p.rank is None, p.rank or 0)))
