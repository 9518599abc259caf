"""Issue 15, the survey's traps, end to end: files made the way survey apps
and staff make them, figures worked out by hand, the report opened and read.

- fourteen elements (KepMenPAN 25/2004) are scored on fourteen, never nine;
- element columns are read by name, in any order;
- the same respondents in two files are counted once, and said so;
- the rule set, the weight and the sample are said on every sheet that shows them.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from builders import BASE_SETTINGS, write_settings, write_table

from iku_excel.cli import main
from iku_excel.messages import severity_of
from iku_excel.pipeline import analyse

TAHUN = 2017
U14 = [f"U{i}" for i in range(1, 15)]
# The app export of corpus case 150: Σ per element, 6 respondents.
APP_14 = [[4] * 14, [3] * 14, [3, 4] * 7, [2] + [3] * 12 + [2], [4, 3] * 7,
          [1, 2, 3, 4] * 3 + [1, 2]]
APP_14_TOTALS = [17, 19, 20, 21, 18, 19, 20, 21, 18, 19, 20, 21, 18, 18]  # Σ 269


def _app_export(path: Path, rows: dict[str, list[int]], elements: int = 9,
                layout: str = "id first", start: int = 1) -> Path:
    """A survey app's export: real date-times, a Kode Peserta per questionnaire."""
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Export")
    when = book.add_format({"num_format": "dd/mm/yyyy hh:mm"})
    answers = [f"U{i}" for i in range(1, elements + 1)]
    if layout == "id first":
        header = ["No", "Kode Peserta", "Tanggal Pengisian", "Jenis Layanan", "Jenis Kelamin",
                  *answers]
    else:  # another app, or a later version: the id after the service
        header = ["No", "Tanggal", "Jenis Layanan", "Jenis Kelamin", "Kode Peserta", *answers]
    ws.write_row(0, 0, header)
    for i, (code, values) in enumerate(rows.items(), start=1):
        number = start + i - 1
        stamp = dt.datetime(TAHUN, 1 + number % 12, 3, 9, number % 60)
        ws.write_number(i, 0, number)
        ws.write_datetime(i, 2 if layout == "id first" else 1, stamp, when)
        ws.write_string(i, header.index("Kode Peserta"), code)
        ws.write_string(i, header.index("Jenis Layanan"), "KTP-el")
        ws.write_string(i, header.index("Jenis Kelamin"), "LP"[number % 2])
        ws.write_row(i, len(header) - elements, values)
    book.close()
    return path


def _settings(folder: Path, **items) -> None:
    write_settings(folder / "Pengaturan.xlsx", {**BASE_SETTINGS, **items})


def _codes(run, code: str):
    return [f for f in run.findings if f.code == code]


# --------------------------------------------------------------------------
# the same respondents in two files
# --------------------------------------------------------------------------

def test_survey_in_two_files_with_kode_peserta_is_counted_once(tmp_path):
    # Jan-Jun export: KP-01 4 x9 = 36, KP-02 3 x9 = 27, KP-03 2 3 3 3 3 3 3 3 2 = 25.
    # Jan-Des export (another layout, numbered on): the same three again, then
    # KP-04 3 3 3 3 4 4 4 4 4 = 32 and KP-05 1 x9 = 9. Counted once: n = 5,
    # totals 13 14 14 14 15 15 15 15 14 (Σ 129); SKM = 129 / 45 x 25 = 71,666... -> 71,67 (B).
    half = {"KP-01": [4] * 9, "KP-02": [3] * 9, "KP-03": [2] + [3] * 7 + [2]}
    year = {**half, "KP-04": [3] * 4 + [4] * 5, "KP-05": [1] * 9}
    folder = tmp_path / "input"
    folder.mkdir()
    _app_export(folder / "eSKM_Jan-Jun_2017.xlsx", half)
    _app_export(folder / "eSKM_2017.xlsx", year, layout="id later", start=101)
    _settings(folder)
    run = analyse(folder, tahun=TAHUN)
    skm = run.results["skm"].skm.index
    assert (skm.n, list(skm.totals)) == (5, [13, 14, 14, 14, 15, 15, 15, 15, 14])
    assert skm.nilai == 71.67 and skm.grade.mutu == "B"
    # Loaded biggest first, so "first read" is the Jan-Des file: the three are
    # dropped from whichever file comes second, and the note names both.
    [note] = _codes(run, "skm_ganda_id")
    assert note.column == "Kode Peserta" and note.params["jumlah"] == 3
    files = {note.file, note.params["asal"].split(" / ")[0]}
    assert files == {"eSKM_Jan-Jun_2017.xlsx", "eSKM_2017.xlsx"}
    assert not _codes(run, "skm_id_beda_jawaban")
    frame = run.sources["skm"].frame
    assert len(frame) == 5 and set(frame.columns) >= {"file", "sheet", "row", "u1", "u9"}
    assert not [c for c in frame.columns if c.startswith("_")]


