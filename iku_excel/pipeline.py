"""analyse(): the input folder in, the figures out (a RunResult); no file is
written (run_folder.py writes the report).

folder -> files -> sheets -> detected tables -> validated frames + findings
       -> indicator results -> report model -> workbook (+ JSON summary)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from iku_excel.catalogue.builtin import builtin_source
from iku_excel.catalogue.choose import CatalogueProblem, choose
from iku_excel.catalogue.model import Catalogue, TugasFungsi
from iku_excel.catalogue.parse import Parsed
from iku_excel.catalogue.sheets import DesaList, read_catalogue, read_desa_list, read_tugas_fungsi
from iku_excel.catalogue.skm_rule import catalogue_rule
from iku_excel.catalogue.tables import claim, find_tables
from iku_excel.findings import Finding, Severity
from iku_excel.indicators.capaian import Target
from iku_excel.indicators.results import Result
from iku_excel.indicators.unusual import unusual_findings
from iku_excel.kecamatan_name import official_kecamatan
from iku_excel.messages import severity_of
from iku_excel.reading.detect import cell_notes, detect
from iku_excel.reading.files import list_inputs
from iku_excel.reading.grid import SheetGrid
from iku_excel.reading.input_file import clean_names
from iku_excel.reading.loader import FileInfo, Loaded, Loader
from iku_excel.reading.own_sheets import is_own_sheet
from iku_excel.reading.repeated_rows import drop_repeats
from iku_excel.reading.summaries import Summary, summary_of
from iku_excel.reading.table import DetectedTable, Unrecognised
from iku_excel.schema import DATA_SOURCES, SETTINGS
from iku_excel.settings import Settings, has_filled_setting, has_known_setting
from iku_excel.settings_sheets import SettingsConflict, read_settings
from iku_excel.signer import signer_findings
from iku_excel.validate.year_doubt import year_doubt
from iku_excel.values import parse_date

if TYPE_CHECKING:
    from iku_excel.validate import SourceData

# Told about each file once it is read: (number, of how many, the file, its
# tables, what its other sheets are: 'lembar Indikator, 9 indikator').
Progress = Callable[[int, int, Loaded, list[DetectedTable], list[str]], None]

EXAMPLE_DIR = Path(__file__).parent / "example_data"
OWN_REPORT_SHEETS = {"IKU", "Perhitungan", "Catatan Data", "Sumber"}
_IGNORED_NAMES = {"desktop.ini", "thumbs.db", ".ds_store"}


class NothingUsable(Exception):
    """No report can be made; the message is for staff."""


@dataclass(frozen=True)
class RunResult:
    """Everything a run found, made once when the figures are computed; writing
    the report adds nothing to it (report.writer.WriteResult)."""

    settings: Settings
    tahun: int
    results: dict[str, Result]
    findings: list[Finding]
    tables: list[DetectedTable]
    unrecognised: list[Unrecognised]
    files: list[FileInfo]
    example: bool
    input_dir: Path
    sources: dict[str, SourceData | None] = field(default_factory=dict)
    summaries: list[Summary] = field(default_factory=list)  # recap sheets, not counted
    catalogue: Catalogue | None = None    # the indicators reported (None: the bundled ones)
    triwulan: int | None = None           # cycle.md: 1 January to the end of quarter N
    # Kode -> quarter -> the realisation up to that quarter's end (cycle.md)
    quarters: dict[str, dict[int, Result]] = field(default_factory=dict)
    annual_targets: dict[str, Target | None] = field(default_factory=dict)  # Kode -> the year's
    last_year: dict = field(default_factory=dict)  # Kode -> last_year.LastYear (run_folder adds)
    modes: dict[str, str] = field(default_factory=dict)  # Kode -> its Per Triwulan, as counted

    @property
    def exit_code(self) -> int:
        worst = min((severity_of(f).rank for f in self.findings), default=Severity.CATATAN.rank)
        return 1 if worst <= Severity.PERINGATAN.rank else 0


def is_empty_folder(folder: Path) -> bool:
    if not folder.is_dir():
        return True
    return not any(p.is_file() and p.name.lower() not in _IGNORED_NAMES
                   and not p.name.startswith(("~$", "."))
                   for p in folder.rglob("*"))


def example_reason(folder: Path) -> str:
    """Why a folder means the example data, as the console and notes say it."""
    return "kosong" if folder.is_dir() else "tidak ada (periksa nama dan letaknya)"


def analyse(input_dir: Path, tahun: int | None = None, allow_example: bool = True,
            progress: Progress | None = None,
            meanwhile: Callable[[], object] | None = None,
            triwulan: int | None = None) -> RunResult:
    """Everything up to the figures; no file is written. An empty input
    folder means the bundled example data, unless `allow_example` is off.
    `meanwhile` is the caller's own work for the wait while the biggest file
    parses (cli imports the report writer then). Each stage hands on what it
    found, its findings included; the findings are joined in stage order."""
    example = is_empty_folder(input_dir)
    if example and not allow_example:
        raise NothingUsable(f"Folder {input_dir} kosong.")
    folder = EXAMPLE_DIR if example else input_dir
    inputs, listed = list_inputs(folder)
    findings = clean_names(listed)  # names that are not valid UTF-8, shown with U+FFFD
    if example:
        findings.insert(0, Finding("contoh_data", params={
            "folder": str(input_dir), "keadaan": example_reason(input_dir)}))
    with grids_being_built():
        loader = Loader(inputs)  # reading starts now, on worker threads
        try:
            # pandas is imported while the biggest file is parsed: the two overlap.
            loader.parsing.wait()
            from iku_excel.indicators.compute import compute_all
            from iku_excel.indicators.counting import mode_of, quarter_period
            from iku_excel.indicators.quarters import (
                measured_by_quarter,
                period_findings,
                quarter_results,
            )
            from iku_excel.validate.indicator_rows import counting_of
            from iku_excel.validate.sources import validate_sources

            if meanwhile is not None:
                meanwhile()
            read = _read_all(loader, progress)
        finally:
            loader.close()  # also on Ctrl+C: the readers finish and remove their copies
    findings += read.findings
    try:
        catalogue, found = choose(read.catalogues, read.tugas)
    except CatalogueProblem as exc:
        raise NothingUsable(str(exc)) from None
    findings += found
    lookups = find_tables(catalogue, read.kept)
    read.kept.clear()  # the grids kept for the catalogue's own tables are done with
    claim(lookups, read.tables, read.unrecognised, read.summaries, findings)
    tables = read.tables
    if not tables and not read.catalogues:
        raise NothingUsable(
            f"Tidak ada data IKU yang dapat dibaca di folder {folder}. Pastikan berkas Excel "
            "(.xlsx) berisi tabel dengan judul kolom seperti pada buku kerja isian "
            "(klik dua kali buat_template.bat).")

    for source in DATA_SOURCES:
        if source.code != "skm":  # a survey's repeats go by respondent: its own matter
            findings += drop_repeats([t for t in tables if t.source is source])
    settings, found = _settings(tables, tahun)
    findings += found
    settings, found = official_kecamatan(settings)
    findings += found
    settings, found = catalogue_rule(catalogue, settings)
    findings += found
    year, found = _year(tahun, settings, tables)
    findings += found
    if triwulan and settings.triwulan and triwulan != settings.triwulan:
        findings.append(Finding("triwulan_beda", *(settings.where or (None, None)), params={
            "perintah": triwulan, "pengaturan": settings.triwulan}))
    triwulan = triwulan or settings.triwulan
    findings += signer_findings(settings, year, triwulan)
    used = _builtin_used(catalogue)
    findings += [Finding("lembar_tidak_dipakai", t.file, t.sheet, params={"sumber": t.source.label})
                 for t in tables if t.source in DATA_SOURCES and t.source.code not in used
                 and t.rows]  # a template's sheet left blank is nothing to tell
    desa = read.desa_lists[0].names if read.desa_lists else None
    sources, found = validate_sources(tables, year, settings, read.summaries, used, desa)
    findings += found
    counting, found = counting_of(catalogue, sources, lookups, year)
    findings += found
    findings += year_doubt(year, counting, sources, findings, settings.where)
    period = quarter_period(year, triwulan)
    results, found = compute_all(catalogue, counting, settings, year, period)
    findings += found
    findings += period_findings(catalogue, counting, period)
    quarters = quarter_results(catalogue, counting, settings, year, triwulan or 4)
    targets = {code: result.target for code, result in results.items()}
    if triwulan:
        results, found = measured_by_quarter(catalogue, results, quarters, triwulan)
        findings += found
    findings += unusual_findings(results, settings, catalogue, triwulan)
    return RunResult(settings, year, results, findings, tables, read.unrecognised, read.files,
                     example, folder, sources, summaries=read.summaries, catalogue=catalogue,
                     triwulan=triwulan, quarters=quarters, annual_targets=targets,
                     modes={c: mode_of(catalogue.row(c), w.dated) for c, w in counting.items()})


def _builtin_used(catalogue: Catalogue) -> dict[str, str]:
    """The built-in sources the catalogue counts -> the first indicator counting each."""
    used: dict[str, str] = {}
    for row in catalogue.rows:
        source = builtin_source(row.tabel)
        if source is not None:
            used.setdefault(source.code, row.nama)
    return used


@contextlib.contextmanager
def grids_being_built() -> Iterator[None]:
    """No cyclic garbage collection while the sheets become grids, and none
    over them afterwards.

    A 100k-row survey is 100k row lists made in one go. Each automatic
    collection of young objects walks the half-built list of rows again,
    so the time grows faster than the rows (benchmarks/README.md). Reading
    makes no reference cycles worth collecting. Once read, the grids (and
    everything else alive) are frozen: later collections skip them.
    run_folder.run_one unfreezes when the run is over."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.freeze()


