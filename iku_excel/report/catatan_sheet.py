"""Sheet Catatan Data: every problem found in the inputs, equal ones grouped."""

from __future__ import annotations

from iku_excel.report.layout import fit_width, row_height
from iku_excel.report.model import ReportModel
from iku_excel.report.page import banner, new_sheet, setup_page, title
from iku_excel.report.styles import Styles

SHEET = "Catatan Data"
HEADERS = ("NO", "TINGKAT", "BERKAS", "LEMBAR", "BARIS", "KOLOM", "NILAI", "KETERANGAN",
           "YANG PERLU DILAKUKAN")
WIDTHS = (5, 12, 26, 14, 12, 16, 16, 60, 45)


def write_catatan(workbook, styles: Styles, model: ReportModel) -> None:
    # File and sheet names on one line where they fit: they wrap mid-word.
    widths = (*WIDTHS[:2], fit_width([n.berkas for n in model.notes], WIDTHS[2], 48),
              fit_width([n.lembar for n in model.notes], WIDTHS[3], 24), *WIDTHS[4:])
    sheet = new_sheet(workbook, SHEET, widths)
    row = banner(sheet, model, styles, 0, len(HEADERS) - 1)
    title(sheet, styles, row, len(HEADERS) - 1, "CATATAN DATA MASUKAN")
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
        sheet.set_row(row, row_height([(str(value), widths[col])
                                       for col, value in enumerate(values, start=1)]))
        row += 1
    sheet.autofilter(header_row, 0, max(row - 1, header_row), len(HEADERS) - 1)
    sheet.freeze_panes(header_row + 1, 0)
    setup_page(sheet, model, repeat_rows=(header_row, header_row))
