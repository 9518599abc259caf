"""Checks across a source's tables that do not change the figures: desa
names, and which months a monthly report covers."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from iku_excel.findings import Finding
from iku_excel.reading.table import DetectedTable
from iku_excel.values import MONTH_NAMES, MONTHS, is_blank, norm_text
from iku_excel.wilayah import known_desa, known_variants, match_desa_in


def desa_names(tables: list[DetectedTable], kecamatan: str,
               listed: tuple[str, ...] | None = None) -> list[Finding]:
    """Desa names not in the list: the folder's own Daftar Desa (`listed`),
    else the kecamatan's bundled one; a kecamatan without a list is not
    checked (never against another kecamatan's)."""
    names = listed if listed is not None else known_desa(kecamatan)
    variants = () if listed is not None else known_variants(kecamatan)
    if not names:
        return []
    findings = []
    for table in tables:
        column = table.columns.get("desa")
        header = norm_text(column.header) if column else ""
        if "desa" not in header or "instansi" in header:
            continue  # an address or institution column is not a desa name
        for row, record in table.records:
            value = record.get("desa")
            if is_blank(value) or not isinstance(value, str):
                continue
            official, suggestion = match_desa_in(value, names, variants)
            if official is None:
                hint = f"Mungkin maksudnya {suggestion}." if suggestion else ""
                findings.append(Finding("desa_tidak_dikenal", table.file, table.sheet, row,
                                        column.header, value,
                                        {"kecamatan": kecamatan, "saran": hint}))
    return findings


@dataclass(frozen=True)
class MonthStatus:
    month: int
    status: str          # "ada", "nihil", "tidak ada"
    count: int
    sheets: tuple[str, ...]

    @property
    def label(self) -> str:
        return MONTH_NAMES[self.month - 1]


def month_of_sheet(name: str) -> int | None:
    words = norm_text(name).split()
    months = {MONTHS[w] for w in words if w in MONTHS}
    return months.pop() if len(months) == 1 else None


def monthly_view(tables: list[DetectedTable], counted: Counter[tuple[str, str]] | None = None,
                 ) -> list[MonthStatus] | None:
    """Completeness of a report kept as one sheet per month; None otherwise.
    `counted`: the rows counted per (file, sheet), so a row of another year
    left out is not counted in its month; without it, every row read."""
    by_month: dict[int, list[DetectedTable]] = {}
    for table in tables:
        month = month_of_sheet(table.sheet)
        if month is not None:
            by_month.setdefault(month, []).append(table)
    if len(by_month) < 2:
        return None
    view = []
    for month in range(1, 13):
        found = by_month.get(month, [])
        count = sum(len(t.rows) if counted is None else counted[(t.file, t.sheet)]
                    for t in found)
        status = "tidak ada" if not found else ("ada" if count else "nihil")
        view.append(MonthStatus(month, status, count, tuple(t.sheet for t in found)))
    return view


def missing_months(view: list[MonthStatus], file: str) -> list[Finding]:
    missing = [m.label for m in view if m.status == "tidak ada"]
    if not missing:
        return []
    return [Finding("bulan_tidak_ada", file, None, params={"bulan": ", ".join(missing),
                                                           "jumlah": len(missing)})]
