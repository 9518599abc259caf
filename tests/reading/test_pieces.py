"""A big sheet parsed in pieces gives exactly the grid of one parse.

The split threshold and the piece size are lowered so the small workbooks
built here are cut into several pieces; each test also checks the pieces
were really used.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import tempfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iku_excel.pipeline import EXAMPLE_DIR
from iku_excel.reading import guard, pieces
from iku_excel.reading.errors import ReadError
from iku_excel.reading.input_file import InputFile
from iku_excel.reading.loader import load_sheets
from iku_excel.reading.scan import close_scans


@pytest.fixture
def split_everything(monkeypatch):
    """Every sheet counts as big and is cut about every 1,000 bytes of XML;
    returns the number of pieces of each sheet joined from pieces."""
    joined = []
    real_join = pieces._join

    def counting_join(parts):
        result = real_join(parts)
        if result is not None:
            joined.append(len(parts))
        return result

    monkeypatch.setattr(pieces, "SPLIT_FROM", 1)
    monkeypatch.setattr(pieces, "PIECE_SIZE", 1000)
    monkeypatch.setattr(pieces, "PIECE_PER_COPY", 0)
    monkeypatch.setattr(pieces.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(pieces, "_join", counting_join)
    return joined


def _whole(path: Path, monkeypatch) -> list:
    with monkeypatch.context() as patch:
        patch.setattr(pieces, "SPLIT_FROM", 10 ** 12)
        return load_sheets(InputFile(path, path.name), path.read_bytes())


def _typed(rows):
    """Rows as (type, value): TRUE must stay True, not become 1.0; -0.0 keeps its sign."""
    return [[(type(v), repr(v) if isinstance(v, float) else v) for v in row] for row in rows]


def _same(split, whole) -> None:
    assert [g.name for g in split] == [g.name for g in whole]
    for a, b in zip(split, whole):
        assert _typed(a.rows) == _typed(b.rows), a.name
        assert a.merged == b.merged, a.name
        assert (a.hidden, a.hidden_columns, a.computed, a.unevaluated) == \
            (b.hidden, b.hidden_columns, b.computed, b.unevaluated), a.name


@pytest.fixture(autouse=True)
def private_temp(tmp_path, monkeypatch):
    """The pieces' temporary folders go to a folder of this test's own: other
    runs on the machine (another test session, a staff run) make and remove
    theirs in the system's temporary folder at any time."""
    private = tmp_path / "system-temp"
    private.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private))


def _leftovers() -> list[str]:
    return glob.glob(os.path.join(tempfile.gettempdir(), "iku-excel-*"))


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLE_DIR.glob("*.xlsx")))
def test_example_workbooks_read_the_same_in_pieces(name, split_everything, monkeypatch):
    before = _leftovers()
    path = EXAMPLE_DIR / name
    split = load_sheets(InputFile(path, name), path.read_bytes())
    _same(split, _whole(path, monkeypatch))
    assert split_everything, "no sheet was read in pieces"
    assert _leftovers() == before, "temporary copies left behind"


