"""Which files in the input folder are worth opening, and why the rest are not.

Only what lies inside the input folder is read. A link (a symbolic link, or
on Windows a junction) is never followed: one that points outside could
carry another folder's file into the report that is emailed upward, and one
that points inside would count its target twice. Pipes (FIFOs), devices and
sockets are not files (opening a pipe waits for a writer for ever); a
subfolder that cannot be opened is said, not skipped in silence. Each of
these gets a finding.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from iku_excel.findings import Finding
from iku_excel.reading.input_file import InputFile, os_reason

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".xml", ".htm", ".html"}
_NOT_DATA = {
    ".pdf": "PDF", ".doc": "dokumen Word", ".docx": "dokumen Word", ".jpg": "gambar",
    ".jpeg": "gambar", ".png": "gambar", ".gif": "gambar", ".bmp": "gambar",
    ".txt": "teks", ".ini": "berkas sistem Windows", ".db": "berkas sistem Windows",
    ".zip": "arsip zip", ".rar": "arsip rar", ".lnk": "pintasan", ".json": "JSON",
    ".log": "catatan program", ".pptx": "presentasi", ".ppt": "presentasi",
}
_FILE_ATTRIBUTE_REPARSE_POINT = 0x400  # a Windows junction or symbolic link, or a cloud file
# IO_REPARSE_TAG_MOUNT_POINT (a junction) and IO_REPARSE_TAG_SYMLINK.
_LINK_TAGS = (0xA0000003, 0xA000000C)


def list_inputs(folder: Path) -> tuple[list[InputFile], list[Finding]]:
    """Spreadsheets to read, in a stable order, and a finding for each thing skipped."""
    files: list[InputFile] = []
    findings: list[tuple[tuple[str, ...], Finding]] = []
    root = os.path.realpath(folder)
    for parts, entry in _walk(folder, (), findings):
        path, name = Path(entry.path), "/".join(parts)
        if _is_link(entry):
            findings.append((parts, _link_finding(entry.path, name, root)))
            continue
        try:
            mode = entry.stat(follow_symlinks=False).st_mode
        except OSError as exc:
            findings.append((parts, _unreadable(name, exc)))
            continue
        if not stat.S_ISREG(mode):
            findings.append((parts, Finding("berkas_khusus", file=name,
                                            params={"jenis": _special_kind(mode)})))
            continue
        suffix = path.suffix.lower()
        if entry.name.lower() in {"desktop.ini", "thumbs.db"}:
            findings.append((parts, Finding("berkas_bukan_data", file=name,
                                            params={"jenis": "berkas sistem Windows"})))
        elif entry.name.startswith("~$"):
            findings.append((parts, Finding("berkas_kunci", file=name)))
        elif suffix in SPREADSHEET_SUFFIXES:
            files.append(InputFile(path, name))
        else:
            kind = _NOT_DATA.get(suffix, f"berkas {suffix or 'tanpa ekstensi'}")
            findings.append((parts, Finding("berkas_bukan_data", file=name,
                                            params={"jenis": kind})))
    files.sort(key=lambda item: item.name.split("/"))
    findings.sort(key=lambda pair: pair[0])
    return files, [finding for _, finding in findings]


def _walk(folder: Path, parts: tuple[str, ...],
          findings: list[tuple[tuple[str, ...], Finding]]):
    """(relative parts, entry) of everything under `folder` but hidden names
    (.DS_Store, .git, .~lock files: nobody's data), not entering links."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        if parts:
            findings.append((parts, _unreadable("/".join(parts), exc)))
            return
        raise
    for entry in entries:
        if entry.name.startswith("."):
            continue
        here = (*parts, entry.name)
        try:
            is_folder = not _is_link(entry) and entry.is_dir(follow_symlinks=False)
        except OSError:
            is_folder = False
        if is_folder:
            yield from _walk(Path(entry.path), here, findings)
        else:
            yield here, entry


def _is_link(entry: os.DirEntry) -> bool:
    if entry.is_symlink():
        return True
    junction = getattr(entry, "is_junction", None)  # Python 3.12+
    if junction is not None and junction():
        return True
    if os.name == "nt":  # pragma: no cover - Windows only
        # A junction is a reparse point; so is every OneDrive file kept "online
        # only" in a synced Desktop or Documents folder, which must be read:
        # the reparse tag tells them apart.
        try:
            attributes = entry.stat(follow_symlinks=False).st_file_attributes
            if not attributes & _FILE_ATTRIBUTE_REPARSE_POINT:
                return False
            return windows_link(attributes, os.lstat(entry.path).st_reparse_tag)
        except (OSError, AttributeError):
            return False
    return False


def windows_link(attributes: int, tag: int) -> bool:
    """A junction or symbolic link by its attributes and reparse tag; not a
    cloud placeholder (OneDrive's IO_REPARSE_TAG_CLOUD_*) nor a dedup file."""
    return bool(attributes & _FILE_ATTRIBUTE_REPARSE_POINT) and tag in _LINK_TAGS


def _link_finding(path: str, name: str, root: str) -> Finding:
    target = os.path.realpath(path)
    if not os.path.exists(target):
        return Finding("tautan_rusak", file=name)
    if not _inside(target, root):
        # The target's path is not named: it would travel in the report too.
        return Finding("tautan_ke_luar", file=name)
    return Finding("tautan_ganda", file=name,
                   params={"tujuan": Path(os.path.relpath(target, root)).as_posix()})


def _inside(path: str, root: str) -> bool:
    try:
        return os.path.commonpath([path, root]) == root
    except ValueError:  # another drive on Windows
        return False


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "pipa (FIFO)"
    if stat.S_ISSOCK(mode):
        return "soket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "perangkat"
    return "bukan berkas biasa"


def _unreadable(name: str, exc: OSError) -> Finding:
    return Finding("folder_tidak_terbaca", file=name, params={"alasan": os_reason(exc)})


def kecamatan_folders(folder: Path) -> tuple[list[Path], list[str]]:
    """A regency's input: the subfolders of `folder` in order, and the names
    of links among them (not followed, as above)."""
    folders, links = [], []
    with os.scandir(folder) as listing:
        for entry in sorted(listing, key=lambda e: e.name):
            if _is_link(entry):
                if os.path.isdir(entry.path):
                    links.append(entry.name)
            elif entry.is_dir(follow_symlinks=False):
                folders.append(Path(entry.path))
    return folders, links
