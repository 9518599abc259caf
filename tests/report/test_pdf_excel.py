"""The PDF through Microsoft Excel (Windows, Excel, no LibreOffice), with a
stand-in PowerShell first on PATH: a small Python script that decodes the
command it is given, starts a stand-in "Excel" process outside its own
process tree (as COM does), writes that process's id where the real script
would, and then succeeds, fails or hangs.

* success: the PDF lies beside the report, named after it;
* Excel is handed a copy: what it does to its file never reaches the report;
* failure and timeout: the report is there, complete, no PDF, and a sentence
  says so; the Excel that the export started is ended, never left running;
* LibreOffice, where installed, still makes the PDF; without either, today's
  sentence.
"""

from __future__ import annotations

import os
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest

from iku_excel.cli import main
from iku_excel.report import companions, pdf_excel

pytestmark = pytest.mark.skipif(os.name == "nt", reason="the stand-in PowerShell is a script")

REPORT = "IKU_Kecamatan_Benjeng_2017"

_FAKE = textwrap.dedent('''\
    import base64, json, os, subprocess, sys, time
    from pathlib import Path

    args = sys.argv[1:]
    script = base64.b64decode(args[args.index("-EncodedCommand") + 1]).decode("utf-16-le")
    source, pdf = Path(os.environ["IKU_XLSX"]), Path(os.environ["IKU_PDF"])
    mode = os.environ.get("FAKE_PS_MODE", "ok")
    # "Excel", started by COM: not a child of this process.
    excel = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"],
                             start_new_session=True)
    Path(os.environ["IKU_EXCEL_PID"]).write_text(str(excel.pid))
    note = {"source": str(source), "exports": "ExportAsFixedFormat" in script,
            "read_only": "Workbooks.Open($env:IKU_XLSX, 0, $true)" in script,
            "quits": "$excel.Quit()" in script, "args": args[:-1], "excel": excel.pid}
    Path(os.environ["FAKE_PS_LOG"]).write_text(json.dumps(note))
    with source.open("ab") as handle:  # Excel touching the file it opened
        handle.write(b"touched by Excel")
    if mode == "hang":
        time.sleep(600)
    if mode == "fail":
        sys.exit(1)
    pdf.write_bytes(b"%PDF-1.7 from Excel " + source.name.encode())
    if mode == "ok":  # Quit() worked: this Excel ends by itself
        excel.kill()
''')


@pytest.fixture
def excel_pc(tmp_path, monkeypatch) -> Path:
    """Windows with Excel, no LibreOffice, the stand-in PowerShell on PATH;
    returns the file the stand-in notes its call in."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "powershell"
    script.write_text(f"#!{sys.executable}\n{_FAKE}", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setattr(companions, "find_soffice", lambda: None)
    monkeypatch.setattr(pdf_excel, "excel_installed", lambda: True)
    monkeypatch.setattr(pdf_excel, "EXIT_GRACE_S", 0.5)
    log = tmp_path / "powershell-call.json"
    monkeypatch.setenv("FAKE_PS_LOG", str(log))
    return log


def _running(pid: int) -> bool:
    """Alive and not a zombie waiting for its new parent to reap it."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def _run(staff_folder: Path, out: Path, capsys) -> str:
    assert main(["run", "--input", str(staff_folder), "--output", str(out)]) == 0
    report = out / f"{REPORT}.xlsx"
    assert zipfile.ZipFile(report).testzip() is None
    assert b"touched by Excel" not in report.read_bytes()
    assert not list(out.glob(".iku-*"))
    return capsys.readouterr().out


def test_excel_exports_the_pdf_from_a_copy(staff_folder, tmp_path, excel_pc, capsys):
    import json

    out = tmp_path / "out"
    console = _run(staff_folder, out, capsys)
    pdf = out / f"{REPORT}.pdf"
    assert pdf.read_bytes() == f"%PDF-1.7 from Excel {REPORT}.xlsx".encode()
    assert f"PDF untuk dicetak: {pdf}" in console
    call = json.loads(excel_pc.read_text())
    assert call["exports"] and call["read_only"] and call["quits"]
    assert call["args"][:4] == ["-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass"]
    assert Path(call["source"]).name == f"{REPORT}.xlsx"
    assert Path(call["source"]).parent != out  # a copy elsewhere, not the report
    assert not _running(call["excel"])


@pytest.mark.parametrize("mode", ["fail", "linger"])
def test_excel_that_fails_or_lingers_is_ended(mode, staff_folder, tmp_path, excel_pc,
                                              monkeypatch, capsys):
    import json

    monkeypatch.setenv("FAKE_PS_MODE", mode)
    out = tmp_path / "out"
    console = _run(staff_folder, out, capsys)
    call = json.loads(excel_pc.read_text())
    deadline = time.monotonic() + 5
    while _running(call["excel"]) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _running(call["excel"])
    if mode == "fail":
        assert pdf_excel.PDF_EXCEL_FAILED in console
        assert not (out / f"{REPORT}.pdf").exists()
    else:  # exported, but Excel did not quit by itself
        assert (out / f"{REPORT}.pdf").read_bytes().startswith(b"%PDF")


def test_excel_that_hangs_costs_only_the_pdf(staff_folder, tmp_path, excel_pc, monkeypatch,
                                             capsys):
    import json

    monkeypatch.setenv("FAKE_PS_MODE", "hang")
    monkeypatch.setattr(companions, "PDF_TIMEOUT_S", 3)
    out = tmp_path / "out"
    console = _run(staff_folder, out, capsys)
    assert pdf_excel.PDF_EXCEL_FAILED in console
    assert not (out / f"{REPORT}.pdf").exists()
    call = json.loads(excel_pc.read_text())
    deadline = time.monotonic() + 5
    while _running(call["excel"]) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _running(call["excel"])  # never left running with the copy open


def test_libreoffice_still_comes_first(staff_folder, tmp_path, excel_pc, monkeypatch, capsys):
    calls = []

    def fake_soffice_run(command, **kwargs):
        calls.append(command[0])
        raise companions.subprocess.CalledProcessError(1, command)

    monkeypatch.setattr(companions, "find_soffice", lambda: "/opt/lo/soffice")
    monkeypatch.setattr(companions.subprocess, "run", fake_soffice_run)
    console = _run(staff_folder, tmp_path / "out", capsys)
    assert calls == ["/opt/lo/soffice"] and not excel_pc.exists()
    assert companions.PDF_FAILED in console


def test_without_excel_or_libreoffice_the_sentence_of_today(staff_folder, tmp_path, excel_pc,
                                                           monkeypatch, capsys):
    monkeypatch.setattr(pdf_excel, "excel_installed", lambda: False)
    console = _run(staff_folder, tmp_path / "out", capsys)
    assert companions.PDF_MISSING in console and not excel_pc.exists()


def test_email_text_has_a_bom_for_older_notepad(staff_folder, tmp_path, monkeypatch):
    monkeypatch.setattr(companions, "find_soffice", lambda: None)
    monkeypatch.setattr(pdf_excel, "excel_installed", lambda: False)
    out = tmp_path / "out"
    assert main(["run", "--input", str(staff_folder), "--output", str(out)]) == 0
    raw = (out / f"{REPORT}_email.txt").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\xef\xbb\xbf") == 1
    assert raw.decode("utf-8-sig").startswith("Yth. ")
    assert b"\r\n" in raw
