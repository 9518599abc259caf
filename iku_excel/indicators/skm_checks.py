"""Checks around the survey index that do not change it: sample size,
closeness to a grade boundary, the rule set's age; and the index per
service type."""

from __future__ import annotations

from fractions import Fraction

import pandas as pd

from iku_excel.findings import Finding
from iku_excel.indicators.skm import ANSWER_COLUMNS, SkmResult, skm_from_totals
from iku_excel.rounding import round_half_away

NEAR_BOUNDARY = 0.05
RULE_SET_REPLACED_IN = 2018  # PermenPAN-RB 14/2017 replaced 16/2014


def krejcie_morgan(population: int) -> int:
    """Minimum sample for N service users (Krejcie & Morgan, chi² 3.841, P 0.5, d 0.05)."""
    if population <= 0:
        return 0
    chi, p, d = Fraction(3841, 1000), Fraction(1, 4), Fraction(1, 400)
    n = chi * population * p / (d * (population - 1) + chi * p)
    return int(round_half_away(n, 0))


def near_boundaries(skm: SkmResult) -> list[float]:
    """Grade boundaries (the value on either side of a cut) within 0.05 of the index."""
    close = []
    grades = skm.rules.grades
    for better, worse in zip(grades, grades[1:]):
        if min(abs(skm.nilai - better.lower), abs(skm.nilai - worse.upper)) <= NEAR_BOUNDARY + 1e-9:
            close.append(better.lower)
    return close


def skm_findings(skm: SkmResult, tahun: int, population: int | None) -> list[Finding]:
    findings = []
    if population:
        minimum = krejcie_morgan(population)
        if skm.n < minimum:
            findings.append(Finding("skm_sampel_kurang", params={
                "n": skm.n, "minimum": minimum, "populasi": population}))
    for boundary in near_boundaries(skm):
        findings.append(Finding("skm_dekat_batas", params={
            "nilai": f"{skm.nilai:.2f}".replace(".", ","),
            "batas": f"{boundary:.2f}".replace(".", ","), "aturan": skm.rules.nama}))
    if tahun >= RULE_SET_REPLACED_IN and skm.rules.code == "16/2014":
        findings.append(Finding("skm_aturan_lama", params={"tahun": tahun}))
    return findings


def per_layanan(answers: pd.DataFrame, skm: SkmResult) -> list[tuple[str, SkmResult]]:
    """The index of each service type (jenis layanan), largest first."""
    if "jenis_layanan" not in answers or answers["jenis_layanan"].isna().all():
        return []
    column = answers["jenis_layanan"]
    given = column.dropna().unique()
    if all(isinstance(value, str) for value in given):
        # Each distinct name stripped once (a survey repeats a few names 100k times).
        labels = column.map({value: value.strip() for value in given})
    else:  # numbers among the names: 1, 1.0 and TRUE must stay apart
        labels = column.where(column.isna(), column.astype(str).str.strip())
    labels = labels.fillna("(tidak diisi)")
    # One grouped sum of the answers, not a copy of the frame per service.
    grouped = answers[ANSWER_COLUMNS].groupby(labels, sort=True)
    sums, sizes = grouped.sum(), grouped.size()
    results = [(label, skm_from_totals(tuple(int(t) for t in totals), int(sizes[label]),
                                       skm.rules, skm.weight_mode))
               for label, totals in zip(sums.index, sums.itertuples(index=False))]
    return sorted(results, key=lambda item: (-item[1].n, item[0]))
