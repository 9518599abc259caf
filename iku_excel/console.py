"""What staff read in the console window after a run, in plain Indonesian."""

from __future__ import annotations

from collections.abc import Callable

from iku_excel.report.model import NoteLine, ReportModel, figure_text
from iku_excel.report.writer import WriteResult
from iku_excel.rounding import count_id, format_id

MAX_LINES = 15


def print_run(model: ReportModel, written: WriteResult) -> None:
    period = model.period_text  # 'tahun 2017', 'tahun 2017 s.d. Triwulan II'
    print(f"Laporan IKU Kecamatan {model.kecamatan} {period[:1].lower()}{period[1:]}")
    if model.example:
        said = model.example_note or "Laporan ini dibuat dari DATA CONTOH."
        print(f"PERHATIAN: {said}")
    for item in model.rows:
        label, result = item.indicator.label, item.result
        if result.nilai is None:
            print(f"  - {label}: tidak dapat dihitung ({result.sebab})")
            continue
        line = f"  - {label}: {figure_text(result.nilai, item.indicator)}"
        if result.capaian and result.capaian.nilai is not None:
            line += f" (capaian {format_id(result.capaian.nilai)}%, {result.capaian.kategori})"
        print(line)
    own = [t for t in model.tables if t.own]
    if own:
        print("\nTabel kantor yang dibaca untuk lembar Indikator:")
        for table in own:
            print(f"  - {table.label}: {table.file} / {table.sheet}, {count_id(table.count)} baris")
    print_serious([n for n in model.notes if n.tingkat.value != "catatan"], "masalah",
                  _where)
    for notice in written.notices:
        print(notice)
    if model.not_final:
        print(f"\n{model.not_final}")
    print(f"\nLaporan tersimpan: {written.path}")


def _where(note: NoteLine) -> str:
    where = " / ".join(x for x in (note.berkas, note.lembar) if x != "-")
    rows = f", baris {note.baris}" if note.baris != "-" else ""
    return f"{where}{rows}: " if where else ""


def print_serious(serious: list[NoteLine], what: str,
                  where: Callable[[NoteLine], str] = lambda note: "") -> None:
    """The first MAX_LINES lines of Catatan Data to check (errors and
    warnings), each with `where` it is, and how many more there are."""
    if not serious:
        return
    print(f"\nAda {count_id(len(serious))} {what} yang perlu diperiksa (rincian di lembar "
          "'Catatan Data'):")
    for note in serious[:MAX_LINES]:
        print(f"  [{note.tingkat.label}] {where(note)}{note.pesan}")
    if len(serious) > MAX_LINES:
        print(f"  ... dan {count_id(len(serious) - MAX_LINES)} lainnya.")
