"""The settings sheet (Uraian | Isi) of the example report."""

from __future__ import annotations

import random
from pathlib import Path

from .common import (
    CAMAT,
    new_workbook,
    save_deterministic,
    set_widths,
    write_header,
    write_row,
    write_titles,
)

# --------------------------------------------------------------------------

PENGATURAN = [
    ("Kecamatan", "Benjeng"),
    ("Kabupaten", "Gresik"),
    ("Tahun", 2017),
    ("Tempat Penandatanganan", "Benjeng"),
    ("Tanggal Penandatanganan", "Januari 2017"),
    ("Nama Camat", CAMAT),
    ("Pangkat", "Pembina Tingkat I"),
    ("NIP", "19671020 198803 1 009"),
    ("Aturan SKM", "PermenPAN-RB 16/2014"),
    ("Bobot SKM", "Tepat (1/9)"),
    ("Rumus Penurunan Pelanggaran Perda", "Sesuai dokumen IKU"),
    ("Jumlah Pelanggaran Perda Tahun Sebelumnya", None),
    ("Jumlah Pengguna Layanan (untuk cek sampel SKM)", None),
    ("Ukuran Kertas", "F4"),
    ("Target SKM", 80),
    ("Target Penurunan Pelanggaran Perda (%)", -20),
    ("Target Konflik Ditindaklanjuti (%)", 90),
    ("Target Partisipasi Musrenbang (%)", 90),
    ("Target Usulan Direkomendasikan (%)", 75),
    ("Target Ormas Dibina (%)", 80),
    ("Target Lembaga Ekonomi Dibina (%)", 75),
]


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
