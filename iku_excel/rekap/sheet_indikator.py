"""Sheet Per Indikator: for each shared indicator Kode, one block of the
kecamatan that report it (best achievement first) and a bar chart of their
achievement beside it; each block starts a printed page."""

from __future__ import annotations

from iku_excel.rekap.model import RekapModel
from iku_excel.rekap.rollup import Placing, SharedKode
from iku_excel.rekap.sheet_rekap import short_name
from iku_excel.report.layout import row_height
from iku_excel.report.page import new_sheet, number_or_dash, setup_page, title
from iku_excel.report.styles import CHART_NUM2, Styles

SHEET = "Per Indikator"
HEADERS = ("NO", "KECAMATAN", "TARGET", "REALISASI", "CAPAIAN (%)", "KATEGORI", "PERINGKAT")
WIDTHS = (5, 20, 11, 11, 11, 14, 10)
LAST = len(HEADERS) - 1
CHART_COL = LAST + 2
ROW_PX = 20          # a 15-point row
CHART_WIDTH_PX = 520


def write_per_indikator(workbook, styles: Styles, model: RekapModel) -> None:
    sheet = new_sheet(workbook, SHEET, WIDTHS + (2,))
    title(sheet, styles, 0, LAST, "CAPAIAN PER INDIKATOR")
    title(sheet, styles, 1, LAST,
          f"Kabupaten {model.kabupaten} - {model.selection.period.text}", "subtitle")
    r = 3
    breaks = []
    for number, shared in enumerate(model.rollup.shared, start=1):
        if number > 1:
            breaks.append(r)
        r = _block(workbook, sheet, styles, r, number, shared,
                   model.rollup.blocks[shared.kode]) + 2
    if not model.rollup.shared:
        sheet.merge_range(r, 0, r, LAST, "Tidak ada indikator yang dapat direkap.",
                          styles["cell"])
    sheet.set_h_pagebreaks(breaks)
    setup_page(sheet, model)


def _block(workbook, sheet, styles: Styles, r: int, number: int, shared: SharedKode,
           placings: tuple[Placing, ...]) -> int:
    """Write one block from row `r`; the last row it (or its chart) takes."""
    heading = (f"{number}. {shared.indikator or short_name(shared.kode)} (kode "
               f"{shared.kode}; satuan {shared.satuan or '-'}; arah {shared.arah or '-'})")
    sheet.merge_range(r, 0, r, LAST, heading, styles["highlight"])
    # Bold text is wider: about a tenth fewer letters to a line.
    sheet.set_row(r, row_height([(heading, sum(WIDTHS) * 0.9)], minimum=18))
    chart_top = r
    r += 1
    for col, text in enumerate(HEADERS):
        sheet.write_string(r, col, text, styles["header_small"])
    sheet.set_row(r, 26)
    first = r + 1
    for no, placing in enumerate(placings, start=1):
        r += 1
        item = placing.item
        number_style = "pct2" if item.satuan == "%" else "num2"
        sheet.write_number(r, 0, no, styles["cell_center"])
        sheet.write_string(r, 1, placing.kecamatan, styles["cell"])
        number_or_dash(sheet, styles, r, 2, item.target, number_style)
        number_or_dash(sheet, styles, r, 3, item.realisasi, number_style)
        number_or_dash(sheet, styles, r, 4,
                       float(placing.capaian) if placing.capaian is not None else None, "pct2")
        # A kategori beside a capaian not compared (its Data sheet contradicts it) is none.
        kategori = item.kategori if placing.capaian is not None else None
        sheet.write_string(r, 5, kategori or "-", styles["cell_center"])
        number_or_dash(sheet, styles, r, 6, placing.rank, "int")
    height = max(ROW_PX * (len(placings) + 2), 260)
    chart = workbook.add_chart({"type": "bar"})
    chart.add_series({
        "name": "Capaian (%)",
        "categories": [SHEET, first, 1, max(first, r), 1],
        "values": [SHEET, first, 4, max(first, r), 4],
        "data_labels": {"value": True, "num_format": CHART_NUM2},
        "fill": {"color": "#4472C4"},
    })
    name = short_name(shared.kode, shared.indikator)
    chart.set_title({"name": f"Capaian {name} (%)", "name_font": {"size": 11}})
    chart.set_legend({"none": True})
    # Without a border of its own: LibreOffice drew the chart area's bottom
    # edge as a stray line well under the chart (its PDF, the printed rekap).
    chart.set_chartarea({"border": {"none": True}})
    chart.set_x_axis({"min": 0, "num_format": CHART_NUM2.replace(".00", ""),
                      "major_gridlines": {"visible": True}})
    # Bars run bottom-up in Excel: reversed, the best stands on top as in the table.
    chart.set_y_axis({"reverse": True})
    sheet.insert_chart(chart_top, CHART_COL, chart, {
        "x_scale": CHART_WIDTH_PX / 480, "y_scale": height / 288, "object_position": 2})
    return max(r, chart_top + height // ROW_PX)