def test_copy_of_a_survey_file_without_ids_is_counted_once(tmp_path):
    # Staff copied the file ("- Copy", as Windows names it): no id, no date,
    # but the whole sheet is in the other file. r 3 x9 = 27, 4 x9 = 36,
    # 2 x9 = 18: totals 9 x9, Σ 81, n = 3 (not 6); SKM = 81 / 27 x 25 = 75,00.
    rows = [[1, "L", *[3] * 9], [2, "P", *[4] * 9], [3, "L", *[2] * 9]]
    header = ["No", "Jenis Kelamin", *[f"U{i}" for i in range(1, 10)]]
    folder = tmp_path / "input"
    write_table(folder / "SKM 2017.xlsx", header, rows, sheet="SKM")
    shutil.copyfile(folder / "SKM 2017.xlsx", folder / "SKM 2017 - Copy.xlsx")
    _settings(folder)
    run = analyse(folder, tahun=TAHUN)
    skm = run.results["skm"].skm.index
    assert (skm.n, skm.totals, skm.nilai) == (3, (9,) * 9, 75.0)
    [note] = _codes(run, "skm_ganda_baris")
    assert note.params["jumlah"] == 3 and note.params["baris"] == "4-6"
    assert {note.file, note.params["asal"].split(" / ")[0]} == {"SKM 2017.xlsx",
                                                                "SKM 2017 - Copy.xlsx"}


def test_same_answers_of_two_respondents_in_one_sheet_are_two(tmp_path):
    # Within one sheet, rows 4-7 all answer 3 x9: four respondents (no id says otherwise).
    header = ["No", *[f"U{i}" for i in range(1, 10)]]
    folder = tmp_path / "input"
    write_table(folder / "skm.xlsx", header, [[i, *[3] * 9] for i in range(1, 5)])
    run = analyse(folder, tahun=TAHUN)
    assert run.results["skm"].skm.index.n == 4
    assert not [f for f in run.findings if "ganda" in f.code or "sama" in f.code]


def test_no_responden_numbering_is_not_an_id_but_other_numbers_are(tmp_path):
    # "No. Responden" 1..3 in both sheets numbers the rows; but 17, 23, 17 in
    # one sheet are respondent numbers: row 6 (17 again, same answers) is row 4.
    folder = tmp_path / "input"
    header = ["No. Responden", *[f"U{i}" for i in range(1, 10)]]
    write_table(folder / "bulanan.xlsx", header, [[1, *[3] * 9], [2, *[4] * 9], [3, *[2] * 9]],
                sheet="JAN", extra_sheets={"FEB": (header, [[1, *[4] * 9], [2, *[4] * 9],
                                                              [3, *[1] * 9]])})
    write_table(folder / "arsip.xlsx", header, [[17, *[3] * 9], [23, *[4] * 9],
                                               [17, *[3] * 9]], sheet="Arsip")
    run = analyse(folder, tahun=TAHUN)
    assert run.results["skm"].skm.index.n == 6 + 2
    [note] = _codes(run, "skm_ganda_id")
    assert (note.file, note.sheet, note.row, note.column) == ("arsip.xlsx", "Arsip", 6,
                                                              "No. Responden")
    assert note.params["asal"] == "arsip.xlsx / Arsip" and note.params["baris_asal"] == "4"
    # FEB row 5 equals JAN row 5 (No 2, 4 x9) but nothing says they are one: a warning.
    [doubt] = _codes(run, "skm_baris_sama_ragu")
    assert (doubt.sheet, doubt.row) == ("FEB", 5)


# --------------------------------------------------------------------------
# fourteen elements, the rule set and the weight
# --------------------------------------------------------------------------

def _fourteen(folder: Path) -> Path:
    rows = {f"KPS-{i:03d}": answers for i, answers in enumerate(APP_14, 1)}
    return _app_export(folder / "eSKM_14_unsur.xlsx", rows, elements=14)


