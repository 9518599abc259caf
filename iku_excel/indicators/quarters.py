"""The year quarter by quarter (cycle.md): each indicator's realisation up to
the end of quarter 1..N, measured against that quarter's target (Target TW
I..IV of the catalogue), and what the report's period leaves out of its
figures (rows without a date, rows dated after its end, months taken from a
monthly sheet's name), said as notes.

The figures come from compute.compute_all over each quarter's period; the
findings of those extra passes are the report period's own, already made,
so they are dropped here."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from iku_excel.catalogue.model import (
    INDEKS_SKM,
    KUMULATIF_PEMBILANG,
    NILAI_AKHIR,
    Catalogue,
    CatalogueRow,
)
from iku_excel.findings import Finding, rows_text
from iku_excel.indicators.capaian import (
    Capaian,
    Target,
    compute_capaian,
    read_penurunan_target,
)
from iku_excel.indicators.compute import compute_all
from iku_excel.indicators.counting import Period, mode_of, quarter_period
from iku_excel.indicators.matching import Matcher
from iku_excel.indicators.results import Result
from iku_excel.settings import Settings
from iku_excel.validate.indicator_rows import Counting

ROMAN = ("I", "II", "III", "IV")


def quarter_results(catalogue: Catalogue, counting: Mapping[str, Counting], settings: Settings,
                    tahun: int, upto: int) -> dict[str, dict[int, Result]]:
    """Kode -> quarter (1..upto) -> the realisation from 1 January to the
    end of that quarter, with the quarter's target and capaian."""
    out: dict[str, dict[int, Result]] = {row.code: {} for row in catalogue.rows}
    for q in range(1, upto + 1):
        # light: the survey's index only, not its profile and suggestions again
        results, _ = compute_all(catalogue, counting, settings, tahun, quarter_period(tahun, q),
                                 light=True)
        for row in catalogue.rows:
            out[row.code][q] = with_quarter_target(row, results[row.code], q, settings)
    return out


def measured_by_quarter(catalogue: Catalogue, results: dict[str, Result],
                        quarters: Mapping[str, Mapping[int, Result]], triwulan: int,
                        ) -> tuple[dict[str, Result], list[Finding]]:
    """A quarterly report's figures measured against the quarter's target
    (cycle.md), never the year's; a capaian that cannot be is said."""
    out, findings, no_target = {}, [], []
    for row in catalogue.rows:
        result, quarter = results[row.code], quarters[row.code][triwulan]
        out[row.code] = replace(result, target=quarter.target, capaian=quarter.capaian)
        if row.target_triwulan[triwulan - 1] is None:
            no_target.append(row.label)  # said once for all, below
        elif result.nilai is not None and quarter.capaian.nilai is None:
            findings.append(Finding("capaian_tidak_dihitung", params={
                "indikator": row.label, "sebab": quarter.capaian.sebab,
                "saran": quarter.capaian.saran}))
    if no_target:
        findings.append(Finding("target_triwulan_kosong", params={
            "triwulan": ROMAN[triwulan - 1], "jumlah": len(no_target),
            "indikator": ", ".join(no_target)}))
    return out, findings


def with_quarter_target(row: CatalogueRow, result: Result, q: int,
                        settings: Settings) -> Result:
    """The quarter's own target and the capaian against it; without one the
    capaian is `-` with the reason (never the annual target, silently)."""
    target = quarter_target(row, q, settings)
    if target is None:
        return replace(result, target=None, capaian=Capaian(
            None, None, f"target triwulan {ROMAN[q - 1]} belum diisi",
            f"Isi kolom Target TW {ROMAN[q - 1]} indikator ini di lembar Indikator."))
    return replace(result, target=target,
                   capaian=compute_capaian(result.nilai, target, row.arah))


def quarter_target(row: CatalogueRow, q: int, settings: Settings) -> Target | None:
    """Target TW `q` as the capaian reads it: a decrease's size written
    positive is the negative figure of the document's formula, as the year's."""
    target = row.target_triwulan[q - 1]
    if target is not None and row.is_decrease:
        target, _ = read_penurunan_target(target, settings.rumus_penurunan)
    return target


