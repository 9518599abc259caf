"""The blank input workbook: committed copy is what the command writes, its
dropdowns are the intended lists, and a filled copy is read like staff files."""

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pytest

from iku_excel.cli import main
from iku_excel.pipeline import analyse
from iku_excel.template import DESA_BENJENG, write_template

COMMITTED = Path(__file__).resolve().parent.parent / "templates" / "IKU_template.xlsx"


def test_committed_template_is_what_the_command_writes(tmp_path):
    assert main(["template", str(tmp_path / "t.xlsx")]) == 0
    assert (tmp_path / "t.xlsx").read_bytes() == COMMITTED.read_bytes()


def test_dropdowns(tmp_path):
    book = openpyxl.load_workbook(write_template(tmp_path / "t.xlsx"))
    def lists(sheet):
        return {str(dv.sqref).split(":")[0].rstrip("0123456789"): dv.formula1
                for dv in book[sheet].data_validations.dataValidation if dv.type == "list"}
    skm = lists("Survei SKM")
    assert skm["H"] == '"1,2,3,4"'
    assert lists("Ormas")["F"] == '"Ya,Tidak"'
    assert lists("Konflik")["C"] == f"Daftar!$A$4:$A${len(DESA_BENJENG) + 3}"
    assert book["Daftar"].sheet_state == "hidden"
    # A1 marks the lists as the tool's own, no data (reading/own_sheets.py).
    assert book["Daftar"]["A1"].value == "Daftar pilihan isian (iku-excel: bukan data)"
    assert [c.value for c in book["Daftar"]["A"]][3:] == list(DESA_BENJENG)


def test_filled_template_gives_expected_indicators(tmp_path):
    folder = tmp_path / "input"
    folder.mkdir()
    path = write_template(folder / "isian.xlsx")
    book = openpyxl.load_workbook(path)
    ormas = book["Ormas"]
    for i, dibina in enumerate(["Ya", "Ya", "Tidak", "Ya"], start=4):
        ormas.append([i - 3, f"Ormas {i}", "Sosial", "Dermo", "Ketua", dibina])
    hadir = book["Hadir Musrenbang"]
    for i in range(10):
        hadir.append([i + 1, f"Peserta {i}", "Kades", "Lundo", "Ya" if i < 7 else "Tidak"])
    lembaga = book["Lembaga Ekonomi"]
    lembaga.append([1, "BUMDes Dermo", "BUMDes", "Dermo", dt.datetime(2017, 4, 2)])
    lembaga.append([2, "KUD Benjeng", "KUD", "Bulurejo", None])
    # The blank template holds no value: the year and kecamatan are filled too.
    signer = {"Kecamatan": "Benjeng", "Tahun": 2017, "Nama Camat": "NURYADI, S.Pd. MM.",
              "Pangkat": "Pembina Tingkat I", "NIP": "19671020 198803 1 009"}
    for row in book["Pengaturan"].iter_rows(min_row=4):
        if row[0].value in signer:
            row[1].value = signer[row[0].value]
    book.save(path)
    run = analyse(folder)
    assert run.results["ormas_dibina"].nilai == pytest.approx(75.0)       # 3 of 4
    assert run.results["partisipasi_musrenbang"].nilai == pytest.approx(70.0)  # 7 of 10
    assert run.results["lembaga_ekonomi_dibina"].nilai == pytest.approx(50.0)  # 1 of 2
    assert run.settings.nip == "19671020 198803 1 009"
    assert run.settings.nama_camat == "NURYADI, S.Pd. MM."
    assert "penandatangan_kosong" not in [f.code for f in run.findings]
    assert run.results["konflik_ditindaklanjuti"].nilai is None  # empty sheet: not 0


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_template_opens_in_libreoffice(tmp_path):
    import zipfile

    from soffice import convert

    out = convert(COMMITTED, tmp_path / "ods", "ods", tmp_path / "profile")
    content = zipfile.ZipFile(out).read("content.xml").decode("utf-8")
    # The dropdowns survive as LibreOffice validations with their lists.
    assert "table:content-validation" in content
    assert '"Ya";"Tidak"' in content or "&quot;Ya&quot;;&quot;Tidak&quot;" in content


