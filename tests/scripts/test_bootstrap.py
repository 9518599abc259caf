"""The setup's decisions (scripts/bootstrap.py, scripts/cek_python.py,
scripts/start.sh), on Linux: which Python counts, where the environment
lives, when it is rebuilt or reinstalled, where packages come from, what a
failed pip means, one window at a time, which folder is opened at the end.

The pieces that touch the world (creating a venv, running pip, asking the
environment's Python about itself, free disk space) are stand-ins here, so
each decision is seen on its own; test_windows_batch.py runs the batch files.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from paths import REPO  # noqa: E402

sys.path.insert(0, str(REPO / "scripts"))
import bootstrap  # noqa: E402
import cek_python  # noqa: E402

PYENV = Path.home() / ".pyenv" / "versions"


# -- which Python counts ----------------------------------------------------------------

@pytest.mark.parametrize("version, pointer, expected", [
    ((3, 8, 10), 8, cek_python.TOO_OLD),
    ((3, 9, 13), 8, cek_python.TOO_OLD),
    ((2, 7, 18), 8, cek_python.TOO_OLD),
    ((3, 12, 4), 4, cek_python.BITS_32),
    ((3, 9, 0), 4, cek_python.TOO_OLD),  # too old first: a 64-bit 3.9 would not do either
    ((3, 10, 0), 8, cek_python.USABLE),
    ((3, 14, 1), 8, cek_python.USABLE),
])
def test_verdict(version, pointer, expected):
    assert cek_python.verdict(version, pointer) == expected


@pytest.mark.parametrize("version", ["2.7.18", "3.6.15", "3.9.18"])
def test_old_pythons_run_the_check_and_say_why(version):
    """The check must run on whatever Python a PC has, 2.7 included."""
    python = PYENV / version / "bin" / "python"
    if not python.exists():
        pytest.skip(f"Python {version} is not installed here ({python})")
    quiet = subprocess.run([str(python), str(REPO / "scripts" / "cek_python.py"), "--diam"],
                           capture_output=True, text=True)
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (cek_python.TOO_OLD, "", "")
    loud = subprocess.run([str(python), str(REPO / "scripts" / "cek_python.py")],
                          capture_output=True, text=True)
    assert loud.stdout.startswith(f"Python {version} di komputer ini terlalu lama")
    assert "Add python.exe to PATH" in loud.stdout


def test_this_python_passes_the_check():
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "cek_python.py")],
                          capture_output=True, text=True)
    assert (done.returncode, done.stdout) == (0, "")


def _standin(path: Path, status: int, says: str = "") -> Path:
    """A 'python' that answers the check with `status` (9009 and the English
    text: the Microsoft Store placeholder)."""
    path.write_text(textwrap.dedent(f"""\
        #!/bin/sh
        if [ "$1" = scripts/cek_python.py ]; then
          [ "$2" = --diam ] || echo "{says}"
          exit {status}
        fi
        echo "{says}"
        exit {status}
        """), encoding="utf-8")
    path.chmod(0o755)
    return path


@pytest.fixture
def sh_project(tmp_path) -> Path:
    """scripts/start.sh and the check, with a bootstrap that only says who ran it."""
    project = tmp_path / "proj"
    (project / "scripts").mkdir(parents=True)
    for name in ("start.sh", "cek_python.py"):
        (project / "scripts" / name).write_bytes((REPO / "scripts" / name).read_bytes())
    (project / "scripts" / "start.sh").chmod(0o755)
    (project / "scripts" / "bootstrap.py").write_text(
        "import os, sys; print('BOOTSTRAP', sys.executable, sys.argv[1:], "
        "os.environ.get('PYTHONPATH'), os.environ.get('PYTHONHOME'))\n", encoding="utf-8")
    return project


def _start(project: Path, candidates: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHON=candidates, PYTHONPATH="/elsewhere", PYTHONHOME="/broken")
    return subprocess.run([str(project / "scripts" / "start.sh"), "run", "--tahun", "2017"],
                          capture_output=True, text=True, env=env)


def test_store_placeholder_is_passed_over(sh_project, tmp_path):
    store = _standin(tmp_path / "python-store", 9009,
                     "Python was not found; run without arguments to install from the "
                     "Microsoft Store")
    done = _start(sh_project, f"{store} {sys.executable}")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"BOOTSTRAP {sys.executable} ['run', '--tahun', '2017'] None None"
    assert "Microsoft Store" not in done.stdout + done.stderr


def test_only_a_placeholder_means_python_is_missing(sh_project, tmp_path):
    store = _standin(tmp_path / "python-store", 9009, "Python was not found")
    done = _start(sh_project, f"{store} {tmp_path / 'not-there'}")
    assert done.returncode == 2 and "BOOTSTRAP" not in done.stdout
    assert "belum terpasang" in done.stderr and "Python was not found" not in done.stdout


@pytest.mark.parametrize("status, says", [(10, "TERLALU-LAMA"), (11, "32-BIT")])
def test_unusable_python_says_why_unless_a_usable_one_follows(sh_project, tmp_path, status,
                                                               says):
    unusable = _standin(tmp_path / "python-unusable", status, says)
    alone = _start(sh_project, str(unusable))
    assert alone.returncode == 2 and says in alone.stdout and "BOOTSTRAP" not in alone.stdout
    followed = _start(sh_project, f"{unusable} {sys.executable}")
    assert followed.returncode == 0 and says not in followed.stdout
    assert "BOOTSTRAP" in followed.stdout


# -- where the environment lives --------------------------------------------------------

def test_windows_environment_lives_under_localappdata_one_per_folder():
    env = {"LOCALAPPDATA": r"C:\Users\staf\AppData\Local", "USERPROFILE": r"C:\Users\staf"}
    first = bootstrap.place_for(Path(r"C:\Users\staf\OneDrive\Desktop\IKU 2024"), True, env)
    again = bootstrap.place_for(Path(r"C:\Users\staf\OneDrive\Desktop\IKU 2024"), True, env)
    other = bootstrap.place_for(Path(r"D:\IKU 2024"), True, env)
    assert first == again and first.venv != other.venv
    assert str(first.venv).startswith(r"C:\Users\staf\AppData\Local/iku-excel/IKU-2024-") or \
        str(first.venv).replace("\\", "/").startswith(
            "C:/Users/staf/AppData/Local/iku-excel/IKU-2024-")
    assert "OneDrive" not in str(first.venv)
    assert len(first.venv.name) < 10 and len(first.venv.parent.name) <= 31
    store = bootstrap.place_for(Path(r"D:\IKU"), True, env, store_python=True)
    assert str(store.venv).replace("\\", "/").startswith("C:/Users/staf/.iku-excel/")


def test_linux_environment_stays_in_the_project():
    place = bootstrap.place_for(Path("/home/dev/iku"), False, {})
    assert place.venv == Path("/home/dev/iku/.venv")
    assert place.lock == Path("/home/dev/iku/.venv.lock")  # outside: survives a rebuild


@pytest.mark.parametrize("folder, temp, inside", [
    (r"C:\Users\s\AppData\Local\Temp\Temp1_iku-excel.zip\iku-excel",
     r"C:\Users\s\AppData\Local\Temp", True),
    (r"C:\Users\s\AppData\Local\Temp\7zO4C1A2B3\iku-excel", r"C:\Users\s\AppData\Local\Temp",
     True),
    (r"C:\Users\s\Downloads\iku-excel.zip\iku-excel", r"C:\Users\s\AppData\Local\Temp", True),
    (r"C:\Users\s\Documents\iku-excel", r"C:\Users\s\AppData\Local\Temp", False),
    (r"C:\Users\s\Documents\zip-lama\iku-excel", r"C:\Users\s\AppData\Local\Temp", False),
])
def test_folder_inside_a_zip(folder, temp, inside):
    assert bootstrap.inside_zip(folder, temp) is inside


def test_network_share():
    assert bootstrap.on_network(r"\\server\bersama\iku-excel")
    assert bootstrap.on_network(r"Z:\iku-excel", lambda drive: 4)
    assert not bootstrap.on_network(r"C:\iku-excel", lambda drive: 3)
    assert not bootstrap.on_network("/home/dev/iku")


def test_incomplete_folder_says_extract_all(tmp_path):
    said = []
    (tmp_path / "jalankan.bat").write_text("", encoding="utf-8")
    assert bootstrap.main(["run"], environ={}, windows=False, root=tmp_path,
                          say=said.append) == 2
    assert "Extract All" in said[0] and "pyproject.toml" in said[0]


# -- one window at a time ---------------------------------------------------------------

def _project(tmp_path: Path) -> Path:
    root = tmp_path / "proj"
    for name in bootstrap.PROJECT_FILES:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("", encoding="utf-8")
    return root


def test_second_window_is_told_another_is_running(tmp_path):
    root = _project(tmp_path)
    lock = root / ".venv.lock"
    # The first window: another process holding the lock.
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""\
            import fcntl, sys, time
            handle = open({str(lock)!r}, "a+b")
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            print("held", flush=True)
            time.sleep(60)
            """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        said = []
        assert bootstrap.main(["run"], environ={}, windows=False, root=root,
                              say=said.append) == 2
        assert said == [bootstrap.MESSAGES["busy"]]
        assert not (root / ".venv").exists()  # nothing was touched
    finally:
        holder.kill()
        holder.wait()
    again = bootstrap.WindowLock(lock)
    assert again.acquire()  # the window closed: the OS let go of its lock
    again.release()


