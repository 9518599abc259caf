"""Prepare iku-excel's Python environment, then run it.

One script behind every way of starting the tool: jalankan.bat,
buat_template.bat and rekap.bat (through scripts\\mulai.bat, which found
this Python), run.sh, buat_template.sh, rekap.sh and test.sh.

    python scripts/bootstrap.py SUBCOMMAND [ARGS...]  ->  python -m iku_excel SUBCOMMAND ARGS...
    python scripts/bootstrap.py --pytest [ARGS...]    ->  python -m pytest ARGS... (developers)
    python scripts/bootstrap.py --ruff [ARGS...]      ->  python -m ruff check ARGS... (developers)

Staff get the packages of requirements.lock (and google-re2 where a wheel
exists); the program itself runs from the project folder (`python -m
iku_excel` with the folder as working directory): nothing of it is
installed, so there is no editable link and no .exe launcher for an
antivirus to flag. Developers (--pytest) also get requirements-test.lock and
an editable install, so tests, tests/reference/approve.py and benchmarks/
import the checkout they are editing.

On Windows the environment lives in %LOCALAPPDATA%\\iku-excel\\<folder>-<hash>
(away from OneDrive-synced folders, short paths, one per project folder);
elsewhere in .venv/ beside this folder. Every decision is a small function
that the tests call on Linux (tests/scripts/test_bootstrap.py); main() strings them
together.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cek_python  # noqa: E402  (same folder; also run alone by mulai.bat)

ROOT = Path(__file__).resolve().parent.parent
# Files only a complete copy of the project has: a folder opened inside the
# ZIP (Explorer extracts just the file clicked) lacks them.
PROJECT_FILES = ("pyproject.toml", "requirements.lock", "iku_excel/__main__.py",
                 "iku_excel/cli.py")
LOCKS = {"pip": "requirements-pip.lock", "app": "requirements.lock",
         "optional": "requirements-optional.lock", "test": "requirements-test.lock"}
STAFF_PARTS = ("pip", "app", "optional")
DEV_PARTS = ("pip", "app", "optional", "test", "editable")
OPTIONAL_PARTS = ("pip", "optional")  # the tool runs without them
# pandas, numpy and the rest take about 250 MB; pip needs room to unpack.
MIN_FREE_BYTES = 700 * 1024 ** 2
STAMP = "iku-terpasang.json"
DRIVE_REMOTE = 4  # GetDriveTypeW

WAIT = "bisa 5-10 menit, jangan tutup jendela ini"
MESSAGES = {
    "busy": "Aplikasi ini sedang berjalan di jendela lain. Tunggu sampai jendela itu selesai "
            "(atau tutup jendela itu), lalu coba lagi.",
    "zip": "Folder ini masih di dalam berkas ZIP (atau isinya tidak lengkap: {missing} tidak "
           "ada). Tutup jendela ini, klik kanan berkas ZIP, pilih \"Extract All\" (\"Ekstrak "
           "Semua\"), lalu buka folder hasil ekstrak dan klik dua kali jalankan.bat di sana.",
    "network": "Catatan: folder ini ada di jaringan ({folder}). Aplikasi tetap berjalan, tetapi "
               "lebih lambat; bila ada masalah, salin folder ini ke komputer (misalnya ke "
               "Dokumen) dan jalankan dari sana.",
    "first": "Menyiapkan aplikasi untuk pertama kali ({wait}).",
    "update": "Memperbarui paket aplikasi ({wait}).",
    "rebuilt": "Lingkungan Python di {folder} rusak ({why}); dibuat ulang.",
    "offline": "Paket tidak dapat diunduh: komputer ini tidak tersambung ke internet. Sambungkan "
               "ke internet lalu jalankan lagi. Tanpa internet: salin folder \"paket\" (berisi "
               "paket untuk Windows, dibuat oleh pengembang) ke folder aplikasi ini, lalu "
               "jalankan lagi.",
    "proxy": "Paket tidak dapat diunduh: sambungan internet kantor menghalangi atau memeriksa "
             "sambungan aman (proxy atau sertifikat). Mintalah kepada bagian TI kantor: izin "
             "akses HTTPS ke server paket Python (PyPI); atau alamat proxy kantor, dipasang "
             "di pengaturan pip (berkas pip.ini, baris \"proxy = ...\"); dan sertifikat "
             "kantor dipasang di Windows (Trusted Root Certification Authorities). Cara lain "
             "tanpa internet: folder \"paket\" dari pengembang, disalin ke folder aplikasi ini.",
    "disk_full": "Disk penuh: pemasangan perlu sekitar 700 MB ruang kosong di {folder}. "
                 "Kosongkan ruang (misalnya Recycle Bin, folder Downloads), lalu jalankan lagi.",
    "hash": "Paket yang diunduh tidak sama dengan yang seharusnya (unduhan rusak, atau diubah "
            "di jalan oleh proxy kantor). Jalankan lagi; bila terulang, tanyakan bagian TI.",
    "no_wheel": "Paket aplikasi tidak tersedia untuk Python {python} di komputer ini. Pasang "
                "Python 3.13 (64-bit) dari https://www.python.org/downloads/windows/ lalu "
                "jalankan lagi.",
    "no_wheel_paket": "Folder \"paket\" tidak berisi paket untuk Python {python} di komputer "
                      "ini. Minta folder paket yang sesuai kepada pengembang, atau hapus folder "
                      "\"paket\" agar paket diunduh dari internet.",
    "access": "Pemasangan ditolak Windows (akses ditolak): antivirus atau program lain sedang "
              "memegang berkas di {folder}. Tunggu sebentar lalu jalankan lagi; bila terulang, "
              "hapus folder itu lalu jalankan lagi.",
    "no_venv": "Modul venv Python tidak tersedia. Di Debian/Ubuntu pasang paket python3-venv "
               "(sudo apt install python3-venv), lalu jalankan lagi.",
    "no_venv_windows": "Lingkungan Python tidak dapat dibuat (modul venv atau pip dari "
                       "pemasangan Python tidak lengkap). Jalankan lagi pemasang Python dari "
                       "python.org, pilih \"Repair\", lalu jalankan lagi.",
    "unknown": "Pemasangan paket gagal.",
    "old_venv": "Folder .venv dari versi sebelumnya dihapus (lingkungan Python kini ada di "
                "{folder}).",
    "stopped": "Dihentikan. Persiapan belum selesai; jalankan lagi untuk melanjutkannya.",
    "details": "Rincian teknis: {log} (kirim berkas itu ke pengembang bila perlu).",
    "optional_skipped": "Catatan: paket tambahan google-re2 tidak tersedia untuk Python ini; "
                        "aplikasi tetap berjalan (pemeriksaan berkas besar sedikit lebih lambat).",
}


def say_now(text: str) -> None:
    """A line for the window, shown at once (the run's own output follows)."""
    print(text, flush=True)


# -- where things are -------------------------------------------------------------------

@dataclass(frozen=True)
class Place:
    venv: Path
    lock: Path
    log: Path


def env_key(folder: str) -> str:
    """A short, stable name for one project folder: its name, then a hash of its path."""
    base = re.split(r"[\\/]", folder.rstrip("\\/"))[-1]
    name = re.sub(r"[^A-Za-z0-9]+", "-", base).strip("-")[:20] or "iku"
    return f"{name}-{hashlib.sha256(folder.encode('utf-8')).hexdigest()[:10]}"


def place_for(root: Path, windows: bool, environ: Mapping[str, str],
              store_python: bool = False) -> Place:
    """Linux/macOS: .venv/ in the project, as always. Windows: under %LOCALAPPDATA%,
    never in the (often OneDrive-synced, sometimes deep) project folder; the
    Microsoft Store's Python sees a private copy of AppData, so it uses the
    profile folder instead."""
    if not windows:
        return Place(root / ".venv", root / ".venv.lock", root / ".venv.log")
    home = environ.get("USERPROFILE") or str(Path.home())
    if store_python:
        base = Path(home) / ".iku-excel"
    else:
        base = Path(environ.get("LOCALAPPDATA") or Path(home) / "AppData" / "Local") / "iku-excel"
    where = base / env_key(os.path.normcase(str(root)))
    return Place(where / "venv", where / "kunci", where / "pasang.log")


def venv_python(venv: Path, windows: bool) -> Path:
    return venv / "Scripts" / "python.exe" if windows else venv / "bin" / "python"


def is_store_python(prefix: str) -> bool:
    return "\\windowsapps\\" in prefix.lower().replace("/", "\\")


# -- the folder we were started in ------------------------------------------------------

def missing_files(root: Path) -> list[str]:
    return [name for name in PROJECT_FILES if not (root / name).is_file()]


def inside_zip(folder: str, temp: str | None) -> bool:
    """Run from inside a ZIP: Explorer's %TEMP%\\Temp1_x.zip\\..., 7-Zip's
    %TEMP%\\7zO..., WinRAR's %TEMP%\\Rar$..., or a .zip opened as a folder."""
    parts = [p.lower() for p in re.split(r"[\\/]", folder) if p]
    if any(p.endswith(".zip") for p in parts):
        return True
    under_temp = bool(temp) and os.path.normcase(folder).startswith(os.path.normcase(temp))
    return under_temp and any(p.startswith(("temp1_", "7zo", "rar$")) for p in parts)


def on_network(folder: str, drive_type: Callable[[str], int] | None = None) -> bool:
    if folder.startswith(("\\\\", "//")):
        return True
    if drive_type is not None and re.match(r"^[A-Za-z]:", folder):
        return drive_type(folder[:2] + "\\") == DRIVE_REMOTE
    return False


def _windows_drive_type(drive: str) -> int:
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(drive)


# -- one window at a time ---------------------------------------------------------------

class WindowLock:
    """An OS file lock, released by the OS if the window is closed or killed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file = None

    def acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+b")
        try:
            if os.name == "nt":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._file = handle
        return True

    def release(self) -> None:
        if self._file is not None:
            if os.name == "nt":  # Windows frees a closed handle's lock only "eventually"
                import msvcrt

                try:
                    self._file.seek(0)
                    msvcrt.locking(self._file.fileno(), msvcrt.LK_UNLCK, 1)
                except OSError:
                    pass
            self._file.close()
            self._file = None


# -- the environment's health -----------------------------------------------------------

PROBE = """\
import json, struct, sys
try:
    from importlib import metadata
    dists = {d.metadata["Name"]: d.version for d in metadata.distributions() if d.metadata["Name"]}
except Exception:
    dists = {}
try:
    import pip
    pip_version = pip.__version__
except Exception:
    pip_version = None
print(json.dumps({"version": list(sys.version_info[:3]), "bits": struct.calcsize("P") * 8,
                  "pip": pip_version, "dists": dists}))
"""


def probe_python(python: Path, timeout: float = 120) -> dict | None:
    """What the environment's Python says about itself; None if it cannot start
    (its base Python was uninstalled, a file is missing or blocked)."""
    try:
        done = subprocess.run([str(python), "-c", PROBE], capture_output=True, text=True,
                              timeout=timeout, env=clean_env(os.environ))
        return json.loads(done.stdout.strip().splitlines()[-1]) if done.returncode == 0 else None
    except (OSError, subprocess.SubprocessError, ValueError, IndexError):
        return None


def health(venv: Path, windows: bool, probe: Callable[[Path], dict | None]
           ) -> tuple[str, str, dict | None]:
    """("missing" | "broken" | "ok", why, probe result)."""
    if not venv.is_dir() or not any(venv.iterdir()):
        return "missing", "", None
    python = venv_python(venv, windows)
    if not (venv / "pyvenv.cfg").is_file() or not python.is_file():
        return "broken", "berkas Python tidak lengkap", None
    info = probe(python)
    if info is None:
        return "broken", "Python di dalamnya tidak dapat dijalankan", None
    if cek_python.verdict(info["version"], info["bits"] // 8) != cek_python.USABLE:
        return "broken", "dibuat dengan Python {}".format(
            ".".join(map(str, info["version"]))), None
    return "ok", "", info


# -- the lock files ---------------------------------------------------------------------

@dataclass(frozen=True)
class Pin:
    name: str
    version: str
    marker: str
    hashes: tuple[str, ...] = field(default=())


def read_lock(path: Path) -> list[Pin]:
    """The pins of a pip lock file (name==version ; marker --hash=...)."""
    pins = []
    text = re.sub(r"\\\s*\n", " ", path.read_text(encoding="utf-8"))
    for line in text.splitlines():
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        hashes = tuple(re.findall(r"--hash=(\S+)", line))
        requirement = re.sub(r"--hash=\S+", "", line).strip()
        spec, _, marker = requirement.partition(";")
        name, _, version = spec.strip().partition("==")
        pins.append(Pin(normalize(name), version.strip(), marker.strip(), hashes))
    return pins


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def lock_digest(root: Path, part: str) -> str:
    if part == "editable":  # the build metadata of the editable install
        return hashlib.sha256((root / "pyproject.toml").read_bytes()).hexdigest()[:16]
    return hashlib.sha256((root / LOCKS[part]).read_bytes()).hexdigest()[:16]


def read_stamp(venv: Path) -> dict:
    try:
        stamp = json.loads((venv / STAMP).read_text(encoding="utf-8"))
        return stamp if isinstance(stamp, dict) else {}
    except (OSError, ValueError):
        return {}


def parts_to_install(wanted: Iterable[str], digests: Mapping[str, str], stamp: Mapping,
                     dists: Mapping[str, str]) -> list[str]:
    """The parts whose lock changed since they were installed; all of them if
    a package the stamp recorded is gone or changed (deleted, quarantined by
    an antivirus, a half-finished install)."""
    installed = stamp.get("parts", {})
    now = {normalize(k): v for k, v in dists.items()}
    if any(now.get(normalize(name)) != version
           for name, version in stamp.get("dists", {}).items()):
        return list(wanted)
    return [part for part in wanted if installed.get(part) != digests[part]]


# -- installing -------------------------------------------------------------------------

def version_tuple(text: str | None) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", text or "")[:3])


def certificate_args(pip_version: str | None) -> list[str]:
    """The OS certificate store (office proxies that inspect HTTPS install their
    certificate there): pip 24.2+ uses it by default; 23.3-24.1 carry truststore
    behind a flag; older pips cannot, and are upgraded first."""
    version = version_tuple(pip_version)
    if (23, 3) <= version < (24, 2):
        return ["--use-feature=truststore"]
    return []


def paket_folder(root: Path) -> Path | None:
    folder = root / "paket"
    return folder if folder.is_dir() and any(folder.glob("*.whl")) else None


@dataclass(frozen=True)
class Step:
    part: str
    args: tuple[str, ...]


def pip_step(part: str, root: Path, paket: Path | None, pip_version: str | None) -> Step:
    """The pip command line of one part: hashes checked, wheels only (an office
    PC has no compiler), from paket/ alone when it is there."""
    common = ["install", "--disable-pip-version-check", "--no-input"]
    if paket is not None:
        common += ["--no-index", "--find-links", str(paket)]
    else:
        common += certificate_args(pip_version)
    if part == "editable":
        return Step(part, (*common, "--no-deps", "--no-build-isolation", "-e", str(root)))
    return Step(part, (*common, "--require-hashes", "--only-binary=:all:",
                       "-r", str(root / LOCKS[part])))


def classify_pip_failure(output: str) -> str:
    """Why pip failed, from what it printed. Certificate and proxy first: their
    errors also say "Max retries exceeded"; a network failure also ends in
    "No matching distribution"."""
    text = output.lower()
    checks = (
        ("disk_full", ("no space left on device", "not enough space on the disk",
                       "errno 28", "winerror 112")),
        ("proxy", ("certificate_verify_failed", "certificate verify failed", "sslerror",
                   "ssl: ", "proxyerror", "407 proxy", "proxy authentication",
                   "tunnel connection failed")),
        ("offline", ("failed to establish a new connection", "getaddrinfo failed",
                     "name or service not known", "temporary failure in name resolution",
                     "nodename nor servname", "network is unreachable", "connecttimeout",
                     "read timed out", "connection timed out", "max retries exceeded",
                     "connection aborted", "connection reset", "no route to host")),
        ("hash", ("do not match the hashes",)),
        ("no_wheel", ("no matching distribution", "could not find a version that satisfies")),
        ("access", ("permission denied", "access is denied", "winerror 5]", "errno 13")),
    )
    for kind, needles in checks:
        if any(needle in text for needle in needles):
            return kind
    return "unknown"


class Progress:
    """pip's own lines are English and many; staff see one Indonesian line per
    package, and a dot every few seconds while a big download runs."""

    PATTERNS = (
        (re.compile(r"Downloading (\S+?)-(\d[^-]*)-\S*\.whl \(([\d.]+ [kMG]?B)\)"),
         "  mengunduh {0} {1} ({2})"),
        (re.compile(r"Processing \S*?([A-Za-z0-9_.]+?)-(\d[^-]*)-\S*\.whl"),
         "  menyiapkan {0} {1}"),
        (re.compile(r"Installing collected packages: (.*)"), "  memasang {n} paket..."),
    )

    def __init__(self, say: Callable[[str], None], dot_every: float = 10.0) -> None:
        self.say = say
        self.dot_every = dot_every
        self.last = time.monotonic()
        self.dotted = False
        self.lock = threading.Lock()

    def line(self, text: str) -> None:
        for pattern, template in self.PATTERNS:
            found = pattern.search(text)
            if found:
                groups = [normalize(found.group(1)), *found.groups()[1:]]
                shown = template.format(*groups, n=len(found.group(1).split(",")))
                with self.lock:
                    if self.dotted:
                        self.say("")
                    self.say(shown)
                    self.dotted = False
                    self.last = time.monotonic()
                return

    def tick(self) -> None:
        with self.lock:
            if time.monotonic() - self.last >= self.dot_every:
                sys.stdout.write(".")
                sys.stdout.flush()
                self.dotted = True
                self.last = time.monotonic()


def run_pip(python: Path, step: Step, log: Path, say: Callable[[str], None]
            ) -> tuple[int, str]:
    """Run one pip step, its whole output appended to the log."""
    progress = Progress(say)
    lines: list[str] = []
    try:
        record_file = open(log, "a", encoding="utf-8", errors="replace")
    except OSError:  # no log is no reason to stop
        record_file = open(os.devnull, "w", encoding="utf-8")
    with record_file as record:
        record.write(f"\n$ {python} -m pip {' '.join(step.args)}\n")
        try:
            # UTF-8 both ways: on Windows a pipe would otherwise carry the ANSI code page.
            child = subprocess.Popen([str(python), "-m", "pip", *step.args],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, encoding="utf-8",
                                     errors="replace",
                                     env={**clean_env(os.environ), "PYTHONIOENCODING": "utf-8"})
        except OSError as exc:
            record.write(f"{exc}\n")
            return 1, str(exc)
        done = threading.Event()

        def dots() -> None:
            while not done.wait(1.0):
                progress.tick()

        ticker = threading.Thread(target=dots, daemon=True)
        ticker.start()
        try:
            for text in child.stdout:
                record.write(text)
                lines.append(text)
                progress.line(text)
            code = child.wait()
        finally:
            done.set()
            ticker.join()
        if progress.dotted:
            say("")
    return code, "".join(lines)


def clean_env(environ: Mapping[str, str]) -> dict[str, str]:
    """The environment for Python children: a PYTHONHOME or PYTHONPATH left by
    other software (GIS tools, old installers) would make them load another
    Python's modules."""
    return {k: v for k, v in environ.items() if k not in ("PYTHONHOME", "PYTHONPATH")}


def free_bytes(folder: Path) -> int:
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return shutil.disk_usage(folder).free


def create_venv(venv: Path, python: str) -> tuple[int, str]:
    done = subprocess.run([python, "-m", "venv", str(venv)], capture_output=True, text=True,
                          env=clean_env(os.environ))
    return done.returncode, done.stdout + done.stderr


def remove_tree(folder: Path) -> None:
    def again(function, path, _info):  # read-only files (Windows) first made writable
        os.chmod(path, 0o700)
        function(path)

    if sys.version_info >= (3, 12):
        shutil.rmtree(folder, onexc=again)
    else:
        shutil.rmtree(folder, onerror=again)


@dataclass
class Setup:
    """Everything prepare() touches, so the tests can stand in for each piece."""
    root: Path
    place: Place
    windows: bool
    parts: tuple[str, ...]
    say: Callable[[str], None] = say_now
    probe: Callable[[Path], dict | None] = probe_python
    make_venv: Callable[[Path, str], tuple[int, str]] = create_venv
    pip: Callable[[Path, Step, Path, Callable[[str], None]], tuple[int, str]] = run_pip
    free: Callable[[Path], int] = free_bytes
    base_python: str = sys.executable


def _fail(setup: Setup, kind: str, **values: str) -> int:
    values.setdefault("folder", str(setup.place.venv.parent))
    values.setdefault("python", ".".join(map(str, sys.version_info[:2])))
    setup.say(MESSAGES[kind].format(wait=WAIT, **values))
    if setup.place.log.exists():
        setup.say(MESSAGES["details"].format(log=setup.place.log))
    return 2


def prepare(setup: Setup) -> int:
    """Create or repair the environment and install what the lock files name;
    0 when it is ready, else 2 after saying why."""
    place = setup.place
    state, why, info = health(place.venv, setup.windows, setup.probe)
    if state == "broken":
        setup.say(MESSAGES["rebuilt"].format(folder=place.venv, why=why))
        try:
            remove_tree(place.venv)
        except OSError:
            return _fail(setup, "access", folder=str(place.venv))
    if state != "ok":
        if setup.free(place.venv.parent) < MIN_FREE_BYTES:
            return _fail(setup, "disk_full")
        setup.say(MESSAGES["first"].format(wait=WAIT))
        try:
            place.venv.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return _fail(setup, "access")
        code, output = setup.make_venv(place.venv, setup.base_python)
        if code != 0:
            kind = classify_pip_failure(output)
            if "ensurepip" in output and kind == "unknown":
                kind = "no_venv_windows" if setup.windows else "no_venv"
            try:
                with open(place.log, "a", encoding="utf-8") as record:
                    record.write(f"\n$ {setup.base_python} -m venv {place.venv}\n{output}")
            except OSError:
                pass
            return _fail(setup, kind if kind not in ("no_wheel", "hash") else "unknown")
        info = setup.probe(venv_python(place.venv, setup.windows))
        if info is None:
            return _fail(setup, "unknown")
    digests = {part: lock_digest(setup.root, part) for part in setup.parts}
    stamp = read_stamp(place.venv)
    needed = parts_to_install(setup.parts, digests, stamp, info.get("dists", {}))
    if not needed:
        return 0
    if state == "ok":
        if setup.free(place.venv.parent) < MIN_FREE_BYTES:
            return _fail(setup, "disk_full")
        setup.say(MESSAGES["update"].format(wait=WAIT))
    paket = paket_folder(setup.root)
    if paket is not None:
        setup.say(f"  dari folder {paket} (tanpa internet)")
    python = venv_python(place.venv, setup.windows)
    done = dict(stamp.get("parts", {}))
    pip_version = info.get("pip")
    for part in needed:
        step = pip_step(part, setup.root, paket, pip_version)
        code, output = setup.pip(python, step, place.log, setup.say)
        if code == 0:
            done[part] = digests[part]
            if part == "pip":
                pip_version = next((p.version for p in read_lock(setup.root / LOCKS["pip"])
                                    if p.name == "pip"), pip_version)
            continue
        kind = classify_pip_failure(output)
        if part in OPTIONAL_PARTS and kind not in ("offline", "proxy", "disk_full"):
            if part == "optional":
                setup.say(MESSAGES["optional_skipped"])
            done[part] = digests[part]  # not tried again until its lock changes
            continue
        if kind == "no_wheel" and paket is not None:
            kind = "no_wheel_paket"
        _write_stamp(place.venv, done, {})  # the next run goes on from the failed part
        return _fail(setup, kind)
    after = setup.probe(python) or {}
    _write_stamp(place.venv, done, after.get("dists", {}))
    setup.say("Persiapan selesai.")
    return 0


def _write_stamp(venv: Path, parts: Mapping[str, str], dists: Mapping[str, str]) -> None:
    try:
        (venv / STAMP).write_text(json.dumps({"parts": parts, "dists": dists}, indent=1,
                                             sort_keys=True), encoding="utf-8")
    except OSError:
        pass  # without a stamp the next run installs again: slower, not wrong


def remove_old_venv(root: Path, place: Place, say: Callable[[str], None]) -> None:
    """Earlier versions kept the environment in the project folder (.venv, with
    the batch file's pyproject.installed): hundreds of MB that OneDrive syncs."""
    old = root / ".venv"
    if (old / "pyproject.installed").is_file() and old != place.venv:
        try:
            remove_tree(old)
        except OSError:
            return
        say(MESSAGES["old_venv"].format(folder=place.venv.parent))


# -- running ----------------------------------------------------------------------------

def folder_to_open(args: list[str], code: int) -> str | None:
    """The folder to show when the window's work is done: the output folder
    only when a report was written (exit 0 or 1), the template's folder when
    it was written."""
    command = args[0] if args and not args[0].startswith("-") else "run"
    if command == "template":
        if code != 0:
            return None
        path = args[1] if len(args) > 1 and not args[1].startswith("-") else \
            "templates/IKU_template.xlsx"
        folder = re.split(r"[\\/](?=[^\\/]*$)", path)
        return folder[0] if len(folder) == 2 and folder[0] else "."
    if code not in (0, 1):
        return None
    output = "output"
    for i, arg in enumerate(args):
        if arg == "--output" and i + 1 < len(args):
            output = args[i + 1]
        elif arg.startswith("--output="):
            output = arg.split("=", 1)[1]
    return output


def command_for(argv: list[str]) -> tuple[list[str], tuple[str, ...], bool]:
    """(python arguments, parts needed, developer run)."""
    if argv[:1] == ["--pytest"]:
        return ["-m", "pytest", *argv[1:]], DEV_PARTS, True
    if argv[:1] == ["--ruff"]:
        return ["-m", "ruff", "check", *argv[1:]], DEV_PARTS, True
    return ["-m", "iku_excel", *argv], STAFF_PARTS, False


def run_child(python: Path, arguments: list[str], root: Path) -> int:
    child = subprocess.Popen([str(python), *arguments], cwd=str(root),
                             env=clean_env(os.environ))
    while True:
        try:
            return child.wait()
        except KeyboardInterrupt:  # Ctrl+C reached the child too: let it finish saying so
            continue


def main(argv: list[str] | None = None, environ: Mapping[str, str] = os.environ,
         windows: bool = os.name == "nt", root: Path = ROOT,
         say: Callable[[str], None] = say_now) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    found = cek_python.verdict(sys.version_info, struct.calcsize("P"))
    if found != cek_python.USABLE:
        say(cek_python.message(found, sys.version_info))
        return 2
    folder = str(root)
    missing = missing_files(root)
    if missing or inside_zip(folder, environ.get("TEMP") if windows else None):
        say(MESSAGES["zip"].format(missing=", ".join(missing) or "-"))
        return 2
    if windows and on_network(folder, _windows_drive_type):
        say(MESSAGES["network"].format(folder=folder))
    arguments, parts, developer = command_for(argv)
    place = place_for(root, windows, environ, windows and is_store_python(sys.base_prefix))
    lock = WindowLock(place.lock)
    try:
        if not lock.acquire():
            say(MESSAGES["busy"])
            return 2
    except OSError:
        say(MESSAGES["access"].format(folder=place.lock.parent))
        return 2
    try:
        if windows:
            remove_old_venv(root, place, say)
        try:
            code = prepare(Setup(root, place, windows, parts, say=say))
        except KeyboardInterrupt:  # Ctrl+C: pip stops too; the next run goes on
            say(MESSAGES["stopped"])
            return 2
        if code != 0:
            return code
        if developer:  # tests may run beside a staff window: only setting up is exclusive
            lock.release()
        code = run_child(venv_python(place.venv, windows), arguments, root)
    finally:
        lock.release()
    opened = None if developer else folder_to_open(argv, code)
    if windows and opened is not None:
        try:
            os.startfile(os.path.join(folder, opened))  # Explorer shows the report
        except OSError:
            pass
    return code


if __name__ == "__main__":
    sys.exit(main())
