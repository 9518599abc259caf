"""The suggestions (saran) respondents wrote, as the SKM sheet lists them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from iku_excel.indicators.results import Suggestion
from iku_excel.values import norm_text

if TYPE_CHECKING:
    import pandas as pd

# The report lists this many: a survey of 100k respondents may write 30k.
SARAN_SHOWN = 500

# What respondents write for "no suggestion": not a suggestion to list.
_NO_SUGGESTION = {"tidak ada", "tidak ada saran", "tdk ada", "nihil", "kosong", "belum ada"}


def is_suggestion(text: object) -> bool:
    """A suggestion has words: "-", "--", "." or "tidak ada" is none."""
    if not isinstance(text, str) or not any(ch.isalnum() for ch in text):
        return False
    return norm_text(text) not in _NO_SUGGESTION


def suggestions(answers: pd.DataFrame) -> tuple[tuple[Suggestion, ...], bool]:
    """The first SARAN_SHOWN suggestions in the order of the answers, and
    whether there are more (found without a pass over 100k rows)."""
    saran: list[Suggestion] = []
    if "saran" not in answers:
        return (), False
    for sheet, row, text in zip(answers["sheet"], answers["row"], answers["saran"]):
        if is_suggestion(text):
            if len(saran) == SARAN_SHOWN:
                return tuple(saran), True
            saran.append(Suggestion(sheet, row, text.strip()))
    return tuple(saran), False
