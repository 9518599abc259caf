"""Two settings sheets in one folder (a tester's TT2): a blank template copy
is no settings; two that agree are read once; two that disagree make no
report, and the console names both places and the rows that differ."""

from __future__ import annotations

import openpyxl
import pytest
from builders import write_settings, write_table

from iku_excel.cli import main
from iku_excel.pipeline import NothingUsable, analyse
from iku_excel.template import write_template

KONFLIK = ["No", "Tanggal", "Desa", "Jenis Konflik", "Tindak Lanjut", "Status"]
CERME = {"Kecamatan": "Cerme", "Tahun": 2018, "Nama Camat": "Drs. BUDI SANTOSO",
         "Pangkat": "Pembina (IV/a)", "NIP": "19700101 199003 1 002",
         "Target Konflik Ditindaklanjuti (%)": 95}


def _fill_template(path, values, conflicts):
    book = openpyxl.load_workbook(path)
    for row in book["Pengaturan"].iter_rows(min_row=4):
        if row[0].value in values:
            row[1].value = values[row[0].value]
    for i, status in enumerate(conflicts, 1):
        book["Konflik"].append([i, f"0{i}/04/2018", "Cerme", "Sengketa", "-", "Mediasi", status])
    book.save(path)


def test_a_second_blank_template_beside_a_filled_one_changes_nothing(tmp_path, capsys):
    """Running `template` twice leaves a blank 'Isian_IKU (2).xlsx' beside the
    filled one: the report stays Cerme's, for 2018 (it was Benjeng 2017 with
    Cerme's rows dropped as another year's)."""
    folder = tmp_path / "input"
    first = write_template(folder / "Isian_IKU.xlsx")
    _fill_template(first, CERME, ["Sudah", "Sudah", "Belum"])
    second = write_template(folder / "Isian_IKU.xlsx")
    assert second.name == "Isian_IKU (2).xlsx"
    run = analyse(folder)
    assert (run.settings.kecamatan, run.tahun) == ("Cerme", 2018)
    assert run.settings.where == ("Isian_IKU.xlsx", "Pengaturan")
    result = run.results["konflik_ditindaklanjuti"]
    assert (result.pembilang, result.penyebut) == (2, 3)
    codes = [(f.code, f.file, f.sheet) for f in run.findings]
    assert ("pengaturan_kosong", "Isian_IKU (2).xlsx", "Pengaturan") in codes
    assert not [c for c in codes if c[0] in ("pengaturan_ganda", "baris_tahun_lain")]


def _two_sheets(folder, first, second):
    write_settings(folder / "pengaturan.xlsx", first)
    write_settings(folder / "Pengaturan lama.xlsx", second)
    write_table(folder / "konflik.xlsx", KONFLIK,
                [[1, "05/04/2018", "Cerme", "Sengketa", "-", "Sudah"]])


def test_two_settings_sheets_that_disagree_make_no_report(tmp_path, capsys):
    folder = tmp_path / "input"
    # An old copy of the template, filled in by someone else: another year.
    _two_sheets(folder, CERME, {**CERME, "Tahun": 2017, "Target SKM": 80})
    with pytest.raises(NothingUsable) as caught:
        analyse(folder)
    text = str(caught.value)
    assert "pengaturan.xlsx / lembar Pengaturan" in text
    assert "Pengaturan lama.xlsx / lembar Pengaturan" in text
    assert 'Tahun: "2017" di Pengaturan lama.xlsx, "2018" di pengaturan.xlsx' in text \
        or 'Tahun: "2018" di pengaturan.xlsx, "2017" di Pengaturan lama.xlsx' in text
    assert "Target SKM" in text
    code = main(["run", "--input", str(folder), "--output", str(tmp_path / "out"),
                 "--tanpa-pdf"])
    assert code == 2
    err = capsys.readouterr().err
    assert "Laporan TIDAK dibuat" in err and "Tahun" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.xlsx"))


def test_a_copy_that_says_less_and_nothing_else_is_read_once(tmp_path):
    folder = tmp_path / "input"
    _two_sheets(folder, CERME, {"Kecamatan": "Cerme", "Tahun": 2018})
    run = analyse(folder)
    assert run.settings.where == ("pengaturan.xlsx", "Pengaturan")
    assert run.settings.nama_camat == "Drs. BUDI SANTOSO"
    notes = [f for f in run.findings if f.code == "pengaturan_ganda"]
    assert len(notes) == 1 and "Pengaturan lama.xlsx" in notes[0].params["lain"]


def test_a_copy_with_one_more_row_is_a_disagreement(tmp_path):
    """A row only the smaller sheet fills would be lost silently: refused."""
    folder = tmp_path / "input"
    _two_sheets(folder, CERME, {"Kecamatan": "Cerme", "Tahun": 2018,
                                "Jumlah Pelanggaran Perda Tahun 2017": 12})
    with pytest.raises(NothingUsable) as caught:
        analyse(folder)
    assert 'Jumlah Pelanggaran Perda Tahun 2017: kosong di pengaturan.xlsx, "12"' in str(
        caught.value)


def test_the_same_kecamatan_spelled_two_ways_is_no_disagreement(tmp_path):
    folder = tmp_path / "input"
    _two_sheets(folder, CERME, {"Kecamatan": "KEC. CERME", "Tahun": 2018})
    run = analyse(folder)
    assert run.settings.kecamatan == "Cerme"
    assert [f.code for f in run.findings if f.code == "pengaturan_ganda"] == ["pengaturan_ganda"]
