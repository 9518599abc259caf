"""The settings sheet (Uraian | Isi) of the example report."""

from __future__ import annotations

import random
from pathlib import Path

from iku_excel.settings_keys import example_rows

from .common import (
    new_workbook,
    save_deterministic,
    set_widths,
    write_header,
    write_row,
    write_titles,
)

# --------------------------------------------------------------------------

# The example report's settings, from the tool's own table of settings.
PENGATURAN = example_rows()


def make_pengaturan(outdir: Path, rng: random.Random) -> Path:
    wb = new_workbook()
    ws = wb.active
    ws.title = "Pengaturan"
    row = write_titles(ws, ["PENGATURAN LAPORAN IKU KECAMATAN"], 2)
    row = write_header(ws, row, ["Uraian", "Isi"])
    for uraian, isi in PENGATURAN:
        row = write_row(ws, row, [uraian, isi])
        # Text such as the NIP must stay text, never be coerced to a number.
        if isinstance(isi, str):
            ws.cell(row=row - 1, column=2).number_format = "@"
    set_widths(ws, [48, 30])
    path = outdir / "Pengaturan_IKU_2017.xlsx"
    save_deterministic(wb, path)
    return path
