"""The change of a count between year n-1 and year n (domain.md, "The
penurunan pelanggaran perda formula"): as the IKU document writes it,
(n - (n-1)) / n x 100, negative for a fall; with Rumus Penurunan 'biasa',
((n-1) - n) / (n-1) x 100. One place for the built-in violations and for
any catalogue row counted by Perubahan."""

from __future__ import annotations

ZERO_ADVICE = ("Tidak ada yang perlu diperbaiki bila datanya benar; jelaskan pada laporan "
               "bahwa indikator ini tidak dapat dihitung.")


def change_terms(n: int, n_1: int, rumus: str, tahun: int, noun: str = "data",
                 ) -> tuple[int, int, str]:
    """(pembilang, penyebut, why a zero penyebut leaves it uncomputed)."""
    if rumus == "biasa":
        return n_1 - n, n_1, f"tidak ada {noun} pada tahun {tahun - 1} (penyebut nol)"
    return n - n_1, n, (f"tidak ada {noun} pada tahun {tahun}; rumus dokumen IKU membagi "
                        "dengan jumlah tahun n, sehingga penyebutnya nol")
