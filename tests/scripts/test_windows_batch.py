"""The batch files as cmd.exe runs them, through Wine's cmd where Wine and
a MinGW compiler are installed (skipped elsewhere: `apt-get install wine
gcc-mingw-w64-x86-64-win32` to run them).

The py launcher and python are stand-in programs (a small C program built
here, as py.exe and python.exe: real executables, as on Windows): each
answers scripts\\cek_python.py with a chosen exit status (0 usable, 10 too
old, 11 32-bit; py's 103 for a version it does not have; the Microsoft
Store placeholder's 9009 and English text) and notes the command it would
have handed to scripts\\bootstrap.py.

* py -3.13 .. py -3.10, py -3, then python: the first whose check exits 0;
* the Store placeholder never counts; a Python that runs but is too old or
  32-bit says so itself; nothing at all: how to install Python;
* words after jalankan.bat are handed on, the exit status comes back;
* a folder without scripts\\ (opened inside the ZIP): Extract All.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from paths import REPO  # noqa: E402

WINE = shutil.which("wine")
MINGW = shutil.which("x86_64-w64-mingw32-gcc")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    WINE is None or MINGW is None,
    reason="Wine's cmd or a MinGW compiler is not installed (apt-get install wine "
           "gcc-mingw-w64-x86-64-win32): the batch files are not run")]

# PY313=0 answers "py -3.13 ..." with 0; no PY313: py's "No suitable Python runtime".
# PYTHON_STATUS: python's answer, "store" for the Microsoft Store placeholder.
STANDIN_C = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>
int main(int argc, char **argv) {
    char exe[MAX_PATH], name[64], key[64] = "", log[MAX_PATH], *slash, *dot, *value;
    int first = 1, i;
    GetModuleFileNameA(NULL, exe, MAX_PATH);
    slash = strrchr(exe, '\\');
    strncpy(name, slash ? slash + 1 : exe, 63);
    name[63] = 0;
    if ((dot = strrchr(name, '.'))) *dot = 0;
    if (strcmp(name, "py") == 0) {
        strcpy(key, "PY");
        for (char *c = argc > 1 ? argv[1] : ""; *c; c++)
            if (*c != '-' && *c != '.') { size_t n = strlen(key); key[n] = *c; key[n + 1] = 0; }
        first = 2;
    } else strcpy(key, "PYTHON_STATUS");
    if (!(value = getenv(key))) { puts("No suitable Python runtime found"); return 103; }
    if (strcmp(value, "store") == 0) {
        puts("Python was not found; run without arguments to install from the Microsoft "
             "Store, or disable this shortcut from Settings > Manage App Execution Aliases.");
        return 9009;
    }
    if (argc > first && strcmp(argv[first], "scripts\\cek_python.py") == 0) {
        if (!(argc > first + 1 && strcmp(argv[first + 1], "--diam") == 0))
            printf("CHECK-SAYS-WHY %s %s\n", name, first == 2 ? argv[1] : "");
        return atoi(value);
    }
    strcpy(log, exe);
    strcpy(strrchr(log, '\\') + 1, "called.txt");
    FILE *f = fopen(log, "a");
    fputs(name, f);
    for (i = 1; i < argc; i++) { fputc(' ', f); fputs(argv[i], f); }
    fputc('\n', f);
    fclose(f);
    return getenv("STANDIN_EXIT") ? atoi(getenv("STANDIN_EXIT")) : 0;
}
"""


