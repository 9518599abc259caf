"""Sheets Status Laporan (every expected kecamatan and every report file:
received, when made, which period, example data, its own error and warning
counts, and what the rekap did with it) and Sumber (each file read, its size
and SHA-256, and what it was read as)."""

from __future__ import annotations

from iku_excel.rekap.model import RekapModel
from iku_excel.report.layout import fit_width, row_height
from iku_excel.report.page import new_sheet, number_or_dash, setup_page, title
from iku_excel.report.styles import Styles

STATUS_SHEET, SUMBER_SHEET = "Status Laporan", "Sumber"
STATUS_HEADERS = ("NO", "KECAMATAN", "BERKAS", "DIBUAT", "PERIODE", "DATA CONTOH", "GALAT",
                  "PERINGATAN", "STATUS", "KETERANGAN")
STATUS_WIDTHS = (5, 18, 30, 18, 16, 9, 8, 11, 15, 50)


def write_status(workbook, styles: Styles, model: RekapModel) -> None:
    lines = model.status_lines()
    widths = list(STATUS_WIDTHS)
    widths[2] = fit_width([line.berkas or "" for line in lines], STATUS_WIDTHS[2], 50)
    last = len(widths) - 1
    sheet = new_sheet(workbook, STATUS_SHEET, tuple(widths))
    title(sheet, styles, 0, last, "STATUS LAPORAN KECAMATAN")
    title(sheet, styles, 1, last,
          f"Kabupaten {model.kabupaten} - {model.selection.period.text}", "subtitle")
    sheet.merge_range(2, 0, 2, last, model.summary_line, styles["small"])
    header = 4
    for col, text in enumerate(STATUS_HEADERS):
        sheet.write_string(header, col, text, styles["header_small"])
    sheet.set_row(header, 26)
    r = header
    for no, line in enumerate(lines, start=1):
        r += 1
        sheet.write_number(r, 0, no, styles["cell_center"])
        sheet.write_string(r, 1, line.kecamatan, styles["cell"])
        sheet.write_string(r, 2, line.berkas or "-", styles["cell"])
        if line.dibuat is not None:
            sheet.write_datetime(r, 3, line.dibuat, styles["datetime"])
        else:
            sheet.write_string(r, 3, "-", styles["dash"])
        sheet.write_string(r, 4, line.periode or "-", styles["cell"])
        contoh = "-" if line.contoh is None else ("Ya" if line.contoh else "Tidak")
        sheet.write_string(r, 5, contoh, styles["cell_center"])
        number_or_dash(sheet, styles, r, 6, line.galat, "int")
        number_or_dash(sheet, styles, r, 7, line.peringatan, "int")
        sheet.write_string(r, 8, line.status, styles["cell"])
        sheet.write_string(r, 9, line.keterangan, styles["cell"])
        sheet.set_row(r, row_height([(line.keterangan, widths[9]),
                                     (line.berkas or "", widths[2])]))
    sheet.autofilter(header, 0, r, last)
    sheet.freeze_panes(header + 1, 0)
    setup_page(sheet, model, repeat_rows=(header, header))


def write_sumber(workbook, styles: Styles, model: RekapModel) -> None:
    widths = (fit_width([s.info.name for s in model.sources], 34, 60), 14, 70, 34)
    last = len(widths) - 1
    sheet = new_sheet(workbook, SUMBER_SHEET, widths)
    title(sheet, styles, 0, last, "BERKAS YANG DIBACA")
    sheet.merge_range(1, 0, 1, last, "Ukuran dan SHA-256 setiap berkas, untuk memeriksa bahwa "
                      "berkas yang direkap sama dengan yang dikirim kecamatan.", styles["small"])
    header = 3
    for col, text in enumerate(("BERKAS", "UKURAN (BYTE)", "SHA-256", "DIBACA SEBAGAI")):
        sheet.write_string(header, col, text, styles["header"])
    r = header
    for source in model.sources:
        r += 1
        sheet.write_string(r, 0, source.info.name, styles["cell"])
        sheet.write_number(r, 1, source.info.size, styles["int"])
        sheet.write_string(r, 2, source.info.sha256, styles["cell"])
        sheet.write_string(r, 3, source.role, styles["cell"])
    setup_page(sheet, model, repeat_rows=(header, header))
