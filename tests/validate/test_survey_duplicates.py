"""validate/survey_duplicates: what counts as the same questionnaire twice."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from iku_excel.reading.table import Column, DetectedTable
from iku_excel.schema import SKM
from iku_excel.validate.survey_duplicates import Part, drop_repeated, rows_text

U = [f"u{i}" for i in range(1, 10)]


def _part(file: str, sheet: str, rows: list[dict], fields: dict[str, str]) -> Part:
    """rows: {"a": answer of every element, other frame columns...}; fields: key -> header."""
    frame = pd.DataFrame({
        "file": file, "sheet": sheet, "row": range(2, 2 + len(rows)),
        **{u: [r["a"] for r in rows] for u in U}})
    frame[U] = frame[U].astype("int8")
    for column in {k for r in rows for k in r if k != "a"}:
        frame[column] = pd.Series([r.get(column) for r in rows], dtype=object)
    columns = {key: Column(i, header) for i, (key, header) in enumerate(fields.items())}
    return Part(DetectedTable(SKM, file, sheet, 1, 1, columns), frame)


def _run(*parts: Part):
    findings = []
    frames = drop_repeated(list(parts), U, findings)
    return [len(f) for f in frames], [(f.code, f.sheet, f.row, f.params) for f in findings]


ID = {"id_responden": "Kode Peserta"}
NO = {"no": "No"}


def test_same_id_same_answers_in_one_sheet_is_one():
    part = _part("a.xlsx", "S", [{"a": 3, "_id": "K1"}, {"a": 4, "_id": "K2"},
                                 {"a": 3, "_id": " k1 "}], ID)
    sizes, notes = _run(part)
    assert sizes == [2]
    assert notes == [("skm_ganda_id", "S", 4, {"jumlah": 1, "baris": "4", "asal": "a.xlsx / S",
                                               "baris_asal": "2"})]


def test_same_id_other_answers_are_both_counted_with_a_warning():
    part = _part("a.xlsx", "S", [{"a": 3, "_id": "K1"}, {"a": 4, "_id": "K1"}], ID)
    sizes, notes = _run(part)
    assert sizes == [2] and [n[0] for n in notes] == ["skm_id_beda_jawaban"]


def test_nik_as_a_number_and_as_text_is_one_id():
    a = _part("a.xlsx", "S", [{"a": 3, "_id": 3525012345678901}], {"id_responden": "NIK"})
    b = _part("b.xlsx", "S", [{"a": 3, "_id": "3525012345678901"}], {"id_responden": "NIK"})
    assert _run(a, b)[0] == [1, 0]


def test_a_blank_id_is_no_id():
    part = _part("a.xlsx", "S", [{"a": 3, "_id": None}, {"a": 3, "_id": "  "}], ID)
    assert _run(part) == ([2], [])


def test_a_copy_goes_row_for_row():
    # Two equal rows in the copy beside one in the first sheet: one of them is new.
    rows = [{"a": 3, "_no": 1}, {"a": 4, "_no": 2}, {"a": 2, "_no": 3}]
    a = _part("a.xlsx", "S", rows, NO)
    b = _part("b.xlsx", "S", rows + [{"a": 2, "_no": 3}], NO)
    sizes, notes = _run(a, b)
    assert sizes == [3, 1]
    assert [(n[0], n[2], n[3]["baris"], n[3]["baris_asal"]) for n in notes] == [
        ("skm_ganda_baris", 2, "2-4", "2-4")]


@pytest.mark.parametrize("rows, sizes, code", [
    (2, [3, 2], "skm_baris_sama_ragu"),   # two rows of "No n, all 3" may be two people
    (3, [4, 0], "skm_ganda_baris"),       # a sheet of three found whole is a copy
])
def test_a_sheet_found_whole_is_a_copy_from_three_rows(rows, sizes, code):
    same = [{"a": 3, "_no": i} for i in range(1, rows + 1)]
    got, notes = _run(_part("a.xlsx", "JAN", same + [{"a": 1, "_no": 9}], NO),
                      _part("a.xlsx", "FEB", same, NO))
    assert (got, [n[0] for n in notes]) == (sizes, [code])


def test_a_date_or_a_suggestion_makes_one_row_the_same_questionnaire():
    when = dt.datetime(2017, 3, 1, 9, 30)
    a = _part("a.xlsx", "JAN", [{"a": 3, "_no": 1, "_tanggal": when}, {"a": 4, "_no": 2},
                                {"a": 2, "_no": 3, "saran": "Antrian tertib"},
                                {"a": 1, "_no": 4}],
              {**NO, "tanggal": "Tanggal", "saran": "Saran"})
    b = _part("b.xlsx", "DATA", [{"a": 3, "_no": 1, "_tanggal": when}, {"a": 4, "_no": 2},
                                 {"a": 2, "_no": 3, "saran": "antrian  tertib"},
                                 {"a": 2, "_no": 4}],
              {**NO, "tanggal": "Tanggal", "saran": "Saran"})
    sizes, notes = _run(a, b)
    # rows 2 and 4 of b: a date, a suggestion; row 3 (No 2, all 4, nothing else): a doubt
    # (b is not all in a: its row 5 is new)
    assert sizes == [4, 2]
    assert [(n[0], n[3]["baris"]) for n in notes] == [("skm_ganda_baris", "2, 4"),
                                                      ("skm_baris_sama_ragu", "3")]


def test_different_dates_are_different_respondents():
    a = _part("a.xlsx", "S", [{"a": 3, "_no": 1, "_tanggal": dt.datetime(2017, 3, 1)}] * 3,
              {**NO, "tanggal": "Tanggal"})
    b = _part("b.xlsx", "S", [{"a": 3, "_no": 1, "_tanggal": dt.datetime(2017, 4, 1)}] * 3,
              {**NO, "tanggal": "Tanggal"})
    assert _run(a, b) == ([3, 3], [])


def test_no_responden_as_plain_numbering_is_not_an_id():
    rows = [{"a": 3, "_no": 1}, {"a": 4, "_no": 2}]
    header = {"no": "No. Responden"}
    assert _run(_part("a.xlsx", "S", rows, header)) == ([2], [])
    numbered = [{"a": 3, "_no": 17}, {"a": 3, "_no": 17}]
    sizes, notes = _run(_part("a.xlsx", "S", numbered, header))
    assert sizes == [1] and notes[0][0] == "skm_ganda_id"


def test_rows_text():
    assert rows_text([4, 5, 6, 9]) == "4-6, 9"
    assert rows_text(list(range(2, 100002))) == "2-100001"
    assert rows_text(list(range(0, 100, 2)), spans=3) == "0, 2, 4, ..."


def test_a_file_named_as_a_copy_gives_way_to_the_original():
    # Windows lists "x - Copy.xlsx" before "x.xlsx"; the original keeps the respondents.
    rows = [{"a": 3, "_id": "K1"}, {"a": 4, "_id": "K2"}]
    copy = _part("SKM 2017 - Copy.xlsx", "Data", rows, ID)
    original = _part("SKM 2017.xlsx", "Data", rows, ID)
    findings = []
    frames = drop_repeated([copy, original], U, findings)
    assert [len(f) for f in frames] == [0, 2]
    [note] = findings
    assert (note.file, note.params["asal"]) == ("SKM 2017 - Copy.xlsx", "SKM 2017.xlsx / Data")


def test_a_copied_survey_file_is_set_aside_before_its_rows_are_checked(tmp_path):
    """A tester's A: "SKM ... - Copy.xlsx" beside the original, whose row 5
    holds an answer 5 and row 6 no answer at all. The copy is set aside
    whole first: its wrong answer and its empty row are the original's,
    told once, so BELUM FINAL counts one error, not two."""
    from builders import write_table

    from iku_excel.pipeline import analyse

    header = ["No", "No. Responden", *[f"U{i}" for i in range(1, 10)]]
    rows = [[1, "R-001", *[3] * 9], [2, "R-002", *[4] * 9],
            [3, "R-003", 3, 3, 3, 3, 5, 3, 3, 3, 3], [4, "R-004", *[None] * 9]]
    write_table(tmp_path / "SKM 2017.xlsx", header, rows)
    write_table(tmp_path / "SKM 2017 - Copy.xlsx", header, rows)
    run = analyse(tmp_path, tahun=2017)
    assert run.results["skm"].skm.index.n == 2
    bad = [(f.code, f.file) for f in run.findings
           if f.code in ("skm_jawaban_tidak_sah", "skm_tanpa_jawaban")]
    assert sorted(bad) == [("skm_jawaban_tidak_sah", "SKM 2017.xlsx"),
                           ("skm_tanpa_jawaban", "SKM 2017.xlsx")]
    copies = [f for f in run.findings if f.code == "skm_ganda_baris"]
    assert [(f.file, f.row, f.params["baris"], f.params["asal"]) for f in copies] == [
        ("SKM 2017 - Copy.xlsx", 4, "4-7", "SKM 2017.xlsx / Data")]
    assert not [f for f in run.findings if f.code == "sumber_gabungan"]
