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
    assert lists("Konflik")["C"] == f"Daftar!$A$2:$A${len(DESA_BENJENG) + 1}"
    assert book["Daftar"].sheet_state == "hidden"
    assert [c.value for c in book["Daftar"]["A"]][1:] == list(DESA_BENJENG)


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
    book.save(path)
    run = analyse(folder)
    assert run.results["ormas_dibina"].nilai == pytest.approx(75.0)       # 3 of 4
    assert run.results["partisipasi_musrenbang"].nilai == pytest.approx(70.0)  # 7 of 10
    assert run.results["lembaga_ekonomi_dibina"].nilai == pytest.approx(50.0)  # 1 of 2
    assert run.settings.nip == "19671020 198803 1 009"
    assert run.results["konflik_ditindaklanjuti"].nilai is None  # empty sheet: not 0


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_template_opens_in_libreoffice(tmp_path):
    from test_libreoffice import convert
    import zipfile
    out = convert(COMMITTED, tmp_path / "ods", "ods", tmp_path / "profile")
    content = zipfile.ZipFile(out).read("content.xml").decode("utf-8")
    # The dropdowns survive as LibreOffice validations with their lists.
    assert "table:content-validation" in content
    assert '"Ya";"Tidak"' in content or "&quot;Ya&quot;;&quot;Tidak&quot;" in content
