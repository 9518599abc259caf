"""Last year and the Renstra target (cycle.md): each indicator's
realisation of year n-1, from last year's iku-excel report of the same
kecamatan (its Data sheet) found in the input folder, the output folder or
its arsip/, or from the catalogue's Realisasi Tahun Lalu (the typed value
wins, with a note where both exist and differ); matched by Kode. Then the
achievement against the Renstra end target.

Reports are read the rekap's guarded way (rekap/collect.py); nothing here
writes a file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from iku_excel.catalogue.model import Catalogue
from iku_excel.findings import Finding
from iku_excel.indicators.capaian import (
    Capaian,
    Target,
    compute_capaian,
    read_penurunan_target,
)
from iku_excel.indicators.results import Result


@dataclass(frozen=True)
class LastYear:
    """Year n-1 and the Renstra target of one indicator, each `None` with its reason."""
    realisasi: float | None
    capaian: float | None
    sumber: str                    # where n-1 came from, or why there is none
    target_renstra: Target | None
    tahun_renstra: int | None
    capaian_renstra: Capaian | None


def candidates(input_dir: Path, own_reports: list[str], folders: list[Path],
               tahun: int) -> list[Path]:
    """The earlier reports a run may read: those the input folder holds
    (found by the reading stage), and the reports of year n-1 in `folders`
    (the output folder and its arsip/), by the name the tool gave them
    (IKU_Kecamatan_<name>_<n-1>[_TW<N>][_<archived>].xlsx). An output folder
    gathers every report of every year: reading them all, each run would
    grow slower year by year (70 archived reports took a 100k run from 1.6
    to 2.3 s)."""
    paths = [input_dir / name for name in own_reports]
    for folder in folders:
        if folder.is_dir():
            paths += sorted(p for p in folder.glob(f"IKU_Kecamatan_*_{tahun - 1}*.xlsx")
                            if not p.name.startswith("~$"))
    return [p for p in dict.fromkeys(paths) if p.is_file()]


def find_report(paths: list[Path], kecamatan: str, tahun: int):
    """(ReportData, file) of last year's report of `kecamatan`: an annual one,
    the latest Dibuat; DATA CONTOH never. A quarterly report of year n-1 is
    not that year's realisation (its figures stop at the quarter): never
    used, and the one found is returned as (None, file) for a note."""
    if not paths:
        return None, None
    from iku_excel.rekap.collect import collect
    from iku_excel.wilayah import kecamatan_key

    found = collect(paths=paths)
    named = {p.name: p for p in paths}
    wanted = [r for r in found.reports if r.data.tahun == tahun - 1 and not r.data.data_contoh
              and kecamatan_key(r.data.kecamatan) == kecamatan_key(kecamatan)]
    if not wanted:
        return None, None
    best = max(wanted, key=lambda r: (r.data.triwulan is None, r.data.triwulan or 0,
                                      r.data.dibuat))
    file = str(named.get(best.info.name, best.info.name))
    return (best.data if best.data.triwulan is None else None), file


def last_year(catalogue: Catalogue, results: dict[str, Result], tahun: int, report,
              report_file: str | None, rumus: str = "dokumen",
              ) -> tuple[dict[str, LastYear], list[Finding]]:
    """Kode -> year n-1 and the Renstra target, and the notes made on the way."""
    findings: list[Finding] = []
    if report is None and report_file is not None:
        findings.append(Finding("tahun_lalu_triwulan", report_file, params={
            "tahun": tahun - 1}))
        report_file = None
    if report is not None:
        findings.append(Finding("tahun_lalu_laporan", report_file, params={
            "tahun": tahun - 1, "kecamatan": report.kecamatan,
            "periode": f"s.d. Triwulan {report.triwulan}" if report.triwulan else "tahunan"}))
    out = {}
    for row in catalogue.rows:
        from_report = report.indicators.get(row.code) if report is not None else None
        typed = float(row.realisasi_tahun_lalu) if row.realisasi_tahun_lalu is not None \
            else None
        if typed is not None and typed > 0 and row.is_decrease and rumus == "dokumen":
            # Written as its target is: the size of last year's fall (domain.md).
            findings.append(Finding(
                "tahun_lalu_penurunan_dibaca", row.place.file, row.place.sheet, row.place.row,
                row.place.header("realisasi_tahun_lalu"), row.realisasi_tahun_lalu,
                {"indikator": row.label, "dipakai": f"-{row.realisasi_tahun_lalu}"}))
            typed = -typed
        realisasi, capaian = None, None
        if typed is not None:
            realisasi, sumber = typed, "lembar Indikator (Realisasi Tahun Lalu)"
            reported = from_report.realisasi if from_report is not None else None
            if reported is not None and abs(reported - typed) <= 1e-9:
                capaian = from_report.capaian  # the same figure: the report's capaian holds
            elif reported is not None:
                findings.append(Finding(
                    "tahun_lalu_beda", row.place.file, row.place.sheet, row.place.row,
                    row.place.header("realisasi_tahun_lalu"), row.realisasi_tahun_lalu,
                    {"indikator": row.label, "laporan": reported,
                     "berkas_laporan": report_file}))
        elif from_report is not None and from_report.realisasi is not None:
            realisasi, capaian = from_report.realisasi, from_report.capaian
            sumber = f"laporan tahun {tahun - 1} ({Path(report_file).name})"
        elif from_report is not None:
            sumber = f"tidak dihitung pada laporan tahun {tahun - 1}"
        else:
            sumber = (f"tidak ada laporan tahun {tahun - 1} maupun isian Realisasi Tahun Lalu"
                      if report is None else f"indikator ini tidak ada di laporan tahun "
                      f"{tahun - 1}")
        result = results[row.code]
        target, renstra = row.target_renstra, None
        if target is not None:
            if row.is_decrease:  # a fall's size written positive, read as the year's target
                target, _ = read_penurunan_target(target, rumus)
            renstra = compute_capaian(result.nilai, target, row.arah)
        out[row.code] = LastYear(realisasi, capaian, sumber, target, row.tahun_renstra, renstra)
    return out, findings