def _layout(path: Path) -> None:
    """What a cut must survive: title rows and merged cells, a formula saved
    without its value, a hidden column, dates, a later piece that starts in
    column C after a gap of empty rows and is wider than those before, and
    a second sheet."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Data"
    sheet["A1"] = "REKAP"
    sheet.merge_cells("A1:D1")
    sheet.column_dimensions["B"].hidden = True
    for r in range(3, 40):
        sheet.cell(r, 1, r - 2)
        sheet.cell(r, 2, dt.datetime(2017, 1, 1) + dt.timedelta(days=r))
        sheet.cell(r, 3, f"teks {r}")
    sheet["D5"] = "=A5*2"  # openpyxl saves no value: computed by the reader
    for r in range(60, 90):
        sheet.cell(r, 3, r)
        sheet.cell(r, 7, "lebar")
    sheet.merge_cells("C88:E89")
    other = book.create_sheet("Lain")
    for r in range(1, 30):
        other.cell(r, 2, r * 1.5)
    book.save(path)


def test_layout_read_the_same_in_pieces(tmp_path, split_everything, monkeypatch):
    path = tmp_path / "tata.xlsx"
    _layout(path)
    split = load_sheets(InputFile(path, path.name), path.read_bytes())
    _same(split, _whole(path, monkeypatch))
    assert len(split_everything) == 2 and max(split_everything) >= 3  # both sheets, cut
    data = split[0]
    assert data.cell(4, 3) == 6  # =A5*2 in Excel's row 5, A5 holding 3
    assert data.merged == [((0, 0), (0, 3)), ((87, 2), (88, 4))]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.dictionaries(st.tuples(st.integers(1, 120), st.integers(1, 12)),
                       st.one_of(st.integers(-5, 500), st.text("ab ", min_size=1, max_size=4),
                                 st.floats(-10, 10, allow_nan=False), st.booleans(),
                                 st.sampled_from([0, 1, 0.0, -0.0, 1.0])),
                       min_size=1, max_size=60))
def test_any_cells_read_the_same_in_pieces(cells, split_everything, monkeypatch):
    folder = Path(tempfile.mkdtemp(prefix="pieces-test-"))
    path = folder / "acak.xlsx"
    book = openpyxl.Workbook()
    for (r, c), value in cells.items():
        book.active.cell(r, c, value)
    book.save(path)
    try:
        split = load_sheets(InputFile(path, path.name), path.read_bytes())
        _same(split, _whole(path, monkeypatch))
    except ReadError as refused:  # every cell blank: both must refuse alike
        with pytest.raises(ReadError) as again:
            _whole(path, monkeypatch)
        assert again.value.code == refused.code
    finally:
        path.unlink()
        folder.rmdir()


def test_far_cell_is_set_aside_and_no_copy_is_left(tmp_path, split_everything):
    path = tmp_path / "jauh.xlsx"
    book = openpyxl.Workbook()
    for r in range(1, 50):
        book.active.cell(r, 1, r)
    book.active["XFD1048576"] = 1
    book.save(path)
    before = _leftovers()
    (grid,) = load_sheets(InputFile(path, path.name), path.read_bytes())
    assert grid.rows == [[float(r)] for r in range(1, 50)]
    assert [(f.code, f.row, f.column) for f in grid.notes] == [
        ("sel_jauh_diabaikan", 1048576, "XFD")]
    assert not split_everything  # read whole, without the far cell
    assert _leftovers() == before


def test_one_row_sheet_is_read_whole(tmp_path, split_everything, monkeypatch):
    path = tmp_path / "sebaris.xlsx"
    book = openpyxl.Workbook()
    for c in range(1, 200):
        book.active.cell(1, c, c)
    book.save(path)
    split = load_sheets(InputFile(path, path.name), path.read_bytes())
    _same(split, _whole(path, monkeypatch))
    assert not split_everything  # no <row> to cut at past the middle


@pytest.mark.parametrize("where", ["_begin", "_feed", "_open_piece", "_close_piece"])
def test_a_full_temporary_disk_only_means_reading_whole(where, split_everything, monkeypatch):
    """Copies that cannot be written never make the file 'rusak': the
    sheet is read whole, the same."""
    path = EXAMPLE_DIR / "SKM_Kecamatan_Benjeng_2017.xlsx"
    whole = _whole(path, monkeypatch)

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pieces.Splitter, where, disk_full)
    before = _leftovers()
    split = load_sheets(InputFile(path, path.name), path.read_bytes())
    _same(split, whole)
    assert not split_everything
    assert _leftovers() == before


def test_stopped_run_leaves_no_copies(tmp_path, split_everything, monkeypatch):
    """Ctrl+C while the files are read: the readers finish and clean up before
    the run stops (python -m iku_excel ends with os._exit, which would not)."""
    import shutil

    from iku_excel import pipeline

    folder = tmp_path / "input"
    shutil.copytree(EXAMPLE_DIR, folder)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    real_parse = pieces._parse

    def slow_parse(*args):  # the pieces are still being parsed when Ctrl+C comes
        import time

        time.sleep(0.5)
        return real_parse(*args)

    monkeypatch.setattr(pipeline, "_read_all", interrupted)
    monkeypatch.setattr(pieces, "_parse", slow_parse)
    before = _leftovers()
    with pytest.raises(KeyboardInterrupt):
        pipeline.analyse(folder)
    assert _leftovers() == before


def test_pieces_copy_only_the_xml_parts(tmp_path, split_everything, monkeypatch):
    """A picture or macro in the workbook is not copied into the pieces."""
    import io
    import zipfile

    path = tmp_path / "bergambar.xlsx"
    source = zipfile.ZipFile(EXAMPLE_DIR / "SKM_Kecamatan_Benjeng_2017.xlsx")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info.filename))
        target.writestr("xl/media/image1.png", b"\x89PNG" + b"\x00" * 5000)
        target.writestr("xl/vbaProject.bin", b"\x00" * 5000)
    path.write_bytes(out.getvalue())
    copied = []
    real_parse = pieces._parse

    def recording_parse(piece, *args):
        copied.append(zipfile.ZipFile(piece).namelist())
        return real_parse(piece, *args)

    monkeypatch.setattr(pieces, "_parse", recording_parse)
    split = load_sheets(InputFile(path, path.name), path.read_bytes())
    _same(split, _whole(path, monkeypatch))
    assert len(copied) >= 2 and split_everything
    assert all("xl/workbook.xml" in names and "xl/media/image1.png" not in names
               and "xl/vbaProject.bin" not in names for names in copied)


def test_copies_of_the_other_parts_stay_small_beside_the_sheet(tmp_path, split_everything,
                                                              monkeypatch):
    """Every piece carries the shared strings again and calamine parses them
    again: with many distinct texts the pieces grow, so that all the copies
    together stay within 1/PIECE_PER_COPY of the sheet itself."""
    import zipfile

    monkeypatch.setattr(pieces, "PIECE_PER_COPY", 4)
    path = tmp_path / "banyak_teks.xlsx"
    book = openpyxl.Workbook()
    for r in range(1, 3000):
        book.active.cell(r, 1, f"saran nomor {r}")  # each one a shared string
        book.active.cell(r, 2, r)
    book.save(path)
    with zipfile.ZipFile(path) as package:
        sheet = package.getinfo("xl/worksheets/sheet1.xml").file_size
        copy = sum(i.file_size for i in package.infolist()
                   if "worksheets/" not in i.filename and i.filename.endswith((".xml", ".rels")))
    assert copy > 1000 * 4 / 8  # the 1,000-byte pieces of the fixture would not do
    split = load_sheets(InputFile(path, path.name), path.read_bytes())
    _same(split, _whole(path, monkeypatch))
    (count,) = split_everything
    assert count >= 2 and (count - 1) * copy <= sheet / 4, (count, copy, sheet)


def test_true_and_false_stay_what_they_are_in_every_piece(tmp_path, split_everything,
                                                           monkeypatch):
    """Equal cells are shared (reading/tidy.py), but TRUE == 1 == 1.0: a piece
    that may hold TRUE/FALSE has its cells' kinds checked, and only that one."""
    plain = []
    real_parse = pieces._parse

    def recording_parse(path, sheet, first, is_plain):
        plain.append(is_plain)
        return real_parse(path, sheet, first, is_plain)

    monkeypatch.setattr(pieces, "_parse", recording_parse)
    # The guard hands over the XML in smaller chunks; a piece is flagged
    # when a chunk that fed it had a b-valued attribute anywhere.
    monkeypatch.setattr(guard, "CHUNK", 1500)
    path = tmp_path / "ya_tidak.xlsx"
    book = openpyxl.Workbook()
    for r in range(1, 200):
        book.active.cell(r, 1, r % 2)          # 0 and 1 as numbers
        book.active.cell(r, 2, 1.0)
        book.active.cell(r, 3, "ya")
    for r in range(120, 123):
        book.active.cell(r, 4, r == 121)       # TRUE and FALSE in one piece only
    book.save(path)
    split = load_sheets(InputFile(path, path.name), path.read_bytes())
    _same(split, _whole(path, monkeypatch))
    assert split[0].cell(120, 3) is True and split[0].cell(119, 3) is False
    assert all(type(row[0]) is float and row[0] == (r + 1) % 2
               for r, row in enumerate(split[0].rows))
    assert False in plain and plain.count(True) >= 2  # checked where TRUE may be


def test_pieces_waiting_to_be_parsed_are_dropped_when_the_sheet_is_not_wanted(
        split_everything, monkeypatch):
    """The guard cuts faster than calamine parses, so pieces wait in a queue.
    When the sheet is closed without its grid being asked for (another sheet
    of the file was refused, Ctrl+C), the waiting pieces are not parsed."""
    import threading
    import time

    started = []
    lock = threading.Lock()
    real_parse = pieces._parse

    def slow_parse(*args):
        with lock:
            started.append(args[0])
        time.sleep(0.2)
        return real_parse(*args)

    monkeypatch.setattr(pieces, "_parse", slow_parse)
    path = EXAMPLE_DIR / "SKM_Kecamatan_Benjeng_2017.xlsx"
    before = _leftovers()
    scans, _ = guard.check(InputFile(path, path.name), path.read_bytes())
    (splitter,) = [scan.splitter for scan in scans.values() if scan.splitter is not None]
    queued = len(splitter._futures)
    close_scans(scans)
    assert queued >= 6
    assert len(started) <= 4, f"{len(started)} of {queued} pieces parsed for nothing"
    assert _leftovers() == before
