"""Each indicator from its clean frame: pure functions, no files. Each
takes values (the validated frames, the settings, the year) and returns its
result with the findings it made; nothing handed in is changed.

The formulas are the IKU document's, word for word (catalogue.py).
A zero denominator gives "not computable" with the reason, never 0.
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import pandas as pd

from iku_excel.findings import Finding
from iku_excel.indicators.capaian import (
    ASKS_INCREASE,
    SIZE_OF_DECREASE,
    Capaian,
    compute_capaian,
    read_penurunan_target,
)
from iku_excel.indicators.catalogue import BY_CODE, CODES
from iku_excel.indicators.results import PenurunanDetail, Result, RowRef, SkmDetail
from iku_excel.indicators.skm import compute_skm
from iku_excel.indicators.skm_checks import per_layanan, skm_findings
from iku_excel.indicators.skm_profile import profile
from iku_excel.indicators.skm_rules import RULE_SETS, places_of, weight_text
from iku_excel.indicators.skm_saran import suggestions
from iku_excel.schema import SOURCES_BY_CODE
from iku_excel.settings import Settings
from iku_excel.validate import SourceData


def percent(pembilang: int, penyebut: int) -> float:
    return float(Fraction(pembilang, penyebut) * 100)


def row_refs(frame: pd.DataFrame, mask: pd.Series | None, what: str) -> list[RowRef]:
    selected = frame if mask is None else frame[mask]
    files, sheets = (selected[key].to_numpy(dtype=object) for key in ("file", "sheet"))
    if len(files) and (files == files[0]).all() and (sheets == sheets[0]).all():
        # One sheet, the usual case: no grouping (a survey may have 100k rows).
        return [RowRef(files[0], sheets[0], tuple(selected["row"].tolist()), what)]
    return [RowRef(file, sheet, tuple(group["row"].tolist()), what)
            for (file, sheet), group in selected.groupby(["file", "sheet"], sort=False)]


def ratio(code: str, frame: pd.DataFrame, flag: str, what_yes: str, what_all: str,
          empty_reason: str, empty_advice: str) -> Result:
    """pembilang = rows where `flag` is true; penyebut = all usable rows."""
    pembilang = int(frame[flag].sum())
    penyebut = int(len(frame))
    refs = row_refs(frame, frame[flag].astype(bool), what_yes) + row_refs(frame, None, what_all)
    if penyebut == 0:
        return Result(code, None, pembilang, penyebut, empty_reason, empty_advice, rows=refs)
    return Result(code, percent(pembilang, penyebut), pembilang, penyebut, rows=refs)


def skm(data: SourceData, settings: Settings, tahun: int) -> tuple[Result, list[Finding]]:
    rules = RULE_SETS[data.rules or settings.aturan_skm]
    result = compute_skm(data.frame, rules, settings.bobot_skm)
    refs = row_refs(data.frame, None, "kuesioner lengkap")
    if result is None and data.tables_matching == 0:
        return Result("skm", None, None, None,
                      f"tidak ada lembar survei dengan {rules.count} kolom unsur "
                      f"{rules.nama}", "Sesuaikan judul kolom unsur, atau pilih \"Aturan "
                      "SKM\" yang sesuai dengan kuesioner di lembar Pengaturan (lihat "
                      "Catatan Data).", rows=refs), []
    if result is None:
        return Result("skm", None, None, None, "tidak ada kuesioner yang lengkap dan sah",
                      f"Periksa data survei: setiap responden harus menjawab {rules.count} "
                      "unsur dengan 1-4.", rows=refs), []
    checks = skm_findings(result, tahun, settings.pengguna_layanan)
    used = weight_text(settings.bobot_skm, rules.count)
    if settings.bobot_skm != "tepat" and used != settings.bobot_skm:
        # 0,111 written for a 14-element survey: 1/14 rounded alike, and said.
        checks.append(Finding("skm_bobot_dibulatkan", params={
            "bobot_pengaturan": settings.bobot_skm, "jumlah": rules.count, "bobot": used,
            "desimal": places_of(settings.bobot_skm)}))
    file, sheet = survey_place(data.frame)
    # About the whole survey: its file (and sheet) when it has one.
    checks = [replace(finding, file=file, sheet=sheet) for finding in checks]
    saran, more = suggestions(data.frame)
    detail = SkmDetail(result, tuple(per_layanan(data.frame, result)),
                       tuple(profile(data.frame)), saran, more)
    return Result("skm", result.nilai, None, None, rows=refs, skm=detail), checks


def survey_place(frame: pd.DataFrame) -> tuple[str | None, str | None]:
    """The file and sheet all respondents come from; None where they differ."""
    files = frame["file"].unique()
    if len(files) != 1:
        return None, None
    sheets = frame["sheet"].unique()
    return files[0], sheets[0] if len(sheets) == 1 else None


def penurunan(data: SourceData, settings: Settings, tahun: int,
              ) -> tuple[Result, list[Finding]]:
    findings: list[Finding] = []
    frame = data.frame
    n = int((frame["tahun"] == tahun).sum())
    n_1_rows = int((frame["tahun"] == tahun - 1).sum())
    refs = (row_refs(frame, frame["tahun"] == tahun, f"pelanggaran tahun {tahun}")
            + row_refs(frame, frame["tahun"] == tahun - 1, f"pelanggaran tahun {tahun - 1}"))
    n_1: int | None = n_1_rows if n_1_rows else None
    file, sheet = settings.where or (None, None)
    # Rows naming their year ("Jumlah Pelanggaran Perda Tahun 2016") are year n-1's or n's.
    per_year = settings.pelanggaran_per_tahun
    for year in sorted(set(per_year) - {tahun, tahun - 1}):
        findings.append(Finding("pengaturan_tahun_lain", file, sheet, None,
                                f"Jumlah Pelanggaran Perda Tahun {year}", per_year[year],
                                {"tahun_baris": year, "tahun": tahun}))
    n_1_setting = (settings.pelanggaran_tahun_lalu if settings.pelanggaran_tahun_lalu is not None
                   else per_year.get(tahun - 1))
    if n_1_setting is not None:
        if n_1_rows and n_1_rows != n_1_setting:
            findings.append(Finding("pelanggaran_tahun_lalu_ganda", file, sheet, params={
                "tahun_lalu": tahun - 1, "dari_baris": n_1_rows,
                "dari_pengaturan": n_1_setting}))
        elif not n_1_rows:
            findings.append(Finding("pelanggaran_tahun_lalu_pengaturan", file, sheet, params={
                "tahun_lalu": tahun - 1, "jumlah": n_1_setting}))
        n_1 = n_1_setting
    n_setting = per_year.get(tahun)
    if n_setting is not None and not n:
        # No register rows of year n: the settings row is year n's count.
        findings.append(Finding("pelanggaran_tahun_ini_pengaturan", file, sheet, params={
            "tahun": tahun, "jumlah": n_setting}))
        n = n_setting
    elif n_setting is not None and n_setting != n:
        findings.append(Finding("pelanggaran_tahun_ini_ganda", file, sheet, params={
            "tahun": tahun, "dari_baris": n, "dari_pengaturan": n_setting}))
    detail = PenurunanDetail(n, n_1, settings.rumus_penurunan)
    code = "penurunan_pelanggaran_perda"
    if n_1 is None:
        return Result(code, None, None, None,
                      f"jumlah pelanggaran tahun {tahun - 1} (n-1) tidak tersedia",
                      f"Masukkan baris pelanggaran tahun {tahun - 1} ke register, atau isi "
                      "\"Jumlah Pelanggaran Perda Tahun Sebelumnya\" di lembar Pengaturan "
                      "(isi 0 bila memang tidak ada).", penurunan=detail, rows=refs), findings
    if settings.rumus_penurunan == "biasa":
        pembilang, penyebut = n_1 - n, n_1
        reason = f"tidak ada pelanggaran pada tahun {tahun - 1} (penyebut nol)"
    else:
        pembilang, penyebut = n - n_1, n
        reason = (f"tidak ada pelanggaran pada tahun {tahun}; rumus dokumen IKU membagi "
                  "dengan jumlah tahun n, sehingga penyebutnya nol")
    if penyebut == 0:
        return Result(code, None, pembilang, penyebut, reason,
                      "Tidak ada yang perlu diperbaiki bila datanya benar; jelaskan pada "
                      "laporan bahwa indikator ini tidak dapat dihitung.",
                      penurunan=detail, rows=refs), findings
    if settings.rumus_penurunan == "dokumen":
        findings.append(Finding("penurunan_tanda"))
    return Result(code, percent(pembilang, penyebut), pembilang, penyebut, penurunan=detail,
                  rows=refs), findings


def compute_all(data: dict[str, SourceData | None], settings: Settings, tahun: int,
                ) -> tuple[dict[str, Result], list[Finding]]:
    """All seven results, in catalogue order, and the findings made on the
    way; a missing source gives a not-computable result (its finding was
    made when the folder was read)."""
    results: dict[str, Result] = {}
    findings: list[Finding] = []
    for code in CODES:
        indicator = BY_CODE[code]
        source = data.get(indicator.source)
        if source is None:
            result = Result(code, None,
                            sebab=f"data {SOURCES_BY_CODE[indicator.source].label} tidak ditemukan",
                            saran="Tambahkan berkasnya ke folder masukan.")
        else:
            result, found = _compute_one(code, source, settings, tahun)
            findings.extend(found)
        result = replace(result, target=settings.targets.get(code))
        if code == PENURUNAN and result.target is not None:
            result, found = _read_penurunan_target(result, settings)
            findings.extend(found)
        if result.capaian is None:
            result = replace(result, capaian=compute_capaian(result.nilai, result.target,
                                                             indicator.arah))
            if result.nilai is not None and result.capaian.nilai is None:
                findings.append(Finding("capaian_tidak_dihitung", params={
                    "indikator": indicator.label, "sebab": result.capaian.sebab,
                    "saran": result.capaian.saran}))
        if result.nilai is None and source is not None:
            findings.append(Finding("indikator_penyebut_nol", params={
                "indikator": indicator.label, "sebab": result.sebab, "saran": result.saran}))
        results[code] = result
    return results, findings


PENURUNAN = "penurunan_pelanggaran_perda"
_RUMUS = {"dokumen": "rumus sesuai dokumen IKU", "biasa": "rumus penurunan biasa"}


def _read_penurunan_target(result: Result, settings: Settings,
                           ) -> tuple[Result, list[Finding]]:
    """The result with its target as the formula reads it (domain.md): a
    positive target is the size of the decrease staff want, said in a note.
    A target asking for more violations gets a warning and no capaian;
    otherwise the capaian is left to be computed on the reading."""
    written = result.target
    target, how = read_penurunan_target(written, settings.rumus_penurunan)
    result = replace(result, target=target)
    file, sheet = settings.where or (None, None)
    params = {"ditulis": written.text, "dipakai": target.text,
              "rumus": _RUMUS[settings.rumus_penurunan]}
    if how == SIZE_OF_DECREASE:
        return result, [Finding("target_penurunan_dibaca", file, sheet, params=params)]
    if how == ASKS_INCREASE:
        return replace(result, capaian=Capaian(
            None, None, f"target ({written.text}) meminta pelanggaran naik",
            "Tulis target sebagai besar penurunan yang diinginkan, misalnya 20 untuk turun "
            "20%.")), [Finding("target_penurunan_naik", file, sheet, params=params)]
    return result, []


def _compute_one(code: str, source: SourceData, settings: Settings, tahun: int,
                 ) -> tuple[Result, list[Finding]]:
    frame = source.frame
    if code == "skm":
        return skm(source, settings, tahun)
    if code == "penurunan_pelanggaran_perda":
        return penurunan(source, settings, tahun)
    return _ratio_of(code, frame, tahun), []


def _ratio_of(code: str, frame: pd.DataFrame, tahun: int) -> Result:
    """The five percentages of yes rows: each its words for the rows and the empty case."""
    if code == "konflik_ditindaklanjuti":
        return ratio(code, frame, "ditindaklanjuti", "konflik ditindaklanjuti", "seluruh konflik",
                     f"tidak ada konflik tercatat pada tahun {tahun} (penyebut nol)",
                     "Bila memang tidak ada konflik, indikator ini tidak dapat dihitung; "
                     "jelaskan pada laporan.")
    if code == "partisipasi_musrenbang":
        return ratio(code, frame, "hadir", "hadir", "seluruh undangan",
                     "daftar undangan Musrenbang kosong (penyebut nol)",
                     "Isi daftar undangan beserta kehadirannya.")
    if code == "usulan_direkomendasikan":
        return ratio(code, frame, "direkomendasikan", "usulan direkomendasikan",
                     "seluruh usulan", "tidak ada usulan tercatat (penyebut nol)",
                     "Isi daftar usulan desa beserta keputusan kecamatan.")
    what = "organisasi" if code == "ormas_dibina" else "lembaga ekonomi"
    return ratio(code, frame, "dibina", f"{what} dibina tahun {tahun}", f"seluruh {what}",
                 f"register {what} kosong (penyebut nol)",
                 f"Isi register {what} beserta pembinaannya.")
