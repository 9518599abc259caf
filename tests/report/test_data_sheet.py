"""The Data sheet of every report (rekap.md): the figures as plain data, and
its reader, which the rekap and next year's report use."""

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from iku_excel import __version__
from iku_excel.cli import main
from iku_excel.pipeline import EXAMPLE_DIR
from iku_excel.report.data_sheet import COLUMNS, KEYS, read_data_sheet

CODES = ["skm", "penurunan_pelanggaran_perda", "konflik_ditindaklanjuti",
         "partisipasi_musrenbang", "usulan_direkomendasikan", "ormas_dibina",
         "lembaga_ekonomi_dibina"]


def _data_cells(path: Path) -> tuple[dict, dict, openpyxl.worksheet.worksheet.Worksheet]:
    """(label -> value cell, Kode -> {header: cell}) of the Data sheet, found by label."""
    sheet = openpyxl.load_workbook(path)["Data"]
    keys, rows, header = {}, {}, None
    for row in sheet.iter_rows():
        first = row[0].value
        if header is None and first == "Kode":
            header = [c.value for c in row]
        elif header is not None and first:
            rows[first] = dict(zip(header, row))
        elif first in KEYS:
            keys[first] = row[1]
    return keys, rows, sheet


def test_data_sheet_is_last_and_holds_the_report_figures(example_report):
    path, summary = example_report["path"], example_report["summary"]
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[-1] == "Data"
    keys, rows, sheet = _data_cells(path)
    assert list(keys) == list(KEYS)  # every label, in the contract's order
    assert keys["Kecamatan"].value == "Benjeng" and keys["Kabupaten"].value == "Gresik"
    assert keys["Tahun"].value == 2017 and keys["Tahun"].data_type == "n"
    assert keys["Triwulan"].value is None  # every report is annual today
    assert keys["Data Contoh"].value == "Ya"  # made from the bundled example data
    assert isinstance(keys["Dibuat"].value, dt.datetime)
    assert keys["Versi iku-excel"].value == __version__
    # Sidik Data: SHA-256 over the input files' SHA-256, sorted, one a line.
    digests = sorted(hashlib.sha256(p.read_bytes()).hexdigest()
                     for p in EXAMPLE_DIR.glob("*.xlsx"))
    expected = hashlib.sha256("".join(d + "\n" for d in digests).encode()).hexdigest()
    assert keys["Sidik Data"].value == expected
    assert list(rows) == CODES
    header = [c.value for c in sheet[next(r for r in range(1, 40)
                                          if sheet.cell(r, 1).value == "Kode")]][:10]
    assert header == list(COLUMNS)
    for code, cells in rows.items():
        figures = summary["indikator"][code]
        for word in ("Target", "Realisasi", "Capaian", "Pembilang", "Penyebut"):
            assert cells[word].data_type == "n", (code, word)  # numbers, never text
        assert cells["Realisasi"].value == pytest.approx(figures["nilai"])
        assert cells["Target"].value == pytest.approx(figures["target"])
        assert cells["Capaian"].value == pytest.approx(figures["capaian"])
        assert cells["Kategori"].value == figures["kategori"]
    # Worked by hand (tests/test_example_data.py): 18 of 25 ormas dibina, target 80.
    ormas = rows["ormas_dibina"]
    assert (ormas["Pembilang"].value, ormas["Penyebut"].value, ormas["Realisasi"].value) == \
        (18, 25, 72.0)
    assert (ormas["Capaian"].value, ormas["Kategori"].value) == (90.0, "Baik")
    assert (ormas["Satuan"].value, ormas["Arah"].value) == ("%", "naik")
    # The SKM as the Perhitungan sheet shows it: the answers' total over the respondents.
    skm = rows["skm"]
    assert skm["Penyebut"].value == summary["indikator"]["skm"]["responden"] == 60
    assert skm["Pembilang"].value == sum(summary["indikator"]["skm"]["jumlah_nilai"].values())
    assert skm["Satuan"].value == "indeks"
    # Printable, nothing hidden.
    assert sheet.sheet_state == "visible"
    assert not any(d.hidden for d in sheet.column_dimensions.values())
    assert not any(d.hidden for d in sheet.row_dimensions.values())
    assert sheet.page_setup.paperSize == 14 and sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage  # one page wide: fitToWidth 1 (absent)
    assert sheet.page_setup.fitToWidth in (None, 1) and sheet.page_setup.fitToHeight == 0


