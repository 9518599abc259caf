"""Sheet SKM, laid out as SKM reports are: Σ nilai, NRR, NRR tertimbang and
the index per element; the grade table with the applying row marked; the
respondents' profile; the charts; the suggestions; and last the answers per
respondent. The printed summary (the PDF that goes upward) stops after the
charts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from xlsxwriter.utility import xl_range, xl_rowcol_to_cell

from iku_excel.indicators.results import SkmDetail
from iku_excel.indicators.skm_rules import weight_formula, weight_label
from iku_excel.report.layout import lines_needed, row_height
from iku_excel.report.model import ReportModel, Respondent
from iku_excel.report.page import banner, setup_page, title
from iku_excel.report.styles import CHART_NUM1, CHART_NUM2, CHART_PCT0, Styles
from iku_excel.rounding import count_id

if TYPE_CHECKING:  # the index is made with pandas; the sheet only lays it out
    from iku_excel.indicators.skm import SkmResult

SHEET = "SKM"
CHART_COL = 5        # charts stand right of the tables (columns A-E)
CHART_ROWS = 15      # rows a chart covers: xlsxwriter's 288 px at 20 px a row
SUMMARY_ROWS = 8     # Σ nilai .. Kinerja unit pelayanan


def write_skm(workbook, styles: Styles, model: ReportModel, summary: bool = False) -> None:
    """`summary`: without the suggestions and the answers per respondent
    (the totals are then plain numbers), as the PDF holds it."""
    result = model.results[model.skm_code]
    skm: SkmResult | None = result.skm.index if result.skm else None
    # U1..U9 in columns C-K, or U1..U14 in C-P (KepMenPAN 25/2004); then one wide column.
    count = skm.count if skm is not None else 9
    last = 2 + count
    sheet = workbook.add_worksheet(SHEET)
    sheet.set_column(0, 0, 8)
    sheet.set_column(1, 1, 26)
    sheet.set_column(2, last - 1, 10)
    sheet.set_column(last, last, 40)
    row = banner(sheet, model, styles, 0, last)
    title(sheet, styles, row, last, "SURVEI KEPUASAN MASYARAKAT (SKM)")
    title(sheet, styles, row + 1, last, f"Kecamatan {model.kecamatan} - {model.period_text}",
          "subtitle")
    row += 3
    if skm is None:
        why = result.sebab or "data survei tidak ada"
        sheet.write_string(row, 0, f"SKM tidak dapat dihitung: {why}.",
                           styles["heading"])
        setup_page(sheet, model)
        return
    sheet.write_string(row, 0, f"Dasar perhitungan: {skm.rules.nama}. Bobot tiap unsur: "
                       f"{weight_label(skm.weight_mode, count)}.", styles["plain_nowrap"])
    row += 2
    shown = () if summary else model.respondents
    capped = model.respondent_total > len(shown)
    element_row = row
    sheet.merge_range(row, 0, row, 1, "Unsur pelayanan", styles["header"])
    _element_headers(sheet, styles, skm, row)
    # The summary's size is known: what follows it is written first, so the
    # totals can add up the answers per respondent at the end of the sheet.
    summary_first = row + 1
    row = summary_first + SUMMARY_ROWS + (capped and not summary) + 1
    # Each chart stands beside a table, on a page of its own: a chart that
    # crosses a page break is printed in two halves. The first page holds
    # the summary, the grades and the NRR chart (well within a page at any
    # paper size); the profile and its chart begin the next.
    _chart(workbook, sheet, row, element_row, summary_first + 1, count)
    chart_end = row + CHART_ROWS
    row = _grades(sheet, styles, skm, row)
    row = _per_layanan(sheet, styles, result.skm.per_layanan, row + 1)
    profile_row = max(row, chart_end + 1)
    row, blocks = _profile(sheet, styles, result.skm, model.respondent_total, profile_row)
    if PROFILE_CHART_KEY in blocks:
        _profile_chart(workbook, sheet, blocks[PROFILE_CHART_KEY], profile_row + 1)
        row = max(row, profile_row + 1 + CHART_ROWS + 1)
    sheet.set_h_pagebreaks([profile_row])
    if summary:
        _summary(sheet, styles, skm, summary_first, None)
        sheet.write_string(row, 0, "Jawaban per responden dan saran responden: lihat lembar "
                           "SKM pada berkas Excel laporan ini.", styles["note"])
        setup_page(sheet, model)
        return
    row = _saran(sheet, styles, result.skm, row)
    sheet.write_string(row, 0, "Jawaban setiap responden", styles["heading"])
    header_row = row + 1
    table = _respondents(sheet, styles, skm, shown, header_row)
    _summary(sheet, styles, skm, summary_first, None if capped else table,
             _capped_note(model, skm) if capped else None)
    # The header repeats on the pages of the answers, which come last: the
    # pages before them (summary, profile, suggestions) stay without it.
    setup_page(sheet, model, repeat_rows=(header_row, header_row))


def _element_headers(sheet, styles: Styles, skm: SkmResult, row: int) -> None:
    for i, name in enumerate(skm.rules.names):
        sheet.write_string(row, 2 + i, f"U{i + 1}", styles["header"])
        sheet.write_comment(row, 2 + i, name)


def _respondents(sheet, styles: Styles, skm: SkmResult, shown: tuple[Respondent, ...],
                 row: int) -> tuple[int, int] | None:
    """The answers per respondent under their own header; the rows written."""
    sheet.write_string(row, 0, "No", styles["header"])
    sheet.write_string(row, 1, "Asal (berkas/lembar, baris)", styles["header"])
    for i in range(skm.count):
        sheet.write_string(row, 2 + i, f"U{i + 1}", styles["header"])
    row += 1
    center, text, number = styles["cell_center"], styles["cell"], styles["int"]
    first = row
    for no, respondent in enumerate(shown, start=1):
        sheet.write_number(row, 0, no, center)
        sheet.write_string(row, 1, f"{respondent.sheet}, baris {respondent.row}", text)
        for col, value in enumerate(respondent.answers, start=2):
            sheet.write_number(row, col, value, number)
        row += 1
    return (first, row - 1) if row > first else None


def _summary(sheet, styles: Styles, skm: SkmResult, row: int, table: tuple[int, int] | None,
             note: str | None = None) -> None:
    """Σ nilai (a SUM over the answers when all are on the sheet, else the
    number), NRR, NRR tertimbang, the index, n, x 25, mutu and kinerja."""
    labels = ("Σ nilai per unsur", "NRR per unsur", "NRR tertimbang")
    weight = weight_formula(skm.weight_mode, skm.count)
    n_cell = xl_rowcol_to_cell(row + 4, 2)
    for i in range(skm.count):
        col = 2 + i
        total_cell = xl_rowcol_to_cell(row, col)
        nrr_cell = xl_rowcol_to_cell(row + 1, col)
        if table is None:
            sheet.write_number(row, col, skm.totals[i], styles["int"])
        else:
            sheet.write_formula(row, col, f"=SUM({xl_range(table[0], col, table[1], col)})",
                                styles["int"], skm.totals[i])
        sheet.write_formula(row + 1, col, f"={total_cell}/{n_cell}", styles["num2"],
                            float(skm.nrr[i]))
        sheet.write_formula(row + 2, col, f"={nrr_cell}*{weight}", styles["num2"],
                            float(skm.nrr_tertimbang[i]))
    for offset, label in enumerate(labels):
        sheet.merge_range(row + offset, 0, row + offset, 1, label, styles["highlight"])
    tertimbang = xl_range(row + 2, 2, row + 2, 1 + skm.count)
    rows = (
        ("IKM (skala 1-4)", f"=SUM({tertimbang})", float(skm.index_1_4), "num2"),
        ("Jumlah responden (n)", None, skm.n, "int"),
        ("IKM unit pelayanan (x 25)", f"=ROUND(SUM({tertimbang})*25,2)", skm.nilai,
         "highlight_num2"),
    )
    for offset, (label, formula, value, style) in enumerate(rows, start=3):
        sheet.merge_range(row + offset, 0, row + offset, 1, label, styles["highlight"])
        if formula:
            sheet.write_formula(row + offset, 2, formula, styles[style], value)
        else:
            sheet.write_number(row + offset, 2, value, styles[style])
    sheet.merge_range(row + 6, 0, row + 6, 1, "Mutu pelayanan", styles["highlight"])
    sheet.write_string(row + 6, 2, skm.grade.mutu, styles["cell_center"])
    sheet.merge_range(row + 7, 0, row + 7, 1, "Kinerja unit pelayanan", styles["highlight"])
    # Three columns: "Sangat Baik" in one would wrap into a row too low for it.
    sheet.merge_range(row + 7, 2, row + 7, 4, skm.grade.kinerja, styles["cell"])
    if note:
        sheet.write_string(row + SUMMARY_ROWS, 0, note, styles["note"])


def _capped_note(model: ReportModel, skm: SkmResult) -> str:
    limit = model.settings.baris_responden
    shown = (f"hanya {count_id(limit)} baris pertama dari {count_id(skm.n)} yang dimuat"
             if limit else f"tidak dimuat ({count_id(skm.n)} responden)")
    return (f"Tabel responden {shown}, sesuai \"Batas Baris Tabel Responden SKM\" di lembar "
            "Pengaturan; jumlah nilai di atas dihitung dari seluruh responden.")


def _grades(sheet, styles: Styles, skm: SkmResult, row: int) -> int:
    sheet.write_string(row, 0, f"Tabel konversi ({skm.rules.nama})", styles["heading"])
    row += 1
    # Kinerja spans three columns: in one 10 wide its header and "Sangat Baik"
    # wrap into rows too low for them and overlap the next line.
    sheet.write_string(row, 0, "Mutu", styles["header"])
    sheet.write_string(row, 1, "Nilai interval konversi", styles["header"])
    sheet.merge_range(row, 2, row, 4, "Kinerja unit pelayanan", styles["header"])
    row += 1
    for grade in skm.rules.grades:
        style = styles["highlight" if grade == skm.grade else "cell"]
        sheet.write_string(row, 0, grade.mutu, style)
        interval = f"{grade.lower:.2f} - {grade.upper:.2f}".replace(".", ",")
        sheet.write_string(row, 1, interval, style)
        sheet.merge_range(row, 2, row, 4, grade.kinerja, style)
        row += 1
    return row


def _per_layanan(sheet, styles: Styles, groups, row: int) -> int:
    if len(groups) < 2:
        return row
    sheet.write_string(row, 0, "SKM per jenis layanan", styles["heading"])
    row += 1
    for col, text in enumerate(("Jenis layanan", "Responden", "Nilai SKM", "Mutu")):
        sheet.write_string(row, 1 + col, text, styles["header"])
    row += 1
    for label, result in groups:
        mutu = f"{result.grade.mutu} ({result.grade.kinerja})"
        sheet.write_string(row, 1, label, styles["cell"])
        sheet.write_number(row, 2, result.n, styles["int"])
        sheet.write_number(row, 3, result.nilai, styles["num2"])
        sheet.write_string(row, 4, mutu, styles["cell"])
        # "A (Sangat Baik)" takes two lines of the narrow Mutu column: the row
        # is made tall enough, or the second line runs over the next row.
        if lines_needed(mutu, 10) > 1 or lines_needed(label, 26) > 1:
            sheet.set_row(row, row_height([(label, 26), (mutu, 10)]))
        row += 1
    return row + 1


PROFILE_CHART_KEY = "jenis_kelamin"


def _profile(sheet, styles: Styles, detail: SkmDetail, total: int,
             row: int) -> tuple[int, dict[str, tuple[int, int]]]:
    """The profile tables; returns the next row and each block's data rows."""
    blocks: dict[str, tuple[int, int]] = {}
    sheet.write_string(row, 0, "Profil responden", styles["heading"])
    row += 1
    for block in detail.profile:
        sheet.write_string(row, 1, block.label, styles["header"])
        sheet.write_string(row, 2, "Jumlah", styles["header"])
        sheet.write_string(row, 3, "%", styles["header"])
        row += 1
        first = row
        for value, count in block.counts:
            sheet.write_string(row, 1, value, styles["cell"])
            sheet.write_number(row, 2, count, styles["int"])
            sheet.write_number(row, 3, count / total * 100, styles["pct2"])
            row += 1
        blocks[block.key] = (first, row - 1)
        row += 1
    return row, blocks


