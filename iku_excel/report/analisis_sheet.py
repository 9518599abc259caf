"""Sheet Analisis Capaian, the LKjIP chapter III tables (cycle.md): per
indicator the target, realisation and achievement of year n, the
realisation and achievement of year n-1, the change of the realisation
judged by the indicator's direction, and the Renstra end target with the
achievement against it; every empty cell says why in Keterangan. Below, a
chart of realisation n-1 beside n per indicator (drawn from a small table of
numbers only: a missing figure is a gap, never a bar of 0)."""

from __future__ import annotations

from iku_excel.catalogue.model import (
    HIGHER_IS_BETTER,
    INDEKS_SKM,
    KUMULATIF,
    KUMULATIF_PEMBILANG,
    CatalogueRow,
    unit_suffix,
)
from iku_excel.report.layout import column_points, row_height
from iku_excel.report.model import ROMAN, ReportModel
from iku_excel.report.page import (
    TITLE_HEIGHT,
    banner,
    number_or_dash,
    printable_landscape,
    setup_page,
    title,
)
from iku_excel.report.styles import CHART_NUM0, CHART_NUM2, Styles

SHEET = "Analisis Capaian"
WIDTHS = (5, 34, 9, 10, 11, 10, 11, 10, 11, 9, 11, 10, 8, 11, 40)
LAST = len(WIDTHS) - 1


def judge(n: float, n_1: float, better_higher: bool) -> tuple[float, str, str]:
    """(change in points, naik/turun/tetap, membaik/memburuk/tetap)."""
    change = round(n - n_1, 10)
    if change == 0:
        return 0.0, "tetap", "tetap"
    word = "naik" if change > 0 else "turun"
    return change, word, "membaik" if (change > 0) == better_higher else "memburuk"


def better_higher(row: CatalogueRow, rumus: str) -> bool:
    """Whether a higher realisation is the better one. A fall written as the
    document writes it ((n - (n-1)) / n) is negative: there the more negative
    value is the better one, whatever Arah says."""
    if row.is_decrease and rumus == "dokumen":
        return False
    return row.arah == HIGHER_IS_BETTER


def write_analisis(workbook, styles: Styles, model: ReportModel) -> None:
    sheet = workbook.add_worksheet(SHEET)
    for col, width in enumerate(WIDTHS):
        sheet.set_column(col, col, width)
    n, n_1 = model.tahun, model.tahun - 1
    row = banner(sheet, model, styles, 0, LAST)
    title(sheet, styles, row, LAST, "ANALISIS CAPAIAN KINERJA")
    title(sheet, styles, row + 1, LAST, f"Kecamatan {model.kecamatan} - {model.period_text}",
          "subtitle")
    row += 3
    header = row
    # A quarterly report's year n is its period: up to the quarter, against its target.
    now = f"TW {ROMAN[model.triwulan - 1]} {n}" if model.triwulan else str(n)
    heads = ("NO", "INDIKATOR", "SATUAN", f"TARGET {now}",
             f"REALISASI {'S.D. ' if model.triwulan else ''}{now}",
             f"CAPAIAN {now} (%)", f"REALISASI {n_1}", f"CAPAIAN {n_1} (%)",
             "PERUBAHAN REALISASI (POIN)", "NAIK / TURUN", "MEMBAIK / MEMBURUK",
             "TARGET AKHIR RENSTRA", "TAHUN", "CAPAIAN THD TARGET RENSTRA (%)", "KETERANGAN")
    for col, text in enumerate(heads):
        sheet.write_string(row, col, text, styles["header_small"])
    sheet.set_row(row, 45)
    row += 1
    # Up to quarter N set against the whole of n-1, a count that grows through
    # the year would read as a fall: not judged yet. Triwulan IV is the year.
    partial = model.triwulan if model.triwulan in (1, 2, 3) else None
    chart_rows = []
    tall = []  # the table's row heights, for the page-fit decision below
    for no, item in enumerate(model.rows, start=1):
        ind, result = item.indicator, item.result
        last = model.last_year.get(ind.code)
        fine = ind.cara != INDEKS_SKM and not unit_suffix(ind.satuan)
        why = []
        sheet.write_number(row, 0, no, styles["cell_center"])
        sheet.write_string(row, 1, ind.nama, styles["cell"])
        sheet.write_string(row, 2, ind.satuan, styles["cell_center"])
        target = result.target
        _value(sheet, styles, row, 3, target.reference(ind.arah) if target else None, ind, fine)
        _value(sheet, styles, row, 4, result.nilai, ind, fine)
        capaian = result.capaian.nilai if result.capaian else None
        number_or_dash(sheet, styles, row, 5, capaian, "num2")
        if result.nilai is None:
            why.append(f"Realisasi {n}: {result.sebab}")
        elif capaian is None and result.capaian is not None:
            why.append(f"Capaian {n}: {result.capaian.sebab}")
        before = last.realisasi if last else None
        _value(sheet, styles, row, 6, before, ind, fine)
        number_or_dash(sheet, styles, row, 7, last.capaian if last else None, "num2")
        if before is None:
            why.append(f"Realisasi {n_1}: {last.sumber if last else 'tidak tersedia'}")
        else:
            why.append(f"Realisasi {n_1} dari {last.sumber}")
            if last.capaian is None:
                why.append(f"Capaian {n_1}: tidak tercatat di laporan tahun lalu")
        both = before is not None and result.nilai is not None
        if both and partial and model.modes.get(ind.code) in (KUMULATIF, KUMULATIF_PEMBILANG):
            both = False
            why.append(f"Realisasi {n} baru s.d. Triwulan {ROMAN[partial - 1]}, sedangkan "
                       f"{n_1} satu tahun penuh: belum dapat dibandingkan")
        if both:
            change, word, judged = judge(result.nilai, before,
                                         better_higher(ind, model.settings.rumus_penurunan))
            sheet.write_number(row, 8, change, styles["num2"])
            sheet.write_string(row, 9, word, styles["cell_center"])
            sheet.write_string(row, 10, judged, styles["cell_center"])
        else:
            for col in (8, 9, 10):
                sheet.write_string(row, col, "-", styles["dash"])
        renstra = last.target_renstra if last else None
        _value(sheet, styles, row, 11, renstra.reference(ind.arah) if renstra else None, ind,
               fine)
        if last and last.tahun_renstra:
            sheet.write_number(row, 12, last.tahun_renstra, styles["cell_center"])
        else:
            sheet.write_string(row, 12, "-", styles["dash"])
        renstra_capaian = last.capaian_renstra if last else None
        number_or_dash(sheet, styles, row, 13,
                       renstra_capaian.nilai if renstra_capaian else None, "num2")
        if renstra is None:
            why.append("Target akhir Renstra belum diisi (lembar Indikator)")
        elif renstra_capaian is not None and renstra_capaian.nilai is None:
            why.append(f"Capaian Renstra: {renstra_capaian.sebab}")
        text = "\n".join(why)
        sheet.write_string(row, LAST, text, styles["cell"])
        # Words wrap a little before the column is full.
        tall.append(row_height([(ind.nama, WIDTHS[1] * 0.95), (text, WIDTHS[LAST] * 0.95)]))
        sheet.set_row(row, tall[-1])
        chart_rows.append((ind.label, before, result.nilai))
        row += 1
    if partial:
        sheet.write_string(row + 1, 0, f"Realisasi {n_1} adalah realisasi setahun; realisasi "
                           f"{n} baru sampai akhir Triwulan {ROMAN[partial - 1]}: indikator "
                           "yang dihitung kumulatif belum dibandingkan, yang bernilai akhir "
                           "dibandingkan.", styles["note"])
        row += 1
    # The chart and its numbers start a page of their own: never cut in two.
    sheet.set_h_pagebreaks([row + 1])
    now = f"{n} s.d. Triwulan {ROMAN[partial - 1]}" if partial else str(n)
    _chart(workbook, sheet, styles, row + 1, chart_rows, now, n_1)
    # Print titles repeat on every page, the chart's too, where a header row
    # with nothing under it puzzles the reader: repeat it only when the table
    # itself runs over a page (then the chart's page shows it as well).
    above = (30 if model.example else 0) + TITLE_HEIGHT["title"] + TITLE_HEIGHT["subtitle"]
    table = above + 15 + 45 + sum(tall) + (30 if partial else 0)
    width, height = printable_landscape(model.settings.ukuran_kertas)
    height += 36  # that room is for the footer, which prints inside the bottom margin
    scale = min(1.0, width / sum(column_points(w) for w in WIDTHS))
    setup_page(sheet, model, repeat_rows=None if table * scale <= height else (header, header))