def test_blank_where_not_computed_and_jumlah_galat_is_what_belum_final_counts(staff_folder,
                                                                                tmp_path):
    # Errors: an unreadable file, a survey answer of 7, no ormas data; a warning: no NIP.
    (staff_folder / "Data_Ormas_Kecamatan_Benjeng.xlsx").unlink()
    book = openpyxl.load_workbook(staff_folder / "Pengaturan_IKU_2017.xlsx")
    next(row for row in book.active.iter_rows() if row[0].value == "NIP")[1].value = None
    book.save(staff_folder / "Pengaturan_IKU_2017.xlsx")
    (staff_folder / "rusak.xlsx").write_bytes(b"PK\x03\x04 bukan zip")
    book = openpyxl.load_workbook(staff_folder / "SKM_Kecamatan_Benjeng_2017.xlsx")
    sheet = book.active
    last = max(r for r in range(1, sheet.max_row + 1) if isinstance(sheet.cell(r, 1).value, int))
    sheet.cell(last, 8).value = 7       # two rows, one column: one line of Catatan Data
    sheet.cell(last - 1, 8).value = 7
    book.save(staff_folder / "SKM_Kecamatan_Benjeng_2017.xlsx")
    code = main(["run", "--input", str(staff_folder), "--output", str(tmp_path / "out"),
                 "--tanpa-pdf"])
    assert code == 1
    report = tmp_path / "out" / "IKU_Kecamatan_Benjeng_2017.xlsx"
    keys, rows, _ = _data_cells(report)
    book = openpyxl.load_workbook(report)
    notes = [row[1].value for row in book["Catatan Data"].iter_rows(min_row=5)]
    galat, peringatan = notes.count("Kesalahan"), notes.count("Peringatan")
    assert galat >= 3 and peringatan >= 1
    assert keys["Jumlah Galat"].value == galat
    assert keys["Jumlah Peringatan"].value == peringatan
    belum_final = next(c.value for row in book["IKU"].iter_rows() for c in row
                       if isinstance(c.value, str) and c.value.startswith("BELUM FINAL"))
    assert f"ada {galat} kesalahan data" in belum_final
    assert keys["Data Contoh"].value == "Tidak"
    ormas = rows["ormas_dibina"]
    for word in ("Realisasi", "Capaian", "Kategori", "Pembilang", "Penyebut"):
        assert ormas[word].value is None, word  # not computed: blank, never 0
    assert ormas["Target"].value == 80