@dataclass
class _Read:
    """What the files held: their tables, what was not a table, and why."""
    tables: list[DetectedTable] = field(default_factory=list)
    unrecognised: list[Unrecognised] = field(default_factory=list)
    files: list[FileInfo] = field(default_factory=list)
    summaries: list[Summary] = field(default_factory=list)  # recap sheets, not counted
    findings: list[Finding] = field(default_factory=list)
    catalogues: list[Parsed] = field(default_factory=list)  # sheets Indikator
    tugas: list[TugasFungsi] = field(default_factory=list)
    desa_lists: list[DesaList] = field(default_factory=list)
    # Sheets a catalogue row may name as its table (not the survey's: too big, and no
    # table staff keep of their own), kept until the catalogue is known.
    kept: list[SheetGrid] = field(default_factory=list)


def _read_all(loader: Loader, progress: Progress | None = None) -> _Read:
    read = _Read()
    total = len(loader.inputs)
    for number, loaded in enumerate(loader.results(), start=1):
        office: list[str] = []
        found_here = _detect_file(loaded, read, office)
        if loaded.info is not None:
            read.files.append(loaded.info)
        if progress is not None:
            progress(number, total, loaded, found_here, office)
    return read


def _detect_file(loaded: Loaded, read: _Read, office: list[str]) -> list[DetectedTable]:
    """The source tables of one file, added to what was read; its grids are
    not kept. Summaries of other rows (recap sheets, the survey's own
    tabulation) are set aside."""
    findings, tables, unrecognised = read.findings, read.tables, read.unrecognised
    findings.extend(loaded.findings)
    sheets, name = loaded.sheets, loaded.item.name
    if sheets and OWN_REPORT_SHEETS <= {s.name for s in sheets}:
        findings.append(Finding("berkas_laporan_sendiri", file=name))
        office.append("laporan IKU buatan aplikasi ini, bukan data")
        return []
    found_here = []
    while sheets:
        grid = sheets.pop(0)  # dropped as soon as its table is read
        if is_own_sheet(grid):
            continue  # the blank template's instructions and lists: no data
        said = _office_sheet(grid, read)
        if said:
            office.append(said)
            continue
        found = detect(grid)
        if not (isinstance(found, DetectedTable) and found.source.code in {"skm", "pengaturan"}):
            read.kept.append(grid)
        settings_like = (isinstance(found, DetectedTable) and found.source is SETTINGS
                         and not has_known_setting(found.records))
        if (isinstance(found, DetectedTable) and found.source is SETTINGS and not settings_like
                and not has_filled_setting(found.records)):
            # The blank template's Pengaturan, unfilled: it says nothing.
            findings.append(Finding("pengaturan_kosong", name, grid.name))
            unrecognised.append(Unrecognised(found.file, found.sheet, [
                c.header for c in found.columns.values()], None, []))
            continue
        if settings_like:
            # 'Uraian | Nilai' of something else: no known setting in it.
            found = Unrecognised(found.file, found.sheet,
                                 [c.header for c in found.columns.values()], None, [])
        summary = summary_of(grid, found) if found is not None else None
        if summary is not None:
            read.summaries.append(summary)
            findings.append(Finding("lembar_ringkasan", name, grid.name, params={
                "jenis": summary.kind,
                "sumber": summary.source.label if summary.source else "data"}))
            continue
        if settings_like:
            unrecognised.append(found)
            findings.append(Finding("pengaturan_tanpa_isian", name, grid.name))
            continue
        if isinstance(found, DetectedTable):
            found_here.append(found)
            findings.extend(cell_notes(grid, found))
            if grid.hidden:
                findings.append(Finding("lembar_tersembunyi", name, grid.name,
                                        params={"sumber": found.source.label}))
        elif isinstance(found, Unrecognised):
            unrecognised.append(found)
            findings.append(_unrecognised_finding(found))
    tables.extend(found_here)
    return found_here