def period_findings(catalogue: Catalogue, counting: Mapping[str, Counting],
                    period: Period) -> list[Finding]:
    """What the quarterly figures leave out, said once per sheet: rows of
    year n without a date (never guessed into a quarter; still counted in
    the year), rows dated after the period's end, and conflicts placed in
    a month by their monthly sheet's name."""
    undated: dict[tuple[str, str], dict] = {}
    dated: set[tuple[str, str]] = set()   # sheets with a dated row: the rest have no dates
    later: dict[tuple[str, str], dict] = {}
    by_sheet: dict[tuple[str, str], str] = {}
    matcher = Matcher([])
    for row in catalogue.rows:
        what = counting.get(row.code)
        if what is None or what.sebab is not None:
            continue
        mode = mode_of(row, what.dated)
        if mode == NILAI_AKHIR:
            continue
        if row.cara == INDEKS_SKM and what.source is not None:
            _survey(what.source.frame, row, period, undated, later, dated)
            continue
        for r in what.rows:
            if r.year != period.tahun:
                continue
            if mode == KUMULATIF_PEMBILANG and not matcher.meets(row.syarat_pembilang, r):
                continue  # the denominator is the whole table: its dates do not matter
            key = (r.table.file, r.table.sheet)
            if r.date is None:
                _add(undated, key, r.row, row)
                continue
            dated.add(key)
            if period.end is not None and r.date > period.end:
                _add(later, key, r.row, row)
            elif r.sheet_month:
                by_sheet[key] = r.date.strftime("%m/%Y")
    # A sheet with no date at all is said once, by its indicator's `-` (compute.has_dates).
    findings = [_finding("triwulan_tanpa_tanggal", key, seen, period)
                for key, seen in undated.items() if key in dated]
    findings += [_finding("triwulan_sesudah_periode", key, seen, period)
                 for key, seen in later.items()]
    findings += [Finding("triwulan_bulan_lembar", file, sheet, params={"bulan": month})
                 for (file, sheet), month in by_sheet.items()]
    return findings


def _survey(frame, row: CatalogueRow, period: Period, undated: dict, later: dict,
            dated: set) -> None:
    """The survey's undated and later respondents, from its date column
    (vectorised: a survey may hold 100k respondents)."""
    import numpy as np

    from iku_excel.validate.survey import DATE

    if DATE not in frame or not len(frame):
        return
    dates = frame[DATE].to_numpy().astype("datetime64[D]")
    missing = np.isnat(dates)
    if missing.all():
        return  # no date at all: the index's `-` says so (compute.has_dates)
    dated.update(frame.loc[~missing, ["file", "sheet"]].drop_duplicates()
                 .itertuples(index=False, name=None))
    masks = [(undated, missing)]
    if period.end is not None:
        masks.append((later, dates > np.datetime64(period.end, "D")))
    for seen, mask in masks:
        if mask.any():
            for (file, sheet), group in frame[mask].groupby(["file", "sheet"], sort=False):
                _add(seen, (file, sheet), group["row"].tolist(), row)


def _add(seen: dict, key: tuple[str, str], numbers, row: CatalogueRow) -> None:
    entry = seen.setdefault(key, {"rows": set(), "indikator": []})
    entry["rows"].update([numbers] if isinstance(numbers, int) else numbers)
    if row.label not in entry["indikator"]:
        entry["indikator"].append(row.label)


def _finding(code: str, key: tuple[str, str], seen: dict, period: Period) -> Finding:
    rows = sorted(seen["rows"])
    end = period.end.strftime("%d/%m/%Y") if period.end is not None else "-"
    return Finding(code, key[0], key[1], rows[0], params={
        "jumlah": len(rows), "daftar": rows_text(rows), "indikator": ", ".join(seen["indikator"]),
        "akhir": end, "tahun": period.tahun})