def test_source_date_epoch_gives_the_same_bytes(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1515142800")  # 2018-01-05 09:00:00 UTC
    outputs = []
    (tmp_path / "kosong").mkdir()  # an empty folder named with --input: the example data
    for run in ("a", "b"):
        out = tmp_path / run
        main(["run", "--input", str(tmp_path / "kosong"), "--output", str(out), "--tanpa-pdf"])
        outputs.append(out / "IKU_Kecamatan_Benjeng_2017.xlsx")
    assert outputs[0].read_bytes() == outputs[1].read_bytes()
    keys, _, _ = _data_cells(outputs[0])
    assert keys["Dibuat"].value == dt.datetime(2018, 1, 5, 9, 0, 0)


def test_without_source_date_epoch_dibuat_is_now(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = dt.datetime.now().replace(microsecond=0)
    (tmp_path / "kosong").mkdir()
    main(["run", "--input", str(tmp_path / "kosong"), "--output", str(tmp_path / "out"),
          "--tanpa-pdf"])
    keys, _, _ = _data_cells(tmp_path / "out" / "IKU_Kecamatan_Benjeng_2017.xlsx")
    assert before <= keys["Dibuat"].value <= dt.datetime.now()


def _grid(path: Path) -> list[list]:
    book = CalamineWorkbook.from_path(str(path))
    return book.get_sheet_by_name("Data").to_python()


def test_reader_gives_the_report_data_back(example_report):
    data, findings = read_data_sheet(_grid(example_report["path"]), "laporan.xlsx")
    assert findings == []
    summary = example_report["summary"]
    assert (data.kecamatan, data.kabupaten, data.tahun, data.triwulan, data.data_contoh) == \
        ("Benjeng", "Gresik", 2017, None, True)
    assert (data.galat, data.peringatan, data.versi) == (0, 0, __version__)
    assert list(data.indicators) == CODES
    for code, item in data.indicators.items():
        assert item.realisasi == pytest.approx(summary["indikator"][code]["nilai"])
        assert item.capaian == pytest.approx(summary["indikator"][code]["capaian"])
    assert data.indicators["ormas_dibina"].row == _data_cells(
        example_report["path"])[1]["ormas_dibina"]["Kode"].row


def _edited(example_report, tmp_path, edit) -> Path:
    path = tmp_path / "laporan.xlsx"
    shutil.copy(example_report["path"], path)
    book = openpyxl.load_workbook(path)
    edit(book["Data"])
    book.save(path)
    return path


def _where(findings) -> list[tuple]:
    return [(f.code, f.file, f.sheet, f.row, f.column) for f in findings]


def test_reader_finds_labels_moved_by_rows_inserted(example_report, tmp_path):
    path = _edited(example_report, tmp_path, lambda sheet: sheet.insert_rows(1, 3))
    data, findings = read_data_sheet(_grid(path), "laporan.xlsx")
    assert findings == [] and data.kecamatan == "Benjeng"
    assert data.indicators["ormas_dibina"].realisasi == 72.0


def _row_of(sheet, text) -> int:
    return next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == text)


def test_reader_text_and_formulas_in_figures_are_findings_not_figures(example_report, tmp_path):
    def edit(sheet):
        row = _row_of(sheet, "ormas_dibina")
        sheet.cell(row, 6).value = "72,00"           # Realisasi retyped as text
        sheet.cell(row, 7).value = "=F26/E26*100"    # Capaian as a formula
        sheet.cell(_row_of(sheet, "skm"), 1).value = "lembaga_ekonomi_dibina"  # a Kode twice
    path = _edited(example_report, tmp_path, edit)
    book = openpyxl.load_workbook(path)
    row = _row_of(book["Data"], "ormas_dibina")
    from iku_excel.reading.xlsx_extras import formula_cells

    formulas = formula_cells(path.read_bytes(), "Data")
    assert formulas == {(row - 1, 6)}
    data, findings = read_data_sheet(_grid(path), "laporan.xlsx", formulas=formulas)
    assert _where(findings) == [
        ("data_rumus", "laporan.xlsx", "Data", row, "G"),
        ("data_bukan_angka", "laporan.xlsx", "Data", row, "Realisasi"),
        ("data_kode_ganda", "laporan.xlsx", "Data", row + 1, "Kode"),
    ]
    ormas = data.indicators["ormas_dibina"]
    assert ormas.realisasi is None and ormas.capaian is None and ormas.pembilang == 18
    # The first row of a Kode counts: the second 'lembaga_ekonomi_dibina' is the skm row.
    assert "skm" not in data.indicators
    assert data.indicators["lembaga_ekonomi_dibina"].satuan == "indeks"


def test_reader_without_kecamatan_or_table_gives_no_data(example_report, tmp_path):
    def edit(sheet):
        sheet.cell(_row_of(sheet, "Kecamatan"), 2).value = None
    path = _edited(example_report, tmp_path, edit)
    book = openpyxl.load_workbook(path)
    data, findings = read_data_sheet(_grid(path), "laporan.xlsx")
    assert data is None
    assert _where(findings) == [("data_label_kosong", "laporan.xlsx", "Data",
                                 _row_of(book["Data"], "Kecamatan"), "Kecamatan")]
    data, findings = read_data_sheet([["Kecamatan", "Benjeng"], ["Tahun", 2017]], "x.xlsx")
    assert data is None and [f.code for f in findings] == ["data_tanpa_tabel"]


def test_reader_unreadable_year_is_a_finding(example_report, tmp_path):
    path = _edited(example_report, tmp_path,
                   lambda sheet: setattr(sheet.cell(_row_of(sheet, "Tahun"), 2), "value",
                                         "dua ribu"))
    data, findings = read_data_sheet(_grid(path), "laporan.xlsx")
    assert data is None
    assert [(f.code, f.column, f.value) for f in findings] == [
        ("data_isi_salah", "Tahun", "dua ribu")]
