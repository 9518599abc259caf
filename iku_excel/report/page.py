"""Print setup shared by every sheet, the example-data banner, titles and
figure-or-dash cells."""

from __future__ import annotations

from iku_excel.report.model import EXAMPLE_BANNER, ReportModel
from iku_excel.report.styles import Styles

PAPER = {"F4": 14, "A4": 9}  # Excel paper codes: 14 is Folio 8.5 x 13 in (F4)
# Paper size in points (portrait width, height).
PAPER_POINTS = {"F4": (612.0, 936.0), "A4": (595.3, 841.9)}
MARGIN_IN = {"left": 0.5, "right": 0.5, "top": 0.6, "bottom": 0.6}


def printable_landscape(paper: str) -> tuple[float, float]:
    """Width and height in points left for cells on a landscape page."""
    short, long_ = PAPER_POINTS.get(paper, PAPER_POINTS["F4"])
    width = long_ - 72 * (MARGIN_IN["left"] + MARGIN_IN["right"])
    height = short - 72 * (MARGIN_IN["top"] + MARGIN_IN["bottom"]) - 36  # footer room
    return width, height


def new_sheet(workbook, name: str, widths: tuple[float, ...]):
    """A worksheet with its column widths (in characters of the default font)."""
    sheet = workbook.add_worksheet(name)
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width)
    return sheet


def setup_page(sheet, model: ReportModel, repeat_rows: tuple[int, int] | None = None,
               landscape: bool = True, one_page: bool = False) -> None:
    sheet.set_paper(PAPER.get(model.settings.ukuran_kertas, 14))
    if landscape:
        sheet.set_landscape()
    # One page wide, as many pages tall as needed; charts must not be cut.
    sheet.fit_to_pages(1, 1 if one_page else 0)
    sheet.set_margins(**MARGIN_IN)
    sheet.center_horizontally()
    if repeat_rows is not None:
        sheet.repeat_rows(*repeat_rows)
    footer = f"&L&8{_escape(model.footer)}&R&8Halaman &P dari &N"
    if model.example:
        footer = f"&C&8&KC00000DATA CONTOH{footer}"
    sheet.set_footer(footer)


def banner(sheet, model: ReportModel, styles: Styles, row: int, last_col: int) -> int:
    """Write the example-data warning on row `row` when needed; next free row."""
    if not model.example:
        return row
    sheet.merge_range(row, 0, row, last_col, EXAMPLE_BANNER, styles["banner"])
    sheet.set_row(row, 30)
    return row + 1


# Rows of a 14 or 12 pt title: a default row (15 pt) would cut it, and a
# merged cell never grows its row.
TITLE_HEIGHT = {"title": 21, "subtitle": 17}


def title(sheet, styles: Styles, row: int, last_col: int, text: str,
          style: str = "title") -> None:
    """A title line across the sheet's columns."""
    sheet.merge_range(row, 0, row, last_col, text, styles[style])
    sheet.set_row(row, TITLE_HEIGHT[style])


def number_or_dash(sheet, styles: Styles, row: int, col: int, value, style: str) -> None:
    """A figure in `style`, or '-' where there is none."""
    if value is None:
        sheet.write_string(row, col, "-", styles["dash"])
    else:
        sheet.write_number(row, col, value, styles[style])


def _escape(text: str) -> str:
    return text.replace("&", "&&")
