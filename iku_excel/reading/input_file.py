"""One input file: where it is, its bytes read once and read only, and what
its name says it is against what it really is."""

from __future__ import annotations

import errno
import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from iku_excel.findings import Finding
from iku_excel.reading import limits
from iku_excel.reading import sniff as kinds
from iku_excel.reading.errors import fail
from iku_excel.reading.names import display_name

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class InputFile:
    path: Path
    name: str  # as shown to staff: relative to the input folder


_EXPECTED = {
    ".xlsx": {kinds.ZIP}, ".xlsm": {kinds.ZIP}, ".ods": {kinds.ZIP},
    # Web applications save HTML or Excel 2003 XML under .xls: that is normal.
    ".xls": {kinds.OLE, kinds.HTML, kinds.SPREADSHEETML},
    ".csv": {kinds.TEXT}, ".tsv": {kinds.TEXT},
    ".xml": {kinds.SPREADSHEETML}, ".htm": {kinds.HTML}, ".html": {kinds.HTML},
}
_KIND_NAMES = {
    kinds.ZIP: "buku kerja Excel (.xlsx)", kinds.OLE: "buku kerja Excel 97-2003 (.xls)",
    kinds.HTML: "halaman web (HTML)", kinds.SPREADSHEETML: "XML Excel 2003",
    kinds.TEXT: "teks CSV",
}


def displayable(item: InputFile) -> InputFile:
    shown = display_name(item.name)
    if shown == item.name:
        return item
    return type(item)(item.path, shown)


def clean_names(findings: list[Finding]) -> list[Finding]:
    """The findings with their file names made displayable (display_name)."""
    from dataclasses import replace

    return [replace(f, file=display_name(f.file)) if display_name(f.file) != f.file else f
            for f in findings]


# Read only; never through a link (listed as a file, then swapped for one);
# never waiting on a pipe put in its place (O_NONBLOCK opens it at once).
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
               | getattr(os, "O_NONBLOCK", 0))


def read_input(item: InputFile) -> bytes:
    """The file's bytes, read only; ReadError for a file too big or unreadable."""
    try:
        handle = os.open(item.path, _OPEN_FLAGS)
    except OSError as exc:
        log.info("tidak dapat membuka %s", item.name, exc_info=exc)
        if exc.errno == errno.ELOOP:  # O_NOFOLLOW met a link
            fail("tautan_ke_luar")
        fail("berkas_tidak_terbaca", alasan=os_reason(exc))
    with open(handle, "rb", buffering=0, closefd=True) as stream:
        try:
            found = os.fstat(handle)
            if not stat.S_ISREG(found.st_mode):
                fail("berkas_tidak_terbaca", alasan="ini bukan berkas biasa")
            if found.st_size > limits.MAX_FILE_BYTES:
                fail("berkas_terlalu_besar", ukuran=limits.size_text(found.st_size),
                      batas=limits.size_text(limits.MAX_FILE_BYTES))
            data = stream.readall()
        except OSError as exc:
            log.info("tidak dapat membaca %s", item.name, exc_info=exc)
            fail("berkas_tidak_terbaca", alasan=os_reason(exc))
    if len(data) > limits.MAX_FILE_BYTES:  # grew while we looked
        fail("berkas_terlalu_besar", ukuran=limits.size_text(len(data)),
             batas=limits.size_text(limits.MAX_FILE_BYTES))
    return data


def os_reason(exc: OSError) -> str:
    """An operating-system error in plain Indonesian."""
    reasons = {
        errno.EACCES: "tidak ada izin untuk membukanya",
        errno.EPERM: "tidak ada izin untuk membukanya",
        errno.ENOENT: "berkas hilang atau dipindahkan ketika sedang dibaca",
        errno.EISDIR: "ini sebuah folder, bukan berkas", errno.EIO: "kesalahan baca pada disk",
        errno.ENOSPC: "disk penuh", errno.EROFS: "disk hanya dapat dibaca",
        errno.EBUSY: "berkas sedang dipakai program lain",
    }
    if isinstance(exc, PermissionError):
        return reasons[errno.EACCES]
    return reasons.get(exc.errno or -1, f"kesalahan sistem: {exc.strerror or exc}")


def extension_notes(item: InputFile, data: bytes) -> list[Finding]:
    """A note when the extension does not say what the file is (read anyway)."""
    suffix = item.path.suffix.lower()
    kind = kinds.sniff(item.path, data[:4096])
    expected = _EXPECTED.get(suffix)
    if expected is None or kind in expected or kind not in _KIND_NAMES:
        return []
    if kind == kinds.OLE and kinds.is_encrypted_ole(data):
        return []  # a password-protected .xlsx is an OLE file: berkas_terkunci_sandi says it
    return [Finding("berkas_ekstensi_lain", file=item.name,
                    params={"ekstensi": suffix, "jenis": _kind_name(kind, data)})]




def _kind_name(kind: str, data: bytes) -> str:
    if kind == kinds.ZIP and b"application/vnd.oasis.opendocument" in data[:200]:
        return "buku kerja OpenDocument (.ods)"
    return _KIND_NAMES[kind]
