"""A register with a column per year: year n's is read, the others named."""

from __future__ import annotations

from builders import BASE_SETTINGS, write_settings, write_table

from iku_excel.pipeline import analyse


def _codes(run, code):
    return [(f.sheet, f.row, f.column, f.params) for f in run.findings if f.code == code]


def test_only_another_years_column_means_not_guided_in_year_n(tmp_path):
    """'Dibina 2016' alone in a 2017 report: the organisations are in the
    register, none guided in 2017 (inputs.md), said once."""
    write_table(tmp_path / "ormas.xlsx", ["No", "Nama Organisasi", "Dibina 2016"],
                [[1, "Karang Taruna", "Ya"], [2, "PKK", "Ya"], [3, "LPMD", "Tidak"]])
    run = analyse(tmp_path, tahun=2017)
    result = run.results["ormas_dibina"]
    assert (result.pembilang, result.penyebut) == (0, 3)
    said = _codes(run, "kolom_tahun_n_tidak_ada")
    assert len(said) == 1 and said[0][3]["akibat"].startswith("setiap baris dihitung belum")
    assert not _codes(run, "nilai_kosong_dianggap_tidak")


def test_a_year_column_beside_one_without_a_year(tmp_path):
    """'Dibina' and 'Dibina 2017' in a 2017 report: 2017's is read, the other
    named in a note."""
    write_table(tmp_path / "ormas.xlsx", ["No", "Nama Organisasi", "Dibina", "Dibina 2017"],
                [[1, "Karang Taruna", "Ya", "Tidak"], [2, "PKK", "Ya", "Ya"]])
    run = analyse(tmp_path, tahun=2017)
    result = run.results["ormas_dibina"]
    assert (result.pembilang, result.penyebut) == (1, 2)
    assert [(c, p["dipakai"]) for _, _, c, p in _codes(run, "kolom_tanpa_tahun")] == [
        ("Dibina", "kolom D (Dibina 2017)")]


def test_the_year_comes_from_the_settings_read_after_the_register(tmp_path):
    """The register is read before the settings that say the year (file
    names in order): the column is chosen once year n is known, 2018."""
    write_table(tmp_path / "a_ormas.xlsx", ["No", "Nama Organisasi", "Dibina 2017",
                                            "Dibina 2018"],
                [[1, "Karang Taruna", "Ya", "Tidak"], [2, "PKK", "Tidak", "Tidak"],
                 [3, "LPMD", "Ya", "Ya"]])
    write_settings(tmp_path / "z_pengaturan.xlsx", {**BASE_SETTINGS, "Tahun": 2018})
    run = analyse(tmp_path)
    assert run.tahun == 2018
    result = run.results["ormas_dibina"]
    assert (result.pembilang, result.penyebut) == (1, 3)
    assert [(c, p["tahun_kolom"]) for _, _, c, p in _codes(run, "kolom_tahun_lain")] == [
        ("Dibina 2017", 2017)]
