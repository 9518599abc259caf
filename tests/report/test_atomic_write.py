"""The report is written whole or not at all; the run leaves a log.

* a run killed (SIGKILL) while the workbook is being written leaves the
  earlier report byte-identical and nothing under the report's name; the
  next run removes the stale temporary file;
* a full disk ends with exit 2 and an Indonesian sentence, no half file;
* every run writes output/log/iku-excel-*.log (the last 10 are kept) with
  the version, the files and their sha256, the finding codes and timings;
  an internal bug names that log file on the console.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest
import xlsxwriter.workbook

from iku_excel.cli import main
from iku_excel.pipeline import EXAMPLE_DIR
from iku_excel.report import writer

REPORT = "IKU_Kecamatan_Benjeng_2017.xlsx"


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "input"
    folder.mkdir()
    for path in EXAMPLE_DIR.glob("*.xlsx"):
        shutil.copy(path, folder / path.name)
    return folder


def _run(folder: Path, out: Path, *extra: str) -> int:
    return main(["run", "--input", str(folder), "--output", str(out), "--tanpa-pdf", *extra])


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- killed mid-write ---------------------------------------------------------

# Loaded by the child through PYTHONPATH: when xlsxwriter has put the first part
# into the report's zip, say so and wait to be killed.
_SITECUSTOMIZE = textwrap.dedent('''
    import os
    if os.environ.get("IKU_TEST_SLOW_WRITE"):
        import time
        import xlsxwriter.workbook as _wb

        class _SlowZip(_wb.ZipFile):
            # Parts come as files (write) or, with in_memory, as bytes (writestr).
            def write(self, *args, **kwargs):
                super().write(*args, **kwargs)
                self._stall()

            def writestr(self, *args, **kwargs):
                super().writestr(*args, **kwargs)
                self._stall()

            def _stall(self):
                self.fp.flush()
                if not getattr(self, "_signalled", False):
                    self._signalled = True
                    open(os.environ["IKU_TEST_SLOW_WRITE"], "w").close()
                    time.sleep(120)

        _wb.ZipFile = _SlowZip
''')


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL and sitecustomize hook: POSIX")
def test_killed_run_leaves_the_earlier_report_intact(folder, tmp_path):
    out = tmp_path / "out"
    assert _run(folder, out) == 0
    report = out / REPORT
    earlier = report.read_bytes()
    earlier_mtime = report.stat().st_mtime_ns
    inputs = {p.name: _sha(p) for p in folder.iterdir()}

    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(_SITECUSTOMIZE, encoding="utf-8")
    signal_file = tmp_path / "writing"
    env = dict(os.environ, IKU_TEST_SLOW_WRITE=str(signal_file),
               PYTHONPATH=os.pathsep.join([str(hook), os.environ.get("PYTHONPATH", "")]))
    child = subprocess.Popen(
        [sys.executable, "-m", "iku_excel", "run", "--input", str(folder), "--output", str(out),
         "--tanpa-pdf"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 90
        while not signal_file.exists():
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < deadline, "the child never started writing"
            time.sleep(0.05)
        temps = list(out.glob(".iku-*.xlsx.tmp"))
        assert len(temps) == 1  # the run's own name, taken; the workbook half built
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL

    assert report.read_bytes() == earlier
    assert report.stat().st_mtime_ns == earlier_mtime
    assert sorted(p.name for p in out.glob("*.xlsx")) == [REPORT]
    assert not (out / "arsip").exists() or not list((out / "arsip").iterdir())
    assert {p.name: _sha(p) for p in folder.iterdir()} == inputs
    stale = list(out.glob(".iku-*.xlsx.tmp"))
    assert len(stale) == 1  # SIGKILL leaves it; it is hidden and not named like a report
    with pytest.raises(zipfile.BadZipFile):
        zipfile.ZipFile(stale[0])

    # The next run tidies a temporary file older than any run keeps one, and
    # only that: another run's may be minutes old while LibreOffice makes its PDF.
    old = time.time() - writer.STALE_AFTER_S - 5
    os.utime(stale[0], (old, old))
    fresh = out / ".iku-other-run.xlsx.tmp"
    fresh.write_bytes(b"another run is writing this")
    in_pdf = out / ".iku-making-its-pdf.xlsx.tmp"
    in_pdf.write_bytes(b"another run is making its PDF from this")
    minutes_ago = time.time() - writer.STALE_AFTER_S // 2
    os.utime(in_pdf, (minutes_ago, minutes_ago))
    stale_pdf = out / ".iku-killed.pdf.tmp"  # a killed run's PDF, waiting to be placed
    stale_pdf.write_bytes(b"%PDF-1.4")
    os.utime(stale_pdf, (old, old))
    assert _run(folder, out) == 0
    assert not stale[0].exists() and not stale_pdf.exists()
    assert fresh.exists() and in_pdf.exists()
    assert zipfile.ZipFile(report).testzip() is None
    archived = list((out / "arsip").glob("IKU_Kecamatan_Benjeng_2017_*.xlsx"))
    assert len(archived) == 1 and archived[0].read_bytes() == earlier


def test_workbook_is_built_under_a_temporary_name(folder, tmp_path, monkeypatch):
    built = []
    original = writer.build_workbook

    def spy(model, path):
        built.append(sorted((tmp_path / "out").glob(".iku-*.xlsx.tmp")))
        assert not (tmp_path / "out" / REPORT).exists()  # nothing under the name yet
        original(model, path)

    monkeypatch.setattr(writer, "build_workbook", spy)
    assert _run(folder, tmp_path / "out") == 0
    assert len(built) == 1 and len(built[0]) == 1  # written to this name of the run's own
    assert not built[0][0].exists()
    assert (tmp_path / "out" / REPORT).exists()


# --- a full disk ----------------------------------------------------------------

class _FullDisk(xlsxwriter.workbook.ZipFile):
    """Writes one part of the zip, then the disk is full. Parts come as files
    (write) or, with in_memory, as bytes (writestr)."""

    def write(self, *args, **kwargs):
        self._one_part_only()
        super().write(*args, **kwargs)

    def writestr(self, *args, **kwargs):
        self._one_part_only()
        super().writestr(*args, **kwargs)

    def _one_part_only(self):
        if getattr(self, "_parts", 0) >= 1:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._parts = getattr(self, "_parts", 0) + 1


def test_full_disk_gives_a_sentence_and_no_half_file(folder, tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    assert _run(folder, out) == 0
    earlier = (out / REPORT).read_bytes()
    capsys.readouterr()

    monkeypatch.setattr(xlsxwriter.workbook, "ZipFile", _FullDisk)
    assert _run(folder, out) == 2
    err = capsys.readouterr().err
    assert "Laporan TIDAK dibuat" in err and "disk penuh" in err
    assert "Traceback" not in err and "No space" not in err
    assert (out / REPORT).read_bytes() == earlier
    assert sorted(p.name for p in out.glob("*.xlsx")) == [REPORT]
    assert not list(out.glob(".iku-*"))


def test_full_disk_on_first_report_leaves_nothing(folder, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(xlsxwriter.workbook, "ZipFile", _FullDisk)
    out = tmp_path / "out"
    assert _run(folder, out) == 2
    assert "disk penuh" in capsys.readouterr().err
    assert not list(out.glob("*.xlsx")) and not list(out.glob(".iku-*"))


# --- the run log --------------------------------------------------------------

def _logs(out: Path) -> list[Path]:
    return sorted((out / "log").glob("iku-excel-*.log"))


def test_each_run_writes_a_log_with_the_technical_detail(folder, tmp_path, capsys):
    (folder / "rusak.xlsx").write_bytes(b"PK\x03\x04 truncated")
    out = tmp_path / "out"
    assert _run(folder, out) == 1
    console = capsys.readouterr()
    logs = _logs(out)
    assert len(logs) == 1
    text = logs[0].read_text(encoding="utf-8")
    from iku_excel import __version__

    assert __version__ in text and "--tanpa-pdf" in text
    for path in EXAMPLE_DIR.glob("*.xlsx"):
        assert f"{path.name}, {path.stat().st_size} byte, sha256 {_sha(path)}" in text
    assert "berkas_rusak" in text and "penurunan_tanda" in text
    assert "waktu membaca dan menghitung" in text and "waktu menulis laporan" in text
    assert "Traceback" in text  # the zip error behind berkas_rusak
    assert "Traceback" not in console.out + console.err
    assert "[rinci]" not in console.err


def test_verbose_shows_the_detail_on_the_console(folder, tmp_path, capsys):
    (folder / "rusak.xlsx").write_bytes(b"PK\x03\x04 truncated")
    assert _run(folder, tmp_path / "out", "--verbose") == 1
    err = capsys.readouterr().err
    assert "[rinci]" in err and "Traceback" in err and "berkas_rusak" in err


def test_only_the_last_ten_logs_are_kept(folder, tmp_path):
    out = tmp_path / "out"
    (out / "log").mkdir(parents=True)
    for i in range(12):
        old = out / "log" / f"iku-excel-20170101-0000{i:02d}.log"
        old.write_text("old", encoding="utf-8")
        os.utime(old, (1_500_000_000 + i, 1_500_000_000 + i))
    keep = out / "log" / "catatan-saya.txt"
    keep.write_text("not ours", encoding="utf-8")
    assert _run(folder, out) == 0
    logs = _logs(out)
    assert len(logs) == 10
    assert "iku-excel-20170101-000000.log" not in {p.name for p in logs}
    assert any(p.read_text(encoding="utf-8") != "old" for p in logs)  # this run's log
    assert keep.exists()


def test_internal_bug_names_the_log_file(folder, tmp_path, monkeypatch, capsys):
    import iku_excel.pipeline

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a bug in the tool")

    monkeypatch.setattr(iku_excel.pipeline, "analyse", broken)
    out = tmp_path / "out"
    assert _run(folder, out) == 2
    err = capsys.readouterr().err
    logs = _logs(out)
    assert len(logs) == 1
    assert str(logs[0]) in err and "bukan pada data Anda" in err
    assert "Traceback" not in err
    text = logs[0].read_text(encoding="utf-8")
    assert "Traceback" in text and "ZeroDivisionError: a bug in the tool" in text

    assert _run(folder, out, "--verbose") == 2
    assert "ZeroDivisionError" in capsys.readouterr().err


def test_unwritable_log_folder_does_not_stop_the_run(folder, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "log").write_text("a file where the log folder should be", encoding="utf-8")
    assert _run(folder, out) == 0
    assert (out / REPORT).exists()
