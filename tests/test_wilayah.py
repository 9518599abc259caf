"""Desa lists per kecamatan (domain.md, catalogue issue): the desa check uses
the list of the kecamatan in the settings (bundled for Gresik's 18), or a
Daftar Desa sheet of the folder; a kecamatan without a list gets no desa
warnings, never another kecamatan's."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest
from builders import write_settings, write_table

from iku_excel.pipeline import analyse
from iku_excel.wilayah import _WILAYAH, known_desa, known_kecamatan, match_desa

KONFLIK = ["No", "Tanggal", "Desa", "Jenis Konflik", "Tindak Lanjut", "Status"]
# domain.md: Benjeng's 23 desa, unchanged by the Gresik lists.
BENJENG = ("Balongmojo Balongtunjung Banter Bengkelolor Bulangkulon Bulurejo Deliksumber Dermo "
           "Gluranploso Jatirembe Jogodalu Kalipadang Karangankidul Kedungrukem Kedungsekar "
           "Klampok Lundo Metatu Munggugebang Munggugianti Punduttrate Sedapurklagen "
           "Sirnoboyo").split()


def test_every_gresik_kecamatan_has_its_list():
    _, kecamatan = known_kecamatan("Kabupaten Gresik")
    gresik = _WILAYAH["Gresik"]
    assert sorted(gresik["desa"]) == sorted(kecamatan)
    assert sum(map(len, gresik["desa"].values())) == 330
    assert sum(map(len, gresik["kelurahan"].values())) == 26
    assert sorted(gresik["kelurahan"]) == ["Gresik", "Kebomas"]
    assert list(known_desa("Benjeng")) == BENJENG
    assert len(known_desa("Kebomas")) == 11 + 10  # its desa and kelurahan
    assert gresik["sumber"] and gresik["catatan"]  # where the lists come from, and doubts


def test_the_lists_hold_no_name_twice_within_a_kecamatan():
    for name in _WILAYAH["Gresik"]["kecamatan"]:
        places = [json.dumps(n).lower().replace(" ", "") for n in known_desa(name)]
        assert len(places) == len(set(places)), name


@pytest.mark.parametrize(("written", "kecamatan", "used"), [
    ("Desa Cerme Lor", "Cerme", "Cerme Lor"),
    ("KARANGKERING", "Kebomas", "Karangkiring"),     # a spelling BPS records
    ("Soko", "Wringinanom", "Sooko"),
    ("Kel. Kemuteran", "Gresik", "Kemuteran"),       # a kelurahan
])
def test_names_as_staff_write_them(written, kecamatan, used):
    assert match_desa(written, kecamatan) == (used, None)


def konflik_folder(tmp_path, kecamatan: str, desa: list[str]):
    folder = tmp_path / "input"
    write_settings(folder / "Pengaturan.xlsx", {"Kecamatan": kecamatan, "Tahun": 2024})
    rows = [[i, dt.datetime(2024, 3, i), name, "Sengketa", "Mediasi", "Selesai"]
            for i, name in enumerate(desa, start=1)]
    write_table(folder / "Konflik.xlsx", KONFLIK, rows, sheet="Konflik")
    return folder


def unknown(run) -> list[tuple[int, str, str]]:
    return [(f.row, f.value, f.params["saran"]) for f in run.findings
            if f.code == "desa_tidak_dikenal"]


def test_the_settings_kecamatan_list_is_used(tmp_path):
    folder = konflik_folder(tmp_path, "Cerme", ["Cerme Lor", "Dermo", "Gedangkulud", "Dooroo"])
    # Rows 4-7. Dermo is a desa of Benjeng, not of Cerme; Gedangkulud is Kepmendagri's spelling.
    assert unknown(analyse(folder)) == [(5, "Dermo", ""),
                                        (7, "Dooroo", "Mungkin maksudnya Dooro.")]


def test_a_kecamatan_without_a_list_gets_no_desa_warnings(tmp_path):
    folder = konflik_folder(tmp_path, "Sukodono", ["Dermo", "Sukodono", "Desa Entah"])
    assert unknown(analyse(folder)) == []


def test_a_daftar_desa_sheet_of_the_folder_is_the_list(tmp_path):
    folder = konflik_folder(tmp_path, "Sukodono", ["Pademonegoro", "Keloposepuluh", "Dermo"])
    book = openpyxl.load_workbook(folder / "Pengaturan.xlsx")
    daftar = book.create_sheet("Daftar Desa")
    for row in (["DAFTAR DESA KECAMATAN SUKODONO"], ["No", "Desa"], [1, "Pademonegoro"],
                [2, "Kelopo Sepuluh"]):
        daftar.append(row)
    book.save(folder / "Pengaturan.xlsx")
    run = analyse(folder)
    assert unknown(run) == [(6, "Dermo", "")]
    assert "lembar_tidak_dikenali" not in {f.code for f in run.findings}  # not read as data
