"""The regency rekap (rekap.md) over reports made by the real `run`, saved as
a mail client saves attachments: every figure, mean and rank checked against
the reports' own IKU sheets, and by hand."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
import pytest
from rekap_builders import kecamatan_folder

from iku_excel.cli import main

GRESIK = ["Wringinanom", "Driyorejo", "Kedamean", "Menganti", "Cerme", "Benjeng",
          "Balongpanggang", "Duduksampeyan", "Kebomas", "Gresik", "Manyar", "Bungah",
          "Sidayu", "Dukun", "Panceng", "Ujungpangkah", "Sangkapura", "Tambak"]
CODES = ["skm", "penurunan_pelanggaran_perda", "konflik_ditindaklanjuti",
         "partisipasi_musrenbang", "usulan_direkomendasikan", "ormas_dibina",
         "lembaga_ekonomi_dibina"]
MADE = "1515574800"      # 2018-01-10 09:00 UTC: the reports sent
MADE_EARLY = "1514970000"  # 2018-01-03 09:00 UTC: Cerme's first, replaced


def _run(args: list[str], epoch: str) -> int:
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = epoch
    try:
        return main(args)
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before


@pytest.fixture(scope="module")
def regency(tmp_path_factory) -> dict:
    """Reports of five kecamatan with their own figures, an older Cerme and
    an example-data report, saved into a mail folder as attachments are."""
    base = tmp_path_factory.mktemp("kabupaten")
    kecamatan_folder(base / "in", "Kebomas", ormas_tidak=3, targets={"Target SKM": 75})
    kecamatan_folder(base / "in", "Cerme")
    kecamatan_folder(base / "in", "Manyar", ormas_tidak=6,
                     targets={"Target Ormas Dibina (%)": 60})
    kecamatan_folder(base / "in", "Gresik", targets={
        "Target SKM": 70, "Target Konflik Ditindaklanjuti (%)": 80,
        "Target Usulan Direkomendasikan (%)": 90})
    kecamatan_folder(base / "in", "Ujung Pangkah", ormas_tidak=1,
                     targets={"Target Lembaga Ekonomi Dibina (%)": 90})
    made = base / "made"
    code = _run(["run", "--per-kecamatan", "--input", str(base / "in"), "--output", str(made),
                 "--tanpa-pdf"], MADE)
    kecamatan_folder(base / "old", "Cerme", ormas_tidak=2)
    _run(["run", "--input", str(base / "old" / "Cerme"), "--output", str(base / "old-out"),
          "--tanpa-pdf"], MADE_EARLY)
    (base / "kosong").mkdir()  # an empty folder named with --input: the example data
    _run(["run", "--input", str(base / "kosong"), "--output", str(base / "contoh"),
          "--tanpa-pdf"], MADE)

    mail = base / "mail"
    saved = {
        "Kebomas/IKU_Kecamatan_Kebomas_2017.xlsx": made / "IKU_Kecamatan_Kebomas_2017.xlsx",
        "Laporan IKU Cerme (balasan)/IKU_Kecamatan_Cerme_2017 (1).xlsx":
            made / "IKU_Kecamatan_Cerme_2017.xlsx",
        "IKU_Kecamatan_Cerme_2017.xlsx": base / "old-out" / "IKU_Kecamatan_Cerme_2017.xlsx",
        "IKU_Kecamatan_Manyar_2017.xlsx": made / "IKU_Kecamatan_Manyar_2017.xlsx",
        "2018-01/Gresik/IKU_Kecamatan_Gresik_2017 (2).xlsx":
            made / "IKU_Kecamatan_Gresik_2017.xlsx",
        # Settings "Ujung Pangkah": the report carries the official Ujungpangkah.
        "IKU_Kecamatan_Ujung_Pangkah_2017.xlsx": made / "IKU_Kecamatan_Ujungpangkah_2017.xlsx",
        "IKU_Kecamatan_Benjeng_2017.xlsx": base / "contoh" / "IKU_Kecamatan_Benjeng_2017.xlsx",
    }
    for name, source in saved.items():
        (mail / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, mail / name)
    # An older report (no Data sheet) of Sidayu, the email's PDF and text, another workbook.
    older = openpyxl.load_workbook(made / "IKU_Kecamatan_Manyar_2017.xlsx")
    del older["Data"]
    for row in older["IKU"].iter_rows(max_row=5):
        for cell in row:
            if cell.value == "KECAMATAN MANYAR":
                cell.value = "KECAMATAN SIDAYU"
    older.save(mail / "Laporan IKU Sidayu.xlsx")
    (mail / "IKU_Kecamatan_Kebomas_2017.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\n1 0 obj\n")
    (mail / "isi email.txt").write_text("Terlampir laporan IKU.", encoding="utf-8")
    shutil.copy(made.parent / "in" / "Cerme" / "Data_Ormas_Kecamatan_Benjeng.xlsx",
                mail / "Data_Ormas.xlsx")
    return {"base": base, "mail": mail, "made": made, "run_code": code}


def _hashes(folder: Path) -> dict[str, tuple[str, float]]:
    return {str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest(),
                                         p.stat().st_mtime)
            for p in folder.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def rekap(regency) -> dict:
    out = regency["base"] / "rekap-out"
    before = _hashes(regency["mail"])
    code = main(["rekap", "--input", str(regency["mail"]), "--output", str(out),
                 "--json", str(out / "rekap.json")])
    assert _hashes(regency["mail"]) == before  # inputs only read
    summary = json.loads((out / "rekap.json").read_text(encoding="utf-8"))
    return {"code": code, "summary": summary, "path": Path(summary["laporan"]), "out": out}


def _two(value) -> Decimal:
    """Two decimals, half away from zero, as worked by hand."""
    return Decimal(repr(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _report_figures(path: Path) -> dict[str, dict]:
    """The IKU sheet's TARGET | REALISASI | CAPAIAN | KATEGORI per indicator, as
    the report shows them (Excel's cached values), by indicator name."""
    from iku_excel.catalogue.bundled import bundled

    sheet = openpyxl.load_workbook(path, data_only=True)["IKU"]
    names = {i.nama: i.code for i in bundled().rows}
    figures = {}
    for row in sheet.iter_rows(values_only=True):
        if len(row) > 9 and row[2] in names:
            figures[names[row[2]]] = dict(zip(("target", "realisasi", "capaian", "kategori"),
                                              row[6:10]))
    return figures


# The Rekap sheet heads each indicator by its short name (the catalogue's).
HEADED = {"Nilai SKM": "skm", "Penurunan pelanggaran perda": "penurunan_pelanggaran_perda",
          "Konflik ditindaklanjuti": "konflik_ditindaklanjuti",
          "Partisipasi Musrenbang": "partisipasi_musrenbang",
          "Usulan direkomendasikan": "usulan_direkomendasikan", "Ormas dibina": "ormas_dibina",
          "Lembaga ekonomi dibina": "lembaga_ekonomi_dibina"}


def _rekap_table(path: Path) -> dict[str, dict]:
    """The Rekap sheet as kecamatan -> {status, KODE: (realisasi, capaian), rata, ...}."""
    sheet = openpyxl.load_workbook(path)["Rekap"]
    header = next(r for r in range(1, 20) if sheet.cell(r, 2).value == "KECAMATAN")
    columns, kode = {}, None
    for col in range(4, sheet.max_column + 1):
        top, sub = sheet.cell(header, col).value, sheet.cell(header + 1, col).value
        if top in ("RATA-RATA CAPAIAN (%)", "INDIKATOR CAPAIAN ≥ 100%", "PERINGKAT"):
            columns[top] = col
        elif top:
            kode = HEADED[top]
            columns[(kode, "realisasi")] = col
        elif sub == "CAPAIAN (%)":
            columns[(kode, "capaian")] = col
    table = {}
    for r in range(header + 2, header + 2 + 40):
        name = sheet.cell(r, 2).value
        if not isinstance(sheet.cell(r, 1).value, int):
            break
        table[name] = {"status": sheet.cell(r, 3).value,
                       **{key: sheet.cell(r, col).value for key, col in columns.items()}}
    return table


def _where(summary: dict, code: str) -> list[tuple]:
    return [(m["berkas"], m["lembar"], m["baris"], m["kolom"]) for m in summary["masalah"]
            if m["kode"] == code]


COUNTED = {  # kecamatan -> the attachment counted
    "Kebomas": "Kebomas/IKU_Kecamatan_Kebomas_2017.xlsx",
    "Cerme": "Laporan IKU Cerme (balasan)/IKU_Kecamatan_Cerme_2017 (1).xlsx",
    "Manyar": "IKU_Kecamatan_Manyar_2017.xlsx",
    "Gresik": "2018-01/Gresik/IKU_Kecamatan_Gresik_2017 (2).xlsx",
    "Ujungpangkah": "IKU_Kecamatan_Ujung_Pangkah_2017.xlsx",
}


def test_every_figure_mean_and_rank_is_the_reports_own(regency, rekap):
    assert rekap["path"].name == "Rekap_IKU_Kabupaten_Gresik_2017.xlsx"
    table = _rekap_table(rekap["path"])
    assert list(table) == GRESIK  # every expected kecamatan, in the regency's order
    means = {}
    for name, attachment in COUNTED.items():
        own = _report_figures(regency["mail"] / attachment)
        assert list(own) == CODES
        row = table[name]
        assert row["status"] == "diterima"
        capaian = []
        for code, figures in own.items():
            assert row[(code, "realisasi")] == pytest.approx(figures["realisasi"]), (name, code)
            assert Decimal(repr(row[(code, "capaian")])) == _two(figures["capaian"]), (name, code)
            capaian.append(_two(figures["capaian"]))
        mean = (sum(capaian) / len(capaian)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        assert Decimal(repr(row["RATA-RATA CAPAIAN (%)"])) == mean, name
        assert row["INDIKATOR CAPAIAN ≥ 100%"] == sum(1 for c in capaian if c >= 100)
        means[name] = mean
    # Worked by hand from the settings and rows each kecamatan was given.
    assert means == {"Gresik": Decimal("99.16"), "Cerme": Decimal("97.65"),
                     "Kebomas": Decimal("96.42"), "Manyar": Decimal("96.22"),
                     "Ujungpangkah": Decimal("94.71")}
    assert table["Kebomas"][("ormas_dibina", "capaian")] == 75.0     # 15/25 = 60% of 80
    assert table["Manyar"][("ormas_dibina", "realisasi")] == 48.0    # 12/25
    assert table["Gresik"][("usulan_direkomendasikan", "capaian")] == 74.88  # 67,39 / 90
    ranked = sorted(means, key=means.get, reverse=True)
    assert {name: table[name]["PERINGKAT"] for name in ranked} == {
        name: rank for rank, name in enumerate(ranked, start=1)}
    assert [table[n]["INDIKATOR CAPAIAN ≥ 100%"] for n in ranked] == [3, 1, 2, 1, 1]
    # Not counted: the example-data report, the one without a Data sheet; no report at all.
    assert table["Benjeng"]["status"] == "data contoh"
    assert table["Sidayu"]["status"] == "tanpa lembar Data"
    for name in set(GRESIK) - set(COUNTED) - {"Benjeng", "Sidayu"}:
        assert table[name]["status"] == "belum mengirim"
        assert table[name][("skm", "capaian")] == "-" and table[name]["PERINGKAT"] == "-"


def test_mail_folder_files_each_get_their_status(regency, rekap):
    summary = rekap["summary"]
    assert rekap["code"] == 1  # written; eleven kecamatan have not sent
    assert (summary["kabupaten"], summary["tahun"], summary["triwulan"]) == ("Gresik", 2017, None)
    by_name = {k["nama"]: k for k in summary["kecamatan"]}
    assert {n: by_name[n]["berkas"] for n in COUNTED} == COUNTED
    assert by_name["Gresik"]["peringkat"] == 1 and by_name["Gresik"]["rata_rata_capaian"] == 99.16
    assert by_name["Kebomas"]["indikator"]["ormas_dibina"] == {
        "target": 80.0, "realisasi": 60.0, "capaian": 75.0, "kategori": "Cukup"}
    assert summary["indikator_bersama"] == CODES
    assert _where(summary, "rekap_ganda") == [("IKU_Kecamatan_Cerme_2017.xlsx", None, None, None)]
    assert _where(summary, "rekap_data_contoh") == [
        ("IKU_Kecamatan_Benjeng_2017.xlsx", None, None, None)]
    assert _where(summary, "rekap_tanpa_data") == [("Laporan IKU Sidayu.xlsx", None, None, None)]
    # The run printed the official spelling already (its own note): nothing to adjust.
    assert _where(summary, "rekap_nama_disesuaikan") == []
    assert sorted(_where(summary, "rekap_bukan_laporan")) == [("Data_Ormas.xlsx", None, None, None)]
    skipped = {m["berkas"] for m in summary["masalah"] if m["kode"] == "berkas_bukan_data"}
    assert skipped == {"IKU_Kecamatan_Kebomas_2017.pdf", "isi email.txt"}
    missing = sorted(m["pesan"].split()[1] for m in summary["masalah"]
                     if m["kode"] == "rekap_belum_mengirim")
    assert missing == sorted(set(GRESIK) - set(COUNTED) - {"Benjeng", "Sidayu"})
    assert not [m for m in summary["masalah"] if m["kode"] == "rekap_diubah"]
    # Status Laporan: the duplicate beside the report counted, each with its Dibuat.
    sheet = openpyxl.load_workbook(rekap["path"])["Status Laporan"]
    lines = [[c.value for c in row[:10]] for row in sheet.iter_rows(min_row=6)
             if isinstance(row[0].value, int)]
    cerme = [line for line in lines if line[1] == "Cerme"]
    assert [(line[2], line[8]) for line in cerme] == [
        (COUNTED["Cerme"], "diterima"), ("IKU_Kecamatan_Cerme_2017.xlsx", "ganda")]
    assert [line[3].day for line in cerme] == [10, 3]
    assert "yang dihitung: " + COUNTED["Cerme"] in cerme[1][9]
    # Sumber: every file read, with its own size and SHA-256.
    sumber = openpyxl.load_workbook(rekap["path"])["Sumber"]
    rows = {row[0]: row[1:4] for row in sumber.iter_rows(min_row=5, values_only=True) if row[0]}
    for name in [*COUNTED.values(), "IKU_Kecamatan_Cerme_2017.xlsx", "Data_Ormas.xlsx"]:
        data = (regency["mail"] / name).read_bytes()
        assert rows[name][:2] == (len(data), hashlib.sha256(data).hexdigest())


def test_rekap_workbook_prints_as_the_report_does(rekap):
    book = openpyxl.load_workbook(rekap["path"])
    assert book.sheetnames == ["Rekap", "Per Indikator", "Status Laporan", "Catatan Data",
                               "Sumber"]
    for name in book.sheetnames:
        sheet = book[name]
        assert sheet.page_setup.paperSize == 14 and sheet.page_setup.orientation == "landscape"
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, name
        assert sheet.page_setup.fitToWidth in (None, 1), name  # absent: 1
    assert book["Rekap"].print_title_rows == "$6:$7"
    assert book["Status Laporan"].print_title_rows == "$5:$5"
    assert len(book["Per Indikator"]._charts) == len(CODES)
    # No signature block without the regency's settings sheet.
    assert not any(isinstance(c, str) and c.startswith("NIP.")
                   for row in book["Rekap"].iter_rows(values_only=True) for c in row)


def test_per_indikator_block_ranks_the_kecamatan(rekap):
    sheet = openpyxl.load_workbook(rekap["path"])["Per Indikator"]
    rows = [[c.value for c in row[:7]] for row in sheet.iter_rows()]
    start = next(i for i, row in enumerate(rows)
                 if isinstance(row[0], str) and "(kode ormas_dibina;" in row[0])
    block = rows[start + 2:start + 7]
    # 18/25, 18/25 (target 80): 90; 17/25: 85; 15/25: 75; 12/25 of 60: 80.
    assert [(r[1], r[4], r[6]) for r in block] == [
        ("Cerme", 90.0, 1), ("Gresik", 90.0, 1), ("Ujungpangkah", 85.0, 3),
        ("Manyar", 80.0, 4), ("Kebomas", 75.0, 5)]


def test_run_per_kecamatan_writes_the_rekap_of_what_it_made(regency):
    made = regency["made"]
    # The reports decide the run's exit status; the rekap's 'belum mengirim' does not.
    assert regency["run_code"] == 0
    path = made / "Rekap_IKU_Kabupaten_Gresik_2017.xlsx"
    table = _rekap_table(path)
    counted = {name for name, row in table.items() if row["status"] == "diterima"}
    assert counted == {"Kebomas", "Cerme", "Manyar", "Gresik", "Ujungpangkah"}
    assert table["Gresik"]["PERINGKAT"] == 1


def test_a_report_edited_by_hand_is_counted_from_its_data_sheet(regency, tmp_path):
    mail = tmp_path / "mail"
    shutil.copytree(regency["mail"], mail)
    edited = mail / COUNTED["Kebomas"]
    book = openpyxl.load_workbook(edited)
    sheet = book["IKU"]
    row = next(r for r in range(1, sheet.max_row + 1)
               if sheet.cell(r, 3).value == "Persentase organisasi kemasyarakatan di tingkat "
                                              "kecamatan yang dibina")
    sheet.cell(row, 8).value = 90  # REALISASI typed over: 60 -> 90
    book.save(edited)
    code = main(["rekap", "--input", str(mail), "--output", str(tmp_path / "out"),
                 "--json", str(tmp_path / "r.json")])
    summary = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert code == 1
    # openpyxl kept no computed value of the other formulas: only the typed cell is compared.
    assert _where(summary, "rekap_diubah") == [(COUNTED["Kebomas"], "IKU", row, "REALISASI")]
    said = next(m for m in summary["masalah"] if m["kode"] == "rekap_diubah")
    assert said["nilai"] == "90" and f"sel H{row}" in said["pesan"]
    kebomas = next(k for k in summary["kecamatan"] if k["nama"] == "Kebomas")
    assert kebomas["status"] == "diubah"
    assert kebomas["indikator"]["ormas_dibina"]["realisasi"] == 60.0  # the Data sheet's
    assert kebomas["rata_rata_capaian"] == 96.42


def test_a_count_changed_and_recalculated_in_excel_is_caught(regency, tmp_path):
    """As Excel leaves it: every formula keeps a computed value; the IKU
    realisasi now shows what the changed Perhitungan count gives."""
    mail = tmp_path / "mail"
    shutil.copytree(regency["mail"], mail)
    edited = mail / COUNTED["Manyar"]
    sheet = openpyxl.load_workbook(edited)["IKU"]
    row = next(r for r in range(1, sheet.max_row + 1)
               if sheet.cell(r, 3).value == "Persentase organisasi kemasyarakatan di tingkat "
                                              "kecamatan yang dibina")
    with zipfile.ZipFile(edited) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    cell = re.search(rf'<c r="H{row}"[^>]*><f>[^<]*</f><v>([^<]*)</v></c>', xml)
    assert cell and float(cell.group(1)) == 48.0
    parts["xl/worksheets/sheet1.xml"] = xml.replace(cell.group(0), cell.group(0).replace(
        f"<v>{cell.group(1)}</v>", "<v>52</v>")).encode()
    with zipfile.ZipFile(edited, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    main(["rekap", "--input", str(mail), "--output", str(tmp_path / "out"),
          "--json", str(tmp_path / "r.json")])
    summary = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert _where(summary, "rekap_diubah") == [(COUNTED["Manyar"], "IKU", row, "REALISASI")]
    manyar = next(k for k in summary["kecamatan"] if k["nama"] == "Manyar")
    assert manyar["status"] == "diubah" and manyar["indikator"]["ormas_dibina"]["realisasi"] == 48


def test_a_clean_rekap_exits_0_and_an_earlier_one_is_archived(regency, tmp_path):
    folder = tmp_path / "masuk"
    folder.mkdir()
    for name in ("Kebomas", "Cerme"):
        shutil.copy(regency["mail"] / COUNTED[name], folder / f"{name}.xlsx")
    book = openpyxl.Workbook()
    book.active.title = "Daftar Kecamatan"
    for row in (["No", "Kecamatan"], [1, "Kebomas"], [2, "KEC. CERME"]):
        book.active.append(row)
    book.save(folder / "daftar.xlsx")
    out = tmp_path / "out"
    assert main(["rekap", "--input", str(folder), "--output", str(out)]) == 0
    assert main(["rekap", "--input", str(folder), "--output", str(out)]) == 0
    assert [p.name for p in out.glob("*.xlsx")] == ["Rekap_IKU_Kabupaten_Gresik_2017.xlsx"]
    assert len(list((out / "arsip").glob("Rekap_IKU_Kabupaten_Gresik_2017_*.xlsx"))) == 1
    table = _rekap_table(out / "Rekap_IKU_Kabupaten_Gresik_2017.xlsx")
    assert list(table) == ["Kebomas", "KEC. CERME"]
    assert table["KEC. CERME"]["status"] == "diterima"


@pytest.mark.parametrize("setup, said", [
    ("missing", "tidak ada"),
    ("empty", "Tidak ada laporan IKU kecamatan"),
    ("example only", "DATA CONTOH"),
    ("other year", "Tidak ada laporan Tahun 2016 di folder ini. Laporan yang ada: Tahun 2017 (1)"),
])
def test_nothing_to_roll_up_is_exit_2(regency, tmp_path, capsys, setup, said):
    folder = tmp_path / "masuk"
    if setup != "missing":
        folder.mkdir()
    if setup == "example only":
        shutil.copy(regency["mail"] / "IKU_Kecamatan_Benjeng_2017.xlsx", folder)
    if setup == "other year":
        shutil.copy(regency["mail"] / COUNTED["Cerme"], folder)
    args = ["rekap", "--input", str(folder), "--output", str(tmp_path / "out")]
    code = main(args + (["--tahun", "2016"] if setup == "other year" else []))
    err = capsys.readouterr().err
    assert code == 2 and "Rekap TIDAK dibuat." in err and said in err
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.xlsx"))
