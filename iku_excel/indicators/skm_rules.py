"""The survey rules of the PermenPAN-RB regulations, as tables (domain.md).

The 16/2014 bands are "as commonly applied" and marked unconfirmed in the
spec; they live here alone so a correction is a one-line change.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class Grade:
    mutu: str           # A..D
    kinerja: str        # the unit's performance label
    lower: float        # lowest converted value (25-100) of the band, inclusive
    upper: float


@dataclass(frozen=True)
class RuleSet:
    code: str
    nama: str
    elements: tuple[str, ...]     # element keys (schema.SKM_NAME_FIELDS) in U1..U9 order
    grades: tuple[Grade, ...]     # best first

    def grade(self, nilai: float) -> Grade:
        """Classify on the value already rounded to 2 decimals, by lower bounds."""
        for grade in self.grades:
            if nilai >= grade.lower:
                return grade
        return self.grades[-1]


ELEMENT_NAMES = {
    "persyaratan": "Persyaratan",
    "prosedur": "Prosedur",
    "waktu": "Waktu Pelayanan",
    "biaya": "Biaya/Tarif",
    "produk": "Produk Spesifikasi Jenis Pelayanan",
    "kompetensi": "Kompetensi Pelaksana",
    "perilaku": "Perilaku Pelaksana",
    "maklumat": "Maklumat Pelayanan",
    "pengaduan": "Penanganan Pengaduan, Saran dan Masukan",
    "sarana": "Sarana dan Prasarana",
}

RULE_SETS = {
    "16/2014": RuleSet(
        "16/2014", "PermenPAN-RB No. 16 Tahun 2014",
        ("persyaratan", "prosedur", "waktu", "biaya", "produk", "kompetensi", "perilaku",
         "maklumat", "pengaduan"),
        (Grade("A", "Sangat Baik", 81.26, 100.00),
         Grade("B", "Baik", 62.51, 81.25),
         Grade("C", "Kurang Baik", 43.76, 62.50),
         Grade("D", "Tidak Baik", 25.00, 43.75))),
    "14/2017": RuleSet(
        "14/2017", "PermenPAN-RB No. 14 Tahun 2017",
        ("persyaratan", "prosedur", "waktu", "biaya", "produk", "kompetensi", "perilaku",
         "pengaduan", "sarana"),
        (Grade("A", "Sangat Baik", 88.31, 100.00),
         Grade("B", "Baik", 76.61, 88.30),
         Grade("C", "Kurang Baik", 65.00, 76.60),
         Grade("D", "Tidak Baik", 25.00, 64.99))),
}
DEFAULT_RULE_SET = "16/2014"  # the one the IKU document names

# Weight per element: exact 1/9 unless a legacy office sheet is matched on purpose.
WEIGHTS = {
    "tepat": Fraction(1, 9),
    "0,111": Fraction(111, 1000),
    "0,11": Fraction(11, 100),
}
WEIGHT_LABELS = {"tepat": "1/9 (tepat)", "0,111": "0,111 (dibulatkan)", "0,11": "0,11 (dibulatkan)"}

# Answer words per element, worst (1) to best (4); letters a-d are 1-4 too.
ANSWER_WORDS = (
    ("tidak sesuai", "kurang sesuai", "sesuai", "sangat sesuai"),
    ("tidak mudah", "kurang mudah", "mudah", "sangat mudah"),
    ("tidak cepat", "kurang cepat", "cepat", "sangat cepat"),
    ("sangat mahal", "cukup mahal", "murah", "gratis"),
    ("tidak kompeten", "kurang kompeten", "kompeten", "sangat kompeten"),
    ("tidak sopan dan ramah", "kurang sopan dan ramah", "sopan dan ramah",
     "sangat sopan dan ramah"),
    ("buruk", "cukup", "baik", "sangat baik"),
    ("tidak ada", "ada tetapi tidak berfungsi", "berfungsi kurang maksimal",
     "dikelola dengan baik"),
    ("tidak baik", "kurang baik", "baik", "sangat baik"),
)
ANSWER_VALUES: dict[str, int] = {"a": 1, "b": 2, "c": 3, "d": 4}
for _words in ANSWER_WORDS:
    for _i, _w in enumerate(_words, start=1):
        ANSWER_VALUES.setdefault(_w, _i)
