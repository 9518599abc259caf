"""Kecamatan names as the reports and lists spell them: 'KEC. KEBOMAS',
'Kecamatan Kebomas', 'Kebomas' and 'Ujung Pangkah' / 'Ujungpangkah' are the
same kecamatan; a slip of a letter or two is matched to the one name it is
close to, never to one of two."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from iku_excel.values import edit_distance
from iku_excel.wilayah import place_key

_PREFIXES = ("kecamatan ", "kec ", "kel ", "kelurahan ")

SAME, SPELLING, CLOSE = "sama", "ejaan", "mirip"


def kecamatan_key(name: object) -> str:
    return place_key(name, _PREFIXES)


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
