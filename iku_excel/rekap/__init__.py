"""The regency roll-up (rekap.md): every kecamatan report in a folder, read
through its Data sheet, compared, ranked and written as one workbook.

collect (files -> reports, regency sheets) -> select (period, kecamatan,
duplicates) -> rollup (shared indicators, means, ranks; pure) -> model ->
sheets -> workbook (+ JSON summary)."""

from iku_excel.rekap.run import NoReports, RekapResult, rekap

__all__ = ["NoReports", "RekapResult", "rekap"]
