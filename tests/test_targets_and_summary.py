"""Targets as a tester typed them, and what the report and JSON say of them:
a percentage cell read as a percentage, an achievement above 200 % warned
with its figures, the JSON target always the number the capaian used."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

import openpyxl
import pytest
import xlsxwriter
from builders import BASE_SETTINGS, write_settings, write_table

from iku_excel.cli import main
from iku_excel.messages import text_of
from iku_excel.pipeline import analyse
from iku_excel.reading.xlsx_extras import read_extras

PERDA = ["No", "Tanggal", "Nama Pelanggar", "Desa", "Jenis Pelanggaran"]
KONFLIK = ["No", "Tanggal", "Desa", "Jenis Konflik", "Status"]


def test_percentage_cells_are_found_by_their_number_format():
    """Excel's own 0% (built in), a format of the workbook's own (0.0%) and a
    quoted '%' that is only text."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("Pengaturan")
    sheet.write_number(0, 1, 0.85, book.add_format({"num_format": "0%"}))
    sheet.write_number(1, 1, 0.855, book.add_format({"num_format": "0.0%"}))
    sheet.write_number(2, 1, 85, book.add_format({"num_format": '0" %"'}))
    sheet.write_number(3, 1, 85)
    book.close()
    extras = read_extras(buffer.getvalue())
    assert extras["Pengaturan"].percent_cells == {(0, 1), (1, 1)}


def test_a_workbook_without_percent_formats_says_so():
    book = openpyxl.Workbook()
    book.active.append(["Target Konflik", 0.85])
    buffer = io.BytesIO()
    book.save(buffer)
    extras = read_extras(buffer.getvalue())
    assert extras[book.active.title].percent_cells == set()


def _penurunan_folder(folder, target):
    write_settings(folder / "pengaturan.xlsx", {
        **BASE_SETTINGS, "Jumlah Pelanggaran Perda Tahun 2016": 12,
        "Target Penurunan Pelanggaran Perda (%)": target})
    write_table(folder / "register.xlsx", PERDA,
                [[i, dt.datetime(2017, 1 + i, 3), f"P{i}", "Dermo", "PKL"] for i in range(10)])


def test_an_achievement_above_200_percent_is_warned_with_its_figures(tmp_path):
    """A tester's A: 10 violations in 2017, 12 in 2016, target "5" (a fall
    of 5 %, -5 under the document's formula): (10 - 12) / 10 = -20 % against
    -5 is 400 %."""
    _penurunan_folder(tmp_path, 5)
    run = analyse(tmp_path)
    result = run.results["penurunan_pelanggaran_perda"]
    assert result.capaian.nilai == pytest.approx(400.0)
    found = [f for f in run.findings if f.code == "capaian_sangat_tinggi"]
    assert [(f.file, f.sheet) for f in found] == [("pengaturan.xlsx", "Pengaturan")]
    text = text_of(found[0])
    assert "400,00%" in text and "-20,00%" in text and "target -5%" in text
    assert "tahun n: 10, tahun n-1: 12" in text


def test_an_achievement_of_200_percent_or_less_is_not_warned(tmp_path):
    _penurunan_folder(tmp_path, 20)  # -20 % against -20: 100 %
    run = analyse(tmp_path)
    assert run.results["penurunan_pelanggaran_perda"].capaian.nilai == pytest.approx(100.0)
    assert not [f for f in run.findings if f.code == "capaian_sangat_tinggi"]


def test_json_target_is_the_number_the_capaian_used(tmp_path):
    """A range's near end, a written text kept as written beside it: the
    JSON target was "80 - 90" (a string) for a range and a number elsewhere."""
    folder = tmp_path / "in"
    write_settings(folder / "pengaturan.xlsx", {**BASE_SETTINGS, "Target SKM": "76,61 - 88,30",
                                                "Target Konflik Ditindaklanjuti (%)": "85%"})
    write_table(folder / "konflik.xlsx", KONFLIK,
                [[i, f"0{i}/05/2017", "Dermo", "Sengketa", s]
                 for i, s in enumerate(["Sudah", "Sudah", "Belum", "Sudah"], 1)])
    answers = [[3] * 9, [4] * 9]
    write_table(folder / "skm.xlsx", ["No", *[f"U{i}" for i in range(1, 10)]],
                [[i, *a] for i, a in enumerate(answers, 1)])
    assert main(["run", "--input", str(folder), "--output", str(tmp_path / "out"),
                 "--json", str(tmp_path / "s.json"), "--tanpa-pdf"]) in (0, 1)
    summary = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["indikator"]
    assert summary["skm"]["target"] == pytest.approx(76.61)
    assert summary["skm"]["target_teks"] == "76,61 - 88,30"
    assert summary["konflik_ditindaklanjuti"]["target"] == 85.0
    assert summary["konflik_ditindaklanjuti"]["target_teks"] == "85%"
    assert summary["penurunan_pelanggaran_perda"]["target"] == -20.0  # as the formula reads it
    assert summary["penurunan_pelanggaran_perda"]["target_teks"] == "-20"
    for entry in summary.values():
        assert entry["target"] is None or isinstance(entry["target"], float)


def test_a_whole_number_read_as_a_decimal_is_shown_whole(tmp_path):
    """An answer 5 (an Excel number, 5.0 once read) is "5" in the message,
    a date 6 Juni 2017, a decimal with a comma."""
    write_table(tmp_path / "skm.xlsx", ["No", *[f"U{i}" for i in range(1, 10)]],
                [[1, *[3] * 9], [2, 3, 3, 3, 3, 5.0, 3, 3, 3, 3]])
    run = analyse(tmp_path, tahun=2017)
    bad = [f for f in run.findings if f.code == "skm_jawaban_tidak_sah"]
    assert len(bad) == 1 and '("5")' in text_of(bad[0])
    from iku_excel.messages import as_json, shown_value
    assert as_json(bad[0])["nilai"] == "5"
    assert shown_value(dt.datetime(2017, 6, 6)) == "6 Juni 2017"
    assert shown_value(0.85) == "0,85"


def test_a_zip_without_styles_has_no_percent_cells():
    buffer = io.BytesIO()
    book = openpyxl.Workbook()
    book.save(buffer)
    data = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, \
            zipfile.ZipFile(data, "w") as dst:
        for info in src.infolist():
            if info.filename != "xl/styles.xml":
                dst.writestr(info, src.read(info.filename))
    assert all(e.percent_cells == set() for e in read_extras(data.getvalue()).values())
