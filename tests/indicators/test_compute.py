"""iku_excel.indicators.compute: each indicator from small hand-made frames."""

import pandas as pd
import pytest

from iku_excel.catalogue.bundled import bundled, bundled_codes
from iku_excel.indicators.builtin import penurunan
from iku_excel.indicators.capaian import Target
from iku_excel.indicators.compute import compute_all
from iku_excel.settings import Settings
from iku_excel.validate import SourceData
from iku_excel.validate.indicator_rows import counting_of

TAHUN = 2017

# indicator code -> (source code, flag column)
PERCENT_INDICATORS = {
    "konflik_ditindaklanjuti": ("konflik", "ditindaklanjuti"),
    "partisipasi_musrenbang": ("hadir", "hadir"),
    "usulan_direkomendasikan": ("usulan", "direkomendasikan"),
    "ormas_dibina": ("ormas", "dibina"),
    "lembaga_ekonomi_dibina": ("lembaga", "dibina"),
}


def frame(column, values, file="a.xlsx", sheet="S", first_row=5):
    return pd.DataFrame({"file": file, "sheet": sheet,
                         "row": list(range(first_row, first_row + len(values))),
                         column: values}, columns=["file", "sheet", "row", column])


def source(code, column, values, **kw):
    return SourceData(code, frame(column, values, **kw))


def run(data, settings=None):
    """The bundled catalogue over hand-made frames of its built-in sources."""
    counting, _ = counting_of(bundled(), data, {}, TAHUN)
    return compute_all(bundled(), counting, settings or Settings(), TAHUN)


def ratio(code, values_or_frame, column=None):
    """One percentage indicator of the bundled catalogue over a frame."""
    src, flag = PERCENT_INDICATORS[code]
    f = values_or_frame if isinstance(values_or_frame, pd.DataFrame) else \
        frame(flag, values_or_frame)
    results, _ = run({src: SourceData(src, f)})
    return results[code]


@pytest.mark.parametrize("code", list(PERCENT_INDICATORS))
def test_percentage_indicator(code):
    src, col = PERCENT_INDICATORS[code]
    # 3 yes out of 4 -> 3 / 4 * 100 = 75.0
    results, _ = run({src: source(src, col, [True, False, True, True])})
    r = results[code]
    assert (r.nilai, r.pembilang, r.penyebut) == (75.0, 3, 4)
    assert r.sebab is None


@pytest.mark.parametrize("code", list(PERCENT_INDICATORS))
def test_percentage_indicator_zero_denominator(code):
    src, col = PERCENT_INDICATORS[code]
    results, findings = run({src: source(src, col, [])})
    r = results[code]
    assert r.nilai is None              # never 0
    assert (r.pembilang, r.penyebut) == (0, 0)
    assert r.sebab and r.saran
    assert "indikator_penyebut_nol" in [f.code for f in findings]


def test_ratio_all_no_is_zero_not_none():
    # 0 of 3 followed up is a real 0 %, unlike an empty register
    r = ratio("konflik_ditindaklanjuti", [False] * 3)
    assert (r.nilai, r.pembilang, r.penyebut) == (0.0, 0, 3)


def test_ratio_one_third_is_unrounded():
    # 1 / 3 * 100 = 33.333...; rounding is the report's job
    r = ratio("ormas_dibina", [True, False, False])
    assert r.nilai == pytest.approx(100 / 3, abs=1e-12)


def test_ratio_row_references_per_sheet():
    f = pd.concat([frame("hadir", [True, False], sheet="A", first_row=5),
                   frame("hadir", [True], sheet="B", first_row=9)], ignore_index=True)
    r = ratio("partisipasi_musrenbang", f)
    assert (r.pembilang, r.penyebut) == (2, 3)
    yes = [(x.sheet, x.rows) for x in r.rows if x.what == "hadir"]
    assert yes == [("A", (5,)), ("B", (9,))]
    everyone = [(x.sheet, x.rows) for x in r.rows if x.what == "seluruh undangan"]
    assert everyone == [("A", (5, 6)), ("B", (9,))]


def test_missing_sources_give_seven_not_computed_results():
    results, findings = run({})
    assert list(results) == list(bundled_codes())
    assert all(r.nilai is None and r.sebab for r in results.values())
    # the finding for a missing source is made when the folder is read, not here
    assert "indikator_penyebut_nol" not in [f.code for f in findings]


def test_compute_all_capaian_against_target():
    # 68 of 80 present = 85.0 %; target 90 -> 85 / 90 * 100 = 94.44 -> Sangat Baik
    settings = Settings(targets={"partisipasi_musrenbang": Target(90, 90, "90")})
    results, _ = run({"hadir": source("hadir", "hadir", [True] * 68 + [False] * 12)}, settings)
    r = results["partisipasi_musrenbang"]
    assert r.nilai == 85.0
    assert r.capaian.nilai == pytest.approx(94.4444444, abs=1e-6)
    assert r.capaian.kategori == "Sangat Baik"


def test_compute_all_skm():
    # 8 respondents, element totals 9 each -> 28.13 (see test_unit_skm)
    rows = [[2] * 9] + [[1] * 9] * 7
    skm_frame = pd.DataFrame(rows, columns=[f"u{i}" for i in range(1, 10)])
    skm_frame.insert(0, "row", range(5, 13))
    skm_frame.insert(0, "sheet", "SKM")
    skm_frame.insert(0, "file", "skm.xlsx")
    results, _ = run({"skm": SourceData("skm", skm_frame)},
                     Settings(aturan_skm="14/2017"))
    r = results["skm"]
    assert r.nilai == 28.13
    assert r.skm.index.n == 8 and r.skm.index.grade.mutu == "D"


