"""A register kept as a csv and saved again as xlsx (numbers and dates as
numbers and dates there, as text in the csv) holds the same rows: counted
once. A new user's trial (Kedamean): only the rows with a blank or text
Lama cell were matched, and the rest counted twice, 19/23 for 10/14."""

from __future__ import annotations

import datetime as dt

import openpyxl
from builders import BASE_SETTINGS, write_settings

from iku_excel.pipeline import analyse

HEADER = ["No", "Tanggal", "Nama Organisasi", "Desa", "Dibina", "Jumlah Anggota", "Iuran"]
ROWS = [(1, dt.date(2017, 2, 3), "Karang Taruna Dermo", "Dermo", "Ya", 25, 7.5),
        (2, dt.date(2017, 3, 9), "PKK Lundo", "Lundo", "Tidak", 40, 12.25),
        (3, dt.date(2017, 5, 1), "Remaja Masjid", "Metatu", "Ya", 18, "belum bayar")]


def test_a_csv_and_its_xlsx_copy_count_once(tmp_path):
    write_settings(tmp_path / "pengaturan.xlsx", BASE_SETTINGS)
    lines = ["DATA ORMAS KECAMATAN BENJENG", ";".join(HEADER)]
    # As the Indonesian Excel saves a csv: a decimal comma.
    lines += [";".join([str(n), d.strftime("%d/%m/%Y"), nama, desa, dibina, str(anggota),
                        f"{iuran:g}".replace(".", ",") if isinstance(iuran, float) else iuran])
              for n, d, nama, desa, dibina, anggota, iuran in ROWS]
    (tmp_path / "ormas_2017.csv").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["DATA ORMAS KECAMATAN BENJENG"])
    sheet.append(HEADER)
    for *row, anggota, iuran in ROWS:
        sheet.append([*row, str(anggota), iuran])  # the count typed into a text cell
    book.save(tmp_path / "ormas_2017 (olah).xlsx")
    run = analyse(tmp_path)
    result = run.results["ormas_dibina"]
    assert (result.pembilang, result.penyebut) == (2, 3)
    twice = [f for f in run.findings if f.code == "baris_ganda"]
    assert len(twice) == 1 and twice[0].params["jumlah"] == 3


def test_a_value_kept_as_text_is_the_value():
    """What drop_repeats compares (every column of a table a catalogue row
    names is compared, so 'Lama Penyelesaian' '3' in a csv must be 3)."""
    from iku_excel.reading.repeated_rows import _same

    assert _same("3") == _same(3.0) == _same(3) == 3
    assert _same("7,5") == _same(7.5)
    assert _same("03/01/2025") == _same(dt.datetime(2025, 1, 3, 0, 0)) == dt.date(2025, 1, 3)
    assert _same(" Selesai ") == _same("selesai")
    assert _same("3 hari") != _same(3)
