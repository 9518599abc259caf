"""Files written next to the workbook: the email body (.txt) and, where
LibreOffice is installed (or, on Windows, Microsoft Excel: pdf_excel.py), a
PDF for printing and phone previews."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from iku_excel.catalogue.model import unit_suffix
from iku_excel.indicators.capaian import CATEGORY_BANDS
from iku_excel.report.model import ReportModel, figure_text
from iku_excel.report.placing import new_temporary, remove_quietly, retrying
from iku_excel.rounding import format_id
from iku_excel.runlog import log

PDF_TIMEOUT_S = 180
_WINDOWS_SOFFICE = (r"C:\Program Files\LibreOffice\program\soffice.exe",
                    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe")


def email_text(model: ReportModel, workbook_name: str) -> str:
    """A short Indonesian summary for the body of the email that carries the report."""
    s = model.settings
    lines = []
    if model.not_final:
        # First, where the sender reads before pressing Send.
        lines += [model.not_final, ""]
    if model.example:
        lines += ["PERHATIAN: DATA CONTOH, BUKAN DATA KECAMATAN. JANGAN DIKIRIM.", ""]
    lines += [
        "Yth. Bapak/Ibu Kepala Bagian Organisasi Setda Kabupaten "
        f"{s.kabupaten}",
        "",
        f"Bersama ini kami sampaikan laporan Indikator Kinerja Utama (IKU) Kecamatan "
        f"{s.kecamatan} {model.period_text} (berkas terlampir: {workbook_name}).",
        "",
        "Ringkasan realisasi dan capaian:",
    ]
    counts: dict[str, int] = {}
    not_computed = []
    for no, item in enumerate(model.rows, start=1):
        result, indicator = item.result, item.indicator
        unit = unit_suffix(indicator.satuan)
        if result.nilai is None:
            lines.append(f"{no}. {indicator.label}: tidak dapat dihitung ({result.sebab}).")
            not_computed.append(indicator.label)
            continue
        text = f"{no}. {indicator.label}: realisasi {figure_text(result.nilai, indicator)}"
        if result.target is not None:
            text += f", target {result.target.text}{unit}"
        if result.capaian and result.capaian.nilai is not None:
            text += f", capaian {format_id(result.capaian.nilai)}% ({result.capaian.kategori})"
            counts[result.capaian.kategori] = counts.get(result.capaian.kategori, 0) + 1
        lines.append(text + ".")
        if result.skm is not None:
            skm = result.skm.index
            lines.append(f"   Mutu pelayanan {skm.grade.mutu} ({skm.grade.kinerja}), "
                         f"{skm.n} responden, {skm.count} unsur, {skm.rules.nama}.")
    if counts:
        # Best band first, as the LKjIP lists them (not in the indicators' order).
        bands = [name for _, name in CATEGORY_BANDS]
        summary = ", ".join(f"{counts[k]} indikator {k}"
                            for k in sorted(counts, key=lambda k: bands.index(k)
                                            if k in bands else len(bands)))
        lines += ["", f"Secara keseluruhan: {summary}."]
    if not_computed:
        lines.append("Indikator yang belum dapat dihitung dijelaskan pada lembar Catatan Data.")
    lines += [
        "",
        "Rincian perhitungan ada pada lembar Perhitungan, SKM dan Sumber di berkas terlampir.",
        "Demikian, atas perhatian Bapak/Ibu kami sampaikan terima kasih.",
        "",
        *_signature_lines(model),
        "",
    ]
    return "\n".join(lines)


def _signature_lines(model: ReportModel) -> list[str]:
    """The IKU sheet's signature block, with one empty line for the room to sign."""
    lines: list[str] = []
    for text, role in model.signature:
        if role != "space" or (lines and lines[-1]):
            lines.append(text)
    return lines


def companion_paths(workbook: Path) -> tuple[Path, Path]:
    """Where a report's PDF and email text go: beside it, named after it."""
    return workbook.with_suffix(".pdf"), workbook.with_name(f"{workbook.stem}_email.txt")


def write_email_text(model: ReportModel, workbook_name: str, path: Path) -> Path:
    """The email text for the report called `workbook_name`, into `path`
    (a temporary name of this run's; the writer renames it into place)."""
    # CRLF so Notepad on older Windows shows the lines, and a BOM so it reads
    # them as UTF-8 (names with letters beyond ASCII) instead of the ANSI code page.
    path.write_text(email_text(model, workbook_name).replace("\n", "\r\n"),
                    encoding="utf-8-sig")
    return path


def find_soffice() -> str | None:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    return next((p for p in _WINDOWS_SOFFICE if Path(p).exists()), None)


PDF_MISSING = ("PDF tidak dibuat karena LibreOffice tidak terpasang; buka laporan di "
               "Excel lalu simpan sebagai PDF bila diperlukan.")
PDF_FAILED = "PDF gagal dibuat oleh LibreOffice; laporan Excel tetap lengkap."


def render_pdf(build: Callable[[Path], None], name: str, beside: Path) -> Path | str:
    """The PDF of the workbook `build` writes to the path it is given (named
    `name`, as the report will be), left in the folder `beside` under a
    temporary name (.iku-*.pdf.tmp) for place_pdf; or the sentence saying
    why there is none. Never raises: a PDF never costs the report."""
    soffice = find_soffice()
    if soffice is None:
        # An office PC with Excel and no LibreOffice: Excel makes the PDF.
        from iku_excel.report import pdf_excel

        return pdf_excel.render(build, name, beside, PDF_TIMEOUT_S) if pdf_excel.available() \
            else PDF_MISSING
    ready: Path | None = None
    try:
        with tempfile.TemporaryDirectory(prefix="iku-pdf-", ignore_cleanup_errors=True) as temp:
            folder = Path(temp)
            source, out = folder / name, folder / "pdf"
            try:
                build(source)
            except Exception:  # a bug in the printed copy must not cost the report
                log.exception("buku kerja untuk PDF gagal dibuat")
                return PDF_FAILED
            subprocess.run([soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                            "--headless", "--convert-to", "pdf", "--outdir", str(out),
                            str(source)],
                           # No pipes: on Windows soffice.exe starts soffice.bin, which
                           # would hold them open past the timeout's kill.
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=PDF_TIMEOUT_S, check=True)
            # Copied next to the report now (the system's temporary folder may
            # be another drive), so placing it later is one rename.
            ready = new_temporary(beside, ".pdf.tmp")
            shutil.copyfile(out / f"{source.stem}.pdf", ready)
    except (OSError, subprocess.SubprocessError):
        if ready is not None:
            ready.unlink(missing_ok=True)
        return PDF_FAILED
    return ready


def place_pdf(rendered: Path | str, workbook: Path) -> str:
    """Rename a rendered PDF to sit beside the placed workbook; the sentence
    for the console."""
    if isinstance(rendered, str):
        return rendered
    target = companion_paths(workbook)[0]
    try:
        retrying(os.replace, rendered, target)
    except OSError:
        remove_quietly(rendered)
        return PDF_FAILED
    return f"PDF untuk dicetak: {target}"
