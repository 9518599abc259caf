"""What the regency's staff read in the console window after a rekap."""

from __future__ import annotations

from iku_excel.console import print_serious
from iku_excel.findings import Severity
from iku_excel.rekap.run import RekapResult
from iku_excel.rekap.select import BELUM
from iku_excel.report.model import group_findings
from iku_excel.rounding import count_id, format_id


def print_rekap(result: RekapResult) -> None:
    model = result.model
    print(f"Rekap IKU Kecamatan, Kabupaten {model.kabupaten}, {model.selection.period.text}")
    print(model.summary_line)
    missing = [r.kecamatan for r in model.rollup.rows if r.status == BELUM]
    if missing:
        print(f"Belum mengirim ({count_id(len(missing))}): {', '.join(missing)}.")
    ranked = sorted((r for r in model.rollup.rows if r.rank is not None),
                    key=lambda r: (r.rank, r.kecamatan))
    if ranked:
        print("\nPeringkat menurut rata-rata capaian:")
        for row in ranked:
            print(f"  {row.rank:>2}. {row.kecamatan}: {format_id(row.mean)}%")
    # The kecamatan that have not sent are listed above already.
    serious = [n for n in group_findings([f for f in model.findings
                                          if f.code != "rekap_belum_mengirim"])
               if n.tingkat is not Severity.CATATAN]
    print_serious(serious, "hal")
    for notice in result.notices:
        print(notice)
    if result.json_error:
        print(f"Ringkasan JSON TIDAK dapat ditulis ({result.json_error}); rekap Excel sudah "
              "tersimpan.")
    print(f"\nRekap tersimpan: {result.path}")
