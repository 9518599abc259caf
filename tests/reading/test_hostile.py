"""Hostile and broken input: never a crash, never a lost file, never an injected formula.

Every case is made here, in tmp_path: the bundled example data plus one bad
file. The bad file gets its own finding (text and tindakan in Indonesian),
the seven indicators are still computed from the rest, and no input file is
changed (sha256 and mtime compared before and after).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
import struct
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from iku_excel.cli import main
from iku_excel.findings import Severity
from iku_excel.messages import CATALOGUE, severity_of, text_of, tindakan_of
from iku_excel.pipeline import EXAMPLE_DIR, analyse
from iku_excel.reading import input_file, limits
from iku_excel.reading.tidy import MAX_CELL_CHARS

ORMAS = "Data_Ormas_Kecamatan_Benjeng.xlsx"
SHEET = "xl/worksheets/sheet1.xml"
NEW_CODES = ("berkas_tidak_terbaca", "berkas_terlalu_besar", "berkas_isi_terlalu_besar",
             "lembar_terlalu_besar", "berkas_xml_berbahaya", "buku_kerja_kosong")


# --- helpers ----------------------------------------------------------------

def _example(name: str = ORMAS) -> bytes:
    return (EXAMPLE_DIR / name).read_bytes()


def _state(folder: Path) -> dict[bytes, tuple[str, int]]:
    """sha256 and mtime of every file, keyed by raw path (names may not be UTF-8)."""
    state = {}
    for root, _dirs, files in os.walk(os.fsencode(folder)):
        for name in files:
            path = os.path.join(root, name)
            with open(path, "rb") as handle:
                digest = hashlib.sha256(handle.read()).hexdigest()
            state[path] = (digest, os.stat(path).st_mtime_ns)
    return state


def _folder(tmp_path: Path, drop: str | None = None) -> Path:
    folder = tmp_path / "input"
    folder.mkdir()
    for path in sorted(EXAMPLE_DIR.glob("*.xlsx")):
        if path.name != drop:
            shutil.copy(path, folder / path.name)
    return folder


def _analyse_unchanged(folder: Path):
    before = _state(folder)
    run = analyse(folder)
    assert _state(folder) == before, "an input file was changed, moved or renamed"
    assert len(run.results) == 7
    missing = [code for code, result in run.results.items() if result.nilai is None]
    assert not missing, f"indicators not computed: {missing}"
    return run


def _findings(run, name: str) -> list:
    return [f for f in run.findings if f.file == name]


def _rezip(data: bytes, change: dict[str, Callable[[bytes], bytes]],
           extra: dict[str, bytes] | None = None) -> bytes:
    """The same package with some parts changed or added."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            part = source.read(info.filename)
            if info.filename in change:
                part = change[info.filename](part)
            target.writestr(info.filename, part)
        for name, part in (extra or {}).items():
            target.writestr(name, part)
    return out.getvalue()


def _add_cell(xml: bytes, cell: bytes, row: int = 1000) -> bytes:
    """Append a row holding `cell` at the end of sheetData."""
    return xml.replace(b"</sheetData>", b'<row r="%d">%s</row></sheetData>' % (row, cell), 1)


def _prefixed(xml: bytes) -> bytes:
    """The same sheet with every element in an x: prefix (<x:c r="A1">), as some
    generators write it; calamine reads it all the same."""
    xml = re.sub(rb"<(/?)([A-Za-z]\w*)([ >/])",
                 lambda m: b"<" + m.group(1) + b"x:" + m.group(2) + m.group(3), xml)
    return xml.replace(b"xmlns=", b"xmlns:x=", 1)


def _with_prolog(prolog: bytes, cell: bytes) -> Callable[[bytes], bytes]:
    def change(xml: bytes) -> bytes:
        body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
        return b'<?xml version="1.0" encoding="UTF-8"?>\n' + prolog + _add_cell(body, cell)
    return change


LAUGHS = (b'<!DOCTYPE worksheet [<!ENTITY a "ha">'
          + b"".join(b'<!ENTITY %c "%s">' % (ord("b") + i, (b"&%c;" % (ord("a") + i)) * 10)
                     for i in range(9))
          + b"]>")
