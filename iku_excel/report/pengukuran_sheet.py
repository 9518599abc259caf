"""Sheet Pengukuran Kinerja, in the Rencana Aksi layout (cycle.md): per
indicator its annual target and the target of each quarter, the realisation
from 1 January up to the end of each quarter, and the achievement and
category of the report's period. Quarters after the period stay blank;
every other empty figure says why in the Keterangan column."""

from __future__ import annotations

from iku_excel.catalogue.model import INDEKS_SKM, unit_suffix
from iku_excel.indicators.quarters import quarter_target
from iku_excel.indicators.results import Result
from iku_excel.report.layout import row_height
from iku_excel.report.model import ROMAN, ReportModel
from iku_excel.report.page import banner, setup_page, title
from iku_excel.report.styles import Styles

SHEET = "Pengukuran Kinerja"
HEADERS = ("NO", "SASARAN", "INDIKATOR", "SATUAN", "TARGET TAHUNAN",
           *(f"TARGET TW {r}" for r in ROMAN), *(f"REALISASI TW {r}" for r in ROMAN),
           "CAPAIAN (%)", "KATEGORI", "KETERANGAN")
WIDTHS = (5, 24, 30, 9, 10, 9, 9, 9, 9, 10, 10, 10, 10, 10, 12, 40)
LAST = len(HEADERS) - 1
_CAPAIAN = 13


def write_pengukuran(workbook, styles: Styles, model: ReportModel) -> None:
    sheet = workbook.add_worksheet(SHEET)
    for col, width in enumerate(WIDTHS):
        sheet.set_column(col, col, width)
    row = banner(sheet, model, styles, 0, LAST)
    title(sheet, styles, row, LAST, "PENGUKURAN KINERJA")
    title(sheet, styles, row + 1, LAST,
          f"Kecamatan {model.kecamatan} - {model.period_text}", "subtitle")
    row += 3
    header = row
    for col, text in enumerate(HEADERS):
        sheet.write_string(row, col, text, styles["header_small"])
    sheet.set_row(row, 30)
    row += 1
    upto = model.triwulan or 4
    for no, item in enumerate(model.rows, start=1):
        ind, result = item.indicator, item.result
        quarters = model.quarters.get(ind.code, {})
        fine = ind.cara != INDEKS_SKM and not unit_suffix(ind.satuan)
        sheet.write_number(row, 0, no, styles["cell_center"])
        sheet.write_string(row, 1, ind.sasaran, styles["cell"])
        sheet.write_string(row, 2, ind.nama, styles["cell"])
        sheet.write_string(row, 3, ind.satuan, styles["cell_center"])
        _target(sheet, styles, row, 4, model.annual_targets.get(ind.code), ind)
        for q in range(1, 5):
            figure = quarters.get(q)
            # Every quarter's target, also of quarters after the period (the Rencana Aksi).
            _target(sheet, styles, row, 4 + q, quarter_target(ind, q, model.settings), ind)
            cell = (row, 8 + q)
            if q > upto or figure is None:
                sheet.write_blank(*cell, None, styles["cell"])
            elif figure.nilai is None:
                sheet.write_string(*cell, "-", styles["dash"])
            else:
                sheet.write_number(*cell, figure.nilai,
                                   styles.figure(ind.satuan, figure.nilai, fine))
        capaian = result.capaian
        if capaian is not None and capaian.nilai is not None:
            sheet.write_number(row, _CAPAIAN, capaian.nilai, styles["num2"])
            sheet.write_string(row, _CAPAIAN + 1, capaian.kategori or "-", styles["cell_center"])
        else:
            sheet.write_string(row, _CAPAIAN, "-", styles["dash"])
            sheet.write_string(row, _CAPAIAN + 1, "-", styles["dash"])
        why = reasons(result, quarters, upto, annual=model.triwulan is None,
                      undated=model.undated.get(ind.code, 0))
        sheet.write_string(row, LAST, why, styles["cell"])
        # Words wrap before the column is full: reckon with narrower columns.
        sheet.set_row(row, row_height([(ind.sasaran, WIDTHS[1] * 0.85),
                                       (ind.nama, WIDTHS[2] * 0.85),
                                       (why, WIDTHS[LAST] * 0.85)]))
        row += 1
    notes = ["Realisasi TW adalah realisasi kumulatif sejak 1 Januari sampai akhir triwulan "
             "itu; capaian dan kategori untuk periode laporan ini"
             + (" (terhadap target triwulannya)." if model.triwulan else ".")]
    if model.triwulan and model.triwulan < 4:
        notes.append(f"Kolom triwulan sesudah Triwulan {ROMAN[model.triwulan - 1]} dibiarkan "
                     "kosong: periodenya belum berakhir pada laporan ini.")
    for offset, text in enumerate(notes, start=1):
        sheet.write_string(row + offset, 0, text, styles["note"])
    setup_page(sheet, model, repeat_rows=(header, header))


def _target(sheet, styles: Styles, row: int, col: int, target, ind) -> None:
    if target is None:
        sheet.write_string(row, col, "-", styles["dash"])
    elif target.is_range:
        sheet.write_string(row, col, target.text, styles["cell_center"])
    else:
        sheet.write_number(row, col, float(target.reference(ind.arah)),
                           styles.figure(ind.satuan, float(target.reference(ind.arah))))


def reasons(result: Result, quarters: dict[int, Result], upto: int, annual: bool,
            undated: int = 0) -> str:
    """Why a figure is missing, once per reason, naming the quarters it holds
    for; and the year's own reason (a quarterly report's period is its last
    quarter, said already). In the annual report, why TW IV is not the
    year's figure beside it: undated rows, or no quarters at all."""
    said: dict[str, list[str]] = {}
    for q in range(1, upto + 1):
        figure = quarters.get(q)
        if figure is None:
            continue
        if figure.nilai is None and figure.sebab:
            said.setdefault(f"realisasi tidak dihitung: {figure.sebab}", []).append(ROMAN[q - 1])
        elif figure.capaian is not None and figure.capaian.nilai is None \
                and figure.capaian.sebab:
            said.setdefault(_general(figure.capaian.sebab), []).append(ROMAN[q - 1])
    lines = [f"TW {', '.join(qs)}: {text}" for text, qs in said.items()]
    if not annual:
        return "\n".join(lines) or "-"
    last = quarters.get(4)
    if undated and result.nilai is not None and last is not None and last.nilai is not None:
        lines.append(f"{undated} baris tanpa tanggal tidak dihitung per triwulan; dihitung "
                     "pada angka tahunan")
    if result.nilai is None and result.sebab:
        lines.append(f"Tahunan: {result.sebab}")
    elif last is not None and last.nilai is None:
        # The year is still measured whole against the whole of year n-1.
        lines.append("Tahunan: realisasi satu tahun tetap dihitung (capaian di kolom "
                     "CAPAIAN dan lembar IKU); hanya angka per triwulan yang tidak dapat")
    if result.nilai is not None and result.capaian is not None \
            and result.capaian.nilai is None and result.capaian.sebab:
        lines.append(f"Capaian tahunan: {result.capaian.sebab}")
    return "\n".join(lines) or "-"


def _general(sebab: str) -> str:
    """'target triwulan II belum diisi' said once for every quarter it holds for."""
    if sebab.startswith("target triwulan ") and sebab.endswith(" belum diisi"):
        return "target triwulan belum diisi, capaian triwulan tidak dihitung (isi kolom " \
               "Target TW di lembar Indikator)"
    return f"capaian tidak dihitung: {sebab}"
