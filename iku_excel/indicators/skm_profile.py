"""The respondents' profile: counts per answer of each profile question.

Vectorised: a survey may hold 100k respondents; only distinct values pass
through Python.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from iku_excel.values import parse_number

QUESTIONS = (("jenis_kelamin", "Jenis Kelamin"), ("kelompok_umur", "Kelompok Umur"),
             ("pendidikan", "Pendidikan"), ("pekerjaan", "Pekerjaan"),
             ("jenis_layanan", "Jenis Layanan"))
AGE_BINS = (-1e-9, 20, 30, 40, 50, 200)
AGE_LABELS = ("20 tahun ke bawah", "21-30 tahun", "31-40 tahun", "41-50 tahun",
              "51 tahun ke atas")


@dataclass(frozen=True)
class ProfileBlock:
    key: str
    label: str
    counts: tuple[tuple[str, int], ...]   # (answer, respondents), in display order


def age_groups(umur: pd.Series) -> pd.Series:
    numbers = pd.to_numeric(umur, errors="coerce")
    rest = umur[numbers.isna() & umur.notna()]
    if not rest.empty:  # "35 tahun", "35,0": parse each distinct text once
        parsed = {value: _leading_number(value) for value in rest.unique()}
        numbers.loc[rest.index] = pd.to_numeric(rest.map(parsed), errors="coerce")
    return pd.cut(numbers, bins=list(AGE_BINS), labels=list(AGE_LABELS))


def _leading_number(value: object) -> float | None:
    match = re.match(r"\s*(\d+(?:[.,]\d+)?)", str(value))
    return parse_number(match.group(1)) if match else None


def profile(answers: pd.DataFrame) -> list[ProfileBlock]:
    blocks = []
    for key, label in QUESTIONS:
        if (key if key != "kelompok_umur" else "umur") not in answers:
            continue  # a frame made without the profile (a test's)
        if key == "kelompok_umur":
            counts = age_groups(answers["umur"]).value_counts(sort=False)
            pairs = [(str(k), int(v)) for k, v in counts.items() if v]
        else:
            # "p", "P" and "P " are one answer, shown as most respondents
            # wrote it (value_counts gives the most frequent spelling first).
            shown: dict[str, str] = {}
            merged: dict[str, int] = {}
            for value, count in answers[key].value_counts(dropna=True).items():
                text = " ".join(str(value).split())
                if text:
                    same = text.casefold()
                    shown.setdefault(same, text)
                    merged[same] = merged.get(same, 0) + int(count)
            pairs = sorted((shown[same], count) for same, count in merged.items())
        if pairs:
            blocks.append(ProfileBlock(key, label, tuple(pairs)))
    return blocks
