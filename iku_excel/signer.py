"""What the settings leave open about the signature: a missing signer is a
warning (cli.md), a signing date not given is a note saying which was used.
The report model turns the same settings into the block's lines."""

from __future__ import annotations

from iku_excel.findings import Finding
from iku_excel.settings import Settings, signing_month


def signer_findings(settings: Settings, tahun: int, triwulan: int | None = None,
                    ) -> list[Finding]:
    file, sheet = settings.where or (None, None)
    findings = []
    missing = settings.missing_signer
    if missing:
        findings.append(Finding("penandatangan_kosong", file, sheet, params={
            "kosong": _and_list(missing), "jumlah": len(missing)}))
    if not settings.tanggal_ttd:
        findings.append(Finding("tanggal_ttd_bawaan", file, sheet, params={
            "tanggal": signing_month(tahun, 3 * (triwulan or 4)), "tahun": tahun}))
    return findings


def _and_list(items: tuple[str, ...]) -> str:
    """('Nama Camat', 'Pangkat', 'NIP') -> 'Nama Camat, Pangkat dan NIP'."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} dan {items[-1]}"
