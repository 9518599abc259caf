"""Files written next to the workbook: the email body (.txt) and, where
LibreOffice is installed, a PDF for printing and phone previews."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from iku_excel.report.model import ReportModel
from iku_excel.rounding import format_id

PDF_TIMEOUT_S = 180
_WINDOWS_SOFFICE = (r"C:\Program Files\LibreOffice\program\soffice.exe",
                    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe")


def email_text(model: ReportModel, workbook_name: str) -> str:
    """A short Indonesian summary for the body of the email that carries the report."""
    s = model.settings
    lines = []
    if model.example:
        lines += ["PERHATIAN: DATA CONTOH, BUKAN DATA KECAMATAN. JANGAN DIKIRIM.", ""]
    lines += [
        "Yth. Bapak/Ibu Kepala Bagian Organisasi Setda Kabupaten "
        f"{s.kabupaten}",
        "",
        f"Bersama ini kami sampaikan laporan Indikator Kinerja Utama (IKU) Kecamatan "
        f"{s.kecamatan} Tahun {model.tahun} (berkas terlampir: {workbook_name}).",
        "",
        "Ringkasan realisasi dan capaian:",
    ]
    counts: dict[str, int] = {}
    not_computed = []
    for no, item in enumerate(model.rows, start=1):
        result, indicator = item.result, item.indicator
        unit = "" if indicator.satuan == "indeks" else "%"
        if result.nilai is None:
            lines.append(f"{no}. {indicator.label}: tidak dapat dihitung ({result.sebab}).")
            not_computed.append(indicator.label)
            continue
        text = f"{no}. {indicator.label}: realisasi {format_id(result.nilai)}{unit}"
        if result.target is not None:
            text += f", target {result.target.text}{unit}"
        if result.capaian and result.capaian.nilai is not None:
            text += f", capaian {format_id(result.capaian.nilai)}% ({result.capaian.kategori})"
            counts[result.capaian.kategori] = counts.get(result.capaian.kategori, 0) + 1
        lines.append(text + ".")
        if indicator.code == "skm" and result.detail.get("skm") is not None:
            skm = result.detail["skm"]
            lines.append(f"   Mutu pelayanan {skm.grade.mutu} ({skm.grade.kinerja}), "
                         f"{skm.n} responden, {skm.rules.nama}.")
    if counts:
        summary = ", ".join(f"{n} indikator {k}" for k, n in counts.items())
        lines += ["", f"Secara keseluruhan: {summary}."]
    if not_computed:
        lines.append("Indikator yang belum dapat dihitung dijelaskan pada lembar Catatan Data.")
    lines += [
        "",
        "Rincian perhitungan ada pada lembar Perhitungan, SKM dan Sumber di berkas terlampir.",
        "Demikian, atas perhatian Bapak/Ibu kami sampaikan terima kasih.",
        "",
        s.tempat_tanggal(model.tahun),
        s.jabatan_ttd,
        "",
        s.nama_camat,
        s.pangkat,
        f"NIP. {s.nip}",
        "",
    ]
    return "\n".join(lines)


def write_email_text(model: ReportModel, workbook: Path) -> Path:
    path = workbook.with_name(f"{workbook.stem}_email.txt")
    temp = path.with_name(f".{path.name}.tmp")
    # CRLF so Notepad on older Windows shows the lines.
    temp.write_text(email_text(model, workbook.name).replace("\n", "\r\n"), encoding="utf-8")
    os.replace(temp, path)
    return path


def find_soffice() -> str | None:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    return next((p for p in _WINDOWS_SOFFICE if Path(p).exists()), None)


def export_pdf(workbook: Path) -> tuple[Path | None, str]:
    """(pdf path, sentence for the console); never raises."""
    soffice = find_soffice()
    if soffice is None:
        return None, ("PDF tidak dibuat karena LibreOffice tidak terpasang; buka laporan di "
                      "Excel lalu simpan sebagai PDF bila diperlukan.")
    target = workbook.with_suffix(".pdf")
    with tempfile.TemporaryDirectory(prefix="iku-pdf-") as temp:
        profile = Path(temp) / "profile"
        try:
            subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                            "--convert-to", "pdf", "--outdir", temp, str(workbook)],
                           capture_output=True, timeout=PDF_TIMEOUT_S, check=True)
            produced = Path(temp) / f"{workbook.stem}.pdf"
            if not produced.exists():
                raise FileNotFoundError(produced)
            shutil.move(str(produced), str(target))
        except (OSError, subprocess.SubprocessError):
            return None, "PDF gagal dibuat oleh LibreOffice; laporan Excel tetap lengkap."
    return target, f"PDF untuk dicetak: {target}"
