"""The words staff write for yes and no, per meaning (inputs.md, "What the
words mean"). Matching is on the whole normalised phrase, never on a part of
it: 'Tidak Direkomendasikan' contains 'Direkomendasikan' and means no.

Abbreviations count as their words ('Tdk' = Tidak, 'Sdh' = Sudah, 'Blm' =
Belum), and a phrase led by a negation ('Belum ditindaklanjuti', 'Tidak ada')
or by 'Sudah' ('Sudah dimediasi') means what its lead word says, so the many
ways of writing one answer need no list of their own. A word the tool does
not know stays unknown (None): callers count it as "no", never as "yes"."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from iku_excel.values import is_blank, is_empty, is_tick, norm_text

# Per word, after norm_text: the short forms of chat and handwriting.
ABBREVIATIONS = {
    "tdk": "tidak", "tak": "tidak", "gak": "tidak", "ga": "tidak", "tdak": "tidak",
    "sdh": "sudah", "sdah": "sudah", "sudh": "sudah", "udah": "sudah", "sd": "sudah",
    "blm": "belum", "blum": "belum", "blom": "belum", "belom": "belum",
    "dlm": "dalam", "yg": "yang", "dg": "dengan", "dgn": "dengan", "tlh": "telah",
    "rekom": "rekomendasi", "dirkomendasikan": "direkomendasikan",
}
# 'Ditindak lanjuti', 'Di tindaklanjuti' and 'Sudah di tindak lanjuti' are one word.
_JOINED = ((re.compile(r"\bdi tindak ?lanjuti\b"), "ditindaklanjuti"),
           (re.compile(r"\bditindak lanjuti\b"), "ditindaklanjuti"),
           (re.compile(r"\bdi rekomendasikan\b"), "direkomendasikan"),
           (re.compile(r"\bdi fasilitasi\b"), "difasilitasi"))
NEGATIONS = {"tidak", "belum", "bukan", "tanpa", "non"}
# An action named after 'Sudah' ('Sudah (mediasi)'): a follow-up done.
_ACTIONS = {"mediasi", "musyawarah", "fasilitasi", "penanganan", "pembinaan", "damai"}
AFFIRMATIONS = {"sudah", "telah"}


def normal_words(value: Any) -> str:
    """norm_text with the abbreviations written out: 'Tdk direkomendasikan'
    -> 'tidak direkomendasikan'."""
    text = " ".join(ABBREVIATIONS.get(w, w) for w in norm_text(value).split())
    for pattern, joined in _JOINED:
        text = pattern.sub(joined, text)
    return text


@dataclass(frozen=True)
class Vocabulary:
    name: str
    yes: frozenset[str]
    no: frozenset[str]
    tick_is_yes: bool = True
    # The words a warning offers, the template's dropdown words first.
    yes_shown: tuple[str, ...] = ()
    no_shown: tuple[str, ...] = ()
    # 'Sudah <any action>' is yes: for a follow-up only ('Sudah diundang' is
    # no attendance, 'Sudah diusulkan' no recommendation).
    actions_are_yes: bool = False
    # Words that keep their meaning with more words after them: 'Proses
    # hukum', 'Ditangani Polsek', 'Prioritas II' ('Sudah (mediasi)': the
    # action after 'Sudah').
    leads: frozenset[str] = frozenset()

    def classify(self, value: Any) -> bool | None:
        """True / False, or None when the word is not one we know."""
        if is_blank(value):
            return None
        if self.tick_is_yes and is_tick(value):
            return True
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if not math.isfinite(value):
                return None
            value = str(int(value)) if value == int(value) else str(value)
        if isinstance(value, bool):
            return value
        word = normal_words(value)
        if word in self.yes:
            return True
        if word in self.no:
            return False
        return self._phrase(word)

    def _phrase(self, word: str) -> bool | None:
        """'Belum ditindaklanjuti', 'Tidak ada', 'Sudah dimediasi': the lead word
        decides when the rest is a word of this meaning or an action ('di...')."""
        lead, _, rest = word.partition(" ")
        if not rest:
            return None
        first = rest.split()[0]
        action = first.startswith("di") and len(first) > 4
        if lead in NEGATIONS and (rest in self.yes or rest in self.no or first in self.yes
                                  or first in self.leads or action
                                  or first in {"ada", "menunggu"}):
            # 'Tidak selesai', 'Belum, menunggu jadwal mediasi'.
            return False
        if NEGATIONS & set(rest.split()):
            return None  # 'Selesai tapi belum damai': not sure, said in a warning
        if lead in AFFIRMATIONS and (rest in self.yes or first in self.leads
                                     or (self.actions_are_yes and (action or first in _ACTIONS))):
            return True
        if lead in self.leads:
            return True
        return None

    def word(self, value: Any) -> bool | None:
        """True / False for one of this meaning's own words ('Sudah',
        'Belum'); None for anything else, phrases included."""
        if is_blank(value):
            return None
        if self.tick_is_yes and is_tick(value):
            return True
        word = normal_words(value)
        return True if word in self.yes else False if word in self.no else None

    def choices(self) -> str:
        """The accepted words as a warning lists them."""
        return f"{', '.join(self.yes_shown)} (ya) atau {', '.join(self.no_shown)} (tidak)"


def _words(*phrases: str) -> frozenset[str]:
    return frozenset(norm_text(p) for p in phrases)


FOLLOWED_UP = Vocabulary(
    "tindak lanjut",
    yes=_words("ya", "y", "sudah", "selesai", "proses", "dalam proses", "diproses",
               "difasilitasi", "ditindaklanjuti", "sudah ditindaklanjuti",
               "sudah difasilitasi", "tuntas", "damai", "1",
               # An action taken, written as the status ('Mediasi' alone is an
               # action's name: a Tindak Lanjut text, see action_taken).
               "dimediasi", "ditangani", "sudah ditangani", "diselesaikan",
               "terselesaikan", "sudah selesai", "selesai dimediasi", "dimusyawarahkan",
               "sedang diproses", "sudah damai"),
    no=_words("tidak", "t", "belum", "belum ditindaklanjuti", "tidak ditindaklanjuti",
              "belum difasilitasi", "0", "belum selesai", "belum ditangani"),
    yes_shown=("Sudah", "Proses", "Selesai", "Ya", "Difasilitasi", "Ditindaklanjuti"),
    no_shown=("Belum", "Tidak"),
    actions_are_yes=True,
    leads=_words("proses", "diproses", "selesai", "ditangani", "dimediasi", "difasilitasi",
                 "ditindaklanjuti", "diselesaikan", "dimusyawarahkan"),
)

RECOMMENDED = Vocabulary(
    "rekomendasi",
    yes=_words("ya", "y", "direkomendasikan", "rekomendasi", "prioritas", "diprioritaskan",
               "disetujui", "diterima", "1", "sudah direkomendasikan"),
    no=_words("tidak", "t", "tidak direkomendasikan", "belum direkomendasikan", "ditolak",
              "tidak disetujui", "tidak diterima", "tidak prioritas", "0"),
    yes_shown=("Direkomendasikan", "Prioritas", "Ya"),
    no_shown=("Tidak Direkomendasikan", "Ditolak", "Tidak"),
    leads=_words("direkomendasikan", "prioritas"),
)

GUIDED = Vocabulary(
    "pembinaan",
    yes=_words("ya", "y", "sudah", "dibina", "sudah dibina", "1"),
    no=_words("tidak", "t", "belum", "tidak dibina", "belum dibina", "0"),
    yes_shown=("Ya", "Sudah", "Dibina"),
    no_shown=("Tidak", "Belum"),
)

PRESENT = Vocabulary(
    "kehadiran",
    yes=_words("ya", "y", "hadir", "h", "1", "sudah hadir",
               # A signature noted in the column (catalogue.md: TTD is Hadir = Ya).
               "ttd", "tanda tangan", "paraf"),
    no=_words("tidak", "t", "tidak hadir", "absen", "a", "0", "izin", "ijin", "sakit", "-", "",
              "berhalangan",
              # The attendance book's letters: I(zin), S(akit), A(lpa), T(idak) H(adir).
              "i", "s", "th", "t h"),
    yes_shown=("Ya", "Hadir", "H", "✓"),
    no_shown=("Tidak", "Absen", "Izin", "Sakit"),
)

# What a free-text 'Tindak Lanjut' holds when nothing was done yet.
_NOTHING_DONE = _words("nihil", "menunggu", "tidak ada", "belum ada", "kosong", "tunggu",
                       "belum ada tindak lanjut", "tidak ada tindak lanjut")


def action_taken(value: Any) -> bool | None:
    """A 'Tindak Lanjut' cell read without a status column: a known word
    decides; blank or a dash is nothing done (None: the caller warns); any
    other text that describes an action ('Mediasi oleh Camat') is a follow-up."""
    if is_empty(value):
        return None
    known = FOLLOWED_UP.classify(value)
    if known is not None:
        return known
    words = normal_words(value)
    if words in _NOTHING_DONE or words.split()[0] in NEGATIONS | {"menunggu", "nihil"}:
        return False
    return any(len(w) >= 3 and w.isalpha() for w in words.split())


def signed(value: Any) -> bool:
    """A 'Tanda Tangan' cell: a name, 'ttd', a paraf or a tick is a signature;
    the form's pre-printed number and dotted line ('4. ..........', '....'),
    a dash, or a word of absence ('Izin') is none."""
    if is_blank(value):
        return False
    if is_tick(value):
        return True
    text = str(value).strip()
    # The printed number the signer writes beside: '4.', '4)', '4 ' before the mark.
    text = re.sub(r"^\d{1,3}\s*[.)]?\s*", "", text)
    if is_tick(text):
        return True
    if not re.search(r"[^\W\d_]", text) or text.lower() in {"x", "\u00d7"}:
        return False  # no letter (dots, dashes, digits only), or a cross
    known = PRESENT.classify(text)
    return known is not False
