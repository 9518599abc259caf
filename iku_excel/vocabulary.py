"""The words staff write for yes and no, per meaning (inputs.md, "What the
words mean"). Matching is on the whole normalised phrase, never on a part of
it: 'Tidak Direkomendasikan' contains 'Direkomendasikan' and means no."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from iku_excel.values import is_blank, is_tick, norm_text


@dataclass(frozen=True)
class Vocabulary:
    name: str
    yes: frozenset[str]
    no: frozenset[str]
    tick_is_yes: bool = True

    def classify(self, value: Any) -> bool | None:
        """True / False, or None when the word is not one we know."""
        if is_blank(value):
            return None
        if self.tick_is_yes and is_tick(value):
            return True
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if not math.isfinite(value):
                return None
            value = str(int(value)) if value == int(value) else str(value)
        if isinstance(value, bool):
            return value
        word = norm_text(value)
        if word in self.yes:
            return True
        if word in self.no:
            return False
        return None


def _words(*phrases: str) -> frozenset[str]:
    return frozenset(norm_text(p) for p in phrases)


FOLLOWED_UP = Vocabulary(
    "tindak lanjut",
    yes=_words("ya", "y", "sudah", "selesai", "proses", "dalam proses", "diproses",
               "difasilitasi", "ditindaklanjuti", "sudah ditindaklanjuti",
               "sudah difasilitasi", "tuntas", "damai", "1"),
    no=_words("tidak", "t", "belum", "belum ditindaklanjuti", "tidak ditindaklanjuti",
              "belum difasilitasi", "0"),
)

RECOMMENDED = Vocabulary(
    "rekomendasi",
    yes=_words("ya", "y", "direkomendasikan", "rekomendasi", "prioritas", "diprioritaskan",
               "disetujui", "diterima", "1"),
    no=_words("tidak", "t", "tidak direkomendasikan", "belum direkomendasikan", "ditolak",
              "tidak disetujui", "tidak diterima", "tidak prioritas", "0"),
)

GUIDED = Vocabulary(
    "pembinaan",
    yes=_words("ya", "y", "sudah", "dibina", "sudah dibina", "1"),
    no=_words("tidak", "t", "belum", "tidak dibina", "belum dibina", "0"),
)

PRESENT = Vocabulary(
    "kehadiran",
    yes=_words("ya", "y", "hadir", "h", "1"),
    no=_words("tidak", "t", "tidak hadir", "absen", "a", "0", "izin", "ijin", "sakit", "-", ""),
)
