"""Moving finished files into an output folder that other runs may be writing to.

Two runs can write one report at the same moment: two double-clicks, a
scheduled task beside a staff member, two regency workers whose folders
name the same kecamatan, two PCs on one network share. Three things keep
every report:

* `output_lock`: an operating-system lock serialises the short placing step
  of every run (archive the earlier report, rename the new one into place):
  on Linux and macOS flock() on the output folder itself, on Windows
  msvcrt.locking() on a hidden file in it, .iku-excel.lock. Not a file
  whose mere existence is the lock: the system lets go of it when a run
  dies, however it dies, so there is never a stale lock to guess about; and
  on Linux and macOS nothing is left in the folder.
* `claim`: a name in arsip/ is taken by creating it exclusively (O_EXCL)
  before anything is moved onto it, so two runs never choose the same one.
* `move_new`: the new report is linked (POSIX) or renamed (Windows) onto its
  name, which fails if a file is there already, instead of replacing it.
  The last two keep every report even where a file system does not keep
  locks (the lock is then skipped, with a line in the run log).

Windows adds short-lived locks of its own: an antivirus, OneDrive or the
search indexer opens a file just written for a moment, and a rename or
delete then fails with PermissionError. `retrying` tries again for about a
second before the error counts.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

LOCK_WAIT_S = 120.0  # placing takes well under a second; a run stuck longer is not ours to wait for
# About a second in all: how long an antivirus scan or a OneDrive upload holds a new file.
RETRY_DELAYS = (0.05, 0.1, 0.15, 0.3, 0.4)

T = TypeVar("T")


class LockTimeout(OSError):
    """Another program held the output folder's lock for LOCK_WAIT_S."""


def retrying(action: Callable[..., T], *args: object) -> T:
    """`action(*args)`, tried again on PermissionError for about a second."""
    for delay in (*RETRY_DELAYS, None):
        try:
            return action(*args)
        except PermissionError:
            if delay is None:
                raise
            time.sleep(delay)
    raise AssertionError("unreachable")


def remove_quietly(path: Path | None) -> None:
    """Remove a temporary file of this run; a failure here never hides the
    error that made it necessary (it is logged, the file is left)."""
    if path is None:
        return
    try:
        retrying(os.unlink, path)
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.info("berkas sementara %s tidak dapat dihapus", path, exc_info=exc)


# --- the lock ---------------------------------------------------------------

@contextlib.contextmanager
def output_lock(folder: Path, wait: float = LOCK_WAIT_S) -> Iterator[None]:
    """Hold the folder's lock (waiting up to `wait` seconds for another run
    to finish placing); LockTimeout when it does not come. Where the file
    system keeps no locks, the exclusive names alone keep every report."""
    handle = retrying(_open_lock, folder)
    try:
        deadline = time.monotonic() + wait
        pause = 0.002  # placing takes milliseconds: look again soon, then less often
        while True:
            try:
                _lock(handle)
                break
            except OSError as exc:
                if exc.errno not in _HELD:
                    log.info("folder %s tidak dapat dikunci; nama eksklusif saja", folder,
                             exc_info=exc)
                    yield
                    return
                if time.monotonic() > deadline:
                    raise LockTimeout(exc.errno, f"kunci {folder} dipegang program lain") from exc
                time.sleep(pause)
                pause = min(pause * 2, 0.05)
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                _unlock(handle)
    finally:
        os.close(handle)


# Held by another process (flock: EWOULDBLOCK; msvcrt.locking: EACCES or EDEADLOCK).
_HELD = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, getattr(errno, "EDEADLOCK", errno.EDEADLK)}

if os.name == "nt":  # pragma: no cover - exercised on Windows
    import msvcrt

    LOCK_NAME = ".iku-excel.lock"

    def _open_lock(folder: Path) -> int:
        path = folder / LOCK_NAME
        handle = os.open(path, os.O_RDWR | os.O_CREAT | os.O_BINARY, 0o666)
        with contextlib.suppress(Exception):  # a dot does not hide a file in Explorer
            import ctypes

            ctypes.windll.kernel32.SetFileAttributesW(str(path), 0x2)  # FILE_ATTRIBUTE_HIDDEN
        return handle

    def _lock(handle: int) -> None:
        os.lseek(handle, 0, os.SEEK_SET)
        msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)

    def _unlock(handle: int) -> None:
        os.lseek(handle, 0, os.SEEK_SET)
        msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _open_lock(folder: Path) -> int:
        return os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))

    def _lock(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_UN)


# --- exclusive names ----------------------------------------------------------

def claim(path: Path) -> bool:
    """Take `path` by creating it, empty, only if nothing is there; False if
    something is."""
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o666)
    except FileExistsError:
        return False
    os.close(handle)
    return True


def new_temporary(folder: Path, suffix: str) -> Path:
    """A name of this run's own in `folder` (.iku-*<suffix>, removed by the
    next run if this one dies), created with the permissions any new file
    there gets: mkstemp's (the owner's alone) would be kept by the rename."""
    import secrets

    while True:
        path = folder / f".iku-{secrets.token_hex(6)}{suffix}"
        if claim(path):
            return path


def move_claimed(source: Path, claimed: Path) -> None:
    """Move `source` onto a name this run claimed; the claim is given back
    if the move fails."""
    try:
        retrying(os.replace, source, claimed)
    except BaseException:
        remove_quietly(claimed)
        raise


def move_new(source: Path, target: Path) -> None:
    """Rename `source` to `target`; FileExistsError if `target` exists: it is
    never replaced (another run may have just placed its report there)."""
    if os.name == "nt":  # pragma: no cover - Windows' rename fails on an existing name
        retrying(os.rename, source, target)
        return
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in _NO_LINKS:
            raise
        # No hard links here (FAT, some shares): the lock alone keeps the name ours.
        if target.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from exc
        retrying(os.replace, source, target)
        return
    remove_quietly(source)


_NO_LINKS = {errno.EPERM, errno.EXDEV, errno.EOPNOTSUPP, errno.ENOSYS, errno.EMLINK,
             getattr(errno, "ENOTSUP", errno.EOPNOTSUPP)}


# --- what went wrong, for staff -----------------------------------------------

def why(exc: BaseException) -> str:
    """An error met while writing, in plain Indonesian: what really happened."""
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else exc
    if not isinstance(inner, OSError):
        return str(exc)
    code, windows = inner.errno, getattr(inner, "winerror", None)
    if isinstance(inner, LockTimeout):
        return ("folder keluaran sedang dipakai oleh iku-excel lain yang belum selesai "
                "(atau oleh program lain yang menahan berkas kuncinya)")
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)) or windows in (39, 112):
        return "disk penuh"
    if windows == 32 or code == errno.EBUSY or windows == 33:
        return "berkasnya sedang dibuka program lain, misalnya Excel atau pembaca PDF"
    if code == errno.EROFS:
        return "disk itu hanya dapat dibaca"
    if isinstance(inner, PermissionError):
        return "tidak ada izin menulis di folder itu"
    if code == errno.ENAMETOOLONG or windows == 206:
        return "nama atau letak foldernya terlalu panjang"
    if code == errno.ENOTDIR or isinstance(inner, NotADirectoryError):
        return "ada berkas dengan nama yang sama dengan folder itu"
    if code == errno.EIO:
        return "kesalahan tulis pada disk"
    return inner.strerror or str(inner)


def is_disk_full(exc: BaseException) -> bool:
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else exc
    return isinstance(inner, OSError) and (
        inner.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1))
        or getattr(inner, "winerror", None) in (39, 112))