def _settings_cells(path: Path) -> dict[str, object]:
    ws = openpyxl.load_workbook(path)["Pengaturan"]
    return {row[0].value: row[1].value for row in ws.iter_rows(min_row=4)}


def test_signer_rows_are_empty_and_say_what_goes_there(tmp_path):
    path = write_template(tmp_path / "t.xlsx")
    cells = _settings_cells(path)
    for label in ("Nama Camat", "Pangkat", "NIP", "Tanggal Penandatanganan"):
        assert label in cells and cells[label] is None, label
    ws = openpyxl.load_workbook(path)["Pengaturan"]
    rows = {row[0].value: row[0].row for row in ws.iter_rows(min_row=4)}
    prompts = {str(dv.sqref): (dv.promptTitle, dv.prompt)
               for dv in ws.data_validations.dataValidation}
    for label in ("Nama Camat", "Pangkat", "NIP", "Tanggal Penandatanganan"):
        title, message = prompts[f"B{rows[label]}"]
        assert title and message, label
    assert "19700101 199003 1 001" in prompts[f"B{rows['NIP']}"][1]
    # Nothing of the example's Camat anywhere in the blank workbook.
    book = openpyxl.load_workbook(path)
    texts = [str(c.value) for ws in book.worksheets for r in ws.iter_rows() for c in r
             if c.value is not None] + [dv.prompt or "" for ws in book.worksheets
                                        for dv in ws.data_validations.dataValidation]
    assert not [t for t in texts if "NURYADI" in t or "19671020" in t]


def test_unfilled_template_is_no_settings_and_asks_for_the_signer(tmp_path):
    """A template whose Pengaturan nobody filled carries no settings: the
    sheet is noted as empty, the run says it has no settings sheet and asks
    for the signer; its hidden lists are never read as data."""
    folder = tmp_path / "input"
    path = write_template(folder / "isian.xlsx")
    book = openpyxl.load_workbook(path)
    book["Ormas"].append([1, "Ormas A", "Sosial", "Dermo", "Ketua", "Ya"])
    book.save(path)
    run = analyse(folder, tahun=2017)
    codes = [(f.code, f.file, f.sheet) for f in run.findings]
    assert ("pengaturan_kosong", "isian.xlsx", "Pengaturan") in codes
    assert ("pengaturan_tidak_ada", None, None) in codes
    assert ("penandatangan_kosong", None, None) in codes
    assert run.settings.nama_camat is None and run.settings.nip is None
    assert not run.settings.found and run.settings.targets == {}
    assert {t.sheet for t in run.tables} == {
        "Survei SKM", "Pelanggaran Perda", "Konflik", "Hadir Musrenbang", "Usulan Musrenbang",
        "Ormas", "Lembaga Ekonomi"}
    assert not [f for f in run.findings if f.sheet in ("Daftar", "Petunjuk")]


def test_filled_template_counts_only_what_staff_wrote(tmp_path):
    """A tester's T1: five violations of 2017 in the template, last year's
    ten in Pengaturan. The hidden lists once gave two more undated
    violations (n = 7): by hand (5 - 10) / 5 = -100 %."""
    folder = tmp_path / "input"
    path = write_template(folder / "Isian_IKU.xlsx")
    book = openpyxl.load_workbook(path)
    values = {"Kecamatan": "Benjeng", "Tahun": 2017,
              "Jumlah Pelanggaran Perda Tahun Sebelumnya": 10}
    for row in book["Pengaturan"].iter_rows(min_row=4):
        if row[0].value in values:
            row[1].value = values[row[0].value]
    for i in range(1, 6):
        book["Pelanggaran Perda"].append([i, f"0{i}/04/2017", f"P{i}", "Dermo", "PKL",
                                          "Perda 3/2012", "Teguran"])
    book.save(path)
    run = analyse(folder)
    result = run.results["penurunan_pelanggaran_perda"]
    assert (result.penurunan.jumlah_tahun_n, result.penurunan.jumlah_tahun_n_1) == (5, 10)
    assert result.nilai == pytest.approx(-100.0)
    assert [t.sheet for t in run.tables if t.source.code == "pelanggaran"] == [
        "Pelanggaran Perda"]


