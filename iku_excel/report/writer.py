"""Write the workbook whole or not at all, and never over an earlier report.

The file is built under a temporary name in the output folder and renamed
into place; an earlier report of the same name is first moved to arsip/.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from functools import partial
from pathlib import Path

import xlsxwriter
import xlsxwriter.exceptions

from iku_excel.permissions import as_new_file
from iku_excel.report.cara_baca_sheet import write_cara_baca
from iku_excel.report.catatan_sheet import write_catatan
from iku_excel.report.data_sheet import SHEET as DATA_SHEET
from iku_excel.report.report_data import write_report_data
from iku_excel.report.companions import (PDF_TIMEOUT_S, companion_paths, place_pdf,
                                         render_pdf, write_email_text)
from iku_excel.report.grafik_sheet import write_grafik
from iku_excel.report.iku_sheet import write_iku
from iku_excel.report.model import ReportModel
from iku_excel.report.perhitungan_sheet import PerhitunganRefs, write_perhitungan
from iku_excel.report.styles import FONT, Styles
from iku_excel.report.sumber_sheet import write_sumber

ARCHIVE = "arsip"


class OutputError(Exception):
    """The report could not be saved; the message is for staff."""


def report_name(model: ReportModel) -> str:
    safe = "".join(ch if ch.isalnum() else "_" for ch in model.kecamatan.strip()) or "Kecamatan"
    return f"IKU_Kecamatan_{safe}_{model.tahun}.xlsx"


# What goes upward (report.md): the PDF holds these sheets, in this order.
UPWARD_SHEETS = ("IKU", "Perhitungan", "Grafik", "SKM")
# For checking the figures: in the workbook always, in the PDF only on request.
DIAGNOSTIC_SHEETS = ("Catatan Data", "Sumber", "Cara Data Dibaca")
# Last, for programs (the regency's rekap, next year's report); never in the PDF.
ALL_SHEETS = UPWARD_SHEETS + DIAGNOSTIC_SHEETS + (DATA_SHEET,)


def pdf_sheets(model: ReportModel) -> tuple[str, ...]:
    return UPWARD_SHEETS + (DIAGNOSTIC_SHEETS if model.settings.pdf_lengkap else ())


def build_workbook(model: ReportModel, path: Path,
                   sheets: tuple[str, ...] = ALL_SHEETS,
                   for_print: bool = False) -> None:
    """The report with `sheets`; `for_print` makes the workbook the PDF is
    printed from (the SKM sheet as its summary, without the rows per respondent)."""
    workbook = xlsxwriter.Workbook(str(path), {
        # Input text is data: "=HYPERLINK(...)" or "+cmd|..." must stay text.
        "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
        "default_format_properties": dict(FONT),  # xlsxwriter mutates it
        # Parts are assembled in memory (a report is a few hundred kB), not as
        # temporary files first: 15-40 ms less per report, and no files for a
        # virus scanner to hold in the system's temporary folder.
        "in_memory": True,
    })
    # A pinned date keeps the file byte-identical for the same inputs.
    workbook.set_properties({
        "title": f"Indikator Kinerja Utama Kecamatan {model.kecamatan} {model.tahun}",
        "author": "iku-excel", "company": f"Kecamatan {model.kecamatan}",
        "created": dt.datetime(model.tahun, 12, 31, tzinfo=dt.timezone.utc)
        if model.tahun >= 1980 else None,
    })
    styles = Styles(workbook)
    refs = PerhitunganRefs.plan(model)
    writers = {
        "IKU": lambda: write_iku(workbook, styles, model, refs),
        "Perhitungan": lambda: write_perhitungan(workbook, styles, refs),
        "Grafik": lambda: write_grafik(workbook, styles, model),
        "SKM": lambda: _write_skm(workbook, styles, model, summary=for_print),
        "Catatan Data": lambda: write_catatan(workbook, styles, model),
        "Sumber": lambda: write_sumber(workbook, styles, model),
        "Cara Data Dibaca": lambda: write_cara_baca(workbook, styles, model),
        DATA_SHEET: lambda: write_report_data(workbook, styles, model),
    }
    for name in sheets:
        writers[name]()
    workbook.get_worksheet_by_name("IKU").activate()
    workbook.close()


def _write_skm(*args, **kwargs) -> None:
    # Imported when written: it needs pandas, which the rekap (placing its
    # workbook through this module) never loads.
    from iku_excel.report.skm_sheet import write_skm

    write_skm(*args, **kwargs)


# Held while a finished report is moved into place. Worker processes of a
# regency run share one lock here (batch.py); a lone run needs none.
PLACE_LOCK: contextlib.AbstractContextManager = contextlib.nullcontext()


def write_report(model: ReportModel, output_dir: Path, pdf: bool = True,
                 ) -> tuple[Path, list[str]]:
    """The path written, and sentences for the console (archive, locked file, PDF)."""
    notices: list[str] = []
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
        _clean_stale_temps(output_dir)
        handle, temp_name = tempfile.mkstemp(prefix=".iku-", suffix=".xlsx.tmp", dir=output_dir)
        os.close(handle)
    except OSError as exc:
        raise OutputError(f"Folder keluaran {output_dir} tidak dapat ditulisi ({exc.strerror}).") from exc
    temp = Path(temp_name)
    rendered: Path | str | None = None
    try:
        build_workbook(model, temp)
        as_new_file(temp)
        if pdf:
            # LibreOffice takes seconds: the PDF is made before the lock, so
            # the workers of a regency run make theirs side by side.
            rendered = render_pdf(partial(build_workbook, model, sheets=pdf_sheets(model),
                                          for_print=True), report_name(model), output_dir)
        # The report and its companions are placed as one step: workers of a
        # regency run whose folders name the same kecamatan take turns here.
        with PLACE_LOCK:
            target = output_dir / report_name(model)
            if target.exists():
                target, notice = _make_room(target)
                notices.append(notice)
            os.replace(temp, target)
            notices.extend(_companions(model, target, rendered))
    except (OSError, xlsxwriter.exceptions.FileCreateError) as exc:
        raise OutputError(f"Laporan tidak dapat disimpan di {output_dir} ({_why(exc)}). "
                          "Periksa sisa ruang disk dan izin folder.") from exc
    finally:
        for left in (temp, rendered):
            if isinstance(left, Path) and left.exists():
                left.unlink()
    return target, notices


def place_file(temp: Path, target: Path) -> tuple[Path, list[str]]:
    """Move a finished workbook (the rekap) from `temp` onto `target`; an
    earlier one there goes to arsip/ first, or, held open, stays and the new
    one is 'name (2)'. The path placed, and what to tell staff."""
    notices = []
    with PLACE_LOCK:
        if target.exists():
            target, notice = _make_room(target)
            notices.append(notice)
        os.replace(temp, target)
    return target, notices


def _companions(model: ReportModel, target: Path, rendered: Path | str | None) -> list[str]:
    """The email text and the PDF (made already, or why not) beside the report;
    never an error."""
    notices = []
    try:
        notices.append(f"Teks ringkasan untuk email: {write_email_text(model, target)}")
    except OSError:
        notices.append("Teks ringkasan untuk email tidak dapat ditulis.")
    if rendered is not None:
        notices.append(place_pdf(rendered, target))
    return notices


def _make_room(target: Path) -> tuple[Path, str]:
    """Move the earlier report and its PDF and email text to arsip/. If any
    of them is held open (Excel, a PDF reader), all stay where they are and
    the new report is 'name (2)'."""
    archive = target.parent / ARCHIVE
    companions = companion_paths(target)
    moved: list[tuple[Path, Path]] = []  # (where it was, where it went)
    current = target
    try:
        archive.mkdir(exist_ok=True)
        # One tag for the report and its companions, free for all three: two
        # reports archived in the same second keep their own PDF and email text.
        stamp = tag = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        counter = 2
        while any((archive / f"{p.stem}_{tag}{p.suffix}").exists() for p in (target, *companions)):
            tag = f"{stamp}_{counter}"
            counter += 1
        for current in (target, *companions):
            if current is target or current.exists():
                destination = archive / f"{current.stem}_{tag}{current.suffix}"
                os.replace(current, destination)
                moved.append((current, destination))
        return target, f"Laporan lama dipindahkan ke {moved[0][1]}."
    except PermissionError:
        for place, destination in reversed(moved):  # the earlier files stay together
            with contextlib.suppress(OSError):
                os.replace(destination, place)
    counter = 2
    while True:
        alternative = target.with_name(f"{target.stem} ({counter}){target.suffix}")
        if not any(p.exists() for p in (alternative, *companion_paths(alternative))):
            held = "mungkin di Excel" if current is target else "mungkin di pembaca PDF"
            return alternative, (f"Berkas lama {current.name} sedang dibuka ({held}), jadi "
                                 f"laporan baru disimpan sebagai {alternative.name}.")
        counter += 1


def _why(exc: BaseException) -> str:
    """An OSError (xlsxwriter wraps it in FileCreateError) in plain Indonesian."""
    import errno

    inner = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else exc
    if isinstance(inner, OSError):
        if inner.errno in (errno.ENOSPC, errno.EDQUOT):
            return "disk penuh"
        if isinstance(inner, PermissionError) or inner.errno == errno.EROFS:
            return "tidak ada izin menulis di folder itu"
        return inner.strerror or str(inner)
    return str(exc)


# A run's temporary workbook lives until its PDF is made (at most
# PDF_TIMEOUT_S): only one older than that, with room to spare, is a
# killed run's.
STALE_AFTER_S = PDF_TIMEOUT_S + 120


def _clean_stale_temps(output_dir: Path, older_than: float = STALE_AFTER_S) -> None:
    """Remove temporary files a killed run left behind (.iku-*.xlsx.tmp,
    .iku-*.pdf.tmp)."""
    import time

    limit = time.time() - older_than
    for stale in output_dir.glob(".iku-*.tmp"):
        try:
            if stale.stat().st_mtime < limit:
                stale.unlink()
        except OSError:
            pass
