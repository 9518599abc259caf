"""Kecamatan input folders with their own figures, and reports made from
them by the real `run`, for the rekap tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl

from iku_excel.pipeline import EXAMPLE_DIR

SETTINGS_FILE = "Pengaturan_IKU_2017.xlsx"
ORMAS_FILE = "Data_Ormas_Kecamatan_Benjeng.xlsx"
# The example data's own figures (tests/test_example_data.py).
ORMAS_ROWS, ORMAS_DIBINA = 25, 18


def kecamatan_folder(base: Path, kecamatan: str, ormas_tidak: int = 0,
                     targets: dict[str, float] | None = None, tahun: int = 2017,
                     kabupaten: str = "Gresik") -> Path:
    """The example data as Kecamatan `kecamatan` keeps it: its own settings
    (name, signer, targets) and `ormas_tidak` of the ormas marked dibina
    turned to 'Tidak' (ormas realisasi (18 - k) / 25)."""
    folder = base / kecamatan
    shutil.copytree(EXAMPLE_DIR, folder)
    book = openpyxl.load_workbook(folder / SETTINGS_FILE)
    sheet = book.active
    for row in sheet.iter_rows(min_row=1):
        label, cell = row[0].value, row[1]
        if label == "Kecamatan":
            cell.value = kecamatan
        elif label == "Kabupaten":
            cell.value = kabupaten
        elif label == "Tahun":
            cell.value = tahun
        elif label == "Tempat Penandatanganan":
            cell.value = kecamatan
        elif label in (targets or {}):
            cell.value = targets[label]
    book.save(folder / SETTINGS_FILE)
    if ormas_tidak:
        book = openpyxl.load_workbook(folder / ORMAS_FILE)
        sheet = book.active
        turned = 0
        for row in sheet.iter_rows(min_row=7):
            if turned < ormas_tidak and row[5].value == "Ya":
                row[5].value = "Tidak"
                row[6].value = None  # no guidance, so no Tanggal Pembinaan either
                turned += 1
        book.save(folder / ORMAS_FILE)
    return folder