XXE = b'<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>'


def _encrypted() -> bytes:
    """A real password-protected xlsx when msoffcrypto-tool is installed; else
    an OLE file holding an EncryptedPackage stream name, as Excel writes it."""
    try:
        from msoffcrypto.format.ooxml import OOXMLFile
    except ImportError:
        head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
        return head + "EncryptedPackage".encode("utf-16-le").ljust(1024, b"\x00")
    out = io.BytesIO()
    OOXMLFile(io.BytesIO(_example())).encrypt("rahasia", out)
    return out.getvalue()


def _flip_inside(data: bytes, part: str) -> bytes:
    """Corrupt the compressed bytes of one part: its CRC no longer matches."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(part)
    name_len, extra_len = struct.unpack("<HH", data[info.header_offset + 26:
                                                    info.header_offset + 30])
    start = info.header_offset + 30 + name_len + extra_len
    raw = bytearray(data)
    for i in range(start + 10, start + min(info.compress_size - 2, 60)):
        raw[i] ^= 0x5A
    return bytes(raw)


def _lying_size(data: bytes, part: str, size: int) -> bytes:
    """Declare another uncompressed size for one part in the central directory."""
    raw = bytearray(data)
    pos = raw.find(b"PK\x01\x02")
    while pos != -1:
        name_len = struct.unpack("<H", raw[pos + 28:pos + 30])[0]
        if raw[pos + 46:pos + 46 + name_len] == part.encode():
            raw[pos + 24:pos + 28] = struct.pack("<I", size)
            return bytes(raw)
        pos = raw.find(b"PK\x01\x02", pos + 4)
    raise AssertionError(part)


def _spreadsheetml(prolog: bytes = b"", row_index: int | None = None,
                   cell: bytes = b"<Data ss:Type=\"String\">Nama</Data>") -> bytes:
    index = b' ss:Index="%d"' % row_index if row_index else b""
    return (b'<?xml version="1.0"?>\n' + prolog +
            b'<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
            b'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
            b'<Worksheet ss:Name="Data"><Table><Row' + index + b'><Cell><Data ss:Type="String">No'
            b"</Data></Cell><Cell>" + cell + b"</Cell></Row></Table></Worksheet></Workbook>")


def _ods(rows_repeated: int, columns_repeated: int) -> bytes:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Data"><table:table-row>'
        '<table:table-cell office:value-type="string"><text:p>No</text:p></table:table-cell>'
        '</table:table-row>'
        f'<table:table-row table:number-rows-repeated="{rows_repeated}">'
        f'<table:table-cell table:number-columns-repeated="{columns_repeated}" '
        'office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>'
        "</table:table-row></table:table></office:spreadsheet></office:body>"
        "</office:document-content>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        package.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _empty_workbook() -> bytes:
    out = io.BytesIO()
    openpyxl.Workbook().save(out)
    return out.getvalue()


def _biff8(rows: list[list], sheet: str = "Data") -> bytes:
    """A genuine Excel 97-2003 workbook (BIFF8 records in an OLE2 container),
    built by hand so the test needs neither xlwt nor LibreOffice."""
    def record(rid: int, body: bytes = b"") -> bytes:
        return struct.pack("<HH", rid, len(body)) + body

    strings: dict[str, int] = {}
    cells = b""
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, str):
                index = strings.setdefault(value, len(strings))
                cells += record(0x00FD, struct.pack("<HHHI", r, c, 15, index))  # LABELSST
            else:
                cells += record(0x0203, struct.pack("<HHHd", r, c, 15, float(value)))  # NUMBER
    sst = struct.pack("<II", len(strings), len(strings)) + b"".join(
        struct.pack("<HB", len(s), 1) + s.encode("utf-16-le") for s in strings)

    def bof(kind: int) -> bytes:
        return record(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 6))

    font = record(0x0031, struct.pack("<HHHHHBBBBBB", 200, 0, 0x7FFF, 400, 0, 0, 0, 0, 0, 5, 1)
                  + "Arial".encode("utf-16-le"))
    style_xf = record(0x00E0, struct.pack("<HHHBBBBIIH", 0, 0, 0xFFF5, 0x20, 0, 0, 0, 0, 0, 0x20C0))
    cell_xf = record(0x00E0, struct.pack("<HHHBBBBIIH", 0, 0, 0x0001, 0x20, 0, 0, 0, 0, 0, 0x20C0))
    head = (bof(0x0005) + record(0x0042, struct.pack("<H", 1200)) + font * 5 + style_xf * 15
            + cell_xf)
    name = sheet.encode("utf-16-le")
    sst_record = record(0x00FC, sst)
    offset = len(head) + 4 + 8 + len(name) + len(sst_record) + 4
    boundsheet = record(0x0085, struct.pack("<IBBBB", offset, 0, 0, len(sheet), 1) + name)
    width = max((len(r) for r in rows), default=0)
    stream = (head + boundsheet + sst_record + record(0x000A) + bof(0x0010)
              + record(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, width, 0))
              + cells + record(0x000A))
    stream += b"\x00" * (max(4096, -(-len(stream) // 512) * 512) - len(stream))
    sectors = len(stream) // 512
    free, end = 0xFFFFFFFF, 0xFFFFFFFE
    fat = [0xFFFFFFFD, end] + [3 + i for i in range(sectors - 1)] + [end]
    fat += [free] * (128 - len(fat))
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\x00" * 6
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
              + struct.pack("<109I", 0, *[free] * 108))

    def entry(entry_name: str, kind: int, start: int, size: int, child: int = free) -> bytes:
        raw = entry_name.encode("utf-16-le") + b"\x00\x00"
        return (raw.ljust(64, b"\x00") + struct.pack("<HBB", len(raw), kind, 1)
                + struct.pack("<III", free, free, child) + b"\x00" * 36
                + struct.pack("<IQ", start, size))

    directory = (entry("Root Entry", 5, end, 0, child=1)
                 + entry("Workbook", 2, 2, len(stream))).ljust(512, b"\x00")
    return header + struct.pack("<128I", *fat) + directory + stream


def _rows(name: str) -> list[list]:
    book = openpyxl.load_workbook(EXAMPLE_DIR / name)
    return [[v.strftime("%d/%m/%Y") if hasattr(v, "strftime") else v for v in row]
            for row in book.active.iter_rows(values_only=True)]


def _csv(name: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    for row in _rows(name):
        writer.writerow(["" if v is None else v for v in row])
    return out.getvalue().encode("utf-8")


# --- one bad file beside good data -----------------------------------------

def _truncated() -> bytes:
    data = _example()
    return data[: len(data) // 2]


def _random_bytes() -> bytes:
    return bytes((i * 197 + 13) % 256 for i in range(5000))


def _unclosed_quote_csv() -> bytes:
    return b'No;Nama Organisasi;Dibina\n1;"Ormas ' + b"x" * 200_000 + b"\n"


def _calamine_panic() -> bytes:
    """An xls whose directory points into a mini stream that is not there:
    calamine panics in Rust (pyo3 PanicException, a BaseException)."""
    raw = bytearray(_biff8([["No", "Nama"], [1, "A"]]))
    size_at = 512 * 2 + 128 + 120  # second directory entry, stream size
    raw[size_at:size_at + 8] = struct.pack("<Q", 100)
    return bytes(raw)


CASES = {
    # name in the folder, the bytes, the finding expected for it
    "zero_byte": ("kosong.xlsx", lambda: b"", "berkas_kosong"),
    "truncated_zip": ("terpotong.xlsx", _truncated, "berkas_rusak"),
    "corrupt_part": ("rusak.xlsx", lambda: _flip_inside(_example(), SHEET), "berkas_rusak"),
    "lying_part_size": ("bohong.xlsx", lambda: _lying_size(_example(), SHEET, 100),
                        "berkas_rusak"),
    "not_a_workbook": ("acak.xlsx", _random_bytes, "berkas_rusak"),
    "encrypted": ("sandi.xlsx", _encrypted, "berkas_terkunci_sandi"),
    "empty_workbook": ("kosong_isi.xlsx", _empty_workbook, "buku_kerja_kosong"),
    "empty_csv": ("kosong.csv", lambda: b";;;\r\n;;\r\n", "buku_kerja_kosong"),
    "billion_laughs_xlsx": ("tawa.xlsx", lambda: _rezip(_example(), {
        SHEET: _with_prolog(LAUGHS, b'<c r="A1000" t="inlineStr"><is><t>&j;</t></is></c>')}),
        "berkas_xml_berbahaya"),
    "external_entity_xlsx": ("xxe.xlsx", lambda: _rezip(_example(), {
        SHEET: _with_prolog(XXE, b'<c r="A1000" t="inlineStr"><is><t>&x;</t></is></c>')}),
        "berkas_xml_berbahaya"),
    "entity_in_workbook_xml": ("xxe_buku.xlsx", lambda: _rezip(_example(), {
        "xl/workbook.xml": lambda xml: XXE.replace(b"worksheet", b"workbook") + xml}),
        "berkas_xml_berbahaya"),
    "billion_laughs_spreadsheetml": ("tawa.xls", lambda: _spreadsheetml(
        LAUGHS.replace(b"worksheet", b"Workbook"), cell=b'<Data ss:Type="String">&j;</Data>'),
        "berkas_xml_berbahaya"),
    "external_entity_spreadsheetml": ("xxe.xml", lambda: _spreadsheetml(
        XXE.replace(b"worksheet", b"Workbook"), cell=b'<Data ss:Type="String">&x;</Data>'),
        "berkas_xml_berbahaya"),
    "zip_bomb_ratio": ("bom.xlsx", lambda: _rezip(_example(), {}, {
        "customXml/item1.xml": b"<a>" + b" " * (12 * 1024 * 1024) + b"</a>"}),
        "berkas_isi_terlalu_besar"),
    "zip_bomb_declared": ("bom2.xlsx", lambda: _lying_size(_example(), SHEET, 600 * 1024 * 1024),
                          "berkas_isi_terlalu_besar"),
    # One value at XFD1048576: calamine would allocate the whole sheet densely
    # (about 500 GB) and abort the process; the guard sets that stray cell
    # aside (a warning) and the table is read.
    "far_cell_xlsx": ("jauh.xlsx", lambda: _rezip(_example(), {
        SHEET: lambda xml: _add_cell(xml, b'<c r="XFD1048576"><v>1</v></c>', 1048576)}),
        "sel_jauh_diabaikan"),
    # 200 values far below, more than the table holds: that sheet is not read.
    "far_cell_without_ref": ("jauh2.xlsx", lambda: _rezip(_example(), {
        SHEET: lambda xml: _add_cell(xml, b"<c><v>1</v></c>" * 200 + b'<c r="A1"/>', 999_999)}),
        "lembar_terlalu_besar_dilewati"),
    "far_cell_prefixed_tags": ("jauh3.xlsx", lambda: _rezip(_example(), {
        SHEET: lambda xml: _prefixed(_add_cell(xml, b'<c r="XFD1048576"><v>1</v></c>', 1048576))}),
        "sel_jauh_diabaikan"),
    "repeated_ods_cells": ("ulang.ods", lambda: _ods(1_048_575, 16_384), "lembar_terlalu_besar"),
    "huge_row_index_spreadsheetml": ("jauh.xml", lambda: _spreadsheetml(row_index=50_000_000),
                                     "lembar_terlalu_besar"),
    "huge_colspan_html": ("lebar.xls", lambda: (
        b"<html><table><tr><td>No</td><td colspan=\"900000000\">Nama</td></tr></table></html>"),
        "lembar_terlalu_besar"),
    "huge_cell_index_spreadsheetml": ("lebar.xml", lambda: _spreadsheetml(
        cell=b'<Data ss:Type="String">a</Data></Cell><Cell ss:Index="900000000">'),
        "lembar_terlalu_besar"),
    "many_wide_colspans_html": ("lebar.htm", lambda: b"<html><table>" + (
        b'<tr><td>No</td><td colspan="16000">Nama</td></tr>' * 700) + b"</table></html>",
        "lembar_terlalu_besar"),
    "too_many_csv_rows": ("panjang.csv", lambda: b"No;Nama\n" + b"1;a\n" * 1_000_001,
                          "lembar_terlalu_besar"),
    "csv_of_separators": ("lebar.csv", lambda: b"No;Nama\n" + b";" * 10_000_001,
                          "lembar_terlalu_besar"),
    "csv_unclosed_quote": ("kutip.csv", _unclosed_quote_csv, "berkas_rusak"),
    "calamine_panic": ("panik.xls", _calamine_panic, "berkas_rusak"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_file_gets_its_finding_and_the_rest_is_computed(case, tmp_path):
    name, make, code = CASES[case]
    folder = _folder(tmp_path)
    (folder / name).write_bytes(make())
    run = _analyse_unchanged(folder)
    # The hostile files are altered copies of the ormas register beside them:
    # where one is read, its rows are the register's again, counted once.
    repeated = [f for f in _findings(run, name) if f.code == "baris_ganda"]
    found = [f for f in _findings(run, name) if f.code != "baris_ganda"]
    assert [f.code for f in found] == [code], [(f.code, f.params) for f in found]
    if code == "sel_jauh_diabaikan":  # the stray cell set aside, the table was read
        assert repeated
    finding = found[0]
    assert severity_of(finding) is (Severity.PERINGATAN if code == "sel_jauh_diabaikan"
                                else Severity.GALAT)
    text, action = text_of(finding), tindakan_of(finding)
    assert name in text and "{" not in text + action and " - " not in text
    assert action


def test_new_codes_are_in_the_catalogue_as_errors():
    for code in NEW_CODES:
        assert CATALOGUE[code].severity is Severity.GALAT
        assert CATALOGUE[code].text and CATALOGUE[code].tindakan
    assert CATALOGUE["berkas_ekstensi_lain"].severity is Severity.CATATAN


def test_entity_expansion_never_reaches_the_value(tmp_path):
    """Whatever refuses it, the laughing entity is never expanded into a cell."""
    folder = _folder(tmp_path)
    (folder / "tawa.xlsx").write_bytes(CASES["billion_laughs_xlsx"][1]())
    run = _analyse_unchanged(folder)
    assert not any("haha" in str(v) for t in run.tables for _, r in t.records for v in r.values())


def test_formatted_but_empty_far_cell_is_not_refused(tmp_path):
    """Excel keeps a styled empty cell as <c r=".." s="1"/>; calamine skips it, so
    the guard must not count it (no false alarm on a sheet formatted to the end)."""
    folder = _folder(tmp_path, drop=ORMAS)
    (folder / ORMAS).write_bytes(_rezip(_example(), {SHEET: lambda xml: _add_cell(
        xml, b'<c r="A1048576" s="0"/><c r="XFD1048576" s="0"/>', 1048576)}))
    run = _analyse_unchanged(folder)
    assert _findings(run, ORMAS) == []
    assert run.results["ormas_dibina"].nilai == analyse(EXAMPLE_DIR).results["ormas_dibina"].nilai


def test_file_over_the_size_cap_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 100 * 1024)
    folder = _folder(tmp_path)
    big = folder / "besar.csv"
    big.write_bytes(b"No;Nama\n" + b"1;abcdefghij\n" * 20_000)
    read = []

    class Spy(io.FileIO):  # the reader's stream: notes what is read
        def readall(self):
            data = super().readall()
            read.append(len(data))
            return data

    monkeypatch.setattr(input_file, "open", lambda handle, *a, **k: Spy(handle, closefd=True),
                        raising=False)
    run = _analyse_unchanged(folder)
    assert [f.code for f in _findings(run, "besar.csv")] == ["berkas_terlalu_besar"]
    assert read and big.stat().st_size not in read  # the others were read, it was not
    assert "100 KB" in text_of(_findings(run, "besar.csv")[0])


def test_unreadable_file_is_a_finding_not_a_crash(tmp_path, monkeypatch):
    """chmod 000 does not stop root, so the refusal is simulated."""
    folder = _folder(tmp_path)
    locked = folder / "terkunci.xlsx"
    locked.write_bytes(_example())
    locked.chmod(0)
    original = os.open

    def refusing(path, *args, **kwargs):
        if Path(path).name == "terkunci.xlsx":
            raise PermissionError(13, "Permission denied", str(path))
        return original(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)
    run = _analyse_unchanged(folder)
    found = _findings(run, "terkunci.xlsx")
    assert [f.code for f in found] == ["berkas_tidak_terbaca"]
    assert "izin" in text_of(found[0])
    locked.chmod(0o644)


def test_csv_named_xlsx_is_read_with_a_note(tmp_path):
    folder = _folder(tmp_path, drop=ORMAS)
    (folder / ORMAS).write_bytes(_csv(ORMAS))
    run = _analyse_unchanged(folder)
    assert [f.code for f in _findings(run, ORMAS)] == ["berkas_ekstensi_lain"]
    assert "teks CSV" in text_of(_findings(run, ORMAS)[0])
    assert run.results["ormas_dibina"].nilai == analyse(EXAMPLE_DIR).results["ormas_dibina"].nilai


def test_real_xls_named_xlsx_is_read_with_a_note(tmp_path):
    folder = _folder(tmp_path, drop=ORMAS)
    (folder / ORMAS).write_bytes(_biff8(_rows(ORMAS), "Ormas"))
    run = _analyse_unchanged(folder)
    assert [f.code for f in _findings(run, ORMAS)] == ["berkas_ekstensi_lain"]
    assert "97-2003" in text_of(_findings(run, ORMAS)[0])
    assert run.results["ormas_dibina"].nilai == analyse(EXAMPLE_DIR).results["ormas_dibina"].nilai


def test_password_protected_xlsx_gets_no_extension_note(tmp_path):
    folder = _folder(tmp_path)
    (folder / "sandi.xlsx").write_bytes(_encrypted())
    run = _analyse_unchanged(folder)
    assert [f.code for f in _findings(run, "sandi.xlsx")] == ["berkas_terkunci_sandi"]


def test_infinite_and_huge_cell_values_are_tamed(tmp_path):
    """calamine reads <v>inf</v> as float('inf'); Excel caps a cell at 32,767 characters."""
    folder = _folder(tmp_path, drop=ORMAS)
    huge = b"x" * 100_000
    (folder / ORMAS).write_bytes(_rezip(_example(), {SHEET: lambda xml: xml.replace(
        b"</sheetData>", b'<row r="8"><c r="F8"><v>inf</v></c><c r="G8"><v>NaN</v></c>'
                         b'<c r="H8" t="inlineStr"><is><t>' + huge + b"</t></is></c></row>"
                         b"</sheetData>")}))
    from iku_excel.reading.input_file import InputFile
    from iku_excel.reading.loader import load_sheets

    sheets = load_sheets(InputFile(folder / ORMAS, ORMAS), (folder / ORMAS).read_bytes())
    values = [v for grid in sheets for row in grid.rows for v in row]
    assert "inf" in values
    assert not any(isinstance(v, float) and v != v for v in values)
    assert max(len(v) for v in values if isinstance(v, str)) == MAX_CELL_CHARS
    _analyse_unchanged(folder)


def test_unknown_word_in_an_skm_answer_column_is_a_finding(tmp_path):
    """Found by tests/test_fuzz.py: one '-' among the U1-U9 answers must give
    skm_jawaban_tidak_sah for that row, not stop the run (TypeError in pandas)."""
    name = "SKM_Kecamatan_Benjeng_2017.xlsx"
    folder = _folder(tmp_path, drop=name)
    book = openpyxl.load_workbook(EXAMPLE_DIR / name)
    book.active["H8"] = "-"  # U1 of the first respondent
    book.save(folder / name)
    run = _analyse_unchanged(folder)
    assert [(f.code, f.row) for f in _findings(run, name)
            if f.code == "skm_jawaban_tidak_sah"] == [("skm_jawaban_tidak_sah", 8)]


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="only Linux file systems take names that are not UTF-8")
def test_names_that_are_not_utf8(tmp_path, capsys):
    """b'data\\xff.xlsx' on Linux: listing, findings, report and JSON all survive."""
    folder = _folder(tmp_path, drop=ORMAS)
    raw = os.fsencode(folder)
    with open(os.path.join(raw, b"data\xff.xlsx"), "wb") as handle:
        handle.write(_truncated())
    with open(os.path.join(raw, b"Ormas \xe9.xlsx"), "wb") as handle:
        handle.write(_example())
    with open(os.path.join(raw, b"surat\xfe.pdf"), "wb") as handle:
        handle.write(b"%PDF-1.4\n")
    run = _analyse_unchanged(folder)
    assert [f.code for f in _findings(run, "data\ufffd.xlsx")] == ["berkas_rusak"]
    assert [f.code for f in _findings(run, "surat\ufffd.pdf")] == ["berkas_bukan_data"]
    assert "Ormas \ufffd.xlsx" in {t.file for t in run.tables}

    before = _state(folder)
    summary = tmp_path / "ringkasan.json"
    code = main(["run", "--input", str(folder), "--output", str(tmp_path / "out"),
                 "--json", str(summary), "--tanpa-pdf"])
    assert code == 1
    assert _state(folder) == before
    out = capsys.readouterr().out
    assert "data\ufffd.xlsx" in out
    data = json.loads(summary.read_text(encoding="utf-8"))
    assert "data\ufffd.xlsx" in {m["berkas"] for m in data["masalah"]}
    report = openpyxl.load_workbook(tmp_path / "out" / "IKU_Kecamatan_Benjeng_2017.xlsx")
    cells = {c.value for ws in report for row in ws.iter_rows() for c in row
             if isinstance(c.value, str)}
    assert any("data\ufffd.xlsx" in cell for cell in cells)


# --- the scenario, through the command line --------------------------

def test_encrypted_and_truncated_beside_good_data(tmp_path, capsys):
    folder = _folder(tmp_path)
    (folder / "SKM_Triwulan_IV_sandi.xlsx").write_bytes(_encrypted())
    (folder / "Ormas_salinan_flashdisk.xlsx").write_bytes(_truncated())
    before = _state(folder)
    summary = tmp_path / "ringkasan.json"
    code = main(["run", "--input", str(folder), "--output", str(tmp_path / "out"),
                 "--json", str(summary), "--tanpa-pdf"])
    captured = capsys.readouterr()
    assert code == 1
    assert _state(folder) == before
    report = tmp_path / "out" / "IKU_Kecamatan_Benjeng_2017.xlsx"
    assert report.exists()
    data = json.loads(summary.read_text(encoding="utf-8"))
    assert all(entry["nilai"] is not None for entry in data["indikator"].values())
    assert len(data["indikator"]) == 7
    errors = [m for m in data["masalah"] if m["tingkat"] == "galat"]
    assert sorted((m["kode"], m["berkas"]) for m in errors) == [
        ("berkas_rusak", "Ormas_salinan_flashdisk.xlsx"),
        ("berkas_terkunci_sandi", "SKM_Triwulan_IV_sandi.xlsx")]
    for message in errors:
        assert message["berkas"] in message["pesan"]
        assert "Berkas" in message["pesan"] and message["tindakan"]
        for english in ("Error", "error", "zip", "Traceback", "password", "None"):
            assert english not in message["pesan"] + message["tindakan"]
    assert "Traceback" not in captured.out + captured.err
    assert "dilindungi kata sandi" in captured.out
    assert "tidak lengkap" in captured.out
    book = openpyxl.load_workbook(report)
    formulas = [c for c in book["Catatan Data"].iter_rows() for c in c if c.data_type == "f"]
    assert formulas == []
