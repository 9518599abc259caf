"""A register with a column per year ('Dibina 2016 | Dibina 2017', a merged
'Pembinaan 2016' over 'Dibina | Tanggal'): only year n's column is read.

reading/candidates.py found the columns a field could be read from and the
year each header names; with year n known, the column naming year n is
kept (else the one naming no year), and every other is left out with a note
naming it. Two columns left to choose between: the first is read, with a
warning naming both. A field whose every column names another year is
read from none: an organisation guided in another year is not guided in
year n (inputs.md); any other register without its year-n column is not
counted."""

from __future__ import annotations

from iku_excel.findings import Finding
from iku_excel.reading.headers import satisfies
from iku_excel.reading.table import Column, DetectedTable

# Registers whose rows stay without the field: its absence means "no".
_ABSENT_IS_NO = {"ormas", "lembaga"}


def choose_year_columns(tables: list[DetectedTable], tahun: int,
                        ) -> tuple[list[DetectedTable], list[Finding]]:
    """The tables to validate, each reading its year-n columns, and the findings."""
    findings: list[Finding] = []
    kept: list[DetectedTable] = []
    for table in tables:
        for key, candidates in table.year_columns.items():
            _choose(table, key, candidates, tahun, findings)
        table.year_columns = {}
        if table.source.code in _ABSENT_IS_NO or satisfies(table.source, table.columns):
            kept.append(table)
    return kept, findings


def _choose(table: DetectedTable, key: str, candidates: list[tuple[Column, int | None]],
            tahun: int, findings: list[Finding]) -> None:
    this_year = [c for c, year in candidates if year == tahun]
    chosen = this_year or [c for c, year in candidates if year is None]
    file, sheet, row = table.file, table.sheet, table.header_row
    if len(chosen) > 1:
        findings.append(Finding("kolom_ganda", file, sheet, row, chosen[0].header, None, {
            "dipakai": chosen[0].letter,
            "lain": ", ".join(f"{c.letter} ({c.header})" for c in chosen[1:])}))
    for column, year in candidates:
        if chosen and column.index == chosen[0].index:
            continue
        if year is None or year == tahun:
            if column not in chosen[1:]:  # named in the warning already
                findings.append(Finding("kolom_tanpa_tahun", file, sheet, row, column.header,
                                        None, {"huruf": column.letter, "tahun": tahun,
                                               "dipakai": _named(chosen[0])}))
            continue
        findings.append(Finding("kolom_tahun_lain", file, sheet, row, column.header, None, {
            "huruf": column.letter, "tahun_kolom": year, "tahun": tahun,
            "dipakai": _named(chosen[0]) if chosen else "tidak ada"}))
    if chosen:
        table.columns[key] = chosen[0]
        findings.extend(table.candidate_notes.get(chosen[0].index, []))
        return
    del table.columns[key]
    if satisfies(table.source, table.columns):
        result = "barisnya tetap dihitung tanpa kolom itu"
    elif table.source.code in _ABSENT_IS_NO:
        result = f"setiap baris dihitung belum dibina pada tahun {tahun}"
    else:
        result = "lembar ini tidak dihitung"
    findings.append(Finding("kolom_tahun_n_tidak_ada", file, sheet, row, None, None, {
        "tahun": tahun, "kolom": ", ".join(f"{c.letter} ({c.header})" for c, _ in candidates),
        "akibat": result}))


def _named(column: Column) -> str:
    return f"kolom {column.letter} ({column.header})"
