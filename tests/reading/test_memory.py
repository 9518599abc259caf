"""Memory bounded by what is filled, not by what a file declares.

* a workbook of a few KB whose many sheets each hold A1 and one cell far
  away (A999999, J999999, Z384000, XFD1000) is read under a 1 GB address-
  space limit: each stray cell is set aside with a warning, the report is
  made from the other files (it aborted the process, 2.3 GB, before);
* two CSVs of 90 MB of distinct values beside the example data, under the
  same limit: the report is made, each CSV is read or refused with a galat;
* a stray cell beside a real table is reported (its value named, a shared
  string looked up) and the table is read;
* an .xls that declares a huge area (calamine reserved it and aborted) or
  holds one far cell is refused, the process lives;
* the run's budget refuses the file that passes it, the same file on every
  run, and the others count;
* a formula saved without its value far below the table does not stretch
  the grid to reach it.

The limit is RLIMIT_AS in a child process (Linux and macOS); each child also
reports its peak resident memory.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from builders import raw_xlsx

from iku_excel.pipeline import EXAMPLE_DIR, analyse
from iku_excel.reading import guard, limits, loader
from iku_excel.reading.files import list_inputs
from iku_excel.reading.input_file import InputFile

pytestmark = pytest.mark.slow

GB = 1024 ** 3
ORMAS = "Data_Ormas_Kecamatan_Benjeng.xlsx"
EXPECTED = {code: result.nilai for code, result in analyse(EXAMPLE_DIR).results.items()}

needs_rlimit = pytest.mark.skipif(not sys.platform.startswith(("linux", "darwin")),
                                  reason="RLIMIT_AS in a child process: Linux and macOS")

# The CLI in a child whose address space is capped: a Rust allocation over it
# aborts the child (exit -6), a Python one is a MemoryError.
_LIMITED = textwrap.dedent('''
    import json, resource, sys
    limit = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from iku_excel.cli import main
    code = main(sys.argv[2:])
    print("PEAK", peak(), file=sys.stderr)
    sys.exit(code)
''')

# The child's own peak resident memory. On Linux ru_maxrss survives exec: a
# child of a big pytest process would report pytest's size; VmHWM is the
# peak of the child's own memory.
_PEAK = textwrap.dedent('''
    def peak():
        import os, resource
        if os.path.exists("/proc/self/status"):
            with open("/proc/self/status") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) * 1024
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # bytes on macOS
''')
_LIMITED = _PEAK + _LIMITED


def _run_limited(folder: Path, out: Path, limit: int = GB) -> tuple[int, str, str, int]:
    summary = out.parent / f"{out.name}.json"
    done = subprocess.run([sys.executable, "-c", _LIMITED, str(limit), "run", "--input",
                           str(folder), "--output", str(out), "--tanpa-pdf", "--json",
                           str(summary)], capture_output=True, text=True, timeout=600)
    peak = re.search(r"^PEAK (\d+)$", done.stderr, re.M)
    assert done.returncode in (0, 1, 2), done.stderr[-3000:]  # no abort, no crash
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    return done.returncode, done.stdout, summary.read_text(encoding="utf-8") \
        if summary.exists() else "", int(peak.group(1)) if peak else 0


def _example_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "input"
    shutil.copytree(EXAMPLE_DIR, folder)
    return folder


# --- a workbook of many sheets with far cells -------------------------------------

def _sheet_xml(cells: list[tuple[str, object]]) -> str:
    rows: dict[int, list[str]] = {}
    for ref, value in cells:
        row = int(re.sub(r"[A-Z]", "", ref))
        rows.setdefault(row, []).append(
            f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>' if isinstance(value, str)
            else f'<c r="{ref}"><v>{value}</v></c>')
    body = "".join(f'<row r="{r}">{"".join(c)}</row>' for r, c in sorted(rows.items()))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns='
            f'"http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{body}'
            "</sheetData></worksheet>")


FAR = ("A999999", "J999999", "Z384000", "XFD1000")


def _far_cells_workbook(sheets: int = 24) -> bytes:
    return raw_xlsx([_sheet_xml([("A1", f"judul {i}"), ("A2", 1), ("B2", 2),
                                  (FAR[i % len(FAR)], "jauh")]) for i in range(sheets)])


@needs_rlimit
def test_many_sheets_with_far_cells_stay_under_1_gb(tmp_path):
    folder = _example_folder(tmp_path)
    data = _far_cells_workbook()
    assert len(data) < 12_000  # a few KB; the old reader needed 2.3 GB and aborted
    (folder / "banyak_lembar.xlsx").write_bytes(data)
    code, out, summary, peak = _run_limited(folder, tmp_path / "out")
    assert code == 1 and peak < GB, (code, peak)
    found = json.loads(summary)
    assert {k: v["nilai"] for k, v in found["indikator"].items()} == EXPECTED
    strays = sorted((n["lembar"], n["baris"], n["kolom"]) for n in found["masalah"]
                    if n["kode"] == "sel_jauh_diabaikan")
    assert strays == sorted((f"Lembar{i + 1}", int(re.sub("[A-Z]", "", FAR[i % 4])),
                             re.sub("[0-9]", "", FAR[i % 4])) for i in range(24))
    assert (tmp_path / "out" / "IKU_Kecamatan_Benjeng_2017.xlsx").exists()


def _distinct_csv(path: Path, rows: int, first: int) -> None:
    """Ten distinct numbers of nine digits per line: no two cells share a value."""
    with path.open("w", encoding="ascii") as out:
        out.write("No;A;B;C;D;E;F;G;H;I\n")
        for start in range(0, rows, 10_000):
            out.write("".join(";".join(f"{first + (r * 10) + c:09d}" for c in range(10)) + "\n"
                              for r in range(start, min(rows, start + 10_000))))


@needs_rlimit
def test_two_90_mb_csvs_stay_under_1_gb_and_the_others_count(tmp_path):
    folder = _example_folder(tmp_path)
    for name, first in (("survei_lama.csv", 10 ** 8), ("ekspor_aplikasi.csv", 5 * 10 ** 8)):
        _distinct_csv(folder / name, 900_000, first)
        assert 85e6 < (folder / name).stat().st_size < 95e6
    code, out, summary, peak = _run_limited(folder, tmp_path / "out")
    assert code == 1 and peak < GB, (code, peak)
    found = json.loads(summary)
    assert {k: v["nilai"] for k, v in found["indikator"].items()} == EXPECTED
    for name in ("survei_lama.csv", "ekspor_aplikasi.csv"):
        codes = [n["kode"] for n in found["masalah"] if n["berkas"] == name]
        # 9 million cells each: over one file's limit; said as an error, not lost in silence
        assert codes == ["lembar_terlalu_besar"], codes


@needs_rlimit
def test_a_csv_within_the_limits_is_read_under_1_gb(tmp_path):
    """Seven million distinct cells, the most a CSV of this shape may hold:
    read (and not recognised: its headers are no IKU source), in 1 GB."""
    folder = _example_folder(tmp_path)
    _distinct_csv(folder / "besar.csv", 700_000, 10 ** 8)
    code, out, summary, peak = _run_limited(folder, tmp_path / "out")
    assert peak < GB, peak
    found = json.loads(summary)
    assert [n["kode"] for n in found["masalah"] if n["berkas"] == "besar.csv"] == [
        "lembar_tidak_dikenali"]
    assert {k: v["nilai"] for k, v in found["indikator"].items()} == EXPECTED


# --- a stray cell beside a real table ----------------------------------------------

def _with_cell(data: bytes, cell: bytes, row: int) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            part = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                part = part.replace(b"</sheetData>",
                                    b'<row r="%d">' % row + cell + b"</row></sheetData>")
            target.writestr(info, part)
    return out.getvalue()


@pytest.mark.parametrize("cell, row, where, value", [
    (b'<c r="XFD1000" t="s"><v>0</v></c>', 1000, ("XFD", 1000), None),  # a shared string
    (b'<c r="A999999"><v>123.5</v></c>', 999999, ("A", 999999), "123.5"),
    (b'<c r="ZZ5000" t="inlineStr"><is><t>catatan &amp; lain</t></is></c>', 5000,
     ("ZZ", 5000), "catatan & lain"),
])
def test_a_stray_cell_does_not_lose_the_sheet(tmp_path, cell, row, where, value):
    folder = _example_folder(tmp_path)
    _with_shared_strings(folder / ORMAS)
    data = (folder / ORMAS).read_bytes()
    (folder / ORMAS).write_bytes(_with_cell(data, cell, row))
    run = analyse(folder)
    assert {code: r.nilai for code, r in run.results.items()} == EXPECTED  # the table counts
    found = [f for f in run.findings if f.file == ORMAS]
    assert [(f.code, f.column, f.row) for f in found] == [("sel_jauh_diabaikan", *where)]
    if value is None:  # the workbook's first shared string
        shared = zipfile.ZipFile(io.BytesIO(data)).read("xl/sharedStrings.xml")
        value = re.search(rb"<si><t[^>]*>([^<]*)</t>", shared).group(1).decode()
        assert value
    assert found[0].value == value
    # The example register: No .. Dibina, Tanggal Pembinaan (A:G), rows 1-36.
    assert found[0].params == {"tabel": "A1:G36", "jumlah": 1}
    assert not [f for f in run.findings if f.code.startswith("lembar_terlalu_besar")]


def _with_shared_strings(path: Path) -> None:
    """The same register saved as Excel saves text: in a shared-strings table."""
    import datetime as dt

    import openpyxl
    import xlsxwriter

    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    book = xlsxwriter.Workbook(str(path))
    sheet, date = book.add_worksheet("Ormas"), book.add_format({"num_format": "dd/mm/yyyy"})
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, dt.datetime):
                sheet.write_datetime(r, c, value, date)
            elif value is not None:
                sheet.write(r, c, value)
    book.close()


def test_a_far_formula_without_value_does_not_stretch_the_grid(tmp_path):
    from iku_excel.reading.loader import load_sheets

    path = tmp_path / "rumus.xlsx"
    path.write_bytes(_with_cell((EXAMPLE_DIR / ORMAS).read_bytes(),
                                b'<c r="A999999"><f>1+1</f></c>', 999999))
    (grid,) = load_sheets(InputFile(path, path.name), path.read_bytes())
    assert len(grid.rows) < 100 and (999998, 0) in grid.unevaluated


# --- .xls ------------------------------------------------------------------------------

_XLS_CHILD = textwrap.dedent('''
    import json, resource, sys
    from pathlib import Path
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
    from iku_excel.pipeline import analyse
    run = analyse(Path(sys.argv[1]))
    print(json.dumps([[f.code, f.file, f.params] for f in run.findings if f.file]))
''')


def _xls(kind: str) -> bytes:
    import struct

    sys.path.insert(0, str(Path(__file__).parent))
    from test_hostile import _biff8

    if kind == "far":
        return _biff8([["No", "Nama"], *[[] for _ in range(65533)], [None] * 255 + ["jauh"]])
    data = bytearray(_biff8([["No", "Nama"], [1, "A"]]))
    at = data.find(struct.pack("<HH", 0x0200, 14))
    data[at + 4:at + 18] = struct.pack("<IIHHH", 0, 1_000_000, 0, 16384, 0)
    return bytes(data)


@needs_rlimit
@pytest.mark.parametrize("kind", ["far", "declared"])
def test_an_xls_that_would_abort_the_process_is_refused(tmp_path, kind):
    """calamine reads every sheet of an .xls when it opens it: a lying
    DIMENSIONS record made it reserve 655 GB and abort the process, one cell
    in IV65536 made it allocate 16.7 million cells."""
    folder = _example_folder(tmp_path)
    (folder / "lama.xls").write_bytes(_xls(kind))
    done = subprocess.run([sys.executable, "-c", _XLS_CHILD, str(folder)], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    found = [(code, params) for code, name, params in json.loads(done.stdout)
             if name == "lama.xls"]
    assert [code for code, _ in found] == ["lembar_terlalu_besar"], found


def test_a_real_xls_is_measured_and_read(tmp_path):
    from paths import CORPUS

    from iku_excel.reading import biff

    path = CORPUS / "files" / "30_xls_asli.xls"
    (sheet,) = biff.scan(path.read_bytes())
    assert (sheet.name, sheet.rows, sheet.columns) == ("Konflik", 5, 5)
    assert guard.check(InputFile(path, path.name), path.read_bytes())[1] == 3 * 25


# --- the run's budget ----------------------------------------------------------------

def _csv(path: Path, rows: int) -> None:
    path.write_text("No;Nama;Dibina\n" + "".join(f"{n};Ormas {n};Ya\n" for n in range(rows)),
                    encoding="utf-8")


def test_the_run_budget_refuses_the_same_file_every_time(tmp_path, monkeypatch):
    """Charged biggest first, whichever reader thread gets there first."""
    folder = tmp_path / "input"
    folder.mkdir()
    _csv(folder / "a_besar.csv", 3000)     # about 9,000 cells: fits
    _csv(folder / "b_sedang.csv", 2000)    # about 6,000: with a_besar, over the budget
    _csv(folder / "c_kecil.csv", 300)      # about 900: fits beside a_besar
    monkeypatch.setattr(limits, "MAX_RUN_CELLS", 11_000)
    inputs, _ = list_inputs(folder)
    for _ in range(8):
        reader = loader.Loader(inputs)
        refused = [(r.item.name, [f.code for f in r.findings]) for r in reader.results()
                   if any(f.code == "batas_proses_terlampaui" for f in r.findings)]
        assert refused == [("b_sedang.csv", ["batas_proses_terlampaui"])]


def test_a_file_over_its_own_limit_is_refused_alone(tmp_path, monkeypatch):
    folder = _example_folder(tmp_path)
    _csv(folder / "besar.csv", 5000)
    monkeypatch.setattr(limits, "MAX_FILE_CELLS", 10_000)
    run = analyse(folder)
    assert [f.code for f in run.findings if f.file == "besar.csv"] == ["lembar_terlalu_besar"]
    assert {code: r.nilai for code, r in run.results.items()} == EXPECTED


# --- Excel 2003 XML ---------------------------------------------------------------------

_XML_CHILD = textwrap.dedent('''
    import resource, sys
    from pathlib import Path
    from iku_excel.reading.text_formats import read_spreadsheetml
    ((name, grid),) = read_spreadsheetml(Path(sys.argv[1]).read_bytes())
    assert (name, len(grid), grid[-1][-1]) == ("Data", 60000, "v59999_7"), (name, len(grid))
    print(peak())
''')
_XML_CHILD = _PEAK + _XML_CHILD


@needs_rlimit
def test_excel_2003_xml_is_read_a_row_at_a_time(tmp_path):
    """Half a million cells (25 MB of XML): as a whole tree they took some
    330 MB; read a row at a time, what the grid holds."""
    path = tmp_path / "ekspor.xml"
    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:'
                  'spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
                  '<Worksheet ss:Name="Data"><Table>')
        for r in range(60000):
            out.write("<Row>" + "".join(f'<Cell><Data ss:Type="String">v{r}_{c}</Data></Cell>'
                                        for c in range(8)) + "</Row>")
        out.write("</Table></Worksheet></Workbook>")
    done = subprocess.run([sys.executable, "-c", _XML_CHILD, str(path)], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) < 150 * 1024 * 1024, int(done.stdout) // 2**20


def test_a_sheet_under_any_part_name_is_measured(tmp_path):
    """calamine follows the workbook's rels to a worksheet wherever they point,
    "xl/data/lembar.dat" too: the guard measures every part, not only *.xml."""
    from iku_excel.reading.loader import load_sheets

    data = raw_xlsx([_sheet_xml([("A1", "judul"), ("A2", 1), ("J999999", "jauh")])])
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            part, name = source.read(info.filename), info.filename
            if name == "xl/worksheets/sheet1.xml":
                name = "xl/data/lembar.dat"
            part = part.replace(b"worksheets/sheet1.xml", b"data/lembar.dat")
            target.writestr(name, part)
    path = tmp_path / "lain.xlsx"
    path.write_bytes(out.getvalue())
    (grid,) = load_sheets(InputFile(path, path.name), path.read_bytes())
    assert grid.rows == [["judul"], [1.0]]
    assert [(f.code, f.row, f.column) for f in grid.notes] == [("sel_jauh_diabaikan", 999999, "J")]


def test_an_excel_binary_workbook_named_xlsx_is_refused(tmp_path):
    """.xlsb keeps its cells as binary records the guard cannot measure."""
    from iku_excel.reading.errors import ReadError
    from iku_excel.reading.loader import load_sheets

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("xl/workbook.bin", b"\x83\x01\x00")
        package.writestr("xl/worksheets/sheet1.bin", b"\x81\x01\x00")
    path = tmp_path / "biner.xlsx"
    path.write_bytes(out.getvalue())
    with pytest.raises(ReadError) as refused:
        load_sheets(InputFile(path, path.name), path.read_bytes())
    assert refused.value.code == "berkas_rusak" and ".xlsb" in refused.value.params["alasan"]


def test_a_wide_sheet_cleared_by_the_slower_pass_is_still_read_in_pieces(tmp_path, monkeypatch):
    """Wider than Z (or taller than the quick bound), a sheet is cleared by the
    fast pass; it is then cut into pieces on a second read, so calamine's copy
    of its cells lives one piece at a time: the same grid as one parse."""
    import openpyxl

    from iku_excel.reading import pieces
    from iku_excel.reading.loader import load_sheets

    path = tmp_path / "lebar.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([f"Kolom {c}" for c in range(40)])
    for r in range(400):
        sheet.append([r * 40 + c if c % 3 else f"t{r % 7}" for c in range(40)])
    book.save(path)
    whole = load_sheets(InputFile(path, path.name), path.read_bytes())
    joined = []
    real_join = pieces._join
    monkeypatch.setattr(pieces, "SPLIT_FROM", 1)
    monkeypatch.setattr(pieces, "PIECE_SIZE", 20_000)
    monkeypatch.setattr(pieces, "PIECE_PER_COPY", 0)
    monkeypatch.setattr(pieces.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(pieces, "_join", lambda parts: joined.append(len(parts)) or
                        real_join(parts))
    split = load_sheets(InputFile(path, path.name), path.read_bytes())
    assert joined and joined[0] > 3
    assert split[0].rows == whole[0].rows and len(split[0].rows[0]) == 40