@pytest.fixture(scope="module")
def standin(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("standin")
    (folder / "standin.c").write_text(STANDIN_C, encoding="utf-8")
    subprocess.run([MINGW, "-O1", "-o", str(folder / "standin.exe"), str(folder / "standin.c")],
                   check=True)
    return folder / "standin.exe"


def _windows_path(path: Path) -> str:
    return "Z:" + str(path).replace("/", "\\")


@pytest.fixture
def project(tmp_path) -> Path:
    folder = tmp_path / "iku excel"  # a space, as in "Laporan IKU"
    (folder / "scripts").mkdir(parents=True)
    for name in ("jalankan.bat", "buat_template.bat", "rekap.bat", "scripts/mulai.bat"):
        shutil.copyfile(REPO / name, folder / name)
    for name in ("scripts/cek_python.py", "scripts/bootstrap.py"):
        (folder / name).write_text("", encoding="utf-8")
    return folder


def _run(project: Path, standin: Path, bat: str, *args: str, py: str | None = None,
         python: str | None = None, exit_status: int = 0):
    """py: "3.12:0 3:0" (version:status pairs), "" the launcher without a Python;
    python: a status or "store"; None: not installed."""
    bin_dir = project.parent / "bin"
    bin_dir.mkdir(exist_ok=True)
    if py is not None:
        shutil.copyfile(standin, bin_dir / "py.exe")
    if python is not None:
        shutil.copyfile(standin, bin_dir / "python.exe")
    versions = dict(pair.split(":") for pair in (py or "").split())
    env = dict(os.environ, WINEDEBUG="-all", WINEPATH=_windows_path(bin_dir),
               STANDIN_EXIT=str(exit_status),
               **({"PYTHON_STATUS": python} if python is not None else {}),
               **{f"PY{version.replace('.', '')}": status
                  for version, status in versions.items()})
    done = subprocess.run([WINE, "cmd", "/c", _windows_path(project / bat), *args],
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=120, env=env)
    called = bin_dir / "called.txt"
    handed = called.read_text().strip().splitlines() if called.exists() else []
    return done.returncode, done.stdout.decode("utf-8", "replace"), handed


def test_newest_checked_python_through_the_launcher_gets_the_command(project, standin):
    code, out, handed = _run(project, standin, "jalankan.bat", "--per-kecamatan",
                             py="3.12:0 3:0", python="store", exit_status=1)
    assert handed == ["py -3.12 scripts\\bootstrap.py run --input input --output output "
                      "--per-kecamatan"]
    assert code == 1  # the run's own status comes back (1: report with problems)
    assert (project / "input").is_dir()


def test_store_placeholder_never_counts(project, standin):
    code, out, handed = _run(project, standin, "jalankan.bat", python="store")
    assert handed == []
    assert "belum terpasang" in out and "Add python.exe to PATH" in out
    assert "Microsoft Store" not in out  # its English text stays hidden
    assert code != 0


def test_nothing_installed_says_how_to_install_python(project, standin):
    code, out, handed = _run(project, standin, "jalankan.bat")
    assert handed == [] and "belum terpasang" in out and code != 0


def test_launcher_left_without_a_python_does_not_count(project, standin):
    code, out, handed = _run(project, standin, "jalankan.bat", py="")
    assert handed == [] and "belum terpasang" in out and "No suitable" not in out


def test_too_old_python_says_why_itself(project, standin):
    code, out, handed = _run(project, standin, "jalankan.bat", py="3:10", python="store")
    assert handed == []
    assert "CHECK-SAYS-WHY py -3" in out and "belum terpasang" not in out
    assert code != 0


def test_32_bit_launcher_python_is_passed_over_for_a_64_bit_python(project, standin):
    code, out, handed = _run(project, standin, "buat_template.bat", py="3.13:11 3:11", python="0")
    assert handed == ["python scripts\\bootstrap.py template input\\Isian_IKU.xlsx"]
    assert "CHECK-SAYS-WHY" not in out
    assert "Isi berkas yang ditulis di atas" in out


def test_template_is_handed_over_even_when_a_filled_in_workbook_exists(project, standin):
    # The template command itself keeps an existing workbook (it writes
    # 'Isian_IKU (2).xlsx' and says so): the batch file must not refuse.
    (project / "input").mkdir()
    (project / "input" / "Isian_IKU.xlsx").write_bytes(b"filled in")
    code, out, handed = _run(project, standin, "buat_template.bat", py="3.13:0")
    assert handed == ["py -3.13 scripts\\bootstrap.py template input\\Isian_IKU.xlsx"]
    assert (project / "input" / "Isian_IKU.xlsx").read_bytes() == b"filled in"


def test_rekap_hands_any_subcommand_over(project, standin):
    code, out, handed = _run(project, standin, "rekap.bat", "--tahun", "2017", py="3.11:0")
    assert handed == ["py -3.11 scripts\\bootstrap.py rekap --tahun 2017"]


def test_folder_opened_inside_the_zip_says_extract_all(project, standin):
    shutil.rmtree(project / "scripts")  # Explorer extracted just the file clicked
    code, out, handed = _run(project, standin, "jalankan.bat", py="3:0")
    assert "Extract All" in out and handed == []
    assert code != 0
