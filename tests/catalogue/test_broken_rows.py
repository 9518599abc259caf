"""Every kind of broken catalogue row: a galat on its cell (catalogue.md:
file, sheet, row, column), `-` with the reason for that indicator only, and
every other indicator counted as before."""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest

from iku_excel.pipeline import analyse

sys.path.insert(0, str(Path(__file__).parent))
from cerme import CATALOGUE, HEADER, make_folder, settings_workbook  # noqa: E402

SETTINGS_FILE = "Pengaturan dan IKU Cerme 2024.xlsx"
FIRST = 4  # Excel row of the first catalogue row (a title, a blank row, the header)


def row(kode, cara="Persentase", tabel="Pengaduan", syarat="Status = Selesai", arah="Naik",
        realisasi=None, nama=None):
    return [9, "Sasaran uji", nama or f"Indikator uji {kode}", None, None, None, "Register",
            "Kecamatan", kode, None, "%", cara, tabel, syarat, None, None, None, arah, 80,
            realisasi]


# (the row, the finding's code, the column it names)
BROKEN = [
    (row("cara_salah", cara="Persen kumulatif"), "katalog_cara_hitung", "Cara Hitung"),
    (row("kolom_salah", syarat="Status Akhir = Selesai"), "katalog_kolom_tabel",
     "Syarat Pembilang"),
    (row("tabel_salah", tabel="Register Bansos"), "katalog_tabel_tidak_ada", "Tabel"),
    (row("apbdes_tepat_waktu"), "katalog_kode_ganda", "Kode"),
    (row("syarat_salah", syarat="Status Selesai"), "katalog_syarat", "Syarat Pembilang"),
    (row("Pengaduan Baru"), "katalog_kode", "Kode"),
    (row("arah_salah", arah="Naik-Turun"), "katalog_arah", "Arah"),
    (row("nilai_kosong", cara="Nilai", tabel=None, syarat=None), "katalog_isian_kosong",
     "Realisasi"),
]


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    folder = make_folder(tmp_path_factory.mktemp("broken") / "input")
    catalogue = [*CATALOGUE, [None] * len(HEADER), *(r for r, _, _ in BROKEN)]  # a spacer row
    settings_workbook(folder / SETTINGS_FILE, catalogue)
    return analyse(folder)


@pytest.mark.parametrize("index", range(len(BROKEN)))
def test_each_broken_row_is_a_galat_on_its_cell(broken, index):
    _, code, column = BROKEN[index]
    excel_row = FIRST + len(CATALOGUE) + 1 + index  # after the good rows and the spacer
    hits = [f for f in broken.findings if f.code == code and f.row == excel_row]
    assert [(f.file, f.sheet, f.column) for f in hits] == [(SETTINGS_FILE, "Indikator", column)]
    key = list(broken.results)[len(CATALOGUE) + index]
    result = broken.results[key]
    assert result.nilai is None and result.sebab and result.capaian.nilai is None


def test_the_others_are_counted_and_every_row_has_its_entry(broken):
    keys = list(broken.results)
    assert keys[:len(CATALOGUE)] == [r[8] for r in CATALOGUE]
    # One entry per row: the later duplicate and the bad Kode keep keys of their own.
    assert keys[len(CATALOGUE):] == ["cara_salah", "kolom_salah", "tabel_salah",
                                     f"apbdes_tepat_waktu_baris_{FIRST + len(CATALOGUE) + 4}",
                                     "syarat_salah", "Pengaduan Baru", "arah_salah",
                                     "nilai_kosong"]
    got = {k: broken.results[k].nilai for k in keys[:len(CATALOGUE)]}
    assert got["pengaduan_selesai"] == 70.0 and got["apbdes_tepat_waktu"] == 72.0
    assert got["kegiatan_pembinaan"] == 14.0 and got["nilai_sakip"] == 72.5
    assert "katalog_kolom_lain" not in {f.code for f in broken.findings}


def test_a_missing_column_names_what_the_table_has(broken):
    hit = next(f for f in broken.findings if f.code == "katalog_kolom_tabel")
    assert hit.params["kolom_tabel"] == "Status Akhir"
    assert "Status" in hit.params["ada"] and hit.params["mirip"] == 'Mungkin maksudnya "Status".'
    tabel = next(f for f in broken.findings if f.code == "katalog_tabel_tidak_ada")
    assert "Keuangan Desa.xlsx / Realisasi APBDes 2024" in tabel.params["lembar_dilihat"]
    syarat = next(f for f in broken.findings if f.code == "katalog_syarat")
    assert syarat.params["posisi"] == len("Status Selesai") + 1


