"""Sample size, grade-boundary warning, rule-set note and per-service index."""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iku_excel.indicators.skm import compute_skm, skm_from_totals
from iku_excel.indicators.skm_checks import (
    krejcie_morgan,
    largest_population_covered,
    near_boundaries,
    per_layanan,
    sample_findings,
    skm_findings,
)
from iku_excel.indicators.skm_rules import RULE_SETS
from iku_excel.messages import severity_of

R16, R17 = RULE_SETS["16/2014"], RULE_SETS["14/2017"]


@pytest.mark.parametrize("population, minimum", [(100, 80), (1000, 278), (10000, 370), (1, 1)])
def test_krejcie_morgan_table(population, minimum):
    assert krejcie_morgan(population) == minimum


def _with_value(target_total: int, n: int, rules):
    # nine equal element totals: index = total / n * 25
    return skm_from_totals((target_total,) * 9, n, rules)


def test_near_boundary_both_sides():
    # 16/2014 cut between B (<= 81.25) and A (>= 81.26).
    below = _with_value(13, 4, R16)      # 13 / 4 * 25 = 81.25
    assert below.nilai == 81.25 and below.grade.mutu == "B"
    assert near_boundaries(below) == [81.26]
    far = _with_value(12, 4, R16)        # 75.00: 6.25 from any cut
    assert near_boundaries(far) == []


def test_findings_sample_boundary_and_old_rule():
    skm = _with_value(13, 4, R16)
    codes = [f.code for f in skm_findings(skm, 2018, population=100)]
    assert codes == ["skm_sampel_kurang", "skm_dekat_batas", "skm_aturan_lama"]
    # four respondents are the whole of four users (Krejcie and Morgan: 4 of 4)
    assert [f.code for f in skm_findings(_with_value(12, 4, R17), 2017, 4)] == []


def test_per_layanan_indices():
    frame = pd.DataFrame({**{f"u{i}": [4, 4, 2] for i in range(1, 10)},
                          "jenis_layanan": ["KTP-el", "KTP-el", "IMB"]})
    overall = compute_skm(frame, R16)
    groups = dict(per_layanan(frame, overall))
    assert groups["KTP-el"].nilai == 100.0 and groups["KTP-el"].n == 2
    assert groups["IMB"].nilai == 50.0


def test_profile_counts_and_age_groups():
    from iku_excel.indicators.skm_profile import profile
    frame = pd.DataFrame({
        "jenis_kelamin": ["L", " L", "P", None, "", "P"],
        "umur": [20, "21", "35 tahun", 51, 250, None],
        "pendidikan": [None] * 6, "pekerjaan": ["Petani"] * 6, "jenis_layanan": [None] * 6})
    blocks = {b.key: dict(b.counts) for b in profile(frame)}
    assert blocks["jenis_kelamin"] == {"L": 2, "P": 2}          # ' L' is L; blanks left out
    # 20 -> up to 20; 21 -> 21-30; "35 tahun" -> 31-40; 51 -> 51+; 250 and blank: no group
    assert blocks["kelompok_umur"] == {"20 tahun ke bawah": 1, "21-30 tahun": 1,
                                       "31-40 tahun": 1, "51 tahun ke atas": 1}
    assert "pendidikan" not in blocks and blocks["pekerjaan"] == {"Petani": 6}


def test_profile_and_services_merge_case_variants():
    """p is P: one answer, shown as most respondents wrote it."""
    from iku_excel.indicators.skm_profile import profile
    frame = pd.DataFrame({
        **{f"u{i}": [4, 4, 2, 2, 4] for i in range(1, 10)},
        "jenis_kelamin": ["P", "p", "P ", "L", "l"], "umur": [None] * 5,
        "pendidikan": ["SMA", "sma", "S1", "s1", "S1"], "pekerjaan": [None] * 5,
        "jenis_layanan": ["KTP-el", "ktp-el", "KTP-el", "IMB", "imb "]})
    blocks = {b.key: b.counts for b in profile(frame)}
    assert blocks["jenis_kelamin"] == (("L", 2), ("P", 3))
    assert dict(blocks["pendidikan"]) == {"SMA": 2, "S1": 3}
    assert dict(blocks["jenis_layanan"]) == {"KTP-el": 3, "IMB": 2}
    groups = dict(per_layanan(frame, compute_skm(frame, R16)))
    assert set(groups) == {"KTP-el", "IMB"}
    assert groups["KTP-el"].n == 3 and groups["KTP-el"].nilai == 83.33  # 10 / 3 * 25
    assert groups["IMB"].n == 2 and groups["IMB"].nilai == 75.0  # (2 + 4) / 2 * 25


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["KTP-el", " KTP-el ", "IMB", "Surat Pindah", None,
                                          float("nan"), 1, 1.0, True, "", "  ",
                                          "(tidak diisi)"]),
                          st.lists(st.integers(1, 4), min_size=9, max_size=9)),
                min_size=1, max_size=40))
