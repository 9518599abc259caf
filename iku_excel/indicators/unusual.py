"""An achievement above 200 % (capaian.UNUSUAL_ABOVE) is a warning asking
to check its target, said where that target was written: the catalogue's
Target cell (Target TW N of a quarterly report) or the settings sheet."""

from __future__ import annotations

from iku_excel.catalogue.model import Catalogue
from iku_excel.findings import Finding
from iku_excel.indicators.capaian import unusual_capaian
from iku_excel.indicators.results import Result
from iku_excel.settings import Settings


def unusual_findings(results: dict[str, Result], settings: Settings, catalogue: Catalogue,
             triwulan: int | None = None) -> list[Finding]:
    """An achievement above 200 %: a warning asking to check its target
    (a quarterly report's: that quarter's target)."""
    labels = {row.code: (row.label, row.satuan) for row in catalogue.rows}
    key = f"target_tw{triwulan}" if triwulan else "target"
    found = []
    for code, params in unusual_capaian(results, labels):
        row = catalogue.row(code)
        written = row.target_triwulan[triwulan - 1] if triwulan else row.target
        # Said where the target was written: the catalogue's cell, or the settings sheet.
        if written is not None and row.place.sheet is not None:
            header = row.place.header(key) or "Target"
            where = (row.place.file, row.place.sheet, row.place.row, header)
            params = {**params, "baris_ke": f" baris {row.place.row}, kolom {header}"}
        else:
            where = (*(settings.where or (None, None)), None, None)
            params = {**params, "baris_ke": ""}
        found.append(Finding("capaian_sangat_tinggi", *where, params=params))
    return found
