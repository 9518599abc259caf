"""One catalogue entry: how serious a finding is, what it says, and what
staff should do (`tindakan`). Templates may use {berkas}, {lembar},
{baris}, {kolom}, {nilai} and the finding's own params."""

from __future__ import annotations

from dataclasses import dataclass

from iku_excel.findings import Severity

G, P, C = Severity.GALAT, Severity.PERINGATAN, Severity.CATATAN


@dataclass(frozen=True)
class Message:
    severity: Severity
    text: str
    tindakan: str
