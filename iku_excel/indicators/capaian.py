"""Achievement against target and its category (domain.md, LKjIP bands)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from iku_excel.rounding import round_half_away, to_decimal, trimmed_id

# An indicator's Arah (catalogue.md): higher is better, or lower is better.
HIGHER_IS_BETTER = "naik"
LOWER_IS_BETTER = "turun"

# (lowest rounded capaian, category), best first. Permendagri 86/2017 names
# the same bands Sangat Tinggi .. Sangat Rendah.
CATEGORY_BANDS = (
    (91.0, "Sangat Baik"),
    (76.0, "Baik"),
    (66.0, "Cukup"),
    (51.0, "Kurang"),
    (float("-inf"), "Sangat Kurang"),
)


@dataclass(frozen=True)
class Target:
    low: float
    high: float
    text: str
    written: str | None = None  # as staff wrote it ("76,61 - 88,30"), for the JSON

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    def reference(self, arah: str) -> float:
        """Reaching the near end of a range is full achievement. For negative
        targets (penurunan as the document writes it: a fall is negative) the
        near end of a higher-is-better range is the one closest to zero."""
        if arah == HIGHER_IS_BETTER:
            return self.high if self.high <= 0 else self.low
        return self.high


@dataclass(frozen=True)
class Capaian:
    nilai: float | None
    kategori: str | None
    sebab: str | None = None   # why it was not computed, in Indonesian
    saran: str | None = None


def category(capaian: float | Fraction) -> str:
    rounded = round_half_away(capaian, 2)
    return next(name for lower, name in CATEGORY_BANDS if rounded >= lower)


def compute_capaian(realisasi: float | None, target: Target | None, arah: str) -> Capaian:
    if realisasi is None:
        return Capaian(None, None, "realisasi tidak dapat dihitung",
                       "Lengkapi data indikator ini.")
    if target is None:
        return Capaian(None, None, "target belum diisi",
                       "Isi kolom Target indikator ini di lembar Indikator (atau baris "
                       "\"Target ...\" di lembar Pengaturan).")
    ref = target.reference(arah)
    if ref == 0:
        return Capaian(None, None, "target bernilai nol",
                       "Isi target selain nol (kolom Target di lembar Indikator, atau baris "
                       "\"Target ...\" di lembar Pengaturan).")
    if (realisasi < 0 < ref) or (ref < 0 < realisasi):
        return Capaian(None, None,
                       f"realisasi ({_id(realisasi)}) dan target ({_id(ref)}) berlawanan tanda",
                       "Periksa target dan datanya. Bila keduanya benar (misalnya pelanggaran "
                       "justru naik, sedangkan targetnya turun), capaian memang tidak dapat "
                       "dihitung; jelaskan pada laporan.")
    # Exact arithmetic on the decimal values shown: 70,30 / 80 is 87,875 and
    # must round to 87,88, which binary floats (87.87499...) would not.
    r, t = Fraction(to_decimal(realisasi)), Fraction(to_decimal(ref))
    exact = r / t * 100 if arah == HIGHER_IS_BETTER else (2 * t - r) / t * 100
    return Capaian(float(exact), category(exact))


def _id(value: float) -> str:
    return f"{round_half_away(value, 2):.2f}".replace(".", ",")


# How a penurunan target was read (read_penurunan_target).
AS_WRITTEN, SIZE_OF_DECREASE, ASKS_INCREASE = "tertulis", "besar penurunan", "minta naik"


def read_penurunan_target(target: Target, rumus: str) -> tuple[Target, str]:
    """The target of the penurunan indicator as its formula reads it, and how.

    Staff write the decrease they want as its size ("turun 5%" is 5). Under
    the document's formula a decrease is negative, so a positive target
    there is that decrease, -5; under the usual formula it is already +5.
    Only a target that asks for more violations is a contradiction: a
    negative one under the usual formula, a range across zero under either."""
    if target.low < 0 < target.high:
        return target, ASKS_INCREASE
    if rumus == "biasa":
        return target, (ASKS_INCREASE if target.low < 0 else AS_WRITTEN)
    if target.high > 0:  # and low >= 0: the size of the decrease
        low, high = -target.high, -target.low
        return Target(low, high, target_text(low, high), target.written), SIZE_OF_DECREASE
    return target, AS_WRITTEN


def target_number(value: float) -> str:
    """-5.0 -> '-5', -7.5 -> '-7,5': as staff write a target."""
    return trimmed_id(value, 2)


def target_text(low: float, high: float) -> str:
    """A target's text: '80', or '76,61 - 88,3' for a range."""
    return target_number(low) if low == high else f"{target_number(low)} - {target_number(high)}"


# An achievement beyond this is more often a target typed wrong (0,85 for
# 85 %, 5 for a fall the document's formula writes as -5 against -20) than a
# kecamatan doing twice what it planned: said, never changed.
UNUSUAL_ABOVE = 200


def unusual_capaian(results: Mapping[str, Any], labels: Mapping[str, tuple[str, str]],
                    ) -> list[tuple[str, dict[str, Any]]]:
    """(code, params) for each achievement above UNUSUAL_ABOVE %: the
    figures it rests on, for a warning asking to check the target.
    `labels`: code -> (short name, satuan)."""
    found = []
    for code, result in results.items():
        capaian = result.capaian.nilai if result.capaian is not None else None
        if capaian is None or capaian <= UNUSUAL_ABOVE or result.target is None:
            continue
        counts = ""
        if result.penurunan is not None and result.penurunan.jumlah_tahun_n_1 is not None:
            counts = (f" (pelanggaran tahun n: {result.penurunan.jumlah_tahun_n}, "
                      f"tahun n-1: {result.penurunan.jumlah_tahun_n_1})")
        name, satuan = labels.get(code, (code, ""))
        unit = "%" if satuan == "%" else ""
        found.append((code, {"indikator": name, "capaian": _id(capaian),
                             "realisasi": _id(result.nilai) + unit + counts,
                             "target": result.target.text + unit, "batas": UNUSUAL_ABOVE}))
    return found
