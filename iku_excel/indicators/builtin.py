"""The built-in sources' own ways, kept with their special rules: the
survey index of the SKM source under its rule set, and the fall in
violations of the Pelanggaran Perda source (year n-1 from the register, a
register of that year or a settings row). Pure functions over the
validated frames; nothing handed in is changed."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import pandas as pd

from iku_excel.findings import Finding
from iku_excel.indicators.change import ZERO_ADVICE, change_terms
from iku_excel.indicators.results import PenurunanDetail, Result, RowRef, SkmDetail
from iku_excel.indicators.skm import compute_skm, skm_from_totals
from iku_excel.indicators.skm_checks import per_layanan, skm_findings
from iku_excel.indicators.skm_profile import profile
from iku_excel.indicators.skm_rules import RULE_SETS, places_of, weight_text
from iku_excel.indicators.skm_saran import suggestions
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


def skm(data: SourceData, settings: Settings, tahun: int, code: str = "skm",
        ) -> tuple[Result, list[Finding]]:
    rules = RULE_SETS[data.rules or settings.aturan_skm]
    result = compute_skm(data.frame, rules, settings.bobot_skm)
    refs = row_refs(data.frame, None, "kuesioner lengkap")
    if result is None and data.tables_matching == 0:
        return Result(code, None, None, None,
                      f"tidak ada lembar survei dengan {rules.count} kolom unsur "
                      f"{rules.nama}", "Sesuaikan judul kolom unsur, atau pilih \"Aturan "
                      "SKM\" yang sesuai dengan kuesioner di lembar Pengaturan (lihat "
                      "Catatan Data).", rows=refs), []
    if result is None:
        return Result(code, None, None, None, "tidak ada kuesioner yang lengkap dan sah",
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
    return Result(code, result.nilai, None, None, rows=refs, skm=detail), checks


def skm_index(data: SourceData, settings: Settings, code: str = "skm", end=None) -> Result:
    """The survey index alone, as a quarter's figure needs it: over the
    respondents dated up to `end` (None: all), on the answer columns only
    (a survey may hold 100k respondents and their profile)."""
    import numpy as np

    from iku_excel.validate.survey import DATE

    rules = RULE_SETS[data.rules or settings.aturan_skm]
    answers = data.frame[rules.columns].to_numpy(dtype="int64")
    if end is not None:
        dates = (data.frame[DATE].to_numpy().astype("datetime64[D]") if DATE in data.frame
                 else np.full(len(answers), np.datetime64("NaT"), dtype="datetime64[D]"))
        answers = answers[dates <= np.datetime64(end, "D")]
    if not len(answers):
        return Result(code, None, sebab="tidak ada kuesioner yang lengkap dan sah sampai akhir "
                      "triwulan ini", saran="Periksa tanggal dan jawaban data survei.")
    totals = tuple(int(t) for t in answers.sum(axis=0).tolist())
    return Result(code, skm_from_totals(totals, len(answers), rules, settings.bobot_skm).nilai)


def survey_place(frame: pd.DataFrame) -> tuple[str | None, str | None]:
    """The file and sheet all respondents come from; None where they differ."""
    files = frame["file"].unique()
    if len(files) != 1:
        return None, None
    sheets = frame["sheet"].unique()
    return files[0], sheets[0] if len(sheets) == 1 else None


def penurunan(data: SourceData, settings: Settings, tahun: int,
              code: str = "penurunan_pelanggaran_perda") -> tuple[Result, list[Finding]]:
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
    if n_1 is None:
        return Result(code, None, None, None,
                      f"jumlah pelanggaran tahun {tahun - 1} (n-1) tidak tersedia",
                      f"Masukkan baris pelanggaran tahun {tahun - 1} ke register, atau isi "
                      "\"Jumlah Pelanggaran Perda Tahun Sebelumnya\" di lembar Pengaturan "
                      "(isi 0 bila memang tidak ada).", penurunan=detail, rows=refs), findings
    pembilang, penyebut, reason = change_terms(n, n_1, settings.rumus_penurunan, tahun,
                                               "pelanggaran")
    if penyebut == 0:
        return Result(code, None, pembilang, penyebut, reason, ZERO_ADVICE,
                      penurunan=detail, rows=refs), findings
    if settings.rumus_penurunan == "dokumen":
        findings.append(Finding("penurunan_tanda"))
    return Result(code, percent(pembilang, penyebut), pembilang, penyebut, penurunan=detail,
                  rows=refs), findings
