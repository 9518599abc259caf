"""The year quarter by quarter (cycle.md): each quarter's figures of the
seven Benjeng indicators from small dated workbooks, worked out by hand.

    SKM (kumulatif): respondents answering every element alike: Feb 4, 4;
        May 2, 2; Nov 1, 1, 4, 2; undated 3, 3.
        Q1 {4,4} 100,00; Q2 {4,4,2,2} 75,00; Q3 75,00;
        Q4 {4,4,2,2,1,1,4,2} 20/8 = 2,5 -> 62,50; year (+3, 3) 26/10 -> 65,00.
    Pelanggaran (perubahan, kumulatif, dokumen: (n - (n-1)) / n):
        2016: Feb, Mar, Jun, Aug, Nov -> up to Q1..Q4: 2, 3, 4, 5
        2017: Jan, Apr, May, Oct, one undated -> up to Q1..Q4: 1, 3, 3, 4; year 5
        Q1 (1-2)/1 = -100; Q2 0; Q3 (3-4)/3 = -33,33; Q4 (4-5)/4 = -25; year 0.
    Konflik (kumulatif, monthly sheets): JAN two (one followed up), APRIL one
        without a date (its sheet's month, followed up), JULI one followed up.
        Q1 1/2 = 50; Q2 2/3 = 66,67; Q3 3/4 = 75; Q4 75; year 75.
    Musrenbang attendance and proposals (nilai akhir): 3/4 = 75 and 1/4 = 25
        in every quarter.
    Ormas (kumulatif pembilang): six, Dibina Ya on Feb, May, Sep and one
        undated; one No; one guided in 2016 (No). Denominator 6 always:
        Q1 1/6; Q2 2/6; Q3 3/6; Q4 3/6; year 4/6.
    Lembaga (kumulatif pembilang): guided Mar, Jun, Dec; one never: Q1 1/4,
        Q2 2/4, Q3 2/4, Q4 3/4; year 3/4.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from fractions import Fraction

import pytest
from builders import BASE_SETTINGS, SKM_HEADER, write_settings, write_table

from iku_excel.pipeline import analyse

PCT = {  # kode -> (Q1, Q2, Q3, Q4, year)
    "skm": (100.0, 75.0, 75.0, 62.5, 65.0),
    "penurunan_pelanggaran_perda": (-100.0, 0.0, float(Fraction(-100, 3)), -25.0, 0.0),
    "konflik_ditindaklanjuti": (50.0, float(Fraction(200, 3)), 75.0, 75.0, 75.0),
    "partisipasi_musrenbang": (75.0,) * 5,
    "usulan_direkomendasikan": (25.0,) * 5,
    "ormas_dibina": tuple(float(Fraction(n, 6) * 100) for n in (1, 2, 3, 3, 4)),
    "lembaga_ekonomi_dibina": (25.0, 50.0, 50.0, 75.0, 75.0),
}
COUNTS = {  # kode -> (pembilang, penyebut) per quarter
    "penurunan_pelanggaran_perda": ((-1, 1), (0, 3), (-1, 3), (-1, 4)),
    "konflik_ditindaklanjuti": ((1, 2), (2, 3), (3, 4), (3, 4)),
    "partisipasi_musrenbang": ((3, 4),) * 4,
    "ormas_dibina": ((1, 6), (2, 6), (3, 6), (3, 6)),
    "lembaga_ekonomi_dibina": ((1, 4), (2, 4), (2, 4), (3, 4)),
}


def _skm_rows(d):
    answers = [(d(2017, 2, 3), 4), (d(2017, 2, 20), 4), (d(2017, 5, 2), 2), (d(2017, 5, 9), 2),
               (d(2017, 11, 1), 1), (d(2017, 11, 2), 1), (d(2017, 11, 3), 4),
               (d(2017, 11, 4), 2), (None, 3), (None, 3)]
    return [[i, date] + [value] * 9 for i, (date, value) in enumerate(answers, start=1)]


def dated_folder(folder, shift: int = 0):
    """The seven sources, dated as the module docstring says (`shift`: the
    same year `shift` years later or earlier)."""
    def d(year, *rest):
        return dt.datetime(year + shift, *rest)

    write_settings(folder / "pengaturan.xlsx", {**BASE_SETTINGS, "Tahun": 2017 + shift})
    write_table(folder / "skm.xlsx", SKM_HEADER, _skm_rows(d), sheet="SKM")
    header = ["No", "Hari, Tanggal", "Nama Pelanggar", "Jenis Pelanggaran"]
    dates = [d(2016, 2, 1), d(2016, 3, 1), d(2016, 6, 1), d(2016, 8, 1), d(2016, 11, 1),
             d(2017, 1, 10), d(2017, 4, 10), d(2017, 5, 10), d(2017, 10, 10), None]
    write_table(folder / "Register_Pelanggaran_2016-2017.xlsx", header,
                [[i, d, f"P{i}", "PKL"] for i, d in enumerate(dates, start=1)],  # name kept
                sheet="Register", titles=("REGISTER PELANGGARAN PERDA",
                                          f"TAHUN {2016 + shift} - {2017 + shift}"))
    header = ["No", "Tanggal", "Desa", "Jenis Konflik", "Status"]
    write_table(folder / "konflik.xlsx", header,
                [[1, d(2017, 1, 5), "Dermo", "Tanah", "Sudah"],
                 [2, d(2017, 1, 9), "Lundo", "Batas", "Belum"]], sheet="JAN",
                extra_sheets={"APRIL": (header, [[1, None, "Banter", "Tanah", "Sudah"]]),
                              "JULI": (header, [[1, f"10/07/{2017 + shift}", "Metatu",
                                                 "Warisan", "Sudah"]])})
    write_table(folder / "hadir.xlsx", ["No", "Nama", "Jabatan", "Asal Desa/Instansi", "Hadir"],
                [[i, f"N{i}", "Kades", "Dermo", h] for i, h in
                 enumerate(["Ya", "Ya", "Tidak", "Ya"], start=1)])
    write_table(folder / "usulan.xlsx", ["No", "Desa", "Usulan Program/Kegiatan",
                                         "Keterangan"],
                [[i, "Dermo", f"U{i}", k] for i, k in enumerate(
                    ["Direkomendasikan", "Tidak Direkomendasikan", "Ditolak", "Ditunda"],
                    start=1)])
    write_table(folder / "ormas.xlsx", ["No", "Nama Organisasi", "Ketua", "Dibina",
                                        "Tanggal Pembinaan"],
                [[1, "Karang Taruna", "A", "Ya", d(2017, 2, 14)],
                 [2, "PKK", "B", "Ya", d(2017, 5, 1)],
                 [3, "Ansor", "C", "Ya", d(2017, 9, 30)],
                 [4, "LPMD", "D", "Ya", None],
                 [5, "Fatayat", "E", "Tidak", None],
                 [6, "Muslimat", "F", "Tidak", d(2016, 6, 1)]], sheet="Ormas")
    write_table(folder / "lembaga.xlsx", ["No", "Nama Lembaga", "Jenis", "Desa",
                                          "Tanggal Pembinaan"],
                [[1, "BUMDes Dermo", "BUMDes", "Dermo", d(2017, 3, 31)],
                 [2, "BUMDes Lundo", "BUMDes", "Lundo", d(2017, 6, 30)],
                 [3, "Koperasi Banter", "Koperasi", "Banter", d(2017, 12, 1)],
                 [4, "BUMDes Metatu", "BUMDes", "Metatu", None]], sheet="Lembaga")
    return folder


@pytest.fixture(scope="module")
def annual(tmp_path_factory):
    return analyse(dated_folder(tmp_path_factory.mktemp("dated")))


@pytest.fixture(scope="module")
def tw2(tmp_path_factory):
    return analyse(dated_folder(tmp_path_factory.mktemp("dated2")), triwulan=2)


@pytest.mark.parametrize("code", list(PCT))
def test_each_quarter_by_hand(annual, code):
    figures = [annual.quarters[code][q].nilai for q in (1, 2, 3, 4)]
    assert figures == pytest.approx(list(PCT[code][:4]))
    assert annual.results[code].nilai == pytest.approx(PCT[code][4])
    for q, (pembilang, penyebut) in enumerate(COUNTS.get(code, ()), start=1):
        result = annual.quarters[code][q]
        assert (result.pembilang, result.penyebut) == (pembilang, penyebut), q


def test_quarterly_report_is_its_last_quarter_and_agrees_with_the_annual(annual, tw2):
    assert tw2.triwulan == 2 and annual.triwulan is None
    assert set(tw2.quarters["skm"]) == {1, 2}
    for code in PCT:
        assert tw2.results[code].nilai == pytest.approx(PCT[code][1])
        for q in (1, 2):
            assert tw2.quarters[code][q].nilai == pytest.approx(annual.quarters[code][q].nilai)
            assert tw2.quarters[code][q].pembilang == annual.quarters[code][q].pembilang


def _places(run, code):
    return {(f.file, f.sheet, f.row) for f in run.findings if f.code == code}


def test_rows_without_a_date_and_after_the_end_are_said(annual, tw2):
    undated = _places(annual, "triwulan_tanpa_tanggal")
    # survey rows 12-13 (title, blank, header: data from row 4); violation row 14;
    # the undated guided ormas (row 7), not the unguided one; no conflict (its sheet's month).
    assert undated == {("skm.xlsx", "SKM", 12), ("Register_Pelanggaran_2016-2017.xlsx",
                                                 "Register", 14),
                       ("ormas.xlsx", "Ormas", 7)}
    later = _places(tw2, "triwulan_sesudah_periode")
    assert ("skm.xlsx", "SKM", 8) in later             # November respondents
    assert ("konflik.xlsx", "JULI", 4) in later
    assert ("lembaga.xlsx", "Lembaga", 6) in later     # guided in December
    assert not _places(annual, "triwulan_sesudah_periode")
    assert {(f.file, f.sheet) for f in annual.findings if f.code == "triwulan_bulan_lembar"} \
        == {("konflik.xlsx", "APRIL")}


def test_quarterly_capaian_without_a_quarter_target_is_a_dash_with_the_reason(annual):
    result = annual.quarters["konflik_ditindaklanjuti"][2]
    assert result.target is None and result.capaian.nilai is None
    assert "target triwulan II" in result.capaian.sebab


def test_perubahan_against_a_yearly_total_of_last_year_is_a_dash(tmp_path):
    folder = dated_folder(tmp_path)
    header = ["No", "Hari, Tanggal", "Nama Pelanggar", "Jenis Pelanggaran"]
    write_table(folder / "Register_Pelanggaran_2016-2017.xlsx", header,
                [[1, dt.datetime(2017, 1, 10), "P1", "PKL"],
                 [2, dt.datetime(2017, 7, 10), "P2", "PKL"]],
                sheet="Register", titles=("REGISTER PELANGGARAN PERDA", "TAHUN 2017"))
    write_settings(folder / "pengaturan.xlsx",
                   {**BASE_SETTINGS, "Jumlah Pelanggaran Perda Tahun Sebelumnya": 4})
    run = analyse(folder, triwulan=1)
    result = run.results["penurunan_pelanggaran_perda"]
    assert result.nilai is None and "jumlah setahun" in result.sebab
    annual = analyse(folder)
    # The year against the year still works: (2 - 4) / 2.
    assert annual.results["penurunan_pelanggaran_perda"].nilai == pytest.approx(-100.0)
    assert annual.quarters["penurunan_pelanggaran_perda"][3].nilai is None


def test_blank_per_triwulan_follows_the_table(tmp_path):
    """Per Triwulan left blank: kumulatif where the rows carry a date (the
    conflicts), nilai akhir where they cannot (the attendance list)."""
    import pandas as pd

    from iku_excel.catalogue.bundled import bundled
    from iku_excel.catalogue.model import KUMULATIF, NILAI_AKHIR
    from iku_excel.indicators.counting import mode_of
    from iku_excel.validate import SourceData
    from iku_excel.validate.indicator_rows import Counting

    konflik = replace(bundled().row("konflik_ditindaklanjuti"), per_triwulan=None)
    hadir = replace(bundled().row("partisipasi_musrenbang"), per_triwulan=None,
                    kolom_tanggal=None)
    assert mode_of(konflik, Counting(source=SourceData("konflik", pd.DataFrame())).dated) \
        == KUMULATIF
    assert mode_of(hadir, Counting(source=SourceData("hadir", pd.DataFrame())).dated) \
        == NILAI_AKHIR