def test_fourteen_elements_under_a_nine_element_setting_are_not_scored(tmp_path):
    folder = tmp_path / "input"
    folder.mkdir()
    _fourteen(folder)
    _settings(folder, **{"Aturan SKM": "PermenPAN-RB 16/2014"})
    run = analyse(folder, tahun=TAHUN)
    assert run.results["skm"].nilai is None and run.results["skm"].skm is None
    assert run.results["skm"].sebab == ("tidak ada lembar survei dengan 9 kolom unsur "
                                        "PermenPAN-RB No. 16 Tahun 2014")
    [finding] = _codes(run, "skm_unsur_lebih")
    assert finding.params["jumlah"] == 14 and finding.params["harus"] == 9
    assert finding.params["ditemukan"] == ", ".join(U14)
    assert severity_of(finding).value == "galat"


def test_fourteen_elements_chosen_in_the_settings(tmp_path):
    folder = tmp_path / "input"
    folder.mkdir()
    _fourteen(folder)
    _settings(folder, **{"Aturan SKM": "KepMenPAN No. 25 Tahun 2004"})
    run = analyse(folder, tahun=TAHUN)
    skm = run.results["skm"].skm.index
    assert list(skm.totals) == APP_14_TOTALS and skm.nilai == 80.06 and skm.rules.code == "25/2004"
    assert not _codes(run, "skm_aturan_otomatis")  # chosen, not guessed
    assert _codes(run, "skm_sampel_kurang_2004")[0].params == {"n": 6, "minimum": 150}


def test_nine_elements_under_kepmenpan_2004_name_what_is_missing(tmp_path):
    folder = tmp_path / "input"
    write_table(folder / "skm.xlsx", ["No", *[f"U{i}" for i in range(1, 10)]],
                [[1, *[3] * 9]], sheet="SKM")
    _settings(folder, **{"Aturan SKM": "KepMenPAN 25/2004"})
    run = analyse(folder, tahun=TAHUN)
    [finding] = _codes(run, "skm_unsur_kurang")
    assert finding.params["hilang"] == "U10, U11, U12, U13, U14"
    assert run.results["skm"].nilai is None


@pytest.mark.parametrize("bobot, nilai, note", [
    # Σ 269 of 6 respondents: 269 / 6 x w x 25
    ("0,111", 79.58, True),    # read as 1/14 to 3 decimals: 0,071 -> 79,579... (said)
    ("0,071", 79.58, False),   # as written
    ("0,11", 78.46, True),     # 0,07: 78,458...
    ("Tepat", 80.06, False),   # 1/14
])
def test_rounded_weight_for_fourteen_elements(tmp_path, bobot, nilai, note):
    folder = tmp_path / "input"
    folder.mkdir()
    _fourteen(folder)
    _settings(folder, **{"Bobot SKM": bobot})
    run = analyse(folder, tahun=TAHUN)
    assert run.results["skm"].nilai == nilai
    notes = _codes(run, "skm_bobot_dibulatkan")
    assert bool(notes) == note
    if note:
        assert notes[0].params["jumlah"] == 14 and notes[0].params["bobot"] in ("0,071", "0,07")


def test_0071_written_for_a_nine_element_survey_is_said(tmp_path):
    folder = tmp_path / "input"
    write_table(folder / "skm.xlsx", ["No", *[f"U{i}" for i in range(1, 10)]],
                [[1, *[4] * 9]], sheet="SKM")
    _settings(folder, **{"Bobot SKM": "0,071"})
    run = analyse(folder, tahun=TAHUN)
    assert run.results["skm"].nilai == 99.9  # 36 x 0,111 x 25: the nine-element rounding
    assert _codes(run, "skm_bobot_dibulatkan")[0].params["bobot"] == "0,111"


# --------------------------------------------------------------------------
# element columns by name and by position
# --------------------------------------------------------------------------

def test_numbered_headers_that_name_the_element_go_by_name(tmp_path):
    # "U8 Penanganan Pengaduan", "U9 Sarana dan Prasarana" (the 14/2017
    # order) under the default 16/2014: by name, Pengaduan is U9 and Sarana
    # takes Maklumat's place (U8), with a note; the numbers in the headers
    # do not decide. r 1 2 3 4 1 2 3 [Pengaduan 4] [Sarana 1].
    names = ["Persyaratan", "Prosedur", "Waktu Pelayanan", "Biaya/Tarif", "Produk Layanan",
             "Kompetensi Pelaksana", "Perilaku Pelaksana", "Penanganan Pengaduan",
             "Sarana dan Prasarana"]
    folder = tmp_path / "input"
    write_table(folder / "skm.xlsx", ["No", *[f"U{i} {n}" for i, n in enumerate(names, 1)]],
                [[1, 1, 2, 3, 4, 1, 2, 3, 4, 1]], sheet="SKM")
    run = analyse(folder, tahun=TAHUN)
    assert run.results["skm"].skm.index.totals == (1, 2, 3, 4, 1, 2, 3, 1, 4)
    [note] = _codes(run, "skm_unsur_dipetakan")
    assert note.column == "U9 Sarana dan Prasarana" and note.params["nomor"] == 8
    assert note.params["unsur"] == "Maklumat Pelayanan"


