"""A catalogue row reaching a built-in source by its name, with the field
names the template shows: `Field = Ya` is that source's own validated answer
(its special rules applied), any other field is compared as written."""

from __future__ import annotations

import datetime as dt

from builders import write_settings, write_table

from iku_excel.catalogue.builtin import builtin_source, field_of
from iku_excel.pipeline import analyse
from iku_excel.schema import KONFLIK, USULAN

HEADER = ["No", "Kode", "Indikator Kinerja Utama", "Sasaran Strategis", "Sumber Data",
          "Penanggung Jawab", "Satuan", "Cara Hitung", "Tabel", "Syarat Pembilang",
          "Syarat Penyebut", "Arah"]


def test_names_and_fields_as_the_template_shows_them():
    assert builtin_source("Usulan Musrenbang") is USULAN
    assert builtin_source("laporan kejadian bulanan") is KONFLIK
    assert builtin_source("Survey SKM").code == "skm"
    assert builtin_source("Pengaduan") is None
    assert field_of(USULAN, "Keterangan") == field_of(USULAN, "Direkomendasikan") \
        == "direkomendasikan"
    assert field_of(KONFLIK, "Tindak Lanjut") == "tindak_lanjut"


def test_yes_is_the_sources_own_answer_and_other_fields_compare_as_written(tmp_path):
    folder = tmp_path / "input"
    write_settings(folder / "Pengaturan.xlsx", {"Kecamatan": "Benjeng", "Tahun": 2017})
    # Usulan: Keterangan holds the decision; 'Tidak Direkomendasikan' is no.
    write_table(folder / "Usulan.xlsx",
                ["No", "Desa", "Usulan Program/Kegiatan", "Bidang", "Keterangan"],
                [[1, "Dermo", "Jalan", "Infrastruktur", "Direkomendasikan"],
                 [2, "Lundo", "Saluran", "Infrastruktur", "Tidak Direkomendasikan"],
                 [3, "Metatu", "Pelatihan", "Ekonomi", "Prioritas"],
                 [4, "Banter", "Posyandu", "Kesehatan", "Ditolak"]], sheet="Usulan")
    # Konflik: a blank status counts as not followed up (the source's own rule, warned).
    write_table(folder / "Konflik.xlsx", ["No", "Tanggal", "Desa", "Jenis Konflik", "Status"],
                [[1, dt.datetime(2017, 2, 1), "Dermo", "Tanah", "Selesai"],
                 [2, dt.datetime(2017, 3, 1), "Lundo", "Tanah", None],
                 [3, dt.datetime(2017, 4, 1), "Metatu", "Warisan", "Proses"]], sheet="Konflik")
    base = [1, None, "Indikator", "Sasaran", "Data", "Kecamatan", "%", "Persentase"]
    rows = [
        # Keterangan = Ya: recommended or prioritised: 2 of 4 = 50 %.
        [*base[:1], "usulan_keterangan", *base[2:], "Usulan Musrenbang", "Keterangan = Ya", None,
         "Naik"],
        # Infrastructure proposals recommended: 1 of the 2 infrastructure ones = 50 %.
        [*base[:1], "usulan_infrastruktur", *base[2:], "Usulan Musrenbang",
         "Direkomendasikan = Ya", "Bidang = Infrastruktur", "Naik"],
        # Conflicts over land followed up: 1 of 2 (the blank status is no).
        [*base[:1], "konflik_tanah", *base[2:], "Konflik", "Status = Ya",
         "Jenis Konflik = Tanah", "Naik"],
    ]
    write_table(folder / "Indikator.xlsx", HEADER, rows, sheet="Indikator")
    run = analyse(folder)
    got = {k: (r.nilai, r.pembilang, r.penyebut) for k, r in run.results.items()}
    assert got == {"usulan_keterangan": (50.0, 2, 4), "usulan_infrastruktur": (50.0, 1, 2),
                   "konflik_tanah": (50.0, 1, 2)}
    assert [f.row for f in run.findings if f.code == "nilai_kosong_dianggap_tidak"] == [5]
    # Only the sources the catalogue counts are read and checked.
    assert "sumber_tidak_ada" not in {f.code for f in run.findings}


def test_a_kolom_tanggal_a_built_in_source_lacks_is_said(tmp_path):
    """A date heading the survey lacks: its own Tanggal still places
    the rows (never silent); the note names what was used."""
    import shutil

    import openpyxl

    from iku_excel.catalogue.bundled import bundled_cells
    from iku_excel.pipeline import EXAMPLE_DIR, analyse

    folder = tmp_path / "in"
    shutil.copytree(EXAMPLE_DIR, folder)
    header, *body = bundled_cells()
    kolom = header.index("Kolom Tanggal")
    kode = header.index("Kode")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Indikator"
    sheet.append(header)
    for cells in body:
        cells = list(cells)
        if cells[kode] == "skm":
            cells[kolom] = "Waktu Isi Kuesioner"
        sheet.append([int(v) if v.isdigit() else (v or None) for v in cells])
    book.save(folder / "Indikator.xlsx")
    run = analyse(folder)
    said = [(f.sheet, f.column, f.value, f.params["dipakai"]) for f in run.findings
            if f.code == "katalog_kolom_tanggal_bawaan"]
    assert said == [("Indikator", "Kolom Tanggal", "Waktu Isi Kuesioner", "Tanggal")]
    assert run.results["skm"].nilai == analyse(EXAMPLE_DIR).results["skm"].nilai
