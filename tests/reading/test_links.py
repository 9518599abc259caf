"""Only what lies inside the input folder is read.

A link to a file or folder outside it is not followed (nothing of the
target reaches the report, the email text, the JSON or the log); a broken
link, a link inside the folder, a pipe (FIFO), a socket and a subfolder
that cannot be opened each get a finding; a file swapped for a link after
the folder was listed is not followed either. Control characters in a
file name are escaped on the console and in the log.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from iku_excel.cli import main
from iku_excel.findings import Severity
from iku_excel.messages import severity_of
from iku_excel.pipeline import EXAMPLE_DIR, analyse
from iku_excel.reading import files, loader
from iku_excel.reading.files import list_inputs

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symlinks, FIFOs and sockets: POSIX")

SECRET = "RAHASIA-9f3c1"
ORMAS = "Data_Ormas_Kecamatan_Benjeng.xlsx"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "input"
    shutil.copytree(EXAMPLE_DIR, folder)
    return folder


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the input: an ormas register whose every line holds a secret."""
    outside = tmp_path / "di_luar"
    outside.mkdir()
    lines = ["No;Nama Ormas;Desa;Dibina", *(f"{n};{SECRET} {n};Benjeng;Ya" for n in range(1, 6))]
    (outside / "rahasia.csv").write_text("\n".join(lines), encoding="utf-8")
    return outside


def _codes(run, name: str) -> list[str]:
    return [f.code for f in run.findings if f.file == name]


