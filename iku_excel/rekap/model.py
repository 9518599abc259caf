"""The rekap as plain data, built once; its sheet writers only lay it out.

RekapModel also answers what the report's shared page helpers read from a
model (report/page.py: `settings.ukuran_kertas`, `footer`, `example`;
report/catatan_sheet.py: `notes`), so the rekap prints and lists its notes
exactly as the kecamatan report does."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from iku_excel.findings import Finding, Severity
from iku_excel.messages import severity_of
from iku_excel.rekap.collect import Collected, Source
from iku_excel.rekap.rollup import Rollup
from iku_excel.rekap.select import (
    BELUM,
    CONTOH,
    GANDA,
    KABUPATEN_LAIN,
    PERIODE_LAIN,
    TANPA_DATA,
    Entry,
    Period,
    Selection,
)
from iku_excel.report.model import BLANK_LINE, NoteLine, group_findings
from iku_excel.settings import Settings, signing_month

SIGNER_PLACEHOLDER = "(nama penandatangan)"
JABATAN_PLACEHOLDER = "(jabatan penandatangan)"


@dataclass(frozen=True)
class StatusLine:
    """One line of Status Laporan: a report file, or a kecamatan with none."""
    kecamatan: str
    berkas: str | None
    dibuat: dt.datetime | None
    periode: str | None
    contoh: bool | None
    galat: int | None
    peringatan: int | None
    status: str
    keterangan: str


@dataclass
class RekapModel:
    selection: Selection
    rollup: Rollup
    sources: list[Source]
    findings: list[Finding]
    signer: Settings | None
    dibuat: dt.datetime
    notes: list[NoteLine] = field(default_factory=list)
    example: bool = False  # a rekap is never of example data: those reports are not counted

    @property
    def settings(self) -> Settings:
        return self.signer or Settings()

    @property
    def kabupaten(self) -> str:
        return self.selection.kabupaten or "-"

    @property
    def tahun(self) -> int:
        return self.selection.period.tahun

    @property
    def triwulan(self) -> int | None:
        return self.selection.period.triwulan

    @property
    def title_lines(self) -> list[str]:
        return ["REKAPITULASI CAPAIAN INDIKATOR KINERJA UTAMA (IKU) KECAMATAN",
                f"KABUPATEN {self.kabupaten.upper()}", self.selection.period.text.upper()]

    @property
    def footer(self) -> str:
        return f"Rekap IKU Kecamatan - Kabupaten {self.kabupaten} - {self.selection.period.text}"

    @property
    def received(self) -> int:
        return sum(1 for row in self.rollup.rows if row.entry is not None and row.listed)

    @property
    def summary_line(self) -> str:
        expected = len(self.selection.expected)
        outside = sum(1 for row in self.rollup.rows if row.entry is not None and not row.listed)
        text = (f"Laporan yang direkap: {self.received} dari {expected} kecamatan "
                f"({self.selection.expected_from}).")
        if outside:
            text += f" Ditambah {outside} kecamatan di luar daftar."
        return text

    @property
    def signature(self) -> list[tuple[str, str]] | None:
        """The regency signer's block, as the kecamatan report's; None
        without a settings sheet."""
        s = self.signer
        if s is None:
            return None
        place = s.tempat_ttd or self.kabupaten
        last_month = 12 if self.triwulan is None else self.triwulan * 3
        return [
            (f"{place}, {s.tanggal_ttd or signing_month(self.tahun, last_month)}", "place"),
            (s.jabatan or JABATAN_PLACEHOLDER, "jabatan" if s.jabatan else "blank"),
            ("", "space"), ("", "space"), ("", "space"),
            (s.nama_camat or SIGNER_PLACEHOLDER, "name" if s.nama_camat else "blank"),
            (s.pangkat or BLANK_LINE, "pangkat" if s.pangkat else "blank"),
            (f"NIP. {s.nip or BLANK_LINE}", "nip" if s.nip else "blank"),
        ]

    def count_of(self, level: Severity) -> int:
        return sum(1 for n in self.notes if n.tingkat is level)

    @property
    def exit_problems(self) -> bool:
        return any(severity_of(f) is not Severity.CATATAN for f in self.findings)

    def status_lines(self) -> list[StatusLine]:
        lines = []
        for name in [*self.selection.expected, *self._outside()]:
            entries = [e for e in self.selection.entries if e.kecamatan == name]
            unread = [u for u in self.selection.unread if u.kecamatan == name]
            for entry in sorted(entries, key=lambda e: not e.counted):
                data, info = entry.received.data, entry.received.info
                lines.append(StatusLine(
                    name, info.name, data.dibuat, _period(data.tahun, data.triwulan),
                    data.data_contoh, data.galat, data.peringatan, entry.status,
                    _keterangan(entry, self)))
            for item in unread:
                lines.append(StatusLine(name, item.no_data.info.name, None, None, None, None,
                                        None, TANPA_DATA, "Tidak ada lembar Data: tidak dihitung."))
            if not entries and not unread:
                lines.append(StatusLine(name, None, None, None, None, None, None, BELUM, ""))
        for item in self.selection.unread:
            if item.kecamatan is None:
                lines.append(StatusLine("-", item.no_data.info.name, None, None, None, None, None,
                                        TANPA_DATA, "Tidak ada lembar Data: tidak dihitung."))
        return lines

    def _outside(self) -> list[str]:
        """Kecamatan not in the list, as the reports name them."""
        names = {e.kecamatan for e in self.selection.entries if not e.listed}
        names |= {u.kecamatan for u in self.selection.unread
                  if u.kecamatan is not None and u.kecamatan not in self.selection.expected}
        return sorted(names, key=str.lower)


def build_model(collected: Collected, selection: Selection, rollup: Rollup,
                dibuat: dt.datetime) -> RekapModel:
    findings = [*collected.findings, *selection.findings, *rollup.findings]
    return RekapModel(selection, rollup, collected.sources, findings, collected.signer, dibuat,
                      group_findings(findings))


def _period(tahun: int, triwulan: int | None) -> str:
    return Period(tahun, triwulan).text


def _keterangan(entry: Entry, model: RekapModel) -> str:
    data = entry.received.data
    parts = []
    if entry.written != entry.kecamatan:
        parts.append(f"nama di laporan: {entry.written}")
    if not entry.listed:
        parts.append("tidak ada di daftar kecamatan")
    if entry.status == GANDA:
        kept = next((e for e in model.selection.entries
                     if e.counted and e.kecamatan == entry.kecamatan), None)
        if kept is not None:
            parts.append(f"yang dihitung: {kept.received.info.name}")
    if entry.received.changed and entry.counted:
        cells = ", ".join(c.cell for c in entry.received.changed)
        parts.append(f"lembar IKU dan lembar Data tidak sama lagi (sel {cells} lembar IKU); "
                     "dihitung dari lembar Data")
    if entry.received.unfit and entry.counted:
        kode = ", ".join(dict.fromkeys(u.kode for u in entry.received.unfit))
        parts.append(f"angka lembar Data tidak cocok satu sama lain (indikator {kode}): "
                     "capaiannya tidak dibandingkan dan tidak diberi peringkat")
    if entry.counted and data.galat:
        parts.append(f"belum final: {data.galat} kesalahan data")
    if entry.status == PERIODE_LAIN:
        parts.append("bukan periode rekap ini")
    if entry.status == CONTOH:
        parts.append("dibuat dari data contoh aplikasi: tidak direkap")
    if entry.status == KABUPATEN_LAIN:
        parts.append(f"laporan Kabupaten {data.kabupaten}: tidak direkap")
    return "; ".join(parts) + ("." if parts else "")
