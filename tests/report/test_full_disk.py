"""A full disk: exit 2, one plain Indonesian sentence, the earlier report
intact, no traceback, also from the run log.

Where the platform allows it (Linux with `unshare` and user namespaces, or
root), the run writes into a real small tmpfs that is filled up to leave a
little room, swept from no room at all to enough: every write of the run
(the log, the workbook, the email text, the arsip/ names) meets the full
disk at one point of the sweep. Everywhere, the same is simulated with an
OSError(ENOSPC) at each write in turn.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import xlsxwriter.workbook
from paths import REPO

from iku_excel import runlog
from iku_excel.cli import main
from iku_excel.pipeline import EXAMPLE_DIR
from iku_excel.report import writer

REPORT = "IKU_Kecamatan_Benjeng_2017.xlsx"

# Run inside a new mount namespace: mount a small tmpfs, put the earlier report
# in its output folder, fill the rest but `free` bytes, run, and say what is there.
_INSIDE = textwrap.dedent(r'''
    import hashlib, json, os, shutil, subprocess, sys
    from pathlib import Path

    mount, folder = Path(sys.argv[1]), sys.argv[2]
    earlier, free = Path(sys.argv[3]), int(sys.argv[4])
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], check=True)
    out = mount / "out"
    out.mkdir()
    shutil.copy(earlier, out / earlier.name)
    filler = os.open(mount / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(filler, b"\0" * 4096)
    except OSError:
        pass
    os.ftruncate(filler, max(0, os.lseek(filler, 0, os.SEEK_END) - free))
    os.close(filler)
    run = subprocess.run([sys.executable, "-m", "iku_excel", "run", "--input", folder,
                          "--output", str(out), "--tanpa-pdf"], capture_output=True, text=True)
    files = {str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest()
             for p in out.rglob("*") if p.is_file()}
    print(json.dumps({"code": run.returncode, "out": run.stdout, "err": run.stderr,
                      "files": files}))
''')


def _namespace() -> list[str] | None:
    """How to run a command in a mount namespace of its own here, if at all."""
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return None
    for command in (["unshare", "--mount"], ["unshare", "--user", "--map-root-user", "--mount"]):
        probe = subprocess.run([*command, "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                               capture_output=True)
        if probe.returncode == 0:
            return command
    return None


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "input"
    shutil.copytree(EXAMPLE_DIR, folder)
    return folder


@pytest.fixture
def earlier(folder: Path, tmp_path: Path) -> Path:
    out = tmp_path / "first"
    assert main(["run", "--input", str(folder), "--output", str(out), "--tanpa-pdf"]) == 0
    report = out / REPORT
    # Another run's report: the same inputs would give the same bytes.
    report.write_bytes(report.read_bytes() + b"an earlier one")
    return report


def _sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _assert_plain(err: str) -> None:
    assert "Traceback" not in err and "Logging error" not in err, err
    assert "No space" not in err and "Errno" not in err, err


def test_a_real_full_disk_at_every_write(folder, earlier, tmp_path):
    namespace = _namespace()
    if namespace is None:
        pytest.skip("no mount namespace here; test_simulated_full_disk covers each write")
    mount = tmp_path / "mnt"
    mount.mkdir()
    script = tmp_path / "inside.py"
    script.write_text(_INSIDE, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(REPO), os.environ.get("PYTHONPATH", "")]))
    before = _sha(earlier)
    codes = {}
    for free in (0, 4096, 8192, 16384, 24576, 32768, 36864, 40960, 45056, 49152, 65536, 262144):
        done = subprocess.run([*namespace, sys.executable, str(script), str(mount), str(folder),
                               str(earlier), str(free)], capture_output=True, text=True,
                              env=env, timeout=300)
        assert done.returncode == 0, done.stderr
        seen = json.loads(done.stdout)
        codes[free] = seen["code"]
        _assert_plain(seen["err"])
        assert before in seen["files"].values(), (free, seen)  # the earlier report survives
        assert not [name for name in seen["files"] if Path(name).name.startswith(".iku-")], seen
        if seen["code"] == 2:
            assert seen["files"][REPORT] == before  # where it was, not even moved
            lines = seen["err"].strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("Laporan TIDAK dibuat.") \
                and "disk penuh" in lines[0], seen["err"]
        else:
            assert seen["code"] == 0, seen
            assert seen["files"][REPORT] != before and before in {
                sha for name, sha in seen["files"].items() if name.startswith("arsip")}
    assert codes[0] == 2 and codes[262144] == 0, codes
    assert len(set(codes.values())) == 2, codes


# --- the same, simulated: an OSError(ENOSPC) at each write in turn ----------------

def _no_room(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


class _FullZip(xlsxwriter.workbook.ZipFile):
    def writestr(self, *args, **kwargs):
        _no_room()


class _FullLogFile(runlog._QuietFile):
    def emit(self, record):
        if self.stream is None:
            self.stream = self._open()
        self.stream.write = _no_room
        super().emit(record)


WRITES = {
    "the log file": lambda mp: mp.setattr(runlog, "_QuietFile", _FullLogFile),
    "the log folder": lambda mp: mp.setattr(runlog, "_new_name", _no_room),
    "the temporary workbook's name": lambda mp: mp.setattr(writer, "_temporary", _no_room),
    "the workbook": lambda mp: mp.setattr(xlsxwriter.workbook, "ZipFile", _FullZip),
    "the email text": lambda mp: mp.setattr(writer, "write_email_text", _no_room),
    "a name in arsip": lambda mp: mp.setattr(writer, "claim", lambda path: _no_room()
                                             if path.parent.name == "arsip" else
                                             _real_claim(path)),
}
_real_claim = writer.claim


@pytest.mark.parametrize("where", list(WRITES))
def test_simulated_full_disk(where, folder, earlier, tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    out.mkdir()
    shutil.copy(earlier, out / REPORT)
    before = _sha(earlier)
    WRITES[where](monkeypatch)
    capsys.readouterr()
    code = main(["run", "--input", str(folder), "--output", str(out), "--tanpa-pdf"])
    logging.shutdown()  # what the interpreter does at exit: flushes the log once more
    captured = capsys.readouterr()
    _assert_plain(captured.err)
    assert not list(out.glob(".iku-*"))
    if where.startswith("the log"):  # the report is written; the log alone is lost
        assert code == 0 and captured.err == "", captured.err
        assert before in {_sha(p) for p in (out / "arsip").iterdir()}
    elif where == "the email text":  # the report counts, the email text is a notice
        assert code == 0
        assert "Teks ringkasan untuk email tidak dapat ditulis (disk penuh)." in captured.out
        assert before in {_sha(p) for p in (out / "arsip").iterdir()}
    else:
        assert code == 2
        assert captured.err.strip() == (
            f"Laporan TIDAK dibuat. Laporan tidak dapat disimpan di {out} karena disk penuh; "
            "kosongkan sebagian ruang disk (hapus atau pindahkan berkas yang tidak "
            "diperlukan), lalu jalankan lagi.")
        assert _sha(out / REPORT) == before
        assert not (out / "arsip").exists() or not list((out / "arsip").iterdir())


def test_a_killed_pdf_exports_folder_is_removed_by_the_next_run(folder, tmp_path, monkeypatch):
    """LibreOffice's profile and copies in the system's temporary folder, left
    by a run killed during its PDF export; one of a run still exporting stays."""
    import tempfile
    import time

    system_temp = tmp_path / "temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    killed = system_temp / "iku-pdf-killed"
    (killed / "profile" / "user").mkdir(parents=True)
    (killed / "profile" / "user" / "registrymodifications.xcu").write_text("x")
    old = time.time() - writer.STALE_AFTER_S - 5
    os.utime(killed, (old, old))
    running = system_temp / "iku-pdf-running"
    running.mkdir()
    other = system_temp / "someone-elses"
    other.mkdir()
    os.utime(other, (old, old))
    assert main(["run", "--input", str(folder), "--output", str(tmp_path / "out"),
                 "--tanpa-pdf"]) == 0
    assert not killed.exists() and running.exists() and other.exists()