def _saran(sheet, styles: Styles, detail: SkmDetail, row: int) -> int:
    """The suggestions respondents wrote, one per row: its number, then the
    text and where it was written, in one cell that reads on across the
    empty columns (no merged cells: staff copy, sort and filter this list).
    The first SARAN_SHOWN only, with a note when there are more."""
    saran, more = detail.saran, detail.saran_more
    if not saran and not more:
        return row
    sheet.write_string(row, 0, "Saran dan masukan responden", styles["heading"])
    row += 1
    for no, item in enumerate(saran, start=1):
        sheet.write_number(row, 0, no, styles["cell_center"])
        sheet.write_string(row, 1, f"{item.text}  ({item.sheet}, baris {item.row})",
                           styles["plain_nowrap"])
        row += 1
    if more:
        # More were written than the SARAN_SHOWN listed (indicators/skm_saran.py).
        sheet.write_string(row, 0, f"Hanya {count_id(len(saran))} saran pertama yang dimuat; "
                           "saran lainnya dapat dibaca di berkas survei.", styles["note"])
        row += 1
    return row + 1


def _profile_chart(workbook, sheet, block: tuple[int, int], row: int) -> None:
    """Sex of respondents as a pie."""
    first, last = block
    chart = workbook.add_chart({"type": "pie"})
    chart.add_series({"name": "Jenis kelamin responden",
                      "categories": [SHEET, first, 1, last, 1],
                      "values": [SHEET, first, 2, last, 2],
                      "data_labels": {"percentage": True, "category": True,
                                      "num_format": CHART_PCT0}})
    chart.set_title({"name": "Jenis Kelamin Responden"})
    sheet.insert_chart(row, CHART_COL, chart, {"x_scale": 0.9, "y_scale": 1.0})


def _chart(workbook, sheet, row: int, header_row: int, nrr_row: int, count: int) -> None:
    chart = workbook.add_chart({"type": "column"})
    chart.add_series({
        "name": "NRR per unsur",
        "categories": [SHEET, header_row, 2, header_row, 1 + count],
        "values": [SHEET, nrr_row, 2, nrr_row, 1 + count],
        "data_labels": {"value": True, "num_format": CHART_NUM2},
    })
    chart.set_title({"name": "Nilai Rata-Rata (NRR) per Unsur"})
    chart.set_y_axis({"min": 0, "max": 4, "num_format": CHART_NUM1})
    chart.set_legend({"none": True})
    # 1.3 wide for nine bars; a little wider for each more.
    sheet.insert_chart(row, CHART_COL, chart, {"x_scale": 1.3 + 0.1 * (count - 9),
                                               "y_scale": 1.0})
