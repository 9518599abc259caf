"""The PDF beside the report, made by LibreOffice (soffice) when it is installed.

A stand-in soffice (a small Python script first on PATH) lets these run on
any machine: it converts nothing, but writes a PDF where LibreOffice would
and notes what it was given.

* the PDF is made from the finished workbook before the report is placed,
  outside the lock a regency run's workers share, and is named after the
  report; an earlier PDF goes to arsip/ with the earlier report;
* reports archived in the same second each keep their PDF and email text;
* an earlier PDF held open keeps the earlier report with it; the new one is 'name (2)';
* a failed or missing LibreOffice costs the PDF only, never the report;
* in a regency run two workers make their PDFs at the same time.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import textwrap
import zipfile
from pathlib import Path

import openpyxl
import pytest

from iku_excel.cli import main
from iku_excel.pipeline import EXAMPLE_DIR
from iku_excel.report import companions, writer

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(os.name == "nt", reason="the stand-in soffice is a script")]

REPORT = "IKU_Kecamatan_Benjeng_2017"

_FAKE = textwrap.dedent('''\
    import json, os, re, sys, time, zipfile
    from pathlib import Path

    args = sys.argv[1:]
    source, out = Path(args[-1]), Path(args[args.index("--outdir") + 1])
    log = Path(os.environ["FAKE_SOFFICE_LOG"])
    mode = os.environ.get("FAKE_SOFFICE_MODE", "ok")
    note = {"name": source.name, "zip": zipfile.is_zipfile(source),
            "profile": any(a.startswith("-env:UserInstallation=") for a in args)}
    if note["zip"]:
        book = zipfile.ZipFile(source).read("xl/workbook.xml").decode("utf-8")
        note["sheets"] = re.findall(r'<sheet name="([^"]+)"', book)
    if mode == "meet":
        # Two conversions wait for each other: both see the other one's mark
        # only when they run at the same time.
        marks = Path(os.environ["FAKE_SOFFICE_MARKS"])
        (marks / source.parent.name).write_text("here")
        deadline = time.monotonic() + 60
        while len(list(marks.iterdir())) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        note["met"] = len(list(marks.iterdir())) >= 2
    with log.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(note) + "\\n")
    if mode == "fail":
        sys.exit(1)
    out.mkdir(parents=True, exist_ok=True)
    (out / (source.stem + ".pdf")).write_bytes(b"%PDF-1.4 " + source.read_bytes()[-22:])
''')


@pytest.fixture
def fake_soffice(tmp_path, monkeypatch) -> Path:
    """A stand-in soffice first on PATH; returns the file it notes its calls in."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "soffice"
    script.write_text(f"#!{sys.executable}\n{_FAKE}", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    log = tmp_path / "soffice-calls.jsonl"
    monkeypatch.setenv("FAKE_SOFFICE_LOG", str(log))
    return log


def _calls(log: Path) -> list[dict]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


class _Lock:
    """Stands in for the output folder's lock and says whether it is held."""

    def __init__(self) -> None:
        self.held = False

    def __enter__(self):
        self.held = True

    def __exit__(self, *exc) -> None:
        self.held = False


def test_pdf_made_outside_the_lock_and_named_after_the_report(
        staff_folder, tmp_path, fake_soffice, monkeypatch, capsys):
    lock = _Lock()
    monkeypatch.setattr(writer, "output_lock", lambda folder: lock)
    held_during_conversion = []
    real_run = companions.subprocess.run

    def spy(command, *args, **kwargs):
        if "--convert-to" in command:
            held_during_conversion.append(lock.held)
        return real_run(command, *args, **kwargs)

    monkeypatch.setattr(companions.subprocess, "run", spy)
    out = tmp_path / "out"
    assert main(["run", "--input", str(staff_folder), "--output", str(out)]) == 0

    assert held_during_conversion == [False]
    # What goes upward only: the diagnostics sheets stay in the workbook.
    assert _calls(fake_soffice) == [{"name": f"{REPORT}.xlsx", "zip": True, "profile": True,
                                     "sheets": ["IKU", "Perhitungan", "Grafik", "SKM",
                                                "Pengukuran Kinerja", "Analisis Capaian"]}]
    pdf = out / f"{REPORT}.pdf"
    report = out / f"{REPORT}.xlsx"
    assert pdf.read_bytes().startswith(b"%PDF-1.4 ")
    assert openpyxl.load_workbook(report).sheetnames == [
        "IKU", "Perhitungan", "Grafik", "SKM", "Pengukuran Kinerja", "Analisis Capaian",
        "Catatan Data", "Sumber", "Cara Data Dibaca", "Data"]
    assert f"PDF untuk dicetak: {pdf}" in capsys.readouterr().out
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == [
        f"{REPORT}.pdf", f"{REPORT}.xlsx", f"{REPORT}_email.txt"]


def test_a_setting_adds_the_diagnostics_to_the_pdf(staff_folder, tmp_path, fake_soffice):
    book = openpyxl.load_workbook(staff_folder / "Pengaturan_IKU_2017.xlsx")
    book.active.append(["Lampirkan Catatan Data di PDF", "Ya"])
    book.save(staff_folder / "Pengaturan_IKU_2017.xlsx")
    assert main(["run", "--input", str(staff_folder), "--output", str(tmp_path / "out")]) == 0
    assert _calls(fake_soffice)[0]["sheets"] == [
        "IKU", "Perhitungan", "Grafik", "SKM", "Pengukuran Kinerja", "Analisis Capaian",
        "Catatan Data", "Sumber", "Cara Data Dibaca"]


def test_pdf_workbook_holds_the_skm_summary_without_respondents(staff_folder, tmp_path,
                                                                fake_soffice, monkeypatch):
    """The SKM sheet of the printed copy stops after the charts: no answers
    per respondent (their totals are plain numbers there), no suggestions."""
    kept = []
    real_run = companions.subprocess.run

    def keep_source(command, *args, **kwargs):
        kept.append(Path(command[-1]).read_bytes())
        return real_run(command, *args, **kwargs)

    monkeypatch.setattr(companions.subprocess, "run", keep_source)
    assert main(["run", "--input", str(staff_folder), "--output", str(tmp_path / "out")]) == 0
    printed = tmp_path / "printed.xlsx"
    printed.write_bytes(kept[0])
    book = openpyxl.load_workbook(printed)
    skm = [[c.value for c in row] for row in book["SKM"].iter_rows()]
    assert not [r for r in skm if r[0] == "No"]  # no respondent table
    assert not [r for r in skm if r[0] == "Saran dan masukan responden"]
    total = next(r for r in skm if r[0] == "Σ nilai per unsur")
    assert total[2:11] == [190, 185, 178, 170, 195, 188, 192, 180, 175]
    assert book["SKM"].print_title_rows is None


def test_earlier_pdf_goes_to_arsip_with_its_report(staff_folder, tmp_path, fake_soffice):
    out = tmp_path / "out"
    assert main(["run", "--input", str(staff_folder), "--output", str(out)]) == 0
    first = (out / f"{REPORT}.pdf").read_bytes()
    assert main(["run", "--input", str(staff_folder), "--output", str(out)]) == 0
    archived = {p.suffix: p for p in (out / "arsip").iterdir()}
    assert sorted(archived) == [".pdf", ".txt", ".xlsx"]
    assert archived[".pdf"].read_bytes() == first
    assert (out / f"{REPORT}.pdf").read_bytes().startswith(b"%PDF")


def test_reports_archived_in_the_same_second_keep_their_own_companions(
        staff_folder, tmp_path, fake_soffice, monkeypatch):
    import datetime as dt
    import types

    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return cls(2026, 12, 1, 10, 0, 0)

    monkeypatch.setattr(writer, "dt", types.SimpleNamespace(datetime=Frozen,
                                                            timezone=dt.timezone))
    out = tmp_path / "out"
    for _ in range(3):
        assert main(["run", "--input", str(staff_folder), "--output", str(out)]) == 0
    names = sorted(p.name for p in (out / "arsip").iterdir())
    assert names == sorted(f"{stem}_20261201-100000{tag}{suffix}"
                           for tag in ("", "_2")
                           for stem, suffix in ((REPORT, ".xlsx"), (REPORT, ".pdf"),
                                                (f"{REPORT}_email", ".txt")))


def test_earlier_pdf_held_open_keeps_the_earlier_report_with_it(
        staff_folder, tmp_path, fake_soffice, monkeypatch, capsys):
    """A PDF reader holds the earlier PDF open (Windows will not move it):
    the earlier report, PDF and email text stay together where they were,
    and the new ones are 'name (2)'."""
    out = tmp_path / "out"
    assert main(["run", "--input", str(staff_folder), "--output", str(out)]) == 0
    earlier = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    real_replace = writer.os.replace

    def pdf_held_open(source, target):
        if Path(source) == out / f"{REPORT}.pdf":
            raise PermissionError(13, "The process cannot access the file")
        return real_replace(source, target)

    monkeypatch.setattr(writer.os, "replace", pdf_held_open)
    capsys.readouterr()
    assert main(["run", "--input", str(staff_folder), "--output", str(out)]) == 0
    assert (f"Berkas lama {REPORT}.pdf sedang dibuka (mungkin di pembaca PDF), jadi laporan "
            f"baru disimpan sebagai {REPORT} (2).xlsx.") in capsys.readouterr().out
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.name in earlier} == earlier
    assert sorted(p.name for p in out.iterdir() if p.is_file() and p.name not in earlier) == [
        f"{REPORT} (2).pdf", f"{REPORT} (2).xlsx", f"{REPORT} (2)_email.txt"]
    assert not list((out / "arsip").iterdir())


