"""Reports whose catalogues share only some Kodes, of a quarter, from a
regency whose list is not bundled: Data sheets built directly through the
report's own Data sheet writer, beside the regency's Daftar Kecamatan and
settings sheet (who signs)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from iku_excel.cli import main
from iku_excel.indicators.capaian import category
from iku_excel.report.data_sheet import IndicatorData, ReportData, write_data_sheet
from iku_excel.report.iku_sheet import HEADERS
from iku_excel.report.styles import Styles


def indicator(kode: str, capaian: float | None, target: float = 50.0) -> IndicatorData:
    """Figures that follow from each other, as a report's own Data sheet
    holds them (the rekap checks: rekap/consistency.py): realisasi from
    pembilang / penyebut, capaian from realisasi and target, kategori from
    capaian."""
    realisasi = 50.0 if capaian is None else capaian * target / 100
    return IndicatorData(kode, f"Indikator {kode.upper()}", "%", "naik", target, realisasi,
                         capaian, None if capaian is None else category(capaian),
                         realisasi, 100.0)


def write_report(path: Path, kecamatan: str, indicators: list[IndicatorData],
                 tahun: int = 2024, triwulan: int | None = 2, contoh: bool = False,
                 dibuat: dt.datetime = dt.datetime(2024, 7, 5, 10, 0)) -> Path:
    data = ReportData(kecamatan, "Sidoarjo", tahun, triwulan, contoh, 0, 0, dibuat, "0.1.0",
                      "0" * 64, {i.kode: i for i in indicators})
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook = xlsxwriter.Workbook(str(path))
    iku = workbook.add_worksheet("IKU")  # the report's own table, showing the same figures
    iku.write_row(0, 0, HEADERS)
    for row, item in enumerate(indicators, start=1):
        shown = [item.target, item.realisasi, item.capaian,
                 item.kategori or "Capaian tidak dihitung: target belum diisi"]
        iku.write_row(row, 0, [row, "Sasaran", item.indikator, "", "", "Kecamatan"])
        iku.write_row(row, 6, ["-" if v is None else v for v in shown])
    write_data_sheet(workbook, Styles(workbook), data)
    workbook.close()
    return path


@pytest.fixture
def folder(tmp_path) -> Path:
    masuk = tmp_path / "masuk"
    write_report(masuk / "alpha.xlsx", "Alpha", [
        indicator("a", 100.0), indicator("b", 90.004), indicator("c", 80.005)])
    write_report(masuk / "beta.xlsx", "Beta", [
        indicator("b", 95.5), indicator("c", 70.0), indicator("d", 120.0)])
    write_report(masuk / "gamma.xlsx", "Kec. Gamma", [
        indicator("a", 110.0), indicator("b", None)])
    write_report(masuk / "zeta.xlsx", "Zeta", [indicator("a", 50.0), indicator("b", 60.0)])
    write_report(masuk / "alpha 2023.xlsx", "Alpha", [indicator("a", 10.0)], tahun=2023,
                 triwulan=None)
    book = openpyxl.Workbook()
    settings = book.active
    settings.title = "Pengaturan Rekap"
    for row in (["PENGATURAN REKAP"], [], ["Uraian", "Isi"], ["Kabupaten", "Sidoarjo"],
                ["Tempat Penandatanganan", "Sidoarjo"],
                ["Tanggal Penandatanganan", "15 Juli 2024"],
                ["Jabatan", "KEPALA BAGIAN ORGANISASI"],
                ["Nama Penandatangan", "Dra. SITI AMINAH, M.Si."],
                ["Pangkat", "Pembina"], ["NIP", "19700101 199003 2 001"]):
        settings.append(row)
    daftar = book.create_sheet("Daftar Kecamatan")
    for row in (["DAFTAR KECAMATAN"], ["No", "Kecamatan"], [1, "Alpha"], [2, "Beta"],
                [3, "Gamma"], [4, "Delta"]):
        daftar.append(row)
    book.save(masuk / "Pengaturan Rekap.xlsx")
    return masuk


def _rows(sheet) -> list[list]:
    return [[c.value for c in row] for row in sheet.iter_rows()]


def test_catalogues_sharing_some_kodes_roll_up_on_the_shared_ones(folder, tmp_path):
    code = main(["rekap", "--input", str(folder), "--output", str(tmp_path / "out"),
                 "--json", str(tmp_path / "r.json")])
    summary = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert code == 1
    assert Path(summary["laporan"]).name == "Rekap_IKU_Kabupaten_Sidoarjo_2024_TW2.xlsx"
    assert (summary["kabupaten"], summary["tahun"], summary["triwulan"]) == ("Sidoarjo", 2024, 2)
    # a: Alpha, Gamma, Zeta; b: all four; c: Alpha, Beta; d: Beta alone, not compared.
    assert summary["indikator_bersama"] == ["a", "b", "c"]
    by_name = {k["nama"]: k for k in summary["kecamatan"]}
    assert list(by_name) == ["Alpha", "Beta", "Gamma", "Delta", "Zeta"]
    # By hand, on the capaian as shown (two decimals, half away from zero):
    # Alpha (100,00 + 90,00 + 80,01) / 3 = 90,0033 -> 90,00; Beta (95,50 + 70,00) / 2 = 82,75;
    # Gamma a only (b not computed): 110,00, not ranked; Zeta (50 + 60) / 2 = 55,00.
    assert {n: (k["rata_rata_capaian"], k["peringkat"], k["indikator_capaian_100"])
            for n, k in by_name.items()} == {
        "Alpha": (90.0, 1, 1), "Beta": (82.75, 2, 0), "Gamma": (110.0, None, 1),
        "Delta": (None, None, None), "Zeta": (55.0, 3, 0)}
    # The JSON gives the report's capaian unrounded (cli.md); the mean and rank
    # go by the two decimals the reports show.
    assert by_name["Alpha"]["indikator"]["c"]["capaian"] == 80.005
    assert sorted(by_name["Beta"]["indikator"]) == ["b", "c"]
    assert by_name["Delta"]["status"] == "belum mengirim"
    assert by_name["Alpha"]["status"] == "diterima"  # its IKU sheet shows its Data sheet's figures
    assert by_name["Zeta"]["dalam_daftar"] is False
    codes = {(m["kode"], m["berkas"]) for m in summary["masalah"]}
    assert ("rekap_indikator_satu_laporan", None) in codes
    assert ("rekap_rata_sebagian", "gamma.xlsx") in codes
    assert ("rekap_kecamatan_tidak_dikenal", "zeta.xlsx") in codes
    assert ("rekap_nama_disesuaikan", "gamma.xlsx") in codes
    assert ("rekap_periode_lain", "alpha 2023.xlsx") in codes
    assert ("rekap_belum_mengirim", None) in codes
    assert ("rekap_daftar_dipakai", "Pengaturan Rekap.xlsx") in codes


def test_per_indikator_ranks_and_the_regency_signs(folder, tmp_path):
    main(["rekap", "--input", str(folder), "--output", str(tmp_path / "out")])
    book = openpyxl.load_workbook(tmp_path / "out" / "Rekap_IKU_Kabupaten_Sidoarjo_2024_TW2.xlsx")
    rows = _rows(book["Per Indikator"])
    blocks = {}
    for i, row in enumerate(rows):
        if isinstance(row[0], str) and "(kode " in row[0]:
            kode = row[0].split("(kode ")[1].split(";")[0].replace(" ", "_")
            lines = []
            for line in rows[i + 2:]:
                if not isinstance(line[0], int):
                    break
                lines.append((line[1], line[4], line[6]))
            blocks[kode] = lines
    assert blocks == {
        "a": [("Gamma", 110.0, 1), ("Alpha", 100.0, 2), ("Zeta", 50.0, 3)],
        "b": [("Beta", 95.5, 1), ("Alpha", 90.0, 2), ("Zeta", 60.0, 3), ("Gamma", "-", "-")],
        "c": [("Alpha", 80.01, 1), ("Beta", 70.0, 2)],
    }
    assert len(book["Per Indikator"]._charts) == 3
    rekap = _rows(book["Rekap"])
    texts = [c for row in rekap for c in row if isinstance(c, str)]
    assert "S.D. TRIWULAN II TAHUN 2024" in texts and "KABUPATEN SIDOARJO" in texts
    signature = texts[texts.index("Sidoarjo, 15 Juli 2024"):]
    assert signature[:5] == ["Sidoarjo, 15 Juli 2024", "KEPALA BAGIAN ORGANISASI",
                             "Dra. SITI AMINAH, M.Si.", "Pembina", "NIP. 19700101 199003 2 001"]
    status = {row[1]: row[8] for row in _rows(book["Status Laporan"]) if isinstance(row[0], int)
              and row[2] == "alpha 2023.xlsx"}
    assert status == {"Alpha": "periode lain"}


def test_choose_the_period(folder, tmp_path):
    code = main(["rekap", "--input", str(folder), "--output", str(tmp_path / "out"),
                 "--tahun", "2023", "--json", str(tmp_path / "r.json")])
    summary = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert code == 1 and Path(summary["laporan"]).name == "Rekap_IKU_Kabupaten_Sidoarjo_2023.xlsx"
    counted = [k["nama"] for k in summary["kecamatan"] if k["berkas"]]
    assert counted == ["Alpha"]
    assert summary["indikator_bersama"] == ["a"]  # one report: all of its Kodes


def test_a_kecamatan_settings_sheet_never_signs_the_rekap(folder, tmp_path):
    book = openpyxl.Workbook()
    for row in (["Uraian", "Isi"], ["Kecamatan", "Alpha"], ["Nama Camat", "CAMAT ALPHA"],
                ["NIP", "19700101 199003 1 002"]):
        book.active.append(row)
    book.save(folder / "Pengaturan_IKU_2024.xlsx")
    (folder / "Pengaturan Rekap.xlsx").unlink()
    main(["rekap", "--input", str(folder), "--output", str(tmp_path / "out"),
          "--json", str(tmp_path / "r.json")])
    summary = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert ("rekap_pengaturan_kecamatan", "Pengaturan_IKU_2024.xlsx", "Sheet", 2) in {
        (m["kode"], m["berkas"], m["lembar"], m["baris"]) for m in summary["masalah"]}
    book = openpyxl.load_workbook(summary["laporan"])
    assert not any(isinstance(c, str) and "CAMAT ALPHA" in c
                   for row in book["Rekap"].iter_rows(values_only=True) for c in row)
    # Sidoarjo's list is not bundled and no Daftar Kecamatan is left: the reports are the list.
    assert "rekap_daftar_tidak_ada" in {m["kode"] for m in summary["masalah"]}
    assert [k["nama"] for k in summary["kecamatan"]] == ["Alpha", "Beta", "Kec. Gamma", "Zeta"]


def test_input_text_never_becomes_a_formula(tmp_path):
    masuk = tmp_path / "masuk"
    write_report(masuk / "a.xlsx", "=HYPERLINK(\"http://x\",\"klik\")", [indicator("a", 90.0)])
    write_report(masuk / "b.xlsx", "+Beta", [indicator("a", 80.0)])
    main(["rekap", "--input", str(masuk), "--output", str(tmp_path / "out")])
    path = next((tmp_path / "out").glob("*.xlsx"))
    for sheet in openpyxl.load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
