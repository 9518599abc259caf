"""The regency's own sheets beside the reports: *Daftar Kecamatan* (which
kecamatan are expected) and a settings sheet (Uraian | Isi, as the
kecamatan's) naming who signs the rekap."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from iku_excel.findings import Finding
from iku_excel.settings import Settings, has_known_setting, parse_settings
from iku_excel.values import norm_text, squash_spaces
from iku_excel.wilayah import kecamatan_key

_NAME_HEADERS = {"kecamatan", "nama kecamatan"}
_NOT_NAMES = ("jumlah", "total", "kabupaten")


@dataclass(frozen=True)
class Daftar:
    names: tuple[str, ...]
    file: str
    sheet: str


def read_daftar(rows: Sequence[Sequence[Any]], file: str, sheet: str,
                ) -> tuple[Daftar | None, list[Finding]]:
    """The names under a 'Kecamatan' header, or else the sheet's first
    column of text; a name listed twice counts once."""
    column, start = _name_column(rows)
    names: list[str] = []
    seen: dict[str, int] = {}
    findings = []
    for r in range(start, len(rows)):
        value = rows[r][column] if column < len(rows[r]) else None
        if not isinstance(value, str) or not value.strip():
            continue
        text = squash_spaces(value)
        if norm_text(text).startswith(_NOT_NAMES):
            continue
        key = kecamatan_key(text)
        if key in seen:
            findings.append(Finding("rekap_daftar_nama_ganda", file, sheet, r + 1, None, text,
                                    {"baris_pertama": seen[key]}))
            continue
        seen[key] = r + 1
        names.append(text)
    if not names:
        findings.append(Finding("rekap_daftar_kosong", file, sheet))
        return None, findings
    return Daftar(tuple(names), file, sheet), findings


def _name_column(rows: Sequence[Sequence[Any]]) -> tuple[int, int]:
    """(column, first row below its header) of the kecamatan names."""
    for r, row in enumerate(rows[:30]):
        for c, value in enumerate(row):
            if isinstance(value, str) and norm_text(value) in _NAME_HEADERS:
                return c, r + 1
    width = max((len(row) for row in rows), default=0)
    for c in range(width):
        texts = sum(1 for row in rows if c < len(row) and isinstance(row[c], str)
                    and row[c].strip())
        if texts:
            return c, 0
    return 0, 0


def settings_records(rows: Sequence[Sequence[Any]],
                     ) -> list[tuple[int, dict[str, Any]]] | None:
    """The rows of an Uraian | Isi sheet, as settings.parse_settings takes
    them; None when the sheet has no such header."""
    for r, row in enumerate(rows[:30]):
        words = [norm_text(v) if isinstance(v, str) else "" for v in row]
        if "uraian" in words and "isi" in words[words.index("uraian") + 1:]:
            label = words.index("uraian")
            value = words.index("isi", label + 1)
            return [(i + 1, {"uraian": rows[i][label] if label < len(rows[i]) else None,
                             "isi": rows[i][value] if value < len(rows[i]) else None})
                    for i in range(r + 1, len(rows))
                    if label < len(rows[i]) and rows[i][label] is not None]
    return None


def read_signer(records: list[tuple[int, dict[str, Any]]], file: str, sheet: str,
                ) -> tuple[Settings | None, list[Finding]]:
    """The regency's signer from a settings sheet. A kecamatan's own settings
    sheet (it names a Kecamatan), sent along with a report, never signs the
    rekap: its Camat is not the regency's signer."""
    if not has_known_setting(records):
        return None, []
    for row, record in records:
        if norm_text(record.get("uraian")) in _NAME_HEADERS and record.get("isi") is not None:
            return None, [Finding("rekap_pengaturan_kecamatan", file, sheet, row, None,
                                  record.get("isi"))]
    settings, findings = parse_settings(records, file, sheet)
    missing = [label for label, value in (("Jabatan", settings.jabatan),
                                          ("Nama Penandatangan", settings.nama_camat),
                                          ("Pangkat", settings.pangkat), ("NIP", settings.nip))
               if not value]
    if missing:
        findings.append(Finding("rekap_penandatangan_kosong", file, sheet, params={
            "kosong": ", ".join(missing)}))
    return settings, findings
