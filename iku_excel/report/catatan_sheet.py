"""Sheet Catatan Data: every problem found in the inputs, equal ones grouped."""

from __future__ import annotations

from iku_excel.report.layout import row_height
from iku_excel.report.model import ReportModel
from iku_excel.report.page import banner, new_sheet, setup_page
from iku_excel.report.styles import Styles

SHEET = "Catatan Data"
HEADERS = ("NO", "TINGKAT", "BERKAS", "LEMBAR", "BARIS", "KOLOM", "NILAI", "KETERANGAN",
           "YANG PERLU DILAKUKAN")
WIDTHS = (5, 12, 26, 14, 12, 16, 16, 60, 45)


def write_catatan(workbook, styles: Styles, model: ReportModel) -> None:
    sheet = new_sheet(workbook, SHEET, WIDTHS)
    row = banner(sheet, model, styles, 0, len(HEADERS) - 1)
    sheet.merge_range(row, 0, row, len(HEADERS) - 1, "CATATAN DATA MASUKAN", styles["title"])
    sheet.merge_range(row + 1, 0, row + 1, len(HEADERS) - 1,
                      "Kesalahan: baris/lembar tidak dipakai. Peringatan: dipakai, tetapi perlu "
                      "diperiksa. Catatan: untuk diketahui.", styles["small"])
    row += 3
    header_row = row
    for col, text in enumerate(HEADERS):
        sheet.write_string(row, col, text, styles["header"])
    row += 1
    if not model.notes:
        sheet.merge_range(row, 0, row, len(HEADERS) - 1,
                          "Tidak ada masalah: semua data masukan terbaca dengan baik.",
                          styles["cell"])
    for no, note in enumerate(model.notes, start=1):
        level = note.tingkat.value
        values = (note.tingkat.label.capitalize(), note.berkas, note.lembar, note.baris,
                  note.kolom, note.nilai, note.pesan, note.tindakan)
        sheet.write_number(row, 0, no, styles["cell_center"])
        for col, value in enumerate(values, start=1):
            # Text from the inputs stays text: never a formula, whatever it starts with.
            sheet.write_string(row, col, str(value), styles[level if col == 1 else "cell"])
        sheet.set_row(row, row_height([(note.pesan, WIDTHS[7]), (note.tindakan, WIDTHS[8]),
                                       (note.berkas, WIDTHS[2]), (note.nilai, WIDTHS[6])]))
        row += 1
    sheet.autofilter(header_row, 0, max(row - 1, header_row), len(HEADERS) - 1)
    sheet.freeze_panes(header_row + 1, 0)
    setup_page(sheet, model, repeat_rows=(header_row, header_row))
