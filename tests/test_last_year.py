"""Last year and the Renstra target (cycle.md): year n-1 read from last
year's report found in the output's arsip/ (its Data sheet), the typed
Realisasi Tahun Lalu winning with a note, the Analisis Capaian sheet and
the JSON; and a quarterly report of an office's own catalogue."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import sys
from pathlib import Path

import openpyxl
import pytest
from builders import write_table

sys.path.insert(0, str(Path(__file__).resolve().parent / "indicators"))
from test_quarters import dated_folder  # noqa: E402

from iku_excel.catalogue.bundled import bundled  # noqa: E402
from iku_excel.cli import main  # noqa: E402
from iku_excel.report.analisis_sheet import better_higher, judge  # noqa: E402

BUNDLED_CSV = Path(__file__).resolve().parents[1] / "iku_excel" / "data" / \
    "indikator_benjeng_2017.csv"


def catalogue_sheet(path: Path, changes: dict[str, dict[str, object]],
                    extra: list[dict[str, object]] = ()) -> None:
    """The bundled catalogue as staff would type it in the sheet Indikator,
    with some cells changed (Kode -> header -> value) and rows added."""
    with BUNDLED_CSV.open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Indikator"
    ws.append(header)
    for row in body:
        cells = dict(zip(header, row))
        cells.update(changes.get(cells["Kode"], {}))
        ws.append([cells.get(h) or None for h in header])
    for cells in extra:
        ws.append([cells.get(h) for h in header])
    book.save(path)


def _run(folder, out, *args):
    code = main(["run", "--input", str(folder), "--output", str(out), "--tanpa-pdf",
                 "--json", str(out / "s.json"), *args])
    assert code in (0, 1)
    return json.loads((out / "s.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def two_years(tmp_path_factory):
    """A 2016 report archived in the output folder (and a later 2016 TW III
    report beside it), then the 2017 report made there. 2017's attendance
    is 4 of 4 (2016: 3 of 4)."""
    out = tmp_path_factory.mktemp("out")
    last = dated_folder(tmp_path_factory.mktemp("in2016"), shift=-1)
    _run(last, out)
    _run(last, out, "--triwulan", "3")  # made later, but an annual report is preferred
    (out / "arsip").mkdir()
    shutil.move(out / "IKU_Kecamatan_Benjeng_2016.xlsx", out / "arsip" /
                "IKU_Kecamatan_Benjeng_2016_20170110-090000.xlsx")
    folder = dated_folder(tmp_path_factory.mktemp("in2017"))
    write_table(folder / "hadir.xlsx", ["No", "Nama", "Jabatan", "Asal Desa/Instansi", "Hadir"],
                [[i, f"N{i}", "Kades", "Dermo", "Ya"] for i in range(1, 5)])
    return folder, out, _run(folder, out)


def test_last_years_report_in_arsip_gives_the_n_1_columns(two_years):
    folder, out, summary = two_years
    musrenbang = summary["indikator"]["partisipasi_musrenbang"]
    assert musrenbang["nilai"] == 100.0 and musrenbang["realisasi_tahun_lalu"] == 75.0
    assert musrenbang["capaian_tahun_lalu"] == pytest.approx(75 / 90 * 100, abs=0.005)
    assert summary["indikator"]["skm"]["realisasi_tahun_lalu"] == 65.0
    used = [m for m in summary["masalah"] if m["kode"] == "tahun_lalu_laporan"]
    assert [m["berkas"] for m in used] == [
        str(out / "arsip" / "IKU_Kecamatan_Benjeng_2016_20170110-090000.xlsx")]
    sheet = openpyxl.load_workbook(out / "IKU_Kecamatan_Benjeng_2017.xlsx")["Analisis Capaian"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(r for r in rows if r[0] == "NO")
    assert header[3:8] == ["TARGET 2017", "REALISASI 2017", "CAPAIAN 2017 (%)",
                           "REALISASI 2016", "CAPAIAN 2016 (%)"]
    row = next(r for r in rows if r[0] == 4)
    assert row[4] == 100 and row[6] == 75
    assert row[8:11] == [25, "naik", "membaik"]
    assert row[11] == "-" and "Renstra" in row[14]
    skm = next(r for r in rows if r[0] == 1)
    assert skm[8:11] == [0, "tetap", "tetap"]


def test_typed_realisasi_tahun_lalu_wins_with_a_note(two_years, tmp_path):
    folder, out, _ = two_years
    catalogue_sheet(folder / "indikator.xlsx", {
        "partisipasi_musrenbang": {"Realisasi Tahun Lalu": 70,
                                   "Target Akhir Renstra": 95, "Tahun Akhir Renstra": 2021},
        "skm": {"Realisasi Tahun Lalu": 65},
        # A fall of 30% by the Renstra's end, written as its size: -30 under the
        # document's formula; 2017 did not fall at all (0%): capaian 0.
        "penurunan_pelanggaran_perda": {"Target Akhir Renstra": 30}})
    summary = _run(folder, out)
    musrenbang = summary["indikator"]["partisipasi_musrenbang"]
    assert musrenbang["realisasi_tahun_lalu"] == 70.0
    assert musrenbang["capaian_tahun_lalu"] is None  # last year's capaian was of 75
    assert musrenbang["target_renstra"] == 95
    assert musrenbang["capaian_renstra"] == pytest.approx(100 / 95 * 100)
    notes = [(m["kode"], m["berkas"], m["baris"], m["kolom"]) for m in summary["masalah"]
             if m["kode"] == "tahun_lalu_beda"]
    assert notes == [("tahun_lalu_beda", "indikator.xlsx", 5, "Realisasi Tahun Lalu")]
    fall = summary["indikator"]["penurunan_pelanggaran_perda"]
    assert fall["target_renstra"] == -30 and fall["capaian_renstra"] == 0
    # Equal figures: no note, and last year's capaian stays.
    assert summary["indikator"]["skm"]["capaian_tahun_lalu"] is not None


def test_last_years_report_in_the_input_folder_is_an_input(tmp_path):
    out = tmp_path / "out"
    _run(dated_folder(tmp_path / "in2016", shift=-1), out)
    folder = dated_folder(tmp_path / "in2017")
    shutil.copy(out / "IKU_Kecamatan_Benjeng_2016.xlsx", folder / "IKU tahun lalu.xlsx")
    summary = _run(folder, tmp_path / "out2017")
    assert summary["indikator"]["ormas_dibina"]["realisasi_tahun_lalu"] == \
        pytest.approx(400 / 6)
    assert [m["berkas"] for m in summary["masalah"] if m["kode"] == "tahun_lalu_laporan"] \
        == [str(folder / "IKU tahun lalu.xlsx")]
    # Still no data of this year's: its rows are not counted again.
    assert summary["indikator"]["ormas_dibina"]["penyebut"] == 6


def test_data_contoh_and_other_kecamatan_are_never_last_year(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    # The example report (DATA CONTOH, 2017) is no last year of a 2018 report.
    (tmp_path / "kosong").mkdir()
    assert main(["run", "--input", str(tmp_path / "kosong"), "--output", str(out),
                 "--tanpa-pdf"]) in (0, 1)
    assert (out / "IKU_Kecamatan_Benjeng_2017.xlsx").exists()
    folder = dated_folder(tmp_path / "in", shift=1)
    summary = _run(folder, out)
    assert all(v["realisasi_tahun_lalu"] is None for v in summary["indikator"].values())
    assert not [m for m in summary["masalah"] if m["kode"] == "tahun_lalu_laporan"]


@pytest.mark.parametrize("n, n_1, higher, expected", [
    (100, 75, True, (25, "naik", "membaik")),
    (70, 75, True, (-5, "turun", "memburuk")),
    (5, 7.5, False, (-2.5, "turun", "membaik")),
    (80, 80, True, (0, "tetap", "tetap")),
])
def test_change_judged_by_direction(n, n_1, higher, expected):
    assert judge(n, n_1, higher) == expected


def test_a_more_negative_fall_is_better_under_the_documents_formula():
    row = bundled().row("penurunan_pelanggaran_perda")
    assert better_higher(row, "dokumen") is False
    assert judge(-40, -25, better_higher(row, "dokumen"))[2] == "membaik"
    assert better_higher(row, "biasa") is True


def test_quarterly_report_of_an_own_catalogue(tmp_path):
    """An office's own row (issue 19's kind): Jumlah kegiatan, Kolom Tanggal,
    quarterly targets 1..4. Dated Feb, May, May, Aug and one undated:
    Q1 1, Q2 3, Q3 4, Q4 4, the year 5; TW II capaian 3 / 2 = 150%."""
    folder = dated_folder(tmp_path / "in")
    catalogue_sheet(folder / "indikator.xlsx", {}, [{
        "No": 6, "Sasaran Strategis": "Meningkatnya pemberdayaan kelembagaan",
        "Indikator Kinerja Utama": "Jumlah kegiatan pembinaan kelembagaan masyarakat",
        "Sumber Data": "Laporan kegiatan", "Penanggung Jawab": "Seksi PMD",
        "Kode": "kegiatan_pembinaan", "Satuan": "kegiatan", "Cara Hitung": "Jumlah",
        "Tabel": "Kegiatan Pembinaan", "Kolom Tanggal": "Tanggal Kegiatan", "Arah": "Naik",
        "Target": 5, "Per Triwulan": "kumulatif", "Target TW I": 1, "Target TW II": 2,
        "Target TW III": 3, "Target TW IV": 4}])
    d = dt.datetime
    write_table(folder / "Kegiatan Pembinaan.xlsx", ["No", "Nama Kegiatan", "Tanggal Kegiatan"],
                [[1, "Rapat", d(2017, 2, 1)], [2, "Pelatihan", d(2017, 5, 2)],
                 [3, "Sosialisasi", d(2017, 5, 20)], [4, "Bimtek", d(2017, 8, 8)],
                 [5, "Rapat", None]], sheet="Kegiatan Pembinaan")
    out = tmp_path / "out"
    summary = _run(folder, out, "--triwulan", "2")
    entry = summary["indikator"]["kegiatan_pembinaan"]
    assert entry["nilai"] == 3 and entry["target"] == 2 and entry["capaian"] == 150.0
    assert [entry["per_triwulan"][q]["nilai"] for q in ("1", "2")] == [1, 3]
    assert entry["per_triwulan"]["1"]["capaian"] == 100.0
    assert (out / "IKU_Kecamatan_Benjeng_2017_TW2.xlsx").exists()
    sheet = openpyxl.load_workbook(out / "IKU_Kecamatan_Benjeng_2017_TW2.xlsx")[
        "Pengukuran Kinerja"]
    row = next([c.value for c in r] for r in sheet.iter_rows() if r[0].value == 8)
    # Every quarter's target (the Rencana Aksi); realisation only up to TW II.
    assert row[4:13] == [5, 1, 2, 3, 4, 1, 3, None, None]
    assert row[13] == 150 and row[14] == "Sangat Baik"
    annual = _run(folder, out)["indikator"]["kegiatan_pembinaan"]
    assert annual["nilai"] == 5
    assert [annual["per_triwulan"][q]["nilai"] for q in "1234"] == [1, 3, 4, 4]


def test_a_quarterly_report_of_last_year_alone_is_not_last_years_realisation(tmp_path):
    """Only a 2016 TW III report in the output folder: its figures stop in
    September, so the n-1 columns stay empty and a note names the file."""
    out = tmp_path / "out"
    _run(dated_folder(tmp_path / "in2016", shift=-1), out, "--triwulan", "3")
    summary = _run(dated_folder(tmp_path / "in2017"), out)
    assert all(i["realisasi_tahun_lalu"] is None for i in summary["indikator"].values())
    said = [(m["kode"], m["berkas"]) for m in summary["masalah"]
            if m["kode"].startswith("tahun_lalu")]
    assert said == [("tahun_lalu_triwulan", str(out / "IKU_Kecamatan_Benjeng_2016_TW3.xlsx"))]


def test_a_typed_fall_of_last_year_is_read_as_its_target_is(two_years, tmp_path):
    """Realisasi Tahun Lalu 50 for the penurunan indicator, as staff write its
    target ('5 berarti turun 5%'): -50 under the document's formula, with a note."""
    folder, out, _ = two_years
    catalogue_sheet(folder / "indikator.xlsx", {
        "penurunan_pelanggaran_perda": {"Realisasi Tahun Lalu": 50}})
    summary = _run(folder, out)
    assert summary["indikator"]["penurunan_pelanggaran_perda"]["realisasi_tahun_lalu"] == -50
    said = [(m["kode"], m["kolom"]) for m in summary["masalah"]
            if m["kode"] == "tahun_lalu_penurunan_dibaca"]
    assert said == [("tahun_lalu_penurunan_dibaca", "Realisasi Tahun Lalu")]


