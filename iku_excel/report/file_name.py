"""The report's file name: IKU_Kecamatan_<name>_<year>[_TW<N>].xlsx, safe for any
file system and short enough for Windows' paths."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from iku_excel.report.model import ReportModel

ARCHIVE = "arsip"  # where an earlier report of the same name goes

# Windows' MAX_PATH is 260 characters with the closing NUL: every file a run
# writes, arsip/ included, stays within it (Excel itself opens nothing longer).
MAX_PATH = 259
NAME_CHARS, NAME_BYTES = 60, 150  # the kecamatan part; a file name is at most 255 bytes
# The most a report's name grows by on its way: in arsip/ with the email
# text's suffix and a numbered tag, or beside its held-open earlier self.
_GROWTH = len(f"{os.sep}{ARCHIVE}{os.sep}") + len("_email_20170101-000000_99.txt") + len(" (99)")


def report_name(model: ReportModel, folder: Path | None = None) -> str:
    """IKU_Kecamatan_<name>_<year>.xlsx; the name made safe for a file name
    and short enough for Windows' paths in `folder`."""
    # A quarterly report names its quarter (cycle.md): IKU_Kecamatan_Benjeng_2017_TW2.xlsx
    triwulan = getattr(model, "triwulan", None)
    period = f"{model.tahun}_TW{triwulan}" if triwulan else str(model.tahun)
    room = NAME_CHARS
    if folder is not None:
        fixed = len(str(folder.absolute())) + len(f"IKU_Kecamatan__{period}") + _GROWTH
        room = max(8, min(room, MAX_PATH - fixed))
    return f"IKU_Kecamatan_{safe_name(model.kecamatan, room)}_{period}.xlsx"


def safe_name(text: str, room: int = NAME_CHARS) -> str:
    """Letters, digits and their accents (composed where Unicode can, kept as
    combining marks where it cannot); anything else one "_"; at most `room`
    characters, never cut between a letter and its marks."""
    text = unicodedata.normalize("NFC", text.strip())
    kept = "".join(ch if ch.isalnum() or unicodedata.category(ch) in ("Mn", "Mc") else "_"
                   for ch in text)
    kept = "_".join(part for part in kept.split("_") if part)
    while kept and unicodedata.category(kept[0]) in ("Mn", "Mc"):
        kept = kept[1:]  # a mark with no letter before it
    cut = room
    while len(kept[:cut].encode("utf-8")) > NAME_BYTES:
        cut -= 1
    while 0 < cut < len(kept) and unicodedata.category(kept[cut]) in ("Mn", "Mc"):
        cut -= 1
    return kept[:cut].rstrip("_") or "Kecamatan"