def test_a_sheet_lacking_a_needed_column(tmp_path):
    """No Arah column: one galat on the header row, and every indicator is `-`."""
    folder = make_folder(tmp_path / "input")
    index = HEADER.index("Arah")
    header = HEADER[:index] + ["Catatan Kasubag"] + HEADER[index + 1:]
    settings_workbook(folder / SETTINGS_FILE, CATALOGUE, header)
    run = analyse(folder)
    missing = [(f.sheet, f.row, f.params["kolom"]) for f in run.findings
               if f.code == "katalog_kolom_tidak_ada"]
    assert missing == [("Indikator", FIRST - 1, "Arah")]
    extra = [f.params["kolom"] for f in run.findings if f.code == "katalog_kolom_lain"]
    assert extra == ["Catatan Kasubag"]  # kept out, with a note
    assert all(r.nilai is None for r in run.results.values())


def test_without_tugas_fungsi_a_custom_catalogue_prints_none(tmp_path):
    folder = make_folder(tmp_path / "input")
    settings_workbook(folder / SETTINGS_FILE, tugas=None)
    run = analyse(folder)
    assert run.catalogue.tugas_fungsi is None
    assert [(f.file, f.sheet) for f in run.findings if f.code == "katalog_tanpa_tugas_fungsi"] \
        == [(SETTINGS_FILE, "Indikator")]


def test_catalogue_target_wins_over_the_settings_with_a_note(tmp_path):
    """A Benjeng Kode keeps its settings Target row; the catalogue's target wins."""
    folder = make_folder(tmp_path / "input")
    catalogue = [list(r) for r in CATALOGUE]
    catalogue[0][8] = "skm"  # the survey index under the Benjeng Kode, target 85
    settings_workbook(folder / SETTINGS_FILE, catalogue)
    path = folder / SETTINGS_FILE
    book = openpyxl.load_workbook(path)
    book["Pengaturan"].append(["Target SKM", 80])
    book.save(path)
    run = analyse(folder)
    assert run.results["skm"].target.low == 85
    notes = [f.params for f in run.findings if f.code == "katalog_target_beda"]
    assert notes == [{"indikator": "IKM", "katalog": "85", "pengaturan": "80"}]


def test_a_tabel_whose_sheet_holds_no_header(tmp_path):
    """A sheet named by the Tabel but holding only lines of text: a galat, never a count of 0."""
    folder = make_folder(tmp_path / "input")
    catalogue = [*CATALOGUE, row("catatan_rapat", cara="Jumlah", tabel="Catatan Rapat",
                                 syarat=None)]
    settings_workbook(folder / SETTINGS_FILE, catalogue)
    book = openpyxl.Workbook()
    book.active.title = "Catatan Rapat"
    for line in ("Rapat koordinasi 5 Januari", "Rapat koordinasi 9 Februari"):
        book.active.append([line])
    book.save(folder / "Catatan.xlsx")
    run = analyse(folder)
    hits = [(f.row, f.column, f.params["lembar_tabel"]) for f in run.findings
            if f.code == "katalog_tabel_tanpa_judul"]
    assert hits == [(FIRST + len(CATALOGUE), "Tabel", "Catatan.xlsx / Catatan Rapat")]
    assert run.results["catatan_rapat"].nilai is None


def test_an_empty_sumber_data_or_penanggung_jawab_is_warned_and_counted(tmp_path):
    """Only printed on the IKU sheet: the figure is computed all the same."""
    folder = make_folder(tmp_path / "input")
    bare = row("pengaduan_uji")
    bare[6] = bare[7] = None   # Sumber Data, Penanggung Jawab
    settings_workbook(folder / SETTINGS_FILE, [*CATALOGUE, bare])
    run = analyse(folder)
    excel_row = FIRST + len(CATALOGUE)
    said = sorted((f.row, f.column) for f in run.findings if f.code == "katalog_cetak_kosong")
    assert said == [(excel_row, "Penanggung Jawab"), (excel_row, "Sumber Data")]
    result = run.results["pengaduan_uji"]
    # The same rows as pengaduan_selesai's numerator, over every 2024 row (no Syarat Penyebut).
    assert result.nilai is not None and result.pembilang == 7 and result.penyebut == 11
