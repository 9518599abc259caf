"""Sheet Rekap: one row per expected kecamatan, the realisation and
achievement of every shared indicator, the mean achievement, the number of
indicators at 100% or more and the rank; kecamatan without a counted report
stay in the table with their status. Under it, what each indicator Kode
means, how the figures were computed, and the regency's signature."""

from __future__ import annotations

from iku_excel.catalogue.bundled import bundled
from iku_excel.catalogue.model import short_label
from iku_excel.rekap.model import RekapModel
from iku_excel.rekap.rollup import KecamatanRow, SharedKode
from iku_excel.report.layout import RowHeights, row_height
from iku_excel.report.page import new_sheet, number_or_dash, setup_page
from iku_excel.report.styles import Styles

SHEET = "Rekap"
LEAD = (("NO", 4), ("KECAMATAN", 18), ("STATUS", 14))
PER_KODE = (("REALISASI", 10), ("CAPAIAN (%)", 10))
TAIL = (("RATA-RATA CAPAIAN (%)", 12), ("INDIKATOR CAPAIAN ≥ 100%", 12), ("PERINGKAT", 10))
METHOD = ("Capaian dan rata-rata dihitung dari capaian yang tertera di setiap laporan (dua "
          "desimal). Rata-rata capaian: rata-rata capaian indikator bersama yang ada di laporan "
          "kecamatan itu. Peringkat menurut rata-rata capaian, tertinggi = 1; kecamatan yang "
          "capaian salah satu indikatornya tidak dihitung tidak diberi peringkat. Rincian per "
          "indikator di lembar Per Indikator, status setiap berkas di lembar Status Laporan, "
          "masalah data di lembar Catatan Data. Arah naik: makin tinggi makin baik; arah turun: "
          "makin rendah makin baik. Penurunan menurut rumus dokumen IKU bernilai negatif bila "
          "jumlahnya turun: target -20 dan realisasi -25 berarti turun lebih banyak dari target "
          "(capaian 125%).")


def header_text(shared: SharedKode) -> str:
    """An indicator's column heading: its short name ('Konflik
    ditindaklanjuti'), the legend below giving its Kode and whole name."""
    return short_name(shared.kode, shared.indikator)


def short_name(kode: str, indikator: str | None = None) -> str:
    """The bundled catalogue's short name of a Kode, else one made from the
    Indikator the reports give, else the Kode as words."""
    known = next((row for row in bundled().rows if row.code == kode), None)
    if known is not None:
        return known.label
    if indikator:
        return short_label(indikator)
    words = kode.replace("_", " ")
    return words[:1].upper() + words[1:]


def write_rekap(workbook, styles: Styles, model: RekapModel) -> None:
    shared = model.rollup.shared
    widths = [w for _, w in LEAD] + [w for _ in shared for _, w in PER_KODE] + \
        [w for _, w in TAIL]
    last = len(widths) - 1
    sheet = new_sheet(workbook, SHEET, tuple(widths))
    rows = RowHeights(sheet)
    for r, line in enumerate(model.title_lines):
        sheet.merge_range(r, 0, r, last, line, styles["title" if r == 0 else "subtitle"])
        rows.set(r, 21 if r == 0 else 17)
    sheet.merge_range(3, 0, 3, last, model.summary_line, styles["small"])
    top = 5
    _header(sheet, styles, rows, top, shared)
    r = top + 2
    for no, row in enumerate(model.rollup.rows, start=1):
        status = _line(sheet, styles, r, no, row, shared)
        rows.set(r, row_height([(status, widths[2]), (row.kecamatan, widths[1])]))
        r += 1
    r = _legend(sheet, styles, rows, r + 1, shared, widths)
    r = _signature(sheet, styles, model, r + 1, last)
    sheet.print_area(0, 0, r, last)
    sheet.freeze_panes(top + 2, 2)
    setup_page(sheet, model, repeat_rows=(top, top + 1))


