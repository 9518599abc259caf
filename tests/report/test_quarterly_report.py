"""A quarterly report as the office gets it (cycle.md): its name, title,
email text, JSON, Data sheet, and the sheet Pengukuran Kinerja; a bad
--triwulan is refused in Indonesian."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "indicators"))
from test_quarters import dated_folder  # noqa: E402

from iku_excel.cli import main  # noqa: E402
from iku_excel.report.data_sheet import read_data_sheet  # noqa: E402


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = dated_folder(tmp_path_factory.mktemp("in"))
    out = tmp_path_factory.mktemp("out")
    for args in (["--triwulan", "II"], []):
        code = main(["run", "--input", str(folder), "--output", str(out), "--tanpa-pdf",
                     "--json", str(out / f"s{'_'.join(args)}.json"), *args])
        assert code in (0, 1)
    return out


def test_name_title_email_and_json_say_the_quarter(made):
    path = made / "IKU_Kecamatan_Benjeng_2017_TW2.xlsx"
    assert path.exists() and (made / "IKU_Kecamatan_Benjeng_2017.xlsx").exists()
    book = openpyxl.load_workbook(path)
    assert "TAHUN 2017 S.D. TRIWULAN II" in [c.value for row in book["IKU"].iter_rows(
        max_row=8) for c in row]
    email = (made / "IKU_Kecamatan_Benjeng_2017_TW2_email.txt").read_text(encoding="utf-8-sig")
    assert "Tahun 2017 s.d. Triwulan II" in email
    # The signing month follows the quarter: June ends, July signs.
    assert any("Juli 2017" in str(c.value) for row in book["IKU"].iter_rows() for c in row
               if c.value)
    summary = json.loads((made / "s--triwulan_II.json").read_text(encoding="utf-8"))
    assert summary["triwulan"] == 2
    konflik = summary["indikator"]["konflik_ditindaklanjuti"]
    assert set(konflik["per_triwulan"]) == {"1", "2"}
    assert konflik["per_triwulan"]["1"]["pembilang"] == 1
    assert konflik["per_triwulan"]["1"]["penyebut"] == 2
    assert konflik["per_triwulan"]["2"]["capaian"] is None
    annual = json.loads((made / "s.json").read_text(encoding="utf-8"))
    assert annual["triwulan"] is None and set(
        annual["indikator"]["skm"]["per_triwulan"]) == {"1", "2", "3", "4"}


def test_data_sheet_says_the_quarter(made):
    for name, triwulan in (("IKU_Kecamatan_Benjeng_2017_TW2.xlsx", 2),
                           ("IKU_Kecamatan_Benjeng_2017.xlsx", None)):
        book = openpyxl.load_workbook(made / name)
        rows = [tuple(c.value for c in row) for row in book["Data"].iter_rows()]
        data, findings = read_data_sheet(rows, name)
        assert data is not None and data.triwulan == triwulan


def test_pengukuran_kinerja_sheet(made):
    sheet = openpyxl.load_workbook(made / "IKU_Kecamatan_Benjeng_2017_TW2.xlsx")[
        "Pengukuran Kinerja"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(i for i, r in enumerate(rows) if r[0] == "NO")
    assert rows[header][9:13] == ["REALISASI TW I", "REALISASI TW II", "REALISASI TW III",
                                  "REALISASI TW IV"]
    by_no = {r[0]: r for r in rows[header + 1:header + 8]}
    konflik = by_no[3]
    assert konflik[4] == pytest.approx(90)                    # the year's target
    assert konflik[5:9] == ["-", "-", "-", "-"]               # no quarterly targets
    assert konflik[9] == pytest.approx(50) and konflik[10] == pytest.approx(200 / 3)
    assert konflik[11] is None and konflik[12] is None        # after the period: blank
    assert konflik[13] == "-" and "target triwulan" in konflik[15]
    ormas = by_no[6]
    assert ormas[9] == pytest.approx(100 / 6) and ormas[10] == pytest.approx(200 / 6)
    annual = openpyxl.load_workbook(made / "IKU_Kecamatan_Benjeng_2017.xlsx")[
        "Pengukuran Kinerja"]
    rows = [[c.value for c in row] for row in annual.iter_rows()]
    skm = next(r for r in rows if r[0] == 1)
    assert skm[9:13] == pytest.approx([100, 75, 75, 62.5])
    assert skm[13] == pytest.approx(65 / 80 * 100)            # the year against its target


def test_not_final_line_names_the_quarter_targets(made):
    """Missing are the Target TW II of a TW II report, not the year's."""
    lines = [c.value for row in openpyxl.load_workbook(
        made / "IKU_Kecamatan_Benjeng_2017_TW2.xlsx")["IKU"].iter_rows() for c in row
        if isinstance(c.value, str) and c.value.startswith("BELUM FINAL")]
    assert len(lines) == 1 and "target Triwulan II 7 indikator belum diisi" in lines[0]
    annual = [c.value for row in openpyxl.load_workbook(
        made / "IKU_Kecamatan_Benjeng_2017.xlsx")["IKU"].iter_rows() for c in row
        if isinstance(c.value, str) and "belum diisi" in c.value]
    assert not any("Triwulan" in line for line in annual)


@pytest.mark.parametrize("bad", ["5", "0", "dua", "TW V", "-1", "-2"])
def test_bad_quarter_is_refused_in_indonesian(tmp_path, capsys, bad):
    code = main(["run", "--input", str(dated_folder(tmp_path)), "--output",
                 str(tmp_path / "out"), "--tanpa-pdf", "--triwulan", bad])
    assert code == 2
    err = capsys.readouterr().err
    assert "Triwulan" in err and "1, 2, 3 atau 4" in err and "Traceback" not in err
    assert not list((tmp_path / "out").glob("*.xlsx"))


