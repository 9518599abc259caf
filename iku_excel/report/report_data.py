"""What a report's Data sheet holds (report/data_sheet.py has its layout,
writer and reader): the figures of the report model, when it was made and
from which input files."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from iku_excel import __version__
from iku_excel.catalogue.model import INDEKS_SKM
from iku_excel.findings import Severity
from iku_excel.reading.loader import FileInfo
from iku_excel.report.data_sheet import (
    COLUMNS,
    IndicatorData,
    ReportData,
    made_at,
    write_data_sheet,
)
from iku_excel.report.model import ReportModel
from iku_excel.report.page import banner, setup_page
from iku_excel.report.styles import Styles


def fingerprint(files: Iterable[FileInfo]) -> str:
    """Sidik Data: SHA-256 over the input files' own SHA-256 (sorted, one a
    line), so the same files give the same print whatever their names."""
    lines = "".join(f"{digest}\n" for digest in sorted(info.sha256 for info in files))
    return hashlib.sha256(lines.encode("ascii")).hexdigest()


def report_data(model: ReportModel) -> ReportData:
    """What the Data sheet of this report holds."""
    indicators = {}
    for item in model.rows:
        ind, result = item.indicator, model.results[item.indicator.code]
        pembilang, penyebut = result.pembilang, result.penyebut
        if ind.cara == INDEKS_SKM:  # as the Perhitungan sheet shows them: answers, respondents
            skm = result.skm.index if result.skm else None
            pembilang, penyebut = (sum(skm.totals), skm.n) if skm else (None, None)
        capaian = result.capaian if result.capaian and result.capaian.nilai is not None else None
        indicators[ind.code] = IndicatorData(
            ind.code, ind.nama, ind.satuan, ind.arah,
            result.target.reference(ind.arah) if result.target else None, result.nilai,
            capaian.nilai if capaian else None, capaian.kategori if capaian else None,
            pembilang, penyebut)
    return ReportData(
        kecamatan=model.kecamatan, kabupaten=model.settings.kabupaten, tahun=model.tahun,
        triwulan=model.triwulan,
        data_contoh=model.example, galat=model.count_of(Severity.GALAT),
        peringatan=model.count_of(Severity.PERINGATAN),
        dibuat=model.dibuat or made_at(), versi=__version__, sidik=fingerprint(model.files),
        indicators=indicators)


def write_report_data(workbook, styles: Styles, model: ReportModel) -> None:
    """The Data sheet of a report, with the report's banner and page setup."""
    sheet, header_row = write_data_sheet(workbook, styles, report_data(model),
                                         top=1 if model.example else 0)
    banner(sheet, model, styles, 0, len(COLUMNS) - 1)
    setup_page(sheet, model, repeat_rows=(header_row, header_row))