# -- health, rebuild, install -----------------------------------------------------------

PINNED_PIP = next(p.version for p in bootstrap.read_lock(REPO / "requirements-pip.lock"))
DISTS = {"pandas": "3.1.1", "numpy": "2.4.6", "pip": PINNED_PIP}


class World:
    """Stand-ins for venv creation, pip and the environment's Python."""

    def __init__(self, root: Path, free: int = 10 * 1024 ** 3, pip_results=None,
                 python: tuple = (3, 11, 7), bits: int = 64, starts: bool = True) -> None:
        self.root = root
        self.free_space = free
        self.pip_results = dict(pip_results or {})
        self.python, self.bits, self.starts = python, bits, starts
        self.dists = dict(DISTS)
        self.pip_version = "23.2.1"
        self.venvs: list[Path] = []
        self.steps: list[bootstrap.Step] = []
        self.said: list[str] = []

    def make_venv(self, venv: Path, python: str):
        venv.mkdir(parents=True, exist_ok=True)
        (venv / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")
        (venv / "bin").mkdir()
        (venv / "bin" / "python").write_text("", encoding="utf-8")
        self.venvs.append(venv)
        return 0, ""

    def probe(self, python: Path):
        if not self.starts:
            return None
        return {"version": list(self.python), "bits": self.bits, "pip": self.pip_version,
                "dists": dict(self.dists)}

    def pip(self, python: Path, step: bootstrap.Step, log: Path, say):
        self.steps.append(step)
        log.parent.mkdir(parents=True, exist_ok=True)
        log.write_text("pip output\n", encoding="utf-8")
        code, output = self.pip_results.get(step.part, (0, ""))
        if code == 0 and step.part == "pip":
            self.pip_version = PINNED_PIP
        return code, output

    def setup(self, parts=bootstrap.STAFF_PARTS) -> bootstrap.Setup:
        return bootstrap.Setup(self.root, bootstrap.place_for(self.root, False, {}), False,
                               parts, say=self.said.append, probe=self.probe,
                               make_venv=self.make_venv, pip=self.pip,
                               free=lambda folder: self.free_space)


@pytest.fixture
def root(tmp_path) -> Path:
    """A project folder with the real lock files."""
    root = _project(tmp_path)
    for name in bootstrap.LOCKS.values():
        (root / name).write_bytes((REPO / name).read_bytes())
    return root


def test_first_run_creates_and_installs_every_staff_part(root):
    world = World(root)
    assert bootstrap.prepare(world.setup()) == 0
    assert world.venvs == [root / ".venv"]
    assert [s.part for s in world.steps] == ["pip", "app", "optional"]
    assert any("5-10 menit, jangan tutup jendela" in line for line in world.said)
    app = world.steps[1].args
    assert "--require-hashes" in app and "--only-binary=:all:" in app
    assert app[-2:] == ("-r", str(root / "requirements.lock"))
    assert "-e" not in app and "--no-index" not in app
    stamp = json.loads((root / ".venv" / bootstrap.STAMP).read_text())
    assert set(stamp["parts"]) == {"pip", "app", "optional"} and stamp["dists"] == DISTS


def test_healthy_environment_is_left_alone(root):
    world = World(root)
    assert bootstrap.prepare(world.setup()) == 0
    world.steps.clear()
    world.said.clear()
    assert bootstrap.prepare(world.setup()) == 0
    assert world.steps == [] and world.said == [] and len(world.venvs) == 1


def test_changed_lock_reinstalls_that_part_only(root):
    world = World(root)
    bootstrap.prepare(world.setup())
    world.steps.clear()
    with (root / "requirements.lock").open("a", encoding="utf-8") as lock:
        lock.write("# an update\n")
    assert bootstrap.prepare(world.setup()) == 0
    assert [s.part for s in world.steps] == ["app"]
    assert any(line.startswith("Memperbarui paket") for line in world.said)


def test_package_gone_since_install_reinstalls_everything(root):
    """An antivirus quarantined numpy, or an install was cut off."""
    world = World(root)
    bootstrap.prepare(world.setup())
    world.steps.clear()
    del world.dists["numpy"]
    assert bootstrap.prepare(world.setup()) == 0
    assert [s.part for s in world.steps] == ["pip", "app", "optional"]


@pytest.mark.parametrize("damage, why", [
    ("no_python", "berkas Python tidak lengkap"),
    ("no_cfg", "berkas Python tidak lengkap"),
    ("does_not_start", "Python di dalamnya tidak dapat dijalankan"),
    ("old_python", "dibuat dengan Python 3.9.18"),
    ("32_bit", "dibuat dengan Python 3.11.7"),
])
def test_broken_environment_is_rebuilt_with_a_line_saying_so(root, damage, why):
    world = World(root)
    bootstrap.prepare(world.setup())
    venv = root / ".venv"
    (venv / "left-over").write_text("x", encoding="utf-8")
    if damage == "no_python":
        (venv / "bin" / "python").unlink()
    elif damage == "no_cfg":
        (venv / "pyvenv.cfg").unlink()
    elif damage == "does_not_start":
        world.starts = False
    elif damage == "old_python":
        world.python = (3, 9, 18)
    else:
        world.bits = 32
    world.steps.clear()
    world.said.clear()
    probe = world.probe

    def healthy_again(python):  # the rebuilt one is sound
        world.starts, world.python, world.bits = True, (3, 11, 7), 64
        return probe(python)

    world.probe = lambda python: probe(python) if world.said == [] else healthy_again(python)
    assert bootstrap.prepare(world.setup()) == 0
    assert world.said[0] == f"Lingkungan Python di {venv} rusak ({why}); dibuat ulang."
    assert not (venv / "left-over").exists() and len(world.venvs) == 2
    assert [s.part for s in world.steps] == ["pip", "app", "optional"]


def test_empty_folder_left_by_a_cut_off_first_run_is_just_created(root):
    (root / ".venv").mkdir()
    world = World(root)
    assert bootstrap.prepare(world.setup()) == 0
    assert not any("rusak" in line for line in world.said)


def test_offline_folder_is_used_alone(root):
    (root / "paket").mkdir()
    (root / "paket" / "pandas-3.1.1-cp311-cp311-win_amd64.whl").write_bytes(b"")
    world = World(root)
    world.pip_version = "24.0"  # would otherwise get the truststore flag
    assert bootstrap.prepare(world.setup()) == 0
    for step in world.steps:
        assert step.args[3:6] == ("--no-index", "--find-links", str(root / "paket"))
        assert "--use-feature=truststore" not in step.args
    assert any("tanpa internet" in line for line in world.said)


def test_empty_paket_folder_is_not_an_offline_folder(root):
    (root / "paket").mkdir()
    assert bootstrap.paket_folder(root) is None


@pytest.mark.parametrize("pip_version, flags", [
    ("21.2.4", []), ("23.2.1", []), ("23.3", ["--use-feature=truststore"]),
    ("24.1.2", ["--use-feature=truststore"]), ("24.2", []), ("26.3", []),
])
def test_os_certificate_store_where_pip_allows(pip_version, flags):
    assert bootstrap.certificate_args(pip_version) == flags


def test_pip_upgrade_comes_first_then_the_new_pip_needs_no_flag(root):
    world = World(root)
    world.pip_version = "24.0"  # Python 3.11's own pip: truststore only behind the flag
    bootstrap.prepare(world.setup())
    assert "--use-feature=truststore" in world.steps[0].args  # upgrading pip itself
    assert all("--use-feature=truststore" not in s.args for s in world.steps[1:])


OFFLINE = ("WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, "
           "status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3"
           ".connection.HTTPSConnection object at 0x0000>: Failed to establish a new connection:"
           " [Errno 11001] getaddrinfo failed')': /simple/pandas/\nERROR: Could not find a "
           "version that satisfies the requirement pandas==3.1.1\nERROR: No matching "
           "distribution found for pandas==3.1.1\n")
PROXY = ("WARNING: Retrying ... after connection broken by 'SSLError(SSLCertVerificationError"
         "(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local "
         "issuer certificate (_ssl.c:1006)'))': /simple/pandas/\nCould not fetch URL: There was "
         "a problem confirming the ssl certificate: HTTPSConnectionPool(...): Max retries "
         "exceeded with url: /simple/pandas/\n")
PROXY_407 = ("ERROR: Could not install packages due to an OSError: HTTPSConnectionPool: Max "
             "retries exceeded (Caused by ProxyError('Unable to connect to proxy', "
             "OSError('Tunnel connection failed: 407 Proxy Authentication Required')))\n")
DISK = ("ERROR: Could not install packages due to an OSError: [Errno 28] No space left on "
        "device\n")
DISK_WINDOWS = ("ERROR: Could not install packages due to an OSError: [WinError 112] There is "
                "not enough space on the disk\n")
NO_WHEEL = ("ERROR: Could not find a version that satisfies the requirement numpy==2.5.5 (from "
            "versions: none)\nERROR: No matching distribution found for numpy==2.5.5\n")
HASH = ("ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE. ...\n"
        "    pandas==3.1.1 from https://.../pandas.whl:\n        Expected sha256 abc\n"
        "             Got        def\n")
ACCESS = ("ERROR: Could not install packages due to an OSError: [WinError 5] Access is denied: "
          "'C:\\\\Users\\\\s\\\\AppData\\\\Local\\\\iku-excel\\\\x\\\\venv\\\\Lib\\\\"
          "site-packages\\\\numpy\\\\_core\\\\_multiarray_umath.cp311-win_amd64.pyd'\n")


@pytest.mark.parametrize("output, kind", [
    (OFFLINE, "offline"), (PROXY, "proxy"), (PROXY_407, "proxy"), (DISK, "disk_full"),
    (DISK_WINDOWS, "disk_full"), (NO_WHEEL, "no_wheel"), (HASH, "hash"), (ACCESS, "access"),
    ("ERROR: something new\n", "unknown"),
])
def test_why_pip_failed(output, kind):
    assert bootstrap.classify_pip_failure(output) == kind


@pytest.mark.parametrize("output, kind, paket", [
    (OFFLINE, "offline", False), (PROXY, "proxy", False), (DISK_WINDOWS, "disk_full", False),
    (NO_WHEEL, "no_wheel", False), (NO_WHEEL, "no_wheel_paket", True),
])
def test_failed_install_says_why_and_tries_again_next_time(root, output, kind, paket):
    if paket:
        (root / "paket").mkdir()
        (root / "paket" / "pip-26.3-py3-none-any.whl").write_bytes(b"")
    world = World(root, pip_results={"app": (1, output)})
    assert bootstrap.prepare(world.setup()) == 2
    assert world.said[-2] == bootstrap.MESSAGES[kind].format(
        python=f"{sys.version_info[0]}.{sys.version_info[1]}",
        folder=str(root), wait=bootstrap.WAIT)
    assert world.said[-1] == (f"Rincian teknis: {root / '.venv.log'} (kirim berkas itu ke "
                              "pengembang bila perlu).")
    assert "app" not in json.loads((root / ".venv" / bootstrap.STAMP).read_text())["parts"]
    world.pip_results.clear()
    world.steps.clear()
    assert bootstrap.prepare(world.setup()) == 0  # the next double-click tries again
    assert [s.part for s in world.steps] == ["app", "optional"]


def test_no_wheel_for_the_optional_package_is_only_a_note(root):
    world = World(root, pip_results={"optional": (1, NO_WHEEL)})
    assert bootstrap.prepare(world.setup()) == 0
    assert bootstrap.MESSAGES["optional_skipped"] in world.said
    world.steps.clear()
    assert bootstrap.prepare(world.setup()) == 0
    assert world.steps == []  # not tried on every run


def test_network_failure_upgrading_pip_stops_at_once(root):
    world = World(root, pip_results={"pip": (1, OFFLINE)})
    assert bootstrap.prepare(world.setup()) == 2
    assert [s.part for s in world.steps] == ["pip"]
    assert bootstrap.MESSAGES["offline"] in world.said


def test_full_disk_is_said_before_anything_is_created(root):
    world = World(root, free=200 * 1024 ** 2)
    assert bootstrap.prepare(world.setup()) == 2
    assert world.venvs == [] and world.steps == []
    assert world.said[0].startswith("Disk penuh")


def test_developers_get_the_test_lock_and_an_editable_install(root):
    world = World(root)
    assert bootstrap.prepare(world.setup(bootstrap.DEV_PARTS)) == 0
    assert [s.part for s in world.steps] == ["pip", "app", "optional", "test", "editable"]
    assert world.steps[-1].args[-2:] == ("-e", str(root))
    world.steps.clear()
    assert bootstrap.prepare(world.setup()) == 0  # ./run.sh after ./test.sh: nothing to do
    assert world.steps == []


# -- small pieces -----------------------------------------------------------------------

def test_lock_files_are_read_whole():
    pins = bootstrap.read_lock(REPO / "requirements.lock")
    names = {pin.name for pin in pins}
    assert {"pandas", "numpy", "openpyxl", "xlsxwriter", "python-calamine", "defusedxml",
            "tzdata"} <= names
    assert all(pin.version and pin.hashes for pin in pins)
    assert all(h.startswith("sha256:") for pin in pins for h in pin.hashes)
    assert "google-re2" not in names  # optional: its own lock
    numpy = [pin for pin in pins if pin.name == "numpy"]
    assert len(numpy) > 1 and all("python_full_version" in pin.marker for pin in numpy)


def test_lock_matches_pyproject():
    try:
        import tomllib
    except ImportError:  # Python 3.10: the test lock brings tomli
        import tomli as tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    wanted = {bootstrap.normalize(r.split(">")[0].split("=")[0].split("[")[0].strip())
              for r in project["dependencies"]}
    assert wanted <= {pin.name for pin in bootstrap.read_lock(REPO / "requirements.lock")}
    optional = {pin.name for pin in bootstrap.read_lock(REPO / "requirements-optional.lock")}
    assert optional == {"google-re2"}


@pytest.mark.parametrize("args, code, folder", [
    (["run", "--input", "input", "--output", "output"], 0, "output"),
    (["run", "--input", "input", "--output", "output"], 1, "output"),  # written, with problems
    (["run", "--input", "input", "--output", "output"], 2, None),      # no report: no folder
    (["run", "--output=hasil"], 0, "hasil"),
    (["--input", "x"], 1, "output"),
    (["template", "input\\Isian_IKU.xlsx"], 0, "input"),
    (["template", "input/Isian_IKU.xlsx"], 2, None),
    (["rekap"], 0, "output"),
    (["rekap", "--output", "rekap"], 2, None),
])
def test_folder_opened_only_when_something_was_written(args, code, folder):
    opened = bootstrap.folder_to_open(args, code)
    assert (opened.replace("\\", "/") if opened else opened) == folder


def test_python_home_and_path_are_cleared_for_the_run():
    env = bootstrap.clean_env({"PYTHONHOME": r"C:\ArcGIS\Python27", "PYTHONPATH": r"C:\lib",
                               "PATH": "x", "LOCALAPPDATA": "y"})
    assert env == {"PATH": "x", "LOCALAPPDATA": "y"}


def test_commands_handed_over():
    assert bootstrap.command_for(["rekap", "--tahun", "2017"]) == (
        ["-m", "iku_excel", "rekap", "--tahun", "2017"], bootstrap.STAFF_PARTS, False)
    assert bootstrap.command_for(["--pytest", "-x"]) == (
        ["-m", "pytest", "-x"], bootstrap.DEV_PARTS, True)
    assert bootstrap.command_for(["--ruff"]) == (
        ["-m", "ruff", "check"], bootstrap.DEV_PARTS, True)


def test_progress_lines_are_indonesian_and_few():
    said = []
    progress = bootstrap.Progress(said.append)
    for line in ["Collecting pandas==3.1.1 (from -r requirements.lock (line 20))",
                 "  Downloading pandas-3.1.1-cp311-cp311-win_amd64.whl (11.5 MB)",
                 "     ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 11.5/11.5 MB 2.1 MB/s eta 0:00:00",
                 "Processing c:\\iku\\paket\\numpy-2.4.6-cp311-cp311-win_amd64.whl",
                 "Installing collected packages: tzdata, numpy, pandas",
                 "Successfully installed numpy-2.4.6 pandas-3.1.1 tzdata-2026.6"]:
        progress.line(line)
    assert said == ["  mengunduh pandas 3.1.1 (11.5 MB)", "  menyiapkan numpy 2.4.6",
                    "  memasang 3 paket..."]


@pytest.mark.parametrize("windows, kind", [(False, "no_venv"), (True, "no_venv_windows")])
def test_python_without_venv_says_what_to_install(root, windows, kind):
    world = World(root)
    world.make_venv = lambda venv, python: (
        1, "The virtual environment was not created successfully because ensurepip is not "
           "available.  On Debian/Ubuntu systems, you need to install the python3-venv package")
    setup = world.setup()
    setup.windows = windows
    assert bootstrap.prepare(setup) == 2
    assert bootstrap.MESSAGES[kind] in world.said and world.steps == []
    assert "ensurepip" in (root / ".venv.log").read_text()


def test_ctrl_c_during_setup_is_one_line_not_a_traceback(root, monkeypatch):
    def interrupted(setup):
        raise KeyboardInterrupt

    monkeypatch.setattr(bootstrap, "prepare", interrupted)
    said = []
    assert bootstrap.main(["run"], environ={}, windows=False, root=root, say=said.append) == 2
    assert said == [bootstrap.MESSAGES["stopped"]]
    again = bootstrap.WindowLock(root / ".venv.lock")
    assert again.acquire()  # released on the way out
    again.release()


def test_windows_removes_the_old_batch_files_venv_from_the_project(root, tmp_path,
                                                                 monkeypatch):
    old = root / ".venv"
    (old / "Scripts").mkdir(parents=True)
    (old / "pyproject.installed").write_text("", encoding="utf-8")
    monkeypatch.setattr(bootstrap, "prepare", lambda setup: 2)
    said = []
    environ = {"LOCALAPPDATA": str(tmp_path / "local")}
    assert bootstrap.main(["run"], environ=environ, windows=True, root=root,
                          say=said.append) == 2
    assert not old.exists()
    assert said[0].startswith("Folder .venv dari versi sebelumnya dihapus")
    (root / ".venv").mkdir()  # a developer's own .venv (no stamp of the old batch file)
    assert bootstrap.main(["run"], environ=environ, windows=True, root=root,
                          say=said.append) == 2
    assert (root / ".venv").is_dir()
