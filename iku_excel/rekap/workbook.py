"""Write the rekap workbook whole or not at all, by the reports' rules:
built in memory and written to a temporary file in the output folder as the
report is (writer.write_whole), then placed by the report's own placing step
(an earlier rekap of the same name goes to arsip/)."""

from __future__ import annotations

import io
from functools import partial
from pathlib import Path

import xlsxwriter
import xlsxwriter.exceptions

from iku_excel.rekap.model import RekapModel
from iku_excel.rekap.sheet_indikator import write_per_indikator
from iku_excel.rekap.sheet_rekap import write_rekap
from iku_excel.rekap.sheet_status import write_status, write_sumber
from iku_excel.report.book import new_workbook
from iku_excel.report.catatan_sheet import write_catatan
from iku_excel.report.placing import new_temporary, remove_quietly, why
from iku_excel.report.styles import Styles
from iku_excel.report.writer import OutputError, place_file, write_whole

SHEETS = ("Rekap", "Per Indikator", "Status Laporan", "Catatan Data", "Sumber")


def rekap_name(model: RekapModel) -> str:
    safe = "".join(ch if ch.isalnum() else "_" for ch in model.kabupaten.strip()) or "Kabupaten"
    quarter = f"_TW{model.triwulan}" if model.triwulan else ""
    return f"Rekap_IKU_Kabupaten_{safe}_{model.tahun}{quarter}.xlsx"


def build_rekap_workbook(model: RekapModel, path: Path | io.BytesIO) -> None:
    # Kecamatan and file names come from the inputs: text, never a formula.
    workbook = new_workbook(
        path, f"Rekap IKU Kecamatan Kabupaten {model.kabupaten} {model.selection.period.text}",
        f"Kabupaten {model.kabupaten}", model.tahun)
    styles = Styles(workbook)
    write_rekap(workbook, styles, model)
    write_per_indikator(workbook, styles, model)
    write_status(workbook, styles, model)
    write_catatan(workbook, styles, model)
    write_sumber(workbook, styles, model)
    workbook.get_worksheet_by_name("Rekap").activate()
    workbook.close()


def write_rekap_workbook(model: RekapModel, output_dir: Path) -> tuple[Path, list[str]]:
    """The path written, and sentences for the console (an earlier rekap archived)."""
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
        temp = new_temporary(output_dir, ".xlsx.tmp")
    except OSError as exc:
        raise OutputError(f"Folder keluaran {output_dir} tidak dapat ditulisi "
                          f"({why(exc)}).") from exc
    try:
        write_whole(temp, partial(build_rekap_workbook, model))
        path, notices = place_file(temp, output_dir / rekap_name(model))
        return path, [n.replace("Laporan lama", "Rekap lama", 1) for n in notices]
    except (OSError, xlsxwriter.exceptions.FileCreateError) as exc:
        raise OutputError(f"Rekap tidak dapat disimpan di {output_dir} ({why(exc)}). "
                          "Periksa sisa ruang disk dan izin folder.") from exc
    finally:
        remove_quietly(temp)
