"""Load every sheet of a workbook as a grid of plain Python values.

python-calamine reads xlsx, xls and ods with the cached value of formula
cells; the grid keeps Excel's own row numbering (row 1 is grid[0]) so every
finding can name the row staff see.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from iku_excel.reading.files import InputFile


class ReadError(Exception):
    """The file could not be opened at all; the message is for staff."""


@dataclass
class SheetGrid:
    file: str
    name: str
    rows: list[list[Any]]
    hidden: bool = False
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)

    def cell(self, row: int, col: int) -> Any:
        if row < len(self.rows) and col < len(self.rows[row]):
            return self.rows[row][col]
        return None


def load_sheets(source: InputFile) -> list[SheetGrid]:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(source.path))
    except Exception as exc:  # calamine raises its own error types per format
        raise ReadError(_reason(exc)) from exc
    sheets: list[SheetGrid] = []
    try:
        for meta in book.sheets_metadata:
            if "WorkSheet" not in str(meta.typ):
                continue  # chart sheets hold no cells
            sheet = book.get_sheet_by_name(meta.name)
            rows = [[None if v == "" else v for v in row]
                    for row in sheet.to_python(skip_empty_area=False)]
            hidden = "Visible" not in str(meta.visible)
            merged = list(getattr(sheet, "merged_cell_ranges", None) or [])
            sheets.append(SheetGrid(source.name, meta.name, rows, hidden, merged))
    except Exception as exc:
        raise ReadError(_reason(exc)) from exc
    finally:
        book.close()
    return sheets


def _reason(exc: Exception) -> str:
    text = str(exc).lower()
    if "password" in text or "encrypt" in text or "cfb" in text:
        return "berkas dilindungi kata sandi atau bukan format Excel biasa"
    if "zip" in text or "invalid" in text or "eof" in text:
        return "berkas rusak atau tidak lengkap"
    return "format berkas tidak dikenali"