# --------------------------------------------------------------------------
# penurunan pelanggaran perda
# --------------------------------------------------------------------------

def violations(n, n_1):
    return source("pelanggaran", "tahun", [TAHUN] * n + [TAHUN - 1] * n_1)


def test_penurunan_as_written():
    # (24 - 30) / 24 * 100 = -25.0
    r, findings = penurunan(violations(24, 30), Settings(), TAHUN)
    assert (r.nilai, r.pembilang, r.penyebut) == (-25.0, -6, 24)
    assert "penurunan_tanda" in [f.code for f in findings]


def test_penurunan_biasa():
    # (30 - 24) / 30 * 100 = 20.0
    r, findings = penurunan(violations(24, 30), Settings(rumus_penurunan="biasa"), TAHUN)
    assert (r.nilai, r.pembilang, r.penyebut) == (20.0, 6, 30)
    assert "penurunan_tanda" not in [f.code for f in findings]


def test_penurunan_zero_in_year_n_as_written():
    # denominator is year n = 0 -> not computable, with the reason
    r, _ = penurunan(violations(0, 30), Settings(), TAHUN)
    assert r.nilai is None and r.penyebut == 0
    assert str(TAHUN) in r.sebab


def test_penurunan_zero_in_year_n_biasa_is_computable():
    # (30 - 0) / 30 * 100 = 100.0
    r, _ = penurunan(violations(0, 30), Settings(rumus_penurunan="biasa"), TAHUN)
    assert r.nilai == 100.0


def test_penurunan_zero_last_year_biasa_not_computable():
    r, _ = penurunan(violations(5, 0), Settings(rumus_penurunan="biasa",
                                             pelanggaran_tahun_lalu=0), TAHUN)
    assert r.nilai is None and r.penyebut == 0 and r.sebab


def test_penurunan_without_last_year():
    r, _ = penurunan(violations(24, 0), Settings(), TAHUN)
    assert r.nilai is None
    assert str(TAHUN - 1) in r.sebab and r.saran


def test_penurunan_last_year_from_settings_only():
    s = Settings(pelanggaran_tahun_lalu=30, where=("P.xlsx", "Pengaturan"))
    r, findings = penurunan(violations(24, 0), s, TAHUN)
    assert (r.nilai, r.pembilang, r.penyebut) == (-25.0, -6, 24)
    assert "pelanggaran_tahun_lalu_pengaturan" in [f.code for f in findings]


def test_penurunan_rows_and_setting_disagree_setting_wins_with_finding():
    # rows say 28 last year, the setting says 30: the setting is used -> -25.0
    r, findings = penurunan(violations(24, 28), Settings(pelanggaran_tahun_lalu=30), TAHUN)
    assert r.nilai == -25.0
    ganda = [f for f in findings if f.code == "pelanggaran_tahun_lalu_ganda"]
    assert ganda and ganda[0].params["dari_baris"] == 28


def test_penurunan_other_years_ignored():
    # rows of 2015 are not year n-1 of 2017: n=2, n-1=4 -> (2 - 4) / 2 * 100 = -100.0
    src = source("pelanggaran", "tahun", [2017, 2017, 2016, 2016, 2016, 2016, 2015])
    r, _ = penurunan(src, Settings(), TAHUN)
    assert (r.nilai, r.pembilang, r.penyebut) == (-100.0, -2, 2)


def test_penurunan_via_compute_all_negative_target():
    # realisasi -25 vs target -20 -> -25 / -20 * 100 = 125.0
    settings = Settings(targets={"penurunan_pelanggaran_perda": Target(-20, -20, "-20")})
    results, _ = run({"pelanggaran": violations(24, 30)}, settings)
    r = results["penurunan_pelanggaran_perda"]
    assert r.nilai == -25.0 and r.capaian.nilai == pytest.approx(125.0)


@pytest.mark.parametrize("places", [
    [("a.xlsx", "S")] * 4,                                     # one sheet
    [("a.xlsx", "JAN"), ("a.xlsx", "FEB"), ("a.xlsx", "JAN"), ("b.xlsx", "JAN")],
    [("a.xlsx", "S"), ("b.xlsx", "S"), ("a.xlsx", "S"), ("a.xlsx", "S")],  # same sheet name
    [("a.xlsx", "S"), ("a.xlsx", "T"), ("a.xlsx", "S"), ("a.xlsx", "S")],  # same file
])
@pytest.mark.parametrize("mask", [None, [True, False, True, True], [False] * 4])
def test_row_refs_list_each_sheets_rows_in_order(places, mask):
    from iku_excel.indicators.builtin import row_refs
    from iku_excel.indicators.results import RowRef

    data = pd.DataFrame({"file": pd.Series([f for f, _ in places], dtype="string"),
                         "sheet": pd.Series([s for _, s in places], dtype="string"),
                         "row": [5, 6, 7, 8]})
    chosen = [True] * 4 if mask is None else mask
    expected: dict[tuple[str, str], list[int]] = {}
    for (file, sheet), row, keep in zip(places, [5, 6, 7, 8], chosen):
        if keep:
            expected.setdefault((file, sheet), []).append(row)
    refs = row_refs(data, None if mask is None else pd.Series(mask), "dihitung")
    assert refs == [RowRef(f, s, tuple(rows), "dihitung") for (f, s), rows in expected.items()]
    assert all(type(ref.file) is str and type(ref.rows[0]) is int for ref in refs)
