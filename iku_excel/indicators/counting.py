"""The ways of counting a catalogue row over its table's rows (catalogue.md,
"Cara Hitung"), for a period: compute(row, rows, period) -> Counted.

    persentase  rows meeting Syarat Penyebut and Syarat Pembilang / rows
                meeting Syarat Penyebut (blank: every row) x 100
    jumlah      rows meeting Syarat Pembilang, or the sum of Kolom Nilai over them
    rata-rata   the mean of Kolom Nilai over them
    perubahan   (n - (n-1)) / n x 100, as the Benjeng document writes it, or
                with Rumus Penurunan 'biasa' ((n-1) - n) / (n-1) x 100, of
                the counts of rows meeting Syarat Pembilang in each year
    nilai       the Realisasi cell as typed

A period is year n up to an end date (None: the whole year); a quarter is
the same with an earlier end (cycle.md). Exact arithmetic on fractions; a
zero denominator is `-` with the reason, never 0."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from iku_excel.catalogue.builtin import QUARTER_MODES, WORDS, builtin_source
from iku_excel.catalogue.model import (
    JUMLAH,
    KUMULATIF,
    KUMULATIF_PEMBILANG,
    NILAI,
    NILAI_AKHIR,
    NO_DATE_FILTER,
    PERSENTASE,
    PERUBAHAN,
    RATA_RATA,
    CatalogueRow,
)
from iku_excel.indicators.change import ZERO_ADVICE, change_terms
from iku_excel.indicators.matching import Matcher
from iku_excel.indicators.results import RowRef
from iku_excel.validate.table_rows import TableRow


@dataclass(frozen=True)
class Period:
    """Year n up to `end` (None: the whole year). Rows are kept by the year
    they belong to; with an end, only rows dated on or before it."""
    tahun: int
    end: dt.date | None = None

    def holds(self, row: TableRow) -> bool:
        if row.year != self.tahun:
            return False
        return self.end is None or (row.date is not None and row.date <= self.end)

    def year_before(self) -> Period:
        end = self.end.replace(year=self.end.year - 1) if self.end is not None else None
        return Period(self.tahun - 1, end)

    @property
    def whole(self) -> Period:
        """The same year with no end: what a `nilai akhir` row counts."""
        return Period(self.tahun)

    @property
    def triwulan(self) -> int | None:
        """The quarter the period ends with; None for the whole year."""
        return None if self.end is None else (self.end.month - 1) // 3 + 1


def quarter_end(tahun: int, triwulan: int) -> dt.date:
    """The last day of quarter 1..4 of a year: 31 March, 30 June, 30 September, 31 December."""
    month = 3 * triwulan
    return dt.date(tahun + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def quarter_period(tahun: int, triwulan: int | None) -> Period:
    """1 January up to the end of quarter `triwulan` (None: the whole year)."""
    return Period(tahun, quarter_end(tahun, triwulan) if triwulan else None)


def mode_of(row: CatalogueRow, dated: bool) -> str:
    """How the row moves through the year (cycle.md): its Per Triwulan; when
    blank, a built-in source's own way (QUARTER_MODES: ormas guided so far of
    all ormas), else `kumulatif` for a table whose rows carry a date and
    `nilai akhir` for one without (Kolom Tanggal '-', or no date column)."""
    if row.per_triwulan is not None:
        return row.per_triwulan
    source = builtin_source(row.tabel)
    if source is not None and source.code in QUARTER_MODES:
        return QUARTER_MODES[source.code]
    return KUMULATIF if dated and row.kolom_tanggal != NO_DATE_FILTER else NILAI_AKHIR


def sides(period: Period, mode: str) -> tuple[Period, Period]:
    """(numerator's period, denominator's period) under a Per Triwulan mode:
    `kumulatif` filters both by the end, `kumulatif pembilang` only the
    numerator, `nilai akhir` neither."""
    if period.end is None or mode == NILAI_AKHIR:
        return period.whole, period.whole
    if mode == KUMULATIF_PEMBILANG:
        return period, period.whole
    return period, period


@dataclass(frozen=True)
class Counted:
    nilai: Fraction | None
    pembilang: Fraction | None = None
    penyebut: int | None = None
    refs: tuple[RowRef, ...] = ()
    sebab: str | None = None
    saran: str | None = None
    jumlah_n: int | None = None       # perubahan: the counts of each year
    jumlah_n_1: int | None = None


def compute(row: CatalogueRow, rows: Sequence[TableRow], period: Period, matcher: Matcher,
            rumus: str = "dokumen", mode: str = KUMULATIF) -> Counted:
    """The figure of one catalogue row (sound, not indeks SKM) over `rows`,
    for `period` under the row's Per Triwulan `mode`."""
    num, den = sides(period, mode)
    if row.cara == NILAI:
        return Counted(row.realisasi)
    if row.cara == PERSENTASE:
        return _persentase(row, rows, num, den, matcher)
    if row.cara == JUMLAH:
        return _jumlah(row, rows, num, matcher)
    if row.cara == RATA_RATA:
        return _rata_rata(row, rows, num, matcher)
    if row.cara == PERUBAHAN:
        return _perubahan(row, rows, num, matcher, rumus)
    raise ValueError(row.cara)


def refs(rows: Sequence[TableRow], what: str) -> list[RowRef]:
    """The rows of each sheet, in order, under one description."""
    by_sheet: dict[tuple[str, str], list[int]] = {}
    for r in rows:
        by_sheet.setdefault((r.table.file, r.table.sheet), []).append(r.row)
    return [RowRef(file, sheet, tuple(numbers), what) for (file, sheet), numbers in
            by_sheet.items()]


