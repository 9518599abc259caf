"""The SKM sheet's per-respondent table is capped by a setting (default
1,000 rows) with a note saying so; the figures always use every respondent."""

import shutil
from pathlib import Path

import openpyxl
import pytest

from iku_excel.cli import main
from iku_excel.pipeline import EXAMPLE_DIR
from iku_excel.settings import parse_settings

SETTINGS_FILE = "Pengaturan_IKU_2017.xlsx"
# Element totals of the example survey, worked by hand in test_example_data.py.
TOTALS = [190, 185, 178, 170, 195, 188, 192, 180, 175]


def _folder(tmp_path: Path, limit) -> Path:
    folder = tmp_path / "input"
    shutil.copytree(EXAMPLE_DIR, folder)
    if limit is not None:
        book = openpyxl.load_workbook(folder / SETTINGS_FILE)
        book.active.append(["Batas Baris Tabel Responden SKM", limit])
        book.save(folder / SETTINGS_FILE)
    return folder


def _skm_sheet(folder: Path, tmp_path: Path):
    out = tmp_path / "out"
    assert main(["run", "--input", str(folder), "--output", str(out), "--tanpa-pdf"]) in (0, 1)
    path = next(out.glob("IKU_*.xlsx"))
    return openpyxl.load_workbook(path)["SKM"], openpyxl.load_workbook(path, data_only=True)


def _respondent_rows(sheet) -> list[tuple]:
    rows = list(sheet.iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r[0] == "No" and r[2] == "U1")
    table = []
    for row in rows[header + 1:]:
        if not isinstance(row[0], int):
            break
        table.append(row)
    return table


def _note(sheet) -> str | None:
    cell = _cell_starting(sheet, "Tabel responden")
    return cell.value if cell is not None else None


def _cell_starting(sheet, prefix: str):
    """The cell whose text starts with `prefix`. A note alone in narrow
    column A must not wrap: wrapped, it shows two words and hides the rest."""
    cell = next((c for r in sheet.iter_rows() for c in r
                 if isinstance(c.value, str) and c.value.startswith(prefix)), None)
    assert cell is None or not cell.alignment.wrap_text
    return cell


def test_default_shows_a_usual_survey_whole(tmp_path):
    sheet, _ = _skm_sheet(_folder(tmp_path, None), tmp_path)
    assert len(_respondent_rows(sheet)) == 60
    assert _note(sheet) is None


@pytest.mark.parametrize("limit", [10, 0])
def test_limit_from_settings_keeps_totals_of_every_respondent(tmp_path, limit):
    sheet, book = _skm_sheet(_folder(tmp_path, limit), tmp_path)
    rows = _respondent_rows(sheet)
    assert [r[0] for r in rows] == list(range(1, limit + 1))
    note = _note(sheet)
    shown = f"hanya {limit} baris pertama dari 60 yang dimuat" if limit else \
        "tidak dimuat (60 responden)"
    assert note == (f"Tabel responden {shown}, sesuai \"Batas Baris Tabel Responden SKM\" "
                    "di lembar Pengaturan; jumlah nilai di atas dihitung dari seluruh responden.")
    total_row = next(r for r in sheet.iter_rows() if r[0].value == "Σ nilai per unsur")
    # Plain numbers (a SUM over the shown rows would be wrong), all 60 respondents.
    assert [c.value for c in total_row[2:11]] == TOTALS
    index = next(r for r in book["SKM"].iter_rows(values_only=True)
                 if r[0] == "IKM unit pelayanan (x 25)")
    assert index[2] == 76.53


def test_setting_parsed_and_checked():
    def parse(value):
        return parse_settings([(4, {"uraian": "Batas baris tabel responden SKM", "isi": value})],
                              "p.xlsx", "Pengaturan")

    assert parse(250)[0].baris_responden == 250
    assert parse("5.000")[0].baris_responden == 5000
    assert parse(0)[0].baris_responden == 0
    for bad in ("banyak", -1, 2.5, 2_000_000):
        settings, findings = parse(bad)
        assert settings.baris_responden == 1000
        assert [f.code for f in findings] == ["pengaturan_nilai_salah"]


# Suggestions (saran) of the example survey, in sheet order: rows 8, 16, 21, ...
FIRST_SARAN = ["Antrean KTP-el agar dipercepat", "Ruang tunggu ditambah kursi dan kipas angin",
               "Petugas pelayanan agar datang tepat waktu"]


def _saran_block(path: Path) -> tuple[list[tuple], list[str], str | None]:
    """(rows of the saran list, merged ranges over them, the note after it)."""
    sheet = openpyxl.load_workbook(path)["SKM"]
    rows = list(sheet.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == "Saran dan masukan responden") + 1
    block = []
    for row in rows[start:]:
        if not isinstance(row[0], int):
            break
        block.append(row)
    end = start + len(block)  # 0-based: Excel rows start+1 .. end
    merged = [str(m) for m in sheet.merged_cells.ranges if start < m.min_row <= end]
    after = rows[end][0] if end < len(rows) else None
    note = after if isinstance(after, str) and after.startswith("Hanya") else None
    assert (_cell_starting(sheet, "Hanya") is not None) == (note is not None)
    return block, merged, note


@pytest.mark.parametrize("shown, expect_note", [(3, True), (500, False)])
def test_saran_list_first_ones_with_note_when_more(tmp_path, monkeypatch, shown, expect_note):
    from iku_excel.indicators import skm_saran

    monkeypatch.setattr(skm_saran, "SARAN_SHOWN", shown)
    out = tmp_path / "out"
    assert main(["run", "--input", str(_folder(tmp_path, None)), "--output", str(out),
                 "--tanpa-pdf"]) in (0, 1)
    block, merged, note = _saran_block(next(out.glob("IKU_*.xlsx")))
    if expect_note:
        assert [r[0] for r in block] == [1, 2, 3]
        assert [r[1] for r in block] == [f"{text}  (Data SKM, baris {row})" for text, row in
                                         zip(FIRST_SARAN, (8, 16, 21))]
        assert note == ("Hanya 3 saran pertama yang dimuat; saran lainnya dapat dibaca di "
                        "berkas survei.")
    else:
        assert len(block) > 3 and block[0][1].startswith(FIRST_SARAN[0])
        assert note is None
    assert merged == []  # a plain list: staff can copy, sort and filter it
    assert all(cell is None for r in block for cell in r[2:])  # the text reads on to the right
