"""What the guard's pass over one worksheet part saw, handed to the reader."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from iku_excel.reading.xlsx_parts import sheet_head

if TYPE_CHECKING:
    from iku_excel.reading import pieces, strays


@dataclass
class SheetScan:
    """What one pass over a worksheet part saw. For xlsx_extras: the part
    up to <sheetData> (column widths, hidden columns) and whether any cell
    holds a formula (a formula saved without its value is computed there).
    A big sheet's pieces, parsed while the guard checked the rest
    (pieces.py)."""
    sheet: str | None = None        # as staff see it, when workbook.xml names it
    head: bytes = b""
    formulas: bool = False
    splitter: pieces.Splitter | None = None   # a big sheet, parsed in pieces
    area: int = 0                             # cells calamine and the grid will hold
    extent: tuple[int, int] | None = None     # (rows, columns) from A1, when measured
    strip: strays.Plan | None = None          # stray cells beyond it are set aside
    refused: dict[str, str] | None = None     # too big: this sheet is not read (params)
    strays: list[strays.Stray] = field(default_factory=list)  # set aside, to report
    stray_count: int = 0

    def see(self, chunk: bytes, first: bool) -> None:
        if first:
            self.head = sheet_head(chunk)
        self.formulas = self.formulas or b"</f>" in chunk



def close_scans(scans: dict[str, SheetScan] | None) -> None:
    """Stop any parse in pieces the reader did not collect (idempotent)."""
    for scan in (scans or {}).values():
        if scan.splitter is not None:
            scan.splitter.close()