def _value(sheet, styles: Styles, row: int, col: int, value, ind, fine: bool) -> None:
    if value is None:
        sheet.write_string(row, col, "-", styles["dash"])
    else:
        sheet.write_number(row, col, value, styles.figure(ind.satuan, value, fine))


def _chart(workbook, sheet, styles: Styles, row: int, rows, n: str, n_1: int) -> None:
    """Realisation n-1 beside n (the year, or up to the quarter) per
    indicator, from a table of numbers only."""
    sheet.write_string(row, 1, "Data grafik: realisasi per indikator", styles["heading"])
    first = row + 1
    sheet.write_string(first, 1, "INDIKATOR", styles["header_small"])
    sheet.write_string(first, 2, str(n_1), styles["header_small"])
    sheet.write_string(first, 3, n, styles["header_small"])
    sheet.set_row(first, row_height([(n, WIDTHS[3] * 0.95)]))  # '2017 s.d. Triwulan II' wraps
    for offset, (label, before, now) in enumerate(rows, start=1):
        sheet.write_string(first + offset, 1, label, styles["cell"])
        for col, value in ((2, before), (3, now)):
            if value is None:
                sheet.write_blank(first + offset, col, None, styles["cell"])
            else:
                sheet.write_number(first + offset, col, value, styles["num2"])
    last = first + len(rows)
    chart = workbook.add_chart({"type": "column"})
    for col, colour in ((2, "#A5A5A5"), (3, "#ED7D31")):
        chart.add_series({"name": [SHEET, first, col],
                          "categories": [SHEET, first + 1, 1, last, 1],
                          "values": [SHEET, first + 1, col, last, col],
                          "fill": {"color": colour},
                          "data_labels": {"value": True, "num_format": CHART_NUM2}})
    whole = f"{n_1} (setahun)" if " " in n else str(n_1)  # n up to a quarter: say so
    chart.set_title({"name": f"Realisasi {whole} dan {n} per Indikator"})
    chart.set_legend({"position": "bottom"})
    chart.set_x_axis({"label_position": "low"})
    chart.set_y_axis({"num_format": CHART_NUM0})
    chart.show_blanks_as("gap")
    sheet.insert_chart(last + 2, 1, chart, {"x_scale": 2.2, "y_scale": 1.2})
