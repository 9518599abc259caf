"""Every catalogue row's figure, in catalogue order: its way of counting
over what it counts (validate/indicator_rows.py), then its target (the
catalogue's, or the settings' Target row for the seven Benjeng codes) and
its capaian. Pure: values in, results and the findings made on the way out.

The built-in sources keep their own ways (builtin.py: the SKM index, the
fall in violations with year n-1 from the register or the settings); every
other row is counted by counting.py for the report's period.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from fractions import Fraction

from iku_excel.catalogue.builtin import builtin_source
from iku_excel.catalogue.model import INDEKS_SKM, PERUBAHAN, Catalogue, CatalogueRow
from iku_excel.findings import Finding
from iku_excel.indicators.builtin import penurunan, skm
from iku_excel.indicators.capaian import (
    ASKS_INCREASE,
    SIZE_OF_DECREASE,
    Capaian,
    compute_capaian,
    read_penurunan_target,
)
from iku_excel.indicators.counting import Counted, Period, compute
from iku_excel.indicators.matching import Matcher
from iku_excel.indicators.results import PenurunanDetail, Result
from iku_excel.settings import Settings
from iku_excel.validate.indicator_rows import Counting

_RUMUS = {"dokumen": "rumus sesuai dokumen IKU", "biasa": "rumus penurunan biasa"}


def compute_all(catalogue: Catalogue, counting: Mapping[str, Counting], settings: Settings,
                tahun: int, period: Period | None = None,
                ) -> tuple[dict[str, Result], list[Finding]]:
    """Kode -> result, one per catalogue row (a row that cannot be counted
    has a `-` result with the reason), and the findings made on the way."""
    period = period or Period(tahun)
    results: dict[str, Result] = {}
    findings: list[Finding] = []
    matcher = Matcher(findings)
    for row in catalogue.rows:
        what = counting[row.code]
        if what.sebab is not None:
            result = Result(row.code, None, sebab=what.sebab, saran=what.saran)
        else:
            result = _count(row, what, settings, period, matcher, findings)
        result = _target(row, result, settings, findings)
        if result.capaian is None:
            result = replace(result, capaian=compute_capaian(result.nilai, result.target,
                                                             row.arah))
            if result.nilai is not None and result.capaian.nilai is None:
                findings.append(Finding("capaian_tidak_dihitung", params={
                    "indikator": row.label, "sebab": result.capaian.sebab,
                    "saran": result.capaian.saran}))
        if result.nilai is None and what.sebab is None:
            findings.append(Finding("indikator_penyebut_nol", params={
                "indikator": row.label, "sebab": result.sebab, "saran": result.saran}))
        results[row.code] = result
    return results, findings


def _count(row: CatalogueRow, what: Counting, settings: Settings, period: Period,
           matcher: Matcher, findings: list[Finding]) -> Result:
    source = what.source.code if what.source is not None else None
    if row.cara == INDEKS_SKM:
        result, found = skm(what.source, settings, period.tahun, row.code)
        findings.extend(found)
        return result
    if row.cara == PERUBAHAN and source == "pelanggaran" and not row.syarat_pembilang:
        # The register's own rules: year n-1 from its record, a file or a settings row.
        result, found = penurunan(what.source, settings, period.tahun, row.code)
        findings.extend(found)
        return result
    matcher.words_found(row.syarat_pembilang + row.syarat_penyebut, what.rows, row.label)
    counted = compute(row, what.rows, period, matcher, settings.rumus_penurunan)
    if row.cara == PERUBAHAN and counted.nilai is not None \
            and settings.rumus_penurunan == "dokumen":
        findings.append(Finding("perubahan_tanda", params={"indikator": row.label}))
    return _result(row, counted, settings)


def _result(row: CatalogueRow, counted: Counted, settings: Settings) -> Result:
    detail = None
    if row.cara == PERUBAHAN and counted.jumlah_n is not None:
        detail = PenurunanDetail(counted.jumlah_n, counted.jumlah_n_1, settings.rumus_penurunan)
    nilai = float(counted.nilai) if counted.nilai is not None else None
    return Result(row.code, nilai, _plain(counted.pembilang), counted.penyebut,
                  counted.sebab, counted.saran, list(counted.refs), penurunan=detail)


def _plain(value: Fraction | None) -> int | float | None:
    """A count stays an int in the JSON (3, not 3.0); anything else a float."""
    if value is None:
        return None
    return int(value) if value.denominator == 1 and abs(value) < 2**53 else float(value)


def _target(row: CatalogueRow, result: Result, settings: Settings,
            findings: list[Finding]) -> Result:
    """The catalogue's target, else the settings' "Target ..." row; a
    settings target that differs from the catalogue's is said in a note."""
    written = settings.targets.get(row.code)
    target = row.target or written
    if row.target is not None and written is not None and (written.low, written.high) != (
            row.target.low, row.target.high):
        file, sheet = settings.where or (None, None)
        findings.append(Finding("katalog_target_beda", file, sheet, params={
            "indikator": row.label, "katalog": row.target.text, "pengaturan": written.text}))
    result = replace(result, target=target)
    if target is None or not row.is_decrease:
        return result
    return _read_decrease_target(row, result, settings, findings)


def _read_decrease_target(row: CatalogueRow, result: Result, settings: Settings,
                          findings: list[Finding]) -> Result:
    """The target as the formula reads it (domain.md): a positive target is
    the size of the decrease staff want, said in a note. A target asking for
    more gets a warning and no capaian; otherwise the capaian is left to be
    computed on the reading. The violations keep their own sentences."""
    written = result.target
    target, how = read_penurunan_target(written, settings.rumus_penurunan)
    result = replace(result, target=target)
    # Said where the target was written: the catalogue's cell, or the settings sheet.
    where = (row.place.file, row.place.sheet, row.place.row, row.place.header("target")) \
        if row.target is not None else (*(settings.where or (None, None)), None, None)
    params = {"ditulis": written.text, "dipakai": target.text,
              "rumus": _RUMUS[settings.rumus_penurunan]}
    ours = _builtin_violations(row)
    if not ours:
        params["indikator"] = row.label
    if how == SIZE_OF_DECREASE:
        code = "target_penurunan_dibaca" if ours else "target_perubahan_dibaca"
        findings.append(Finding(code, *where, params=params))
    elif how == ASKS_INCREASE:
        code = "target_penurunan_naik" if ours else "target_perubahan_naik"
        findings.append(Finding(code, *where, params=params))
        asked = "pelanggaran" if ours else "angkanya"
        return replace(result, capaian=Capaian(
            None, None, f"target ({written.text}) meminta {asked} naik",
            "Tulis target sebagai besar penurunan yang diinginkan, misalnya 20 untuk turun "
            "20%."))
    return result


def _builtin_violations(row: CatalogueRow) -> bool:
    source = builtin_source(row.tabel)
    return source is not None and source.code == "pelanggaran"
