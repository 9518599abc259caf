"""The template's sheet Indikator (the bundled catalogue written out) gives
the same report as running without it (catalogue.md, "The same results");
two different catalogue sheets give none; copies are one."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from iku_excel.catalogue.bundled import bundled, bundled_cells
from iku_excel.cli import main
from iku_excel.template import write_template

COMPARED_SHEETS = ("IKU", "Perhitungan", "Grafik", "SKM", "Catatan Data")


def indikator_workbook(path: Path, keep: tuple[str, ...] = ("Indikator", "Tugas Fungsi"),
                       ) -> Path:
    """The template with only `keep` left: what staff drop beside their data."""
    book = openpyxl.load_workbook(write_template(path.parent / "template-full.xlsx"))
    for name in book.sheetnames:
        if name not in keep:
            del book[name]
    book.save(path)
    (path.parent / "template-full.xlsx").unlink()
    return path


def report(folder: Path, out: Path, capsys=None) -> tuple[int, dict, openpyxl.Workbook]:
    summary = out / "summary.json"
    code = main(["run", "--input", str(folder), "--output", str(out), "--json", str(summary),
                 "--tanpa-pdf"])
    data = json.loads(summary.read_text(encoding="utf-8"))
    book = openpyxl.load_workbook(data.pop("laporan"))
    return code, data, book


def values(book: openpyxl.Workbook, sheet: str) -> list[tuple]:
    return [tuple(row) for row in book[sheet].iter_rows(values_only=True)]


@pytest.mark.parametrize("keep", [("Indikator", "Tugas Fungsi"), ("Indikator",)])
def test_template_sheet_beside_the_example_data_changes_nothing(staff_folder, tmp_path, keep):
    code, without, plain = report(staff_folder, tmp_path / "without")
    indikator_workbook(staff_folder / "Indikator IKU.xlsx", keep)
    code_with, with_sheet, book = report(staff_folder, tmp_path / "with")
    assert (code_with, with_sheet) == (code, without)  # every figure, finding and word
    for sheet in COMPARED_SHEETS:
        assert values(book, sheet) == values(plain, sheet), sheet
    iku = [v for row in values(book, "IKU") for v in row if isinstance(v, str)]
    assert "Tugas Fungsi" in iku and any(v.startswith("Membantu Bupati") for v in iku)


def test_sheet_in_the_settings_workbook_is_read_too(staff_folder, tmp_path):
    """catalogue.md: usually the settings workbook holds it."""
    _, without, _ = report(staff_folder, tmp_path / "without")
    settings = staff_folder / "Pengaturan_IKU_2017.xlsx"
    book = openpyxl.load_workbook(settings)
    sheet = book.create_sheet("Indikator")
    sheet.append(["DAFTAR INDIKATOR KINERJA UTAMA"])
    sheet.append([])
    for cells in bundled_cells():
        sheet.append([int(v) if v.isdigit() else (v or None) for v in cells])
    book.save(settings)
    _, with_sheet, _ = report(staff_folder, tmp_path / "with")
    assert with_sheet == without


def test_bundled_catalogue_is_the_seed_and_reads_clean():
    catalogue = bundled()  # reading it finds nothing wrong, or this raises
    assert catalogue.codes == ("skm", "penurunan_pelanggaran_perda", "konflik_ditindaklanjuti",
                               "partisipasi_musrenbang", "usulan_direkomendasikan",
                               "ormas_dibina", "lembaga_ekonomi_dibina")
    assert [r.no for r in catalogue.rows] == [1, 2, 2, 3, 3, 4, 5]
    assert [r.per_triwulan for r in catalogue.rows] == [
        "kumulatif", "kumulatif", "kumulatif", "nilai akhir", "nilai akhir",
        "kumulatif pembilang", "kumulatif pembilang"]
    assert catalogue.rows[2].nama == "Persentase konflik yang ditindaklanjuti/difasilitasi"
    assert len(catalogue.tugas_fungsi.items) == 12


def _edit_target(path: Path, target: int) -> Path:
    """Staff's edit: the ormas indicator's Target in the sheet Indikator."""
    book = openpyxl.load_workbook(path)
    sheet = book["Indikator"]
    rows = list(sheet.iter_rows())
    header = next(r for r in rows if any(c.value == "Kode" for c in r))
    column = {c.value: c.column for c in header}
    row = next(r for r in rows if r[column["Kode"] - 1].value == "ormas_dibina")
    sheet.cell(row[0].row, column["Target"], target)
    book.save(path)
    return path


def test_two_different_catalogue_sheets_make_no_report(staff_folder, tmp_path, capsys):
    _edit_target(indikator_workbook(staff_folder / "Indikator A.xlsx"), 85)
    _edit_target(indikator_workbook(staff_folder / "Indikator B.xlsx"), 90)
    code = main(["run", "--input", str(staff_folder), "--output", str(tmp_path / "out"),
                 "--tanpa-pdf"])
    err = capsys.readouterr().err
    assert code == 2
    assert "Indikator A.xlsx" in err and "Indikator B.xlsx" in err
    assert not list((tmp_path / "out").glob("*.xlsx"))


def test_copies_of_one_catalogue_are_one_catalogue(staff_folder, tmp_path):
    """A copy saved twice ('Indikator (2).xlsx') defines nothing new: used once, said."""
    _edit_target(indikator_workbook(staff_folder / "Indikator.xlsx"), 85)
    _edit_target(indikator_workbook(staff_folder / "Indikator (2).xlsx"), 85)
    code, data, _ = report(staff_folder, tmp_path / "out")
    assert code in (0, 1)
    assert data["indikator"]["ormas_dibina"]["target"] == 85
    notes = [(f["kode"], f["berkas"]) for f in data["masalah"] if f["kode"] == "katalog_salinan"]
    assert notes == [("katalog_salinan", "Indikator.xlsx")] or notes == [
        ("katalog_salinan", "Indikator (2).xlsx")]


def test_an_untouched_template_copy_beside_an_edited_sheet_is_set_aside(staff_folder, tmp_path):
    """Running `template` again leaves the example catalogue beside the office's own."""
    _edit_target(indikator_workbook(staff_folder / "Indikator kantor.xlsx"), 85)
    indikator_workbook(staff_folder / "Isian_IKU (2).xlsx")
    code, data, _ = report(staff_folder, tmp_path / "out")
    assert code in (0, 1)
    assert data["indikator"]["ormas_dibina"]["target"] == 85
    notes = [f["berkas"] for f in data["masalah"] if f["kode"] == "katalog_salinan"]
    assert notes == ["Isian_IKU (2).xlsx"]


