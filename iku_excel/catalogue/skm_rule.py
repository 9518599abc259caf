"""The survey's rule set a custom catalogue names: an office whose IKU row
says 'sesuai PermenPAN-RB No. 14 Tahun 2017' is graded by that regulation's
bands when its settings choose none (the default, 16/2014, is the one the
bundled Benjeng 2017 document names)."""

from __future__ import annotations

from dataclasses import replace

from iku_excel.catalogue.model import INDEKS_SKM, Catalogue
from iku_excel.findings import Finding
from iku_excel.indicators.skm_rules import RULE_SETS, rule_named
from iku_excel.settings import Settings


def catalogue_rule(catalogue: Catalogue, settings: Settings) -> tuple[Settings, list[Finding]]:
    if catalogue.bundled or settings.aturan_skm_diisi:
        return settings, []
    for row in catalogue.rows:
        if row.cara != INDEKS_SKM:
            continue
        words = " ".join(t for t in (row.nama, row.penjelasan, row.pembilang, row.penyebut,
                                     row.sumber_data) if t)
        code = rule_named(words)
        if code is None or code == settings.aturan_skm:
            return settings, []
        # Not 'diisi': a survey of 14 elements is still scored by 25/2004.
        return replace(settings, aturan_skm=code), [Finding(
            "skm_aturan_katalog", row.place.file, row.place.sheet, row.place.row,
            row.place.header("penjelasan"), None,
            {"indikator": row.label, "aturan": RULE_SETS[code].nama})]
    return settings, []
