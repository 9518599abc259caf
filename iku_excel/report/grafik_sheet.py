"""Sheet Grafik: native Excel charts of target against realisation, and of
capaian coloured by its category."""

from __future__ import annotations

from iku_excel.catalogue.model import INDEKS_SKM, unit_suffix
from iku_excel.report.model import ReportModel
from iku_excel.report.page import banner, setup_page, title
from iku_excel.report.styles import CHART_NUM0, CHART_NUM2, Styles

SHEET = "Grafik"
CATEGORY_COLOURS = {
    "Sangat Baik": "#2E7D32", "Baik": "#7CB342", "Cukup": "#FBC02D", "Kurang": "#EF6C00",
    "Sangat Kurang": "#C62828",
}
NO_CATEGORY = "#9E9E9E"


def write_grafik(workbook, styles: Styles, model: ReportModel) -> None:
    sheet = workbook.add_worksheet(SHEET)
    sheet.set_column(0, 0, 30)
    sheet.set_column(1, 4, 14)
    row = banner(sheet, model, styles, 0, 8)
    title(sheet, styles, row, 8,
          f"GRAFIK CAPAIAN IKU KECAMATAN {model.kecamatan.upper()} {model.period_text.upper()}")
    row += 2
    header = row
    for col, text in enumerate(("INDIKATOR", "TARGET", "REALISASI", "CAPAIAN (%)", "KATEGORI")):
        sheet.write_string(row, col, text, styles["header"])
    row += 1
    first = row
    colours = []
    for item in model.rows:
        result = item.result
        sheet.write_string(row, 0, item.indicator.label, styles["cell"])
        target = result.target.reference(item.indicator.arah) if result.target else None
        capaian = result.capaian.nilai if result.capaian else None
        # A score (an IDM of 0,7291) keeps up to 4 decimals; the rest show 2.
        fine = item.indicator.cara != INDEKS_SKM and not unit_suffix(item.indicator.satuan)
        for col, value in ((1, target), (2, result.nilai), (3, capaian)):
            if value is None:
                sheet.write_string(row, col, "-", styles["dash"])
            else:
                sheet.write_number(row, col, value, styles["num2_4" if fine and col < 3
                                                            else "num2"])
        kategori = result.capaian.kategori if result.capaian and result.capaian.kategori else "-"
        sheet.write_string(row, 4, kategori, styles["cell"])
        colours.append({"fill": {"color": CATEGORY_COLOURS.get(kategori, NO_CATEGORY)}})
        row += 1
    last = row - 1

    versus = workbook.add_chart({"type": "column"})
    for col, colour in ((1, "#5B9BD5"), (2, "#ED7D31")):  # named by their header cells
        versus.add_series({"name": [SHEET, header, col],
                           "categories": [SHEET, first, 0, last, 0],
                           "values": [SHEET, first, col, last, col],
                           "fill": {"color": colour},
                           "data_labels": {"value": True, "num_format": CHART_NUM2}})
    versus.set_title({"name": "Target dan Realisasi per Indikator"})
    versus.set_legend({"position": "bottom"})
    # Names at the foot of the chart: at the zero line they collide with the
    # labels of negative bars (a fall of violations is negative).
    versus.set_x_axis({"label_position": "low"})
    versus.set_y_axis({"num_format": CHART_NUM0})
    sheet.insert_chart(row + 1, 0, versus, {"x_scale": 2.0, "y_scale": 1.2})

    capaian_chart = workbook.add_chart({"type": "bar"})
    capaian_chart.add_series({"name": "Capaian (%)",
                              "categories": [SHEET, first, 0, last, 0],
                              "values": [SHEET, first, 3, last, 3],
                              "points": colours,
                              "data_labels": {"value": True, "num_format": CHART_NUM2}})
    capaian_chart.set_title({"name": "Capaian (%) menurut kategori"})
    capaian_chart.set_legend({"none": True})
    capaian_chart.set_x_axis({"min": 0, "num_format": CHART_NUM0})
    sheet.insert_chart(row + 20, 0, capaian_chart, {"x_scale": 2.0, "y_scale": 1.2})
    legend_row = row + 40
    sheet.write_string(legend_row, 0, "Warna kategori capaian:", styles["heading"])
    for offset, (name, colour) in enumerate(CATEGORY_COLOURS.items(), start=1):
        swatch = workbook.add_format({"bg_color": colour, "border": 1})
        sheet.write_blank(legend_row + offset, 1, None, swatch)
        sheet.write_string(legend_row + offset, 0, name, styles["cell"])
    setup_page(sheet, model, one_page=True)
