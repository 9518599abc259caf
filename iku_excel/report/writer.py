"""Write the workbook whole or not at all, and never over an earlier report.

Everything is written first, under temporary names of this run in the
output folder (the workbook, the email text, the PDF): a full disk stops
the run before anything is moved. Then, holding the output folder's lock
(placing.py), an earlier report of the same name goes to arsip/ under a
name claimed exclusively, and the new files are renamed into place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import NamedTuple

import xlsxwriter
import xlsxwriter.exceptions

from iku_excel.report.analisis_sheet import write_analisis
from iku_excel.report.book import new_workbook
from iku_excel.report.cara_baca_sheet import write_cara_baca
from iku_excel.report.catatan_sheet import write_catatan
from iku_excel.report.companions import (
    PDF_TIMEOUT_S,
    companion_paths,
    place_pdf,
    render_pdf,
    write_email_text,
)
from iku_excel.report.data_sheet import SHEET as DATA_SHEET
from iku_excel.report.file_name import ARCHIVE, report_name
from iku_excel.report.grafik_sheet import write_grafik
from iku_excel.report.iku_sheet import write_iku
from iku_excel.report.model import ReportModel
from iku_excel.report.pengukuran_sheet import write_pengukuran
from iku_excel.report.perhitungan_sheet import PerhitunganRefs, write_perhitungan
from iku_excel.report.placing import (
    claim,
    is_disk_full,
    move_claimed,
    move_new,
    new_temporary,
    output_lock,
    remove_quietly,
    retrying,
    why,
)
from iku_excel.report.report_data import write_report_data
from iku_excel.report.skm_sheet import write_skm
from iku_excel.report.styles import Styles
from iku_excel.report.sumber_sheet import write_sumber


class OutputError(Exception):
    """The report could not be saved; the message is for staff."""


class WriteResult(NamedTuple):
    """What writing the report did: where it went, and sentences for the
    console (an earlier report archived, a locked file, the PDF)."""
    path: Path
    notices: list[str]


# What goes upward (report.md): the PDF holds these sheets, in this order.
UPWARD_SHEETS = ("IKU", "Perhitungan", "Grafik", "SKM", "Pengukuran Kinerja",
                 "Analisis Capaian")
# For checking the figures: in the workbook always, in the PDF only on request.
DIAGNOSTIC_SHEETS = ("Catatan Data", "Sumber", "Cara Data Dibaca")
# Last, for programs (the regency's rekap, next year's report); never in the PDF.
ALL_SHEETS = UPWARD_SHEETS + DIAGNOSTIC_SHEETS + (DATA_SHEET,)


def pdf_sheets(model: ReportModel) -> tuple[str, ...]:
    return UPWARD_SHEETS + (DIAGNOSTIC_SHEETS if model.settings.pdf_lengkap else ())


def build_workbook(model: ReportModel, path: Path | io.BytesIO,
                   sheets: tuple[str, ...] = ALL_SHEETS, for_print: bool = False) -> None:
    """The report with `sheets`; `for_print` makes the workbook the PDF is
    printed from (the SKM sheet as its summary, without the rows per respondent)."""
    workbook = new_workbook(path, f"Indikator Kinerja Utama Kecamatan {model.kecamatan} "
                            f"{model.tahun}", f"Kecamatan {model.kecamatan}", model.tahun)
    styles = Styles(workbook)
    refs = PerhitunganRefs.plan(model)
    writers = {
        "IKU": lambda: write_iku(workbook, styles, model, refs),
        "Perhitungan": lambda: write_perhitungan(workbook, styles, refs),
        "Grafik": lambda: write_grafik(workbook, styles, model),
        "SKM": lambda: write_skm(workbook, styles, model, summary=for_print),
        "Pengukuran Kinerja": lambda: write_pengukuran(workbook, styles, model),
        "Analisis Capaian": lambda: write_analisis(workbook, styles, model),
        "Catatan Data": lambda: write_catatan(workbook, styles, model),
        "Sumber": lambda: write_sumber(workbook, styles, model),
        "Cara Data Dibaca": lambda: write_cara_baca(workbook, styles, model),
        DATA_SHEET: lambda: write_report_data(workbook, styles, model),
    }
    for name in sheets:
        if name != "SKM" or model.skm_code is not None:  # no survey index, no SKM sheet
            writers[name]()
    workbook.get_worksheet_by_name("IKU").activate()
    workbook.close()


def write_report(model: ReportModel, output_dir: Path, pdf: bool = True) -> WriteResult:
    """The report, its email text and PDF, placed in `output_dir`."""
    notices: list[str] = []
    name = report_name(model, output_dir)
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
        _clean_stale_temps(output_dir)
        temp = _temporary(output_dir, ".xlsx.tmp")
    except OSError as exc:
        raise OutputError(_sentence(exc, output_dir)) from exc
    email: Path | None = None
    rendered: Path | str | None = None
    try:
        write_whole(temp, partial(build_workbook, model))
        email = _email_text(model, name, output_dir, notices)
        if pdf:
            # LibreOffice takes seconds: the PDF is made before the lock, so
            # runs writing into one folder make theirs side by side.
            rendered = render_pdf(partial(build_workbook, model, sheets=pdf_sheets(model),
                                          for_print=True), name, output_dir)
        with output_lock(output_dir):
            target, placed = _place(temp, output_dir / name,
                                    lambda chosen: _companions(model, chosen, email, rendered))
        notices.extend(placed)
    except (OSError, xlsxwriter.exceptions.FileCreateError) as exc:
        raise OutputError(_sentence(exc, output_dir)) from exc
    finally:
        for left in (temp, email, rendered):
            if isinstance(left, Path):
                remove_quietly(left)
    return WriteResult(target, notices)


def write_whole(temp: Path, build: Callable[[io.BytesIO], None]) -> None:
    """The workbook `build` makes, built in memory, then written to `temp`
    in one go and flushed to the disk: a full disk fails here, with the file
    closed (a zip file xlsxwriter left open on a failed write would complain
    again when collected), and a power cut after the rename finds it whole."""
    buffer = io.BytesIO()
    build(buffer)
    with open(temp, "wb") as handle:
        handle.write(buffer.getbuffer())
        handle.flush()
        os.fsync(handle.fileno())


def _sentence(exc: BaseException, output_dir: Path) -> str:
    """Why nothing was written, and what to do, in one sentence."""
    reason = why(exc)
    if is_disk_full(exc):
        return (f"Laporan tidak dapat disimpan di {output_dir} karena disk penuh; kosongkan "
                "sebagian ruang disk (hapus atau pindahkan berkas yang tidak diperlukan), lalu "
                "jalankan lagi.")
    return (f"Laporan tidak dapat disimpan di {output_dir} ({reason}); laporan lama tetap utuh. "
            "Tutup berkas laporan yang sedang dibuka, periksa izin folder, atau pilih folder "
            "lain dengan --output, lalu jalankan lagi.")


def _temporary(folder: Path, suffix: str) -> Path:
    return new_temporary(folder, suffix)


def _email_text(model: ReportModel, name: str, folder: Path, notices: list[str]) -> Path | None:
    """The email text, written now under a name of this run's; None (and a
    sentence) when it cannot be: the report is what counts."""
    path = None
    try:
        path = _temporary(folder, ".txt.tmp")
        write_email_text(model, name, path)
        return path
    except OSError as exc:
        remove_quietly(path)
        notices.append(f"Teks ringkasan untuk email tidak dapat ditulis ({why(exc)}).")
        return None


# Tries at placing: with the lock one is enough; where the file system keeps
# no locks, another run may place its report between our look and our move.
_ATTEMPTS = 20


def place_file(temp: Path, target: Path) -> tuple[Path, list[str]]:
    """Move a finished workbook without companions (the rekap) from `temp`
    onto `target`, as a report is placed: under the output folder's lock, an
    earlier one to arsip/ first, or, held open, the new one as 'name (2)'.
    The path placed, and what to tell staff."""
    with output_lock(target.parent):
        return _place(temp, target, lambda chosen: [])


def _place(temp: Path, target: Path, companions: Callable[[Path], list[str]],
           ) -> tuple[Path, list[str]]:
    """Move an earlier report aside and the new files into place (the output
    folder's lock is held); `companions` places what goes beside the chosen
    name and says so."""
    for _ in range(_ATTEMPTS):
        chosen, notices, moved = target, [], []
        if any(p.exists() for p in (target, *companion_paths(target))):
            chosen, notice, moved = _make_room(target)
            notices.append(notice)
        try:
            move_new(temp, chosen)
        except FileExistsError:
            continue  # another run's report, placed just now: it is the earlier one now
        except OSError:
            _put_back(moved)  # no new report: the earlier one goes back where staff look
            raise
        notices.extend(companions(chosen))
        return chosen, notices
    raise FileExistsError(f"{target} terus diganti program lain")


def _put_back(moved: list[tuple[Path, Path]]) -> None:
    """Undo moves to arsip/ (best effort: what cannot go back stays in arsip/)."""
    for place, destination in reversed(moved):
        with contextlib.suppress(OSError):
            retrying(os.replace, destination, place)


def _companions(model: ReportModel, target: Path, email: Path | None,
                rendered: Path | str | None) -> list[str]:
    """The email text and the PDF (made already, or why not) beside the
    placed report; never an error."""
    notices = []
    if email is not None:
        place = companion_paths(target)[1]
        try:
            if target.name != report_name(model, target.parent):
                write_email_text(model, target.name, email)  # it names the attachment
            retrying(os.replace, email, place)
            notices.append(f"Teks ringkasan untuk email: {place}")
        except OSError as exc:
            notices.append(f"Teks ringkasan untuk email tidak dapat ditulis ({why(exc)}).")
    if rendered is not None:
        notices.append(place_pdf(rendered, target))
    return notices


class _ArchiveUnusable(Exception):
    """arsip/ cannot take the earlier report; the message says why."""


def _make_room(target: Path) -> tuple[Path, str, list[tuple[Path, Path]]]:
    """Move the earlier report and its PDF and email text to arsip/, each
    under a name claimed there first. If any of them is held open (Excel, a
    PDF reader), or arsip/ cannot be used, all stay where they are and the
    new report is 'name (2)'. The name to use, the sentence, what was moved."""
    archive = target.parent / ARCHIVE
    present = [p for p in (target, *companion_paths(target)) if p.exists()]
    moved: list[tuple[Path, Path]] = []  # (where it was, where it went)
    current = target
    try:
        claimed = _claim_names(archive, present)
        try:
            for current in present:
                # Out of `claimed` before the move: a failed move gives its claim
                # back itself, and another run may claim that name at once.
                destination = claimed.pop(current)
                try:
                    move_claimed(current, destination)
                except FileNotFoundError:
                    continue  # moved by a run that did not wait for the lock: kept there
                moved.append((current, destination))
        finally:
            for unused in claimed.values():  # never tried: still our empty files
                remove_quietly(unused)
        if not moved:
            return target, "Laporan lama sudah dipindahkan oleh proses lain.", moved
        return target, f"Laporan lama dipindahkan ke {moved[0][1]}.", moved
    except _ArchiveUnusable as exc:
        reason = str(exc)
    except PermissionError:
        _put_back(moved)  # the earlier files stay together
        held = "mungkin di Excel" if current is target else "mungkin di pembaca PDF"
        reason = f"Berkas lama {current.name} sedang dibuka ({held})"
    alternative = _alternative(target)
    return alternative, f"{reason}, jadi laporan baru disimpan sebagai {alternative.name}.", []


def _claim_names(archive: Path, present: list[Path]) -> dict[Path, Path]:
    """One free tag for the earlier report and its companions, their names in
    arsip/ created (claimed) before anything moves: two runs never choose the
    same name, and two reports archived in the same second keep their own
    PDF and email text."""
    if archive.exists() and not archive.is_dir():
        raise _ArchiveUnusable(
            f"Laporan lama tidak dapat diarsipkan karena {archive} adalah berkas, bukan folder "
            "(ganti nama atau pindahkan berkas itu)")
    try:
        archive.mkdir(exist_ok=True)
        stamp = tag = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        counter = 2
        while True:
            claimed: dict[Path, Path] = {}
            for path in present:
                name = archive / f"{path.stem}_{tag}{path.suffix}"
                if not claim(name):
                    break
                claimed[path] = name
            else:
                return claimed
            for name in claimed.values():
                remove_quietly(name)
            tag = f"{stamp}_{counter}"
            counter += 1
    except (PermissionError, FileExistsError, NotADirectoryError) as exc:
        if isinstance(exc, PermissionError) or archive.exists() and not archive.is_dir():
            raise _ArchiveUnusable(
                f"Laporan lama tidak dapat dipindahkan ke folder {archive} ({why(exc)}; "
                "periksa izin folder arsip itu)") from exc
        raise


def _alternative(target: Path) -> Path:
    """'name (2)', or the first number whose report, PDF and email text are all free."""
    counter = 2
    while True:
        alternative = target.with_name(f"{target.stem} ({counter}){target.suffix}")
        if not any(p.exists() for p in (alternative, *companion_paths(alternative))):
            return alternative
        counter += 1


# A run's temporary workbook lives until its PDF is made (at most
# PDF_TIMEOUT_S): only one older than that, with room to spare, is a
# killed run's.
STALE_AFTER_S = PDF_TIMEOUT_S + 120


def _clean_stale_temps(output_dir: Path, older_than: float = STALE_AFTER_S) -> None:
    """Remove what a killed run left behind: its temporary files beside the
    report (.iku-*.xlsx.tmp, .pdf.tmp, .txt.tmp) and its PDF export's
    folder in the system's temporary folder (iku-pdf-*, LibreOffice's
    profile and all)."""
    import shutil
    import time

    limit = time.time() - older_than
    for stale in output_dir.glob(".iku-*.tmp"):
        try:
            if stale.stat().st_mtime < limit:
                stale.unlink()
        except OSError:
            pass
    try:
        folders = list(Path(tempfile.gettempdir()).glob("iku-pdf-*"))
    except OSError:
        return
    for stale in folders:
        try:
            if stale.is_dir() and not stale.is_symlink() and stale.stat().st_mtime < limit:
                shutil.rmtree(stale, ignore_errors=True)
        except OSError:
            pass
