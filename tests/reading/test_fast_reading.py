"""The fast paths of reading: each must give what the careful path gives.

* workbook.tidy: blank cells become None, odd numbers and over-long text tamed;
* detect's plain-row shortcut: the same records, skips and notes as going
  through every row one by one;
* the guard's quick extent bound: clears ordinary sheets, leaves every odd
  or far cell to the exact passes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import pytest
from builders import raw_xlsx
from hypothesis import given, settings
from hypothesis import strategies as st

from iku_excel.reading import body, detect, extents, guard, strays
from iku_excel.reading import labels as row_labels
from iku_excel.reading import table as detected_table
from iku_excel.reading.grid import SheetGrid
from iku_excel.reading.tidy import MAX_CELL_CHARS, tidy

# --- tidy -------------------------------------------------------------------

def test_tidy_blank_odd_and_long_cells():
    nan, inf = float("nan"), float("inf")
    long_text = "x" * (MAX_CELL_CHARS + 5)
    rows = [["", " ", "\n\t", "a", 1.0, nan], [inf, -inf, long_text, None, 0, False]]
    same = rows[0]
    assert tidy(rows) is rows
    assert rows[0] is same  # changed in place
    assert rows[0] == [None, None, None, "a", 1.0, None]
    assert rows[1][:2] == ["inf", "-inf"]
    assert rows[1][2] == "x" * MAX_CELL_CHARS
    assert rows[1][3:] == [None, 0, False]


def test_tidy_spans_blocks_and_keeps_clean_rows():
    rows = [[i, "" if i % 3 else "teks", float(i)] for i in range(10_000)]
    tidy(rows)
    assert all(row[1] is None for i, row in enumerate(rows) if i % 3)
    assert all(row[1] == "teks" for i, row in enumerate(rows) if not i % 3)
    assert rows[9_998] == [9_998, None, 9_998.0]


def _careful(value):
    if isinstance(value, str):
        if not value.strip():
            return None
        return value[:MAX_CELL_CHARS]
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return str(value)
    return value


CELL = st.one_of(st.none(), st.just(""), st.just("  "), st.text(max_size=5),
                 st.sampled_from(["\u3000", "\xa0 ", "x" * (MAX_CELL_CHARS + 1),
                                  " " * (MAX_CELL_CHARS + 3)]),
                 st.integers(-5, 5), st.floats(allow_nan=True, allow_infinity=True),
                 st.booleans(), st.dates(dt.date(2000, 1, 1), dt.date(2030, 1, 1)),
                 # equal, but not the same: 1 == 1.0 == True, 0.0 == -0.0 == 0 == False,
                 # and a date is no datetime
                 st.sampled_from([0.0, -0.0, 1.0, 1, True, 0, False, 2.0, 2,
                                  dt.date(2017, 1, 1), dt.datetime(2017, 1, 1)]))


def _typed(rows):
    """Rows as (type, value): True must stay True, not become 1 or 1.0; -0.0
    must keep its sign."""
    return [[(type(v), repr(v) if isinstance(v, float) else v) for v in row] for row in rows]


def test_tidy_shares_equal_cells():
    """A survey repeats the same answers, services and dates in every row:
    after tidy, equal cells are one object, not one per cell (one per block
    of rows looked at together; these 4,000 rows are one block)."""
    def fresh(text):  # as calamine gives them: a new object for every cell
        return "".join(list(text))

    rows = [[float(str(i % 4 + 1)), fresh("KTP-el"), dt.date(2017, 1, 1 + i % 3), fresh("")]
            for i in range(4_000)]
    assert rows[0][1] is not rows[1][1]
    tidy(rows)
    assert len({id(v) for row in rows for v in row}) == 4 + 1 + 3 + 1  # None once
    assert rows[0] == [1.0, "KTP-el", dt.date(2017, 1, 1), None]


@pytest.mark.parametrize("rows", [
    [[0.0, -0.0, "a"], [-0.0, 0.0, "a"]],                    # only floats: shared, not zero
    [[1.0, True, 1], [True, 1.0, 1]],                         # TRUE and 1 beside 1.0
    [[dt.date(2017, 1, 1), dt.datetime(2017, 1, 1), 2.0], [2, 2.0, False]],
])
def test_tidy_keeps_equal_values_of_other_kinds(rows):
    expected = _typed([[_careful(v) for v in row] for row in rows])
    tidy(rows)
    assert _typed(rows) == expected


PLAIN_CELL = st.one_of(st.none(), st.just(""), st.text(max_size=3),
                       st.floats(allow_nan=True, allow_infinity=True),
                       st.sampled_from([0.0, -0.0, 1.0, 2.0]),
                       st.dates(dt.date(2017, 1, 1), dt.date(2017, 1, 9)))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(PLAIN_CELL, max_size=6), max_size=12))
def test_tidy_told_plain_matches_cell_by_cell(rows):
    """What an xlsx without TRUE/FALSE gives (pieces.py says so): the kinds
    pass is skipped, the cells are the same."""
    expected = _typed([[_careful(v) for v in row] for row in rows])
    tidy(rows, plain=True)
    assert _typed(rows) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(CELL, max_size=6), max_size=12))
def test_tidy_matches_cell_by_cell(rows):
    expected = _typed([[_careful(v) for v in row] for row in rows])
    tidy(rows)
    assert _typed(rows) == expected


# --- detect: the plain-row shortcut ----------------------------------------

HEADER = ["No", "Nama Organisasi", "Ketua", "Desa", "Dibina (Ya/Tidak)"]
ROW = st.one_of(
    st.tuples(st.integers(1, 99), st.sampled_from(["Ormas A", "Ormas B", None]),
              st.sampled_from(["Budi", None]), st.sampled_from(["Benjeng", None]),
              st.sampled_from(["Ya", "Tidak", None])).map(list),
    st.sampled_from([
        [None] * 5, ["JUMLAH", None, None, None, 12], [None, "A. UNSUR DESA", None, None, None],
        [None, "Mengetahui,", None, None, None], [None, "NIHIL", None, None, None],
        [1, 2, 3, 4, 5], ["x", "Ormas C", "Sari", "Kaban", "Ya"], [7, None, None, None, None],
        [8, None, "Budi", "Benjeng", "Ya"], [None, None, None, None, "Ya"],
        # Footers and examples with a number in the No column: careful path only.
        [9, "Total", "12", "3", "Ya"], [10, "NRR", "Budi", "Benjeng", "Ya"],
        [11, "Total Usaha Bersama", "Budi", "Benjeng", "Ya"], [1, "Contoh", "Budi", "Desa", "Ya"],
        [2, "Ormas A", "Nama Lengkap", "Benjeng", "Ya"], [3, "Ormas B", "Budi", "Jumlah", "Ya"]]),
    # Any mix, numbered or not, of the words the careful path looks for.
    st.tuples(st.sampled_from([1, 2.0, None, "x", True]),
              *[st.sampled_from([None, "Ormas A", "Budi", "Ya", "NIHIL", "Mengetahui,",
                                 "JUMLAH", "A. UNSUR DESA", 3, "Camat Benjeng", "NRR",
                                 "Contoh", "Mutu : B", "Rata-rata"])] * 4
              ).map(list))


def _table(rows: list[list], plain: bool) -> detected_table.DetectedTable:
    grid = SheetGrid("ormas.xlsx", "Data", [["DATA ORMAS"], [], HEADER] + [list(r) for r in rows])
    if plain:
        return detect.detect(grid)
    original = body._plain_rows
    body._plain_rows = lambda body, *args: [False] * len(body)
    try:
        return detect.detect(grid)
    finally:
        body._plain_rows = original


@settings(max_examples=300, deadline=None)
@given(st.lists(ROW, min_size=1, max_size=25))
def test_plain_row_shortcut_changes_nothing(rows):
    fast, careful = _table(rows, True), _table(rows, False)
    assert fast.rows == careful.rows
    assert fast.cells == careful.cells
    assert fast.skipped == careful.skipped
    assert fast.dropped == careful.dropped
    assert fast.nihil_rows == careful.nihil_rows
    assert fast.not_records == careful.not_records


def test_records_and_values_follow_the_columns():
    table = _table([[1, "Ormas A", "Budi", "Benjeng", "Ya"], [2, "Ormas B", None, None, "Tidak"]],
                   True)
    assert table.rows == [4, 5]
    assert table.values("nama") == ["Ormas A", "Ormas B"]
    assert table.records[1] == (5, {"no": 2, "nama": "Ormas B", "ketua": None, "alamat": None,
                                    "dibina": "Tidak"})
    table.cells[1] = table.cells[1][:2]  # a short row: missing cells read as None
    assert table.values("dibina") == ["Ya", None]


# --- guard: the quick extent bound -----------------------------------------

@pytest.mark.parametrize("limit", [9, 10, 99, 384_615, 1_000_000, 120])
def test_rows_above_matches_exactly_the_larger_numbers(limit):
    pattern = re.compile(extents._rows_above(limit))
    for number in {1, limit - 1, limit, limit + 1, limit * 10, 10 ** len(str(limit)),
                   int("9" * len(str(limit)))}:
        if number >= 1:
            assert bool(pattern.fullmatch(b'%d"' % number)) == (number > limit), number


def _undecided(cells: bytes, dimension: bytes = b"") -> bool:
    quick = extents.QuickExtent("Data", 1000)
    sheet = (b"<worksheet>" + dimension + b'<sheetData><row r="1">' + cells
             + b"</row></sheetData></worksheet>")
    for start in range(0, len(sheet), 7):  # cut anywhere: chunks end mid-element
        quick.feed(sheet[start:start + 7], final=False)
    quick.feed(b"", final=True)
    return quick.undecided


@pytest.mark.parametrize("cells, undecided", [
    # Within the quick bound, but two cells over ten million: the exact pass
    # looks at it (a stray cell), calamine is not handed the empty rectangle.
    (b'<c r="A1"><v>1</v></c><c r="Z384615" t="s"><v>0</v></c>', True),
    # Without a <dimension> the quick bound is all it knows: the same.
    (b'<c r="A1"><v>1</v></c><c r="Z3" t="s"><v>0</v></c>', True),
    (b'<c r="A384616"><v>1</v></c>', True),
    (b'<c r="AA1"><v>1</v></c>', True),
    (b'<c r="XFD1048576"><v>1</v></c>', True),
    (b'<c r="a1"><v>1</v></c>', True),
    (b'<c r="$A$1"><v>1</v></c>', True),
    (b'<c r="A01"><v>1</v></c>', True),
    (b"<c><v>1</v></c>", True),
    (b'<c s="1" r="A1"><v>1</v></c>', True),
    (b'<c\nr="A1"><v>1</v></c>', True),
    (b'<x:c r="A1"><x:v>1</x:v></x:c>', True),
])
def test_quick_extent(cells, undecided):
    assert _undecided(cells) is undecided


@pytest.mark.parametrize("dimension, cells, undecided", [
    (b'<dimension ref="A1:C2"/>', b'<c r="A1"><v>1</v></c><c r="C2"><v>1</v></c>', False),
    (b'<dimension ref="A1:C2"/>', b'<c r="D1"><v>1</v></c>', True),     # wider than declared
    (b'<dimension ref="A1:C2"/>', b'<c r="A3"><v>1</v></c>', True),     # longer than declared
    (b'<dimension ref="A1:Z9"/>', b'<c r="Z9"><v>1</v></c>', False),
    (b'<dimension ref="A1"/>', b'<c r="A1"><v>1</v></c>', False),       # one cell
    (b'<dimension ref="A1"/>', b'<c r="B1"><v>1</v></c>', True),
    # Declared the whole sheet, holds one cell: the exact pass looks at it.
    (b'<dimension ref="A1:XFD1048576"/>', b'<c r="A1"><v>1</v></c>', True),
])
def test_quick_extent_keeps_to_the_declared_dimension(dimension, cells, undecided):
    """A sheet holding no more than its <dimension> declares is cleared with
    that area as its cost; a cell beyond it sends the sheet to the exact pass."""
    assert _undecided(cells, dimension) is undecided


# The quick pattern as first written for Python's re (a look-ahead and \s),
# kept here as the reference the RE2 spelling must agree with.
_REFERENCE = re.compile(rb'<c(?:>|[\t\r\n]|\s(?!r=")|\sr="(?:[^A-Z]|[A-Z](?:[^1-9]|'
                        + extents._rows_above(extents._QUICK_ROWS) + rb")))|:c[\s>/]")

_PIECES = st.sampled_from([b"<c", b" ", b"\t", b"\n", b"\r", b"\x0b", b"\x0c", b"r", b'r="',
                           b"=", b'"', b"A", b"Z", b"a", b"$", b"0", b"1", b"3", b"4", b"8",
                           b"9", b"384615", b"384616", b">", b"/", b":c", b"<v>", b"</c>",
                           b"\xc3\xa9", b"\xff", b"x:", b"s=\"1\" "])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, max_size=14).map(b"".join))
def test_quick_pattern_engines_agree(text):
    """RE2 (when installed) and Python's re find a cell beyond the quick
    bound in exactly the texts the look-ahead reference does."""
    expected = _REFERENCE.search(text) is not None
    assert (extents._BEYOND_QUICK.search(text) is not None) == expected
    assert (re.compile(extents._BEYOND_QUICK_PATTERN).search(text) is not None) == expected


def test_quick_pattern_uses_re2_when_installed():
    re2 = pytest.importorskip("re2")
    assert not isinstance(extents._BEYOND_QUICK, re.Pattern)
    assert extents._scanner(b"<c>").search(b"..<c>..") is not None
    assert re2 is not None


def _xlsx_with_cells(cells: bytes) -> bytes:
    """A minimal package whose one sheet holds the given cells."""
    return raw_xlsx([b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns='
                     b'"http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols>'
                     b'<col min="2" max="2" hidden="1"/></cols><sheetData><row r="1">' + cells
                     + b"</row></sheetData></worksheet>"])


def test_scan_keeps_what_the_extras_need():
    scans = guard._check_zip(_xlsx_with_cells(b'<c r="A1"><f>1+1</f></c>'))
    scan = scans["xl/worksheets/sheet1.xml"]
    assert scan.formulas
    assert b'hidden="1"' in scan.head and b"<sheetData" not in scan.head
    plain = guard._check_zip(_xlsx_with_cells(b'<c r="A1"><v>2</v></c>'))
    assert not plain["xl/worksheets/sheet1.xml"].formulas


def test_far_cell_past_the_quick_bound_is_set_aside():
    scans = guard._check_zip(_xlsx_with_cells(
        b'<c r="A1"><v>1</v></c><c r="KZ999999"><v>1</v></c>'))
    scan = scans["xl/worksheets/sheet1.xml"]
    assert (scan.strip, scan.area, scan.refused) == (strays.Plan(1, 1), 1, None)


def test_wide_sheet_within_the_caps_passes_the_slower_bound():
    cells = b"".join(b'<c r="%s1"><v>1</v></c>' % detected_table.column_letter(i).encode()
                     for i in range(60))
    assert _undecided(cells)  # two-letter columns: not the quick bound's case
    guard._check_zip(_xlsx_with_cells(cells))  # but well within the caps


@pytest.mark.parametrize("ref, row, column", [
    (b"xfd1048576", 1048576, "XFD"), (b"AAAAA5", 5, "AAAAA"),
    (b"Z0000000001000000", 1000000, "Z"), (b"kz999999", 999999, "KZ")])
def test_far_references_calamine_also_reads_are_set_aside(tmp_path, ref, row, column):
    """calamine takes lower-case letters, any number of letters and leading
    zeros; the exact pass and the rewrite must read them the same way, or a
    hostile sheet makes calamine ask for hundreds of gigabytes and abort the
    process. The far cell is left out, said, and the rest is read."""
    from iku_excel.reading.input_file import InputFile
    from iku_excel.reading.loader import load_sheets

    cells = b'<c r="A1"><v>1</v></c><c r="%s"><v>2</v></c>' % ref
    path = tmp_path / "jauh.xlsx"
    path.write_bytes(_xlsx_with_cells(cells))
    (grid,) = load_sheets(InputFile(path, path.name), path.read_bytes())
    assert grid.rows == [[1.0]]
    assert [(f.code, f.row, f.column, f.value) for f in grid.notes] == [
        ("sel_jauh_diabaikan", row, column, "2")]


# --- no cyclic collection over grids being built ------------------------------

def test_reading_runs_without_cyclic_collection_and_freezes_the_grids(monkeypatch):
    """A big sheet is many row lists made in one go: automatic collections
    would walk them again and again. Reading runs with the collector off,
    freezes what it read, and leaves the collector on."""
    import gc

    from iku_excel import pipeline

    started = []
    real = pipeline._read_all

    def watched(*args, **kwargs):
        def note(phase, info):
            if phase == "start":
                started.append(info["generation"])
        gc.callbacks.append(note)
        try:
            rows = [[i, "x"] for i in range(50_000)]  # with the collector on: collections
            assert rows
            return real(*args, **kwargs)
        finally:
            gc.callbacks.remove(note)

    monkeypatch.setattr(pipeline, "_read_all", watched)
    assert gc.isenabled()
    try:
        run = pipeline.analyse(pipeline.EXAMPLE_DIR)
        assert run.results["skm"].nilai == 76.53
        assert started == []
        assert gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_collector_back_on_when_reading_fails(monkeypatch):
    import gc

    from iku_excel import pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("a bug while reading")

    monkeypatch.setattr(pipeline, "_read_all", broken)
    try:
        with pytest.raises(RuntimeError):
            pipeline.analyse(pipeline.EXAMPLE_DIR)
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_calamine_reads_every_xlsx_number_as_a_float():
    """pieces.py tells tidy a piece is plain when it has no b-valued attribute:
    that holds only while calamine gives a float for every number of an xlsx,
    however it is written, and a bool only for t="b"."""
    from python_calamine import CalamineWorkbook

    cells = ['<c r="A1"><v>5</v></c>', '<c r="B1" t="n"><v>7</v></c>',
             '<c r="C1"><f>1+1</f><v>2</v></c>', '<c r="D1"><v>1E3</v></c>',
             '<c r="E1"><v>-0</v></c>', '<c r="F1"><v>123456789012345678</v></c>',
             '<c r="G1" t="b"><v>1</v></c>', '<c r="H1" t="b"><v>0</v></c>',
             '<c r="I1" t="inlineStr"><is><t>1</t></is></c>',
             '<c r="J1" t="d"><v>2017-01-01</v></c>']
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
        'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '</Types>',
        "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
        '2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<worksheet xmlns="http://schemas.openxmlformats.org/'
        'spreadsheetml/2006/main"><sheetData><row r="1">' + "".join(cells) +
        "</row></sheetData></worksheet>",
    }
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as package:
        for name, text in parts.items():
            package.writestr(name, text)
    book = CalamineWorkbook.from_filelike(io.BytesIO(data.getvalue()))
    row = book.get_sheet_by_name("S").to_python()[0]
    assert [type(v) for v in row] == [float] * 6 + [bool, bool, str, dt.date]
    assert row[:6] == [5.0, 7.0, 2.0, 1000.0, 0.0, 123456789012345678.0]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.one_of(st.none(), st.integers(0, 9), st.text("ab", max_size=2)),
                         min_size=0, max_size=6), max_size=40),
       st.lists(st.integers(0, 5), min_size=0, max_size=5, unique=True), st.integers(1, 7))
def test_columns_of_is_values_of_each(rows, indexes, block):
    """Several fields in one pass, a block of rows at a time, short rows
    included: the same lists as DetectedTable.values gives one by one."""
    from unittest import mock

    from iku_excel.reading.table import Column, DetectedTable
    from iku_excel.schema import SKM

    keys = [f"k{i}" for i in indexes]
    table = DetectedTable(SKM, "f.xlsx", "Data", 1, 1,
                          {k: Column(i, k) for k, i in zip(keys, indexes)},
                          rows=list(range(len(rows))), cells=rows)
    with mock.patch.object(detected_table, "_BLOCK", block):
        got = table.columns_of(keys)
    assert got == {k: table.values(k) for k in keys}
    assert list(got) == keys


# --- the quick look for labels: never passes one over -------------------------

def _decorated_labels():
    """Every label as staff may type it: any case, any separator, bracketed,
    numbered, with a colon or more words after it."""
    import itertools

    labels = sorted(row_labels.FOOTER_LABELS | row_labels.PLACEHOLDERS | {"contoh"})
    for label, sep, case, before, after in itertools.product(
            labels, [" ", "-", "/", "_", "."], [str.lower, str.upper, str.title],
            ["", " ", "(", "*", "1. ", "\uff08"], ["", ":", " Nilai", ")"]):
        yield before + case(label.replace(" ", sep)) + after


def test_quick_look_keeps_every_label():
    texts = set(_decorated_labels())
    labels = {t for t in texts if row_labels.label_kind(t)}
    assert len(labels) > 1000  # the guard of the test itself
    assert labels <= set(row_labels.maybe_labels(texts))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12))
def test_quick_look_keeps_any_text_read_as_a_label(text):
    if row_labels.label_kind(text):
        assert list(row_labels.maybe_labels({text})) == [text]


def test_quick_look_passes_over_names():
    names = {"Siti Aminah", "Budi", "Sri Wahyuni", "Dwi Lestari", "Agus Salim", "KTP", "L"}
    assert list(row_labels.maybe_labels(names | {1.0, None})) == []
    assert set(row_labels.maybe_labels({"Jumlah", "NRR", "Contoh: Dermo", "Rata-rata"})) == {
        "Jumlah", "NRR", "Contoh: Dermo", "Rata-rata"}
