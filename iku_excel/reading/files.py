"""Which files in the input folder are worth opening, and why the rest are not."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from iku_excel.findings import Finding

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".xml", ".htm", ".html"}
_NOT_DATA = {
    ".pdf": "PDF", ".doc": "dokumen Word", ".docx": "dokumen Word", ".jpg": "gambar",
    ".jpeg": "gambar", ".png": "gambar", ".gif": "gambar", ".bmp": "gambar",
    ".txt": "teks", ".ini": "berkas sistem Windows", ".db": "berkas sistem Windows",
    ".zip": "arsip zip", ".rar": "arsip rar", ".lnk": "pintasan", ".json": "JSON",
    ".log": "catatan program", ".pptx": "presentasi", ".ppt": "presentasi",
}


@dataclass(frozen=True)
class InputFile:
    path: Path
    name: str  # as shown to staff: relative to the input folder


def list_inputs(folder: Path) -> tuple[list[InputFile], list[Finding]]:
    """Spreadsheets to read, in a stable order, and a note for each file skipped."""
    files: list[InputFile] = []
    findings: list[Finding] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = path.relative_to(folder).as_posix()
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue  # hidden folders and files (.DS_Store, .git) are nobody's data
        suffix = path.suffix.lower()
        if path.name.lower() in {"desktop.ini", "thumbs.db"}:
            findings.append(Finding("berkas_bukan_data", file=name,
                                    params={"jenis": "berkas sistem Windows"}))
        elif path.name.startswith("~$") or path.name.startswith(".~lock"):
            findings.append(Finding("berkas_kunci", file=name))
        elif suffix in SPREADSHEET_SUFFIXES:
            files.append(InputFile(path, name))
        else:
            kind = _NOT_DATA.get(suffix, f"berkas {suffix or 'tanpa ekstensi'}")
            findings.append(Finding("berkas_bukan_data", file=name, params={"jenis": kind}))
    return files, findings
