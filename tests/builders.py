"""Build small input workbooks the way staff keep them, with openpyxl."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl


def write_table(path: Path, header: Sequence[Any], rows: Sequence[Sequence[Any]],
                sheet: str = "Data", titles: Sequence[str] = ("DATA",),
                numbering: bool = False, footer: Sequence[Sequence[Any]] = (),
                extra_sheets: dict[str, tuple] | None = None) -> Path:
    """Title rows, a blank row, the header, optional 1|2|3 row, data, footer."""
    book = openpyxl.Workbook()
    _fill(book.active, sheet, header, rows, titles, numbering, footer)
    for name, (h, r) in (extra_sheets or {}).items():
        _fill(book.create_sheet(), name, h, r, titles, numbering, ())
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def _fill(ws, name, header, rows, titles, numbering, footer) -> None:
    ws.title = name
    for title in titles:
        ws.append([title])
    ws.append([])
    ws.append(list(header))
    if numbering:
        ws.append(list(range(1, len(header) + 1)))
    for row in rows:
        ws.append(list(row))
    for row in footer:
        ws.append(list(row))


def write_settings(path: Path, items: dict[str, Any]) -> Path:
    return write_table(path, ["Uraian", "Isi"], list(items.items()), sheet="Pengaturan",
                       titles=("PENGATURAN",))


BASE_SETTINGS = {
    "Kecamatan": "Benjeng", "Kabupaten": "Gresik", "Tahun": 2017,
    "Nama Camat": "NURYADI, S.Pd. MM.", "Pangkat": "Pembina Tingkat I",
    "NIP": "19671020 198803 1 009",
    "Target SKM": 80, "Target Penurunan Pelanggaran Perda (%)": -20,
    "Target Konflik Ditindaklanjuti (%)": 90, "Target Partisipasi Musrenbang (%)": 90,
    "Target Usulan Direkomendasikan (%)": 75, "Target Ormas Dibina (%)": 80,
    "Target Lembaga Ekonomi Dibina (%)": 75,
}

SKM_HEADER = ["No", "Tanggal"] + [f"U{i}" for i in range(1, 10)]
