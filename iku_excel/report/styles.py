"""Every cell format of the report, named once.

Number formats carry the Indonesian locale tag [$-421] so LibreOffice and
Excel in any language show 80,30 (decimal comma) while the cell stays a
number that formulas can use.
"""

from __future__ import annotations

from typing import Any

from iku_excel.catalogue.model import unit_suffix

FONT = {"font_name": "Arial", "font_size": 11}
NUM2 = "[$-421]#,##0.00"
NUM2_4 = "[$-421]#,##0.00##"   # 2 decimals, up to 4 where the figure has them (0,7291)
PCT2 = '[$-421]#,##0.00"%"'
INT = "[$-421]#,##0"
# Charts draw their own numbers: without the locale tag LibreOffice writes 3.17.
CHART_NUM0 = INT
CHART_NUM1 = "[$-421]#,##0.0"
CHART_NUM2 = NUM2
CHART_PCT0 = "[$-421]0%"

_BORDER = {"border": 1, "valign": "vcenter", "text_wrap": True}

SPECS: dict[str, dict[str, Any]] = {
    "title": {"bold": True, "font_size": 14, "align": "center", "valign": "vcenter"},
    "subtitle": {"bold": True, "font_size": 12, "align": "center", "valign": "vcenter"},
    "banner": {"bold": True, "font_color": "#C00000", "bg_color": "#FFF2CC", "border": 1,
               "align": "center", "valign": "vcenter", "text_wrap": True},
    "heading": {"bold": True},
    "plain": {"valign": "top", "text_wrap": True},
    "plain_nowrap": {"valign": "top"},
    "header": {**_BORDER, "bold": True, "align": "center", "bg_color": "#D9E1F2"},
    "header_small": {**_BORDER, "bold": True, "align": "center", "bg_color": "#D9E1F2",
                     "font_size": 9},
    "cell": {**_BORDER, "valign": "top"},
    "cell_center": {**_BORDER, "align": "center"},
    "formula_text": {**_BORDER, "align": "center", "valign": "vcenter", "font_size": 10},
    "num2": {**_BORDER, "num_format": NUM2, "align": "center"},
    "num2_4": {**_BORDER, "num_format": NUM2_4, "align": "center"},
    "pct2": {**_BORDER, "num_format": PCT2, "align": "center"},
    "int": {**_BORDER, "num_format": INT, "align": "center"},
    "num2_plain": {"num_format": NUM2},
    "int_plain": {"num_format": INT},
    "dash": {**_BORDER, "align": "center"},
    "highlight": {**_BORDER, "bold": True, "bg_color": "#E2EFDA"},
    "highlight_num2": {**_BORDER, "bold": True, "bg_color": "#E2EFDA", "num_format": NUM2,
                       "align": "center"},
    "galat": {**_BORDER, "bold": True, "font_color": "#C00000"},
    "peringatan": {**_BORDER, "bold": True, "font_color": "#9C5700"},
    "catatan": {**_BORDER, "font_color": "#375623"},
    "sign": {"align": "center"},
    "sign_name": {"align": "center", "bold": True, "underline": True},
    "not_final": {"bold": True, "font_size": 12, "font_color": "#C00000", "align": "center",
                  "valign": "vcenter", "border": 2, "border_color": "#C00000"},
    "small": {"italic": True, "font_size": 9, "text_wrap": True, "valign": "top"},
    # A note alone in one narrow cell: it reads on across the empty cells to its right.
    "note": {"italic": True, "font_size": 9, "valign": "top"},
    # The Data sheet: numbers as stored (unrounded), a date-time as one cell.
    "num_data": {**_BORDER},
    "whole_data": {**_BORDER, "num_format": "0", "align": "left"},  # 2017, not 2.017
    "datetime": {**_BORDER, "num_format": "dd/mm/yyyy hh:mm:ss", "align": "left"},
}


class Styles:
    """Formats created on first use, so a sheet pays only for what it writes."""

    def __init__(self, workbook) -> None:
        self._workbook = workbook
        self._cache: dict[str, Any] = {}

    def __getitem__(self, name: str):
        if name not in self._cache:
            self._cache[name] = self._workbook.add_format({**FONT, **SPECS[name]})
        return self._cache[name]

    def figure(self, satuan: str, value: float | None = None, fine: bool = False):
        """A bordered figure in its unit: 80,30% for '%', 80,30 for an index,
        '12 desa' or '7,50 hari' for a unit word (whole numbers without
        decimals). `fine`: a score shows up to 4 decimals (an IDM of 0,7291,
        an LPPD of 3,215); the survey index keeps its 2."""
        suffix = unit_suffix(satuan)
        if suffix == "%":
            return self["pct2"]
        if not suffix:
            return self["num2_4" if fine else "num2"]
        unit = suffix.strip().replace('"', "").replace("\\", "")
        whole = value is not None and float(value).is_integer()
        name = f"figure:{unit}:{'0' if whole else '2'}"
        if name not in self._cache:
            number = "#,##0" if whole else "#,##0.00"
            self._cache[name] = self._workbook.add_format(
                {**FONT, **_BORDER, "align": "center", "num_format": f'[$-421]{number}" {unit}"'})
        return self._cache[name]
