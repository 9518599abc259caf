"""How a corpus case is built: its registration with the figures expected,
and writing workbooks whose bytes do not change from run to run."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl

HERE = Path(__file__).resolve().parents[1]  # tests/corpus
FIXED = dt.datetime(2017, 12, 29, 8, 0, 0)
ZIP_TIME = (2017, 12, 29, 8, 0, 0)
LO_PROFILE = Path("/tmp/corpus-lo")
# Written by LibreOffice or by the tool itself, with timestamps we do not
# control: same expectations every run, not the same bytes.
NOT_BYTE_STABLE = {"30_xls_asli.xls", "31_ods_asli.ods", "36_laporan_iku_lama.xlsx"}

# Codes that must not appear in a clean data case unless the case expects them.
COMMON_ABSENT = ("berkas_rusak", "lembar_tidak_dikenali", "nilai_tidak_dikenal",
                 "tanggal_tidak_terbaca", "skm_jawaban_tidak_sah", "skm_unsur_kurang",
                 "desa_tidak_dikenal", "rumus_tanpa_nilai")

Builder = Callable[[Path, "Context"], None]
CASES: list[tuple[str, Builder, dict[str, Any]]] = []


class Context:
    def __init__(self, lo_profile: Path) -> None:
        self.lo_profile = lo_profile


def case(name: str, expect: dict[str, Any]) -> Callable[[Builder], Builder]:
    def register(fn: Builder) -> Builder:
        CASES.append((name, fn, expect))
        return fn
    return register


def data(source: str, pembilang: int, penyebut: int, findings=(), absent=(),
         counts: dict[str, int] | None = None, xfail: str | None = None,
         **extra: Any) -> dict[str, Any]:
    expected_codes = {f[0] for f in findings} | set(counts or {})
    out: dict[str, Any] = {
        "source": source, "pembilang": pembilang, "penyebut": penyebut,
        "findings": [list(f) for f in findings],
        "absent": sorted((set(COMMON_ABSENT) | set(absent)) - expected_codes),
    }
    if counts:
        out["counts"] = dict(sorted(counts.items()))
    out.update(extra)
    if xfail:
        out["xfail"] = xfail
    return out


# --- writing helpers --------------------------------------------------------

def new_book(creator: str = "Staf Kecamatan Benjeng") -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    book.properties.creator = creator
    book.properties.lastModifiedBy = creator
    book.properties.created = FIXED
    book.properties.modified = FIXED
    return book


def fill(ws, rows: list[list[Any] | None], start: int = 1) -> None:
    """rows[i] goes to Excel row start+i; None or [] is a blank row."""
    for r, row in enumerate(rows, start=start):
        for c, value in enumerate(row or [], start=1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)


def stable_zip(data: bytes) -> bytes:
    """Same bytes every run: fixed entry times, fixed dcterms:modified."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2017-12-29T08:00:00Z\g<2>", body)
            entry = zipfile.ZipInfo(info.filename, ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, body)
    return out.getvalue()


def save(book: openpyxl.Workbook, path: Path) -> None:
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(stable_zip(buffer.getvalue()))


def xlsx_bytes(book: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return stable_zip(buffer.getvalue())


def soffice_convert(source_book: openpyxl.Workbook, stem: str, target: str, path: Path,
                    ctx: Context) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to write the .xls and .ods cases")
    with tempfile.TemporaryDirectory(prefix="corpus-lo-") as tmp:
        source = Path(tmp) / f"{stem}.xlsx"
        save(source_book, source)
        outdir = Path(tmp) / "out"
        outdir.mkdir()
        subprocess.run([soffice, f"-env:UserInstallation={ctx.lo_profile.as_uri()}",
                        "--headless", "--convert-to", target, "--outdir", str(outdir),
                        str(source)], check=True, capture_output=True, timeout=180)
        produced = outdir / f"{stem}.{target}"
        if not produced.exists():
            raise SystemExit(f"LibreOffice wrote no {produced.name}")
        shutil.copyfile(produced, path)


def title(ws, text: str, row: int, last_col: int) -> None:
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)


HADIR_HEADER = ["No", "Nama", "Jabatan", "Asal Desa/Instansi", "Hadir"]
PEOPLE = [
    ("Suparno", "Kepala Desa", "Desa Bulurejo"),
    ("Sri Wahyuni", "Sekretaris Desa", "Desa Metatu"),
    ("H. Abdul Rochim", "Tokoh Agama", "Desa Lundo"),
    ("Kasiyati", "Ketua TP PKK", "Desa Banter"),
    ("Moch. Ichwan", "Ketua BPD", "Desa Dermo"),
    ("Eko Prasetyo", "Kasi Pemerintahan", "Kecamatan Benjeng"),
]
