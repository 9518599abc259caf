"""The report as plain data, built once from the run; sheet writers only lay
it out. Everything a sheet shows is here: no writer sees the run, its
findings or a pandas frame."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from iku_excel.catalogue.bundled import bundled
from iku_excel.catalogue.model import (
    INDEKS_SKM,
    PERUBAHAN,
    CatalogueRow,
    TugasFungsi,
    unit_suffix,
)
from iku_excel.catalogue.tables import OWN_TABLE
from iku_excel.findings import Finding, Severity
from iku_excel.findings import rows_text as findings_rows_text
from iku_excel.indicators.capaian import Target
from iku_excel.indicators.results import Result
from iku_excel.last_year import last_year
from iku_excel.messages import severity_of, shown_value, text_of, tindakan_of
from iku_excel.pipeline import FileInfo, RunResult
from iku_excel.reading.table import DetectedTable
from iku_excel.rounding import count_id, format_id
from iku_excel.settings import Settings

if TYPE_CHECKING:
    from iku_excel.reading.summaries import Summary
    from iku_excel.reading.table import Unrecognised
    from iku_excel.validate.checks import MonthStatus

ROMAN = ("I", "II", "III", "IV")
EXAMPLE_BANNER = ("DATA CONTOH - laporan ini dibuat dari data contoh bawaan aplikasi, "
                  "BUKAN data Kecamatan. Jangan dikirim.")

# Where the signature block asks for what the settings left empty: a name
# of the example's Camat would be signed by someone else (report.md).
NAME_PLACEHOLDER = "(nama Camat)"
BLANK_LINE = "." * 40


@dataclass(frozen=True)
class IkuRow:
    indicator: CatalogueRow
    pembilang_text: str | None
    penyebut_text: str | None
    result: Result


@dataclass(frozen=True)
class NoteLine:
    """One line of Catatan Data: a finding, or a group of equal findings."""
    tingkat: Severity
    berkas: str
    lembar: str
    baris: str
    kolom: str
    nilai: str
    pesan: str
    tindakan: str
    jumlah: int


@dataclass(frozen=True)
class TableReading:
    """How one sheet was read, as Cara Data Dibaca shows it."""
    file: str
    sheet: str
    hidden: bool
    label: str              # read as which source
    header_rows: str        # '4' or '4-5'
    mapping: str            # one line per column: 'B: Nama Desa -> desa'
    data_rows: str          # '6-20, 22'
    count: int
    skipped: str            # one line per reason: 'baris jumlah: 21'
    own: bool = False       # a table staff keep, named by the catalogue's Tabel


@dataclass(frozen=True)
class Respondent:
    """One row of the SKM sheet's table of answers."""
    sheet: str
    row: int
    answers: tuple[int, ...]


@dataclass(frozen=True)
class SkippedFile:
    file: str
    reason: str