def test_a_time_column_beside_u1_to_u9_is_not_a_tenth_element(tmp_path):
    folder = tmp_path / "input"
    write_table(folder / "skm.xlsx",
                ["No", "Tanggal", "Waktu", *[f"U{i}" for i in range(1, 10)]],
                [[1, dt.datetime(2017, 5, 2), "09.15", *[4] * 9]], sheet="SKM")
    run = analyse(folder, tahun=TAHUN)
    assert run.results["skm"].skm.index.totals == (4,) * 9
    assert not _codes(run, "skm_unsur_lebih")


# --------------------------------------------------------------------------
# the report of a fourteen-element survey, opened
# --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def report_14(tmp_path_factory):
    base = tmp_path_factory.mktemp("skm14")
    folder = base / "input"
    folder.mkdir()
    _fourteen(folder)
    _settings(folder)
    out = base / "out"
    code = main(["run", "--input", str(folder), "--output", str(out), "--json",
                 str(base / "ringkasan.json"), "--tanpa-pdf"])
    path = next(out.glob("IKU_*.xlsx"))
    return {"code": code, "path": path, "out": out,
            "summary": json.loads((base / "ringkasan.json").read_text(encoding="utf-8"))}


def _find(ws, text: str):
    return next(c for row in ws.iter_rows() for c in row
                if isinstance(c.value, str) and c.value.startswith(text))


def test_skm_sheet_shows_fourteen_elements_and_the_rule_set(report_14):
    book = openpyxl.load_workbook(report_14["path"])
    values = openpyxl.load_workbook(report_14["path"], data_only=True)
    ws, wv = book["SKM"], values["SKM"]
    assert _find(ws, "Dasar perhitungan").value == (
        "Dasar perhitungan: KepMenPAN No. 25 Tahun 2004. Bobot tiap unsur: 1/14 (tepat).")
    elements = _find(ws, "Unsur pelayanan").row
    assert [ws.cell(elements, c).value for c in range(3, 17)] == U14  # C..P
    assert ws.cell(elements, 3).comment.text.startswith("Prosedur Pelayanan")
    assert ws.cell(elements, 16).comment.text.startswith("Keamanan Pelayanan")
    header = _find(ws, "No").row  # the answers per respondent, last on the sheet
    assert [ws.cell(header, c).value for c in range(3, 17)] == U14
    total_row = _find(ws, "Σ nilai per unsur").row
    assert [wv.cell(total_row, c).value for c in range(3, 17)] == APP_14_TOTALS
    assert ws.cell(total_row, 16).value == f"=SUM(P{header + 1}:P{header + 6})"
    assert ws.cell(total_row + 2, 3).value == f"=C{total_row + 1}*(1/14)"
    index = _find(ws, "IKM unit pelayanan (x 25)").row
    assert ws.cell(index, 3).value == f"=ROUND(SUM(C{total_row + 2}:P{total_row + 2})*25,2)"
    assert wv.cell(index, 3).value == 80.06
    assert wv.cell(_find(ws, "Mutu pelayanan").row, 3).value == "B"
    assert _find(ws, "Tabel konversi").value == "Tabel konversi (KepMenPAN No. 25 Tahun 2004)"


