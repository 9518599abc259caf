"""Checks around the survey index that do not change it: sample size,
closeness to a grade boundary, the rule set's age; and the index per
service type."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pandas as pd

from iku_excel.findings import Finding
from iku_excel.indicators.skm import SkmResult, skm_from_totals
from iku_excel.rounding import round_half_away

NEAR_BOUNDARY = 0.05
RULE_SET_REPLACED_IN = 2018  # PermenPAN-RB 14/2017 replaced 16/2014
KEPMENPAN_REPLACED_IN = 2014  # PermenPAN-RB 16/2014 replaced KepMenPAN 25/2004
# The Krejcie & Morgan table annexed to PermenPAN-RB 14/2017 ends at 384
# respondents (N = 1,000,000; the formula's limit is 3.841 x 0.25 / 0.0025 =
# 384.1): the one sample that is enough whatever the number of users.
ANY_POPULATION_SAMPLE = 384
# KepMenPAN 25/2004 fixes its own minimum: (14 elements + 1) x 10 = 150
# respondents, "dari jumlah populasi penerima layanan".
KEPMENPAN_2004_SAMPLE = 150


def krejcie_morgan(population: int) -> int:
    """Minimum sample for N service users (Krejcie & Morgan, chi² 3.841, P 0.5, d 0.05)."""
    if population <= 0:
        return 0
    chi, p, d = Fraction(3841, 1000), Fraction(1, 4), Fraction(1, 400)
    n = chi * population * p / (d * (population - 1) + chi * p)
    return int(round_half_away(n, 0))


def largest_population_covered(n: int) -> int | None:
    """The most service users for whom n respondents meet Krejcie & Morgan;
    None when n meets it for any number of users."""
    if n >= ANY_POPULATION_SAMPLE:
        return None
    low, high = n, 1_000_000  # krejcie_morgan(n) <= n; at 1,000,000 it is 384
    while low < high:  # the table grows with the population: bisect
        middle = (low + high + 1) // 2
        if krejcie_morgan(middle) <= n:
            low = middle
        else:
            high = middle - 1
    return low


def near_boundaries(skm: SkmResult) -> list[float]:
    """Grade boundaries (the value on either side of a cut) within 0.05 of the index."""
    close = []
    grades = skm.rules.grades
    for better, worse in zip(grades, grades[1:]):
        if min(abs(skm.nilai - better.lower), abs(skm.nilai - worse.upper)) <= NEAR_BOUNDARY + 1e-9:
            close.append(better.lower)
    return close


def skm_findings(skm: SkmResult, tahun: int, population: int | None) -> list[Finding]:
    findings = sample_findings(skm, population)
    for boundary in near_boundaries(skm):
        findings.append(Finding("skm_dekat_batas", params={
            "nilai": f"{skm.nilai:.2f}".replace(".", ","),
            "batas": f"{boundary:.2f}".replace(".", ","), "aturan": skm.rules.nama}))
    if tahun >= RULE_SET_REPLACED_IN and skm.rules.code == "16/2014":
        findings.append(Finding("skm_aturan_lama", params={"tahun": tahun}))
    if tahun >= KEPMENPAN_REPLACED_IN and skm.rules.code == "25/2004":
        findings.append(Finding("skm_aturan_2004", params={"tahun": tahun}))
    return findings


def sample_findings(skm: SkmResult, population: int | None) -> list[Finding]:
    """Too few respondents for the index to stand on.

    KepMenPAN 25/2004: 150, or every user when there are fewer. The later
    rule sets: Krejcie & Morgan for the number of users ("Jumlah Pengguna
    Layanan"); without it the minimum is not known, so a note gives the
    largest number of users the sample is enough for (a warning would stand
    on a number nobody gave)."""
    if skm.rules.code == "25/2004":
        minimum = KEPMENPAN_2004_SAMPLE if not population else min(KEPMENPAN_2004_SAMPLE,
                                                                     population)
        if skm.n < minimum:
            return [Finding("skm_sampel_kurang_2004", params={"n": skm.n, "minimum": minimum})]
        return []
    if population:
        minimum = krejcie_morgan(population)
        if skm.n < minimum:
            return [Finding("skm_sampel_kurang", params={
                "n": skm.n, "minimum": minimum, "populasi": population})]
        return []
    covered = largest_population_covered(skm.n)
    if covered is None:
        return []
    return [Finding("skm_sampel_tanpa_populasi", params={
        "n": skm.n, "populasi_maks": covered, "minimum": ANY_POPULATION_SAMPLE})]


def per_layanan(answers: pd.DataFrame, skm: SkmResult) -> list[tuple[str, SkmResult]]:
    """The index of each service type (jenis layanan), largest first."""
    if "jenis_layanan" not in answers:
        return []
    grouped = _service_groups(answers["jenis_layanan"])
    if grouped is None:
        return []
    groups, labels = grouped
    # Sums per service at C speed: one bincount per element over the group numbers.
    sizes = np.bincount(groups, minlength=len(labels))
    grid = answers[skm.rules.columns].to_numpy(dtype="int64")
    sums = np.column_stack([np.bincount(groups, weights=grid[:, j], minlength=len(labels))
                            for j in range(grid.shape[1])]).round().astype("int64")
    results = [(label, skm_from_totals(tuple(totals), int(size), skm.rules, skm.weight_mode))
               for label, size, totals in zip(labels, sizes.tolist(), sums.tolist()) if size]
    return sorted(results, key=lambda item: (-item[1].n, item[0]))


BLANK_SERVICE = "(tidak diisi)"


def _service_groups(column: pd.Series) -> tuple[np.ndarray, list[str]] | None:
    """Each row's group number, and each group's label: the name as written,
    stripped; BLANK_SERVICE where none is given. None when no row names one."""
    codes, distinct = pd.factorize(column)  # -1 where blank
    if not len(distinct):
        return None
    if not all(isinstance(value, str) for value in distinct):
        # Numbers among the names: as text, 1, 1.0 and TRUE stay apart (factorize joins them).
        codes, distinct = pd.factorize(column.where(column.isna(), column.astype(str)))
    # Each distinct name tidied once (a survey repeats a few names 100k times).
    names = [" ".join(value.split()) for value in distinct]
    # " KTP-el", "ktp-el" and "KTP-el" are one service, as in the respondents'
    # profile, named as most rows write it; the last key stands for blanks.
    keys = [name.casefold() for name in names]
    merged, unique = pd.factorize(np.array([*keys, BLANK_SERVICE.casefold()], dtype=object))
    rows = np.bincount(codes[codes >= 0], minlength=len(names))
    label: dict[int, int] = {}  # group -> the distinct name standing for it
    for i, group in enumerate(merged[:-1].tolist()):
        if group not in label or rows[i] > rows[label[group]]:
            label[group] = i
    labels = [names[label[g]] if g in label else BLANK_SERVICE for g in range(len(unique))]
    return merged[codes], labels
