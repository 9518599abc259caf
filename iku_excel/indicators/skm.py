"""The survey index (IKM/SKM): NRR per element, weighted sum, x 25, rounded
half away from zero to 2 decimals; then the grade of the rule set.

Computed on fractions so no binary rounding can tip a boundary value.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import pandas as pd

from iku_excel.indicators.skm_rules import Grade, RuleSet, answer_columns, weight_of
from iku_excel.rounding import round_half_away

ANSWER_COLUMNS = answer_columns(9)  # the nine of 16/2014 and 14/2017; rules.columns in general


@dataclass(frozen=True)
class SkmResult:
    rules: RuleSet
    weight_mode: str
    n: int
    totals: tuple[int, ...]          # Σ answers per element, U1..Un
    nrr: tuple[Fraction, ...]        # totals / n
    weight: Fraction
    nilai_exact: Fraction            # Σ NRR x weight x 25, unrounded
    nilai: float                     # rounded to 2 decimals, half away from zero
    grade: Grade

    @property
    def nrr_tertimbang(self) -> tuple[Fraction, ...]:
        return tuple(v * self.weight for v in self.nrr)

    @property
    def count(self) -> int:
        """The number of elements: 9, or 14 under KepMenPAN 25/2004."""
        return len(self.totals)

    @property
    def index_1_4(self) -> Fraction:
        return sum(self.nrr_tertimbang, Fraction(0))


def compute_skm(answers: pd.DataFrame, rules: RuleSet, weight_mode: str = "tepat",
                ) -> SkmResult | None:
    """None when there is no complete questionnaire (n = 0)."""
    n = len(answers)
    if n == 0:
        return None
    totals = tuple(int(t) for t in answers[rules.columns].sum(axis=0).tolist())
    return skm_from_totals(totals, n, rules, weight_mode)


def skm_from_totals(totals: tuple[int, ...], n: int, rules: RuleSet,
                    weight_mode: str = "tepat") -> SkmResult:
    if len(totals) != rules.count:
        raise ValueError(f"{len(totals)} element totals for the {rules.count} of {rules.code}")
    weight = weight_of(weight_mode, len(totals))
    nrr = tuple(Fraction(t, n) for t in totals)
    exact = sum((v * weight for v in nrr), Fraction(0)) * 25
    nilai = round_half_away(exact, 2)
    return SkmResult(rules, weight_mode, n, totals, nrr, weight, exact, nilai,
                     rules.grade(nilai))