def _office_sheet(grid: SheetGrid, read: _Read) -> str | None:
    """A sheet describing the office, not its records (catalogue/sheets.py):
    the catalogue, its Tugas Fungsi, a Daftar Desa; taken aside, never data.
    What it is, as the console says it; None for any other sheet."""
    parsed = read_catalogue(grid)
    if parsed is not None:
        read.catalogues.append(parsed)
        return f"lembar Indikator, {len(parsed.rows)} indikator"
    tugas = read_tugas_fungsi(grid)
    if tugas is not None:
        read.tugas.append(tugas)
        return "lembar Tugas Fungsi"
    desa = read_desa_list(grid)
    if desa is not None:
        read.desa_lists.append(desa)
        return f"lembar Daftar Desa, {len(desa.names)} nama"
    return None


def _unrecognised_finding(found: Unrecognised) -> Finding:
    headers = ", ".join(found.headers[:12]) or "(tidak ada)"
    if found.closest is not None:
        mirip = (f"Paling mirip {found.closest.label}, tetapi kolom "
                 f"{', '.join(found.missing) or '-'} tidak ditemukan.")
        harus = found.closest.example_headers
    else:
        mirip, harus = "", "No, Nama, ... dan kolom isian Ya/Tidak"
    if found.near_misses:
        mirip += " " + " ".join(f"Judul kolom \"{header}\" mungkin maksudnya {label}."
                                for header, label in found.near_misses)
    if found.no_header:
        return Finding("lembar_tanpa_judul_kolom", found.file, found.sheet, params={
            "contoh": headers, "harus": harus})
    return Finding("lembar_tidak_dikenali", found.file, found.sheet,
                   params={"judul": headers, "mirip": mirip.strip(), "harus": harus})


def _settings(tables: list[DetectedTable], tahun: int | None = None,
              ) -> tuple[Settings, list[Finding]]:
    """The settings sheet; two that disagree make no report (settings_sheets.py)."""
    try:
        return read_settings(tables, tahun)
    except SettingsConflict as exc:
        raise NothingUsable(str(exc)) from None


def _year(tahun: int | None, settings: Settings, tables: list[DetectedTable],
          ) -> tuple[int, list[Finding]]:
    if tahun is not None:
        return tahun, []
    if settings.tahun is not None:
        return settings.tahun, []
    years: Counter[int] = Counter()
    for table in tables:
        if "tanggal" in table.columns and table.source.code in {"skm", "konflik"}:
            # Each distinct date once; Counter keeps the order rows first show them.
            for value, count in Counter(table.values("tanggal")).items():
                date = parse_date(value)
                if date is not None:
                    years[date.year] += count
    if years:
        year, source = years.most_common(1)[0][0], "tahun terbanyak pada tanggal data"
    else:
        year, source = dt.date.today().year - 1, "tahun lalu menurut kalender komputer"
    return year, [Finding("tahun_ditebak", params={"tahun": year, "dari": source})]
