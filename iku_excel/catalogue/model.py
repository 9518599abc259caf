"""One catalogue row per indicator, frozen: what the sheet Indikator (or the
bundled file) says of it, read and checked, with the place it came from so
that every finding can name the cell.

The words of each column are read once, in parse.py; everything downstream
(the counting, the report, the JSON, the rekap) follows these rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction

from iku_excel.indicators.capaian import HIGHER_IS_BETTER, LOWER_IS_BETTER, Target
from iku_excel.values import norm_text

__all__ = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER"]

# Cara Hitung: the ways of counting (catalogue.md).
INDEKS_SKM, PERSENTASE, PERUBAHAN = "indeks SKM", "persentase", "perubahan"
JUMLAH, RATA_RATA, NILAI = "jumlah", "rata-rata", "nilai"
WAYS = (INDEKS_SKM, PERSENTASE, PERUBAHAN, JUMLAH, RATA_RATA, NILAI)
# Ways that read rows of a table (all but a figure typed in).
COUNTED = (INDEKS_SKM, PERSENTASE, PERUBAHAN, JUMLAH, RATA_RATA)

# Per Triwulan (cycle.md): how an indicator moves through the year.
KUMULATIF, KUMULATIF_PEMBILANG, NILAI_AKHIR = "kumulatif", "kumulatif pembilang", "nilai akhir"
PER_TRIWULAN = (KUMULATIF, KUMULATIF_PEMBILANG, NILAI_AKHIR)

NO_DATE_FILTER = "-"  # Kolom Tanggal '-': every row counts, whatever its date
# Units printed as a bare number (80,30): an index, a score.
PLAIN_UNITS = frozenset({"indeks", "nilai", "skor", "angka", "poin", "point", ""})


def unit_suffix(satuan: str) -> str:
    """What follows a figure: '%', nothing for an index or a score, or ' desa'."""
    if satuan == "%":
        return "%"
    return "" if satuan.lower() in PLAIN_UNITS else f" {satuan}"


@dataclass(frozen=True)
class Condition:
    """One part of a Syarat: `Kolom = a, b`, `Kolom >= 3`, `Kolom terisi`."""
    column: str                     # the column as written
    op: str                         # "=", "≠", ">", ">=", "<", "<=", "terisi", "kosong"
    values: tuple[str, ...] = ()    # for = and ≠: the words as written
    number: Fraction | None = None  # for a comparison with a number
    date: object = None             # for a comparison with a date (datetime.date)
    text: str = ""                  # the condition as written

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Place:
    """Where a catalogue row was written: the cell a finding names. The
    bundled catalogue has no file of staff's: file and sheet are None."""
    file: str | None
    sheet: str | None
    row: int | None
    headers: Mapping[str, str] = field(default_factory=dict)  # column key -> header as written

    def header(self, key: str) -> str | None:
        return self.headers.get(key)


@dataclass(frozen=True)
class CatalogueRow:
    code: str                         # Kode: the key of the JSON summary and the rekap
    no: int | str                     # No as written: the sasaran's number
    sasaran: str
    nama: str                         # Indikator Kinerja Utama, as written
    penjelasan: str | None            # Penjelasan / Formulasi Penghitungan
    pembilang: str | None             # Uraian Pembilang: the words above the bar
    penyebut: str | None              # Uraian Penyebut
    sumber_data: str
    penanggung_jawab: str
    satuan: str                       # "%", "indeks" or a unit word (desa, kegiatan ...)
    cara: str | None                  # one of WAYS; None when unreadable (broken)
    arah: str                         # HIGHER_IS_BETTER or LOWER_IS_BETTER
    place: Place
    tabel: str | None = None          # a built-in source's name or a table staff keep
    syarat_pembilang: tuple[Condition, ...] = ()
    syarat_penyebut: tuple[Condition, ...] = ()
    kolom_nilai: str | None = None
    kolom_tanggal: str | None = None  # None: the default rule; NO_DATE_FILTER: none
    target: Target | None = None
    realisasi: Fraction | None = None  # for nilai: the figure as typed
    nama_singkat: str | None = None   # the short label of the console, charts and email
    # cycle.md, carried for quarters and last year (no behaviour yet).
    per_triwulan: str | None = None
    target_triwulan: tuple[Target | None, ...] = (None, None, None, None)
    realisasi_tahun_lalu: Fraction | None = None
    target_renstra: Target | None = None
    tahun_renstra: int | None = None
    broken: str | None = None         # why it cannot be computed (a galat says where)

    @property
    def label(self) -> str:
        """The short name staff read on the console, charts and email."""
        return self.nama_singkat or short_label(self.nama)

    @property
    def words(self) -> str:
        """The indicator's name as compared (a decrease is a 'penurunan')."""
        return norm_text(self.nama)

    @property
    def is_decrease(self) -> bool:
        return measures_a_fall(self.cara, self.nama)


def measures_a_fall(cara: str | None, nama: str) -> bool:
    """A change measured as a fall ('Persentase penurunan ...'): staff write
    its target as the size of the fall (domain.md), and the more it falls
    the better, whatever sign the formula gives it."""
    return cara == PERUBAHAN and "penurunan" in norm_text(nama).split()


@dataclass(frozen=True)
class TugasFungsi:
    """The Tugas Fungsi block of the IKU sheet: the tugas pokok (may be
    absent) and the functions, lettered a, b, c ... on the sheet."""
    pokok: str | None
    items: tuple[str, ...]
    place: Place | None = None


@dataclass(frozen=True)
class Catalogue:
    rows: tuple[CatalogueRow, ...]
    tugas_fungsi: TugasFungsi | None
    bundled: bool                     # the bundled catalogue (no sheet, or one equal to it)
    place: Place | None = None        # the sheet Indikator it was read from

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(row.code for row in self.rows)

    def row(self, code: str) -> CatalogueRow:
        return next(r for r in self.rows if r.code == code)


_SHORT = 40


def short_label(nama: str) -> str:
    """A label from the Indikator text when no Nama Singkat is given: the
    words after a leading 'Persentase' / 'Jumlah' / 'Nilai' ..., cut at about
    40 characters on a word boundary."""
    words = " ".join(nama.split())
    lead = words.split(" ", 1)
    if len(lead) == 2 and norm_text(lead[0]) in {"persentase", "prosentase", "jumlah",
                                                  "tingkat", "rasio", "rata"}:
        words = lead[1]
    words = words[:1].upper() + words[1:]
    if len(words) <= _SHORT:
        return words
    cut = words[:_SHORT].rsplit(" ", 1)[0]
    return f"{cut} ..."
