"""A report year the data do not bear out: most dated rows belong to one
other year (Tahun 2024 typed in the settings over a folder of 2025's
registers). Each left-out row has its note, but the report itself looks
ordinary (0 %, small counts): one warning asks whether the Tahun is right."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING

from iku_excel.findings import Finding

if TYPE_CHECKING:  # imported by the pipeline before pandas is (see pipeline.analyse)
    from iku_excel.validate import SourceData
    from iku_excel.validate.indicator_rows import Counting

# Fewer rows of another year than this are a stray row or two, not a wrong Tahun.
_AT_LEAST = 5


def year_doubt(tahun: int, counting: Mapping[str, Counting],
               sources: Mapping[str, SourceData | None], findings: list[Finding],
               where: tuple[str, str] | None) -> list[Finding]:
    other = Counter(f.params.get("tahun_baris") for f in findings
                    if f.code == "baris_tahun_lain")
    if not other:
        return []
    year, many = other.most_common(1)[0]
    # Only dated rows weigh: an undated list (the Musrenbang's attendance) is
    # this year's by default and says nothing about the year.
    this = {(r.table.file, r.table.sheet, r.row) for c in counting.values() for r in c.rows
            if r.year == tahun and r.date is not None and r.date.year == tahun}
    for data in sources.values():
        frame = data.frame if data is not None else None
        if frame is not None and {"tahun", "tanggal"} <= set(frame.columns):
            kept = frame[(frame["tahun"] == tahun) & frame["tanggal"].notna()]
            this |= set(zip(kept["file"], kept["sheet"], kept["row"]))
    if year is None or many < _AT_LEAST or many < 2 * len(this):
        return []
    file, sheet = where or (None, None)
    return [Finding("tahun_mungkin_salah", file, sheet, params={
        "tahun": tahun, "tahun_lain": year, "jumlah_lain": many, "jumlah": len(this)})]
