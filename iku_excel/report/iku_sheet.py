"""Sheet IKU: the official table of the IKU document, with target,
realisation and achievement to its right, and the Camat's signature block."""

from __future__ import annotations

from iku_excel.catalogue.tugas_fungsi import letter
from iku_excel.report.layout import RowHeights, column_points, fraction_text, row_height
from iku_excel.report.model import ReportModel
from iku_excel.report.page import banner, new_sheet, printable_landscape, setup_page
from iku_excel.report.perhitungan_sheet import PerhitunganRefs
from iku_excel.report.styles import Styles

SHEET = "IKU"
HEADERS = ("NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA UTAMA",
           "PENJELASAN / FORMULASI PENGHITUNGAN", "SUMBER DATA", "PENANGGUNG JAWAB",
           "TARGET", "REALISASI", "CAPAIAN (%)", "KATEGORI")
WIDTHS = (5, 26, 32, 46, 22, 15, 11, 12, 12, 20)
LAST_COL = len(HEADERS) - 1
SIGNATURE_FIRST_COL = 6


def write_iku(workbook, styles: Styles, model: ReportModel, refs: PerhitunganRefs) -> None:
    sheet = new_sheet(workbook, SHEET, WIDTHS)
    rows = RowHeights(sheet)
    row = banner(sheet, model, styles, 0, LAST_COL)
    if row:
        rows.heights[0] = 30
    for i, line in enumerate(model.title_lines):
        sheet.merge_range(row, 0, row, LAST_COL, line, styles["title" if i == 0 else "subtitle"])
        rows.set(row, 21 if i == 0 else 17)  # 14 and 12 pt: taller than a default row
        row += 1
    title_last = row - 1
    row = _tugas_fungsi(sheet, rows, styles, model, row + 1)
    gap = row  # the blank row between Tugas Fungsi and the table
    row += 1
    header_row = row
    for col, text in enumerate(HEADERS):
        sheet.write_string(row, col, text, styles["header"])
    rows.set(row, 32)
    row = _table(sheet, rows, styles, model, refs, row + 1)
    last_row = _signature(sheet, rows, styles, model, row + 1)
    sheet.print_area(0, 0, last_row, LAST_COL)
    scale = _scale(model)
    titles = rows.total(title_last)
    table = rows.total(last_row) - rows.total(gap - 1)
    if rows.total(last_row) * scale <= _page_height(model):
        setup_page(sheet, model)
    elif (titles + table) * scale <= _page_height(model):
        # The title, kecamatan and year stand on the page the Camat signs, as
        # on the document: they repeat at the top of the table's page, and
        # Tugas Fungsi keeps the page before. A signature alone on a page is
        # not accepted upward, so the table and its signature stay together.
        setup_page(sheet, model, repeat_rows=(0, title_last))
        sheet.set_h_pagebreaks([gap])
    else:
        # A table taller than a page: its header repeats instead.
        setup_page(sheet, model, repeat_rows=(header_row, header_row))
        sheet.set_h_pagebreaks([header_row])


def _tugas_fungsi(sheet, rows: RowHeights, styles: Styles, model: ReportModel, row: int) -> int:
    """The Tugas Fungsi block (the catalogue's; none for a catalogue without
    one); the row after it."""
    tugas = model.tugas_fungsi
    if tugas is None or not (tugas.pokok or tugas.items):
        return row
    sheet.write_string(row, 0, "Tugas Fungsi", styles["heading"])
    row += 1
    text_width = sum(WIDTHS[1:])
    if tugas.pokok:
        sheet.merge_range(row, 0, row, LAST_COL, tugas.pokok, styles["plain"])
        rows.set(row, row_height([(tugas.pokok, text_width + WIDTHS[0])]))
        row += 1
    for index, item in enumerate(tugas.items):
        sheet.write_string(row, 0, f"{letter(index)}.", styles["plain_nowrap"])
        sheet.merge_range(row, 1, row, LAST_COL, item, styles["plain"])
        rows.set(row, row_height([(item, text_width)]))
        row += 1
    return row


def _scale(model: ReportModel) -> float:
    """How much a page one sheet wide shrinks the rows."""
    width, _ = printable_landscape(model.settings.ukuran_kertas)
    return min(1.0, width / sum(column_points(w) for w in WIDTHS))


def _page_height(model: ReportModel) -> float:
    return printable_landscape(model.settings.ukuran_kertas)[1]


def _table(sheet, rows: RowHeights, styles: Styles, model: ReportModel, refs: PerhitunganRefs,
           row: int) -> int:
    # Consecutive rows of one sasaran share merged NO and SASARAN cells, as
    # in the signed document. Merged ranges must not overlap or Excel reports
    # the file as corrupt, so each run of rows is merged exactly once.
    spans: list[list[int]] = []
    for i, item in enumerate(model.rows):
        if spans and model.rows[spans[-1][0] - row].indicator.no == item.indicator.no:
            spans[-1].append(row + i)
        else:
            spans.append([row + i])
    for span in spans:
        first = model.rows[span[0] - row].indicator
        if len(span) > 1:
            sheet.merge_range(span[0], 0, span[-1], 0, first.no, styles["cell_center"])
            sheet.merge_range(span[0], 1, span[-1], 1, first.sasaran, styles["cell"])
        else:
            if isinstance(first.no, int):
                sheet.write_number(span[0], 0, first.no, styles["cell_center"])
            else:
                sheet.write_string(span[0], 0, first.no, styles["cell_center"])
            sheet.write_string(span[0], 1, first.sasaran, styles["cell"])
    for i, item in enumerate(model.rows):
        r = row + i
        ind = item.indicator
        if item.pembilang_text:
            explanation = fraction_text(item.pembilang_text, item.penyebut_text, WIDTHS[3])
        else:
            explanation = ind.penjelasan or ""
        sheet.write_string(r, 2, ind.nama, styles["cell"])
        sheet.write_string(r, 3, explanation,
                           styles["formula_text" if item.pembilang_text else "cell"])
        sheet.write_string(r, 4, ind.sumber_data, styles["cell"])
        sheet.write_string(r, 5, ind.penanggung_jawab, styles["cell_center"])
        refs.write_result_cells(sheet, styles, r, 6, ind.code)
        rows.set(r, row_height([(ind.nama, WIDTHS[2]), (explanation, WIDTHS[3]),
                                (ind.sumber_data, WIDTHS[4]),
                                (refs.kategori_text(ind.code), WIDTHS[9]),
                                (ind.sasaran, WIDTHS[1])], minimum=45))
    return row + len(model.rows)


def _signature(sheet, rows: RowHeights, styles: Styles, model: ReportModel, row: int) -> int:
    """Place, month and year / CAMAT X / room to sign / name / pangkat / NIP,
    on the right as in the document, with the not-final line above it when
    the report is not ready to sign. Returns the last row used."""
    not_final = model.not_final
    if not_final:
        sheet.merge_range(row, 0, row, LAST_COL, not_final, styles["not_final"])
        rows.set(row, 24)
        row += 2
    for offset, (text, role) in enumerate(model.signature):
        sheet.merge_range(row + offset, SIGNATURE_FIRST_COL, row + offset, LAST_COL, text,
                          styles["sign_name" if role == "name" else "sign"])
    return row + len(model.signature) - 1
