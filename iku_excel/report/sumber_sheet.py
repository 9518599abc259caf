"""Sheet Sumber: where every figure came from (files, sheets, rows), and
each input file's size and SHA-256 so a recipient can check what was used."""

from __future__ import annotations

from iku_excel.catalogue.model import NILAI
from iku_excel.report.layout import fit_width, row_height
from iku_excel.report.model import ReportModel, rows_text
from iku_excel.report.page import banner, new_sheet, setup_page, title
from iku_excel.report.styles import Styles

SHEET = "Sumber"
WIDTHS = (34, 30, 30, 18, 40, 10)


def write_sumber(workbook, styles: Styles, model: ReportModel) -> None:
    widths = _widths(model)
    sheet = new_sheet(workbook, SHEET, widths)
    row = banner(sheet, model, styles, 0, len(WIDTHS) - 1)
    title(sheet, styles, row, len(WIDTHS) - 1, "SUMBER DATA SETIAP ANGKA")
    row += 2
    row = _figures(sheet, styles, model, row, widths)
    _files(sheet, styles, model, row + 1)
    setup_page(sheet, model)


def _widths(model: ReportModel) -> tuple[float, ...]:
    """File and sheet names on one line where they fit (up to a limit): a
    name wrapped has no space to wrap at and breaks mid-word."""
    refs = [ref for result in model.results.values() for ref in result.rows]
    files = [ref.file for ref in refs]
    return (fit_width([info.name for info in model.files], WIDTHS[0], 60), WIDTHS[1],
            fit_width(files, WIDTHS[2], 60), fit_width([r.sheet for r in refs], WIDTHS[3], 30),
            *WIDTHS[4:])


def _header(sheet, styles, row: int, texts: tuple[str, ...]) -> int:
    for col, text in enumerate(texts):
        sheet.write_string(row, col, text, styles["header"])
    return row + 1


def _figures(sheet, styles: Styles, model: ReportModel, row: int,
             widths: tuple[float, ...]) -> int:
    sheet.write_string(row, 0, "Angka pada lembar IKU dihitung dari baris berikut",
                       styles["heading"])
    row = _header(sheet, styles, row + 1,
                  ("INDIKATOR", "DIHITUNG SEBAGAI", "BERKAS", "LEMBAR", "BARIS (EXCEL)",
                   "JUMLAH"))
    for item in model.rows:
        result, name = item.result, item.indicator.label
        if not result.rows:
            place = item.indicator.place
            typed = (f"Diisi langsung di lembar Indikator ({place.file}, lembar {place.sheet} "
                     f"baris {place.row}, kolom Realisasi)") if item.indicator.cara == NILAI \
                and result.sebab is None else f"Tidak ada baris: {result.sebab or '-'}"
            sheet.write_string(row, 0, name, styles["cell"])
            sheet.merge_range(row, 1, row, 5, typed, styles["cell"])
            row += 1
            continue
        for ref in result.rows:
            listed = rows_text(ref.rows)
            values = (name, ref.what, ref.file, ref.sheet, listed)
            for col, value in enumerate(values):
                sheet.write_string(row, col, value, styles["cell"])
            sheet.write_number(row, 5, len(ref.rows), styles["int"])
            sheet.set_row(row, row_height([(text, widths[col])
                                           for col, text in enumerate(values)]))
            row += 1
    return row


def _files(sheet, styles: Styles, model: ReportModel, row: int) -> int:
    sheet.write_string(row, 0, "Berkas masukan (untuk memeriksa bahwa berkasnya sama)",
                       styles["heading"])
    row = _header(sheet, styles, row + 1, ("BERKAS", "UKURAN (BYTE)", "SHA-256"))
    for info in model.files:
        sheet.write_string(row, 0, info.name, styles["cell"])
        sheet.write_number(row, 1, info.size, styles["int"])
        sheet.merge_range(row, 2, row, 4, info.sha256, styles["cell"])
        row += 1
    return row
