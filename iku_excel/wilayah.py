"""Kecamatan of each kabupaten and desa of each kecamatan we know (domain.md),
to check names staff type."""

from __future__ import annotations

import difflib
import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from iku_excel.values import edit_distance, norm_text

# Kabupaten -> kecamatan (official order) and desa per kecamatan, as data
# (data/wilayah.json): a regency's list grows there, not in code.
_WILAYAH = json.loads((Path(__file__).parent / "data" / "wilayah.json")
                      .read_text(encoding="utf-8"))["kabupaten"]
# Kecamatan -> its desa and kelurahan (both are places a register names).
DESA = {norm_text(kecamatan).replace(" ", ""): (*names, *kabupaten.get("kelurahan", {})
                                                .get(kecamatan, ()))
        for kabupaten in _WILAYAH.values()
        for kecamatan, names in kabupaten.get("desa", {}).items()}
# Kecamatan -> {another spelling the official sources record: the name used}.
VARIANTS = {norm_text(kecamatan).replace(" ", ""): spellings
            for kabupaten in _WILAYAH.values()
            for kecamatan, spellings in kabupaten.get("ejaan_lain", {}).items()}
_PREFIXES = ("desa ", "ds ", "kelurahan ", "kel ")


def place_key(name: object, prefixes: tuple[str, ...]) -> str:
    """A place name as compared: normalised, without the first of `prefixes`
    it starts with (each ends in a space), without spaces."""
    text = norm_text(name)
    for prefix in prefixes:
        if text.startswith(prefix):
            text = text[len(prefix):]
    return text.replace(" ", "")


def desa_key(name: object) -> str:
    """'Desa Bulang Kulon' and 'BULANGKULON' are the same desa."""
    return place_key(name, _PREFIXES)


def known_desa(kecamatan: str) -> tuple[str, ...]:
    return DESA.get(norm_text(kecamatan).replace(" ", ""), ())


@functools.lru_cache(maxsize=64)
def _keys(names: tuple[str, ...], variants: tuple[tuple[str, str], ...] = (),
          ) -> dict[str, str]:
    """desa_key -> official name, worked out once per list and process."""
    return {**{desa_key(other): used for other, used in variants},
            **{desa_key(n): n for n in names}}


def match_desa(name: str, kecamatan: str) -> tuple[str | None, str | None]:
    """match_desa_in the kecamatan's bundled list (its recorded spellings too)."""
    return match_desa_in(name, known_desa(kecamatan), known_variants(kecamatan))


def known_variants(kecamatan: str) -> tuple[tuple[str, str], ...]:
    """(another spelling, the name used) of the kecamatan's desa ('Soko': 'Sooko')."""
    return tuple(VARIANTS.get(norm_text(kecamatan).replace(" ", ""), {}).items())


@functools.lru_cache(maxsize=4096)
def match_desa_in(name: str, names: tuple[str, ...],
                  variants: tuple[tuple[str, str], ...] = (),
                  ) -> tuple[str | None, str | None]:
    """(official name, None) when `name` is one of `names` (or a recorded
    spelling of one); (None, suggestion or None) otherwise. Remembered per
    name: a register repeats a few dozen desa names."""
    keys = _keys(names, variants)
    key = desa_key(name)
    if key in keys:
        return keys[key], None
    close = difflib.get_close_matches(key, list(keys), n=1, cutoff=0.75)
    return None, (keys[close[0]] if close else None)


_KABUPATEN_PREFIXES = ("kabupaten ", "kab ", "kota ")


def kabupaten_key(name: object) -> str:
    """'Kabupaten Gresik', 'KAB. GRESIK' and 'Gresik' are the same kabupaten."""
    return place_key(name, _KABUPATEN_PREFIXES)


def known_kecamatan(kabupaten: object) -> tuple[str, tuple[str, ...]] | None:
    """(the kabupaten as officially written, its kecamatan in official order),
    or None for a kabupaten whose list is not bundled."""
    key = kabupaten_key(kabupaten)
    for name, entry in _WILAYAH.items():
        if kabupaten_key(name) == key:
            return name, tuple(entry.get("kecamatan", ()))
    return None


# Kecamatan names as reports, lists and settings spell them: 'KEC. KEBOMAS',
# 'Kecamatan Kebomas', 'Kebomas' and 'Ujung Pangkah' / 'Ujungpangkah' are the
# same kecamatan; a slip of a letter or two is matched to the one name it is
# close to, never to one of two.
_KECAMATAN_PREFIXES = ("kecamatan ", "kec ", "kel ", "kelurahan ")

SAME, SPELLING, CLOSE = "sama", "ejaan", "mirip"


def kecamatan_key(name: object) -> str:
    return place_key(name, _KECAMATAN_PREFIXES)


@dataclass(frozen=True)
class Match:
    official: str | None   # the listed name, or None: not in the list
    how: str | None        # SAME, SPELLING (case, spaces, 'Kec.'), CLOSE (a letter or two)
    suggestion: str | None = None  # for an unknown name: the listed names it is near


def match_kecamatan(name: str, listed: Sequence[str]) -> Match:
    key = kecamatan_key(name)
    by_key = {kecamatan_key(n): n for n in listed}
    if key in by_key:
        official = by_key[key]
        return Match(official, SAME if name.strip() == official else SPELLING)
    # A slip is a slip only in a name long enough: 'Dukuh' is not 'Dukun'.
    allowed = 0 if len(key) < 6 else 1 if len(key) < 9 else 2
    distances = {n: edit_distance(key, k, limit=max(allowed, 1)) for k, n in by_key.items()}
    best = min(distances.values(), default=allowed + 1)
    closest = [n for n, d in distances.items() if d == best and d <= max(allowed, 1)]
    if len(closest) == 1 and best <= allowed:
        return Match(closest[0], CLOSE)
    return Match(None, None, ", ".join(closest) or None)
