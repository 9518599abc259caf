"""Placing the report when runs overlap, and when Windows holds a file a moment.

* N runs (processes) started together on one output folder that holds an
  earlier report, every rename slowed down at random: over many trials no
  report is lost, each run's report is somewhere under the folder byte for
  byte, each with its own email text; also where the file system keeps no
  locks (the exclusive names alone);
* a lock held by another run is waited for; one held too long is a clear
  exit 2; a run killed while holding it leaves no stale lock;
* a rename refused for a moment (antivirus, OneDrive) is tried again; one
  refused for good is named; a cleanup that fails never hides the first error;
* arsip/ that is a file or read-only gets its own sentence, and the earlier
  report stays where it was.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import textwrap
import time
import types
from pathlib import Path

import pytest

from iku_excel.report import file_name, placing, writer

REPORT = "IKU_Kecamatan_Benjeng_2017"
MODEL = types.SimpleNamespace(kecamatan="Benjeng", tahun=2017)

# One run in a child process. Its "workbook" and email text are its own
# marker, so every run's report can be found afterwards. Every rename, link
# and delete sleeps a random moment before and after: the slow renames of a
# network share or an antivirus, which widen every window between two steps.
_CHILD = textwrap.dedent(r'''
    import contextlib, os, random, sys, time, types
    from pathlib import Path

    out, marker, start, mode = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), sys.argv[4]
    random.seed(marker)

    def slow(call):
        def slowed(*args, **kwargs):
            time.sleep(random.uniform(0, 0.02))
            try:
                return call(*args, **kwargs)
            finally:
                time.sleep(random.uniform(0, 0.02))
        return slowed

    for name in ("replace", "rename", "link", "unlink"):
        setattr(os, name, slow(getattr(os, name)))
    from iku_excel.report import writer

    if mode == "nolock":  # a file system without locks: the exclusive names alone
        writer.output_lock = lambda folder: contextlib.nullcontext()
    writer.build_workbook = lambda model, buffer: buffer.write(("report " + marker).encode())
    writer.write_email_text = lambda model, name, path: Path(path).write_text("email " + marker)
    while not start.exists():
        time.sleep(0.002)
    try:
        path, notices = writer.write_report(types.SimpleNamespace(kecamatan="Benjeng", tahun=2017),
                                            out, pdf=False)
    except writer.OutputError as exc:
        print(exc)
        sys.exit(2)
    print(path)
''')


def _contents(out: Path) -> dict[Path, str]:
    return {p.relative_to(out): p.read_text(encoding="utf-8")
            for p in out.rglob("*") if p.is_file()}


def _trial(tmp_path: Path, trial: int, runs: int, mode: str) -> None:
    out = tmp_path / f"out{trial}"
    out.mkdir()
    (out / f"{REPORT}.xlsx").write_text("report earlier", encoding="utf-8")
    (out / f"{REPORT}_email.txt").write_text("email earlier", encoding="utf-8")
    start = tmp_path / f"start{trial}"
    children = [subprocess.Popen([sys.executable, "-c", _CHILD, str(out), f"run{trial}-{n}",
                                  str(start), mode],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for n in range(runs)]
    time.sleep(0.8)  # all of them imported and waiting
    start.touch()
    results = [child.communicate(timeout=120) for child in children]
    for child, (stdout, stderr) in zip(children, results):
        assert child.returncode == 0, (stdout, stderr)

    contents = _contents(out)
    reports = [text for path, text in contents.items() if path.suffix == ".xlsx"]
    expected = ["report earlier", *(f"report run{trial}-{n}" for n in range(runs))]
    # Every earlier report survives, byte for byte, and every run's own report too.
    assert sorted(set(reports)) == sorted(expected), contents
    assert (out / f"{REPORT}.xlsx").exists()
    assert not [p for p in contents if p.name.startswith(".iku-")], "temporary files left"
    if mode == "lock":
        assert sorted(reports) == sorted(expected)  # once each: no duplicate, no empty claim
        # each report went to arsip/ with its own email text
        for path, text in contents.items():
            if path.suffix == ".xlsx":
                email = path.with_name(path.name.replace(".xlsx", "").replace(
                    REPORT, f"{REPORT}_email", 1) + ".txt")
                assert contents[email] == text.replace("report", "email"), (path, contents)
    else:
        assert "" not in reports or reports.count("") == 0


@pytest.mark.skipif(os.name != "posix", reason="children started as POSIX processes")
@pytest.mark.parametrize("mode, trials", [("lock", 6), ("nolock", 4)])
def test_runs_started_together_lose_no_report(tmp_path, mode, trials):
    for trial in range(trials):
        _trial(tmp_path, trial, runs=4, mode=mode)


# --- the lock ---------------------------------------------------------------

def _fake_build(marker: str):
    return lambda model, buffer: buffer.write(marker.encode())


@pytest.fixture
def fake_report(monkeypatch):
    monkeypatch.setattr(writer, "build_workbook", _fake_build("new"))
    monkeypatch.setattr(writer, "write_email_text",
                        lambda model, name, path: Path(path).write_text("email", encoding="utf-8"))


_HOLDER = textwrap.dedent('''
    import sys, time
    from pathlib import Path
    from iku_excel.report.placing import output_lock
    with output_lock(Path(sys.argv[1])):
        Path(sys.argv[2]).touch()
        time.sleep(float(sys.argv[3]))
        Path(sys.argv[2] + ".released").touch()  # the last thing done holding the lock
''')


def _hold_lock(folder: Path, seconds: float, tmp_path: Path) -> subprocess.Popen:
    held = tmp_path / "held"
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(folder), str(held),
                               str(seconds)])
    deadline = time.monotonic() + 30
    while not held.exists():
        assert holder.poll() is None and time.monotonic() < deadline
        time.sleep(0.01)
    return holder


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_a_lock_held_too_long_is_a_clear_exit(tmp_path, fake_report, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / f"{REPORT}.xlsx").write_text("earlier", encoding="utf-8")
    holder = _hold_lock(out, 30, tmp_path)
    try:
        monkeypatch.setattr(placing, "LOCK_WAIT_S", 0.3)
        monkeypatch.setattr(writer, "output_lock",
                            lambda folder: placing.output_lock(folder, wait=0.3))
        with pytest.raises(writer.OutputError) as caught:
            writer.write_report(MODEL, out, pdf=False)
    finally:
        holder.kill()
        holder.wait()
    assert "sedang dipakai oleh iku-excel lain" in str(caught.value)
    assert (out / f"{REPORT}.xlsx").read_text(encoding="utf-8") == "earlier"
    assert not list(out.glob(".iku-*")) and not (out / "arsip").exists()
    # The holder was killed: the system let go of its lock, nothing stale is left.
    path, _ = writer.write_report(MODEL, out, pdf=False)
    assert path.read_text(encoding="utf-8") == "new"
    assert [p.read_text(encoding="utf-8") for p in (out / "arsip").iterdir()
            if p.suffix == ".xlsx"] == ["earlier"]


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_a_run_waits_for_the_lock_then_places(tmp_path, fake_report):
    out = tmp_path / "out"
    out.mkdir()
    holder = _hold_lock(out, 0.5, tmp_path)
    try:
        path, _ = writer.write_report(MODEL, out, pdf=False)
        # It placed after the other run let go of the lock, not beside it.
        released = (tmp_path / "held.released").exists()
    finally:
        holder.wait()
    assert path == out / f"{REPORT}.xlsx" and path.read_text(encoding="utf-8") == "new"
    assert released


# --- Windows' short locks ----------------------------------------------------------

def _refusing(times: int, which: str, winerror: int | None = 32):
    """os.replace refusing to move `which` the first `times` times, as Windows
    does while an antivirus or OneDrive holds a file just written."""
    real = os.replace
    seen = []

    def replace(source, target):
        if Path(source).name.endswith(which) and len(seen) < times:
            seen.append(source)
            exc = PermissionError(errno.EACCES, "The process cannot access the file")
            exc.winerror = winerror
            raise exc
        return real(source, target)

    return replace, seen


def test_a_file_held_a_moment_is_tried_again(tmp_path, fake_report, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / f"{REPORT}.xlsx").write_text("earlier", encoding="utf-8")
    replace, seen = _refusing(3, f"{REPORT}.xlsx")  # the earlier report, being scanned
    monkeypatch.setattr(os, "replace", replace)
    path, notices = writer.write_report(MODEL, out, pdf=False)
    assert len(seen) == 3
    assert path == out / f"{REPORT}.xlsx" and path.read_text(encoding="utf-8") == "new"
    assert any(n.startswith("Laporan lama dipindahkan ke") for n in notices)


def test_a_file_held_for_good_keeps_the_earlier_report_and_names_it(
        tmp_path, fake_report, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / f"{REPORT}.xlsx").write_text("earlier", encoding="utf-8")
    monkeypatch.setattr(placing, "RETRY_DELAYS", (0.01, 0.01))
    replace, seen = _refusing(99, f"{REPORT}.xlsx")
    monkeypatch.setattr(os, "replace", replace)
    path, notices = writer.write_report(MODEL, out, pdf=False)
    assert len(seen) == 3  # the first try and two more
    assert path.name == f"{REPORT} (2).xlsx"
    assert (out / f"{REPORT}.xlsx").read_text(encoding="utf-8") == "earlier"
    assert any(f"Berkas lama {REPORT}.xlsx sedang dibuka (mungkin di Excel)" in n
               for n in notices)
    assert not [p for p in (out / "arsip").iterdir()]  # no empty claim left in arsip


def test_a_failed_cleanup_never_hides_the_first_error(tmp_path, monkeypatch):
    out = tmp_path / "out"

    def full(model, buffer):
        buffer.write(b"half")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def held(path, *args, **kwargs):
        raise PermissionError(errno.EACCES, "held by the antivirus")

    monkeypatch.setattr(writer, "build_workbook", full)
    monkeypatch.setattr(placing, "RETRY_DELAYS", (0.01,))
    monkeypatch.setattr(os, "unlink", held)
    with pytest.raises(writer.OutputError) as caught:
        writer.write_report(MODEL, out, pdf=False)
    assert "disk penuh" in str(caught.value)


@pytest.mark.parametrize("winerror, errno_, said", [
    (32, errno.EACCES, "sedang dibuka program lain, misalnya Excel"),
    (33, errno.EACCES, "sedang dibuka program lain"),
    (5, errno.EACCES, "tidak ada izin menulis"),
    (None, errno.EROFS, "hanya dapat dibaca"),
    (112, errno.ENOSPC, "disk penuh"),
    (None, errno.ENAMETOOLONG, "terlalu panjang"),
])
def test_messages_name_the_real_cause(winerror, errno_, said):
    exc = (PermissionError if errno_ == errno.EACCES else OSError)(errno_, "x")
    exc.winerror = winerror
    assert said in placing.why(exc)


# --- arsip/ that cannot be used -------------------------------------------------------

def test_arsip_that_is_a_file_gets_its_own_sentence(tmp_path, fake_report):
    out = tmp_path / "out"
    out.mkdir()
    (out / f"{REPORT}.xlsx").write_text("earlier", encoding="utf-8")
    (out / "arsip").write_text("not a folder", encoding="utf-8")
    path, notices = writer.write_report(MODEL, out, pdf=False)
    assert path.name == f"{REPORT} (2).xlsx" and path.read_text(encoding="utf-8") == "new"
    assert (out / f"{REPORT}.xlsx").read_text(encoding="utf-8") == "earlier"
    assert (out / "arsip").read_text(encoding="utf-8") == "not a folder"
    assert any(f"{out / 'arsip'} adalah berkas, bukan folder" in n for n in notices), notices


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root writes into a read-only folder anyway")
def test_read_only_arsip_gets_its_own_sentence(tmp_path, fake_report):
    _read_only_arsip(tmp_path)


def test_read_only_arsip_simulated(tmp_path, fake_report, monkeypatch):
    """Where the test runs as root (a read-only folder is writable for it),
    arsip/ refuses every new name as a read-only folder does."""
    real_claim = placing.claim

    def refuse(path):
        if path.parent.name == "arsip":
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_claim(path)

    monkeypatch.setattr(placing, "RETRY_DELAYS", (0.01,))
    monkeypatch.setattr(writer, "claim", refuse)
    _read_only_arsip(tmp_path, chmod=False)


def _read_only_arsip(tmp_path: Path, chmod: bool = True) -> None:
    out = tmp_path / "out"
    (out / "arsip").mkdir(parents=True)
    (out / f"{REPORT}.xlsx").write_text("earlier", encoding="utf-8")
    if chmod:
        (out / "arsip").chmod(0o555)
    try:
        path, notices = writer.write_report(MODEL, out, pdf=False)
    finally:
        (out / "arsip").chmod(0o755)
    assert path.name == f"{REPORT} (2).xlsx"
    assert (out / f"{REPORT}.xlsx").read_text(encoding="utf-8") == "earlier"
    assert any(f"tidak dapat dipindahkan ke folder {out / 'arsip'} (tidak ada izin" in n
               for n in notices), notices


# --- names ----------------------------------------------------------------------

def test_long_kecamatan_name_fits_windows_paths(tmp_path):
    # A folder deep enough that 20 characters are left for the name.
    fixed = len("IKU_Kecamatan__2017") + file_name._GROWTH + 20
    deep = tmp_path / ("d" * (file_name.MAX_PATH - fixed - len(str(tmp_path.absolute())) - 1))
    model = types.SimpleNamespace(kecamatan="Kecamatan " + "Sangat Panjang Sekali " * 20,
                                  tahun=2017)
    name = file_name.report_name(model, deep)
    assert name.startswith("IKU_Kecamatan_Kecamatan_") and name.endswith("_2017.xlsx")
    assert name == "IKU_Kecamatan_Kecamatan_Sangat_Pan_2017.xlsx"  # 20 characters
    longest = deep / "arsip" / name.replace(".xlsx", "_email_20170101-000000_99.txt")
    assert len(str(longest.absolute())) <= file_name.MAX_PATH
    assert len(str((deep / name.replace(".xlsx", " (99).xlsx")).absolute())) <= file_name.MAX_PATH
    assert file_name.report_name(model).count("_") < 40 and len(file_name.report_name(model)) < 90


@pytest.mark.parametrize("typed, expected", [
    ("Benjeng", "Benjeng"),
    ("Kota Baru", "Kota_Baru"),
    ("Pasir  Jambu / Utara", "Pasir_Jambu_Utara"),
    ("Bu\u0301kit", "B\u00fakit"),              # a combining accent, composed
    ("Ma\u0323\u0304ngga", "M\u1ea1\u0304ngga"),  # composed where Unicode can, the rest kept
    ("\u0301Cerme", "Cerme"),                      # a mark with no letter before it
    ("   ", "Kecamatan"),
    ("CON", "CON"),                                # reserved on Windows, but only a part here
])
def test_kecamatan_name_is_made_safe_not_underscored(typed, expected):
    assert file_name.safe_name(typed) == expected


def test_name_is_never_cut_between_a_letter_and_its_mark():
    assert file_name.safe_name("Abc\u0323\u0301def", room=3) == "Ab"
    assert file_name.safe_name("Abc\u0323\u0301def", room=4) == "Ab\u0107\u0323"
    assert file_name.safe_name("a" * 200).count("a") == file_name.NAME_CHARS
    assert len(file_name.safe_name("\u0101" * 200).encode("utf-8")) <= file_name.NAME_BYTES


def test_report_with_a_long_name_is_written(tmp_path, fake_report):
    out = tmp_path / "out"
    model = types.SimpleNamespace(kecamatan="Nama Kecamatan Yang Panjang " * 12, tahun=2017)
    path, _ = writer.write_report(model, out, pdf=False)
    assert path.exists() and len(path.name) < 100
    shutil.rmtree(out)


def test_a_report_that_cannot_be_placed_puts_the_earlier_one_back(tmp_path, fake_report,
                                                                  monkeypatch):
    """The earlier report went to arsip/, then the new one could not take its
    place (the folder turned read-only, a share dropped): nothing new is
    written, and the earlier report is where staff look for it."""
    out = tmp_path / "out"
    out.mkdir()
    (out / f"{REPORT}.xlsx").write_text("earlier", encoding="utf-8")
    (out / f"{REPORT}_email.txt").write_text("earlier email", encoding="utf-8")
    monkeypatch.setattr(placing, "RETRY_DELAYS", (0.01,))

    def refused(source, target):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(writer, "move_new", refused)
    with pytest.raises(writer.OutputError) as caught:
        writer.write_report(MODEL, out, pdf=False)
    assert "tidak ada izin menulis" in str(caught.value)
    assert (out / f"{REPORT}.xlsx").read_text(encoding="utf-8") == "earlier"
    assert (out / f"{REPORT}_email.txt").read_text(encoding="utf-8") == "earlier email"
    assert not list((out / "arsip").iterdir()) and not list(out.glob(".iku-*"))