def test_settings_dropdowns_offer_their_real_choices(tmp_path):
    """An inline list is split at every comma: "0,111" became "0" and "111"."""
    book = openpyxl.load_workbook(write_template(tmp_path / "t.xlsx"))
    ws = book["Pengaturan"]
    labels = {row[1].coordinate: row[0].value for row in ws.iter_rows(min_row=4)}
    offered = {}
    for dv in ws.data_validations.dataValidation:
        if dv.type == "list":
            sheet, cells = dv.formula1.split("!")
            first, last = cells.replace("$", "").split(":")
            offered[labels[str(dv.sqref)]] = [c.value for row in book[sheet][first:last]
                                              for c in row]
    assert offered["Bobot SKM"] == ["Tepat (1/9)", "0,111", "0,11", "0,071", "0,07"]
    assert offered["Aturan SKM"] == ["PermenPAN-RB 16/2014", "PermenPAN-RB 14/2017",
                                     "KepMenPAN 25/2004"]
    assert offered["Ukuran Kertas"] == ["F4", "A4"]
    assert offered["Lampirkan Catatan Data di PDF"] == ["Tidak", "Ya"]


def test_template_never_overwrites(tmp_path, capsys):
    """A second run on the same path keeps the first file (perhaps filled in)
    and writes the next free name, saying so."""
    path = tmp_path / "input" / "Isian_IKU.xlsx"
    assert main(["template", str(path)]) == 0
    book = openpyxl.load_workbook(path)
    book["Ormas"].append([1, "Ormas yang sudah diisi", "Sosial", "Dermo", "Ketua", "Ya"])
    book.save(path)
    filled = path.read_bytes()
    capsys.readouterr()
    assert main(["template", str(path)]) == 0
    second = path.with_name("Isian_IKU (2).xlsx")
    assert path.read_bytes() == filled
    assert second.read_bytes() == COMMITTED.read_bytes()
    out = capsys.readouterr().out
    assert f"Berkas {path} sudah ada dan tidak ditimpa" in out
    assert f"Buku kerja isian ditulis: {second}" in out
    assert main(["template", str(path)]) == 0
    assert path.with_name("Isian_IKU (3).xlsx").exists()
    assert sorted(p.name for p in path.parent.iterdir()) == [
        "Isian_IKU (2).xlsx", "Isian_IKU (3).xlsx", "Isian_IKU.xlsx"]  # no temporary left


def test_template_without_hard_links_still_never_overwrites(tmp_path, monkeypatch):
    """A FAT32 flash drive has no hard links."""
    import os

    def no_links(*args):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    path = tmp_path / "Isian_IKU.xlsx"
    path.write_bytes(b"filled in")
    assert write_template(path) == tmp_path / "Isian_IKU (2).xlsx"
    assert path.read_bytes() == b"filled in"


def test_indikator_sheet_is_the_bundled_catalogue_with_notes_and_dropdowns(tmp_path):
    from iku_excel.catalogue.bundled import bundled_cells, bundled_tugas_lines

    book = openpyxl.load_workbook(write_template(tmp_path / "t.xlsx"))
    sheet = book["Indikator"]
    rows = [["" if v is None else str(v) for v in row]
            for row in sheet.iter_rows(min_row=3, values_only=True)]
    assert rows == bundled_cells()  # the header, then the seven rows as the file holds them
    assert sheet["A4"].value == 1 and sheet["A5"].data_type == "n"  # No is a number
    checks = {str(dv.sqref).split(":")[0]: dv
              for dv in sheet.data_validations.dataValidation}
    header = {c.value: c.column_letter for c in sheet[3]}
    cara = checks[f"{header['Cara Hitung']}4"]
    assert cara.type == "list" and cara.errorStyle == "warning"
    listed = cara.formula1.removeprefix("Daftar!").replace("$", "").split(":")
    cells = [c.value for row in book["Daftar"][listed[0]:listed[1]] for c in row]
    assert cells == ["Persentase", "Jumlah", "Rata-rata", "Perubahan", "Indeks SKM", "Nilai"]
    for column in ("Arah", "Satuan", "Tabel", "Per Triwulan"):
        assert checks[f"{header[column]}4"].type == "list", column
    syarat = checks[f"{header['Syarat Pembilang']}4"]
    assert syarat.type is None and "Status = Selesai" in syarat.prompt
    lines = [c.value for c in book["Tugas Fungsi"]["A"]]
    assert lines == ["Tugas Fungsi", *bundled_tugas_lines()]