def test_failed_pdf_costs_only_the_pdf(staff_folder, tmp_path, fake_soffice, monkeypatch,
                                       capsys):
    monkeypatch.setenv("FAKE_SOFFICE_MODE", "fail")
    out = tmp_path / "out"
    assert main(["run", "--input", str(staff_folder), "--output", str(out)]) == 0
    assert companions.PDF_FAILED in capsys.readouterr().out
    assert zipfile.ZipFile(out / f"{REPORT}.xlsx").testzip() is None
    assert not (out / f"{REPORT}.pdf").exists()
    assert not list(out.glob(".iku-*"))  # no temporary workbook left behind
    assert len(_calls(fake_soffice)) == 1


def test_unwritable_system_temp_folder_costs_only_the_pdf(staff_folder, tmp_path, fake_soffice,
                                                          monkeypatch, capsys):
    """A full C: drive or a broken TEMP: the report is still written."""
    import errno

    def no_room(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(companions.tempfile, "TemporaryDirectory", no_room)
    out = tmp_path / "out"
    assert main(["run", "--input", str(staff_folder), "--output", str(out)]) == 0
    assert companions.PDF_FAILED in capsys.readouterr().out
    assert zipfile.ZipFile(out / f"{REPORT}.xlsx").testzip() is None
    assert not list(out.glob(".iku-*")) and not (out / f"{REPORT}.pdf").exists()


def test_pdf_that_cannot_be_placed_leaves_nothing_behind(staff_folder, tmp_path, fake_soffice,
                                                        monkeypatch, capsys):
    """The PDF waits beside the report as .iku-*.pdf.tmp and is renamed into
    place; if that rename fails, the waiting copy goes too."""
    real_replace = companions.os.replace
    waiting = []

    def refuse_pdf(source, target):
        if str(source).endswith(".pdf.tmp"):
            waiting.append(Path(source))
            assert Path(source).parent == out and Path(source).read_bytes().startswith(b"%PDF")
            raise PermissionError(13, "Permission denied")
        return real_replace(source, target)

    monkeypatch.setattr(companions.os, "replace", refuse_pdf)
    out = tmp_path / "out"
    assert main(["run", "--input", str(staff_folder), "--output", str(out)]) == 0
    assert companions.PDF_FAILED in capsys.readouterr().out
    assert len(set(waiting)) == 1 and not waiting[0].exists()  # tried again, then removed
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == [
        f"{REPORT}.xlsx", f"{REPORT}_email.txt"]


def test_without_libreoffice_the_report_says_how_to_make_a_pdf(
        staff_folder, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(companions, "find_soffice", lambda: None)
    out = tmp_path / "out"
    assert main(["run", "--input", str(staff_folder), "--output", str(out)]) == 0
    assert companions.PDF_MISSING in capsys.readouterr().out
    assert (out / f"{REPORT}.xlsx").is_file() and not (out / f"{REPORT}.pdf").exists()


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="a regency run uses workers from 2 cores")
def test_regency_workers_make_their_pdfs_side_by_side(tmp_path, fake_soffice, monkeypatch,
                                                      capsys):
    from builders import BASE_SETTINGS, write_settings

    marks = tmp_path / "marks"
    marks.mkdir()
    monkeypatch.setenv("FAKE_SOFFICE_MODE", "meet")
    monkeypatch.setenv("FAKE_SOFFICE_MARKS", str(marks))
    regency = tmp_path / "kabupaten"
    for name in ("Benjeng", "Cerme"):
        shutil.copytree(EXAMPLE_DIR, regency / name)
        write_settings(regency / name / "Pengaturan_IKU_2017.xlsx",
                       {**BASE_SETTINGS, "Kecamatan": name})
    out = tmp_path / "out"
    code = main(["run", "--input", str(regency), "--output", str(out), "--per-kecamatan"])
    assert code == 0, capsys.readouterr()
    calls = _calls(fake_soffice)
    assert sorted(c["name"] for c in calls) == ["IKU_Kecamatan_Benjeng_2017.xlsx",
                                               "IKU_Kecamatan_Cerme_2017.xlsx"]
    assert all(c["met"] for c in calls)  # the second began before the first ended
    assert (out / "IKU_Kecamatan_Cerme_2017.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o027, 0o640)])
def test_report_pdf_and_email_text_have_the_usual_permissions(staff_folder, tmp_path,
                                                              fake_soffice, umask, mode):
    """Temporary files are owner-only (0600); what is placed is readable as
    any new file under the umask, by a colleague or a shared folder."""
    import stat

    previous = os.umask(umask)
    try:
        out = tmp_path / "out"
        assert main(["run", "--input", str(staff_folder), "--output", str(out)]) == 0
        template = tmp_path / "Isian_IKU.xlsx"
        assert main(["template", str(template)]) == 0
    finally:
        os.umask(previous)
    written = [out / f"{REPORT}.xlsx", out / f"{REPORT}.pdf", out / f"{REPORT}_email.txt",
               template]
    assert {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in written} == \
        {p.name: oct(mode) for p in written}