def test_settings_row_triwulan(tmp_path):
    from builders import BASE_SETTINGS, write_settings

    from iku_excel.pipeline import analyse

    folder = dated_folder(tmp_path)
    write_settings(folder / "pengaturan.xlsx", {**BASE_SETTINGS, "Triwulan": "TW III"})
    run = analyse(folder)
    assert run.triwulan == 3 and set(run.quarters["skm"]) == {1, 2, 3}
    write_settings(folder / "pengaturan.xlsx", {**BASE_SETTINGS, "Triwulan": "lima"})
    run = analyse(folder)
    assert run.triwulan is None
    assert any(f.code == "pengaturan_nilai_salah" and f.column == "Triwulan"
               for f in run.findings)


@pytest.mark.parametrize("typed, expected", [(2, 2), (2.0, 2), ("2", 2), ("II", 2),
                                             ("Tahunan", None)])
def test_settings_triwulan_as_staff_type_it(tmp_path, typed, expected):
    """A number cell (the tester's 'Triwulan | 2' came as 2.0 and gave a whole
    year's report over the real one) or a word for the whole year."""
    from builders import BASE_SETTINGS, write_settings

    from iku_excel.pipeline import analyse

    folder = dated_folder(tmp_path)
    write_settings(folder / "pengaturan.xlsx", {**BASE_SETTINGS, "Triwulan": typed})
    run = analyse(folder)
    assert run.triwulan == expected
    assert not [f for f in run.findings if f.column == "Triwulan"]


def _keterangan(path, no):
    sheet = openpyxl.load_workbook(path)["Pengukuran Kinerja"]
    row = next([c.value for c in r] for r in sheet.iter_rows() if r[0].value == no)
    return row, row[15]


def test_annual_report_says_why_tw_iv_is_not_the_year(made, tmp_path):
    """SKM: 2 respondents undated, pelanggaran: 1 row, ormas: 1 dibina row
    (dated_folder): left out of TW IV, counted in the year; the cell says so."""
    annual = made / "IKU_Kecamatan_Benjeng_2017.xlsx"
    skm, why = _keterangan(annual, 1)
    assert skm[12] == 62.5 and "2 baris tanpa tanggal tidak dihitung per triwulan; " \
        "dihitung pada angka tahunan" in why
    fall, why = _keterangan(annual, 2)
    assert fall[12] == -25 and "1 baris tanpa tanggal" in why
    ormas, why = _keterangan(annual, 6)
    assert ormas[12] == 50 and "1 baris tanpa tanggal" in why
    konflik, why = _keterangan(annual, 3)
    assert "tanpa tanggal" not in why      # the April sheet dates its row

    # Year n-1 only as a yearly total: no quarter, the year still measured.
    from builders import BASE_SETTINGS, write_settings, write_table
    folder = dated_folder(tmp_path / "in")
    write_table(folder / "Register_Pelanggaran_2016-2017.xlsx",
                ["No", "Hari, Tanggal", "Nama Pelanggar", "Jenis Pelanggaran"],
                [[1, dt.datetime(2017, 1, 10), "P1", "PKL"],
                 [2, dt.datetime(2017, 7, 10), "P2", "PKL"]],
                sheet="Register", titles=("REGISTER PELANGGARAN PERDA", "TAHUN 2017"))
    write_settings(folder / "pengaturan.xlsx",
                   {**BASE_SETTINGS, "Jumlah Pelanggaran Perda Tahun Sebelumnya": 4})
    assert main(["run", "--input", str(folder), "--output", str(tmp_path / "out"),
                 "--tanpa-pdf"]) in (0, 1)
    fall, why = _keterangan(tmp_path / "out" / "IKU_Kecamatan_Benjeng_2017.xlsx", 2)
    assert fall[9:13] == ["-", "-", "-", "-"] and fall[13] is not None
    assert "jumlah setahun" in why and "Tahunan: realisasi satu tahun tetap dihitung" in why


def test_change_detail_rows_are_as_tall_as_their_wrapped_label(made):
    sheet = openpyxl.load_workbook(made / "IKU_Kecamatan_Benjeng_2017_TW2.xlsx")["Perhitungan"]
    labels = [(c.row, c.value) for r in sheet.iter_rows() for c in r
              if isinstance(c.value, str) and c.value.startswith("Jumlah pelanggaran perda")]
    assert [text for _, text in labels] == [
        "Jumlah pelanggaran perda tahun n (2017) s.d. Triwulan II",
        "Jumlah pelanggaran perda tahun n-1 (2016) s.d. Triwulan II"]
    width = sheet.column_dimensions["B"].width
    assert all(len(text) > width for _, text in labels)      # each wraps to two lines
    for row, _ in labels:
        assert (sheet.row_dimensions[row].height or 15) >= 2 * 14.5


def test_the_command_s_quarter_over_the_settings_is_said(tmp_path):
    from builders import BASE_SETTINGS, write_settings

    from iku_excel.pipeline import analyse

    folder = dated_folder(tmp_path)
    write_settings(folder / "pengaturan.xlsx", {**BASE_SETTINGS, "Triwulan": "II"})
    run = analyse(folder, triwulan=3)
    assert run.triwulan == 3
    said = [f.params for f in run.findings if f.code == "triwulan_beda"]
    assert said == [{"perintah": 3, "pengaturan": 2}]
    assert not [f for f in analyse(folder).findings if f.code == "triwulan_beda"]