def test_per_layanan_equals_each_service_computed_alone(rows):
    frame = pd.DataFrame([answers for _, answers in rows], columns=[f"u{i}" for i in range(1, 10)])
    frame["jenis_layanan"] = pd.Series([name for name, _ in rows], dtype=object)
    overall = compute_skm(frame, R17)
    groups = dict(per_layanan(frame, overall))
    if frame["jenis_layanan"].isna().all():
        assert groups == {}
        return
    # Numbers keep their own text: 1, 1.0 and TRUE are three services.
    labels = ["(tidak diisi)" if name is None or name != name else str(name).strip()
              for name, _ in rows]
    assert set(groups) == set(labels)
    for label, result in groups.items():
        alone = frame[[lab == label for lab in labels]]
        assert result == compute_skm(alone, R17)


R04 = RULE_SETS["25/2004"]


def _fourteen(n: int):
    return skm_from_totals((3 * n,) * 14, n, R04)


@pytest.mark.parametrize("n, covered", [
    # the largest population N with round(3.841 N 0.25 / (0.0025 (N-1) + 0.96025)) <= n
    (1, 1), (10, 10), (60, 71), (80, 101), (278, 1010), (370, 10436), (383, 244864)])
def test_largest_population_a_sample_is_enough_for(n, covered):
    assert largest_population_covered(n) == covered
    assert krejcie_morgan(covered) <= n < krejcie_morgan(covered + 1)


def test_sample_of_unknown_population_is_a_note_with_the_numbers():
    findings = sample_findings(_with_value(3 * 60, 60, R16), None)
    assert [(f.code, severity_of(f).value, f.params) for f in findings] == [
        ("skm_sampel_tanpa_populasi", "catatan",
         {"n": 60, "populasi_maks": 71, "minimum": 384})]
    assert sample_findings(_with_value(3 * 384, 384, R17), None) == []  # enough for any N


def test_sample_of_known_population_is_a_warning():
    findings = sample_findings(_with_value(3 * 277, 277, R17), 1000)
    assert [(f.code, severity_of(f).value, f.params) for f in findings] == [
        ("skm_sampel_kurang", "peringatan", {"n": 277, "minimum": 278, "populasi": 1000})]
    assert sample_findings(_with_value(3 * 278, 278, R17), 1000) == []


@pytest.mark.parametrize("n, population, minimum", [
    (149, None, 150), (149, 5000, 150),   # KepMenPAN 25/2004: (14 + 1) x 10, any population
    (99, 100, 100),                       # fewer users than 150: every one of them
])
def test_kepmenpan_2004_minimum_is_150(n, population, minimum):
    findings = sample_findings(_fourteen(n), population)
    assert [(f.code, severity_of(f).value, f.params) for f in findings] == [
        ("skm_sampel_kurang_2004", "peringatan", {"n": n, "minimum": minimum})]
    assert sample_findings(_fourteen(minimum), population) == []


def test_kepmenpan_2004_is_said_to_be_replaced():
    assert "skm_aturan_2004" in [f.code for f in skm_findings(_fourteen(150), 2017, None)]
    assert "skm_aturan_2004" not in [f.code for f in skm_findings(_fourteen(150), 2013, None)]


def test_per_layanan_with_fourteen_elements():
    frame = pd.DataFrame({**{f"u{i}": [4, 4, 2] for i in range(1, 15)},
                          "jenis_layanan": ["KTP-el", "KTP-el", "IMB"]})
    overall = compute_skm(frame, R04)
    groups = dict(per_layanan(frame, overall))
    assert groups["KTP-el"].nilai == 100.0 and groups["IMB"].nilai == 50.0
    assert groups["IMB"].totals == (2,) * 14
