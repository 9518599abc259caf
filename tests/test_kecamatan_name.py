"""The kecamatan as the settings write it ('Kec. Benjeng', 'KECAMATAN
BENJENG') is printed as officially spelled, and its desa list is used; a
kecamatan without a desa list is said, never silent (a tester's B4)."""

from __future__ import annotations

import openpyxl
import pytest
from builders import BASE_SETTINGS, write_settings, write_table

from iku_excel.cli import main
from iku_excel.pipeline import analyse

LEMBAGA = ["No", "Nama Lembaga", "Jenis", "Desa", "Dibina"]
ROWS = [[1, "BUMDes A", "BUMDes", "Dermo", "Ya"], [2, "UPK D", "UPK", "Dermoo", "Sudah"]]


def _folder(folder, kecamatan, **more):
    write_settings(folder / "pengaturan.xlsx", {**BASE_SETTINGS, "Kecamatan": kecamatan, **more})
    write_table(folder / "lembaga.xlsx", LEMBAGA, ROWS)
    return folder


@pytest.mark.parametrize("written", ["Kec. Benjeng", "Kecamatan Benjeng", "KEC BENJENG",
                                     " benjeng "])
def test_a_prefixed_kecamatan_is_the_listed_one_and_its_desa_are_checked(tmp_path, written):
    run = analyse(_folder(tmp_path, written))
    assert run.settings.kecamatan == "Benjeng"
    codes = [(f.code, f.file, f.value) for f in run.findings]
    assert ("kecamatan_ejaan", "pengaturan.xlsx", written.strip()) in codes
    # The desa check is on: "Dermoo" is warned with the closest desa.
    desa = [f for f in run.findings if f.code == "desa_tidak_dikenal"]
    assert [(f.row, f.value, f.params["saran"]) for f in desa] == [
        (5, "Dermoo", "Mungkin maksudnya Dermo.")]
    assert "desa_tanpa_daftar" not in [c[0] for c in codes]


def test_the_official_spelling_is_printed_on_the_signed_page_and_the_file(tmp_path):
    folder = _folder(tmp_path / "in", "Kec. Benjeng")
    assert main(["run", "--input", str(folder), "--output", str(tmp_path / "out"),
                 "--tanpa-pdf"]) in (0, 1)
    path = tmp_path / "out" / "IKU_Kecamatan_Benjeng_2017.xlsx"
    assert path.exists()
    texts = [str(c.value) for row in openpyxl.load_workbook(path)["IKU"].iter_rows()
             for c in row if c.value is not None]
    assert "KECAMATAN BENJENG" in texts and "CAMAT BENJENG" in texts
    assert not [t for t in texts if "KEC." in t.upper()]


def test_another_gresik_kecamatan_is_checked_against_its_own_desa(tmp_path):
    """Cerme's desa are bundled too: Benjeng's Dermo is none of them."""
    run = analyse(_folder(tmp_path, "KEC. CERME"))
    assert run.settings.kecamatan == "Cerme"
    codes = [f.code for f in run.findings]
    assert "desa_tanpa_daftar" not in codes
    assert sorted(f.value for f in run.findings if f.code == "desa_tidak_dikenal") == [
        "Dermo", "Dermoo"]


def test_an_unknown_kecamatan_keeps_its_name_without_the_prefix(tmp_path):
    run = analyse(_folder(tmp_path, "Kec. Sukamaju", Kabupaten="Lamongan"))
    assert run.settings.kecamatan == "Sukamaju"
    found = {f.code: f for f in run.findings}
    assert found["kecamatan_ejaan"].params["resmi"] == "Sukamaju"
    assert found["desa_tanpa_daftar"].params["kecamatan"] == "Sukamaju"


def test_a_slip_of_a_letter_is_matched_with_a_warning(tmp_path):
    run = analyse(_folder(tmp_path, "Benjheng"))
    assert run.settings.kecamatan == "Benjeng"
    assert [f.params["resmi"] for f in run.findings if f.code == "kecamatan_mirip"] == ["Benjeng"]