def test_a_quarterly_capaian_above_200_percent_points_at_its_quarters_target(tmp_path):
    """Target TW II of 1 (for 10 %?) against 2 of 3 ormas guided by June."""
    folder = dated_folder(tmp_path / "in")
    catalogue_sheet(folder / "indikator.xlsx", {"ormas_dibina": {"Target TW II": 1}})
    summary = _run(folder, tmp_path / "out", "--triwulan", "2")
    said = [(m["berkas"], m["lembar"], m["kolom"]) for m in summary["masalah"]
            if m["kode"] == "capaian_sangat_tinggi"]
    assert said == [("indikator.xlsx", "Indikator", "Target TW II")]


def _chart_titles(path: Path) -> list[str]:
    import re
    import zipfile

    with zipfile.ZipFile(path) as z:
        return [" ".join(re.findall(r"<a:t>([^<]*)</a:t>", z.read(n).decode()))
                for n in sorted(z.namelist()) if n.startswith("xl/charts/chart")
                if "Realisasi 2016" in z.read(n).decode()]


def test_quarterly_analisis_does_not_judge_a_count_still_growing(tmp_path):
    """TW II of 2017 against the whole of 2016: ormas (kumulatif pembilang)
    2 of 6 dibina by June against 4 of 6 in 2016 is no fall; it is not judged.
    Musrenbang (nilai akhir, 3 of 4 both years) is. TW IV is the whole year."""
    out = tmp_path / "out"
    out.mkdir()
    _run(dated_folder(tmp_path / "in2016", shift=-1), out)
    folder = dated_folder(tmp_path / "in2017")
    for args, name in ((["--triwulan", "II"], "IKU_Kecamatan_Benjeng_2017_TW2.xlsx"),
                       (["--triwulan", "IV"], "IKU_Kecamatan_Benjeng_2017_TW4.xlsx")):
        _run(folder, out, *args)
        sheet = openpyxl.load_workbook(out / name)["Analisis Capaian"]
        rows = [[c.value for c in row] for row in sheet.iter_rows()]
        by_no = {r[0]: r for r in rows if isinstance(r[0], int)}
        ormas, musrenbang = by_no[6], by_no[4]
        assert musrenbang[4] == 75 and musrenbang[6] == 75
        assert musrenbang[8:11] == [0, "tetap", "tetap"]
        texts = " ".join(str(c) for r in rows for c in r if isinstance(c, str))
        if "TW2" in name:
            assert ormas[4] == pytest.approx(200 / 6) and ormas[6] == pytest.approx(400 / 6)
            assert ormas[8:11] == ["-", "-", "-"]
            assert ("Realisasi 2017 baru s.d. Triwulan II, sedangkan 2016 satu tahun penuh: "
                    "belum dapat dibandingkan") in ormas[14]
            assert "belum dapat dibandingkan" not in musrenbang[14]
            assert _chart_titles(out / name) == [
                "Realisasi 2016 (setahun) dan 2017 s.d. Triwulan II per Indikator"]
        else:
            assert ormas[8] == pytest.approx(ormas[4] - ormas[6]) and ormas[9] in (
                "naik", "turun", "tetap")
            assert "belum dapat dibandingkan" not in texts and "baru sampai akhir" not in texts
            assert _chart_titles(out / name) == ["Realisasi 2016 dan 2017 per Indikator"]


def test_only_last_years_reports_in_the_output_folder_are_read(tmp_path, monkeypatch):
    """An output folder gathers every report of every year in arsip/: reading
    them all made each run slower year by year. Only year n-1's are read."""
    import iku_excel.rekap.collect as collect

    out = tmp_path / "out"
    _run(dated_folder(tmp_path / "in2016", shift=-1), out)
    folder = dated_folder(tmp_path / "in2017")
    for _ in range(3):
        _run(folder, out)  # each run archives the one before
    assert len(list((out / "arsip").glob("IKU_Kecamatan_Benjeng_2017_*.xlsx"))) == 2
    read: list[str] = []
    real = collect.collect

    def spy(*args, paths=(), **kwargs):
        read.extend(p.name for p in paths)
        return real(*args, paths=paths, **kwargs)

    monkeypatch.setattr(collect, "collect", spy)
    summary = _run(folder, out)
    assert read == ["IKU_Kecamatan_Benjeng_2016.xlsx"]
    assert summary["indikator"]["skm"]["realisasi_tahun_lalu"] == 65.0