@dataclass(frozen=True)
class ReportModel:
    settings: Settings
    tahun: int
    example: bool
    rows: list[IkuRow]
    notes: list[NoteLine]
    files: list[FileInfo]
    tables: list[TableReading]
    results: dict[str, Result]
    unrecognised: list[Unrecognised]
    summaries: list[Summary]              # recap sheets, recognised and not counted
    months: tuple[MonthStatus, ...] | None  # konflik kept one sheet per month
    respondents: tuple[Respondent, ...]   # the first rows of the survey's answers
    respondent_total: int                 # all valid questionnaires
    skipped_files: list[SkippedFile]
    example_note: str | None = None       # what the console says of the example data
    dibuat: dt.datetime | None = None  # when the report is made (Data sheet); None: at writing
    tugas_fungsi: TugasFungsi | None = None  # the IKU sheet's Tugas Fungsi (None: no block)
    triwulan: int | None = None           # cycle.md: up to the end of quarter N; None: the year
    # Kode -> quarter -> the realisation up to that quarter's end (Pengukuran Kinerja)
    quarters: dict[str, dict[int, Result]] = field(default_factory=dict)
    annual_targets: dict[str, Target | None] = field(default_factory=dict)  # Kode -> the year's
    last_year: dict = field(default_factory=dict)  # Kode -> last_year.LastYear (Analisis Capaian)
    modes: dict[str, str] = field(default_factory=dict)  # Kode -> Per Triwulan, as counted
    undated: dict[str, int] = field(default_factory=dict)  # Kode -> rows left out of quarters

    @property
    def kecamatan(self) -> str:
        return self.settings.kecamatan

    @property
    def skm_code(self) -> str | None:
        """The Kode of the survey index (the SKM sheet's), or None without one."""
        return next((r.indicator.code for r in self.rows if r.indicator.cara == INDEKS_SKM), None)

    @property
    def period_text(self) -> str:
        """'Tahun 2017', or 'Tahun 2017 s.d. Triwulan II' for a quarterly report."""
        if self.triwulan is None:
            return f"Tahun {self.tahun}"
        return f"Tahun {self.tahun} s.d. Triwulan {ROMAN[self.triwulan - 1]}"

    @property
    def title_lines(self) -> list[str]:
        return ["INDIKATOR KINERJA UTAMA (IKU)", f"KECAMATAN {self.kecamatan.upper()}",
                self.period_text.upper()]

    @property
    def footer(self) -> str:
        return f"Kecamatan {self.kecamatan} - IKU {self.period_text}"

    @property
    def signature(self) -> list[tuple[str, str]]:
        """The block under the IKU table as (text, role), in the document's
        order: place and date / CAMAT X / room to sign / name / pangkat / NIP.
        What the settings leave empty shows where to write it."""
        s = self.settings
        return [
            (s.tempat_tanggal(self.tahun, 3 * (self.triwulan or 4)), "place"),
            (s.jabatan_ttd, "jabatan"),
            ("", "space"), ("", "space"), ("", "space"),
            (s.nama_camat or NAME_PLACEHOLDER, "name" if s.nama_camat else "blank"),
            (s.pangkat or BLANK_LINE, "pangkat" if s.pangkat else "blank"),
            (f"NIP. {s.nip or BLANK_LINE}", "nip" if s.nip else "blank"),
        ]

    @property
    def not_final(self) -> str | None:
        """The line that tells the signer this report is not ready (errors,
        missing targets, no signer); None on a clean run."""
        errors = self.count_of(Severity.GALAT)
        no_target = sum(1 for r in self.rows if r.result.target is None)
        parts = []
        if errors:
            parts.append(f"ada {errors} kesalahan data")
        if no_target:  # a quarterly report's targets are the quarter's (Target TW N)
            which = f"target Triwulan {ROMAN[self.triwulan - 1]}" if self.triwulan else "target"
            parts.append(f"{which} {no_target} indikator belum diisi")
        if self.settings.missing_signer:
            parts.append("penanda tangan belum diisi")
        if not parts:
            return None
        listed = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} dan {parts[-1]}"
        return f"BELUM FINAL: {listed}. Lihat lembar Catatan Data sebelum ditandatangani."


    def count_of(self, level: Severity) -> int:
        """Lines of Catatan Data at `level`: what BELUM FINAL and the Data
        sheet's Jumlah Galat / Jumlah Peringatan count."""
        return sum(1 for n in self.notes if n.tingkat is level)


# Findings that say a file was not read (Cara Data Dibaca lists those files).
FILE_CODES = {"berkas_kunci", "berkas_bukan_data", "berkas_laporan_sendiri", "berkas_rusak",
              "berkas_kosong", "berkas_terkunci_sandi", "berkas_tidak_terbaca",
              "berkas_terlalu_besar", "berkas_isi_terlalu_besar", "berkas_xml_berbahaya",
              "buku_kerja_kosong", "lembar_terlalu_besar"}


def build(run: RunResult, dibuat: dt.datetime | None = None) -> ReportModel:
    catalogue = run.catalogue or bundled()
    rows = [IkuRow(row, *fraction_words(row, run.settings.rumus_penurunan),
                   run.results[row.code]) for row in catalogue.rows]
    konflik, skm = run.sources.get("konflik"), run.sources.get("skm")
    skm_result = next((run.results[r.code] for r in catalogue.rows
                       if run.results[r.code].skm is not None), None)
    example_note = next((text_of(f) for f in run.findings if f.code == "contoh_data"), None)
    return ReportModel(
        run.settings, run.tahun, run.example, rows, group_findings(run.findings), run.files,
        [table_reading(t) for t in run.tables], run.results, run.unrecognised, run.summaries,
        konflik.months if konflik is not None else None,
        _respondents(skm, skm_result, run.settings.baris_responden),
        len(skm.frame) if skm is not None else 0,
        [SkippedFile(f.file or "-", text_of(f)) for f in run.findings if f.code in FILE_CODES],
        example_note, dibuat, catalogue.tugas_fungsi, run.triwulan, run.quarters,
        run.annual_targets,
        # Without a search for last year's report (run_folder.py makes it), the
        # catalogue's own Realisasi Tahun Lalu and Renstra targets still show.
        run.last_year or last_year(catalogue, run.results, run.tahun, None, None,
                                   run.settings.rumus_penurunan)[0], run.modes,
        _undated(catalogue, run.findings))


