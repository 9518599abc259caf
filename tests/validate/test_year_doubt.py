"""A Tahun the data do not bear out is warned (a new user's trial: Tahun 2024
typed over 2025's registers gave an ordinary-looking report of 0 %)."""

from __future__ import annotations

import shutil

import openpyxl

from iku_excel.pipeline import EXAMPLE_DIR, analyse


def _with_tahun(tmp_path, tahun):
    folder = tmp_path / "in"
    shutil.copytree(EXAMPLE_DIR, folder)
    path = folder / "Pengaturan_IKU_2017.xlsx"
    book = openpyxl.load_workbook(path)
    sheet = book["Pengaturan"] if "Pengaturan" in book.sheetnames else book.active
    for row in sheet.iter_rows():
        if row[0].value == "Tahun":
            row[1].value = tahun
    book.save(path)
    return folder


def test_a_tahun_before_the_data_is_warned(tmp_path):
    run = analyse(_with_tahun(tmp_path, 2016))
    said = [f for f in run.findings if f.code == "tahun_mungkin_salah"]
    assert len(said) == 1
    assert said[0].params["tahun"] == 2016 and said[0].params["tahun_lain"] == 2017
    assert said[0].params["jumlah_lain"] > 2 * said[0].params["jumlah"]


def test_the_example_itself_is_not_warned():
    # Its register holds 2015's rows beside 2016's and 2017's: a few, not most.
    run = analyse(EXAMPLE_DIR)
    assert not [f for f in run.findings if f.code == "tahun_mungkin_salah"]


def test_an_own_catalogues_tables_are_weighed_too(tmp_path):
    """Kecamatan Cerme's 2024 tables under a settings Tahun of 2023."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[1] / "catalogue"))
    import cerme

    folder = cerme.make_folder(tmp_path / "input")
    settings = folder / "Pengaturan dan IKU Cerme 2024.xlsx"
    book = openpyxl.load_workbook(settings)
    for row in book["Pengaturan"].iter_rows():
        if row[0].value == "Tahun":
            row[1].value = 2023
    book.save(settings)
    run = analyse(folder)
    said = [f.params for f in run.findings if f.code == "tahun_mungkin_salah"]
    assert [(p["tahun"], p["tahun_lain"]) for p in said] == [(2023, 2024)]
