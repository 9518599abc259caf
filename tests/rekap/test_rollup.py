"""The rekap's pure parts: kecamatan names, the period, duplicates, means and ranks."""

import datetime as dt
from decimal import Decimal

import pytest

from iku_excel.reading.loader import FileInfo
from iku_excel.rekap.collect import Collected, Received
from iku_excel.rekap.rollup import roll_up, rounded
from iku_excel.rekap.select import NoReports, select
from iku_excel.report.data_sheet import IndicatorData, ReportData
from iku_excel.wilayah import CLOSE, SAME, SPELLING, known_kecamatan, match_kecamatan

GRESIK = known_kecamatan("Gresik")[1]


@pytest.mark.parametrize("written, official, how", [
    ("Kebomas", "Kebomas", SAME),
    ("KEC. KEBOMAS", "Kebomas", SPELLING),
    ("Kecamatan Kebomas", "Kebomas", SPELLING),
    ("Ujung Pangkah", "Ujungpangkah", SPELLING),
    ("Duduk Sampeyan", "Duduksampeyan", SPELLING),
    ("Kebomass", "Kebomas", CLOSE),
    ("Sangkapoera", "Sangkapura", CLOSE),
    ("Surabaya", None, None),
    ("Dukuh", None, None),  # 'Dukun' is one letter away, but a short name is no slip
])
def test_kecamatan_names_as_written(written, official, how):
    match = match_kecamatan(written, GRESIK)
    assert (match.official, match.how) == (official, how)


def test_bundled_regencies():
    assert known_kecamatan("KAB. GRESIK")[0] == "Gresik"
    assert len(GRESIK) == 18 and GRESIK[0] == "Wringinanom" and GRESIK[-1] == "Tambak"
    assert known_kecamatan("Sidoarjo") is None


def _report(name: str, capaian: dict, tahun=2017, triwulan=None, contoh=False,
            dibuat=dt.datetime(2018, 1, 10), file=None, sha="a") -> Received:
    indicators = {k: IndicatorData(k, k, "%", "naik", 80.0, 70.0, v, None, None, None)
                  for k, v in capaian.items()}
    data = ReportData(name, "Gresik", tahun, triwulan, contoh, 0, 0, dibuat, "0.1.0", "x",
                      indicators, file=file or f"{name}.xlsx")
    return Received(FileInfo(file or f"{name}.xlsx", 1, sha), data)


def test_equal_means_share_a_rank_and_the_next_one_skips():
    found = Collected(reports=[
        _report("Kebomas", {"a": 90.0, "b": 100.0}), _report("Cerme", {"a": 100.0, "b": 90.0}),
        _report("Manyar", {"a": 99.0, "b": 99.0}), _report("Gresik", {"a": 80.0, "b": 80.0})])
    rows = {r.kecamatan: r for r in roll_up(select(found)).rows}
    assert {n: (rows[n].mean, rows[n].rank) for n in ("Kebomas", "Cerme", "Manyar", "Gresik")} \
        == {"Kebomas": (Decimal("95.00"), 2), "Cerme": (Decimal("95.00"), 2),
            "Manyar": (Decimal("99.00"), 1), "Gresik": (Decimal("80.00"), 4)}
    assert rows["Kebomas"].at_full == 1 and rows["Manyar"].at_full == 0
    assert rows["Tambak"].status == "belum mengirim" and rows["Tambak"].rank is None


def test_rounding_is_half_away_from_zero_on_the_shown_figure():
    assert rounded(80.005) == Decimal("80.01")   # Python's round() gives 80.0
    assert rounded(99.995) == Decimal("100.00")  # shown as 100,00: counted at 100%
    assert rounded(-12.345) == Decimal("-12.35")


def test_the_later_report_wins_and_the_most_common_period_is_chosen():
    found = Collected(reports=[
        _report("Cerme", {"a": 90.0}, dibuat=dt.datetime(2018, 1, 3), file="lama.xlsx"),
        _report("Cerme", {"a": 95.0}, dibuat=dt.datetime(2018, 1, 9), file="baru (1).xlsx",
                sha="b"),
        _report("Kebomas", {"a": 95.0}), _report("Manyar", {"a": 95.0}, tahun=2016),
        _report("Benjeng", {"a": 95.0}, contoh=True), _report("Benjeng", {"a": 95.0}, contoh=True,
                                                               tahun=2016, file="c2.xlsx")])
    selection = select(found)
    assert (selection.period.tahun, selection.period.triwulan) == (2017, None)
    status = {e.received.info.name: e.status for e in selection.entries}
    assert status == {"lama.xlsx": "ganda", "baru (1).xlsx": "diterima", "Kebomas.xlsx":
                      "diterima", "Manyar.xlsx": "periode lain", "Benjeng.xlsx": "data contoh",
                      "c2.xlsx": "data contoh"}
    codes = [f.code for f in selection.findings]
    assert "rekap_periode_dipilih" in codes and codes.count("rekap_data_contoh") == 2


def test_same_time_other_content_is_a_warning_same_file_a_note():
    same = [_report("Cerme", {"a": 90.0}, file="x.xlsx"),
            _report("Cerme", {"a": 90.0}, file="x (1).xlsx")]
    other = [_report("Cerme", {"a": 90.0}, file="x.xlsx"),
             _report("Cerme", {"a": 80.0}, file="y.xlsx", sha="b")]
    for reports, code in ((same, "rekap_ganda"), (other, "rekap_ganda_sama_waktu")):
        selection = select(Collected(reports=reports))
        assert [(f.code, f.file) for f in selection.findings if f.code.startswith("rekap_ganda")] \
            == [(code, reports[1].info.name)]


def test_only_example_reports_or_none_is_nothing_to_roll_up():
    with pytest.raises(NoReports, match="DATA CONTOH"):
        select(Collected(reports=[_report("Benjeng", {"a": 1.0}, contoh=True)]))
    with pytest.raises(NoReports, match="Tidak ada laporan IKU"):
        select(Collected())
    with pytest.raises(NoReports, match="Triwulan III Tahun 2017 .*Laporan yang ada: Tahun 2017"):
        select(Collected(reports=[_report("Cerme", {"a": 1.0})]), 2017, 3)
