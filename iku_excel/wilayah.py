"""Desa of each kecamatan we know (domain.md), to check names staff type."""

from __future__ import annotations

import difflib
import functools

from iku_excel.values import norm_text

DESA = {
    "benjeng": (
        "Balongmojo", "Balongtunjung", "Banter", "Bengkelolor", "Bulangkulon", "Bulurejo",
        "Deliksumber", "Dermo", "Gluranploso", "Jatirembe", "Jogodalu", "Kalipadang",
        "Karangankidul", "Kedungrukem", "Kedungsekar", "Klampok", "Lundo", "Metatu",
        "Munggugebang", "Munggugianti", "Punduttrate", "Sedapurklagen", "Sirnoboyo",
    ),
}
_PREFIXES = ("desa ", "ds ", "kelurahan ", "kel ")


def desa_key(name: object) -> str:
    """'Desa Bulang Kulon' and 'BULANGKULON' are the same desa."""
    text = norm_text(name)
    for prefix in _PREFIXES:
        if text.startswith(prefix):
            text = text[len(prefix):]
    return text.replace(" ", "")


def known_desa(kecamatan: str) -> tuple[str, ...]:
    return DESA.get(norm_text(kecamatan).replace(" ", ""), ())


@functools.lru_cache(maxsize=64)
def _keys(kecamatan: str) -> dict[str, str]:
    """desa_key -> official name, worked out once per kecamatan and process."""
    return {desa_key(n): n for n in known_desa(kecamatan)}


@functools.lru_cache(maxsize=4096)
def match_desa(name: str, kecamatan: str) -> tuple[str | None, str | None]:
    """(official name, None) when known; (None, suggestion or None) otherwise.
    Remembered per name: a register repeats a few dozen desa names."""
    keys = _keys(kecamatan)
    key = desa_key(name)
    if key in keys:
        return keys[key], None
    close = difflib.get_close_matches(key, list(keys), n=1, cutoff=0.75)
    return None, (keys[close[0]] if close else None)
