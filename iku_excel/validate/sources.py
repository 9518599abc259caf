"""Every source's tables validated into one frame each, with the findings
made on the way (a source without a table: why its indicator is missing)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING

from iku_excel.catalogue.builtin import builtin_source
from iku_excel.catalogue.bundled import bundled
from iku_excel.findings import Finding
from iku_excel.reading.table import DetectedTable
from iku_excel.schema import DATA_SOURCES
from iku_excel.settings import Settings
from iku_excel.validate import SourceData, checks, registers, survey
from iku_excel.validate.survey_duplicates import set_aside_copies
from iku_excel.validate.year_columns import choose_year_columns

if TYPE_CHECKING:
    from iku_excel.reading.summaries import Summary

_VALIDATORS = {
    "pelanggaran": registers.pelanggaran, "konflik": registers.konflik,
    "hadir": registers.hadir, "usulan": registers.usulan,
    "ormas": registers.binaan, "lembaga": registers.binaan,
}


def validate_sources(tables: list[DetectedTable], tahun: int, settings: Settings,
                     summaries: list[Summary] = (), counted: Mapping[str, str] | None = None,
                     desa: tuple[str, ...] | None = None,
                     ) -> tuple[dict[str, SourceData | None], list[Finding]]:
    """Source code -> its data (None when no table holds it), and the findings.
    Only the sources the catalogue counts (`counted`: source code -> the
    indicator counting it; None: all seven, as the bundled catalogue);
    `desa`: the folder's own Daftar Desa, else the kecamatan's bundled list."""
    findings: list[Finding] = []
    # A register's column per year: year n's is read (year_columns.py).
    tables, found = choose_year_columns(tables, tahun)
    findings += found
    by_source: dict[str, list[DetectedTable]] = {}
    for table in tables:
        by_source.setdefault(table.source.code, []).append(table)
    data: dict[str, SourceData | None] = {}
    for source in DATA_SOURCES:
        if counted is not None and source.code not in counted:
            continue
        found = by_source.get(source.code, [])
        if not found and source.code == "pelanggaran" and tahun in settings.pelanggaran_per_tahun:
            # Both years' counts written in the settings ("... Tahun 2017"): no register needed.
            data[source.code] = SourceData(source.code, registers.pelanggaran([], tahun, findings))
            continue
        if not found:
            findings.append(_missing(source, summaries, (counted or {}).get(source.code)))
            data[source.code] = None
            continue
        if source.code == "skm" and len(found) > 1:
            # A copied survey file or sheet is set aside whole before its rows
            # are checked: its wrong answers are the original's, told once.
            found = set_aside_copies(found, findings)
        if len({t.file for t in found if t.rows}) > 1:  # a copy left empty adds nothing
            findings.append(Finding("sumber_gabungan", params={
                "sumber": source.label, "jumlah": len(found)}))
        if source.code == "skm":
            frame, rules, used = survey.survey(found, tahun, settings.aturan_skm_dipilih,
                                               findings, default=settings.aturan_skm)
            # The rule set chosen, or the one the survey's elements call for.
            data[source.code] = SourceData(source.code, frame, found, rules=rules.code,
                                           tables_matching=used)
        else:
            frame = _VALIDATORS[source.code](found, tahun, findings)
            view = (checks.monthly_view(found, Counter(zip(frame["file"], frame["sheet"])))
                    if source.code == "konflik" else None)
            data[source.code] = SourceData(source.code, frame, found,
                                           months=tuple(view) if view is not None else None)
        findings.extend(checks.desa_names(found, settings.kecamatan, desa))
        if data[source.code].months is not None:
            findings.extend(checks.missing_months(list(data[source.code].months),
                                                  found[0].file))
    return data, findings


def _missing(source, summaries, indikator: str | None) -> Finding:
    """Why a source's indicator cannot be computed: no table, or only a
    survey summary where the answers per respondent are needed."""
    if indikator is None:
        indikator = next(r.nama for r in bundled().rows if builtin_source(r.tabel) is source)
    survey_summary = next((s for s in summaries or () if s.survey), None)
    if source.code == "skm" and survey_summary is not None:
        return Finding("skm_hanya_ringkasan", survey_summary.file, survey_summary.sheet, params={
            "jenis": survey_summary.kind, "indikator": indikator})
    return Finding("sumber_tidak_ada", params={
        "sumber": source.label, "indikator": indikator, "harus": source.example_headers})
