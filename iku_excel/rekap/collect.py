"""Every file under the rekap's input folder, read once and sorted out: the
kecamatan reports (through their Data sheet), workbooks that look like a
report but carry no Data sheet, the regency's own Daftar Kecamatan and
settings sheets, and everything else (skipped with a note). Input files are
only ever read."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from iku_excel.findings import Finding
from iku_excel.reading.errors import ReadError
from iku_excel.reading.files import list_inputs
from iku_excel.reading.grid import SheetGrid
from iku_excel.reading.input_file import (
    InputFile,
    clean_names,
    displayable,
    extension_notes,
    read_input,
)
from iku_excel.reading.loader import FileInfo, load_sheets
from iku_excel.reading.xlsx_extras import formula_cells
from iku_excel.rekap.consistency import Unfit, unfit_figures
from iku_excel.rekap.edited import Changed, changed_cells
from iku_excel.rekap.regency_sheets import Daftar, read_daftar, read_signer, settings_records
from iku_excel.report.data_sheet import SHEET as DATA_SHEET
from iku_excel.report.data_sheet import ReportData, read_data_sheet
from iku_excel.settings import Settings
from iku_excel.values import norm_text, squash_spaces

WORKERS = 2  # as reading/loader.py: a staff PC has two or four cores

# Roles of a file, as the Sumber sheet names them.
ROLE_REPORT, ROLE_NO_DATA, ROLE_DAFTAR, ROLE_SETTINGS, ROLE_OTHER, ROLE_BROKEN = (
    "laporan", "laporan tanpa lembar Data", "daftar kecamatan", "pengaturan rekap",
    "bukan laporan IKU", "tidak terbaca")


@dataclass(frozen=True)
class Received:
    """A kecamatan report, read through its Data sheet."""
    info: FileInfo
    data: ReportData
    changed: tuple[Changed, ...] = ()
    unfit: tuple[Unfit, ...] = ()  # Data sheet figures that do not follow from each other


@dataclass(frozen=True)
class NoData:
    """A workbook that looks like a report but has no Data sheet."""
    info: FileInfo
    kecamatan: str | None   # as its title names it, when it does


@dataclass(frozen=True)
class Source:
    info: FileInfo
    role: str


@dataclass
class Collected:
    reports: list[Received] = field(default_factory=list)
    no_data: list[NoData] = field(default_factory=list)
    daftar: Daftar | None = None
    signer: Settings | None = None
    sources: list[Source] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


@dataclass
class _Loaded:
    item: InputFile
    info: FileInfo | None = None
    sheets: list[SheetGrid] = field(default_factory=list)
    formulas: set[tuple[int, int]] = field(default_factory=set)  # on the Data sheet
    findings: list[Finding] = field(default_factory=list)


def collect(folder: Path | None = None, paths: Sequence[Path] = ()) -> Collected:
    """The files of `folder` (subfolders included), or the report files
    `paths` (named by their file name): read and sorted out."""
    if folder is not None:
        items, notes = list_inputs(folder)
    else:
        items, notes = [InputFile(p, p.name) for p in paths], []
    # Names that are not valid UTF-8 shown with U+FFFD, as the files read are.
    found = Collected(findings=clean_names(notes))
    with ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="rekap") as pool:
        for loaded in pool.map(_load, items):
            _sort_out(loaded, found)
    return found


def _load(item: InputFile) -> _Loaded:
    item = displayable(item)
    loaded = _Loaded(item)
    try:
        data = read_input(item)
        loaded.info = FileInfo(item.name, len(data), hashlib.sha256(data).hexdigest())
        loaded.findings.extend(extension_notes(item, data))
        loaded.sheets = load_sheets(item, data)
    except ReadError as exc:
        loaded.findings.append(Finding(exc.code, file=item.name, params=exc.params))
        return loaded
    data_sheet = _sheet(loaded.sheets, DATA_SHEET)
    if data_sheet is not None:
        loaded.formulas = (formula_cells(data, data_sheet.name) if data_sheet.kind == "xlsx"
                           else set()) | set(data_sheet.computed) | set(data_sheet.unevaluated)
    return loaded


def _sort_out(loaded: _Loaded, found: Collected) -> None:
    found.findings.extend(loaded.findings)
    info, sheets, name = loaded.info, loaded.sheets, loaded.item.name
    if info is None or not sheets:
        if info is not None:
            found.sources.append(Source(info, ROLE_BROKEN))
        return
    data_sheet = _sheet(sheets, DATA_SHEET)
    if data_sheet is not None and _is_data_layout(data_sheet):
        data, problems = read_data_sheet(data_sheet.rows, name, data_sheet.name, loaded.formulas)
        found.findings.extend(problems)
        if data is None:
            found.sources.append(Source(info, ROLE_BROKEN))
            return
        iku = _sheet(sheets, "IKU")
        if iku is None:
            found.findings.append(Finding("rekap_iku_hilang", name, params={
                "kecamatan": data.kecamatan}))
            changed: list[Changed] = []
        else:
            changed = changed_cells(iku.rows, data, set(iku.unevaluated))
        found.reports.append(Received(info, data, tuple(changed), tuple(unfit_figures(data))))
        found.sources.append(Source(info, f"{ROLE_REPORT} Kecamatan {data.kecamatan}"))
        return
    names = {norm_text(s.name) for s in sheets}
    if {"rekap", "status laporan"} <= names:
        found.findings.append(Finding("rekap_berkas_rekap", name))
        found.sources.append(Source(info, "rekap kabupaten"))
        return
    report_like = _report_like(sheets)
    if report_like is not None:
        kecamatan = report_like or None
        found.no_data.append(NoData(info, kecamatan))
        found.findings.append(Finding("rekap_tanpa_data", name, params={
            "kecamatan": f" (Kecamatan {kecamatan})" if kecamatan else ""}))
        found.sources.append(Source(info, ROLE_NO_DATA))
        return
    roles = _regency_sheets(sheets, name, found)
    if roles:
        found.sources.append(Source(info, " dan ".join(roles)))
        return
    found.findings.append(Finding("rekap_bukan_laporan", name))
    found.sources.append(Source(info, ROLE_OTHER))


def _regency_sheets(sheets: list[SheetGrid], name: str, found: Collected) -> list[str]:
    """The regency's own sheets in a workbook that is no report: what they were read as."""
    roles = []
    for grid in sheets:
        if norm_text(grid.name).startswith("daftar kecamatan"):
            daftar, problems = read_daftar(grid.rows, name, grid.name)
            found.findings.extend(problems)
            if daftar is None:
                continue
            if found.daftar is not None:
                found.findings.append(Finding("rekap_daftar_ganda", name, grid.name, params={
                    "dipakai": f"{found.daftar.file} / {found.daftar.sheet}"}))
                continue
            found.daftar = daftar
            roles.append(ROLE_DAFTAR)
            continue
        records = settings_records(grid.rows)
        if records is None:
            continue
        signer, problems = read_signer(records, name, grid.name)
        found.findings.extend(problems)
        if signer is None:
            continue
        if found.signer is not None:
            found.findings.append(Finding("rekap_pengaturan_ganda", name, grid.name, params={
                "dipakai": " / ".join(found.signer.where or ("-", "-"))}))
            continue
        found.signer = signer
        roles.append(ROLE_SETTINGS)
    return roles


def _sheet(sheets: list[SheetGrid], wanted: str) -> SheetGrid | None:
    return next((s for s in sheets if norm_text(s.name) == norm_text(wanted)), None)


def _is_data_layout(grid: SheetGrid) -> bool:
    """A sheet named Data holding the Data sheet's table header (a 'Data'
    sheet of some other workbook is not a report's)."""
    for row in grid.rows[:60]:
        words = {norm_text(v) for v in row if isinstance(v, str)}
        if {"kode", "realisasi", "capaian"} <= words:
            return True
    return False


def _report_like(sheets: list[SheetGrid]) -> str | None:
    """'' or the kecamatan its title names, for a workbook that looks like an
    IKU report (an older iku-excel report, or one retyped by hand); None for
    any other workbook."""
    title_found = False
    for grid in sheets:
        for row in grid.rows[:15]:
            for value in row[:12]:
                text = norm_text(value) if isinstance(value, str) else ""
                if text.startswith("indikator kinerja utama iku"):
                    title_found = True
                elif title_found and text.startswith("kecamatan "):
                    return squash_spaces(value).split(None, 1)[1].title()
        if title_found:
            return ""
    return "" if any(norm_text(s.name) == "iku" for s in sheets) else None