def _header(sheet, styles: Styles, rows: RowHeights, top: int,
            shared: tuple[SharedKode, ...]) -> None:
    col = 0
    for text, _ in LEAD:
        sheet.merge_range(top, col, top + 1, col, text, styles["header"])
        col += 1
    for item in shared:
        sheet.merge_range(top, col, top, col + 1, header_text(item), styles["header_small"])
        for offset, (text, _) in enumerate(PER_KODE):
            sheet.write_string(top + 1, col + offset, text, styles["header_small"])
        col += 2
    for text, _ in TAIL:
        sheet.merge_range(top, col, top + 1, col, text, styles["header_small"])
        col += 1
    longest = max((len(header_text(s)) for s in shared), default=0)
    rows.set(top, max(30, row_height([("x" * longest, 18)], line_points=12)))
    rows.set(top + 1, 26)


def _line(sheet, styles: Styles, r: int, no: int, row: KecamatanRow,
          shared: tuple[SharedKode, ...]) -> str:
    """One kecamatan's row; the status as written."""
    sheet.write_number(r, 0, no, styles["cell_center"])
    sheet.write_string(r, 1, row.kecamatan, styles["cell"])
    status = row.status if row.listed else f"{row.status} (di luar daftar)"
    sheet.write_string(r, 2, status, styles["cell"])
    col = 3
    for item in shared:
        figure = row.figures.get(item.kode)
        realisasi = figure.realisasi if figure else None
        number = "pct2" if (figure.satuan if figure else item.satuan) == "%" else "num2"
        number_or_dash(sheet, styles, r, col, realisasi, number)
        capaian = row.capaian.get(item.kode)
        number_or_dash(sheet, styles, r, col + 1,
                       float(capaian) if capaian is not None else None, "pct2")
        col += 2
    number_or_dash(sheet, styles, r, col, float(row.mean) if row.mean is not None else None,
                   "pct2")
    number_or_dash(sheet, styles, r, col + 1, row.at_full, "int")
    number_or_dash(sheet, styles, r, col + 2, row.rank, "int")
    return status


def _legend(sheet, styles: Styles, rows: RowHeights, r: int, shared: tuple[SharedKode, ...],
            widths: list[float]) -> int:
    """What each Kode means (Kode under KECAMATAN and STATUS, the Indikator
    across the indicator columns), then how the figures were computed."""
    last = len(widths) - 1
    sheet.write_string(r, 1, "Keterangan indikator", styles["heading"])
    if not shared:
        r += 1
        sheet.merge_range(r, 1, r, last, "Tidak ada indikator yang dapat direkap.",
                          styles["cell"])
    else:
        text_last = last - 3  # at least column 4: two indicator columns, then the tail
        r += 1
        sheet.merge_range(r, 1, r, 2, "KODE", styles["header"])
        sheet.merge_range(r, 3, r, text_last, "INDIKATOR", styles["header"])
        for offset, text in enumerate(("SATUAN", "ARAH", "LAPORAN")):
            sheet.write_string(r, text_last + 1 + offset, text, styles["header_small"])
        width = sum(widths[3:text_last + 1])
        for item in shared:
            r += 1
            name = item.indikator or "-"
            sheet.merge_range(r, 1, r, 2, item.kode, styles["cell"])
            sheet.merge_range(r, 3, r, text_last, name, styles["cell"])
            sheet.write_string(r, text_last + 1, item.satuan or "-", styles["cell_center"])
            sheet.write_string(r, text_last + 2, item.arah or "-", styles["cell_center"])
            sheet.write_number(r, text_last + 3, item.reports, styles["int"])
            rows.set(r, row_height([(name, width), (item.kode, widths[1] + widths[2])]))
    r += 2
    sheet.merge_range(r, 0, r, last, METHOD, styles["small"])
    # The small italic face fits about a third more letters than the columns' own.
    rows.set(r, row_height([(METHOD, sum(widths) * 1.3)], line_points=12))
    return r


def _signature(sheet, styles: Styles, model: RekapModel, r: int, last: int) -> int:
    lines = model.signature
    if lines is None:
        return r
    first = max(0, last - 5)
    r += 1
    for offset, (text, role) in enumerate(lines):
        sheet.merge_range(r + offset, first, r + offset, last, text,
                          styles["sign_name" if role == "name" else "sign"])
    return r + len(lines) - 1