def _everything_written(out: Path, summary: Path) -> str:
    text = [summary.read_text(encoding="utf-8")]
    for path in out.rglob("*"):
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as package:
                text += [package.read(n).decode("utf-8", "replace") for n in package.namelist()]
        elif path.is_file():
            text.append(path.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(text)


def test_a_link_out_of_the_folder_leaks_nothing(folder, outside, tmp_path, capsys):
    (folder / "ormas_tambahan.csv").symlink_to(outside / "rahasia.csv")
    (folder / "folder_lain").symlink_to(outside, target_is_directory=True)
    out, summary = tmp_path / "out", tmp_path / "ringkasan.json"
    assert main(["run", "--input", str(folder), "--output", str(out), "--json", str(summary),
                 "--tanpa-pdf"]) == 0
    console = capsys.readouterr()
    written = _everything_written(out, summary) + console.out + console.err
    assert SECRET not in written and str(outside) not in written and "di_luar" not in written
    notes = {n["berkas"]: n for n in json.loads(summary.read_text(encoding="utf-8"))["masalah"]}
    for name in ("ormas_tambahan.csv", "folder_lain"):
        assert notes[name]["kode"] == "tautan_ke_luar" and notes[name]["tingkat"] == "catatan"
    run = analyse(folder)
    assert run.results["ormas_dibina"].nilai == analyse(EXAMPLE_DIR).results["ormas_dibina"].nilai


def test_broken_and_inner_links_are_said_and_read_once(folder, tmp_path):
    (folder / "hilang.xlsx").symlink_to(tmp_path / "sudah_dihapus.xlsx")
    (folder / "ormas_lagi.xlsx").symlink_to(folder / ORMAS)
    run = analyse(folder)
    assert _codes(run, "hilang.xlsx") == ["tautan_rusak"]
    assert _codes(run, "ormas_lagi.xlsx") == ["tautan_ganda"]
    assert [f.params["tujuan"] for f in run.findings if f.code == "tautan_ganda"] == [ORMAS]
    assert not [f for f in run.findings if f.code == "sumber_gabungan"]  # counted once


def test_pipes_and_sockets_are_notes_and_never_block(folder, tmp_path):
    os.mkfifo(folder / "pipa.csv")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(folder / "soket.xlsx"))
        # In a child with a time limit: opening a FIFO for reading waits for a writer.
        done = subprocess.run(
            [sys.executable, "-c", "import sys, json; from pathlib import Path; "
             "from iku_excel.pipeline import analyse; run = analyse(Path(sys.argv[1])); "
             "print(json.dumps([[f.code, f.file, f.params.get('jenis')] for f in run.findings]))",
             str(folder)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert ["berkas_khusus", "pipa.csv", "pipa (FIFO)"] in found
    assert ["berkas_khusus", "soket.xlsx", "soket"] in found


def test_an_unreadable_subfolder_is_a_warning(folder, monkeypatch):
    (folder / "arsip_lama").mkdir()
    (folder / "arsip_lama" / "data.xlsx").write_bytes((EXAMPLE_DIR / ORMAS).read_bytes())
    real = os.scandir

    def scandir(path):  # chmod 000 does not stop root: the refusal is simulated
        if Path(path).name == "arsip_lama":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(files.os, "scandir", scandir)
    inputs, found = list_inputs(folder)
    assert [(f.code, f.file) for f in found] == [("folder_tidak_terbaca", "arsip_lama")]
    assert severity_of(found[0]) is Severity.PERINGATAN
    assert "tidak ada izin" in found[0].params["alasan"]
    assert len(inputs) == len(list(EXAMPLE_DIR.glob("*.xlsx")))


def test_a_file_swapped_for_a_link_after_listing_is_not_followed(folder, outside):
    inputs, _ = list_inputs(folder)
    item = next(i for i in inputs if i.name == ORMAS)
    item.path.unlink()
    item.path.symlink_to(outside / "rahasia.csv")
    loaded = loader.load_one(item)
    assert [f.code for f in loaded.findings] == ["tautan_ke_luar"] and not loaded.sheets


def test_a_linked_kecamatan_folder_is_not_followed(tmp_path, outside, capsys):
    regency = tmp_path / "kabupaten"
    shutil.copytree(EXAMPLE_DIR, regency / "Benjeng")
    shutil.copy(outside / "rahasia.csv", outside / "Pengaturan.csv")
    (regency / "Cerme").symlink_to(outside, target_is_directory=True)
    code = main(["run", "--input", str(regency), "--output", str(tmp_path / "out"),
                 "--tanpa-pdf", "--per-kecamatan"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Subfolder Cerme dilewati: ini tautan" in out and "1 dari 1 laporan" in out
    assert SECRET not in out


def test_control_characters_in_names_are_escaped(folder, tmp_path, capsys):
    from builders import raw_xlsx
    from test_memory import _sheet_xml

    (folder / "rusak\x1b[2J\u202exslx.xlsx").write_bytes(b"PK\x03\x04 truncated")
    # A sheet named "Data<ESC>[2J<RLO>Kedua" (XML allows the character reference).
    book = raw_xlsx([_sheet_xml([("A1", "Barang"), ("B1", "Jumlah"), ("A2", "Meja")])])
    book = _rewrite(book, "xl/workbook.xml", lambda xml: xml.replace(
        b'name="Lembar1"', b'name="Data&#x1B;[2J&#x202E;Kedua"'))
    (folder / "inventaris.xlsx").write_bytes(book)
    out, summary = tmp_path / "out", tmp_path / "ringkasan.json"
    assert main(["run", "--input", str(folder), "--output", str(out), "--tanpa-pdf",
                 "--json", str(summary)]) == 1
    console = capsys.readouterr()
    log = next((out / "log").glob("iku-excel-*.log")).read_text(encoding="utf-8")
    notes = summary.read_text(encoding="utf-8")
    for text in (console.out, log, notes):
        assert "\x1b" not in text and "\u202e" not in text
    for text in (console.out, log):
        assert "rusak\\x1b[2J\\u202exslx.xlsx" in text
    assert "lembar=Data\\x1b[2J\\u202eKedua" in log
    assert any(n["lembar"] == "Data\\x1b[2J\\u202eKedua" for n in json.loads(notes)["masalah"])


def _rewrite(data: bytes, part: str, change) -> bytes:
    import io

    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            target.writestr(info.filename, change(body) if info.filename == part else body)
    return out.getvalue()


@pytest.mark.parametrize("attributes, tag, link", [
    (0x10 | 0x400, 0xA0000003, True),    # a junction (a folder)
    (0x20 | 0x400, 0xA000000C, True),    # a symbolic link to a file
    (0x20 | 0x400, 0x9000001A, False),   # a OneDrive file kept online only: read it
    (0x20 | 0x400, 0x80000013, False),   # a deduplicated file on a server share
    (0x20, 0xA000000C, False),           # not a reparse point at all
])
def test_windows_links_are_told_from_onedrive_placeholders(attributes, tag, link):
    """Desktop and Documents are often synced by OneDrive, whose files are
    reparse points too: only junctions and symbolic links count as links."""
    assert files.windows_link(attributes, tag) is link