def test_perhitungan_email_and_summary_say_fourteen(report_14):
    book = openpyxl.load_workbook(report_14["path"])
    ws = book["Perhitungan"]
    row = _find(ws, "Nilai Survey Kepuasan Masyarakat").row
    assert ws.cell(row, 3).value == 269 and ws.cell(row, 4).value == 6
    assert ws.cell(row, 6).value == f"=ROUND(C{row}/D{row}*(1/14)*25,2)"
    assert "jumlah seluruh nilai jawaban 14 unsur" in ws.cell(row, 10).value
    assert "menurut KepMenPAN No. 25 Tahun 2004" in ws.cell(row, 10).value
    email = next(report_14["out"].glob("*_email.txt")).read_text(encoding="utf-8")
    assert "Mutu pelayanan B (Baik), 6 responden, 14 unsur, KepMenPAN No. 25 Tahun 2004." in email
    skm = report_14["summary"]["indikator"]["skm"]
    assert (skm["nilai"], skm["aturan"], skm["unsur"], skm["bobot_unsur"]) == (
        80.06, "25/2004", 14, "1/14")
    assert list(skm["jumlah_nilai"].values()) == APP_14_TOTALS
    assert list(skm["nrr"]) == U14
    codes = {m["kode"] for m in report_14["summary"]["masalah"]}
    assert {"skm_aturan_otomatis", "skm_aturan_2004", "skm_sampel_kurang_2004"} <= codes


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
def test_fourteen_element_formulas_recalculate_to_the_tools_values(report_14, tmp_path):
    from soffice import convert

    recalculated = convert(report_14["path"], tmp_path / "recalc", "xlsx", tmp_path / "lo")
    formulas = openpyxl.load_workbook(report_14["path"])
    ours = openpyxl.load_workbook(report_14["path"], data_only=True)
    theirs = openpyxl.load_workbook(recalculated, data_only=True)
    checked = 0
    for name in ("SKM", "Perhitungan"):
        for row in formulas[name].iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    mine = ours[name][cell.coordinate].value
                    other = theirs[name][cell.coordinate].value
                    if isinstance(mine, (int, float)):
                        assert other == pytest.approx(mine, abs=1e-9), (name, cell.coordinate)
                    checked += 1
    assert checked >= 14 * 3 + 2  # Σ, NRR, NRR tertimbang per element; the index twice


def test_fourteen_element_pdf_page_prints_one_page_wide(report_14, tmp_path):
    if SOFFICE is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice and pdftotext are needed")
    from soffice import convert

    pdf = convert(report_14["path"], tmp_path / "pdf", "pdf", tmp_path / "lo")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True).stdout
    page = next(p for p in text.split("\f") if "SURVEI KEPUASAN MASYARAKAT" in p)
    for label in ("U1", "U14", "IKM unit pelayanan", "KepMenPAN No. 25 Tahun 2004"):
        assert label in page, label


def test_fourteen_bar_chart_and_pie_do_not_overlap(report_14):
    # The NRR chart widens with the elements: its fourteen bars must not be
    # hidden under the pie chart of the profile.
    import re
    import zipfile

    def box(anchor: bytes) -> tuple[int, int, int, int]:
        (c0, r0), (c1, r1) = re.findall(
            rb"<xdr:col>(\d+)</xdr:col>.*?<xdr:row>(\d+)</xdr:row>", anchor, re.S)
        return int(c0), int(r0), int(c1), int(r1)

    with zipfile.ZipFile(report_14["path"]) as book:
        drawings = [[box(a) for a in re.findall(rb"<xdr:twoCellAnchor.*?</xdr:twoCellAnchor>",
                                                book.read(name), re.S)]
                    for name in book.namelist() if name.startswith("xl/drawings/drawing")]
        charts = [book.read(n) for n in book.namelist() if n.startswith("xl/charts/chart")]
    assert any(b"<c:pieChart>" in chart for chart in charts)
    # The SKM sheet's drawing holds the widest chart: C..P and more.
    assert max(c1 for boxes in drawings for _, _, c1, _ in boxes) >= 15
    for boxes in drawings:  # on every sheet, no chart over another
        for i, (a0, b0, a1, b1) in enumerate(boxes):
            for c0, d0, c1, d1 in boxes[i + 1:]:
                assert a1 < c0 or c1 < a0 or b1 < d0 or d1 < b0  # apart across or down


def test_one_sheet_with_a_questionnaire_entered_twice(tmp_path):
    # One sheet (nothing else to compare), KP-2 typed in twice: counted once.
    folder = tmp_path / "input"
    write_table(folder / "skm.xlsx", ["No", "Kode Peserta", *[f"U{i}" for i in range(1, 10)]],
                [[1, "KP-1", *[3] * 9], [2, "KP-2", *[4] * 9], [3, "KP-2", *[4] * 9]],
                sheet="SKM")
    run = analyse(folder, tahun=TAHUN)
    assert run.results["skm"].skm.index.n == 2
    [note] = _codes(run, "skm_ganda_id")
    assert (note.row, note.params["baris_asal"]) == (6, "5")
