"""Which reports the rekap counts: the period, the regency and its expected
kecamatan, each report matched to a listed kecamatan, and one report per
kecamatan (the later Dibuat) out of the duplicates. Every report not counted
keeps a status saying why, and a finding."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from iku_excel.findings import Finding
from iku_excel.rekap.collect import Collected, NoData, Received
from iku_excel.rounding import trimmed_id
from iku_excel.wilayah import SAME, kabupaten_key, kecamatan_key, known_kecamatan, match_kecamatan

DITERIMA, DIUBAH, BELUM, CONTOH, PERIODE_LAIN, GANDA, KABUPATEN_LAIN, TANPA_DATA = (
    "diterima", "diubah", "belum mengirim", "data contoh", "periode lain", "ganda",
    "kabupaten lain", "tanpa lembar Data")
COUNTED = (DITERIMA, DIUBAH)
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_COPY = re.compile(r"\(\d+\)|\bcopy\b|\bsalinan\b", re.IGNORECASE)


class NoReports(Exception):
    """Nothing to roll up; the message is for staff."""


@dataclass(frozen=True)
class Period:
    tahun: int
    triwulan: int | None

    @property
    def text(self) -> str:
        if self.triwulan is None:
            return f"Tahun {self.tahun}"
        return f"s.d. Triwulan {ROMAN[self.triwulan]} Tahun {self.tahun}"


@dataclass(frozen=True)
class Entry:
    """A report file as the rekap sees it."""
    received: Received
    kecamatan: str        # the listed name it matched, or as the report writes it
    listed: bool
    status: str
    written: str          # the name as the report writes it

    @property
    def counted(self) -> bool:
        return self.status in COUNTED


@dataclass(frozen=True)
class Unread:
    """A workbook that looks like a report, without a Data sheet."""
    no_data: NoData
    kecamatan: str | None


@dataclass(frozen=True)
class Selection:
    kabupaten: str | None
    period: Period
    expected: tuple[str, ...]
    expected_from: str
    entries: tuple[Entry, ...]
    unread: tuple[Unread, ...]
    findings: tuple[Finding, ...]


def select(found: Collected, tahun: int | None = None, triwulan: int | None = None) -> Selection:
    findings: list[Finding] = []
    real = [r for r in found.reports if not r.data.data_contoh]
    period = _period(real, tahun, triwulan, findings, len(found.reports))
    in_period = [r for r in real if (r.data.tahun, r.data.triwulan) ==
                 (period.tahun, period.triwulan)]
    kabupaten = _kabupaten(in_period)
    expected, expected_from = _expected(found, kabupaten, in_period, findings)
    entries = _entries(found.reports, expected, kabupaten, period, findings)
    counted = {e.kecamatan for e in entries if e.counted}
    unread = tuple(_unread(n, expected) for n in found.no_data)
    for name in expected:
        if name not in counted and not any(e.kecamatan == name for e in entries) \
                and not any(u.kecamatan == name for u in unread):
            findings.append(Finding("rekap_belum_mengirim", params={
                "kecamatan": name, "periode": period.text}))
    return Selection(kabupaten, period, expected, expected_from, tuple(entries), unread,
                     tuple(findings))


def _period(real: list[Received], tahun: int | None, triwulan: int | None,
            findings: list[Finding], total: int) -> Period:
    if not real:
        if total:
            raise NoReports("Semua laporan di folder ini bertanda DATA CONTOH (dibuat dari data "
                            "contoh aplikasi, bukan data kecamatan), sehingga tidak ada yang "
                            "direkap.")
        raise NoReports("Tidak ada laporan IKU kecamatan (berkas .xlsx hasil iku-excel, dengan "
                        "lembar Data) di folder ini.")
    periods = Counter((r.data.tahun, r.data.triwulan) for r in real)
    wanted = [p for p in periods if (tahun is None or p[0] == tahun)
              and (triwulan is None or p[1] == triwulan)]
    if not wanted:
        asked = Period(tahun or 0, triwulan).text if tahun else f"Triwulan {ROMAN[triwulan]}"
        have = ", ".join(f"{Period(*p).text} ({n})" for p, n in sorted(periods.items(),
                                                                         key=_later))
        raise NoReports(f"Tidak ada laporan {asked} di folder ini. Laporan yang ada: {have}.")
    # Asked for a year only: the annual rekap whenever one annual report of
    # that year came in (the quarters are progress reports, rekap.md).
    if tahun is not None and triwulan is None and (tahun, None) in periods:
        best = (tahun, None)
        if len(wanted) > 1:
            findings.append(Finding("rekap_periode_tahunan", params={
                "periode": Period(*best).text, "jumlah": periods[best], "tahun": tahun,
                "lain": _listed(periods, [p for p in wanted if p != best])}))
        return Period(*best)
    # Else the most common period; among equals the latest (annual after
    # Triwulan IV), saying it was a tie.
    most = max(periods[p] for p in wanted)
    tied = [p for p in wanted if periods[p] == most]
    best = max(tied, key=lambda p: _later((p, 0)))
    if len(tied) > 1:
        findings.append(Finding("rekap_periode_seri", params={
            "periode": Period(*best).text, "jumlah": most,
            "seri": _listed(periods, sorted(tied, key=lambda p: _later((p, 0))))}))
    elif tahun is None or (triwulan is None and len(wanted) > 1):
        findings.append(Finding("rekap_periode_dipilih", params={
            "periode": Period(*best).text, "jumlah": periods[best], "dari": len(real)}))
    return Period(*best)


def _listed(periods: Counter, which: list[tuple[int, int | None]]) -> str:
    return ", ".join(f"{Period(*p).text} ({periods[p]} laporan)"
                     for p in sorted(which, key=lambda p: _later((p, 0))))


def _later(item: tuple[tuple[int, int | None], int]) -> tuple[int, int]:
    (tahun, triwulan), _ = item
    return tahun, 5 if triwulan is None else triwulan


def _kabupaten(reports: list[Received]) -> str | None:
    written = Counter(r.data.kabupaten for r in reports if r.data.kabupaten)
    if not written:
        return None
    keys = Counter()
    for name, n in written.items():
        keys[kabupaten_key(name)] += n
    key = keys.most_common(1)[0][0]
    known = known_kecamatan(key)
    if known is not None:
        return known[0]
    return next(name for name, _ in written.most_common() if kabupaten_key(name) == key)


def _expected(found: Collected, kabupaten: str | None, reports: list[Received],
              findings: list[Finding]) -> tuple[tuple[str, ...], str]:
    if found.daftar is not None:
        daftar = found.daftar
        findings.append(Finding("rekap_daftar_dipakai", daftar.file, daftar.sheet, params={
            "jumlah": len(daftar.names)}))
        return daftar.names, f"lembar {daftar.sheet} di berkas {daftar.file}"
    known = known_kecamatan(kabupaten) if kabupaten else None
    if known is not None:
        findings.append(Finding("rekap_daftar_bawaan", params={
            "kabupaten": known[0], "jumlah": len(known[1])}))
        return known[1], f"daftar bawaan aplikasi untuk Kabupaten {known[0]}"
    names: dict[str, str] = {}
    for report in reports:
        names.setdefault(kecamatan_key(report.data.kecamatan), report.data.kecamatan)
    findings.append(Finding("rekap_daftar_tidak_ada", params={
        "kabupaten": kabupaten or "yang tidak disebut laporan"}))
    return tuple(sorted(names.values(), key=str.lower)), "kecamatan dari laporan yang diterima"


def _entries(reports: list[Received], expected: tuple[str, ...], kabupaten: str | None,
             period: Period, findings: list[Finding]) -> list[Entry]:
    entries: list[Entry] = []
    candidates: dict[str, list[Entry]] = {}
    for report in sorted(reports, key=lambda r: r.info.name):
        data, file = report.data, report.info.name
        match = match_kecamatan(data.kecamatan, expected)
        name = match.official or data.kecamatan
        if match.official is not None and match.how != SAME:
            findings.append(Finding("rekap_nama_disesuaikan", file, "Data", value=data.kecamatan,
                                    params={"kecamatan": match.official}))
        status = None
        if data.data_contoh:
            status = CONTOH
            findings.append(Finding("rekap_data_contoh", file, params={"kecamatan": name}))
        elif kabupaten and data.kabupaten and kabupaten_key(data.kabupaten) != \
                kabupaten_key(kabupaten):
            status = KABUPATEN_LAIN
            findings.append(Finding("rekap_kabupaten_lain", file, "Data", value=data.kabupaten,
                                    params={"kecamatan": name, "kabupaten": kabupaten}))
        elif (data.tahun, data.triwulan) != (period.tahun, period.triwulan):
            status = PERIODE_LAIN
            findings.append(Finding("rekap_periode_lain", file, params={
                "kecamatan": name, "periode_laporan": Period(data.tahun, data.triwulan).text,
                "periode": period.text}))
        elif match.official is None:
            findings.append(Finding("rekap_kecamatan_tidak_dikenal", file, "Data",
                                    value=data.kecamatan, params={
                                        "mirip": f" Mungkin maksudnya {match.suggestion}."
                                        if match.suggestion else ""}))
        entry = Entry(report, name, match.official is not None, status or DITERIMA,
                      data.kecamatan)
        if status is None:
            candidates.setdefault(kecamatan_key(name), []).append(entry)
        else:
            entries.append(entry)
    for group in candidates.values():
        entries.extend(_one_of(group, findings))
    order = {r.info.name: i for i, r in enumerate(sorted(reports, key=lambda r: r.info.name))}
    return sorted(entries, key=lambda e: order[e.received.info.name])


def _one_of(group: list[Entry], findings: list[Finding]) -> Iterable[Entry]:
    """The report made last counts; the others are duplicates. Among equal
    times the file a mail client did not rename ('... (1).xlsx') comes first."""
    group = sorted(group, key=lambda e: (_COPY.search(e.received.info.name) is not None,
                                         e.received.info.name))
    ordered = sorted(group, key=lambda e: (e.received.data.dibuat is not None,
                                           e.received.data.dibuat or 0), reverse=True)
    chosen = ordered[0]
    for other in ordered[1:]:
        same_time = other.received.data.dibuat == chosen.received.data.dibuat
        same_file = other.received.info.sha256 == chosen.received.info.sha256
        code = "rekap_ganda" if same_file or not same_time else "rekap_ganda_sama_waktu"
        findings.append(Finding(code, other.received.info.name, params={
            "kecamatan": chosen.kecamatan, "dipakai": chosen.received.info.name,
            "sama": " (isinya sama persis)" if same_file else ""}))
        yield Entry(other.received, other.kecamatan, other.listed, GANDA, other.written)
    data, file = chosen.received.data, chosen.received.info.name
    for cell in chosen.received.changed:
        findings.append(Finding("rekap_diubah" if cell.row else "rekap_diubah_baris", file,
                                "IKU", cell.row, cell.column, _shown(cell.shown), params={
                                    "kecamatan": chosen.kecamatan, "kode": cell.kode,
                                    "sel": cell.cell, "data": _shown(cell.data)}))
    for unfit in chosen.received.unfit:
        findings.append(Finding("rekap_data_tidak_cocok", file, "Data", unfit.row or None,
                                unfit.column, _shown(unfit.shown), params={
                                    "kecamatan": chosen.kecamatan, "kode": unfit.kode,
                                    "seharusnya": unfit.expected, "dari": unfit.because}))
    if data.galat:
        findings.append(Finding("rekap_laporan_belum_final", file, params={
            "kecamatan": chosen.kecamatan, "jumlah": data.galat}))
    yield Entry(chosen.received, chosen.kecamatan, chosen.listed,
                DIUBAH if chosen.received.changed or chosen.received.unfit else DITERIMA,
                chosen.written)


def _shown(value: object) -> str:
    """A cell's value as staff read it: 52,5 not 52.5; 'kosong' for a blank."""
    if value is None:
        return "kosong"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return trimmed_id(value, 4)
    return str(value)


def _unread(no_data: NoData, expected: tuple[str, ...]) -> Unread:
    if no_data.kecamatan is None:
        return Unread(no_data, None)
    match = match_kecamatan(no_data.kecamatan, expected)
    return Unread(no_data, match.official or no_data.kecamatan)
