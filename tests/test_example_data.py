"""The bundled example data gives the figures worked out by hand.

Hand computation (counts from tools/make_example_data.py, asserted there):
- SKM: 60 respondents, element totals 190+185+178+170+195+188+192+180+175
  = 1653. IKM = 1653 / 60 / 9 * 25 = 76.5277... -> 76.53, grade B (16/2014:
  62.51-81.25). Capaian 76.53 / 80 * 100 = 95.6625 -> Sangat Baik (>= 91).
- Pelanggaran: 24 rows in 2017, 30 in 2016 (2 of 2015 left out). As written:
  (24 - 30) / 24 * 100 = -25.00. Target -20: -25 / -20 * 100 = 125.
- Konflik: 14 conflicts, 12 followed up: 12 / 14 * 100 = 85.714285...;
  85.714285 / 90 * 100 = 95.238 -> Sangat Baik.
- Musrenbang: 68 of 80 invited came: 85.00; 85 / 90 * 100 = 94.444.
- Usulan: 31 of 46 recommended: 67.391304...; / 75 * 100 = 89.855 -> Baik.
- Ormas: 18 of 25: 72.00; 72 / 80 * 100 = 90.00 -> Baik (below 91).
- Lembaga: 21 of 30 guided in 2017 (3 dated 2016 are not): 70.00;
  70 / 75 * 100 = 93.333 -> Sangat Baik.
"""

import pytest

EXPECTED = {
    "skm": (76.53, None, None, 95.6625, "Sangat Baik"),
    "penurunan_pelanggaran_perda": (-25.0, -6, 24, 125.0, "Sangat Baik"),
    "konflik_ditindaklanjuti": (1200 / 14, 12, 14, 1200 / 14 / 90 * 100, "Sangat Baik"),
    "partisipasi_musrenbang": (85.0, 68, 80, 85 / 90 * 100, "Sangat Baik"),
    "usulan_direkomendasikan": (3100 / 46, 31, 46, 3100 / 46 / 75 * 100, "Baik"),
    "ormas_dibina": (72.0, 18, 25, 90.0, "Baik"),
    "lembaga_ekonomi_dibina": (70.0, 21, 30, 70 / 75 * 100, "Sangat Baik"),
}


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_example_figures(example_report, code):
    nilai, pembilang, penyebut, capaian, kategori = EXPECTED[code]
    got = example_report["summary"]["indikator"][code]
    assert got["nilai"] == pytest.approx(nilai, abs=1e-9)
    assert got["pembilang"] == pembilang
    assert got["penyebut"] == penyebut
    assert got["capaian"] == pytest.approx(capaian, abs=1e-9)
    assert got["kategori"] == kategori


def test_example_skm_details(example_report):
    skm = example_report["summary"]["indikator"]["skm"]
    assert skm["responden"] == 60
    assert skm["mutu"] == "B"
    assert skm["jumlah_nilai"] == {"U1": 190, "U2": 185, "U3": 178, "U4": 170, "U5": 195,
                                   "U6": 188, "U7": 192, "U8": 180, "U9": 175}
    assert skm["nrr"]["U1"] == pytest.approx(190 / 60)


def test_example_penurunan_counts(example_report):
    entry = example_report["summary"]["indikator"]["penurunan_pelanggaran_perda"]
    assert entry["jumlah_tahun_n"] == 24
    assert entry["jumlah_tahun_n_1"] == 30


def test_example_run_is_clean_and_marked(example_report):
    summary = example_report["summary"]
    assert example_report["code"] == 0
    assert summary["data_contoh"] is True
    assert {m["tingkat"] for m in summary["masalah"]} == {"catatan"}
    other_years = [m for m in summary["masalah"] if m["kode"] == "baris_tahun_lain"]
    assert [(m["lembar"], m["baris"]) for m in other_years] == [("Register", 7), ("Register", 8)]
    assert example_report["path"].name == "IKU_Kecamatan_Benjeng_2017.xlsx"