def _undated(catalogue, findings: list[Finding]) -> dict[str, int]:
    """Kode -> rows of year n without a date: left out of every quarter,
    counted in the year (the notes say it per sheet, naming the indicators)."""
    out: dict[str, int] = {}
    for f in findings:
        if f.code != "triwulan_tanpa_tanggal":
            continue
        named = f", {f.params['indikator']}, "
        for row in catalogue.rows:
            if f", {row.label}, " in named:
                out[row.code] = out.get(row.code, 0) + f.params["jumlah"]
    return out


def fraction_words(row: CatalogueRow, rumus: str) -> tuple[str | None, str | None]:
    """The words above and below the bar. A change written as the document
    writes it ('n - (n-1)' over 'n') reads, under the usual formula
    (Rumus Penurunan 'biasa'), '(n-1) - n' over '(n-1)'."""
    pembilang, penyebut = row.pembilang, row.penyebut
    if row.cara == PERUBAHAN and rumus == "biasa" and pembilang and penyebut \
            and " - " in pembilang:
        last_year = pembilang.split(" - ", 1)[1]
        return f"{last_year} - {penyebut}", last_year
    return pembilang, penyebut


def table_reading(table: DetectedTable) -> TableReading:
    mapping = "\n".join(f"{c.letter}: {c.header} -> {key.replace('_', ' ')}" for key, c in
                        sorted(table.columns.items(), key=lambda kv: kv[1].index))
    header_rows = (str(table.header_row) if table.header_height == 1
                   else f"{table.header_row}-{table.header_row + table.header_height - 1}")
    skipped = [f"{reason}: {rows_text(rows)}" for reason, rows in table.skipped.items()]
    if table.nihil_rows:
        skipped.append(f"NIHIL: {rows_text(table.nihil_rows)}")
    return TableReading(table.file, table.sheet, table.hidden, table.source.label, header_rows,
                        mapping, rows_text(table.rows), len(table.rows),
                        "\n".join(skipped) or "-", table.source.code.startswith(OWN_TABLE))


def _respondents(skm, result: Result | None, limit: int) -> tuple[Respondent, ...]:
    """The first `limit` questionnaires' answers (the setting Batas Baris
    Tabel Responden SKM): the workbook emailed upward stays small."""
    if skm is None or result is None or result.skm is None:
        return ()
    shown = skm.frame.head(limit)
    answers = shown[result.skm.index.rules.columns].to_numpy(dtype="int64").tolist()
    return tuple(Respondent(sheet, row, tuple(values))
                 for sheet, row, values in zip(shown["sheet"], shown["row"], answers))


def group_findings(findings: list[Finding]) -> list[NoteLine]:
    """Equal findings (same code, place and column) become one line with their rows."""
    groups: dict[tuple, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.group_key(), []).append(finding)
    lines = []
    for members in groups.values():
        first = members[0]
        rows = sorted({f.row for f in members if f.row is not None})
        values = []
        for f in members:
            shown = None if f.value is None else str(shown_value(f.value))
            if shown is not None and shown not in values:
                values.append(shown)
        lines.append(NoteLine(
            severity_of(first), first.file or "-", first.sheet or "-", rows_text(rows),
            first.column or "-", ", ".join(values[:5]) + (" ..." if len(values) > 5 else ""),
            text_of(first, _quoted(values))
            + (f" ({count_id(len(members))} baris)" if len(members) > 1 else ""),
            tindakan_of(first), len(members)))
    return sorted(lines, key=lambda n: (n.tingkat.rank, n.berkas, n.lembar))


def _quoted(values: list[str]) -> str | None:
    """A grouped line quotes each row's value, or says they differ: never
    one row's value for all."""
    if len(values) <= 1:
        return None
    if len(values) <= 5:
        return ", ".join(f'"{v}"' for v in values)
    return "berbeda-beda per baris (lihat kolom NILAI)"


def figure_text(value: float, row: CatalogueRow) -> str:
    """A figure as the console and the email say it: '80,30%', '80,30' for
    the survey index, a score to up to 4 decimals ('0,7291'), '12 desa' or
    '7,50 hari' for a unit word."""
    suffix = unit_suffix(row.satuan)
    if suffix.startswith(" ") and float(value).is_integer():
        return f"{count_id(int(value))}{suffix}"
    if not suffix and row.cara != INDEKS_SKM:
        whole, _, decimals = format_id(value, 4).partition(",")
        return f"{whole},{decimals.rstrip('0').ljust(2, '0')}"
    return f"{format_id(value)}{suffix}"


def rows_text(rows: Sequence[int]) -> str:
    """[4, 5, 6, 9] -> '4-6, 9', every run ('-' for none): the report lists them all."""
    return findings_rows_text(list(rows), None) if len(rows) else "-"