def test_every_cara_hitung_header_passes_the_quick_look():
    """catalogue/sheets._may_head skips sheets with no 'cara' or 'hitung' near
    the top: a new alias of the column must keep one of those words."""
    from iku_excel.catalogue.columns import COLUMNS

    aliases = [a for c in COLUMNS if c.key == "cara" for a in c.aliases]
    assert aliases and all("cara" in a or "hitung" in a for a in aliases)


def test_a_blank_per_triwulan_takes_the_sources_own_way(staff_folder, tmp_path):
    """An Indikator sheet made before quarters (no Per Triwulan filled): ormas
    and lembaga guided so far of ALL of them, as cycle.md's defaults, never of
    those guided so far (the tester's 9/9 = 100 % for TW II)."""
    path = indikator_workbook(staff_folder / "Indikator IKU.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Indikator"]
    header = next(r for r in sheet.iter_rows() if any(c.value == "Per Triwulan" for c in r))
    column = next(c.column for c in header if c.value == "Per Triwulan")
    for r in range(header[0].row + 1, sheet.max_row + 1):
        sheet.cell(r, column).value = None
    book.save(path)
    summary = tmp_path / "s.json"
    main(["run", "--input", str(staff_folder), "--output", str(tmp_path / "out"),
          "--tanpa-pdf", "--triwulan", "2", "--json", str(summary)])
    data = json.loads(summary.read_text(encoding="utf-8"))["indikator"]
    # By hand from the example data: 9 of 25 ormas and 12 of 30 lembaga guided by 30 June.
    assert (data["ormas_dibina"]["pembilang"], data["ormas_dibina"]["penyebut"]) == (9, 25)
    assert (data["lembaga_ekonomi_dibina"]["pembilang"],
            data["lembaga_ekonomi_dibina"]["penyebut"]) == (12, 30)
    # The Musrenbang as it stands: 68 of 80 present.
    assert data["partisipasi_musrenbang"]["nilai"] == 85.0
