"""Sheet Cara Data Dibaca: per file and sheet, what the tool recognised it
as, which row held the headers, which column became which field, and which
rows were used or passed over - so staff can see how their file was read."""

from __future__ import annotations

from iku_excel.report.layout import fit_width, row_height
from iku_excel.report.model import ReportModel
from iku_excel.report.page import banner, new_sheet, setup_page, title
from iku_excel.report.styles import Styles

SHEET = "Cara Data Dibaca"
WIDTHS = (30, 16, 28, 10, 48, 14, 9, 40)


def write_cara_baca(workbook, styles: Styles, model: ReportModel) -> None:
    widths = _widths(model)
    sheet = new_sheet(workbook, SHEET, widths)
    last = len(WIDTHS) - 1
    row = banner(sheet, model, styles, 0, last)
    title(sheet, styles, row, last, "CARA DATA DIBACA")
    sheet.merge_range(row + 1, 0, row + 1, last,
                      "Setiap lembar yang dikenali: dibaca sebagai data apa, baris judul "
                      "kolomnya, kolom mana yang dipakai, dan baris mana yang dihitung.",
                      styles["small"])
    row = _tables(sheet, styles, model, row + 3, widths)
    row = _months(sheet, styles, model, row + 1)
    row = _summaries(sheet, styles, model, row + 1, widths)
    row = _unrecognised(sheet, styles, model, row + 1, widths)
    _skipped_files(sheet, styles, model, row + 1, widths)
    setup_page(sheet, model)


def _widths(model: ReportModel) -> tuple[float, ...]:
    """BERKAS and LEMBAR as wide as the names they show (up to a limit)."""
    names = [t.file for t in model.tables] + [u.file for u in model.unrecognised]
    sheets = [t.sheet for t in model.tables] + [u.sheet for u in model.unrecognised]
    return (fit_width(names, WIDTHS[0], 60), fit_width(sheets, WIDTHS[1], 30), *WIDTHS[2:])


def _header(sheet, styles, row: int, texts: tuple[str, ...]) -> int:
    for col, text in enumerate(texts):
        sheet.write_string(row, col, text, styles["header"])
    sheet.set_row(row, 30)  # two-line headers such as BARIS JUDUL
    return row + 1


def _tables(sheet, styles: Styles, model: ReportModel, row: int,
            widths: tuple[float, ...]) -> int:
    sheet.write_string(row, 0, "Lembar yang dibaca", styles["heading"])
    row = _header(sheet, styles, row + 1, (
        "BERKAS", "LEMBAR", "DIBACA SEBAGAI", "BARIS JUDUL", "KOLOM (huruf: judul -> isian)",
        "BARIS DATA", "JUMLAH", "BARIS DILEWATI"))
    for table in model.tables:
        values = (table.file, table.sheet + (" (tersembunyi)" if table.hidden else ""),
                  table.label, table.header_rows, table.mapping, table.data_rows)
        for col, value in enumerate(values):
            sheet.write_string(row, col, value, styles["cell"])
        sheet.write_number(row, 6, table.count, styles["int"])
        skipped_text = table.skipped
        sheet.write_string(row, 7, skipped_text, styles["cell"])
        sheet.set_row(row, row_height([(text, widths[col]) for col, text in
                                       enumerate((*values, "", skipped_text))]))
        row += 1
    if not model.tables:
        sheet.merge_range(row, 0, row, 7, "Tidak ada lembar yang dikenali.", styles["cell"])
        row += 1
    return row


def _months(sheet, styles: Styles, model: ReportModel, row: int) -> int:
    view = model.months
    if not view:
        return row
    sheet.write_string(row, 0, "Kelengkapan laporan kejadian bulanan", styles["heading"])
    row = _header(sheet, styles, row + 1, ("BULAN", "LEMBAR", "KEADAAN", "JUMLAH KONFLIK"))
    status_text = {"ada": "Ada laporan", "nihil": "NIHIL (tidak ada konflik)",
                   "tidak ada": "TIDAK ADA LEMBAR"}
    for month in view:
        style = styles["peringatan" if month.status == "tidak ada" else "cell"]
        sheet.write_string(row, 0, month.label, styles["cell"])
        sheet.write_string(row, 1, ", ".join(month.sheets) or "-", styles["cell"])
        sheet.write_string(row, 2, status_text[month.status], style)
        sheet.write_number(row, 3, month.count, styles["int"])
        row += 1
    return row


def _summaries(sheet, styles: Styles, model: ReportModel, row: int,
               widths: tuple[float, ...]) -> int:
    """Recap sheets and the survey's own tabulation: recognised, not counted."""
    if not model.summaries:
        return row
    sheet.write_string(row, 0, "Lembar ringkasan/rekap (tidak dihitung: angka IKU dihitung "
                       "dari daftar per baris)", styles["heading"])
    rows = [(item.file, item.sheet, item.source.label if item.source else "-", item.kind)
            for item in model.summaries]
    return _spanned_table(sheet, styles, row + 1, widths, ((0, 0), (1, 1), (2, 2), (3, 7)),
                          ("BERKAS", "LEMBAR", "RINGKASAN DARI", "JENIS"), rows)


def _unrecognised(sheet, styles: Styles, model: ReportModel, row: int,
                  widths: tuple[float, ...]) -> int:
    if not model.unrecognised:
        return row
    sheet.write_string(row, 0, "Lembar yang tidak dikenali (tidak dihitung)", styles["heading"])
    rows = [(item.file, item.sheet, item.closest.label if item.closest else "-",
             ", ".join(item.headers[:15]) or "-", ", ".join(item.missing) or "-")
            for item in model.unrecognised]
    return _spanned_table(sheet, styles, row + 1, widths,
                          ((0, 0), (1, 1), (2, 2), (3, 4), (5, 7)),
                          ("BERKAS", "LEMBAR", "PALING MIRIP", "JUDUL KOLOM YANG DITEMUKAN",
                           "KOLOM KURANG"), rows)


def _spanned_table(sheet, styles: Styles, row: int, widths: tuple[float, ...],
                   spans: tuple[tuple[int, int], ...], titles: tuple[str, ...],
                   rows: list[tuple[str, ...]]) -> int:
    """A table whose columns span (first, last) sheet columns, so every column
    of the sheet has a heading; each row as high as its wrapped text."""
    for (first, last), text in zip(spans, titles):
        _cell(sheet, row, first, last, text, styles["header"])
    sheet.set_row(row, 30)
    row += 1
    for values in rows:
        for (first, last), value in zip(spans, values):
            _cell(sheet, row, first, last, value, styles["cell"])
        sheet.set_row(row, row_height([(value, sum(widths[first:last + 1]))
                                       for (first, last), value in zip(spans, values)]))
        row += 1
    return row


def _cell(sheet, row: int, first: int, last: int, text: str, style) -> None:
    if first == last:
        sheet.write_string(row, first, text, style)
    else:
        sheet.merge_range(row, first, row, last, text, style)


def _skipped_files(sheet, styles: Styles, model: ReportModel, row: int,
                   widths: tuple[float, ...]) -> int:
    if not model.skipped_files:
        return row
    sheet.write_string(row, 0, "Berkas yang dilewati", styles["heading"])
    row = _header(sheet, styles, row + 1, ("BERKAS", "ALASAN"))
    for skipped in model.skipped_files:
        sheet.write_string(row, 0, skipped.file, styles["cell"])
        sheet.merge_range(row, 1, row, 7, skipped.reason, styles["cell"])
        sheet.set_row(row, row_height([(skipped.file, widths[0]),
                                       (skipped.reason, sum(widths[1:]))]))
        row += 1
    return row
