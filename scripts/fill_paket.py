"""Fill paket/ with the wheels of the lock files, for an office without internet.

    python scripts/fill_paket.py                    # paket/ for Windows 64-bit, Python 3.10-3.13
    python scripts/fill_paket.py --check            # the same into a temporary folder: is every
                                                    # package there as a win_amd64 wheel?
    python scripts/fill_paket.py --platform linux_x86_64 --python 3.11 --dest /tmp/paket

Copy the project folder with paket/ in it to a USB stick: jalankan.bat then
installs from paket/ alone (pip --no-index --find-links paket), no internet.

Each lock's markers are evaluated for the target (Windows, Python 3.x), not
for the machine running this script, so Windows-only packages (tzdata for
pandas, colorama) are fetched and Linux-only ones are not; every wheel is
checked against the lock's hashes. Exit status 0: every package has a wheel
for every version asked for (google-re2, optional, is only noted when it has
none); 1: some have none (listed); 2: no network.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bootstrap  # noqa: E402  (the lock parser; same folder)

ROOT = bootstrap.ROOT
REQUIRED_LOCKS = ("requirements-pip.lock", "requirements.lock")
OPTIONAL_LOCK = "requirements-optional.lock"  # google-re2: the tool runs without it
WINDOWS_PYTHONS = ("3.10", "3.11", "3.12", "3.13", "3.14")

# pip takes a list of platform tags; a manylinux wheel names the oldest glibc it runs on.
PLATFORMS = {
    "win_amd64": (["win_amd64"], {"sys_platform": "win32", "platform_system": "Windows",
                                   "os_name": "nt", "platform_machine": "AMD64"}),
    "linux_x86_64": ([f"manylinux_2_{minor}_x86_64"
                      for minor in (39, 34, 31, 28, 27, 24, 17, 12, 5)]
                     + ["manylinux2014_x86_64", "manylinux2010_x86_64", "manylinux1_x86_64",
                        "linux_x86_64"],
                     {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix",
                      "platform_machine": "x86_64"}),
}


def marker_environment(platform: str, python: str) -> dict[str, str]:
    """What a lock's markers see on the target machine."""
    return {**PLATFORMS[platform][1], "python_version": python,
            "python_full_version": f"{python}.0",
            "implementation_name": "cpython", "implementation_version": f"{python}.0",
            "platform_python_implementation": "CPython", "platform_release": "",
            "platform_version": ""}


def evaluate(marker: str, environment: dict[str, str]) -> bool:
    try:
        from packaging.markers import Marker
    except ImportError:  # pip carries its own copy
        from pip._vendor.packaging.markers import Marker
    return Marker(marker).evaluate(environment) if marker else True


def pinned_for(locks: list[Path], platform: str, python: str) -> list[bootstrap.Pin]:
    environment = marker_environment(platform, python)
    return [pin for lock in locks for pin in bootstrap.read_lock(lock)
            if evaluate(pin.marker, environment)]


def download(pins: list[bootstrap.Pin], platform: str, python: str, dest: Path,
             temp: Path) -> subprocess.CompletedProcess:
    requirements = temp / f"want-{platform}-{python}.txt"
    requirements.write_text("".join(
        f"{pin.name}=={pin.version} " + " ".join(f"--hash={h}" for h in pin.hashes) + "\n"
        for pin in pins), encoding="utf-8")
    command = [sys.executable, "-m", "pip", "download", "--disable-pip-version-check",
               "--no-deps", "--require-hashes", "--only-binary=:all:",
               "--python-version", python, "--implementation", "cp", "--dest", str(dest),
               "-r", str(requirements)]
    for tag in PLATFORMS[platform][0]:
        command += ["--platform", tag]
    return subprocess.run(command, capture_output=True, text=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--platform", choices=sorted(PLATFORMS), default="win_amd64")
    parser.add_argument("--python", nargs="+", default=list(WINDOWS_PYTHONS),
                        help="Python versions (default: 3.10 to 3.14)")
    parser.add_argument("--dest", type=Path, default=ROOT / "paket")
    parser.add_argument("--check", action="store_true",
                        help="download into a temporary folder, keep nothing")
    parser.add_argument("--with-tests", action="store_true",
                        help="also requirements-test.lock (for ./test.sh offline)")
    args = parser.parse_args(argv)
    locks = [ROOT / name for name in REQUIRED_LOCKS]
    if args.with_tests:
        locks.append(ROOT / "requirements-test.lock")
    missing: list[str] = []
    with tempfile.TemporaryDirectory(prefix="iku-paket-") as temp:
        temp_dir = Path(temp)
        dest = temp_dir / "wheels" if args.check else args.dest
        dest.mkdir(parents=True, exist_ok=True)
        for python in args.python:
            for group, lock_files in (("wajib", locks), ("opsional", [ROOT / OPTIONAL_LOCK])):
                pins = pinned_for(lock_files, args.platform, python)
                result = download(pins, args.platform, python, dest, temp_dir)
                output = result.stdout + result.stderr
                names = ", ".join(pin.name for pin in pins) if group == "opsional" else \
                    f"{len(pins)} paket"
                if result.returncode == 0:
                    print(f"Python {python} {args.platform} {group}: {names}, semua ada.")
                    continue
                if bootstrap.classify_pip_failure(output) in ("offline", "proxy"):
                    print(f"Tidak tersambung ke server paket:\n{output[-2000:]}",
                          file=sys.stderr)
                    return 2
                if group == "opsional":
                    print(f"Python {python} {args.platform} {group}: {names} TIDAK ADA "
                          "(aplikasi tetap berjalan tanpanya).")
                    continue
                print(f"Python {python} {args.platform} {group}: GAGAL\n{output[-3000:]}",
                      file=sys.stderr)
                missing.append(python)
        wheels = sorted(dest.glob("*.whl"))
        size = sum(w.stat().st_size for w in wheels) / 1024 ** 2
        print(f"{len(wheels)} berkas wheel, {size:.0f} MB" +
              ("" if args.check else f", di {dest}"))
        if args.check:
            shutil.rmtree(dest, ignore_errors=True)
    if missing:
        print(f"Tidak lengkap untuk Python {', '.join(missing)}.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
