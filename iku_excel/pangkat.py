"""Pangkat and golongan/ruang of a PNS (PP 99/2000), as data.

Staff write the pangkat many ways: "Pembina Tk. I", "PEMBINA TINGKAT I",
"Pembina Tingkat I (IV/b)", "Pembina Tk. I, IV/b", "IV/b", "Pembina TK I / IVb".
`check_pangkat` reads them all; a pangkat and golongan that disagree
("Pembina (IV/b)": Pembina is IV/a) or words that are no pangkat are a problem.

What the report prints (decided here): the staff's own text, spaces tidied,
whenever it names a pangkat, since that is how the official writes it; when only
a golongan was written ("IV/b") the full pangkat name is printed instead
("Pembina Tingkat I"), as the signature block of the IKU document shows the
pangkat name. Unknown or disagreeing text is printed as written, with a finding.
Never raises on user input.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from iku_excel.values import squash_spaces

# golongan/ruang -> pangkat, lowest to highest
PANGKAT: dict[str, str] = {
    "I/a": "Juru Muda",
    "I/b": "Juru Muda Tingkat I",
    "I/c": "Juru",
    "I/d": "Juru Tingkat I",
    "II/a": "Pengatur Muda",
    "II/b": "Pengatur Muda Tingkat I",
    "II/c": "Pengatur",
    "II/d": "Pengatur Tingkat I",
    "III/a": "Penata Muda",
    "III/b": "Penata Muda Tingkat I",
    "III/c": "Penata",
    "III/d": "Penata Tingkat I",
    "IV/a": "Pembina",
    "IV/b": "Pembina Tingkat I",
    "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
    "IV/e": "Pembina Utama",
}
GOLONGAN: dict[str, str] = {name: gol for gol, name in PANGKAT.items()}

UNKNOWN = "unknown"      # no pangkat name or golongan recognised
MISMATCH = "mismatch"    # pangkat and golongan written, but they disagree

_TINGKAT = "tingkat1"
# "Tk. I", "Tk.I", "TK I", "Tkt. I", "Tingkat I", "Tingkat 1/Satu" -> one token
_TINGKAT_RE = re.compile(r"\b(?:tingkat|tkt|tk)\s*\.?\s*(?:i|1|satu)\b")
# "IV/b", "IV b", "IVb", "IV.b", "IV-b", "iv / b"; roman numeral not inside a word
_GOLONGAN_RE = re.compile(r"(?<![a-z])(iv|iii|ii|i)\s*[/.\-]?\s*([a-e])(?![a-z])")
_NOISE = {"pangkat", "golongan", "gol", "ruang"}
_NAMES = {tuple(name.lower().replace("tingkat i", _TINGKAT).split()): name
          for name in PANGKAT.values()}


@dataclass(frozen=True)
class PangkatCheck:
    printed: str                  # what the report prints
    name: str | None = None       # canonical pangkat, e.g. "Pembina Tingkat I"
    golongan: str | None = None   # canonical golongan, e.g. "IV/b"
    problem: str | None = None    # None, UNKNOWN or MISMATCH
    written_golongan: str | None = None   # for MISMATCH: the golongan as read

    @property
    def ok(self) -> bool:
        return self.problem is None


def normalise_pangkat(text: Any) -> tuple[str, str] | None:
    """(pangkat name, golongan) or None when unknown or disagreeing."""
    check = check_pangkat(text)
    if check.ok and check.name and check.golongan:
        return check.name, check.golongan
    return None


def check_pangkat(value: Any) -> PangkatCheck:
    try:
        return _check(value)
    except Exception:  # noqa: BLE001 - user input must never stop the report
        return PangkatCheck(squash_spaces(value), problem=UNKNOWN)



def _check(value: Any) -> PangkatCheck:
    written = squash_spaces(value)
    text = unicodedata.normalize("NFKC", written).lower()
    text = _TINGKAT_RE.sub(f" {_TINGKAT} ", text)
    golongan: str | None = None
    found = list(_GOLONGAN_RE.finditer(text))
    if len(found) == 1:
        match = found[0]
        candidate = f"{match.group(1).upper()}/{match.group(2)}"
        if candidate in PANGKAT:
            golongan = candidate
            text = text[:match.start()] + " " + text[match.end():]
    elif len(found) > 1:
        return PangkatCheck(written, problem=UNKNOWN)
    words = tuple(w for w in re.sub(r"[^0-9a-z]+", " ", text).split() if w not in _NOISE)
    name = _NAMES.get(words) if words else None
    if words and name is None:
        # Words that are no pangkat ("Pembina Madya", "Kolonel"), or a golongan
        # that does not exist ("IV/f" is left among the words).
        return PangkatCheck(written, golongan=golongan, problem=UNKNOWN)
    if name is None and golongan is None:
        return PangkatCheck(written, problem=UNKNOWN)
    if name is None:
        return PangkatCheck(PANGKAT[golongan], PANGKAT[golongan], golongan)
    if golongan is not None and GOLONGAN[name] != golongan:
        return PangkatCheck(written, name, GOLONGAN[name], MISMATCH, golongan)
    return PangkatCheck(written, name, GOLONGAN[name])


def describe(check: PangkatCheck) -> str:
    """Indonesian phrase for the finding `pangkat_tidak_dikenal`."""
    if check.problem == MISMATCH:
        return (f"tidak cocok: pangkat {check.name} adalah golongan {check.golongan}, "
                f"bukan {check.written_golongan}")
    return "tidak dikenali sebagai pangkat/golongan PNS"


def daftar() -> str:
    """'I/a Juru Muda, I/b Juru Muda Tingkat I, ..., IV/e Pembina Utama'."""
    return ", ".join(f"{gol} {name}" for gol, name in PANGKAT.items())
