"""The Tugas Fungsi block from its lines (catalogue.md): one line each, the
first the tugas pokok unless it is already a lettered item; the letters
staff typed (a., b), 1.) are dropped, the IKU sheet letters the items itself."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from iku_excel.catalogue.model import Place, TugasFungsi
from iku_excel.values import is_blank, norm_text

_MARK = re.compile(r"^\s*(?:[a-zA-Z]|\d{1,2})\s*[.)]\s+")
# A first line that only heads the sheet.
_TITLES = {"tugas fungsi", "tugas dan fungsi", "tugas pokok dan fungsi", "tupoksi",
           "tugas pokok fungsi", "fungsi"}


def tugas_fungsi(lines: Iterable[Any], place: Place | None = None) -> TugasFungsi | None:
    """None when no line is written."""
    texts = [" ".join(str(v).split()) for v in lines if not is_blank(v)]
    if texts and norm_text(texts[0]) in _TITLES:
        texts = texts[1:]
    if not texts:
        return None
    pokok = None if _MARK.match(texts[0]) else texts[0]
    items = texts[1:] if pokok is not None else texts
    return TugasFungsi(pokok, tuple(_MARK.sub("", item, count=1) for item in items), place)


def letter(index: int) -> str:
    """a, b, ... z, then aa, ab: the item's letter on the IKU sheet."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    if index < len(letters):
        return letters[index]
    return letters[index // len(letters) - 1] + letters[index % len(letters)]
