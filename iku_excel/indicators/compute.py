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
from iku_excel.catalogue.model import (
    INDEKS_SKM,
    KUMULATIF_PEMBILANG,
    NILAI,
    NILAI_AKHIR,
    PERUBAHAN,
    Catalogue,
    CatalogueRow,
)
from iku_excel.findings import Finding
from iku_excel.indicators.builtin import penurunan, skm, skm_index
from iku_excel.indicators.capaian import (
    ASKS_INCREASE,
    SIZE_OF_DECREASE,
    Capaian,
    compute_capaian,
    read_penurunan_target,
)
from iku_excel.indicators.counting import Counted, Period, compute, mode_of
from iku_excel.indicators.matching import Matcher
from iku_excel.indicators.results import PenurunanDetail, Result
from iku_excel.settings import Settings
from iku_excel.validate.indicator_rows import Counting

_RUMUS = {"dokumen": "rumus sesuai dokumen IKU", "biasa": "rumus penurunan biasa"}


def compute_all(catalogue: Catalogue, counting: Mapping[str, Counting], settings: Settings,
                tahun: int, period: Period | None = None, light: bool = False,
                ) -> tuple[dict[str, Result], list[Finding]]:
    """Kode -> result, one per catalogue row (a row that cannot be counted
    has a `-` result with the reason), and the findings made on the way.
    `light`: the survey's index alone (a quarter's figure), without its
    profile, service types and suggestions."""
    period = period or Period(tahun)
    results: dict[str, Result] = {}
    findings: list[Finding] = []
    matcher = Matcher(findings)
    for row in catalogue.rows:
        what = counting[row.code]
        if what.sebab is not None:
            result = Result(row.code, None, sebab=what.sebab, saran=what.saran)
        else:
            result = _count(row, what, settings, period, matcher, findings, light)
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
           matcher: Matcher, findings: list[Finding], light: bool = False) -> Result:
    source = what.source.code if what.source is not None else None
    mode = mode_of(row, what.dated)
    quarterly = period.end is not None and mode != NILAI_AKHIR
    if quarterly and row.cara != NILAI and not has_dates(row, what, mode, matcher, period.tahun):
        return Result(row.code, None, sebab=f"baris tahun {period.tahun} yang dihitung tidak "
                      "bertanggal, sehingga tidak dapat dibagi per triwulan",
                      saran="Isi kolom tanggal tabelnya (Kolom Tanggal di lembar Indikator), "
                      "atau tulis Per Triwulan \"nilai akhir\" bila angkanya memang tidak "
                      "berubah sepanjang tahun.")
    if row.cara == INDEKS_SKM:
        data = what.source
        if light:
            return skm_index(data, settings, row.code, period.end if quarterly else None)
        if quarterly:  # the respondents dated up to the end (cycle.md)
            data = replace(data, frame=survey_up_to(data.frame, period.end))
        result, found = skm(data, settings, period.tahun, row.code)
        findings.extend(found)
        return result
    builtin_change = row.cara == PERUBAHAN and source == "pelanggaran" \
        and not row.syarat_pembilang
    if builtin_change and quarterly and not any(r.year == period.tahun - 1 for r in what.rows) \
            and (settings.pelanggaran_tahun_lalu is not None
                 or period.tahun - 1 in settings.pelanggaran_per_tahun):
        return Result(row.code, None, sebab=f"jumlah pelanggaran tahun {period.tahun - 1} "
                      "hanya ada sebagai jumlah setahun (lembar Pengaturan), sehingga tidak "
                      "dapat dibandingkan per triwulan",
                      saran=f"Masukkan register pelanggaran tahun {period.tahun - 1} yang "
                      "bertanggal ke folder masukan.")
    if builtin_change and not quarterly:
        # The register's own rules: year n-1 from its record, a file or a settings row.
        result, found = penurunan(what.source, settings, period.tahun, row.code)
        findings.extend(found)
        return result
    matcher.words_found(row.syarat_pembilang + row.syarat_penyebut, what.rows, row.label)
    counted = compute(row, what.rows, period, matcher, settings.rumus_penurunan, mode)
    if row.cara == PERUBAHAN and counted.nilai is not None \
            and settings.rumus_penurunan == "dokumen":
        findings.append(Finding("perubahan_tanda", params={"indikator": row.label}))
    return _result(row, counted, settings)


def has_dates(row: CatalogueRow, what: Counting, mode: str, matcher: Matcher,
              tahun: int) -> bool:
    """Whether any row the quarterly figure filters by date has one: a table
    without dates gives no quarters (`-`), never a quarter of nothing."""
    if row.cara == INDEKS_SKM:
        from iku_excel.validate.survey import DATE

        frame = what.source.frame if what.source is not None else None
        return frame is not None and DATE in frame and bool(frame[DATE].notna().any())
    return any(r.year == tahun and r.date is not None
               and (mode != KUMULATIF_PEMBILANG or matcher.meets(row.syarat_pembilang, r))
               for r in what.rows)


def survey_up_to(frame, end):
    """The survey's respondents dated on or before `end` (undated ones are out)."""
    import numpy as np

    from iku_excel.validate.survey import DATE

    if DATE not in frame or not len(frame):
        return frame.iloc[0:0] if len(frame) else frame
    return frame[frame[DATE].to_numpy() <= np.datetime64(end, "D")].reset_index(drop=True)


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
