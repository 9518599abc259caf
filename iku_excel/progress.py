"""One console line per input file as it is read, in plain Indonesian, so a
big survey or a regency's many files never look like a frozen window."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from iku_excel.messages import severity_of
from iku_excel.rounding import count_id

if TYPE_CHECKING:
    from iku_excel.reading.loader import Loaded
    from iku_excel.reading.table import DetectedTable


def print_file(number: int, total: int, loaded: Loaded, tables: list[DetectedTable],
               office: list[str] = ()) -> None:
    if number == 1:
        print(f"Membaca {total} berkas:")
    print(f"  [{number}/{total}] {loaded.item.name}: {file_line(loaded, tables, office)}")
    if number == total:
        print()
    sys.stdout.flush()  # a console window shows it now, not at the end


def file_line(loaded: Loaded, tables: list[DetectedTable], office: list[str] = ()) -> str:
    """What the file held: its tables by source, the office's own sheets
    (the catalogue, Tugas Fungsi, Daftar Desa), or why nothing."""
    if tables or office:
        by_source: dict[str, list[DetectedTable]] = {}
        for table in tables:
            by_source.setdefault(table.source.label, []).append(table)
        parts = list(office)
        for label, found in by_source.items():
            sheets = f", {len(found)} lembar" if len(found) > 1 else ""
            rows = sum(len(t.rows) for t in found)
            parts.append(f"{label}{sheets}, {count_id(rows)} baris")
        return "; ".join(parts)
    if any(severity_of(f).rank == 0 for f in loaded.findings):  # a galat: the file was not read
        return "tidak dapat dibaca (lihat lembar Catatan Data)"
    return "tidak berisi tabel IKU yang dikenali"
