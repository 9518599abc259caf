"""Which settings sheet a run reads, when the folder holds more than one.

A settings sheet decides the kecamatan, the year, the signer and the
targets of a signed report: two that say different things are never
resolved by guessing (catalogue.md refuses two catalogue sheets alike). A
sheet whose filled rows all say what another says is a copy: the fuller one
is read, and a note names both. Any row the two fill differently, or one
fills and the fuller one does not, stops the run (no report), the console
naming both places and the rows that differ. A sheet with nothing filled
(the blank template) never gets here (pipeline: pengaturan_kosong)."""

from __future__ import annotations

from typing import Any

from iku_excel.findings import Finding
from iku_excel.reading.table import DetectedTable
from iku_excel.settings import Settings, filled_values, parse_settings
from iku_excel.values import format_date_id

# How many differing rows the console names before "...".
_SHOWN = 8


class SettingsConflict(Exception):
    """Two settings sheets that disagree; the message is for staff."""


def read_settings(tables: list[DetectedTable], tahun: int | None = None,
                  ) -> tuple[Settings, list[Finding]]:
    found = [t for t in tables if t.source.code == "pengaturan"]
    if not found:
        return Settings(), [Finding("pengaturan_tidak_ada")]
    filled = [filled_values(t.records) for t in found]
    # The fullest sheet first; among equals, the first read.
    order = sorted(range(len(found)), key=lambda i: -len(filled[i]))
    chosen = order[0]
    findings = []
    for other in order[1:]:
        if _differences(filled[chosen], filled[other]):
            differ = _differences(filled[chosen], filled[other], both_ways=True)
            raise SettingsConflict(_conflict_text(found[chosen], found[other], differ))
        findings.append(Finding("pengaturan_ganda", params={
            "dipakai": _place(found[chosen]), "lain": _place(found[other])}))
    table = found[chosen]
    settings, problems = parse_settings(table.records, table.file, table.sheet, tahun,
                                        table.percent_rows)
    return settings, findings + problems


def _differences(chosen: dict[str, tuple[int, str, Any, Any]],
                 other: dict[str, tuple[int, str, Any, Any]], both_ways: bool = False,
                 ) -> list[tuple[str, Any, Any]]:
    """(label, value in the sheet read, value in the other) for every row
    the other fills otherwise than the sheet read (blank there included);
    `both_ways`: also the rows only the sheet read fills, to tell staff."""
    out = []
    for key, (_, label, value, seen) in other.items():
        mine = chosen.get(key)
        if mine is None or mine[3] != seen:
            out.append((label, mine[2] if mine else None, value))
    if both_ways:
        out += [(label, value, None) for key, (_, label, value, _) in chosen.items()
                if key not in other]
    return out


def _conflict_text(first: DetectedTable, second: DetectedTable,
                   differ: list[tuple[str, Any, Any]]) -> str:
    rows = [f"  - {label}: {_shown(a)} di {first.file}, {_shown(b)} di {second.file}"
            for label, a, b in differ[:_SHOWN]]
    if len(differ) > _SHOWN:
        rows.append(f"  - ... dan {len(differ) - _SHOWN} baris lain")
    return ("Ada dua lembar pengaturan yang isinya berbeda: "
            f"{_place(first)} dan {_place(second)}. Aplikasi tidak menebak mana yang benar.\n"
            + "\n".join(rows)
            + "\nSimpan satu lembar pengaturan saja di folder masukan (hapus atau pindahkan "
              "yang lain, misalnya salinan buku kerja isian yang tidak terpakai), lalu "
              "jalankan lagi.")


def _place(table: DetectedTable) -> str:
    return f"{table.file} / lembar {table.sheet}"


def _shown(value: Any) -> str:
    if value is None:
        return "kosong"
    if hasattr(value, "year") and hasattr(value, "day"):
        return f'"{format_date_id(value)}"'
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, float):
        return f'"{value}"'.replace(".", ",")
    return f'"{str(value).strip()}"'