def _words(row: CatalogueRow, rows: Sequence[TableRow], tahun: int) -> tuple[str, str, str, str]:
    """(counted rows, all rows, why empty, advice) as the report says them:
    a built-in source's own words when the row asks its yes/no question."""
    source = rows[0].table.source if rows else None
    plain = (len(row.syarat_pembilang) == 1 and not row.syarat_penyebut
             and row.syarat_pembilang[0].op == "=" and row.syarat_pembilang[0].values == ("Ya",))
    if source in WORDS and plain:
        w = WORDS[source]
        return (w.yes.format(tahun=tahun), w.every, w.empty.format(tahun=tahun), w.advice)
    yes = "; ".join(c.text for c in row.syarat_pembilang)
    every = "; ".join(c.text for c in row.syarat_penyebut)
    return (f"memenuhi syarat pembilang ({yes})" if yes else "seluruh baris",
            f"memenuhi syarat penyebut ({every})" if every else "seluruh baris",
            f"tidak ada baris tahun {tahun} yang dihitung sebagai penyebut (penyebut nol)",
            "Periksa isi tabel dan Syarat Penyebut di lembar Indikator; bila memang tidak ada "
            "datanya, indikator ini tidak dapat dihitung.")


def _persentase(row, rows, num, den, matcher) -> Counted:
    below = [r for r in rows if den.holds(r) and matcher.meets(row.syarat_penyebut, r)]
    above = [r for r in below if num.holds(r) and matcher.meets(row.syarat_pembilang, r)]
    yes, every, empty, advice = _words(row, rows, den.tahun)
    found = tuple(refs(above, yes) + refs(below, every))
    if not below:
        return Counted(None, Fraction(len(above)), 0, found, empty, advice)
    return Counted(Fraction(len(above), len(below)) * 100, Fraction(len(above)), len(below),
                   found)


def _counted(row, rows, period, matcher) -> list[TableRow]:
    return [r for r in rows if period.holds(r) and matcher.meets(row.syarat_pembilang, r)
            and matcher.meets(row.syarat_penyebut, r)]


def _jumlah(row, rows, period, matcher) -> Counted:
    counted = _counted(row, rows, period, matcher)
    yes = _words(row, rows, period.tahun)[0]
    if row.kolom_nilai is None:
        return Counted(Fraction(len(counted)), Fraction(len(counted)), None,
                       tuple(refs(counted, yes)))
    values = [(r, matcher.number(r, row.kolom_nilai)) for r in counted]
    used = [r for r, v in values if v is not None]
    total = sum((v for _, v in values if v is not None), Fraction(0))
    return Counted(total, total, None, tuple(refs(used, f"dijumlah kolom {row.kolom_nilai}")))


def _rata_rata(row, rows, period, matcher) -> Counted:
    counted = _counted(row, rows, period, matcher)
    values = [(r, matcher.number(r, row.kolom_nilai)) for r in counted]
    used = [(r, v) for r, v in values if v is not None]
    found = tuple(refs([r for r, _ in used], f"angka kolom {row.kolom_nilai}"))
    if not used:
        return Counted(None, None, 0, found,
                       f"tidak ada angka di kolom {row.kolom_nilai} pada baris tahun "
                       f"{period.tahun} yang dihitung",
                       "Isi angka di kolom itu, atau periksa Syarat Pembilang di lembar "
                       "Indikator.")
    total = sum((v for _, v in used), Fraction(0))
    return Counted(total / len(used), total, len(used), found)


def _perubahan(row, rows, period, matcher, rumus: str) -> Counted:
    before = period.year_before()
    this = [r for r in rows if period.holds(r) and matcher.meets(row.syarat_pembilang, r)]
    last = [r for r in rows if before.holds(r) and matcher.meets(row.syarat_pembilang, r)]
    found = tuple(refs(this, f"tahun {period.tahun}") + refs(last, f"tahun {before.tahun}"))
    n = len(this)
    if period.end is not None and any(before.whole.holds(r) for r in rows) \
            and not any(before.whole.holds(r) and r.date is not None for r in rows):
        return Counted(None, None, None, found,
                       f"baris tahun {before.tahun} (n-1) tidak bertanggal, sehingga tidak "
                       "dapat dibandingkan per triwulan",
                       f"Isi tanggal setiap baris tahun {before.tahun} di tabel {row.tabel}.",
                       n, None)
    if not any(before.whole.holds(r) for r in rows):
        return Counted(None, None, None, found,
                       f"tidak ada baris tahun {before.tahun} (n-1) di tabel {row.tabel}",
                       f"Masukkan baris tahun {before.tahun} ke tabel itu (dengan tanggalnya) "
                       "atau letakkan berkas tahun itu di folder masukan.", n, None)
    n_1 = len(last)
    return change(n, n_1, rumus, found, period.tahun)


def change(n: int, n_1: int, rumus: str, found: tuple[RowRef, ...], tahun: int) -> Counted:
    """The change of a count between year n-1 and year n, by the formula chosen."""
    pembilang, penyebut, reason = change_terms(n, n_1, rumus, tahun)
    if penyebut == 0:
        return Counted(None, Fraction(pembilang), penyebut, found, reason, ZERO_ADVICE, n, n_1)
    return Counted(Fraction(pembilang, penyebut) * 100, Fraction(pembilang), penyebut, found,
                   jumlah_n=n, jumlah_n_1=n_1)
